// The compile-cost benchmark's subject: the umbrella header, Daye's 2024 plan (validated
// by its header) and the whole 2024 scorecard evaluated at compile time against what
// Daye reported.
#include <daye/daye.hpp>
#include <daye/plans/daye_2024.hpp>

#include "../data/reported_2024.hpp"

using namespace daye;

constexpr auto card = score(plans::daye_2024, test_data::reported_2024).value();
static_assert(card.verdict() == plan_verdict::missed);
static_assert(card.overall().met == 4 && card.overall().missed == 3 && card.overall().unknown == 62);
static_assert(!card.vetoed() && !card.complete());

int main() { return 0; }
