#!/usr/bin/env bash
# The Windows build, tested under Wine in a fresh Wine prefix of its own (headless: Xvfb):
#   tests/windows/run.sh
# 1. scripts/windows-build.sh cross-builds the app, its unit tests and the MSI.
# 2. The unit tests and the Credential Manager backend's test run as Windows programs.
# 3. The MSI is installed with msiexec /qn and the properties an administrator passes (no
#    desktop shortcut, no start at login); the installed program prints its version, reads the
#    server and client id the MSI wrote to the Policies key (a settings file planted in
#    ProgramData changes nothing, one in the install folder is read), and signs in against the
#    demo server (and is refused with a wrong password); its window, with Windows' UI fonts
#    stood in for, starts in Simplified and in Traditional Chinese on a Wine set to them (the
#    latter scaled by 1.5) and in English, and signs in; each is pictured. Closed while signed
#    in, it stays in the notification area and warns there before the session ends.
# 4. A newer version installs over it without any property, keeping the server, the client id
#    and the stored session and registering the start at login (HKLM's Run key) and a desktop
#    shortcut, the defaults of the two it was not given; uninstalling removes the program's
#    files, shortcuts and start at login.
# Each step prints "== <name> under Wine" as it starts and, only if it passed,
# "== <name> under Wine: passed" at its end; scripts/test.sh counts the latter.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
source tools/demo-server/demo-server.sh
source tests/windows/wine-prefix.sh
source tests/support/x-search.sh
wine_packages xwd:x11-apps pnmtopng:netpbm curl:curl

scripts/windows-build.sh
prefixes=$(scripts/windows-deps.sh)
build=$root/build/windows
msi=$(ls "$build"/*-windows-x64.msi)

export WINEPREFIX
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-wine.XXXXXX")
work=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-wine-work.XXXXXX")
# Wine links the Windows user's Desktop and Documents to $HOME: a home of its own keeps the
# shortcuts the MSI makes out of this machine's.
# (Not empty, as no real desktop is: Wine's msiexec removes an empty Desktop folder along with
# an old version's shortcuts during an upgrade, and then has nowhere for the new one.)
export HOME=$work/home
mkdir -p "$HOME"
echo "a file on the desktop" >"$HOME/notes.txt"
trap wine_prefix_cleanup EXIT
wine_prefix_setup

status=0
step=
step_failed=
# "== <name> under Wine", and at the step's end (the next one's start, or the script's) the
# same with ": passed" if nothing failed in it.
begin_step() {
    end_step
    step=$1
    step_failed=
    echo "== $step under Wine"
}
end_step() {
    [ -z "$step" ] || [ -n "$step_failed" ] || echo "== $step under Wine: passed"
    step=
}
failed() {
    echo "FAILED: $*"
    status=1
    step_failed=1
}

# --- The unit tests, run from the build tree ------------------------------------------------
# (Wine hands a program the variables named QT_* only as WINEQT_*, as PATH as WINEPATH: a Linux
# Qt's own must not reach a Windows one.)
# Libraries from the dependency prefixes and the MinGW runtime, found through WINEPATH.
gcc_dir=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
winepath_list=()
IFS=';' read -r -a prefix_list <<<"$prefixes"
for dir in "${prefix_list[@]/%//bin}" "$gcc_dir" /usr/x86_64-w64-mingw32/lib; do
    [ -d "$dir" ] && winepath_list+=("$(winepath -w "$dir")")
done
qt=$(tr ';' '\n' <<<"$prefixes" | grep '/qtbase-')
run_test() {
    local test=$1 name log
    name=$(basename "$test" .exe)
    log=$work/$name.txt
    begin_step "$name"
    (IFS=';'; WINEPATH="${winepath_list[*]}" WINEQT_QPA_PLATFORM=minimal \
        WINEQT_PLUGIN_PATH="$(winepath -w "$qt/plugins")" \
        DESKLOGIN_PHONENUMBER_MODULE="$(winepath -w "$(cat "$build/phonenumber-module.txt")")" \
        wine "$test" -o "$(winepath -w "$log"),txt" >/dev/null 2>&1) || true
    if [ -f "$log" ]; then cat "$log"; else echo "$name: no log (it did not start)"; fi
    grep -q '^Totals: .* 0 failed, 0 skipped' "$log" 2>/dev/null || failed "$name"
}
for test in "$build"/tst_*.exe; do
    run_test "$test"
done

# --- The MSI ---------------------------------------------------------------------------------
app_name=$(sed -n 's/^DESKLOGIN_APP_NAME:STRING=//p' "$build/CMakeCache.txt")
organization=$(sed -n 's/^DESKLOGIN_ORGANIZATION:STRING=//p' "$build/CMakeCache.txt")
exe_name=$(sed -n 's/^DESKLOGIN_PACKAGE_NAME:STRING=//p' "$build/CMakeCache.txt").exe
install_dir=$WINEPREFIX/drive_c/Program\ Files/$app_name
# Shortcuts: Wine's msiexec puts an all-users install's in the installing user's folders.
shortcut() { find -L "$WINEPREFIX/drive_c" -path "*/$1/$app_name.lnk" 2>/dev/null | head -1; }
# Runs the installed program; its output through a file (a GUI program's console output is
# passed on only when redirected, and Wine's pipes lose some).
installed() {
    local out=$work/out.txt
    wine "C:\\Program Files\\$app_name\\$exe_name" "$@" >"$out" 2>&1 </dev/stdin || true
    cat "$out"
}

# What Windows starts when a person signs in, for this app: its value in HKLM's Run key (the
# 64-bit view, where the MSI writes), empty when there is none. No Run key at all is "none" too
# (uninstalling may take an empty one with it), but only when its parent, which is always there,
# says so: a failed read is not taken for "none".
run_key='HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run'
at_login=
read_run_key() {
    local listing parent
    at_login=
    if listing=$(wine reg query "$run_key" /reg:64 2>&1 | tr -d '\r'); then
        at_login=$(awk -v value="    $app_name    REG_SZ    " \
            'index($0, value) == 1 { print substr($0, length(value) + 1) }' <<<"$listing")
        return
    fi
    parent=$(wine reg query "${run_key%\\*}" /reg:64 2>&1 | tr -d '\r') ||
        { failed "reg query of HKLM's CurrentVersion key failed: $parent"; return; }
    ! grep -qixF "$run_key" <<<"$parent" || failed "reg query of HKLM's Run key failed: $listing"
}

demo_server_start --quiet --public-client msi-client
server=$demo_server_url

begin_step "msiexec /i"
wine msiexec /i "$(winepath -w "$msi")" /qn SERVER_URL="$server" CLIENT_ID=msi-client \
    DESKTOP_SHORTCUT=0 START_AT_LOGIN=0 >/dev/null 2>&1 || failed "msiexec /i exited with $?"
wineserver -w
ls "$install_dir" || failed "nothing installed in $install_dir"
for file in "$exe_name" Qt6Core.dll platforms/qwindows.dll tls/qschannelbackend.dll; do
    [ -f "$install_dir/$file" ] || failed "not installed: $file"
done
[ -n "$(shortcut 'Start Menu/Programs')" ] || failed "no Start-menu shortcut"
[ -z "$(shortcut Desktop)" ] || failed "a desktop shortcut although DESKTOP_SHORTCUT=0"

begin_step "no start at login with START_AT_LOGIN=0"
read_run_key
[ -z "$at_login" ] || failed "Windows would start '$at_login' at sign-in although START_AT_LOGIN=0"

begin_step "the installed program"
version=$(installed --version | tr -d '\r')
echo "$version"
[ "$version" = "$app_name $(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")" ] ||
    failed "--version printed '$version'"
report=$(installed --diagnostics | tr -d '\r')
grep -F "$server" <<<"$report" || failed "the server from msiexec is not in effect"
grep -F "msi-client" <<<"$report" || failed "the client id from msiexec is not in effect"
signed=$(echo "demo-password" | installed --check-sign-in 13800138000 | tr -d '\r')
echo "$signed"
grep -q '^signed in: a Bearer token' <<<"$signed" || failed "--check-sign-in did not sign in"
refused=$(echo "wrong-password" | installed --check-sign-in 13800138000 | tr -d '\r')
echo "$refused"
grep -q 'kind=WrongCredentials http_status=401' <<<"$refused" || failed "a wrong password was not said so"

# Machine-wide settings come only from places only administrators can write: the Policies key
# and the install folder. Any local user may create folders under ProgramData: a file there,
# with a server of that user's and `locked`, once took every other user's sign-in there.
begin_step "a settings file planted in ProgramData is not read"
planted=$WINEPREFIX/drive_c/ProgramData/$organization/$app_name
mkdir -p "$planted"
printf 'server = https://planted.example.com\nlocked = server\n' >"$planted/desklogin.conf"
printf 'idle_timeout = 23\n' >"$install_dir/desklogin.conf"
report=$(installed --diagnostics | tr -d '\r')
grep -F "server = " <<<"$report" || true
grep -qxF "  server = $server" <<<"$report" ||
    failed "the server from msiexec does not stand, or is locked by the planted file"
! grep -qF planted.example.com <<<"$report" || failed "the file planted in ProgramData was read"
grep -qF "idle_timeout = 23s" <<<"$report" || failed "desklogin.conf in the install folder was not read"
rm -rf "$planted" "$install_dir/desklogin.conf"

# Group Policy writes lists as REG_MULTI_SZ, and Windows does not tell value names apart by case:
# a `Locked` list of two holds the server against the environment.
begin_step "a Policies list (REG_MULTI_SZ) locks"
policies="HKLM\\Software\\Policies\\$organization\\$app_name"
wine reg add "$policies" /v Locked /t REG_MULTI_SZ /d 'idle_timeout\0server' /f >/dev/null 2>&1 ||
    failed "reg add of the Locked list failed"
report=$(DESKLOGIN_SERVER=https://environment.example.com installed --diagnostics | tr -d '\r')
grep -qxF "  server = $server (locked)" <<<"$report" ||
    failed "the Policies server did not stand, locked, against the environment: $(grep -F 'server = ' <<<"$report")"
grep -qF '"DESKLOGIN_SERVER" is locked' <<<"$report" || failed "the lock was not reported"
wine reg delete "$policies" /v Locked /f >/dev/null 2>&1 || failed "reg delete of the Locked list failed"

# --- The window -----------------------------------------------------------------------------
# The installed program started as from its shortcut, with one setting more through the
# environment (Wine passes it on): profile_endpoint, so that the session page asks the server for
# the person's name. A session reached, by a sign-in or a restore, is seen from outside the
# program as one more name given out by the server (GET /demo/profiles-served). What the window
# shows is saved as screenshots; the program's log (%LOCALAPPDATA%\<organisation>\<app>\logs) is
# shown when a session is not reached.
log_file=$(echo "$WINEPREFIX"/drive_c/users/*/AppData/Local)/$organization/$app_name/logs/desklogin.log
profiles_served() { curl -fsS --noproxy "*" "$server/demo/profiles-served?at-least=0" | tr -dc 0-9; }
app_pid=
app_env=() # more of the environment for start_app, NAME=VALUE each
# start_app [--background]: starts the installed program; without --background, waits for its
# window.
start_app() {
    profiles_before=$(profiles_served) || { failed "the demo server did not answer"; return 1; }
    env "${app_env[@]}" DESKLOGIN_PROFILE_ENDPOINT=/api/user \
        wine "C:\\Program Files\\$app_name\\$exe_name" "$@" >/dev/null 2>&1 &
    app_pid=$!
    [ "${1:-}" != --background ] || return 0
    wait_for_window && return
    # Not left running: the next start would hand over to it.
    wine taskkill /f /im "$exe_name" >/dev/null 2>&1 || true
    wait "$app_pid" 2>/dev/null || true
    return 1
}
# Signs in through the window as a person does: the number, Tab, the password, Enter.
sign_in_through_window() {
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    xdotool type --delay 60 13800138000
    xdotool key Tab
    xdotool type --delay 60 demo-password
    xdotool key Return
}
# until_true SECONDS COMMAND…: whether COMMAND succeeds within SECONDS (asked every 0.2 s).
until_true() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.2
    done
}
# Sets $window to the program's visible window; fails while there is none (pipefail: x_search's
# status).
window_found() { window=$(x_search --onlyvisible --name "^$app_name\$" | head -n 1); }
wait_for_window() {
    until_true 60 window_found && return
    if kill -0 "$app_pid" 2>/dev/null; then
        failed "no window within 60 s"
    else
        failed "no window: the program ended"
    fi
    tail -n 30 "$log_file" 2>/dev/null || true
    return 1
}
window_hidden() { x_none --onlyvisible --name "^$app_name\$"; }
# Waits (at most 60 s) until the server has given out a name since start_app.
session_reached() {
    curl -fsS --noproxy "*" --max-time 70 \
        "$server/demo/profiles-served?at-least=$((profiles_before + 1))&wait=60" >/dev/null && return
    tail -n 30 "$log_file" 2>/dev/null || true
    return 1
}
# A screenshot of the window once it has painted. Nothing outside the program says when it has:
# the capture is taken when the window holds more than one colour and is the same in two
# captures 0.2 s apart (within 20 s).
screenshot() {
    local frame=$work/frame.xwd last=$work/frame-last.xwd deadline=$((SECONDS + 20))
    : >"$last"
    until xwd -silent -id "$window" >"$frame" && cmp -s "$frame" "$last" &&
        [ "$(xwdtopnm <"$frame" 2>/dev/null | ppmhist -noheader | wc -l)" -gt 1 ]; do
        [ "$SECONDS" -lt "$deadline" ] || { failed "the window did not settle for $1"; return 0; }
        mv "$frame" "$last"
        sleep 0.2
    done
    xwdtopnm <"$frame" 2>/dev/null | pnmtopng >"$1"
    echo "screenshot: $1 ($(stat -c %s "$1") bytes)"
}
# Ended as Windows ends a program politely (taskkill without /f: WM_CLOSE to each of its
# windows), then, if it is still there after 10 s, for good. (Its close button, WM_CLOSE to the
# main window alone, hides a signed-in window in the notification area instead: not driven from
# here, since nothing on this X screen can send that to one Wine window.)
quit_app() {
    wine taskkill /im "$exe_name" >/dev/null 2>&1 || true
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$app_pid" 2>/dev/null; then
        failed "$exe_name did not quit when asked"
        wine taskkill /f /im "$exe_name" >/dev/null 2>&1 || true
    fi
    wait "$app_pid" 2>/dev/null || true
}
shots=${DESKLOGIN_WINDOWS_SCREENSHOTS:-$work}
# The language the program's last start chose, from its log line "language: <name> (…)"; waits
# (at most 10 s) for a start after the `before`th.
language_logged() {
    local before=$1 lines
    for _ in $(seq 100); do
        lines=$(grep -F ' language: ' "$log_file" 2>/dev/null || true)
        if [ -n "$lines" ] && [ "$(wc -l <<<"$lines")" -gt "$before" ]; then
            tail -n 1 <<<"$lines" | sed 's/.* language: \([^ ]*\).*/\1/'
            return
        fi
        sleep 0.1
    done
}
languages_logged() { grep -cF ' language: ' "$log_file" 2>/dev/null || true; }

# On a Simplified and on a Traditional Chinese Windows: the window starts in that language, a
# person signs in (a mainland number: this deployment accepts no other), and both pages are
# pictured, the Traditional ones scaled by 1.5 (Qt's scale factor, as Windows' 150 % would).
# Nothing is kept (keep_signed_in false, through the environment): the English run below starts
# signed out as well.
for locale in zh_CN zh_TW; do
    begin_step "the installed window in $locale"
    before=$(languages_logged)
    scale=1
    [ "$locale" = zh_CN ] || scale=1.5
    read -r -a app_env <<<"$(locale_env "$locale") WINEQT_SCALE_FACTOR=$scale DESKLOGIN_KEEP_SIGNED_IN=false"
    if start_app; then
        language=$(language_logged "${before:-0}")
        [ "$language" = "$locale" ] || failed "the window started in '$language', not in $locale"
        screenshot "$shots/windows-signin-$locale.png"
        sign_in_through_window
        if session_reached; then
            screenshot "$shots/windows-session-$locale.png"
        else
            failed "no session page after signing in through the window in $locale"
        fi
        quit_app
    fi
    app_env=()
done

# Closed while signed in, as a person closes it (Alt+F4): the window goes, the program stays with
# its icon in the notification area, and warns there before the session ends. Wine's notification
# area is a window of its explorer's that shows while a program has an icon in it. The server's
# tokens last 75 s and the warning comes a minute before the end; nothing is kept, so the English
# run below starts signed out.
begin_step "closed while signed in: in the notification area, with a warning"
tray_shown() { x_search --onlyvisible --name '^Wine System Tray$' >/dev/null; }
tray_hidden() { x_none --onlyvisible --name '^Wine System Tray$'; }
notifications() { grep -cF ' notification: in the notification area' "$log_file" 2>/dev/null || true; }
long_server=$server
demo_server_start --quiet --public-client msi-client --expires-in 75
server=$demo_server_url
tray_hidden || failed "Wine's notification area shows before the program runs"
notified_before=$(notifications)
app_env=(DESKLOGIN_SERVER="$server" DESKLOGIN_KEEP_SIGNED_IN=false DESKLOGIN_EXPIRY_WARNINGS=1m)
if start_app; then
    until_true 20 tray_shown || failed "no icon in the notification area"
    sign_in_through_window
    if session_reached; then
        xdotool windowfocus --sync "$window" 2>/dev/null || true
        xdotool key alt+F4
        until_true 10 window_hidden || failed "the window did not close with Alt+F4"
        kill -0 "$app_pid" 2>/dev/null || failed "the program ended when its window was closed"
        tray_shown || failed "the icon left the notification area when the window was closed"
        until_true 60 eval '[ "$(notifications)" -gt "${notified_before:-0}" ]' ||
            failed "no warning in the notification area before the session's end"
    else
        failed "no session page after signing in through the window"
    fi
    quit_app
    until_true 10 tray_hidden || failed "the icon stayed in the notification area after quitting"
fi
app_env=()
server=$long_server

begin_step "the installed window"
if start_app; then
    screenshot "$shots/windows-signin.png"
    sign_in_through_window
    if session_reached; then
        screenshot "$shots/windows-session.png"
    else
        failed "no session page after signing in through the window"
    fi
    quit_app
fi
restored() {
    start_app || return 1
    session_reached
}
begin_step "the session restored after a restart"
restored || failed "the session was not restored after a restart"
quit_app

# As Windows starts it at sign-in (the Run value): with the session stored, no window.
begin_step "started at login with a session: no window"
start_app --background
session_reached || failed "the session was not restored with --background"
window_hidden || failed "a window showed with --background and a stored session"
kill -0 "$app_pid" 2>/dev/null || failed "the program did not stay running with --background"
quit_app

# --- A newer version over it ----------------------------------------------------------------
# The same files as a newer version: Windows Installer's major upgrade removes the old product
# and installs the new one; the session in the Credential Manager is the person's and stays.
begin_step "a newer version installed over it"
version_now=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
next_version=${version_now%.*}.$(( ${version_now##*.} + 1 ))
mkdir -p "$work/next"
sed "s/Version=\"$version_now\"/Version=\"$next_version\"/" "$build/msi/desklogin.wxs" \
    >"$work/next/desklogin.wxs"
cmake -DSTAGE="$build/msi/stage/bin" -DWXS="$work/next/desklogin.wxs" \
    -DOUTPUT="$work/next/next.msi" -P packaging/windows/msi.cmake >/dev/null
# Without SERVER_URL and CLIENT_ID, as an administrator pushing an update would: the installed
# ones stay (the MSI reads them back from the Policies key).
wine msiexec /i "$(winepath -w "$work/next/next.msi")" /qn >/dev/null 2>&1 ||
    failed "msiexec /i of the newer version exited with $?"
wineserver -w
products=$(wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
    tr -d '\r' | grep -c "DisplayName.*REG_SZ.*$app_name\$" || true)
[ "$products" = 1 ] || failed "$products products named $app_name installed after the upgrade (1 expected)"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
    tr -d '\r' | grep -q "DisplayVersion.*$next_version" || failed "version $next_version not installed"
[ -f "$install_dir/$exe_name" ] || failed "the program is gone after the upgrade"
report=$(installed --diagnostics | tr -d '\r')
grep -qxF "  server = $server" <<<"$report" || failed "the server from msiexec is gone after the upgrade"
grep -qF "msi-client" <<<"$report" || failed "the client id from msiexec is gone after the upgrade"
[ -n "$(shortcut Desktop)" ] || failed "no desktop shortcut without DESKTOP_SHORTCUT=0"
restored || failed "the session did not survive the upgrade"
quit_app

begin_step "the start at login registered without START_AT_LOGIN"
read_run_key
echo "at sign-in: $at_login"
[ "$at_login" = "\"C:\\Program Files\\$app_name\\$exe_name\" --background" ] ||
    failed "Windows would start '$at_login' at sign-in, not the installed program with --background"

begin_step "msiexec /x"
wine msiexec /x "$(winepath -w "$work/next/next.msi")" /qn >/dev/null 2>&1 ||
    failed "msiexec /x exited with $?"
wineserver -w
[ ! -e "$install_dir/$exe_name" ] || failed "the program is still there after uninstalling"
[ -z "$(shortcut 'Start Menu/Programs')" ] ||
    failed "the Start-menu shortcut is still there after uninstalling"
[ -z "$(shortcut Desktop)" ] || failed "the desktop shortcut is still there after uninstalling"
[ -z "$(ls -A "$install_dir" 2>/dev/null)" ] || failed "files left in $install_dir: $(ls -A "$install_dir")"

begin_step "nothing starts at login after msiexec /x"
read_run_key
[ -z "$at_login" ] || failed "Windows would still start '$at_login' at sign-in after uninstalling"
end_step

exit "$status"
