// A plan: the headline goals and the numbered groups of key tasks of one year's
// government work report, and the rules that make a plan well-formed.
//
// validate(plan) names the first broken rule and the id it concerns. check(plan) is
// for static_assert: a broken rule stops compilation with an error that names it
// (daye::invalid_plan::duplicate_id, ...); clang also shows the offending id.
#ifndef DAYE_PLAN_HPP
#define DAYE_PLAN_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "daye/date.hpp"
#include "daye/indicator.hpp"
#include "daye/span.hpp"
#include "daye/target.hpp"
#include "daye/text.hpp"

namespace daye {

/// A group of the report: the headline goals (ordinal 0) or one of the key tasks.
struct group {
    constexpr group() noexcept = default;
    constexpr group(int ordinal_, text id_, text zh, text en, span<const target> entries_) noexcept
        : ordinal(ordinal_), id(id_.view), heading_zh(zh.view), heading_en(en.view), entries(entries_) {}

    int ordinal = 0;
    std::string_view id;
    std::string_view heading_zh;
    std::string_view heading_en;
    span<const target> entries;  ///< targets and measures, in the report's order
};

/// One year's plan of one region.
struct plan {
    std::string_view id;
    std::string_view region_zh;
    std::string_view region_en;
    int year = 0;
    date adopted;
    /// Indicators read by more than one target, or under another id than the target's
    /// own. A target or measure that reads its own id defines that indicator itself.
    span<const indicator> indicators;
    group headline;            ///< the main expected goals (主要预期目标)
    span<const group> groups;  ///< the key tasks, numbered from 1

    /// The headline (0) and the numbered groups (1..n), for loops over all of them.
    constexpr std::size_t group_count() const noexcept { return groups.size() + 1; }
    constexpr const group& group_at(std::size_t k) const noexcept { return k == 0 ? headline : groups[k - 1]; }

    /// The target or measure `entry_id`, or nullptr.
    constexpr const target* find_target(std::string_view entry_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries)
                if (detail::same(t.id, entry_id)) return &t;
        return nullptr;
    }

    /// The group that holds the target or measure `entry_id`, or nullptr.
    constexpr const group* group_of(std::string_view entry_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries)
                if (detail::same(t.id, entry_id)) return &group_at(k);
        return nullptr;
    }

    /// The indicator `indicator_id`: from the table, or defined by the target or measure
    /// of that id. Unknown ids give an indicator whose known() is false.
    constexpr indicator find_indicator(std::string_view indicator_id) const noexcept {
        for (const indicator& i : indicators)
            if (detail::same(i.id, indicator_id)) return i;
        const target* t = find_target(indicator_id);
        return t != nullptr ? defined_by(*t) : indicator{};
    }

    /// Targets and measures together.
    constexpr std::size_t entry_count() const noexcept {
        std::size_t n = 0;
        for (std::size_t k = 0; k < group_count(); ++k) n += group_at(k).entries.size();
        return n;
    }
    constexpr std::size_t measure_count() const noexcept {
        std::size_t n = 0;
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries) n += t.kind == target_kind::measure ? 1 : 0;
        return n;
    }

    /// A target or measure that reads its own id defines that indicator.
    static constexpr indicator defined_by(const target& t) noexcept {
        if (!t.indicator.empty()) return indicator{};
        // Amounts of money in a plan are at current prices unless an indicator says otherwise.
        const bool money = t.measured_in != nullptr && t.measured_in->kind == dimension::money;
        return indicator{t.id, t.measured_in, money ? price_basis::nominal : price_basis::none, t.phrase_zh, t.name_en};
    }
};

/// The rules of a well-formed plan.
enum class plan_problem : unsigned char {
    none,
    duplicate_id,                  ///< two entries (or two groups, or two indicators) share an id
    unknown_indicator,             ///< a target reads an indicator the plan does not have
    relational_indicator_missing,  ///< the second indicator of a relational target is missing
    unit_mismatch,                 ///< a target's unit is not its indicator's
    too_precise_for_unit,          ///< a threshold with more decimals than its unit allows
    unknown_parent,                ///< an of-which names a target the plan does not have
    of_which_exceeds_parent,       ///< a part larger than its whole (360 of 600 is fine)
    part_floor_above_whole,        ///< a red line inside another with a higher floor
    red_line_not_binding,          ///< a red line without the binding commitment
    invalid_deadline,              ///< a milestone without a calendar deadline
    negative_tolerance,            ///< a tolerance below zero
    groups_misnumbered,            ///< groups not numbered 1, 2, ... in order
    empty_group,                   ///< a group without targets or measures
    too_many_entries,              ///< more than max_entries groups and entries
};

/// The rule, as a sentence.
constexpr std::string_view explain(plan_problem p) noexcept {
    switch (p) {
        case plan_problem::none: return "the plan is well-formed";
        case plan_problem::duplicate_id: return "two entries share this id";
        case plan_problem::unknown_indicator: return "the target reads an indicator the plan does not define";
        case plan_problem::relational_indicator_missing:
            return "the target compares with, or is bounded by, an indicator the plan does not define";
        case plan_problem::unit_mismatch: return "the target's unit differs from its indicator's unit";
        case plan_problem::too_precise_for_unit: return "the value has more decimal places than its unit allows";
        case plan_problem::unknown_parent: return "the target is part of a target the plan does not have";
        case plan_problem::of_which_exceeds_parent: return "the of-which target exceeds the target it is part of";
        case plan_problem::part_floor_above_whole:
            return "the red line's floor is above the floor of the red line it is part of";
        case plan_problem::red_line_not_binding: return "a red line must be binding";
        case plan_problem::invalid_deadline: return "the milestone has no valid calendar deadline";
        case plan_problem::negative_tolerance: return "a tolerance cannot be negative";
        case plan_problem::groups_misnumbered: return "groups must be numbered 1, 2, 3, ... in order";
        case plan_problem::empty_group: return "the group has no targets and no measures";
        case plan_problem::too_many_entries: return "the plan has more groups and entries than daye::max_entries";
    }
    return "unknown problem";
}

/// The first broken rule of a plan and the id it concerns.
struct validation {
    plan_problem problem = plan_problem::none;
    std::string_view id;
    constexpr bool ok() const noexcept { return problem == plan_problem::none; }
};

/// A plan holds at most this many groups and entries (validate() says so when not).
inline constexpr std::size_t max_entries = 1024;

namespace detail {
/// A cheap stand-in for an id: equal ids have equal keys. Comparing keys instead of
/// strings keeps validation, which runs at every include of a model, within a small
/// share of the compilers' constexpr step limits.
constexpr std::uint64_t key_of(std::string_view id) noexcept {
    const std::size_t n = id.size();
    if (n == 0) return 0;
    // No lambda or helper call here: each call is costly in constant evaluation.
    using u8 = unsigned char;
    return (static_cast<std::uint64_t>(n) << 40) | (std::uint64_t{static_cast<u8>(id[0])} << 32) |
           (std::uint64_t{static_cast<u8>(id[n / 2])} << 24) |
           (std::uint64_t{static_cast<u8>(id[n > 1 ? n - 2 : 0])} << 8) | std::uint64_t{static_cast<u8>(id[n - 1])};
}

/// Ids with their keys, for lookups in few steps.
struct id_index {
    std::uint64_t keys[max_entries]{};
    std::string_view ids[max_entries]{};
    const target* entries[max_entries]{};
    std::size_t size = 0;

    constexpr bool add(std::string_view id, const target* entry) noexcept {
        if (size == max_entries) return false;
        keys[size] = key_of(id);
        ids[size] = id;
        entries[size] = entry;
        ++size;
        return true;
    }
    /// Position of `id` among the first `before` ids, or `size` when absent.
    constexpr std::size_t find(std::string_view id, std::size_t before) const noexcept {
        const std::uint64_t k = key_of(id);
        for (std::size_t i = 0; i < before; ++i)
            if (keys[i] == k && same(ids[i], id)) return i;
        return size;
    }
};

struct plan_index {
    id_index names;       ///< groups, then entries
    id_index indicators;  ///< the indicator table
    bool complete = true;
};

constexpr plan_index index_of(const plan& p) noexcept {
    plan_index x;
    for (std::size_t k = 0; k < p.group_count(); ++k) x.complete = x.names.add(p.group_at(k).id, nullptr) && x.complete;
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (const target& t : p.group_at(k).entries) x.complete = x.names.add(t.id, &t) && x.complete;
    for (const indicator& i : p.indicators) x.complete = x.indicators.add(i.id, nullptr) && x.complete;
    return x;
}

/// The unit of indicator `id`, from the table or from the entry that defines it.
constexpr const unit* unit_of_indicator(const plan& p, const plan_index& x, std::string_view id) noexcept {
    if (const std::size_t i = x.indicators.find(id, x.indicators.size); i != x.indicators.size)
        return p.indicators[i].measured_in;
    const std::size_t e = x.names.find(id, x.names.size);
    if (e == x.names.size || x.names.entries[e] == nullptr || !x.names.entries[e]->indicator.empty()) return nullptr;
    return x.names.entries[e]->measured_in;
}

constexpr bool same_unit(const unit* a, const unit* b) noexcept {
    return a != nullptr && b != nullptr && (a == b || *a == *b);
}

constexpr validation check_target(const plan& p, const plan_index& x, const target& t) noexcept {
    const auto broken = [&](plan_problem problem) { return validation{problem, t.id}; };
    if (t.measured_in == nullptr) return broken(plan_problem::unit_mismatch);
    // Reading its own id, a target defines its indicator unless the table has one.
    const unit* read = t.indicator.empty() && x.indicators.find(t.id, x.indicators.size) == x.indicators.size
                           ? t.measured_in
                           : unit_of_indicator(p, x, t.indicator_id());
    if (read == nullptr) return broken(plan_problem::unknown_indicator);
    if (!same_unit(read, t.measured_in)) return broken(plan_problem::unit_mismatch);
    const bool bound_by_other =
        t.is_relational() || t.kind == target_kind::versus_benchmark || t.kind == target_kind::within_ceiling;
    if (bound_by_other) {
        const unit* other = unit_of_indicator(p, x, t.other);
        if (other == nullptr) return broken(plan_problem::relational_indicator_missing);
        if (!same_unit(other, t.measured_in)) return broken(plan_problem::unit_mismatch);
    }
    if (t.has_value() && t.value.places() > t.measured_in->max_places)
        return broken(plan_problem::too_precise_for_unit);
    if (t.tolerance.is_negative()) return broken(plan_problem::negative_tolerance);
    if (t.kind == target_kind::milestone && !t.deadline.ok()) return broken(plan_problem::invalid_deadline);
    if (t.kind == target_kind::red_line && t.word != commitment::binding)
        return broken(plan_problem::red_line_not_binding);
    if (t.kind == target_kind::of_which && t.parent.empty()) return broken(plan_problem::unknown_parent);
    if (!t.parent.empty()) {
        const std::size_t w = x.names.find(t.parent, x.names.size);
        const target* whole = w == x.names.size ? nullptr : x.names.entries[w];
        if (whole == nullptr || !same(whole->indicator_id(), t.other)) return broken(plan_problem::unknown_parent);
        if (!same_unit(whole->measured_in, t.measured_in)) return broken(plan_problem::unit_mismatch);
        if (t.value > whole->value)
            return broken(t.kind == target_kind::red_line ? plan_problem::part_floor_above_whole
                                                          : plan_problem::of_which_exceeds_parent);
    }
    return {};
}

/// The first id used twice in `ids`, or "". One pass over a bitmap of hashed keys finds
/// the candidates; only an id whose hash was seen before is compared with the earlier
/// ids. A plain pairwise check took most of the steps of validating a model.
constexpr std::string_view first_duplicate_id(const id_index& ids) noexcept {
    constexpr std::size_t slots = 4096;
    bool seen[slots]{};
    for (std::size_t i = 0; i < ids.size; ++i) {
        const auto slot = static_cast<std::size_t>((ids.keys[i] * 0x9E3779B97F4A7C15ULL) >> 52);  // 12 bits
        if (seen[slot] && ids.find(ids.ids[i], i) != ids.size) return ids.ids[i];
        seen[slot] = true;
    }
    return {};
}
}  // namespace detail

/// Checks every rule of plan_problem; the first problem found, or ok().
constexpr validation validate(const plan& p) noexcept {
    const detail::plan_index x = detail::index_of(p);
    if (!x.complete) return {plan_problem::too_many_entries, p.id};
    const detail::id_index* lists[] = {&x.names, &x.indicators};
    for (const detail::id_index* ids : lists)
        if (const std::string_view d = detail::first_duplicate_id(*ids); !d.empty())
            return {plan_problem::duplicate_id, d};
    for (std::size_t i = 0; i < p.groups.size(); ++i)
        if (p.groups[i].ordinal != static_cast<int>(i) + 1) return {plan_problem::groups_misnumbered, p.groups[i].id};
    if (p.headline.ordinal != 0) return {plan_problem::groups_misnumbered, p.headline.id};
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        if (g.entries.empty()) return {plan_problem::empty_group, g.id};
        for (const target& t : g.entries)
            if (const validation v = detail::check_target(p, x, t); !v.ok()) return v;
    }
    for (const indicator& i : p.indicators)
        if (i.measured_in == nullptr) return {plan_problem::unit_mismatch, i.id};
    return {};
}

/// Each function is named after a rule and is not constexpr: check() calls the one
/// that is broken, so that static_assert(check(plan)) fails with the rule's name.
namespace invalid_plan {
inline void duplicate_id() {}
inline void target_reads_an_unknown_indicator() {}
inline void relational_target_names_a_missing_indicator() {}
inline void unit_differs_from_the_indicator_unit() {}
inline void value_more_precise_than_its_unit() {}
inline void part_of_an_unknown_target() {}
inline void of_which_target_exceeds_its_parent() {}
inline void red_line_floor_above_the_red_line_it_is_part_of() {}
inline void red_line_not_binding() {}
inline void milestone_without_a_valid_deadline() {}
inline void negative_tolerance() {}
inline void groups_not_numbered_1_to_n() {}
inline void empty_group() {}
inline void more_entries_than_max_entries() {}
}  // namespace invalid_plan

namespace detail {
constexpr bool report(validation v) {
    switch (v.problem) {
        case plan_problem::none: return true;
        case plan_problem::duplicate_id: invalid_plan::duplicate_id(); break;
        case plan_problem::unknown_indicator: invalid_plan::target_reads_an_unknown_indicator(); break;
        case plan_problem::relational_indicator_missing:
            invalid_plan::relational_target_names_a_missing_indicator();
            break;
        case plan_problem::unit_mismatch: invalid_plan::unit_differs_from_the_indicator_unit(); break;
        case plan_problem::too_precise_for_unit: invalid_plan::value_more_precise_than_its_unit(); break;
        case plan_problem::unknown_parent: invalid_plan::part_of_an_unknown_target(); break;
        case plan_problem::of_which_exceeds_parent: invalid_plan::of_which_target_exceeds_its_parent(); break;
        case plan_problem::part_floor_above_whole:
            invalid_plan::red_line_floor_above_the_red_line_it_is_part_of();
            break;
        case plan_problem::red_line_not_binding: invalid_plan::red_line_not_binding(); break;
        case plan_problem::invalid_deadline: invalid_plan::milestone_without_a_valid_deadline(); break;
        case plan_problem::negative_tolerance: invalid_plan::negative_tolerance(); break;
        case plan_problem::groups_misnumbered: invalid_plan::groups_not_numbered_1_to_n(); break;
        case plan_problem::empty_group: invalid_plan::empty_group(); break;
        case plan_problem::too_many_entries: invalid_plan::more_entries_than_max_entries(); break;
    }
    return false;
}
}  // namespace detail

/// For static_assert(check(plan)): true, or a compile error naming the broken rule
/// (the offending id shows in clang's notes; validate() returns it at run time).
constexpr bool check(const plan& p) { return detail::report(validate(p)); }

}  // namespace daye

#endif
