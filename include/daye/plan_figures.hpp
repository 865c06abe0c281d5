// A plan's targets as the typed rates and amounts of compounding.
//
// The price basis comes from the indicator handle's type, so a plan's real growth
// target is a growth_rate<real> and cannot be compounded with a nominal level:
// rate_of(daye_2024, gdp_growth) is 7.5 % real, amount_of(daye_2024, gdp_level) is
// 1000 (亿元, nominal).
#ifndef DAYE_PLAN_FIGURES_HPP
#define DAYE_PLAN_FIGURES_HPP

#include <type_traits>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/compounding.hpp"
#include "daye/plan.hpp"

namespace daye {
inline namespace v0 {

namespace detail {
/// The first target of `p` on indicator `i` whose value is a threshold on it, or nullptr.
constexpr const target* first_threshold_on(const plan& p, const indicator_info& i) noexcept {
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (const target& t : p.group_at(k).entries) {
            const bool threshold =
                t.has_value() && t.kind != target_kind::versus_benchmark && t.kind != target_kind::rank_at_most;
            if (threshold && t.reads != nullptr && same_indicator(*t.reads, i)) return &t;
        }
    return nullptr;
}

/// The basis B of the indicator Tag, which compounding needs stated. Instantiated by the
/// return types below, before the rate or amount itself: an unstated basis is one error,
/// this one, and the rate falls back to real so that no second error follows.
template <class Tag, class B>
struct stated_basis {
    static constexpr bool stated = std::is_same_v<B, real> || std::is_same_v<B, nominal>;
    static_assert(for_indicator<Tag>::holds(stated),
                  "daye: compounding needs a rate or an amount on a stated price basis (real or nominal)");
    using type = std::conditional_t<stated, B, real>;
};
template <class Tag, class B>
using stated_basis_t = typename stated_basis<Tag, B>::type;
}  // namespace detail

/// The growth target on `i` (the first in the plan's order) as a rate on i's basis;
/// errc::out_of_range when the plan has none.
template <const unit& U, class B, class T>
constexpr result<growth_rate<detail::stated_basis_t<T, B>>> rate_of(const plan& p,
                                                                    const indicator<U, B, T>& i) noexcept {
    static_assert(convertible(U, units::percent), "daye: rate_of reads a growth rate in percent");
    const target* t = detail::first_threshold_on(p, i);
    if (t == nullptr) return errc::out_of_range;
    return growth_rate<detail::stated_basis_t<T, B>>(quantity<units::percent>(t->value));
}

/// The level target on `i` (the first in the plan's order) as an amount in i's unit, on
/// i's basis; errc::out_of_range when the plan has none.
template <const unit& U, class B, class T>
constexpr result<amount<detail::stated_basis_t<T, B>>> amount_of(const plan& p, const indicator<U, B, T>& i) noexcept {
    const target* t = detail::first_threshold_on(p, i);
    if (t == nullptr) return errc::out_of_range;
    return amount<detail::stated_basis_t<T, B>>(to_double(t->value));
}

}  // namespace v0
}  // namespace daye

#endif
