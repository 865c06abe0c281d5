// The catalogue, output: gross regional product and the three sectors (经济总量).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_ECONOMY_HPP
#define DAYE_CATALOG_ECONOMY_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 地区生产总值: Gross regional product (GRP).
inline constexpr indicator<units::yi_yuan, nominal, struct gdp_level_tag> gdp_level{{
    "gdp_level", "地区生产总值", "Gross regional product (GRP)",
    direction::higher_is_better, domains::non_negative,
    "Value added of all resident producer units of the region in the year (the sum of the three sectors' value "
    "added), at current prices; compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (地区生产总值)",
    "A work report's figure for the past year is preliminary (the report is delivered before final data); levels "
    "are revised in the next yearbook and after each economic census. Target and outcome must use the same "
    "territorial basis (e.g. 全域口径)."}};

/// 地区生产总值增长: Growth of gross regional product.
inline constexpr indicator<units::percent, real, struct gdp_growth_tag> gdp_growth{{
    "gdp_growth", "地区生产总值增长", "Growth of gross regional product",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of gross regional product at comparable prices: volume growth, with the change in the "
    "prices of output removed (implicit deflators, not the CPI); compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (地区生产总值, 按可比价格计算)",
    "Cannot be recomputed from the published levels, which are at current prices: nominal growth differs from real "
    "growth by the change of the GDP deflator, which was negative for China in 2023-24 (Daye's level went from "
    "860.79 亿元 in 2022 to 930.71 亿元 in 2024, +8.1 % in two years, while real growth was reported at 7.5 % "
    "for the first three quarters of 2023 and 8 % for 2024)."}};

/// 人均地区生产总值: Per capita gross regional product.
inline constexpr indicator<units::yuan_per_person, nominal, struct gdp_per_capita_tag> gdp_per_capita{{
    "gdp_per_capita", "人均地区生产总值", "Per capita gross regional product",
    direction::higher_is_better, domains::non_negative,
    "Gross regional product at current prices divided by the year's average resident population (常住人口, mean "
    "of the start and end of the year); compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (人均地区生产总值)",
    "Divides by resident, not registered (户籍), population. Its growth is sometimes printed at comparable "
    "prices: say which."}};

/// 第一产业增加值: Value added of the primary industry.
inline constexpr indicator<units::yi_yuan, nominal, struct primary_industry_value_added_tag> primary_industry_value_added{{
    "primary_industry_value_added", "第一产业增加值", "Value added of the primary industry",
    direction::higher_is_better, domains::non_negative,
    "Value added of agriculture, forestry, animal husbandry and fishery, excluding their support service "
    "activities, in the region in the year, at current prices; compiled by the statistics bureau.",
    "NBS 《三次产业划分规定》(2012, revised 2018); NBS 《中国统计年鉴》主要统计指标解释",
    "The three sectors' value added sum to gross regional product; levels are revised like GDP."}};

/// 第一产业增加值增长: Growth of value added of the primary industry.
inline constexpr indicator<units::percent, real, struct primary_industry_value_added_growth_tag> primary_industry_value_added_growth{{
    "primary_industry_value_added_growth", "第一产业增加值增长", "Growth of value added of the primary industry",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the primary industry's value added at comparable prices (volume growth); compiled by "
    "the statistics bureau.",
    "NBS 《三次产业划分规定》(2012, revised 2018); NBS 《中国统计年鉴》主要统计指标解释",
    "Real, like GDP growth: not recomputable from the current-price levels."}};

/// 第二产业增加值: Value added of the secondary industry.
inline constexpr indicator<units::yi_yuan, nominal, struct secondary_industry_value_added_tag> secondary_industry_value_added{{
    "secondary_industry_value_added", "第二产业增加值", "Value added of the secondary industry",
    direction::higher_is_better, domains::non_negative,
    "Value added of mining (excluding mining support activities), manufacturing (excluding repair of metal "
    "products, machinery and equipment), production and supply of electricity, heat, gas and water, and "
    "construction, in the region in the year, at current prices; compiled by the statistics bureau.",
    "NBS 《三次产业划分规定》(2012, revised 2018); NBS 《中国统计年鉴》主要统计指标解释",
    "The three sectors' value added sum to gross regional product; levels are revised like GDP."}};

/// 第二产业增加值增长: Growth of value added of the secondary industry.
inline constexpr indicator<units::percent, real, struct secondary_industry_value_added_growth_tag> secondary_industry_value_added_growth{{
    "secondary_industry_value_added_growth", "第二产业增加值增长", "Growth of value added of the secondary industry",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the secondary industry's value added at comparable prices (volume growth); compiled by "
    "the statistics bureau.",
    "NBS 《三次产业划分规定》(2012, revised 2018); NBS 《中国统计年鉴》主要统计指标解释",
    "Real, like GDP growth: not recomputable from the current-price levels."}};

/// 第三产业增加值: Value added of the tertiary industry.
inline constexpr indicator<units::yi_yuan, nominal, struct tertiary_industry_value_added_tag> tertiary_industry_value_added{{
    "tertiary_industry_value_added", "第三产业增加值", "Value added of the tertiary industry",
    direction::higher_is_better, domains::non_negative,
    "Value added of all activities outside the primary and secondary industries, i.e. the services (including the "
    "support and repair activities excluded above), in the region in the year, at current prices; compiled by the "
    "statistics bureau.",
    "NBS 《三次产业划分规定》(2012, revised 2018); NBS 《中国统计年鉴》主要统计指标解释",
    "The three sectors' value added sum to gross regional product; levels are revised like GDP."}};

/// 第三产业增加值增长: Growth of value added of the tertiary industry.
inline constexpr indicator<units::percent, real, struct tertiary_industry_value_added_growth_tag> tertiary_industry_value_added_growth{{
    "tertiary_industry_value_added_growth", "第三产业增加值增长", "Growth of value added of the tertiary industry",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the tertiary industry's value added at comparable prices (volume growth); compiled by "
    "the statistics bureau.",
    "NBS 《三次产业划分规定》(2012, revised 2018); NBS 《中国统计年鉴》主要统计指标解释",
    "Real, like GDP growth: not recomputable from the current-price levels."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* economy_indicators[] = {&gdp_level,
                                                               &gdp_growth,
                                                               &gdp_per_capita,
                                                               &primary_industry_value_added,
                                                               &primary_industry_value_added_growth,
                                                               &secondary_industry_value_added,
                                                               &secondary_industry_value_added_growth,
                                                               &tertiary_industry_value_added,
                                                               &tertiary_industry_value_added_growth};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
