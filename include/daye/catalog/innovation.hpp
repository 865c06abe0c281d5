// The catalogue, science, technology and innovation (科技创新).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_INNOVATION_HPP
#define DAYE_CATALOG_INNOVATION_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 研究与试验发展(R&D)经费投入强度: R&D expenditure as a share of GDP (R&D intensity).
inline constexpr indicator<units::percent, not_a_price, struct rd_intensity_tag> rd_intensity{{
    "rd_intensity", "研究与试验发展(R&D)经费投入强度", "R&D expenditure as a share of GDP (R&D intensity)",
    direction::higher_is_better, domains::share,
    "Internal R&D expenditure of all performers in the region (enterprises, research institutes, universities and "
    "others) divided by gross regional product at current prices, ×100; from the R&D statistics of the statistics "
    "bureau with the science-and-technology and finance departments.",
    "NBS/MOST/MOF 全国科技经费投入统计公报 (指标解释)",
    "Printed R&D经费投入强度. County figures appear about a year late. A change is in percentage points."}};

/// 规上企业研发经费投入增长: Growth of R&D expenditure of enterprises above designated size.
inline constexpr indicator<units::percent, nominal, struct rd_spending_growth_above_scale_tag> rd_spending_growth_above_scale{{
    "rd_spending_growth_above_scale", "规上企业研发经费投入增长", "Growth of R&D expenditure of enterprises above designated size",
    direction::higher_is_better, domains::growth,
    "Year-on-year change at current prices of the internal R&D expenditure of enterprises above designated size "
    "(industrial enterprises with main-business revenue of 20 million yuan or more; some localities add above-size "
    "service and construction firms); from the statistics bureau's R&D statistics.",
    "NBS R&D statistics (规模以上工业企业研发活动); Daye science and technology bureau 2024 action plan",
    "Coverage beyond industry is unverified: check the local definition. The set of above-size firms changes every "
    "year."}};

/// 财政科技支出占一般公共预算支出比重: Science and technology expenditure as a share of general public budget expenditure.
inline constexpr indicator<units::percent, not_a_price, struct science_spending_share_tag> science_spending_share{{
    "science_spending_share", "财政科技支出占一般公共预算支出比重", "Science and technology expenditure as a share of general public budget expenditure",
    direction::higher_is_better, domains::share,
    "The government's own-level expenditure on science and technology (budget function class 206, "
    "科学技术支出) as a share of its general public budget expenditure, ×100; reported by the finance "
    "bureau.",
    "Ministry of Finance 政府收支分类科目 (206 科学技术支出); Daye science and technology bureau 2024 "
    "action plan (本级财政科技支出占公共财政支出的比重)",
    "本级 = the county's own budget, excluding transfers spent by higher levels. A change is in percentage "
    "points."}};

/// 技术合同成交额: Turnover of technology contracts.
inline constexpr indicator<units::yi_yuan, nominal, struct technology_contract_turnover_tag> technology_contract_turnover{{
    "technology_contract_turnover", "技术合同成交额", "Turnover of technology contracts",
    direction::higher_is_better, domains::non_negative,
    "Value of the technology development, transfer, licensing, consulting and service contracts registered in the "
    "year at technology-contract registration offices; regional figures exist for the seller side (技术输出) "
    "and the buyer side (技术吸纳); Ministry of Science and Technology technology-market statistics.",
    "MOST 技术合同认定登记管理办法; technology market statistics",
    "The registration form records both the seller's and the buyer's region; MOST reports both 输出 and 吸纳 "
    "figures. Which one a county target means is unverified: check the local release."}};

/// 新增高新技术企业: Newly certified high-tech enterprises.
inline constexpr indicator<units::enterprises, not_a_price, struct new_high_tech_enterprises_tag> new_high_tech_enterprises{{
    "new_high_tech_enterprises", "新增高新技术企业", "Newly certified high-tech enterprises",
    direction::higher_is_better, domains::non_negative,
    "Number of enterprises in the region newly certified in the year as national high-tech enterprises (认定 by "
    "the provincial science, finance and tax authorities under the national rules; the certificate is valid for "
    "three years).",
    "MOST/MOF/SAT 《高新技术企业认定管理办法》(国科发火〔2016〕32号)",
    "新增 (new certifications) differs from 净增 (net increase of the stock after expiries): Daye's science "
    "bureau plan says 净增67家 against the work report's 新增50家. Whether re-certified firms count as new "
    "varies locally. Certified firms pay 15 % enterprise income tax."}};

/// 高新技术企业总数: High-tech enterprises (number holding a valid certificate).
inline constexpr indicator<units::enterprises, not_a_price, struct high_tech_enterprises_total_tag> high_tech_enterprises_total{{
    "high_tech_enterprises_total", "高新技术企业总数", "High-tech enterprises (number holding a valid certificate)",
    direction::higher_is_better, domains::non_negative,
    "Number of enterprises in the region holding a valid national high-tech enterprise certificate at year-end "
    "(certification valid for three years, then renewed or lapsed).",
    "MOST/MOF/SAT 《高新技术企业认定管理办法》(国科发火〔2016〕32号)",
    "A stock: first certifications add to it, certificates that lapse without re-certification subtract from it; "
    "its change is the net increase (净增), not the number of new certifications."}};

/// 入库科技型中小企业: Technology-based SMEs admitted to the national database.
inline constexpr indicator<units::enterprises, not_a_price, struct tech_smes_registered_tag> tech_smes_registered{{
    "tech_smes_registered", "入库科技型中小企业", "Technology-based SMEs admitted to the national database",
    direction::higher_is_better, domains::non_negative,
    "Number of small and medium enterprises that passed the year's evaluation and were admitted (入库, given a "
    "registration number) to the national database of technology-based SMEs: at most 500 employees, at most 200 "
    "million yuan of annual sales revenue and of total assets, and either a minimum evaluation score (science "
    "staff, R&D spending, results) or one of the direct qualifying conditions the measures list; evaluation is "
    "annual.",
    "MOST/MOF/SAT 《科技型中小企业评价办法》(国科发政〔2017〕115号; revised 2022)",
    "Admission after evaluation (入库), not business registration; status must be renewed every year, so a year's "
    "figure is not a cumulative stock. The id keeps the model's name tech_smes_registered."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* innovation_indicators[] = {&rd_intensity,
                                                                  &rd_spending_growth_above_scale,
                                                                  &science_spending_share,
                                                                  &technology_contract_turnover,
                                                                  &new_high_tech_enterprises,
                                                                  &high_tech_enterprises_total,
                                                                  &tech_smes_registered};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
