#include <daye/decimal.hpp>
#include <daye/maybe.hpp>

#include "catch.hpp"

using daye::maybe;

TEST_CASE("a maybe holds a value or nothing") {
    constexpr maybe<int> nothing;
    constexpr maybe<int> three = 3;
    STATIC_REQUIRE_FALSE(nothing.known());
    STATIC_REQUIRE_FALSE(static_cast<bool>(nothing));
    STATIC_REQUIRE(three.known());
    STATIC_REQUIRE(*three == 3);
    STATIC_REQUIRE(nothing.value_or(7) == 7);
    constexpr maybe<daye::decimal> half = daye::parse_decimal("0.5").value();
    STATIC_REQUIRE(half->places() == 1);
}

TEST_CASE("a maybe never invents a value: reading an empty one throws at run time") {
    const maybe<int> nothing;
    try {
        (void)*nothing;
        FAIL("no exception");
    } catch (const daye::bad_result_access& e) {
        CHECK(e.error() == daye::errc::absent);
    }
    const maybe<daye::decimal> no_decimal;
    CHECK_THROWS_AS(no_decimal->places(), daye::bad_result_access);
}
