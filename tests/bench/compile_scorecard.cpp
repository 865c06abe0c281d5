// The compile-cost benchmark's subject: the umbrella header and the whole 2024 scorecard
// evaluated at compile time against what Daye reported.
#include <daye/daye.hpp>

using namespace daye;
using namespace daye::literals;

constexpr observation reported_2024[] = {
    observed("gdp_growth", 2024, 8.0_pct, data_status::preliminary),
    observed("industrial_value_added_growth", 2024, 14.0_pct),
    observed("fixed_asset_investment_growth", 2024, 13.5_pct),
    observed("retail_sales_growth", 2024, 5.3_pct),
    observed("local_budget_revenue_growth", 2024, 12.3_pct),
    observed("local_budget_revenue", 2024, 67.44_yi),
    observed("county_rank", 2024, 55_th),
    observed("county_rank", 2023, 57_th),
    observed("county_rank", 2022, 67_th),
};
constexpr auto card = score(plans::daye_2024, reported_2024).value();
static_assert(card.verdict() == plan_verdict::missed);
static_assert(card.overall().met == 4 && card.overall().missed == 3 && card.overall().unknown == 61);
static_assert(!card.vetoed() && !card.complete());

int main() { return 0; }
