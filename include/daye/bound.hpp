// Figures that are bounds: what "首次突破900亿元" can and cannot decide.
//
// Reports often print a bound instead of a value: 突破1000亿元 or 超过 (the value is above
// 1000, strictly), 不到 (below). Such a figure decides a comparison only when every value
// the bound allows falls on the same side of the threshold: GDP "above 1000 亿元" meets a
// level of 1000 亿元 (a value above 1000 is at least 1000) but cannot tell whether a level
// of 1050 was met. Then the answer is unknown, never met or missed.
#ifndef DAYE_BOUND_HPP
#define DAYE_BOUND_HPP

#include <string_view>

#include "daye/result.hpp"
#include "daye/decimal.hpp"
#include "daye/relation.hpp"

namespace daye {
inline namespace v0 {

/// Whether a figure is the value itself or only a bound on it.
enum class value_bound : unsigned char {
    exact,  ///< the value as published
    above,  ///< a strict lower bound: 突破900亿元, the value is above 900
    below,  ///< a strict upper bound: 不到, the value is below it
};

/// "exact", "above" or "below"; data files leave exact figures' bound empty.
constexpr std::string_view name(value_bound b) noexcept {
    switch (b) {
        case value_bound::exact: return "exact";
        case value_bound::above: return "above";
        case value_bound::below: return "below";
    }
    return "exact";
}

/// What a figure tells of a comparison: it holds, it fails, or the figure cannot tell.
enum class decided : unsigned char { holds, fails, unknown };

/// Whether `value R threshold` (a relation of relation.hpp) holds for every value the
/// figure allows (holds), for none (fails), or for some only (unknown). An exact figure
/// always decides.
constexpr decided compare_bounded(decimal figure, value_bound bound, relation r, decimal threshold) noexcept {
    const int c = compare(figure, threshold);
    const bool upward = is_upward(r);  // larger values pass
    if (bound == value_bound::exact) return holds(r, c) ? decided::holds : decided::fails;
    // The values allowed lie strictly beyond the figure, on the side the bound says. They
    // are all past the threshold when the figure itself is at it or past it: the figure
    // is excluded, so even a strict comparison holds at c == 0.
    const bool allowed_go_up = bound == value_bound::above;
    const bool figure_at_or_past = allowed_go_up ? c >= 0 : c <= 0;
    if (!figure_at_or_past) return decided::unknown;
    return allowed_go_up == upward ? decided::holds : decided::fails;
}

/// Whether the true value lies within [low, high] (a 左右 band, both ends included).
constexpr decided within_bounded(decimal figure, value_bound bound, decimal low, decimal high) noexcept {
    const decided above_low = compare_bounded(figure, bound, relation::at_least, low);
    const decided below_high = compare_bounded(figure, bound, relation::at_most, high);
    if (above_low == decided::fails || below_high == decided::fails) return decided::fails;
    if (above_low == decided::holds && below_high == decided::holds) return decided::holds;
    return decided::unknown;
}

}  // namespace v0
}  // namespace daye

#endif
