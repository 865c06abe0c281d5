#include <cmath>
#include <limits>

#include <daye/compounding.hpp>

#include "catch.hpp"
#include "same_bits.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
using nominal_amount = amount<nominal>;
using nominal_rate = growth_rate<nominal>;

/// Hides a value from the optimizer, so that what follows is computed at run time.
template <class T>
T at_run_time(T v) {
    volatile T hidden = v;
    return hidden;
}
DAYE_CONSTEXPR double inf = std::numeric_limits<double>::infinity();
DAYE_CONSTEXPR double not_a_number = std::numeric_limits<double>::quiet_NaN();
}  // namespace

TEST_CASE("known values: 900 × 1.075² = 1040.0625; 900 → 1000 in one year needs 11.1 %") {
    STATIC_REQUIRE(compound(nominal_amount(900), nominal_rate(7.5_pct), 2).value().value() == 1040.0625);
    STATIC_REQUIRE(compound(nominal_amount(900), nominal_rate(7.5_pct), 1).value().value() == 967.5);
    DAYE_CONSTEXPR double one_year = required_rate(nominal_amount(900), nominal_amount(1000), 1).value().percent();
    STATIC_REQUIRE((one_year > 11.11 && one_year < 11.12));
    STATIC_REQUIRE(required_rate(nominal_amount(900), nominal_amount(1000), 1).value().fraction() == 1.0 / 9.0);
    STATIC_REQUIRE(growth_rate<real>(7.5_pct).fraction() == 0.075);
    STATIC_REQUIRE(growth_rate<real>(9.8_pct).percent() == 9.8);
}

TEST_CASE("the 1000 亿 line is crossed in 2026 at 7.5 % and in 2027 at 5 %") {
    DAYE_CONSTEXPR crossing at75 =
        years_to_reach(nominal_amount(900), nominal_rate(7.5_pct), nominal_amount(1000), 2024).value();
    STATIC_REQUIRE(*at75.year == 2026);
    STATIC_REQUIRE(*at75.years > 1.45);
    STATIC_REQUIRE(*at75.years < 1.46);
    STATIC_REQUIRE_FALSE(at75.already);
    DAYE_CONSTEXPR crossing at5 =
        years_to_reach(nominal_amount(900), nominal_rate(5_pct), nominal_amount(1000), 2024).value();
    STATIC_REQUIRE(*at5.year == 2027);
    // Exactly on the line in a whole year: 1000 → 1210 at 10 % is reached in year 2, not 3.
    DAYE_CONSTEXPR crossing exact =
        years_to_reach(nominal_amount(1000), nominal_rate(10_pct), nominal_amount(1210), 2024).value();
    STATIC_REQUIRE(*exact.year == 2026);
}

TEST_CASE("a rate of zero or below never reaches a goal above the start: an answer, not an error") {
    DAYE_CONSTEXPR crossing flat =
        years_to_reach(nominal_amount(900), nominal_rate(0.0), nominal_amount(1000), 2024).value();
    STATIC_REQUIRE_FALSE(flat.year.known());
    STATIC_REQUIRE_FALSE(flat.years.known());
    STATIC_REQUIRE_FALSE(
        years_to_reach(nominal_amount(900), nominal_rate(-0.01), nominal_amount(1000), 2024).value().year);
    DAYE_CONSTEXPR crossing done =
        years_to_reach(nominal_amount(1000), nominal_rate(0.0), nominal_amount(1000), 2024).value();
    STATIC_REQUIRE(done.already);
    STATIC_REQUIRE(*done.year == 2024);
    // A tiny rate: the number of years is given, the calendar year is beyond any calendar.
    DAYE_CONSTEXPR crossing slow =
        years_to_reach(nominal_amount(900), nominal_rate(1e-12), nominal_amount(1000), 2024).value();
    STATIC_REQUIRE(slow.years.known());
    STATIC_REQUIRE_FALSE(slow.year.known());
}

TEST_CASE("round trips: the CAGR of a compounded path returns its rate") {
    for (const double r : {-0.5, -0.01, 0.0, 1e-9, 0.075, 0.3, 2.0, 10.0}) {
        for (const int n : {1, 2, 5, 30, 100}) {
            const nominal_amount start(123.456);
            const nominal_amount end = compound(start, nominal_rate(r), n).value();
            const double back = cagr(start, end, n).value().fraction();
            // The end level is rounded to a double, so a few ulp of (1 + r) is what can come back.
            CHECK(std::abs(back - r) <= 4 * std::numeric_limits<double>::epsilon() * (1 + std::abs(r)));
        }
    }
}

TEST_CASE("chains, averages over a plan period, and real versus nominal") {
    static DAYE_CONSTEXPR growth_rate<real> five_years[] = {growth_rate<real>(0.10), growth_rate<real>(0.10),
                                                            growth_rate<real>(0.10), growth_rate<real>(0.10),
                                                            growth_rate<real>(0.10)};
    DAYE_CONSTEXPR double chained = chain<real>(five_years).value().fraction();
    STATIC_REQUIRE((chained > 0.61050999999 && chained < 0.61051000001));
    DAYE_CONSTEXPR double average = average_growth<real>(fourteenth_five_year_plan, five_years).value().fraction();
    STATIC_REQUIRE(average == 0.1);
    STATIC_REQUIRE(fourteenth_five_year_plan.years() == 5);
    STATIC_REQUIRE(average_growth<real>(plan_period{2021, 2023}, five_years).error() == errc::out_of_range);
    STATIC_REQUIRE(chain<real>(span<const growth_rate<real>>()).error() == errc::non_positive_years);
    DAYE_CONSTEXPR double nominal_growth = to_nominal(growth_rate<real>(7.5_pct), deflator(2_pct)).value().percent();
    STATIC_REQUIRE((nominal_growth > 9.6499999 && nominal_growth < 9.6500001));  // 1.075 × 1.02 − 1 = 9.65 %
    DAYE_CONSTEXPR double back =
        to_real(to_nominal(growth_rate<real>(7.5_pct), deflator(2_pct)).value(), deflator(2_pct)).value().fraction();
    STATIC_REQUIRE(back == 0.075);
}

TEST_CASE("bad input is a named error, never a silent NaN") {
    STATIC_REQUIRE(compound(nominal_amount(not_a_number), nominal_rate(0.1), 1).error() == errc::not_finite);
    STATIC_REQUIRE(compound(nominal_amount(inf), nominal_rate(0.1), 1).error() == errc::not_finite);
    STATIC_REQUIRE(compound(nominal_amount(0), nominal_rate(0.1), 1).error() == errc::non_positive_level);
    STATIC_REQUIRE(compound(nominal_amount(-5), nominal_rate(0.1), 1).error() == errc::non_positive_level);
    STATIC_REQUIRE(compound(nominal_amount(900), nominal_rate(0.1), 0).error() == errc::non_positive_years);
    STATIC_REQUIRE(compound(nominal_amount(900), nominal_rate(-1.0), 1).error() == errc::rate_too_low);
    STATIC_REQUIRE(compound(nominal_amount(900), nominal_rate(-1.5), 1).error() == errc::rate_too_low);
    STATIC_REQUIRE(compound(nominal_amount(900), nominal_rate(not_a_number), 1).error() == errc::not_finite);
    STATIC_REQUIRE(compound(nominal_amount(1e300), nominal_rate(10), 100).error() == errc::out_of_range);
    STATIC_REQUIRE(compound(nominal_amount(1), nominal_rate(10), 100000).error() == errc::out_of_range);
    STATIC_REQUIRE(compound(nominal_amount(1e300), nominal_rate(-0.99), 100000).value().value() == 0.0);
    STATIC_REQUIRE(cagr(nominal_amount(5e-324), nominal_amount(1.7e308), 1).error() == errc::out_of_range);
    STATIC_REQUIRE(cagr(nominal_amount(900), nominal_amount(-1), 2).error() == errc::non_positive_level);
    STATIC_REQUIRE(cagr(nominal_amount(900), nominal_amount(1000), -2).error() == errc::non_positive_years);
    STATIC_REQUIRE(years_to_reach(nominal_amount(900), nominal_rate(inf), nominal_amount(1000), 2024).error() ==
                   errc::not_finite);
    STATIC_REQUIRE(to_nominal(growth_rate<real>(0.05), deflator(-1.0)).error() == errc::rate_too_low);
    REQUIRE_THROWS_AS(compound(nominal_amount(at_run_time(0.0)), nominal_rate(0.1), 1).value(), bad_result_access);
}

TEST_CASE("the same bits at compile time and at run time") {
    DAYE_CONSTEXPR double c = compound(nominal_amount(123.456), nominal_rate(0.0731), 37).value().value();
    DAYE_CONSTEXPR double g = cagr(nominal_amount(1e-3), nominal_amount(7.5e9), 23).value().fraction();
    DAYE_CONSTEXPR double r = required_rate(nominal_amount(900), nominal_amount(1000), 3).value().fraction();
    DAYE_CONSTEXPR double t =
        *years_to_reach(nominal_amount(900), nominal_rate(0.05), nominal_amount(1000), 2024).value().years;
    DAYE_CONSTEXPR double big = compound(nominal_amount(1e15), nominal_rate(10.0), 100).value().value();
    DAYE_CONSTEXPR double small = compound(nominal_amount(1e-6), nominal_rate(-0.99), 100).value().value();
    DAYE_CONSTEXPR double n = to_nominal(growth_rate<real>(0.075), deflator(0.021)).value().fraction();
    CHECK(same_bits(c, compound(nominal_amount(at_run_time(123.456)), nominal_rate(0.0731), 37).value().value()));
    CHECK(same_bits(g, cagr(nominal_amount(at_run_time(1e-3)), nominal_amount(7.5e9), 23).value().fraction()));
    CHECK(same_bits(r, required_rate(nominal_amount(at_run_time(900.0)), nominal_amount(1000), 3).value().fraction()));
    CHECK(
        same_bits(t, *years_to_reach(nominal_amount(at_run_time(900.0)), nominal_rate(0.05), nominal_amount(1000), 2024)
                          .value()
                          .years));
    CHECK(same_bits(big, compound(nominal_amount(at_run_time(1e15)), nominal_rate(10.0), 100).value().value()));
    CHECK(same_bits(small, compound(nominal_amount(at_run_time(1e-6)), nominal_rate(-0.99), 100).value().value()));
    CHECK(same_bits(n, to_nominal(growth_rate<real>(at_run_time(0.075)), deflator(0.021)).value().fraction()));
}

TEST_CASE("cagr depends on the ratio alone: levels scaled by a power of two give the same bits") {
    // Levels beyond 2^500, 128 years and more, results beyond e^18: one algorithm for all.
    DAYE_CONSTEXPR double scaled = cagr(nominal_amount(1e200), nominal_amount(1.5e200), 3).value().fraction();
    DAYE_CONSTEXPR double long_run = cagr(nominal_amount(900), nominal_amount(1000), 200).value().fraction();
    DAYE_CONSTEXPR double steep = cagr(nominal_amount(1), nominal_amount(1e100), 1).value().fraction();
    CHECK(same_bits(scaled, cagr(nominal_amount(at_run_time(1e200)), nominal_amount(1.5e200), 3).value().fraction()));
    CHECK(same_bits(long_run, cagr(nominal_amount(at_run_time(900.0)), nominal_amount(1000), 200).value().fraction()));
    CHECK(same_bits(steep, cagr(nominal_amount(at_run_time(1.0)), nominal_amount(1e100), 1).value().fraction()));
    CHECK(steep == Approx(1e100).epsilon(1e-15));
    const double shift = std::ldexp(1.0, 600);
    for (int n = 1; n < 300; n += 7) {
        for (double ratio : {1.0 + 1e-12, 1.001, 1.1, 2.5, 37.0, 1e-3, 0.75, 1e7}) {
            const double near = cagr(nominal_amount(3.0), nominal_amount(3.0 * ratio), n).value().fraction();
            const double far =
                cagr(nominal_amount(3.0 * shift), nominal_amount(3.0 * ratio * shift), n).value().fraction();
            CHECK(same_bits(near, far));
        }
    }
    STATIC_REQUIRE(cagr(nominal_amount(900), nominal_amount(900), 5).value().fraction() == 0.0);
}

TEST_CASE("cancellation keeps its relative accuracy: the cases an independent check found wrong") {
    constexpr double max = std::numeric_limits<double>::max();
    // (1 + r)(1 + d) - 1 with r and d nearly offsetting. The nearest double to r + d + r d
    // (by MPFR) is -0x1.27f3391d2d54dp-17; (1 + r)(1 + d) - 1 in doubles gives
    // -0x1.27f3391d3p-17, 50 ulp away, as the library once did.
    STATIC_REQUIRE(to_nominal(growth_rate<real>(0.0306), deflator(-0.0297)).value().fraction() ==
                   -0x1.27f3391d2d54dp-17);
    // Tiny rates: (1 + 1e-20)(1 + 1e-20) - 1 = 2e-20 + 1e-40, not 0.
    STATIC_REQUIRE(to_nominal(growth_rate<real>(1e-20), deflator(1e-20)).value().fraction() == 2e-20);
    STATIC_REQUIRE(to_nominal(growth_rate<real>(1e-20), deflator(-1e-20)).value().fraction() == -1e-40);
    // A chain whose product is 1 - 1/121 ^ 2 exactly, not a sum of logarithms' rounding:
    static DAYE_CONSTEXPR growth_rate<real> offsetting[] = {growth_rate<real>(1.0 / 11), growth_rate<real>(-1.0 / 11)};
    DAYE_CONSTEXPR double chained = chain<real>(offsetting).value().fraction();
    STATIC_REQUIRE(chained == 1.0 / 11 + -1.0 / 11 + (1.0 / 11) * (-1.0 / 11));  // r1 + r2 exact, r1 r2 rounded once
    STATIC_REQUIRE(chained < 0);
    // Overflow is an error only when the correctly rounded result is infinite.
    static DAYE_CONSTEXPR growth_rate<real> largest[] = {growth_rate<real>(max)};
    STATIC_REQUIRE(chain<real>(largest).value().fraction() == max);
    STATIC_REQUIRE(average_growth<real>(plan_period{2024, 2024}, largest).value().fraction() == max);
    STATIC_REQUIRE(to_nominal(growth_rate<real>(max), deflator(0.0)).value().fraction() == max);
    // max (1 + 2^-54) is 2^-107 of itself below the midpoint between max and 2^1024, and
    // max (1 + 2^-54 + 2^-106) as much above: to_nominal is exact and tells them apart.
    STATIC_REQUIRE(to_nominal(growth_rate<real>(max), deflator(0x1p-54)).value().fraction() == max);
    STATIC_REQUIRE(to_nominal(growth_rate<real>(max), deflator(0x1.0000000000001p-54)).error() == errc::out_of_range);
    STATIC_REQUIRE(cagr(nominal_amount(1), nominal_amount(max), 1).value().fraction() == max);
    // compound decides from a result right to about 2^-60: clear of the midpoint by 2^-55.
    STATIC_REQUIRE(compound(nominal_amount(max), nominal_rate(0x1p-55), 1).value().value() == max);
    STATIC_REQUIRE(compound(nominal_amount(max), nominal_rate(0x1p-53), 1).error() == errc::out_of_range);
    // A ratio one ulp above 1 over ten years: e^(ln(1 + 2^-52) / 10) - 1, by MPFR.
    DAYE_CONSTEXPR double tiny_growth = cagr(nominal_amount(1.0), nominal_amount(1.0 + 0x1p-52), 10).value().fraction();
    STATIC_REQUIRE(tiny_growth == 0x1.9999999999999p-56);
}

TEST_CASE("years_to_reach counts from any start year without overflow") {
    constexpr int last = std::numeric_limits<int>::max();
    DAYE_CONSTEXPR crossing near_end =
        years_to_reach(nominal_amount(900), nominal_rate(7.5_pct), nominal_amount(1000), last - 1).value();
    STATIC_REQUIRE_FALSE(near_end.year.known());  // 2 years after INT_MAX - 1: beyond int
    STATIC_REQUIRE(near_end.years.known());
    DAYE_CONSTEXPR crossing just_fits =
        years_to_reach(nominal_amount(900), nominal_rate(7.5_pct), nominal_amount(1000), last - 2).value();
    STATIC_REQUIRE(*just_fits.year == last);
    const crossing at_run_time_end =
        years_to_reach(nominal_amount(at_run_time(900.0)), nominal_rate(7.5_pct), nominal_amount(1000), last).value();
    CHECK_FALSE(at_run_time_end.year.known());
    DAYE_CONSTEXPR crossing early = years_to_reach(nominal_amount(900), nominal_rate(7.5_pct), nominal_amount(1000),
                                                   std::numeric_limits<int>::min())
                                        .value();
    STATIC_REQUIRE(*early.year == std::numeric_limits<int>::min() + 2);
}

TEST_CASE("every function names the error of each bad argument") {
    static DAYE_CONSTEXPR growth_rate<real> bad[] = {growth_rate<real>(0.1), growth_rate<real>(-2.0)};
    CHECK(chain<real>(bad).error() == errc::rate_too_low);
    CHECK(average_growth<real>(plan_period{2021, 2022}, bad).error() == errc::rate_too_low);
    CHECK(average_growth<real>(plan_period{2022, 2021}, bad).error() == errc::non_positive_years);
    CHECK(to_real(growth_rate<nominal>(not_a_number), deflator(0.02)).error() == errc::not_finite);
    CHECK(to_nominal(growth_rate<real>(1e308), deflator(1e308)).error() == errc::out_of_range);
    CHECK(years_to_reach(nominal_amount(900), nominal_rate(0.1), nominal_amount(0), 2024).error() ==
          errc::non_positive_level);
    CHECK(cagr(nominal_amount(inf), nominal_amount(1), 1).error() == errc::not_finite);
    CHECK(chain<real>(span<const growth_rate<real>>(bad, 1)).value().fraction() == 0.1);
}

TEST_CASE("extreme ratios stay finite inside and end as an answer or a named error") {
    // Found by fuzz_numeric: a denormal rate once gave an infinite number of years.
    const crossing denormal =
        years_to_reach(nominal_amount(1.48702e-16), nominal_rate(3.16823e-314), nominal_amount(2.68169e154), 2024)
            .value();
    CHECK_FALSE(denormal.years.known());
    CHECK_FALSE(denormal.year.known());
    // Found by fuzz_numeric: a huge rate once overflowed the unused squares of the
    // exponentiation, made NaN of them, and years_to_reach terminated on the error.
    STATIC_REQUIRE(compound(nominal_amount(4.4e-322), nominal_rate(2.870247464867675e+222), 1).ok());
    DAYE_CONSTEXPR crossing huge_rate =
        years_to_reach(nominal_amount(4.4e-322), nominal_rate(2.870247464867675e+222), nominal_amount(2.08e-321), 2024)
            .value();
    CHECK(*huge_rate.year == 2025);
    CHECK(cagr(nominal_amount(1e-300), nominal_amount(1e300), 1).error() == errc::out_of_range);
    CHECK(cagr(nominal_amount(1e300), nominal_amount(1e-300), 1).value().fraction() == -1.0);
    CHECK(cagr(nominal_amount(1e-300), nominal_amount(1e300), 1000).value().fraction() > 2.97);
    const crossing far = years_to_reach(nominal_amount(1e-300), nominal_rate(0.5), nominal_amount(1e300), 2024).value();
    CHECK(*far.years > 3407);
    CHECK(*far.years < 3408);
    CHECK(*far.year == 2024 + 3408);
}

TEST_CASE("at run time: a level already at the goal, and a nominal rate made real") {
    const crossing done =
        years_to_reach(nominal_amount(at_run_time(1000.0)), nominal_rate(0.0), nominal_amount(1000), 2024).value();
    CHECK(done.already);
    CHECK(*done.year == 2024);
    CHECK(to_real(growth_rate<nominal>(at_run_time(0.0965)), deflator(0.02)).value().fraction() - 0.075 < 1e-15);
}
