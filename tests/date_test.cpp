#include <daye/date.hpp>

#include "catch.hpp"

using daye::date;

TEST_CASE("a date is ok only when it is on the calendar") {
    STATIC_REQUIRE(date{2024, 12, 31}.ok());
    STATIC_REQUIRE(date{2024, 2, 29}.ok());
    STATIC_REQUIRE_FALSE(date{2023, 2, 29}.ok());
    STATIC_REQUIRE(date{2000, 2, 29}.ok());
    STATIC_REQUIRE_FALSE(date{1900, 2, 29}.ok());
    STATIC_REQUIRE_FALSE(date{2024, 13, 1}.ok());
    STATIC_REQUIRE_FALSE(date{2024, 4, 31}.ok());
    STATIC_REQUIRE_FALSE(date{2024, 0, 1}.ok());
    STATIC_REQUIRE_FALSE(date{}.ok());
}

TEST_CASE("dates order by the calendar") {
    STATIC_REQUIRE(date{2024, 12, 20} <= date{2024, 12, 31});
    STATIC_REQUIRE(date{2025, 1, 1} > date{2024, 12, 31});
    STATIC_REQUIRE(date{2024, 1, 12} == date{2024, 1, 12});
    STATIC_REQUIRE(date{2024, 1, 12} != date{2024, 1, 13});
    STATIC_REQUIRE(date{2024, 2, 1} < date{2024, 10, 1});
    STATIC_REQUIRE(date{2024, 2, 1} >= date{2024, 2, 1});
}

TEST_CASE("dates parse from and print as YYYY-MM-DD") {
    STATIC_REQUIRE(daye::parse_date("2024-12-31").value() == date{2024, 12, 31});
    STATIC_REQUIRE(daye::parse_date("2024-02-30").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::parse_date("2024/12/31").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::parse_date("2024-1-31").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::parse_date("2024-12-3x").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::parse_date("").error() == daye::errc::empty);
    // Found by fuzz_csv: extra dashes once indexed past the three fields.
    STATIC_REQUIRE(daye::parse_date("2024-1--31").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::parse_date("2024------").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::parse_date("-024-12-31").error() == daye::errc::invalid_date);
    STATIC_REQUIRE(daye::to_text(date{2024, 1, 12}).view() == "2024-01-12");
    STATIC_REQUIRE(daye::to_text(date{987, 3, 4}).view() == "0987-03-04");
}
