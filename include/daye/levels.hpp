// What published levels say, exactly: the growth between two of them, the change of
// prices they imply beside real growth, and whether a printed growth rate can come from
// them.
//
// Published figures are rounded: GDP of 860.79 亿元 stands for any level from 860.785 to
// 860.795, growth of 6.5 % for anything from 6.45 % to 6.55 %. These functions take the
// decimals as printed, compute on them exactly, and round once, half away from zero
// (四舍五入), at the end. The consistency check allows for the rounding of every figure
// and for nothing else.
//
// What a check cannot see: growth at comparable prices (real) against levels at current
// prices (that difference is the change of prices, implied_price_change); and growth of
// industry above designated size (规模以上), which statistics compute on the firms above
// the threshold in both years, a set that changes every year, so that published totals
// of two years do not give published growth. Levels revised between two reports (after
// an economic census) are another year's levels, not the ones the growth was computed on.
#ifndef DAYE_LEVELS_HPP
#define DAYE_LEVELS_HPP

#include "daye/decimal.hpp"
#include "daye/result.hpp"
#include "daye/span.hpp"

namespace daye {

namespace detail {
/// Half a unit of the last printed place: 0.005 for 860.79, 0.5 for 1000.
constexpr result<decimal> half_unit(decimal printed) noexcept { return decimal::make(5, printed.places() + 1); }
}  // namespace detail

/// Growth from level `from` to level `to`, in percent: (to / from - 1) x 100, rounded
/// half away from zero to `places` (751.1 to 860.79 is 14.6 at 1 place). Errors: a level
/// of 0 or less, non_positive_level; figures beyond 18 digits, overflow.
constexpr result<decimal> growth_between(decimal from, decimal to, int places = 1) noexcept {
    if (from.sign() <= 0 || to.sign() <= 0) return errc::non_positive_level;
    const auto change = checked_sub(to, from);
    if (!change) return change.error();
    const auto percent = checked_mul(change.value(), decimal(100));
    if (!percent) return percent.error();
    return divide(percent.value(), from, places);
}

/// The change of prices that nominal growth implies beside real growth over the same
/// years, in percent: the level's growth from `from` to `to` (current prices) with each
/// year's real growth of `real_percents` taken out, ((to / from) / product(1 + r) - 1) x
/// 100, rounded half away from zero to `places`. For GDP this is the implicit GDP
/// deflator's change: 751.1 to 860.79 亿元 with 6.5 % real growth is 7.6 %. Errors: a
/// level of 0 or less, non_positive_level; a rate at or below -100 %, rate_too_low; no
/// rate, out_of_range; figures beyond 18 digits, overflow.
constexpr result<decimal> implied_price_change(decimal from, decimal to, span<const decimal> real_percents,
                                               int places = 1) noexcept {
    if (from.sign() <= 0 || to.sign() <= 0) return errc::non_positive_level;
    if (real_percents.empty()) return errc::out_of_range;
    // In hundreds: to x 100^k against from x product(100 + r); the difference over the
    // latter, x 100, is the change in percent.
    decimal real_level = from;
    decimal nominal_level = to;
    for (const decimal r : real_percents) {
        if (r <= decimal(-100)) return errc::rate_too_low;
        const auto factor = checked_add(decimal(100), r);
        if (!factor) return factor.error();
        const auto deflated = checked_mul(real_level, factor.value());
        const auto scaled = checked_mul(nominal_level, decimal(100));
        if (!deflated || !scaled) return errc::overflow;
        real_level = deflated.value();
        nominal_level = scaled.value();
    }
    const auto gap = checked_sub(nominal_level, real_level);
    if (!gap) return gap.error();
    const auto percent = checked_mul(gap.value(), decimal(100));
    if (!percent) return percent.error();
    return divide(percent.value(), real_level, places);
}

/// The same for one year.
constexpr result<decimal> implied_price_change(decimal from, decimal to, decimal real_percent,
                                               int places = 1) noexcept {
    const decimal rates[] = {real_percent};
    return implied_price_change(from, to, rates, places);
}

/// What two printed levels say of a printed growth rate between them.
struct growth_check {
    /// Some levels within the rounding of both printed levels grow at a rate within the
    /// rounding of the printed rate.
    bool consistent = false;
    /// The growth of the printed levels, at the places of the printed rate.
    decimal of_levels;
    /// The lowest and highest growth that levels within their rounding allow, at two
    /// places more than the printed rate (for display: the decision is made exactly).
    decimal lowest;
    decimal highest;
};

/// Whether `reported_percent` can be the growth from `from` to `to`, all three as
/// printed. 1130.8 to 1273.38 亿元 is 12.60-12.61 %, so a printed 13.3 % cannot come
/// from them (it is 规上 industry: growth on the same firms, see the top of this header).
/// Errors: a printed level whose rounding reaches 0, non_positive_level; figures beyond
/// 18 digits, overflow.
constexpr result<growth_check> check_growth(decimal from, decimal to, decimal reported_percent) noexcept {
    // A positive printed level is at least one unit of its last place, so the levels its
    // rounding allows are positive too.
    if (from.sign() <= 0 || to.sign() <= 0) return errc::non_positive_level;
    const auto h_from = detail::half_unit(from);
    const auto h_to = detail::half_unit(to);
    const auto h_rate = detail::half_unit(reported_percent);
    if (!h_from || !h_to || !h_rate) return errc::too_precise;
    const auto from_low = checked_sub(from, h_from.value());
    const auto from_high = checked_add(from, h_from.value());
    const auto to_low = checked_sub(to, h_to.value());
    const auto to_high = checked_add(to, h_to.value());
    const auto factor = checked_add(decimal(100), reported_percent);
    if (!from_low || !from_high || !to_low || !to_high || !factor) return errc::overflow;
    // The printed rate r covers [r - k, r + k]; the levels allow growth from
    // (to - h) / (from + h) to (to + h) / (from - h). They meet when
    // 100 (to + h) >= (100 + r - k)(from - h) and 100 (to - h) <= (100 + r + k)(from + h).
    const auto factor_low = checked_sub(factor.value(), h_rate.value());
    const auto factor_high = checked_add(factor.value(), h_rate.value());
    if (!factor_low || !factor_high) return errc::overflow;
    const auto top = checked_mul(decimal(100), to_high.value());
    const auto bottom = checked_mul(decimal(100), to_low.value());
    const auto needs_low = checked_mul(factor_low.value(), from_low.value());
    const auto needs_high = checked_mul(factor_high.value(), from_high.value());
    if (!top || !bottom || !needs_low || !needs_high) return errc::overflow;
    const int places = reported_percent.places();
    const auto of_levels = growth_between(from, to, places);
    const auto lowest = growth_between(from_high.value(), to_low.value(), places + 2);
    const auto highest = growth_between(from_low.value(), to_high.value(), places + 2);
    if (!of_levels || !lowest || !highest) return errc::overflow;
    growth_check c;
    c.consistent = top.value() >= needs_low.value() && bottom.value() <= needs_high.value();
    c.of_levels = of_levels.value();
    c.lowest = lowest.value();
    c.highest = highest.value();
    return c;
}

}  // namespace daye

#endif
