// Observations from CSV, off the constexpr core (it uses the heap and the file system).
//
// The format of examples/data/*.csv: a header naming the columns, then one figure a row.
//   region     optional: the region's id; empty or absent for the region of the plan
//   indicator  the indicator's id
//   year       four digits, 0001 to 9999
//   period     optional: empty or absent for the whole year; "jan-sep", "q3" (period.hpp)
//   value      the published decimal, a date (YYYY-MM-DD) or a measure's status
//   unit       the unit's id
//   status     optional: reported (if absent), preliminary (预计) or revised
//   bound      optional: empty or absent for an exact value; above (突破, 超过: the value
//              is above it) or below (不到: it is below)
//   source     where the figure comes from, for people to check (may be empty)
// Columns come in any order, so examples/data/daye-2024-reported.csv (indicator, year,
// value, unit, status, source) reads as it is. The records are RFC 4180 with UTF-8,
// CRLF line ends and a byte-order mark accepted (csv_records.hpp). A file is read in
// chunks into a panel (panel.hpp), so that memory grows with the figures, not the text.
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

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/catalog.hpp"
#include "daye/csv_records.hpp"
#include "daye/observation.hpp"
#include "daye/panel.hpp"
#include "daye/plan.hpp"
#include "daye/string_pool.hpp"

namespace daye {
inline namespace v0 {

/// How a file is read besides its plan.
struct csv_options {
    std::size_t max_errors = 20;    ///< errors listed; the rest are counted
    span<const unit* const> units;  ///< units of the caller's own, beside the library's, plan's and catalogue's
    csv_limits limits;              ///< input size and record length
    /// Also keep every figure in the order of the file, for observations(). A large panel
    /// is better read without, and looked up through figures().
    bool list_rows = true;
};

/// The observations of a file, or its errors; never both. The observations refer to
/// text the set holds (ids, regions, sources), so a set moves but does not copy: a copy
/// would refer to the original's storage. Units passed in csv_options must outlive it.
class observation_set {
public:
    observation_set() = default;
    observation_set(const observation_set&) = delete;
    observation_set& operator=(const observation_set&) = delete;
    observation_set(observation_set&&) noexcept = default;  // a panel's strings stay where they are
    observation_set& operator=(observation_set&&) noexcept = default;
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
};

/// Reads observations for one plan.
class csv_reader {
public:
    /// The columns of a file, in the order of the table at the top of this header.
    struct col {
        enum : std::size_t { region, indicator, year, period, value, unit, status, bound, source };
    };
    static constexpr csv_column columns[] = {{"region", false}, {"indicator", true}, {"year", true},
                                             {"period", false}, {"value", true},     {"unit", true},
                                             {"status", false}, {"bound", false},    {"source", true}};
    /// The header of the simplest file: one region, whole years, exact figures
    /// (examples/data/daye-2024-reported.csv).
    static constexpr std::string_view header = "indicator,year,value,unit,status,source";

    csv_reader(const plan& p, std::string file, const csv_options& options = {})
        : plan_(p), file_(std::move(file)), options_(options) {
        // Units by id, the first of each id winning: the caller's, the library's, the
        // plan's, the catalogue's.
        const auto add = [&](const unit* u) {
            if (unit_ids_.intern(u->id) == units_.size()) units_.push_back(u);
        };
        for (const unit* u : options_.units) add(u);
        for (const unit* u : units::all) add(u);
        for (std::size_t k = 0; k < plan_.group_count(); ++k)
            for (const target& t : plan_.group_at(k).entries) {
                if (t.reads != nullptr) add(t.reads->measured_in);
                if (t.other != nullptr) add(t.other->measured_in);
            }
        for (const catalog::section& s : catalog::sections)
            for (const indicator_info* i : s.indicators) add(i->measured_in);
    }

    /// The observations of CSV text.
    observation_set read(std::string_view content) { return run(csv_input::text(content)); }

    /// The observations of the file `file` names.
    observation_set load() { return run(csv_input::file(file_)); }

    /// The observation one row states, or false with its errors reported: the rules of
    /// a row, in one place. The observation's text points into the row (for an id nobody
    /// declared, the region and the source): valid only while the row is.
    bool read_row(const csv_record& row, observation& o, csv_errors& errors) {
        const std::size_t before = errors.count();
        // Messages are made only for errors: most rows have none.
        const auto require = [&](bool good, std::size_t c, const char* message) {
            if (!good) error(errors, row, c, message);
            return good;
        };

        const std::string_view region = columns_.text(row, col::region);
        require(region.empty() || (region.front() != ' ' && region.back() != ' '), col::region,
                "a region id with spaces at its ends");

        const std::string_view id = columns_.text(row, col::indicator);
        const known& k = what_is_known(id);
        require(!id.empty(), col::indicator, "empty indicator id");

        const std::string_view year_text = columns_.text(row, col::year);
        const int year = parse_year(year_text);
        if (require(year >= 0, col::year, "not a year (expected four digits)"))
            require(year != 0, col::year, "not a year: years run from 0001 to 9999");

        const auto covers = parse_period(columns_.text(row, col::period));
        require(covers.ok(), col::period, "not a period (empty for the whole year, jan-sep, sep or q3)");

        const std::string_view unit_text = columns_.text(row, col::unit);
        const unit* written = k.expected != nullptr && unit_text == k.expected->id ? k.expected : find_unit(unit_text);
        if (!require(written != nullptr, col::unit, "unknown unit")) {
        } else if (k.expected != nullptr && !convertible(*written, *k.expected)) {
            error(errors, row, col::unit,
                  "unit does not measure " + std::string(k.id) + ", which is in " + std::string(k.expected->id) + " (" +
                      std::string(k.expected->measures->name_en) + ")");
            written = nullptr;
        }

        const std::string_view status_text = columns_.text(row, col::status);
        data_status status = data_status::reported;
        if (columns_.field(row, col::status) == nullptr || status_text == "reported")
            status = data_status::reported;
        else if (status_text == "preliminary")
            status = data_status::preliminary;
        else if (status_text == "revised")
            status = data_status::revised;
        else
            require(false, col::status, "status must be reported, preliminary or revised");

        const std::string_view bound_text = columns_.text(row, col::bound);
        value_bound bound = value_bound::exact;
        if (bound_text == "above")
            bound = value_bound::above;
        else if (bound_text == "below")
            bound = value_bound::below;
        else
            require(bound_text.empty(), col::bound, "bound must be empty (an exact value), above or below");

        if (written != nullptr) {
            const std::string_view kept = k.id.empty() ? id : k.id;
            o = read_value(row, kept, year, *written, k.expected != nullptr ? *k.expected : *written, k.info, errors);
            if (bound != value_bound::exact && o.kind() != value_kind::number)
                error(errors, row, col::bound, "a bound applies to numbers only");
        }
        if (errors.count() != before) return false;
        o = o.in(region).during(covers.value()).bounded(bound).with_status(status);
        source_ = columns_.text(row, col::source);  // the row's text is not terminated: a copy is
        o = o.from(source_.c_str());
        return true;
    }

private:
    /// What the plan and the catalogue know of an id.
    struct known {
        const indicator_info* info = nullptr;  // an indicator of the plan or of the catalogue
        const unit* expected = nullptr;        // its unit, or a measure's or milestone's
        std::string_view id;                   // the declared id (static text), or "" when nobody declared it
    };

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
            std::string key = d.figure.region().empty() ? "" : std::string(d.figure.region()) + " ";
            key += std::string(d.figure.indicator()) + " " + std::to_string(d.figure.year());
            if (!d.figure.covers().whole_year()) key += " " + std::string(period_id(d.figure.covers()).view());
            if (d.figure.status() != data_status::reported) key += " " + std::string(name(d.figure.status()));
            errors.add(d.line, 1, "duplicate: " + key + " is already on line " + std::to_string(d.first_line),
                       d.figure.indicator());
        });
        observation_set out;
        if (errors.any()) {
            errors.sort_by_place();
            out.errors_ = errors.listed();
            out.unlisted_ = errors.unlisted();
            return out;
        }
        out.figures_ = std::move(figures);
        if (options_.list_rows) out.list_rows();
        return out;
    }

    void error(csv_errors& errors, const csv_record& row, std::size_t c, std::string message) const {
        const csv_field* f = columns_.field(row, c);
        errors.add(f->line(), f->column(), std::move(message), f->text());
    }

    /// What is known of `id`: the plan's indicator, the catalogue's, or a measure or
    /// milestone of the plan (their progress or day is reported under their own id).
    /// Remembered: a panel names a few indicators on many rows.
    const known& what_is_known(std::string_view id) {
        const string_pool::id_type seen = known_ids_.find(id);
        if (seen != string_pool::none) return known_[seen];
        known k;
        k.info = plan_.find_indicator(id);
        if (k.info == nullptr) k.info = catalog::find(id);
        const target* entry = k.info == nullptr ? plan_.find_target(id) : nullptr;
        if (entry != nullptr && entry->reads != nullptr) entry = nullptr;  // a named target's id is no data
        if (k.info != nullptr) {
            k.expected = k.info->measured_in;
            k.id = k.info->id;
        } else if (entry != nullptr) {
            k.expected = &entry->measured_in();
            k.id = entry->id();
        }
        known_ids_.intern(id);
        known_.push_back(k);
        return known_.back();
    }

    /// The unit of this id among the caller's, the library's, the plan's and the
    /// catalogue's, or nullptr.
    const unit* find_unit(std::string_view unit_id) const noexcept {
        const string_pool::id_type i = unit_ids_.find(unit_id);
        return i == string_pool::none ? nullptr : units_[i];
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

    /// The value of the row, given in `u`, as an observation of `id` in `to` (the
    /// indicator's unit, or `u` when the indicator is unknown), checked against what
    /// `info` allows.
    observation read_value(const csv_record& row, std::string_view id, int year, const unit& u, const unit& to,
                           const indicator_info* info, csv_errors& errors) const {
        const csv_field& f = *columns_.field(row, col::value);
        const auto fail = [&](std::string message) {
            errors.add(f.line(), f.column(), std::move(message), f.text());
            return observation();
        };
        if (u.measures == &dimensions::date) {
            const auto d = parse_date(f.text());
            return d ? observation(id, year, d.value()) : fail(std::string(message(d.error())));
        }
        if (u.measures == &dimensions::status) {
            measure_status s{};
            return parse_measure_status(f.text(), s) ? observation(id, year, s)
                                                     : fail("status must be done, under_way, not_started or unknown");
        }
        const auto d = parse_decimal(f.text());
        if (!d) return fail(std::string(message(d.error())));
        if (d.value().places() > u.max_places)
            return fail("too many decimals: " + std::string(u.id) + " takes at most " + std::to_string(u.max_places));
        const auto v = convert(d.value(), u, to);
        if (!v)
            return fail("does not convert exactly into " + std::string(to.id) + ": " + std::string(message(v.error())));
        const std::string_view rule = info != nullptr        ? info->rule_broken_by(v.value())
                                      : to.allows(v.value()) ? std::string_view{}
                                      : to.usual->contains(v.value())
                                          ? std::string_view("beyond the sane magnitude of the unit")
                                          : to.usual->rule;
        if (!rule.empty()) return fail("outside the domain of " + std::string(id) + ": " + std::string(rule));
        return observation(id, year, v.value(), to);
    }

    const plan& plan_;
    std::string file_;
    csv_options options_;
    csv_header columns_{columns};
    string_pool known_ids_;
    std::vector<known> known_;  // by id in known_ids_
    string_pool unit_ids_;
    std::vector<const unit*> units_;  // by id in unit_ids_
    std::string source_;              // the last row's source, terminated
};

/// Observations from CSV text; `file` names it in error messages.
inline observation_set read_observations(std::string_view content, const plan& p, std::string file = "<input>",
                                         const csv_options& options = {}) {
    return csv_reader(p, std::move(file), options).read(content);
}

/// Observations from a CSV file, read in chunks (see csv_options::limits for a size limit).
inline observation_set load_observations(const std::string& path, const plan& p, const csv_options& options = {}) {
    return csv_reader(p, path, options).load();
}

}  // namespace v0
}  // namespace daye

#endif
