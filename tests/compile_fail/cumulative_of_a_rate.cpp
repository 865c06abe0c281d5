// expect: adds amounts or counts, not rates or ranks
// Five years of growth rates do not add up to anything: 年均 chains them instead.
#include <daye/catalog/economy.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = cumulative(catalog::gdp_growth, 35_pct, 2021);
#else
constexpr target t = average_annual(catalog::gdp_growth, 6_pct, 2020);
#endif

int main() { return t.base_year > 0 ? 0 : 1; }
