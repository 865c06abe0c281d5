// The catalogue, land and agriculture (土地与农业).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_LAND_AGRICULTURE_HPP
#define DAYE_CATALOG_LAND_AGRICULTURE_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

// clang-format off
/// 粮食播种面积: Sown area of grain crops.
inline constexpr indicator<units::wan_mu, not_a_price, struct grain_sown_area_tag> grain_sown_area{{
    "grain_sown_area", "粮食播种面积", "Sown area of grain crops",
    direction::higher_is_better, domains::non_negative,
    "Area sown or transplanted with grain crops (cereals, beans, tubers) in the calendar year, land cropped twice "
    "counted twice; compiled by the statistics bureau and NBS survey offices.",
    "NBS 《中国统计年鉴》主要统计指标解释 (农作物播种面积, 粮食)",
    "Counties print 万亩; NBS national data in 千公顷 (1 公顷 = 15 亩). Because of multiple cropping it can "
    "exceed the cultivated-land area."}};

/// 粮食产量: Grain output.
inline constexpr indicator<units::wan_tonnes, not_a_price, struct grain_output_tag> grain_output{{
    "grain_output", "粮食产量", "Grain output",
    direction::higher_is_better, domains::non_negative,
    "Output of cereals, beans and tubers harvested in the calendar year: cereals as threshed and dried grain, beans "
    "as dry beans, potatoes and sweet potatoes at 5 kg fresh = 1 kg grain (since 1964); from NBS sample surveys of "
    "yields.",
    "NBS 《中国统计年鉴》主要统计指标解释 (粮食产量); NBS survey office explanations",
    "Also printed 粮食总产量; counties may print 万斤 or 亿斤 (1 斤 = 0.5 kg)."}};

/// 耕地保有量: Cultivated land retained.
inline constexpr indicator<units::mu, not_a_price, struct cultivated_land_tag> cultivated_land{{
    "cultivated_land", "耕地保有量", "Cultivated land retained",
    direction::higher_is_better, domains::non_negative,
    "Area of cultivated land (paddy, irrigated and dry land) in the region at year-end by the natural resources "
    "department's annual land-use change survey (based on the Third National Land Survey), held against the "
    "retention quota assigned from above in the territorial spatial plan.",
    "Ministry of Natural Resources (年度国土变更调查; 国土空间规划 三区三线, 2022); Land "
    "Administration Law",
    "The plan's figure (Daye: 63.85万亩) is a quota assigned from above, binding (约束性); party and "
    "government share responsibility (耕地保护党政同责) and a breach weighs in the higher level's "
    "assessment."}};

/// 永久基本农田: Permanent basic farmland.
inline constexpr indicator<units::mu, not_a_price, struct permanent_basic_farmland_tag> permanent_basic_farmland{{
    "permanent_basic_farmland", "永久基本农田", "Permanent basic farmland",
    direction::higher_is_better, domains::non_negative,
    "Cultivated land designated and mapped for permanent special protection under the Land Administration Law and "
    "the Regulations on the Protection of Basic Farmland, whose area to protect is assigned from above in the "
    "territorial spatial plan; reported by the natural resources department.",
    "Land Administration Law (2019) art. 33-35; 《基本农田保护条例》; Ministry of Natural Resources "
    "(三区三线, 2022)",
    "Part of cultivated land, so its floor can never exceed the cultivated-land floor (Daye: 57.34 against "
    "63.85万亩). Binding (约束性)."}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* land_agriculture_indicators[] = {&grain_sown_area, &grain_output,
                                                                        &cultivated_land, &permanent_basic_farmland};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
