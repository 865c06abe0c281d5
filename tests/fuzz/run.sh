#!/usr/bin/env bash
# Builds the fuzzers (preset "fuzz") and runs each for SECONDS (default 30) from its seed
# corpus, printing how many inputs it ran. New inputs go to the build tree, not to the
# seed corpus; a finding stops with the crashing input saved in build-check/fuzz/.
#   bash tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
for fuzzer in fuzz_csv fuzz_numeric; do
    seeds="tests/fuzz/corpus/${fuzzer#fuzz_}"
    work="build-check/fuzz/corpus-${fuzzer#fuzz_}"
    mkdir -p "$work"
    log="build-check/fuzz/$fuzzer.log"
    if ! (cd build-check/fuzz && "./tests/fuzz/$fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
            "../../$work" "../../$seeds" >"$fuzzer.log" 2>&1); then
        tail -40 "$log"
        echo "$fuzzer: FINDING (see $log)"
        exit 1
    fi
    runs=$(grep -m1 '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "$fuzzer: $runs runs in ${seconds}s, no findings"
done
