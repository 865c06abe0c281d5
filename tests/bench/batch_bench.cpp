// Batch attainment against a hand-written loop, over 10^7 figures (counties or years).
// The goal: evaluate_batch at no less than 0.9 of the hand loop's throughput.
#include <cstdint>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include <daye/attainment.hpp>
#include <daye/catalog/economy.hpp>

namespace {
using namespace daye::literals;

constexpr std::size_t count = 10'000'000;

/// Growth rates with one decimal, -20.0 % to 30.0 %, as a county statistics table holds them.
const std::vector<daye::decimal>& figures() {
    static const std::vector<daye::decimal> values = [] {
        std::vector<daye::decimal> v;
        v.reserve(count);
        std::mt19937_64 random(2024);
        std::uniform_int_distribution<std::int64_t> tenths(-200, 300);
        for (std::size_t i = 0; i < count; ++i) v.push_back(daye::decimal::make(tenths(random), 1).value());
        return v;
    }();
    return values;
}

void hand_loop(benchmark::State& state) {
    const std::vector<daye::decimal>& values = figures();
    std::vector<daye::verdict> out(values.size());
    const daye::decimal threshold = (7.5_pct).value();
    for (auto _ : state) {
        std::size_t met = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const bool m = values[i] >= threshold;
            out[i] = m ? daye::verdict::met : daye::verdict::missed;
            met += m ? 1 : 0;
        }
        benchmark::DoNotOptimize(met);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(values.size()));
}

void batch(benchmark::State& state) {
    const std::vector<daye::decimal>& values = figures();
    std::vector<daye::verdict> out(values.size());
    const daye::target gdp = daye::at_least(daye::catalog::gdp_growth, 7.5_pct);
    for (auto _ : state) {
        const auto met = daye::evaluate_batch(gdp, {values.data(), values.size()}, {out.data(), out.size()});
        benchmark::DoNotOptimize(met);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(values.size()));
}
}  // namespace

BENCHMARK(hand_loop)->Unit(benchmark::kMillisecond);
BENCHMARK(batch)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
