#!/usr/bin/env bash
# Builds DeskLogin and runs every test (labels: unit, keychain, integration, gui) inside a
# private D-Bus session with a real, unlocked gnome-keyring. Arguments go to ctest, e.g. -L unit.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug
exec tests/support/with-keyring.sh ctest --preset debug "$@"
