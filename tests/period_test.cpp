#include <string>

#include <daye/period.hpp>

#include "catch.hpp"

using daye::errc;
using daye::parse_period;
using daye::period;
using daye::reckoning;
namespace periods = daye::periods;

TEST_CASE("a period is a run of months; the default is the whole year") {
    STATIC_REQUIRE(period{}.whole_year());
    STATIC_REQUIRE(period{} == periods::whole_year);
    STATIC_REQUIRE(periods::first_three_quarters == periods::jan_sep);  // 前三季度 is 1-9月
    STATIC_REQUIRE(periods::first_three_quarters.from_january());
    STATIC_REQUIRE_FALSE(periods::third_quarter.from_january());
    STATIC_REQUIRE(periods::jan_nov.months() == 11);
    STATIC_REQUIRE_FALSE((period{0, 3}).valid());
    STATIC_REQUIRE_FALSE((period{9, 1}).valid());
    STATIC_REQUIRE_FALSE((period{1, 13}).valid());
    STATIC_REQUIRE((period{12, 12}).valid());
    STATIC_REQUIRE(periods::jan_mar < periods::jan_sep);
    STATIC_REQUIRE(periods::jan_sep < periods::second_quarter);
    STATIC_REQUIRE_FALSE(periods::jan_sep < periods::jan_sep);
    STATIC_REQUIRE(periods::jan_sep != periods::third_quarter);
}

TEST_CASE("the rest of the year follows a period to December") {
    STATIC_REQUIRE(daye::rest_of_year(periods::first_three_quarters).value() == periods::fourth_quarter);
    STATIC_REQUIRE(daye::rest_of_year(periods::jan_nov).value() == period{12, 12});
    STATIC_REQUIRE(daye::rest_of_year(periods::first_half).value() == periods::second_half);
    STATIC_REQUIRE(daye::rest_of_year(periods::whole_year).error() == errc::out_of_range);
    STATIC_REQUIRE(daye::rest_of_year(period{5, 2}).error() == errc::out_of_range);
}

TEST_CASE("data files write a period as an id") {
    STATIC_REQUIRE(parse_period("").value() == periods::whole_year);
    STATIC_REQUIRE(parse_period("jan-sep").value() == periods::jan_sep);
    STATIC_REQUIRE(parse_period("jan-feb").value() == periods::jan_feb);
    STATIC_REQUIRE(parse_period("q1").value() == periods::first_quarter);
    STATIC_REQUIRE(parse_period("q4").value() == periods::fourth_quarter);
    STATIC_REQUIRE(parse_period("apr-jun").value() == periods::second_quarter);
    STATIC_REQUIRE(parse_period("jan-dec").value() == periods::whole_year);
    STATIC_REQUIRE(parse_period("sep").value() == period{9, 9});
    STATIC_REQUIRE(parse_period("sep-jan").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("q5").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("q0").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("Jan-Sep").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("1-9").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("jan_sep").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("jan-sepx").error() == errc::malformed);
    STATIC_REQUIRE(parse_period("xxx-sep").error() == errc::malformed);
    STATIC_REQUIRE(parse_period(" ").error() == errc::malformed);
    STATIC_REQUIRE(daye::period_id(periods::jan_sep).view() == "jan-sep");
    STATIC_REQUIRE(daye::period_id(periods::third_quarter).view() == "q3");
    STATIC_REQUIRE(daye::period_id(periods::first_quarter).view() == "q1");
    STATIC_REQUIRE(daye::period_id(periods::whole_year).view().empty());
    STATIC_REQUIRE(daye::period_id(period{9, 9}).view() == "sep");
    STATIC_REQUIRE(daye::period_id(period{0, 9}).view().empty());
}

TEST_CASE("every valid period reads back from its id") {
    for (unsigned char first = 1; first <= 12; ++first)
        for (unsigned char last = first; last <= 12; ++last) {
            const period p{first, last};
            CHECK(parse_period(daye::period_id(p).view()).value() == p);
        }
}

TEST_CASE("periods are named as the statistics print them") {
    STATIC_REQUIRE(daye::name_zh(periods::jan_sep).view() == "1-9月");
    STATIC_REQUIRE(daye::name_zh(periods::jan_sep, reckoning::quarterly).view() == "前三季度");
    STATIC_REQUIRE(daye::name_zh(periods::first_half, reckoning::quarterly).view() == "上半年");
    STATIC_REQUIRE(daye::name_zh(periods::first_quarter, reckoning::quarterly).view() == "一季度");
    STATIC_REQUIRE(daye::name_zh(periods::fourth_quarter, reckoning::quarterly).view() == "四季度");
    STATIC_REQUIRE(daye::name_zh(period{4, 12}, reckoning::quarterly).view() == "二至四季度");
    STATIC_REQUIRE(daye::name_zh(periods::jan_feb, reckoning::quarterly).view() == "1-2月");  // not whole quarters
    STATIC_REQUIRE(daye::name_zh(period{12, 12}).view() == "12月");
    STATIC_REQUIRE(daye::name_zh(period{3, 12}).view() == "3-12月");
    STATIC_REQUIRE(daye::name_zh(periods::whole_year).view() == "全年");
    STATIC_REQUIRE(daye::name_zh(period{7, 3}).view().empty());
    STATIC_REQUIRE(daye::name_en(periods::jan_sep).view() == "January to September");
    STATIC_REQUIRE(daye::name_en(period{11, 12}).view() == "November and December");
    STATIC_REQUIRE(daye::name_en(period{12, 12}).view() == "December");
    STATIC_REQUIRE(daye::name_en(periods::jan_sep, reckoning::quarterly).view() == "the first three quarters");
    STATIC_REQUIRE(daye::name_en(periods::second_half, reckoning::quarterly).view() == "the second half");
    STATIC_REQUIRE(daye::name_en(periods::whole_year).view() == "the whole year");
    STATIC_REQUIRE(daye::name_en(period{0, 0}).view().empty());
}

TEST_CASE("after each cumulative period, the rest of the year has a name in both languages") {
    const auto rest = [](period p, reckoning r) {
        const period after = daye::rest_of_year(p).value();
        return std::string(daye::name_zh(after, r).view()) + " / " + std::string(daye::name_en(after, r).view());
    };
    CHECK(rest(periods::first_quarter, reckoning::quarterly) == "二至四季度 / the last three quarters");
    CHECK(rest(periods::first_half, reckoning::quarterly) == "下半年 / the second half");
    CHECK(rest(periods::first_three_quarters, reckoning::quarterly) == "四季度 / the fourth quarter");
    CHECK(rest(periods::jan_feb, reckoning::monthly) == "3-12月 / March to December");
    CHECK(rest(periods::jan_nov, reckoning::monthly) == "12月 / December");
    for (unsigned char last = 2; last <= 11; ++last)
        for (const reckoning r : {reckoning::monthly, reckoning::quarterly}) {
            CHECK_FALSE(daye::name_zh(period{1, last}, r).view().empty());
            CHECK(rest(period{1, last}, r).size() > 5);
        }
}
