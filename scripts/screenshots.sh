#!/usr/bin/env bash
# Renders the screenshots in docs/screenshots under Xvfb, with the real xcb platform and fonts.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
for package in fonts-dejavu-core fonts-wqy-microhei; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ -n "${missing[*]:-}" ]; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
cmake --preset debug >/dev/null
cmake --build --preset debug --target desklogin_screenshots
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8
run() { xvfb-run -a -s "-screen 0 1600x1200x24" build/debug/tests/screenshots/desklogin_screenshots "$@"; }
run "$out"
run "$out" --dark --suffix -dark
