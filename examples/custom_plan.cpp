// daye_custom_plan: another county's plan, written with daye's public types only.
//
// 青山县 (Qingshan) is invented, but its 2025 targets are phrased the way county work
// reports phrase them, with kinds Daye's 2024 plan does not use:
//   增长6%左右                         about a value (左右), ± a tolerance
//   城镇调查失业率控制在5.5%以内        at most
//   单位地区生产总值能耗下降3%          at most, on a change (-3 %)
//   农村居民收入增速快于城镇居民        one indicator exceeds another
//   高于全市平均水平1个百分点           versus a benchmark supplied at evaluation
// The plan is checked by static_assert, and the same evaluation runs at compile time
// (static_assert on the scorecard) and at run time (printed).
#include <iostream>

#include <daye/daye.hpp>
#include <daye/io.hpp>

namespace qingshan {
using namespace daye;
using namespace daye::literals;
using c = commitment;

inline constexpr indicator indicators[] = {
    {"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"},
    {"urban_unemployment", &units::percent, price_basis::none, "城镇调查失业率", "surveyed urban unemployment"},
    {"energy_intensity_change", &units::percent, price_basis::none, "单位地区生产总值能耗变化",
     "change of energy use per unit of GDP"},
    {"rural_income_growth", &units::percent, price_basis::nominal, "农村居民人均可支配收入增长",
     "growth of rural disposable income per person"},
    {"urban_income_growth", &units::percent, price_basis::nominal, "城镇居民人均可支配收入增长",
     "growth of urban disposable income per person"},
    {"fixed_asset_investment_growth", &units::percent, price_basis::nominal, "固定资产投资增长",
     "growth of fixed-asset investment"},
    // Not the county's own figure: the city's average, supplied when the plan is evaluated.
    {"city_average_investment_growth", &units::percent, price_basis::nominal, "全市固定资产投资平均增速",
     "city average growth of fixed-asset investment"},
    {"cultivated_land", &units::mu, price_basis::none, "耕地保有量", "cultivated land"},
    {"permanent_basic_farmland", &units::mu, price_basis::none, "永久基本农田", "permanent basic farmland"},
};

// clang-format off
inline constexpr target main_goals[] = {
    about("gdp_growth", 6_pct, 0.5_pct)
        .committed(c::expected)
        .says("地区生产总值增长6%左右")
        .en("GDP growth of about 6 %"),
    at_most("urban_unemployment", 5.5_pct)
        .committed(c::expected)
        .says("城镇调查失业率控制在5.5%以内")
        .en("surveyed urban unemployment within 5.5 %"),
    at_most("energy_intensity_change", -3_pct)
        .committed(c::binding)
        .says("单位地区生产总值能耗下降3%")
        .en("energy use per unit of GDP down 3 %"),
    exceeds("rural_income_faster", "rural_income_growth", "urban_income_growth", units::percent)
        .committed(c::expected)
        .says("农村居民收入增速快于城镇居民")
        .en("rural incomes grow faster than urban incomes"),
    versus_benchmark("investment_above_city", "city_average_investment_growth", 1_pct)
        .reads("fixed_asset_investment_growth")
        .committed(c::strive)
        .says("力争固定资产投资增速高于全市平均水平1个百分点")
        .en("fixed-asset investment growth 1 point above the city average"),
};

inline constexpr target projects[] = {
    at_least("investment_in_place", 120_yi)
        .committed(c::ensure)
        .says("确保完成项目投资120亿元")
        .en("investment in place"),
    of_which("industrial_investment", 60_yi, "investment_in_place")
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
    red_line("cultivated_land_red_line", 412000_mu)
        .reads("cultivated_land")
        .says("守住41.2万亩耕地保有量")
        .en("cultivated land of at least 412,000 mu"),
    red_line("basic_farmland_red_line", 350000_mu)
        .reads("permanent_basic_farmland")
        .part_of("cultivated_land_red_line", "cultivated_land")
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
    "青山县",
    "Qingshan, an invented county",
    2025,
    date{2025, 1, 8},
    indicators,
    group{0, "main_goals", "主要预期目标", "Main expected goals", main_goals},
    key_tasks,
};
static_assert(check(qingshan_2025), "the Qingshan plan breaks a rule of plan validation");

// What Qingshan reported for 2025 (invented), and the city average the evaluator supplies.
inline constexpr observation reported_2025[] = {
    observed("gdp_growth", 2025, 6.8_pct),
    observed("urban_unemployment", 2025, 5.1_pct),
    observed("energy_intensity_change", 2025, -2.6_pct),
    observed("rural_income_growth", 2025, 6.9_pct),
    observed("urban_income_growth", 2025, 5.4_pct),
    observed("fixed_asset_investment_growth", 2025, 6.0_pct),
    observed("investment_in_place", 2025, 126.5_yi),
    observed("industrial_investment", 2025, 58.2_yi),
    observed("county_hospital", 2025, date{2025, 9, 28}),
    observed("village_roads", 2025, measure_status::under_way),
    observed("cultivated_land", 2025, 412310_mu),
    observed("permanent_basic_farmland", 2025, 350020_mu),
};
inline constexpr observation city_average[] = {observed("city_average_investment_growth", 2025, 5.2_pct)};
inline constexpr evaluation_options with_city_average{city_average, {}, 0};

// At compile time: 6.8 % is above the 6 % ± 0.5 band, which is met; 6.0 % is only
// 0.8 points above the city's 5.2 %, short of the 1 point asked.
inline constexpr auto card = score(qingshan_2025, reported_2025, with_city_average).value();
static_assert(card.find("gdp_growth")->result.why == finding::above_band);
static_assert(card.find("investment_above_city")->result.outcome == verdict::missed);
static_assert(card.find("energy_intensity_change")->result.outcome == verdict::missed);  // -2.6 is not -3
static_assert(card.find("rural_income_faster")->result.outcome == verdict::met);
static_assert(card.find("industrial_investment")->result.outcome == verdict::missed);
static_assert(!card.vetoed() && card.complete());
}  // namespace qingshan

int main() {
    // At run time: the same evaluation, and the same verdicts as at compile time.
    const auto card =
        daye::score(qingshan::qingshan_2025, qingshan::reported_2025, qingshan::with_city_average).value();
    for (const daye::scored_entry& e : card.results())
        if (e.result.outcome != qingshan::card.find(e.entry->id)->result.outcome) return 1;
    daye::write_text(std::cout, qingshan::qingshan_2025, card);
    return std::cout.good() ? 0 : 1;
}
