#!/usr/bin/env bash
# Builds DeskLogin and launches it against the bundled demo server. Arguments go to the app.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target desklogin

log=$(mktemp)
node tools/demo-server/server.js --port 0 >"$log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 100); do
    url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -n 1 || true)
    [ -n "$url" ] && break
    kill -0 $server_pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "The demo server did not start:"; cat "$log"; exit 1; }
cat "$log"

if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: run this from a desktop session." >&2
    exit 1
fi
build/release/src/app/desklogin --server "$url" "$@"
