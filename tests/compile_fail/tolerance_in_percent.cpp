// expect: a tolerance or a margin is a difference of the indicator's values
// expect: gdp_growth_tag
// errors: 1
// 左右 around 6 % is ± 0.5 percentage points, not ± 0.5 %.
#include <daye/catalog/economy.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = about(catalog::gdp_growth, 6_pct, 0.5_pct);
#else
constexpr target t = about(catalog::gdp_growth, 6_pct, 0.5_pp);
#endif

int main() { return t.tolerance.is_zero() ? 1 : 0; }
