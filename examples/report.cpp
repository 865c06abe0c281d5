// daye_report: the scorecard of Daye's 2024 plan against what Daye reported.
//
//   daye_report [--actuals FILE] [--year 2024] [--format text|markdown|json]
//
// Exit 0 when evaluated (whatever the verdicts), 2 on bad input (errors on stderr,
// nothing on stdout), 1 on an internal failure.
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include <daye/csv.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>

namespace {
constexpr std::string_view usage_line =
    "usage: daye_report [--actuals FILE] [--year 2024] [--format text|markdown|json]";

int bad_input(std::string_view problem) {
    std::cerr << "daye_report: " << problem << "\n" << usage_line << "\n";
    return 2;
}

int run(int argc, char** argv) {
    const daye::plan& plan = daye::plans::daye_2024;
    std::string actuals = DAYE_DEFAULT_ACTUALS;  // examples/data/daye-2024-reported.csv
    std::string format = "text";
    std::string year = std::to_string(plan.year);
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage_line << "\n";
            return 0;
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

    // The whole report is written to memory first: on a failure nothing half-done is printed.
    const auto card = daye::score(plan, observed.observations()).value();
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
