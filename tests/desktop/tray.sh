#!/usr/bin/env bash
# The app on a desktop as people have one: an X server (Xvfb) with a window manager (openbox), a
# real XEmbed tray (trayer) and a real notification daemon (dunst), against the demo server with
# 30-second tokens. Run inside tests/support/with-keyring.sh (a session bus and a keychain):
#   tray.sh <desklogin binary> <window title>
# 1. Signed in, the icon is in the tray; closing the window (as the window manager closes it)
#    hides it, the app keeps running and says so once; a second launch brings the window back,
#    and Quit quits, keeping the session.
# 2. Started at login (--background) with that stored session: no window, the icon in the tray,
#    the session restored; the warning arrives as a notification; at the end the sign-in window
#    comes back by itself, with a notification.
# 3. --background without a session shows the sign-in window; with start_at_login off it does
#    nothing at all.
# Each step waits for what it checks (polling it), never for a fixed time.
set -euo pipefail
app_binary=$1
title=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tools/demo-server/demo-server.sh"
source "$root/tests/support/x-search.sh"

for tool in Xvfb openbox trayer dunst dunstctl xdotool wmctrl xwininfo; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/install-deps.sh installs it)"
        exit 200
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-desktop.XXXXXX")
pids=()
app=
cleanup() {
    [ -z "$app" ] || kill "$app" 2>/dev/null || true
    kill "${pids[@]}" 2>/dev/null || true
    demo_server_stop_all
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config

fail() {
    echo "FAIL: $*"
    echo "--- the app's log"
    find "$XDG_DATA_HOME" -name '*.log' -exec tail -n 30 {} \; 2>/dev/null || true
    exit 1
}
# wait_for SECONDS WHAT COMMAND…: until COMMAND succeeds (checked every 0.1 s), or fails the test.
wait_for() {
    local limit=$1 what=$2
    shift 2
    local deadline=$((SECONDS + limit))
    until "$@" >/dev/null 2>&1; do
        [ "$SECONDS" -lt "$deadline" ] || fail "$what (not within $limit s)"
        sleep 0.1
    done
    echo "ok: $what"
}
window_shown() { x_search --onlyvisible --name "^$title\$"; }
window_hidden() { x_none --onlyvisible --name "^$title\$"; }
# The tray's panel holds a window of the app (its class is the program's name).
icon_docked() { xwininfo -root -tree | grep -A8 '"panel": ("panel" "trayer")' | grep -q "(\"$(basename "$app_binary")\""; }
running() { kill -0 "$app" 2>/dev/null; }
stopped() { ! kill -0 "$app" 2>/dev/null; }
# A notification whose text contains $1 has been shown. dunst lists only closed ones in its
# history, so those on screen are closed first.
notified() { dunstctl close-all && dunstctl history | grep -qF -- "$1"; }
logged() { find "$XDG_DATA_HOME" -name '*.log' -exec grep -qF -- "$1" {} +; }
start_app() {
    QT_QPA_PLATFORM=xcb "$app_binary" --server "$demo_server_url" "$@" >>"$work/app.out" 2>&1 &
    app=$!
}
quit_app() {
    local window
    window=$(window_shown | head -n 1)
    xdotool windowactivate --sync "$window" key --clearmodifiers ctrl+q
    wait_for 10 "Quit quits" stopped
    local status=0
    wait "$app" || status=$?
    [ "$status" -eq 0 ] || fail "the app ended with status $status"
    app=
}

# The desktop: X server, window manager, tray, notification daemon.
exec {display_fd}>"$work/display"
Xvfb -displayfd "$display_fd" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.out" 2>&1 &
pids+=($!)
exec {display_fd}>&-
wait_for 10 "the X server is up" test -s "$work/display"
export DISPLAY=:$(head -n 1 "$work/display")
openbox >"$work/openbox.out" 2>&1 &
pids+=($!)
wait_for 10 "the window manager is up" wmctrl -m
trayer --edge top --align right --widthtype request --height 24 >"$work/trayer.out" 2>&1 &
pids+=($!)
wait_for 10 "the tray is up" sh -c 'xwininfo -root -tree | grep -q "\"panel\": (\"panel\" \"trayer\")"'
dunst >"$work/dunst.out" 2>&1 &
pids+=($!)
# Asked without D-Bus activation, which would start a second daemon without a display.
daemon_up() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications | grep -q 'true'
}
wait_for 10 "the notification daemon is up" daemon_up

demo_server_start --expires-in 30 --quiet >/dev/null
export DESKLOGIN_EXPIRY_WARNINGS=20s

echo "== 1. in the tray"
start_app
wait_for 20 "the sign-in window shows" window_shown
wait_for 10 "the icon is in the tray" icon_docked
window=$(window_shown | head -n 1)
xdotool windowactivate --sync "$window"
xdotool type --delay 10 13800138000
xdotool key Tab
xdotool type --delay 10 demo-password
xdotool key Return
wait_for 20 "signed in" logged "State::SigningIn -> AuthManager::State::SignedIn"
wmctrl -i -c "$window"
wait_for 10 "closing hides the window" window_hidden
running || fail "closing the window while signed in quit the app"
echo "ok: the app keeps running"
wait_for 10 "a notification says it is still running" notified "is still running"
"$app_binary" --server "$demo_server_url" >>"$work/app.out" 2>&1 # a second launch
wait_for 10 "a second launch brings the window back" window_shown
quit_app

echo "== 2. started at login, signed in"
start_app --background
wait_for 20 "the session is restored" logged "State::Restoring -> AuthManager::State::SignedIn"
wait_for 10 "the icon is in the tray" icon_docked
window_hidden || fail "a window showed at a start at login with a session"
echo "ok: no window"
wait_for 30 "the warning is a notification" notified "Your session ends in"
wait_for 30 "the sign-in window comes back at the end" window_shown
wait_for 10 "the end is a notification" notified "Your session ended on"
quit_app

echo "== 3. started at login, signed out; and turned off"
start_app --background
wait_for 20 "without a session the sign-in window shows" window_shown
quit_app
status=0
DESKLOGIN_START_AT_LOGIN=false QT_QPA_PLATFORM=xcb timeout 20 "$app_binary" --background \
    --server "$demo_server_url" >>"$work/app.out" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "with start_at_login off, --background ended with status $status"
window_hidden || fail "with start_at_login off, --background showed a window"
echo "ok: with start_at_login off, --background does nothing"
if grep -E 'Cannot create children|QObject::|ERROR: AddressSanitizer' "$work/app.out"; then
    fail "the app's output above"
fi
echo "PASS"
