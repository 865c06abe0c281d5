// expect: the value's unit does not measure what the indicator measures
// expect: gdp_growth_tag
// errors: 1
// An observation in the wrong unit: 17.1 亿元 for a growth rate.
#include <daye/catalog/economy.hpp>
#include <daye/observation.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr observation o = observed(catalog::gdp_growth, 2024, 17.1_yi);
#else
constexpr observation o = observed(catalog::gdp_growth, 2024, 17.1_pct);
#endif

int main() { return o.year() == 2024 ? 0 : 1; }
