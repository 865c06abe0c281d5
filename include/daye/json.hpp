// JSON output, off the constexpr core: a small streaming writer, the plan and a
// scorecard as JSON.
//
// Decimals are written as strings exactly as published ("8.0", "67.44"), so that no
// reader turns them into binary floats on the way; absent values are null.
#ifndef DAYE_JSON_HPP
#define DAYE_JSON_HPP

#include <charconv>
#include <cstddef>
#include <ostream>
#include <string_view>

#include "daye/decimal.hpp"
#include "daye/io.hpp"
#include "daye/plan.hpp"
#include "daye/scorecard.hpp"

namespace daye {
inline namespace v0 {

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
    /// A double as the shortest text that reads back to the same double (1040.0625).
    json_writer& value(double d) {
        separate();
        char buffer[32];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, d);
        out_ << std::string_view(buffer, static_cast<std::size_t>(written.ptr - buffer));
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

namespace detail {
inline void write_tally_members(json_writer& j, const tally& t) {
    j.member("met", t.met).member("missed", t.missed).member("unknown", t.unknown);
    j.member("not_applicable", t.not_applicable);
}
}  // namespace detail

/// A scorecard: the overall verdict, each group's counts and every entry's result.
/// Decimals are strings as published or computed; absent values are null.
template <std::size_t N>
void write_json(std::ostream& out, const plan& p, const scorecard<N>& card) {
    json_writer j(out);
    j.begin_object().member("plan", p.id).member("year", card.year());
    j.key("overall").begin_object().member("verdict", name(card.verdict()));
    detail::write_tally_members(j, card.overall());
    j.member("vetoed", card.vetoed()).member("complete", card.complete()).end_object();
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
        j.key("target");
        if (t.has_value())
            j.value(t.value);
        else
            j.string_or_null(t.kind == target_kind::milestone ? to_text(t.deadline).view() : std::string_view{});
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
        j.member("reason", reason(a));
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
    j.end_array().member("unread_count", card.unread_count()).end_object();
    out << '\n';
}

}  // namespace v0
}  // namespace daye

#endif
