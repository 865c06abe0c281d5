// expect: daye: compounding needs a rate or an amount on a stated price basis
// expect: industrial_output_above_scale_growth_tag
// Growth of gross industrial output, whose basis counties usually do not state, cannot be compounded.
#include <daye/catalog/industry.hpp>
#include <daye/plan_figures.hpp>
#include <daye/plans/daye_2024.hpp>

using namespace daye;

#ifdef DAYE_COMPILE_FAIL
constexpr auto rate = rate_of(plans::daye_2024, catalog::industrial_output_above_scale_growth);
#else
constexpr auto rate = rate_of(plans::daye_2024, catalog::gdp_growth);
#endif

int main() { return rate.ok() ? 0 : 1; }
