// expect: stretch_is_not_beyond_the_floor_on_the_side_that_passes
// 确保7%、力争6%: a stretch below its floor is a typo, not an aspiration.
#include <daye/catalog/economy.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = at_least(catalog::gdp_growth, 7_pct).stretch_to(6_pct, commitment::strive);
#else
constexpr target t = at_least(catalog::gdp_growth, 7_pct).stretch_to(8_pct, commitment::strive);
#endif

int main() { return t.tiered() ? 0 : 1; }
