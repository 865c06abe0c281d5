#include <string_view>

#include <daye/utf8.hpp>

#include "catch.hpp"

namespace utf8 = daye::utf8;
using std::string_view_literals::operator""sv;

TEST_CASE("well-formed UTF-8 decodes to its code points, at every boundary of Table 3-7") {
    STATIC_REQUIRE(utf8::decode("A", 0).code_point == U'A');
    STATIC_REQUIRE(utf8::decode("\xC2\x80", 0).code_point == 0x80);        // first of two bytes
    STATIC_REQUIRE(utf8::decode("\xDF\xBF", 0).code_point == 0x7FF);       // last of two bytes
    STATIC_REQUIRE(utf8::decode("\xE0\xA0\x80", 0).code_point == 0x800);   // first of three bytes
    STATIC_REQUIRE(utf8::decode("\xED\x9F\xBF", 0).code_point == 0xD7FF);  // just below the surrogates
    STATIC_REQUIRE(utf8::decode("\xEE\x80\x80", 0).code_point == 0xE000);  // just above them
    STATIC_REQUIRE(utf8::decode("\xEF\xBF\xBF", 0).code_point == 0xFFFF);
    STATIC_REQUIRE(utf8::decode("\xF0\x90\x80\x80", 0).code_point == 0x10000);
    STATIC_REQUIRE(utf8::decode("\xF4\x8F\xBF\xBF", 0).code_point == 0x10FFFF);  // the last code point
    STATIC_REQUIRE(utf8::decode("\xF4\x8F\xBF\xBF", 0).length == 4);
    STATIC_REQUIRE(utf8::decode("大冶", 3).code_point == U'冶');
    STATIC_REQUIRE(utf8::decode("大冶", 3).length == 3);
    STATIC_REQUIRE(utf8::decode("\0"sv, 0).valid);  // NUL is a character; whether it is wanted is the reader's call
    STATIC_REQUIRE(utf8::is_valid("确保新增高新技术企业50家, 63.85万亩 🌾"));
    STATIC_REQUIRE(utf8::is_valid(""));
}

TEST_CASE("overlong encodings, surrogates and code points above U+10FFFF are ill-formed") {
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xC0\xAF"));          // '/' in two bytes
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xC1\xBF"));          // U+007F in two bytes
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xE0\x80\x80"));      // NUL in three bytes
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xE0\x9F\xBF"));      // U+07FF in three bytes
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xF0\x8F\xBF\xBF"));  // U+FFFF in four bytes
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xED\xA0\x80"));      // U+D800, the first surrogate
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xED\xBF\xBF"));      // U+DFFF, the last
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xF4\x90\x80\x80"));  // U+110000
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xF5\x80\x80\x80"));  // beyond any plane
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xFF"));
    STATIC_REQUIRE_FALSE(utf8::is_valid("\x80"));      // a continuation byte alone
    STATIC_REQUIRE_FALSE(utf8::is_valid("\xE5\xA4"));  // cut short at the end
    STATIC_REQUIRE_FALSE(
        utf8::is_valid("\xE5\xA4"
                       "A"));  // cut short by a new character
}

TEST_CASE("an ill-formed sequence is skipped by its maximal subpart, and found where it starts") {
    STATIC_REQUIRE(utf8::decode("\xE0\x80\x80", 0).length == 1);  // E0 80 cannot begin anything
    STATIC_REQUIRE(utf8::decode("\xE5\xA4"
                                "A",
                                0)
                       .length == 2);                             // E5 A4 could have
    STATIC_REQUIRE(utf8::decode("\xF0\x9F\x8C", 0).length == 3);  // three of four bytes, then the end
    STATIC_REQUIRE_FALSE(utf8::decode("\xF0\x9F\x8C", 0).valid);
    STATIC_REQUIRE(utf8::decode("\xF4\x90\x80\x80", 0).length == 1);
    STATIC_REQUIRE(utf8::first_invalid("大冶\xED\xA0\x80") == 6);
    STATIC_REQUIRE(utf8::first_invalid("大冶") == std::string_view::npos);
}
