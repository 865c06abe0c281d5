// expect: daye: cannot compare a price measure .* with an indicator that is not a price measure
// expect: gdp_growth_tag
// Real GDP growth against R&D intensity, a share: both in percent, but not comparable.
#include <daye/catalog/economy.hpp>
#include <daye/catalog/innovation.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::catalog;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = exceeds(gdp_growth, than(rd_intensity));
#else
constexpr target t = exceeds(gdp_growth, than(secondary_industry_value_added_growth));
#endif

int main() { return t.kind == target_kind::measure ? 1 : 0; }
