#include <daye/catalog/economy.hpp>
#include <daye/catalog/ranks.hpp>
#include <daye/observation.hpp>

#include "catch.hpp"
#include "indicators.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

namespace {
constexpr observation reported[] = {
    observed(gdp_growth, 2024, 8.0_pct, data_status::preliminary),
    observed("uhv_converter_station", 2024, date{2024, 12, 20}),
    observed("hubin_road_bridge", 2024, measure_status::under_way),
    observed(county_rank, 2023, 57_th),
};
}  // namespace

TEST_CASE("an observation is a figure, a day or a status, of an indicator and a year") {
    STATIC_REQUIRE(reported[0].kind() == value_kind::number);
    STATIC_REQUIRE(reported[0].indicator() == "gdp_growth");
    STATIC_REQUIRE(reported[0].measured_in() == &units::percent);
    STATIC_REQUIRE(reported[0].number() == parse_decimal("8.0").value());
    STATIC_REQUIRE(reported[0].number().places() == 1);
    STATIC_REQUIRE(reported[0].status() == data_status::preliminary);
    STATIC_REQUIRE(reported[1].kind() == value_kind::day);
    STATIC_REQUIRE(reported[1].day() == date{2024, 12, 20});
    STATIC_REQUIRE(reported[1].measured_in() == &units::date);
    STATIC_REQUIRE(reported[2].progress() == measure_status::under_way);
    STATIC_REQUIRE(reported[2].status() == data_status::reported);
    STATIC_REQUIRE(name(data_status::preliminary) == "preliminary");
    STATIC_REQUIRE(name(data_status::reported) == "reported");
    STATIC_REQUIRE(name(data_status::revised) == "revised");
}

TEST_CASE("by default an observation is of the plan's region, for the whole year, exact, with no source") {
    STATIC_REQUIRE(reported[0].region().empty());
    STATIC_REQUIRE(reported[0].covers().whole_year());
    STATIC_REQUIRE(reported[0].bound() == value_bound::exact);
    STATIC_REQUIRE(reported[0].source().empty());
    DAYE_CONSTEXPR observation hubei = observed(gdp_growth, 2024, 5.8_pct)
                                           .in("hubei")
                                           .during(period{1, 9})
                                           .bounded(value_bound::above)
                                           .from("a bulletin");
    STATIC_REQUIRE(hubei.region() == "hubei");
    STATIC_REQUIRE_FALSE(hubei.covers().whole_year());
    STATIC_REQUIRE(hubei.covers() == period{1, 9});
    STATIC_REQUIRE(hubei.bound() == value_bound::above);
    STATIC_REQUIRE(hubei.source() == "a bulletin");
    STATIC_REQUIRE(observed(gdp_growth, 2024, 8_pct).preliminary().status() == data_status::preliminary);
}

TEST_CASE("an observation is small: a panel of regions and years holds many") {
    STATIC_REQUIRE(sizeof(observation) <= 64);
    if (sizeof(void*) == 8) CHECK(sizeof(observation) == 56);
}

TEST_CASE("a value in another unit of the indicator's dimension is converted exactly") {
    DAYE_CONSTEXPR observation level = observed(gdp_level, 2024, 9307100_wan);
    STATIC_REQUIRE(level.measured_in() == &units::yi_yuan);
    STATIC_REQUIRE(level.number() == parse_decimal("930.71").value());
}

TEST_CASE("a value the indicator cannot take, or a year outside 1-9999, is an error, not an observation") {
    CHECK_THROWS_AS(observed(county_rank, 2024, 0_th), bad_result_access);
    CHECK_THROWS_AS(observed(gdp_growth, 2024, quantity<units::percent>(decimal(-100))), bad_result_access);
    CHECK_THROWS_AS(observed(gdp_level, 2024, quantity<units::yi_yuan>(decimal(-1))), bad_result_access);
    CHECK_THROWS_AS(observed(gdp_growth, 0, 8_pct), bad_result_access);
    CHECK_THROWS_AS(observed("m", 10000, measure_status::done), bad_result_access);
    CHECK(observation("x", 10000, decimal(1), units::percent).year() == 0);  // a data reader's, unchecked: no year
}

TEST_CASE("observations are found by indicator and year") {
    STATIC_REQUIRE(find_observation(reported, "county_rank", 2023)->number() == decimal(57));
    STATIC_REQUIRE(find_observation(reported, "county_rank", 2024) == nullptr);
    STATIC_REQUIRE(find_observation(reported, "nowhere", 2024) == nullptr);
}
