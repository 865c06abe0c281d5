// The catalogue, foreign trade and foreign investment (外贸与外资).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_TRADE_HPP
#define DAYE_CATALOG_TRADE_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 外贸出口: Exports.
inline constexpr indicator<units::yi_yuan, nominal, struct exports_tag> exports{{
    "exports", "外贸出口", "Exports",
    direction::higher_is_better, domains::non_negative,
    "Value of goods exported in the year, valued free on board (FOB), from customs statistics (General "
    "Administration of Customs), attributed to the county by the location of the trading enterprise (some "
    "localities use the domestic origin or destination of the goods).",
    "NBS 《中国统计年鉴》主要统计指标解释 (进出口总额: 出口按离岸价格); General "
    "Administration of Customs",
    "Statistical bulletins print 出口总额 or 货物出口. Reported in yuan or in US dollars: growth in the two "
    "currencies differs by the exchange-rate change. Goods only, not services."}};

/// 外贸出口增长: Growth of exports.
inline constexpr indicator<units::percent, nominal, struct export_growth_tag> export_growth{{
    "export_growth", "外贸出口增长", "Growth of exports",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the value of goods exported (customs statistics) at current prices, in the currency the "
    "report uses.",
    "General Administration of Customs",
    "Reported in yuan or in US dollars: growth in the two currencies differs by the exchange-rate change. Goods "
    "only, not services."}};

/// 外贸进口: Imports.
inline constexpr indicator<units::yi_yuan, nominal, struct imports_tag> imports{{
    "imports", "外贸进口", "Imports",
    direction::higher_is_better, domains::non_negative,
    "Value of goods imported in the year, valued cost, insurance and freight (CIF), from customs statistics "
    "(General Administration of Customs), attributed to the county by the location of the trading enterprise (some "
    "localities use the domestic origin or destination of the goods).",
    "NBS 《中国统计年鉴》主要统计指标解释 (进出口总额: 进口按到岸价格); General "
    "Administration of Customs",
    "Direction 'higher' follows the plans, which set trade targets as floors. Reported in yuan or in US dollars: "
    "growth in the two currencies differs by the exchange-rate change. Goods only, not services."}};

/// 外贸进出口总额: Total value of imports and exports.
inline constexpr indicator<units::yi_yuan, nominal, struct total_trade_tag> total_trade{{
    "total_trade", "外贸进出口总额", "Total value of imports and exports",
    direction::higher_is_better, domains::non_negative,
    "Exports (FOB) plus imports (CIF) of goods in the year, from customs statistics (General Administration of "
    "Customs), attributed to the county by the location of the trading enterprise (some localities use the domestic "
    "origin or destination of the goods).",
    "NBS 《中国统计年鉴》主要统计指标解释 (进出口总额)",
    "Reported in yuan or in US dollars: growth in the two currencies differs by the exchange-rate change. Goods "
    "only, not services."}};

/// 外贸进出口总额增长: Growth of total imports and exports.
inline constexpr indicator<units::percent, nominal, struct total_trade_growth_tag> total_trade_growth{{
    "total_trade_growth", "外贸进出口总额增长", "Growth of total imports and exports",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the value of goods exported plus imported (customs statistics), at current prices, in "
    "the currency the report uses.",
    "General Administration of Customs",
    "Reported in yuan or in US dollars: growth in the two currencies differs by the exchange-rate change. Goods "
    "only, not services."}};

/// 实际使用外资: Foreign direct investment actually used.
inline constexpr indicator<units::wan_usd, nominal, struct fdi_actually_used_tag> fdi_actually_used{{
    "fdi_actually_used", "实际使用外资", "Foreign direct investment actually used",
    direction::higher_is_better, domains::non_negative,
    "Foreign direct investment actually paid in during the year by foreign (including Hong Kong, Macao and Taiwan) "
    "investors to enterprises in the region, as recorded by the commerce department under the Ministry of "
    "Commerce's foreign-investment statistics.",
    "Ministry of Commerce 外商投资统计调查制度; NBS 《中国统计年鉴》主要统计指标解释 "
    "(外商直接投资)",
    "Counties mostly print 万美元; MOFCOM also publishes yuan figures. Since May 2022 national figures include "
    "banking, securities and insurance (growth then on a comparable basis). Not the same as 实际到位资金, the "
    "funds in place from outside investors, which are mostly domestic."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* trade_indicators[] = {&exports,     &export_growth,      &imports,
                                                             &total_trade, &total_trade_growth, &fdi_actually_used};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
