#include <daye/attainment.hpp>
#include <daye/catalog/economy.hpp>
#include <daye/catalog/employment.hpp>
#include <daye/catalog/energy_environment.hpp>
#include <daye/catalog/land_agriculture.hpp>
#include <daye/catalog/prices.hpp>
#include <daye/catalog/ranks.hpp>

#include "catch.hpp"
#include "indicators.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;
using namespace test_indicators;

namespace {
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }

template <std::size_t N>
constexpr assessment eval(const target& t, const observation (&obs)[N], const evaluation_options& o = {}) {
    return evaluate(t, obs, 2024, o);
}
constexpr assessment eval(const target& t) { return evaluate(t, {}, 2024); }

/// gdp_growth in 2015-2024, `odd` and `even` years in turn, made by hand: without the
/// domain's check, as hostile data would come.
struct decade_of_growth {
    observation years[10];
    constexpr decade_of_growth(decimal odd, decimal even) : years{} {
        for (int k = 0; k < 10; ++k)
            years[k] = observation("gdp_growth", 2015 + k, k % 2 == 0 ? odd : even, units::percent);  // 2015 is odd
    }
};
}  // namespace

TEST_CASE("at least is exact at the boundary: 7.5 meets 7.5, 7.49 misses") {
    DAYE_CONSTEXPR target gdp = at_least(gdp_growth, 7.5_pct);
    DAYE_CONSTEXPR observation exactly[] = {observed(gdp_growth, 2024, 7.5_pct)};
    DAYE_CONSTEXPR observation below[] = {observed(gdp_growth, 2024, 7.49_pct)};
    DAYE_CONSTEXPR observation above[] = {observed(gdp_growth, 2024, 8.0_pct, data_status::preliminary)};
    STATIC_REQUIRE(eval(gdp, exactly).outcome() == verdict::met);
    STATIC_REQUIRE(eval(gdp, exactly).gap().known());
    STATIC_REQUIRE(eval(gdp, exactly).gap()->is_zero());
    STATIC_REQUIRE(eval(gdp, below).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(gdp, below).gap() == d("-0.01"));
    STATIC_REQUIRE(eval(gdp, above).outcome() == verdict::met);
    STATIC_REQUIRE(to_text(*eval(gdp, above).gap()).view() == "0.5");
    STATIC_REQUIRE(eval(gdp, above).status() == data_status::preliminary);
    STATIC_REQUIRE(eval(gdp, exactly).status() == data_status::reported);
    STATIC_REQUIRE_FALSE(eval(gdp, above).ratio().known());  // a ratio of growth rates means nothing
}

TEST_CASE("of several vintages of a figure the firmest is read, in whatever order they come") {
    DAYE_CONSTEXPR target gdp = at_least(gdp_growth, 7.5_pct);
    DAYE_CONSTEXPR observation early_first[] = {observed(gdp_growth, 2024, 8.0_pct, data_status::preliminary),
                                                observed(gdp_growth, 2024, 7.4_pct)};
    DAYE_CONSTEXPR observation early_last[] = {observed(gdp_growth, 2024, 7.4_pct, data_status::revised),
                                               observed(gdp_growth, 2024, 8.0_pct, data_status::preliminary),
                                               observed(gdp_growth, 2024, 7.6_pct)};
    STATIC_REQUIRE(eval(gdp, early_first).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(gdp, early_first).status() == data_status::reported);
    STATIC_REQUIRE(eval(gdp, early_last).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(gdp, early_last).status() == data_status::revised);
}

TEST_CASE("a figure not reported is unknown, never met or missed, and names what is missing") {
    DAYE_CONSTEXPR observation other_year[] = {observed(gdp_growth, 2023, 8.0_pct)};
    DAYE_CONSTEXPR assessment a = eval(at_least(gdp_growth, 7.5_pct), other_year);
    STATIC_REQUIRE(a.outcome() == verdict::unknown);
    STATIC_REQUIRE(a.why() == finding::not_reported);
    STATIC_REQUIRE(a.missing() == "gdp_growth");
    STATIC_REQUIRE(a.missing_year() == 2024);
    STATIC_REQUIRE_FALSE(a.actual().known());
    STATIC_REQUIRE_FALSE(a.gap().known());
    STATIC_REQUIRE(assessment{}.outcome() == verdict::unknown);  // where every evaluation starts
    STATIC_REQUIRE(assessment{}.why() == finding::not_reported);
}

TEST_CASE("only a figure for the value itself is read: the region's, for the whole year") {
    DAYE_CONSTEXPR target gdp = at_least(gdp_growth, 7.5_pct);
    DAYE_CONSTEXPR observation elsewhere[] = {observed(gdp_growth, 2024, 8.0_pct).in("hubei")};
    DAYE_CONSTEXPR observation part_of_year[] = {observed(gdp_growth, 2024, 8.0_pct).during(period{1, 9})};
    DAYE_CONSTEXPR observation a_bound[] = {observed(gdp_growth, 2024, 8.0_pct).bounded(value_bound::above)};
    DAYE_CONSTEXPR observation here[] = {observed(gdp_growth, 2024, 8.0_pct).in("daye"),
                                         observed(gdp_growth, 2024, 6.0_pct).in("hubei")};
    STATIC_REQUIRE(eval(gdp, elsewhere).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(gdp, part_of_year).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(gdp, a_bound).outcome() == verdict::met);  // above 8.0 is at least 7.5 (see below)
    STATIC_REQUIRE(eval(gdp, a_bound).why() == finding::bound_holds);
    evaluation_options daye_region;
    daye_region.region = "daye";
    REQUIRE(evaluate(gdp, here, 2024, daye_region).outcome() == verdict::met);
    evaluation_options hubei_region;
    hubei_region.region = "hubei";
    REQUIRE(evaluate(gdp, here, 2024, hubei_region).outcome() == verdict::missed);
    DAYE_CONSTEXPR observation revised[] = {observed(gdp_growth, 2024, 8.0_pct, data_status::revised)};
    STATIC_REQUIRE(eval(gdp, revised).status() == data_status::revised);
}

TEST_CASE("a bound decides a target's own threshold only when every value it allows is on one side") {
    // 2025's 预计突破1000亿元 meets a level of 1000 亿元; 2024's 930.71 misses it.
    DAYE_CONSTEXPR target thousand = level(gdp_level, 1000_yi);
    DAYE_CONSTEXPR observation beyond[] = {
        observed(gdp_level, 2025, 1000_yi, data_status::preliminary).bounded(value_bound::above)};
    DAYE_CONSTEXPR observation exact_2024[] = {observed(gdp_level, 2024, 930.71_yi)};
    STATIC_REQUIRE(evaluate(thousand, beyond, 2025).outcome() == verdict::met);
    STATIC_REQUIRE(evaluate(thousand, beyond, 2025).why() == finding::bound_holds);
    STATIC_REQUIRE(evaluate(thousand, beyond, 2025).status() == data_status::preliminary);
    STATIC_REQUIRE_FALSE(evaluate(thousand, beyond, 2025).gap().known());  // the value itself is not known
    STATIC_REQUIRE(evaluate(thousand, exact_2024, 2024).outcome() == verdict::missed);
    // Above 1000 is strictly more than 1000, but tells nothing of 1050.
    STATIC_REQUIRE(evaluate(more_than(gdp_level, 1000_yi), beyond, 2025).outcome() == verdict::met);
    STATIC_REQUIRE(evaluate(level(gdp_level, 1050_yi), beyond, 2025).outcome() == verdict::unknown);
    STATIC_REQUIRE(evaluate(level(gdp_level, 1050_yi), beyond, 2025).why() == finding::bound_undecided);
    STATIC_REQUIRE(evaluate(at_most(gdp_level, 1000_yi), beyond, 2025).why() == finding::bound_fails);
    // An exact figure of the same year is preferred to a bound, whatever their order.
    DAYE_CONSTEXPR observation both[] = {observed(gdp_level, 2025, 1000_yi).bounded(value_bound::above),
                                         observed(gdp_level, 2025, 1040.2_yi)};
    STATIC_REQUIRE(evaluate(level(gdp_level, 1050_yi), both, 2025).outcome() == verdict::missed);
    // A comparison with a second figure is not decided by a bound.
    DAYE_CONSTEXPR observation pace[] = {observed(income_growth, 2024, 8_pct).bounded(value_bound::above),
                                         observed(gdp_growth, 2024, 7_pct)};
    STATIC_REQUIRE(eval(keeps_pace(income_growth, with(gdp_growth), acknowledge_unstated_basis), pace).why() ==
                   finding::not_reported);
}

TEST_CASE("at most, counts and amounts: gap, ratio and completion against a baseline") {
    DAYE_CONSTEXPR observation debt[] = {observed(debt_ratio, 2024, 60_pct)};
    STATIC_REQUIRE(eval(at_most(debt_ratio, 60_pct), debt).outcome() == verdict::met);
    STATIC_REQUIRE(eval(at_most(debt_ratio, 59.9_pct), debt).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(at_most(debt_ratio, 59.9_pct), debt).gap() == d("-0.1"));
    STATIC_REQUIRE(eval(at_most(debt_ratio, 60_pct), debt).why() == finding::within_limit);
    STATIC_REQUIRE(eval(at_most(debt_ratio, 59.9_pct), debt).why() == finding::over_limit);

    DAYE_CONSTEXPR observation counted[] = {observed(firms, 2024, 60_enterprises),
                                            observed(firms, 2023, 20_enterprises)};
    DAYE_CONSTEXPR assessment a = eval(at_least(firms, 50_enterprises), counted);
    STATIC_REQUIRE(*a.gap() == decimal(10));
    STATIC_REQUIRE(*a.ratio() == d("1.2000"));
    STATIC_REQUIRE_FALSE(a.completion().known());
    evaluation_options with_baseline;
    with_baseline.baseline_year = 2023;
    // (60 - 20) / (50 - 20) = 1.3333
    REQUIRE(*eval(at_least(firms, 50_enterprises), counted, with_baseline).completion() == d("1.3333"));
}

TEST_CASE("money in another unit converts exactly before it is compared") {
    DAYE_CONSTEXPR observation in_wan[] = {observed(funds, 2024, 6000000_wan)};
    DAYE_CONSTEXPR assessment a = eval(at_least(funds, 600_yi), in_wan);
    STATIC_REQUIRE(a.outcome() == verdict::met);
    STATIC_REQUIRE(*a.actual() == decimal(600));
    STATIC_REQUIRE(a.gap()->is_zero());
    // A data file may hold a figure in a unit of another dimension: it is not read.
    DAYE_CONSTEXPR observation wrong[] = {observation("funds_in_place", 2024, decimal(600), units::mu)};
    STATIC_REQUIRE(eval(at_least(funds, 600_yi), wrong).why() == finding::wrong_value);
    STATIC_REQUIRE(eval(at_least(funds, 600_yi), wrong).outcome() == verdict::unknown);
}

TEST_CASE("about: inside the band and above it are met, below it is missed") {
    DAYE_CONSTEXPR target about7 = about(gdp_growth, 7_pct, 0.5_pp);
    DAYE_CONSTEXPR observation low_edge[] = {observed(gdp_growth, 2024, 6.5_pct)};
    DAYE_CONSTEXPR observation below[] = {observed(gdp_growth, 2024, 6.49_pct)};
    DAYE_CONSTEXPR observation high[] = {observed(gdp_growth, 2024, 7.6_pct)};
    STATIC_REQUIRE(eval(about7, low_edge).outcome() == verdict::met);
    STATIC_REQUIRE(eval(about7, low_edge).why() == finding::within_band);
    STATIC_REQUIRE(eval(about7, below).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(about7, below).why() == finding::below_band);
    STATIC_REQUIRE(eval(about7, high).why() == finding::above_band);
    STATIC_REQUIRE(eval(about7, high).outcome() == verdict::met);
}

TEST_CASE("about, where lower is better, is a ceiling: CPI 3% 左右 is not met at 6%") {
    DAYE_CONSTEXPR target cpi3 = about(cpi_change, 3_pct, 0.5_pp);
    DAYE_CONSTEXPR observation six[] = {observed(cpi_change, 2024, 6_pct)};
    DAYE_CONSTEXPR observation high_edge[] = {observed(cpi_change, 2024, 3.5_pct)};
    DAYE_CONSTEXPR observation over[] = {observed(cpi_change, 2024, 3.51_pct)};
    DAYE_CONSTEXPR observation low[] = {observed(cpi_change, 2024, 0.2_pct)};
    STATIC_REQUIRE(eval(cpi3, six).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(cpi3, six).why() == finding::above_band);
    STATIC_REQUIRE(*eval(cpi3, six).gap() == d("-3"));  // worse by 3 points than 3 %
    STATIC_REQUIRE(eval(cpi3, high_edge).outcome() == verdict::met);
    STATIC_REQUIRE(eval(cpi3, high_edge).why() == finding::within_band);
    STATIC_REQUIRE(eval(cpi3, over).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(cpi3, low).outcome() == verdict::met);  // below the band: the better side
    STATIC_REQUIRE(eval(cpi3, low).why() == finding::below_band);
    STATIC_REQUIRE(*eval(cpi3, low).gap() == d("2.8"));  // better by 2.8 points: positive
}

TEST_CASE("strictness follows the word: 超过 and 低于 fail at the figure itself") {
    DAYE_CONSTEXPR observation at[] = {observed(gdp_growth, 2024, 7.5_pct), observed(cpi_change, 2024, 3_pct)};
    DAYE_CONSTEXPR observation beyond[] = {observed(gdp_growth, 2024, 7.6_pct), observed(cpi_change, 2024, 2.9_pct)};
    STATIC_REQUIRE(eval(more_than(gdp_growth, 7.5_pct), at).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(more_than(gdp_growth, 7.5_pct), at).why() == finding::not_above);
    STATIC_REQUIRE(eval(more_than(gdp_growth, 7.5_pct), beyond).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(more_than(gdp_growth, 7.5_pct), beyond).gap() == d("0.1"));
    STATIC_REQUIRE(eval(less_than(cpi_change, 3_pct), at).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(less_than(cpi_change, 3_pct), at).why() == finding::not_below);
    STATIC_REQUIRE(eval(less_than(cpi_change, 3_pct), beyond).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(less_than(cpi_change, 3_pct), beyond).gap() == d("0.1"));
    // 以上 and 以内 are met at the figure itself.
    STATIC_REQUIRE(eval(at_least(gdp_growth, 7.5_pct), at).outcome() == verdict::met);
    STATIC_REQUIRE(eval(at_most(cpi_change, 3_pct), at).outcome() == verdict::met);
}

TEST_CASE("the previous period: 继续下降 is strictly below last year, 不低于上年 at least it") {
    DAYE_CONSTEXPR target falls = versus_previous(deaths, relation::less_than);
    DAYE_CONSTEXPR target not_below = versus_previous(deaths, relation::at_least);
    DAYE_CONSTEXPR target rises = versus_previous(deaths, relation::more_than);
    DAYE_CONSTEXPR observation same[] = {observed(deaths, 2023, 12_persons), observed(deaths, 2024, 12_persons)};
    DAYE_CONSTEXPR observation fewer[] = {observed(deaths, 2023, 12_persons), observed(deaths, 2024, 9_persons)};
    STATIC_REQUIRE(eval(falls, same).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(falls, same).why() == finding::fails_on_previous);
    STATIC_REQUIRE(eval(falls, fewer).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(falls, fewer).gap() == d("3"));
    STATIC_REQUIRE(*eval(falls, fewer).compared() == d("12"));
    STATIC_REQUIRE(eval(not_below, same).outcome() == verdict::met);
    STATIC_REQUIRE(eval(not_below, fewer).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(not_below, fewer).gap() == d("-3"));
    STATIC_REQUIRE(eval(rises, same).outcome() == verdict::missed);
    DAYE_CONSTEXPR observation this_year_only[] = {observed(deaths, 2024, 9_persons)};
    STATIC_REQUIRE(eval(falls, this_year_only).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(falls, this_year_only).missing_year() == 2023);
}

TEST_CASE("stable: within a band around last year, one-sided by direction; the default band is an assumption") {
    DAYE_CONSTEXPR target steady = stable(gdp_growth);  // 保持稳定, no band stated
    STATIC_REQUIRE(steady.assumed_band);
    STATIC_REQUIRE(steady.tolerance == d("0.5"));
    DAYE_CONSTEXPR observation edge[] = {observed(gdp_growth, 2023, 7_pct), observed(gdp_growth, 2024, 6.5_pct)};
    DAYE_CONSTEXPR observation under[] = {observed(gdp_growth, 2023, 7_pct), observed(gdp_growth, 2024, 6.49_pct)};
    DAYE_CONSTEXPR observation over[] = {observed(gdp_growth, 2023, 7_pct), observed(gdp_growth, 2024, 9_pct)};
    STATIC_REQUIRE(eval(steady, edge).outcome() == verdict::met);
    STATIC_REQUIRE(eval(steady, edge).why() == finding::within_band);
    STATIC_REQUIRE(eval(steady, under).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(steady, under).gap() == d("-0.01"));
    STATIC_REQUIRE(eval(steady, over).outcome() == verdict::met);  // above, the better side
    STATIC_REQUIRE(eval(steady, over).why() == finding::above_band);
    STATIC_REQUIRE(*eval(steady, over).compared() == d("7"));
    // Where lower is better the band is a ceiling: deaths stable within 1 person of last year's 10.
    DAYE_CONSTEXPR target few = stable(deaths, 1_persons);
    STATIC_REQUIRE_FALSE(few.assumed_band);
    DAYE_CONSTEXPR observation eleven[] = {observed(deaths, 2023, 10_persons), observed(deaths, 2024, 11_persons)};
    DAYE_CONSTEXPR observation twelve[] = {observed(deaths, 2023, 10_persons), observed(deaths, 2024, 12_persons)};
    DAYE_CONSTEXPR observation two[] = {observed(deaths, 2023, 10_persons), observed(deaths, 2024, 2_persons)};
    STATIC_REQUIRE(eval(few, eleven).outcome() == verdict::met);
    STATIC_REQUIRE(eval(few, twelve).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(few, twelve).why() == finding::above_band);
    STATIC_REQUIRE(eval(few, two).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(few, two).gap() == d("9"));
}

TEST_CASE("a multiple of a base year: 翻一番 on 2020 is twice 2020's figure, exactly") {
    DAYE_CONSTEXPR target twice = doubles(funds, 2020);
    DAYE_CONSTEXPR observation equal[] = {observed(funds, 2020, 300_yi), observed(funds, 2024, 600_yi)};
    DAYE_CONSTEXPR observation short_of[] = {observed(funds, 2020, 300_yi), observed(funds, 2024, 599.99_yi)};
    STATIC_REQUIRE(eval(twice, equal).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(twice, equal).compared() == d("600"));
    STATIC_REQUIRE(eval(twice, short_of).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(twice, short_of).gap() == d("-0.01"));
    DAYE_CONSTEXPR observation no_base[] = {observed(funds, 2024, 600_yi)};
    STATIC_REQUIRE(eval(twice, no_base).missing_year() == 2020);
    // Halving, where lower is better: at most half.
    DAYE_CONSTEXPR target half = multiple_of_base_year(deaths, d("0.5"), 2020);
    DAYE_CONSTEXPR observation halved[] = {observed(deaths, 2020, 10_persons), observed(deaths, 2024, 5_persons)};
    DAYE_CONSTEXPR observation not_halved[] = {observed(deaths, 2020, 10_persons), observed(deaths, 2024, 6_persons)};
    STATIC_REQUIRE(eval(half, halved).outcome() == verdict::met);
    STATIC_REQUIRE(eval(half, not_halved).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(half, not_halved).why() == finding::over_limit);
}

TEST_CASE("年均 chains each year's growth, exactly: an arithmetic mean of 7.0 is not 7 % a year") {
    DAYE_CONSTEXPR target seven = average_annual(gdp_growth, 7_pct, 2020);
    // 8, 7, 6, 6, 8: the mean is 7.0, but 1.08 × 1.07 × 1.06 × 1.06 × 1.08 = 1.40230… < 1.07^5 = 1.40255…
    DAYE_CONSTEXPR observation mean_seven[] = {observed(gdp_growth, 2021, 8_pct), observed(gdp_growth, 2022, 7_pct),
                                               observed(gdp_growth, 2023, 6_pct), observed(gdp_growth, 2024, 6_pct),
                                               observed(gdp_growth, 2025, 8_pct)};
    DAYE_CONSTEXPR observation enough[] = {observed(gdp_growth, 2021, 8_pct), observed(gdp_growth, 2022, 7_pct),
                                           observed(gdp_growth, 2023, 6_pct), observed(gdp_growth, 2024, 6_pct),
                                           observed(gdp_growth, 2025, 8.1_pct)};
    STATIC_REQUIRE(evaluate(seven, mean_seven, 2025).outcome() == verdict::missed);
    STATIC_REQUIRE(evaluate(seven, enough, 2025).outcome() == verdict::met);
    STATIC_REQUIRE(evaluate(seven, enough, 2024).outcome() == verdict::missed);  // 2021-2024 alone: 1.2985 < 1.3108
    STATIC_REQUIRE(evaluate(seven, mean_seven, 2026).missing_year() == 2026);
    DAYE_CONSTEXPR observation out_of_span[] = {observed(gdp_growth, 2020, 6_pct), observed(gdp_growth, 2031, 6_pct)};
    STATIC_REQUIRE(evaluate(seven, out_of_span, 2020).why() == finding::out_of_range);  // no year to average
    STATIC_REQUIRE(evaluate(seven, out_of_span, 2031).why() == finding::out_of_range);  // beyond max_years
}

TEST_CASE("年均 shows the average achieved, exactly rounded, and its gap; the product decides") {
    DAYE_CONSTEXPR target seven = average_annual(gdp_growth, 7_pct, 2022);
    // 10 % and 10 %: 110 × 110 = 110^2, an exact mean of 10, shown at one place.
    DAYE_CONSTEXPR observation tens[] = {observed(gdp_growth, 2023, 10_pct), observed(gdp_growth, 2024, 10_pct)};
    STATIC_REQUIRE(to_text(*eval(seven, tens).actual()).view() == "10.0");
    STATIC_REQUIRE(to_text(*eval(seven, tens).gap()).view() == "3.0");
    // 5 % and 10 %: 105 × 110 = 11550, between 107.45^2 = 11545.5025 and 107.55^2 = 11567.0025,
    // so the mean, 107.4709..., rounds to 107.5: 7.5 % (the exact average, 7.4709..., rounded;
    // the arithmetic mean is 7.5 itself). 11550 >= 107^2 = 11449: met.
    DAYE_CONSTEXPR observation five_ten[] = {observed(gdp_growth, 2023, 5_pct), observed(gdp_growth, 2024, 10_pct)};
    STATIC_REQUIRE(eval(seven, five_ten).outcome() == verdict::met);
    STATIC_REQUIRE(to_text(*eval(seven, five_ten).actual()).view() == "7.5");
    STATIC_REQUIRE(to_text(*eval(seven, five_ten).gap()).view() == "0.5");
    // Rounds to the target, falls short: 106.9 × 107.1 = 11448.99 < 107^2 = 11449, and
    // 11448.99 >= 106.95^2 = 11438.3025, so the average shows as 7.0 with a gap of 0.0, and
    // the entry is missed: the product decides, not the rounded figure.
    DAYE_CONSTEXPR observation just_short[] = {observed(gdp_growth, 2023, 6.9_pct),
                                               observed(gdp_growth, 2024, 7.1_pct)};
    STATIC_REQUIRE(eval(seven, just_short).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(seven, just_short).why() == finding::fell_short);
    STATIC_REQUIRE(to_text(*eval(seven, just_short).actual()).view() == "7.0");
    STATIC_REQUIRE(eval(seven, just_short).gap()->is_zero());
    // A fall: -10 % and 0 %: 90 × 100 = 9000, between 94.85^2 = 8996.5225 and 94.95^2 =
    // 9015.5025: 94.9, so -5.1 % (the arithmetic mean is -5.0).
    DAYE_CONSTEXPR observation fall[] = {observed(gdp_growth, 2023, -10_pct), observed(gdp_growth, 2024, 0_pct)};
    STATIC_REQUIRE(eval(seven, fall).outcome() == verdict::missed);
    STATIC_REQUIRE(to_text(*eval(seven, fall).actual()).view() == "-5.1");
    STATIC_REQUIRE(to_text(*eval(seven, fall).gap()).view() == "-12.1");
    // Lower is better (年均下降3%): -1 % and -3 %: 99 × 97 = 9603, between 97.95^2 = 9594.2025
    // and 98.05^2 = 9613.8025: 98.0, so -2.0 %; 9603 > 97^2 = 9409: over the limit, a point short.
    DAYE_CONSTEXPR target falls = average_annual(energy_intensity_change, -3_pct, 2022);
    DAYE_CONSTEXPR observation slow[] = {observed(energy_intensity_change, 2023, -1_pct),
                                         observed(energy_intensity_change, 2024, -3_pct)};
    STATIC_REQUIRE(eval(falls, slow).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(falls, slow).why() == finding::over_limit);
    STATIC_REQUIRE(to_text(*eval(falls, slow).actual()).view() == "-2.0");
    STATIC_REQUIRE(to_text(*eval(falls, slow).gap()).view() == "-1.0");
    // One year: the average is the year's rate, at its own places (at least one).
    DAYE_CONSTEXPR target one_year = average_annual(gdp_growth, 7_pct, 2023);
    DAYE_CONSTEXPR observation fine[] = {observed(gdp_growth, 2024, 7.45_pct)};
    DAYE_CONSTEXPR observation whole[] = {observed(gdp_growth, 2024, 6_pct)};
    STATIC_REQUIRE(to_text(*eval(one_year, fine).actual()).view() == "7.45");
    STATIC_REQUIRE(to_text(*eval(one_year, whole).actual()).view() == "6.0");
    STATIC_REQUIRE(to_text(*eval(one_year, whole).gap()).view() == "-1.0");
    // Not every year reported: no average, and not the year's own figure either.
    DAYE_CONSTEXPR observation gap_year[] = {observed(gdp_growth, 2024, 8_pct)};
    STATIC_REQUIRE(eval(seven, gap_year).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(seven, gap_year).missing_year() == 2023);
    STATIC_REQUIRE_FALSE(eval(seven, gap_year).actual().known());
    STATIC_REQUIRE_FALSE(eval(seven, gap_year).gap().known());
}

TEST_CASE("年均 over 2021-2025: 8, 7, 6, 6, 8 averages 7.0 when rounded, and misses 7 %") {
    DAYE_CONSTEXPR target seven = average_annual(gdp_growth, 7_pct, 2020);
    DAYE_CONSTEXPR observation mean_seven[] = {observed(gdp_growth, 2021, 8_pct), observed(gdp_growth, 2022, 7_pct),
                                               observed(gdp_growth, 2023, 6_pct), observed(gdp_growth, 2024, 6_pct),
                                               observed(gdp_growth, 2025, 8_pct)};
    // 108 × 107 × 106 × 106 × 108 = 14023067328: below 107^5 = 14025517307, above
    // 106.95^5 = 13992778018.5170934375, so 7.0 shown and missed.
    DAYE_CONSTEXPR assessment a = evaluate(seven, mean_seven, 2025);
    STATIC_REQUIRE(a.outcome() == verdict::missed);
    STATIC_REQUIRE(to_text(*a.actual()).view() == "7.0");
    STATIC_REQUIRE(a.gap()->is_zero());
}

TEST_CASE("年均 on hostile figures: a fall of 100 %, ten years of 999.9 %, too many digits") {
    DAYE_CONSTEXPR target seven = average_annual(gdp_growth, 7_pct, 2022);
    // The domain refuses -100 % (at -100 % the level is gone); a hand-made observation still
    // gives unknown, never an average.
    DAYE_CONSTEXPR observation gone[] = {observation("gdp_growth", 2023, d("-100"), units::percent),
                                         observed(gdp_growth, 2024, 10_pct)};
    STATIC_REQUIRE(eval(seven, gone).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(seven, gone).why() == finding::out_of_range);
    STATIC_REQUIRE_FALSE(eval(seven, gone).actual().known());
    // Ten years of 999.9 %: 1099.9^10 against 107^10, 134 bits; the mean is exactly 999.9.
    DAYE_CONSTEXPR target decade = average_annual(gdp_growth, 7_pct, 2014);
    DAYE_CONSTEXPR decade_of_growth wild(d("999.9"), d("999.9"));
    STATIC_REQUIRE(eval(decade, wild.years).outcome() == verdict::met);
    STATIC_REQUIRE(to_text(*eval(decade, wild.years).actual()).view() == "999.9");
    STATIC_REQUIRE(to_text(*eval(decade, wild.years).gap()).view() == "992.9");
    // Ten years of growth of 17 digits: the products (over 512 bits) cannot be compared:
    // unknown, no figure.
    DAYE_CONSTEXPR decade_of_growth huge_decade(d("99999999999999.999"), d("99999999999999.999"));
    STATIC_REQUIRE(eval(decade, huge_decade.years).why() == finding::out_of_range);
    STATIC_REQUIRE_FALSE(eval(decade, huge_decade.years).actual().known());
    // Two years of such growth, 0.001 apart: the average to the last of 18 digits. The
    // integer square root of 100099999999999998 × 100099999999999999 × 100 is
    // 1000999999999999984: the mean is 100099999999999.9984..., so 99999999999999.998 %.
    DAYE_CONSTEXPR observation huge[] = {observation("gdp_growth", 2023, d("99999999999999.998"), units::percent),
                                         observation("gdp_growth", 2024, d("99999999999999.999"), units::percent)};
    STATIC_REQUIRE(eval(seven, huge).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(seven, huge).actual() == d("99999999999999.998"));
    // Ten years whose product fits 512 bits (486) and is compared, where the average's
    // edges, a digit longer, need 519: the verdict stands, with no figure rather than a
    // wrong one.
    DAYE_CONSTEXPR decade_of_growth steep(d("39999999999900.0"), d("39999999999900.1"));
    STATIC_REQUIRE(eval(decade, steep.years).outcome() == verdict::met);
    STATIC_REQUIRE_FALSE(eval(decade, steep.years).actual().known());
    STATIC_REQUIRE_FALSE(eval(decade, steep.years).gap().known());
}

TEST_CASE("累计 adds the years from the first one counted, exactly") {
    DAYE_CONSTEXPR target total = cumulative(funds, 600_yi, 2022);
    DAYE_CONSTEXPR observation short_of[] = {observed(funds, 2022, 200_yi), observed(funds, 2023, 200_yi),
                                             observed(funds, 2024, 199.99_yi)};
    DAYE_CONSTEXPR observation reached[] = {observed(funds, 2022, 200_yi), observed(funds, 2023, 200_yi),
                                            observed(funds, 2024, 200_yi, data_status::preliminary)};
    STATIC_REQUIRE(eval(total, short_of).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(total, short_of).actual() == d("599.99"));
    STATIC_REQUIRE(*eval(total, short_of).gap() == d("-0.01"));
    STATIC_REQUIRE(eval(total, reached).outcome() == verdict::met);
    STATIC_REQUIRE(eval(total, reached).status() == data_status::preliminary);
    DAYE_CONSTEXPR observation gap_year[] = {observed(funds, 2022, 200_yi), observed(funds, 2024, 400_yi)};
    STATIC_REQUIRE(eval(total, gap_year).missing_year() == 2023);
}

TEST_CASE("a tiered entry: the floor decides, and the verdict says whether the stretch was reached") {
    DAYE_CONSTEXPR target tiers =
        at_least(gdp_growth, 7_pct).committed(commitment::ensure).stretch_to(8_pct, commitment::strive);
    STATIC_REQUIRE(tiers.tiered());
    DAYE_CONSTEXPR observation floor[] = {observed(gdp_growth, 2024, 7.5_pct)};
    DAYE_CONSTEXPR observation stretch[] = {observed(gdp_growth, 2024, 8_pct)};
    DAYE_CONSTEXPR observation neither[] = {observed(gdp_growth, 2024, 6.9_pct)};
    STATIC_REQUIRE(eval(tiers, floor).outcome() == verdict::met);
    STATIC_REQUIRE_FALSE(*eval(tiers, floor).reached_stretch());
    STATIC_REQUIRE(*eval(tiers, stretch).reached_stretch());
    STATIC_REQUIRE(eval(tiers, neither).outcome() == verdict::missed);
    STATIC_REQUIRE_FALSE(eval(tiers, neither).reached_stretch().known());
    STATIC_REQUIRE_FALSE(eval(at_least(gdp_growth, 7_pct), stretch).reached_stretch().known());
    // A ceiling's stretch is lower: 确保控制在5.5%以内、力争5%.
    DAYE_CONSTEXPR target low =
        at_most(urban_surveyed_unemployment_rate, 5.5_pct).stretch_to(5_pct, commitment::strive);
    DAYE_CONSTEXPR observation five[] = {observed(urban_surveyed_unemployment_rate, 2024, 5_pct)};
    STATIC_REQUIRE(*eval(low, five).reached_stretch());
}

TEST_CASE("keeps pace: income growth >= GDP growth - tolerance; exceeds is strict") {
    DAYE_CONSTEXPR target pace = keeps_pace(income_growth, with(gdp_growth), acknowledge_unstated_basis);
    DAYE_CONSTEXPR observation equal[] = {observed(income_growth, 2024, 8.0_pct), observed(gdp_growth, 2024, 8_pct)};
    DAYE_CONSTEXPR observation behind[] = {observed(income_growth, 2024, 7.8_pct),
                                           observed(gdp_growth, 2024, 8.0_pct, data_status::preliminary)};
    STATIC_REQUIRE(eval(pace, equal).outcome() == verdict::met);
    STATIC_REQUIRE(eval(pace, behind).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(pace, behind).gap() == d("-0.2"));
    STATIC_REQUIRE(*eval(pace, behind).compared() == d("8.0"));
    STATIC_REQUIRE(eval(pace, behind).status() == data_status::preliminary);
    STATIC_REQUIRE(eval(pace.within(0.2_pp), behind).outcome() == verdict::met);
    evaluation_options loose;
    loose.tolerance = d("0.3");
    REQUIRE(eval(pace, behind, loose).outcome() == verdict::met);
    DAYE_CONSTEXPR target beats = exceeds(income_growth, than(gdp_growth), acknowledge_unstated_basis);
    STATIC_REQUIRE(eval(beats, equal).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(beats, equal).why() == finding::fell_behind);
    DAYE_CONSTEXPR observation only_income[] = {observed(income_growth, 2024, 8_pct)};
    STATIC_REQUIRE(eval(pace, only_income).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(pace, only_income).missing() == "gdp_growth");
}

TEST_CASE("a ceiling set by the province comes from the observations or the options") {
    DAYE_CONSTEXPR target energy = within_ceiling(energy_intensity_change, ceiling(energy_ceiling));
    DAYE_CONSTEXPR observation fell[] = {observed(energy_intensity_change, 2024, -3.2_pct)};
    DAYE_CONSTEXPR assessment absent = eval(energy, fell);
    STATIC_REQUIRE(absent.outcome() == verdict::unknown);
    STATIC_REQUIRE(absent.why() == finding::bound_not_supplied);
    STATIC_REQUIRE(absent.missing() == "provincial_energy_ceiling");
    static DAYE_CONSTEXPR observation province[] = {observed(energy_ceiling, 2024, -3.0_pct).in("hubei")};
    DAYE_CONSTEXPR evaluation_options supplied{province, {}, 0, {}};
    STATIC_REQUIRE(evaluate(energy, fell, 2024, supplied).outcome() == verdict::met);
    STATIC_REQUIRE(*evaluate(energy, fell, 2024, supplied).gap() == d("0.2"));
    DAYE_CONSTEXPR observation both[] = {observed(energy_intensity_change, 2024, -2.5_pct),
                                         observed(energy_ceiling, 2024, -3.0_pct)};
    STATIC_REQUIRE(eval(energy, both).outcome() == verdict::missed);
    // A missed ceiling is over the limit, never "below the threshold".
    STATIC_REQUIRE(eval(energy, both).why() == finding::over_limit);
    STATIC_REQUIRE(*eval(energy, both).gap() == d("-0.5"));
    STATIC_REQUIRE(evaluate(energy, fell, 2024, supplied).why() == finding::within_limit);
}

TEST_CASE("a bound read from the higher level's region, when the evaluation names it") {
    DAYE_CONSTEXPR target energy = within_ceiling(energy_intensity_change, ceiling(energy_ceiling));
    DAYE_CONSTEXPR observation panel[] = {observed(energy_intensity_change, 2024, -3.2_pct).in("daye"),
                                          observed(energy_ceiling, 2024, -3.0_pct).in("hubei"),
                                          observed(energy_ceiling, 2024, -4.0_pct).in("hunan")};
    DAYE_CONSTEXPR evaluation_options in_daye{{}, {}, 0, "daye", {}};
    DAYE_CONSTEXPR evaluation_options under_hubei{{}, {}, 0, "daye", "hubei"};
    DAYE_CONSTEXPR evaluation_options under_hunan{{}, {}, 0, "daye", "hunan"};
    STATIC_REQUIRE(evaluate(energy, panel, 2024, in_daye).why() == finding::bound_not_supplied);
    STATIC_REQUIRE(evaluate(energy, panel, 2024, under_hubei).outcome() == verdict::met);
    STATIC_REQUIRE(*evaluate(energy, panel, 2024, under_hubei).compared() == d("-3.0"));
    STATIC_REQUIRE(evaluate(energy, panel, 2024, under_hunan).outcome() == verdict::missed);
    // A figure of the higher level never stands for the region's own.
    DAYE_CONSTEXPR observation only_hubei[] = {observed(energy_intensity_change, 2024, -3.2_pct).in("hubei"),
                                               observed(energy_ceiling, 2024, -3.0_pct).in("hubei")};
    STATIC_REQUIRE(evaluate(energy, only_hubei, 2024, under_hubei).missing() == "energy_intensity_change");
}

TEST_CASE("a benchmark supplied at evaluation, in the indicator's direction") {
    DAYE_CONSTEXPR observation obs[] = {observed(gdp_growth, 2024, 7.5_pct), observed(city_average, 2024, 6.5_pct),
                                        observed(lower_rate, 2024, 7.5_pct)};
    DAYE_CONSTEXPR target above_city = versus_benchmark(gdp_growth, benchmark(city_average), 1_pp);
    STATIC_REQUIRE(eval(above_city, obs).outcome() == verdict::met);
    STATIC_REQUIRE(eval(above_city, obs).gap()->is_zero());
    STATIC_REQUIRE(eval(versus_benchmark(gdp_growth, benchmark(city_average), 1.1_pp), obs).outcome() ==
                   verdict::missed);
    // Lower is better for this one: 7.5 is not at or below the city's 6.5.
    STATIC_REQUIRE(eval(versus_benchmark(lower_rate, benchmark(city_average), 0_pp), obs).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(versus_benchmark(lower_rate, benchmark(city_average), 0_pp), obs).why() == finding::over_limit);
}

TEST_CASE("高于全市平均 is strictly better than the benchmark; a quota from above is a floor") {
    DAYE_CONSTEXPR observation level[] = {observed(gdp_growth, 2024, 6.5_pct), observed(city_average, 2024, 6.5_pct)};
    DAYE_CONSTEXPR observation ahead[] = {observed(gdp_growth, 2024, 6.6_pct), observed(city_average, 2024, 6.5_pct)};
    DAYE_CONSTEXPR target above = beats_benchmark(gdp_growth, benchmark(city_average));
    STATIC_REQUIRE(eval(above, level).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(above, level).why() == finding::not_above);
    STATIC_REQUIRE(eval(above, ahead).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(above, ahead).gap() == d("0.1"));
    DAYE_CONSTEXPR target quota_met = at_least_assigned(gdp_growth, quota(city_average));
    STATIC_REQUIRE(eval(quota_met, level).outcome() == verdict::met);
    STATIC_REQUIRE(eval(quota_met, level).why() == finding::reached);
    DAYE_CONSTEXPR observation behind[] = {observed(gdp_growth, 2024, 6.4_pct), observed(city_average, 2024, 6.5_pct)};
    STATIC_REQUIRE(eval(quota_met, behind).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(quota_met, behind).why() == finding::fell_short);
    DAYE_CONSTEXPR observation only_own[] = {observed(gdp_growth, 2024, 6.4_pct)};
    STATIC_REQUIRE(eval(quota_met, only_own).why() == finding::bound_not_supplied);
}

namespace {
// 单位地区生产总值能耗继续下降且控制在省定目标以内: one commitment, two conditions.
DAYE_CONSTEXPR target within_province[] = {within_ceiling(energy_intensity_change, ceiling(energy_ceiling))};
}  // namespace

TEST_CASE("a compound entry is met when every condition is; each condition's verdict is kept") {
    DAYE_CONSTEXPR target both =
        versus_previous(energy_intensity_change, relation::less_than).together_with(within_province);
    DAYE_CONSTEXPR observation all[] = {observed(energy_intensity_change, 2023, -2_pct),
                                        observed(energy_intensity_change, 2024, -3.2_pct),
                                        observed(energy_ceiling, 2024, -3_pct)};
    DAYE_CONSTEXPR observation over_ceiling[] = {observed(energy_intensity_change, 2023, -2_pct),
                                                 observed(energy_intensity_change, 2024, -2.5_pct),
                                                 observed(energy_ceiling, 2024, -3_pct)};
    DAYE_CONSTEXPR observation no_ceiling[] = {observed(energy_intensity_change, 2023, -2_pct),
                                               observed(energy_intensity_change, 2024, -3.2_pct)};
    DAYE_CONSTEXPR observation rose[] = {observed(energy_intensity_change, 2023, -2_pct),
                                         observed(energy_intensity_change, 2024, -1_pct)};
    STATIC_REQUIRE(eval(both, all).outcome() == verdict::met);
    STATIC_REQUIRE(eval(both, all).conditions() == 2);
    STATIC_REQUIRE(eval(both, over_ceiling).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(both, over_ceiling).why() == finding::other_condition_missed);
    STATIC_REQUIRE(eval(both, over_ceiling).condition(0) == verdict::met);
    STATIC_REQUIRE(eval(both, over_ceiling).condition(1) == verdict::missed);
    STATIC_REQUIRE(eval(both, over_ceiling).condition_why(1) == finding::over_limit);
    STATIC_REQUIRE(*eval(both, over_ceiling).gap() == d("0.5"));  // the entry's own condition's figures
    STATIC_REQUIRE(eval(both, no_ceiling).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(both, no_ceiling).why() == finding::other_condition_unknown);
    // Its own condition missed decides, whatever the others.
    STATIC_REQUIRE(eval(both, rose).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(both, rose).why() == finding::fails_on_previous);
    STATIC_REQUIRE(eval(both, rose).condition(1) == verdict::unknown);
    STATIC_REQUIRE(eval(at_least(gdp_growth, 7_pct)).conditions() == 1);
}

TEST_CASE("ranks: at most 50 with 55 is missed; 55 after 57 improves") {
    DAYE_CONSTEXPR observation ranks[] = {observed(county_rank, 2024, 55_th), observed(county_rank, 2023, 57_th)};
    DAYE_CONSTEXPR assessment top50 = eval(rank_at_most(county_rank, 50_th), ranks);
    STATIC_REQUIRE(top50.outcome() == verdict::missed);
    STATIC_REQUIRE(*top50.gap() == decimal(-5));
    DAYE_CONSTEXPR assessment advance = eval(rank_improves(county_rank), ranks);
    STATIC_REQUIRE(advance.outcome() == verdict::met);
    STATIC_REQUIRE(*advance.gap() == decimal(2));
    STATIC_REQUIRE(*advance.compared() == decimal(57));
    DAYE_CONSTEXPR observation same[] = {observed(county_rank, 2024, 57_th), observed(county_rank, 2023, 57_th)};
    STATIC_REQUIRE(eval(rank_improves(county_rank), same).outcome() == verdict::missed);
    DAYE_CONSTEXPR observation this_year_only[] = {observed(county_rank, 2024, 55_th)};
    STATIC_REQUIRE(eval(rank_improves(county_rank), this_year_only).missing_year() == 2023);
}

TEST_CASE("milestones: done by the deadline is met, later is missed, not reported is unknown") {
    DAYE_CONSTEXPR target station = milestone("uhv_converter_station", date{2024, 12, 31});
    DAYE_CONSTEXPR observation on_time[] = {observed("uhv_converter_station", 2024, date{2024, 12, 31})};
    DAYE_CONSTEXPR observation late[] = {observed("uhv_converter_station", 2024, date{2025, 1, 2})};
    DAYE_CONSTEXPR observation done[] = {observed("uhv_converter_station", 2024, measure_status::done)};
    DAYE_CONSTEXPR observation going[] = {observed("uhv_converter_station", 2024, measure_status::under_way)};
    STATIC_REQUIRE(eval(station, on_time).outcome() == verdict::met);
    STATIC_REQUIRE(*eval(station, on_time).actual_day() == date{2024, 12, 31});
    STATIC_REQUIRE(eval(station, late).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(station, late).why() == finding::done_late);
    STATIC_REQUIRE(eval(station, done).why() == finding::done_date_unknown);
    STATIC_REQUIRE(eval(station, going).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(station).outcome() == verdict::unknown);
    DAYE_CONSTEXPR observation a_number[] = {observation("uhv_converter_station", 2024, decimal(1), units::percent)};
    STATIC_REQUIRE(eval(station, a_number).why() == finding::wrong_value);
}

TEST_CASE("measures: done is met, not started is missed, under way has no verdict yet") {
    DAYE_CONSTEXPR target bridge = measure("hubin_road_bridge");
    DAYE_CONSTEXPR observation done[] = {observed("hubin_road_bridge", 2024, measure_status::done)};
    DAYE_CONSTEXPR observation going[] = {observed("hubin_road_bridge", 2024, measure_status::under_way)};
    DAYE_CONSTEXPR observation idle[] = {observed("hubin_road_bridge", 2024, measure_status::not_started)};
    DAYE_CONSTEXPR observation unsure[] = {observed("hubin_road_bridge", 2024, measure_status::unknown)};
    STATIC_REQUIRE(eval(bridge, done).outcome() == verdict::met);
    STATIC_REQUIRE(eval(bridge, going).outcome() == verdict::not_applicable);
    STATIC_REQUIRE(*eval(bridge, going).progress() == measure_status::under_way);
    STATIC_REQUIRE(eval(bridge, idle).outcome() == verdict::missed);
    STATIC_REQUIRE(eval(bridge, unsure).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(bridge).outcome() == verdict::unknown);
}

TEST_CASE("of-which: evaluated on its own, and a part larger than its whole is flagged") {
    DAYE_CONSTEXPR target part = of_which(funds_outside, 360_yi, part_of(funds));
    DAYE_CONSTEXPR observation consistent[] = {observed(funds_outside, 2024, 380_yi), observed(funds, 2024, 620_yi)};
    DAYE_CONSTEXPR observation inconsistent[] = {observed(funds_outside, 2024, 380_yi), observed(funds, 2024, 370_yi)};
    STATIC_REQUIRE(eval(part, consistent).outcome() == verdict::met);
    STATIC_REQUIRE_FALSE(eval(part, consistent).inconsistent());
    STATIC_REQUIRE(eval(part, inconsistent).outcome() == verdict::met);
    STATIC_REQUIRE(eval(part, inconsistent).inconsistent());
}

TEST_CASE("red line: 638,500 mu meets, 638,499 breaches; margin in mu and hectares") {
    DAYE_CONSTEXPR target land = red_line(cultivated_land, 638500_mu);
    DAYE_CONSTEXPR observation held[] = {observed(cultivated_land, 2024, 638500_mu)};
    DAYE_CONSTEXPR observation breached[] = {observed(cultivated_land, 2024, 638499_mu)};
    DAYE_CONSTEXPR observation ample[] = {observed(cultivated_land, 2024, 64_wan_mu)};
    STATIC_REQUIRE(eval(land, held).outcome() == verdict::met);
    STATIC_REQUIRE(eval(land, breached).outcome() == verdict::missed);
    STATIC_REQUIRE(*eval(land, breached).gap() == decimal(-1));
    STATIC_REQUIRE(*eval(land, breached).margin_hectares() == d("-0.07"));
    STATIC_REQUIRE(*eval(land, ample).gap() == decimal(1500));
    STATIC_REQUIRE(*eval(land, ample).margin_hectares() == d("100.00"));
}

TEST_CASE("every finding has a reason and every verdict a name") {
    for (int f = 0; f <= static_cast<int>(finding::out_of_range); ++f)
        CHECK_FALSE(explain(static_cast<finding>(f)).empty());
    STATIC_REQUIRE(name(verdict::not_applicable) == "not_applicable");
    STATIC_REQUIRE(name(data_status::preliminary) == "preliminary");
}

TEST_CASE("batch evaluation gives each figure the verdict evaluate() gives it") {
    // Figures at the threshold's places take the batch's fast path, the others compare();
    // both directions, negative figures and equal values at other places.
    static DAYE_CONSTEXPR decimal figures[] = {d("7.49"), d("7.5"),  d("7.50"), d("8.0"), d("-3.2"),
                                               d("7.51"), d("-7.5"), d("7"),    d("7.6"), d("0")};
    constexpr std::size_t count = sizeof figures / sizeof figures[0];
    const auto same_as_evaluate = [](const target& t, std::size_t met_expected) {
        verdict out[count]{};
        const auto met = evaluate_batch(t, figures, out);
        REQUIRE(met.ok());
        CHECK(met.value() == met_expected);
        for (std::size_t i = 0; i < count; ++i) {
            const observation one[] = {observed(gdp_growth, 2024, quantity<units::percent>(figures[i]))};
            CHECK(out[i] == evaluate(t, one, 2024).outcome());
        }
    };
    same_as_evaluate(at_least(gdp_growth, 7.5_pct), 5);
    same_as_evaluate(at_most(gdp_growth, 7.5_pct), 7);
    same_as_evaluate(about(gdp_growth, 8_pct, 0.5_pp), 5);
}

TEST_CASE("batch evaluation refuses kinds that need a second figure, and short outputs") {
    static DAYE_CONSTEXPR decimal figures[] = {d("1"), d("2")};
    verdict out[2]{};
    verdict too_short[1]{};
    STATIC_REQUIRE(evaluate_batch(keeps_pace(rate_a, with(rate_b)), figures, span<verdict>(nullptr, 0)).error() ==
                   errc::out_of_range);
    CHECK(evaluate_batch(rank_improves(county_rank), figures, out).error() == errc::out_of_range);
    CHECK(evaluate_batch(milestone("x", date{2024, 12, 31}), figures, out).error() == errc::out_of_range);
    CHECK(evaluate_batch(at_least(rate_a, 1_pct), figures, too_short).error() == errc::out_of_range);
}

TEST_CASE("unreadable figures: a second indicator of the wrong kind, a target without its indicator, too large") {
    DAYE_CONSTEXPR observation date_as_rate[] = {observed(rate_a, 2024, 8_pct), observed("b", 2024, date{2024, 1, 1})};
    const assessment a = eval(keeps_pace(rate_a, with(rate_b)), date_as_rate);
    CHECK(a.outcome() == verdict::unknown);
    CHECK(a.why() == finding::wrong_value);
    CHECK(a.missing() == "b");
    target no_indicator = at_least(rate_a, 1_pct);
    no_indicator.reads = nullptr;
    CHECK(eval(no_indicator).why() == finding::wrong_value);
    DAYE_CONSTEXPR decimal big = d("999999");
    const target wide = about(rate_a, quantity<units::percent>(big), quantity<units::percentage_points>(big));
    DAYE_CONSTEXPR observation one[] = {observed(rate_a, 2024, 1_pct)};
    CHECK(eval(wide, one).why() == finding::within_band);
    const decimal huge = d("999999999999999999");
    const observation huge_pair[] = {observation("a", 2024, huge, units::percent),
                                     observation("b", 2024, -huge, units::percent)};
    target slack = keeps_pace(rate_a, with(rate_b));
    slack.tolerance = huge;
    CHECK(eval(slack, huge_pair).why() == finding::out_of_range);
    CHECK(eval(versus_benchmark(rate_a, benchmark(rate_b), 0_pp), huge_pair).why() == finding::out_of_range);
    target below = about(rate_a, 1_pct, 1_pp);
    below.value = -huge;
    below.tolerance = huge;
    CHECK(evaluate_batch(below, {}, span<verdict>()).error() == errc::overflow);
}

TEST_CASE("statuses: preliminary carried, milestone status unknown, a measure reported with a date") {
    DAYE_CONSTEXPR observation early[] = {observed("m", 2024, measure_status::done, data_status::preliminary)};
    CHECK(eval(measure("m"), early).status() == data_status::preliminary);
    DAYE_CONSTEXPR observation unsure[] = {observed("m", 2024, measure_status::unknown)};
    CHECK(eval(milestone("m", date{2024, 12, 31}), unsure).outcome() == verdict::unknown);
    DAYE_CONSTEXPR observation dated[] = {observed("m", 2024, date{2024, 5, 1})};
    CHECK(eval(measure("m"), dated).why() == finding::wrong_value);
    DAYE_CONSTEXPR observation idle[] = {observed("m", 2024, measure_status::not_started)};
    CHECK(eval(milestone("m", date{2024, 12, 31}), idle).why() == finding::not_done);
}

TEST_CASE("every verdict has a name, at run time too") {
    const verdict all[] = {verdict::met, verdict::missed, verdict::unknown, verdict::not_applicable};
    const std::string_view names[] = {"met", "missed", "unknown", "not_applicable"};
    for (std::size_t i = 0; i < 4; ++i) CHECK(name(all[i]) == names[i]);
}
