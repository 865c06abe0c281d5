// The compile-cost benchmark's subject: the umbrella header and the whole 2024 scorecard
// evaluated at compile time against what Daye reported.
#include <daye/daye.hpp>

#include "../data/reported_2024.hpp"

using namespace daye;
using namespace daye::literals;

constexpr auto card = score(plans::daye_2024, test_data::reported_2024).value();
static_assert(card.verdict() == plan_verdict::missed);
static_assert(card.overall().met == 4 && card.overall().missed == 3 && card.overall().unknown == 61);
static_assert(!card.vetoed() && !card.complete());

int main() { return 0; }
