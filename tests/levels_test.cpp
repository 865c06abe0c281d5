#include <daye/levels.hpp>

#include "catch.hpp"

using daye::decimal;
using daye::errc;

namespace {
constexpr decimal d(const char* s) { return daye::parse_decimal(s).value(); }
}  // namespace

TEST_CASE("growth between two levels, exactly, rounded once") {
    // Daye's GDP, 2021 to 2022 (current prices): 751.1 to 860.79 亿元.
    STATIC_REQUIRE(daye::growth_between(d("751.1"), d("860.79")).value() == d("14.6"));
    STATIC_REQUIRE(daye::growth_between(d("751.1"), d("860.79"), 4).value() == d("14.6039"));
    // Fiscal revenue, 2021 to 2022: 86.16 to 84.13 is -2.356 %.
    STATIC_REQUIRE(daye::growth_between(d("86.16"), d("84.13"), 3).value() == d("-2.356"));
    STATIC_REQUIRE(daye::growth_between(d("86.16"), d("84.13")).value() == d("-2.4"));
    // Half away from zero on both sides: 200 to 201 is 0.5 %, 200 to 199 is -0.5 %.
    STATIC_REQUIRE(daye::growth_between(d("200"), d("201"), 0).value() == decimal(1));
    STATIC_REQUIRE(daye::growth_between(d("200"), d("199"), 0).value() == decimal(-1));
    STATIC_REQUIRE(daye::growth_between(d("100"), d("100")).value() == decimal(0));
    STATIC_REQUIRE(daye::growth_between(d("0"), d("1")).error() == errc::non_positive_level);
    STATIC_REQUIRE(daye::growth_between(d("1"), d("-1")).error() == errc::non_positive_level);
    STATIC_REQUIRE(daye::growth_between(d("1"), d("0")).error() == errc::non_positive_level);
    STATIC_REQUIRE(daye::growth_between(d("0.000000000000000001"), d("999999999999999999")).error() == errc::overflow);
    STATIC_REQUIRE(daye::growth_between(d("1"), d("999999999999999999")).error() == errc::overflow);
}

TEST_CASE("the change of prices that levels imply beside real growth") {
    // 2021 to 2022: +14.6 % nominal against +6.5 % real is +7.6 % in prices:
    // 86079 / (751.1 x 1.065) - 1 = 608685 / 7999215 = 7.6093 %.
    STATIC_REQUIRE(daye::implied_price_change(d("751.1"), d("860.79"), d("6.5")).value() == d("7.6"));
    STATIC_REQUIRE(daye::implied_price_change(d("751.1"), d("860.79"), d("6.5"), 4).value() == d("7.6093"));
    // 2022 to 2024, with 2023's January-September 7.5 % standing in for its year and
    // 2024's preliminary 8 %: 930.71 / (860.79 x 1.075 x 1.08) - 1 = -6.87 % over two years.
    constexpr decimal two_years[] = {d("7.5"), d("8")};
    STATIC_REQUIRE(daye::implied_price_change(d("860.79"), d("930.71"), two_years, 2).value() == d("-6.87"));
    constexpr decimal none[] = {d("0")};
    STATIC_REQUIRE(daye::implied_price_change(d("100"), d("103"), none).value() == d("3.0"));
    STATIC_REQUIRE(daye::implied_price_change(d("100"), d("100"), d("-100")).error() == errc::rate_too_low);
    STATIC_REQUIRE(daye::implied_price_change(d("100"), d("100"), daye::span<const decimal>{}).error() ==
                   errc::out_of_range);
    STATIC_REQUIRE(daye::implied_price_change(d("0"), d("100"), d("5")).error() == errc::non_positive_level);
    STATIC_REQUIRE(daye::implied_price_change(d("100"), d("0"), d("5")).error() == errc::non_positive_level);
    // Beyond 18 digits anywhere on the way: the rate, the deflated level, the scaled level,
    // their difference at common places, the difference in percent.
    STATIC_REQUIRE(daye::implied_price_change(d("100"), d("100"), d("999999999999999999")).error() == errc::overflow);
    STATIC_REQUIRE(daye::implied_price_change(d("99999999999999999"), d("100"), d("5")).error() == errc::overflow);
    STATIC_REQUIRE(daye::implied_price_change(d("100"), d("99999999999999999"), d("5")).error() == errc::overflow);
    STATIC_REQUIRE(daye::implied_price_change(d("0.5"), d("999999999999999"), d("5.5")).error() == errc::overflow);
    STATIC_REQUIRE(daye::implied_price_change(d("1"), d("9999999999999999"), d("5")).error() == errc::overflow);
}

TEST_CASE("a printed growth rate is checked against printed levels, allowing for rounding") {
    // Fixed-asset investment, 2021 to 2022: 594.7 to 710.94 亿元, printed growth 19.5 %.
    // The levels give 19.535-19.557 %; 19.5 % covers up to 19.55 %: consistent.
    DAYE_CONSTEXPR auto investment = daye::check_growth(d("594.7"), d("710.94"), d("19.5")).value();
    STATIC_REQUIRE(investment.consistent);
    STATIC_REQUIRE(investment.of_levels == d("19.5"));
    STATIC_REQUIRE(investment.lowest == d("19.535"));
    STATIC_REQUIRE(investment.highest == d("19.557"));
    // Fiscal revenue: the levels give -2.4 % rounded, but -2.350 % is within both roundings.
    DAYE_CONSTEXPR auto fiscal = daye::check_growth(d("86.16"), d("84.13"), d("-2.3")).value();
    STATIC_REQUIRE(fiscal.consistent);
    STATIC_REQUIRE(fiscal.of_levels == d("-2.4"));
    // Industrial output above designated size: 1130.8 to 1273.38 亿元 is 12.6 %, printed 13.3 %:
    // not from these levels (growth of 规上 industry is computed on the same firms).
    DAYE_CONSTEXPR auto industry = daye::check_growth(d("1130.8"), d("1273.38"), d("13.3")).value();
    STATIC_REQUIRE_FALSE(industry.consistent);
    STATIC_REQUIRE(industry.of_levels == d("12.6"));
    STATIC_REQUIRE(industry.lowest == d("12.603"));
    STATIC_REQUIRE(industry.highest == d("12.614"));
    // Each edge: levels 100 and 110 stand for 99.5-100.5 and 109.5-110.5, so growth of
    // 8.9552-11.0553 %; a printed 11.1 stands for 11.05-11.15 and can be, 11.2 cannot,
    // 9.0 (8.95-9.05) can be and 8.9 (8.85-8.95) cannot.
    STATIC_REQUIRE(daye::check_growth(d("100"), d("110"), d("11.1")).value().consistent);
    STATIC_REQUIRE_FALSE(daye::check_growth(d("100"), d("110"), d("11.2")).value().consistent);
    STATIC_REQUIRE(daye::check_growth(d("100"), d("110"), d("11.1")).value().highest == d("11.055"));
    STATIC_REQUIRE(daye::check_growth(d("100"), d("110"), d("9.0")).value().lowest == d("8.955"));
    STATIC_REQUIRE(daye::check_growth(d("100"), d("110"), d("9.0")).value().consistent);
    STATIC_REQUIRE_FALSE(daye::check_growth(d("100"), d("110"), d("8.9")).value().consistent);
    STATIC_REQUIRE(daye::check_growth(d("0"), d("110"), d("8.9")).error() == errc::non_positive_level);
    STATIC_REQUIRE(daye::check_growth(d("1"), d("0.000000000000000001"), d("0")).error() == errc::too_precise);
    STATIC_REQUIRE(daye::check_growth(d("1"), d("2"), d("0.000000000000000001")).error() == errc::too_precise);
    STATIC_REQUIRE(daye::check_growth(d("999999999999999999"), d("2"), d("1")).error() == errc::overflow);
    STATIC_REQUIRE(daye::check_growth(d("1"), d("2"), d("999999999999999999")).error() == errc::overflow);
}
