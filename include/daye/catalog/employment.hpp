// The catalogue, employment (就业).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_EMPLOYMENT_HPP
#define DAYE_CATALOG_EMPLOYMENT_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 城镇调查失业率: Surveyed urban unemployment rate.
inline constexpr indicator<units::percent, not_a_price, struct urban_surveyed_unemployment_rate_tag> urban_surveyed_unemployment_rate{{
    "urban_surveyed_unemployment_rate", "城镇调查失业率", "Surveyed urban unemployment rate",
    direction::lower_is_better, domains::share,
    "Unemployed urban residents as a share of the urban labour force (employed plus unemployed) from NBS's monthly "
    "labour-force sample survey; unemployed = aged 16 or over, without work, actively looked for work in the past "
    "three months and could start within two weeks (ILO-based).",
    "NBS (国家统计局局长就发布城镇调查失业率答记者问, 2018); NBS "
    "《中国统计年鉴》主要统计指标解释",
    "Covers the resident population including migrants; national target since 2018 (5.5 % 左右 / 以内); "
    "published for the nation, provinces and large cities: a county's sample is too small, so county plans rarely "
    "carry it."}};

/// 城镇登记失业率: Registered urban unemployment rate.
inline constexpr indicator<units::percent, not_a_price, struct urban_registered_unemployment_rate_tag> urban_registered_unemployment_rate{{
    "urban_registered_unemployment_rate", "城镇登记失业率", "Registered urban unemployment rate",
    direction::lower_is_better, domains::share,
    "Registered urban unemployed (people of working age, able and willing to work, without work, registered with "
    "the public employment service) divided by urban employed persons plus registered unemployed, ×100; reported "
    "by the human resources and social security department.",
    "Ministry of Human Resources and Social Security statistics; NBS "
    "《中国统计年鉴》主要统计指标解释 (城镇登记失业率)",
    "An administrative count of those who register, not a survey: it changes little from year to year and is lower "
    "than the surveyed rate. County plans still set it (e.g. 控制在4.5%以内)."}};

/// 城镇新增就业: New urban jobs.
inline constexpr indicator<units::persons, not_a_price, struct new_urban_jobs_tag> new_urban_jobs{{
    "new_urban_jobs", "城镇新增就业", "New urban jobs",
    direction::higher_is_better, domains::non_negative,
    "Number of people newly employed in urban areas during the year minus natural attrition (retirements and "
    "deaths) of the employed; reported by the human resources and social security department from employment "
    "registration.",
    "Ministry of Human Resources and Social Security (城镇新增就业人数 = 城镇累计新就业人数 - "
    "自然减员人数)",
    "A gross flow from administrative records, not the change in urban employment (which can fall while new jobs "
    "are positive). National figures in 万人, county targets in persons (Daye 2024: 8000人以上)."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* employment_indicators[] = {&urban_surveyed_unemployment_rate,
                                                                  &urban_registered_unemployment_rate, &new_urban_jobs};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
