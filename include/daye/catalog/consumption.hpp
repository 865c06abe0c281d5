// The catalogue, consumption (消费).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_CONSUMPTION_HPP
#define DAYE_CATALOG_CONSUMPTION_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 社会消费品零售总额: Total retail sales of consumer goods.
inline constexpr indicator<units::yi_yuan, nominal, struct retail_sales_tag> retail_sales{{
    "retail_sales", "社会消费品零售总额", "Total retail sales of consumer goods",
    direction::higher_is_better, domains::non_negative,
    "Value of physical goods sold by enterprises, units and individual businesses to individuals and social groups "
    "for non-productive, non-business use, plus revenue from catering services, at current prices; compiled by the "
    "statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (社会消费品零售总额)",
    "Goods and catering only: most services (transport, housing, education, health) are not in it. Levels are "
    "revised; growth is published on a comparable basis."}};

/// 社会消费品零售总额增长: Growth of total retail sales of consumer goods.
inline constexpr indicator<units::percent, nominal, struct retail_sales_growth_tag> retail_sales_growth{{
    "retail_sales_growth", "社会消费品零售总额增长", "Growth of total retail sales of consumer goods",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of total retail sales of consumer goods at current prices; compiled by the statistics "
    "bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (社会消费品零售总额)",
    "Nominal: retail prices are not removed (NBS sometimes also gives a real rate 扣除价格因素; say which). "
    "Not recomputable from published levels."}};

/// 限额以上单位消费品零售额: Retail sales of consumer goods by units above designated size.
inline constexpr indicator<units::yi_yuan, nominal, struct retail_sales_above_quota_tag> retail_sales_above_quota{{
    "retail_sales_above_quota", "限额以上单位消费品零售额", "Retail sales of consumer goods by units above designated size",
    direction::higher_is_better, domains::non_negative,
    "Retail sales of consumer goods (including catering revenue) by units above the quota: wholesale units with "
    "annual main-business revenue of 20 million yuan or more, retail units of 5 million yuan or more, and "
    "accommodation and catering units of 2 million yuan or more; surveyed in full, at current prices; compiled by "
    "the statistics bureau.",
    "NBS 统计上规模(限额)以上单位标准 "
    "(批发业2000万元、零售业500万元、住宿和餐饮业200万元年主营业务收入)",
    "Printed as 限上社零 or 限额以上消费品零售额. Units below the quota are covered by sample "
    "surveys, so the above-quota part is the firmer figure; the set of units changes every year, so growth cannot "
    "be recomputed from levels."}};

/// 限额以上单位消费品零售额增长: Growth of retail sales of consumer goods by units above designated size.
inline constexpr indicator<units::percent, nominal, struct retail_sales_above_quota_growth_tag> retail_sales_above_quota_growth{{
    "retail_sales_above_quota_growth", "限额以上单位消费品零售额增长", "Growth of retail sales of consumer goods by units above designated size",
    direction::higher_is_better, domains::growth,
    "Year-on-year change at current prices of the retail sales of consumer goods by wholesale units with annual "
    "main-business revenue of 20 million yuan or more, retail units of 5 million yuan or more, and accommodation "
    "and catering units of 2 million yuan or more; compiled by the statistics bureau on this year's set of units.",
    "NBS 统计上规模(限额)以上单位标准",
    "The set of above-quota units changes every year: not recomputable from published levels."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* consumption_indicators[] = {
    &retail_sales, &retail_sales_growth, &retail_sales_above_quota, &retail_sales_above_quota_growth};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
