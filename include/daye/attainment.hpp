// Attainment: was a target met, by how much, and why.
//
// evaluate() reads the observations a target needs and compares exactly, on the
// published decimals: 7.5 meets 7.5, 7.49 misses. What was not reported is unknown,
// never met or missed; the result says which figure is missing. A figure marked
// preliminary (预计) makes the result preliminary.
//
// Only figures that stand for the value itself are read: of the region evaluated (an
// observation without a region is of that region), for the whole year, and exact. A
// cumulative part of the year, a bound (突破900亿元) or another region's figure leaves
// the target unknown here.
#ifndef DAYE_ATTAINMENT_HPP
#define DAYE_ATTAINMENT_HPP

#include <cstddef>
#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/decimal.hpp"
#include "daye/maybe.hpp"
#include "daye/observation.hpp"
#include "daye/span.hpp"
#include "daye/target.hpp"

namespace daye {
inline namespace v0 {

/// Whether a target was met. Zero is unknown: an assessment starts there.
enum class verdict : unsigned char {
    unknown,  ///< a figure it needs was not reported
    met,
    missed,
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

/// Why a verdict is what it is. Zero is not_reported: an assessment starts there.
enum class finding : unsigned char {
    not_reported,             ///< a figure it needs is not among the observations (see `missing`)
    reached,                  ///< the figure meets the threshold
    fell_short,               ///< it does not
    not_above,                ///< more than: the figure is not above the threshold (equal fails)
    within_limit,             ///< at most, less than, rank at most, a ceiling: the figure is within the limit
    over_limit,               ///< at most, a ceiling: the figure is over it
    not_below,                ///< less than: the figure is not below the limit (equal fails)
    within_band,              ///< about: inside value ± tolerance
    above_band,               ///< about: above the band (met where higher is better, missed where lower is)
    below_band,               ///< about: below the band (met where lower is better, missed where higher is)
    kept_pace,                ///< keeps_pace, exceeds: the comparison holds
    fell_behind,              ///< keeps_pace, exceeds: it does not
    improved,                 ///< rank_improves: a better place than last year
    did_not_improve,          ///< rank_improves: the same or a worse place
    holds_on_previous,        ///< versus_previous: the comparison with the previous period holds
    fails_on_previous,        ///< versus_previous: it does not
    done_in_time,             ///< milestone: done by the deadline
    done_late,                ///< milestone: done after the deadline
    done_date_unknown,        ///< milestone: reported done, without a date
    not_done,                 ///< milestone: reported not done
    measure_done,             ///< measure: done
    measure_under_way,        ///< measure: under way, nothing to pass or fail yet
    measure_not_started,      ///< measure: not started
    bound_not_supplied,       ///< the ceiling or benchmark was not supplied (see `missing`)
    bound_holds,              ///< the figure is a bound (突破1000亿元) whose every value meets the threshold
    bound_fails,              ///< the figure is a bound whose every value misses it
    bound_undecided,          ///< the figure is a bound with values on both sides: unknown
    other_condition_missed,   ///< a compound entry: its own condition holds, another is missed (see condition())
    other_condition_unknown,  ///< a compound entry: its own condition holds, another is unknown
    wrong_value,              ///< the observation is of another kind or unit than the target reads
    out_of_range,             ///< figures too large to compare within 18 digits
};

/// A short reason, for reports.
constexpr std::string_view explain(finding f) noexcept {
    switch (f) {
        case finding::reached: return "meets the threshold";
        case finding::fell_short: return "below the threshold";
        case finding::not_above: return "not above the threshold";
        case finding::within_limit: return "within the limit";
        case finding::over_limit: return "over the limit";
        case finding::not_below: return "not below the limit";
        case finding::within_band: return "within the band";
        case finding::above_band: return "above the band";
        case finding::below_band: return "below the band";
        case finding::kept_pace: return "the comparison holds";
        case finding::fell_behind: return "the comparison fails";
        case finding::improved: return "a better place than last year";
        case finding::did_not_improve: return "no better place than last year";
        case finding::holds_on_previous: return "the comparison with the previous period holds";
        case finding::fails_on_previous: return "the comparison with the previous period fails";
        case finding::done_in_time: return "done by the deadline";
        case finding::done_late: return "done after the deadline";
        case finding::done_date_unknown: return "reported done, date not given";
        case finding::not_done: return "not done by the deadline";
        case finding::measure_done: return "done";
        case finding::measure_under_way: return "under way";
        case finding::measure_not_started: return "not started";
        case finding::not_reported: return "not reported";
        case finding::bound_not_supplied: return "bound not supplied";
        case finding::bound_holds: return "the figure is a bound, and every value it allows meets the threshold";
        case finding::bound_fails: return "the figure is a bound, and no value it allows meets the threshold";
        case finding::bound_undecided: return "the figure is a bound that cannot decide";
        case finding::other_condition_missed: return "another condition of the entry is missed";
        case finding::other_condition_unknown: return "another condition of the entry is unknown";
        case finding::wrong_value: return "observation of another kind or unit";
        case finding::out_of_range: return "figures too large to compare";
    }
    return "unknown";
}

/// The evaluation of one target: the verdict, why, and the figures it rests on.
///
/// Its value-initialized state is "unknown: not reported", with nothing known, and it
/// is trivially constructible: a scorecard holds one per entry in a constexpr array,
/// which a compiler would otherwise construct element by element.
class assessment {
public:
    // cppcheck-suppress uninitMemberVar ; trivial on purpose: value-initialize it
    assessment() noexcept = default;

    constexpr verdict outcome() const noexcept { return outcome_; }
    constexpr finding why() const noexcept { return why_; }
    /// Unknown: the indicator whose figure is missing, and its year.
    constexpr std::string_view missing() const noexcept { return {missing_, missing_size_}; }
    constexpr int missing_year() const noexcept { return missing_year_; }
    /// Preliminary when any figure used is; else revised when any is; else reported.
    constexpr data_status status() const noexcept { return status_; }
    /// The figure read, in the target's unit.
    constexpr maybe<decimal> actual() const noexcept { return known(actual_, has_actual); }
    /// Milestone: the day it was done.
    constexpr maybe<date> actual_day() const noexcept {
        return (known_ & has_day) != 0 ? maybe<date>(actual_day_) : maybe<date>();
    }
    /// Measure, milestone: the reported status.
    constexpr maybe<measure_status> progress() const noexcept {
        return (known_ & has_progress) != 0 ? maybe<measure_status>(progress_) : maybe<measure_status>();
    }
    /// The other side: the second indicator, the ceiling, the benchmark, last year's figure
    /// or rank, the base year's figure times its factor.
    constexpr maybe<decimal> compared() const noexcept { return known(compared_, has_compared); }
    /// In the target's unit (percentage points for rates); positive is better than required.
    constexpr maybe<decimal> gap() const noexcept { return known(gap_, has_gap); }
    /// actual / target for counts, amounts and areas, 4 places.
    constexpr maybe<decimal> ratio() const noexcept { return known(ratio_, has_ratio); }
    /// (actual − baseline) / (target − baseline), 4 places.
    constexpr maybe<decimal> completion() const noexcept { return known(completion_, has_completion); }
    /// Red line in mu: the gap in hectares, 2 places.
    constexpr maybe<decimal> margin_hectares() const noexcept { return known(margin_hectares_, has_margin); }
    /// Of-which: the reported part exceeds the reported whole.
    constexpr bool inconsistent() const noexcept { return inconsistent_; }
    /// Whether the figure read is the value itself or a bound on it (突破: above).
    constexpr value_bound figure_bound() const noexcept { return figure_bound_; }
    /// A compound entry: how many conditions it has (1 for every other entry), and the
    /// verdict and reason of each, its own first.
    constexpr std::size_t conditions() const noexcept { return part_count_ + 1u; }
    constexpr verdict condition(std::size_t i) const noexcept { return i == 0 ? own_outcome() : part_outcome_[i - 1]; }
    constexpr finding condition_why(std::size_t i) const noexcept { return i == 0 ? own_why() : part_why_[i - 1]; }
    /// A tiered entry (确保X、力争Y) that met its floor: whether the stretch was reached too.
    constexpr maybe<bool> reached_stretch() const noexcept {
        return (known_ & has_tier) != 0 ? maybe<bool>(stretch_reached_) : maybe<bool>();
    }

    // For evaluate(): the assessment is filled in place.
    constexpr void settle(verdict v, finding f) noexcept {
        outcome_ = v;
        why_ = f;
    }
    constexpr void set_why(finding f) noexcept { why_ = f; }
    constexpr void set_missing(std::string_view indicator, int year) noexcept {
        missing_ = indicator.data();
        missing_size_ = indicator.size();
        missing_year_ = year;
    }
    constexpr void set_status(data_status s) noexcept { status_ = s; }
    constexpr void set_actual(const maybe<decimal>& v) noexcept { put(actual_, has_actual, v); }
    constexpr void set_actual_day(date d) noexcept {
        actual_day_ = d;
        known_ |= has_day;
    }
    constexpr void set_progress(measure_status p) noexcept {
        progress_ = p;
        known_ |= has_progress;
    }
    constexpr void set_compared(const maybe<decimal>& v) noexcept { put(compared_, has_compared, v); }
    constexpr void set_gap(const maybe<decimal>& v) noexcept { put(gap_, has_gap, v); }
    constexpr void set_ratio(decimal v) noexcept { put(ratio_, has_ratio, v); }
    constexpr void set_completion(decimal v) noexcept { put(completion_, has_completion, v); }
    constexpr void set_margin_hectares(decimal v) noexcept { put(margin_hectares_, has_margin, v); }
    constexpr void set_inconsistent(bool b) noexcept { inconsistent_ = b; }
    constexpr void set_figure_bound(value_bound b) noexcept { figure_bound_ = b; }
    /// Combines the entry's own verdict with that of another condition, in place.
    constexpr void add_condition(verdict v, finding why, data_status s) noexcept {
        if (part_count_ == 0) {
            own_outcome_ = outcome_;
            own_why_ = why_;
        }
        part_outcome_[part_count_] = v;
        part_why_[part_count_] = why;
        ++part_count_;
        if (s == data_status::preliminary || status_ == data_status::preliminary)
            status_ = data_status::preliminary;
        else if (s == data_status::revised)
            status_ = data_status::revised;
        if (outcome_ == verdict::missed) return;
        if (v == verdict::missed) {
            settle(verdict::missed, finding::other_condition_missed);
        } else if (v != verdict::met && outcome_ == verdict::met) {
            settle(verdict::unknown, finding::other_condition_unknown);
        }
    }
    constexpr void set_reached_stretch(bool b) noexcept {
        stretch_reached_ = b;
        known_ |= has_tier;
    }

private:
    enum : unsigned {
        has_actual = 1,
        has_day = 2,
        has_progress = 4,
        has_compared = 8,
        has_gap = 16,
        has_ratio = 32,
        has_completion = 64,
        has_margin = 128,
        has_tier = 256
    };
    constexpr maybe<decimal> known(decimal v, unsigned bit) const noexcept {
        return (known_ & bit) != 0 ? maybe<decimal>(v) : maybe<decimal>();
    }
    constexpr void put(decimal& field, unsigned bit, const maybe<decimal>& v) noexcept {
        if (v) {
            field = *v;
            known_ |= bit;
        } else {
            known_ &= ~bit;
        }
    }

    decimal actual_;
    decimal compared_;
    decimal gap_;
    decimal ratio_;
    decimal completion_;
    decimal margin_hectares_;
    const char* missing_;
    std::size_t missing_size_;
    int missing_year_;
    date actual_day_;
    unsigned known_;
    verdict outcome_;
    finding why_;
    data_status status_;
    measure_status progress_;
    constexpr verdict own_outcome() const noexcept { return part_count_ == 0 ? outcome_ : own_outcome_; }
    constexpr finding own_why() const noexcept { return part_count_ == 0 ? why_ : own_why_; }

    bool inconsistent_;
    bool stretch_reached_;
    value_bound figure_bound_;
    unsigned char part_count_;
    verdict own_outcome_;
    finding own_why_;
    verdict part_outcome_[max_conditions - 1];
    finding part_why_[max_conditions - 1];
};

/// What the evaluator supplies besides the observations. Written as a list in the order
/// of its members ({supplied, tolerance, baseline_year, region, higher_level}); those left
/// out keep their defaults, so that a list written before a member was added still
/// compiles without a warning.
struct evaluation_options {
    evaluation_options() = default;
    explicit constexpr evaluation_options(span<const observation> supplied_, maybe<decimal> tolerance_ = {},
                                          int baseline_year_ = 0, std::string_view region_ = {},
                                          std::string_view higher_level_ = {}) noexcept
        : supplied(supplied_),
          tolerance(tolerance_),
          baseline_year(baseline_year_),
          region(region_),
          higher_level(higher_level_) {}

    /// Bounds set outside the plan, such as the province's energy ceiling or a city
    /// average, as observations of the indicators the targets name.
    span<const observation> supplied;
    /// Overrides the tolerance of keeps_pace and exceeds targets.
    maybe<decimal> tolerance;
    /// When not 0: completion against this year's figure of the same indicator.
    int baseline_year = 0;
    /// The region evaluated, as in data files; score() uses the plan's region.
    std::string_view region;
    /// A higher level's region ("hubei"): bounds the plan does not state (a ceiling, a
    /// quota, a benchmark) are read from its observations too, when not supplied.
    std::string_view higher_level;
};

namespace detail {
/// Reads the figures a target needs, and remembers whether any was preliminary. It
/// reads the observations' fields directly and scans them once per lookup: evaluation
/// runs in constant expressions, where every call and every step costs.
class reader {
public:
    /// `read`, when given, has a flag per observation, set for each one whose
    /// indicator any lookup asks for (whatever its year).
    constexpr reader(span<const observation> observations, const evaluation_options& options,
                     bool* read = nullptr) noexcept
        : first_(observations.begin()),
          count_(observations.size()),
          supplied_(options.supplied.begin()),
          supplied_count_(options.supplied.size()),
          region_(options.region.data()),
          region_size_(options.region.size()),
          higher_(options.higher_level),
          read_(read) {}

    /// The figure of `indicator` for `year` that stands for the value itself (of the
    /// region evaluated, for the whole year, exact), its firmest vintage when several
    /// are given (revised over reported over preliminary), or else one supplied by the
    /// evaluator (whatever its region: a higher level's bound).
    /// With `bounds_ok`, a bound (突破1000亿元) is read where no exact figure is.
    constexpr const observation* find(std::string_view indicator, int year, bool bounds_ok = false) const noexcept {
        const char* id = indicator.data();
        const std::size_t n = indicator.size();
        const observation* found = nullptr;
        for (std::size_t i = 0; i < count_; ++i) {
            const observation& o = first_[i];
            if (o.indicator_size_ != n || !same_chars(o.indicator_, id, n)) continue;
            if (read_ != nullptr) read_[i] = true;
            const bool fits = o.year_ == year && (usable(o) || (bounds_ok && o.period_.whole_year())) &&
                              (o.region_size_ == 0 ||
                               (o.region_size_ == region_size_ && same_chars(o.region_, region_, region_size_)));
            // An exact figure over a bound; between two of the same kind, the firmer vintage.
            const bool better = found == nullptr || (usable(o) && !usable(*found)) ||
                                (usable(o) == usable(*found) && firmness(o.status_) > firmness(found->status_));
            if (fits && better) found = &o;
        }
        for (std::size_t i = 0; found == nullptr && i < supplied_count_; ++i) {
            const observation& o = supplied_[i];
            if (o.indicator_size_ == n && o.year_ == year && usable(o) && same_chars(o.indicator_, id, n)) found = &o;
        }
        return found;
    }

    /// A bound from outside the plan: as find(), or else the figure of the higher level's
    /// region, when the evaluation names one.
    constexpr const observation* find_bound(std::string_view indicator, int year) const noexcept {
        const observation* found = find(indicator, year);
        for (std::size_t i = 0; found == nullptr && !higher_.empty() && i < count_; ++i) {
            const observation& o = first_[i];
            if (o.year_ == year && usable(o) && detail::same(o.indicator(), indicator) &&
                detail::same(o.region(), higher_))
                found = &o;
        }
        return found;
    }

    /// The figure of `indicator` in `year`, in unit `u`; sets `a` to unknown when absent
    /// or unreadable.
    constexpr maybe<decimal> number(assessment& a, std::string_view indicator, int year, const unit& u) const noexcept {
        return number_in(a, find(indicator, year), indicator, year, u, finding::not_reported);
    }
    /// The figure judged against a target's own threshold: the value itself, or else a
    /// bound on it (its kind noted in `a`), which decides only some comparisons.
    constexpr maybe<decimal> figure(assessment& a, std::string_view indicator, int year, const unit& u) const noexcept {
        const observation* o = find(indicator, year, true);
        if (o != nullptr) a.set_figure_bound(o->bound_);
        return number_in(a, o, indicator, year, u, finding::not_reported);
    }
    /// The same for a bound from outside the plan (see find_bound()).
    constexpr maybe<decimal> bound(assessment& a, std::string_view indicator, int year, const unit& u) const noexcept {
        return number_in(a, find_bound(indicator, year), indicator, year, u, finding::bound_not_supplied);
    }

    /// The figure of observation `o` in unit `u`; sets `a` to unknown when `o` is null or
    /// unreadable.
    static constexpr maybe<decimal> number_in(assessment& a, const observation* o, std::string_view indicator, int year,
                                              const unit& u, finding when_absent) noexcept {
        if (o == nullptr) {
            a.set_why(when_absent);
            a.set_missing(indicator, year);
            return {};
        }
        const auto converted = o->kind() == value_kind::number && o->unit_ != nullptr
                                   ? convert(o->number(), *o->unit_, u)
                                   : result<decimal>(errc::incompatible_units);
        if (!converted) {
            a.set_why(finding::wrong_value);
            a.set_missing(indicator, year);
            return {};
        }
        note_status(a, *o);
        return converted.value();
    }

    /// The result is preliminary when any figure is; else revised when any figure is.
    static constexpr void note_status(assessment& a, const observation& o) noexcept {
        if (o.status_ == data_status::preliminary || a.status() == data_status::preliminary)
            a.set_status(data_status::preliminary);
        else if (o.status_ == data_status::revised)
            a.set_status(data_status::revised);
    }

private:
    static constexpr bool usable(const observation& o) noexcept {
        return o.period_.first_month == 1 && o.period_.last_month == 12 && o.bound_ == value_bound::exact;
    }

    const observation* first_;
    std::size_t count_;
    const observation* supplied_;
    std::size_t supplied_count_;
    const char* region_;
    std::size_t region_size_;
    std::string_view higher_;
    bool* read_;
};

/// The period before `year`, whose figure 继续下降, 不低于上年 and a better rank read.
constexpr int previous_period(int year) noexcept { return year - 1; }

/// The bound a target's own threshold sets, for the kinds judged on one figure alone:
/// met when the figure stands in relation `rel` to `value`.
struct own_bound {
    decimal value;
    relation rel = relation::at_least;
    constexpr bool met_by(decimal actual) const noexcept { return holds(rel, compare(actual, value)); }
};

constexpr bool higher_is_better(const target& t) noexcept {
    return t.reads == nullptr || t.reads->better == direction::higher_is_better;
}

constexpr result<own_bound> bound_of(const target& t) noexcept {
    switch (t.kind) {
        case target_kind::at_least:
        case target_kind::level:
        case target_kind::of_which:
        case target_kind::red_line: return own_bound{t.value, relation::at_least};
        case target_kind::more_than: return own_bound{t.value, relation::more_than};
        case target_kind::at_most:
        case target_kind::rank_at_most: return own_bound{t.value, relation::at_most};
        case target_kind::less_than: return own_bound{t.value, relation::less_than};
        case target_kind::about: {
            // Inside value ± tolerance or beyond it on the better side: the edge on the
            // worse side decides (CPI 3%左右 is met up to 3.5 %, not above).
            if (higher_is_better(t)) {
                const auto low = checked_sub(t.value, t.tolerance);
                if (!low) return low.error();
                return own_bound{low.value(), relation::at_least};
            }
            const auto high = checked_add(t.value, t.tolerance);
            if (!high) return high.error();
            return own_bound{high.value(), relation::at_most};
        }
        default: return errc::out_of_range;  // the verdict needs a second figure, a date or a status
    }
}

constexpr maybe<decimal> difference(decimal a, decimal b) noexcept {
    const auto d = checked_sub(a, b);
    return d ? maybe<decimal>(d.value()) : maybe<decimal>();
}

/// `actual` against `line` by `r`: the gap, positive on the side that passes.
constexpr maybe<decimal> gap_by(relation r, decimal actual, decimal line) noexcept {
    return is_upward(r) ? difference(actual, line) : difference(line, actual);
}

// These helpers change the assessment in place: copying it costs steps in constant
// evaluation, and evaluate() runs for every entry of a scorecard.
constexpr const assessment& settled(assessment& a, verdict outcome, finding why) noexcept {
    a.settle(outcome, why);
    return a;
}

constexpr const assessment& decided(assessment& a, bool met, finding if_met, finding if_missed) noexcept {
    return met ? settled(a, verdict::met, if_met) : settled(a, verdict::missed, if_missed);
}

/// Ratio, completion and red-line margin, for targets with a threshold.
constexpr void add_measures_of_size(assessment& a, const target& t, const reader& figures, int year,
                                    const evaluation_options& options) noexcept {
    // Ratios make sense for amounts, counts and areas, not for rates, changes or ranks.
    const unit& u = t.measured_in();
    const bool sized =
        !convertible(u, units::percent) && !convertible(u, units::percentage_points) && !convertible(u, units::rank);
    const decimal actual = *a.actual();
    if (sized && t.value.sign() > 0 && actual.sign() >= 0) {
        const auto r = divide(actual, t.value, 4);
        if (r) a.set_ratio(r.value());
    }
    if (options.baseline_year != 0) {
        assessment ignored{};
        const maybe<decimal> base = figures.number(ignored, t.indicator_id(), options.baseline_year, u);
        if (base && *base != t.value) {
            const maybe<decimal> done = difference(actual, *base);
            const maybe<decimal> asked = difference(t.value, *base);
            if (done && asked) {
                const auto c = divide(*done, *asked, 4);
                if (c) a.set_completion(c.value());
            }
        }
    }
    if (t.kind == target_kind::red_line && u == units::mu && a.gap()) {
        const auto ha = hectares(quantity<units::mu>(*a.gap()), 2);
        if (ha) a.set_margin_hectares(ha.value());
    }
    if (t.kind == target_kind::of_which && t.other != nullptr) {
        assessment ignored{};
        const maybe<decimal> whole = figures.number(ignored, t.other->id, year, u);
        a.set_inconsistent(whole && actual > *whole);
    }
}

/// The verdict of a target judged on one figure against its own threshold.
constexpr const assessment& judged_on(own_bound bound, assessment& a, const target& t, const reader& figures, int year,
                                      const evaluation_options& options) noexcept {
    const decimal actual = *a.actual();
    if (a.figure_bound() != value_bound::exact) {
        // Every value the bound allows on one side: decided; on both sides: unknown. No
        // gap, ratio or band: the value itself is not known.
        const auto d = compare_bounded(actual, a.figure_bound(), bound.rel, bound.value);
        if (d == ::daye::decided::unknown) return settled(a, verdict::unknown, finding::bound_undecided);
        return d == ::daye::decided::holds ? settled(a, verdict::met, finding::bound_holds)
                                           : settled(a, verdict::missed, finding::bound_fails);
    }
    const bool met = bound.met_by(actual);
    // The gap is measured from the target's value, positive on the side that passes.
    a.set_gap(gap_by(bound.rel, actual, t.value));
    if (t.kind == target_kind::about) {
        const auto low = checked_sub(t.value, t.tolerance);
        const auto high = checked_add(t.value, t.tolerance);
        if (!low || !high) return settled(a, verdict::unknown, finding::out_of_range);
        const finding where = actual > high.value()  ? finding::above_band
                              : actual < low.value() ? finding::below_band
                                                     : finding::within_band;
        settled(a, met ? verdict::met : verdict::missed, where);
    } else if (is_upward(bound.rel)) {
        decided(a, met, finding::reached, is_strict(bound.rel) ? finding::not_above : finding::fell_short);
    } else {
        decided(a, met, finding::within_limit, is_strict(bound.rel) ? finding::not_below : finding::over_limit);
    }
    if (t.tiered() && met) a.set_reached_stretch(own_bound{t.stretch, bound.rel}.met_by(actual));
    if (t.kind != target_kind::rank_at_most) add_measures_of_size(a, t, figures, year, options);
    return a;
}

constexpr const assessment& evaluate_status(assessment& a, const target& t, const reader& figures, int year) noexcept {
    const observation* o = figures.find(t.indicator_id(), year);
    if (o == nullptr) {
        a.set_missing(t.indicator_id(), year);
        return a;
    }
    reader::note_status(a, *o);
    if (t.kind == target_kind::milestone && o->kind() == value_kind::day) {
        a.set_actual_day(o->day());
        return decided(a, o->day() <= t.deadline, finding::done_in_time, finding::done_late);
    }
    if (o->kind() != value_kind::progress) {
        a.set_why(finding::wrong_value);
        return a;
    }
    a.set_progress(o->progress());
    const bool is_milestone = t.kind == target_kind::milestone;
    switch (o->progress()) {
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

/// 年均: each year's growth since the base year, chained, against the target compounded
/// over as many years, exactly: Π(100 + g) against (100 + value)^n, both scaled alike. The
/// figure shown is the average achieved, r with (100 + r)^n = Π(100 + g), rounded to the
/// places of the figures and the target, and at least one (growth is published to one
/// place, 年均增长6.8%; a mean of whole rates is seldom whole). At those places the mean
/// is never exactly halfway (its n-th power would have more places than the product), so
/// the rounding rule never decides. The verdict is the product's, not the rounded
/// average's: an average that rounds to the target while the product falls short is
/// missed, with a gap of 0.
constexpr const assessment& judge_average(assessment& a, const target& t, const reader& figures, int year,
                                          const unit& u) noexcept {
    a.set_actual({});  // the year's own figure is not the average
    const int n = year - t.base_year;
    if (n < 1 || n > max_years) return settled(a, verdict::unknown, finding::out_of_range);
    decimal chained[max_years]{};
    decimal asked[max_years]{};
    const auto hundred = decimal(100);
    const auto target_factor = checked_add(hundred, t.value);
    int places = t.value.places() > 1 ? t.value.places() : 1;
    for (int k = 0; k < n; ++k) {
        const maybe<decimal> g = figures.number(a, t.indicator_id(), t.base_year + 1 + k, u);
        if (!g) return a;
        const auto factor = checked_add(hundred, *g);
        if (!factor || !target_factor) return settled(a, verdict::unknown, finding::out_of_range);
        chained[k] = factor.value();
        asked[k] = target_factor.value();
        if (g->places() > places) places = g->places();
    }
    const auto c = compare_products(chained, static_cast<std::size_t>(n), asked, static_cast<std::size_t>(n));
    if (!c) return settled(a, verdict::unknown, finding::out_of_range);  // a fall of 100 % or more, or too many digits
    // The average is shown when it fits; the verdict stands without it.
    const auto mean = geometric_mean(chained, static_cast<std::size_t>(n), places);
    const auto average = mean ? checked_sub(mean.value(), hundred) : result<decimal>(mean.error());
    if (average) {
        const relation r = higher_is_better(t) ? relation::at_least : relation::at_most;
        a.set_actual(average.value());
        a.set_gap(gap_by(r, average.value(), t.value));
    }
    return higher_is_better(t) ? decided(a, c.value() >= 0, finding::reached, finding::fell_short)
                               : decided(a, c.value() <= 0, finding::within_limit, finding::over_limit);
}

/// 累计: the total of the years from the first year counted to the year judged.
constexpr const assessment& judge_total(assessment& a, const target& t, const reader& figures, int year,
                                        const unit& u) noexcept {
    const int n = year - t.base_year + 1;
    if (n < 1 || n > max_years) return settled(a, verdict::unknown, finding::out_of_range);
    decimal total{};
    for (int y = t.base_year; y <= year; ++y) {
        const maybe<decimal> v = figures.number(a, t.indicator_id(), y, u);
        if (!v) return a;
        const auto sum = checked_add(total, *v);
        if (!sum) return settled(a, verdict::unknown, finding::out_of_range);
        total = sum.value();
    }
    a.set_actual(total);
    const relation r = higher_is_better(t) ? relation::at_least : relation::at_most;
    a.set_gap(gap_by(r, total, t.value));
    return is_upward(r) ? decided(a, holds(r, compare(total, t.value)), finding::reached, finding::fell_short)
                        : decided(a, holds(r, compare(total, t.value)), finding::within_limit, finding::over_limit);
}

/// Evaluates the condition of `t` itself into `a`, in place: an assessment is large, and
/// copies cost steps in constant evaluation, where score() evaluates every entry of a plan.
constexpr const assessment& evaluate_condition(assessment& a, const target& t, const reader& figures, int year,
                                               const evaluation_options& options) noexcept {
    if (t.kind == target_kind::milestone || t.kind == target_kind::measure)
        return detail::evaluate_status(a, t, figures, year);
    if (t.reads == nullptr || (t.reads_other() && t.other == nullptr)) {
        a.set_why(finding::wrong_value);  // a hand-made target without its indicators: validate() says so
        return a;
    }

    const unit& u = t.measured_in();
    const auto bound = detail::bound_of(t);
    // Only a target's own threshold can be decided by a bound (突破1000亿元 meets 1000 亿元).
    const maybe<decimal> read =
        bound ? figures.figure(a, t.indicator_id(), year, u) : figures.number(a, t.indicator_id(), year, u);
    if (!read) return a;
    a.set_actual(read);
    const decimal actual = *read;
    if (bound) return detail::judged_on(bound.value_or({}), a, t, figures, year, options);
    if (bound.error() == errc::overflow) return detail::settled(a, verdict::unknown, finding::out_of_range);
    switch (t.kind) {
        case target_kind::keeps_pace:
        case target_kind::exceeds: {
            const maybe<decimal> other = figures.number(a, t.other->id, year, u);
            if (!other) return a;
            a.set_compared(other);
            const decimal slack = options.tolerance ? *options.tolerance : t.tolerance;
            a.set_gap(detail::difference(actual, *other));
            const auto floor = checked_sub(*other, slack);
            if (!floor) return detail::settled(a, verdict::unknown, finding::out_of_range);
            const bool kept = t.kind == target_kind::keeps_pace ? actual >= floor.value() : actual > floor.value();
            return detail::decided(a, kept, finding::kept_pace, finding::fell_behind);
        }
        case target_kind::versus_benchmark:
        case target_kind::within_ceiling:
        case target_kind::assigned_floor: {
            const maybe<decimal> limit = figures.bound(a, t.other->id, year, u);
            if (!limit) return a;
            a.set_compared(limit);
            const bool floor = t.kind == target_kind::assigned_floor ||
                               (t.kind == target_kind::versus_benchmark && detail::higher_is_better(t));
            const maybe<decimal> ahead =
                floor ? detail::difference(actual, *limit) : detail::difference(*limit, actual);
            if (!ahead) return detail::settled(a, verdict::unknown, finding::out_of_range);
            a.set_gap(detail::difference(*ahead, t.value));  // the margin asked for is 0 for a bound
            // Strictly better (高于全市平均) fails when level with the benchmark.
            const bool strict = is_strict(t.rel);
            const bool met = strict ? *ahead > t.value : *ahead >= t.value;
            // A ceiling, or a benchmark where lower is better, is missed over the limit.
            return floor ? detail::decided(a, met, finding::reached, strict ? finding::not_above : finding::fell_short)
                         : detail::decided(a, met, finding::within_limit,
                                           strict ? finding::not_below : finding::over_limit);
        }
        case target_kind::versus_previous: {
            const maybe<decimal> last = figures.number(a, t.indicator_id(), detail::previous_period(year), u);
            if (!last) return a;
            a.set_compared(last);
            a.set_gap(detail::gap_by(t.rel, actual, *last));
            return detail::decided(a, holds(t.rel, compare(actual, *last)), finding::holds_on_previous,
                                   finding::fails_on_previous);
        }
        case target_kind::stable: {
            const maybe<decimal> last = figures.number(a, t.indicator_id(), detail::previous_period(year), u);
            if (!last) return a;
            a.set_compared(last);
            const auto low = checked_sub(*last, t.tolerance);
            const auto high = checked_add(*last, t.tolerance);
            if (!low || !high) return detail::settled(a, verdict::unknown, finding::out_of_range);
            // One-sided like a band around a stated figure: the edge on the worse side decides.
            const bool higher = detail::higher_is_better(t);
            const relation r = higher ? relation::at_least : relation::at_most;
            a.set_gap(detail::gap_by(r, actual, higher ? low.value() : high.value()));
            const finding where = actual > high.value()  ? finding::above_band
                                  : actual < low.value() ? finding::below_band
                                                         : finding::within_band;
            const bool met = holds(r, compare(actual, higher ? low.value() : high.value()));
            return detail::settled(a, met ? verdict::met : verdict::missed, where);
        }
        case target_kind::versus_base_year: {
            const maybe<decimal> base = figures.number(a, t.indicator_id(), t.base_year, u);
            if (!base) return a;
            const auto line = checked_mul(*base, t.value);
            if (!line) return detail::settled(a, verdict::unknown, finding::out_of_range);
            a.set_compared(line.value());
            const relation r = detail::higher_is_better(t) ? relation::at_least : relation::at_most;
            a.set_gap(detail::gap_by(r, actual, line.value()));
            return is_upward(r) ? detail::decided(a, holds(r, compare(actual, line.value())), finding::reached,
                                                  finding::fell_short)
                                : detail::decided(a, holds(r, compare(actual, line.value())), finding::within_limit,
                                                  finding::over_limit);
        }
        case target_kind::average_annual: return detail::judge_average(a, t, figures, year, u);
        case target_kind::cumulative: return detail::judge_total(a, t, figures, year, u);
        case target_kind::rank_improves: {
            const maybe<decimal> last_year = figures.number(a, t.indicator_id(), detail::previous_period(year), u);
            if (!last_year) return a;
            a.set_compared(last_year);
            a.set_gap(detail::difference(*last_year, actual));
            return detail::decided(a, actual < *last_year, finding::improved, finding::did_not_improve);
        }
        default: break;  // the kinds of bound_of() and the status kinds are handled above
    }
    return a;
}

/// Evaluates `t` into `a`, with the other conditions of a compound entry: met when every
/// condition is met, missed when any is missed, unknown otherwise. The figures shown are
/// the entry's own condition's.
constexpr const assessment& evaluate_into(assessment& a, const target& t, const reader& figures, int year,
                                          const evaluation_options& options) noexcept {
    evaluate_condition(a, t, figures, year, options);
    for (std::size_t i = 0; i < t.also.size() && i + 1 < max_conditions; ++i) {
        assessment part{};
        evaluate_condition(part, t.also[i], figures, year, options);
        a.add_condition(part.outcome(), part.why(), part.status());
    }
    return a;
}
}  // namespace detail

namespace detail {
/// Verdicts of `actuals` against `threshold` under `meets`, a comparison of mantissas.
/// A figure at the threshold's places (a statistics table prints one number of places)
/// is decided by its mantissa alone, without a branch on the figure; others through compare().
template <class Meets>
constexpr std::size_t verdicts_of(span<const decimal> actuals, span<verdict> out, decimal threshold,
                                  Meets meets) noexcept {
    std::size_t met = 0;
    for (std::size_t i = 0; i < actuals.size(); ++i) {
        const decimal x = actuals[i];
        const unsigned m = x.places() == threshold.places()
                               ? static_cast<unsigned>(meets(x.mantissa(), threshold.mantissa()))
                               : static_cast<unsigned>(meets(compare(x, threshold), 0));
        out[i] = static_cast<verdict>(static_cast<unsigned>(verdict::missed) - m);
        met += m;
    }
    return met;
}
}  // namespace detail

/// Evaluates one target for `year` against the observations (and what `options` supply).
constexpr assessment evaluate(const target& t, span<const observation> observations, int year,
                              const evaluation_options& options = {}) noexcept {
    assessment a{};
    detail::evaluate_into(a, t, detail::reader(observations, options), year, options);
    return a;
}

/// Verdicts of one target over many figures, such as thousands of counties or years:
/// met or missed for each, written to `out`; returns how many were met. For targets
/// judged on one figure against their own threshold (at least, more than, at most, less
/// than, about, level, of-which, red line, rank at most); errc::out_of_range for the others, and when `out`
/// is shorter than `actuals`.
constexpr result<std::size_t> evaluate_batch(const target& t, span<const decimal> actuals, span<verdict> out) noexcept {
    const auto bound = detail::bound_of(t);
    if (!bound) return bound.error();
    if (out.size() < actuals.size()) return errc::out_of_range;
    const detail::own_bound b = bound.value();
    // One loop per relation, since compilers do not take the test of the relation out of
    // the loop themselves.
    const auto run = [&](auto meets) { return detail::verdicts_of(actuals, out, b.value, meets); };
    switch (b.rel) {
        case relation::at_least: return run([](std::int64_t x, std::int64_t v) { return x >= v; });
        case relation::more_than: return run([](std::int64_t x, std::int64_t v) { return x > v; });
        case relation::at_most: return run([](std::int64_t x, std::int64_t v) { return x <= v; });
        case relation::less_than: return run([](std::int64_t x, std::int64_t v) { return x < v; });
    }
    return run([](std::int64_t x, std::int64_t v) { return x >= v; });
}

}  // namespace v0
}  // namespace daye

#endif
