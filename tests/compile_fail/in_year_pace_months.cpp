// expect: daye: in_year_pace takes the period .*, not a number of months
// The months method: 7.0 % after nine months against 7.5 % "needs" 9.0 %, as if the
// fourth quarter made a quarter of the year's output. It must not compile.
#include <daye/progress.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr auto pace = in_year_pace(7.0_pct, 9, 7.5_pct);
#else
constexpr auto pace = in_year_pace(periods::first_three_quarters, 7.0_pct, 7.5_pct, rest_share(30_pct));
#endif

int main() { return pace.ok() ? 0 : 1; }
