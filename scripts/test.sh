#!/usr/bin/env bash
# Builds DeskLogin and runs every test: the packages (label packaging, from the release preset);
# unit, keychain, integration and gui tests inside a private D-Bus session with a real, unlocked
# gnome-keyring, built with AddressSanitizer, UBSan and LeakSanitizer; the fuzzers; and the
# Windows build under Wine (tests/windows/run.sh: its unit tests, the MSI installed and run; the
# first run on a machine builds Qt and the other libraries for Windows, about half an hour of
# both cores, in the background while the other packages install and the Linux suites run,
# then keeps them).
# Arguments go to ctest for the main suite only, e.g. -L unit.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
deps_pid=
deps_log=$(mktemp)
log=
trap 'rm -f "$log" "$deps_log"; [ -z "$deps_pid" ] || kill -- -"$deps_pid" 2>/dev/null || true' EXIT
if [ $# -eq 0 ] && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
    # The Windows libraries (once per machine) build in the background at the lowest priority,
    # taking only the CPU the rest leaves idle: most of a core while the packages below install
    # (on a fresh machine dpkg keeps less than one of two busy for minutes), then whatever the
    # Linux suites leave (a core while one links or a test waits). Their own build tools are
    # installed first, so that the build installs nothing while the rest goes in. The Windows
    # tests wait for them (windows-deps.sh holds a lock). In a process group of its own, to be
    # stopped on exit; and since a new session is also a scheduling group of its own
    # (autogroup), whose share would equal the suites' whatever its nice value, that group is
    # set to the lowest priority as well, from inside it.
    scripts/install-deps.sh --windows-build
    setsid bash -c 'echo 19 2>/dev/null >/proc/self/autogroup ||
            echo "windows-deps: its scheduling group could not be lowered; it shares the CPU" >&2
        exec nice -n 19 scripts/windows-deps.sh' >/dev/null 2>"$deps_log" &
    deps_pid=$!
fi
scripts/install-deps.sh
if [ $# -eq 0 ]; then
    # The packages are built from the release preset and checked (labels: packaging); its tools
    # also serve the Windows cross build.
    cmake --preset release >/dev/null
    cmake --build --preset release
else
    cmake --preset debug >/dev/null
    cmake --build --preset debug
fi

log=$(mktemp)
status=0
# Without arguments, everything: the packages, the suite under AddressSanitizer, UBSan and
# LeakSanitizer (a debug build with them: the same tests the debug preset runs, so they are not
# built and run twice), each fuzzer for a short run, and the Windows build under Wine. With
# arguments (say -L unit) only the main suite runs, in the debug build, filtered by them.
everything() {
    ctest --preset release &&
        cmake --preset asan >/dev/null && cmake --build --preset asan &&
        tests/support/with-keyring.sh ctest --preset asan &&
        scripts/fuzz.sh "${DESKLOGIN_FUZZ_SECONDS:-20}" &&
        tests/windows/run.sh
}
if [ $# -eq 0 ]; then
    everything 2>&1 | tee "$log" || status=$?
else
    tests/support/with-keyring.sh ctest --preset debug "$@" 2>&1 | tee "$log" || status=$?
fi
if [ -n "$deps_pid" ]; then
    # What the background build did (it has ended if the Windows tests ran: they waited for it;
    # if they did not, it is stopped on exit).
    if [ "$status" -eq 0 ]; then
        deps_status=0
        wait "$deps_pid" || deps_status=$?
        deps_pid=
        grep '^windows-deps: ' "$deps_log" || true
        [ "$deps_status" -eq 0 ] || tail -n 20 "$deps_log"
    fi
fi
[ "$status" -eq 0 ] || exit "$status"
# In CI a skipped test is a failure: every label must have run for real. (A test program exits
# with CTest's SKIP_RETURN_CODE only when it skipped something and nothing failed, and CTest
# prints ***Skipped for it; a failure beside a skip is a failure, see tests/support/TestMain.h.)
if [ -n "${CI:-}" ] && grep -q '\*\*\*Skipped' "$log"; then
    echo "CI: some tests were skipped; every test must run for real." >&2
    exit 1
fi
if [ $# -eq 0 ]; then
    # One closing line for all suites, counting only what passed: of each CTest run (packages,
    # main, sanitizers) its tests less the failed and those that did not run (skipped: CTest's
    # "out of N" counts them), each fuzzer that ran (fuzz.sh fails if one does not pass), and
    # each Wine step that reported itself passed.
    ctest_total=$(grep -oE '[0-9]+ tests failed out of [0-9]+' "$log" |
        awk '{sum += $6} END {print sum + 0}')
    ctest_failed=$(grep -oE '[0-9]+ tests failed out of [0-9]+' "$log" |
        awk '{sum += $1} END {print sum + 0}')
    ctest_not_run=$(grep -cE '^[[:space:]]+[0-9]+ - .+ \((Skipped|Disabled)\)$' "$log" || true)
    fuzzers=$(grep -cE '^== fuzz_[A-Za-z0-9_]+ for [0-9]+s$' "$log" || true)
    windows=$(grep -cE '^== .* under Wine: passed$' "$log" || true)
    passed=$((ctest_total - ctest_failed - ctest_not_run + fuzzers + windows))
    [ "$ctest_not_run" -eq 0 ] || echo "Not run (skipped or disabled), not counted: $ctest_not_run"
    echo "Total: $passed passed, $ctest_failed failed"
fi
