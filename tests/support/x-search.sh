# Looking for X windows from a test script, sourced by the scripts that do.
#
# `xdotool search` (3.20160805, Debian 12's) ends with "X Error of failed request: BadWindow" when
# a window it is looking at is destroyed before it has read it, and Qt and Wine create and destroy
# short-lived windows while a program starts, signs in and quits. Its exit status is then 1, the
# same as for "none matched", and `--sync` ends its waiting with it: a window that showed a moment
# later was once reported as "no window", and a check that a window is gone could pass on an error.

# x_search ARGS…: the ids `xdotool search ARGS…` prints, one per line; a search cut short by an X
# error is made again. Status 0 when a window matched, 1 when a whole search found none, 2 when
# every one of 20 searches in a row ended with an X error.
x_search() {
    local output
    for _ in {1..20}; do
        output=$(xdotool search "$@" 2>&1) || true
        grep -q 'X Error' <<<"$output" && continue
        grep -E '^[0-9]+$' <<<"$output" && return 0
        return 1
    done
    echo "x_search: every xdotool search $* ended with an X error" >&2
    return 2
}

# x_none ARGS…: whether a whole search found no window matching ARGS.
x_none() {
    local status=0
    x_search "$@" >/dev/null || status=$?
    [ "$status" -eq 1 ]
}
