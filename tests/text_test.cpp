#include <string_view>

#include <daye/text.hpp>

#include "catch.hpp"

TEST_CASE("a text measures a literal, or takes a string view as it is") {
    constexpr daye::text phrase("确保新增高新技术企业50家");
    STATIC_REQUIRE(phrase.view.size() == 35);  // 11 CJK characters of 3 bytes and "50"
    constexpr std::string_view id = "gdp_growth_and_more";
    STATIC_REQUIRE(daye::text(id.substr(0, 10)).view == "gdp_growth");
}

TEST_CASE("same() compares strings") {
    STATIC_REQUIRE(daye::detail::same("gdp_growth", "gdp_growth"));
    STATIC_REQUIRE_FALSE(daye::detail::same("gdp_growth", "gdp_growths"));
    STATIC_REQUIRE_FALSE(daye::detail::same("gdp_growth", "gdp_grewth"));
    STATIC_REQUIRE(daye::detail::same("", ""));
}
