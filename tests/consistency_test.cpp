#include <string>
#include <vector>

#include <daye/consistency.hpp>

#include "catch.hpp"
#include "data/outcomes.hpp"

using namespace daye;

namespace {
std::vector<std::string> shown(const std::vector<growth_against_levels>& found) {
    std::vector<std::string> out;
    for (const growth_against_levels& f : found) {
        std::string s = std::to_string(f.growth.year()) + " " + std::string(f.growth.indicator()) + " " +
                        std::string(to_text(f.growth.number()).view()) + ": " + std::string(name(f.agreement));
        if (f.agreement == growth_agreement::consistent || f.agreement == growth_agreement::inconsistent)
            s +=
                " " + std::string(to_text(f.check.lowest).view()) + ".." + std::string(to_text(f.check.highest).view());
        if (f.price_change) s += " " + std::string(to_text(*f.price_change).view());
        out.push_back(s);
    }
    return out;
}
}  // namespace

TEST_CASE("Daye's growth rates against its levels, by the basis of each rate") {
    REQUIRE(test_data::outcomes().ok());
    const auto found = check_growth_rates(test_data::outcomes().figures(), "daye");
    // 751.1 → 860.79 亿元 is +14.6 % at current prices against +6.5 % real: prices +7.6 %.
    // 规上 industry's growth is on a changing set of firms: neither its output (13.3 %
    // printed, 12.6 % from the levels) nor its value added is checked.
    CHECK(shown(found) == std::vector<std::string>{
                              "2022 fiscal_revenue_growth -2.3: consistent -2.368..-2.345",
                              "2022 fixed_asset_investment_growth 19.5: consistent 19.535..19.557",
                              "2022 gdp_growth 6.5: prices 7.6",
                              "2022 industrial_output_above_scale_growth 13.3: unchecked",
                              "2022 industrial_value_added_growth 12: unchecked",
                              "2022 local_budget_revenue_growth 1.1: consistent 0.981..1.202",
                          });
    CHECK(found[3].why.find("a set that changes every year") != std::string::npos);
    CHECK(found[2].from.number() == parse_decimal("751.1").value());
    CHECK(found[2].to.number() == parse_decimal("860.79").value());
    // Regions without both levels have nothing to check; neither has a region not in the panel.
    CHECK(check_growth_rates(test_data::outcomes().figures(), "hubei").empty());
    CHECK(check_growth_rates(test_data::outcomes().figures(), "nowhere").empty());
}

TEST_CASE(
    "a printed rate the levels cannot give is inconsistent; bounds, parts of a year and other vintages are not read") {
    panel p;
    const auto add = [&](const char* id, int year, const char* value, const unit& u) {
        const observation o(id, year, parse_decimal(value).value(), u);
        p.add(o.in("x"));
        return o.in("x");
    };
    add("retail_sales", 2023, "100", units::yi_yuan);
    add("retail_sales", 2024, "110", units::yi_yuan);
    add("retail_sales_growth", 2024, "11.2", units::percent);  // the levels give 10.94..11.06
    add("fiscal_revenue", 2023, "50", units::yi_yuan);
    add("fiscal_revenue", 2024, "55", units::yi_yuan);
    p.add(observation("fiscal_revenue_growth", 2024, parse_decimal("12").value(), units::percent)
              .in("x")
              .bounded(value_bound::above));
    add("local_budget_revenue", 2023, "20", units::yi_yuan);
    add("local_budget_revenue", 2024, "21", units::yi_yuan);
    p.add(observation("local_budget_revenue_growth", 2024, parse_decimal("9").value(), units::percent)
              .in("x")
              .during(periods::jan_nov));
    add("new_things", 2023, "1", units::yi_yuan);
    add("new_things", 2024, "2", units::yi_yuan);
    add("new_things_growth", 2024, "100", units::percent);
    // Two vintages: the revised 10 decides, not the preliminary 30.
    add("fixed_asset_investment", 2023, "10.0", units::yi_yuan);
    add("fixed_asset_investment", 2024, "11.0", units::yi_yuan);
    p.add(observation("fixed_asset_investment_growth", 2024, parse_decimal("30").value(), units::percent)
              .in("x")
              .with_status(data_status::preliminary));
    p.add(observation("fixed_asset_investment_growth", 2024, parse_decimal("10").value(), units::percent)
              .in("x")
              .with_status(data_status::revised));
    REQUIRE(p.index() == 0);
    const auto found = check_growth_rates(p, "x");
    CHECK(shown(found) == std::vector<std::string>{
                              "2024 retail_sales_growth 11.2: inconsistent 8.955..11.055",
                              "2024 new_things_growth 100: unchecked",
                              "2024 fixed_asset_investment_growth 10: consistent 8.96..11.06",
                          });
    CHECK(found[1].why == "the catalogue does not know new_things_growth: its price basis is unknown");
    CHECK(level_of("gdp_growth") == "gdp_level");
    CHECK(level_of("retail_sales_growth") == "retail_sales");
    CHECK(level_of("gdp_level").empty());
    CHECK(level_of("_growth").empty());
}
