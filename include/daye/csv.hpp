// Observations from CSV, off the constexpr core (it uses the heap and the file system).
//
// The format of examples/data/*.csv: a header naming the columns, then one figure a row.
//   region     optional: the region's id; empty or absent for the region of the plan
//   indicator  an indicator of the plan
//   year       four digits
//   period     optional: empty or absent for the whole year; "jan-sep", "q3" (period.hpp)
//   value      the published decimal, a date (YYYY-MM-DD) or a measure's status
//   unit       the unit's id, which must be the indicator's
//   status     optional: reported (if absent), preliminary (预计) or revised
//   bound      optional: empty or absent for an exact value; above (突破, 超过: the value
//              is above it) or below (不到: it is below)
//   source     where the figure comes from, for people to check (may be empty)
// Columns come in any order. The records are RFC 4180 with UTF-8, CRLF line ends and a
// byte-order mark accepted (csv_records.hpp). A file is read in chunks into a panel
// (panel.hpp), so that memory grows with the figures, not with the text.
//
// Strict on purpose: a file with any error yields no observations at all, and every
// error (up to a limit) is reported with file:line:column and the offending text, so
// that nothing is evaluated from half a file. A key given twice with the same status is
// an error; several vintages of one key (preliminary, reported, revised) are not.
#ifndef DAYE_CSV_HPP
#define DAYE_CSV_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daye/csv_records.hpp"
#include "daye/observation.hpp"
#include "daye/panel.hpp"
#include "daye/plan.hpp"
#include "daye/string_pool.hpp"

namespace daye {

/// How to read a file.
struct read_options {
    std::size_t max_errors = 20;  ///< errors listed; those beyond are counted
    csv_limits limits;            ///< input size and record length
    /// Also keep every figure in the order of the file, for observations(). A large panel
    /// is better read without, and looked up through figures().
    bool list_rows = true;
};

/// The observations of a file, or its errors; never both.
class observation_set {
public:
    observation_set() = default;
    observation_set(observation_set&&) noexcept = default;
    observation_set& operator=(observation_set&&) noexcept = default;
    /// A copy's observations point into the copy's own figures.
    observation_set(const observation_set& other)
        : figures_(other.figures_), errors_(other.errors_), unlisted_(other.unlisted_), listed_(other.listed_) {
        if (listed_) list_rows();
    }
    observation_set& operator=(const observation_set& other) {
        if (this != &other) *this = observation_set(other);
        return *this;
    }
    ~observation_set() = default;

    bool ok() const noexcept { return errors_.empty() && unlisted_ == 0; }
    /// Every figure, in the order of the file (none when read without list_rows).
    span<const observation> observations() const noexcept { return {rows_.data(), rows_.size()}; }
    /// The figures by region, indicator, year and period, with their vintages.
    const panel& figures() const noexcept { return figures_; }
    const std::vector<csv_error>& errors() const noexcept { return errors_; }
    /// Errors found beyond the reporting limit.
    std::size_t errors_not_listed() const noexcept { return unlisted_; }

private:
    friend class csv_reader;

    void list_rows() {
        std::vector<std::pair<std::uint32_t, observation>> rows;
        rows.reserve(figures_.size());
        figures_.for_each([&](const observation& o, std::uint32_t line) { rows.emplace_back(line, o); });
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        rows_.clear();
        rows_.reserve(rows.size());
        for (const auto& r : rows) rows_.push_back(r.second);
    }

    panel figures_;
    std::vector<observation> rows_;  // views into figures_
    std::vector<csv_error> errors_;
    std::size_t unlisted_ = 0;
    bool listed_ = false;
};

/// Reads observations of the indicators of one plan.
class csv_reader {
public:
    /// The columns of a file, in the order of the table at the top of this header.
    struct col {
        enum : std::size_t { region, indicator, year, period, value, unit, status, bound, source };
    };
    static constexpr csv_column columns[] = {{"region", false}, {"indicator", true}, {"year", true},
                                             {"period", false}, {"value", true},     {"unit", true},
                                             {"status", false}, {"bound", false},    {"source", true}};

    csv_reader(const plan& p, std::string file, read_options options = {})
        : plan_(p), file_(std::move(file)), options_(options) {}

    /// The observations of CSV text.
    observation_set read(std::string_view content) { return run(csv_input::text(content)); }

    /// The observations of the file `file` names.
    observation_set load() { return run(csv_input::file(file_)); }

    /// The observation one row states, or false with its errors reported: the rules of
    /// a row, in one place.
    bool read_row(const csv_record& row, observation& o, csv_errors& errors) {
        const std::size_t before = errors.count();
        // Messages are made only for errors: most rows have none.
        const auto require = [&](bool good, std::size_t c, const char* message) {
            if (!good) error(errors, row, c, message);
            return good;
        };

        o = observation{};
        o.region = columns_.text(row, col::region);
        require(o.region.empty() || (o.region.front() != ' ' && o.region.back() != ' '), col::region,
                "a region id with spaces at its ends");

        const std::string_view id = columns_.text(row, col::indicator);
        const indicator* named = find_indicator(id);
        if (named != nullptr)
            o.indicator = named->id;  // the plan's own string
        else
            error(errors, row, col::indicator, "unknown indicator (not in plan " + std::string(plan_.id) + ")");

        const std::string_view year_text = columns_.text(row, col::year);
        o.year = parse_year(year_text);
        if (require(o.year >= 0, col::year, "not a year (expected four digits)"))
            require(o.year != 0, col::year, "not a year: years run from 0001 to 9999");

        const auto covers = parse_period(columns_.text(row, col::period));
        if (require(covers.ok(), col::period, "not a period (empty for the whole year, jan-sep, sep or q3)"))
            o.covers = covers.value();

        const std::string_view unit_text = columns_.text(row, col::unit);
        const unit* written =
            named != nullptr && unit_text == named->measured_in->id ? named->measured_in : find_unit(unit_text);
        if (require(written != nullptr, col::unit, "unknown unit") && named != nullptr &&
            *written != *named->measured_in)
            error(
                errors, row, col::unit,
                "unit is not the unit of " + std::string(named->id) + " (" + std::string(named->measured_in->id) + ")");

        const std::string_view status_text = columns_.text(row, col::status);
        if (columns_.field(row, col::status) == nullptr || status_text == "reported")
            o.status = data_status::reported;
        else if (status_text == "preliminary")
            o.status = data_status::preliminary;
        else if (status_text == "revised")
            o.status = data_status::revised;
        else
            require(false, col::status, "status must be reported, preliminary or revised");

        const std::string_view bound_text = columns_.text(row, col::bound);
        if (bound_text == "above")
            o.bound = value_bound::above;
        else if (bound_text == "below")
            o.bound = value_bound::below;
        else
            require(bound_text.empty(), col::bound, "bound must be empty (an exact value), above or below");

        if (named != nullptr) read_value(row, *named->measured_in, o, errors);
        o.source = columns_.text(row, col::source);
        return errors.count() == before;
    }

private:
    observation_set run(const csv_input& input) {
        csv_errors errors(file_, options_.max_errors);
        panel figures;
        observation o;
        for_each_csv_row(
            input, columns_, errors,
            [&](const csv_record& row) {
                if (!read_row(row, o, errors)) return;
                if (row.line() > 0xFFFFFFFFu)
                    errors.add(row.line(), 1, "more than 2^32 - 1 lines");
                else
                    figures.add(o, static_cast<std::uint32_t>(row.line()));
            },
            options_.limits);
        figures.index([&](const panel_duplicate& d) {
            std::string key = d.figure.region.empty() ? "" : std::string(d.figure.region) + " ";
            key += std::string(d.figure.indicator) + " " + std::to_string(d.figure.year);
            if (!d.figure.covers.whole_year()) key += " " + std::string(period_id(d.figure.covers).view());
            if (d.figure.status != data_status::reported) key += " " + std::string(name(d.figure.status));
            errors.add(d.line, 1, "duplicate: " + key + " is already on line " + std::to_string(d.first_line),
                       d.figure.indicator);
        });
        observation_set out;
        if (errors.any()) {
            errors.sort_by_place();
            out.errors_ = errors.listed();
            out.unlisted_ = errors.unlisted();
            return out;
        }
        out.figures_ = std::move(figures);
        out.listed_ = options_.list_rows;
        if (out.listed_) out.list_rows();
        return out;
    }

    void error(csv_errors& errors, const csv_record& row, std::size_t c, std::string message) const {
        const csv_field* f = columns_.field(row, c);
        errors.add(f->line(), f->column(), std::move(message), f->text());
    }

    /// The plan's indicator of this id, or nullptr. Known ids are remembered: a panel
    /// names a few indicators on many rows.
    const indicator* find_indicator(std::string_view id) {
        const string_pool::id_type seen = known_ids_.find(id);
        if (seen != string_pool::none) return &known_[seen];
        const indicator named = plan_.find_indicator(id);
        if (!named.known()) return nullptr;
        known_ids_.intern(id);
        known_.push_back(named);
        return &known_.back();
    }

    /// Four digits, 0 for "0000", -1 for anything else.
    static int parse_year(std::string_view s) noexcept {
        if (s.size() != 4) return -1;
        int y = 0;
        for (const char c : s) {
            if (c < '0' || c > '9') return -1;
            y = y * 10 + (c - '0');
        }
        return y;
    }

    void read_value(const csv_record& row, const unit& u, observation& o, csv_errors& errors) const {
        const csv_field& f = *columns_.field(row, col::value);
        const auto fail = [&](std::string message) { errors.add(f.line(), f.column(), std::move(message), f.text()); };
        if (u.kind == dimension::date || u.kind == dimension::status) {
            if (o.bound != value_bound::exact) error(errors, row, col::bound, "a bound applies to numbers only");
            if (u.kind == dimension::date) {
                const auto d = parse_date(f.text());
                if (!d) return fail(std::string(message(d.error())));
                o.kind = value_kind::day;
                o.day = d.value();
            } else {
                if (!parse_measure_status(f.text(), o.progress))
                    return fail("status must be done, under_way, not_started or unknown");
                o.kind = value_kind::progress;
            }
            o.measured_in = &u;
            return;
        }
        const auto d = parse_decimal(f.text());
        if (!d) return fail(std::string(message(d.error())));
        if (d.value().places() > u.max_places)
            return fail("too many decimals: " + std::string(u.id) + " takes at most " + std::to_string(u.max_places));
        o.kind = value_kind::number;
        o.number = d.value();
        o.measured_in = &u;
    }

    const plan& plan_;
    std::string file_;
    read_options options_;
    csv_header columns_{columns};
    string_pool known_ids_;
    std::vector<indicator> known_;  // by id in known_ids_
};

/// Observations from CSV text; `file` names it in error messages.
inline observation_set read_observations(std::string_view content, const plan& p, std::string file,
                                         const read_options& options) {
    return csv_reader(p, std::move(file), options).read(content);
}
inline observation_set read_observations(std::string_view content, const plan& p, std::string file = "<input>",
                                         std::size_t max_errors = 20) {
    read_options options;
    options.max_errors = max_errors;
    return read_observations(content, p, std::move(file), options);
}

/// Observations from a CSV file.
inline observation_set load_observations(const std::string& path, const plan& p, const read_options& options) {
    return csv_reader(p, path, options).load();
}
inline observation_set load_observations(const std::string& path, const plan& p, std::size_t max_errors = 20) {
    read_options options;
    options.max_errors = max_errors;
    return load_observations(path, p, options);
}

}  // namespace daye

#endif
