#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with a real gnome-keyring (Secret Service)
# whose login collection is created and unlocked with a throw-away password. HOME and the XDG
# directories point into a temporary folder, so the person's own keyring, settings and
# configuration are never touched.
set -euo pipefail

if [ "${DESKLOGIN_IN_KEYRING_SESSION:-}" != 1 ]; then
    sandbox=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-test.XXXXXX")
    trap 'rm -rf "$sandbox"' EXIT
    mkdir -p "$sandbox/home" "$sandbox/config" "$sandbox/data" "$sandbox/cache" "$sandbox/runtime"
    chmod 700 "$sandbox/runtime"
    export HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" \
        XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" \
        DESKLOGIN_IN_KEYRING_SESSION=1 DESKLOGIN_TEST_SANDBOX="$sandbox"
    unset DBUS_SESSION_BUS_ADDRESS
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi

if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # --unlock reads the password from stdin and creates the login collection if needed.
    printf 'desklogin-test-keyring' \
        | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    export DESKLOGIN_TEST_KEYRING=1
else
    echo "with-keyring: gnome-keyring-daemon not found; keychain tests will skip" >&2
fi
"$@"
