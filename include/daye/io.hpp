// Text and Markdown output, off the constexpr core: stream operators for the value
// types, a one-line description of any target, the plan as bilingual tables, and
// scorecards as a person reads them.
#ifndef DAYE_IO_HPP
#define DAYE_IO_HPP

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "daye/catalog.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/plan.hpp"
#include "daye/scorecard.hpp"
#include "daye/units.hpp"

namespace daye {
inline namespace v0 {

inline std::ostream& operator<<(std::ostream& out, decimal d) { return out << to_text(d).view(); }
inline std::ostream& operator<<(std::ostream& out, date d) { return out << to_text(d).view(); }
template <const unit& U>
std::ostream& operator<<(std::ostream& out, quantity<U> q) {
    return out << q.value() << ' ' << U.symbol_zh;
}

/// A figure with its unit as the report prints it: "7.5%", "0.5 个百分点", "1200 亿元", "第55位".
inline std::string value_text(decimal d, const unit& u) {
    std::string s(to_text(d).view());
    if (u == units::percent) return s + "%";
    if (convertible(u, units::rank)) return "第" + s + std::string(u.symbol_zh);
    return s + " " + std::string(u.symbol_zh);
}

/// The values a domain allows, in one line: "≥ 0", "> -100", "0 to 100", "any".
inline std::string domain_text(const domain& d) {
    const std::string low(to_text(d.low).view());
    const std::string high(to_text(d.high).view());
    if (d.low_edge != edge::none && d.high_edge != edge::none)
        return (d.low_edge == edge::open ? "above " : "") + low + " to " + high +
               (d.high_edge == edge::open ? " (excluded)" : "");
    if (d.low_edge != edge::none) return (d.low_edge == edge::closed ? "≥ " : "> ") + low;
    if (d.high_edge != edge::none) return (d.high_edge == edge::closed ? "≤ " : "< ") + high;
    return "any";
}

/// Every indicator a plan's targets read, compare with or are bounded by, once each,
/// in the order of the plan.
inline std::vector<const indicator_info*> indicators_of(const plan& p) {
    std::vector<const indicator_info*> out;
    const auto add = [&out](const indicator_info* i) {
        if (i == nullptr) return;
        for (const indicator_info* seen : out)
            if (seen->id == i->id) return;
        out.push_back(i);
    };
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (const target& t : p.group_at(k).entries) {
            add(t.reads);
            add(t.other);
        }
    return out;
}

/// The price basis of what a target reads: "real", "nominal", "unstated", "none".
inline std::string_view basis_name(const target& t) {
    return name(t.reads != nullptr ? t.reads->basis : price_basis::none);
}

/// The list a rank target reads, as its verdict names it: " on the CCID list"; "" for
/// any other target.
inline std::string on_list(const target& t) {
    if (t.reads == nullptr || t.reads->ranked_on == nullptr) return "";
    return " on " + std::string(t.reads->ranked_on->called);
}

/// What a target asks, in one line: "≥ 7.5%", "by 2024-12-31", "rank ≤ 50 on the CCID list".
inline std::string describe(const target& t) {
    const unit& u = t.measured_in();
    const unit& change = detail::difference_unit(u);
    const std::string v = value_text(t.value, u);
    const std::string read(t.indicator_id());
    const std::string other(t.other != nullptr ? t.other->id : std::string_view{});
    const std::string tol = t.tolerance.is_zero() ? "" : " − " + value_text(t.tolerance, change);
    switch (t.kind) {
        case target_kind::at_least:
        case target_kind::level: return "≥ " + v;
        case target_kind::at_most: return "≤ " + v;
        case target_kind::about: return v + " ± " + value_text(t.tolerance, change) + " (左右)";
        case target_kind::keeps_pace: return read + " ≥ " + other + tol;
        case target_kind::exceeds: return read + " > " + other + tol;
        case target_kind::versus_benchmark: {
            const bool higher = t.reads == nullptr || t.reads->better == direction::higher_is_better;
            return (higher ? "≥ " : "≤ ") + other +
                   (t.value.is_zero() ? "" : (higher ? " + " : " − ") + value_text(t.value, change));
        }
        case target_kind::rank_at_most: return "rank ≤ " + std::string(to_text(t.value).view()) + on_list(t);
        case target_kind::rank_improves: return read + " better than last year" + on_list(t);
        case target_kind::milestone: return "done by " + std::string(to_text(t.deadline).view());
        case target_kind::within_ceiling: return read + " ≤ " + other;
        case target_kind::of_which: return "≥ " + v + ", of " + std::string(t.parent);
        case target_kind::red_line: {
            const auto ha =
                u == units::mu ? hectares(quantity<units::mu>(t.value), 2) : result<decimal>(errc::out_of_range);
            return "≥ " + v + (ha ? " (" + std::string(to_text(ha.value()).view()) + " ha)" : std::string()) +
                   ", one-vote veto (the library's model)";
        }
        case target_kind::measure: {
            std::string s = "measure";
            for (std::size_t i = 0; i < t.items.size(); ++i) s += (i == 0 ? ": " : "; ") + std::string(t.items[i].zh);
            return s;
        }
    }
    return v;
}

namespace detail {
/// Markdown table cells cannot hold '|' or line breaks.
inline std::string cell(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}
}  // namespace detail

/// A commitment as a table shows it: "ensure 确保"; for `expected`, which no word before the
/// figure says, the block that lists it: "expected (block 主要预期目标)".
inline std::string commitment_text(commitment c) {
    if (c == commitment::expected) return std::string(name(c)) + " (block 主要预期目标)";
    const std::string_view zh = word_zh(c);
    return std::string(name(c)) + (zh.empty() ? "" : " ") + std::string(zh);
}

/// The plan as Markdown: one bilingual table per group, as a student reads the report.
inline void write_markdown(std::ostream& out, const plan& p) {
    out << "## " << p.region_zh << " " << p.year << " — " << p.region_en << "\n\n";
    out << "Plan `" << p.id << "` of region `" << p.region << "`, presented " << p.presented << ": " << p.entry_count()
        << " entries in " << p.group_count() << " groups (" << p.measure_count() << " of them measures).\n";
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        out << "\n### ";
        if (g.ordinal > 0) out << g.ordinal << ". ";
        out << g.heading_zh << "\n\n" << g.heading_en << " (`" << g.id << "`)\n\n";
        out << "| id | 原文 | target | kind | commitment | basis |\n";
        out << "|---|---|---|---|---|---|\n";
        for (const target& t : g.entries) {
            out << "| `" << t.id() << "` | " << detail::cell(t.phrase_zh) << " | " << detail::cell(t.name_en) << ": "
                << detail::cell(describe(t)) << " | " << name(t.kind) << " | " << commitment_text(t.word) << " | "
                << basis_name(t) << " |\n";
        }
    }
}

/// Why an entry has its verdict: "below the threshold", "not reported: gdp_growth 2024".
inline std::string reason(const assessment& a) {
    std::string s(explain(a.why()));
    if (a.outcome() == verdict::unknown && !a.missing().empty())
        s += ": " + std::string(a.missing()) + " " + std::to_string(a.missing_year());
    if (a.inconsistent()) s += "; the reported part exceeds the reported whole";
    return s;
}

/// Why an entry of a plan for `year` has its verdict; a rank names its list and the year
/// of the data that list ranks: "missed on the CCID list of 2024 (2023's data): over the limit".
inline std::string reason(const target& t, const assessment& a, int year) {
    const rank_list* list = t.reads != nullptr ? t.reads->ranked_on : nullptr;
    if (list == nullptr || (a.outcome() != verdict::met && a.outcome() != verdict::missed)) return reason(a);
    return std::string(name(a.outcome())) + " on " + std::string(list->called) + " of " + std::to_string(year) + " (" +
           std::to_string(list->data_year(year)) + "'s data): " + reason(a);
}

/// The figure an entry was judged on, in its unit: "8.0%", "2024-12-20", "under_way"; "" if none.
inline std::string actual_text(const target& t, const assessment& a) {
    if (a.actual()) return value_text(*a.actual(), t.measured_in());
    if (a.actual_day()) return std::string(to_text(*a.actual_day()).view());
    if (a.progress()) return std::string(name(*a.progress()));
    return "";
}

/// A gap with its sign: "+0.5", "-1.0", "0"; "" if none.
inline std::string gap_text(const assessment& a) {
    const maybe<decimal> gap = a.gap();
    if (!gap) return "";
    const std::string digits(to_text(*gap).view());
    return gap->sign() > 0 ? "+" + digits : digits;
}

namespace detail {
/// Columns in a terminal: CJK characters take two.
inline std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) == 0x80) continue;
        width += c >= 0xE3 ? 2 : 1;  // lead bytes from U+3000 up: CJK and full-width forms
    }
    return width;
}
/// `s` and at least one space, up to `width` columns.
inline std::string padded(std::string_view s, std::size_t width) {
    std::string out(s);
    std::size_t w = display_width(s);
    do {
        out += ' ';
    } while (++w < width);
    return out;
}
inline bool is_red_line(const scored_entry& e) { return e.entry->kind == target_kind::red_line; }
inline bool breaches_red_line(const scored_entry& e) { return is_red_line(e) && e.result.outcome() == verdict::missed; }

/// The one-vote veto as the library models it, in three states: a red line known to be
/// breached; every red line reported and none breached; or none known to be breached while
/// some are not reported, which is "no breach reported", never "no red line breached".
enum class veto_state : unsigned char { breached, none_breached, not_reported };
constexpr std::string_view name(veto_state v) noexcept {
    switch (v) {
        case veto_state::breached: return "breached";
        case veto_state::none_breached: return "none_breached";
        case veto_state::not_reported: return "not_reported";
    }
    return "not_reported";
}
template <std::size_t N>
std::vector<std::string_view> red_lines_where(const scorecard<N>& card, verdict v) {
    std::vector<std::string_view> ids;
    for (const scored_entry& e : card.results())
        if (is_red_line(e) && e.result.outcome() == v) ids.push_back(e.entry->id());
    return ids;
}
template <std::size_t N>
veto_state veto_of(const scorecard<N>& card) {
    if (card.vetoed()) return veto_state::breached;
    return red_lines_where(card, verdict::unknown).empty() ? veto_state::none_breached : veto_state::not_reported;
}
inline std::string listed(const std::vector<std::string_view>& ids, std::string_view quote) {
    std::string s;
    for (std::size_t i = 0; i < ids.size(); ++i)
        s += (i == 0 ? "" : ", ") + std::string(quote) + std::string(ids[i]) + std::string(quote);
    return s;
}
/// "one-vote veto (the library's model): no breach reported (not reported: a, b)".
template <std::size_t N>
std::string veto_line(const scorecard<N>& card, std::string_view quote) {
    std::string s = "one-vote veto (the library's model): ";
    switch (veto_of(card)) {
        case veto_state::breached:
            return s + "VETOED, red line breached: " + listed(red_lines_where(card, verdict::missed), quote);
        case veto_state::none_breached: return s + "no red line breached";
        case veto_state::not_reported:
            return s + "no breach reported (not reported: " + listed(red_lines_where(card, verdict::unknown), quote) +
                   ")";
    }
    return s;
}
inline std::string tally_text(const tally& t) {
    return "met " + std::to_string(t.met) + ", missed " + std::to_string(t.missed) + ", unknown " +
           std::to_string(t.unknown) + ", not applicable " + std::to_string(t.not_applicable);
}
}  // namespace detail

/// The scorecard as plain text, grouped like the report; missed and vetoed lines marked.
template <std::size_t N>
void write_text(std::ostream& out, const plan& p, const scorecard<N>& card) {
    out << p.region_zh << " " << p.year << " — scorecard of plan " << p.id << " for " << card.year() << "\n";
    out << "verdict: " << name(card.verdict()) << " (" << detail::tally_text(card.overall()) << ")\n";
    out << detail::veto_line(card, "")
        << "; complete: " << (card.complete() ? "yes" : "no, unknown entries are neither met nor missed") << "\n";
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        out << "\n"
            << (g.ordinal > 0 ? std::to_string(g.ordinal) + ". " : std::string()) << g.heading_zh << " — "
            << g.heading_en << ": " << detail::tally_text(card.of(g)) << "\n";
        for (const scored_entry& e : card.results()) {
            if (e.in != &g) continue;
            const assessment& a = e.result;
            const std::string mark = detail::breaches_red_line(e)             ? "VETO"
                                     : a.outcome() == verdict::missed         ? "MISSED"
                                     : a.outcome() == verdict::not_applicable ? "n/a"
                                                                              : std::string(name(a.outcome()));
            std::string actual = actual_text(*e.entry, a);
            if (!actual.empty() && a.status() != data_status::reported)
                actual += " (" + std::string(name(a.status())) + ")";
            const std::string target_text = e.entry->kind == target_kind::measure ? "measure" : describe(*e.entry);
            const std::string gap = gap_text(a);
            out << "  " << detail::padded(mark, 8) << detail::padded(e.entry->id(), 32)
                << detail::padded(target_text, 24) << detail::padded(actual.empty() ? "—" : actual, 22)
                << (gap.empty() ? "" : "gap " + gap + "  ") << reason(*e.entry, a, card.year()) << "\n";
        }
    }
}

/// The scorecard as Markdown: a table per group, missed and vetoed lines marked.
template <std::size_t N>
void write_markdown(std::ostream& out, const plan& p, const scorecard<N>& card) {
    out << "## " << p.region_zh << " " << card.year() << " scorecard (`" << p.id << "`)\n\n";
    out << "**Verdict: " << name(card.verdict()) << "** — " << detail::tally_text(card.overall()) << "; "
        << detail::veto_line(card, "`") << "; complete: " << (card.complete() ? "yes" : "no") << ".\n";
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        out << "\n### " << (g.ordinal > 0 ? std::to_string(g.ordinal) + ". " : std::string()) << g.heading_zh << "\n\n"
            << g.heading_en << ": " << detail::tally_text(card.of(g)) << ".\n\n";
        out << "| verdict | id | 原文 | target | actual | gap | status | reason |\n";
        out << "|---|---|---|---|---|---|---|---|\n";
        for (const scored_entry& e : card.results()) {
            if (e.in != &g) continue;
            const assessment& a = e.result;
            const std::string mark = detail::breaches_red_line(e)     ? "**vetoed**"
                                     : a.outcome() == verdict::missed ? "**missed**"
                                                                      : std::string(name(a.outcome()));
            const std::string actual = actual_text(*e.entry, a);
            out << "| " << mark << " | `" << e.entry->id() << "` | " << detail::cell(e.entry->phrase_zh) << " | "
                << detail::cell(describe(*e.entry)) << " | " << detail::cell(actual) << " | " << gap_text(a) << " | "
                << (actual.empty() ? "" : name(a.status())) << " | " << detail::cell(reason(*e.entry, a, card.year()))
                << " |\n";
        }
    }
}

/// The catalogue as Markdown: a table per section, each indicator with its unit, basis,
/// direction, domain and definition.
inline void write_markdown(std::ostream& out, span<const catalog::section> sections) {
    std::size_t n = 0;
    for (const catalog::section& s : sections) n += s.indicators.size();
    out << "## The catalogue of indicators\n\n"
        << n << " indicators of county statistics in " << sections.size()
        << " sections, each as reports print its name. `basis`: real (comparable prices, 可比价), nominal "
           "(current prices, 现价), unstated, or none (not a price measure). `better`: which way is better for "
           "the region. `values`: what a figure can be.\n";
    for (const catalog::section& s : sections) {
        out << "\n### " << s.title_zh << " — " << s.title_en << " (`daye/catalog/" << s.id << ".hpp`)\n\n";
        out << "| id | 名称 | name | unit | basis | better | values | definition |\n";
        out << "|---|---|---|---|---|---|---|---|\n";
        for (const indicator_info* i : s.indicators)
            out << "| `" << i->id << "` | " << detail::cell(i->name_zh) << " | " << detail::cell(i->name_en) << " | "
                << i->measured_in->symbol_zh << " | " << name(i->basis) << " | " << name(i->better) << " | "
                << detail::cell(domain_text(*i->values)) << " | " << detail::cell(i->definition) << " |\n";
    }
}

}  // namespace v0
}  // namespace daye

#endif
