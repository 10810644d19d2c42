#!/usr/bin/env bash
# Cross-builds DeskLogin for 64-bit Windows with MinGW-w64 (the `windows` CMake preset) and makes
# its MSI with msitools' wixl:
#   scripts/windows-build.sh [-D…]   -> build/windows/<package>-<version>-windows-x64.msi
# Options go to the configure step (-DDESKLOGIN_BRANDING_FILE=…, see docs/DEPLOYING.md).
# The libraries come from scripts/windows-deps.sh (built once per machine); the two tools the
# build runs (icons, calling codes) from the build machine's release build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
prefixes=$(scripts/windows-deps.sh)
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
# wixl builds the MSI; msibuild (msitools, which wixl does not pull in) writes what wixl cannot.
{ command -v wixl && command -v msibuild; } >/dev/null 2>&1 ||
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        wixl msitools >&2

[ -f build/release/build.ninja ] || cmake --preset release >/dev/null
cmake --build --preset release --target desklogin_icontool desklogin_callingcodes
cmake --preset windows -DDESKLOGIN_WINDOWS_PREFIX="$prefixes" -DCMAKE_PREFIX_PATH="$prefixes" \
    "$@" >/dev/null
cmake --build --preset windows
cmake --build --preset windows --target msi
