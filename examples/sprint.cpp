// daye_sprint: when does GDP cross 1000 亿元 (冲刺千亿县市), and what growth would it take?
//
//   daye_sprint --base 900 --base-year 2024 --rate 7.5[,8,...] --goal 1000
//               [--deflator P] [--format text|json] [--svg FILE]
//
// GDP levels are at current prices (nominal), as the 1000 亿 line is. The rates are
// nominal growth in percent; with --deflator P they are real growth (comparable prices,
// like the plan's 7.5 % target) and are made nominal as (1 + real)(1 + P) - 1 before
// they project the level. Compounding a nominal level with a real rate would not compile.
//
// Exit 0 on an answer (never crossing is an answer), 2 on bad input (message on stderr,
// nothing on stdout), 1 when the SVG cannot be written.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <daye/compounding.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>

#include "sprint_chart.hpp"

namespace {
constexpr std::string_view usage_line =
    "usage: daye_sprint --base 900 --base-year 2024 --rate 7.5[,8,...] --goal 1000 [--deflator P] "
    "[--format text|json] [--svg FILE]";

struct bad_input {
    std::string message;
};

/// A decimal option, strictly: "nan", "1e3" or "" are errors.
daye::decimal number(std::string_view option, std::string_view text) {
    const auto d = daye::parse_decimal(text);
    if (!d)
        throw bad_input{std::string(option) + " '" + std::string(text) + "': " + std::string(daye::message(d.error()))};
    return d.value();
}

/// A growth rate in percent, above -100.
daye::decimal percent(std::string_view option, std::string_view text) {
    const daye::decimal p = number(option, text);
    if (p <= daye::decimal(-100))
        throw bad_input{std::string(option) + " '" + std::string(text) + "': a growth rate must be above -100 %"};
    return p;
}

struct scenario {
    daye::decimal rate;                       // as given, in percent
    daye::growth_rate<daye::nominal> growth;  // what projects the nominal level
    daye::crossing crossing;
    std::vector<double> path;  // levels from the base year
};

struct request {
    daye::decimal base, goal;
    int base_year = 0;
    std::vector<daye::decimal> rates;
    daye::maybe<daye::decimal> deflator;
    std::string format = "text";
    std::string svg;
};

request parse(int argc, char** argv) {
    request r;
    bool has_base = false;
    bool has_goal = false;
    bool has_year = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 == argc) throw bad_input{"option " + std::string(arg) + " needs a value"};
        const std::string_view value = argv[++i];
        if (arg == "--base") {
            r.base = number(arg, value);
            has_base = true;
        } else if (arg == "--goal") {
            r.goal = number(arg, value);
            has_goal = true;
        } else if (arg == "--base-year") {
            const daye::decimal y = number(arg, value);
            if (y.places() != 0 || y < daye::decimal(1) || y > daye::decimal(9999))
                throw bad_input{"--base-year '" + std::string(value) + "': expected a year such as 2024"};
            r.base_year = static_cast<int>(y.mantissa());
            has_year = true;
        } else if (arg == "--rate") {
            std::string_view rest = value;
            for (std::size_t comma = 0; comma != std::string_view::npos; rest.remove_prefix(comma + 1)) {
                comma = rest.find(',');
                r.rates.push_back(percent(arg, rest.substr(0, comma)));
                if (comma == std::string_view::npos) break;
            }
        } else if (arg == "--deflator") {
            r.deflator = percent(arg, value);
        } else if (arg == "--format") {
            r.format = value;
            if (r.format != "text" && r.format != "json")
                throw bad_input{"unknown format '" + r.format + "' (text or json)"};
        } else if (arg == "--svg") {
            r.svg = value;
        } else {
            throw bad_input{"unknown option '" + std::string(arg) + "'"};
        }
    }
    if (!has_base || !has_goal || !has_year || r.rates.empty())
        throw bad_input{"--base, --base-year, --rate and --goal are required"};
    if (r.base.sign() <= 0) throw bad_input{"--base must be greater than 0"};
    if (r.goal.sign() <= 0) throw bad_input{"--goal must be greater than 0"};
    return r;
}

daye::deflator price_change(daye::decimal percent) {
    return daye::deflator(daye::quantity<daye::units::percent>(percent));
}

/// The nominal growth that projects the nominal level: the rate itself, or with a
/// deflator the real rate made nominal.
daye::growth_rate<daye::nominal> nominal_growth(const daye::maybe<daye::decimal>& deflator, daye::decimal rate) {
    const daye::quantity<daye::units::percent> pct(rate);
    if (!deflator) return daye::growth_rate<daye::nominal>(pct);
    return daye::to_nominal(daye::growth_rate<daye::real>(pct), price_change(*deflator)).value();
}

std::string fixed(double v, int places) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(places);
    s << v;
    return s.str();
}

int run(int argc, char** argv) {
    const request r = parse(argc, argv);
    const daye::amount<daye::nominal> base(daye::to_double(r.base));
    const daye::amount<daye::nominal> goal(daye::to_double(r.goal));

    std::vector<scenario> scenarios;
    int last_year = r.base_year + 3;  // the chart shows at least three years
    bool any_crossing = false;
    for (const daye::decimal rate : r.rates) {
        scenario s{rate, nominal_growth(r.deflator, rate), {}, {}};
        s.crossing = daye::years_to_reach(base, s.growth, goal, r.base_year).value();
        if (s.crossing.year) {
            any_crossing = true;
            last_year = std::max(last_year, std::min(*s.crossing.year, r.base_year + 30));
        }
        scenarios.push_back(s);
    }
    if (!any_crossing) last_year = r.base_year + 10;
    for (scenario& s : scenarios) {
        s.path.push_back(base.value());
        for (int k = 1; k <= last_year - r.base_year; ++k)
            s.path.push_back(daye::compound(base, s.growth, k).value().value());
    }
    // What growth would reach the goal in 1, 2 and 3 years (nominal; real too with a deflator).
    std::vector<daye::growth_rate<daye::nominal>> required;
    for (int years = 1; years <= 3; ++years) required.push_back(daye::required_rate(base, goal, years).value());

    std::ostringstream out;
    if (r.format == "json") {
        daye::json_writer j(out);
        j.begin_object().key("base").value(daye::to_double(r.base)).member("base_year", r.base_year);
        j.key("goal").value(daye::to_double(r.goal)).member("basis", r.deflator ? "real" : "nominal");
        j.key("deflator");
        if (r.deflator)
            j.value(daye::to_double(*r.deflator));
        else
            j.null();
        j.key("scenarios").begin_array();
        for (const scenario& s : scenarios) {
            j.begin_object().key("rate").value(daye::to_double(s.rate)).key("nominal_rate").value(s.growth.percent());
            j.key("crossing_year");
            if (s.crossing.year)
                j.value(*s.crossing.year);
            else
                j.null();
            j.key("years");
            if (s.crossing.years)
                j.value(*s.crossing.years);
            else
                j.null();
            j.key("path").begin_array();
            for (std::size_t k = 0; k < s.path.size(); ++k)
                j.begin_object()
                    .member("year", r.base_year + static_cast<int>(k))
                    .key("level")
                    .value(s.path[k])
                    .end_object();
            j.end_array().end_object();
        }
        j.end_array().key("required").begin_array();
        for (std::size_t k = 0; k < required.size(); ++k) {
            j.begin_object().member("years", static_cast<int>(k) + 1).key("rate").value(required[k].percent());
            if (r.deflator)
                j.key("real_rate").value(daye::to_real(required[k], price_change(*r.deflator)).value().percent());
            j.end_object();
        }
        j.end_array().end_object();
        out << '\n';
    } else {
        out << "GDP " << r.base << " 亿元 in " << r.base_year << ", goal " << r.goal << " 亿元, current prices; rates "
            << (r.deflator ? "real, deflator " + std::string(daye::to_text(*r.deflator).view()) + " %"
                           : std::string("nominal"))
            << "\n";
        for (const scenario& s : scenarios) {
            out << "\nat " << s.rate << " %" << (r.deflator ? " (nominal " + fixed(s.growth.percent(), 2) + " %)" : "")
                << ": ";
            if (s.crossing.already)
                out << "already at or above the goal in " << r.base_year << "\n";
            else if (s.crossing.year)
                out << "crosses " << r.goal << " in " << *s.crossing.year << " (after " << fixed(*s.crossing.years, 2)
                    << " years)\n";
            else if (s.crossing.years)
                out << "crosses " << r.goal << " only after " << fixed(*s.crossing.years, 0) << " years\n";
            else
                out << "never crosses " << r.goal << "\n";
            for (std::size_t k = 0; k < s.path.size(); ++k)
                out << "  " << r.base_year + static_cast<int>(k) << "  " << fixed(s.path[k], 2) << "\n";
        }
        out << "\nnominal growth needed from " << r.base << " to " << r.goal << ":";
        for (std::size_t k = 0; k < required.size(); ++k)
            out << (k == 0 ? " " : ", ") << "in " << k + 1 << (k == 0 ? " year " : " years ")
                << fixed(required[k].percent(), 2) << " %";
        out << "\n";
    }

    if (!r.svg.empty()) {
        std::vector<chart_line> lines;
        lines.reserve(scenarios.size());
        for (const scenario& s : scenarios)
            // cppcheck-suppress useStlAlgorithm ; a loop reads more plainly than std::transform here
            lines.push_back({std::string(daye::to_text(s.rate).view()) + " %" + (r.deflator ? " real" : ""), s.path});
        std::ostringstream svg;
        write_svg(svg, r.base_year, lines, goal.value(), std::string(daye::to_text(r.goal).view()) + " 亿元");
        std::ofstream file(r.svg, std::ios::binary);
        if (!(file << svg.str())) {
            std::cerr << "daye_sprint: cannot write " << r.svg << "\n";
            return 1;
        }
    }
    std::cout << out.str();
    return std::cout.good() ? 0 : 1;
}
}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const bad_input& e) {
        std::cerr << "daye_sprint: " << e.message << "\n" << usage_line << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "daye_sprint: internal error: " << e.what() << "\n";
        return 1;
    }
}
