// The catalogue, energy and environment (能源与环境).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_ENERGY_ENVIRONMENT_HPP
#define DAYE_CATALOG_ENERGY_ENVIRONMENT_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 单位地区生产总值能耗: Energy consumption per unit of GDP.
inline constexpr indicator<units::tce_per_wan_yuan, real, struct energy_intensity_tag> energy_intensity{{
    "energy_intensity", "单位地区生产总值能耗", "Energy consumption per unit of GDP",
    direction::lower_is_better, domains::non_negative,
    "Total energy consumption of the region (all sectors and households, in tonnes of standard coal equivalent) "
    "divided by gross regional product in 10,000 yuan at the constant prices of the five-year plan's base year; "
    "compiled by the statistics bureau.",
    "NBS/NDRC/NEA 分省(区、市)万元地区生产总值能耗降低率等指标公报 (指标解释; "
    "GDP按基年价格计算)",
    "Also printed 万元地区生产总值能耗 or 单位GDP能耗. GDP at 2015 prices in the 13th FYP, 2020 "
    "prices in the 14th. In the 14th FYP assessment, energy used as raw material is deducted from energy "
    "consumption before the intensity is computed (NDRC/NBS 发改环资〔2022〕803号), and newly added "
    "renewable energy is excluded from total-energy control: state which basis a figure uses."}};

/// 万元地区生产总值能耗上升或下降: Change in energy consumption per unit of GDP.
inline constexpr indicator<units::percent, real, struct energy_intensity_change_tag> energy_intensity_change{{
    "energy_intensity_change", "万元地区生产总值能耗上升或下降", "Change in energy consumption per unit of GDP",
    direction::lower_is_better, domains::growth,
    "Year-on-year percentage change of energy consumption per 10,000 yuan of GDP at constant prices; negative = a "
    "decrease; compiled by the statistics bureau.",
    "NBS/NDRC/NEA 分省(区、市)万元地区生产总值能耗降低率等指标公报 (上升或下降 ±%)",
    "Reports print 单位地区生产总值能耗下降X%: record −X. Binding (约束性) in the five-year plans "
    "(14th FYP: −13.5 % nationally over 2021-25); the annual ceiling for a county is set by the province (Daye "
    "2024: 控制在省定目标以内)."}};

/// 化学需氧量重点工程减排量: Emission reduction of chemical oxygen demand (COD) by key projects.
inline constexpr indicator<units::tonnes, not_a_price, struct cod_emission_reduction_tag> cod_emission_reduction{{
    "cod_emission_reduction", "化学需氧量重点工程减排量", "Emission reduction of chemical oxygen demand (COD) by key projects",
    direction::higher_is_better, domains::non_negative,
    "Reduction of chemical oxygen demand (COD) emissions achieved by key emission-reduction projects (重点工程) "
    "in the period, in tonnes, accounted by the ecology and environment department against the quota assigned from "
    "above.",
    "State Council 《“十四五”节能减排综合工作方案》(国发〔2021〕33号); "
    "《“十四五”生态环境保护规划》 (主要污染物重点工程减排量, 约束性); local "
    "14th-FYP implementation plans (重点工程减排量, 吨)",
    "One of the 14th FYP's four main pollutants (COD, ammonia nitrogen, NOx, VOCs). Localities are assessed on "
    "key-project reductions in tonnes; the national goal is a cut of total chemical oxygen demand (COD) emissions "
    "by 8 % from 2020 to 2025. Binding (约束性) in the 14th FYP for ecological and environmental protection."}};

/// 氨氮重点工程减排量: Emission reduction of ammonia nitrogen by key projects.
inline constexpr indicator<units::tonnes, not_a_price, struct ammonia_nitrogen_emission_reduction_tag> ammonia_nitrogen_emission_reduction{{
    "ammonia_nitrogen_emission_reduction", "氨氮重点工程减排量", "Emission reduction of ammonia nitrogen by key projects",
    direction::higher_is_better, domains::non_negative,
    "Reduction of ammonia nitrogen emissions achieved by key emission-reduction projects (重点工程) in the "
    "period, in tonnes, accounted by the ecology and environment department against the quota assigned from above.",
    "State Council 《“十四五”节能减排综合工作方案》(国发〔2021〕33号); "
    "《“十四五”生态环境保护规划》 (主要污染物重点工程减排量, 约束性); local "
    "14th-FYP implementation plans (重点工程减排量, 吨)",
    "One of the 14th FYP's four main pollutants (COD, ammonia nitrogen, NOx, VOCs). Localities are assessed on "
    "key-project reductions in tonnes; the national goal is a cut of total ammonia nitrogen emissions by 8 % from "
    "2020 to 2025. Binding (约束性) in the 14th FYP for ecological and environmental protection."}};

/// 氮氧化物重点工程减排量: Emission reduction of nitrogen oxides (NOx) by key projects.
inline constexpr indicator<units::tonnes, not_a_price, struct nox_emission_reduction_tag> nox_emission_reduction{{
    "nox_emission_reduction", "氮氧化物重点工程减排量", "Emission reduction of nitrogen oxides (NOx) by key projects",
    direction::higher_is_better, domains::non_negative,
    "Reduction of nitrogen oxides (NOx) emissions achieved by key emission-reduction projects (重点工程) in the "
    "period, in tonnes, accounted by the ecology and environment department against the quota assigned from above.",
    "State Council 《“十四五”节能减排综合工作方案》(国发〔2021〕33号); "
    "《“十四五”生态环境保护规划》 (主要污染物重点工程减排量, 约束性); local "
    "14th-FYP implementation plans (重点工程减排量, 吨)",
    "One of the 14th FYP's four main pollutants (COD, ammonia nitrogen, NOx, VOCs). Localities are assessed on "
    "key-project reductions in tonnes; the national goal is a cut of total nitrogen oxides (NOx) emissions by 10 % "
    "or more from 2020 to 2025. Binding (约束性) in the 14th FYP for ecological and environmental protection."}};

/// 挥发性有机物重点工程减排量: Emission reduction of volatile organic compounds (VOCs) by key projects.
inline constexpr indicator<units::tonnes, not_a_price, struct voc_emission_reduction_tag> voc_emission_reduction{{
    "voc_emission_reduction", "挥发性有机物重点工程减排量", "Emission reduction of volatile organic compounds (VOCs) by key projects",
    direction::higher_is_better, domains::non_negative,
    "Reduction of volatile organic compounds (VOCs) emissions achieved by key emission-reduction projects "
    "(重点工程) in the period, in tonnes, accounted by the ecology and environment department against the quota "
    "assigned from above.",
    "State Council 《“十四五”节能减排综合工作方案》(国发〔2021〕33号); "
    "《“十四五”生态环境保护规划》 (主要污染物重点工程减排量, 约束性); local "
    "14th-FYP implementation plans (重点工程减排量, 吨)",
    "One of the 14th FYP's four main pollutants (COD, ammonia nitrogen, NOx, VOCs). Localities are assessed on "
    "key-project reductions in tonnes; the national goal is a cut of total volatile organic compounds (VOCs) "
    "emissions by 10 % or more from 2020 to 2025. Binding (约束性) in the 14th FYP for ecological and "
    "environmental protection."}};

/// 细颗粒物(PM2.5)平均浓度: Average concentration of fine particulate matter (PM2.5).
inline constexpr indicator<units::ug_per_m3, not_a_price, struct pm25_concentration_tag> pm25_concentration{{
    "pm25_concentration", "细颗粒物(PM2.5)平均浓度", "Average concentration of fine particulate matter (PM2.5)",
    direction::lower_is_better, domains::non_negative,
    "Annual mean of the daily average PM2.5 concentrations measured at the region's ambient air-quality monitoring "
    "stations, under GB 3095-2012 (annual limit for grade II areas: 35 μg/m³); reported by the ecology and "
    "environment department.",
    "MEE GB 3095-2012 《环境空气质量标准》; 14th FYP outline (PM2.5 concentration of prefecture-level "
    "cities −10 %)",
    "Reports sometimes deduct sand-and-dust days: say whether. A target may be a level (μg/m³) or a percentage "
    "fall."}};

/// 空气质量优良天数比率: Share of days with good or excellent air quality.
inline constexpr indicator<units::percent, not_a_price, struct good_air_days_share_tag> good_air_days_share{{
    "good_air_days_share", "空气质量优良天数比率", "Share of days with good or excellent air quality",
    direction::higher_is_better, domains::share,
    "Days with an air quality index (AQI) of 100 or below (优 0-50, 良 51-100) as a share of the valid monitoring "
    "days of the year, under HJ 633-2012; reported by the ecology and environment department.",
    "MEE HJ 633-2012 《环境空气质量指数(AQI)技术规定》; 14th FYP outline (87.5 % for prefecture-level "
    "cities)",
    "Binding (约束性) in the 14th FYP outline. A change is in percentage points."}};

/// 森林覆盖率: Forest coverage rate.
inline constexpr indicator<units::percent, not_a_price, struct forest_coverage_tag> forest_coverage{{
    "forest_coverage", "森林覆盖率", "Forest coverage rate",
    direction::higher_is_better, domains::share,
    "Forest area as a share of total land area; forest area = arbor forest land with canopy density of 0.2 or more, "
    "bamboo forest, shrub land specially designated by the state, and the tree cover of farmland shelterbelts and "
    "trees beside villages, roads, waters and houses; reported by the forestry department.",
    "NBS 《中国统计年鉴》主要统计指标解释 (森林覆盖率); National Forestry and Grassland "
    "Administration",
    "Binding (约束性) in the 14th FYP outline (national 24.1 % by 2025). Figures changed with the Third National "
    "Land Survey (2019) and the integrated forest-grass monitoring: compare only within one basis. A change is in "
    "percentage points."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* energy_environment_indicators[] = {
    &energy_intensity,       &energy_intensity_change, &cod_emission_reduction, &ammonia_nitrogen_emission_reduction,
    &nox_emission_reduction, &voc_emission_reduction,  &pm25_concentration,     &good_air_days_share,
    &forest_coverage};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
