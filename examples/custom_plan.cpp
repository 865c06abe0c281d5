// daye_custom_plan: another county's plan, written with daye's public types.
//
// 青山县 (Qingshan) is INVENTED: the county, its targets and its results are made up to
// show how a new plan is written. Its targets are phrased the way county work reports
// phrase them, with kinds Daye's 2024 plan does not use:
//   增长6%左右                         about a value (左右), ± a tolerance in percentage points
//   城镇调查失业率控制在5.5%以内        at most
//   单位地区生产总值能耗下降3%          at most, on a change (-3 %)
//   农村居民收入增速快于城镇居民        one indicator exceeds another (both nominal)
//   高于全市平均水平1个百分点           versus a benchmark supplied at evaluation
//
// The plan writes only what is its own: its indicators come from the catalogue
// (<daye/catalog/...>), except the three that are Qingshan's. It is checked by
// static_assert(check<qingshan_2025>()), which names a broken rule, what to do and where;
// the same evaluation runs at compile time (static_assert on the scorecard) and at run
// time (printed).
//
// Exit codes and output as cli.hpp says; 1 also if a verdict at run time differed from
// the one at compile time.
#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>

#include <daye/catalog/economy.hpp>
#include <daye/catalog/employment.hpp>
#include <daye/catalog/energy_environment.hpp>
#include <daye/catalog/investment.hpp>
#include <daye/catalog/land_agriculture.hpp>
#include <daye/catalog/people.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>

#include "cli.hpp"

namespace qingshan {
using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;
using c = commitment;

// Qingshan's own indicators: what the catalogue cannot know.
inline constexpr indicator<units::percent, nominal, struct city_average_investment_growth_tag>
    city_average_investment_growth{{"city_average_investment_growth", "全市固定资产投资平均增速",
                                    "city average growth of fixed-asset investment", direction::higher_is_better,
                                    domains::growth,
                                    "Average growth of fixed-asset investment over the city's counties; not the "
                                    "county's own figure, so it is supplied when the plan is evaluated."}};
inline constexpr indicator<units::yi_yuan, nominal, struct investment_in_place_tag> investment_in_place{
    {"investment_in_place", "项目投资", "investment in place in the county's projects", direction::higher_is_better,
     domains::non_negative, "Investment completed in the year in the county's listed projects (invented)."}};
inline constexpr indicator<units::yi_yuan, nominal, struct industrial_investment_tag> industrial_investment{
    {"industrial_investment", "工业投资", "industrial investment in the county's projects", direction::higher_is_better,
     domains::non_negative,
     "The industrial part of the investment in place in the county's listed projects (invented)."}};

// clang-format off
inline constexpr target main_goals[] = {
    about(gdp_growth, 6_pct, 0.5_pp)
        .committed(c::expected)
        .says("地区生产总值增长6%左右")
        .en("GDP growth of about 6 %"),
    at_most(urban_surveyed_unemployment_rate, 5.5_pct)
        .committed(c::expected)
        .says("城镇调查失业率控制在5.5%以内")
        .en("surveyed urban unemployment within 5.5 %"),
    at_most(energy_intensity_change, -3_pct)
        .committed(c::binding)
        .says("单位地区生产总值能耗下降3%")
        .en("energy use per unit of GDP down 3 %"),
    exceeds(rural_resident_income_growth, than(urban_resident_income_growth))
        .named("rural_income_faster")
        .committed(c::expected)
        .says("农村居民收入增速快于城镇居民")
        .en("rural incomes grow faster than urban incomes"),
    versus_benchmark(fixed_asset_investment_growth, benchmark(city_average_investment_growth), 1_pp)
        .named("investment_above_city")
        .committed(c::strive)
        .says("力争固定资产投资增速高于全市平均水平1个百分点")
        .en("fixed-asset investment growth 1 point above the city average"),
};

inline constexpr target projects[] = {
    at_least(investment_in_place, 120_yi)
        .committed(c::ensure)
        .says("确保完成项目投资120亿元")
        .en("investment in place"),
    of_which(industrial_investment, 60_yi, part_of(investment_in_place))
        .committed(c::ensure)
        .says("其中工业投资60亿元")
        .en("of which industrial investment"),
    milestone("county_hospital", date{2025, 10, 31})
        .says("县人民医院新院区10月底前投入使用")
        .en("new campus of the county hospital in use by the end of October"),
    measure("village_roads")
        .says("推进“四好农村路”建设")
        .en("\"four good\" rural roads"),
};

inline constexpr target farmland[] = {
    red_line(cultivated_land, 412000_mu)
        .named("cultivated_land_red_line")
        .says("守住41.2万亩耕地保有量")
        .en("cultivated land of at least 412,000 mu"),
    red_line(permanent_basic_farmland, 350000_mu, part_of(cultivated_land, "cultivated_land_red_line"))
        .named("basic_farmland_red_line")
        .says("35万亩永久基本农田")
        .en("permanent basic farmland of at least 350,000 mu"),
};
// clang-format on

inline constexpr group key_tasks[] = {
    {1, "projects", "抓项目扩投资", "Projects and investment", projects},
    {2, "farmland", "守牢耕地红线", "Hold the farmland red lines", farmland},
};

inline constexpr plan qingshan_2025{
    "qingshan_2025",
    "qingshan",
    "青山县",
    "Qingshan, an invented county",
    2025,
    date{2025, 1, 8},
    group{0, "main_goals", "主要预期目标", "Main projected targets", main_goals},
    key_tasks,
};
static_assert(check<qingshan_2025>());

// What Qingshan reported for 2025 (invented), and the city average the evaluator supplies.
inline constexpr observation reported_2025[] = {
    observed(gdp_growth, 2025, 6.8_pct),
    observed(urban_surveyed_unemployment_rate, 2025, 5.1_pct),
    observed(energy_intensity_change, 2025, -2.6_pct),
    observed(rural_resident_income_growth, 2025, 6.9_pct),
    observed(urban_resident_income_growth, 2025, 5.4_pct),
    observed(fixed_asset_investment_growth, 2025, 6.0_pct),
    observed(investment_in_place, 2025, 126.5_yi),
    observed(industrial_investment, 2025, 582000_wan),  // 58.2 亿元, converted exactly
    observed("county_hospital", 2025, date{2025, 9, 28}),
    observed("village_roads", 2025, measure_status::under_way),
    observed(cultivated_land, 2025, 412310_mu),
    observed(permanent_basic_farmland, 2025, 350020_mu),
};
inline constexpr observation city_average[] = {observed(city_average_investment_growth, 2025, 5.2_pct)};
inline constexpr evaluation_options with_city_average{city_average, {}, 0, {}};

// At compile time: 6.8 % is above the 6 % ± 0.5 band, which is met; 6.0 % is only
// 0.8 points above the city's 5.2 %, short of the 1 point asked.
inline constexpr auto card = score(qingshan_2025, reported_2025, with_city_average).value();
static_assert(card.at("gdp_growth").value()->result.why() == finding::above_band);
static_assert(card.at("investment_above_city").value()->result.outcome() == verdict::missed);
static_assert(card.at("energy_intensity_change").value()->result.outcome() == verdict::missed);  // -2.6 is not -3
static_assert(card.at("rural_income_faster").value()->result.outcome() == verdict::met);
static_assert(card.at("industrial_investment").value()->result.outcome() == verdict::missed);
static_assert(!card.vetoed() && card.complete() && card.unread_count() == 0);
}  // namespace qingshan

namespace {
const cli::program custom_plan{
    "daye_custom_plan",
    "Prints the scorecard of Qingshan's 2025 plan (an invented county) against its invented\n"
    "results, evaluated at run time and checked against the compile-time evaluation.",
    {}};

std::string answer(const cli::arguments& /*unused: no options but --help*/) {
    // At run time: the same evaluation, and the same verdicts as at compile time.
    const auto card =
        daye::score(qingshan::qingshan_2025, qingshan::reported_2025, qingshan::with_city_average).value();
    const auto as_at_compile_time = [](const daye::scored_entry& e) {
        return e.result.outcome() == qingshan::card.at(e.entry->id()).value()->result.outcome();
    };
    if (!std::all_of(card.results().begin(), card.results().end(), as_at_compile_time))
        throw std::logic_error("a verdict at run time differs from the one at compile time");
    std::ostringstream out;
    daye::write_text(out, qingshan::qingshan_2025, card);
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(custom_plan, argc, argv, answer); }
