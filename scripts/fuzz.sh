#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UBSan on) and runs each one for a
# while, starting from the seed corpus in tests/fuzz/corpus. New inputs go to a scratch folder,
# not into the repository. Usage: scripts/fuzz.sh [seconds per target, default 30]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The phone number module as this build named it (src/app/CMakeLists.txt writes where).
DESKLOGIN_PHONENUMBER_MODULE=$(cat build/fuzz/phonenumber-module.txt)
export DESKLOGIN_PHONENUMBER_MODULE
mapfile -t targets < tests/fuzz/targets.txt
# As many at a time as there are cores, each with a core of its own for its seconds; reported in
# the list's order once all have run.
run() {
    local target=$1 status=0
    mkdir -p "$scratch/$target"
    build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$scratch/" \
        "$scratch/$target" "tests/fuzz/corpus/$target" 2>"$scratch/$target.log" || status=$?
    echo "$status" >"$scratch/$target.status"
}
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
    run "$target" &
done
wait
failed=0
for target in "${targets[@]}"; do
    echo "== fuzz_$target for ${seconds}s"
    if [ "$(cat "$scratch/$target.status")" != 0 ]; then
        failed=1
        tail -n 40 "$scratch/$target.log"
        ls "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* 2>/dev/null || true
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|cov:' "$scratch/$target.log" | tail -n 3
done
exit $failed
