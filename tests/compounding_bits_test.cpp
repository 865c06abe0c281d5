// The same bits at compile time and at run time, for every public function of
// compounding.hpp and for decimal -> double, over grids that take in the adversarial
// cases: rates near -100 %, tiny (subnormal) and huge rates, levels from the smallest
// subnormal to the largest double, 1 to INT_MAX years, ratios within an ulp of 1, rates
// that cancel, results that overflow or fall below 2^-1022.
//
// Built also with fused multiply-add in the instruction set and -ffp-contract=fast, the
// case that matters: g++ and clang++ then fuse a * b + c at run time, never at compile
// time (compounding_bits_fma_test; the native presets build it with -march=native).
#include <array>
#include <cfloat>
#include <climits>
#include <cstddef>

#include <daye/compounding.hpp>
#include <daye/decimal.hpp>

#include "catch.hpp"
#include "same_bits.hpp"

namespace {
using daye::amount;
using daye::growth_rate;
using daye::nominal;
using daye::real;

constexpr double levels[] = {DBL_TRUE_MIN, DBL_MIN, 3.7e-4, 1.0, 0x1.0000000000001p0, 900.0, 2.5e11, DBL_MAX};
constexpr double rates[] = {-1 + 0x1p-53, -0.9, -0.3,  -0.01, -1e-7, -DBL_TRUE_MIN, DBL_TRUE_MIN, 1e-300,
                            0x1p-53,      1e-9, 0.004, 0.075, 0.5,   3.0,           9.9,          1e300};
constexpr int years[] = {1, 2, 7, 23, 64, 127, 128, 1000, 100000, INT_MAX};
/// Rates for the functions of two or more rates: the pairs cancel in every way.
constexpr double pair_rates[] = {-1 + 0x1p-53, -0.3, -0x1.745d1745d1746p-4, -DBL_TRUE_MIN, 1e-300, 0.1, 0.075, DBL_MAX};

/// A result as what the two evaluations must agree on: whether it is an error, and its bits.
struct outcome {
    bool ok = false;
    double value = 0;
};
template <class T>
constexpr outcome of(const daye::result<T>& r, double (*get)(const T&)) {
    return r ? outcome{true, get(r.value())} : outcome{};
}
constexpr double level_of(const amount<nominal>& a) { return a.value(); }
template <class B>
constexpr double fraction_of(const growth_rate<B>& g) {
    return g.fraction();
}

// Each grid is computed by one function, once at compile time and once at run time, where
// `one` is 1.0 read through a volatile, so that the compiler cannot fold the calls.

constexpr std::size_t compound_count = std::size(levels) * std::size(rates) * std::size(years);
constexpr std::array<outcome, compound_count> compounds(double one) {
    std::array<outcome, compound_count> all{};
    std::size_t i = 0;
    for (const double level : levels)
        for (const double rate : rates)
            for (const int n : years)
                all[i++] = of(daye::compound(amount<nominal>(level * one), growth_rate<nominal>(rate), n), level_of);
    return all;
}

constexpr std::size_t cagr_count = std::size(levels) * std::size(levels) * std::size(years);
constexpr std::array<outcome, cagr_count> cagrs(double one) {
    std::array<outcome, cagr_count> all{};
    std::size_t i = 0;
    for (const double from : levels)
        for (const double to : levels)
            for (const int n : years)
                all[i++] = of(daye::cagr(amount<nominal>(from * one), amount<nominal>(to), n), fraction_of<nominal>);
    return all;
}

/// chain and average_growth of every pair, and to_nominal and to_real of it.
constexpr std::size_t pair_count = std::size(pair_rates) * std::size(pair_rates);
constexpr std::array<outcome, 4 * pair_count> pairs(double one) {
    std::array<outcome, 4 * pair_count> all{};
    std::size_t i = 0;
    for (const double a : pair_rates) {
        for (const double b : pair_rates) {
            const growth_rate<nominal> two[] = {growth_rate<nominal>(a * one), growth_rate<nominal>(b)};
            all[i++] = of(daye::chain<nominal>(two), fraction_of<nominal>);
            all[i++] = of(daye::average_growth<nominal>({2021, 2022}, two), fraction_of<nominal>);
            all[i++] = of(daye::to_nominal(growth_rate<real>(a * one), daye::deflator(b)), fraction_of<nominal>);
            all[i++] = of(daye::to_real(growth_rate<nominal>(a * one), daye::deflator(b)), fraction_of<real>);
        }
    }
    return all;
}

/// years_to_reach between every two levels at every positive rate: the fractional years,
/// and the calendar year as a double.
constexpr std::size_t crossing_count = 2 * std::size(levels) * std::size(levels) * std::size(rates);
constexpr std::array<outcome, crossing_count> crossings(double one) {
    std::array<outcome, crossing_count> all{};
    std::size_t i = 0;
    for (const double start : levels)
        for (const double goal : levels)
            for (const double rate : rates) {
                const auto c = daye::years_to_reach(amount<nominal>(start * one), growth_rate<nominal>(rate),
                                                    amount<nominal>(goal), 2024);
                all[i++] = c && c.value().years ? outcome{true, *c.value().years} : outcome{};
                all[i++] = c && c.value().year ? outcome{true, static_cast<double>(*c.value().year)} : outcome{};
            }
    return all;
}

/// Published percentages as rates and deflators, percent(), and decimals as doubles.
constexpr std::int64_t mantissas[] = {75, 98, -297, 306, 1, 999999999999999999, -123456789012345678};
constexpr std::size_t conversion_count = std::size(mantissas) * 3 * 4;
constexpr std::array<outcome, conversion_count> conversions(double one) {
    std::array<outcome, conversion_count> all{};
    std::size_t i = 0;
    for (const std::int64_t m : mantissas) {
        for (int places = 0; places < 3; ++places) {
            const daye::decimal d = daye::decimal::make(m, places).value();
            const daye::quantity<daye::units::percent> pct(d);
            all[i++] = {true, growth_rate<real>(pct).fraction() * one};
            all[i++] = {true, daye::deflator(pct).fraction() * one};
            all[i++] = {true, growth_rate<real>(daye::to_double(d) * one).percent()};
            all[i++] = {true, daye::to_double(daye::decimal::make(m, places + 15).value(), 2) * one};
        }
    }
    return all;
}

template <std::size_t N>
void compare(const std::array<outcome, N>& at_compile_time, const std::array<outcome, N>& at_run_time) {
    std::size_t differ = 0;
    std::size_t values = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (at_compile_time[i].ok != at_run_time[i].ok ||
            (at_run_time[i].ok && !same_bits(at_compile_time[i].value, at_run_time[i].value))) {
            ++differ;
            UNSCOPED_INFO("case " << i << ": compile time " << at_compile_time[i].value << ", run time "
                                  << at_run_time[i].value);
        }
        if (at_run_time[i].ok) ++values;
    }
    CHECK(differ == 0);
    CHECK(values > N / 3);  // most of each grid is values, not errors
}

volatile double hidden_one = 1.0;
}  // namespace

TEST_CASE("compound gives the same bits at compile time and at run time") {
    static constexpr auto at_compile_time = compounds(1.0);
    compare(at_compile_time, compounds(hidden_one));
}

TEST_CASE("cagr gives the same bits at compile time and at run time") {
    static constexpr auto at_compile_time = cagrs(1.0);
    compare(at_compile_time, cagrs(hidden_one));
}

TEST_CASE("chain, average_growth, to_nominal and to_real give the same bits at compile time and at run time") {
    static constexpr auto at_compile_time = pairs(1.0);
    compare(at_compile_time, pairs(hidden_one));
}

TEST_CASE("years_to_reach gives the same bits at compile time and at run time") {
    static constexpr auto at_compile_time = crossings(1.0);
    compare(at_compile_time, crossings(hidden_one));
}

TEST_CASE("percentages, percent() and decimals give the same bits at compile time and at run time") {
    static constexpr auto at_compile_time = conversions(1.0);
    compare(at_compile_time, conversions(hidden_one));
}
