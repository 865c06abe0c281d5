// score() of Daye's 2024 plan once, against what Daye reported: through score() of the
// plan, which validates it first, and through a plan checked once, which it does not;
// and validate() alone. tests/bench/run.sh prints the ratio.
#include <benchmark/benchmark.h>

#include <daye/daye.hpp>
#include <daye/plans/daye_2024.hpp>

#include "../data/reported_2024.hpp"

namespace {
using daye::plans::daye_2024;
using daye::test_data::reported_2024;

void score_checked(benchmark::State& state) {
    const daye::checked_plan plan = daye::checked(daye_2024).value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(plan);
        const auto card = daye::score(plan, reported_2024);
        benchmark::DoNotOptimize(card);
    }
    state.SetItemsProcessed(state.iterations());
}

void score_validating(benchmark::State& state) {
    const daye::plan* plan = &daye_2024;
    for (auto _ : state) {
        benchmark::DoNotOptimize(plan);
        const auto card = daye::score(*plan, reported_2024);
        benchmark::DoNotOptimize(card);
    }
    state.SetItemsProcessed(state.iterations());
}

void validate_only(benchmark::State& state) {
    const daye::plan* plan = &daye_2024;
    for (auto _ : state) {
        benchmark::DoNotOptimize(plan);
        const daye::validation v = daye::validate(*plan);
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations());
}
}  // namespace

BENCHMARK(score_checked)->Unit(benchmark::kMicrosecond);
BENCHMARK(score_validating)->Unit(benchmark::kMicrosecond);
BENCHMARK(validate_only)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
