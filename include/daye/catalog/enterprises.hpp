// The catalogue, market entities (市场主体).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_ENTERPRISES_HPP
#define DAYE_CATALOG_ENTERPRISES_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 市场主体: Registered market entities.
inline constexpr indicator<units::market_entities, not_a_price, struct market_entities_tag> market_entities{{
    "market_entities", "市场主体", "Registered market entities",
    direction::higher_is_better, domains::non_negative,
    "Number of market entities on the market-regulation register at year-end: companies and other enterprises, "
    "farmers' specialized cooperatives, individual industrial and commercial households (个体工商户) and their "
    "branches.",
    "State Council 《市场主体登记管理条例》(2022) art. 2; State Administration for Market Regulation",
    "Counted in 户. Official usage moved to 经营主体 from 2023. A register count: dormant entities stay until "
    "deregistered. Reports also print new registrations in the year (新增市场主体), a gross flow."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* enterprises_indicators[] = {&market_entities};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
