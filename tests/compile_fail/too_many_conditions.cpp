// expect: more_conditions_in_one_entry_than_max_conditions
// A compound entry holds its own condition and at most two others: a longer list is
// several entries.
#include <daye/catalog/economy.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target others[] = {at_least(catalog::gdp_growth, 6_pct), at_least(catalog::gdp_growth, 5_pct),
                             at_least(catalog::gdp_growth, 4_pct)};
#else
constexpr target others[] = {at_least(catalog::gdp_growth, 6_pct), at_least(catalog::gdp_growth, 5_pct)};
#endif
constexpr target t = at_least(catalog::gdp_growth, 7_pct).together_with(others);

int main() { return t.also.size() == 2 ? 0 : 1; }
