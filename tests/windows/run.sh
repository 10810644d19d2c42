#!/usr/bin/env bash
# Builds tests/windows for Windows and runs them under Wine, in a fresh Wine prefix of their own.
#   tests/windows/run.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
prefix=${DESKLOGIN_WINDOWS_PREFIX:-$("$root/scripts/windows-deps.sh")}
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
command -v wine >/dev/null 2>&1 ||
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        wine wine64 >&2
build=$root/build/windows-tests
cmake -S "$root/tests/windows" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" \
    -DDESKLOGIN_WINDOWS_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake >/dev/null
cmake --build "$build"

# The DLLs beside the tests: Qt's from the prefix, and the MinGW runtime.
gcc_dir=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
for dll in "$prefix"/bin/Qt6Core.dll "$prefix"/bin/Qt6Test.dll "$gcc_dir"/libstdc++-6.dll \
    "$gcc_dir"/libgcc_s_seh-1.dll /usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll; do
    cp -u "$dll" "$build/"
done

export WINEPREFIX
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-wine.XXXXXX")
trap 'wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wineboot --init >/dev/null 2>&1
# Each test writes its log to a file: Wine does not pass a console program's output on to a
# pipe reliably. A crash or a failed check makes the exit status non-zero.
status=0
for test in "$build"/tst_*.exe; do
    name=$(basename "$test" .exe)
    echo "== $name under Wine"
    rm -f "$build/$name.txt"
    wine "$test" -o "$(winepath -w "$build/$name.txt"),txt" >/dev/null 2>&1 || status=1
    cat "$build/$name.txt" 2>/dev/null || echo "$name: no log (it did not start)"
    grep -q '^Totals: .* 0 failed' "$build/$name.txt" 2>/dev/null || status=1
done
exit "$status"
