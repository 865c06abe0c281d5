// daye_report: the scorecard of Daye's 2024 plan against what Daye reported, or of the
// same plan as a template for other regions of a panel.
//
//   daye_report [--actuals FILE] [--year 2024] [--region R | --all-regions]
//               [--format text|markdown|json|csv] [--strict]
//
// Exit codes and output as cli.hpp says: 0 when evaluated (whatever the verdicts), 2 on
// bad input (every error of the file as file:line:column on stderr, nothing on stdout),
// 1 when the report cannot be written. Data the plan does not read (a misspelt id,
// another plan's data) and entries without data are reported on stderr as warnings;
// with --strict, data the plan does not read is bad input.
//
// A file may hold several vintages of a figure (preliminary, reported, revised): the
// firmest is the figure of record (panel.hpp), and the scorecard lists what changed between
// the vintages of the figures of the plan's year and the year before.
//
// JSON: the scorecard of json.hpp's write_json, with two members more (always present, so
// that a reader need not guess): "region", the region scored (its id in the file; the
// plan's, daye, by default), and "vintages", the list the text gives, one object for each
// figure in several vintages: {"indicator", "year", "period" (the CSV's id: "" for the whole
// year, "jan-sep"...), "vintages": [{"status", "value", "bound", "unit"}, ...] the least
// firm first (the last is the figure of record), "change"}. A value is an exact decimal
// string ("900", "930.71") in "unit", the indicator's (a figure the file gives in another
// unit of its dimension, converted exactly), a day as "2024-06-30", a status by its name;
// "change" is the last less the one before, an exact decimal string, or null unless both
// are exact numbers in one unit.
// With --all-regions: {"plan", "year", "regions": [...]}, an array in the order of the
// region ids, as the table's lines, each with "region", the table's columns and "vintages".
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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
     {"--region", "REGION", "score the plan as a template for this region of the file (default: the plan's, daye)"},
     {"--all-regions", "", "one line per region of the file: its verdict and counts of met, missed, unknown"},
     {"--format", "text|markdown|json|csv", "plain text (default), Markdown tables, JSON; csv with --all-regions"},
     {"--strict", "", "data the plan does not read is bad input (exit 2), not a warning"}}};

using scorecard = decltype(daye::score(daye::plans::daye_2024, {}).value());

/// The figures of record of `region` (the firmest vintage of each key, every year); for
/// the plan's own region also those the file gives without a region, which are its.
std::vector<daye::observation> figures_of(const daye::panel& figures, std::string_view region, const daye::plan& plan) {
    std::vector<daye::observation> out;
    figures.figures(region, 1, 9999, out);
    if (region == plan.region) figures.figures("", 1, 9999, out);
    return out;
}

/// The plan, checked once, scored as a template for `region`.
scorecard scored(const daye::panel& figures, std::string_view region, daye::checked_plan plan) {
    const std::vector<daye::observation> own = figures_of(figures, region, *plan);
    daye::evaluation_options of_region;
    of_region.region = region;
    return daye::score(plan, {own.data(), own.size()}, of_region).value();
}

/// The regions of the file by id, figures without a region counted as the plan's.
std::vector<std::string_view> regions_of(const daye::panel& figures, const daye::plan& plan) {
    std::vector<std::string_view> out(figures.regions().size());
    std::transform(figures.regions().begin(), figures.regions().end(), out.begin(),
                   [&](std::string_view r) { return r.empty() ? plan.region : r; });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// The region asked for, which must be one of the file's: a region without figures would
/// only give a scorecard of unknowns.
std::string_view region_asked(std::string_view region, const std::vector<std::string_view>& regions,
                              const std::string& file) {
    if (std::binary_search(regions.begin(), regions.end(), region)) return region;
    std::string message = "no figures of region " + cli::quote(region) + " in " + cli::printable(file);
    daye::nearest_id near(region);
    for (const std::string_view r : regions) near.consider(r);
    if (!near.best().empty()) message += " (did you mean " + cli::printable(near.best()) + "?)";
    message += "; its regions:";
    for (std::size_t i = 0; i < regions.size() && i < 10; ++i) message += " " + cli::printable(regions[i]);
    if (regions.size() > 10) message += " ... (" + std::to_string(regions.size()) + " in all)";
    throw cli::bad_input{message};
}

/// A figure as the vintages list shows it: "8.0 percent", "> 1000 yi_yuan", a day, a status.
std::string shown(const daye::observation& o) {
    switch (o.kind()) {
        case daye::value_kind::day: return std::string(daye::to_text(o.day()).view());
        case daye::value_kind::progress: return std::string(daye::name(o.progress()));
        case daye::value_kind::number: break;
    }
    const std::string bound = o.bound() == daye::value_bound::above   ? "> "
                              : o.bound() == daye::value_bound::below ? "< "
                                                                      : "";
    return bound + std::string(daye::to_text(o.number()).view()) + " " + std::string(o.measured_in()->id);
}

/// A figure with several vintages, the least firm first (the last is the figure of
/// record), and what the last changed from the one before, when both are exact numbers in
/// one unit.
struct revision {
    std::vector<daye::observation> vintages;
    daye::maybe<daye::decimal> change;
};

/// What changed between the vintages of each figure of `region` in the plan's year and
/// the year before; for the plan's own region also of the figures the file gives without
/// a region. The text, the Markdown and the JSON all show these.
std::vector<revision> revisions_of(const daye::panel& figures, std::string_view region, const daye::plan& plan) {
    std::vector<std::vector<daye::observation>> changed;
    figures.revisions(region, plan.year - 1, plan.year, changed);
    if (region == plan.region) figures.revisions("", plan.year - 1, plan.year, changed);
    std::vector<revision> out;
    for (std::vector<daye::observation>& v : changed) {
        const daye::observation& before = v[v.size() - 2];
        const daye::observation& last = v.back();
        daye::maybe<daye::decimal> change;
        if (last.kind() == daye::value_kind::number && before.kind() == daye::value_kind::number &&
            last.bound() == daye::value_bound::exact && before.bound() == daye::value_bound::exact &&
            last.measured_in() == before.measured_in()) {
            const auto difference = daye::checked_sub(last.number(), before.number());
            if (difference) change = difference.value();
        }
        out.push_back({std::move(v), change});
    }
    return out;
}

/// A revision as the text and Markdown list it, one line: "gdp_growth 2024: preliminary
/// 8.0 percent, reported 8.1 percent (+0.1)".
std::string vintage_line(const revision& r) {
    const daye::observation& first = r.vintages.front();
    std::string line = cli::printable(first.indicator()) + " " + std::to_string(first.year());
    if (!first.covers().whole_year()) line += " " + std::string(daye::name_zh(first.covers()).view());
    line += ":";
    for (std::size_t i = 0; i < r.vintages.size(); ++i)
        line += (i == 0 ? " " : ", ") + std::string(daye::name(r.vintages[i].status())) + " " + shown(r.vintages[i]);
    if (r.change) {
        const std::string text(daye::to_text(*r.change).view());
        line += r.change->is_zero() ? " (unchanged)" : " (" + (*r.change > daye::decimal(0) ? "+" + text : text) + ")";
    }
    return line;
}

/// The revisions as the JSON member "vintages": for each figure its indicator, year and
/// period (the CSV's id, "" for the whole year), its vintages (status, value, bound, unit)
/// and the change, or null.
void write_vintages(daye::json_writer& j, const std::vector<revision>& revisions) {
    j.key("vintages").begin_array();
    for (const revision& r : revisions) {
        const daye::observation& first = r.vintages.front();
        j.begin_object().member("indicator", first.indicator()).member("year", first.year());
        j.member("period", daye::period_id(first.covers()).view()).key("vintages").begin_array();
        for (const daye::observation& o : r.vintages) {
            j.begin_object().member("status", daye::name(o.status())).key("value");
            switch (o.kind()) {
                case daye::value_kind::number: j.value(o.number()); break;
                case daye::value_kind::day: j.value(daye::to_text(o.day()).view()); break;
                case daye::value_kind::progress: j.value(daye::name(o.progress())); break;
            }
            j.member("bound", daye::name(o.bound())).member("unit", o.measured_in()->id).end_object();
        }
        j.end_array().member("change", r.change).end_object();
    }
    j.end_array();
}

/// How many entries rest on a figure of this status.
std::size_t resting_on(const scorecard& card, daye::data_status status) {
    const auto rests = [&](const daye::scored_entry& e) {
        return e.result.outcome() != daye::verdict::unknown && e.result.status() == status;
    };
    return static_cast<std::size_t>(std::count_if(card.results().begin(), card.results().end(), rests));
}

/// --all-regions: one line per region, in the order of their ids.
std::string all_regions(const daye::panel& figures, daye::checked_plan checked, const std::string& file,
                        std::string_view format, bool strict) {
    const daye::plan& plan = *checked;
    struct line {
        std::string_view region;
        scorecard card;
    };
    std::vector<line> lines;
    std::size_t unread = 0;
    for (const std::string_view region : regions_of(figures, plan)) {
        lines.push_back({region, scored(figures, region, checked)});
        unread += lines.back().card.unread_count();
        if (strict && lines.back().card.unread_count() != 0)
            throw cli::bad_input{"nothing evaluated (--strict): " + cli::printable(file) + " holds data of region " +
                                 cli::quote(region) + " that plan " + std::string(plan.id) + " does not read"};
    }
    if (unread != 0)
        cli::complain(report.name, "warning: " + cli::printable(file) + ": " + std::to_string(unread) +
                                       " figures are not read by plan " + std::string(plan.id) +
                                       " (--region R lists those of region R)");
    static constexpr const char* columns[] = {"region",         "verdict", "met",         "missed", "unknown",
                                              "not_applicable", "vetoed",  "preliminary", "revised"};
    std::ostringstream out;
    const auto cells = [&](const line& l) {
        const daye::tally t = l.card.overall();
        return std::vector<std::string>{std::string(l.region),
                                        std::string(daye::name(l.card.verdict())),
                                        std::to_string(t.met),
                                        std::to_string(t.missed),
                                        std::to_string(t.unknown),
                                        std::to_string(t.not_applicable),
                                        l.card.vetoed() ? "yes" : "no",
                                        std::to_string(resting_on(l.card, daye::data_status::preliminary)),
                                        std::to_string(resting_on(l.card, daye::data_status::revised))};
    };
    std::vector<std::vector<std::string>> table{{columns, columns + std::size(columns)}};
    std::transform(lines.begin(), lines.end(), std::back_inserter(table), cells);
    if (format == "csv") {
        out << cli::csv_table(table);
    } else if (format == "json") {
        daye::json_writer j(out);
        j.begin_object().member("plan", plan.id).member("year", plan.year).key("regions").begin_array();
        for (const line& l : lines) {
            const std::vector<std::string> row = cells(l);
            j.begin_object().member("region", l.region).member("verdict", row[1]);
            daye::detail::write_tally_members(j, l.card.overall());
            j.member("vetoed", l.card.vetoed())
                .member("preliminary", resting_on(l.card, daye::data_status::preliminary))
                .member("revised", resting_on(l.card, daye::data_status::revised));
            write_vintages(j, revisions_of(figures, l.region, plan));
            j.end_object();
        }
        j.end_array().end_object();
        out << "\n";
    } else {
        const bool markdown = format == "markdown";
        out << (markdown ? "## " : "") << "Plan " << plan.id << " (" << plan.region_zh << " " << plan.year
            << ") scored for each region of " << cli::printable(file) << "\n"
            << (markdown ? "\n" : "")
            << "preliminary, revised: verdicts that rest on a preliminary (预计) or a revised figure\n\n";
        table.front()[5] = "n/a";
        for (std::vector<std::string>& row : table) row[0] = cli::printable(row[0]);
        std::vector<std::size_t> width(table.front().size(), 0);
        for (const std::vector<std::string>& row : table)
            for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
        for (std::size_t r = 0; r < table.size(); ++r) {
            std::string text;
            for (std::size_t c = 0; c < table[r].size(); ++c) {
                const std::string& cell = table[r][c];
                const std::string pad(width[c] - cell.size(), ' ');
                if (markdown)
                    text += "| " + cell + " ";
                else
                    text += (c == 0 ? "" : "  ") + (c < 2 || c == 6 ? cell + pad : pad + cell);
            }
            if (!markdown) text.erase(text.find_last_not_of(' ') + 1);
            out << text << (markdown ? "|" : "") << "\n";
            if (markdown && r == 0) out << "|---|---|---:|---:|---:|---:|---|---:|---:|\n";
        }
    }
    return out.str();
}

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
    const daye::checked_plan checked = daye::checked(plan).value();  // scored for every region, validated once
    const std::string actuals(a.value("--actuals").value_or(DAYE_DEFAULT_ACTUALS));
    const std::string_view format = a.value("--format").value_or("text");
    const std::string plan_year = std::to_string(plan.year);
    const std::string_view year = a.value("--year").value_or(plan_year);
    const bool every_region = a.has("--all-regions");
    if (format != "text" && format != "markdown" && format != "json" && format != "csv")
        throw cli::bad_input{"unknown format " + cli::quote(format) + " (text, markdown, json or csv)"};
    if (format == "csv" && !every_region)
        throw cli::bad_input{"--format csv is the table of --all-regions; a scorecard is text, markdown or json"};
    if (every_region && a.has("--region")) throw cli::bad_input{"--region and --all-regions exclude each other"};
    if (year != plan_year)
        throw cli::bad_input{"plan " + std::string(plan.id) + " is for " + plan_year + ", not " + cli::quote(year)};

    const daye::observation_set observed = daye::read_observations(cli::read_file(actuals), plan, actuals);
    if (!observed.ok()) cli::refuse_file(report, actuals, observed.errors(), observed.errors_not_listed(), "evaluated");

    const daye::panel& figures = observed.figures();
    if (every_region) return all_regions(figures, checked, actuals, format, a.has("--strict"));
    const std::string_view region =
        a.has("--region") ? region_asked(*a.value("--region"), regions_of(figures, plan), actuals) : plan.region;
    const scorecard card = scored(figures, region, checked);
    warn(actuals, plan, card);
    if (a.has("--strict") && card.unread_count() != 0)
        throw cli::bad_input{"nothing evaluated (--strict): " + cli::printable(actuals) + " holds data that plan " +
                             std::string(plan.id) + " does not read"};
    const std::vector<revision> revisions = revisions_of(figures, region, plan);
    const bool markdown = format == "markdown";
    std::ostringstream out;
    if (format == "json") {
        daye::json_writer j(out);
        j.begin_object();
        daye::write_json_members(j, plan, card);
        j.member("region", region);
        write_vintages(j, revisions);
        j.end_object();
        out << "\n";
        return out.str();
    }
    if (region != plan.region)
        out << (markdown ? "**Region " : "region ") << cli::printable(region) << (markdown ? "**" : "") << ": plan "
            << plan.id << " of " << plan.region << " scored as a template for its figures\n\n";
    if (markdown)
        daye::write_markdown(out, plan, card);
    else
        daye::write_text(out, plan, card);
    if (!revisions.empty()) {
        out << (markdown ? "\n### Vintages\n\n" : "\nvintages (the last of each line is the figure of record):\n");
        for (const revision& r : revisions) out << (markdown ? "- " : "  ") << vintage_line(r) << "\n";
    }
    return out.str();
}
}  // namespace

int main(int argc, char** argv) { return cli::run(report, argc, argv, answer); }
