// daye_report: the scorecard of Daye's 2024 plan against what Daye reported.
//
//   daye_report [--actuals FILE] [--year 2024] [--format text|markdown|json] [--strict]
//
// Exit 0 when evaluated (whatever the verdicts), 2 on bad input (errors on stderr,
// nothing on stdout), 1 on an internal failure. Data the plan does not read (a misspelt
// id, another plan's data) and entries without data are reported on stderr as warnings;
// with --strict, data the plan does not read is bad input: exit 2, nothing on stdout.
#include <cstddef>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include <daye/csv.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>
#include <daye/plans/daye_2024.hpp>

namespace {
constexpr std::string_view usage_line =
    "usage: daye_report [--actuals FILE] [--year 2024] [--format text|markdown|json] [--strict]";

int bad_input(std::string_view problem) {
    std::cerr << "daye_report: " << problem << "\n" << usage_line << "\n";
    return 2;
}

/// Warnings about the data: what the plan does not read, and what it found no data for.
template <std::size_t N>
void warn(std::ostream& err, const std::string& file, const daye::plan& plan, const daye::scorecard<N>& card) {
    for (const daye::unread_observation& u : card.unread()) {
        err << "daye_report: warning: " << file << ": " << u.indicator() << " " << u.year << " is not read by plan "
            << plan.id;
        if (!u.nearest().empty()) err << " (did you mean " << u.nearest() << "?)";
        err << "\n";
    }
    if (card.unread_count() > card.unread().size())
        err << "daye_report: warning: ... and " << card.unread_count() - card.unread().size()
            << " more observations the plan does not read\n";
    for (const daye::scored_entry& e : card.results())
        if (!e.did_you_mean().empty()) {
            err << "daye_report: warning: no data for " << e.result.missing() << " " << e.result.missing_year();
            if (e.entry->id() != e.result.missing()) err << " (entry " << e.entry->id() << ")";
            err << "; did you mean " << e.did_you_mean() << "?\n";
        }
    if (card.without_data() != 0)
        err << "daye_report: warning: no data for " << card.without_data() << " of " << card.results().size()
            << " entries: they are unknown, neither met nor missed\n";
}

int run(int argc, char** argv) {
    const daye::plan& plan = daye::plans::daye_2024;
    std::string actuals = DAYE_DEFAULT_ACTUALS;  // examples/data/daye-2024-reported.csv
    std::string format = "text";
    std::string year = std::to_string(plan.year);
    bool strict = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage_line << "\n";
            return 0;
        }
        if (arg == "--strict") {
            strict = true;
            continue;
        }
        if (arg != "--actuals" && arg != "--year" && arg != "--format")
            return bad_input("unknown option '" + std::string(arg) + "'");
        if (i + 1 == argc) return bad_input("option " + std::string(arg) + " needs a value");
        (arg == "--actuals" ? actuals : arg == "--year" ? year : format) = argv[++i];
    }
    if (format != "text" && format != "markdown" && format != "json")
        return bad_input("unknown format '" + format + "' (text, markdown or json)");
    if (year != std::to_string(plan.year))
        return bad_input("plan " + std::string(plan.id) + " is for " + std::to_string(plan.year) + ", not '" + year +
                         "'");

    const daye::observation_set observed = daye::load_observations(actuals, plan);
    if (!observed.ok()) {
        for (const daye::csv_error& e : observed.errors()) std::cerr << daye::to_string(e) << "\n";
        if (observed.errors_not_listed() != 0)
            std::cerr << "... and " << observed.errors_not_listed() << " more errors\n";
        std::cerr << "daye_report: nothing evaluated: " << actuals << " has errors\n";
        return 2;
    }

    const auto card = daye::score(plan, observed.observations()).value();
    warn(std::cerr, actuals, plan, card);
    if (strict && card.unread_count() != 0) {
        std::cerr << "daye_report: nothing evaluated (--strict): " << actuals << " holds data that plan " << plan.id
                  << " does not read\n";
        return 2;
    }
    // The whole report is written to memory first: on a failure nothing half-done is printed.
    std::ostringstream report;
    if (format == "json")
        daye::write_json(report, plan, card);
    else if (format == "markdown")
        daye::write_markdown(report, plan, card);
    else
        daye::write_text(report, plan, card);
    std::cout << report.str();
    std::cout.flush();
    return std::cout.good() ? 0 : 1;
}
}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "daye_report: internal error: " << e.what() << "\n";
        return 1;
    }
}
