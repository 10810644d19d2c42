# The one way the scripts start the demo server (sourced by scripts/run.sh, bench/measure.sh,
# tests/packaging/install.sh and tests/windows/run.sh):
#   demo_server_start [server.js options]
#       starts server.js on a free loopback port and returns once it listens, with its address
#       in $demo_server_url; fails, after the server's own words on stderr, if it ends first or
#       is not listening within 60 s. Its output goes where the caller's does.
#   demo_server_start_by_name [server.js options]
#       the same, on the address this computer's name leads to, with that name in
#       $demo_server_url: to the app that is a server like any other (it sends nothing for
#       localhost or a loopback address through a proxy, and does not ask the system's proxy for
#       them), so requests to it cost what requests to a real server do. Plain http to it needs
#       allow_insecure_http.
#   demo_server_stop_all
#       stops every server started so; for the caller's EXIT trap.

demo_server_js=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/server.js
demo_server_url=
demo_server_pids=()

demo_server_start() {
    local out ready pid
    demo_server_url=
    # The server writes its address to its fd 3 once it listens (--url-file), and fd 3 is a pipe
    # that only it holds: the read below returns with the address, or at end of file as soon as
    # the server has ended without one.
    exec {out}>&1
    exec {ready}< <(exec node "$demo_server_js" --port 0 --url-file /dev/fd/3 "$@" \
        3>&1 1>&"$out" {out}>&- </dev/null)
    pid=$!
    exec {out}>&-
    demo_server_pids+=("$pid")
    read -r -t 60 -u "$ready" demo_server_url || true
    exec {ready}<&-
    [ -z "$demo_server_url" ] || return 0
    if kill "$pid" 2>/dev/null; then
        echo "demo server: not listening after 60 s" >&2
    else
        local status=0
        wait "$pid" || status=$?
        echo "demo server: ended (status $status) before it listened" >&2
    fi
    return 1
}

demo_server_start_by_name() {
    local name address
    name=$(hostname)
    address=$(getent ahosts "$name" | awk 'NR == 1 { print $1 }')
    if [ -z "$address" ] || [ "$name" = localhost ]; then
        echo "demo server: this computer's name ($name) leads to no address, or is localhost" >&2
        return 1
    fi
    demo_server_start --host "$address" "$@" || return 1
    case $address in
    *:*) demo_server_url=${demo_server_url/"//[$address]:"/"//$name:"} ;;
    *) demo_server_url=${demo_server_url/"//$address:"/"//$name:"} ;;
    esac
}

demo_server_stop_all() {
    [ ${#demo_server_pids[@]} -gt 0 ] || return 0
    kill "${demo_server_pids[@]}" 2>/dev/null || true
    wait "${demo_server_pids[@]}" 2>/dev/null || true
    demo_server_pids=()
}
