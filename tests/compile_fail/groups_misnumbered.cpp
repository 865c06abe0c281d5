// expect: daye: the groups of key tasks are not numbered 1, 2, 3, \.\.\. in the order listed
// expect: (group_index = 2. int entry_index = -1|at<2, -1, )
// expect: id<'t', 'w', 'o'>
// Key tasks numbered 1, 3.
#include <daye/catalog/economy.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target headline[] = {at_least(catalog::gdp_growth, 7.5_pct)};
constexpr target first[] = {measure("reform")};
constexpr target second[] = {measure("bridge")};
#ifdef DAYE_COMPILE_FAIL
constexpr group groups[] = {{1, "one", "", "", first}, {3, "two", "", "", second}};
#else
constexpr group groups[] = {{1, "one", "", "", first}, {2, "two", "", "", second}};
#endif
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", headline}, groups};
static_assert(check<p>());

int main() {}
