// The 2024 model against MODEL.md and the seed report, group by group.
#include <fstream>
#include <sstream>
#include <string>

#include <daye/plans/daye_2024.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;
using daye::plans::daye_2024;
using namespace daye::catalog;

namespace {
constexpr const target& entry(std::string_view id) { return *daye_2024.find_target(id); }
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }

/// kind, value, unit and commitment of one entry.
constexpr bool is(std::string_view id, target_kind kind, decimal value, const unit& u, commitment word) {
    const target* t = daye_2024.find_target(id);
    return t != nullptr && t->kind == kind && t->value == value && &t->measured_in() == &u && t->word == word;
}
constexpr price_basis basis_of_entry(std::string_view id) { return daye_2024.find_target(id)->reads->basis; }
constexpr bool is_measure(std::string_view id, std::string_view group_id) {
    const target* t = daye_2024.find_target(id);
    return t != nullptr && t->kind == target_kind::measure && daye_2024.group_of(id)->id == group_id &&
           !t->phrase_zh.empty() && !t->name_en.empty();
}
constexpr bool in_group(std::string_view id, std::string_view group_id) {
    return daye_2024.group_of(id) != nullptr && daye_2024.group_of(id)->id == group_id;
}
}  // namespace

TEST_CASE("the plan: Daye, 2024, presented 2024-01-12, 12 headline goals and nine groups") {
    STATIC_REQUIRE(daye_2024.id == "daye_2024");
    STATIC_REQUIRE(daye_2024.region == "daye");
    STATIC_REQUIRE(daye_2024.region_zh == "大冶市");
    STATIC_REQUIRE(daye_2024.year == 2024);
    STATIC_REQUIRE(daye_2024.presented == date{2024, 1, 12});
    STATIC_REQUIRE(daye_2024.headline.id == "main_goals");
    STATIC_REQUIRE(daye_2024.headline.entries.size() == 12);
    STATIC_REQUIRE(daye_2024.groups.size() == 9);
    STATIC_REQUIRE(daye_2024.entry_count() == 69);
    STATIC_REQUIRE(daye_2024.measure_count() == 37);
    STATIC_REQUIRE(validate(daye_2024).ok());
    DAYE_CONSTEXPR std::string_view ids[] = {
        "modern_industry",      "investment_consumption", "reform_vitality", "opening_up",     "urban_quality",
        "rural_revitalization", "green_transition",       "livelihood",      "risk_and_safety"};
    for (std::size_t i = 0; i < 9; ++i) {
        CHECK(daye_2024.groups[i].ordinal == static_cast<int>(i) + 1);
        CHECK(daye_2024.groups[i].id == ids[i]);
        CHECK_FALSE(daye_2024.groups[i].entries.empty());
    }
    for (std::size_t k = 0; k < daye_2024.group_count(); ++k)
        for (const target& t : daye_2024.group_at(k).entries) {
            CHECK_FALSE(t.phrase_zh.empty());
            CHECK_FALSE(t.name_en.empty());
        }
}

TEST_CASE("main_goals: seven growth goals, expected (预期), real or nominal as MODEL.md says") {
    STATIC_REQUIRE(is("gdp_growth", target_kind::at_least, d("7.5"), units::percent, commitment::expected));
    STATIC_REQUIRE(
        is("industrial_value_added_growth", target_kind::at_least, decimal(15), units::percent, commitment::expected));
    STATIC_REQUIRE(
        is("fixed_asset_investment_growth", target_kind::at_least, decimal(10), units::percent, commitment::expected));
    STATIC_REQUIRE(is("retail_sales_growth", target_kind::at_least, d("9.8"), units::percent, commitment::expected));
    STATIC_REQUIRE(is("fiscal_revenue_growth", target_kind::at_least, d("7.5"), units::percent, commitment::expected));
    STATIC_REQUIRE(
        is("local_budget_revenue_growth", target_kind::at_least, d("7.5"), units::percent, commitment::expected));
    STATIC_REQUIRE(is("export_growth", target_kind::at_least, decimal(8), units::percent, commitment::expected));
    STATIC_REQUIRE(basis_of_entry("gdp_growth") == price_basis::real);
    STATIC_REQUIRE(basis_of_entry("industrial_value_added_growth") == price_basis::real);
    STATIC_REQUIRE(basis_of_entry("fixed_asset_investment_growth") == price_basis::nominal);
    STATIC_REQUIRE(basis_of_entry("retail_sales_growth") == price_basis::nominal);
    STATIC_REQUIRE(basis_of_entry("fiscal_revenue_growth") == price_basis::nominal);
    STATIC_REQUIRE(basis_of_entry("local_budget_revenue_growth") == price_basis::nominal);
    STATIC_REQUIRE(basis_of_entry("export_growth") == price_basis::nominal);
    // The indicators are the catalogue's, declared once.
    STATIC_REQUIRE(entry("gdp_growth").reads == &gdp_growth);
    STATIC_REQUIRE(entry("export_growth").reads == &export_growth);
    STATIC_REQUIRE(entry("gdp_growth").phrase_zh == "地区生产总值增长7.5%");
    STATIC_REQUIRE(entry("retail_sales_growth").phrase_zh == "社会消费品零售总额增长9.8%");
}

TEST_CASE("main_goals: the ceiling, the relational goal, the two rank goals and the 100-billion level") {
    constexpr const target& energy = entry("energy_within_provincial_target");
    STATIC_REQUIRE(energy.kind == target_kind::within_ceiling);
    STATIC_REQUIRE(energy.indicator_id() == "energy_intensity_change");
    STATIC_REQUIRE(energy.other->id == "provincial_energy_ceiling");
    STATIC_REQUIRE(energy.phrase_zh == "节能减排控制在省定目标以内");
    constexpr const target& income = entry("income_in_step_with_growth");
    STATIC_REQUIRE(income.kind == target_kind::keeps_pace);
    // 同步 compares real income growth with real GDP growth: both real, no unstated basis.
    // Urban and rural residents separately: one entry, two conditions.
    STATIC_REQUIRE(income.indicator_id() == "urban_resident_income_growth_real");
    STATIC_REQUIRE(income.also.size() == 1);
    STATIC_REQUIRE(income.also[0].indicator_id() == "rural_resident_income_growth_real");
    STATIC_REQUIRE(income.also[0].reads->basis == price_basis::real);
    STATIC_REQUIRE(income.also[0].other == &gdp_growth);
    STATIC_REQUIRE(income.reads->basis == price_basis::real);
    STATIC_REQUIRE(income.other->basis == price_basis::real);
    STATIC_REQUIRE(income.other == &gdp_growth);
    STATIC_REQUIRE(income.tolerance.is_zero());
    constexpr const target& advance = entry("top100_rank_advance");
    STATIC_REQUIRE(advance.kind == target_kind::rank_improves);
    STATIC_REQUIRE(advance.indicator_id() == "county_rank");
    STATIC_REQUIRE(is("top50_sprint", target_kind::rank_at_most, decimal(50), units::rank, commitment::sprint));
    STATIC_REQUIRE(entry("top50_sprint").indicator_id() == "county_rank");
    STATIC_REQUIRE(is("gdp_level_100bn", target_kind::level, decimal(1000), units::yi_yuan, commitment::sprint));
    STATIC_REQUIRE(entry("gdp_level_100bn").indicator_id() == "gdp_level");
    STATIC_REQUIRE(daye_2024.find_indicator("gdp_level")->basis == price_basis::nominal);
    // The rank is CCID's top-100 list, a consultancy's composite index, and says so as data.
    STATIC_REQUIRE(daye_2024.find_indicator("county_rank")->definition.find("CCID") != std::string_view::npos);
    STATIC_REQUIRE(daye_2024.find_indicator("county_rank")->definition.find("year N-1") != std::string_view::npos);
    // ...and carries its list and the list's year convention as data, which outputs use.
    STATIC_REQUIRE(daye_2024.find_indicator("county_rank")->ranked_on == &ccid_county_top100);
    STATIC_REQUIRE(ccid_county_top100.called == "the CCID list");
    STATIC_REQUIRE(ccid_county_top100.data_year(2024) == 2023);
}

TEST_CASE("1 modern_industry: clusters, innovative county, 50 high-tech enterprises, 750 SMEs, UHV station") {
    STATIC_REQUIRE(is_measure("industry_clusters", "modern_industry"));
    STATIC_REQUIRE(entry("industry_clusters").items.size() == 6);
    STATIC_REQUIRE(entry("industry_clusters").items[0].zh == "新能源与智能网联汽车");
    STATIC_REQUIRE(entry("industry_clusters").items[5].zh == "临空产业");
    STATIC_REQUIRE(entry("innovative_county_action").kind == target_kind::milestone);
    STATIC_REQUIRE(entry("innovative_county_action").word == commitment::complete);
    STATIC_REQUIRE(
        is("new_high_tech_enterprises", target_kind::at_least, decimal(50), units::enterprises, commitment::ensure));
    STATIC_REQUIRE(entry("new_high_tech_enterprises").phrase_zh == "确保新增高新技术企业50家");
    STATIC_REQUIRE(
        is("tech_smes_registered", target_kind::at_least, decimal(750), units::enterprises, commitment::ensure));
    STATIC_REQUIRE(entry("tech_smes_registered").name_en.find("admitted") != std::string_view::npos);  // 入库
    STATIC_REQUIRE(is_measure("traditional_industry_upgrade", "modern_industry"));
    STATIC_REQUIRE(entry("traditional_industry_upgrade").items.size() == 3);
    STATIC_REQUIRE(entry("uhv_converter_station").kind == target_kind::milestone);
    STATIC_REQUIRE(entry("uhv_converter_station").deadline == date{2024, 12, 31});
    STATIC_REQUIRE(entry("uhv_converter_station").word == commitment::ensure);
    STATIC_REQUIRE(is_measure("clean_energy_use", "modern_industry"));
}

TEST_CASE("2 investment_consumption: 135 projects, 1200 亿元, 120 registered, 600 亿元 of which 360, double 160") {
    STATIC_REQUIRE(is("signed_projects", target_kind::at_least, decimal(135), units::projects, commitment::ensure));
    STATIC_REQUIRE(is("signed_investment", target_kind::at_least, decimal(1200), units::yi_yuan, commitment::ensure));
    STATIC_REQUIRE(is("registered_projects", target_kind::at_least, decimal(120), units::projects, commitment::ensure));
    STATIC_REQUIRE(is("funds_in_place", target_kind::at_least, decimal(600), units::yi_yuan, commitment::ensure));
    STATIC_REQUIRE(
        is("funds_from_outside_province", target_kind::of_which, decimal(360), units::yi_yuan, commitment::ensure));
    STATIC_REQUIRE(entry("funds_from_outside_province").parent == "funds_in_place");
    STATIC_REQUIRE(is("projects_started", target_kind::at_least, decimal(160), units::projects, commitment::strive));
    STATIC_REQUIRE(
        is("projects_in_production", target_kind::at_least, decimal(160), units::projects, commitment::strive));
    STATIC_REQUIRE(entry("wuyue_pedestrian_street").kind == target_kind::milestone);
    STATIC_REQUIRE(entry("hengda_night_economy").kind == target_kind::milestone);
    // One sentence of the report names both.
    STATIC_REQUIRE(entry("hengda_night_economy").phrase_zh == "高标准建成吾悦广场步行街和恒达夜间经济集聚区");
    STATIC_REQUIRE(entry("projects_in_production").name_en.find("put into production") != std::string_view::npos);
    STATIC_REQUIRE(is_measure("high_end_commerce", "investment_consumption"));
    STATIC_REQUIRE(entry("high_end_commerce").items.size() == 3);
    STATIC_REQUIRE(in_group("signed_investment", "investment_consumption"));
}

TEST_CASE("3 reform_vitality and 4 opening_up: a pilot and the named reforms and zones") {
    STATIC_REQUIRE(entry("land_approval_pilot").kind == target_kind::milestone);
    STATIC_REQUIRE(in_group("land_approval_pilot", "reform_vitality"));
    STATIC_REQUIRE(is_measure("cooperative_forest_reform", "reform_vitality"));
    STATIC_REQUIRE(is_measure("business_environment", "reform_vitality"));
    STATIC_REQUIRE(is_measure("state_capital_restructuring", "reform_vitality"));
    STATIC_REQUIRE(is_measure("daye_lake_high_tech_zone", "opening_up"));
    STATIC_REQUIRE(is_measure("great_wall_motor_chain", "opening_up"));
    STATIC_REQUIRE(is_measure("electronics_park_fill", "opening_up"));
    STATIC_REQUIRE(is_measure("airport_economy_zone", "opening_up"));
}

TEST_CASE("5 urban_quality: 79 old communities in 5 areas, and the named projects") {
    STATIC_REQUIRE(
        is("old_communities_renovation", target_kind::at_least, decimal(79), units::communities, commitment::stated));
    STATIC_REQUIRE(entry("old_communities_renovation").phrase_zh == "启动5个片区79个老旧小区改造");
    for (std::string_view id : {"hubin_road_bridge", "xiongjiazhou_area", "kantou_old_street", "shibanjie_area",
                                "metallurgy_corridor", "smart_city"})
        CHECK(is_measure(id, "urban_quality"));
    STATIC_REQUIRE(entry("metallurgy_corridor").items.size() == 3);
    STATIC_REQUIRE(entry("smart_city").items.size() == 4);
}

TEST_CASE("6 rural_revitalization: the town system, six towns, poverty gains, low-income assistance") {
    STATIC_REQUIRE(is_measure("urbanization_system", "rural_revitalization"));
    STATIC_REQUIRE(entry("urbanization_system").items.size() == 4);
    STATIC_REQUIRE(is_measure("characteristic_towns", "rural_revitalization"));
    STATIC_REQUIRE(entry("characteristic_towns").items.size() == 6);
    STATIC_REQUIRE(entry("characteristic_towns").items[5].zh == "东风农场");
    STATIC_REQUIRE(is_measure("poverty_gains", "rural_revitalization"));
    STATIC_REQUIRE(entry("low_income_assistance").kind == target_kind::milestone);
}

TEST_CASE("7 green_transition: land consolidation, 547 mu of re-greening and the ecological measures") {
    STATIC_REQUIRE(is("mine_regreening", target_kind::at_least, decimal(547), units::mu, commitment::complete));
    STATIC_REQUIRE(entry("mine_regreening").name_en.find("supplementary greening") != std::string_view::npos);
    STATIC_REQUIRE(entry("land_consolidation").phrase_zh == "加快推进全域国土综合整治项目建设");
    STATIC_REQUIRE(daye_2024.groups[6].entries[1].id() == "land_consolidation");  // after the water projects
    for (std::string_view id : {"water_projects", "land_consolidation", "two_mountains_base", "ecological_areas",
                                "crested_ibis_park", "national_reserve_forest"})
        CHECK(is_measure(id, "green_transition"));
    STATIC_REQUIRE(entry("water_projects").items.size() == 2);
}

TEST_CASE("8 livelihood: 8000 new urban jobs or more, and the services") {
    STATIC_REQUIRE(is("new_urban_jobs", target_kind::at_least, decimal(8000), units::persons, commitment::complete));
    for (std::string_view id : {"elderly_and_child_services", "education_balance", "medical_resources",
                                "civilized_city", "scenic_area_upgrades", "culture_tourism_projects"})
        CHECK(is_measure(id, "livelihood"));
}

TEST_CASE("9 risk_and_safety: the two farmland red lines, assigned quotas, vetoing in the library's model") {
    STATIC_REQUIRE(
        is("cultivated_land_red_line", target_kind::red_line, (638500_mu).value(), units::mu, commitment::binding));
    STATIC_REQUIRE(entry("cultivated_land_red_line").indicator_id() == "cultivated_land");
    STATIC_REQUIRE(
        is("basic_farmland_red_line", target_kind::red_line, (573400_mu).value(), units::mu, commitment::binding));
    STATIC_REQUIRE(entry("basic_farmland_red_line").indicator_id() == "permanent_basic_farmland");
    STATIC_REQUIRE(entry("basic_farmland_red_line").parent == "cultivated_land_red_line");
    STATIC_REQUIRE(entry("basic_farmland_red_line").other == &cultivated_land);
    STATIC_REQUIRE(entry("basic_farmland_red_line").value <= entry("cultivated_land_red_line").value);
    for (std::string_view id :
         {"illegal_finance", "real_estate_risk", "work_safety_action", "food_drug_safety", "social_governance"})
        CHECK(is_measure(id, "risk_and_safety"));
}

TEST_CASE("group headings in English say what the report says") {
    CHECK(daye_2024.groups[1].heading_en.find("momentum of economic growth") != std::string_view::npos);  // 增长态势
    CHECK(daye_2024.groups[4].heading_en.find("quality and standing") != std::string_view::npos);  // 品质能级
    CHECK(daye_2024.groups[7].heading_en.find("livelihood security") != std::string_view::npos);   // 民生保障
}

TEST_CASE("every phrase and every group heading of the model is the seed report's own text") {
    std::ifstream in(DAYE_SEED_REPORT, std::ios::binary);
    REQUIRE(in);
    std::ostringstream seed;
    seed << in.rdbuf();
    const std::string report = seed.str();
    for (std::size_t k = 0; k < daye_2024.group_count(); ++k) {
        const group& g = daye_2024.group_at(k);
        INFO(g.id);
        CHECK(report.find(std::string(g.heading_zh)) != std::string::npos);
        for (const target& t : g.entries) {
            INFO(t.id());
            CHECK(report.find(std::string(t.phrase_zh)) != std::string::npos);
            for (const named_item& item : t.items) CHECK(report.find(std::string(item.zh)) != std::string::npos);
        }
    }
}
