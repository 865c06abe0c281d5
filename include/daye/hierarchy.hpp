// Targets up and down the hierarchy, and how much each level adds (加码).
//
// Chinese targets are set level by level: the nation's government work report, then the
// province's, the prefecture's and the county's, and a government's departments after
// it; each names the plan above it. A lower level commonly sets a higher target for the
// same indicator than the level above (层层加码): in 2024 the nation planned GDP growth of
// about 5 %, Hubei 6 %, Daye 7.5 %; Daye's science and technology bureau planned 67 new
// high-tech enterprises and 818 technology SMEs against the government report's 50 and
// 750. The escalation of a child's target over its parent's is given as a ratio and a
// difference (for rates, in percentage points), on the values as printed; for 左右 the
// value is the centre of the band.
//
// The table format (examples/data/hierarchy-2024.csv): a header naming the columns, one
// target a row: region (optional), plan, parent (the parent plan's id; empty at the top),
// indicator, condition (at_least, at_most or about), value, unit, word (the commitment
// word printed, optional), source (optional). Read strictly, like observations: any error
// and nothing is kept. Off the constexpr core; escalation_of is escalation.hpp's, as for
// plans of the C++ model.
#ifndef DAYE_HIERARCHY_HPP
#define DAYE_HIERARCHY_HPP

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/csv_records.hpp"
#include "daye/decimal.hpp"
#include "daye/escalation.hpp"

namespace daye {
inline namespace v0 {

/// What a target asks of its indicator.
enum class stated_condition : unsigned char {
    at_least,  ///< 以上, 不低于, 达到: the value or more
    at_most,   ///< 以内, 不超过, 控制在: the value or less
    about,     ///< 左右: near the value
};

/// "at_least", "at_most" or "about", as in the table.
constexpr std::string_view name(stated_condition c) noexcept {
    switch (c) {
        case stated_condition::at_least: return "at_least";
        case stated_condition::at_most: return "at_most";
        case stated_condition::about: return "about";
    }
    return "at_least";
}

/// One row of a table of targets.
struct stated_target {
    std::string region;
    std::string plan;
    std::string parent;  ///< the parent plan's id; empty at the top
    std::string indicator;
    stated_condition condition = stated_condition::at_least;
    decimal value;
    const unit* measured_in = nullptr;
    std::string word;    ///< the commitment word printed (确保, 力争, 左右 ...), if any
    std::string source;  ///< the document and phrase
    std::size_t line = 0;
};

/// A child's target against the nearest ancestor plan with a target on its indicator.
struct escalation_step {
    const stated_target* child = nullptr;
    const stated_target* parent = nullptr;
    escalation by;
    /// The child asks more: a higher floor (or 左右 centre), a lower ceiling.
    bool stricter = false;
};

/// The targets of a table, or its errors; never both.
class target_table {
public:
    bool ok() const noexcept { return errors_.empty() && unlisted_ == 0; }
    const std::vector<stated_target>& targets() const noexcept { return targets_; }
    const std::vector<csv_error>& errors() const noexcept { return errors_; }
    std::size_t errors_not_listed() const noexcept { return unlisted_; }

    /// The target of `plan` on `indicator`, or nullptr.
    const stated_target* find(std::string_view plan, std::string_view indicator) const {
        const auto at = by_key_.find({std::string(plan), std::string(indicator)});
        return at == by_key_.end() ? nullptr : &targets_[at->second];
    }

    /// The parent plan of `plan`, or "" at the top (or for a plan the table lacks).
    std::string_view parent_of(std::string_view plan) const {
        const auto at = parents_.find(std::string(plan));
        return at == parents_.end() ? std::string_view() : std::string_view(at->second);
    }

    /// Every target whose plan has an ancestor with a target on the same indicator, in the
    /// order of the table, against the nearest such ancestor. The ratio is rounded to
    /// `places`; a pair whose escalation cannot be computed (a parent of 0) is left out.
    std::vector<escalation_step> escalations(int places = 2) const {
        std::vector<escalation_step> steps;
        for (const stated_target& child : targets_) {
            const stated_target* parent = nullptr;
            // The table has no cycles (reading checks), so this walk ends.
            for (std::string_view up = child.parent; !up.empty() && parent == nullptr; up = parent_of(up))
                parent = find(up, child.indicator);
            if (parent == nullptr) continue;
            const auto by = escalation_of(parent->value, child.value, places);
            if (!by) continue;
            const bool higher = child.value > parent->value;
            const bool lower = child.value < parent->value;
            steps.push_back(
                {&child, parent, by.value(), child.condition == stated_condition::at_most ? lower : higher});
        }
        return steps;
    }

private:
    friend class target_table_reader;
    std::vector<stated_target> targets_;
    std::map<std::pair<std::string, std::string>, std::size_t> by_key_;  // (plan, indicator) -> target
    std::map<std::string, std::string> parents_;                         // plan -> parent
    std::vector<csv_error> errors_;
    std::size_t unlisted_ = 0;
};

/// Reads a table of targets (the format at the top of this header).
class target_table_reader {
public:
    struct col {
        enum : std::size_t { region, plan, parent, indicator, condition, value, unit, word, source };
    };
    static constexpr csv_column columns[] = {{"region", false},   {"plan", true},      {"parent", false},
                                             {"indicator", true}, {"condition", true}, {"value", true},
                                             {"unit", true},      {"word", false},     {"source", false}};

    explicit target_table_reader(std::string file, std::size_t max_errors = 20, csv_limits limits = {})
        : file_(std::move(file)), max_errors_(max_errors), limits_(limits) {}

    target_table read(std::string_view content) { return run(csv_input::text(content)); }
    target_table load() { return run(csv_input::file(file_)); }

private:
    target_table run(const csv_input& input) {
        csv_errors errors(file_, max_errors_);
        csv_header header(columns);
        target_table table;
        for_each_csv_row(
            input, header, errors,
            [&](const csv_record& row) {
                stated_target t;
                if (read_row(header, row, t, errors)) table.targets_.push_back(std::move(t));
            },
            limits_);
        index(table, errors);
        if (errors.any()) {
            errors.sort_by_place();
            target_table failed;
            failed.errors_ = errors.listed();
            failed.unlisted_ = errors.unlisted();
            return failed;
        }
        return table;
    }

    static bool read_row(const csv_header& header, const csv_record& row, stated_target& t, csv_errors& errors) {
        const std::size_t before = errors.count();
        const auto fail = [&](std::size_t c, std::string message) {
            const csv_field& f = *header.field(row, c);
            errors.add(f.line(), f.column(), std::move(message), f.text());
        };
        t.region = std::string(header.text(row, col::region));
        t.plan = std::string(header.text(row, col::plan));
        t.parent = std::string(header.text(row, col::parent));
        t.indicator = std::string(header.text(row, col::indicator));
        t.word = std::string(header.text(row, col::word));
        t.source = std::string(header.text(row, col::source));
        t.line = row.line();
        if (t.plan.empty()) fail(col::plan, "empty plan id");
        if (t.indicator.empty()) fail(col::indicator, "empty indicator id");
        if (!t.parent.empty() && t.parent == t.plan) fail(col::parent, "a plan cannot be its own parent");
        const std::string_view condition = header.text(row, col::condition);
        if (condition == "at_least")
            t.condition = stated_condition::at_least;
        else if (condition == "at_most")
            t.condition = stated_condition::at_most;
        else if (condition == "about")
            t.condition = stated_condition::about;
        else
            fail(col::condition, "condition must be at_least, at_most or about");
        t.measured_in = find_unit(header.text(row, col::unit));
        if (t.measured_in == nullptr) fail(col::unit, "unknown unit");
        const auto value = parse_decimal(header.text(row, col::value));
        if (!value)
            fail(col::value, std::string(message(value.error())));
        else if (t.measured_in != nullptr && value.value().places() > t.measured_in->max_places)
            fail(col::value, "too many decimals: " + std::string(t.measured_in->id) + " takes at most " +
                                 std::to_string(t.measured_in->max_places));
        else
            t.value = value.value();
        return errors.count() == before;
    }

    /// Indexes the targets by plan and indicator, and checks what concerns several rows:
    /// one target per plan and indicator, one parent and one region per plan, every
    /// parent in the table, no plan its own ancestor, one kind of unit per indicator.
    /// O(n log n) in the rows, plus the plans' depth.
    static void index(target_table& table, csv_errors& errors) {
        struct plan_info {
            // cppcheck-suppress unusedStructMember ; read through the map's iterators below
            const stated_target* first;
            int state;  // ancestry walk: 0 not visited, 1 on the walk, 2 done
        };
        std::map<std::string, plan_info> plans;
        std::map<std::string, const stated_target*> units;
        for (std::size_t i = 0; i < table.targets_.size(); ++i) {
            const stated_target& t = table.targets_[i];
            const auto key = std::make_pair(t.plan, t.indicator);
            const auto [at, added] = table.by_key_.emplace(key, i);
            if (!added)
                errors.add(t.line, 1,
                           "duplicate: " + t.plan + " " + t.indicator + " is already on line " +
                               std::to_string(table.targets_[at->second].line),
                           t.indicator);
            const auto [plan, new_plan] = plans.emplace(t.plan, plan_info{&t, 0});
            const stated_target& first = *plan->second.first;
            const std::string since = " (line " + std::to_string(first.line) + ")";
            if (!new_plan && first.parent != t.parent)
                errors.add(t.line, 1, "plan " + t.plan + " has another parent on an earlier line" + since, t.parent);
            if (!new_plan && first.region != t.region)
                errors.add(t.line, 1, "plan " + t.plan + " has another region on an earlier line" + since, t.region);
            const auto [unit_of, new_indicator] = units.emplace(t.indicator, &t);
            if (!new_indicator && !convertible(*unit_of->second->measured_in, *t.measured_in))
                errors.add(t.line, 1,
                           "the unit of " + t.indicator + " differs from the one on line " +
                               std::to_string(unit_of->second->line),
                           t.measured_in->id);
            table.parents_.emplace(t.plan, t.parent);
        }
        for (auto& [plan_id, info] : plans) {
            const stated_target& t = *info.first;
            if (!t.parent.empty() && plans.count(t.parent) == 0)
                errors.add(t.line, 1, "parent plan not in the table", t.parent);
        }
        // Each plan's ancestry is walked once: a plan met again on the same walk closes a cycle.
        for (auto& entry : plans) {
            std::vector<plan_info*> walk;
            for (auto at = plans.find(entry.first); at != plans.end() && at->second.state != 2;
                 at = plans.find(at->second.first->parent)) {
                if (at->second.state == 1) {
                    const stated_target& t = *at->second.first;
                    errors.add(t.line, 1, "plan " + t.plan + " is its own ancestor", t.parent);
                    break;
                }
                at->second.state = 1;
                walk.push_back(&at->second);
            }
            for (plan_info* p : walk) p->state = 2;
        }
    }

    std::string file_;
    std::size_t max_errors_;
    csv_limits limits_;
};

/// The targets of a table in CSV text; `file` names it in error messages.
inline target_table read_targets(std::string_view content, std::string file = "<input>", std::size_t max_errors = 20) {
    return target_table_reader(std::move(file), max_errors).read(content);
}

/// The targets of a CSV file.
inline target_table load_targets(const std::string& path, std::size_t max_errors = 20) {
    return target_table_reader(path, max_errors).load();
}

}  // namespace v0
}  // namespace daye

#endif
