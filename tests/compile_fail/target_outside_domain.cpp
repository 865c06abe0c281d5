// expect: daye: a target's value is one its indicator can never take
// expect: (group_index = 0. int entry_index = 0|at<0, 0, )
// expect: id<'g', 'd', 'p', '_', 'g', 'r', 'o', 'w', 't', 'h'>
// A growth target of -100 %: the level would vanish.
#include <daye/catalog/economy.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    at_least(catalog::gdp_growth, -(100_pct)),
#else
    at_least(catalog::gdp_growth, -(3_pct)),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
