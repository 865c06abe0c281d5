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

#include "daye/result.hpp"
#include "daye/decimal.hpp"
#include "daye/span.hpp"

namespace daye {
inline namespace v0 {

namespace detail {
/// Half a unit of the last printed place: 0.005 for 860.79, 0.5 for 1000.
constexpr result<decimal> half_unit(decimal printed) noexcept { return decimal::make(5, printed.places() + 1); }

/// The first error of a run of exact steps: each step's result passes through it, so a
/// computation reads as its formula and is checked once, at the end. After an error the
/// steps go on with 0 and their results are not used.
class step_errors {
public:
    constexpr decimal operator()(result<decimal> step) noexcept {
        if (!step && error_ == errc::none) error_ = step.error();
        return step.value_or(decimal());
    }
    constexpr errc error() const noexcept { return error_; }

private:
    errc error_ = errc::none;
};
}  // namespace detail

/// Growth from level `from` to level `to`, in percent: (to / from - 1) x 100, rounded
/// half away from zero to `places` (751.1 to 860.79 is 14.6 at 1 place). Errors: a level
/// of 0 or less, non_positive_level; figures beyond 18 digits, overflow.
constexpr result<decimal> growth_between(decimal from, decimal to, int places = 1) noexcept {
    if (from.sign() <= 0 || to.sign() <= 0) return errc::non_positive_level;
    detail::step_errors e;
    const decimal percent = e(checked_mul(e(checked_sub(to, from)), decimal(100)));
    if (e.error() != errc::none) return e.error();
    return divide(percent, from, places);
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
    detail::step_errors e;
    decimal real_level = from;
    decimal nominal_level = to;
    for (const decimal r : real_percents) {
        if (r <= decimal(-100)) return errc::rate_too_low;
        real_level = e(checked_mul(real_level, e(checked_add(decimal(100), r))));
        nominal_level = e(checked_mul(nominal_level, decimal(100)));
    }
    const decimal percent = e(checked_mul(e(checked_sub(nominal_level, real_level)), decimal(100)));
    if (e.error() != errc::none) return e.error();
    return divide(percent, real_level, places);
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
    detail::step_errors e;
    const decimal h_from = e(detail::half_unit(from));
    const decimal h_to = e(detail::half_unit(to));
    const decimal h_rate = e(detail::half_unit(reported_percent));
    const decimal from_low = e(checked_sub(from, h_from));
    const decimal from_high = e(checked_add(from, h_from));
    const decimal to_low = e(checked_sub(to, h_to));
    const decimal to_high = e(checked_add(to, h_to));
    // The printed rate r covers [r - k, r + k]; the levels allow growth from
    // (to - h) / (from + h) to (to + h) / (from - h). They meet when
    // 100 (to + h) >= (100 + r - k)(from - h) and 100 (to - h) <= (100 + r + k)(from + h).
    const decimal factor = e(checked_add(decimal(100), reported_percent));
    const decimal top = e(checked_mul(decimal(100), to_high));
    const decimal bottom = e(checked_mul(decimal(100), to_low));
    const decimal needs_low = e(checked_mul(e(checked_sub(factor, h_rate)), from_low));
    const decimal needs_high = e(checked_mul(e(checked_add(factor, h_rate)), from_high));
    const int places = reported_percent.places();
    growth_check c{};
    c.consistent = top >= needs_low && bottom <= needs_high;
    c.of_levels = e(growth_between(from, to, places));
    c.lowest = e(growth_between(from_high, to_low, places + 2));
    c.highest = e(growth_between(from_low, to_high, places + 2));
    if (e.error() != errc::none) return e.error();
    return c;
}

}  // namespace v0
}  // namespace daye

#endif
