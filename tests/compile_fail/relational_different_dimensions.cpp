// expect: the two indicators measure different dimensions and cannot be compared
// expect: gdp_growth_tag
// errors: 1
// GDP growth keeping pace with the number of high-tech enterprises.
#include <daye/catalog/economy.hpp>
#include <daye/catalog/innovation.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::catalog;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = keeps_pace(gdp_growth, with(new_high_tech_enterprises));
#else
constexpr target t = keeps_pace(gdp_growth, with(secondary_industry_value_added_growth));
#endif

int main() { return t.kind == target_kind::measure ? 1 : 0; }
