// expect: the value's unit does not measure what the indicator measures
// expect: gdp_growth_tag
// errors: 1
// A threshold in another dimension than its indicator's: 75 enterprises for a growth rate.
#include <daye/catalog/economy.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = at_least(catalog::gdp_growth, 75_enterprises);
#else
constexpr target t = at_least(catalog::gdp_growth, 7.5_pct);
#endif

int main() { return t.value.is_zero() ? 1 : 0; }
