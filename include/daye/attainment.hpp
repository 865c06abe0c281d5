// Attainment: was a target met, by how much, and why.
//
// evaluate() reads the observations a target needs and compares exactly, on the
// published decimals: 7.5 meets 7.5, 7.49 misses. What was not reported is unknown,
// never met or missed; the result says which figure is missing. A figure marked
// preliminary (预计) makes the result preliminary.
#ifndef DAYE_ATTAINMENT_HPP
#define DAYE_ATTAINMENT_HPP

#include <cstddef>
#include <string_view>

#include "daye/decimal.hpp"
#include "daye/maybe.hpp"
#include "daye/observation.hpp"
#include "daye/span.hpp"
#include "daye/target.hpp"
#include "daye/units.hpp"

namespace daye {

/// Whether a target was met.
enum class verdict : unsigned char {
    met,
    missed,
    unknown,         ///< a figure it needs was not reported
    not_applicable,  ///< nothing to pass or fail yet (a measure under way)
};

/// The id used in JSON and tables: "met", "missed", "unknown", "not_applicable".
constexpr std::string_view name(verdict v) noexcept {
    switch (v) {
        case verdict::met: return "met";
        case verdict::missed: return "missed";
        case verdict::unknown: return "unknown";
        case verdict::not_applicable: return "not_applicable";
    }
    return "unknown";
}

/// Why a verdict is what it is.
enum class finding : unsigned char {
    reached,              ///< the figure meets the threshold
    fell_short,           ///< it does not
    within_limit,         ///< at most, rank at most: the figure is within the limit
    over_limit,           ///< at most, rank at most: the figure is over it
    within_band,          ///< about: inside value ± tolerance
    above_band,           ///< about: above the band, which counts as met
    below_band,           ///< about: below the band
    kept_pace,            ///< keeps_pace, exceeds: the comparison holds
    fell_behind,          ///< keeps_pace, exceeds: it does not
    improved,             ///< rank_improves: a better place than last year
    did_not_improve,      ///< rank_improves: the same or a worse place
    done_in_time,         ///< milestone: done by the deadline
    done_late,            ///< milestone: done after the deadline
    done_date_unknown,    ///< milestone: reported done, without a date
    not_done,             ///< milestone: reported not done
    measure_done,         ///< measure: done
    measure_under_way,    ///< measure: under way, nothing to pass or fail yet
    measure_not_started,  ///< measure: not started
    not_reported,         ///< a figure it needs is not among the observations (see `missing`)
    bound_not_supplied,   ///< the ceiling or benchmark was not supplied (see `missing`)
    wrong_value,          ///< the observation is of another kind or unit than the target reads
    out_of_range,         ///< figures too large to compare within 18 digits
};

/// A short reason, for reports.
constexpr std::string_view explain(finding f) noexcept {
    switch (f) {
        case finding::reached: return "meets the threshold";
        case finding::fell_short: return "below the threshold";
        case finding::within_limit: return "within the limit";
        case finding::over_limit: return "over the limit";
        case finding::within_band: return "within the band";
        case finding::above_band: return "above the band";
        case finding::below_band: return "below the band";
        case finding::kept_pace: return "the comparison holds";
        case finding::fell_behind: return "the comparison fails";
        case finding::improved: return "a better place than last year";
        case finding::did_not_improve: return "no better place than last year";
        case finding::done_in_time: return "done by the deadline";
        case finding::done_late: return "done after the deadline";
        case finding::done_date_unknown: return "reported done, date not given";
        case finding::not_done: return "not done by the deadline";
        case finding::measure_done: return "done";
        case finding::measure_under_way: return "under way";
        case finding::measure_not_started: return "not started";
        case finding::not_reported: return "not reported";
        case finding::bound_not_supplied: return "bound not supplied";
        case finding::wrong_value: return "observation of another kind or unit";
        case finding::out_of_range: return "figures too large to compare";
    }
    return "unknown";
}

/// The evaluation of one target.
struct assessment {
    verdict outcome = verdict::unknown;
    finding why = finding::not_reported;
    std::string_view missing;  ///< the indicator whose figure is missing, when unknown
    int missing_year = 0;
    data_status status = data_status::reported;  ///< preliminary when any figure used is
    maybe<decimal> actual;                       ///< the figure read, in the target's unit
    maybe<date> actual_day;                      ///< milestone: the day it was done
    maybe<measure_status> progress;              ///< measure, milestone: the reported status
    maybe<decimal> compared;         ///< the other side: second indicator, ceiling, benchmark, last year's rank
    maybe<decimal> gap;              ///< in the target's unit; positive is better than required
    maybe<decimal> ratio;            ///< actual / target for counts, amounts and areas, 4 places
    maybe<decimal> completion;       ///< (actual − baseline) / (target − baseline), 4 places
    maybe<decimal> margin_hectares;  ///< red line in mu: the gap in hectares, 2 places
    bool inconsistent = false;       ///< of-which: the reported part exceeds the reported whole
};

/// What the evaluator supplies besides the observations.
struct evaluation_options {
    /// Bounds set outside the plan, such as the province's energy ceiling or a city
    /// average, as observations of the indicators the targets name.
    span<const observation> supplied;
    /// Overrides the tolerance of keeps_pace and exceeds targets.
    maybe<decimal> tolerance;
    /// When not 0: completion against this year's figure of the same indicator.
    int baseline_year = 0;
};

namespace detail {
/// Reads the figures a target needs, and remembers whether any was preliminary.
class reader {
public:
    constexpr reader(span<const observation> observations, const evaluation_options& options) noexcept
        : observations_(observations), options_(options) {}

    constexpr const observation* find(std::string_view indicator, int year) const noexcept {
        const observation* o = find_observation(observations_, indicator, year);
        return o != nullptr ? o : find_observation(options_.supplied, indicator, year);
    }

    /// The figure of `indicator` in `year`, in unit `u`; sets `a` to unknown when absent
    /// or unreadable.
    constexpr maybe<decimal> number(assessment& a, std::string_view indicator, int year, const unit& u,
                                    finding when_absent = finding::not_reported) const noexcept {
        const observation* o = find(indicator, year);
        if (o == nullptr) {
            a.why = when_absent;
            a.missing = indicator;
            a.missing_year = year;
            return {};
        }
        const auto converted = o->kind == value_kind::number && o->measured_in != nullptr
                                   ? convert(o->number, *o->measured_in, u)
                                   : result<decimal>(errc::out_of_range);
        if (!converted) {
            a.why = finding::wrong_value;
            a.missing = indicator;
            a.missing_year = year;
            return {};
        }
        if (o->status == data_status::preliminary) a.status = data_status::preliminary;
        return converted.value();
    }

private:
    span<const observation> observations_;
    const evaluation_options& options_;
};

/// The bound a target's own threshold sets, for the kinds judged on one figure alone:
/// met when the figure is at least (or at most) `value`.
struct own_bound {
    decimal value;
    bool at_least = true;
    constexpr bool met_by(decimal actual) const noexcept { return at_least ? actual >= value : actual <= value; }
};

constexpr result<own_bound> bound_of(const target& t) noexcept {
    switch (t.kind) {
        case target_kind::at_least:
        case target_kind::level:
        case target_kind::of_which:
        case target_kind::red_line: return own_bound{t.value, true};
        case target_kind::at_most:
        case target_kind::rank_at_most: return own_bound{t.value, false};
        case target_kind::about: {
            // Inside value ± tolerance or above it: the lower edge decides.
            const auto low = checked_sub(t.value, t.tolerance);
            if (!low) return low.error();
            return own_bound{low.value(), true};
        }
        default: return errc::out_of_range;  // the verdict needs a second figure, a date or a status
    }
}

constexpr maybe<decimal> difference(decimal a, decimal b) noexcept {
    const auto d = checked_sub(a, b);
    return d ? maybe<decimal>(d.value()) : maybe<decimal>();
}

// These helpers change the assessment in place: copying it costs steps in constant
// evaluation, and evaluate() runs for every entry of a scorecard.
constexpr const assessment& settled(assessment& a, verdict outcome, finding why) noexcept {
    a.outcome = outcome;
    a.why = why;
    return a;
}

constexpr const assessment& decided(assessment& a, bool met, finding if_met, finding if_missed) noexcept {
    return met ? settled(a, verdict::met, if_met) : settled(a, verdict::missed, if_missed);
}

/// Ratio, completion and red-line margin, for targets with a threshold.
constexpr void add_measures_of_size(assessment& a, const target& t, const reader& figures, int year,
                                    const evaluation_options& options) noexcept {
    const dimension d = t.measured_in->kind;
    const bool sized = d == dimension::money || d == dimension::area || d == dimension::count;
    if (sized && t.value.sign() > 0 && a.actual->sign() >= 0) {
        const auto r = divide(*a.actual, t.value, 4);
        if (r) a.ratio = r.value();
    }
    if (options.baseline_year != 0) {
        assessment ignored;
        const maybe<decimal> base = figures.number(ignored, t.indicator_id(), options.baseline_year, *t.measured_in);
        if (base && *base != t.value) {
            const maybe<decimal> done = difference(*a.actual, *base);
            const maybe<decimal> asked = difference(t.value, *base);
            if (done && asked) {
                const auto c = divide(*done, *asked, 4);
                if (c) a.completion = c.value();
            }
        }
    }
    if (t.kind == target_kind::red_line && t.measured_in == &units::mu && a.gap) {
        const auto ha = hectares(quantity<units::mu>(*a.gap), 2);
        if (ha) a.margin_hectares = ha.value();
    }
    if (t.kind == target_kind::of_which) {
        assessment ignored;
        const maybe<decimal> whole = figures.number(ignored, t.other, year, *t.measured_in);
        a.inconsistent = whole && *a.actual > *whole;
    }
}

/// The verdict of a target judged on one figure against its own threshold.
constexpr const assessment& judged_on(own_bound bound, assessment& a, const target& t, const reader& figures, int year,
                                      const evaluation_options& options) noexcept {
    const decimal actual = *a.actual;
    const bool met = bound.met_by(actual);
    // The gap is measured from the target's value, positive when better.
    a.gap = bound.at_least ? difference(actual, t.value) : difference(t.value, actual);
    if (t.kind == target_kind::about) {
        const auto high = checked_add(t.value, t.tolerance);
        if (!high) return settled(a, verdict::unknown, finding::out_of_range);
        decided(a, met, actual > high.value() ? finding::above_band : finding::within_band, finding::below_band);
    } else if (bound.at_least) {
        decided(a, met, finding::reached, finding::fell_short);
    } else {
        decided(a, met, finding::within_limit, finding::over_limit);
    }
    if (t.kind != target_kind::rank_at_most) add_measures_of_size(a, t, figures, year, options);
    return a;
}

constexpr const assessment& evaluate_status(assessment& a, const target& t, const reader& figures, int year) noexcept {
    const observation* o = figures.find(t.indicator_id(), year);
    if (o == nullptr) {
        a.missing = t.indicator_id();
        a.missing_year = year;
        return a;
    }
    if (o->status == data_status::preliminary) a.status = data_status::preliminary;
    if (t.kind == target_kind::milestone && o->kind == value_kind::day) {
        a.actual_day = o->day;
        return decided(a, o->day <= t.deadline, finding::done_in_time, finding::done_late);
    }
    if (o->kind != value_kind::progress) {
        a.why = finding::wrong_value;
        return a;
    }
    a.progress = o->progress;
    const bool is_milestone = t.kind == target_kind::milestone;
    switch (o->progress) {
        case measure_status::unknown: return a;
        case measure_status::done:
            return settled(a, verdict::met, is_milestone ? finding::done_date_unknown : finding::measure_done);
        case measure_status::not_started:
            return settled(a, verdict::missed, is_milestone ? finding::not_done : finding::measure_not_started);
        case measure_status::under_way:
            // Observations are of the year's end: a milestone still under way missed its deadline.
            return is_milestone ? settled(a, verdict::missed, finding::not_done)
                                : settled(a, verdict::not_applicable, finding::measure_under_way);
    }
    return a;
}
}  // namespace detail

/// Evaluates one target for `year` against the observations (and what `options` supply).
constexpr assessment evaluate(const target& t, span<const observation> observations, int year,
                              const evaluation_options& options = {}) noexcept {
    assessment a;
    if (t.measured_in == nullptr) {
        a.why = finding::wrong_value;
        return a;
    }
    const detail::reader figures(observations, options);
    if (t.kind == target_kind::milestone || t.kind == target_kind::measure)
        return detail::evaluate_status(a, t, figures, year);

    const unit& u = *t.measured_in;
    a.actual = figures.number(a, t.indicator_id(), year, u);
    if (!a.actual) return a;
    const decimal actual = *a.actual;
    const auto bound = detail::bound_of(t);
    if (bound) return detail::judged_on(bound.value_or({}), a, t, figures, year, options);
    if (bound.error() == errc::overflow) return detail::settled(a, verdict::unknown, finding::out_of_range);
    switch (t.kind) {
        case target_kind::keeps_pace:
        case target_kind::exceeds: {
            a.compared = figures.number(a, t.other, year, u);
            if (!a.compared) return a;
            const decimal slack = options.tolerance ? *options.tolerance : t.tolerance;
            a.gap = detail::difference(actual, *a.compared);
            const auto floor = checked_sub(*a.compared, slack);
            if (!floor) return detail::settled(a, verdict::unknown, finding::out_of_range);
            const bool holds = t.kind == target_kind::keeps_pace ? actual >= floor.value() : actual > floor.value();
            return detail::decided(a, holds, finding::kept_pace, finding::fell_behind);
        }
        case target_kind::versus_benchmark:
        case target_kind::within_ceiling: {
            a.compared = figures.number(a, t.other, year, u, finding::bound_not_supplied);
            if (!a.compared) return a;
            const bool higher_is_better =
                t.kind == target_kind::versus_benchmark && t.better == direction::higher_is_better;
            const maybe<decimal> ahead =
                higher_is_better ? detail::difference(actual, *a.compared) : detail::difference(*a.compared, actual);
            if (!ahead) return detail::settled(a, verdict::unknown, finding::out_of_range);
            a.gap = detail::difference(*ahead, t.value);  // the margin asked for is 0 for a ceiling
            return detail::decided(a, *ahead >= t.value, finding::reached, finding::fell_short);
        }
        case target_kind::rank_improves:
            a.compared = figures.number(a, t.indicator_id(), year - 1, u);
            if (!a.compared) return a;
            a.gap = detail::difference(*a.compared, actual);
            return detail::decided(a, actual < *a.compared, finding::improved, finding::did_not_improve);
        default: break;  // the kinds of bound_of() and the status kinds are handled above
    }
    return a;
}

/// Verdicts of one target over many figures, such as thousands of counties or years:
/// met or missed for each, written to `out`; returns how many were met. For targets
/// judged on one figure against their own threshold (at least, at most, about, level,
/// of-which, red line, rank at most); errc::out_of_range for the others, and when `out`
/// is shorter than `actuals`.
constexpr result<std::size_t> evaluate_batch(const target& t, span<const decimal> actuals, span<verdict> out) noexcept {
    const auto bound = detail::bound_of(t);
    if (!bound) return bound.error();
    if (out.size() < actuals.size()) return errc::out_of_range;
    const detail::own_bound b = bound.value();
    std::size_t met = 0;
    for (std::size_t i = 0; i < actuals.size(); ++i) {
        const bool m = b.met_by(actuals[i]);
        out[i] = m ? verdict::met : verdict::missed;
        met += m ? 1 : 0;
    }
    return met;
}

}  // namespace daye

#endif
