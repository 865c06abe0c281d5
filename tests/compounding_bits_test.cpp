// The same bits at compile time and at run time, over a grid of levels, rates and years,
// for compound and for cagr on both of its ways (double-double and long double).
//
// Also built with -mfma where the processor has fused multiply-add (compounding_bits_fma_test):
// g++ and clang++ then fuse a * b + c at run time unless told -ffp-contract=off, which the
// daye target passes on; constant evaluation never fuses.
#include <array>
#include <cstddef>

#include <daye/compounding.hpp>

#include "catch.hpp"
#include "same_bits.hpp"

namespace {
using daye::amount;
using daye::growth_rate;
using daye::nominal;

constexpr double levels[] = {3.7e-4, 1.0, 900.0, 2.5e11, 1e200};
constexpr double rates[] = {-0.9, -0.3, -0.01, -1e-7, 1e-9, 0.004, 0.075, 0.5, 3.0, 9.9};
constexpr int years[] = {1, 2, 7, 23, 64, 127, 200};
constexpr std::size_t count = std::size(levels) * std::size(rates) * std::size(years);

struct outcome {
    bool ok = false;  ///< compound's result is a positive double
    double end = 0;
    double rate = 0;
};

/// compound, then cagr back, for input i of the grid.
constexpr outcome compute(std::size_t i, double level_scale) {
    const double level = levels[i % std::size(levels)] * level_scale;
    const double rate = rates[i / std::size(levels) % std::size(rates)];
    const int n = years[i / std::size(levels) / std::size(rates)];
    outcome o;
    const auto end = daye::compound(amount<nominal>(level), growth_rate<nominal>(rate), n);
    if (!end || !(end.value().value() > 0)) return o;
    o.ok = true;
    o.end = end.value().value();
    o.rate = daye::cagr(amount<nominal>(level), end.value(), n).value().fraction();
    return o;
}

constexpr std::array<outcome, count> compute_all() {
    std::array<outcome, count> all{};
    for (std::size_t i = 0; i < count; ++i) all[i] = compute(i, 1.0);
    return all;
}

}  // namespace

TEST_CASE("compound and cagr give the same bits at compile time and at run time") {
    constexpr std::array<outcome, count> at_compile_time = compute_all();
    volatile double one = 1.0;  // keeps the run-time values from being folded by the compiler
    std::size_t compared = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const outcome at_run_time = compute(i, one);
        REQUIRE(at_run_time.ok == at_compile_time[i].ok);
        if (!at_run_time.ok) continue;
        CHECK(same_bits(at_run_time.end, at_compile_time[i].end));
        CHECK(same_bits(at_run_time.rate, at_compile_time[i].rate));
        ++compared;
    }
    CHECK(compared > count / 2);
}
