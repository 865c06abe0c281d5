// A plan: the headline goals and the numbered groups of key tasks of one year's
// government work report of one region, and the rules that make a plan well-formed.
//
// validate(plan) names the first broken rule and the id it concerns. check(plan) is
// for static_assert: a broken rule stops compilation with an error that names it
// (daye::invalid_plan::duplicate_id, ...); clang also shows the offending id.
//
// Validation runs wherever a plan is static_asserted, so its cost is linear in the size
// of the plan: every id is hashed whole, once, into a table, and strings are compared
// only where whole hashes are equal. A plan of 1,000 entries validates within both
// compilers' default constexpr limits.
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
inline namespace v0 {

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
    constexpr plan(text id_, text region_, text region_zh_, text region_en_, int year_, date presented_,
                   group headline_, span<const group> groups_) noexcept
        : id(id_.view),
          region(region_.view),
          region_zh(region_zh_.view),
          region_en(region_en_.view),
          year(year_),
          presented(presented_),
          headline(headline_),
          groups(groups_) {}

    std::string_view id;
    std::string_view region;     ///< the region's id in data files ("daye")
    std::string_view region_zh;  ///< as the report names it ("大冶市")
    std::string_view region_en;
    int year = 0;
    date presented;            ///< the day the report was presented to the people's congress
    group headline;            ///< the main projected targets (主要预期目标)
    span<const group> groups;  ///< the key tasks, numbered from 1

    /// The headline (0) and the numbered groups (1..n), for loops over all of them.
    constexpr std::size_t group_count() const noexcept { return groups.size() + 1; }
    constexpr const group& group_at(std::size_t k) const noexcept { return k == 0 ? headline : groups[k - 1]; }

    /// The target or measure `entry_id`, or nullptr.
    constexpr const target* find_target(std::string_view entry_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries)
                if (detail::same(t.id(), entry_id)) return &t;
        return nullptr;
    }

    /// The group that holds the target or measure `entry_id`, or nullptr.
    constexpr const group* group_of(std::string_view entry_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries)
                if (detail::same(t.id(), entry_id)) return &group_at(k);
        return nullptr;
    }

    /// The indicator `indicator_id` that a target reads, or is compared with or bounded
    /// by; nullptr when no target does.
    constexpr const indicator_info* find_indicator(std::string_view indicator_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries) {
                if (t.reads != nullptr && detail::same(t.reads->id, indicator_id)) return t.reads;
                if (t.other != nullptr && detail::same(t.other->id, indicator_id)) return t.other;
            }
        return nullptr;
    }

    /// True when data under `id` is read by the plan: an indicator of a target, or the
    /// id of a measure or milestone.
    constexpr bool reads(std::string_view data_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries) {
                if (detail::same(t.indicator_id(), data_id)) return true;
                if (t.other != nullptr && detail::same(t.other->id, data_id)) return true;
            }
        return false;
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
};

/// The rules of a well-formed plan.
enum class plan_problem : unsigned char {
    none,
    duplicate_id,             ///< two entries (or two groups, or a group and an entry) share an id
    conflicting_indicator,    ///< two different indicators, or an indicator and a measure, share an id
    unknown_indicator,        ///< a target without its indicator, or without its second indicator
    unit_mismatch,            ///< two indicators a target relates measure different dimensions
    too_precise_for_unit,     ///< a threshold with more decimals than its unit allows
    value_outside_domain,     ///< a threshold the indicator can never take (a rank of 0, a negative count)
    unknown_parent,           ///< an of-which names a target the plan does not have, or one on another whole
    of_which_exceeds_parent,  ///< a part larger than its whole (360 of 600 is fine)
    part_floor_above_whole,   ///< a red line inside another with a higher floor
    red_line_not_binding,     ///< a red line without the binding commitment
    invalid_deadline,         ///< a milestone without a calendar deadline
    negative_tolerance,       ///< a tolerance below zero
    groups_misnumbered,       ///< groups not numbered 1, 2, ... in order
    empty_group,              ///< a group without targets or measures
    too_many_entries,         ///< more than max_entries groups and entries
};

/// The rule, as a sentence.
constexpr std::string_view explain(plan_problem p) noexcept {
    switch (p) {
        case plan_problem::none: return "the plan is well-formed";
        case plan_problem::duplicate_id: return "two entries share this id";
        case plan_problem::conflicting_indicator:
            return "two different indicators, or an indicator and a measure, share this id";
        case plan_problem::unknown_indicator: return "the target has no indicator, or no second indicator, to read";
        case plan_problem::unit_mismatch: return "the indicators the target relates measure different dimensions";
        case plan_problem::too_precise_for_unit: return "the value has more decimal places than its unit allows";
        case plan_problem::value_outside_domain: return "the value is outside the domain of its indicator";
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
/// Ids of one kind, by position, with an open-addressing table of their whole-string
/// hashes: adding and finding an id takes its hash and, but for collisions, one probe;
/// strings are compared only where hashes are equal.
template <std::size_t Capacity>
struct id_table {
    static constexpr std::size_t slots = 2 * Capacity;  // half full at most: short probes
    std::uint64_t keys[Capacity]{};
    text_span ids[Capacity]{};
    std::uint16_t slot[slots]{};  // position + 1 of the id hashed there; 0 when free
    std::size_t size = 0;

    static_assert(Capacity < 65535 && (slots & (slots - 1)) == 0, "positions fit 16 bits, slots are a power of 2");

    /// The position of `id` (whose hash is `k`), or `size` when absent.
    constexpr std::size_t find(std::uint64_t k, std::string_view id) const noexcept {
        for (std::size_t s = static_cast<std::size_t>(k) & (slots - 1); slot[s] != 0; s = (s + 1) & (slots - 1)) {
            const std::size_t at = slot[s] - 1u;
            if (keys[at] == k && same(ids[at].view(), id)) return at;
        }
        return size;
    }
    /// Adds `id` (whose hash is `k`) unless it is there: its position, or the position
    /// of the equal id added before (which then differs from the new size), or Capacity
    /// when full.
    constexpr std::size_t add(std::uint64_t k, std::string_view id) noexcept {
        std::size_t s = static_cast<std::size_t>(k) & (slots - 1);
        for (; slot[s] != 0; s = (s + 1) & (slots - 1)) {
            const std::size_t at = slot[s] - 1u;
            if (keys[at] == k && same(ids[at].view(), id)) return at;
        }
        if (size == Capacity) return Capacity;
        keys[size] = k;
        ids[size] = text_span::of(id);
        slot[s] = static_cast<std::uint16_t>(size + 1);
        return size++;
    }
};

/// Every id of a plan, and the first repeated or conflicting one.
struct plan_index {
    id_table<max_entries> names;                     ///< groups, then entries: one namespace
    const target* entries[max_entries]{};            ///< by position in `names`; null for groups
    id_table<2 * max_entries> others;                ///< indicators read under ids that are no entry's own
    const indicator_info* infos[2 * max_entries]{};  ///< by position in `others`
    std::string_view duplicate;                      ///< the first id given twice to entries or groups
    std::string_view conflict;  ///< the first id of two different indicators, or of an indicator and a measure
    bool complete = true;
};

/// An indicator referred to by a target that is not its own entry's: the entry of the
/// same id, if any, must read the same indicator (not be a measure), and every other
/// reference to the id must be to the same indicator.
constexpr void add_reference(plan_index& x, const indicator_info& info) noexcept {
    const std::uint64_t k = hash(info.id);
    const std::size_t e = x.names.find(k, info.id);
    const target* entry = e == x.names.size ? nullptr : x.entries[e];
    bool consistent = true;
    if (entry != nullptr && entry->name.empty() && entry->reads != nullptr)
        consistent = same_indicator(*entry->reads, info);  // the entry that reads its own id
    else if (entry != nullptr && entry->reads == nullptr)
        consistent = false;  // a measure's or milestone's data under this id
    const std::size_t before = x.others.size;
    const std::size_t at = x.others.add(k, info.id);
    if (at == 2 * max_entries)
        x.complete = false;
    else if (at == before)
        x.infos[at] = &info;
    else
        consistent = consistent && same_indicator(*x.infos[at], info);
    if (!consistent && x.conflict.empty()) x.conflict = info.id;
}

/// Adds a group's or an entry's id; the first repeated one is the duplicate.
constexpr std::size_t add_name(plan_index& x, std::string_view id) noexcept {
    const std::size_t before = x.names.size;
    const std::size_t at = x.names.add(hash(id), id);
    if (at == max_entries)
        x.complete = false;
    else if (at != before && x.duplicate.empty())
        x.duplicate = id;
    return at;
}

/// Fills `x` in place: it is large, and copying it costs steps in constant evaluation.
/// Every id is hashed once; an indicator read by the entry of its own id needs no hash
/// of its own.
constexpr void index_plan(const plan& p, plan_index& x) noexcept {
    for (std::size_t k = 0; k < p.group_count(); ++k) add_name(x, p.group_at(k).id);
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (const target& t : p.group_at(k).entries) {
            const std::size_t before = x.names.size;
            if (add_name(x, t.id()) == before) x.entries[before] = &t;
        }
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (const target& t : p.group_at(k).entries) {
            if (t.reads != nullptr && !t.name.empty()) add_reference(x, *t.reads);
            if (t.other != nullptr) add_reference(x, *t.other);
        }
}

constexpr validation check_target(const plan_index& x, const target& t) noexcept {
    const auto broken = [&](plan_problem problem) { return validation{problem, t.id()}; };
    if (t.kind == target_kind::measure) return {};
    if (t.kind == target_kind::milestone)
        return t.deadline.ok() ? validation{} : broken(plan_problem::invalid_deadline);
    if (t.reads == nullptr || (t.reads_other() && t.other == nullptr)) return broken(plan_problem::unknown_indicator);
    const unit& u = *t.reads->measured_in;
    if (t.other != nullptr && !convertible(u, *t.other->measured_in)) return broken(plan_problem::unit_mismatch);
    if (t.has_value()) {
        if (t.value.places() > (t.kind == target_kind::versus_benchmark ? difference_unit(u) : u).max_places)
            return broken(plan_problem::too_precise_for_unit);
        if (t.kind != target_kind::versus_benchmark && !t.reads->allows(t.value))
            return broken(plan_problem::value_outside_domain);
    }
    if (t.tolerance.is_negative()) return broken(plan_problem::negative_tolerance);
    if (t.kind == target_kind::red_line && t.word != commitment::binding)
        return broken(plan_problem::red_line_not_binding);
    if (t.kind == target_kind::of_which && t.parent.empty()) return broken(plan_problem::unknown_parent);
    if (!t.parent.empty()) {
        const std::size_t w = x.names.find(hash(t.parent), t.parent);
        const target* whole = w == x.names.size ? nullptr : x.entries[w];
        if (whole == nullptr || whole->reads == nullptr || t.other == nullptr ||
            !same_indicator(*whole->reads, *t.other))
            return broken(plan_problem::unknown_parent);
        if (t.value > whole->value)
            return broken(t.kind == target_kind::red_line ? plan_problem::part_floor_above_whole
                                                          : plan_problem::of_which_exceeds_parent);
    }
    return {};
}
}  // namespace detail

/// Checks every rule of plan_problem; the first problem found, or ok().
constexpr validation validate(const plan& p) noexcept {
    if (p.group_count() + p.entry_count() > max_entries) return {plan_problem::too_many_entries, p.id};
    detail::plan_index x;
    detail::index_plan(p, x);
    if (!x.complete) return {plan_problem::too_many_entries, p.id};
    if (!x.duplicate.empty()) return {plan_problem::duplicate_id, x.duplicate};
    for (std::size_t i = 0; i < p.groups.size(); ++i)
        if (p.groups[i].ordinal != static_cast<int>(i) + 1) return {plan_problem::groups_misnumbered, p.groups[i].id};
    if (p.headline.ordinal != 0) return {plan_problem::groups_misnumbered, p.headline.id};
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        if (g.entries.empty()) return {plan_problem::empty_group, g.id};
        for (const target& t : g.entries)
            if (const validation v = detail::check_target(x, t); !v.ok()) return v;
    }
    // The same indicator read by several targets is one; a measure's id is data of its own.
    if (!x.conflict.empty()) return {plan_problem::conflicting_indicator, x.conflict};
    return {};
}

/// Each function is named after a rule and is not constexpr: check() calls the one
/// that is broken, so that static_assert(check(plan)) fails with the rule's name.
namespace invalid_plan {
inline void duplicate_id() {}
inline void two_indicators_share_an_id() {}
inline void target_without_its_indicator() {}
inline void indicators_of_different_dimensions() {}
inline void value_more_precise_than_its_unit() {}
inline void value_outside_the_domain_of_its_indicator() {}
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
        case plan_problem::conflicting_indicator: invalid_plan::two_indicators_share_an_id(); break;
        case plan_problem::unknown_indicator: invalid_plan::target_without_its_indicator(); break;
        case plan_problem::unit_mismatch: invalid_plan::indicators_of_different_dimensions(); break;
        case plan_problem::too_precise_for_unit: invalid_plan::value_more_precise_than_its_unit(); break;
        case plan_problem::value_outside_domain: invalid_plan::value_outside_the_domain_of_its_indicator(); break;
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

}  // namespace v0
}  // namespace daye

#endif
