// Accuracy of compound, cagr and required_rate against quadruple precision (libquadmath):
// at most 1 ulp from the correctly rounded result over rates -99 %...+1000 % (a quarter of
// them within ±10 %, down to ±10^-10 %), 1 to 100 years and levels 1e-6 to 1e15, on
// 200,000 random inputs with a fixed seed.
#include <cmath>
#include <cstdio>
#include <random>

#include <quadmath.h>

#include <daye/compounding.hpp>

#include "catch.hpp"

namespace {
using daye::amount;
using daye::growth_rate;
using daye::nominal;

/// |value - exact| in units in the last place of the double nearest to exact.
double ulps(double value, __float128 exact) {
    const auto nearest = static_cast<double>(exact);
    const double ulp = std::nextafter(std::fabs(nearest), INFINITY) - std::fabs(nearest);
    return static_cast<double>(fabsq(static_cast<__float128>(value) - exact) / ulp);
}

/// The CAGR of the two doubles `level` and `end` over n years, exactly: expm1(ln(end/level)/n).
__float128 exact_cagr(double level, double end, int n) {
    return expm1q(logq(static_cast<__float128>(end) / level) / n);
}

struct worst {
    double ulps = 0;
    double level = 0;
    double rate = 0;
    int years = 0;
    void see(double e, double l, double r, int n) {
        if (e > ulps) *this = worst{e, l, r, n};
    }
};

DAYE_CONSTEXPR int samples = 200000;
}  // namespace

TEST_CASE("compound, cagr and required_rate are within 1 ulp of the correctly rounded result") {
    std::mt19937_64 random(20240112);
    std::uniform_real_distribution<double> rates(-0.99, 10.0);
    // Every fourth rate is small, down to 10^-12: (to/from) is then near 1, where the
    // logarithm takes its other way and cancellation would show.
    std::uniform_real_distribution<double> small_exponents(-12.0, -1.0);
    std::bernoulli_distribution small(0.25);
    std::bernoulli_distribution negative(0.5);
    std::uniform_real_distribution<double> exponents(-6.0, 15.0);
    std::uniform_int_distribution<int> years(1, 100);
    worst compounded;
    worst average;
    worst required;
    for (int i = 0; i < samples; ++i) {
        const double level = std::pow(10.0, exponents(random));
        const double rate =
            small(random) ? (negative(random) ? -1.0 : 1.0) * std::pow(10.0, small_exponents(random)) : rates(random);
        const int n = years(random);

        const double end = daye::compound(amount<nominal>(level), growth_rate<nominal>(rate), n).value().value();
        const __float128 exact_end = static_cast<__float128>(level) * powq(1 + static_cast<__float128>(rate), n);
        compounded.see(ulps(end, exact_end), level, rate, n);

        const __float128 exact_rate = exact_cagr(level, end, n);
        const double back = daye::cagr(amount<nominal>(level), amount<nominal>(end), n).value().fraction();
        average.see(ulps(back, exact_rate), level, rate, n);
        const double needed = daye::required_rate(amount<nominal>(level), amount<nominal>(end), n).value().fraction();
        required.see(ulps(needed, exact_rate), level, rate, n);
    }
    std::printf(
        "largest errors over %d inputs: compound %.3f ulp (level %g, rate %g, %d years), cagr %.3f ulp "
        "(rate %g, %d years), required_rate %.3f ulp\n",
        samples, compounded.ulps, compounded.level, compounded.rate, compounded.years, average.ulps, average.rate,
        average.years, required.ulps);
    CHECK(compounded.ulps <= 1.0);
    CHECK(average.ulps <= 1.0);
    CHECK(required.ulps <= 1.0);
}

// Input outside the double-double path's range (128 years and more, or levels beyond
// 2^-500...2^500) takes the long double path; it is held to the same bound.
TEST_CASE("cagr's long double path is within 1 ulp too") {
    std::mt19937_64 random(20240113);
    std::uniform_real_distribution<double> rates(-0.5, 2.0);
    std::uniform_real_distribution<double> exponents(-300.0, 300.0);
    std::uniform_int_distribution<int> years(128, 400);
    worst average;
    for (int i = 0; i < samples / 10; ++i) {
        const double level = std::pow(10.0, exponents(random));
        const double rate = rates(random);
        const int n = years(random);
        const auto end = daye::compound(amount<nominal>(level), growth_rate<nominal>(rate), n);
        if (!end || end.value().value() < 1e-300) continue;  // beyond a double
        const __float128 exact_rate = exact_cagr(level, end.value().value(), n);
        const double back = daye::cagr(amount<nominal>(level), end.value(), n).value().fraction();
        average.see(ulps(back, exact_rate), level, rate, n);
    }
    std::printf("long double path: cagr %.3f ulp (level %g, rate %g, %d years)\n", average.ulps, average.level,
                average.rate, average.years);
    CHECK(average.ulps <= 1.0);
}

// hi + lo in doubles: ln's lo is below 2^-40, so it is exact to 2^-94; 2^(j/64)'s lo is
// below 2^-25, so exact to 2^-79.
TEST_CASE("the logarithm and exponential tables hold their values to 2^-93 and 2^-78") {
    namespace xp = daye::detail::xp;
    for (int j = 0; j < 64; ++j) {
        const __float128 step = 1 + static_cast<__float128>(j) / 64;
        const __float128 log_table = static_cast<__float128>(xp::log_of_step[j].hi) + xp::log_of_step[j].lo;
        CHECK(static_cast<double>(fabsq(log_table - logq(step))) <= std::ldexp(1.0, -93));
        const __float128 exp_table = static_cast<__float128>(xp::exp2_of_step[j].hi) + xp::exp2_of_step[j].lo;
        CHECK(static_cast<double>(fabsq(exp_table - exp2q(static_cast<__float128>(j) / 64))) <= std::ldexp(1.0, -78));
        // hi is a multiple of 2^-40, so that k ln2_hi + hi is exact.
        CHECK(std::ldexp(xp::log_of_step[j].hi, 40) == std::floor(std::ldexp(xp::log_of_step[j].hi, 40)));
        // 2^(j/64)'s hi has 26 significant bits.
        CHECK(std::ldexp(xp::exp2_of_step[j].hi, 25) == std::floor(std::ldexp(xp::exp2_of_step[j].hi, 25)));
    }
}

// The double-double path's tables: each inverse has 26 significant bits, keeps m inverse - 1
// below 2^-7 over its step, and ln(1 / inverse) is exact to 2^-95; 1/n as hi + lo is exact
// to 2^-78 of it (lo to 53 bits, 2^-27 below hi), with a 26-bit hi.
TEST_CASE("the reciprocal tables of the double-double path hold their values") {
    namespace dd = daye::detail::xp::dd;
    for (int j = 0; j < 128; ++j) {
        const dd::reciprocal_log& step = dd::log_of_inverse[j];
        CHECK(std::ldexp(step.inverse, 26) == std::floor(std::ldexp(step.inverse, 26)));
        CHECK((1 + (j + 1) / 128.0) * step.inverse - 1 <= 0x1p-7);
        CHECK(1 - (1 + j / 128.0) * step.inverse <= 0x1p-7);
        CHECK(std::ldexp(step.hi, 42) == std::floor(std::ldexp(step.hi, 42)));
        const __float128 table = static_cast<__float128>(step.hi) + step.lo;
        CHECK(static_cast<double>(fabsq(table + logq(step.inverse))) <= std::ldexp(1.0, -95));
    }
    for (int n = 1; n < 128; ++n) {
        const dd::inverse& inverse = dd::inverse_of[n];
        CHECK(std::ldexp(inverse.hi, 26 - std::ilogb(inverse.hi)) ==
              std::floor(std::ldexp(inverse.hi, 26 - std::ilogb(inverse.hi))));
        const __float128 table = static_cast<__float128>(inverse.hi) + inverse.lo;
        CHECK(static_cast<double>(fabsq(table * n - 1)) <= std::ldexp(1.0, -78));
    }
}
