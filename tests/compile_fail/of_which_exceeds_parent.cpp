// expect: daye: an of-which target is larger than the target it is part of
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'f', 'u', 'n', 'd', 's', '_', 'f', 'r', 'o', 'm', '_', 'o', 'u', 't', .*'e'>
// 其中省外资金 larger than all the funds in place.
#include <daye/plans/daye_2024.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::plans::daye_2024_entries;

constexpr target entries[] = {
    at_least(funds_in_place, 600_yi),
#ifdef DAYE_COMPILE_FAIL
    of_which(funds_from_outside_province, 660_yi, part_of(funds_in_place)),
#else
    of_which(funds_from_outside_province, 360_yi, part_of(funds_in_place)),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
