// The catalogue, industry above designated size (工业).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_INDUSTRY_HPP
#define DAYE_CATALOG_INDUSTRY_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 规模以上工业增加值: Value added of industrial enterprises above designated size.
inline constexpr indicator<units::yi_yuan, nominal, struct industrial_value_added_tag> industrial_value_added{{
    "industrial_value_added", "规模以上工业增加值", "Value added of industrial enterprises above designated size",
    direction::higher_is_better, domains::non_negative,
    "Value added of industrial (mining, manufacturing, and electricity, heat, gas and water supply) enterprises "
    "with annual main-business revenue of 20 million yuan or more (the threshold since 2011; 5 million before), at "
    "current prices; compiled by the statistics bureau.",
    "NBS (规模以上工业统计范围: 2011年起年主营业务收入2000万元及以上); NBS "
    "《中国统计年鉴》主要统计指标解释",
    "The set of above-size enterprises changes every year (firms cross the threshold, close or leave), so published "
    "growth cannot be recomputed from published levels. NBS publishes only the growth rate nationally. Some reports "
    "print 工业增加值 (all industry) instead: Daye's 2021 figure (293.7 亿元) is printed without 规上, so "
    "its coverage is not certain."}};

/// 规模以上工业增加值增长: Growth of value added of industrial enterprises above designated size.
inline constexpr indicator<units::percent, real, struct industrial_value_added_growth_tag> industrial_value_added_growth{{
    "industrial_value_added_growth", "规模以上工业增加值增长", "Growth of value added of industrial enterprises above designated size",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the value added of industrial (mining, manufacturing, and electricity, heat, gas and "
    "water supply) enterprises with annual main-business revenue of 20 million yuan or more (the threshold since "
    "2011; 5 million before), at comparable prices, computed on a comparable set of enterprises; compiled by the "
    "statistics bureau.",
    "NBS (规模以上工业增加值, 按可比价格计算); NBS 《中国统计年鉴》主要统计指标解释",
    "The set of above-size enterprises changes every year (firms cross the threshold, close or leave), so published "
    "growth cannot be recomputed from published levels. Printed as 规上工业增加值 in work reports."}};

/// 规模以上工业总产值: Gross industrial output value of enterprises above designated size.
inline constexpr indicator<units::yi_yuan, nominal, struct industrial_output_above_scale_tag> industrial_output_above_scale{{
    "industrial_output_above_scale", "规模以上工业总产值", "Gross industrial output value of enterprises above designated size",
    direction::higher_is_better, domains::non_negative,
    "Value at current prices of the industrial goods and industrial services produced in the year by industrial "
    "(mining, manufacturing, and electricity, heat, gas and water supply) enterprises with annual main-business "
    "revenue of 20 million yuan or more (the threshold since 2011; 5 million before); a gross measure that includes "
    "the value of intermediate inputs; compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (工业总产值)",
    "Much larger than value added because it counts intermediate inputs (Daye 2022: 1273.38 against 309.01 亿元 "
    "of value added); national releases focus on value added and revenue, counties still print it. The set of "
    "above-size enterprises changes every year (firms cross the threshold, close or leave), so published growth "
    "cannot be recomputed from published levels."}};

/// 规模以上工业总产值增长: Growth of gross industrial output value of enterprises above designated size.
inline constexpr indicator<units::percent, unstated, struct industrial_output_above_scale_growth_tag> industrial_output_above_scale_growth{{
    "industrial_output_above_scale_growth", "规模以上工业总产值增长", "Growth of gross industrial output value of enterprises above designated size",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the gross output value of industrial (mining, manufacturing, and electricity, heat, gas "
    "and water supply) enterprises with annual main-business revenue of 20 million yuan or more (the threshold "
    "since 2011; 5 million before), as printed by the county; the price basis is usually not stated.",
    "NBS 《中国统计年鉴》主要统计指标解释 (工业总产值)",
    "County releases rarely say whether this growth is at current or comparable prices: never compare it with a "
    "real rate. The set of above-size enterprises changes every year (firms cross the threshold, close or leave), "
    "so published growth cannot be recomputed from published levels."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* industry_indicators[] = {&industrial_value_added, &industrial_value_added_growth,
                                                                &industrial_output_above_scale,
                                                                &industrial_output_above_scale_growth};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
