#include <sstream>
#include <string>
#include <vector>

#include <daye/catalog.hpp>
#include <daye/io.hpp>
#include <daye/plans/daye_2024.hpp>

#include "catch.hpp"
#include "indicators.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;
using namespace test_indicators;

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
    REQUIRE(value_text(parse_decimal("0.5").value(), units::percentage_points) == "0.5 个百分点");
    REQUIRE(value_text(decimal(50), units::rank) == "第50位");
    REQUIRE(value_text(decimal(50), units::enterprises) == "50 家");
}

TEST_CASE("describe says what each kind of target asks") {
    CHECK(text_of(at_least(gdp_growth, 7.5_pct)) == "≥ 7.5%");
    CHECK(text_of(at_most(gdp_growth, 3_pct)) == "≤ 3%");
    CHECK(text_of(about(gdp_growth, 7_pct, 0.5_pp)) == "7% ± 0.5 个百分点 (左右, a floor)");
    CHECK(text_of(about(cpi_change, 3_pct, 0.5_pp)) == "3% ± 0.5 个百分点 (左右, a ceiling)");
    CHECK(text_of(more_than(gdp_growth, 7.5_pct)) == "> 7.5%");
    CHECK(text_of(less_than(cpi_change, 3_pct)) == "< 3%");
    CHECK(text_of(versus_previous(deaths, relation::less_than)) == "work_safety_deaths < last year");
    CHECK(text_of(at_most(deaths, 5_persons).under_veto()) == "≤ 5 人, one-vote veto (the library's model)");
    CHECK(text_of(stable(gdp_growth)) == "gdp_growth ≥ last year − 0.5 个百分点 (保持稳定, band assumed)");
    CHECK(text_of(stable(deaths, 1_persons)) == "work_safety_deaths ≤ last year + 1 人 (保持稳定)");
    CHECK(text_of(doubles(funds, 2020)) == "funds_in_place ≥ 2 × 2020");
    CHECK(text_of(average_annual(gdp_growth, 7_pct, 2020)) == "average annual ≥ 7% since 2020");
    CHECK(text_of(cumulative(funds, 3000_yi, 2021)) == "total ≥ 3000 亿元 from 2021");
    CHECK(text_of(beats_benchmark(rate_a, benchmark(city_average))) == "> city_average_growth");
    CHECK(text_of(at_least_assigned(rate_a, quota(city_average))) == "a ≥ city_average_growth");
    CHECK(text_of(at_least(gdp_growth, 7_pct).stretch_to(8_pct, commitment::strive)) == "≥ 7%, 力争 8%");
    CHECK(text_of(keeps_pace(rate_a, with(rate_b))) == "a ≥ b");
    CHECK(text_of(keeps_pace(rate_a, with(rate_b)).within(0.5_pp)) == "a ≥ b − 0.5 个百分点");
    CHECK(text_of(exceeds(rate_a, than(rate_b))) == "a > b");
    CHECK(text_of(versus_benchmark(rate_a, benchmark(city_average), 1_pp)) == "≥ city_average_growth + 1 个百分点");
    CHECK(text_of(versus_benchmark(lower_rate, benchmark(city_average), 0_pp)) == "≤ city_average_growth");
    // A rank names its list: a place means nothing without it.
    CHECK(text_of(rank_at_most(county_rank, 50_th)) == "rank ≤ 50 on the CCID list");
    CHECK(text_of(rank_improves(county_rank)) == "county_rank better than last year on the CCID list");
    CHECK(text_of(milestone("x", date{2024, 12, 31})) == "done by 2024-12-31");
    CHECK(text_of(within_ceiling(energy_intensity_change, ceiling(energy_ceiling))) ==
          "energy_intensity_change ≤ provincial_energy_ceiling");
    CHECK(text_of(of_which(funds_outside, 360_yi, part_of(funds))) == "≥ 360 亿元, of funds_in_place");
    CHECK(text_of(level(gdp_level, 1000_yi)) == "≥ 1000 亿元");
    CHECK(text_of(red_line(cultivated_land, 638500_mu)) ==
          "≥ 638500 亩 (42566.67 ha), one-vote veto (the library's model)");
    static DAYE_CONSTEXPR named_item items[] = {{"钢铁", "steel"}, {"建材", "building materials"}};
    CHECK(text_of(measure("x").lists(items)) == "measure: 钢铁; 建材");
    CHECK(text_of(measure("x")) == "measure");
}

TEST_CASE("the Markdown model has a bilingual table per group, with the seed phrase beside the typed target") {
    std::ostringstream out;
    write_markdown(out, plans::daye_2024);
    const std::string md = out.str();
    CHECK(contains(md, "presented 2024-01-12"));
    CHECK(contains(md, "### 社会发展主要预期目标"));
    CHECK(contains(md, "### 9. 突出风险防范、精准施策,全力守牢安全稳定底线"));
    CHECK(contains(md,
                   "| `new_high_tech_enterprises` | 确保新增高新技术企业50家 | new high-tech enterprises: ≥ 50 家 | "
                   "at_least | ensure 确保 | none |"));
    CHECK(contains(md,
                   "| `gdp_growth` | 地区生产总值增长7.5% | GDP growth (comparable prices): ≥ 7.5% | at_least | "
                   "expected (block 主要预期目标) | real |"));
    // 预期 labels the block; it is not printed before each figure, so no row says "expected 预期".
    CHECK_FALSE(contains(md, "expected 预期"));
    CHECK(contains(md, "binding 守住 | none |"));
    CHECK(contains(md, "638500 亩 (42566.67 ha), one-vote veto (the library's model)"));
    std::size_t rows = 0;
    for (std::size_t at = md.find("\n| `"); at != std::string::npos; at = md.find("\n| `", at + 1)) ++rows;
    CHECK(rows == plans::daye_2024.entry_count());
}

TEST_CASE("the catalogue in Markdown: a table per section, every indicator once") {
    std::ostringstream out;
    write_markdown(out, catalog::sections);
    const std::string md = out.str();
    CHECK(contains(md, "### 经济总量 — Output: gross regional product and the three sectors"));
    CHECK(contains(
        md, "| `gdp_growth` | 地区生产总值增长 | Growth of gross regional product | % | real | higher | > -100 |"));
    CHECK(contains(md, "| `county_rank` | 赛迪全国县域经济百强排名 |"));
    CHECK(contains(md, "| lower | 1 to 100 |"));
    std::size_t rows = 0;
    for (std::size_t at = md.find("\n| `"); at != std::string::npos; at = md.find("\n| `", at + 1)) ++rows;
    CHECK(rows == catalog::size());
}

TEST_CASE("every domain has a short text") {
    CHECK(domain_text(domains::any) == "any");
    CHECK(domain_text(domains::non_negative) == "≥ 0");
    CHECK(domain_text(domains::growth) == "> -100");
    CHECK(domain_text(domains::share) == "0 to 100");
    constexpr domain below{decimal(0), edge::none, decimal(10), edge::open, "below ten"};
    CHECK(domain_text(below) == "< 10");
}

TEST_CASE("a '|' in a phrase cannot break a Markdown table") { REQUIRE(detail::cell("a|b\nc") == "a\\|b c"); }

TEST_CASE("a red line in another unit than mu has no hectares") {
    CHECK(text_of(red_line(debt_ratio, 30_pct)) == "≥ 30%, one-vote veto (the library's model)");
}

namespace {
template <class Card>
std::string text_card(const Card& card) {
    std::ostringstream out;
    write_text(out, plans::daye_2024, card);
    return out.str();
}
template <class Card>
std::string markdown_card(const Card& card) {
    std::ostringstream out;
    write_markdown(out, plans::daye_2024, card);
    return out.str();
}
}  // namespace

TEST_CASE("the veto line: unreported red lines are no breach reported, never no red line breached") {
    const observation none[] = {observed(gdp_growth, 2024, 8.0_pct)};
    const auto unknown = score(plans::daye_2024, none).value();
    CHECK(detail::veto_of(unknown) == detail::veto_state::not_reported);
    CHECK(contains(text_card(unknown),
                   "one-vote veto (the library's model): no breach reported (not reported: cultivated_land_red_line, "
                   "basic_farmland_red_line); complete: no"));
    CHECK(contains(markdown_card(unknown),
                   "one-vote veto (the library's model): no breach reported (not reported: `cultivated_land_red_line`, "
                   "`basic_farmland_red_line`); complete: no."));
    CHECK_FALSE(contains(text_card(unknown) + markdown_card(unknown), "no red line breached"));

    const observation one[] = {observed(cultivated_land, 2024, 638500_mu)};  // the other is not reported
    CHECK(detail::veto_of(score(plans::daye_2024, one).value()) == detail::veto_state::not_reported);
    CHECK(contains(text_card(score(plans::daye_2024, one).value()), "(not reported: basic_farmland_red_line)"));

    const observation held[] = {observed(cultivated_land, 2024, 638500_mu),
                                observed(permanent_basic_farmland, 2024, 573400_mu)};
    const auto kept = score(plans::daye_2024, held).value();
    CHECK(detail::veto_of(kept) == detail::veto_state::none_breached);
    CHECK(contains(text_card(kept), "one-vote veto (the library's model): no red line breached; complete: no"));

    const observation breached[] = {observed(cultivated_land, 2024, 638499_mu),
                                    observed(permanent_basic_farmland, 2024, 573400_mu)};
    const auto vetoed = score(plans::daye_2024, breached).value();
    CHECK(detail::veto_of(vetoed) == detail::veto_state::breached);
    CHECK(contains(text_card(vetoed),
                   "one-vote veto (the library's model): VETOED, red line breached: cultivated_land_red_line;"));
    CHECK(contains(markdown_card(vetoed), "VETOED, red line breached: `cultivated_land_red_line`;"));
}

TEST_CASE("a rank's verdict names its list and the year of the data the list ranks") {
    const observation ranks[] = {observed(county_rank, 2024, 55_th), observed(county_rank, 2023, 57_th)};
    const auto card = score(plans::daye_2024, ranks).value();
    const target& sprint = *plans::daye_2024.find_target("top50_sprint");
    const target& advance = *plans::daye_2024.find_target("top100_rank_advance");
    CHECK(reason(sprint, card.at("top50_sprint").value()->result, 2024) ==
          "missed on the CCID list of 2024 (2023's data): over the limit");
    CHECK(reason(advance, card.at("top100_rank_advance").value()->result, 2024) ==
          "met on the CCID list of 2024 (2023's data): a better place than last year");
    CHECK(contains(markdown_card(card),
                   "| rank ≤ 50 on the CCID list | 第55位 | -5 | reported | missed on the CCID list"));
    CHECK(contains(text_card(card), "missed on the CCID list of 2024 (2023's data)"));
    // Unknown is not on any list: its reason says what was not reported.
    const auto none = score(plans::daye_2024, span<const observation>{}).value();
    CHECK(reason(sprint, none.at("top50_sprint").value()->result, 2024) == "not reported: county_rank 2024");
    // Other targets are unchanged.
    const target& gdp = *plans::daye_2024.find_target("gdp_growth");
    CHECK(reason(gdp, none.at("gdp_growth").value()->result, 2024) == reason(none.at("gdp_growth").value()->result));
}

TEST_CASE("display width counts wide characters as two columns, whatever their UTF-8 length") {
    REQUIRE(detail::display_width("gdp") == 3);
    REQUIRE(detail::display_width("确保") == 4);
    REQUIRE(detail::display_width("≥ 7.5%") == 6);  // U+2265 is narrow
    REQUIRE(detail::display_width("（）") == 4);    // full-width forms
    REQUIRE(detail::display_width("\xff") == 1);    // an ill-formed byte takes one column
}

TEST_CASE("a plan of one group and one entry is counted in the singular") {
    static constexpr target only[] = {at_least(firms, 10_enterprises)};
    constexpr plan small{"small", "x", "某县", "a county", 2024, date{2024, 1, 1}, group{0, "main", "", "", only}, {}};
    std::ostringstream out;
    write_markdown(out, small);
    REQUIRE(contains(out.str(), "1 entry in 1 group (0 of them measures)"));
}

TEST_CASE("text scorecard columns stay aligned with long ids and Chinese words; the commitment word is shown") {
    static constexpr target only[] = {
        at_least(firms, 10_enterprises).named("an_entry_id_much_longer_than_thirty_one_characters"),
        at_most(deaths, 5_persons).under_veto(),
        about(cpi_change, 3_pct, 0.5_pp).committed(commitment::strive),
    };
    constexpr plan small{"small", "x", "某县", "a county", 2024, date{2024, 1, 1}, group{0, "main", "", "", only}, {}};
    constexpr observation obs[] = {observed(firms, 2024, 12_enterprises), observed(deaths, 2024, 6_persons),
                                   observed(cpi_change, 2024, 6_pct)};
    const auto card = score(small, obs).value();
    std::ostringstream out;
    write_text(out, small, card);
    std::istringstream lines(out.str());
    std::string line;
    std::vector<std::size_t> id_columns;
    while (std::getline(lines, line)) {
        if (line.rfind("  ", 0) != 0) continue;  // entry rows only: the veto line names the breached id too
        for (const std::string_view id : {"an_entry_id", "work_safety_deaths", "cpi_change"}) {
            const std::size_t at = line.find(id);
            if (at != std::string::npos)
                id_columns.push_back(detail::display_width(std::string_view(line).substr(0, at)));
        }
    }
    REQUIRE(id_columns.size() == 3);
    CHECK(id_columns[0] == id_columns[1]);
    CHECK(id_columns[1] == id_columns[2]);
    CHECK(contains(out.str(), "VETO"));
    CHECK(contains(out.str(), "守住"));
    CHECK(contains(out.str(), "力争"));
    CHECK(contains(out.str(), "above the band, on the worse side"));
    CHECK(contains(out.str(), "(左右, a ceiling)"));
    std::ostringstream md;
    write_markdown(md, small, card);
    CHECK(contains(md.str(), "| commitment |"));
    CHECK(contains(md.str(), "| 力争 |"));
}

TEST_CASE("a figure that is a bound prints as one") {
    constexpr target thousand = level(gdp_level, 1000_yi);
    constexpr observation beyond[] = {observed(gdp_level, 2025, 1000_yi).bounded(value_bound::above)};
    CHECK(actual_text(thousand, evaluate(thousand, beyond, 2025)) == "> 1000 亿元");
    CHECK(reason(evaluate(thousand, beyond, 2025)) ==
          "the figure is a bound, and every value it allows meets the threshold");
}

TEST_CASE("notes say how far a tiered entry went, which band the library assumed, and when 年均 rounds to its target") {
    constexpr target tiers = at_least(gdp_growth, 7_pct).stretch_to(8_pct, commitment::strive);
    constexpr observation floor[] = {observed(gdp_growth, 2024, 7.5_pct)};
    constexpr observation stretch[] = {observed(gdp_growth, 2024, 8_pct)};
    CHECK(notes(tiers, evaluate(tiers, floor, 2024)) == "; the floor, not the stretch (力争 8%)");
    CHECK(notes(tiers, evaluate(tiers, stretch, 2024)) == "; the stretch (力争 8%) reached too");
    constexpr target steady = stable(gdp_growth);
    CHECK(notes(steady, evaluate(steady, stretch, 2024)) ==
          "; the band ±0.5 个百分点 is the library's assumption: the report states none");
    CHECK(notes(at_least(gdp_growth, 7_pct), evaluate(tiers, stretch, 2024)).empty());
    static constexpr target more[] = {at_least(firms, 10_enterprises)};
    constexpr target both = at_least(gdp_growth, 7_pct).together_with(more);
    constexpr observation obs[] = {observed(gdp_growth, 2024, 8_pct), observed(firms, 2024, 9_enterprises)};
    CHECK(notes(both, evaluate(both, obs, 2024)) ==
          "; conditions: gdp_growth met (meets the threshold), firms missed (below the threshold)");
    CHECK(text_of(both) == "≥ 7% and firms ≥ 10 家");
    // A relational condition names its indicator itself, once.
    static constexpr target rural[] = {keeps_pace(rate_b, with(gdp_growth))};
    CHECK(text_of(keeps_pace(rate_a, with(gdp_growth)).together_with(rural)) == "a ≥ gdp_growth and b ≥ gdp_growth");
    // A relational target on an unstated basis says so, whatever its verdict.
    constexpr target pace = keeps_pace(income_growth, with(gdp_growth), acknowledge_unstated_basis);
    constexpr observation rates[] = {observed(income_growth, 2024, 8_pct), observed(gdp_growth, 2024, 8_pct)};
    CHECK(notes(pace, evaluate(pace, rates, 2024)) ==
          "; compares resident_income_growth (unstated basis) with gdp_growth (real basis): the source leaves one "
          "price basis unstated");
    CHECK(notes(keeps_pace(rate_a, with(rate_b)), evaluate(pace, rates, 2024)).empty());
    // 年均 shows its average rounded: 106.9 × 107.1 = 11448.99 < 107^2 shows as 7.0 % and misses.
    constexpr target seven = average_annual(gdp_growth, 7_pct, 2022);
    constexpr observation just_short[] = {observed(gdp_growth, 2023, 6.9_pct), observed(gdp_growth, 2024, 7.1_pct)};
    constexpr observation level[] = {observed(gdp_growth, 2023, 7_pct), observed(gdp_growth, 2024, 7_pct)};
    CHECK(actual_text(seven, evaluate(seven, just_short, 2024)) == "7.0%");
    CHECK(notes(seven, evaluate(seven, just_short, 2024)) ==
          "; the average rounds to the target, but the product of the years' growth falls short of it");
    CHECK(notes(seven, evaluate(seven, level, 2024)).empty());  // met at the target exactly: nothing to add
}
