// The second indicator of a relational target, named by the role it plays.
//
// keeps_pace(resident_income_growth, with(gdp_growth)) reads as the report does, and
// swapping the two is visible: the indicator judged comes first, the one it is compared
// with is wrapped in its role. Each role is its own small type, so that a benchmark
// cannot be passed where a ceiling is expected.
#ifndef DAYE_ROLES_HPP
#define DAYE_ROLES_HPP

#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/text.hpp"

namespace daye {
inline namespace v0 {

/// The indicator another is compared with (keeps_pace: with(b); exceeds: than(b)).
template <class I>
struct compared_with {
    const I& indicator;
};
/// The indicator a target keeps pace with: keeps_pace(a, with(b)).
template <const unit& U, class B, class T>
constexpr compared_with<indicator<U, B, T>> with(const indicator<U, B, T>& i) noexcept {
    return {i};
}
/// The indicator a target exceeds: exceeds(a, than(b)).
template <const unit& U, class B, class T>
constexpr compared_with<indicator<U, B, T>> than(const indicator<U, B, T>& i) noexcept {
    return {i};
}

/// A benchmark supplied at evaluation, such as a city average (高于全市平均水平).
template <class I>
struct benchmark_of {
    const I& indicator;
};
template <const unit& U, class B, class T>
constexpr benchmark_of<indicator<U, B, T>> benchmark(const indicator<U, B, T>& i) noexcept {
    return {i};
}

/// A ceiling set by a higher level and supplied at evaluation (控制在省定目标以内).
template <class I>
struct ceiling_of {
    const I& indicator;
};
template <const unit& U, class B, class T>
constexpr ceiling_of<indicator<U, B, T>> ceiling(const indicator<U, B, T>& i) noexcept {
    return {i};
}

/// A quota assigned by a higher level and supplied at evaluation, to be reached
/// (完成上级下达的目标任务).
template <class I>
struct quota_of {
    const I& indicator;
};
template <const unit& U, class B, class T>
constexpr quota_of<indicator<U, B, T>> quota(const indicator<U, B, T>& i) noexcept {
    return {i};
}

/// The whole a part belongs to (其中): its indicator, and the id of the target on it.
template <class I>
struct whole_of {
    const I& indicator;
    std::string_view target_id;
};
/// The whole, read by the target of the same id as its indicator: of_which(part, 360_yi,
/// part_of(funds_in_place)).
template <const unit& U, class B, class T>
constexpr whole_of<indicator<U, B, T>> part_of(const indicator<U, B, T>& i) noexcept {
    return {i, i.id};
}
/// The whole read by the target `target_id` (a red line on cultivated land, say).
template <const unit& U, class B, class T>
constexpr whole_of<indicator<U, B, T>> part_of(const indicator<U, B, T>& i, text target_id) noexcept {
    return {i, target_id.view};
}

/// Passed to a comparison of an indicator whose price basis the source leaves unstated
/// with one whose basis is stated: the plan says it knows, and the comparison compiles.
struct acknowledge_unstated_basis_t {
    explicit acknowledge_unstated_basis_t() = default;
};
inline constexpr acknowledge_unstated_basis_t acknowledge_unstated_basis{};

}  // namespace v0
}  // namespace daye

#endif
