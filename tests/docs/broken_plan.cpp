// A plan that breaks a rule: the README shows what g++ and clang++ say of it.
#include <daye/catalog/economy.hpp>
#include <daye/daye.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

inline constexpr target goals[] = {
    about(gdp_growth, 6_pct, 0.5_pp).says("地区生产总值增长6%左右"),
    at_least(gdp_growth, 6.5_pct).says("力争增长6.5%"),  // a second target on gdp_growth, without .named(...)
};
inline constexpr group headline{0, "main", "主要目标", "Main goals", goals};
inline constexpr plan my_plan{"my_plan", "example", "示例县", "a county", 2025, date{2025, 1, 8}, headline, {}};
static_assert(check<my_plan>());
