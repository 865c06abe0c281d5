// Text and Markdown output, off the constexpr core: stream operators for the value
// types, a one-line description of any target, and the plan as bilingual tables.
#ifndef DAYE_IO_HPP
#define DAYE_IO_HPP

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/plan.hpp"
#include "daye/units.hpp"

namespace daye {

inline std::ostream& operator<<(std::ostream& out, decimal d) { return out << to_text(d).view(); }
inline std::ostream& operator<<(std::ostream& out, date d) { return out << to_text(d).view(); }
template <const unit& U>
std::ostream& operator<<(std::ostream& out, quantity<U> q) {
    return out << q.value() << ' ' << U.symbol_zh;
}

/// A figure with its unit as the report prints it: "7.5%", "1200 亿元", "50 家".
inline std::string value_text(decimal d, const unit& u) {
    std::string s(to_text(d).view());
    if (u.kind == dimension::percent) return s + "%";
    if (u.kind == dimension::rank) return "第" + s + std::string(u.symbol_zh);
    return s + " " + std::string(u.symbol_zh);
}

/// What a target asks, in one line: "≥ 7.5%", "by 2024-12-31", "resident_income_growth ≥ gdp_growth".
inline std::string describe(const target& t) {
    const unit& u = t.measured_in != nullptr ? *t.measured_in : units::status;
    const std::string v = value_text(t.value, u);
    const std::string read(t.indicator_id());
    const std::string other(t.other);
    const std::string tol = t.tolerance.is_zero() ? "" : " − " + value_text(t.tolerance, u);
    switch (t.kind) {
    case target_kind::at_least:
    case target_kind::level: return "≥ " + v;
    case target_kind::at_most: return "≤ " + v;
    case target_kind::about: return v + " ± " + value_text(t.tolerance, u) + " (左右)";
    case target_kind::keeps_pace: return read + " ≥ " + other + tol;
    case target_kind::exceeds: return read + " > " + other + tol;
    case target_kind::versus_benchmark:
        return (t.better == direction::higher_is_better ? "≥ " : "≤ ") + other +
               (t.value.is_zero() ? "" : (t.better == direction::higher_is_better ? " + " : " − ") + v);
    case target_kind::rank_at_most: return "rank ≤ " + std::string(to_text(t.value).view());
    case target_kind::rank_improves: return read + " better than last year";
    case target_kind::milestone: return "done by " + std::string(to_text(t.deadline).view());
    case target_kind::within_ceiling: return read + " ≤ " + other;
    case target_kind::of_which: return "≥ " + v + ", of " + std::string(t.parent);
    case target_kind::red_line: {
        const auto ha = t.measured_in == &units::mu
                            ? hectares(quantity<units::mu>(t.value), 2)
                            : result<decimal>(errc::out_of_range);
        return "≥ " + v + (ha ? " (" + std::string(to_text(ha.value()).view()) + " ha)" : std::string()) +
               ", one-vote veto";
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

/// The plan as Markdown: one bilingual table per group, as a student reads the report.
inline void write_markdown(std::ostream& out, const plan& p) {
    out << "# " << p.region_zh << " " << p.year << " — " << p.region_en << "\n\n";
    out << "Plan `" << p.id << "`, adopted " << p.adopted << ": " << p.entry_count() << " entries in "
        << p.group_count() << " groups (" << p.measure_count() << " of them measures).\n";
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        out << "\n## ";
        if (g.ordinal > 0) out << g.ordinal << ". ";
        out << g.heading_zh << "\n\n" << g.heading_en << " (`" << g.id << "`)\n\n";
        out << "| id | 原文 | target | kind | commitment | basis |\n";
        out << "|---|---|---|---|---|---|\n";
        for (const target& t : g.entries) {
            const std::string_view zh = word_zh(t.word);
            out << "| `" << t.id << "` | " << detail::cell(t.phrase_zh) << " | " << detail::cell(t.name_en) << ": "
                << detail::cell(describe(t)) << " | " << name(t.kind) << " | " << name(t.word)
                << (zh.empty() ? "" : " ") << zh << " | " << name(p.find_indicator(t.indicator_id()).basis)
                << " |\n";
        }
    }
}

}  // namespace daye

#endif
