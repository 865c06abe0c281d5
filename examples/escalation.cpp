// daye_escalation: how much each level adds to its parent's target (层层加码), from a table
// of targets up and down the hierarchy (by default examples/data/hierarchy-2024.csv).
//
//   daye_escalation [--targets FILE] [--format text|markdown|csv|json]
//
// For each target whose plan has an ancestor with a target on the same indicator, the
// nearest such ancestor's target, the ratio (rounded to 2 places) and the difference, on
// the values as printed (hierarchy.hpp). Exit codes and output as cli.hpp says.
#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <daye/hierarchy.hpp>
#include <daye/json.hpp>

#include "cli.hpp"

namespace {
const cli::program escalation{
    "daye_escalation",
    "Prints the escalation (加码) of each target over its nearest ancestor plan's target on the same\n"
    "indicator: nation, province, prefecture, county, department. The ratio is rounded to 2 places;\n"
    "the difference is exact, in the unit of the targets (points for rates). 左右 counts as its centre.",
    {{"--targets", "FILE", "the table of targets, as CSV (default: examples/data/hierarchy-2024.csv)"},
     {"--format", "text|markdown|csv|json", "plain text (default), a Markdown table, CSV or JSON"}}};

/// A target as printed in the table: "about 5", "≥ 7.5", "≤ 3".
std::string stated(const daye::stated_target& t) {
    const std::string value(daye::to_text(t.value).view());
    switch (t.condition) {
        case daye::stated_condition::about: return value + " 左右";
        case daye::stated_condition::at_most: return "≤ " + value;
        case daye::stated_condition::at_least: break;
    }
    return "≥ " + value;
}

std::string answer(const cli::arguments& a) {
    const std::string path(a.value("--targets").value_or(DAYE_DEFAULT_TARGETS));
    const std::string_view format = a.value("--format").value_or("text");
    if (format != "text" && format != "markdown" && format != "csv" && format != "json")
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (text, markdown, csv or json)"};
    const daye::target_table table = daye::read_targets(cli::read_file(path), path);
    if (!table.ok()) cli::refuse_file(escalation, path, table.errors(), table.errors_not_listed(), "read");
    const std::vector<daye::escalation_step> steps = table.escalations();
    if (format == "json") {
        std::ostringstream out;
        daye::json_writer j(out);
        j.begin_object().key("escalations").begin_array();
        for (const daye::escalation_step& s : steps)
            j.begin_object()
                .member("indicator", s.child->indicator)
                .member("unit", s.child->measured_in->id)
                .member("parent_plan", s.parent->plan)
                .member("parent_condition", daye::name(s.parent->condition))
                .member("parent_value", s.parent->value)
                .member("plan", s.child->plan)
                .member("condition", daye::name(s.child->condition))
                .member("value", s.child->value)
                .member("ratio", s.by.ratio)
                .member("difference", s.by.difference)
                .member("stricter", s.stricter)
                .end_object();
        j.end_array().end_object();
        out << "\n";
        return out.str();
    }
    std::vector<std::vector<std::string>> rows{
        {"indicator", "unit", "parent plan", "target", "plan", "target", "ratio", "difference", "stricter"}};
    for (const daye::escalation_step& s : steps) {
        const std::string difference(daye::to_text(s.by.difference).view());
        rows.push_back({cli::printable(s.child->indicator), std::string(s.child->measured_in->symbol_zh),
                        cli::printable(s.parent->plan), stated(*s.parent), cli::printable(s.child->plan),
                        stated(*s.child), std::string(daye::to_text(s.by.ratio).view()),
                        s.by.difference > daye::decimal(0) ? "+" + difference : difference, s.stricter ? "yes" : "no"});
    }
    if (format == "csv") return cli::csv_table(rows);
    std::ostringstream out;
    if (rows.size() == 1)
        return "no target has an ancestor's target on its indicator in " + cli::printable(path) + "\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (format == "markdown") {
            for (const std::string& c : rows[r]) out << "| " << c << " ";
            out << "|\n";
            if (r == 0) out << "|---|---|---|---:|---|---:|---:|---:|---|\n";
        } else if (r > 0) {
            const std::vector<std::string>& c = rows[r];
            out << c[0] << " (" << c[1] << "): " << c[2] << " " << c[3] << " → " << c[4] << " " << c[5] << ": " << c[6]
                << "×, " << c[7] << (c[8] == "yes" ? "" : " (not stricter)") << "\n";
        }
    }
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(escalation, argc, argv, answer); }
