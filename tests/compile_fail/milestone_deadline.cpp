// expect: daye: a milestone has no valid calendar deadline
// expect: (group_index = 0. int entry_index = 0|at<0, 0, )
// expect: id<'b', 'r', 'i', 'd', 'g', 'e'>
// A milestone due on 30 February.
#include <daye/plan.hpp>

using namespace daye;

constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    milestone("bridge", date{2024, 2, 30}),
#else
    milestone("bridge", date{2024, 2, 29}),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
