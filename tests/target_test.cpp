#include <daye/catalog/economy.hpp>
#include <daye/catalog/energy_environment.hpp>
#include <daye/catalog/innovation.hpp>
#include <daye/catalog/land_agriculture.hpp>
#include <daye/catalog/ranks.hpp>
#include <daye/target.hpp>

#include "catch.hpp"
#include "indicators.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;
using namespace test_indicators;

TEST_CASE("a builder records the indicator, kind and value; setters add the report's words") {
    DAYE_CONSTEXPR target t = at_least(new_high_tech_enterprises, 50_enterprises)
                                  .committed(commitment::ensure)
                                  .says("确保新增高新技术企业50家")
                                  .en("new high-tech enterprises");
    STATIC_REQUIRE(t.kind == target_kind::at_least);
    STATIC_REQUIRE(t.reads == &new_high_tech_enterprises);
    STATIC_REQUIRE(t.measured_in() == units::enterprises);
    STATIC_REQUIRE(t.value == decimal(50));
    STATIC_REQUIRE(t.word == commitment::ensure);
    STATIC_REQUIRE(t.phrase_zh == "确保新增高新技术企业50家");
    STATIC_REQUIRE(t.name_en == "new high-tech enterprises");
    STATIC_REQUIRE(t.id() == "new_high_tech_enterprises");
    STATIC_REQUIRE(t.indicator_id() == "new_high_tech_enterprises");
    STATIC_REQUIRE(t.has_value());
}

TEST_CASE("a target's id is its indicator's unless it is named") {
    DAYE_CONSTEXPR target t = rank_at_most(county_rank, 50_th).named("top50_sprint");
    STATIC_REQUIRE(t.id() == "top50_sprint");
    STATIC_REQUIRE(t.indicator_id() == "county_rank");
    STATIC_REQUIRE(t.measured_in() == units::rank);
    STATIC_REQUIRE(at_most(gdp_growth, 1_pct).id() == "gdp_growth");
}

TEST_CASE("a value in another unit of the indicator's dimension is converted exactly") {
    DAYE_CONSTEXPR target level20 = level(gdp_level, 200000_wan);
    STATIC_REQUIRE(level20.value == decimal(20));  // 200000 万元 is 20 亿元
    STATIC_REQUIRE(level(gdp_level, 1_wan).value == parse_decimal("0.0001").value());
    STATIC_REQUIRE(at_least(cultivated_land, 63.85_wan_mu).value == decimal(638500));
}

TEST_CASE("a value that does not convert exactly is an error, never a rounding") {
    // 1 元 is 0.00000001 亿元: more places than 亿元 figures are published with.
    CHECK_THROWS_AS(level(gdp_level, 1_yuan), bad_result_access);
    try {
        (void)level(gdp_level, 1_yuan);
    } catch (const bad_result_access& e) {
        CHECK(e.error() == errc::too_precise);
    }
}

TEST_CASE("relational and bounded targets name their second indicator in its role") {
    DAYE_CONSTEXPR target pace =
        keeps_pace(income_growth, with(gdp_growth), acknowledge_unstated_basis).named("income_in_step_with_growth");
    STATIC_REQUIRE(pace.kind == target_kind::keeps_pace);
    STATIC_REQUIRE(pace.indicator_id() == "resident_income_growth");
    STATIC_REQUIRE(pace.other == &gdp_growth);
    STATIC_REQUIRE(pace.is_relational());
    STATIC_REQUIRE(pace.reads_other());
    STATIC_REQUIRE_FALSE(pace.has_value());
    STATIC_REQUIRE(pace.within(0.5_pp).tolerance == (0.5_pp).value());
    STATIC_REQUIRE(exceeds(rate_a, than(rate_b)).kind == target_kind::exceeds);
    STATIC_REQUIRE(exceeds(rate_a, than(rate_b)).other == &rate_b);
    DAYE_CONSTEXPR target cap = within_ceiling(energy_intensity_change, ceiling(energy_ceiling));
    STATIC_REQUIRE(cap.other == &energy_ceiling);
    STATIC_REQUIRE_FALSE(cap.has_value());
    DAYE_CONSTEXPR target bench = versus_benchmark(gdp_growth, benchmark(city_average), 1_pp);
    STATIC_REQUIRE(bench.value == decimal(1));
    STATIC_REQUIRE(bench.other == &city_average);
}

TEST_CASE("a tolerance is a change of the indicator: percentage points for a rate in percent") {
    DAYE_CONSTEXPR target pace = keeps_pace(rate_a, with(rate_b));
    STATIC_REQUIRE(pace.within(0.5_pp).tolerance == parse_decimal("0.5").value());
    CHECK_THROWS_AS(pace.within(0.5_pct), bad_result_access);  // a percent is not a change of a percent
    STATIC_REQUIRE(about(funds, 100_yi, 5000_wan).tolerance == parse_decimal("0.5").value());
}

TEST_CASE("about, level, of-which, red lines, milestones and measures carry what their kind needs") {
    DAYE_CONSTEXPR target about7 = about(gdp_growth, 7_pct, 0.5_pp);
    STATIC_REQUIRE(about7.tolerance == (0.5_pp).value());
    STATIC_REQUIRE(level(gdp_level, 1000_yi).kind == target_kind::level);
    DAYE_CONSTEXPR target part = of_which(funds_outside, 360_yi, part_of(funds));
    STATIC_REQUIRE(part.parent == "funds_in_place");
    STATIC_REQUIRE(part.other == &funds);
    DAYE_CONSTEXPR target floor = red_line(cultivated_land, 638500_mu).named("cultivated_land_red_line");
    STATIC_REQUIRE(floor.word == commitment::binding);
    DAYE_CONSTEXPR target inner =
        red_line(permanent_basic_farmland, 573400_mu, part_of(cultivated_land, "cultivated_land_red_line"));
    STATIC_REQUIRE(inner.parent == "cultivated_land_red_line");
    STATIC_REQUIRE(inner.other == &cultivated_land);
    DAYE_CONSTEXPR target m = milestone("uhv_converter_station", date{2024, 12, 31});
    STATIC_REQUIRE(m.deadline == date{2024, 12, 31});
    STATIC_REQUIRE(m.measured_in() == units::date);
    STATIC_REQUIRE(m.id() == "uhv_converter_station");
    STATIC_REQUIRE(m.reads == nullptr);
    STATIC_REQUIRE_FALSE(m.has_value());
    static DAYE_CONSTEXPR named_item items[] = {{"钢铁", "steel"}, {"建材", "building materials"}};
    DAYE_CONSTEXPR target upgrade = measure("traditional_industry_upgrade").lists(items);
    STATIC_REQUIRE(upgrade.kind == target_kind::measure);
    STATIC_REQUIRE(upgrade.items.size() == 2);
    STATIC_REQUIRE(upgrade.items[1].en == "building materials");
    STATIC_REQUIRE(upgrade.measured_in() == units::status);
    STATIC_REQUIRE(upgrade.indicator_id() == "traditional_industry_upgrade");
}

TEST_CASE("kinds have stable names") {
    STATIC_REQUIRE(name(target_kind::red_line) == "red_line");
    STATIC_REQUIRE(name(target_kind::rank_improves) == "rank_improves");
}

TEST_CASE("every kind has a name, and kinds say whether they carry a value") {
    for (int k = 0; k <= static_cast<int>(target_kind::measure); ++k)
        CHECK_FALSE(name(static_cast<target_kind>(k)).empty());
    CHECK(at_most(gdp_growth, 1_pct).has_value());
    CHECK(red_line(cultivated_land, 1_mu).has_value());
    CHECK_FALSE(within_ceiling(energy_intensity_change, ceiling(energy_ceiling)).has_value());
    CHECK_FALSE(rank_improves(county_rank).has_value());
    CHECK(versus_benchmark(gdp_growth, benchmark(city_average), 0_pp).has_value());
}
