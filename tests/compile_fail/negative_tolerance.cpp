// expect: daye: a tolerance is negative
// expect: (group_index = 0. int entry_index = 0|at<0, 0, )
// expect: id<'g', 'd', 'p', '_', 'g', 'r', 'o', 'w', 't', 'h'>
// A band of minus half a point around 7%.
#include <daye/catalog/economy.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    about(catalog::gdp_growth, 7_pct, -(0.5_pp)),
#else
    about(catalog::gdp_growth, 7_pct, 0.5_pp),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
