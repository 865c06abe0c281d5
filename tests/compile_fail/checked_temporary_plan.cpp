// expect: checked\(\) of a temporary plan
// errors: 1
// A plan checked as a temporary: the checked_plan would refer to a plan gone at the end of
// the statement, so checked() takes only a plan that has a name.
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

using namespace daye;

#ifdef DAYE_COMPILE_FAIL
const checked_plan of_2024 = checked(plan(plans::daye_2024)).value();
#else
const checked_plan of_2024 = checked(plans::daye_2024).value();
#endif

int main() { return of_2024->year == 2024 ? 0 : 1; }
