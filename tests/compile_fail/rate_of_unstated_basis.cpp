// expect: daye: compounding needs a rate or an amount on a stated price basis
// expect: resident_income_growth_tag
// Daye's income growth, whose basis the report does not state, cannot be compounded.
#include <daye/plan_figures.hpp>
#include <daye/plans/daye_2024.hpp>

using namespace daye;
using daye::plans::daye_2024_entries::resident_income_growth;

#ifdef DAYE_COMPILE_FAIL
constexpr auto rate = rate_of(plans::daye_2024, resident_income_growth);
#else
constexpr auto rate = rate_of(plans::daye_2024, catalog::gdp_growth);
#endif

int main() { return rate.ok() ? 0 : 1; }
