// expect: gdp_grwoth
// expect: (not declared|undeclared identifier)
// A misspelt indicator is an undeclared name, not a silent unknown.
#include <daye/catalog/economy.hpp>
#include <daye/observation.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

#ifdef DAYE_COMPILE_FAIL
constexpr observation o = observed(gdp_grwoth, 2024, 8.0_pct);
#else
constexpr observation o = observed(gdp_growth, 2024, 8.0_pct);
#endif

int main() { return o.year() == 2024 ? 0 : 1; }
