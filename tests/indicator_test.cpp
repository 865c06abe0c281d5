#include <daye/indicator.hpp>

#include "catch.hpp"

using namespace daye;

TEST_CASE("an indicator knows its unit and price basis; the empty one is unknown") {
    constexpr indicator gdp{"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"};
    STATIC_REQUIRE(gdp.known());
    STATIC_REQUIRE(gdp.id == "gdp_growth");
    STATIC_REQUIRE(gdp.measured_in == &units::percent);
    STATIC_REQUIRE(gdp.name_zh == "地区生产总值增长");
    STATIC_REQUIRE_FALSE(indicator{}.known());
}

TEST_CASE("every price basis has an id and a gloss") {
    STATIC_REQUIRE(name(price_basis::real) == "real");
    STATIC_REQUIRE(name(price_basis::nominal) == "nominal");
    STATIC_REQUIRE(gloss(price_basis::real) == "comparable prices (real) 可比价");
    for (int b = 0; b <= static_cast<int>(price_basis::unstated); ++b) {
        CHECK_FALSE(name(static_cast<price_basis>(b)).empty());
        CHECK_FALSE(gloss(static_cast<price_basis>(b)).empty());
    }
}
