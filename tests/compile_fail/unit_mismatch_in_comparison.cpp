// expect: cannot compare quantities of different dimensions
// 7.5 % and 50 enterprises are not comparable.
#include <daye/units.hpp>

using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
static_assert(7.5_pct < 50_enterprises);
#else
static_assert(7.5_pct < 50_pct);
#endif

int main() {}
