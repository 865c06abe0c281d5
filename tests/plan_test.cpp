#include <array>

#include <daye/catalog/economy.hpp>
#include <daye/catalog/land_agriculture.hpp>
#include <daye/catalog/ranks.hpp>
#include <daye/plan.hpp>

#include "catch.hpp"
#include "indicators.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;
using namespace test_indicators;

namespace {
DAYE_CONSTEXPR target headline[] = {
    at_least(gdp_growth, 7.5_pct).committed(commitment::expected),
    keeps_pace(income_growth, with(gdp_growth), acknowledge_unstated_basis).named("income_in_step"),
};
DAYE_CONSTEXPR target tasks[] = {
    at_least(funds, 600_yi),
    of_which(funds_outside, 360_yi, part_of(funds)),
    milestone("bridge", date{2024, 12, 31}),
    measure("reform"),
};
DAYE_CONSTEXPR target floors[] = {
    red_line(cultivated_land, 638500_mu).named("land_red_line"),
    red_line(permanent_basic_farmland, 573400_mu, part_of(cultivated_land, "land_red_line")).named("farmland_red_line"),
};
DAYE_CONSTEXPR group groups[] = {{1, "tasks", "任务", "tasks", tasks}, {2, "floors", "底线", "floors", floors}};

DAYE_CONSTEXPR plan good{
    "test", "test_county", "某县", "a county", 2024, date{2024, 1, 10}, group{0, "main", "主要目标", "main", headline},
    groups};

// A second indicator under an id the catalogue uses, in another unit.
inline constexpr indicator<units::yi_yuan, nominal, struct gdp_growth_in_money_tag> gdp_growth_in_money{
    {"gdp_growth", "错误", "a conflicting indicator", direction::higher_is_better, domains::non_negative, "Wrong."}};
}  // namespace

namespace broken {
constexpr target without_indicator() {
    target t = at_least(funds, 600_yi);
    t.reads = nullptr;
    t.name = "funds";
    return t;
}
constexpr target across_dimensions() {
    target t = keeps_pace(rate_a, with(rate_b));
    t.other = &funds;
    return t;
}
DAYE_CONSTEXPR target duplicate[] = {at_least(funds, 600_yi), at_least(funds, 700_yi)};
DAYE_CONSTEXPR target no_indicator[] = {without_indicator()};
DAYE_CONSTEXPR target wrong_dimension[] = {across_dimensions()};
DAYE_CONSTEXPR target too_precise[] = {at_least(firms, quantity<units::enterprises>(parse_decimal("10.5").value()))};
DAYE_CONSTEXPR target rank_zero[] = {rank_at_most(county_rank, 0_th).named("top0")};
DAYE_CONSTEXPR target negative_count[] = {at_least(firms, quantity<units::enterprises>(decimal(-1)))};
DAYE_CONSTEXPR target growth_below_minus_100[] = {at_least(gdp_growth, quantity<units::percent>(decimal(-100)))};
DAYE_CONSTEXPR target orphan[] = {of_which(funds_outside, 1_yi, part_of(funds))};
DAYE_CONSTEXPR target part_too_big[] = {at_least(funds, 600_yi), of_which(funds_outside, 700_yi, part_of(funds))};
DAYE_CONSTEXPR target floor_above[] = {
    red_line(cultivated_land, 100_mu).named("land_red_line"),
    red_line(permanent_basic_farmland, 200_mu, part_of(cultivated_land, "land_red_line")).named("farmland_red_line")};
DAYE_CONSTEXPR target soft_red_line[] = {red_line(cultivated_land, 100_mu).committed(commitment::ensure)};
DAYE_CONSTEXPR target bad_deadline[] = {milestone("bridge", date{2024, 2, 30})};
DAYE_CONSTEXPR target negative[] = {about(gdp_growth, 7_pct, -(0.5_pp))};
DAYE_CONSTEXPR target two_meanings[] = {at_least(gdp_growth, 7.5_pct), level(gdp_growth_in_money, 1_yi).named("money")};
DAYE_CONSTEXPR target measure_and_indicator[] = {measure("gdp_growth"), at_least(gdp_growth, 7.5_pct).named("growth")};
DAYE_CONSTEXPR target soft_veto[] = {at_most(deaths, 5_persons).under_veto().committed(commitment::ensure)};
DAYE_CONSTEXPR target two_wholes[] = {at_least(funds, 600_yi).named("funds_a"),
                                      at_least(funds, 500_yi).named("funds_b"),
                                      of_which(funds_outside, 360_yi, part_of(funds))};
constexpr target part_without_indicator[] = {without_indicator()};
DAYE_CONSTEXPR target broken_part[] = {at_least(gdp_growth, 7_pct).together_with(part_without_indicator)};
DAYE_CONSTEXPR target fine[] = {measure("reform")};
DAYE_CONSTEXPR target other[] = {measure("other")};
DAYE_CONSTEXPR target third[] = {measure("third")};

constexpr plan plan_of(span<const target> entries, span<const group> groups_of = {}) {
    return plan{"broken", "x", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, groups_of};
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
#if !defined(DAYE_TEST_AT_RUN_TIME)  // check<>() takes a constexpr plan
    STATIC_REQUIRE(check<good>());
#endif
    REQUIRE(validate(good).ok());
    REQUIRE(validate(good).count() == 0);
    REQUIRE(explain(validate(good).first().problem) == "the plan is well-formed");
}

TEST_CASE("each broken rule is named with the id it concerns") {
    using broken::plan_of;
    STATIC_REQUIRE(validate(plan_of(broken::duplicate)).first().problem == plan_problem::duplicate_id);
    STATIC_REQUIRE(validate(plan_of(broken::duplicate)).first().id == "funds_in_place");
    STATIC_REQUIRE(validate(plan_of(broken::no_indicator)).first().problem == plan_problem::unknown_indicator);
    STATIC_REQUIRE(validate(plan_of(broken::wrong_dimension)).first().problem == plan_problem::unit_mismatch);
    STATIC_REQUIRE(validate(plan_of(broken::too_precise)).first().problem == plan_problem::too_precise_for_unit);
    STATIC_REQUIRE(validate(plan_of(broken::rank_zero)).first().problem == plan_problem::value_outside_domain);
    STATIC_REQUIRE(validate(plan_of(broken::rank_zero)).first().id == "top0");
    STATIC_REQUIRE(validate(plan_of(broken::negative_count)).first().problem == plan_problem::value_outside_domain);
    STATIC_REQUIRE(validate(plan_of(broken::growth_below_minus_100)).first().problem ==
                   plan_problem::value_outside_domain);
    STATIC_REQUIRE(validate(plan_of(broken::orphan)).first().problem == plan_problem::unknown_parent);
    STATIC_REQUIRE(validate(plan_of(broken::part_too_big)).first().problem == plan_problem::of_which_exceeds_parent);
    STATIC_REQUIRE(validate(plan_of(broken::part_too_big)).first().id == "funds_from_outside_province");
    STATIC_REQUIRE(validate(plan_of(broken::floor_above)).first().problem == plan_problem::part_floor_above_whole);
    STATIC_REQUIRE(validate(plan_of(broken::floor_above)).first().id == "farmland_red_line");
    STATIC_REQUIRE(validate(plan_of(broken::soft_red_line)).first().problem == plan_problem::red_line_not_binding);
    STATIC_REQUIRE(validate(plan_of(broken::soft_veto)).first().problem == plan_problem::red_line_not_binding);
    // A compound entry's other conditions are checked too, under the entry's id.
    STATIC_REQUIRE(validate(plan_of(broken::broken_part)).first().problem == plan_problem::unknown_indicator);
    STATIC_REQUIRE(validate(plan_of(broken::broken_part)).first().id == "gdp_growth");
    // A part whose whole is read by two named entries has no one parent.
    STATIC_REQUIRE(validate(plan_of(broken::two_wholes)).first().problem == plan_problem::unknown_parent);
    STATIC_REQUIRE(validate(plan_of(broken::bad_deadline)).first().problem == plan_problem::invalid_deadline);
    STATIC_REQUIRE(validate(plan_of(broken::negative)).first().problem == plan_problem::negative_tolerance);
    STATIC_REQUIRE(validate(plan_of(broken::two_meanings)).first().problem == plan_problem::conflicting_indicator);
    STATIC_REQUIRE(validate(plan_of(broken::two_meanings)).first().id == "gdp_growth");
    STATIC_REQUIRE(validate(plan_of(broken::measure_and_indicator)).first().problem ==
                   plan_problem::conflicting_indicator);
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::misnumbered)).first().problem ==
                   plan_problem::groups_misnumbered);
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::misnumbered)).first().id == "b");
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::empty)).first().problem == plan_problem::empty_group);
    STATIC_REQUIRE(validate(plan_of({}, {})).first().problem == plan_problem::empty_group);
    STATIC_REQUIRE(validate(plan_of(broken::fine, broken::group_named_like_entry)).first().problem ==
                   plan_problem::duplicate_id);
    STATIC_REQUIRE(validate(plan_of(span<const target>(broken::many.data(), broken::many.size()))).first().problem ==
                   plan_problem::too_many_entries);
}

TEST_CASE("an of-which finds its whole when the whole's target is named(), not its indicator's id") {
    static DAYE_CONSTEXPR target entries[] = {at_least(funds, 600_yi).named("funds_target"),
                                              of_which(funds_outside, 360_yi, part_of(funds))};
    STATIC_REQUIRE(validate(broken::plan_of(entries)).ok());
    static DAYE_CONSTEXPR target too_big[] = {at_least(funds, 600_yi).named("funds_target"),
                                              of_which(funds_outside, 700_yi, part_of(funds))};
    STATIC_REQUIRE(validate(broken::plan_of(too_big)).first().problem == plan_problem::of_which_exceeds_parent);
}

TEST_CASE("validate() lists every broken rule, with the id and the position of each") {
    using broken::plan_of;
    const plan each_problem[] = {plan_of(broken::duplicate),
                                 plan_of(broken::no_indicator),
                                 plan_of(broken::wrong_dimension),
                                 plan_of(broken::too_precise),
                                 plan_of(broken::rank_zero),
                                 plan_of(broken::orphan),
                                 plan_of(broken::part_too_big),
                                 plan_of(broken::floor_above),
                                 plan_of(broken::soft_red_line),
                                 plan_of(broken::bad_deadline),
                                 plan_of(broken::negative),
                                 plan_of(broken::two_meanings),
                                 plan_of(broken::fine, broken::misnumbered),
                                 plan_of(broken::fine, broken::empty),
                                 plan_of(span<const target>(broken::many.data(), broken::many.size()))};
    for (const plan& p : each_problem) {
        CHECK_FALSE(validate(p).ok());
        CHECK(validate(p).count() == 1);
    }
    for (int p = 0; p <= static_cast<int>(plan_problem::too_many_entries); ++p) {
        CHECK_FALSE(explain(static_cast<plan_problem>(p)).empty());
        CHECK_FALSE(remedy(static_cast<plan_problem>(p)).empty());
    }

    // Three broken rules in three places: each is listed where it is, in the order found.
    static DAYE_CONSTEXPR target headline_of_three[] = {measure("reform"), about(gdp_growth, 7_pct, -(0.5_pp))};
    static DAYE_CONSTEXPR target tasks_of_three[] = {
        red_line(cultivated_land, 100_mu).committed(commitment::ensure).named("soft"), measure("reform")};
    static DAYE_CONSTEXPR group groups_of_three[] = {{1, "tasks", "", "", tasks_of_three}};
    STATIC_REQUIRE(validate(plan_of(headline_of_three, groups_of_three)).count() == 3);
    const validation v = validate(plan_of(headline_of_three, groups_of_three));
    REQUIRE(v.problems().size() == 3);
    CHECK(v.problems()[0].problem == plan_problem::duplicate_id);
    CHECK(v.problems()[0].id == "reform");
    CHECK((v.problems()[0].group == 1 && v.problems()[0].entry == 1));
    CHECK(v.problems()[1].problem == plan_problem::negative_tolerance);
    CHECK((v.problems()[1].group == 0 && v.problems()[1].entry == 1));
    CHECK(v.problems()[2].problem == plan_problem::red_line_not_binding);
    CHECK((v.problems()[2].id == "soft" && v.problems()[2].group == 1 && v.problems()[2].entry == 0));
    CHECK(v.first().problem == plan_problem::duplicate_id);

    // One entry may break several rules: each is listed.
    static DAYE_CONSTEXPR target two_in_one[] = {about(gdp_growth, -(100_pct), -(0.5_pp))};
    STATIC_REQUIRE(validate(plan_of(two_in_one)).count() == 2);

    // More problems than are listed: all are counted.
    static DAYE_CONSTEXPR auto soft_lines = [] {
        std::array<target, validation::max_listed + 8> a{};
        for (std::size_t i = 0; i < a.size(); ++i)
            a[i] = red_line(cultivated_land, 100_mu).committed(commitment::ensure).named(i % 2 == 0 ? "a" : "b");
        return a;
    }();
    const validation many = validate(plan_of(span<const target>(soft_lines.data(), soft_lines.size())));
    CHECK(many.count() == 2 * soft_lines.size() - 2);  // each not binding; all but the first two repeated ids
    CHECK(many.problems().size() == validation::max_listed);
}

TEST_CASE("a plan finds its entries, groups and indicators, and knows what data it reads") {
    STATIC_REQUIRE(good.entry_count() == 8);
    STATIC_REQUIRE(good.measure_count() == 1);
    STATIC_REQUIRE(good.group_count() == 3);
    STATIC_REQUIRE(good.find_target("bridge")->kind == target_kind::milestone);
    STATIC_REQUIRE(good.find_target("nowhere") == nullptr);
    STATIC_REQUIRE(good.group_of("farmland_red_line")->id == "floors");
    STATIC_REQUIRE(good.group_of("gdp_growth")->id == "main");
    STATIC_REQUIRE(good.group_of("nowhere") == nullptr);
    STATIC_REQUIRE(good.find_indicator("gdp_growth") == &gdp_growth);
    STATIC_REQUIRE(good.find_indicator("gdp_growth")->basis == price_basis::real);
    STATIC_REQUIRE(good.find_indicator("funds_in_place") == &funds);
    STATIC_REQUIRE(good.find_indicator("nowhere") == nullptr);
    STATIC_REQUIRE(good.find_indicator("land_red_line") == nullptr);  // an entry's id, not data
    STATIC_REQUIRE(good.reads("cultivated_land"));
    STATIC_REQUIRE(good.reads("bridge"));  // a milestone's progress is reported under its id
    STATIC_REQUIRE_FALSE(good.reads("land_red_line"));
    STATIC_REQUIRE_FALSE(good.reads("gdp_grwoth"));
}

TEST_CASE("near-identical ids are told apart: no collision and no quadratic cost") {
    static DAYE_CONSTEXPR target similar[] = {measure("entry_0001_x"), measure("entry_0002_x"), measure("entry_1001_x"),
                                              measure("entry_1002_x")};
    STATIC_REQUIRE(validate(broken::plan_of(similar)).ok());
    static DAYE_CONSTEXPR target repeated[] = {measure("entry_0001_x"), measure("entry_0002_x"),
                                               measure("entry_0001_x")};
    STATIC_REQUIRE(validate(broken::plan_of(repeated)).first().id == "entry_0001_x");
}
