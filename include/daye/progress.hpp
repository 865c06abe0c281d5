// Progress assessment: is a multi-year goal on track, and is this year on pace?
//
// Two established methods classify the ratio of the growth achieved so far to the growth
// the goal requires: Eurostat's (for the EU's SDG monitoring) and the SDSN's (for the
// Sustainable Development Report). Their thresholds are the defaults here and can be set.
// In-year pace works on the published decimals, exactly, from year-to-date growth
// (1-9月累计增长) and the annual target.
#ifndef DAYE_PROGRESS_HPP
#define DAYE_PROGRESS_HPP

#include <string_view>

#include "daye/compounding.hpp"
#include "daye/decimal.hpp"
#include "daye/maybe.hpp"
#include "daye/result.hpp"
#include "daye/units.hpp"

namespace daye {
inline namespace v0 {

/// Growth achieved so far against the growth a goal requires.
template <class B>
struct pace {
    bool already_met = false;  ///< the goal is reached already
    growth_rate<B> achieved;   ///< average annual growth from the base to now
    growth_rate<B> required;   ///< average annual growth from the base to the goal, by its deadline
    maybe<double> ratio;       ///< achieved / required; absent when nothing is required
};

/// The pace from `base` to `now` in `years_elapsed` years, for reaching `goal` from
/// `base` in `years_total` years. A goal below the base asks for a fall (energy
/// intensity); the ratio is then positive when the level falls.
template <class B>
constexpr result<pace<B>> pace_towards(amount<B> base, amount<B> now, int years_elapsed, amount<B> goal,
                                       int years_total) noexcept {
    const auto achieved = cagr(base, now, years_elapsed);
    if (!achieved) return achieved.error();
    const auto required = required_rate(base, goal, years_total);
    if (!required) return required.error();
    pace<B> p;
    p.achieved = achieved.value();
    p.required = required.value();
    const bool rising = goal.value() >= base.value();
    p.already_met = rising ? now.value() >= goal.value() : now.value() <= goal.value();
    if (p.required.fraction() != 0.0) p.ratio = p.achieved.fraction() / p.required.fraction();
    return p;
}

/// Eurostat's categories of progress towards a quantified target.
enum class eurostat_category : unsigned char {
    already_met,
    significant_progress,   ///< ratio >= 0.95
    moderate_progress,      ///< ratio >= 0.60
    insufficient_progress,  ///< ratio >= 0
    moving_away,            ///< ratio < 0
};

/// The lower bounds of Eurostat's categories (its published values by default).
struct eurostat_thresholds {
    double significant = 0.95;
    double moderate = 0.60;
    double insufficient = 0.0;
};

/// The SDSN's trend categories (Sustainable Development Report).
enum class sdsn_category : unsigned char {
    already_met,
    on_track,              ///< ratio >= 1
    moderately_improving,  ///< ratio >= 0.5
    stagnating,            ///< ratio >= 0
    decreasing,            ///< ratio < 0
};

/// The lower bounds of the SDSN's categories (its published values by default).
struct sdsn_thresholds {
    double on_track = 1.0;
    double moderately_improving = 0.5;
    double stagnating = 0.0;
};

/// The Eurostat category of a pace. A pace whose goal asks for no change and is not met
/// moves away from it.
template <class B>
constexpr eurostat_category eurostat(const pace<B>& p, eurostat_thresholds t = {}) noexcept {
    if (p.already_met) return eurostat_category::already_met;
    const double r = p.ratio ? *p.ratio : -1.0;
    if (r >= t.significant) return eurostat_category::significant_progress;
    if (r >= t.moderate) return eurostat_category::moderate_progress;
    if (r >= t.insufficient) return eurostat_category::insufficient_progress;
    return eurostat_category::moving_away;
}

/// The SDSN category of a pace.
template <class B>
constexpr sdsn_category sdsn(const pace<B>& p, sdsn_thresholds t = {}) noexcept {
    if (p.already_met) return sdsn_category::already_met;
    const double r = p.ratio ? *p.ratio : -1.0;
    if (r >= t.on_track) return sdsn_category::on_track;
    if (r >= t.moderately_improving) return sdsn_category::moderately_improving;
    if (r >= t.stagnating) return sdsn_category::stagnating;
    return sdsn_category::decreasing;
}

/// The id used in JSON and tables.
constexpr std::string_view name(eurostat_category c) noexcept {
    switch (c) {
        case eurostat_category::already_met: return "already_met";
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
        case sdsn_category::already_met: return "already_met";
        case sdsn_category::on_track: return "on_track";
        case sdsn_category::moderately_improving: return "moderately_improving";
        case sdsn_category::stagnating: return "stagnating";
        case sdsn_category::decreasing: return "decreasing";
    }
    return "decreasing";
}

/// Whether the year is on pace for its annual growth target.
struct in_year {
    bool on_pace = false;          ///< year-to-date growth at or above the annual target
    maybe<decimal> required_rest;  ///< growth the rest of the year needs for the target; absent in December
};

/// From year-to-date cumulative growth after `months` months (1-9月 is 9). The rest of
/// the year needs (target - w × ytd) / (1 - w), where w is the share of the months done in
/// last year's annual total: months / 12 unless `share_done` gives it (GDP is not spread
/// evenly over the year). Exact, rounded half up to `places` decimals.
constexpr result<in_year> in_year_pace(quantity<units::percent> year_to_date, int months,
                                       quantity<units::percent> annual_target, maybe<decimal> share_done = {},
                                       int places = 1) noexcept {
    if (months < 1 || months > 12) return errc::out_of_range;
    in_year p;
    p.on_pace = year_to_date.value() >= annual_target.value();
    if (months == 12) return p;
    const decimal w = share_done ? *share_done : decimal(months);
    const decimal whole = share_done ? decimal(1) : decimal(12);  // w and 1 - w are shares of `whole`
    if (!(w.sign() > 0 && w < whole)) return errc::out_of_range;
    const auto target_part = checked_mul(annual_target.value(), whole);
    const auto done_part = checked_mul(year_to_date.value(), w);
    if (!target_part || !done_part) return errc::overflow;
    const auto rest = checked_sub(target_part.value(), done_part.value());
    if (!rest) return rest.error();
    const auto needed = divide(rest.value(), whole - w, places);
    if (!needed) return needed.error();
    p.required_rest = needed.value();
    return p;
}

}  // namespace v0
}  // namespace daye

#endif
