// expect: daye: rank_at_most and rank_improves read a rank indicator
// expect: gdp_growth_tag
// A place on a list asked of a growth rate.
#include <daye/catalog/economy.hpp>
#include <daye/catalog/ranks.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = rank_at_most(catalog::gdp_growth, 50_th);
#else
constexpr target t = rank_at_most(catalog::county_rank, 50_th);
#endif

int main() { return t.kind == target_kind::rank_at_most ? 0 : 1; }
