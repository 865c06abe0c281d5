// JSON output, off the constexpr core: a small streaming writer, the plan and a
// scorecard as JSON.
//
// Decimals are written as strings exactly as published ("8.0", "67.44"), so that no
// reader turns them into binary floats on the way; absent values are null.
#ifndef DAYE_JSON_HPP
#define DAYE_JSON_HPP

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/decimal.hpp"
#include "daye/io.hpp"
#include "daye/plan.hpp"
#include "daye/scorecard.hpp"

namespace daye {
inline namespace v0 {

namespace detail {
/// The significant digits and the decimal exponent of a positive finite double:
/// d = 0.digits × 10^(exponent + 1), that is digits[0].digits[1..] × 10^exponent.
struct decimal_digits {
    char digits[24]{};
    int count = 0;
    int exponent = 0;

    /// The digits with `count` significant digits, correctly rounded, read from printf's
    /// %e (which is exact in glibc and musl); the decimal point, whatever the locale
    /// makes it, is skipped.
    static decimal_digits rounded(double d, int count) {
        char text[48];
        std::snprintf(text, sizeof text, "%.*e", count - 1, d);
        decimal_digits r;
        const char* c = text;
        for (; *c != 'e'; ++c)
            if (*c >= '0' && *c <= '9') r.digits[r.count++] = *c;
        r.exponent = std::atoi(c + 1);
        return r;
    }
    /// The next number up with as many digits: 1.25 → 1.26, 9.99 → 10.0.
    decimal_digits next_up() const {
        decimal_digits r = *this;
        int i = r.count - 1;
        while (i >= 0 && r.digits[i] == '9') r.digits[i--] = '0';
        if (i >= 0) {
            ++r.digits[i];
        } else {
            r.digits[0] = '1';
            ++r.exponent;
        }
        return r;
    }
    /// Reads back as `d`: strtod of "<digits>e<exponent>" without a decimal point, which
    /// no locale changes.
    bool reads_back_as(double d) const {
        char text[48];
        std::snprintf(text, sizeof text, "%.*se%d", count, digits, exponent - (count - 1));
        return std::strtod(text, nullptr) == d;
    }
};

/// A finite double as the shortest text that reads back to it, in the form
/// std::to_chars(first, last, d) gives (missing for double from some standard libraries,
/// libc++'s among them): the fewest significant digits that read back, the nearest to `d`
/// of those, in fixed notation unless scientific is shorter.
///
/// The correctly rounded n-digit text is the nearest n-digit number; when it does not
/// read back, no n-digit number does, except just above a power of two, where the doubles
/// below are twice as close together and the next n-digit number up may read back.
struct shortest_text {
    char text[32]{};
    std::size_t size = 0;

    explicit shortest_text(double d) {
        if (std::signbit(d)) put('-');
        if (d == 0) {
            put('0');
            return;
        }
        const double magnitude = std::fabs(d);
        decimal_digits found;
        for (int n = 1; n <= 17; ++n) {
            found = decimal_digits::rounded(magnitude, n);
            if (found.reads_back_as(magnitude)) break;
            const decimal_digits up = found.next_up();
            if (up.reads_back_as(magnitude)) {
                found = up;
                break;
            }
        }
        while (found.count > 1 && found.digits[found.count - 1] == '0') --found.count;
        const int n = found.count;
        const int e = found.exponent;
        const int exponent_digits = e <= -100 || e >= 100 ? 3 : 2;
        // Fixed: the digits, and the point after them or "0." and zeros before them.
        const int fixed_length = e >= n - 1 ? e + 1 : e >= 0 ? n + 1 : n + 1 - e;
        const int scientific_length = n + (n > 1 ? 1 : 0) + 2 + exponent_digits;
        if (fixed_length <= scientific_length && e >= n - 1) {
            // A whole number: to_chars writes all its digits, exactly, not zeros after the
            // significant ones (1742267765724840960, not 1742267765724841000).
            char whole[32];
            const int length = std::snprintf(whole, sizeof whole, "%.0f", magnitude);
            for (int k = 0; k < length; ++k) put(whole[k]);
        } else if (fixed_length <= scientific_length) {
            if (e < 0) {
                put('0');
                put('.');
                for (int k = -1; k > e; --k) put('0');
            }
            for (int k = 0; k < n; ++k) {
                put(found.digits[k]);
                if (k == e) put('.');
            }
        } else {
            put(found.digits[0]);
            if (n > 1) put('.');
            for (int k = 1; k < n; ++k) put(found.digits[k]);
            put('e');
            put(e < 0 ? '-' : '+');
            const int magnitude_of_e = e < 0 ? -e : e;
            if (exponent_digits == 3) put(static_cast<char>('0' + magnitude_of_e / 100));
            put(static_cast<char>('0' + magnitude_of_e / 10 % 10));
            put(static_cast<char>('0' + magnitude_of_e % 10));
        }
    }
    std::string_view view() const noexcept { return {text, size}; }

private:
    void put(char c) noexcept { text[size++] = c; }
};
}  // namespace detail

/// Writes one JSON value to a stream: objects, arrays, strings, numbers, null.
/// Commas and quoting are its business; nesting is checked by the caller's structure.
class json_writer {
public:
    explicit json_writer(std::ostream& out) : out_(out) {}

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }

    /// The key of the next member of an object.
    json_writer& key(std::string_view k) {
        separate();
        write_string(k);
        out_ << ':';
        after_key_ = true;
        return *this;
    }

    json_writer& value(std::string_view s) {
        separate();
        write_string(s);
        return *this;
    }
    json_writer& value(const char* s) { return value(std::string_view(s)); }
    json_writer& value(bool b) {
        separate();
        out_ << (b ? "true" : "false");
        return *this;
    }
    json_writer& value(long long n) {
        separate();
        out_ << n;
        return *this;
    }
    json_writer& value(int n) { return value(static_cast<long long>(n)); }
    json_writer& value(std::size_t n) {
        separate();
        out_ << n;
        return *this;
    }
    /// A double as the shortest text that reads back to the same double (1040.0625), as
    /// std::to_chars writes it; null when not finite, which JSON cannot hold.
    json_writer& value(double d) {
        separate();
        if (std::isfinite(d))
            out_ << detail::shortest_text(d).view();
        else
            out_ << "null";
        return *this;
    }
    /// A decimal as a string, exactly as published.
    json_writer& value(decimal d) { return value(to_text(d).view()); }
    /// A decimal, or null when absent.
    json_writer& value(const maybe<decimal>& d) { return d ? value(*d) : null(); }
    json_writer& null() {
        separate();
        out_ << "null";
        return *this;
    }

    template <class T>
    json_writer& member(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }
    /// A string member, or null when empty.
    json_writer& member_or_null(std::string_view k, std::string_view v) {
        key(k);
        return string_or_null(v);
    }
    /// A string, or null when empty.
    json_writer& string_or_null(std::string_view v) { return v.empty() ? null() : value(v); }

private:
    json_writer& open(char c) {
        separate();
        out_ << c;
        if (depth_ < max_depth) first_[depth_] = true;
        ++depth_;
        return *this;
    }
    json_writer& close(char c) {
        --depth_;
        out_ << c;
        return *this;
    }
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ == 0 || depth_ > max_depth) return;
        if (!first_[depth_ - 1]) out_ << ',';
        first_[depth_ - 1] = false;
    }
    void write_string(std::string_view s) {
        static constexpr char hex[] = "0123456789abcdef";
        out_ << '"';
        for (const char c : s) {
            switch (c) {
                case '"': out_ << "\\\""; break;
                case '\\': out_ << "\\\\"; break;
                case '\n': out_ << "\\n"; break;
                case '\r': out_ << "\\r"; break;
                case '\t': out_ << "\\t"; break;
                default:
                    if (static_cast<unsigned char>(c) < 0x20) {
                        const auto u = static_cast<unsigned char>(c);
                        out_ << "\\u00" << hex[u >> 4] << hex[u & 0xF];
                    } else {
                        out_ << c;  // UTF-8 passes through: JSON text is UTF-8
                    }
            }
        }
        out_ << '"';
    }

    static constexpr std::size_t max_depth = 32;
    std::ostream& out_;
    bool first_[max_depth]{};
    std::size_t depth_ = 0;
    bool after_key_ = false;
};

namespace detail {
/// The list a rank is a place on, or null: its id, names, what it ranks by, and the
/// year of the data its list of a year ranks (`data_lag` years before).
inline void write_rank_list(json_writer& j, const rank_list* list) {
    if (list == nullptr) {
        j.null();
        return;
    }
    j.begin_object().member("id", list->id).member("called", list->called).member("name_zh", list->name_zh);
    j.member("name_en", list->name_en).member("ranks_by", list->what).member("data_lag", list->data_lag).end_object();
}

/// An entry's veto and tier, as the plan and the scorecard both give them.
inline void write_role_members(json_writer& j, const target& t) {
    j.member("vetoes", t.vetoes);
    j.member_or_null("stretch_word", t.tiered() ? name(t.stretch_word) : std::string_view{});
    j.key("stretch");
    if (t.tiered())
        j.value(t.stretch);
    else
        j.null();
}

inline void write_indicator(json_writer& j, const indicator_info& i) {
    j.begin_object().member("id", i.id).member("name_zh", i.name_zh).member("name_en", i.name_en);
    j.member("unit", i.measured_in->id).member("unit_zh", i.measured_in->symbol_zh).member("basis", name(i.basis));
    j.member("direction", name(i.better));
    j.key("domain").begin_object();
    j.key("low");
    if (i.values->low_edge == edge::none)
        j.null();
    else
        j.value(i.values->low);
    j.member("low_included", i.values->low_edge == edge::closed);
    j.key("high");
    if (i.values->high_edge == edge::none)
        j.null();
    else
        j.value(i.values->high);
    j.member("high_included", i.values->high_edge == edge::closed).member("rule", i.values->rule).end_object();
    j.member("definition", i.definition).member_or_null("source", i.source).member_or_null("note", i.note);
    j.key("rank_list");
    write_rank_list(j, i.ranked_on);
    j.end_object();
}
}  // namespace detail

/// The whole plan: its indicators, and every group with its targets and measures.
inline void write_json(std::ostream& out, const plan& p) {
    json_writer j(out);
    j.begin_object();
    j.key("plan").begin_object();
    j.member("id", p.id).member("region", p.region).member("region_zh", p.region_zh).member("region_en", p.region_en);
    j.member("year", p.year).member("presented", to_text(p.presented).view());
    j.end_object();
    j.key("indicators").begin_array();
    for (const indicator_info* i : indicators_of(p)) detail::write_indicator(j, *i);
    j.end_array();
    j.key("groups").begin_array();
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        j.begin_object().member("ordinal", g.ordinal).member("id", g.id);
        j.member("heading_zh", g.heading_zh).member("heading_en", g.heading_en);
        j.key("entries").begin_array();
        for (const target& t : g.entries) {
            j.begin_object();
            j.member("id", t.id()).member("group", g.id).member("kind", name(t.kind));
            j.key("value");
            if (t.has_value())
                j.value(t.value);
            else
                j.null();
            j.member("unit", t.measured_in().id);
            j.member("basis", basis_name(t));
            j.member("commitment", name(t.word)).member("commitment_zh", word_zh(t.word));
            j.member("phrase_zh", t.phrase_zh).member("name_en", t.name_en);
            j.member("indicator", t.indicator_id());
            j.member_or_null("other", t.other != nullptr ? t.other->id : std::string_view{});
            j.member_or_null("parent", t.parent);
            j.key("tolerance");
            if (t.tolerance.is_zero())
                j.null();
            else
                j.value(t.tolerance);
            j.member_or_null("deadline", t.deadline.ok() ? to_text(t.deadline).view() : std::string_view{});
            detail::write_role_members(j, t);
            j.member("assumed_band", t.assumed_band);
            j.key("base_year");
            if (t.kind == target_kind::versus_base_year)
                j.value(t.base_year);
            else
                j.null();
            j.member_or_null("relation", t.kind == target_kind::versus_previous ? name(t.rel) : std::string_view{});
            j.key("items").begin_array();
            for (const named_item& item : t.items)
                j.begin_object().member("zh", item.zh).member("en", item.en).end_object();
            j.end_array();
            j.end_object();
        }
        j.end_array().end_object();
    }
    j.end_array();
    j.end_object();
    out << '\n';
}

/// The catalogue: every section with its indicators, their units, bases, directions,
/// domains, definitions, sources and notes.
inline void write_json(std::ostream& out, span<const catalog::section> sections) {
    json_writer j(out);
    j.begin_object().key("catalog").begin_array();
    for (const catalog::section& s : sections) {
        j.begin_object().member("section", s.id).member("title_zh", s.title_zh).member("title_en", s.title_en);
        j.key("indicators").begin_array();
        for (const indicator_info* i : s.indicators) detail::write_indicator(j, *i);
        j.end_array().end_object();
    }
    j.end_array().end_object();
    out << '\n';
}

/// The table of words: {"words": [...]}, each phrase with what the Markdown table shows
/// (daye_model --words) and its commitment word: "stated" where the phrase is none.
inline void write_json(std::ostream& out, span<const phrase> table) {
    json_writer j(out);
    j.begin_object().key("words").begin_array();
    for (const phrase& p : table) {
        j.begin_object().member("zh", p.zh).member("example", p.example).member("en", p.en);
        j.member("line", name(p.against)).member("passes", name(p.rule)).member("strict", p.strict());
        j.member("role", name(p.role)).member("commitment", name(p.word));
        j.member("kind_higher_is_better", name(kind_of(p, direction::higher_is_better)));
        j.member("kind_lower_is_better", name(kind_of(p, direction::lower_is_better)));
        j.member("builder", p.builder).end_object();
    }
    j.end_array().end_object();
    out << '\n';
}

namespace detail {
inline void write_tally_members(json_writer& j, const tally& t) {
    j.member("met", t.met).member("missed", t.missed).member("unknown", t.unknown);
    j.member("not_applicable", t.not_applicable);
}
}  // namespace detail

/// A scorecard's members, into an object the caller has opened: for a program that adds
/// members of its own (daye_report adds the region scored and the vintages of its figures).
/// write_json(out, p, card) writes them alone.
template <std::size_t N>
void write_json_members(json_writer& j, const plan& p, const scorecard<N>& card) {
    j.member("plan", p.id).member("year", card.year());
    j.key("overall").begin_object().member("verdict", name(card.verdict()));
    detail::write_tally_members(j, card.overall());
    j.member("vetoed", card.vetoed()).member("veto", name(detail::veto_of(card)));
    j.key("red_lines_not_reported").begin_array();
    for (const std::string_view id : detail::red_lines_where(card, verdict::unknown)) j.value(id);
    j.end_array().member("complete", card.complete()).end_object();
    j.key("groups").begin_array();
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        const group& g = p.group_at(k);
        j.begin_object().member("id", g.id).member("ordinal", g.ordinal);
        j.member("heading_zh", g.heading_zh).member("heading_en", g.heading_en);
        detail::write_tally_members(j, card.of(g));
        j.end_object();
    }
    j.end_array();
    j.key("results").begin_array();
    for (const scored_entry& e : card.results()) {
        const target& t = *e.entry;
        const assessment& a = e.result;
        j.begin_object().member("id", t.id()).member("group", e.in->id).member("kind", name(t.kind));
        j.member("verdict", name(a.outcome()));
        j.member("commitment", name(t.word)).member("commitment_zh", word_zh(t.word));
        detail::write_role_members(j, t);
        j.key("reached_stretch");
        if (a.reached_stretch())
            j.value(*a.reached_stretch());
        else
            j.null();
        j.member("assumed_band", t.assumed_band);
        j.key("conditions").begin_array();
        for (std::size_t i = 0; i < a.conditions(); ++i) {
            j.begin_object().member("indicator", i == 0 ? t.indicator_id() : t.also[i - 1].indicator_id());
            j.member("verdict", name(a.condition(i))).member("reason", explain(a.condition_why(i))).end_object();
        }
        j.end_array();
        j.key("target");
        if (t.has_value())
            j.value(t.value);
        else
            j.string_or_null(t.kind == target_kind::milestone ? to_text(t.deadline).view() : std::string_view{});
        j.member("figure_bound", name(a.figure_bound()));
        j.key("actual");
        if (a.actual())
            j.value(*a.actual());
        else
            j.string_or_null(actual_text(t, a));
        j.member("unit", t.measured_in().id);
        j.key("gap").value(a.gap());
        j.key("status");
        if (a.actual() || a.actual_day() || a.progress())
            j.value(name(a.status()));
        else
            j.null();
        j.member("reason", reason(t, a, card.year()));
        // A rank names its list, and the year whose data the list of the plan's year ranks.
        const rank_list* list = t.reads != nullptr ? t.reads->ranked_on : nullptr;
        j.key("rank_list");
        detail::write_rank_list(j, list);
        j.key("rank_data_year");
        if (list != nullptr)
            j.value(list->data_year(card.year()));
        else
            j.null();
        j.key("compared").value(a.compared());
        j.key("ratio").value(a.ratio());
        j.key("completion").value(a.completion());
        j.key("margin_hectares").value(a.margin_hectares());
        j.member("inconsistent", a.inconsistent());
        j.member_or_null("missing", a.missing());
        j.member_or_null("did_you_mean", e.did_you_mean());
        j.end_object();
    }
    j.end_array();
    j.key("unread").begin_array();
    for (const unread_observation& u : card.unread()) {
        j.begin_object().member("indicator", u.indicator()).member("year", u.year);
        j.member_or_null("did_you_mean", u.nearest()).end_object();
    }
    j.end_array().member("unread_count", card.unread_count());
}

/// A scorecard: the overall verdict, each group's counts and every entry's result.
/// Decimals are strings as published or computed; absent values are null.
template <std::size_t N>
void write_json(std::ostream& out, const plan& p, const scorecard<N>& card) {
    json_writer j(out);
    j.begin_object();
    write_json_members(j, p, card);
    j.end_object();
    out << '\n';
}

}  // namespace v0
}  // namespace daye

#endif
