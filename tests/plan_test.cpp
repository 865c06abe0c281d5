#include <array>

#include <daye/plan.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }

DAYE_CONSTEXPR indicator indicators[] = {
    {"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"},
    {"income_growth", &units::percent, price_basis::unstated, "居民收入增长", "income growth"},
    {"land", &units::mu, price_basis::none, "耕地", "cultivated land"},
    {"farmland", &units::mu, price_basis::none, "永久基本农田", "basic farmland"},
};
DAYE_CONSTEXPR target headline[] = {
    at_least("gdp_growth", 7.5_pct).committed(commitment::expected),
    keeps_pace("income_in_step", "income_growth", "gdp_growth", units::percent),
};
DAYE_CONSTEXPR target tasks[] = {
    at_least("funds", 600_yi),
    of_which("funds_outside", 360_yi, "funds"),
    milestone("bridge", date{2024, 12, 31}),
    measure("reform"),
};
DAYE_CONSTEXPR target floors[] = {
    red_line("land_red_line", 638500_mu).reads("land"),
    red_line("farmland_red_line", 573400_mu).reads("farmland").part_of("land_red_line", "land"),
};
DAYE_CONSTEXPR group groups[] = {{1, "tasks", "任务", "tasks", tasks}, {2, "floors", "底线", "floors", floors}};

DAYE_CONSTEXPR plan good{
    "test", "某县", "a county", 2024, date{2024, 1, 10}, indicators, group{0, "main", "主要目标", "main", headline},
    groups};
}  // namespace

namespace broken {
DAYE_CONSTEXPR target duplicate[] = {at_least("funds", 600_yi), at_least("funds", 700_yi)};
DAYE_CONSTEXPR target unknown_indicator[] = {at_least("funds", 600_yi).reads("nowhere")};
DAYE_CONSTEXPR target missing_other[] = {keeps_pace("pace", "gdp_growth", "nowhere", units::percent)};
DAYE_CONSTEXPR target wrong_unit[] = {at_least("jobs", 10_persons).reads("gdp_growth")};
DAYE_CONSTEXPR target too_precise[] = {at_least("jobs", quantity<units::persons>(d("10.5")))};
DAYE_CONSTEXPR target orphan[] = {of_which("part", 1_yi, "nowhere")};
DAYE_CONSTEXPR target part_too_big[] = {at_least("funds", 600_yi), of_which("funds_outside", 700_yi, "funds")};
DAYE_CONSTEXPR target part_other_unit[] = {at_least("funds", 600_yi), of_which("funds_outside", 360_wan, "funds")};
DAYE_CONSTEXPR target floor_above[] = {
    red_line("land_red_line", 100_mu).reads("land"),
    red_line("farmland_red_line", 200_mu).reads("farmland").part_of("land_red_line", "land")};
DAYE_CONSTEXPR target soft_red_line[] = {red_line("land_red_line", 100_mu).reads("land").committed(commitment::ensure)};
DAYE_CONSTEXPR target bad_deadline[] = {milestone("bridge", date{2024, 2, 30})};
DAYE_CONSTEXPR target negative[] = {about("gdp_growth", 7_pct, -(0.5_pct))};
DAYE_CONSTEXPR target fine[] = {measure("reform")};
DAYE_CONSTEXPR target other[] = {measure("other")};
DAYE_CONSTEXPR target third[] = {measure("third")};

constexpr plan plan_of(span<const target> entries, span<const group> groups_of = {}) {
    return plan{"broken", "", "", 2024, date{2024, 1, 1}, indicators, {0, "main", "", "", entries}, groups_of};
}
DAYE_CONSTEXPR group misnumbered[] = {{1, "a", "", "", other}, {3, "b", "", "", third}};
DAYE_CONSTEXPR group empty[] = {{1, "a", "", "", {}}};
DAYE_CONSTEXPR group group_named_like_entry[] = {{1, "reform", "", "", other}};
DAYE_CONSTEXPR auto many = [] {
    std::array<target, max_entries + 1> a{};
    for (target& t : a) t = measure("m");
    return a;
}();
}  // namespace broken

TEST_CASE("a well-formed plan validates, at compile time and at run time") {
    STATIC_REQUIRE(validate(good).ok());
    STATIC_REQUIRE(check(good));
    REQUIRE(validate(good).ok());
    REQUIRE(explain(validate(good).problem) == "the plan is well-formed");
}

TEST_CASE("each broken rule is named with the id it concerns") {
    using broken::plan_of;
    STATIC_REQUIRE(validate(plan_of(broken::duplicate)).problem == plan_problem::duplicate_id);
    STATIC_REQUIRE(validate(plan_of(broken::duplicate)).id == "funds");
    STATIC_REQUIRE(validate(plan_of(broken::unknown_indicator)).problem == plan_problem::unknown_indicator);
    STATIC_REQUIRE(validate(plan_of(broken::missing_other)).problem == plan_problem::relational_indicator_missing);
    STATIC_REQUIRE(validate(plan_of(broken::missing_other)).id == "pace");
    STATIC_REQUIRE(validate(plan_of(broken::wrong_unit)).problem == plan_problem::unit_mismatch);
    STATIC_REQUIRE(validate(plan_of(broken::too_precise)).problem == plan_problem::too_precise_for_unit);
    STATIC_REQUIRE(validate(plan_of(broken::orphan)).problem == plan_problem::unknown_parent);
    STATIC_REQUIRE(validate(plan_of(broken::part_too_big)).problem == plan_problem::of_which_exceeds_parent);
    STATIC_REQUIRE(validate(plan_of(broken::part_too_big)).id == "funds_outside");
    STATIC_REQUIRE(validate(plan_of(broken::part_other_unit)).problem == plan_problem::unit_mismatch);
    STATIC_REQUIRE(validate(plan_of(broken::floor_above)).problem == plan_problem::part_floor_above_whole);
    STATIC_REQUIRE(validate(plan_of(broken::floor_above)).id == "farmland_red_line");
    STATIC_REQUIRE(validate(plan_of(broken::soft_red_line)).problem == plan_problem::red_line_not_binding);
    STATIC_REQUIRE(validate(plan_of(broken::bad_deadline)).problem == plan_problem::invalid_deadline);
    STATIC_REQUIRE(validate(plan_of(broken::negative)).problem == plan_problem::negative_tolerance);
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::misnumbered)).problem == plan_problem::groups_misnumbered);
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::misnumbered)).id == "b");
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::empty)).problem == plan_problem::empty_group);
    STATIC_REQUIRE(validate(plan_of({}, {})).problem == plan_problem::empty_group);
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::group_named_like_entry)).problem ==
                   plan_problem::duplicate_id);
    STATIC_REQUIRE(validate(plan_of(span<const target>(broken::many.data(), broken::many.size()))).problem ==
                   plan_problem::too_many_entries);
}

TEST_CASE("check() of a broken plan is false at run time (a compile error in a constant expression)") {
    using broken::plan_of;
    const plan each_problem[] = {plan_of(broken::duplicate),
                                 plan_of(broken::unknown_indicator),
                                 plan_of(broken::missing_other),
                                 plan_of(broken::wrong_unit),
                                 plan_of(broken::too_precise),
                                 plan_of(broken::orphan),
                                 plan_of(broken::part_too_big),
                                 plan_of(broken::floor_above),
                                 plan_of(broken::soft_red_line),
                                 plan_of(broken::bad_deadline),
                                 plan_of(broken::negative),
                                 plan_of(broken::fine, broken::misnumbered),
                                 plan_of(broken::fine, broken::empty),
                                 plan_of(span<const target>(broken::many.data(), broken::many.size()))};
    for (const plan& p : each_problem) {
        CHECK_FALSE(validate(p).ok());
        CHECK_FALSE(check(p));
    }
    for (int p = 0; p <= static_cast<int>(plan_problem::too_many_entries); ++p)
        CHECK_FALSE(explain(static_cast<plan_problem>(p)).empty());
}

TEST_CASE("a plan finds its entries, groups and indicators") {
    STATIC_REQUIRE(good.entry_count() == 8);
    STATIC_REQUIRE(good.measure_count() == 1);
    STATIC_REQUIRE(good.group_count() == 3);
    STATIC_REQUIRE(good.find_target("bridge")->kind == target_kind::milestone);
    STATIC_REQUIRE(good.find_target("nowhere") == nullptr);
    STATIC_REQUIRE(good.group_of("farmland_red_line")->id == "floors");
    STATIC_REQUIRE(good.group_of("gdp_growth")->id == "main");
    STATIC_REQUIRE(good.group_of("nowhere") == nullptr);
    // From the table, with its basis:
    STATIC_REQUIRE(good.find_indicator("gdp_growth").basis == price_basis::real);
    // Defined by the entry that reads its own id; money is at current prices:
    STATIC_REQUIRE(good.find_indicator("funds").measured_in == &units::yi_yuan);
    STATIC_REQUIRE(good.find_indicator("funds").basis == price_basis::nominal);
    STATIC_REQUIRE(good.find_indicator("reform").measured_in == &units::status);
    STATIC_REQUIRE_FALSE(good.find_indicator("nowhere").known());
    // An entry reading another id defines no indicator under its own:
    STATIC_REQUIRE_FALSE(good.find_indicator("land_red_line").known());
}
