// Progress assessment: is this year on pace for its growth target, and is a multi-year
// goal on track?
//
// In-year pace is the arithmetic of China's cumulative statistics (累计增长), exact on
// the published decimals. Multi-year progress borrows two methods from outside China,
// each as its source defines it and named after it; neither is Chinese practice:
// - Eurostat's, from its annual report "Sustainable development in the European Union"
//   (SDG monitoring): the compound annual growth achieved against the compound annual
//   growth the target requires, in four categories at 95 %, 60 % and 0 % of the required
//   pace. Eurostat uses it for the trend of the last five years towards the EU's targets,
//   most of them for 2030.
// - The SDSN's, from the Sustainable Development Report's trend dashboards: the
//   straight-line (linear) yearly change achieved since the base year against the
//   straight-line yearly change from the base year that reaches the goal by its year;
//   "decreasing", "stagnating" (below 50 % of the needed rate), "moderately improving"
//   and "on track or maintaining SDG achievement". The SDSN measures change on
//   normalised scores, a linear rescaling of the values (capped at its bounds), which
//   leaves the ratio unchanged. Its methods notes (Africa SDG Index FAQ) say it tried
//   compound rates and kept linear ones.
// Each result reports, beside its category, the pace still required from now to the goal.
#ifndef DAYE_PROGRESS_HPP
#define DAYE_PROGRESS_HPP

#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/compounding.hpp"
#include "daye/decimal.hpp"
#include "daye/maybe.hpp"
#include "daye/period.hpp"

namespace daye {
inline namespace v0 {

// ---------------------------------------------------------------------------------------
// In-year pace

/// Last year's output in the rest of the year as a share of last year's annual output:
/// 30_pct when last year's fourth quarter made 30 % of its GDP. It is
/// required because output is not spread evenly over the months: nationally the fourth
/// quarter makes about 28 % of GDP, and about a fifth of general public budget revenue.
/// Take a county's share from its own figures of last year. Strictly the weights are last
/// year's output in the prices the growth is computed in; published current-price
/// figures are the practical stand-in.
class rest_share {
public:
    constexpr explicit rest_share(quantity<units::percent> share) noexcept : percent_(share.value()) {}
    constexpr decimal percent() const noexcept { return percent_; }

private:
    decimal percent_;
};

/// Whether the year is on pace for its annual growth target.
struct in_year {
    period part = periods::first_three_quarters;  ///< the part of the year done
    bool on_pace = false;  ///< growth so far at or above the annual target: the rest needs no more than it
    /// Growth the rest of the year (rest_of_year(part)) needs over the same months of last
    /// year for the year to reach the target, in percent, rounded half away from zero
    /// (四舍五入) to the places asked for.
    decimal required_rest{};
    /// The target is reached even if the rest of the year produced nothing: the required
    /// growth is -100 % or less.
    bool secured = false;
};

/// The growth the rest of the year needs. Annual growth is the average of the growth of
/// its parts weighted by last year's output in each part, so with s the rest's share
/// (rest_share), g the annual target and g_ytd the growth so far:
///     g = (1 - s) g_ytd + s g_rest,  so  g_rest = g + (g - g_ytd)(1 - s) / s.
/// Growth of 7.0 % after 前三季度 against 7.5 % needs 8.4 % in the fourth quarter when it
/// made 35 % of last year's GDP, 8.8 % at 28 %. Exact on the decimals, rounded once.
/// `part` is the cumulative part of the year as statistics publish it (period.hpp): GDP
/// by quarter (periods::first_three_quarters, 前三季度), monthly series from 1-2月, since
/// industry, investment, retail sales and fiscal revenue give January and February
/// together. Errors: a period that does not start in January, is January alone or ends
/// in December (nothing remains to be paced), or a share outside (0, 100) %,
/// out_of_range; a growth rate at or below -100 %, rate_too_low; `places` outside 0-18,
/// too_precise; figures too large, overflow.
constexpr result<in_year> in_year_pace(period part, quantity<units::percent> growth_so_far,
                                       quantity<units::percent> annual_target, rest_share share,
                                       int places = 1) noexcept {
    if (!part.valid() || !part.from_january() || part.months() < 2 || part.last_month == 12) return errc::out_of_range;
    const decimal hundred(100);
    const decimal s = share.percent();
    if (!(s.sign() > 0 && s < hundred)) return errc::out_of_range;
    const decimal so_far = growth_so_far.value();
    const decimal target = annual_target.value();
    if (so_far <= -hundred || target <= -hundred) return errc::rate_too_low;
    // In percent: g_rest = (100 g - (100 - s) g_ytd) / s.
    const auto done_share = checked_sub(hundred, s);
    if (!done_share) return done_share.error();
    const auto whole = checked_mul(target, hundred);
    const auto done = checked_mul(so_far, done_share.value());
    if (!whole || !done) return errc::overflow;
    const auto rest = checked_sub(whole.value(), done.value());
    if (!rest) return rest.error();
    const auto needed = divide(rest.value(), s, places);
    if (!needed) return needed.error();
    const auto floor = checked_mul(-hundred, s);  // g_rest <= -100 % exactly when rest <= -100 s
    if (!floor) return floor.error();
    in_year p;
    p.part = part;
    p.on_pace = so_far >= target;
    p.required_rest = needed.value();
    p.secured = rest.value() <= floor.value();
    return p;
}

namespace detail {
template <class>
inline constexpr bool months_are_not_output = false;
}  // namespace detail

/// Counting months (9 for 1-9月) weights the months done as 9/12 of the year whatever
/// they produced: 7.0 % after nine months against 7.5 % would "need" 9.0 %, where a
/// fourth quarter making 28-35 % of the year needs 8.4-8.8 %. That call does not compile.
template <class Months, class... Rest>
constexpr in_year in_year_pace(quantity<units::percent>, Months, Rest...) noexcept {
    static_assert(
        detail::months_are_not_output<Months>,
        "daye: in_year_pace takes the period (periods::first_three_quarters for the first three quarters), not a "
        "number of months, and last year's share of the rest of the year in output (rest_share): "
        "weighting by months is wrong");
    return {};
}

// ---------------------------------------------------------------------------------------
// Multi-year progress

/// Eurostat's categories of progress towards a quantified target.
enum class eurostat_category : unsigned char {
    significant_progress,   ///< ratio >= 95 %
    moderate_progress,      ///< 60 % <= ratio < 95 %
    insufficient_progress,  ///< 0 <= ratio < 60 %
    moving_away,            ///< ratio < 0: the indicator moves away from the target
};

/// The lower bounds of Eurostat's categories, as fractions of the required rate.
struct eurostat_thresholds {
    double significant = 0.95;
    double moderate = 0.60;
    double insufficient = 0.0;
};

/// Progress as Eurostat measures it: compound annual growth rates (CAGR).
template <class B>
struct eurostat_progress {
    eurostat_category category = eurostat_category::moving_away;
    bool already_met = false;  ///< the latest level has reached the goal
    growth_rate<B> achieved;   ///< CAGR from the base to now
    growth_rate<B> required;   ///< CAGR from the base to the goal by its deadline
    maybe<double> ratio;       ///< achieved / required; absent when the base already met the goal
    /// CAGR from now to the goal in the years left; absent when the goal is met or the
    /// deadline is now.
    maybe<growth_rate<B>> still_required;
};

/// The SDSN's trend categories (Sustainable Development Report).
enum class sdsn_category : unsigned char {
    on_track_or_maintaining,  ///< at least the needed yearly change, or the goal reached and kept
    moderately_improving,     ///< at least 50 % of the needed yearly change
    stagnating,               ///< no change, or below 50 % of the needed yearly change
    decreasing,               ///< change away from the goal
};

/// The lower bounds of the SDSN's categories, as fractions of the needed yearly change.
struct sdsn_thresholds {
    double on_track = 1.0;
    double moderately_improving = 0.5;
    double stagnating = 0.0;
};

/// Progress as the SDSN measures it: straight-line yearly change, in the level's unit.
template <class B>
struct sdsn_progress {
    sdsn_category category = sdsn_category::decreasing;
    bool already_met = false;      ///< the latest level has reached the goal
    double achieved_per_year = 0;  ///< (now - base) / years elapsed
    double needed_per_year = 0;    ///< (goal - base) / years from the base to the deadline
    maybe<double> ratio;           ///< achieved / needed; absent when the base already met the goal
    /// (goal - now) / years left: the yearly change still needed; absent when the goal is
    /// met or the deadline is now.
    maybe<double> still_needed_per_year;
};

/// Which side of a multi-year goal meets it. Stated, not guessed from the levels: a
/// farmland floor already exceeded in the base year is not a goal to fall to.
enum class aim : unsigned char {
    at_least,  ///< the goal or more: GDP, a farmland floor
    at_most,   ///< the goal or less: energy intensity, a ceiling
};

namespace detail {
/// What the levels and years say about a goal, whatever the method.
struct goal_path {
    bool already_met = false;   ///< the latest level meets the goal
    bool asks_change = false;   ///< the base level does not meet the goal yet
    bool deadline_now = false;  ///< no year is left
};
constexpr result<goal_path> path_of(aim side, double base, double now, int years_elapsed, double goal,
                                    int years_total) noexcept {
    if (side != aim::at_least && side != aim::at_most) return errc::out_of_range;
    if (!fp::finite(base) || !fp::finite(now) || !fp::finite(goal)) return errc::not_finite;
    if (years_elapsed < 1 || years_total < 1) return errc::non_positive_years;
    if (years_elapsed > years_total) return errc::out_of_range;  // past the deadline: met or missed, not a pace
    const bool up = side == aim::at_least;
    goal_path g;
    g.already_met = up ? now >= goal : now <= goal;
    g.asks_change = up ? goal > base : goal < base;
    g.deadline_now = years_elapsed == years_total;
    return g;
}
}  // namespace detail

/// Eurostat's assessment of the way from `base` to `now` in `years_elapsed` years, for a
/// goal to be met `years_total` years after the base. The ratio of the achieved to the
/// required CAGR is positive when the level moves towards the goal, rising or falling
/// (for a fall both rates are negative), and negative when it moves away. A goal met is
/// significant progress (from a base short of it, the achieved rate is then at least the
/// required one). A goal the base already met and that is no longer met is moving away:
/// Eurostat's ratio is not defined there, and this is the library's reading. Levels must
/// be positive.
template <class B>
constexpr result<eurostat_progress<B>> eurostat_progress_towards(aim side, amount<B> base, amount<B> now,
                                                                 int years_elapsed, amount<B> goal, int years_total,
                                                                 eurostat_thresholds t = {}) noexcept {
    const auto path = detail::path_of(side, base.value(), now.value(), years_elapsed, goal.value(), years_total);
    if (!path) return path.error();
    const auto achieved = cagr(base, now, years_elapsed);
    if (!achieved) return achieved.error();
    const auto required = required_rate(base, goal, years_total);
    if (!required) return required.error();
    eurostat_progress<B> p;
    p.already_met = path.value().already_met;
    p.achieved = achieved.value();
    p.required = required.value();
    if (path.value().asks_change) p.ratio = p.achieved.fraction() / p.required.fraction();
    if (!p.already_met && !path.value().deadline_now) {
        const auto still = required_rate(now, goal, years_total - years_elapsed);
        if (!still) return still.error();
        p.still_required = still.value();
    }
    const double r = p.ratio ? *p.ratio : -1.0;
    p.category = p.already_met || r >= t.significant ? eurostat_category::significant_progress
                 : r >= t.moderate                   ? eurostat_category::moderate_progress
                 : r >= t.insufficient               ? eurostat_category::insufficient_progress
                                                     : eurostat_category::moving_away;
    return p;
}

/// The SDSN's assessment of the same way: the straight-line yearly change achieved since
/// the base against the straight-line yearly change from the base that meets the goal by
/// its deadline. A goal met is "on track or maintaining SDG achievement" (the SDSN
/// ignores movement beyond the goal); a goal the base already met and that is no longer
/// met is decreasing (the library's reading). Works on differences, so a level may be
/// zero or negative (a rate to be brought down to zero).
template <class B>
constexpr result<sdsn_progress<B>> sdsn_progress_towards(aim side, amount<B> base, amount<B> now, int years_elapsed,
                                                         amount<B> goal, int years_total,
                                                         sdsn_thresholds t = {}) noexcept {
    const auto path = detail::path_of(side, base.value(), now.value(), years_elapsed, goal.value(), years_total);
    if (!path) return path.error();
    sdsn_progress<B> p;
    p.already_met = path.value().already_met;
    p.achieved_per_year = (now.value() - base.value()) / years_elapsed;
    p.needed_per_year = (goal.value() - base.value()) / years_total;
    if (!detail::fp::finite(p.achieved_per_year) || !detail::fp::finite(p.needed_per_year)) return errc::out_of_range;
    if (path.value().asks_change) p.ratio = p.achieved_per_year / p.needed_per_year;
    if (!p.already_met && !path.value().deadline_now) {
        const double still = (goal.value() - now.value()) / (years_total - years_elapsed);
        if (!detail::fp::finite(still)) return errc::out_of_range;
        p.still_needed_per_year = still;
    }
    const double r = p.ratio ? *p.ratio : -1.0;
    p.category = p.already_met || r >= t.on_track ? sdsn_category::on_track_or_maintaining
                 : r >= t.moderately_improving    ? sdsn_category::moderately_improving
                 : r >= t.stagnating              ? sdsn_category::stagnating
                                                  : sdsn_category::decreasing;
    return p;
}

/// The id used in JSON and tables.
constexpr std::string_view name(eurostat_category c) noexcept {
    switch (c) {
        case eurostat_category::significant_progress: return "significant_progress";
        case eurostat_category::moderate_progress: return "moderate_progress";
        case eurostat_category::insufficient_progress: return "insufficient_progress";
        case eurostat_category::moving_away: return "moving_away";
    }
    return "moving_away";
}

/// The id used in JSON and tables.
constexpr std::string_view name(sdsn_category c) noexcept {
    switch (c) {
        case sdsn_category::on_track_or_maintaining: return "on_track_or_maintaining";
        case sdsn_category::moderately_improving: return "moderately_improving";
        case sdsn_category::stagnating: return "stagnating";
        case sdsn_category::decreasing: return "decreasing";
    }
    return "decreasing";
}

}  // namespace v0
}  // namespace daye

#endif
