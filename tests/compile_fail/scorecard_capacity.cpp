// expect: out_of_range
// A scorecard smaller than the plan: score<1>() of Daye's 69 entries is refused, not cut short.
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

using namespace daye;
using namespace daye::literals;

constexpr observation reported[] = {observed(catalog::gdp_growth, 2024, 8.0_pct)};
#ifdef DAYE_COMPILE_FAIL
constexpr auto card = score<1>(plans::daye_2024, reported).value();
#else
constexpr auto card = score(plans::daye_2024, reported).value();
#endif

int main() { return card.overall().met > 0 ? 0 : 1; }
