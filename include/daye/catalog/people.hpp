// The catalogue, population and household income (人口与收入).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_PEOPLE_HPP
#define DAYE_CATALOG_PEOPLE_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 常住人口: Resident population.
inline constexpr indicator<units::wan_persons, not_a_price, struct resident_population_tag> resident_population{{
    "resident_population", "常住人口", "Resident population",
    direction::higher_is_better, domains::non_negative,
    "People who usually live in the region at year-end: those registered there who are not away for six months or "
    "more, plus those registered elsewhere who have lived there for six months or more; estimated by the statistics "
    "bureau from the annual population sample survey (the census in census years).",
    "NBS 《中国统计年鉴》主要统计指标解释 (常住人口)",
    "Not the registered (户籍) population. 'Higher' records the plans' usual aim of keeping and attracting "
    "residents, not a welfare judgement."}};

/// 常住人口城镇化率: Urbanization rate of the resident population.
inline constexpr indicator<units::percent, not_a_price, struct urbanization_rate_tag> urbanization_rate{{
    "urbanization_rate", "常住人口城镇化率", "Urbanization rate of the resident population",
    direction::higher_is_better, domains::share,
    "Urban resident population as a share of the total resident population, urban and rural areas being those of "
    "NBS's rules for statistical urban-rural classification; compiled by the statistics bureau.",
    "NBS 《统计上划分城乡的规定》(2008); NBS 《中国统计年鉴》主要统计指标解释",
    "Distinct from 户籍人口城镇化率 (the share with urban household registration), which is lower. A change "
    "is in percentage points."}};

/// 城镇常住居民人均可支配收入: Per capita disposable income of urban residents.
inline constexpr indicator<units::yuan_per_person, nominal, struct urban_resident_income_tag> urban_resident_income{{
    "urban_resident_income", "城镇常住居民人均可支配收入", "Per capita disposable income of urban residents",
    direction::higher_is_better, domains::non_negative,
    "Average over urban resident households of disposable income per person: wages, net business income, net "
    "property income and net transfers received, after taxes, social-insurance contributions and other transfers "
    "paid; from the statistics bureau's integrated urban-rural household survey (since 2013); at current prices.",
    "NBS 住户调查 (可支配收入); NBS 《中国统计年鉴》主要统计指标解释",
    "The per-person average of the resident (常住) population, not household income. Also printed "
    "城镇居民人均可支配收入."}};

/// 城镇常住居民人均可支配收入名义增长: Nominal growth of per capita disposable income of urban residents.
inline constexpr indicator<units::percent, nominal, struct urban_resident_income_growth_tag> urban_resident_income_growth{{
    "urban_resident_income_growth", "城镇常住居民人均可支配收入名义增长", "Nominal growth of per capita disposable income of urban residents",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the per capita disposable income of urban residents at current prices (名义增长); "
    "from the statistics bureau's household survey.",
    "NBS 住户调查; NBS 《中国统计年鉴》主要统计指标解释",
    "The rate a report prints without qualification is usually this nominal one. Do not compare it with real GDP "
    "growth."}};

/// 城镇常住居民人均可支配收入实际增长: Real growth of per capita disposable income of urban residents.
inline constexpr indicator<units::percent, real, struct urban_resident_income_growth_real_tag> urban_resident_income_growth_real{{
    "urban_resident_income_growth_real", "城镇常住居民人均可支配收入实际增长", "Real growth of per capita disposable income of urban residents",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the per capita disposable income of urban residents after removing consumer-price "
    "inflation (urban CPI) (实际增长); from the statistics bureau's household survey.",
    "NBS 住户调查; NBS 《中国统计年鉴》主要统计指标解释",
    "The measure that 城乡居民收入增长与经济增长保持同步 compares with real GDP growth, urban and "
    "rural separately. Counties often print only the nominal rate."}};

/// 农村常住居民人均可支配收入: Per capita disposable income of rural residents.
inline constexpr indicator<units::yuan_per_person, nominal, struct rural_resident_income_tag> rural_resident_income{{
    "rural_resident_income", "农村常住居民人均可支配收入", "Per capita disposable income of rural residents",
    direction::higher_is_better, domains::non_negative,
    "Average over rural resident households of disposable income per person: wages, net business income, net "
    "property income and net transfers received, after taxes, social-insurance contributions and other transfers "
    "paid; from the statistics bureau's integrated urban-rural household survey (since 2013); at current prices.",
    "NBS 住户调查 (可支配收入); NBS 《中国统计年鉴》主要统计指标解释",
    "The per-person average of the resident (常住) population, not household income. Also printed "
    "农村居民人均可支配收入 (before 2013: 农民人均纯收入, a different concept)."}};

/// 农村常住居民人均可支配收入名义增长: Nominal growth of per capita disposable income of rural residents.
inline constexpr indicator<units::percent, nominal, struct rural_resident_income_growth_tag> rural_resident_income_growth{{
    "rural_resident_income_growth", "农村常住居民人均可支配收入名义增长", "Nominal growth of per capita disposable income of rural residents",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the per capita disposable income of rural residents at current prices (名义增长); "
    "from the statistics bureau's household survey.",
    "NBS 住户调查; NBS 《中国统计年鉴》主要统计指标解释",
    "The rate a report prints without qualification is usually this nominal one. Do not compare it with real GDP "
    "growth."}};

/// 农村常住居民人均可支配收入实际增长: Real growth of per capita disposable income of rural residents.
inline constexpr indicator<units::percent, real, struct rural_resident_income_growth_real_tag> rural_resident_income_growth_real{{
    "rural_resident_income_growth_real", "农村常住居民人均可支配收入实际增长", "Real growth of per capita disposable income of rural residents",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the per capita disposable income of rural residents after removing consumer-price "
    "inflation (rural CPI) (实际增长); from the statistics bureau's household survey.",
    "NBS 住户调查; NBS 《中国统计年鉴》主要统计指标解释",
    "The measure that 城乡居民收入增长与经济增长保持同步 compares with real GDP growth, urban and "
    "rural separately. Counties often print only the nominal rate."}};

/// 全体居民人均可支配收入: Per capita disposable income of all residents.
inline constexpr indicator<units::yuan_per_person, nominal, struct resident_income_tag> resident_income{{
    "resident_income", "全体居民人均可支配收入", "Per capita disposable income of all residents",
    direction::higher_is_better, domains::non_negative,
    "Average over all resident households (urban and rural) of disposable income per person: wages, net business "
    "income, net property income and net transfers received, after taxes, social-insurance contributions and other "
    "transfers paid; from the statistics bureau's integrated urban-rural household survey (since 2013); at current "
    "prices.",
    "NBS 住户调查 (可支配收入); NBS 《中国统计年鉴》主要统计指标解释",
    "The per-person average of the resident (常住) population, not household income. Also printed "
    "居民人均可支配收入; counties often publish only the urban and rural figures."}};

/// 全体居民人均可支配收入实际增长: Real growth of per capita disposable income of all residents.
inline constexpr indicator<units::percent, real, struct resident_income_growth_real_tag> resident_income_growth_real{{
    "resident_income_growth_real", "全体居民人均可支配收入实际增长", "Real growth of per capita disposable income of all residents",
    direction::higher_is_better, domains::growth,
    "Year-on-year change of the per capita disposable income of all residents after removing consumer-price "
    "inflation (overall CPI) (实际增长); from the statistics bureau's household survey.",
    "NBS 住户调查; NBS 《中国统计年鉴》主要统计指标解释",
    "城乡居民收入…同步 compares the urban and rural real rates separately with real GDP growth; this "
    "all-resident rate is the national plans' 居民收入增长和经济增长基本同步 measure. Counties often "
    "print only the nominal rate."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* people_indicators[] = {&resident_population,
                                                              &urbanization_rate,
                                                              &urban_resident_income,
                                                              &urban_resident_income_growth,
                                                              &urban_resident_income_growth_real,
                                                              &rural_resident_income,
                                                              &rural_resident_income_growth,
                                                              &rural_resident_income_growth_real,
                                                              &resident_income,
                                                              &resident_income_growth_real};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
