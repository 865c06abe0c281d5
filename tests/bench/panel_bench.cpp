// The panel benchmark: reads a panel of county figures (tests/bench/panel_generate.py),
// validates every row against a 30-target plan, indexes the figures, and scores the plan
// for every region and year, the plan of each year checked once. Prints one JSON line: the
// counts, the verdicts, the time of each step and the peak memory; and the time of the
// same scoring with score() validating the plan for every scorecard, which it does when
// given a plan that is not checked (score_validating_seconds, not in the total).
// tests/bench/panel.sh runs it beside pandas.read_csv.
//
//   daye_bench_panel FILE.csv
//
// Exit 0 when read and scored, 2 when the file has errors (listed on stderr).
#include <chrono>
#include <cstdio>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <daye/csv.hpp>
#include <daye/daye.hpp>

namespace bench {
using namespace daye;
using namespace daye::literals;
using c = commitment;

// The indicators of panel_generate.py: the catalogue's, and two of the benchmark's own.
inline constexpr indicator<units::percent, not_a_price, struct tax_revenue_share_tag> tax_revenue_share{
    {"tax_revenue_share", "税收收入占一般公共预算收入比重", "tax share of local budget revenue",
     direction::higher_is_better, domains::share,
     "Tax revenue as a share of local general public budget revenue (a benchmark indicator)."}};
inline constexpr indicator<units::rank, not_a_price, struct economy_rank_tag> economy_rank{
    {"economy_rank", "县域经济排名", "rank among the generated counties", direction::lower_is_better, domains::rank,
     "Place of the county among all generated counties by an invented index (a benchmark indicator)."}};

// One target on each indicator, of every kind a county plan of this size uses.
using namespace daye::catalog;
inline constexpr target goals[] = {
    at_least(gdp_level, 300_yi),
    at_least(gdp_growth, 6_pct),
    at_least(gdp_per_capita, quantity<units::yuan_per_person>(decimal(80000))),
    at_least(primary_industry_value_added_growth, 3_pct),
    at_least(secondary_industry_value_added_growth, 7_pct),
    at_least(tertiary_industry_value_added_growth, 6_pct),
    at_least(industrial_value_added_growth, 8_pct),
    at_least(industrial_output_above_scale, 500_yi),
    at_least(fixed_asset_investment_growth, 8_pct),
    at_least(industrial_investment_growth, 10_pct),
    at_least(retail_sales, 150_yi),
    at_least(retail_sales_growth, 7_pct),
    at_least(fiscal_revenue, 30_yi),
    at_least(local_budget_revenue, 20_yi),
    at_least(local_budget_revenue_growth, 5_pct),
    at_least(tax_revenue_share, 70_pct),
    at_least(exports, 30_yi),
    at_least(export_growth, 8_pct),
    at_least(urban_resident_income, quantity<units::yuan_per_person>(decimal(45000))),
    keeps_pace(industrial_value_added_growth, with(gdp_growth)).named("industry_keeps_pace"),
    at_least(rural_resident_income, quantity<units::yuan_per_person>(decimal(20000))),
    exceeds(rural_resident_income_growth, than(urban_resident_income_growth)).named("rural_income_faster"),
    at_most(cpi_change, 3_pct),
    at_most(urban_surveyed_unemployment_rate, 5.5_pct),
    at_least(new_urban_jobs, 6000_persons),
    at_most(energy_intensity_change, -3_pct).committed(c::binding),
    at_least(new_high_tech_enterprises, 30_enterprises),
    at_least(tech_smes_registered, 300_enterprises),
    red_line(cultivated_land, 400000_mu).named("cultivated_land_red_line").committed(c::binding),
    rank_improves(economy_rank),
};

inline constexpr plan county_plan{
    "generated_county_plan",
    "",
    "",
    "a generated county plan",
    2015,
    date{2015, 1, 10},
    group{0, "main_goals", "主要预期目标", "Main expected goals", goals},
    {},
};
static_assert(check<county_plan>());
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

    daye::csv_options options;
    options.list_rows = false;  // looked up through figures()
    const daye::observation_set set = daye::load_observations(argv[1], bench::county_plan, options);
    if (!set.ok()) {
        for (const daye::csv_error& e : set.errors()) std::cerr << daye::to_string(e) << "\n";
        return 2;
    }
    const auto read = clock::now();

    // The plan of each year, checked once (a checked_plan refers to its plan: a deque
    // keeps each where it is).
    std::deque<daye::plan> plans;
    std::map<int, daye::checked_plan> checked_in;
    const auto plan_of = [&](int year) {
        auto found = checked_in.find(year);
        if (found == checked_in.end()) {
            plans.push_back(bench::county_plan);
            plans.back().year = year;
            found = checked_in.emplace(year, daye::checked(plans.back()).value()).first;
        }
        return found->second;
    };
    // Every region, every year: its figures of that year and the year before (which
    // rank_improves reads), scored against the plan of that year; `validating`, through
    // score() of the plan itself, which validates it for every scorecard.
    const daye::panel& figures = set.figures();
    std::size_t cards = 0;
    std::size_t bounds = 0;  // figures that are only bounds: some leave their target unknown
    std::vector<daye::observation> region_figures;
    daye::evaluation_options of_region;  // one plan, scored for each region in turn
    const auto score_all = [&](bool validating) {
        daye::tally verdicts;
        cards = 0;
        bounds = 0;
        for (const std::string_view region : figures.regions()) {
            of_region.region = region;
            region_figures.clear();
            figures.figures(region, 1, 9999, region_figures);
            for (const daye::observation& o : region_figures) bounds += o.bound() != daye::value_bound::exact ? 1 : 0;
            std::size_t year_begin = 0;    // the first figure of the year being scored
            std::size_t before_begin = 0;  // the first figure of the year before it
            while (year_begin < region_figures.size()) {
                const int year = region_figures[year_begin].year();
                std::size_t year_end = year_begin;
                while (year_end < region_figures.size() && region_figures[year_end].year() == year) ++year_end;
                const std::size_t from = before_begin < year_begin && region_figures[before_begin].year() == year - 1
                                             ? before_begin
                                             : year_begin;
                const daye::span<const daye::observation> of_year{region_figures.data() + from, year_end - from};
                const daye::checked_plan p = plan_of(year);
                const auto card =
                    validating ? daye::score<32>(*p, of_year, of_region) : daye::score<32>(p, of_year, of_region);
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
        return verdicts;
    };
    const daye::tally verdicts = score_all(false);
    const auto scored = clock::now();
    const daye::tally validated = score_all(true);
    const auto scored_validating = clock::now();
    if (validated.met != verdicts.met || validated.missed != verdicts.missed || validated.unknown != verdicts.unknown ||
        validated.not_applicable != verdicts.not_applicable) {
        std::cerr << "daye_bench_panel: the checked plan and the plan scored differently\n";
        return 1;
    }

    std::printf(
        "{\"figures\": %zu, \"regions\": %zu, \"scorecards\": %zu, \"met\": %zu, \"missed\": %zu, "
        "\"unknown\": %zu, \"not_applicable\": %zu, \"bounds\": %zu, \"read_seconds\": %.4f, \"score_seconds\": %.4f, "
        "\"score_validating_seconds\": %.4f, \"total_seconds\": %.4f, \"store_bytes\": %zu, \"peak_kib\": %ld}\n",
        figures.size(), figures.regions().size(), cards, verdicts.met, verdicts.missed, verdicts.unknown,
        verdicts.not_applicable, bounds, seconds(read - start), seconds(scored - read),
        seconds(scored_validating - scored), seconds(scored - start), figures.bytes(), bench::peak_kib());
    return std::fflush(stdout) == 0 && std::ferror(stdout) == 0 ? 0 : 1;
}
