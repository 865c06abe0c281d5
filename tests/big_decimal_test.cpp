// examples/big_decimal.hpp: exact arithmetic for daye_sprint's decisions.
#include <string_view>

#include <daye/decimal.hpp>

#include "big_decimal.hpp"
#include "catch.hpp"

namespace {
big_decimal big(std::string_view text) { return big_decimal(daye::parse_decimal(text).value()); }
}  // namespace

TEST_CASE("sums, differences and products are exact at any length") {
    CHECK((big("1.075") * big("0.965")).text() == "1.037375");  // 7.5 % real at a deflator of -3.5 %
    CHECK((big("930.71") * big("1.037375")).text() == "965.49528625");
    big_decimal level = big("930.71");
    for (int year = 0; year < 30; ++year) level = level * big("1.037375");
    CHECK(level.text() ==
          "2798.25770375977844823714159432687861540615536308290342856352230934138484827954952012638998396541391676840"
          "324978630720734044538649728353336973234698203949477601781836710870265960693359375");
    CHECK((big("0.5") - big("2")).text() == "-1.5");
    CHECK((big("-0.5") + big("2")).text() == "1.5");
    CHECK((big("-0.5") - big("-0.5")).text() == "0");
    CHECK((big("-1.5") * big("-2")).text() == "3");
    CHECK((big("999999999.999999999") + big("0.000000001")).text() == "1000000000");
    CHECK(big("3.5").shifted(2).text() == "0.035");
}

TEST_CASE("comparisons are exact where doubles are not") {
    CHECK(big("900") < big("900.000000000000001"));
    CHECK_FALSE(big("900") >= big("900.000000000000001"));
    CHECK(big("999999999999999998") < big("999999999999999999"));
    // 1000 at 10 % for two years is 1210 exactly; in doubles 1000 * 1.1 * 1.1 is 1210.0000000000002.
    CHECK(big("1000") * big("1.1") * big("1.1") == big("1210"));
    CHECK(big("1000") * big("1.1") * big("1.1") >= big("1210"));
    CHECK(compare(big("-2"), big("1")) < 0);
    CHECK(compare(big("1.10"), big("1.1")) == 0);
}

TEST_CASE("text(places) rounds once, half away from zero") {
    CHECK(big("1040.0625").text(2) == "1040.06");
    CHECK(big("0.125").text(2) == "0.13");
    CHECK(big("-0.125").text(2) == "-0.13");
    CHECK(big("9.995").text(2) == "10.00");
    CHECK(big("0.994999999999999999").text(2) == "0.99");
    CHECK(big("-0.001").text(2) == "0.00");  // no "-0.00"
    CHECK(big("900").text(2) == "900.00");
    CHECK(big("0.5").text(0) == "1");
}

TEST_CASE("to_double is the nearest double") {
    CHECK(big("0.1").to_double() == 0.1);
    CHECK(big("1040.0625").to_double() == 1040.0625);
    CHECK(big("-3.7375").to_double() == -3.7375);
}
