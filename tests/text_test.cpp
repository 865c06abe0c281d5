#include <string_view>

#include <daye/text.hpp>

#include "catch.hpp"

using daye::detail::hash;

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

TEST_CASE("the hash reads the whole id: ids that differ anywhere, even at one middle byte, differ") {
    // The first key read the length and four characters: these collided.
    STATIC_REQUIRE(hash("entry_0001_x") != hash("entry_0002_x"));
    STATIC_REQUIRE(hash("entry_0001_x") != hash("entry_1001_x"));
    STATIC_REQUIRE(hash("abcde") != hash("abcdf"));
    STATIC_REQUIRE(hash("abcd") != hash("abdc"));
    STATIC_REQUIRE(hash("") == hash(std::string_view()));
    // FNV-1a's published test value for "a".
    STATIC_REQUIRE(hash("a") == 0xaf63dc4c8601ec8cULL);
    STATIC_REQUIRE(hash("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("a text span is empty when value-initialized and views what it is made of") {
    constexpr daye::text_span empty{};
    STATIC_REQUIRE(empty.view().empty());
    STATIC_REQUIRE(daye::text_span::of("gdp_growth").view() == "gdp_growth");
}
