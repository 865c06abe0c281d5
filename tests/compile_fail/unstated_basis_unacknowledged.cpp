// expect: one indicator's price basis is unstated and the other's is stated
// expect: pass acknowledge_unstated_basis
// expect: resident_income_growth_tag
// g++ names it after line 5: the include chain and keeps_pace's call come first
// Daye's income growth, whose basis the report does not state, against real GDP growth.
#include <daye/plans/daye_2024.hpp>

using namespace daye;
using namespace daye::catalog;
using daye::plans::daye_2024_entries::resident_income_growth;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = keeps_pace(resident_income_growth, with(gdp_growth));
#else
constexpr target t = keeps_pace(resident_income_growth, with(gdp_growth), acknowledge_unstated_basis);
#endif

int main() { return t.kind == target_kind::measure ? 1 : 0; }
