#!/usr/bin/env bash
# Start-up and memory of DeskLogin against the smallest Qt Widgets window, measured side by side
# in one run under Xvfb (public tools only: Xvfb, xdotool, /proc). Prints medians and ratios.
#   bench/startup.sh [runs, default 10]
# Time to first window: from exec to the window being mapped (polled with xdotool). The app
# starts with an empty keychain (a fresh sandbox), so it shows the sign-in page.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${1:-10}
command -v xdotool >/dev/null || { echo "needs xdotool and xvfb (apt-get install xdotool xvfb)"; exit 1; }
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESKLOGIN_BUILD_TESTS=OFF \
    -DDESKLOGIN_BENCH=ON >/dev/null
cmake --build build/bench --target desklogin desklogin_baseline >/dev/null

display=:97
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sandbox=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$sandbox"' EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb
sleep 1

# One measurement: prints "milliseconds-to-window resident-KiB-2s-later".
measure() {
    local title=$1; shift
    local start end pid
    start=$(date +%s%N)
    HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_RUNTIME_DIR="$sandbox" \
        DBUS_SESSION_BUS_ADDRESS=disabled: "$@" >/dev/null 2>&1 &
    pid=$!
    # (xdotool's own --sync polls only every half second: too coarse.)
    until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do sleep 0.002; done
    end=$(date +%s%N)
    sleep 2
    local rss
    rss=$(awk '/^VmRSS:/ {print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    echo "$(( (end - start) / 1000000 )) $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$sandbox/base" ; : > "$sandbox/app"
for i in $(seq "$runs"); do
    measure "DeskLogin baseline" build/bench/bench/desklogin_baseline >> "$sandbox/base"
    measure "^DeskLogin$" build/bench/src/app/desklogin --server http://127.0.0.1:9 >> "$sandbox/app"
done
base_ms=$(cut -d' ' -f1 "$sandbox/base" | median); app_ms=$(cut -d' ' -f1 "$sandbox/app" | median)
base_kib=$(cut -d' ' -f2 "$sandbox/base" | median); app_kib=$(cut -d' ' -f2 "$sandbox/app" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
printf 'first window (median of %d): baseline %s ms, DeskLogin %s ms, ratio %s\n' \
    "$runs" "$base_ms" "$app_ms" "$(ratio "$app_ms" "$base_ms")"
printf 'resident memory 2 s after:   baseline %s KiB, DeskLogin %s KiB, ratio %s\n' \
    "$base_kib" "$app_kib" "$(ratio "$app_kib" "$base_kib")"
