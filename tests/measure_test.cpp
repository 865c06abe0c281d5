#include <daye/measure.hpp>

#include "catch.hpp"

using namespace daye;

TEST_CASE("a measure's status reads from and prints as its id") {
    STATIC_REQUIRE(name(measure_status::under_way) == "under_way");
    for (int s = 0; s <= static_cast<int>(measure_status::done); ++s) {
        measure_status parsed{};
        CHECK(parse_measure_status(name(static_cast<measure_status>(s)), parsed));
        CHECK(parsed == static_cast<measure_status>(s));
    }
    measure_status unchanged = measure_status::done;
    CHECK_FALSE(parse_measure_status("finished", unchanged));
    CHECK(unchanged == measure_status::done);
}

TEST_CASE("a named item has its Chinese and English names") {
    constexpr named_item steel{"钢铁", "steel"};
    STATIC_REQUIRE(steel.zh == "钢铁");
    STATIC_REQUIRE(steel.en == "steel");
    STATIC_REQUIRE(named_item{}.zh.empty());
}
