// expect: no_entry_with_this_id
// The checked lookup of a scorecard entry: a misspelt id is a compile error in a constant
// expression (find() would give a null pointer). Inside a static_assert's condition g++
// first prints the condition (three lines), so the lookup is written into a variable.
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

using namespace daye;
using namespace daye::literals;

constexpr observation reported[] = {observed(catalog::gdp_growth, 2024, 8.0_pct)};
constexpr auto card = score(plans::daye_2024, reported).value();
#ifdef DAYE_COMPILE_FAIL
constexpr const scored_entry* growth = card.at("gdp_grwoth").value();
#else
constexpr const scored_entry* growth = card.at("gdp_growth").value();
static_assert(growth->result.outcome() == verdict::met);
#endif

int main() {}
