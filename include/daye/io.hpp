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

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/catalog.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/plan.hpp"
#include "daye/scorecard.hpp"
#include "daye/utf8.hpp"
#include "daye/words.hpp"

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
            for (const target& part : t.also) {
                add(part.reads);
                add(part.other);
            }
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

inline std::string describe_condition(const target& t);

/// What a target asks, in one line: "≥ 7.5%", "by 2024-12-31", "rank ≤ 50 on the CCID list",
/// "resident_income_growth_real ≥ gdp_growth"; a compound entry's conditions joined by "and",
/// each after the first with its indicator.
inline std::string describe(const target& t) {
    std::string s = describe_condition(t);
    for (const target& part : t.also) {
        const std::string c = describe_condition(part);
        const std::string_view id = part.indicator_id();
        const bool names_it = c.compare(0, id.size(), id) == 0;  // a relational condition starts with it
        s += " and " + (names_it ? c : std::string(id) + " " + c);
    }
    return s;
}

/// What one condition of a target asks.
inline std::string describe_condition(const target& t) {
    const unit& u = t.measured_in();
    const unit& change = detail::difference_unit(u);
    const std::string v = value_text(t.value, u);
    const std::string read(t.indicator_id());
    const std::string other(t.other != nullptr ? t.other->id : std::string_view{});
    const std::string tol = t.tolerance.is_zero() ? "" : " − " + value_text(t.tolerance, change);
    const std::string veto = t.vetoes ? ", one-vote veto (the library's model)" : "";
    const std::string tier =
        t.tiered() ? ", " + std::string(word_zh(t.stretch_word)) + " " + value_text(t.stretch, u) : std::string();
    const bool higher = detail::higher_is_better(t);
    switch (t.kind) {
        case target_kind::at_least:
        case target_kind::level: return "≥ " + v + tier + veto;
        case target_kind::more_than: return "> " + v + tier + veto;
        case target_kind::at_most: return "≤ " + v + tier + veto;
        case target_kind::less_than: return "< " + v + tier + veto;
        case target_kind::about:
            return v + " ± " + value_text(t.tolerance, change) +
                   (detail::higher_is_better(t) ? " (左右, a floor)" : " (左右, a ceiling)") + veto;
        case target_kind::keeps_pace: return read + " ≥ " + other + tol;
        case target_kind::exceeds: return read + " > " + other + tol;
        case target_kind::versus_benchmark: {
            if (is_strict(t.rel)) return (higher ? "> " : "< ") + other + veto;
            return (higher ? "≥ " : "≤ ") + other +
                   (t.value.is_zero() ? "" : (higher ? " + " : " − ") + value_text(t.value, change));
        }
        case target_kind::rank_at_most: return "rank ≤ " + std::string(to_text(t.value).view()) + on_list(t);
        case target_kind::rank_improves: return read + " better than last year" + on_list(t);
        case target_kind::versus_previous: return read + " " + std::string(symbol(t.rel)) + " last year" + veto;
        case target_kind::stable:
            return read + (higher ? " ≥ last year − " : " ≤ last year + ") + value_text(t.tolerance, change) +
                   (t.assumed_band ? " (保持稳定, band assumed)" : " (保持稳定)") + veto;
        case target_kind::average_annual:
            return (higher ? "average annual ≥ " : "average annual ≤ ") + v + " since " + std::to_string(t.base_year) +
                   veto;
        case target_kind::cumulative:
            return (higher ? "total ≥ " : "total ≤ ") + v + " from " + std::to_string(t.base_year) + veto;
        case target_kind::versus_base_year:
            return read + (higher ? " ≥ " : " ≤ ") + std::string(to_text(t.value).view()) + " × " +
                   std::to_string(t.base_year) + veto;
        case target_kind::milestone: return "done by " + std::string(to_text(t.deadline).view());
        case target_kind::within_ceiling: return read + " ≤ " + other + veto;
        case target_kind::assigned_floor: return read + " ≥ " + other + veto;
        case target_kind::of_which: return "≥ " + v + ", of " + std::string(t.parent) + veto;
        case target_kind::red_line: {
            const auto ha =
                u == units::mu ? hectares(quantity<units::mu>(t.value), 2) : result<decimal>(errc::out_of_range);
            return "≥ " + v + (ha ? " (" + std::string(to_text(ha.value()).view()) + " ha)" : std::string()) + veto;
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
namespace detail {
/// "1 group", "10 groups".
inline std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}
}  // namespace detail

/// The plan as Markdown: one bilingual table per group, as a student reads the report.
inline void write_markdown(std::ostream& out, const plan& p) {
    out << "## " << p.region_zh << " " << p.year << " — " << p.region_en << "\n\n";
    out << "Plan `" << p.id << "` of region `" << p.region << "`, presented " << p.presented << ": "
        << detail::counted(p.entry_count(), "entry", "entries") << " in "
        << detail::counted(p.group_count(), "group", "groups") << " ("
        << detail::counted(p.measure_count(), "of them a measure", "of them measures") << ").\n";
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
    const bool beyond_band = a.why() == finding::above_band || a.why() == finding::below_band;
    if (beyond_band) s += a.outcome() == verdict::met ? ", on the better side" : ", on the worse side";
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

/// What an entry's verdict rests on beside its reason: how far a tiered entry went, a band
/// the library assumed, an average that rounds to its target and misses; "" when nothing.
inline std::string notes(const target& t, const assessment& a) {
    std::string s;
    for (std::size_t i = 0; i < a.conditions() && a.conditions() > 1; ++i)
        s += std::string(i == 0 ? "; conditions: " : ", ") +
             std::string(i == 0 ? t.indicator_id() : t.also[i - 1].indicator_id()) + " " +
             std::string(name(a.condition(i))) + " (" + std::string(explain(a.condition_why(i))) + ")";
    if (t.tiered() && a.reached_stretch())
        s += std::string(*a.reached_stretch() ? "; the stretch (" : "; the floor, not the stretch (") +
             std::string(word_zh(t.stretch_word)) + " " + value_text(t.stretch, t.measured_in()) + ")" +
             (*a.reached_stretch() ? " reached too" : "");
    if (t.reads != nullptr && t.other != nullptr && t.is_relational()) {
        const price_basis a_basis = t.reads->basis;
        const price_basis b_basis = t.other->basis;
        const bool one_unstated = (a_basis == price_basis::unstated) != (b_basis == price_basis::unstated);
        if (one_unstated)
            s += "; compares " + std::string(t.reads->id) + " (" + std::string(name(a_basis)) + " basis) with " +
                 std::string(t.other->id) + " (" + std::string(name(b_basis)) +
                 " basis): the source leaves one price basis unstated";
    }
    // 年均: the average shown is rounded, the verdict the chained product's.
    if (t.kind == target_kind::average_annual && a.outcome() == verdict::missed && a.gap() && a.gap()->is_zero())
        s += "; the average rounds to the target, but the product of the years' growth falls short of it";
    if (t.assumed_band)
        s += "; the band ±" + value_text(t.tolerance, detail::difference_unit(t.measured_in())) +
             " is the library's assumption: the report states none";
    return s;
}

/// The figure an entry was judged on, in its unit: "8.0%", "2024-12-20", "under_way"; "" if none.
inline std::string actual_text(const target& t, const assessment& a) {
    if (a.actual() && a.figure_bound() != value_bound::exact)
        return (a.figure_bound() == value_bound::above ? "> " : "< ") + value_text(*a.actual(), t.measured_in());
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
/// East Asian Wide and Fullwidth characters (Unicode Standard Annex #11), which a
/// terminal shows in two columns: Hangul Jamo, CJK radicals, punctuation, kana and
/// ideographs, Hangul syllables, compatibility ideographs, full-width forms, and the
/// supplementary ideographic planes.
constexpr bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
/// Columns in a terminal: wide characters take two, others one (an ill-formed byte one).
inline std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const utf8::step c = utf8::decode(s, i);
        width += c.valid && is_wide(c.code_point) ? 2 : 1;
        i += c.length;
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
inline bool breaches_veto(const scored_entry& e) { return e.entry->vetoes && e.result.outcome() == verdict::missed; }

/// The one-vote veto as the library models it, in three states: an entry under veto (a red
/// line, a binding ceiling) known to be breached; every such entry reported and none
/// breached; or none known to be breached while some are not reported, which is "no breach
/// reported", never "no red line breached".
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
        if (e.entry->vetoes && e.result.outcome() == v) ids.push_back(e.entry->id());
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
/// The commitment word as the report writes it, or "—" when it prints none.
inline std::string_view word_or_dash(commitment c) {
    const std::string_view zh = word_zh(c);
    return zh.empty() ? std::string_view("—") : zh;
}
inline std::string tally_text(const tally& t) {
    return "met " + std::to_string(t.met) + ", missed " + std::to_string(t.missed) + ", unknown " +
           std::to_string(t.unknown) + ", not applicable " + std::to_string(t.not_applicable);
}
/// One line of the text scorecard, its cells before padding.
struct text_row {
    const group* in;
    std::string mark, word, id, target, actual, rest;
};
template <std::size_t N>
std::vector<text_row> text_rows(const scorecard<N>& card) {
    std::vector<text_row> rows;
    for (const scored_entry& e : card.results()) {
        const assessment& a = e.result;
        const std::string mark = breaches_veto(e)                         ? "VETO"
                                 : a.outcome() == verdict::missed         ? "MISSED"
                                 : a.outcome() == verdict::not_applicable ? "n/a"
                                                                          : std::string(name(a.outcome()));
        std::string actual = actual_text(*e.entry, a);
        if (!actual.empty() && a.status() != data_status::reported)
            actual += " (" + std::string(name(a.status())) + ")";
        const std::string gap = gap_text(a);
        rows.push_back(
            {e.in, mark, std::string(word_or_dash(e.entry->word)), std::string(e.entry->id()),
             e.entry->kind == target_kind::measure ? "measure" : describe(*e.entry), actual.empty() ? "—" : actual,
             (gap.empty() ? "" : "gap " + gap + "  ") + reason(*e.entry, a, card.year()) + notes(*e.entry, a)});
    }
    return rows;
}
/// The widest cell of a column, in terminal columns, plus two spaces; at least `least`.
inline std::size_t column_width(const std::vector<text_row>& rows, std::string text_row::*cell, std::size_t least) {
    std::size_t w = least;
    for (const text_row& r : rows) {
        const std::size_t c = display_width(r.*cell) + 2;
        if (c > w) w = c;
    }
    return w;
}
}  // namespace detail

/// The scorecard as plain text, grouped like the report; missed and vetoed lines marked.
/// Columns are as wide as their widest cell, counted in terminal columns.
template <std::size_t N>
void write_text(std::ostream& out, const plan& p, const scorecard<N>& card) {
    const std::vector<detail::text_row> rows = detail::text_rows(card);
    const std::size_t word_width = detail::column_width(rows, &detail::text_row::word, 6);
    const std::size_t id_width = detail::column_width(rows, &detail::text_row::id, 32);
    const std::size_t target_width = detail::column_width(rows, &detail::text_row::target, 24);
    const std::size_t actual_width = detail::column_width(rows, &detail::text_row::actual, 22);
    out << p.region_zh << " " << p.year << " — scorecard of plan " << p.id << " for " << card.year() << "\n";
    out << "verdict: " << name(card.verdict()) << " (" << detail::tally_text(card.overall()) << ")\n";
    out << detail::veto_line(card, "")
        << "; complete: " << (card.complete() ? "yes" : "no, unknown entries are neither met nor missed") << "\n";
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        out << "\n"
            << (g.ordinal > 0 ? std::to_string(g.ordinal) + ". " : std::string()) << g.heading_zh << " — "
            << g.heading_en << ": " << detail::tally_text(card.of(g)) << "\n";
        for (const detail::text_row& r : rows) {
            if (r.in != &g) continue;
            out << "  " << detail::padded(r.mark, 8) << detail::padded(r.id, id_width)
                << detail::padded(r.word, word_width) << detail::padded(r.target, target_width)
                << detail::padded(r.actual, actual_width) << r.rest << "\n";
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
        out << "| verdict | id | 原文 | commitment | target | actual | gap | status | reason |\n";
        out << "|---|---|---|---|---|---|---|---|---|\n";
        for (const scored_entry& e : card.results()) {
            if (e.in != &g) continue;
            const assessment& a = e.result;
            const std::string mark = detail::breaches_veto(e)         ? "**vetoed**"
                                     : a.outcome() == verdict::missed ? "**missed**"
                                                                      : std::string(name(a.outcome()));
            const std::string actual = actual_text(*e.entry, a);
            out << "| " << mark << " | `" << e.entry->id() << "` | " << detail::cell(e.entry->phrase_zh) << " | "
                << detail::word_or_dash(e.entry->word) << " | " << detail::cell(describe(*e.entry)) << " | "
                << detail::cell(actual) << " | " << gap_text(a) << " | " << (actual.empty() ? "" : name(a.status()))
                << " | " << detail::cell(reason(*e.entry, a, card.year()) + notes(*e.entry, a)) << " |\n";
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

/// The table of words as Markdown: each phrase, what it asks, the line it compares with,
/// whether the line itself fails, its role, the kind of target it states each way, and
/// how a plan writes it.
inline void write_markdown(std::ostream& out, span<const phrase> table) {
    out << "| 词 | in a report | asks | line | passes | strict | role | kind (higher is better) | "
           "kind (lower is better) | in a plan |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|\n";
    for (const phrase& p : table)
        out << "| " << detail::cell(p.zh) << " | " << detail::cell(p.example) << " | " << detail::cell(p.en) << " | "
            << name(p.against) << " | " << name(p.rule) << " | " << (p.strict() ? "yes" : "no") << " | " << name(p.role)
            << " | " << name(kind_of(p, direction::higher_is_better)) << " | "
            << name(kind_of(p, direction::lower_is_better)) << " | `" << detail::cell(p.builder) << "` |\n";
}

}  // namespace v0
}  // namespace daye

#endif
