// expect: daye: a target's value has more decimal places than its unit allows
// expect: (group_index = 0. int entry_index = 0|at<0, 0, )
// expect: id<'n', 'e', 'w', '_', 'u', 'r', 'b', 'a', 'n', '_', 'j', 'o', 'b', 's'>
// Half a person: counts have no decimals.
#include <daye/catalog/employment.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    at_least(catalog::new_urban_jobs, 8000.5_persons),
#else
    at_least(catalog::new_urban_jobs, 8000_persons),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
