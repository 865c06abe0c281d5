// The scorecard of a plan: every entry evaluated, counted per group and overall, with
// the one-vote veto as the library models it: a red line known to be breached makes the
// plan's verdict vetoed; the other entries keep their verdicts. (一票否决 belongs to the
// higher level's assessment of the locality and its officials; applying it to a
// scorecard is this library's choice. Unreported red lines are not a breach, and not a
// pass either.)
//
// Data is keyed by strings, so the scorecard also says what it could not use: every
// observation of the plan's region whose indicator the plan does not read (a misspelt
// id reads as an indicator nobody asked for), with the plan's id nearest to it ("did
// you mean gdp_growth?"); and, for every entry without data, the unread id that was
// probably meant for it.
#ifndef DAYE_SCORECARD_HPP
#define DAYE_SCORECARD_HPP

#include <cstddef>
#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/attainment.hpp"
#include "daye/nearest.hpp"
#include "daye/plan.hpp"

namespace daye {
inline namespace v0 {

/// How many entries had each verdict.
struct tally {
    std::size_t met = 0;
    std::size_t missed = 0;
    std::size_t unknown = 0;
    std::size_t not_applicable = 0;

    constexpr void count(verdict v) noexcept {
        switch (v) {
            case verdict::met: ++met; break;
            case verdict::missed: ++missed; break;
            case verdict::unknown: ++unknown; break;
            case verdict::not_applicable: ++not_applicable; break;
        }
    }
    constexpr std::size_t total() const noexcept { return met + missed + unknown + not_applicable; }
};

/// The verdict on a whole plan.
enum class plan_verdict : unsigned char {
    met,         ///< every entry known, none missed
    incomplete,  ///< none missed, but some unknown
    missed,      ///< at least one missed, no red line known to be breached
    vetoed,      ///< a red line known to be breached (the library's model of 一票否决)
};

/// The id used in JSON and tables.
constexpr std::string_view name(plan_verdict v) noexcept {
    switch (v) {
        case plan_verdict::met: return "met";
        case plan_verdict::incomplete: return "incomplete";
        case plan_verdict::missed: return "missed";
        case plan_verdict::vetoed: return "vetoed";
    }
    return "incomplete";
}

/// One evaluated entry of the plan. Trivially constructible, like its assessment: a
/// scorecard holds an array of them.
struct scored_entry {
    const target* entry;
    const group* in;
    assessment result;
    /// Not reported: the id of an observation the plan does not read and that is near
    /// enough to this entry's indicator to be a misspelling of it (computed at run time).
    text_span suggestion;
    constexpr std::string_view did_you_mean() const noexcept { return suggestion.view(); }
};

/// An observation of the plan's region whose indicator the plan does not read.
struct unread_observation {
    text_span id;
    int year;
    text_span nearest_id;  ///< the id the plan reads nearest to it, when near enough (computed at run time)
    constexpr std::string_view indicator() const noexcept { return id.view(); }
    constexpr std::string_view nearest() const noexcept { return nearest_id.view(); }
};

/// Every entry of a plan evaluated. Capacity bounds the number of entries (no heap).
template <std::size_t Capacity>
class scorecard {
public:
    constexpr span<const scored_entry> results() const noexcept { return {entries_, size_}; }
    constexpr int year() const noexcept { return year_; }

    /// How many observations of the plan's region have an indicator the plan does not
    /// read (a misspelt id, another plan's data); the first max_listed are listed.
    static constexpr std::size_t max_listed = 32;
    constexpr span<const unread_observation> unread() const noexcept {
        return {unread_, unread_count_ < max_listed ? unread_count_ : max_listed};
    }
    constexpr std::size_t unread_count() const noexcept { return unread_count_; }
    /// Entries that are unknown because a figure they read was not reported.
    constexpr std::size_t without_data() const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < size_; ++i) n += entries_[i].result.why() == finding::not_reported ? 1 : 0;
        return n;
    }

    /// The entry `id`, or nullptr.
    constexpr const scored_entry* find(std::string_view id) const noexcept {
        for (std::size_t i = 0; i < size_; ++i)
            if (detail::same(entries_[i].entry->id(), id)) return &entries_[i];
        return nullptr;
    }
    /// The entry `id`, checked: errc::unknown_id when the plan has none, which is a
    /// compile error in a constant expression once value() is asked of it.
    constexpr result<const scored_entry*> at(std::string_view id) const noexcept {
        const scored_entry* e = find(id);
        if (e == nullptr) return errc::unknown_id;
        return e;
    }
    constexpr tally overall() const noexcept { return overall_; }
    constexpr tally of(const group& g) const noexcept {
        tally t;
        for (std::size_t i = 0; i < size_; ++i)
            if (entries_[i].in == &g) t.count(entries_[i].result.outcome());
        return t;
    }
    /// An entry under one-vote veto (a red line, a binding ceiling) is known to be missed
    /// (false also when such figures are not reported).
    constexpr bool vetoed() const noexcept { return vetoed_; }
    /// No entry is unknown. Unknown is never counted as met or as missed.
    constexpr bool complete() const noexcept { return overall().unknown == 0; }
    constexpr plan_verdict verdict() const noexcept {
        if (vetoed()) return plan_verdict::vetoed;
        const tally t = overall();
        if (t.missed > 0) return plan_verdict::missed;
        return t.unknown > 0 ? plan_verdict::incomplete : plan_verdict::met;
    }

    // For score(): fills the card in place, one entry at a time.
    constexpr scored_entry* add(const target& t, const group& g) noexcept {
        if (size_ == Capacity) return nullptr;
        scored_entry& e = entries_[size_++];
        e.entry = &t;
        e.in = &g;
        return &e;
    }
    constexpr void set_year(int y) noexcept { year_ = y; }
    /// Counts the entry added last, once it is evaluated: the tally and the veto are kept
    /// as the card is filled, so that asking for them costs nothing.
    constexpr void count_last() noexcept {
        const scored_entry& e = entries_[size_ - 1];
        overall_.count(e.result.outcome());
        vetoed_ = vetoed_ || (e.entry->vetoes && e.result.outcome() == verdict::missed);
    }
    constexpr void add_unread(std::string_view indicator, int year) noexcept {
        if (unread_count_ < max_listed) unread_[unread_count_] = unread_observation{text_span::of(indicator), year, {}};
        ++unread_count_;
    }
    constexpr span<unread_observation> listed_unread() noexcept { return {unread_, unread().size()}; }
    constexpr scored_entry& entry_at(std::size_t i) noexcept { return entries_[i]; }

private:
    scored_entry entries_[Capacity]{};
    unread_observation unread_[max_listed]{};
    std::size_t size_ = 0;
    std::size_t unread_count_ = 0;
    tally overall_;
    int year_ = 0;
    bool vetoed_ = false;
};

namespace detail {
/// Observations up to this many have their use noted as the entries are evaluated;
/// beyond it, each is looked up in the plan (cheap at run time, where such data sets are).
inline constexpr std::size_t max_marked_observations = 64;

/// For each unread observation, the id the plan reads that is nearest to it; for each
/// entry without data, an unread id that looks like a misspelling of its indicator.
/// An edit distance costs more in constant evaluation than a whole scorecard, and a
/// suggestion is for people reading a report: this runs at run time only.
template <std::size_t Capacity>
void suggest_ids(scorecard<Capacity>& card, const plan& p) noexcept {
    for (unread_observation& u : card.listed_unread()) {
        nearest_id nearest(u.indicator());
        for (std::size_t k = 0; k < p.group_count(); ++k)
            for (const target& t : p.group_at(k).entries) {
                nearest.consider(t.indicator_id());
                if (t.other != nullptr) nearest.consider(t.other->id);
                for (const target& part : t.also) nearest.consider(part.indicator_id());
            }
        u.nearest_id = text_span::of(nearest.best());
    }
    for (std::size_t i = 0; i < card.results().size(); ++i) {
        scored_entry& e = card.entry_at(i);
        if (e.result.why() != finding::not_reported) continue;
        for (const unread_observation& u : card.unread())
            if (same(u.nearest(), e.result.missing())) e.suggestion = u.id;
    }
}
}  // namespace detail

/// Evaluates every entry of a checked plan for its year and region, and notes the
/// observations of that region whose indicator the plan does not read; at run time, with
/// the plan's id nearest to each ("did you mean gdp_growth?"). errc::out_of_range when
/// the plan has more entries than Capacity. The plan was validated by checked(), once:
/// a panel scores one checked plan for every region and year.
template <std::size_t Capacity = 128>
constexpr result<scorecard<Capacity>> score(checked_plan c, span<const observation> observations,
                                            const evaluation_options& options = {}) noexcept {
    const plan& p = *c;
    evaluation_options of_plan = options;
    if (of_plan.region.empty()) of_plan.region = p.region;
    bool read[detail::max_marked_observations]{};
    const bool marking = observations.size() <= detail::max_marked_observations;
    const detail::reader figures(observations, of_plan, marking ? read : nullptr);
    scorecard<Capacity> card;
    card.set_year(p.year);
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        for (const target& t : g.entries) {
            scored_entry* e = card.add(t, g);
            if (e == nullptr) return errc::out_of_range;
            detail::evaluate_into(e->result, t, figures, p.year, of_plan);
            card.count_last();
            // Whatever the verdict, the second indicator's figures are read too.
            if (marking && t.other != nullptr) figures.find(t.other->id, p.year);
            for (const target& part : t.also)
                if (marking && part.other != nullptr) figures.find(part.other->id, p.year);
        }
    }
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const observation& o = observations[i];
        const bool of_region = o.region().empty() || detail::same(o.region(), of_plan.region);
        if (of_region && !(marking ? read[i] : p.reads(o.indicator()))) card.add_unread(o.indicator(), o.year());
    }
#if defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER)
    if (!__builtin_is_constant_evaluated() && card.unread_count() != 0) detail::suggest_ids(card, p);
#endif
    return card;
}

/// The same of a plan that is validated first, at compile time and at run time:
/// errc::invalid_plan when it breaks a rule of validate(), and nothing of it is scored,
/// so that no verdict on an ill-formed plan adds errors of its own (at compile time the
/// refusal is one error, after check<>()'s). Validation adds half or more to the cost of a
/// scorecard: to score one plan many times, check it once and score checked(plan).
template <std::size_t Capacity = 128>
constexpr result<scorecard<Capacity>> score(const plan& p, span<const observation> observations,
                                            const evaluation_options& options = {}) noexcept {
    const result<checked_plan> valid = checked(p);
    if (!valid) return valid.error();
    return score<Capacity>(valid.value(), observations, options);
}

}  // namespace v0
}  // namespace daye

#endif
