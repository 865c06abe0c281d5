#include <string_view>
#include <type_traits>
#include <utility>

#include <daye/decimal.hpp>
#include <daye/result.hpp>

#include "catch.hpp"

using daye::decimal;
using daye::errc;

TEST_CASE("result::value() of an error throws at run time and says which error") {
    const auto r = daye::parse_decimal("abc");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error() == errc::malformed);
    REQUIRE(r.value_or(decimal(7)) == decimal(7));
    REQUIRE_THROWS_AS(r.value(), daye::bad_result_access);
    REQUIRE(daye::message(errc::malformed) == "not a decimal number");
}

TEST_CASE("every error has a message, and value() of it throws that error at run time") {
    for (int e = 1; e <= static_cast<int>(errc::invalid_plan); ++e) {
        const auto code = static_cast<errc>(e);
        CHECK(daye::message(code) != daye::message(errc::none));
        const daye::result<int> failed(code);
        try {
            (void)failed.value();
            FAIL("no exception");
        } catch (const daye::bad_result_access& caught) {
            CHECK(caught.error() == code);
        }
    }
    CHECK(daye::result<int>(3).value() == 3);
}

TEST_CASE("value() of a temporary is a value, so that nothing refers into a destroyed result") {
    STATIC_REQUIRE(std::is_same_v<decltype(std::declval<daye::result<int>>().value()), int>);
    STATIC_REQUIRE(std::is_same_v<decltype(std::declval<const daye::result<int>>().value()), int>);
    STATIC_REQUIRE(std::is_same_v<decltype(std::declval<daye::result<int>&>().value()), const int&>);
    const auto& kept = daye::parse_decimal("7.5").value();  // a copy whose life the reference extends
    CHECK(kept == daye::parse_decimal("7.50").value());
}
