#include <daye/target.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

TEST_CASE("a builder records kind, unit and value; setters add the report's words") {
    DAYE_CONSTEXPR target t = at_least("new_high_tech_enterprises", 50_enterprises)
                                  .committed(commitment::ensure)
                                  .says("确保新增高新技术企业50家")
                                  .en("new high-tech enterprises");
    STATIC_REQUIRE(t.kind == target_kind::at_least);
    STATIC_REQUIRE(t.measured_in == &units::enterprises);
    STATIC_REQUIRE(t.value == decimal(50));
    STATIC_REQUIRE(t.word == commitment::ensure);
    STATIC_REQUIRE(t.phrase_zh == "确保新增高新技术企业50家");
    STATIC_REQUIRE(t.name_en == "new high-tech enterprises");
    STATIC_REQUIRE(t.indicator_id() == "new_high_tech_enterprises");
    STATIC_REQUIRE(t.has_value());
}

TEST_CASE("a target reads its own id unless it names another indicator") {
    DAYE_CONSTEXPR target t = rank_at_most("top50_sprint", 50_th).reads("county_rank");
    STATIC_REQUIRE(t.indicator_id() == "county_rank");
    STATIC_REQUIRE(t.measured_in == &units::rank);
    STATIC_REQUIRE(at_most("x", 1_pct).indicator_id() == "x");
}

TEST_CASE("relational and bounded targets name their second indicator") {
    DAYE_CONSTEXPR target pace =
        keeps_pace("income_in_step_with_growth", "resident_income_growth", "gdp_growth", units::percent);
    STATIC_REQUIRE(pace.kind == target_kind::keeps_pace);
    STATIC_REQUIRE(pace.indicator_id() == "resident_income_growth");
    STATIC_REQUIRE(pace.other == "gdp_growth");
    STATIC_REQUIRE(pace.is_relational());
    STATIC_REQUIRE_FALSE(pace.has_value());
    STATIC_REQUIRE(pace.within(0.5_pct).tolerance == (0.5_pct).value());
    STATIC_REQUIRE(exceeds("a_beats_b", "a", "b", units::percent).kind == target_kind::exceeds);
    DAYE_CONSTEXPR target ceiling =
        within_ceiling("energy", "energy_intensity_change", "provincial_energy_ceiling", units::percent);
    STATIC_REQUIRE(ceiling.other == "provincial_energy_ceiling");
    STATIC_REQUIRE_FALSE(ceiling.has_value());
    DAYE_CONSTEXPR target bench = versus_benchmark("above_city", "city_average_growth", 1_pct).lower_is_better();
    STATIC_REQUIRE(bench.better == direction::lower_is_better);
    STATIC_REQUIRE(bench.value == decimal(1));
}

TEST_CASE("about, level, of-which, red line, milestone and measure carry what their kind needs") {
    DAYE_CONSTEXPR target about7 = about("gdp_growth", 7_pct, 0.5_pct);
    STATIC_REQUIRE(about7.tolerance == (0.5_pct).value());
    STATIC_REQUIRE(level("gdp_level_100bn", 1000_yi).kind == target_kind::level);
    DAYE_CONSTEXPR target part = of_which("funds_from_outside_province", 360_yi, "funds_in_place");
    STATIC_REQUIRE(part.parent == "funds_in_place");
    STATIC_REQUIRE(part.other == "funds_in_place");
    DAYE_CONSTEXPR target floor = red_line("cultivated_land_red_line", 638500_mu).reads("cultivated_land");
    STATIC_REQUIRE(floor.word == commitment::binding);
    STATIC_REQUIRE(floor.part_of("x", "land").other == "land");
    DAYE_CONSTEXPR target m = milestone("uhv_converter_station", date{2024, 12, 31});
    STATIC_REQUIRE(m.deadline == date{2024, 12, 31});
    STATIC_REQUIRE(m.measured_in == &units::date);
    STATIC_REQUIRE_FALSE(m.has_value());
    static DAYE_CONSTEXPR named_item items[] = {{"钢铁", "steel"}, {"建材", "building materials"}};
    DAYE_CONSTEXPR target upgrade = measure("traditional_industry_upgrade").lists(items);
    STATIC_REQUIRE(upgrade.kind == target_kind::measure);
    STATIC_REQUIRE(upgrade.items.size() == 2);
    STATIC_REQUIRE(upgrade.items[1].en == "building materials");
    STATIC_REQUIRE(upgrade.measured_in == &units::status);
}

TEST_CASE("kinds have stable names") {
    STATIC_REQUIRE(name(target_kind::red_line) == "red_line");
    STATIC_REQUIRE(name(target_kind::rank_improves) == "rank_improves");
}

TEST_CASE("every kind has a name, and kinds say whether they carry a value") {
    for (int k = 0; k <= static_cast<int>(target_kind::measure); ++k)
        CHECK_FALSE(name(static_cast<target_kind>(k)).empty());
    CHECK(at_most("x", 1_pct).has_value());
    CHECK(red_line("x", 1_mu).has_value());
    CHECK_FALSE(within_ceiling("x", "a", "b", units::percent).has_value());
    CHECK_FALSE(rank_improves("x", "r").has_value());
    CHECK(versus_benchmark("x", "b", 0_pct).has_value());
}
