#!/usr/bin/env bash
# The measurements of bench/run.sh, run inside its private D-Bus session with a real
# gnome-keyring (tests/support/with-keyring.sh): not meant to be started alone.
#   measure.sh RUNS
# After one unmeasured start of each program, each of the RUNS rounds, in this order so that no program runs while another is measured:
#   1. the baseline: exec -> window mapped, -> first frame painted; resident memory 2 s later
#   2. DeskLogin, empty keychain and no settings (sign-in page): mapped and memory with the
#      shipped binary, first frame with desklogin_probe
#   3. desklogin_probe signs in through its window (the session goes to the keychain)
#   4. desklogin_probe with that session stored: exec -> the session page painted
#   5. desklogin_probe restores the session and signs out (the keychain is empty again)
# then three times: sign in against a server whose tokens last 6 s, and wait for the expiry;
# then, with a real tray (trayer) on the screen, the app hidden in it as started at login:
# its memory beside the session page's, and its CPU time while idle beside the baseline's.
# With DESKLOGIN_BENCH_LOAD=1, every core is kept busy from the first round to the last (one
# busy loop per core, at the same priority as everything else). With DESKLOGIN_BENCH_TRACE=MS,
# every GUI-thread wait over MS ms in the flows is printed at the end with the events the GUI
# thread delivered meanwhile (bench/probe/BenchProbe.h); the trace costs a little of its own.
# Frames are seen through the window title, which the baseline and desklogin_probe mark during
# their first paint (" [painted]") and the session page's (" [session]"): bench/probe/PaintMarker.h.
# Windows are found by polling xdotool every 2 ms (its own --sync polls every 500 ms).
set -euo pipefail
runs=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source tools/demo-server/demo-server.sh
app=build/bench/src/app/desklogin
probe=build/bench/src/app/desklogin_probe
baseline=build/bench/bench/desklogin_baseline
# As a deployment with a profile endpoint (Laravel's GET /api/user): a restore then also asks the
# server for the person's name, and the session page shows it.
export DESKLOGIN_PROFILE_ENDPOINT=/api/user
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; demo_server_stop_all; rm -rf "$work"' EXIT

# -noreset: by default the server resets when its last client leaves, refusing connections
# for a moment, and the next program measured could fail to start.
Xvfb -displayfd 5 -screen 0 1280x1024x24 -nolisten tcp -noreset 5>"$work/display" 2>/dev/null &
pids+=($!)
until [ -s "$work/display" ]; do sleep 0.05; done
export DISPLAY=:$(cat "$work/display") QT_QPA_PLATFORM=xcb

# Reached by this computer's name, as a real server is reached: the app asks the system's proxy
# for it (for localhost or a loopback address it would not), and a restore's first request pays
# for that question as it does in use.
export DESKLOGIN_ALLOW_INSECURE_HTTP=true
demo_server_start_by_name --quiet
server=$demo_server_url
demo_server_start_by_name --quiet --expires-in 6
short_server=$demo_server_url

# Starts a program; sets $pid and $start.
launch() {
    start=$(date +%s%N)
    "$@" >>"$work/programs.log" 2>&1 &
    pid=$!
}
# Waits for a visible window of $pid's whose title matches; sets $elapsed (ms since $start).
# Without xdotool the loop below would wait for ever ("command not found" reads as "not yet").
command -v xdotool >/dev/null 2>&1 || { echo "measure.sh needs xdotool (bench/run.sh installs it)" >&2; exit 1; }
wait_for_title() {
    local title=$1 end
    until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/programs.log" >&2; echo "ended early" >&2; exit 1; }
        sleep 0.002
    done
    end=$(date +%s%N)
    elapsed=$(awk -v ns=$((end - start)) 'BEGIN {printf "%.1f", ns / 1e6}')
}
resident_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }
# Runs desklogin_probe through a flow to its end (it quits by itself).
flow() {
    local url=$1 steps=$2
    DESKLOGIN_BENCH_REPORT=$work/phases DESKLOGIN_BENCH_FLOW=$steps \
        timeout 120 "$probe" --server "$url" >>"$work/programs.log" 2>&1 \
        || { cat "$work/programs.log" >&2; echo "flow $steps failed" >&2; exit 1; }
}
settings=${XDG_CONFIG_HOME:?}

# One unmeasured start of each program first: the first start after a build reads the binaries
# and libraries from disk, and would count that against whichever program came first.
for program in "$baseline" "$app --server $server" "$probe --server $server"; do
    rm -rf "${settings:?}"/*
    launch $program
    wait_for_title '^DeskLogin'
    sleep 0.5
    stop "$pid"
done

if [ "${DESKLOGIN_BENCH_LOAD:-0}" = 1 ]; then
    for _ in $(seq "$(nproc)"); do
        bash -c 'while :; do :; done' &
        pids+=($!)
    done
fi
: >"$work/phases"
for i in $(seq "$runs"); do
    # 1. The baseline: mapped, first frame, memory.
    rm -rf "${settings:?}"/*
    launch "$baseline"
    wait_for_title '^DeskLogin baseline'
    mapped=$elapsed
    wait_for_title '\[painted\]$'
    painted=$elapsed
    sleep 2
    echo "$painted $(resident_kib "$pid") $mapped" >>"$work/baseline"
    stop "$pid"

    # 2. DeskLogin as shipped, empty keychain: mapped and memory; then the probe build for the
    #    first frame (the shipped binary has no marker).
    rm -rf "${settings:?}"/*
    launch "$app" --server "$server"
    wait_for_title '^DeskLogin$'
    mapped=$elapsed
    sleep 2
    rss=$(resident_kib "$pid")
    stop "$pid"
    rm -rf "${settings:?}"/*
    launch "$probe" --server "$server"
    wait_for_title '\[painted\]$'
    echo "$elapsed $rss $mapped" >>"$work/app"
    stop "$pid"

    # 3. Sign in through the window: the session goes to the keychain.
    flow "$server" sign-in,quit

    # 4. Start with that session stored: the session page's first frame.
    launch "$probe" --server "$server"
    wait_for_title '\[session\]$'
    echo "$elapsed" >>"$work/session"
    stop "$pid"

    # 5. Restore and sign out: the keychain is empty again.
    flow "$server" restore,sign-out,quit
    echo "round $i of $runs done" >&2
done
for i in 1 2 3; do
    flow "$short_server" sign-in,expiry,quit
done

# 6. In the tray: a real XEmbed tray (trayer) on the screen, a session stored, the shipped app
#    started as at login (--background): no window, the icon in the tray. Three times: its
#    resident memory 5 s after the restore, beside the session page's (the app started with the
#    same session, its window open); then, once each, the CPU time the idle baseline window and
#    the hidden app take over 30 s.
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; } # utime + stime, in 10 ms ticks
restored() { find "${XDG_DATA_HOME:?}" -name '*.log' -exec grep -qF "Restoring -> AuthManager::State::SignedIn" {} +; }
if command -v trayer >/dev/null 2>&1; then
    trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
    tray=$!
    pids+=("$tray")
    until xwininfo -root -tree 2>/dev/null | grep -q '"panel": ("panel" "trayer")'; do sleep 0.05; done
    idle_seconds=30
    for i in 1 2 3; do
        flow "$server" sign-in,quit
        launch "$app" --server "$server"
        wait_for_title '^DeskLogin$'
        sleep 5
        echo "$(resident_kib "$pid")" >>"$work/session_kib"
        stop "$pid"
        find "${XDG_DATA_HOME:?}" -name '*.log' -delete
        launch "$app" --background --server "$server"
        until restored; do sleep 0.05; done
        sleep 5
        echo "$(resident_kib "$pid")" >>"$work/hidden_kib"
        if [ "$i" = 3 ]; then
            before=$(cpu_ms "$pid")
            sleep "$idle_seconds"
            hidden_cpu=$(($(cpu_ms "$pid") - before))
        fi
        stop "$pid"
        flow "$server" restore,sign-out,quit
    done
    launch "$baseline"
    wait_for_title '\[painted\]$'
    sleep 5
    before=$(cpu_ms "$pid")
    sleep "$idle_seconds"
    baseline_cpu=$(($(cpu_ms "$pid") - before))
    stop "$pid"
    kill "$tray"
fi

source bench/stats.sh
base_ms=$(cut -d' ' -f1 "$work/baseline" | median)
app_ms=$(cut -d' ' -f1 "$work/app" | median)
session_ms=$(median <"$work/session")
base_kib=$(cut -d' ' -f2 "$work/baseline" | median)
app_kib=$(cut -d' ' -f2 "$work/app" | median)
base_mapped=$(cut -d' ' -f3 "$work/baseline" | median)
app_mapped=$(cut -d' ' -f3 "$work/app" | median)
echo
echo "medians of $runs alternating runs$([ "${DESKLOGIN_BENCH_LOAD:-0}" = 1 ] \
    && echo ", every core kept busy ($(nproc) busy loops)")"
printf '%-40s %12s %12s %7s %s\n' measure baseline DeskLogin ratio target
printf '%-40s %9s ms %9s ms %7s %s\n' "exec -> first frame (sign-in page)" "$base_ms" "$app_ms" \
    "$(ratio "$app_ms" "$base_ms")" "<= 1.5"
printf '%-40s %9s ms %9s ms %7s %s\n' "exec -> session page (stored session)" "$base_ms" \
    "$session_ms" "$(ratio "$session_ms" "$base_ms")" "<= 2 (vs the baseline's first frame)"
printf '%-40s %9s ms %9s ms %7s %s\n' "exec -> window mapped, not yet painted" "$base_mapped" \
    "$app_mapped" "$(ratio "$app_mapped" "$base_mapped")" "(for reference)"
printf '%-40s %8s KiB %8s KiB %7s %s\n' "resident memory 2 s after the window" "$base_kib" \
    "$app_kib" "$(ratio "$app_kib" "$base_kib")" "<= 1.3"
if [ -s "$work/hidden_kib" ]; then
    session_kib=$(median <"$work/session_kib")
    hidden_kib=$(median <"$work/hidden_kib")
    printf '%-40s %8s KiB %8s KiB %7s %s\n' "resident memory, session page open" "$base_kib" \
        "$session_kib" "$(ratio "$session_kib" "$base_kib")" "(for reference)"
    printf '%-40s %8s KiB %8s KiB %7s %s\n' "resident memory, hidden in the tray" "$base_kib" \
        "$hidden_kib" "$(ratio "$hidden_kib" "$base_kib")" \
        "<= the session page's ($(ratio "$hidden_kib" "$session_kib") of it)"
    printf '%-40s %9s ms %9s ms %7s %s\n' "CPU time over ${idle_seconds} s idle (hidden)" \
        "$baseline_cpu" "$hidden_cpu" "" "(10 ms ticks; the expiry check runs every 30 s)"
fi
echo
echo "GUI thread: longest wait for the event loop, per flow (target: none over 16 ms; first-frame,"
echo "the window's first paint at a start that restores, for reference: the first frame's own work)"
printf '%-11s %6s %14s %12s %16s\n' flow times "median worst" "worst" "waits > 16 ms"
for phase in sign-in first-frame restore sign-out expiry; do
    awk -v p="$phase" '$1 == "phase" && $2 == p {print $4, $6}' "$work/phases" >"$work/one"
    [ -s "$work/one" ] || continue
    printf '%-11s %6s %11s ms %9s ms %16s\n' "$phase" "$(wc -l <"$work/one")" \
        "$(cut -d' ' -f1 "$work/one" | median)" "$(cut -d' ' -f1 "$work/one" | sort -n | tail -n 1)" \
        "$(awk '{n += $2} END {print n}' "$work/one")"
done
if [ -n "${DESKLOGIN_BENCH_TRACE:-}" ]; then
    echo
    echo "GUI-thread waits over $DESKLOGIN_BENCH_TRACE ms and the events delivered meanwhile" \
        "(ms after the late call was posted):"
    grep -v -e '^phase ' -e '^session_page_painted_ns ' "$work/phases" || true
fi
echo
echo "every run (first frame ms, KiB, mapped ms):"
echo "  baseline:       $(tr '\n' ';' <"$work/baseline")"
echo "  DeskLogin:      $(tr '\n' ';' <"$work/app")"
echo "  session page:   $(tr '\n' ' ' <"$work/session")"
