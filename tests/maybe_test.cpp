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
    constexpr maybe<daye::decimal> half = daye::parse_decimal("0.5").value();
    STATIC_REQUIRE(half->places() == 1);
}
