#include <daye/attainment.hpp>
#include <daye/catalog/economy.hpp>
#include <daye/catalog/energy_environment.hpp>
#include <daye/catalog/land_agriculture.hpp>
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

TEST_CASE("only a figure for the value itself is read: the region's, for the whole year, exact") {
    DAYE_CONSTEXPR target gdp = at_least(gdp_growth, 7.5_pct);
    DAYE_CONSTEXPR observation elsewhere[] = {observed(gdp_growth, 2024, 8.0_pct).in("hubei")};
    DAYE_CONSTEXPR observation part_of_year[] = {observed(gdp_growth, 2024, 8.0_pct).during(period{1, 9})};
    DAYE_CONSTEXPR observation a_bound[] = {observed(gdp_growth, 2024, 8.0_pct).bounded(value_bound::above)};
    DAYE_CONSTEXPR observation here[] = {observed(gdp_growth, 2024, 8.0_pct).in("daye"),
                                         observed(gdp_growth, 2024, 6.0_pct).in("hubei")};
    STATIC_REQUIRE(eval(gdp, elsewhere).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(gdp, part_of_year).outcome() == verdict::unknown);
    STATIC_REQUIRE(eval(gdp, a_bound).outcome() == verdict::unknown);
    evaluation_options daye_region;
    daye_region.region = "daye";
    REQUIRE(evaluate(gdp, here, 2024, daye_region).outcome() == verdict::met);
    evaluation_options hubei_region;
    hubei_region.region = "hubei";
    REQUIRE(evaluate(gdp, here, 2024, hubei_region).outcome() == verdict::missed);
    DAYE_CONSTEXPR observation revised[] = {observed(gdp_growth, 2024, 8.0_pct, data_status::revised)};
    STATIC_REQUIRE(eval(gdp, revised).status() == data_status::revised);
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
