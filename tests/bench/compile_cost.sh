#!/usr/bin/env bash
# Compile cost of tests/bench/compile_scorecard.cpp (daye.hpp and the whole 2024 scorecard
# static_asserted) against tests/bench/compile_baseline.cpp (<cmath> <array> <string_view>
# <cstdint> <limits> <type_traits>), for each compiler:
#   (a) the ratio of the fastest of 15 compiles, and of the compiler's instructions
#       (valgrind, deterministic, when installed); goal <= 1.3
#   (b) whether the subject still compiles with the constexpr limits cut to a tenth.
set -euo pipefail
cd "$(dirname "$0")/../.."
subject=tests/bench/compile_scorecard.cpp
baseline=tests/bench/compile_baseline.cpp

fastest() {  # compiler file: the fastest of 15 compiles, in seconds
    local best=999
    for _ in $(seq 15); do
        local start end took
        start=$(date +%s.%N)
        "$1" -std=c++17 -Iinclude -c "$2" -o /dev/null
        end=$(date +%s.%N)
        took=$(echo "$end - $start" | bc)
        best=$(echo "if ($took < $best) $took else $best" | bc)
    done
    echo "$best"
}

instructions() {  # compiler file: instructions executed by the compiler, in millions
    local dir
    dir=$(mktemp -d)
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$dir/out.%p" \
        "$1" -std=c++17 -Iinclude -c "$2" -o /dev/null >/dev/null 2>&1
    cat "$dir"/out.* | awk '/^summary:/ {total += $2} END {printf "%d", total / 1e6}'
    rm -rf "$dir"
}

for compiler in g++ clang++; do
    base=$(fastest "$compiler" "$baseline")
    cost=$(fastest "$compiler" "$subject")
    line="(a) $compiler compile cost: $(echo "scale=2; $cost / $base" | bc)x wall ($cost s vs $base s)"
    if command -v valgrind >/dev/null; then
        bi=$(instructions "$compiler" "$baseline")
        si=$(instructions "$compiler" "$subject")
        line="$line, $(echo "scale=2; $si / $bi" | bc)x instructions (${si}M vs ${bi}M)"
    fi
    echo "$line (goal <= 1.3)"
done

# Defaults: GCC -fconstexpr-ops-limit=2^33, Clang -fconstexpr-steps=1048576.
if g++ -std=c++17 -Iinclude -fconstexpr-ops-limit=858993459 -fsyntax-only "$subject" &&
    clang++ -std=c++17 -Iinclude -fconstexpr-steps=104857 -fsyntax-only "$subject"; then
    echo "(b) compiles with a tenth of the constexpr limits: yes (g++ ops 858993459, clang++ steps 104857)"
else
    echo "(b) compiles with a tenth of the constexpr limits: NO"
fi
