// expect: daye: a group has no targets and no measures
// expect: (group_index = 2. int entry_index = -1|at<2, -1, )
// expect: id<'t', 'w', 'o'>
// A key task with nothing in it.
#include <daye/catalog/economy.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target headline[] = {at_least(catalog::gdp_growth, 7.5_pct)};
constexpr target first[] = {measure("reform")};
#ifdef DAYE_COMPILE_FAIL
constexpr group groups[] = {{1, "one", "", "", first}, {2, "two", "", "", {}}};
#else
constexpr group groups[] = {{1, "one", "", "", first}};
#endif
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", headline}, groups};
static_assert(check<p>());

int main() {}
