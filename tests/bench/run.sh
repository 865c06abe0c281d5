#!/usr/bin/env bash
# Builds the benchmarks in Release and prints each figure as a ratio measured in one run.
# Never part of pass or fail: figures depend on the machine; see README "Performance".
# Repetitions are interleaved at random, so that a subject and its baseline see the same
# machine: on a shared host std::pow alone has been seen to slow down by half for minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/bench/compile_cost.sh

dir=build-bench
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DDAYE_BUILD_BENCHMARKS=ON -DDAYE_BUILD_TESTS=OFF \
    -DDAYE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$dir" -j "$(nproc)" >/dev/null

"$dir/tests/bench/daye_bench_batch" --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true --benchmark_format=json \
    --benchmark_out="$dir/batch.json" >/dev/null
python3 tests/bench/ratio.py "$dir/batch.json" batch hand_loop "(c) batch attainment vs hand-written loop (goal >= 0.9)"

"$dir/tests/bench/daye_bench_compounding" --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true --benchmark_format=json \
    --benchmark_out="$dir/compounding.json" >/dev/null
python3 tests/bench/ratio.py "$dir/compounding.json" daye_compound pow_compound "(d) compound vs level * std::pow (goal >= 1)"
python3 tests/bench/ratio.py "$dir/compounding.json" daye_cagr pow_cagr "(d) cagr vs std::pow(b / a, 1.0 / n) - 1 (goal >= 1)"
python3 tests/bench/ratio.py "$dir/compounding.json" daye_years_to_reach log_years \
    "(d) years_to_reach vs std::log(g / l) / std::log1p(r) (goal >= 0.67)"

# glibc runs its pow with fused multiply-add where the processor has it; a build for
# baseline x86-64 has none, and cagr uses it only for exact products. The same comparison
# with glibc's plain pow:
GLIBC_TUNABLES=glibc.cpu.hwcaps=-FMA,-AVX2 "$dir/tests/bench/daye_bench_compounding" --benchmark_filter=cagr \
    --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true --benchmark_format=json \
    --benchmark_out="$dir/compounding-plain-pow.json" >/dev/null
python3 tests/bench/ratio.py "$dir/compounding-plain-pow.json" daye_cagr pow_cagr \
    "(d) cagr vs the same, with glibc's pow kept from fused multiply-add"

# score() of Daye's 2024 plan once: a plan checked once beside score() validating it.
"$dir/tests/bench/daye_bench_score" --benchmark_repetitions=9 --benchmark_enable_random_interleaving=true --benchmark_format=json \
    --benchmark_out="$dir/score.json" >/dev/null
python3 tests/bench/ratio.py "$dir/score.json" score_checked score_validating \
    "(17) score() of the 2024 plan, checked once vs validated by score() (validation's cost)"
python3 tests/bench/ratio.py "$dir/score.json" score_checked validate_only \
    "(17) score() of the 2024 plan, checked once vs validate() alone"

# Issue 13's panel: 900,000 rows read, validated, indexed and scored, beside pandas.read_csv.
bash tests/bench/panel.sh
