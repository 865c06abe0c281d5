// The scorecard of a plan: every entry evaluated, counted per group and overall, with
// the one-vote veto (一票否决): a breached red line fails the whole assessment,
// whatever else was met.
#ifndef DAYE_SCORECARD_HPP
#define DAYE_SCORECARD_HPP

#include <cstddef>
#include <string_view>

#include "daye/attainment.hpp"
#include "daye/plan.hpp"
#include "daye/result.hpp"

namespace daye {

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
    missed,      ///< at least one missed, no red line breached
    vetoed,      ///< a red line breached: the assessment fails whatever else was met
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

/// One evaluated entry of the plan.
struct scored_entry {
    const target* entry = nullptr;
    const group* in = nullptr;
    assessment result;
};

/// Every entry of a plan evaluated. Capacity bounds the number of entries (no heap).
template <std::size_t Capacity>
class scorecard {
public:
    constexpr span<const scored_entry> results() const noexcept { return {entries_, size_}; }
    constexpr int year() const noexcept { return year_; }

    /// The entry `id`, or nullptr.
    constexpr const scored_entry* find(std::string_view id) const noexcept {
        for (std::size_t i = 0; i < size_; ++i)
            if (entries_[i].entry->id == id) return &entries_[i];
        return nullptr;
    }
    constexpr tally overall() const noexcept {
        tally t;
        for (std::size_t i = 0; i < size_; ++i) t.count(entries_[i].result.outcome);
        return t;
    }
    constexpr tally of(const group& g) const noexcept {
        tally t;
        for (std::size_t i = 0; i < size_; ++i)
            if (entries_[i].in == &g) t.count(entries_[i].result.outcome);
        return t;
    }
    /// A red line was breached.
    constexpr bool vetoed() const noexcept {
        for (std::size_t i = 0; i < size_; ++i)
            if (entries_[i].entry->kind == target_kind::red_line && entries_[i].result.outcome == verdict::missed)
                return true;
        return false;
    }
    /// No entry is unknown. Unknown is never counted as met or as missed.
    constexpr bool complete() const noexcept { return overall().unknown == 0; }
    constexpr plan_verdict verdict() const noexcept {
        if (vetoed()) return plan_verdict::vetoed;
        const tally t = overall();
        if (t.missed > 0) return plan_verdict::missed;
        return t.unknown > 0 ? plan_verdict::incomplete : plan_verdict::met;
    }

    // For score(): fills the card one entry at a time.
    constexpr bool add(const scored_entry& e) noexcept {
        if (size_ == Capacity) return false;
        entries_[size_++] = e;
        return true;
    }
    constexpr void set_year(int y) noexcept { year_ = y; }

private:
    scored_entry entries_[Capacity]{};
    std::size_t size_ = 0;
    int year_ = 0;
};

/// Evaluates every entry of `p` for its year. errc::out_of_range when the plan has more
/// entries than Capacity.
template <std::size_t Capacity = 128>
constexpr result<scorecard<Capacity>> score(const plan& p, span<const observation> observations,
                                            const evaluation_options& options = {}) noexcept {
    scorecard<Capacity> card;
    card.set_year(p.year);
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        for (const target& t : g.entries)
            if (!card.add(scored_entry{&t, &g, evaluate(t, observations, p.year, options)})) return errc::out_of_range;
    }
    return card;
}

}  // namespace daye

#endif
