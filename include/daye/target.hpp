// Targets: conditions on indicators, in every form a county plan states them, and
// measures, the commitments without a number.
//
// One flat, constexpr struct serves all kinds so that a group holds its entries in
// one plain array, in the report's order. Builders (at_least, red_line, keeps_pace, ...) fill in what a kind
// needs; setters add the report's words: the seed phrase, the English name and the
// commitment word. Typed quantities go in, so at_least(id, 50_enterprises) records
// its unit, and a threshold in the wrong unit is caught by validate().
#ifndef DAYE_TARGET_HPP
#define DAYE_TARGET_HPP

#include <string_view>

#include "daye/commitment.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/measure.hpp"
#include "daye/span.hpp"
#include "daye/text.hpp"
#include "daye/units.hpp"

namespace daye {

/// Every form of target a county plan states, and measures.
enum class target_kind : unsigned char {
    at_least,          ///< actual >= value
    at_most,           ///< actual <= value
    about,             ///< value ± tolerance (7%左右); above the band counts as met
    keeps_pace,        ///< A keeps pace with B: A >= B - tolerance (收入与经济增长同步)
    exceeds,           ///< A exceeds B: A > B - tolerance, strictly
    versus_benchmark,  ///< actual vs a benchmark supplied at evaluation (a city average), with a margin
    rank_at_most,      ///< rank <= value (1 is best)
    rank_improves,     ///< this year's rank better (smaller) than last year's
    milestone,         ///< done by the deadline
    within_ceiling,    ///< actual <= a ceiling set by a higher level, supplied at evaluation
    of_which,          ///< at least, for a part of another target (其中)
    level,             ///< a level (a stock, not a growth rate) to reach: actual >= value
    red_line,          ///< binding floor under one-vote veto: actual >= value
    measure,           ///< a named project, programme or list; progress reported as a status
};

/// The id used in JSON and tables.
constexpr std::string_view name(target_kind k) noexcept {
    switch (k) {
        case target_kind::at_least: return "at_least";
        case target_kind::at_most: return "at_most";
        case target_kind::about: return "about";
        case target_kind::keeps_pace: return "keeps_pace";
        case target_kind::exceeds: return "exceeds";
        case target_kind::versus_benchmark: return "versus_benchmark";
        case target_kind::rank_at_most: return "rank_at_most";
        case target_kind::rank_improves: return "rank_improves";
        case target_kind::milestone: return "milestone";
        case target_kind::within_ceiling: return "within_ceiling";
        case target_kind::of_which: return "of_which";
        case target_kind::level: return "level";
        case target_kind::red_line: return "red_line";
        case target_kind::measure: return "measure";
    }
    return "at_least";
}

/// Whether a higher or a lower value is the better one (for benchmarks).
enum class direction : unsigned char { higher_is_better, lower_is_better };

/// A condition on one or more indicators, or a measure, with the report's words.
struct target {
    std::string_view id;
    target_kind kind = target_kind::at_least;
    std::string_view indicator;  ///< what it reads when not its own id (see indicator_id())
    /// keeps_pace, exceeds: the indicator compared with; versus_benchmark, within_ceiling:
    /// the indicator that supplies the bound; of_which: the indicator of the whole.
    std::string_view other;
    std::string_view parent;  ///< of_which and nested red lines: the target this is part of
    const unit* measured_in = nullptr;
    decimal value;      ///< the threshold; versus_benchmark: the required margin
    decimal tolerance;  ///< about: half-width of the band; keeps_pace, exceeds: allowed shortfall
    date deadline;      ///< milestone
    direction better = direction::higher_is_better;
    commitment word = commitment::stated;
    std::string_view phrase_zh;  ///< the report's own words
    std::string_view name_en;
    span<const named_item> items;  ///< measure: the named parts, when the report lists them

    /// The indicator it reads: its own id unless reads() named another.
    constexpr std::string_view indicator_id() const noexcept { return indicator.empty() ? id : indicator; }

    /// True for kinds that carry a threshold in `value`.
    constexpr bool has_value() const noexcept {
        switch (kind) {
            case target_kind::keeps_pace:
            case target_kind::exceeds:
            case target_kind::rank_improves:
            case target_kind::milestone:
            case target_kind::within_ceiling:
            case target_kind::measure: return false;
            default: return true;
        }
    }
    constexpr bool is_relational() const noexcept {
        return kind == target_kind::keeps_pace || kind == target_kind::exceeds;
    }

    constexpr target says(text zh) const noexcept {
        target t = *this;
        t.phrase_zh = zh.view;
        return t;
    }
    constexpr target en(text english) const noexcept {
        target t = *this;
        t.name_en = english.view;
        return t;
    }
    constexpr target committed(commitment w) const noexcept {
        target t = *this;
        t.word = w;
        return t;
    }
    constexpr target reads(text indicator_id) const noexcept {
        target t = *this;
        t.indicator = indicator_id.view;
        return t;
    }
    /// Part of `parent_id`, whose indicator (the whole) is `whole`; by default the
    /// parent reads the indicator of its own id.
    constexpr target part_of(text parent_id, text whole = std::string_view{}) const noexcept {
        target t = *this;
        t.parent = parent_id.view;
        t.other = whole.view.empty() ? parent_id.view : whole.view;
        return t;
    }
    template <const unit& U>
    constexpr target within(quantity<U> slack) const noexcept {
        target t = *this;
        t.tolerance = slack.value();
        return t;
    }
    constexpr target lists(span<const named_item> named) const noexcept {
        target t = *this;
        t.items = named;
        return t;
    }
    constexpr target lower_is_better() const noexcept {
        target t = *this;
        t.better = direction::lower_is_better;
        return t;
    }
};

namespace detail {
/// A target of `kind` on its own id; `other` names the second indicator where the kind has one.
constexpr target make_target(text id, target_kind kind, const unit& u, decimal value,
                             std::string_view other = {}) noexcept {
    target t;
    t.id = id.view;
    t.kind = kind;
    t.measured_in = &u;
    t.value = value;
    t.other = other;
    return t;
}
}  // namespace detail

/// actual >= value: 新增高新技术企业50家 is at_least(id, 50_enterprises).
template <const unit& U>
constexpr target at_least(text id, quantity<U> value) noexcept {
    return detail::make_target(id, target_kind::at_least, U, value.value());
}

/// actual <= value.
template <const unit& U>
constexpr target at_most(text id, quantity<U> value) noexcept {
    return detail::make_target(id, target_kind::at_most, U, value.value());
}

/// value ± tolerance: 增长7%左右 is about(id, 7_pct, 0.5_pct).
template <const unit& U, const unit& T>
constexpr target about(text id, quantity<U> value, quantity<T> tolerance) {
    detail::require_same_unit<U, T>();
    target t = detail::make_target(id, target_kind::about, U, value.value());
    t.tolerance = tolerance.value();
    return t;
}

/// A level to reach (a stock such as GDP in 亿元, not a growth rate).
template <const unit& U>
constexpr target level(text id, quantity<U> value) noexcept {
    return detail::make_target(id, target_kind::level, U, value.value());
}

/// A binding floor under one-vote veto: 守住63.85万亩耕地保有量.
template <const unit& U>
constexpr target red_line(text id, quantity<U> floor) noexcept {
    return detail::make_target(id, target_kind::red_line, U, floor.value()).committed(commitment::binding);
}

/// At least `value`, as a part of the target `parent_id` (其中省外资金360亿元).
template <const unit& U>
constexpr target of_which(text id, quantity<U> value, text parent_id) noexcept {
    return detail::make_target(id, target_kind::of_which, U, value.value()).part_of(parent_id);
}

/// A rank no worse than `place` (1 is best): 冲刺全国50强 is rank_at_most(id, 50_th).
constexpr target rank_at_most(text id, quantity<units::rank> place) noexcept {
    return detail::make_target(id, target_kind::rank_at_most, units::rank, place.value());
}

/// This year's rank better than last year's (推进百强再进位).
constexpr target rank_improves(text id, text rank_indicator) noexcept {
    return detail::make_target(id, target_kind::rank_improves, units::rank, decimal{}).reads(rank_indicator);
}

/// Done by `deadline` (年底建成: by 31 December).
constexpr target milestone(text id, date deadline) noexcept {
    target t = detail::make_target(id, target_kind::milestone, units::date, decimal{});
    t.deadline = deadline;
    return t;
}

/// Indicator `a` keeps pace with indicator `b`, both in `u`.
constexpr target keeps_pace(text id, text a, text b, const unit& u) noexcept {
    return detail::make_target(id, target_kind::keeps_pace, u, decimal{}, b.view).reads(a);
}

/// Indicator `a` strictly exceeds indicator `b`, both in `u`.
constexpr target exceeds(text id, text a, text b, const unit& u) noexcept {
    return detail::make_target(id, target_kind::exceeds, u, decimal{}, b.view).reads(a);
}

/// At least `margin` better than the benchmark indicator supplied at evaluation
/// (高于全省平均水平: versus_benchmark(id, "province_average_gdp_growth", 0_pct)).
template <const unit& U>
constexpr target versus_benchmark(text id, text benchmark, quantity<U> margin) noexcept {
    return detail::make_target(id, target_kind::versus_benchmark, U, margin.value(), benchmark.view);
}

/// Indicator at most the ceiling that a higher level sets, read from `ceiling` at
/// evaluation (控制在省定目标以内).
constexpr target within_ceiling(text id, text indicator_id, text ceiling, const unit& u) noexcept {
    return detail::make_target(id, target_kind::within_ceiling, u, decimal{}, ceiling.view).reads(indicator_id);
}

/// A named project, programme or list; its status is reported, not a figure.
constexpr target measure(text id) noexcept {
    return detail::make_target(id, target_kind::measure, units::status, decimal{});
}

}  // namespace daye

#endif
