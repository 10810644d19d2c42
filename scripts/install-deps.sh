#!/usr/bin/env bash
# Installs what DeskLogin needs to build, run and test, on Debian 12 or Ubuntu 24.04 (Qt ≥ 6.4):
# Debian packages (with sudo when not root; nothing is installed twice) and the demo server's npm
# packages from its committed lock file.
#   scripts/install-deps.sh                   everything
#   scripts/install-deps.sh --windows-build   only what scripts/windows-deps.sh builds with
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What the Windows libraries are built with (scripts/windows-deps.sh): MinGW-w64, the build
# tools, Debian's Qt for its host tools, the tools and test library the others' builds run.
windows_build=(
    g++-mingw-w64-x86-64-posix mingw-w64-tools dpkg-dev cmake ninja-build make qt6-base-dev
    qt6-base-dev-tools icu-devtools protobuf-compiler googletest
)
if [ "${1:-}" = --windows-build ]; then
    packages=("${windows_build[@]}")
else
    packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qtkeychain-qt6-dev libphonenumber-dev libicu-dev
    libsecret-1-0 gnome-keyring libsecret-tools dbus xvfb xauth fonts-dejavu-core fonts-wqy-microhei
    # for building and checking the packages
    dpkg-dev fakeroot file rpm lintian desktop-file-utils appstream debootstrap binutils
    # (systemd: its XDG autostart generator reads the installed autostart entry as a session does)
    systemd
    # for the hardening tests, the sanitizers and the fuzzers; the sanitizers' runtime is
    # versioned like the compiler, and llvm-defaults' unversioned libclang-rt-dev is the one
    # that matches its unversioned clang (14 on Debian 12, 18 on Ubuntu 24.04)
    openssl ca-certificates clang libclang-rt-dev
    # real proxies for the office-network tests (started by the tests, never as services)
    tinyproxy-bin microsocks
    # a real desktop for the tray test (tests/desktop): window manager, XEmbed tray,
    # notification daemon, and the tools that drive and inspect them
    openbox trayer dunst xdotool wmctrl x11-utils
)
fi
# Node.js for the demo server: keep one that is there (it may come from elsewhere with its own
# npm), otherwise take Debian's.
if [ "${1:-}" != --windows-build ] &&
    { ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; }; then
    packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    # Waiting for the package database rather than failing while another install holds it
    # (scripts/test.sh starts the Windows libraries' build beside this one).
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -o DPkg::Lock::Timeout=600 \
        -y -q --no-install-recommends "${missing[@]}"
fi
[ "${1:-}" != --windows-build ] || exit 0

# npm packages (the demo server's; the workflow validator's), again only when a lock file
# changed since the last install.
for dir in tools/demo-server tools/workflow-check; do
    stamp="$root/$dir/node_modules/.desklogin-lock.sha256"
    lock_sum=$(sha256sum "$root/$dir/package-lock.json" | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
        (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
        echo "$lock_sum" > "$stamp"
    fi
done
