// How much a plan's target asks beyond its parent plan's (加码), for plans of the C++ model.
//
// A plan may name the plan of the level above it (plan::under): Daye's 2024 report under
// Hubei's, Hubei's under the nation's. For an entry whose indicator a plan above also sets a
// threshold on, the nearest such plan's entry is its parent target, and the escalation is
// the child's threshold over the parent's as a ratio and a difference, on the values as
// printed (for 左右, the centre of the band): 7.5 % over 6 % is 1.25 times and 1.5 points.
// hierarchy.hpp computes the same for tables of targets read from files.
#ifndef DAYE_ESCALATION_HPP
#define DAYE_ESCALATION_HPP

#include <cstddef>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/decimal.hpp"
#include "daye/plan.hpp"
#include "daye/target.hpp"

namespace daye {
inline namespace v0 {

/// How much a child's target asks beyond its parent's.
struct escalation {
    decimal ratio;       ///< child / parent, rounded half away from zero
    decimal difference;  ///< child - parent, exact, in the targets' unit (points for rates)
};

/// The escalation of `child` over `parent`, two thresholds in one unit: 7.5 % over 6 % is
/// 1.25 times and 1.5 points; the ratio is rounded to `places`. errc::division_by_zero
/// for a parent of 0, overflow beyond 18 digits.
constexpr result<escalation> escalation_of(decimal parent, decimal child, int places = 2) noexcept {
    const auto ratio = divide(child, parent, places);
    if (!ratio) return ratio.error();
    const auto difference = checked_sub(child, parent);
    if (!difference) return difference.error();
    return escalation{ratio.value(), difference.value()};
}

/// How many levels above a plan are searched: more than nation, province, prefecture,
/// county and department, and a bound on the walk should plans ever point in a circle.
inline constexpr std::size_t max_levels_above = 8;

/// An entry of a plan above, and the plan it is in.
struct parent_target {
    const plan* in = nullptr;
    const target* entry = nullptr;
    explicit constexpr operator bool() const noexcept { return entry != nullptr; }
};

namespace detail {
/// A threshold on the target's own indicator, which a plan above can set too.
constexpr bool sets_own_threshold(const target& t) noexcept {
    switch (t.kind) {
        case target_kind::at_least:
        case target_kind::more_than:
        case target_kind::at_most:
        case target_kind::less_than:
        case target_kind::about:
        case target_kind::level: return t.reads != nullptr;
        default: return false;
    }
}
}  // namespace detail

/// The entry of the nearest plan above `child` that sets a threshold on the indicator `t`
/// reads; empty when no plan above does, or when `t` sets none.
constexpr parent_target parent_target_of(const plan& child, const target& t) noexcept {
    if (!detail::sets_own_threshold(t)) return {};
    const plan* up = child.parent;
    for (std::size_t depth = 0; up != nullptr && depth < max_levels_above; ++depth, up = up->parent)
        for (std::size_t k = 0; k < up->group_count(); ++k)
            for (const target& u : up->group_at(k).entries)
                if (detail::sets_own_threshold(u) && same_indicator(*u.reads, *t.reads)) return {up, &u};
    return {};
}

/// The escalation of `t`, an entry of `child`, over its parent target; errc::absent when
/// no plan above sets a threshold on its indicator.
constexpr result<escalation> escalation_in(const plan& child, const target& t, int places = 2) noexcept {
    const parent_target above = parent_target_of(child, t);
    if (!above) return errc::absent;
    return escalation_of(above.entry->value, t.value, places);
}

}  // namespace v0
}  // namespace daye

#endif
