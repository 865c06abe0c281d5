// Observations from CSV, off the constexpr core (it uses the heap and the file system).
//
// The format of examples/data/daye-2024-reported.csv: a header
// indicator,year,value,unit,status,source and one observation a row. RFC 4180
// quoting, UTF-8, CRLF line ends and a UTF-8 byte-order mark are accepted.
//
// Units: every unit of the library (units::all), of the plan's indicators, of the
// catalogue's, and any the caller passes. A value in another unit of its indicator's
// dimension is converted exactly into the indicator's unit (67.44 亿元 given as 674400
// wan_yuan); a unit of another dimension, or no known unit, is an error. A value its
// indicator cannot take (a rank of 0, a growth of -150 %) is an error naming the rule.
//
// Indicators: those the plan reads, its measures and milestones, and the catalogue's,
// are checked against what is known of them. A row of an indicator nobody declared is
// kept if it is otherwise sound (its unit known, its value one its unit allows), so
// that score() can say the plan does not read it: a misspelt id, or another plan's data.
//
// Strict on purpose: a file with any error yields no observations at all, and every
// error (up to a limit) is reported with file:line:column and the offending text, so
// that nothing is evaluated from half a file.
#ifndef DAYE_CSV_HPP
#define DAYE_CSV_HPP

#include <cstddef>
#include <deque>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daye/catalog.hpp"
#include "daye/observation.hpp"
#include "daye/plan.hpp"

namespace daye {
inline namespace v0 {

/// One problem of an input file.
struct csv_error {
    std::string file;
    std::size_t line = 0;    ///< 1-based; 0 when the file could not be read at all
    std::size_t column = 0;  ///< 1-based, in characters
    std::string message;     ///< what is wrong
    std::string text;        ///< the offending text, as found
};

/// "file:line:column: message: 'text'"
inline std::string to_string(const csv_error& e) {
    std::string s = e.file;
    if (e.line != 0) s += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
    s += ": " + e.message;
    if (!e.text.empty()) s += ": '" + e.text + "'";
    return s;
}

/// The observations of a file, or its errors; never both. The observations refer to
/// text the set holds (sources, ids nobody declared), so a set moves but does not copy:
/// a copy would refer to the original's storage.
class observation_set {
public:
    observation_set() = default;
    observation_set(const observation_set&) = delete;
    observation_set& operator=(const observation_set&) = delete;
    observation_set(observation_set&&) noexcept = default;  // a deque moves its blocks, not its strings
    observation_set& operator=(observation_set&&) noexcept = default;

    bool ok() const noexcept { return errors_.empty(); }
    span<const observation> observations() const noexcept { return {observations_.data(), observations_.size()}; }
    const std::vector<csv_error>& errors() const noexcept { return errors_; }
    /// Errors found beyond the reporting limit.
    std::size_t errors_not_listed() const noexcept { return unlisted_; }

private:
    friend class csv_reader;
    std::deque<std::string> texts_;           // sources the observations point into; a deque never moves them
    std::set<std::string, std::less<>> ids_;  // ids nobody declared, once each; nodes never move
    std::vector<observation> observations_;
    std::vector<csv_error> errors_;
    std::size_t unlisted_ = 0;
};

/// How a file is read besides its plan.
struct csv_options {
    std::size_t max_errors = 20;    ///< errors listed; the rest are counted
    span<const unit* const> units;  ///< units of the caller's own, beside the library's, plan's and catalogue's
};

/// Reads observations for one plan.
class csv_reader {
public:
    static constexpr std::string_view header = "indicator,year,value,unit,status,source";

    csv_reader(const plan& p, std::string file, const csv_options& options = {})
        : plan_(p), file_(std::move(file)), max_errors_(options.max_errors), extra_units_(options.units) {}

    observation_set read(std::string_view content) {
        observation_set out;
        out_ = &out;
        seen_.clear();
        parse(content);
        if (!out.errors_.empty()) {
            out.observations_.clear();
            out.texts_.clear();
        }
        out_ = nullptr;
        return out;
    }

    /// The set for a file that could not be read at all.
    observation_set unreadable(std::string why) const {
        observation_set out;
        out.errors_.push_back(csv_error{file_, 0, 0, std::move(why), ""});
        return out;
    }

private:
    struct field {
        std::string value;
        std::size_t line = 0;
        std::size_t column = 0;
    };

    void error(std::size_t line, std::size_t column, std::string message, std::string_view text) {
        if (out_->errors_.size() < max_errors_)
            out_->errors_.push_back(csv_error{file_, line, column, std::move(message), std::string(text)});
        else
            ++out_->unlisted_;
    }
    void error(const field& f, std::string message) { error(f.line, f.column, std::move(message), f.value); }

    static bool valid_utf8(std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            const auto c = static_cast<unsigned char>(s[i]);
            const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            if (n == 0 || i + n > s.size()) return false;
            for (std::size_t k = 1; k < n; ++k)
                if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
            i += n;
        }
        return true;
    }

    /// Splits the content into records of fields (RFC 4180), reporting quoting errors.
    void parse(std::string_view content) {
        if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
        if (content.empty()) {
            error(1, 1, "empty file: expected the header " + std::string(header), "");
            return;
        }
        std::vector<field> record;
        field current;
        std::size_t line = 1;
        std::size_t column = 1;
        std::size_t record_line = 1;
        bool in_quotes = false;
        bool quoted = false;       // the current field began with a quote
        bool after_quote = false;  // a quoted field has closed; only ',' or a line end may follow
        bool header_seen = false;
        const auto start_field = [&] {
            current = field{};
            current.line = line;
            current.column = column;
            quoted = false;
            after_quote = false;
        };
        const auto end_record = [&] {
            record.push_back(current);
            if (!header_seen) {
                check_header(record, record_line);
                header_seen = true;
            } else {
                take(record, record_line);
            }
            record.clear();
        };
        start_field();
        for (std::size_t i = 0; i < content.size(); ++i) {
            const char c = content[i];
            const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
            if (in_quotes) {
                if (c == '"' && i + 1 < content.size() && content[i + 1] == '"') {
                    current.value += '"';
                    ++i;
                    column += 2;
                    continue;
                }
                if (c == '"') {
                    in_quotes = false;
                    after_quote = true;
                } else {
                    current.value += c;
                    if (c == '\n') {
                        ++line;
                        column = 1;
                        continue;
                    }
                }
            } else if (c == '"' && current.value.empty() && !quoted) {
                in_quotes = true;
                quoted = true;
            } else if (c == ',') {
                record.push_back(current);
                ++column;
                start_field();
                continue;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
                if (record.empty() && current.value.empty() && !quoted) {
                    if (i + 1 < content.size()) error(line, 1, "empty line", "");
                } else {
                    end_record();
                }
                ++line;
                column = 1;
                record_line = line;
                start_field();
                continue;
            } else if (after_quote) {
                error(line, column, "text after a closing quote (write \"\" for a quote inside a quoted field)",
                      std::string(1, c));
                after_quote = false;
                current.value += c;
            } else {
                if (c == '"') error(line, column, "quote inside an unquoted field (quote the whole field)", "\"");
                current.value += c;
            }
            if (!continuation) ++column;
        }
        if (in_quotes) {
            error(current.line, current.column, "quoted field not closed at the end of the file", current.value);
            return;
        }
        if (!record.empty() || !current.value.empty() || quoted) end_record();
        if (!header_seen) error(1, 1, "empty file: expected the header " + std::string(header), "");
    }

    void check_header(const std::vector<field>& record, std::size_t line) {
        std::string found;
        for (std::size_t i = 0; i < record.size(); ++i) found += (i == 0 ? "" : ",") + record[i].value;
        if (found != header) error(line, 1, "the header must be " + std::string(header), found);
    }

    /// Checks one data record and, when it is sound, keeps its observation.
    void take(const std::vector<field>& record, std::size_t line) {
        constexpr std::size_t columns = 6;
        if (record.size() != columns) {
            const field& at = record.size() > columns ? record[columns] : record.back();
            error(at.line, at.column,
                  (record.size() > columns ? "extra column: " : "short row: ") + std::to_string(record.size()) +
                      " fields, expected 6 (" + std::string(header) + ")",
                  record.size() > columns ? at.value : std::string());
            return;
        }
        const std::size_t before = out_->errors_.size() + out_->unlisted_;
        for (const field& f : record)
            if (!valid_utf8(f.value)) error(f, "not valid UTF-8");
        const field& id = record[0];
        const field& year_text = record[1];
        const field& value_field = record[2];
        const field& unit_text = record[3];
        const field& status_text = record[4];

        // What is known of the indicator: the plan's or the catalogue's, or a measure or
        // milestone of the plan (their progress or day is reported under their own id).
        const indicator_info* info = plan_.find_indicator(id.value);
        if (info == nullptr) info = catalog::find(id.value);
        const target* entry = info == nullptr ? plan_.find_target(id.value) : nullptr;
        if (entry != nullptr && entry->reads != nullptr) entry = nullptr;  // a named target's id is no data
        const unit* expected = info != nullptr ? info->measured_in : entry != nullptr ? &entry->measured_in() : nullptr;

        const int year = parse_year(year_text.value);
        if (year == 0) error(year_text, "not a year (expected four digits)");

        const unit* u = find_unit(unit_text.value);
        if (u == nullptr) {
            error(unit_text, "unknown unit");
        } else if (expected != nullptr && !convertible(*u, *expected)) {
            error(unit_text, "unit does not measure " + id.value + ", which is in " + std::string(expected->id) + " (" +
                                 std::string(expected->measures->name_en) + ")");
            u = nullptr;
        }

        data_status status = data_status::reported;
        if (!parse_status(status_text.value, status))
            error(status_text, "status must be reported, preliminary or revised");

        observation o;
        if (u != nullptr && year != 0) {
            const std::string_view kept = info != nullptr    ? info->id
                                          : entry != nullptr ? entry->id()
                                                             : intern(id.value);
            read_value(o, kept, year, *u, expected != nullptr ? *expected : *u, info, value_field);
        }

        if (year != 0) {
            bool repeated = false;
            for (const auto& seen : seen_)
                if (seen.indicator == id.value && seen.year == year) {
                    error(id, "duplicate: " + id.value + " " + year_text.value + " is already on line " +
                                  std::to_string(seen.line));
                    repeated = true;
                    break;  // one error a repeated row, naming the first
                }
            if (!repeated) seen_.push_back({id.value, year, line});
        }
        if (out_->errors_.size() + out_->unlisted_ != before) return;
        out_->texts_.push_back(record[5].value);
        out_->observations_.push_back(o.with_status(status).from(out_->texts_.back().c_str()));
    }

    /// An id nobody declared, held by the set so that its observations can refer to it.
    std::string_view intern(const std::string& id) { return *out_->ids_.insert(id).first; }

    static bool parse_status(std::string_view text, data_status& out) {
        constexpr data_status all[] = {data_status::reported, data_status::preliminary, data_status::revised};
        for (const data_status s : all)
            if (name(s) == text) {
                out = s;
                return true;
            }
        return false;
    }

    /// The unit of this id among the caller's, the library's, the plan's and the catalogue's.
    const unit* find_unit(std::string_view unit_id) const {
        for (const unit* u : extra_units_)
            if (u->id == unit_id) return u;
        if (const unit* u = daye::find_unit(unit_id)) return u;
        for (const indicator_info* i : indicators_of_plan())
            if (i->measured_in->id == unit_id) return i->measured_in;
        for (const catalog::section& s : catalog::sections)
            for (const indicator_info* i : s.indicators)
                if (i->measured_in->id == unit_id) return i->measured_in;
        return nullptr;
    }

    std::vector<const indicator_info*> indicators_of_plan() const {
        std::vector<const indicator_info*> out;
        for (std::size_t k = 0; k < plan_.group_count(); ++k)
            for (const target& t : plan_.group_at(k).entries) {
                if (t.reads != nullptr) out.push_back(t.reads);
                if (t.other != nullptr) out.push_back(t.other);
            }
        return out;
    }

    static int parse_year(std::string_view s) {
        if (s.size() != 4) return 0;
        int y = 0;
        for (const char c : s) {
            if (c < '0' || c > '9') return 0;
            y = y * 10 + (c - '0');
        }
        return y;
    }

    /// The value of `f`, given in `u`, as an observation of `id` in `to` (the indicator's
    /// unit, or `u` when the indicator is unknown), checked against what `info` allows.
    void read_value(observation& o, std::string_view id, int year, const unit& u, const unit& to,
                    const indicator_info* info, const field& f) {
        if (u.measures == &dimensions::date) {
            const auto d = parse_date(f.value);
            if (d)
                o = observation(id, year, d.value());
            else
                error(f, std::string(message(d.error())));
            return;
        }
        if (u.measures == &dimensions::status) {
            measure_status s{};
            if (parse_measure_status(f.value, s))
                o = observation(id, year, s);
            else
                error(f, "status must be done, under_way, not_started or unknown");
            return;
        }
        const auto d = parse_decimal(f.value);
        if (!d) {
            error(f, std::string(message(d.error())));
            return;
        }
        if (d.value().places() > u.max_places) {
            error(f, "too many decimals: " + std::string(u.id) + " takes at most " + std::to_string(u.max_places));
            return;
        }
        const auto v = convert(d.value(), u, to);
        if (!v) {
            error(f, "does not convert exactly into " + std::string(to.id) + ": " + std::string(message(v.error())));
            return;
        }
        const std::string_view rule = info != nullptr        ? info->rule_broken_by(v.value())
                                      : to.allows(v.value()) ? std::string_view{}
                                      : to.usual->contains(v.value())
                                          ? std::string_view("beyond the sane magnitude of the unit")
                                          : to.usual->rule;
        if (!rule.empty()) {
            error(f, "outside the domain of " + std::string(id) + ": " + std::string(rule));
            return;
        }
        o = observation(id, year, v.value(), to);
    }

    struct seen_key {
        std::string indicator;
        int year;
        std::size_t line;
    };

    const plan& plan_;
    std::string file_;
    std::size_t max_errors_;
    span<const unit* const> extra_units_;
    observation_set* out_ = nullptr;
    std::vector<seen_key> seen_;
};

/// Observations from CSV text; `file` names it in error messages.
inline observation_set read_observations(std::string_view content, const plan& p, std::string file = "<input>",
                                         const csv_options& options = {}) {
    return csv_reader(p, std::move(file), options).read(content);
}

/// Observations from a CSV file.
inline observation_set load_observations(const std::string& path, const plan& p, const csv_options& options = {}) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return csv_reader(p, path, options).unreadable("cannot open the file");
    std::ostringstream content;
    content << in.rdbuf();
    return read_observations(content.str(), p, path, options);
}

}  // namespace v0
}  // namespace daye

#endif
