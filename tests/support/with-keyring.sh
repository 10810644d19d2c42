#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with a real gnome-keyring (Secret Service)
# whose login collection is created and unlocked with a throw-away password. HOME and the XDG
# directories point into a temporary folder (DESKLOGIN_TEST_SANDBOX), so the person's own
# keyring, settings and configuration are never touched.
#
#   with-keyring.sh [--fresh | --no-keyring | --locked | --no-bus] COMMAND...
#     --fresh       a new sandbox and session even inside another one (for tests that stop the daemon)
#     --no-keyring  a session bus, but no Secret Service on it
#     --locked      the login collection exists but is locked, and no prompt can unlock it
#     --no-bus      no session bus at all
# A mode always starts a new sandbox and session; without one, an enclosing session is reused.
set -euo pipefail

if [ "${1:-}" = --session ]; then
    # Inside the new session bus: start the Secret Service as the mode asks, then the command.
    mode=$2
    shift 2
    case "$mode" in
        unlocked)
            printf 'desklogin-test-keyring' \
                | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
            # The daemon may return before it owns its name on the bus: wait (up to 10 s), so
            # that the first test does not find the keychain missing.
            for _ in $(seq 100); do
                dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                    | grep -q 'boolean true' && break
                sleep 0.1
            done
            export DESKLOGIN_TEST_KEYRING=1 ;;
        locked)
            gnome-keyring-daemon --components=secrets --daemonize >/dev/null
            sleep 0.2 ;;
    esac
    exec "$@"
fi

mode=unlocked
fresh=0
case "${1:-}" in
    --no-keyring | --locked | --no-bus) mode=${1#--}; fresh=1; shift ;;
    --fresh) fresh=1; shift ;;
esac

if [ "$fresh" = 1 ] || [ "${DESKLOGIN_IN_KEYRING_SESSION:-}" != 1 ]; then
    sandbox=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-test.XXXXXX")
    # A daemon that outlives its bus (one stopped by a test, say) would hold this script's
    # output open and keep whoever reads it waiting: whatever still runs in the sandbox when
    # the command is done is ended with it.
    end_sandbox() {
        local proc pid
        for proc in /proc/[0-9]*; do
            pid=${proc#/proc/}
            [ "$pid" = $$ ] && continue
            if tr '\0' '\n' 2>/dev/null <"$proc/environ" | grep -qxF "DESKLOGIN_TEST_SANDBOX=$sandbox"; then
                case "$(cat "$proc/comm" 2>/dev/null)" in
                    grep) ;; # the stderr filter ends by itself once the others are gone
                    *) kill -CONT "$pid" 2>/dev/null; kill "$pid" 2>/dev/null || true ;;
                esac
            fi
        done
        rm -rf "$sandbox"
    }
    trap end_sandbox EXIT
    mkdir -p "$sandbox/home" "$sandbox/config" "$sandbox/data" "$sandbox/cache" "$sandbox/runtime" \
        "$sandbox/tmp"
    chmod 700 "$sandbox/runtime"
    export HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" \
        XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" TMPDIR="$sandbox/tmp" \
        DESKLOGIN_TEST_SANDBOX="$sandbox" DESKLOGIN_KEYRING_MODE="$mode"
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY DESKLOGIN_TEST_KEYRING
    if [ "$mode" = no-bus ]; then
        "$@"
        exit $?
    fi
    bus=()
    if [ "$mode" != unlocked ]; then
        bus=(--config-file="$(dirname "$0")/session-bus-without-services.conf")
    fi
    if [ "$mode" = locked ]; then
        # Make the login collection in a first session (with its own runtime folder, so that its
        # daemon cannot be found again), so that the second session finds it locked.
        mkdir -p "$sandbox/runtime-setup" && chmod 700 "$sandbox/runtime-setup"
        XDG_RUNTIME_DIR="$sandbox/runtime-setup" dbus-run-session "${bus[@]}" -- bash -c \
            'printf desklogin-test-keyring | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null; sleep 0.2' \
            2>/dev/null
    fi
    status=0
    DESKLOGIN_IN_KEYRING_SESSION=1 dbus-run-session "${bus[@]}" -- "$0" --session "$mode" "$@" \
        2> >(grep -v 'fd limit' >&2) || status=$?
    exit $status
fi
exec "$@"
