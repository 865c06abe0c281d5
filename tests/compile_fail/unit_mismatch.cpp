// expect: invalid_plan::unit_differs_from_the_indicator_unit
// A threshold in another unit than its indicator's.
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr indicator indicators[] = {
    {"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"}};
constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    at_least("gdp_growth", 75_enterprises),
#else
    at_least("gdp_growth", 7.5_pct),
#endif
};
constexpr plan p{"p", "", "", 2024, date{2024, 1, 1}, indicators, {0, "main", "", "", entries}, {}};
static_assert(check(p));

int main() {}
