// Indicator handles the tests share, beside the catalogue's: each test file reads as a
// plan would, with handles, and these are the tests' own.
#ifndef DAYE_TESTS_INDICATORS_HPP
#define DAYE_TESTS_INDICATORS_HPP

#include <daye/indicator.hpp>
#include <daye/units.hpp>

namespace test_indicators {
using namespace daye;
// clang-format off
inline constexpr indicator<units::percent, not_a_price, struct debt_ratio_tag> debt_ratio{{
    "debt_ratio", "债务率", "debt ratio", direction::lower_is_better, domains::share, "A test indicator."}};
inline constexpr indicator<units::enterprises, not_a_price, struct firms_tag> firms{{
    "firms", "企业", "firms", direction::higher_is_better, domains::non_negative, "A test indicator."}};
inline constexpr indicator<units::yi_yuan, nominal, struct funds_tag> funds{{
    "funds_in_place", "实际到位资金", "funds in place", direction::higher_is_better, domains::non_negative,
    "A test indicator."}};
inline constexpr indicator<units::yi_yuan, nominal, struct funds_outside_tag> funds_outside{{
    "funds_from_outside_province", "省外资金", "funds from outside the province", direction::higher_is_better,
    domains::non_negative, "A test indicator."}};
inline constexpr indicator<units::percent, unstated, struct income_growth_tag> income_growth{{
    "resident_income_growth", "城乡居民收入增长", "income growth", direction::higher_is_better, domains::growth,
    "A test indicator whose price basis is not stated."}};
inline constexpr indicator<units::percent, real, struct energy_ceiling_tag> energy_ceiling{{
    "provincial_energy_ceiling", "省定目标", "provincial ceiling", direction::lower_is_better, domains::growth,
    "A test indicator."}};
inline constexpr indicator<units::percent, real, struct city_average_tag> city_average{{
    "city_average_growth", "全市平均增速", "city average growth", direction::higher_is_better, domains::growth,
    "A test indicator."}};
inline constexpr indicator<units::percent, real, struct rate_a_tag> rate_a{{
    "a", "甲", "rate a", direction::higher_is_better, domains::growth, "A test indicator."}};
inline constexpr indicator<units::percent, real, struct rate_b_tag> rate_b{{
    "b", "乙", "rate b", direction::higher_is_better, domains::growth, "A test indicator."}};
inline constexpr indicator<units::percent, real, struct lower_rate_tag> lower_rate{{
    "lower_rate", "越低越好", "a rate for which lower is better", direction::lower_is_better, domains::growth,
    "A test indicator."}};
inline constexpr indicator<units::persons, not_a_price, struct deaths_tag> deaths{{
    "work_safety_deaths", "生产安全事故死亡人数", "work-safety deaths", direction::lower_is_better,
    domains::non_negative, "A test indicator."}};
// clang-format on
}  // namespace test_indicators

#endif
