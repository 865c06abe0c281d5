// expect: daye: two entries, two groups, or a group and an entry share an id
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'g', 'd', 'p', '_', 'g', 'r', 'o', 'w', 't', 'h'>
// errors: 2
// No cascade: a plan that breaks a rule is named once by check<>() and refused once by
// score(), whose message names why; nothing of it is evaluated.
#include <daye/catalog/economy.hpp>
#include <daye/daye.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

constexpr target goals[] = {
    at_least(gdp_growth, 6_pct),
#ifdef DAYE_COMPILE_FAIL
    at_least(gdp_growth, 7_pct),
#endif
};
constexpr plan p{"p", "r", "", "", 2025, date{2025, 1, 8}, {0, "main", "", "", goals}, {}};
static_assert(check<p>());

constexpr observation reported[] = {observed(gdp_growth, 2025, 6.4_pct)};
constexpr auto card = score(p, reported).value();

int main() { return card.overall().met == 1 ? 0 : 1; }
