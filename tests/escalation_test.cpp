#include <daye/catalog/economy.hpp>
#include <daye/catalog/innovation.hpp>
#include <daye/escalation.hpp>
#include <daye/plans/daye_2024.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

namespace {
// The levels above Daye in 2024, with the one target each sets on GDP growth
// (examples/data/hierarchy-2024.csv gives their sources).
constexpr target china_entries[] = {about(gdp_growth, 5_pct, 0.5_pp).named("china_gdp_growth")};
constexpr plan china_2024{"china_2024",
                          "china",
                          "中国",
                          "China",
                          2024,
                          date{2024, 3, 5},
                          group{0, "china_main", "主要预期目标", "main projected targets", china_entries},
                          {}};
constexpr target hubei_entries[] = {at_least(gdp_growth, 6_pct).named("hubei_gdp_growth")};
// The day Hubei's report was presented is not in the shared data: date{} says so.
constexpr plan hubei_2024 = plan{
    "hubei_2024",
    "hubei",
    "湖北省",
    "Hubei",
    2024,
    date{},
    group{0, "hubei_main", "主要预期目标", "main projected targets", hubei_entries},
    {}}.under(china_2024);
constexpr plan daye_2024 = plans::daye_2024.under(hubei_2024);

constexpr const target& entry(const plan& p, std::string_view id) { return *p.find_target(id); }
}  // namespace

TEST_CASE("a plan names the plan above it; each entry's parent target is the nearest above on its indicator") {
    STATIC_REQUIRE(daye_2024.parent == &hubei_2024);
    STATIC_REQUIRE(hubei_2024.parent == &china_2024);
    STATIC_REQUIRE(china_2024.parent == nullptr);
    STATIC_REQUIRE(plans::daye_2024.parent == nullptr);  // the plan as the header declares it
    STATIC_REQUIRE(check<daye_2024>());                  // naming a parent changes no rule
    constexpr parent_target above = parent_target_of(daye_2024, entry(daye_2024, "gdp_growth"));
    STATIC_REQUIRE(above.in == &hubei_2024);
    STATIC_REQUIRE(above.entry->id() == "hubei_gdp_growth");
    STATIC_REQUIRE(parent_target_of(hubei_2024, entry(hubei_2024, "hubei_gdp_growth")).in == &china_2024);
    // Hubei's own entry is skipped where Hubei sets none: the nation's is the nearest then.
    constexpr plan daye_under_nation = plans::daye_2024.under(china_2024);
    STATIC_REQUIRE(parent_target_of(daye_under_nation, entry(daye_under_nation, "gdp_growth")).in == &china_2024);
}

TEST_CASE("the escalation (加码) of a plan's target over its parent target, as the table of targets gives it") {
    // 5 左右 → 6 → 7.5: 1.20 and +1 point, then 1.25 and +1.5 points.
    constexpr auto hubei = escalation_in(hubei_2024, entry(hubei_2024, "hubei_gdp_growth"));
    STATIC_REQUIRE(hubei.value().ratio == decimal::make(120, 2).value());
    STATIC_REQUIRE(hubei.value().difference == decimal(1));
    constexpr auto daye = escalation_in(daye_2024, entry(daye_2024, "gdp_growth"));
    STATIC_REQUIRE(daye.value().ratio == decimal::make(125, 2).value());
    STATIC_REQUIRE(daye.value().difference == decimal::make(15, 1).value());
}

TEST_CASE("no parent target: an indicator no plan above sets, a relation to another indicator, the top plan") {
    STATIC_REQUIRE(escalation_in(daye_2024, entry(daye_2024, "retail_sales_growth")).error() == errc::absent);
    STATIC_REQUIRE(escalation_in(daye_2024, entry(daye_2024, "income_in_step_with_growth")).error() == errc::absent);
    STATIC_REQUIRE(escalation_in(china_2024, entry(china_2024, "china_gdp_growth")).error() == errc::absent);
    STATIC_REQUIRE_FALSE(parent_target_of(daye_2024, entry(daye_2024, "top50_sprint")));
    // A parent's threshold of 0 has no ratio.
    static constexpr target zero_entries[] = {at_least(gdp_growth, 0_pct).named("zero")};
    static constexpr plan zero{"zero", "z", "", "", 2024, date{2024, 1, 1}, group{0, "z_main", "", "", zero_entries},
                               {}};
    static constexpr target child_entries[] = {at_least(gdp_growth, 1_pct)};
    constexpr plan child =
        plan{"child", "c", "", "", 2024, date{2024, 1, 1}, group{0, "c_main", "", "", child_entries}, {}}.under(zero);
    STATIC_REQUIRE(escalation_in(child, child.headline.entries[0]).error() == errc::division_by_zero);
}
