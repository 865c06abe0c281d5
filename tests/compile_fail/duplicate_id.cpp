// expect: daye: two entries, two groups, or a group and an entry share an id
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'n', 'e', 'w', '_', 'u', 'r', 'b', 'a', 'n', '_', 'j', 'o', 'b', 's'>
// Two entries with the same id.
#include <daye/catalog/employment.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

constexpr target entries[] = {
    at_least(new_urban_jobs, 8000_persons),
#ifdef DAYE_COMPILE_FAIL
    at_least(new_urban_jobs, 9000_persons),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
