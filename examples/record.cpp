// daye_record: a region's record over years, indicator by indicator, from a panel of
// reported figures (by default Daye's 2021-2025 from examples/data).
//
//   daye_record [--actuals FILE] [--region daye] [--from 2021] [--to 2025] [--format text|markdown|csv|json]
//               [--check] [--svg FILE]
//
// Each cell is the year's fullest figure (series.hpp): the whole year's when published,
// else the longest part of it from January, marked with its period; of several vintages,
// the firmest, marked when preliminary or revised; a bound marked > or <. An indicator
// with a figure in only one of the years is left out: one figure is no record.
// Exit codes and output as cli.hpp says: 0 when answered, 2 on bad input, 1 when the
// output cannot be written.
#include <algorithm>
#include <cstddef>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <daye/catalog.hpp>
#include <daye/consistency.hpp>
#include <daye/csv.hpp>
#include <daye/json.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/series.hpp>

#include "cli.hpp"
#include "sprint_chart.hpp"

namespace {
const cli::program record{
    "daye_record",
    "Prints a region's record over years from a panel of reported figures: for each indicator\n"
    "reported in at least two of the years, each year's fullest figure, marked when it covers only\n"
    "part of the year (1-9月), is preliminary (预计) or revised, or is only a bound (> 1000).",
    {{"--actuals", "FILE", "the reported figures, as CSV (default: examples/data/daye-outcomes-2021-2025.csv)"},
     {"--region", "REGION", "the region (default: daye)"},
     {"--from", "YEAR", "the first year (default: 2021)"},
     {"--to", "YEAR", "the last year (default: 2025)"},
     {"--format", "text|markdown|csv|json", "plain text (default), a Markdown table, CSV or JSON"},
     {"--svg", "FILE",
      "also draw the region's GDP level year by year against 1000 亿元 in FILE (written whole\n"
      "or not at all): published levels, and levels known only as a lower bound apart"},
     {"--check", "",
      "instead of the record, each printed growth rate against the levels of its year and the\n"
      "year before: consistent within rounding, inconsistent, the change of prices beside a real\n"
      "rate, or why it cannot be checked (text or markdown)"}}};

/// --svg: the region's GDP level year by year, exact figures apart from bounds (突破).
std::string gdp_chart(const daye::panel& figures, std::string_view region, int from, int to) {
    const double none = std::numeric_limits<double>::quiet_NaN();
    const auto years = static_cast<std::size_t>(to - from) + 1;
    chart_series exact{"GDP as published", std::vector<double>(years, none)};
    chart_series above{"GDP above (突破), 预计", std::vector<double>(years, none)};
    for (const daye::observation& o : daye::record_of(figures, region, "gdp_level", from, to)) {
        if (!o.covers().whole_year() || o.bound() == daye::value_bound::below) continue;
        chart_series& s = o.bound() == daye::value_bound::above ? above : exact;
        s.levels[static_cast<std::size_t>(o.year() - from)] = daye::to_double(o.number());
        if (o.bound() == daye::value_bound::above && o.status() != daye::data_status::preliminary)
            above.label = "GDP above (突破)";
    }
    return svg_chart(from, {exact, above}, 1000, "1000 亿元");
}

/// --check: the region's growth rates against its levels (consistency.hpp), one line each.
std::string checked(const daye::panel& figures, std::string_view region, bool markdown) {
    const std::vector<daye::growth_against_levels> found = daye::check_growth_rates(figures, region);
    if (found.empty()) return "no growth rate of region " + cli::printable(region) + " has both levels beside it\n";
    std::ostringstream out;
    for (const daye::growth_against_levels& f : found) {
        const auto text = [](daye::decimal d) { return std::string(daye::to_text(d).view()); };
        out << (markdown ? "- `" : "") << cli::printable(f.growth.indicator()) << (markdown ? "` " : " ")
            << f.growth.year() << ": " << text(f.growth.number()) << " % printed, levels " << text(f.from.number())
            << " → " << text(f.to.number()) << " " << f.to.measured_in()->symbol_zh << ": ";
        switch (f.agreement) {
            case daye::growth_agreement::consistent:
            case daye::growth_agreement::inconsistent:
                out << (f.agreement == daye::growth_agreement::consistent ? "consistent" : "INCONSISTENT")
                    << " (the levels within their rounding give " << text(f.check.lowest) << " to "
                    << text(f.check.highest) << " %)";
                break;
            case daye::growth_agreement::prices:
                out << "a real rate against current-price levels: prices changed by " << text(*f.price_change) << " %";
                break;
            case daye::growth_agreement::unchecked: out << "not checked: " << f.why; break;
        }
        out << "\n";
    }
    return out.str();
}

/// A year given on the command line: 1 to 9999.
int year_of(const cli::arguments& a, std::string_view option, int fallback) {
    const auto given = a.value(option);
    if (!given) return fallback;
    int year = 0;
    for (const char c : *given) {
        if (c < '0' || c > '9' || year > 999) {
            year = 0;
            break;
        }
        year = year * 10 + (c - '0');
    }
    if (year < 1 || year > 9999)
        throw cli::bad_input{std::string(option) + " " + cli::quote(*given) + ": expected a year from 1 to 9999"};
    return year;
}

/// A figure as a cell: "7.5 (1-9月)", "8 (预计)", "> 1000 (预计)", "7.4 (revised)".
std::string cell(const daye::observation& o) {
    std::string s = o.bound() == daye::value_bound::above ? "> " : o.bound() == daye::value_bound::below ? "< " : "";
    s += std::string(daye::to_text(o.number()).view());
    if (!o.covers().whole_year()) s += " (" + std::string(daye::name_zh(o.covers()).view()) + ")";
    if (o.status() == daye::data_status::preliminary) s += " (预计)";
    if (o.status() == daye::data_status::revised) s += " (revised)";
    return s;
}

std::string answer(const cli::arguments& a) {
    const std::string actuals(a.value("--actuals").value_or(DAYE_DEFAULT_OUTCOMES));
    const std::string_view region = a.value("--region").value_or("daye");
    const std::string_view format = a.value("--format").value_or("text");
    const int from = year_of(a, "--from", 2021);
    const int to = year_of(a, "--to", 2025);
    if (format != "text" && format != "markdown" && format != "csv" && format != "json")
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (text, markdown, csv or json)"};
    if (to < from) throw cli::bad_input{"--to " + std::to_string(to) + " is before --from " + std::to_string(from)};
    if (to - from > 30) throw cli::bad_input{"at most 31 years in one table"};

    // The file is read with Daye's plan: the catalogue's indicators and units are checked.
    const daye::observation_set observed =
        daye::read_observations(cli::read_file(actuals), daye::plans::daye_2024, actuals);
    if (!observed.ok()) cli::refuse_file(record, actuals, observed.errors(), observed.errors_not_listed(), "read");
    const daye::panel& figures = observed.figures();
    std::vector<daye::observation> all;
    figures.figures(region, from, to, all);
    if (all.empty())
        throw cli::bad_input{"no figures of region " + cli::quote(region) + " from " + std::to_string(from) + " to " +
                             std::to_string(to) + " in " + cli::printable(actuals)};
    if (a.has("--svg")) {
        if (a.value("--svg")->empty()) throw cli::bad_input{"--svg needs a file name"};
        cli::write_file(std::string(*a.value("--svg")), gdp_chart(figures, region, from, to));
    }
    if (a.has("--check")) {
        if (format != "text" && format != "markdown")
            throw cli::bad_input{"--check writes text or markdown, not " + cli::quote(format)};
        return checked(figures, region, format == "markdown");
    }

    // Indicators in the order the file first gives them, each with its record.
    std::vector<std::string_view> indicators;
    for (const daye::observation& o : all)
        if (o.kind() == daye::value_kind::number &&
            std::find(indicators.begin(), indicators.end(), o.indicator()) == indicators.end())
            indicators.push_back(o.indicator());
    std::vector<std::vector<daye::observation>> records;
    for (const std::string_view id : indicators) {
        std::vector<daye::observation> years = daye::record_of(figures, region, id, from, to);
        if (years.size() >= 2) records.push_back(std::move(years));
    }
    if (records.empty())
        throw cli::bad_input{"no indicator of region " + cli::quote(region) + " has figures in two of the years " +
                             std::to_string(from) + " to " + std::to_string(to)};

    if (format == "json") {
        std::ostringstream out;
        daye::json_writer j(out);
        j.begin_object().member("region", region).member("from", from).member("to", to).key("indicators");
        j.begin_array();
        for (const std::vector<daye::observation>& years : records) {
            j.begin_object()
                .member("id", years.front().indicator())
                .member("unit", years.front().measured_in()->id)
                .key("years")
                .begin_array();
            for (const daye::observation& o : years)
                j.begin_object()
                    .member("year", o.year())
                    .member("value", o.number())
                    .member("period", daye::period_id(o.covers()).view())
                    .member("status", daye::name(o.status()))
                    .member("bound", daye::name(o.bound()))
                    .end_object();
            j.end_array().end_object();
        }
        j.end_array().end_object();
        out << "\n";
        return out.str();
    }

    std::vector<std::vector<std::string>> table;
    std::vector<std::string> head{"indicator", "unit"};
    for (int y = from; y <= to; ++y) head.push_back(std::to_string(y));
    table.push_back(head);
    for (const std::vector<daye::observation>& years : records) {
        const std::string_view id = years.front().indicator();
        const daye::indicator_info* info = daye::catalog::find(id);
        std::vector<std::string> row{
            info != nullptr ? std::string(info->name_zh) + " " + std::string(id) : std::string(id),
            std::string(years.front().measured_in()->symbol_zh)};
        row.resize(head.size());
        for (const daye::observation& o : years) row[static_cast<std::size_t>(o.year() - from) + 2] = cell(o);
        table.push_back(row);
    }
    for (std::vector<std::string>& row : table) row[0] = cli::printable(row[0]);

    if (format == "csv") return cli::csv_table(table);
    std::ostringstream out;
    if (format == "markdown") {
        for (std::size_t r = 0; r < table.size(); ++r) {
            for (const std::string& c : table[r]) out << "| " << (c.empty() ? "—" : c) << " ";
            out << "|\n";
            if (r == 0) {
                out << "|---|---|";
                for (std::size_t c = 2; c < head.size(); ++c) out << "---:|";
                out << "\n";
            }
        }
    } else {
        out << cli::printable(region) << ", " << from << "-" << to << ", from " << cli::printable(actuals) << "\n\n";
        for (std::size_t r = 1; r < table.size(); ++r) {
            const std::vector<std::string>& row = table[r];
            out << row[0] << "\n ";
            for (std::size_t c = 1; c < row.size(); ++c)
                out << " " << (c == 1 ? "" : table[0][c] + ": ") << (row[c].empty() ? "—" : row[c]);
            out << "\n";
        }
    }
    out << "\n"
        << "— not published. 1-9月 (or 1-6月, 1-11月): only that part of the year was published. 预计: "
           "preliminary, before the statistical bulletin. > 1000: only a lower bound (突破).\n";
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(record, argc, argv, answer); }
