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
// and a third group states one target of every other condition and role of daye's table
// of words (daye/words.hpp): strict words (超过, 低于, 高于全市平均), a ceiling band (CPI 3%
// 左右), the previous period (继续下降, 不低于上年, 稳步提高, 保持稳定, 基本稳定), a base year
// (翻一番), several years (年均, 累计), a bound from above (省定, 市下达), a tier (确保…力争…), a compound entry, and a
// binding ceiling under the one-vote veto.
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

#include <daye/catalog.hpp>
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

inline constexpr indicator<units::percent, real, struct provincial_energy_ceiling_tag> provincial_energy_ceiling{
    {"provincial_energy_ceiling", "省定能耗强度控制目标", "the province's ceiling on the change in energy intensity",
     direction::lower_is_better, domains::growth,
     "The change in energy use per unit of GDP the province assigns to the county (invented); supplied at "
     "evaluation."}};
inline constexpr indicator<units::persons, not_a_price, struct city_jobs_quota_tag> city_jobs_quota{
    {"city_jobs_quota", "市下达城镇新增就业目标", "the city's quota of new urban jobs", direction::higher_is_better,
     domains::non_negative, "New urban jobs the city assigns to the county (invented); supplied at evaluation."}};
inline constexpr indicator<units::persons, not_a_price, struct work_safety_deaths_tag> work_safety_deaths{
    {"work_safety_deaths", "生产安全事故死亡人数", "deaths in work-safety accidents", direction::lower_is_better,
     domains::non_negative, "Deaths in production-safety accidents in the year (invented)."}};

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

// The second condition of one commitment: 继续下降且低于35微克/立方米.
inline constexpr target pm25_below_35[] = {less_than(pm25_concentration, 35_ug_per_m3)};

inline constexpr target every_word[] = {
    more_than(retail_sales, 150_yi)
        .says("社会消费品零售总额超过150亿元")
        .en("retail sales above 150 亿元, strictly"),
    about(cpi_change, 3_pct, 0.5_pp)
        .committed(c::expected)
        .says("居民消费价格涨幅3%左右")
        .en("consumer prices up about 3 %: a ceiling, since lower is better"),
    keeps_pace(resident_income_growth_real, with(gdp_growth))
        .named("income_in_step")
        .says("居民收入增长与经济增长同步")
        .en("real income growth in step with real GDP growth"),
    beats_benchmark(fixed_asset_investment_growth, benchmark(city_average_investment_growth))
        .named("investment_beats_city")
        .says("固定资产投资增速高于全市平均水平")
        .en("fixed-asset investment growth above the city average, strictly"),
    versus_previous(pm25_concentration, relation::less_than)
        .together_with(pm25_below_35)
        .named("pm25_falls_below_35")
        .says("PM2.5平均浓度继续下降且低于35微克/立方米")
        .en("PM2.5 falls further and below 35 μg/m³: one commitment, two conditions"),
    versus_previous(grain_output, relation::at_least)
        .says("粮食产量不低于上年")
        .en("grain output at least last year's"),
    versus_previous(urbanization_rate, relation::more_than)
        .says("城镇化率稳步提高")
        .en("urbanization rate higher than last year's"),
    stable(urban_registered_unemployment_rate)
        .says("城镇登记失业率保持稳定")
        .en("registered unemployment stable: no band stated, 0.5 point assumed"),
    stable(grain_sown_area, 0.5_wan_mu)
        .says("粮食播种面积基本稳定在20万亩以上")
        .en("grain sown area stable within 5,000 mu of last year"),
    doubles(gdp_level, 2020)
        .named("gdp_doubled")
        .says("地区生产总值比2020年翻一番")
        .en("GDP twice its 2020 level"),
    average_annual(gdp_growth, 6_pct, 2020)
        .named("gdp_growth_average")
        .says("“十四五”期间地区生产总值年均增长6%")
        .en("GDP growth of 6 % a year on average over 2021-2025, each year's rate chained"),
    cumulative(fixed_asset_investment, 1000_yi, 2021)
        .says("五年累计完成固定资产投资1000亿元")
        .en("fixed-asset investment of 1000 亿元 in total over 2021-2025"),
    level(gdp_level, 480_yi)
        .named("gdp_level_480")
        .committed(c::sprint)
        .says("冲刺地区生产总值480亿元")
        .en("GDP of 480 亿元, a sprint"),
    within_ceiling(energy_intensity_change, ceiling(provincial_energy_ceiling))
        .named("energy_within_province")
        .committed(c::binding)
        .says("能耗强度控制在省定目标以内")
        .en("energy intensity within the province's ceiling"),
    at_least_assigned(new_urban_jobs, quota(city_jobs_quota))
        .committed(c::complete)
        .says("完成市下达的城镇新增就业目标任务")
        .en("new urban jobs: the city's quota"),
    at_least(local_budget_revenue_growth, 6_pct)
        .committed(c::ensure)
        .stretch_to(8_pct, c::strive)
        .says("地方一般公共预算收入确保增长6%、力争增长8%")
        .en("local budget revenue up 6 % for sure, 8 % hoped for"),
    at_most(work_safety_deaths, 3_persons)
        .under_veto()
        .says("守住安全生产底线,生产安全事故死亡人数控制在3人以内")
        .en("work-safety deaths at most 3: a binding ceiling under the one-vote veto"),
    rank_at_most(county_rank, 80_th)
        .named("top80_sprint")
        .committed(c::sprint)
        .says("冲刺全国县域经济百强第80位")
        .en("80th place in the national top 100 counties"),
    rank_improves(county_rank)
        .named("rank_advance")
        .says("推进百强再进位")
        .en("a better place than last year"),
};
// clang-format on

inline constexpr group key_tasks[] = {
    {1, "projects", "抓项目扩投资", "Projects and investment", projects},
    {2, "farmland", "守牢耕地红线", "Hold the farmland red lines", farmland},
    {3, "every_word", "其他目标", "Every other word of a plan (invented, one target each)", every_word},
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
    observed(retail_sales, 2025, 150_yi),
    observed(cpi_change, 2025, 0.4_pct),
    observed(resident_income_growth_real, 2025, 7.0_pct),
    observed(pm25_concentration, 2024, 36_ug_per_m3),
    observed(pm25_concentration, 2025, 33_ug_per_m3),
    observed(grain_output, 2024, 12.30_wan_tonnes),
    observed(grain_output, 2025, 12.31_wan_tonnes),
    observed(urbanization_rate, 2024, 58.2_pct),
    observed(urbanization_rate, 2025, 58.2_pct),
    observed(urban_registered_unemployment_rate, 2024, 3.0_pct),
    observed(urban_registered_unemployment_rate, 2025, 3.3_pct),
    observed(grain_sown_area, 2024, 20.5_wan_mu),
    observed(grain_sown_area, 2025, 20.1_wan_mu),
    observed(gdp_level, 2020, 230_yi),
    observed(gdp_growth, 2021, 7.0_pct),
    observed(gdp_growth, 2022, 5.5_pct),
    observed(gdp_growth, 2023, 5.8_pct),
    observed(gdp_growth, 2024, 5.9_pct),
    observed(fixed_asset_investment, 2021, 180_yi),
    observed(fixed_asset_investment, 2022, 195_yi),
    observed(fixed_asset_investment, 2023, 200_yi),
    observed(fixed_asset_investment, 2024, 210_yi),
    observed(fixed_asset_investment, 2025, 214.5_yi),
    observed(gdp_level, 2025, 470.2_yi),
    observed(new_urban_jobs, 2025, 5200_persons),
    observed(local_budget_revenue_growth, 2025, 7.1_pct),
    observed(work_safety_deaths, 2025, 2_persons),
    observed(county_rank, 2024, 88_th),
    observed(county_rank, 2025, 85_th),
};
// What the evaluator supplies: bounds from outside the plan.
inline constexpr observation city_average[] = {
    observed(city_average_investment_growth, 2025, 5.2_pct),
    observed(provincial_energy_ceiling, 2025, -2.5_pct),
    observed(city_jobs_quota, 2025, 5000_persons),
};
inline constexpr evaluation_options with_city_average{city_average, {}, 0, {}};

// At compile time: 6.8 % is above the 6 % ± 0.5 band, which is met; 6.0 % is only
// 0.8 points above the city's 5.2 %, short of the 1 point asked.
inline constexpr auto card = score(qingshan_2025, reported_2025, with_city_average).value();
static_assert(card.at("gdp_growth").value()->result.why() == finding::above_band);
static_assert(card.at("investment_above_city").value()->result.outcome() == verdict::missed);
static_assert(card.at("energy_intensity_change").value()->result.outcome() == verdict::missed);  // -2.6 is not -3
static_assert(card.at("rural_income_faster").value()->result.outcome() == verdict::met);
static_assert(card.at("industrial_investment").value()->result.outcome() == verdict::missed);
// The third group: 150 亿元 is not above 150 (超过 is strict); CPI at 0.4 % is below its
// band, the better side; the urbanization rate did not rise; GDP is twice 2020's 230 but
// not 480; revenue met its 确保 floor, not its 力争 stretch; the compound PM2.5 entry holds
// both its conditions and is tallied once.
constexpr verdict verdict_of(std::string_view id) { return card.at(id).value()->result.outcome(); }
static_assert(verdict_of("retail_sales") == verdict::missed);
static_assert(card.at("retail_sales").value()->result.why() == finding::not_above);
static_assert(verdict_of("cpi_change") == verdict::met);
static_assert(card.at("cpi_change").value()->result.why() == finding::below_band);
static_assert(verdict_of("urbanization_rate") == verdict::missed);
static_assert(verdict_of("gdp_doubled") == verdict::met && verdict_of("gdp_level_480") == verdict::missed);
static_assert(verdict_of("local_budget_revenue_growth") == verdict::met);
static_assert(!*card.at("local_budget_revenue_growth").value()->result.reached_stretch());
static_assert(verdict_of("pm25_falls_below_35") == verdict::met);
static_assert(card.at("pm25_falls_below_35").value()->result.conditions() == 2);
static_assert(verdict_of("work_safety_deaths") == verdict::met);
// 7.0, 5.5, 5.8, 5.9 and 6.8 % chain to 1.35079… above 1.06^5 = 1.33822…: met.
static_assert(verdict_of("gdp_growth_average") == verdict::met);
static_assert(verdict_of("fixed_asset_investment") == verdict::missed);  // 999.5 亿元 in five years
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
