// expect: invalid_plan::relational_target_names_a_missing_indicator
// A relational target that compares with an indicator the plan does not define.
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr indicator indicators[] = {
    {"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"},
    {"resident_income_growth", &units::percent, price_basis::unstated, "居民收入增长", "income growth"},
};
constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    keeps_pace("income_in_step", "resident_income_growth", "gdp_grwoth", units::percent),
#else
    keeps_pace("income_in_step", "resident_income_growth", "gdp_growth", units::percent),
#endif
};
constexpr plan p{"p", "", "", 2024, date{2024, 1, 1}, indicators, {0, "main", "", "", entries}, {}};
static_assert(check(p));

int main() {}
