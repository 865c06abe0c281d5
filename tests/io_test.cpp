#include <sstream>
#include <string>

#include <daye/io.hpp>
#include <daye/plans/daye_2024.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
std::string text_of(const target& t) { return describe(t); }
bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("values print as the report prints them") {
    std::ostringstream out;
    out << parse_decimal("8.0").value() << ' ' << date{2024, 12, 31} << ' ' << 67.44_yi;
    REQUIRE(out.str() == "8.0 2024-12-31 67.44 亿元");
    REQUIRE(value_text(parse_decimal("7.5").value(), units::percent) == "7.5%");
    REQUIRE(value_text(decimal(50), units::rank) == "第50位");
    REQUIRE(value_text(decimal(50), units::enterprises) == "50 家");
}

TEST_CASE("describe says what each kind of target asks") {
    CHECK(text_of(at_least("x", 7.5_pct)) == "≥ 7.5%");
    CHECK(text_of(at_most("x", 3_pct)) == "≤ 3%");
    CHECK(text_of(about("x", 7_pct, 0.5_pct)) == "7% ± 0.5% (左右)");
    CHECK(text_of(keeps_pace("x", "income", "gdp", units::percent)) == "income ≥ gdp");
    CHECK(text_of(keeps_pace("x", "income", "gdp", units::percent).within(0.5_pct)) == "income ≥ gdp − 0.5%");
    CHECK(text_of(exceeds("x", "a", "b", units::percent)) == "a > b");
    CHECK(text_of(versus_benchmark("x", "city_average", 1_pct)) == "≥ city_average + 1%");
    CHECK(text_of(versus_benchmark("x", "city_average", 0_pct).lower_is_better()) == "≤ city_average");
    CHECK(text_of(rank_at_most("x", 50_th)) == "rank ≤ 50");
    CHECK(text_of(rank_improves("x", "county_rank")) == "county_rank better than last year");
    CHECK(text_of(milestone("x", date{2024, 12, 31})) == "done by 2024-12-31");
    CHECK(text_of(within_ceiling("x", "energy", "ceiling", units::percent)) == "energy ≤ ceiling");
    CHECK(text_of(of_which("x", 360_yi, "funds_in_place")) == "≥ 360 亿元, of funds_in_place");
    CHECK(text_of(level("x", 1000_yi)) == "≥ 1000 亿元");
    CHECK(text_of(red_line("x", 638500_mu)) == "≥ 638500 亩 (42566.67 ha), one-vote veto");
    static DAYE_CONSTEXPR named_item items[] = {{"钢铁", "steel"}, {"建材", "building materials"}};
    CHECK(text_of(measure("x").lists(items)) == "measure: 钢铁; 建材");
    CHECK(text_of(measure("x")) == "measure");
}

TEST_CASE("the Markdown model has a bilingual table per group, with the seed phrase beside the typed target") {
    std::ostringstream out;
    write_markdown(out, plans::daye_2024);
    const std::string md = out.str();
    CHECK(contains(md, "### 社会发展主要预期目标"));
    CHECK(contains(md, "### 9. 突出风险防范、精准施策,全力守牢安全稳定底线"));
    CHECK(contains(md,
                   "| `new_high_tech_enterprises` | 确保新增高新技术企业50家 | new high-tech enterprises: ≥ 50 家 | "
                   "at_least | ensure 确保 | none |"));
    CHECK(contains(md,
                   "| `gdp_growth` | 地区生产总值增长7.5% | GDP growth (comparable prices): ≥ 7.5% | at_least | "
                   "expected 预期 | real |"));
    CHECK(contains(md, "638500 亩 (42566.67 ha), one-vote veto"));
    std::size_t rows = 0;
    for (std::size_t at = md.find("\n| `"); at != std::string::npos; at = md.find("\n| `", at + 1)) ++rows;
    CHECK(rows == plans::daye_2024.entry_count());
}

TEST_CASE("a '|' in a phrase cannot break a Markdown table") { REQUIRE(detail::cell("a|b\nc") == "a\\|b c"); }

TEST_CASE("a red line in another unit than mu has no hectares") {
    CHECK(text_of(red_line("x", 30_pct)) == "≥ 30%, one-vote veto");
}
