#include <daye/progress.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
using real_level = amount<real>;
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }
/// Base 100; `now` after 2 of 5 years; the goal 161.051 needs 10 % a year.
constexpr pace<real> after_two_years(double now) {
    return pace_towards(real_level(100), real_level(now), 2, real_level(161.051), 5).value();
}
}  // namespace

TEST_CASE("growing as fast as required is significant progress (Eurostat) and on track (SDSN)") {
    DAYE_CONSTEXPR pace<real> p = after_two_years(121);
    STATIC_REQUIRE_FALSE(p.already_met);
    STATIC_REQUIRE(*p.ratio > 0.999999);
    STATIC_REQUIRE(*p.ratio < 1.000001);
    STATIC_REQUIRE(eurostat(p) == eurostat_category::significant_progress);
    STATIC_REQUIRE(sdsn(p) == sdsn_category::on_track);
}

TEST_CASE("the categories follow the ratio of achieved to required growth") {
    // 7 %, 3 %, 0 % and -2 % a year against the 10 % required.
    STATIC_REQUIRE(eurostat(after_two_years(114.49)) == eurostat_category::moderate_progress);
    STATIC_REQUIRE(sdsn(after_two_years(114.49)) == sdsn_category::moderately_improving);
    STATIC_REQUIRE(eurostat(after_two_years(106.09)) == eurostat_category::insufficient_progress);
    STATIC_REQUIRE(sdsn(after_two_years(106.09)) == sdsn_category::stagnating);
    STATIC_REQUIRE(eurostat(after_two_years(100)) == eurostat_category::insufficient_progress);
    STATIC_REQUIRE(eurostat(after_two_years(96.04)) == eurostat_category::moving_away);
    STATIC_REQUIRE(sdsn(after_two_years(96.04)) == sdsn_category::decreasing);
    // 9.7 % a year: 0.97 of what is needed is significant for Eurostat, not on track for SDSN.
    STATIC_REQUIRE(eurostat(after_two_years(120.3409)) == eurostat_category::significant_progress);
    STATIC_REQUIRE(sdsn(after_two_years(120.3409)) == sdsn_category::moderately_improving);
    STATIC_REQUIRE(eurostat(after_two_years(170)) == eurostat_category::already_met);
    STATIC_REQUIRE(sdsn(after_two_years(170)) == sdsn_category::already_met);
}

TEST_CASE("thresholds are configurable") {
    DAYE_CONSTEXPR pace<real> p = after_two_years(114.49);  // ratio about 0.7
    STATIC_REQUIRE(eurostat(p, eurostat_thresholds{0.65, 0.5, 0.0}) == eurostat_category::significant_progress);
    STATIC_REQUIRE(sdsn(p, sdsn_thresholds{0.8, 0.75, 0.0}) == sdsn_category::stagnating);
}

TEST_CASE("a goal below the base asks for a fall, such as energy intensity") {
    // From 1.00 to 0.85 in five years; 0.95 after two is a fall of 2.5 % a year against 3.2 %.
    DAYE_CONSTEXPR pace<real> energy = pace_towards(real_level(1.0), real_level(0.95), 2, real_level(0.85), 5).value();
    STATIC_REQUIRE(*energy.ratio > 0.7);
    STATIC_REQUIRE(*energy.ratio < 0.9);
    STATIC_REQUIRE(eurostat(energy) == eurostat_category::moderate_progress);
    STATIC_REQUIRE(eurostat(pace_towards(real_level(1.0), real_level(0.84), 2, real_level(0.85), 5).value()) ==
                   eurostat_category::already_met);
    STATIC_REQUIRE(eurostat(pace_towards(real_level(1.0), real_level(1.1), 2, real_level(0.85), 5).value()) ==
                   eurostat_category::moving_away);
    // No change asked and none reached: met; a fall where none was asked: moving away.
    STATIC_REQUIRE(eurostat(pace_towards(real_level(1.0), real_level(1.0), 2, real_level(1.0), 5).value()) ==
                   eurostat_category::already_met);
    STATIC_REQUIRE_FALSE(pace_towards(real_level(1.0), real_level(0.9), 2, real_level(1.0), 5).value().ratio.known());
    STATIC_REQUIRE(eurostat(pace_towards(real_level(1.0), real_level(0.9), 2, real_level(1.0), 5).value()) ==
                   eurostat_category::moving_away);
    STATIC_REQUIRE(pace_towards(real_level(0), real_level(1), 2, real_level(2), 5).error() == errc::non_positive_level);
}

TEST_CASE("in-year pace from year-to-date growth (1-9月累计增长) and the annual target") {
    DAYE_CONSTEXPR in_year ahead = in_year_pace(7.8_pct, 9, 7.5_pct).value();
    STATIC_REQUIRE(ahead.on_pace);
    STATIC_REQUIRE(*ahead.required_rest == d("6.6"));  // (12 × 7.5 − 9 × 7.8) / 3
    DAYE_CONSTEXPR in_year behind = in_year_pace(7.0_pct, 9, 7.5_pct).value();
    STATIC_REQUIRE_FALSE(behind.on_pace);
    STATIC_REQUIRE(*behind.required_rest == d("9.0"));
    STATIC_REQUIRE(in_year_pace(7.5_pct, 9, 7.5_pct).value().on_pace);  // exact at the boundary
    STATIC_REQUIRE_FALSE(in_year_pace(7.49_pct, 9, 7.5_pct).value().on_pace);
    // Jan-Sep made 72 % of last year's GDP: (7.5 − 0.72 × 7.0) / 0.28 = 8.79
    STATIC_REQUIRE(*in_year_pace(7.0_pct, 9, 7.5_pct, d("0.72"), 2).value().required_rest == d("8.79"));
    STATIC_REQUIRE_FALSE(in_year_pace(7.0_pct, 12, 7.5_pct).value().required_rest.known());
    STATIC_REQUIRE(in_year_pace(7.0_pct, 0, 7.5_pct).error() == errc::out_of_range);
    STATIC_REQUIRE(in_year_pace(7.0_pct, 13, 7.5_pct).error() == errc::out_of_range);
    STATIC_REQUIRE(in_year_pace(7.0_pct, 9, 7.5_pct, d("1.0")).error() == errc::out_of_range);
    STATIC_REQUIRE(name(eurostat_category::moving_away) == "moving_away");
    STATIC_REQUIRE(name(sdsn_category::on_track) == "on_track");
}

TEST_CASE("progress with a bad level or share is a named error; SDSN without a ratio is decreasing") {
    CHECK(pace_towards(real_level(1), real_level(2), 2, real_level(0), 5).error() == errc::non_positive_level);
    const pace<real> none = pace_towards(real_level(1.0), real_level(0.9), 2, real_level(1.0), 5).value();
    CHECK(sdsn(none) == sdsn_category::decreasing);
    CHECK(in_year_pace(7.0_pct, 9, 7.5_pct, d("-0.5")).error() == errc::out_of_range);
    CHECK(in_year_pace(quantity<units::percent>(d("999999999999999999")), 9, 7.5_pct).error() == errc::overflow);
    for (int c = 0; c <= static_cast<int>(eurostat_category::moving_away); ++c)
        CHECK_FALSE(name(static_cast<eurostat_category>(c)).empty());
    for (int c = 0; c <= static_cast<int>(sdsn_category::decreasing); ++c)
        CHECK_FALSE(name(static_cast<sdsn_category>(c)).empty());
}
