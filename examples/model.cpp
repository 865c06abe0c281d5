// daye_model: prints the whole 2024 model of Daye, as Markdown tables (default) or JSON.
//
//   daye_model [--format markdown|json]
#include <iostream>
#include <string>
#include <string_view>

#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>

namespace {
int usage(std::string_view problem) {
    std::cerr << "daye_model: " << problem << "\nusage: daye_model [--format markdown|json]\n";
    return 2;
}
}  // namespace

int main(int argc, char** argv) {
    std::string_view format = "markdown";
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--format" && i + 1 < argc) {
            format = argv[++i];
        } else if (arg.substr(0, 9) == "--format=") {
            format = arg.substr(9);
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "usage: daye_model [--format markdown|json]\n";
            return 0;
        } else {
            return usage("unknown option '" + std::string(arg) + "'");
        }
    }
    // The model is checked at compile time (static_assert in the model header).
    const daye::plan& plan = daye::plans::daye_2024;
    if (format == "markdown") {
        daye::write_markdown(std::cout, plan);
    } else if (format == "json") {
        daye::write_json(std::cout, plan);
    } else {
        return usage("unknown format '" + std::string(format) + "' (markdown or json)");
    }
    return std::cout.good() ? 0 : 1;
}
