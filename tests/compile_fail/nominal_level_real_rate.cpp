// expect: cannot be compounded with a comparable-price \(real\) growth rate
// GDP at current prices projected with the plan's real growth target: the classic mistake.
#include <daye/compounding.hpp>

using namespace daye;
using namespace daye::literals;

constexpr amount<nominal> gdp_2024(900);
#ifdef DAYE_COMPILE_FAIL
constexpr auto gdp_2026 = compound(gdp_2024, growth_rate<real>(7.5_pct), 2);
#else
constexpr auto gdp_2026 = compound(gdp_2024, to_nominal(growth_rate<real>(7.5_pct), deflator(2_pct)).value(), 2);
#endif

int main() { return gdp_2026.ok() ? 0 : 1; }
