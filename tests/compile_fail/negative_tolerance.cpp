// expect: invalid_plan::negative_tolerance
// A band of minus half a point around 7%.
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    about("gdp_growth", 7_pct, -(0.5_pct)),
#else
    about("gdp_growth", 7_pct, 0.5_pct),
#endif
};
constexpr plan p{"p", "", "", 2024, date{2024, 1, 1}, {}, {0, "main", "", "", entries}, {}};
static_assert(check(p));

int main() {}
