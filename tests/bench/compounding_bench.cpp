// Compounding against the standard library, on the same random inputs (rates -99 %...
// +1000 %, 1 to 100 years, levels 1e-6 to 1e15). The goals: compound at least as fast as
// level * std::pow(1 + rate, years); cagr at least as fast as std::pow(b / a, 1.0 / n) - 1;
// years_to_reach (fractional years and calendar year) within 1.5x of
// std::log(goal / start) / std::log1p(rate), on growth of 0.01 % to 100 % a year and goals
// 1.001 to 1000 times the start.
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include <daye/compounding.hpp>

namespace {
struct inputs {
    std::vector<double> levels, rates, ends, growth, goals;
    std::vector<int> years;
};

const inputs& data() {
    static const inputs in = [] {
        constexpr std::size_t count = 1 << 16;
        inputs d;
        std::mt19937_64 random(20240112);
        std::uniform_real_distribution<double> rates(-0.99, 10.0), exponents(-6.0, 15.0);
        std::uniform_int_distribution<int> years(1, 100);
        std::uniform_real_distribution<double> growth(0.0001, 1.0), multiples(0.0, 3.0);
        for (std::size_t i = 0; i < count; ++i) {
            d.levels.push_back(std::pow(10.0, exponents(random)));
            d.rates.push_back(rates(random));
            d.years.push_back(years(random));
            d.ends.push_back(d.levels.back() * std::pow(1 + d.rates.back(), d.years.back()));
            d.growth.push_back(growth(random));
            d.goals.push_back(d.levels.back() * (1.001 + std::pow(10.0, multiples(random))));
        }
        return d;
    }();
    return in;
}

void pow_compound(benchmark::State& state) {
    const inputs& d = data();
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t i = 0; i < d.levels.size(); ++i) sum += d.levels[i] * std::pow(1 + d.rates[i], d.years[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(d.levels.size()));
}

void daye_compound(benchmark::State& state) {
    const inputs& d = data();
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t i = 0; i < d.levels.size(); ++i)
            sum += daye::compound(daye::amount<daye::nominal>(d.levels[i]),
                                  daye::growth_rate<daye::nominal>(d.rates[i]), d.years[i])
                       .value()
                       .value();
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(d.levels.size()));
}

void pow_cagr(benchmark::State& state) {
    const inputs& d = data();
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t i = 0; i < d.levels.size(); ++i)
            sum += std::pow(d.ends[i] / d.levels[i], 1.0 / d.years[i]) - 1;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(d.levels.size()));
}

void daye_cagr(benchmark::State& state) {
    const inputs& d = data();
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t i = 0; i < d.levels.size(); ++i)
            sum +=
                daye::cagr(daye::amount<daye::nominal>(d.levels[i]), daye::amount<daye::nominal>(d.ends[i]), d.years[i])
                    .value()
                    .fraction();
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(d.levels.size()));
}

void log_years(benchmark::State& state) {
    const inputs& d = data();
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t i = 0; i < d.levels.size(); ++i)
            sum += std::log(d.goals[i] / d.levels[i]) / std::log1p(d.growth[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(d.levels.size()));
}

void daye_years_to_reach(benchmark::State& state) {
    const inputs& d = data();
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t i = 0; i < d.levels.size(); ++i)
            sum += *daye::years_to_reach(daye::amount<daye::nominal>(d.levels[i]),
                                         daye::growth_rate<daye::nominal>(d.growth[i]),
                                         daye::amount<daye::nominal>(d.goals[i]), 2024)
                        .value()
                        .years;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(d.levels.size()));
}
}  // namespace

BENCHMARK(pow_compound);
BENCHMARK(daye_compound);
BENCHMARK(pow_cagr);
BENCHMARK(daye_cagr);
BENCHMARK(log_years);
BENCHMARK(daye_years_to_reach);
BENCHMARK_MAIN();
