// daye_sprint: in which year does GDP first reach 1000 亿元 (冲刺千亿县市), and what growth
// would reach it in one, two or three years?
//
//   daye_sprint [--base 930.71 --base-year 2024 | --from-data FILE [--region daye]] [--goal 1000]
//               [--rate 7.5[,6,...]] [--deflator -3.5 | --nominal] [--format text|json] [--svg FILE]
//
// GDP levels are at current prices (nominal), as the 1000 亿 line is. The rates are real
// growth (at comparable prices, like the plan's 7.5 % target), made nominal with the
// change of the GDP deflator as (1 + real)(1 + deflator) - 1; with --nominal they are
// nominal already. A year's GDP reaches the goal or it does not: the answer is the first
// year whose level is at least the goal, decided exactly on the decimals given
// (big_decimal.hpp), never through a double.
//
// Every default is Daye's: GDP of 930.71 亿元 in 2024, the plan's 7.5 % real growth, and
// prices falling 3.5 % a year as Daye's levels of 2022 and 2024 imply (README, "The 1000 亿
// sprint"). With --from-data the base is the latest GDP level a panel of reported figures
// gives for the region (the firmest vintage of an exact figure of a whole year), and the
// answer says what each later level the panel gives, even a bound such as 2025's
// 突破1000亿元, implies: the nominal growth since the base and, beside the real growth
// reported for that year, the change of prices (levels.hpp). Exit codes and output as
// cli.hpp says.
#include <algorithm>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <daye/compounding.hpp>
#include <daye/csv.hpp>
#include <daye/json.hpp>
#include <daye/levels.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/series.hpp>

#include "cli.hpp"
#include "projection.hpp"
#include "sprint_chart.hpp"

namespace {
constexpr int chart_years = 30;  // years shown at most
constexpr std::size_t max_rates = 12;
// The sane magnitude of a rate in percent, as for any percentage the library reads.
constexpr std::int64_t percent_bound = 1000000;

constexpr std::string_view default_base = "930.71";
constexpr std::string_view default_deflator = "-3.5";

const cli::program sprint{
    "daye_sprint",
    "In which year does GDP at current prices first reach a goal, at given growth rates, and what growth\n"
    "would reach it in 1, 2 or 3 years? A year's GDP reaches the goal or it does not: the answer is the\n"
    "first year whose level is at least the goal, decided exactly on the decimals given, within 100 years.",
    {
        {"--base", "LEVEL",
         "GDP of the base year, 亿元 at current prices, above 0\n"
         "(default 930.71: Daye's GDP of 2024, Huangshi Daily, 2025-08-18)"},
        {"--base-year", "YEAR", "the year of --base, 1 to 9999 (default 2024)"},
        {"--from-data", "FILE",
         "take the base from a panel of reported figures (CSV): the latest GDP level\n"
         "(gdp_level, whole year, exact) of --region, and say what later levels imply\n"
         "(examples/data/daye-outcomes-2021-2025.csv gives 930.71 in 2024, above 1000 in 2025)"},
        {"--region", "REGION", "with --from-data: the region (default: daye)"},
        {"--goal", "LEVEL", "the level to reach, in the unit of --base, above 0 (default 1000: 冲刺千亿县市)"},
        {"--rate", "R[,R...]",
         "yearly growth in percent, above -100 and below 1000000, at most 12 rates;\n"
         "real growth (comparable prices) unless --nominal\n"
         "(default 7.5: the 2024 plan's target for real GDP growth)"},
        {"--deflator", "P",
         "yearly change of the GDP deflator in percent, above -100 and below 1000000,\n"
         "which makes a real rate r nominal: (1 + r)(1 + P) - 1 (default -3.5: the fall\n"
         "of prices implied by Daye's GDP of 2022 and 2024 and its real growth; uncertain)"},
        {"--nominal", "", "the rates are nominal growth (current prices): no deflator"},
        {"--format", "text|json", "the answer as text (default) or JSON"},
        {"--svg", "FILE", "also draw the levels year by year in FILE (written whole or not at all)"},
    }};

std::string text_of(daye::decimal d) { return std::string(daye::to_text(d).view()); }

/// A decimal option, strictly: "nan", "1e3" or "" are errors.
daye::decimal number(std::string_view option, std::string_view text) {
    const auto d = daye::parse_decimal(text);
    if (!d)
        throw cli::bad_input{std::string(option) + " " + cli::quote(text) + ": " +
                             std::string(daye::message(d.error()))};
    return d.value();
}

daye::decimal positive_level(std::string_view option, std::string_view text) {
    const daye::decimal v = number(option, text);
    if (v.sign() <= 0) throw cli::bad_input{std::string(option) + " " + cli::quote(text) + ": a level must be above 0"};
    return v;
}

/// A yearly change in percent: above -100 % (at -100 % the level is gone) and below the
/// sane magnitude of a percentage.
daye::decimal percent(std::string_view option, std::string_view text) {
    const daye::decimal p = number(option, text);
    if (p <= daye::decimal(-100))
        throw cli::bad_input{std::string(option) + " " + cli::quote(text) + ": a growth rate must be above -100 %"};
    if (p >= daye::decimal(percent_bound))
        throw cli::bad_input{std::string(option) + " " + cli::quote(text) + ": a growth rate must be below " +
                             std::to_string(percent_bound) + " %"};
    return p;
}

/// What a later level of the panel says beside the base: 2025's GDP above 1000 亿元 is
/// nominal growth above 7.44 % since 2024's 930.71.
struct implied {
    daye::observation level;                // the later level, perhaps a bound
    daye::decimal nominal;                  // growth since the base, percent, 2 places
    std::optional<daye::observation> real;  // the year's real growth, its fullest figure
    std::optional<daye::decimal> prices;    // the change of prices it implies, percent, 2 places
};

struct request {
    daye::decimal base;
    daye::decimal goal;
    int base_year = 0;
    std::vector<daye::decimal> rates;
    std::optional<daye::decimal> deflator;  // none with --nominal
    bool json = false;
    std::string svg;
    bool default_base = false;
    bool default_deflator = false;
    daye::observation_set data;                      // --from-data: the panel, which the figures below point into
    std::optional<daye::observation> observed_base;  // --from-data: the figure the base is
    std::string data_file;
    std::vector<implied> later;  // --from-data: what later levels imply
};

/// Words for a figure's kind: "", " (preliminary)", " (a lower bound, preliminary)".
std::string qualifiers(const daye::observation& o) {
    std::vector<std::string> words;
    if (o.bound() == daye::value_bound::above) words.emplace_back("a lower bound");
    if (o.bound() == daye::value_bound::below) words.emplace_back("an upper bound");
    if (!o.covers().whole_year()) words.emplace_back(std::string(daye::name_zh(o.covers()).view()));
    if (o.status() != daye::data_status::reported) words.emplace_back(daye::name(o.status()));
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? " (" : ", ") + w;
    return out.empty() ? out : out + ")";
}

/// The sign of a x b - c x d, exactly; nothing when a product overflows.
std::optional<int> compare_products(daye::decimal a, daye::decimal b, daye::decimal c, daye::decimal d) {
    const auto left = daye::checked_mul(a, b);
    const auto right = daye::checked_mul(c, d);
    if (!left || !right) return std::nullopt;
    return left.value() < right.value() ? -1 : left.value() > right.value() ? 1 : 0;
}

/// A percent rounded to 2 places, moved by 0.01 where rounding crossed the exact value
/// x in the direction a bound forbids: a level above a bound implies growth above x, so
/// "more than" may only show a figure at most x (and "less than" one at least x).
/// `side(v)` is the sign of v - x, or nothing when it cannot be computed exactly; then
/// so is the answer.
template <class Side>
std::optional<daye::decimal> safe_side(daye::decimal rounded, daye::value_bound bound, Side side) {
    const daye::decimal cent = daye::decimal::make(1, 2).value();
    if (bound == daye::value_bound::exact) return rounded;
    const std::optional<int> sign = side(rounded);
    if (!sign) return std::nullopt;
    if (bound == daye::value_bound::above && *sign > 0) return daye::checked_sub(rounded, cent).value();
    if (bound == daye::value_bound::below && *sign < 0) return daye::checked_add(rounded, cent).value();
    return rounded;
}

/// --from-data: the base from the panel, and what later levels imply.
void read_data(request& r, const std::string& file, std::string_view region) {
    r.data = daye::read_observations(cli::read_file(file), daye::plans::daye_2024, file);
    if (!r.data.ok()) cli::refuse_file(sprint, file, r.data.errors(), r.data.errors_not_listed(), "read");
    const daye::panel& figures = r.data.figures();
    std::vector<daye::observation> all;
    figures.figures(region, 1, 9999, all);
    if (all.empty() && region == daye::plans::daye_2024.region) {
        region = "";  // a file without regions: its figures are the plan's region's
        figures.figures(region, 1, 9999, all);
    }
    std::vector<daye::observation> levels;
    std::copy_if(all.begin(), all.end(), std::back_inserter(levels),
                 [](const daye::observation& o) { return o.indicator() == "gdp_level" && o.covers().whole_year(); });
    for (const daye::observation& o : levels)
        if (o.bound() == daye::value_bound::exact) r.observed_base = o;
    if (!r.observed_base)
        throw cli::bad_input{cli::printable(file) + " has no GDP level (gdp_level, a whole year, exact) of region " +
                             cli::quote(region)};
    r.base = r.observed_base->number();
    r.base_year = r.observed_base->year();
    if (r.base.sign() <= 0)
        throw cli::bad_input{"the GDP level of " + std::to_string(r.base_year) + " in the data is " + text_of(r.base) +
                             ": a base must be above 0"};
    r.data_file = file;
    for (const daye::observation& o : levels) {
        if (o.year() <= r.base_year) continue;
        // Growth in percent g from the base to the level: base x (100 + g) = 100 x level.
        const daye::decimal hundred(100);
        const auto rounded = daye::growth_between(r.base, o.number(), 2);
        const auto nominal = !rounded ? std::nullopt : safe_side(rounded.value(), o.bound(), [&](daye::decimal g) {
            const auto with = daye::checked_add(hundred, g);
            return with ? compare_products(r.base, with.value(), hundred, o.number()) : std::nullopt;
        });
        if (!nominal) continue;
        implied i{o, *nominal, std::nullopt, std::nullopt};
        // The price change needs each year's real growth; one later year has one rate.
        const std::vector<daye::observation> real = daye::record_of(figures, region, "gdp_growth", o.year(), o.year());
        if (o.year() == r.base_year + 1 && !real.empty() && real.front().bound() == daye::value_bound::exact) {
            // Prices p beside real growth q: base x (100 + q) x (100 + p) = 10000 x level.
            const daye::decimal q = real.front().number();
            const auto p = daye::implied_price_change(r.base, o.number(), q, 2);
            const auto real_level = daye::checked_mul(r.base, daye::checked_add(hundred, q).value_or(hundred));
            if (p && real_level) {
                i.prices = safe_side(p.value(), o.bound(), [&](daye::decimal x) {
                    const auto with = daye::checked_add(hundred, x);
                    return with ? compare_products(real_level.value(), with.value(), daye::decimal(10000), o.number())
                                : std::nullopt;
                });
                if (i.prices) i.real = real.front();
            }
        }
        r.later.push_back(i);
    }
}

request read(const cli::arguments& a) {
    request r;
    if (a.has("--from-data") && (a.has("--base") || a.has("--base-year")))
        throw cli::bad_input{
            "--from-data takes the base and its year from the data: --base and --base-year exclude it"};
    if (a.has("--region") && !a.has("--from-data")) throw cli::bad_input{"--region needs --from-data"};
    r.default_base = !a.has("--base") && !a.has("--from-data");
    r.goal = positive_level("--goal", a.value("--goal").value_or("1000"));
    if (a.has("--from-data")) {
        read_data(r, std::string(*a.value("--from-data")), a.value("--region").value_or("daye"));
    } else {
        r.base = positive_level("--base", a.value("--base").value_or(default_base));
        const std::string_view year = a.value("--base-year").value_or("2024");
        const daye::decimal y = number("--base-year", year);
        if (y.places() != 0 || y < daye::decimal(1) || y > daye::decimal(9999))
            throw cli::bad_input{"--base-year " + cli::quote(year) + ": expected a year from 1 to 9999, such as 2024"};
        r.base_year = static_cast<int>(y.mantissa());
    }
    std::string_view rates = a.value("--rate").value_or("7.5");
    for (std::size_t comma = 0; comma != std::string_view::npos; rates.remove_prefix(comma + 1)) {
        comma = rates.find(',');
        r.rates.push_back(percent("--rate", rates.substr(0, comma)));
        if (r.rates.size() > max_rates) throw cli::bad_input{"--rate: at most " + std::to_string(max_rates) + " rates"};
        if (comma == std::string_view::npos) break;
    }
    if (a.has("--nominal") && a.has("--deflator"))
        throw cli::bad_input{"--nominal and --deflator exclude each other: nominal rates need no deflator"};
    if (!a.has("--nominal")) {
        r.default_deflator = !a.has("--deflator");
        r.deflator = percent("--deflator", a.value("--deflator").value_or(default_deflator));
    }
    const std::string_view format = a.value("--format").value_or("text");
    if (format != "text" && format != "json")
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (text or json)"};
    r.json = format == "json";
    if (a.has("--svg") && a.value("--svg")->empty()) throw cli::bad_input{"--svg needs a file name"};
    r.svg = std::string(a.value("--svg").value_or(""));
    return r;
}

struct scenario {
    daye::decimal rate;  // as given, real or nominal
    big_decimal growth;  // 1 + the nominal rate: what one year multiplies the level by
    projection path;     // chart_years after the base year
};

/// The growth rate in percent that a yearly factor stands for: 1.037375 is 3.7375 %.
big_decimal percent_of(const big_decimal& growth) {
    return (growth - big_decimal(daye::decimal(1))) * big_decimal(daye::decimal(100));
}

scenario project_at(const request& r, daye::decimal rate) {
    const big_decimal growth = r.deflator ? growth_factor(rate) * growth_factor(*r.deflator) : growth_factor(rate);
    return {rate, growth, project(big_decimal(r.base), growth, big_decimal(r.goal), r.base_year, chart_years)};
}

bool at_goal(const scenario& s) { return s.path.outcome == reach::already || s.path.outcome == reach::reached; }

/// The growth that reaches the goal in 1, 2 and 3 years: nominal, and real with the
/// deflator (absent where a double cannot hold the deflator above -100 %).
struct requirement {
    int years;
    double nominal;
    std::optional<double> real;
};

std::vector<requirement> required(const request& r) {
    const daye::amount<daye::nominal> base(daye::to_double(r.base));
    const daye::amount<daye::nominal> goal(daye::to_double(r.goal));
    std::vector<requirement> out;
    for (int years = 1; years <= 3; ++years) {
        const auto rate = daye::required_rate(base, goal, years).value();  // levels above 0: always an answer
        requirement q{years, rate.percent(), std::nullopt};
        if (r.deflator) {
            const auto real = daye::to_real(rate, daye::deflator(daye::quantity<daye::units::percent>(*r.deflator)));
            if (real) q.real = real.value().percent();
        }
        out.push_back(q);
    }
    return out;
}

std::string fixed(double v, int places) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(places);
    s << v;
    return s.str();
}

std::string rate_label(const request& r, const scenario& s, bool exact) {
    const std::string nominal = exact ? percent_of(s.growth).text() : percent_of(s.growth).text(2);
    if (!r.deflator) return text_of(s.rate) + " % nominal";
    return text_of(s.rate) + " % real (" + nominal + " % nominal)";
}

std::string text_answer(const request& r, const std::vector<scenario>& scenarios, int last_year) {
    const std::string goal = text_of(r.goal) + " 亿元";
    std::ostringstream out;
    out << "GDP " << text_of(r.base) << " 亿元 in " << r.base_year << " at current prices; goal " << goal << "\n";
    if (r.deflator)
        out << "rates: real growth (comparable prices), made nominal with a GDP deflator of " << text_of(*r.deflator)
            << " % a year\n";
    else
        out << "rates: nominal growth (current prices)\n";
    for (const scenario& s : scenarios) {
        out << "\nat " << rate_label(r, s, true) << ": ";
        switch (s.path.outcome) {
            case reach::already: out << "GDP of " << r.base_year << " is already at least " << goal << "\n"; break;
            case reach::reached:
                out << s.path.first_year << " is the first year whose GDP is at least " << goal << "\n";
                break;
            case reach::never: out << "GDP never reaches " << goal << ": it does not grow at current prices\n"; break;
            case reach::beyond_horizon:
                out << "GDP does not reach " << goal << " within " << horizon_years << " years (by "
                    << r.base_year + horizon_years << ")\n";
                break;
        }
        for (int year = r.base_year; year <= last_year; ++year)
            out << "  " << year << "  " << s.path.levels[static_cast<std::size_t>(year - r.base_year)].text(2) << "\n";
    }
    if (r.base < r.goal) {
        const std::vector<requirement> needed = required(r);
        const auto line = [&](const char* what, auto rate_of) {
            out << what;
            for (const requirement& q : needed) {
                const std::optional<double> rate = rate_of(q);
                out << (q.years == 1 ? " " : ", ") << (rate ? fixed(*rate, 2) + " %" : "(not computable)")
                    << (q.years == 1 ? " in 1 year" : " a year over " + std::to_string(q.years) + " years");
            }
            out << "\n";
        };
        out << "\n";
        line(("nominal growth needed from " + text_of(r.base) + " to " + text_of(r.goal) + ":").c_str(),
             [](const requirement& q) { return std::optional<double>(q.nominal); });
        if (r.deflator)
            line(("real growth needed with the deflator at " + text_of(*r.deflator) + " %:").c_str(),
                 [](const requirement& q) { return q.real; });
    }
    if (r.observed_base) {
        const daye::observation& b = *r.observed_base;
        const std::string_view region = b.region().empty() ? daye::plans::daye_2024.region : b.region();
        out << "\nbase: " << cli::printable(region) << "'s GDP of " << b.year() << qualifiers(b) << " in "
            << cli::printable(r.data_file) << "\n";
        for (const implied& i : r.later) {
            const daye::observation& l = i.level;
            const bool above = l.bound() == daye::value_bound::above;
            const bool below = l.bound() == daye::value_bound::below;
            const std::string than = above ? "more than " : below ? "less than " : "";
            const int years = l.year() - r.base_year;
            out << l.year() << ": GDP "
                << (above   ? "above "
                    : below ? "below "
                            : "")
                << text_of(l.number()) << " 亿元" << qualifiers(l) << " is nominal growth of " << than
                << text_of(i.nominal) << " % "
                << (years == 1 ? "in " + std::to_string(l.year()) : "over " + std::to_string(years) + " years");
            if (i.real && i.prices)
                out << "; beside real growth of " << text_of(i.real->number()) << " %" << qualifiers(*i.real)
                    << ", prices changed by " << than << text_of(*i.prices) << " %";
            out << "\n";
        }
    }
    if (r.default_base || r.default_deflator) out << "\n";
    if (r.default_base) out << "base: the default, Daye's GDP of 2024 as printed by Huangshi Daily on 2025-08-18\n";
    if (r.default_deflator)
        out << "deflator: the default, the fall of prices implied by Daye's GDP of 2022 (860.79) and 2024 (930.71)\n"
               "and its real growth; about 3.5 % a year, and uncertain\n";
    return out.str();
}

std::string json_answer(const request& r, const std::vector<scenario>& scenarios, int last_year) {
    std::ostringstream out;
    daye::json_writer j(out);
    j.begin_object().key("base").value(daye::to_double(r.base)).member("base_year", r.base_year);
    j.key("goal").value(daye::to_double(r.goal)).member("basis", r.deflator ? "real" : "nominal");
    j.key("deflator");
    if (r.deflator)
        j.value(daye::to_double(*r.deflator));
    else
        j.null();
    j.member("horizon_year", r.base_year + horizon_years).key("scenarios").begin_array();
    for (const scenario& s : scenarios) {
        static constexpr const char* outcomes[] = {"already", "reached", "never", "beyond_horizon"};
        j.begin_object().key("rate").value(daye::to_double(s.rate));
        j.key("nominal_rate").value(percent_of(s.growth).to_double());
        j.member("outcome", outcomes[static_cast<int>(s.path.outcome)]).key("crossing_year");
        if (at_goal(s))
            j.value(s.path.first_year);
        else
            j.null();
        j.key("path").begin_array();
        for (int year = r.base_year; year <= last_year; ++year)
            j.begin_object()
                .member("year", year)
                .key("level")
                .value(s.path.levels[static_cast<std::size_t>(year - r.base_year)].to_double())
                .end_object();
        j.end_array().end_object();
    }
    j.end_array().key("required").begin_array();
    for (const requirement& q : required(r)) {
        j.begin_object().member("years", q.years).key("rate").value(q.nominal);
        if (r.deflator) {
            j.key("real_rate");
            if (q.real)
                j.value(*q.real);
            else
                j.null();
        }
        j.end_object();
    }
    j.end_array();
    if (r.observed_base) {
        const std::string_view region =
            r.observed_base->region().empty() ? daye::plans::daye_2024.region : r.observed_base->region();
        j.key("from_data").begin_object().member("file", r.data_file).member("region", region);
        j.member("base_status", daye::name(r.observed_base->status())).key("later").begin_array();
        for (const implied& i : r.later) {
            j.begin_object()
                .member("year", i.level.year())
                .member("level", i.level.number())
                .member("bound", daye::name(i.level.bound()))
                .member("status", daye::name(i.level.status()))
                .member("nominal_growth", i.nominal);
            j.key("real_growth")
                .value(i.real ? daye::maybe<daye::decimal>(i.real->number()) : daye::maybe<daye::decimal>());
            j.member("real_growth_period", i.real ? daye::period_id(i.real->covers()).view() : std::string_view());
            j.key("price_change")
                .value(i.prices ? daye::maybe<daye::decimal>(*i.prices) : daye::maybe<daye::decimal>());
            j.end_object();
        }
        j.end_array().end_object();
    }
    j.end_object();
    out << '\n';
    return out.str();
}

std::string answer(const cli::arguments& a) {
    const request r = read(a);
    std::vector<scenario> scenarios;
    scenarios.reserve(r.rates.size());
    std::transform(r.rates.begin(), r.rates.end(), std::back_inserter(scenarios),
                   [&](daye::decimal rate) { return project_at(r, rate); });

    // The years shown: at least three, up to the last first year at the goal (30 at most),
    // or ten when no scenario reaches it.
    int last_year = r.base_year + 3;
    bool any = false;
    for (const scenario& s : scenarios)
        if (at_goal(s)) {
            any = true;
            last_year = std::max(last_year, std::min(s.path.first_year, r.base_year + chart_years));
        }
    if (!any) last_year = r.base_year + 10;

    if (!r.svg.empty()) {
        std::vector<chart_series> series;
        for (const scenario& s : scenarios) {
            chart_series c{rate_label(r, s, false), {}};
            for (int year = r.base_year; year <= last_year; ++year)
                c.levels.push_back(s.path.levels[static_cast<std::size_t>(year - r.base_year)].to_double());
            series.push_back(std::move(c));
        }
        cli::write_file(r.svg, svg_chart(r.base_year, series, daye::to_double(r.goal), text_of(r.goal) + " 亿元"));
    }
    return r.json ? json_answer(r, scenarios, last_year) : text_answer(r, scenarios, last_year);
}
}  // namespace

int main(int argc, char** argv) { return cli::run(sprint, argc, argv, answer); }
