#!/usr/bin/env bash
# The Windows figures of docs/PERFORMANCE.md: DeskLogin beside the smallest Qt Widgets window
# (bench/baseline.cpp), both cross-built for Windows and run under Wine, in one run:
#   bench/windows.sh [runs, default 10]
# Wine is not Windows: its own start-up and DLLs are in every figure, so the ratios are what
# count, not the milliseconds. Both programs run from one copy of the MSI's folder (the Qt, ICU
# and MinGW runtime DLLs and plug-ins as installed), in a fresh Wine prefix with stand-ins for
# Windows' UI fonts (tests/windows/wine-prefix.sh), on an Xvfb screen of their own. DeskLogin is
# desklogin_probe (the app with the probe that marks its first frame in the title, as on Linux),
# against the demo server with an empty Credential Manager: its sign-in page.
# Each round: the baseline, then DeskLogin, each started once, one after the other; exec -> first
# frame painted (the window title's " [painted]", polled with xdotool every 2 ms), and 2 s later
# the process's resident memory (VmRSS, Wine's share included) and its anonymous part (RssAnon,
# what Windows would count as private bytes, nearest).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${1:-10}
source tools/demo-server/demo-server.sh
source tests/windows/wine-prefix.sh
wine_packages

# The MSI as CI builds it, then the two programs in a tree of their own with the same flags.
scripts/windows-build.sh >/dev/null
prefixes=$(scripts/windows-deps.sh)
cmake --preset windows -B build/windows-bench -DDESKLOGIN_BENCH=ON -DDESKLOGIN_BUILD_TESTS=OFF \
    -DDESKLOGIN_WINDOWS_PREFIX="$prefixes" -DCMAKE_PREFIX_PATH="$prefixes" >/dev/null
cmake --build build/windows-bench --target desklogin_baseline desklogin_probe >/dev/null

export WINEPREFIX
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-wine-bench.XXXXXX")
work=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-wine-bench-work.XXXXXX")
export HOME=$work/home
mkdir -p "$HOME"
trap wine_prefix_cleanup EXIT
wine_prefix_setup
# One wineserver for the whole run: otherwise whichever program starts first pays for its start.
wineserver -p

app=$work/app
cp -r build/windows/msi/stage/bin "$app"
cp build/windows-bench/desklogin_baseline.exe build/windows-bench/src/app/desklogin_probe.exe \
    "$app/"
demo_server_start --quiet
server=$demo_server_url

# run PROGRAM TITLE [ARGS…]: one start; appends "first-frame-ms rss-kib anon-kib" to
# $work/PROGRAM.
running() { pgrep -f "[\\/]$1\\.exe" >/dev/null; }
run() {
    local program=$1 title=$2 start end pid= deadline=$((SECONDS + 60))
    shift 2
    if running "$program"; then
        echo "$program is still running from the start before" >&2
        exit 1
    fi
    start=$(date +%s%N)
    wine "$app/$program.exe" "$@" >/dev/null 2>&1 &
    local launcher=$!
    until xdotool search --onlyvisible --name "^$title \\[painted\\]" >/dev/null 2>&1; do
        kill -0 "$launcher" 2>/dev/null || { echo "$program ended before its first frame" >&2; exit 1; }
        [ "$SECONDS" -lt "$deadline" ] || { echo "no first frame of $program in 60 s" >&2; exit 1; }
        sleep 0.002
    done
    end=$(date +%s%N)
    sleep 2
    pid=$(pgrep -n -f "[\\/]$program\\.exe") || { echo "no process for $program" >&2; exit 1; }
    awk -v ms="$(((end - start) / 1000))" \
        '/^VmRSS:/ {rss = $2} /^RssAnon:/ {anon = $2} END {printf "%.1f %d %d\n", ms / 1000, rss, anon}' \
        "/proc/$pid/status" >>"$work/$program"
    # Closed as Windows closes a program politely, for good if it has not gone 5 s later.
    wine taskkill /im "$program.exe" >/dev/null 2>&1 || true
    for _ in $(seq 100); do running "$program" || break; sleep 0.05; done
    running "$program" && wine taskkill /f /im "$program.exe" >/dev/null 2>&1
    wait "$launcher" 2>/dev/null || true
}
baseline() { run desklogin_baseline "DeskLogin baseline"; }
desklogin() { run desklogin_probe DeskLogin --server "$server"; }

# One unmeasured start of each: the first start reads the DLLs from disk.
baseline
desklogin
: >"$work/desklogin_baseline"
: >"$work/desklogin_probe"
for i in $(seq "$runs"); do
    baseline
    desklogin
    echo "round $i of $runs done" >&2
done

source bench/stats.sh
column() { cut -d' ' -f"$1" "$work/$2" | median; }
msi=$(ls build/windows/*-windows-x64.msi)
echo "DeskLogin benchmark under Wine, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo);" \
    "$(wine --version 2>/dev/null); medians of $runs runs"
printf 'MSI: %s bytes (target <= 15 MB); its folder: %s files, %s DLLs, %s bytes\n' \
    "$(stat -c %s "$msi")" "$(find build/windows/msi/stage/bin -type f | wc -l)" \
    "$(find build/windows/msi/stage/bin -name '*.dll' | wc -l)" \
    "$(du -sb build/windows/msi/stage/bin | cut -f1)"
printf '%-40s %12s %12s %7s %s\n' "" "baseline" "DeskLogin" "ratio" "goal"
base=$(column 1 desklogin_baseline) ours=$(column 1 desklogin_probe)
printf '%-40s %9s ms %9s ms %7s %s\n' "exec -> first frame (sign-in page)" "$base" "$ours" \
    "$(ratio "$ours" "$base")" "<= 1.3"
base=$(column 2 desklogin_baseline) ours=$(column 2 desklogin_probe)
printf '%-40s %8s KiB %8s KiB %7s %s\n' "resident memory 2 s after the frame" "$base" "$ours" \
    "$(ratio "$ours" "$base")" "<= 1.3"
base=$(column 3 desklogin_baseline) ours=$(column 3 desklogin_probe)
printf '%-40s %8s KiB %8s KiB %7s %s\n' "  of it anonymous (private)" "$base" "$ours" \
    "$(ratio "$ours" "$base")" "(for reference)"
echo
echo "every run (first frame ms, resident KiB, anonymous KiB):"
echo "  baseline:  $(tr '\n' ';' <"$work/desklogin_baseline")"
echo "  DeskLogin: $(tr '\n' ';' <"$work/desklogin_probe")"
