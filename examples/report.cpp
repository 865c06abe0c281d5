// daye_report: the scorecard of Daye's 2024 plan against what Daye reported.
//
//   daye_report [--actuals FILE] [--year 2024] [--format text|markdown|json] [--strict]
//
// Exit codes and output as cli.hpp says: 0 when evaluated (whatever the verdicts), 2 on
// bad input (every error of the file as file:line:column on stderr, nothing on stdout),
// 1 when the report cannot be written. Data the plan does not read (a misspelt id,
// another plan's data) and entries without data are reported on stderr as warnings;
// with --strict, data the plan does not read is bad input.
#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>

#include <daye/csv.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>
#include <daye/plans/daye_2024.hpp>

#include "cli.hpp"

namespace {
const cli::program report{
    "daye_report",
    "Evaluates Daye's 2024 plan against the figures Daye reported and prints the scorecard: each\n"
    "entry's verdict, the counts per group and the one-vote veto. Data the plan does not read, and\n"
    "entries without data, are warnings on standard error.",
    {{"--actuals", "FILE", "the reported figures, as CSV (default: examples/data/daye-2024-reported.csv)"},
     {"--year", "YEAR", "the year evaluated: the plan's, 2024"},
     {"--format", "text|markdown|json", "plain text (default), Markdown tables or JSON"},
     {"--strict", "", "data the plan does not read is bad input (exit 2), not a warning"}}};

/// Warnings about the data: what the plan does not read, and what it found no data for.
/// Ids and the file name come from the user: they go through cli::printable.
template <std::size_t N>
void warn(const std::string& file, const daye::plan& plan, const daye::scorecard<N>& card) {
    const auto warning = [](const std::string& message) { cli::complain(report.name, "warning: " + message); };
    for (const daye::unread_observation& u : card.unread()) {
        std::string message = cli::printable(file) + ": " + cli::printable(u.indicator()) + " " +
                              std::to_string(u.year) + " is not read by plan " + std::string(plan.id);
        if (!u.nearest().empty()) message += " (did you mean " + std::string(u.nearest()) + "?)";
        warning(message);
    }
    if (card.unread_count() > card.unread().size())
        warning("... and " + std::to_string(card.unread_count() - card.unread().size()) +
                " more observations the plan does not read");
    for (const daye::scored_entry& e : card.results())
        if (!e.did_you_mean().empty()) {
            std::string message =
                "no data for " + std::string(e.result.missing()) + " " + std::to_string(e.result.missing_year());
            if (e.entry->id() != e.result.missing()) message += " (entry " + std::string(e.entry->id()) + ")";
            warning(message + "; did you mean " + cli::printable(e.did_you_mean()) + "?");
        }
    if (card.without_data() != 0)
        warning("no data for " + std::to_string(card.without_data()) + " of " + std::to_string(card.results().size()) +
                " entries: they are unknown, neither met nor missed");
}

std::string answer(const cli::arguments& a) {
    const daye::plan& plan = daye::plans::daye_2024;
    const std::string actuals(a.value("--actuals").value_or(DAYE_DEFAULT_ACTUALS));
    const std::string_view format = a.value("--format").value_or("text");
    const std::string plan_year = std::to_string(plan.year);
    const std::string_view year = a.value("--year").value_or(plan_year);
    if (format != "text" && format != "markdown" && format != "json")
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (text, markdown or json)"};
    if (year != plan_year)
        throw cli::bad_input{"plan " + std::string(plan.id) + " is for " + plan_year + ", not " + cli::quote(year)};

    const daye::observation_set observed = daye::read_observations(cli::read_file(actuals), plan, actuals);
    if (!observed.ok()) {
        for (const daye::csv_error& e : observed.errors())
            cli::complain(report.name, cli::printable(to_string(e), 1000));
        if (observed.errors_not_listed() != 0)
            cli::complain(report.name, "... and " + std::to_string(observed.errors_not_listed()) + " more errors");
        throw cli::bad_input{"nothing evaluated: " + cli::printable(actuals) + " has errors"};
    }

    const auto card = daye::score(plan, observed.observations()).value();
    warn(actuals, plan, card);
    if (a.has("--strict") && card.unread_count() != 0)
        throw cli::bad_input{"nothing evaluated (--strict): " + cli::printable(actuals) + " holds data that plan " +
                             std::string(plan.id) + " does not read"};
    std::ostringstream out;
    if (format == "json")
        daye::write_json(out, plan, card);
    else if (format == "markdown")
        daye::write_markdown(out, plan, card);
    else
        daye::write_text(out, plan, card);
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(report, argc, argv, answer); }
