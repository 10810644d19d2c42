#!/usr/bin/env bash
# Builds the Windows (x86_64-w64-mingw32) libraries DeskLogin needs from Debian's own source
# packages, into a prefix kept between runs and named by this script's hash: it runs once per
# machine, or again when this script or the toolchain file changes.
#   scripts/windows-deps.sh            prints the prefix, building it first if need be
# So far: Qt (qtbase: Core, Gui, Widgets, Network with Schannel, Test, the windows platform
# plug-in and styles) — what the app uses and nothing more. libphonenumber and what it needs
# (abseil, protobuf, ICU) are the next step (issue 12).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
toolchain=$root/cmake/mingw-w64-x86_64.cmake
cache=${DESKLOGIN_WINDOWS_DEPS_CACHE:-/var/cache/desklogin-windows-deps}
hash=$(cat "${BASH_SOURCE[0]}" "$toolchain" | sha256sum | cut -c1-16)
prefix=$cache/$hash
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    g++-mingw-w64-x86-64-posix mingw-w64-tools dpkg-dev cmake ninja-build qt6-base-dev \
    qt6-base-dev-tools >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-windows-deps.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Debian's source packages through a list of this script's own: nothing changes system-wide.
echo "deb-src http://deb.debian.org/debian bookworm main" >"$work/sources.list"
mkdir -p "$work/lists/partial" "$work/src"
apt_src=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
         -o "Dir::State::Lists=$work/lists")
apt-get "${apt_src[@]}" update >&2
(cd "$work/src" && apt-get "${apt_src[@]}" source qt6-base >&2)

# Qt 6.4.2's windows platform plug-in asks for dynamic OpenGL without asking whether there is
# OpenGL at all; with OpenGL left out it does not compile. The guard it lacks:
sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' \
    "$work"/src/qt6-base-*/src/plugins/platforms/windows/qwindowswindow.cpp

started=$(date +%s)
# Host tools (moc, rcc, uic) are Debian's own Qt 6.4.2; Debian's repack leaves out wintab, so
# no tablet events. Features the app does not use are left out to save build time.
cmake -S "$work"/src/qt6-base-*/ -B "$work/qtbase" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DFEATURE_sql=OFF -DFEATURE_printsupport=OFF -DFEATURE_opengl=OFF -DFEATURE_dbus=OFF \
    -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF -DFEATURE_tabletevent=OFF -DFEATURE_vulkan=OFF \
    -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_freetype=OFF -DFEATURE_fontconfig=OFF \
    -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_ico=OFF -DFEATURE_icu=OFF -DFEATURE_testlib=ON \
    >&2
cmake --build "$work/qtbase" >&2
cmake --install "$work/qtbase" >&2
echo "windows-deps: Qt built in $(( $(date +%s) - started )) s" >&2

touch "$prefix/.complete"
echo "$prefix"
