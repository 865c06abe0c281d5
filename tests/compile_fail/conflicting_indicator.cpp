// expect: daye: two different indicators, or an indicator and a measure, share an id
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'g', 'd', 'p', '_', 'g', 'r', 'o', 'w', 't', 'h'>
// A plan's own gdp_growth, nominal, beside the catalogue's real one: one id, two meanings.
#include <daye/catalog/economy.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

inline constexpr indicator<units::percent, nominal, struct my_gdp_growth_tag> my_gdp_growth{
#ifdef DAYE_COMPILE_FAIL
    {"gdp_growth", "地区生产总值增长", "GDP growth, nominal", direction::higher_is_better, domains::growth,
     "Nominal."}};
#else
    {"gdp_growth_nominal", "地区生产总值名义增长", "GDP growth, nominal", direction::higher_is_better, domains::growth,
     "Nominal."}};
#endif

constexpr target entries[] = {
    at_least(catalog::gdp_growth, 7.5_pct),
    at_least(my_gdp_growth, 9_pct).named("nominal_growth"),
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
