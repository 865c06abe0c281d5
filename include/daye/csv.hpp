// Observations from CSV, off the constexpr core (it uses the heap and the file system).
//
// The format of ../shared/data/daye-2024-reported.csv: a header
// indicator,year,value,unit,status,source and one observation a row. RFC 4180
// quoting, UTF-8, CRLF line ends and a UTF-8 byte-order mark are accepted.
//
// Strict on purpose: a file with any error yields no observations at all, and every
// error (up to a limit) is reported with file:line:column and the offending text, so
// that nothing is evaluated from half a file.
#ifndef DAYE_CSV_HPP
#define DAYE_CSV_HPP

#include <cstddef>
#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daye/csv_records.hpp"
#include "daye/observation.hpp"
#include "daye/plan.hpp"

namespace daye {

/// The observations of a file, or its errors; never both.
class observation_set {
public:
    bool ok() const noexcept { return errors_.empty(); }
    span<const observation> observations() const noexcept { return {observations_.data(), observations_.size()}; }
    const std::vector<csv_error>& errors() const noexcept { return errors_; }
    /// Errors found beyond the reporting limit.
    std::size_t errors_not_listed() const noexcept { return unlisted_; }

private:
    friend class csv_reader;
    std::deque<std::string> texts_;  // the sources the observations point into; a deque never moves them
    std::vector<observation> observations_;
    std::vector<csv_error> errors_;
    std::size_t unlisted_ = 0;
};

/// Reads observations of the indicators of one plan.
class csv_reader {
public:
    static constexpr std::string_view header = "indicator,year,value,unit,status,source";

    csv_reader(const plan& p, std::string file, std::size_t max_errors = 20)
        : plan_(p), file_(std::move(file)), max_errors_(max_errors) {}

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

        observation o;
        const indicator named = plan_.find_indicator(id.value);
        if (!named.known()) error(id, "unknown indicator (not in plan " + std::string(plan_.id) + ")");
        o.indicator = named.id;  // the plan's own string, which outlives this file

        o.year = parse_year(year_text.value);
        if (o.year == 0) error(year_text, "not a year (expected four digits)");

        const unit* u = find_unit(unit_text.value);
        if (u == nullptr)
            error(unit_text, "unknown unit");
        else if (named.known() && *u != *named.measured_in)
            error(unit_text,
                  "unit is not the unit of " + std::string(named.id) + " (" + std::string(named.measured_in->id) + ")");

        if (status_text.value == "preliminary")
            o.status = data_status::preliminary;
        else if (status_text.value != "reported")
            error(status_text, "status must be reported or preliminary");

        if (named.known()) read_value(o, *named.measured_in, value_field);

        if (named.known() && o.year != 0) {
            for (const auto& seen : seen_)
                if (seen.indicator == o.indicator && seen.year == o.year)
                    error(id, "duplicate: " + id.value + " " + year_text.value + " is already on line " +
                                  std::to_string(seen.line));
            seen_.push_back({o.indicator, o.year, line});
        }
        if (out_->errors_.size() + out_->unlisted_ != before) return;
        out_->texts_.push_back(record[5].value);
        o.source = out_->texts_.back();
        out_->observations_.push_back(o);
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

    void read_value(observation& o, const unit& u, const field& f) {
        if (u.kind == dimension::date) {
            const auto d = parse_date(f.value);
            if (d)
                o = observed(o.indicator, o.year, d.value(), o.status);
            else
                error(f, std::string(message(d.error())));
            return;
        }
        if (u.kind == dimension::status) {
            measure_status s{};
            if (parse_measure_status(f.value, s))
                o = observed(o.indicator, o.year, s, o.status);
            else
                error(f, "status must be done, under_way, not_started or unknown");
            return;
        }
        const auto d = parse_decimal(f.value);
        if (!d) {
            error(f, std::string(message(d.error())));
        } else if (d.value().places() > u.max_places) {
            error(f, "too many decimals: " + std::string(u.id) + " takes at most " + std::to_string(u.max_places));
        } else {
            o.kind = value_kind::number;
            o.number = d.value();
            o.measured_in = &u;
        }
    }

    struct seen_key {
        std::string_view indicator;
        int year;
        std::size_t line;
    };

    const plan& plan_;
    std::string file_;
    std::size_t max_errors_;
    observation_set* out_ = nullptr;
    std::vector<seen_key> seen_;
};

/// Observations from CSV text; `file` names it in error messages.
inline observation_set read_observations(std::string_view content, const plan& p, std::string file = "<input>",
                                         std::size_t max_errors = 20) {
    return csv_reader(p, std::move(file), max_errors).read(content);
}

/// Observations from a CSV file.
inline observation_set load_observations(const std::string& path, const plan& p, std::size_t max_errors = 20) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return csv_reader(p, path, max_errors).unreadable("cannot open the file");
    std::ostringstream content;
    content << in.rdbuf();
    return read_observations(content.str(), p, path, max_errors);
}

}  // namespace daye

#endif
