// The catalogue, public finance (财政).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_FISCAL_HPP
#define DAYE_CATALOG_FISCAL_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 财政总收入: Total fiscal revenue.
inline constexpr indicator<units::yi_yuan, nominal, struct fiscal_revenue_tag> fiscal_revenue{{
    "fiscal_revenue", "财政总收入", "Total fiscal revenue",
    direction::higher_is_better, domains::non_negative,
    "A local aggregate, not a national statistical standard: the locality's general public budget revenue plus the "
    "revenue collected in its territory and remitted to higher levels (上划中央收入, and 上划省级收入 "
    "where the province takes a share); reported by the finance bureau.",
    "County budget-execution reports (财政总收入 = 地方一般公共预算收入 + 上划中央收入 + "
    "上划省级收入); unverified as a national definition",
    "Composition varies by province, so compare it only within one locality. It measures revenue raised in the "
    "territory, not what the county can spend (most of the remitted part does not come back as such)."}};

/// 财政总收入增长: Growth of total fiscal revenue.
inline constexpr indicator<units::percent, nominal, struct fiscal_revenue_growth_tag> fiscal_revenue_growth{{
    "fiscal_revenue_growth", "财政总收入增长", "Growth of total fiscal revenue",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of total fiscal revenue (general public budget revenue plus revenue remitted to higher "
    "levels), at current prices; reported by the finance bureau.",
    "County budget-execution reports; unverified as a national definition",
    "Nominal; tax-policy changes (e.g. refunds of VAT credits in 2022) move it: see "
    "fiscal_revenue_growth_comparable."}};

/// 财政总收入可比增长: Growth of total fiscal revenue on a comparable basis.
inline constexpr indicator<units::percent, nominal, struct fiscal_revenue_growth_comparable_tag> fiscal_revenue_growth_comparable{{
    "fiscal_revenue_growth_comparable", "财政总收入可比增长", "Growth of total fiscal revenue on a comparable basis",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of total fiscal revenue after removing the effect of one-off policy changes that the "
    "finance bureau names (in 2022 chiefly the large-scale refunds of VAT credits, 留抵退税), still at current "
    "prices.",
    "Ministry of Finance 2022 revenue releases (扣除留抵退税因素后); Daye 2023 work report",
    "可比 here means a like-for-like policy basis, NOT comparable prices: the basis is still nominal. Which "
    "adjustments Daye's 9.5 % (2022) removes is not stated in the report."}};

/// 地方一般公共预算收入: Local general public budget revenue.
inline constexpr indicator<units::yi_yuan, nominal, struct local_budget_revenue_tag> local_budget_revenue{{
    "local_budget_revenue", "地方一般公共预算收入", "Local general public budget revenue",
    direction::higher_is_better, domains::non_negative,
    "Revenue of the local general public budget: the taxes that accrue to local government under the tax-sharing "
    "system plus non-tax revenue (administrative fees, fines, income from state-owned resources and assets, etc.); "
    "reported by the finance bureau.",
    "Budget Law of the PRC; Ministry of Finance 政府收支分类科目",
    "Excludes the revenue remitted upward (上划收入), government-fund revenue (e.g. land-use-right sales), "
    "state capital operation revenue and social-insurance funds. Daye's 2025 report prints 一般公共预算收入 "
    "for the same aggregate."}};

/// 地方一般公共预算收入增长: Growth of local general public budget revenue.
inline constexpr indicator<units::percent, nominal, struct local_budget_revenue_growth_tag> local_budget_revenue_growth{{
    "local_budget_revenue_growth", "地方一般公共预算收入增长", "Growth of local general public budget revenue",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of local general public budget revenue at current prices; reported by the finance bureau.",
    "Budget Law of the PRC; Ministry of Finance",
    "Nominal. See local_budget_revenue_growth_comparable for years with large policy changes."}};

/// 地方一般公共预算收入可比增长: Growth of local general public budget revenue on a comparable basis.
inline constexpr indicator<units::percent, nominal, struct local_budget_revenue_growth_comparable_tag> local_budget_revenue_growth_comparable{{
    "local_budget_revenue_growth_comparable", "地方一般公共预算收入可比增长", "Growth of local general public budget revenue on a comparable basis",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of local general public budget revenue after removing the effect of one-off policy changes "
    "that the finance bureau names (in 2022 chiefly the refunds of VAT credits, 留抵退税), still at current "
    "prices.",
    "Ministry of Finance 2022 revenue releases (扣除留抵退税因素后); Daye 2023 work report",
    "可比 means a like-for-like policy basis, NOT comparable prices: the basis is nominal."}};

/// 税收收入: Tax revenue.
inline constexpr indicator<units::yi_yuan, nominal, struct tax_revenue_tag> tax_revenue{{
    "tax_revenue", "税收收入", "Tax revenue",
    direction::higher_is_better, domains::non_negative,
    "The tax part of local general public budget revenue (local taxes and the local share of shared taxes); "
    "reported by the finance bureau.",
    "Ministry of Finance 政府收支分类科目 (税收收入)",
    "Some reports give the tax part of total fiscal revenue instead: check the aggregate. Reports often add "
    "税收占比, tax as a share of the budget revenue, read as revenue quality."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* fiscal_indicators[] = {
    &fiscal_revenue,       &fiscal_revenue_growth,       &fiscal_revenue_growth_comparable,
    &local_budget_revenue, &local_budget_revenue_growth, &local_budget_revenue_growth_comparable,
    &tax_revenue};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
