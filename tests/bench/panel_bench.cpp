// The panel benchmark: reads a panel of county figures (tests/bench/panel_generate.py),
// validates every row against a 30-target plan, indexes the figures, and scores the plan
// for every region and year. Prints one JSON line: the counts, the verdicts, the time of
// each step and the peak memory. tests/bench/panel.sh runs it beside pandas.read_csv.
//
//   daye_bench_panel FILE.csv
//
// Exit 0 when read and scored, 2 when the file has errors (listed on stderr).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <daye/csv.hpp>
#include <daye/daye.hpp>

namespace bench {
using namespace daye;
using namespace daye::literals;
using c = commitment;

// The indicators of panel_generate.py, as a county's statistics publish them.
inline constexpr indicator indicators[] = {
    {"gdp_level", &units::yi_yuan, price_basis::nominal, "地区生产总值", "GDP"},
    {"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"},
    {"gdp_per_capita", &units::yuan, price_basis::nominal, "人均地区生产总值", "GDP per person"},
    {"primary_industry_growth", &units::percent, price_basis::real, "第一产业增加值增长", "primary industry growth"},
    {"secondary_industry_growth", &units::percent, price_basis::real, "第二产业增加值增长",
     "secondary industry growth"},
    {"tertiary_industry_growth", &units::percent, price_basis::real, "第三产业增加值增长", "tertiary industry growth"},
    {"industrial_value_added_growth", &units::percent, price_basis::real, "规模以上工业增加值增长",
     "growth of industrial value added above designated size"},
    {"industrial_output_above_scale", &units::yi_yuan, price_basis::nominal, "规模以上工业总产值",
     "industrial output above designated size"},
    {"fixed_asset_investment_growth", &units::percent, price_basis::nominal, "固定资产投资增长",
     "fixed-asset investment growth"},
    {"industrial_investment_growth", &units::percent, price_basis::nominal, "工业投资增长",
     "industrial investment growth"},
    {"retail_sales", &units::yi_yuan, price_basis::nominal, "社会消费品零售总额", "retail sales"},
    {"retail_sales_growth", &units::percent, price_basis::nominal, "社会消费品零售总额增长", "retail sales growth"},
    {"fiscal_revenue", &units::yi_yuan, price_basis::nominal, "财政总收入", "total fiscal revenue"},
    {"local_budget_revenue", &units::yi_yuan, price_basis::nominal, "地方一般公共预算收入", "local budget revenue"},
    {"local_budget_revenue_growth", &units::percent, price_basis::nominal, "地方一般公共预算收入增长",
     "local budget revenue growth"},
    {"tax_revenue_share", &units::percent, price_basis::none, "税收收入占比", "tax share of budget revenue"},
    {"exports", &units::yi_yuan, price_basis::nominal, "外贸出口", "exports"},
    {"export_growth", &units::percent, price_basis::nominal, "外贸出口增长", "export growth"},
    {"urban_resident_income", &units::yuan, price_basis::nominal, "城镇居民人均可支配收入",
     "urban disposable income per person"},
    {"urban_resident_income_growth", &units::percent, price_basis::nominal, "城镇居民人均可支配收入增长",
     "urban income growth"},
    {"rural_resident_income", &units::yuan, price_basis::nominal, "农村居民人均可支配收入",
     "rural disposable income per person"},
    {"rural_resident_income_growth", &units::percent, price_basis::nominal, "农村居民人均可支配收入增长",
     "rural income growth"},
    {"cpi_change", &units::percent, price_basis::none, "居民消费价格涨幅", "consumer prices"},
    {"urban_unemployment_rate", &units::percent, price_basis::none, "城镇调查失业率", "surveyed urban unemployment"},
    {"new_urban_jobs", &units::persons, price_basis::none, "城镇新增就业", "new urban jobs"},
    {"energy_intensity_change", &units::percent, price_basis::none, "单位地区生产总值能耗变化",
     "change of energy use per unit of GDP"},
    {"new_high_tech_enterprises", &units::enterprises, price_basis::none, "新增高新技术企业",
     "new high-tech enterprises"},
    {"tech_smes_registered", &units::enterprises, price_basis::none, "入库科技型中小企业", "technology SMEs"},
    {"cultivated_land", &units::mu, price_basis::none, "耕地保有量", "cultivated land"},
    {"county_rank", &units::rank, price_basis::none, "县域排名", "rank among the generated counties"},
};

// One target on each indicator, of every kind a county plan of this size uses.
inline constexpr target goals[] = {
    at_least("gdp_level", 300_yi),
    at_least("gdp_growth", 6_pct),
    at_least("gdp_per_capita", 80000_yuan),
    at_least("primary_industry_growth", 3_pct),
    at_least("secondary_industry_growth", 7_pct),
    at_least("tertiary_industry_growth", 6_pct),
    at_least("industrial_value_added_growth", 8_pct),
    at_least("industrial_output_above_scale", 500_yi),
    at_least("fixed_asset_investment_growth", 8_pct),
    at_least("industrial_investment_growth", 10_pct),
    at_least("retail_sales", 150_yi),
    at_least("retail_sales_growth", 7_pct),
    at_least("fiscal_revenue", 30_yi),
    at_least("local_budget_revenue", 20_yi),
    at_least("local_budget_revenue_growth", 5_pct),
    at_least("tax_revenue_share", 70_pct),
    at_least("exports", 30_yi),
    at_least("export_growth", 8_pct),
    at_least("urban_resident_income", 45000_yuan),
    keeps_pace("urban_income_keeps_pace", "urban_resident_income_growth", "gdp_growth", units::percent),
    at_least("rural_resident_income", 20000_yuan),
    exceeds("rural_income_faster", "rural_resident_income_growth", "urban_resident_income_growth", units::percent),
    at_most("cpi_change", 3_pct),
    at_most("urban_unemployment_rate", 5.5_pct),
    at_least("new_urban_jobs", 6000_persons),
    at_most("energy_intensity_change", -3_pct).committed(c::binding),
    at_least("new_high_tech_enterprises", 30_enterprises),
    at_least("tech_smes_registered", 300_enterprises),
    red_line("cultivated_land_red_line", 400000_mu).reads("cultivated_land").committed(c::binding),
    rank_improves("rank_improves", "county_rank"),
};

inline constexpr plan county_plan{
    "generated_county_plan",
    "",
    "a generated county plan",
    2015,
    date{2015, 1, 10},
    indicators,
    group{0, "main_goals", "主要预期目标", "Main expected goals", goals},
    {},
};
static_assert(check(county_plan), "the benchmark's plan breaks a rule of plan validation");
static_assert(sizeof(goals) / sizeof(goals[0]) == 30, "the benchmark scores a 30-target plan");

/// The peak resident memory of this process so far, in KiB (Linux), or 0.
long peak_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}
}  // namespace bench

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: daye_bench_panel FILE.csv\n";
        return 2;
    }
    using clock = std::chrono::steady_clock;
    const auto seconds = [](clock::duration d) { return std::chrono::duration<double>(d).count(); };
    const auto start = clock::now();

    daye::read_options options;
    options.list_rows = false;  // looked up through figures()
    const daye::observation_set set = daye::load_observations(argv[1], bench::county_plan, options);
    if (!set.ok()) {
        for (const daye::csv_error& e : set.errors()) std::cerr << daye::to_string(e) << "\n";
        return 2;
    }
    const auto read = clock::now();

    // Every region, every year: its figures of that year and the year before (which
    // rank_improves reads), scored against the plan of that year.
    const daye::panel& figures = set.figures();
    daye::tally verdicts;
    std::size_t cards = 0;
    std::vector<daye::observation> region_figures;
    daye::plan of_year = bench::county_plan;
    for (const std::string_view region : figures.regions()) {
        region_figures.clear();
        figures.figures(region, 1, 9999, region_figures);
        std::size_t year_begin = 0;    // the first figure of the year being scored
        std::size_t before_begin = 0;  // the first figure of the year before it
        while (year_begin < region_figures.size()) {
            const int year = region_figures[year_begin].year;
            std::size_t year_end = year_begin;
            while (year_end < region_figures.size() && region_figures[year_end].year == year) ++year_end;
            const std::size_t from =
                before_begin < year_begin && region_figures[before_begin].year == year - 1 ? before_begin : year_begin;
            of_year.year = year;
            const auto card = daye::score<32>(of_year, {region_figures.data() + from, year_end - from});
            const daye::tally t = card.value().overall();
            verdicts.met += t.met;
            verdicts.missed += t.missed;
            verdicts.unknown += t.unknown;
            verdicts.not_applicable += t.not_applicable;
            ++cards;
            before_begin = year_begin;
            year_begin = year_end;
        }
    }
    const auto scored = clock::now();

    std::printf(
        "{\"figures\": %zu, \"regions\": %zu, \"scorecards\": %zu, \"met\": %zu, \"missed\": %zu, "
        "\"unknown\": %zu, \"not_applicable\": %zu, \"read_seconds\": %.4f, \"score_seconds\": %.4f, "
        "\"total_seconds\": %.4f, \"store_bytes\": %zu, \"peak_kib\": %ld}\n",
        figures.size(), figures.regions().size(), cards, verdicts.met, verdicts.missed, verdicts.unknown,
        verdicts.not_applicable, seconds(read - start), seconds(scored - read), seconds(scored - start),
        figures.bytes(), bench::peak_kib());
    return std::fflush(stdout) == 0 && std::ferror(stdout) == 0 ? 0 : 1;
}
