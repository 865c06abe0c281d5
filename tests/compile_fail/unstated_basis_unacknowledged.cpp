// expect: one indicator's price basis is unstated and the other's is stated
// expect: pass acknowledge_unstated_basis
// expect: industrial_output_above_scale_growth_tag
// Growth of gross industrial output, whose basis counties usually do not state, against real
// GDP growth.
#include <daye/catalog/economy.hpp>
#include <daye/catalog/industry.hpp>
#include <daye/daye.hpp>

using namespace daye;
using namespace daye::catalog;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = keeps_pace(industrial_output_above_scale_growth, with(gdp_growth));
#else
constexpr target t = keeps_pace(industrial_output_above_scale_growth, with(gdp_growth), acknowledge_unstated_basis);
#endif

int main() { return t.kind == target_kind::measure ? 1 : 0; }
