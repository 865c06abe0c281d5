#!/usr/bin/env bash
# The panel benchmark of issue 13: a generated panel of 3,000 regions x 30 indicators x
# 10 years (900,000 rows) read, validated, indexed and scored by daye, beside
# pandas.read_csv of the same file, in one run (tests/bench/panel_compare.py). Needs
# Debian's python3-pandas (apt-get install python3-pandas). Never part of pass or fail.
#   bash tests/bench/panel.sh [REPETITIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=build-bench
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DDAYE_BUILD_BENCHMARKS=ON -DDAYE_BUILD_TESTS=OFF \
    -DDAYE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$dir" --target daye_bench_panel -j 2 >/dev/null
panel="$dir/panel-3000x30x10.csv"
[ -f "$panel" ] || python3 tests/bench/panel_generate.py "$panel"
python3 tests/bench/panel_compare.py "$dir/tests/bench/daye_bench_panel" "$panel" --repetitions "${1:-5}"
