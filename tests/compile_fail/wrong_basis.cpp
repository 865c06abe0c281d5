// expect: cannot compare a real \(comparable-price\) indicator with a nominal \(current-price\) one
// expect: rural_resident_income_growth_real_tag
// Real income growth against nominal income growth: the comparison means nothing.
#include <daye/catalog/people.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::catalog;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = exceeds(rural_resident_income_growth_real, than(urban_resident_income_growth));
#else
constexpr target t = exceeds(rural_resident_income_growth_real, than(urban_resident_income_growth_real));
#endif

int main() { return t.kind == target_kind::measure ? 1 : 0; }
