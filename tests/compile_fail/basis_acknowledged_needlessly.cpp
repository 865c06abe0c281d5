// expect: daye: acknowledge_unstated_basis is given, but no basis is unstated
// expect: rural_resident_income_growth_real_tag
// Two real growth rates: there is no unstated basis to acknowledge.
#include <daye/catalog/people.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::catalog;

#ifdef DAYE_COMPILE_FAIL
constexpr target t =
    keeps_pace(rural_resident_income_growth_real, with(urban_resident_income_growth_real), acknowledge_unstated_basis);
#else
constexpr target t = keeps_pace(rural_resident_income_growth_real, with(urban_resident_income_growth_real));
#endif

int main() { return t.kind == target_kind::measure ? 1 : 0; }
