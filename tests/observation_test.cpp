#include <daye/observation.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
constexpr observation reported[] = {
    observed("gdp_growth", 2024, 8.0_pct, data_status::preliminary),
    observed("uhv_converter_station", 2024, date{2024, 12, 20}),
    observed("hubin_road_bridge", 2024, measure_status::under_way),
    observed("county_rank", 2023, 57_th),
};
}  // namespace

TEST_CASE("an observation is a figure, a day or a status, final or preliminary") {
    STATIC_REQUIRE(reported[0].kind == value_kind::number);
    STATIC_REQUIRE(reported[0].measured_in == &units::percent);
    STATIC_REQUIRE(reported[0].status == data_status::preliminary);
    STATIC_REQUIRE(reported[1].kind == value_kind::day);
    STATIC_REQUIRE(reported[1].day == date{2024, 12, 20});
    STATIC_REQUIRE(reported[1].measured_in == &units::date);
    STATIC_REQUIRE(reported[2].progress == measure_status::under_way);
    STATIC_REQUIRE(reported[2].status == data_status::reported);
    STATIC_REQUIRE(name(data_status::preliminary) == "preliminary");
    STATIC_REQUIRE(name(data_status::reported) == "reported");
}

TEST_CASE("observations are found by indicator and year") {
    STATIC_REQUIRE(find_observation(reported, "county_rank", 2023)->number == decimal(57));
    STATIC_REQUIRE(find_observation(reported, "county_rank", 2024) == nullptr);
    STATIC_REQUIRE(find_observation(reported, "nowhere", 2024) == nullptr);
}
