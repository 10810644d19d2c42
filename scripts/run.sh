#!/usr/bin/env bash
# Builds DeskLogin and launches it against the bundled demo server. Arguments go to the app.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target desklogin

if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: run this from a desktop session." >&2
    exit 1
fi

source tools/demo-server/demo-server.sh
trap demo_server_stop_all EXIT
demo_server_start
build/release/src/app/desklogin --server "$demo_server_url" "$@"
