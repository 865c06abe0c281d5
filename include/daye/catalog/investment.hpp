// The catalogue, fixed-asset investment (投资).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_INVESTMENT_HPP
#define DAYE_CATALOG_INVESTMENT_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 固定资产投资: Fixed-asset investment.
inline constexpr indicator<units::yi_yuan, nominal, struct fixed_asset_investment_tag> fixed_asset_investment{{
    "fixed_asset_investment", "固定资产投资", "Fixed-asset investment",
    direction::higher_is_better, domains::non_negative,
    "Investment in fixed assets in the region in the year, at current prices: projects with a planned total "
    "investment of 5 million yuan or more plus real-estate development investment, excluding rural households' own "
    "investment (不含农户); compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (固定资产投资; "
    "统计起点计划总投资500万元)",
    "Published growth is computed on a comparable basis (NBS revises last year's figure after statistical "
    "inspections and the reform of investment statistics), so it cannot be recomputed from published levels; many "
    "localities publish growth only."}};

/// 固定资产投资增长: Growth of fixed-asset investment.
inline constexpr indicator<units::percent, nominal, struct fixed_asset_investment_growth_tag> fixed_asset_investment_growth{{
    "fixed_asset_investment_growth", "固定资产投资增长", "Growth of fixed-asset investment",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of fixed-asset investment at current prices (projects with a planned total investment of 5 "
    "million yuan or more plus real-estate development investment, excluding rural households' own investment "
    "(不含农户)); compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (固定资产投资)",
    "Published growth is computed on a comparable basis (NBS revises last year's figure after statistical "
    "inspections and the reform of investment statistics), so it cannot be recomputed from published levels; many "
    "localities publish growth only. Nominal: investment-goods prices are not removed."}};

/// 工业投资增长: Growth of industrial investment.
inline constexpr indicator<units::percent, nominal, struct industrial_investment_growth_tag> industrial_investment_growth{{
    "industrial_investment_growth", "工业投资增长", "Growth of industrial investment",
    direction::higher_is_better, domains::growth,
    "Year-on-year change at current prices of the fixed-asset investment in industry (mining; manufacturing; "
    "production and supply of electricity, heat, gas and water), with the coverage of total fixed-asset investment; "
    "compiled by the statistics bureau.",
    "NBS 《中国统计年鉴》主要统计指标解释 (固定资产投资, 按行业分)",
    "Excludes construction, which is in the secondary industry but not in 工业. Published growth is computed on a "
    "comparable basis (NBS revises last year's figure after statistical inspections and the reform of investment "
    "statistics), so it cannot be recomputed from published levels; many localities publish growth only."}};

/// 工业技术改造投资增长: Growth of investment in industrial technical upgrading.
inline constexpr indicator<units::percent, nominal, struct technical_upgrade_investment_growth_tag> technical_upgrade_investment_growth{{
    "technical_upgrade_investment_growth", "工业技术改造投资增长", "Growth of investment in industrial technical upgrading",
    direction::higher_is_better, domains::growth,
    "Year-on-year change at current prices of investment in industrial projects whose construction type is "
    "reconstruction and technical upgrading (改建和技术改造), plus the expansion, relocation, restoration "
    "and pure-purchase industrial projects that upgrade technology; a part of industrial investment; compiled by "
    "the statistics bureau.",
    "Statistics bureau indicator explanation (工业企业技术改造项目: "
    "建设性质为改建和技术改造的全部工业投资项目及其他性质中属技术改造的项目)",
    "Printed as 技改投资. Some targets name manufacturing technical-upgrade investment (制造业技改投资), "
    "a narrower series: check which. Published growth is computed on a comparable basis (NBS revises last year's "
    "figure after statistical inspections and the reform of investment statistics), so it cannot be recomputed from "
    "published levels; many localities publish growth only."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* investment_indicators[] = {
    &fixed_asset_investment, &fixed_asset_investment_growth, &industrial_investment_growth,
    &technical_upgrade_investment_growth};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
