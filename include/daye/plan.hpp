// A plan: the headline goals and the numbered groups of key tasks of one year's
// government work report of one region, and the rules that make a plan well-formed.
//
// Checking a plan. static_assert(daye::check<my_plan>()) at namespace scope, after the
// plan: a broken rule stops compilation with one error whose first lines say what is
// wrong, what to do, and where (the group, the entry's position in it, its id). No
// cascade: score() refuses a plan that breaks a rule, at compile time and at run time
// (errc::invalid_plan, one error of its own at compile time, naming the refusal), so
// nothing of it is evaluated. validate(plan) is for run time (a plan read from a file):
// every broken rule, with its id and position. checked(plan) is a plan validated once,
// which score() takes without validating it again (a panel scores one plan many times).
//
// Adding a rule: one entry in DAYE_PLAN_RULES below (its name, what is wrong, what to
// do), which makes its plan_problem, its explain() and remedy() and its static_assert in
// check<>(); and its check in detail::check_target() (a rule of one entry) or
// validate() (a rule of the plan), which adds a plan_issue where it finds the rule
// broken. Then a test in tests/plan_test.cpp and a case in tests/compile_fail/ that
// breaks it, whose "// expect:" lines give the sentence, the position and the id.
//
// Validation runs wherever a plan is checked or scored, so its cost is linear in the
// size of the plan: every id is hashed whole, once, into a table, and strings are
// compared only where whole hashes are equal. A plan of 1,000 entries validates within
// both compilers' default constexpr limits.
#ifndef DAYE_PLAN_HPP
#define DAYE_PLAN_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/date.hpp"
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

namespace detail {
/// The indicator `id` that `t` reads or compares with, in any of its conditions; nullptr.
constexpr const indicator_info* indicator_in(const target& t, std::string_view id) noexcept {
    if (t.reads != nullptr && same(t.reads->id, id)) return t.reads;
    if (t.other != nullptr && same(t.other->id, id)) return t.other;
    for (const target& part : t.also)
        if (const indicator_info* i = indicator_in(part, id)) return i;
    return nullptr;
}
}  // namespace detail

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
    date presented;                ///< the day the report was presented to the people's congress
    group headline;                ///< the main projected targets (主要预期目标)
    span<const group> groups;      ///< the key tasks, numbered from 1
    const plan* parent = nullptr;  ///< the plan of the level above (Hubei's for Daye's), if modelled

    /// This plan under the plan of the level above: plans::daye_2024.under(hubei_2024).
    constexpr plan under(const plan& above) const noexcept {
        plan p = *this;
        p.parent = &above;
        return p;
    }

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
            for (const target& t : group_at(k).entries)
                if (const indicator_info* i = detail::indicator_in(t, indicator_id)) return i;
        return nullptr;
    }

    /// True when data under `id` is read by the plan: an indicator of a target, or the
    /// id of a measure or milestone.
    constexpr bool reads(std::string_view data_id) const noexcept {
        for (std::size_t k = 0; k < group_count(); ++k)
            for (const target& t : group_at(k).entries) {
                if (detail::same(t.indicator_id(), data_id)) return true;
                if (detail::indicator_in(t, data_id) != nullptr) return true;
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

/// The rules of a well-formed plan, one entry each: the rule's name, what is wrong (a
/// sentence), and what to do. The list makes the enum plan_problem, explain() and the
/// static_asserts of check<plan>(); see the header comment for adding a rule.
#define DAYE_PLAN_RULES(RULE)                                                                                          \
    RULE(duplicate_id, "two entries, two groups, or a group and an entry share an id",                                 \
         "give one of them an id of its own with .named(\"...\")")                                                     \
    RULE(conflicting_indicator, "two different indicators, or an indicator and a measure, share an id",                \
         "give the plan's own indicator or measure an id that no other indicator has")                                 \
    RULE(unknown_indicator, "a target has no indicator, or no second indicator, to read",                              \
         "build the target with a builder (at_least, keeps_pace(..., with(...)), ...), not field by field")            \
    RULE(unit_mismatch, "the indicators a target relates measure different dimensions",                                \
         "relate indicators of one dimension (a rate with a rate)")                                                    \
    RULE(too_precise_for_unit, "a target's value has more decimal places than its unit allows",                        \
         "write the value as the report states it, or declare the indicator in a finer unit")                          \
    RULE(value_outside_domain, "a target's value is one its indicator can never take (a rank of 0, a negative count)", \
         "correct the value against the report")                                                                       \
    RULE(unknown_parent, "a part names a whole the plan does not have, or one that reads another indicator",           \
         "name the whole's indicator and entry id in part_of(indicator, \"entry id\")")                                \
    RULE(of_which_exceeds_parent, "an of-which target is larger than the target it is part of",                        \
         "check both values against the report")                                                                       \
    RULE(part_floor_above_whole, "a red line's floor is above the floor of the red line it is part of",                \
         "check both floors against the report")                                                                       \
    RULE(red_line_not_binding, "a red line is not binding",                                                            \
         "drop .committed(...) from the red_line: a red line binds")                                                   \
    RULE(invalid_deadline, "a milestone has no valid calendar deadline",                                               \
         "give it a day that exists, date{year, month, day}")                                                          \
    RULE(negative_tolerance, "a tolerance is negative",                                                                \
         "write the band's half-width as a positive difference (0.5_pp)")                                              \
    RULE(groups_misnumbered, "the groups of key tasks are not numbered 1, 2, 3, ... in the order listed",              \
         "number the groups as the report does, in order")                                                             \
    RULE(empty_group, "a group has no targets and no measures", "add the group's entries, or leave the group out")     \
    RULE(too_many_entries, "the plan has more groups and entries than daye::max_entries",                              \
         "split the plan into plans of fewer entries")

#define DAYE_PLAN_RULE_ENUMERATOR(rule, what, to_do) rule,
/// The rules of a well-formed plan, by name (none: the plan is well-formed).
enum class plan_problem : unsigned char { none, DAYE_PLAN_RULES(DAYE_PLAN_RULE_ENUMERATOR) };
#undef DAYE_PLAN_RULE_ENUMERATOR

// clang-format off
/// The rule, as a sentence.
constexpr std::string_view explain(plan_problem p) noexcept {
#define DAYE_PLAN_RULE_SENTENCE(rule, what, to_do) case plan_problem::rule: return what;
    switch (p) {
        case plan_problem::none: return "the plan is well-formed";
        DAYE_PLAN_RULES(DAYE_PLAN_RULE_SENTENCE)
    }
#undef DAYE_PLAN_RULE_SENTENCE
    return "unknown problem";
}

/// What to do about a broken rule.
constexpr std::string_view remedy(plan_problem p) noexcept {
#define DAYE_PLAN_RULE_REMEDY(rule, what, to_do) case plan_problem::rule: return to_do;
    switch (p) {
        case plan_problem::none: return "nothing";
        DAYE_PLAN_RULES(DAYE_PLAN_RULE_REMEDY)
    }
#undef DAYE_PLAN_RULE_REMEDY
    return "nothing";
}
// clang-format on

/// One broken rule, and where: the id it concerns and its position in the plan.
struct plan_issue {
    plan_problem problem = plan_problem::none;
    // cppcheck-suppress unusedStructMember ; for the caller of validate(), as the others
    std::string_view id;  ///< the entry's, the group's, or the indicator's id; the plan's for too_many_entries
    int group = -1;       ///< the group's position: 0 the headline, k the k-th group of key tasks; -1 the plan
    int entry = -1;       ///< the entry's position in its group, from 0; -1 when the rule is the group's
};

/// Every broken rule of a plan: the first max_listed listed, count() of them all.
class validation {
public:
    static constexpr std::size_t max_listed = 32;

    constexpr bool ok() const noexcept { return count_ == 0; }
    constexpr std::size_t count() const noexcept { return count_; }
    constexpr span<const plan_issue> problems() const noexcept {
        return {listed_, count_ < max_listed ? count_ : max_listed};
    }
    /// The first problem found; plan_problem::none when the plan is well-formed.
    constexpr plan_issue first() const noexcept { return count_ == 0 ? plan_issue{} : listed_[0]; }

    constexpr void add(plan_issue i) noexcept {
        if (count_ < max_listed) listed_[count_] = i;
        ++count_;
    }

private:
    plan_issue listed_[max_listed]{};
    std::size_t count_ = 0;
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

/// Every id of a plan.
struct plan_index {
    id_table<max_entries> names;                     ///< groups, then entries: one namespace
    const target* entries[max_entries]{};            ///< by position in `names`; null for groups
    id_table<2 * max_entries> others;                ///< indicators read under ids that are no entry's own
    const indicator_info* infos[2 * max_entries]{};  ///< by position in `others`
    bool complete = true;
};

/// An indicator referred to by a target that is not its own entry's: the entry of the
/// same id, if any, must read the same indicator (not be a measure), and every other
/// reference to the id must be to the same indicator. False when it conflicts.
constexpr bool add_reference(plan_index& x, const indicator_info& info) noexcept {
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
    return consistent;
}

/// Adds a group's or an entry's id: its position in `names`, or another position when
/// the id was given before.
constexpr std::size_t add_name(plan_index& x, std::string_view id) noexcept {
    const std::size_t at = x.names.add(hash(id), id);
    if (at == max_entries) x.complete = false;
    return at;
}

/// Fills `x` in place (it is large, and copying it costs steps in constant evaluation)
/// and adds every repeated id and every conflicting indicator to `v`, where it is.
/// Every id is hashed once; an indicator read by the entry of its own id needs no hash
/// of its own.
constexpr void index_plan(const plan& p, plan_index& x, validation& v) noexcept {
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const std::size_t before = x.names.size;
        if (add_name(x, p.group_at(k).id) != before)
            v.add({plan_problem::duplicate_id, p.group_at(k).id, static_cast<int>(k), -1});
    }
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (std::size_t i = 0; i < p.group_at(k).entries.size(); ++i) {
            const target& t = p.group_at(k).entries[i];
            const std::size_t before = x.names.size;
            if (add_name(x, t.id()) == before)
                x.entries[before] = &t;
            else
                v.add({plan_problem::duplicate_id, t.id(), static_cast<int>(k), static_cast<int>(i)});
        }
    // The same indicator read by several targets is one; a measure's id is data of its own.
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (std::size_t i = 0; i < p.group_at(k).entries.size(); ++i) {
            const target& t = p.group_at(k).entries[i];
            const auto conflict = [&](const indicator_info& info) {
                v.add({plan_problem::conflicting_indicator, info.id, static_cast<int>(k), static_cast<int>(i)});
            };
            if (t.reads != nullptr && !t.name.empty() && !add_reference(x, *t.reads)) conflict(*t.reads);
            if (t.other != nullptr && !add_reference(x, *t.other)) conflict(*t.other);
            for (const target& part : t.also) {  // the other conditions of a compound entry
                if (part.reads != nullptr && !add_reference(x, *part.reads)) conflict(*part.reads);
                if (part.other != nullptr && !add_reference(x, *part.other)) conflict(*part.other);
            }
        }
}

/// The target a part belongs to: the entry of the id its part_of() names; or, when
/// part_of() names only the whole's indicator and no entry has that id (the whole's
/// target is named()), the one entry that reads that indicator. nullptr when there is
/// none or more than one: an id given explicitly is never guessed at.
constexpr const target* whole_of_part(const plan_index& x, const target& t) noexcept {
    const std::size_t w = x.names.find(hash(t.parent), t.parent);
    if (w != x.names.size) return x.entries[w];
    if (t.other == nullptr || !same(t.parent, t.other->id)) return nullptr;
    const target* found = nullptr;
    for (std::size_t i = 0; i < x.names.size; ++i) {
        const target* e = x.entries[i];
        if (e == nullptr || e == &t || e->reads == nullptr || !same_indicator(*e->reads, *t.other)) continue;
        if (found != nullptr) return nullptr;
        found = e;
    }
    return found;
}

/// Adds every rule the entry at (group, entry) breaks to `v`, under the id `under` (a
/// compound entry's other conditions are reported under the entry's id), else its own.
constexpr void check_target(const plan_index& x, const target& t, int group, int entry, validation& v,
                            std::string_view under = {}) noexcept {
    const std::string_view id = under.empty() ? t.id() : under;
    const auto broken = [&](plan_problem problem) { v.add({problem, id, group, entry}); };
    if (t.kind == target_kind::measure) return;
    if (t.kind == target_kind::milestone) {
        if (!t.deadline.ok()) broken(plan_problem::invalid_deadline);
        return;
    }
    if (t.reads == nullptr || (t.reads_other() && t.other == nullptr)) return broken(plan_problem::unknown_indicator);
    const unit& u = *t.reads->measured_in;
    if (t.other != nullptr && !convertible(u, *t.other->measured_in)) broken(plan_problem::unit_mismatch);
    if (t.has_value()) {
        if (t.value.places() > (t.kind == target_kind::versus_benchmark ? difference_unit(u) : u).max_places)
            broken(plan_problem::too_precise_for_unit);
        if (t.kind != target_kind::versus_benchmark && !t.reads->allows(t.value))
            broken(plan_problem::value_outside_domain);
    }
    if (t.tolerance.is_negative()) broken(plan_problem::negative_tolerance);
    for (const target& part : t.also) check_target(x, part, group, entry, v, id);
    if ((t.kind == target_kind::red_line || t.vetoes) && t.word != commitment::binding)
        broken(plan_problem::red_line_not_binding);
    if (t.kind == target_kind::of_which && t.parent.empty()) return broken(plan_problem::unknown_parent);
    if (!t.parent.empty()) {
        const target* whole = whole_of_part(x, t);
        if (whole == nullptr || whole->reads == nullptr || t.other == nullptr ||
            !same_indicator(*whole->reads, *t.other))
            return broken(plan_problem::unknown_parent);
        if (t.value > whole->value)
            broken(t.kind == target_kind::red_line ? plan_problem::part_floor_above_whole
                                                   : plan_problem::of_which_exceeds_parent);
    }
}
}  // namespace detail

/// Checks every rule of plan_problem: every broken one, where, or ok(). For run time;
/// at compile time, check<plan>() stops at the first with a message that names it.
constexpr validation validate(const plan& p) noexcept {
    validation v;
    if (p.group_count() + p.entry_count() > max_entries) {
        v.add({plan_problem::too_many_entries, p.id, -1, -1});
        return v;
    }
    detail::plan_index x;
    detail::index_plan(p, x, v);
    for (std::size_t i = 0; i < p.groups.size(); ++i)
        if (p.groups[i].ordinal != static_cast<int>(i) + 1)
            v.add({plan_problem::groups_misnumbered, p.groups[i].id, static_cast<int>(i) + 1, -1});
    if (p.headline.ordinal != 0) v.add({plan_problem::groups_misnumbered, p.headline.id, 0, -1});
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        if (g.entries.empty()) v.add({plan_problem::empty_group, g.id, static_cast<int>(k), -1});
        for (std::size_t i = 0; i < g.entries.size(); ++i)
            detail::check_target(x, g.entries[i], static_cast<int>(k), static_cast<int>(i), v);
    }
    return v;
}

/// A plan that validate() found well-formed, which only checked() makes: a caller that
/// scores one plan many times (every region and year of a panel) checks it once and
/// scores the checked_plan, which score() does not validate again. It refers to the plan,
/// which must outlive it and not change.
class checked_plan {
public:
    constexpr const plan& operator*() const noexcept { return *plan_; }
    constexpr const plan* operator->() const noexcept { return plan_; }

private:
    constexpr checked_plan() noexcept = default;
    constexpr explicit checked_plan(const plan& p) noexcept : plan_(&p) {}
    friend constexpr result<checked_plan> checked(const plan& p) noexcept;
    friend class result<checked_plan>;  // which holds an unusable one beside an error

    const plan* plan_ = nullptr;
};

/// `p`, checked: errc::invalid_plan when it breaks a rule (validate() lists which).
constexpr result<checked_plan> checked(const plan& p) noexcept {
    if (!validate(p).ok()) return errc::invalid_plan;
    return checked_plan(p);
}
/// Not of a temporary plan, which would be gone before the checked_plan that refers to it
/// (plans::daye_2024.under(...) included). Chosen over checked(const plan&) for a temporary;
/// a template, so that the refusal says why (a deleted function cannot).
template <bool Temporary = true>
constexpr result<checked_plan> checked(const plan&&) noexcept {
    static_assert(!Temporary,
                  "daye: checked() of a temporary plan: the checked_plan would refer to a plan gone at the end "
                  "of the statement; check a plan that has a name");
    return errc::invalid_plan;
}

namespace detail {
/// A plan's validation, once per plan however often it is asked for.
template <const plan& Plan>
inline constexpr validation validated = validate(Plan);

/// An id as the compiler prints a type: id<'g', 'd', 'p'> is gdp.
template <char... Cs>
struct id {};
template <const plan& Plan, std::size_t... I>
constexpr id<validated<Plan>.first().id[I]...> first_id(std::index_sequence<I...>) noexcept {
    return {};
}
/// The id of a plan's first broken rule, as a type.
template <const plan& Plan>
using first_broken_id = decltype(first_id<Plan>(std::make_index_sequence<validated<Plan>.first().id.size()>{}));

/// The first broken rule of a plan and where it is, as clang prints a failed static_assert
/// of check<>(): "in_plan<my_plan>::at<0, 1>::has_no(plan_problem::duplicate_id)".
template <const plan& Plan>
struct in_plan {
    template <int GroupIndex, int EntryIndex, class Id>
    struct at {
        static constexpr bool has_no(plan_problem p) noexcept { return validated<Plan>.first().problem != p; }
    };
};
}  // namespace detail

/// static_assert(daye::check<my_plan>()) compiles when my_plan is well-formed. When not,
/// compilation stops at the first broken rule, with a message that says what is wrong and
/// what to do, and where, in template arguments the compiler prints before it: group_index
/// (0 the headline, k the k-th group of key tasks), entry_index (the entry's position in
/// its group, from 0; -1 when the rule is the group's) and entry_id, the id it concerns
/// letter by letter (id<'g', 'd', 'p'>). g++ prints them in its "In instantiation of
/// 'constexpr bool daye::v0::check() [with ...]'" line, clang in the failed requirement
/// (in_plan<my_plan>::at<0, 1, id<...>>). my_plan is a constexpr plan with static storage
/// (namespace scope); give only it: the other parameters are computed.
template <const plan& Plan, plan_problem first_broken_rule = detail::validated<Plan>.first().problem,
          int group_index = detail::validated<Plan>.first().group,
          int entry_index = detail::validated<Plan>.first().entry, class entry_id = detail::first_broken_id<Plan>>
constexpr bool check() noexcept {
#define DAYE_PLAN_RULE_ASSERT(rule, what, to_do)                                                                      \
    static_assert(detail::in_plan<Plan>::template at<group_index, entry_index, entry_id>::has_no(plan_problem::rule), \
                  "daye: " what " (its id and where it is: the template arguments): " to_do);
    DAYE_PLAN_RULES(DAYE_PLAN_RULE_ASSERT)
#undef DAYE_PLAN_RULE_ASSERT
    return true;
}

}  // namespace v0
}  // namespace daye

#endif
