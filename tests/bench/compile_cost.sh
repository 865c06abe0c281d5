#!/usr/bin/env bash
# Compile cost of two subjects against tests/bench/compile_baseline.cpp (<cmath> <array>
# <string_view> <cstdint> <limits> <type_traits>), for each compiler:
#   (a) tests/bench/compile_umbrella.cpp: <daye/daye.hpp>, the library without any plan;
#       goal <= 1.10
#   (a) tests/bench/compile_scorecard.cpp: the umbrella, Daye's 2024 plan and the whole 2024
#       scorecard static_asserted; goal <= 1.15
# as the ratio of the fastest of 15 compiles, and of the compiler's instructions (valgrind,
# deterministic, when installed); and
#   (b) whether the scorecard still compiles with the constexpr limits cut to a tenth.
set -euo pipefail
cd "$(dirname "$0")/../.."
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
    if command -v valgrind >/dev/null; then bi=$(instructions "$compiler" "$baseline"); fi
    for subject in umbrella:1.10 scorecard:1.15; do
        file=tests/bench/compile_${subject%%:*}.cpp
        cost=$(fastest "$compiler" "$file")
        line="(a) $compiler ${subject%%:*}: $(echo "scale=2; $cost / $base" | bc)x wall ($cost s vs $base s)"
        if command -v valgrind >/dev/null; then
            si=$(instructions "$compiler" "$file")
            line="$line, $(echo "scale=2; $si / $bi" | bc)x instructions (${si}M vs ${bi}M)"
        fi
        echo "$line (goal <= ${subject##*:})"
    done
done

# Defaults: GCC -fconstexpr-ops-limit=2^33, Clang -fconstexpr-steps=1048576.
subject=tests/bench/compile_scorecard.cpp
if g++ -std=c++17 -Iinclude -fconstexpr-ops-limit=858993459 -fsyntax-only "$subject" &&
    clang++ -std=c++17 -Iinclude -fconstexpr-steps=104857 -fsyntax-only "$subject"; then
    echo "(b) compiles with a tenth of the constexpr limits: yes (g++ ops 858993459, clang++ steps 104857)"
else
    echo "(b) compiles with a tenth of the constexpr limits: NO"
fi
