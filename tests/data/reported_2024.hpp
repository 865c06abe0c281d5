// What Daye reported for 2024 (examples/data/daye-2024-reported.csv), as constexpr
// observations, for the tests and benchmarks that evaluate the plan at compile time.
#ifndef DAYE_TESTS_DATA_REPORTED_2024_HPP
#define DAYE_TESTS_DATA_REPORTED_2024_HPP

#include <daye/catalog/consumption.hpp>
#include <daye/catalog/economy.hpp>
#include <daye/catalog/fiscal.hpp>
#include <daye/catalog/industry.hpp>
#include <daye/catalog/investment.hpp>
#include <daye/catalog/ranks.hpp>
#include <daye/observation.hpp>
#include <daye/units.hpp>

namespace daye::test_data {
using namespace daye::literals;
using namespace daye::catalog;

inline constexpr observation reported_2024[] = {
    observed(gdp_growth, 2024, 8.0_pct, data_status::preliminary),
    observed(industrial_value_added_growth, 2024, 14.0_pct),
    observed(fixed_asset_investment_growth, 2024, 13.5_pct),
    observed(retail_sales_growth, 2024, 5.3_pct),
    observed(local_budget_revenue_growth, 2024, 12.3_pct),
    observed(local_budget_revenue, 2024, 67.44_yi),
    observed(county_rank, 2024, 55_th),
    observed(county_rank, 2023, 57_th),
    observed(county_rank, 2022, 67_th),
};
}  // namespace daye::test_data

#endif
