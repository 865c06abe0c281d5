// daye_model: prints the whole 2024 model of Daye, or the catalogue of indicators, as
// Markdown tables (default) or JSON.
//
//   daye_model [--catalog] [--format markdown|json]
#include <iostream>
#include <string>
#include <string_view>

#include <daye/catalog.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>
#include <daye/plans/daye_2024.hpp>

namespace {
constexpr std::string_view usage_line = "usage: daye_model [--catalog] [--format markdown|json]";

int usage(std::string_view problem) {
    std::cerr << "daye_model: " << problem << "\n" << usage_line << "\n";
    return 2;
}
}  // namespace

int main(int argc, char** argv) {
    std::string_view format = "markdown";
    bool catalog = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--format" && i + 1 < argc) {
            format = argv[++i];
        } else if (arg.substr(0, 9) == "--format=") {
            format = arg.substr(9);
        } else if (arg == "--catalog") {
            catalog = true;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << usage_line << "\n";
            return 0;
        } else {
            return usage("unknown option '" + std::string(arg) + "'");
        }
    }
    if (format != "markdown" && format != "json")
        return usage("unknown format '" + std::string(format) + "' (markdown or json)");
    // The model is checked at compile time (static_assert in the model header).
    const daye::plan& plan = daye::plans::daye_2024;
    const daye::span<const daye::catalog::section> sections = daye::catalog::sections;
    if (catalog && format == "markdown")
        daye::write_markdown(std::cout, sections);
    else if (catalog)
        daye::write_json(std::cout, sections);
    else if (format == "markdown")
        daye::write_markdown(std::cout, plan);
    else
        daye::write_json(std::cout, plan);
    std::cout.flush();
    return std::cout.good() ? 0 : 1;
}
