#include <daye/progress.hpp>

#include <cstdint>
#include <cstring>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
using real_level = amount<real>;
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }
constexpr quantity<units::percent> pct(std::string_view text) { return quantity<units::percent>(d(text)); }

/// The growth the fourth quarter needs after 前三季度, rounded to `places`.
constexpr decimal q4_needs(std::string_view so_far, std::string_view q4_share, int places = 1) {
    return in_year_pace(periods::first_three_quarters, pct(so_far), 7.5_pct, rest_share(pct(q4_share)), places)
        .value()
        .required_rest;
}

// The README's example: GDP of 100 in 2020 must reach 161.051 by 2025 (10 % a year
// compounded); `now` is the level of 2022.
constexpr eurostat_progress<real> eurostat_after_two_years(double now) {
    return eurostat_progress_towards(aim::at_least, real_level(100), real_level(now), 2, real_level(161.051), 5)
        .value();
}
constexpr sdsn_progress<real> sdsn_after_two_years(double now) {
    return sdsn_progress_towards(aim::at_least, real_level(100), real_level(now), 2, real_level(161.051), 5).value();
}

std::uint64_t bits(double x) {
    std::uint64_t u = 0;
    std::memcpy(&u, &x, sizeof u);
    return u;
}
template <class T>
T at_run_time(T x) {
    volatile T v = x;
    return v;
}
}  // namespace

TEST_CASE("in-year pace weights the rest of the year by last year's output in it") {
    // 7.0 % after 前三季度 against 7.5 %: g_rest = 7.5 + 0.5 (1 - s) / s.
    STATIC_REQUIRE(q4_needs("7.0", "35") == d("8.4"));  // 8.428571...
    STATIC_REQUIRE(q4_needs("7.0", "30") == d("8.7"));  // 8.666666...
    STATIC_REQUIRE(q4_needs("7.0", "28") == d("8.8"));  // 8.785714...
    STATIC_REQUIRE(q4_needs("7.0", "35", 6) == d("8.428571"));
    STATIC_REQUIRE(q4_needs("7.0", "30", 6) == d("8.666667"));
    STATIC_REQUIRE(q4_needs("7.0", "28", 6) == d("8.785714"));
    // 5.5 % so far: 11.2-12.6 %, where counting months said 13.5 %.
    STATIC_REQUIRE(q4_needs("5.5", "35") == d("11.2"));  // 11.214285...
    STATIC_REQUIRE(q4_needs("5.5", "30") == d("12.2"));  // 12.166666...
    STATIC_REQUIRE(q4_needs("5.5", "28") == d("12.6"));  // 12.642857...
    STATIC_REQUIRE(q4_needs("5.5", "35", 6) == d("11.214286"));
    STATIC_REQUIRE(q4_needs("5.5", "28", 6) == d("12.642857"));
}

TEST_CASE("the months method's answers come back only when output is spread evenly") {
    // Counting months is the special case s = 3/12: 9.0 % and 13.5 %.
    STATIC_REQUIRE(q4_needs("7.0", "25") == d("9.0"));
    STATIC_REQUIRE(q4_needs("5.5", "25") == d("13.5"));
    // At the fourth-quarter shares of counties (30-35 %) and of the nation (about 28 %)
    // neither is what the library says.
    for (const char* share : {"28", "30", "32", "35"}) {
        CHECK(q4_needs("7.0", share) != d("9.0"));
        CHECK(q4_needs("5.5", share) != d("13.5"));
    }
    // A series whose last months weigh less than their number (local fiscal revenue, about
    // 20 % in the fourth quarter) needs more than the months method says, not less.
    STATIC_REQUIRE(q4_needs("7.0", "20") == d("9.5"));
}

TEST_CASE("in-year pace: ahead, exactly on target, and secured whatever follows") {
    DAYE_CONSTEXPR in_year ahead =
        in_year_pace(periods::first_three_quarters, 7.8_pct, 7.5_pct, rest_share(30_pct)).value();
    STATIC_REQUIRE(ahead.on_pace);
    STATIC_REQUIRE(ahead.required_rest == d("6.8"));  // 7.5 - 0.3 × 70 / 30
    STATIC_REQUIRE_FALSE(ahead.secured);
    STATIC_REQUIRE(ahead.part == periods::first_three_quarters);
    DAYE_CONSTEXPR in_year exact = in_year_pace(periods::first_half, 7.5_pct, 7.5_pct, rest_share(52_pct)).value();
    STATIC_REQUIRE(exact.on_pace);
    STATIC_REQUIRE(exact.required_rest == d("7.5"));
    STATIC_REQUIRE_FALSE(in_year_pace(periods::first_half, 7.49_pct, 7.5_pct, rest_share(52_pct)).value().on_pace);
    // 1-2月 done, the ten months left made 85 % of last year: 6.5 % needs 7.68 %.
    STATIC_REQUIRE(in_year_pace(periods::jan_feb, 6.5_pct, 7.5_pct, rest_share(85_pct), 2).value().required_rest ==
                   d("7.68"));
    // Falling so far needs more than the target; growing far beyond it leaves room to fall.
    STATIC_REQUIRE(in_year_pace(periods::jan_nov, -2_pct, 5_pct, rest_share(10_pct)).value().required_rest == d("68"));
    DAYE_CONSTEXPR in_year secured =
        in_year_pace(periods::first_three_quarters, 60_pct, 5_pct, rest_share(30_pct)).value();
    STATIC_REQUIRE(secured.required_rest == d("-123.3"));
    STATIC_REQUIRE(secured.secured);
    // At exactly -100 % the rest may produce nothing.
    STATIC_REQUIRE(in_year_pace(periods::first_half, 50_pct, -25_pct, rest_share(50_pct)).value().secured);
    STATIC_REQUIRE_FALSE(in_year_pace(periods::first_half, 49.9_pct, -25_pct, rest_share(50_pct)).value().secured);
    // Rounded half away from zero (四舍五入): 8.25 and -8.25 keep their distance from 0.
    STATIC_REQUIRE(in_year_pace(periods::first_half, 6.75_pct, 7.5_pct, rest_share(50_pct), 1).value().required_rest ==
                   d("8.3"));  // 8.25
    STATIC_REQUIRE(
        in_year_pace(periods::first_half, -6.75_pct, -7.5_pct, rest_share(50_pct), 1).value().required_rest ==
        d("-8.3"));
}

TEST_CASE("in-year pace refuses an impossible share, rate or precision") {
    constexpr auto q3 = periods::first_three_quarters;
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(0_pct)).error() == errc::out_of_range);
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(100_pct)).error() == errc::out_of_range);
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(pct("-5"))).error() == errc::out_of_range);
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(pct("100.5"))).error() == errc::out_of_range);
    STATIC_REQUIRE(in_year_pace(q3, pct("-100"), 7.5_pct, rest_share(30_pct)).error() == errc::rate_too_low);
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, pct("-100.1"), rest_share(30_pct)).error() == errc::rate_too_low);
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(30_pct), 19).error() == errc::too_precise);
    STATIC_REQUIRE(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(30_pct), -1).error() == errc::too_precise);
    CHECK(in_year_pace(q3, 7_pct, pct("999999999999999999"), rest_share(30_pct)).error() == errc::overflow);
    CHECK(in_year_pace(q3, 7_pct, 7.5_pct, rest_share(pct("0.000000000000000001")), 18).error() == errc::overflow);
    CHECK(in_year_pace(q3, 0_pct, 0_pct, rest_share(pct("99.9999999999999999"))).error() == errc::overflow);
    // Only a published cumulative period leaves the rest of a year to pace: not the whole
    // year, not January alone (monthly series give 1-2月 together), not a run from April.
    for (const period p : {periods::whole_year, period{1, 1}, periods::second_quarter, period{0, 9}, period{1, 13}})
        CHECK(in_year_pace(p, 7_pct, 7.5_pct, rest_share(30_pct)).error() == errc::out_of_range);
    // Exactly the same answer at run time.
    CHECK(in_year_pace(period{1, at_run_time<unsigned char>(9)}, 7_pct, 7.5_pct,
                       rest_share(pct(at_run_time<const char*>("28"))))
              .value()
              .required_rest == d("8.8"));
}

TEST_CASE("the README's example: 0.7 of the compound pace (Eurostat), 0.59 of the straight line (SDSN)") {
    // 114.49 in 2022 is 7 % a year; the goal needs 10 % a year.
    DAYE_CONSTEXPR eurostat_progress<real> e = eurostat_after_two_years(114.49);
    STATIC_REQUIRE(*e.ratio > 0.699999);
    STATIC_REQUIRE(*e.ratio < 0.700001);
    STATIC_REQUIRE(e.category == eurostat_category::moderate_progress);
    STATIC_REQUIRE_FALSE(e.already_met);
    // Still required: (161.051 / 114.49)^(1/3) - 1, 12.05 % a year in the three years left.
    STATIC_REQUIRE(e.still_required.known());
    STATIC_REQUIRE(e.still_required->percent() > 12.046);
    STATIC_REQUIRE(e.still_required->percent() < 12.047);
    // (114.49 - 100) / 2 = 7.245 a year against (161.051 - 100) / 5 = 12.2102 a year.
    DAYE_CONSTEXPR sdsn_progress<real> s = sdsn_after_two_years(114.49);
    STATIC_REQUIRE(*s.ratio > 0.59335);
    STATIC_REQUIRE(*s.ratio < 0.59336);
    STATIC_REQUIRE(s.category == sdsn_category::moderately_improving);
    STATIC_REQUIRE((s.achieved_per_year > 7.2449 && s.achieved_per_year < 7.2451));
    STATIC_REQUIRE((s.needed_per_year > 12.2101 && s.needed_per_year < 12.2103));
    // Still needed: (161.051 - 114.49) / 3 = 15.52 a year.
    STATIC_REQUIRE(*s.still_needed_per_year > 15.5203);
    STATIC_REQUIRE(*s.still_needed_per_year < 15.5204);
    // The same bits at run time.
    const sdsn_progress<real> run = sdsn_progress_towards(aim::at_least, real_level(at_run_time(100.0)),
                                                          real_level(at_run_time(114.49)), 2, real_level(161.051), 5)
                                        .value();
    CHECK(bits(*run.ratio) == bits(*s.ratio));
    CHECK(bits(*run.still_needed_per_year) == bits(*s.still_needed_per_year));
}

TEST_CASE("growing at the compound pace is on track for Eurostat, not yet for a straight line") {
    // 10 % a year for two years: a straight line to the goal runs ahead of a compound path
    // in the early years, so the SDSN sees 0.86 of the needed change.
    DAYE_CONSTEXPR eurostat_progress<real> e = eurostat_after_two_years(121);
    STATIC_REQUIRE(*e.ratio > 0.999999);
    STATIC_REQUIRE(*e.ratio < 1.000001);
    STATIC_REQUIRE(e.category == eurostat_category::significant_progress);
    DAYE_CONSTEXPR sdsn_progress<real> s = sdsn_after_two_years(121);
    STATIC_REQUIRE(*s.ratio > 0.8599);
    STATIC_REQUIRE(*s.ratio < 0.8600);
    STATIC_REQUIRE(s.category == sdsn_category::moderately_improving);
}

TEST_CASE("the categories and their thresholds") {
    // 9.7 % a year: 0.97 of the compound pace (Eurostat: significant), 0.83 of the line.
    STATIC_REQUIRE(eurostat_after_two_years(120.3409).category == eurostat_category::significant_progress);
    STATIC_REQUIRE(sdsn_after_two_years(120.3409).category == sdsn_category::moderately_improving);
    // 3 % a year: insufficient (0.3); 0.25 of the line: stagnating.
    STATIC_REQUIRE(eurostat_after_two_years(106.09).category == eurostat_category::insufficient_progress);
    STATIC_REQUIRE(sdsn_after_two_years(106.09).category == sdsn_category::stagnating);
    // No change: insufficient progress, stagnating (ratio 0, the lowest bound included).
    STATIC_REQUIRE(eurostat_after_two_years(100).category == eurostat_category::insufficient_progress);
    STATIC_REQUIRE(sdsn_after_two_years(100).category == sdsn_category::stagnating);
    // A fall: moving away, decreasing.
    STATIC_REQUIRE(eurostat_after_two_years(96.04).category == eurostat_category::moving_away);
    STATIC_REQUIRE(sdsn_after_two_years(96.04).category == sdsn_category::decreasing);
    // Beyond the straight line: on track for both.
    STATIC_REQUIRE(sdsn_after_two_years(125).category == sdsn_category::on_track_or_maintaining);
    // Thresholds can be set.
    STATIC_REQUIRE(eurostat_progress_towards(aim::at_least, real_level(100), real_level(114.49), 2, real_level(161.051),
                                             5, eurostat_thresholds{0.65, 0.5, 0.0})
                       .value()
                       .category == eurostat_category::significant_progress);
    STATIC_REQUIRE(sdsn_progress_towards(aim::at_least, real_level(100), real_level(114.49), 2, real_level(161.051), 5,
                                         sdsn_thresholds{0.8, 0.75, 0.0})
                       .value()
                       .category == sdsn_category::stagnating);
    STATIC_REQUIRE(name(eurostat_category::moving_away) == "moving_away");
    STATIC_REQUIRE(name(sdsn_category::on_track_or_maintaining) == "on_track_or_maintaining");
    for (int c = 0; c <= static_cast<int>(eurostat_category::moving_away); ++c)
        CHECK_FALSE(name(static_cast<eurostat_category>(c)).empty());
    for (int c = 0; c <= static_cast<int>(sdsn_category::decreasing); ++c)
        CHECK_FALSE(name(static_cast<sdsn_category>(c)).empty());
}

TEST_CASE("a goal met: significant progress, on track or maintaining, nothing still required") {
    DAYE_CONSTEXPR eurostat_progress<real> e = eurostat_after_two_years(170);
    STATIC_REQUIRE(e.already_met);
    STATIC_REQUIRE(e.category == eurostat_category::significant_progress);
    STATIC_REQUIRE_FALSE(e.still_required.known());
    DAYE_CONSTEXPR sdsn_progress<real> s = sdsn_after_two_years(170);
    STATIC_REQUIRE(s.already_met);
    STATIC_REQUIRE(s.category == sdsn_category::on_track_or_maintaining);
    STATIC_REQUIRE_FALSE(s.still_needed_per_year.known());
}

TEST_CASE("a floor the base already met: maintained, or lost and moving away") {
    // Farmland of 650 against a floor of 638.5, then 640: still above it, whatever the
    // fall. Not read as "a goal to fall to 638.5".
    DAYE_CONSTEXPR eurostat_progress<real> kept =
        eurostat_progress_towards(aim::at_least, real_level(650), real_level(640), 2, real_level(638.5), 5).value();
    STATIC_REQUIRE(kept.already_met);
    STATIC_REQUIRE_FALSE(kept.ratio.known());
    STATIC_REQUIRE(kept.category == eurostat_category::significant_progress);
    STATIC_REQUIRE(sdsn_progress_towards(aim::at_least, real_level(650), real_level(640), 2, real_level(638.5), 5)
                       .value()
                       .category == sdsn_category::on_track_or_maintaining);
    // Below the floor now: moving away, decreasing, and the way back still required.
    DAYE_CONSTEXPR eurostat_progress<real> lost =
        eurostat_progress_towards(aim::at_least, real_level(650), real_level(630), 2, real_level(638.5), 5).value();
    STATIC_REQUIRE_FALSE(lost.ratio.known());
    STATIC_REQUIRE(lost.category == eurostat_category::moving_away);
    STATIC_REQUIRE(lost.still_required->percent() > 0.44);  // (638.5 / 630)^(1/3) - 1 = 0.45 %
    STATIC_REQUIRE(lost.still_required->percent() < 0.46);
    DAYE_CONSTEXPR sdsn_progress<real> lost_line =
        sdsn_progress_towards(aim::at_least, real_level(650), real_level(630), 2, real_level(638.5), 5).value();
    STATIC_REQUIRE(lost_line.category == sdsn_category::decreasing);
    STATIC_REQUIRE(*lost_line.still_needed_per_year > 2.83);  // 8.5 in three years
    STATIC_REQUIRE(*lost_line.still_needed_per_year < 2.84);
    // The same with nothing asked at all: a goal equal to the base, held or not.
    STATIC_REQUIRE(
        eurostat_progress_towards(aim::at_least, real_level(1), real_level(1), 2, real_level(1), 5).value().category ==
        eurostat_category::significant_progress);
    STATIC_REQUIRE(eurostat_progress_towards(aim::at_least, real_level(1), real_level(0.9), 2, real_level(1), 5)
                       .value()
                       .category == eurostat_category::moving_away);
}

TEST_CASE("a goal at most the base asks for a fall, such as energy intensity") {
    // From 1.00 to 0.85 in five years; 0.95 after two. Eurostat: -2.53 % a year against
    // -3.20 %, 0.79. SDSN: -0.025 a year against -0.03, 0.83.
    DAYE_CONSTEXPR eurostat_progress<real> e =
        eurostat_progress_towards(aim::at_most, real_level(1.0), real_level(0.95), 2, real_level(0.85), 5).value();
    STATIC_REQUIRE(*e.ratio > 0.7917);
    STATIC_REQUIRE(*e.ratio < 0.7918);
    STATIC_REQUIRE(e.category == eurostat_category::moderate_progress);
    STATIC_REQUIRE(e.still_required->percent() < -3.6);  // (0.85 / 0.95)^(1/3) - 1 = -3.64 %
    STATIC_REQUIRE(e.still_required->percent() > -3.7);
    DAYE_CONSTEXPR sdsn_progress<real> s =
        sdsn_progress_towards(aim::at_most, real_level(1.0), real_level(0.95), 2, real_level(0.85), 5).value();
    STATIC_REQUIRE(*s.ratio > 0.8333);
    STATIC_REQUIRE(*s.ratio < 0.8334);
    STATIC_REQUIRE(s.category == sdsn_category::moderately_improving);
    // Rising where a fall is asked: moving away, decreasing.
    STATIC_REQUIRE(eurostat_progress_towards(aim::at_most, real_level(1.0), real_level(1.1), 2, real_level(0.85), 5)
                       .value()
                       .category == eurostat_category::moving_away);
    STATIC_REQUIRE(sdsn_progress_towards(aim::at_most, real_level(1.0), real_level(1.1), 2, real_level(0.85), 5)
                       .value()
                       .category == sdsn_category::decreasing);
    // At or below the ceiling: met.
    STATIC_REQUIRE(eurostat_progress_towards(aim::at_most, real_level(1.0), real_level(0.84), 2, real_level(0.85), 5)
                       .value()
                       .already_met);
    // The SDSN's measure works on differences: a rate brought down to zero, -2 a year
    // against -2.
    DAYE_CONSTEXPR sdsn_progress<real> to_zero =
        sdsn_progress_towards(aim::at_most, real_level(10), real_level(6), 2, real_level(0), 5).value();
    STATIC_REQUIRE(to_zero.category == sdsn_category::on_track_or_maintaining);
    STATIC_REQUIRE(*to_zero.still_needed_per_year == -2.0);
}

TEST_CASE("at the deadline nothing is still required; past it there is no pace") {
    DAYE_CONSTEXPR eurostat_progress<real> e =
        eurostat_progress_towards(aim::at_least, real_level(100), real_level(150), 5, real_level(161.051), 5).value();
    STATIC_REQUIRE_FALSE(e.already_met);
    STATIC_REQUIRE_FALSE(e.still_required.known());
    STATIC_REQUIRE_FALSE(
        sdsn_progress_towards(aim::at_least, real_level(100), real_level(150), 5, real_level(161.051), 5)
            .value()
            .still_needed_per_year);
    STATIC_REQUIRE(
        eurostat_progress_towards(aim::at_least, real_level(100), real_level(150), 6, real_level(161.051), 5).error() ==
        errc::out_of_range);
    STATIC_REQUIRE(
        sdsn_progress_towards(aim::at_least, real_level(100), real_level(150), 6, real_level(161.051), 5).error() ==
        errc::out_of_range);
}

TEST_CASE("progress with a bad level or count of years is a named error") {
    CHECK(eurostat_progress_towards(aim::at_least, real_level(0), real_level(1), 2, real_level(2), 5).error() ==
          errc::non_positive_level);
    CHECK(eurostat_progress_towards(aim::at_least, real_level(1), real_level(2), 2, real_level(-1), 5).error() ==
          errc::non_positive_level);
    CHECK(eurostat_progress_towards(aim::at_least, real_level(1), real_level(2), 0, real_level(3), 5).error() ==
          errc::non_positive_years);
    CHECK(sdsn_progress_towards(aim::at_least, real_level(1), real_level(2), 2, real_level(3), 0).error() ==
          errc::non_positive_years);
    const double nan = at_run_time(0.0) / at_run_time(0.0);
    const double inf = at_run_time(1e308) * 10;
    CHECK(sdsn_progress_towards(aim::at_least, real_level(nan), real_level(2), 2, real_level(3), 5).error() ==
          errc::not_finite);
    CHECK(eurostat_progress_towards(aim::at_least, real_level(1), real_level(inf), 2, real_level(3), 5).error() ==
          errc::not_finite);
    CHECK(sdsn_progress_towards(static_cast<aim>(7), real_level(1), real_level(2), 2, real_level(3), 5).error() ==
          errc::out_of_range);
    CHECK(sdsn_progress_towards(aim::at_least, real_level(-1.7e308), real_level(1.7e308), 1, real_level(1.7e308), 5)
              .error() == errc::out_of_range);
}
