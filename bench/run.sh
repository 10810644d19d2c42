#!/usr/bin/env bash
# Every figure of docs/PERFORMANCE.md from one command, DeskLogin measured side by side with the
# smallest Qt Widgets window (bench/baseline.cpp) in one run:
#   bench/run.sh [--load] [runs, default 10]
# Builds a release tree with the benchmarks (build/bench), makes the .deb there, then measures
# inside a private D-Bus session with a real gnome-keyring and under Xvfb (bench/measure.sh).
# --load keeps every core busy while it measures (one busy loop per core, as the hostile-server
# test does), so that a fast, idle machine does not hide work on the GUI thread that a slow or
# busy office PC would wait for.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
load=0
[ "${1:-}" = --load ] && { load=1; shift; }
runs=${1:-10}

scripts/install-deps.sh
# The benchmark's own tool (it finds and times windows); the test suite does not need it.
if ! command -v xdotool >/dev/null 2>&1; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        xdotool >/dev/null
fi
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESKLOGIN_BUILD_TESTS=OFF \
    -DDESKLOGIN_BENCH=ON >/dev/null
cmake --build build/bench >/dev/null
(cd build/bench && cpack -G DEB >/dev/null)
deb=$(ls build/bench/*.deb)
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"

echo "DeskLogin benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)," \
    "$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM;" \
    "$(. /etc/os-release && echo "$PRETTY_NAME"); Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')"
printf 'package: %s bytes (.deb, target <= 1048576); installed binary %s bytes\n' \
    "$(stat -c %s "$deb")" "$(stat -c %s "$unpacked/usr/bin/desklogin")"
DESKLOGIN_BENCH_LOAD=$load tests/support/with-keyring.sh --fresh bench/measure.sh "$runs"
