// daye_model: prints the whole 2024 model of Daye, as Markdown tables (default) or JSON.
//
//   daye_model [--format markdown|json]
//
// Exit codes and output as cli.hpp says.
#include <sstream>
#include <string>
#include <string_view>

#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>

#include "cli.hpp"

namespace {
const cli::program model{"daye_model",
                         "Prints the model of Daye's 2024 government work report: every target with the report's\n"
                         "own words, what is asked, its kind, its commitment word and its price basis.",
                         {{"--format", "markdown|json", "Markdown tables (default) or JSON"}}};

std::string answer(const cli::arguments& a) {
    const std::string_view format = a.value("--format").value_or("markdown");
    // The model is checked at compile time (static_assert in the model header).
    const daye::plan& plan = daye::plans::daye_2024;
    std::ostringstream out;
    if (format == "markdown")
        daye::write_markdown(out, plan);
    else if (format == "json")
        daye::write_json(out, plan);
    else
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (markdown or json)"};
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(model, argc, argv, answer); }
