#include <daye/plan_figures.hpp>
#include <daye/plans/daye_2024.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;
using daye::plans::daye_2024;
using namespace daye::catalog;

TEST_CASE("a plan's growth and level targets become rates and amounts on their indicator's basis") {
    STATIC_REQUIRE(rate_of(daye_2024, gdp_growth).value().fraction() == 0.075);
    STATIC_REQUIRE(std::is_same_v<decltype(rate_of(daye_2024, gdp_growth))::value_type, growth_rate<real>>);
    STATIC_REQUIRE(rate_of(daye_2024, retail_sales_growth).value().percent() == 9.8);
    STATIC_REQUIRE(std::is_same_v<decltype(rate_of(daye_2024, retail_sales_growth))::value_type, growth_rate<nominal>>);
    STATIC_REQUIRE(amount_of(daye_2024, gdp_level).value().value() == 1000.0);
    STATIC_REQUIRE(std::is_same_v<decltype(amount_of(daye_2024, gdp_level))::value_type, amount<nominal>>);
    // Real growth must go through a deflator before it projects the nominal level:
    DAYE_CONSTEXPR auto nominal_growth = to_nominal(rate_of(daye_2024, gdp_growth).value(), deflator(1_pct)).value();
    STATIC_REQUIRE(compound(amount<nominal>(900), nominal_growth, 1).value().value() > 977.0);
}

TEST_CASE("a plan without such a target says so") {
    STATIC_REQUIRE(rate_of(daye_2024, primary_industry_value_added_growth).error() == errc::out_of_range);
    STATIC_REQUIRE(amount_of(daye_2024, retail_sales).error() == errc::out_of_range);
}
