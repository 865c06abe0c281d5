// daye_model: prints the whole 2024 model of Daye, or the catalogue of indicators, as
// Markdown tables (default) or JSON; or the table of a plan's words, in either.
//
//   daye_model [--catalog | --words] [--format markdown|json]
//
// Exit codes and output as cli.hpp says.
#include <sstream>
#include <string>
#include <string_view>

#include <daye/catalog.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>
#include <daye/plans/daye_2024.hpp>

#include "cli.hpp"

namespace {
const cli::program model{"daye_model",
                         "Prints the model of Daye's 2024 government work report: every target with the report's\n"
                         "own words, what is asked, its kind, its commitment word and its price basis; or, with\n"
                         "--catalog, the catalogue of county statistics' indicators that plans read; or, with\n"
                         "--words, the table of the phrases plans state targets in and what each asks.",
                         {{"--catalog", "", "the catalogue of indicators instead of the plan"},
                          {"--words", "", "the table of words instead of the plan"},
                          {"--format", "markdown|json", "Markdown tables (default) or JSON"}}};

std::string answer(const cli::arguments& a) {
    const std::string_view format = a.value("--format").value_or("markdown");
    if (format != "markdown" && format != "json")
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (markdown or json)"};
    std::ostringstream out;
    if (a.has("--catalog") && a.has("--words")) throw cli::bad_input{"--catalog and --words: choose one"};
    if (a.has("--words")) {
        const daye::span<const daye::phrase> words = daye::phrases;
        if (format == "markdown")
            daye::write_markdown(out, words);
        else
            daye::write_json(out, words);
    } else if (a.has("--catalog")) {
        const daye::span<const daye::catalog::section> sections = daye::catalog::sections;
        if (format == "markdown")
            daye::write_markdown(out, sections);
        else
            daye::write_json(out, sections);
    } else {
        // The model is checked at compile time (static_assert in the model header).
        const daye::plan& plan = daye::plans::daye_2024;
        if (format == "markdown")
            daye::write_markdown(out, plan);
        else
            daye::write_json(out, plan);
    }
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(model, argc, argv, answer); }
