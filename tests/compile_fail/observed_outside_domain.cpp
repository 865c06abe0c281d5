// expect: value_outside_the_domain_of_its_indicator
// expect: county_rank
// A rank of 0 does not exist: an impossible value is an error, never a verdict.
#include <daye/catalog/ranks.hpp>
#include <daye/observation.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr observation o = observed(catalog::county_rank, 2024, 0_th);
#else
constexpr observation o = observed(catalog::county_rank, 2024, 55_th);
#endif

int main() { return o.year() == 2024 ? 0 : 1; }
