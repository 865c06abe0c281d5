// The catalogue, prices (价格).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_PRICES_HPP
#define DAYE_CATALOG_PRICES_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 居民消费价格涨幅: Increase in consumer prices (CPI).
inline constexpr indicator<units::percent, not_a_price, struct cpi_change_tag> cpi_change{{
    "cpi_change", "居民消费价格涨幅", "Increase in consumer prices (CPI)",
    direction::lower_is_better, domains::growth,
    "Year-on-year change of the consumer price index (annual average, previous year = 100, minus 100), compiled by "
    "NBS survey offices from the prices of a representative basket of consumer goods and services in sampled cities "
    "and counties.",
    "NBS 《中国统计年鉴》主要统计指标解释 (居民消费价格指数)",
    "Basis none: the CPI is itself a price measure. 'Lower' only because targets are ceilings (national "
    "'3%左右'); deflation is not better. County CPI is rarely published: county plans usually restate the "
    "national or provincial ceiling."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* prices_indicators[] = {&cpi_change};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
