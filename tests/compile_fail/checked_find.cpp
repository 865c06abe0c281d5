// expect: no_entry_with_this_id
// g++ names it after line 5: an id argument is checked in constant evaluation
// The checked lookup of a scorecard entry: a misspelt id is a compile error in a constant
// expression (find() would give a null pointer).
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

using namespace daye;
using namespace daye::literals;

constexpr observation reported[] = {observed(catalog::gdp_growth, 2024, 8.0_pct)};
constexpr auto card = score(plans::daye_2024, reported).value();
#ifdef DAYE_COMPILE_FAIL
static_assert(card.at("gdp_grwoth").value()->result.outcome() == verdict::met);
#else
static_assert(card.at("gdp_growth").value()->result.outcome() == verdict::met);
#endif

int main() {}
