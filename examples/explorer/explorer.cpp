// The explorer's WebAssembly module: everything the page shows that daye computes (the
// plan's entries as the library describes them, verdicts, gaps, tallies, the one-vote
// veto, projections, crossing years and required rates), as JSON text through a plain C
// ABI. The page's JavaScript renders these answers and computes none of them.
//
// This is the only file of the explorer that uses daye's API, so that a change of the
// API is a change here and nowhere in the page. Each function returns JSON that stays
// valid until the next call; the page copies it at once.
//
// The projection to 1000 亿元 is exact on the published decimals (../projection.hpp), as
// daye_sprint's is, so that the page and the program agree to the last digit.
//
// The data are compiled in (explorer_data.hpp, generated from the CSV files at build
// time), because a page opened from file:// cannot fetch files: the 2024 figures
// daye_report reads, and Daye's results 2021-2025 (GDP levels, the five-year record).
#include <algorithm>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <daye/bound.hpp>
#include <daye/catalog.hpp>
#include <daye/catalog/economy.hpp>
#include <daye/csv.hpp>
#include <daye/daye.hpp>
#include <daye/io.hpp>
#include <daye/json.hpp>
#include <daye/plan_figures.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/series.hpp>
#include <daye/words.hpp>

#include "../projection.hpp"
#include "explorer_data.hpp"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#define DAYE_EXPLORER_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define DAYE_EXPLORER_EXPORT extern "C"
#endif

namespace {

const daye::plan& the_plan() { return daye::plans::daye_2024; }

/// The region whose record the page shows: the county itself, not the levels above it.
constexpr std::string_view county = "daye";

/// Daye's results 2021-2025 (examples/data/daye-outcomes-2021-2025.csv), read once.
const daye::observation_set& the_outcomes() {
    static const daye::observation_set outcomes =
        daye::read_observations(explorer_data::outcomes.csv, the_plan(), std::string(explorer_data::outcomes.path));
    return outcomes;
}

/// The first and last year of the county's figures in `outcomes` (0, 0 when it has none).
std::pair<int, int> years_of(const daye::observation_set& outcomes) {
    std::pair<int, int> years{0, 0};
    for (const daye::observation& o : outcomes.observations()) {
        if (o.region() != county) continue;
        if (years.first == 0 || o.year() < years.first) years.first = o.year();
        if (o.year() > years.second) years.second = o.year();
    }
    return years;
}

/// The level target the path leads to: 冲刺千亿县市, GDP of 1000 亿元 at current prices,
/// the plan's level target on gdp_level.
constexpr std::string_view gdp_goal_target = "gdp_level_100bn";
/// How many years beyond the last reported level the projection goes at most.
constexpr int projected_years_at_most = 10;

std::string last_answer;  // kept until the next call, while the page copies it

const char* reply(const std::ostringstream& json) {
    last_answer = json.str();
    return last_answer.c_str();
}

const char* failure(std::string_view message) {
    std::ostringstream out;
    daye::json_writer(out).begin_object().member("error", message).end_object();
    return reply(out);
}

/// The value of an observation as text: the decimal as published, a date or a status.
std::string value_text(const daye::observation& o) {
    switch (o.kind()) {
        case daye::value_kind::number: return std::string(daye::to_text(o.number()).view());
        case daye::value_kind::day: return std::string(daye::to_text(o.day()).view());
        case daye::value_kind::progress: return std::string(daye::name(o.progress()));
    }
    return "";
}

void write_csv_errors(daye::json_writer& j, const daye::observation_set& set) {
    j.key("errors").begin_array();
    for (const daye::csv_error& e : set.errors()) {
        j.begin_object().member("line", e.line).member("column", e.column).member("message", e.message);
        j.member("text", e.text).member("full", daye::to_string(e)).end_object();
    }
    j.end_array().member("errors_not_listed", set.errors_not_listed());
}

/// The embedded data file of `year`, if there is one.
const explorer_data::file* data_of(int year) {
    const auto* found = std::find_if(std::begin(explorer_data::reported), std::end(explorer_data::reported),
                                     [year](const explorer_data::file& f) { return f.year == year; });
    return found != std::end(explorer_data::reported) ? found : nullptr;
}

/// A number the library computed, or null where it answered with an error.
template <class T, class Number>
void value_or_null(daye::json_writer& j, const daye::result<T>& answer, Number number_of) {
    if (answer)
        j.value(number_of(answer.value()));
    else
        j.null();
}

/// A figure the form asks for: an indicator in a year, and the entries that read it.
struct field {
    std::string_view indicator;
    int year = 0;
    bool supplied = false;  // a bound set outside the plan (a provincial ceiling), not a result
    std::vector<std::string_view> read_by;
};

/// The figures the plan's numeric targets read, as the evaluator itself names them: each
/// target is evaluated on nothing, and every figure it reports missing is added (with a
/// placeholder value) until it needs no more. A rank's previous year is found this way too.
std::vector<field> fields_of(const daye::plan& p) {
    std::vector<field> fields;
    for (std::size_t k = 0; k < p.group_count(); ++k) {
        for (const daye::target& t : p.group_at(k).entries) {
            if (t.kind == daye::target_kind::measure || t.kind == daye::target_kind::milestone) continue;
            std::vector<daye::observation> placeholders;
            for (int asked = 0; asked < 4; ++asked) {
                const daye::assessment a = daye::evaluate(
                    t, daye::span<const daye::observation>(placeholders.data(), placeholders.size()), p.year);
                const bool needs_figure =
                    a.why() == daye::finding::not_reported || a.why() == daye::finding::bound_not_supplied;
                if (a.outcome() != daye::verdict::unknown || !needs_figure || a.missing().empty()) break;
                const daye::indicator_info* named = p.find_indicator(a.missing());
                if (named == nullptr) break;
                const auto same = [&](const field& f) {
                    return f.indicator == named->id && f.year == a.missing_year();
                };
                auto found = std::find_if(fields.begin(), fields.end(), same);
                if (found == fields.end())
                    found = fields.insert(
                        fields.end(),
                        field{named->id, a.missing_year(), a.why() == daye::finding::bound_not_supplied, {}});
                found->read_by.push_back(t.id());
                placeholders.emplace_back(named->id, a.missing_year(), daye::decimal(0), *named->measured_in);
            }
        }
    }
    return fields;
}

/// The indicator `id` as the plan reads it, else as the catalogue declares it (the data
/// hold figures the plan does not read); nullptr when neither knows it.
const daye::indicator_info* indicator_named(const daye::plan& p, std::string_view id) {
    const daye::indicator_info* i = p.find_indicator(id);
    return i != nullptr ? i : daye::catalog::find(id);
}

/// An indicator's unit and names, as the form shows them; for an id that neither the plan
/// nor the catalogue knows, the unit of its figure and no names.
void write_indicator_members(daye::json_writer& j, const daye::indicator_info* named, const daye::unit& u) {
    const daye::unit& shown = named != nullptr ? *named->measured_in : u;
    j.member("unit", shown.id).member("unit_zh", shown.symbol_zh);
    j.member("basis", daye::name(named != nullptr ? named->basis : daye::price_basis::none));
    j.member("name_zh", named != nullptr ? named->name_zh : "")
        .member("name_en", named != nullptr ? named->name_en : "");
}

}  // namespace

/// The plan as the report lays it out: write_json's plan, with each entry's target as the
/// library describes it, the commitment words, and the years that have reported data.
DAYE_EXPLORER_EXPORT const char* daye_explorer_plan() {
    const daye::plan& p = the_plan();
    std::ostringstream out;
    out << "{\"model\":";
    daye::write_json(out, p);
    daye::json_writer j(out);
    out << ',';
    j.key("described").begin_object();
    for (std::size_t k = 0; k < p.group_count(); ++k)
        for (const daye::target& t : p.group_at(k).entries) j.member(t.id(), daye::describe(t));
    j.end_object();
    out << ',';
    j.key("commitments").begin_array();
    for (const daye::commitment c :
         {daye::commitment::expected, daye::commitment::ensure, daye::commitment::strive, daye::commitment::sprint,
          daye::commitment::complete, daye::commitment::binding, daye::commitment::stated})
        j.begin_object().member("id", daye::name(c)).member("zh", daye::word_zh(c)).end_object();
    j.end_array();
    out << ',';
    j.key("years").begin_array();
    for (const explorer_data::file& f : explorer_data::reported) j.value(f.year);
    j.end_array();
    out << '}';
    return reply(out);
}

/// The county's figures of record in `year` from its five-year results: each indicator
/// and period once, in its firmest vintage, with status, bound and source; and the years
/// the results cover.
DAYE_EXPLORER_EXPORT const char* daye_explorer_record(int year) {
    const daye::observation_set& outcomes = the_outcomes();
    if (!outcomes.ok()) return failure("the results 2021-2025 cannot be read");
    const auto [first_year, last_year] = years_of(outcomes);
    std::vector<daye::observation> figures;
    outcomes.figures().figures(county, year, year, figures);
    std::ostringstream out;
    daye::json_writer j(out);
    j.begin_object().member("region", county).member("year", year).member("file", explorer_data::outcomes.path);
    j.member("first_year", first_year).member("last_year", last_year);
    j.key("rows").begin_array();
    for (const daye::observation& o : figures) {
        j.begin_object().member("indicator", o.indicator()).member("value", value_text(o));
        j.member("period", daye::period_id(o.covers()).view());
        j.member("period_zh", daye::name_zh(o.covers()).view()).member("period_en", daye::name_en(o.covers()).view());
        j.member("status", daye::name(o.status())).member("bound", daye::name(o.bound()));
        j.member("source", o.source());
        write_indicator_members(j, indicator_named(the_plan(), o.indicator()), *o.measured_in());
        j.end_object();
    }
    j.end_array().end_object();
    return reply(out);
}

/// The table of words plans state targets in (daye/words.hpp), as `daye_model --words`
/// prints it: each phrase, what it asks, the line it compares with, its strictness, its
/// role and the kind of target it states each way.
DAYE_EXPLORER_EXPORT const char* daye_explorer_words() {
    std::ostringstream out;
    daye::json_writer j(out);
    j.begin_object().key("words").begin_array();
    for (const daye::phrase& w : daye::phrases) {
        j.begin_object().member("zh", w.zh).member("example", w.example).member("en", w.en);
        j.member("line", daye::name(w.against)).member("passes", daye::name(w.rule)).member("strict", w.strict());
        j.member("role", daye::name(w.role));
        j.member("kind_higher", daye::name(daye::kind_of(w, daye::direction::higher_is_better)));
        j.member("kind_lower", daye::name(daye::kind_of(w, daye::direction::lower_is_better)));
        j.member("builder", w.builder).member("commitment", daye::name(w.word)).end_object();
    }
    j.end_array().end_object();
    return reply(out);
}

/// The catalogue of indicators that plans read, as `daye_model --catalog --format json`
/// prints it.
DAYE_EXPLORER_EXPORT const char* daye_explorer_catalog() {
    std::ostringstream out;
    daye::write_json(out, daye::catalog::sections);
    return reply(out);
}

/// The reported figures of `year`, as the CSV reader reads them, and the figures the
/// plan's targets read, for the form.
DAYE_EXPLORER_EXPORT const char* daye_explorer_observations(int year) {
    const daye::plan& p = the_plan();
    const explorer_data::file* data = data_of(year);
    if (data == nullptr) return failure("no reported data for this year");
    const daye::observation_set set = daye::read_observations(data->csv, p, std::string(data->path));
    std::ostringstream out;
    daye::json_writer j(out);
    j.begin_object().member("year", year).member("file", data->path).member("header", daye::csv_reader::header);
    j.key("statuses").begin_array().value(daye::name(daye::data_status::reported));
    j.value(daye::name(daye::data_status::preliminary)).end_array();
    if (!set.ok()) {
        write_csv_errors(j, set);
        j.end_object();
        return reply(out);
    }
    j.key("rows").begin_array();
    for (const daye::observation& o : set.observations()) {
        j.begin_object().member("indicator", o.indicator()).member("year", o.year()).member("value", value_text(o));
        j.member("status", daye::name(o.status())).member("source", o.source());
        write_indicator_members(j, indicator_named(p, o.indicator()), *o.measured_in());
        j.end_object();
    }
    j.end_array();
    j.key("fields").begin_array();
    for (const field& f : fields_of(p)) {
        j.begin_object().member("indicator", f.indicator).member("year", f.year).member("supplied", f.supplied);
        const daye::indicator_info* named = p.find_indicator(f.indicator);  // fields_of found it there
        write_indicator_members(j, named, *named->measured_in);
        j.key("read_by").begin_array();
        for (const std::string_view id : f.read_by) j.value(id);
        j.end_array().end_object();
    }
    j.end_array().end_object();
    return reply(out);
}

/// The scorecard of the plan against observations in CSV (the format of
/// examples/data/daye-2024-reported.csv), or the reader's errors with line and column.
DAYE_EXPLORER_EXPORT const char* daye_explorer_score(const char* csv, int year) {
    const daye::plan& p = the_plan();
    if (year != p.year) return failure("the plan is for another year");
    const daye::observation_set set = daye::read_observations(csv, p, "form");
    std::ostringstream out;
    if (!set.ok()) {
        daye::json_writer j(out);
        j.begin_object();
        write_csv_errors(j, set);
        j.end_object();
        return reply(out);
    }
    const auto scored = daye::score(p, set.observations());
    if (!scored)
        return failure(scored.error() == daye::errc::out_of_range ? "the plan has more entries than a scorecard holds"
                                                                  : daye::message(scored.error()));
    const auto& card = scored.value();
    out << "{\"card\":";
    daye::write_json(out, p, card);
    daye::json_writer j(out);
    out << ',';
    j.key("shown").begin_object();
    daye::tally red_lines;
    for (const daye::scored_entry& e : card.results()) {
        const daye::assessment& a = e.result;
        j.key(e.entry->id()).begin_object();
        j.member("actual", daye::actual_text(*e.entry, a)).member("gap", daye::gap_text(a));
        j.member("finding", daye::explain(a.why())).member("missing_year", a.missing_year());
        j.end_object();
        if (e.entry->vetoes) red_lines.count(a.outcome());
    }
    j.end_object();
    out << ',';
    j.key("red_lines").begin_object().member("met", red_lines.met).member("missed", red_lines.missed);
    j.member("unknown", red_lines.unknown).end_object();
    out << '}';
    return reply(out);
}

/// The path to 1000 亿元: GDP levels reported, the plan's goal, the projection from the
/// last reported level at `rate_percent` (nominal), the year it crosses the goal, the
/// rates the goal requires in 1 to 3 years, and the average growth between reported levels.
DAYE_EXPLORER_EXPORT const char* daye_explorer_path(const char* rate_percent) {
    const daye::plan& p = the_plan();
    const auto rate = daye::parse_decimal(rate_percent);
    if (!rate) return failure(daye::message(rate.error()));
    if (rate.value() <= daye::decimal(-100)) return failure("a growth rate must be above -100 %");
    // The goal as an amount at current prices: the basis is gdp_level's, in its type.
    const auto goal = daye::amount_of(p, daye::catalog::gdp_level);
    const daye::target* goal_entry = p.find_target(gdp_goal_target);
    if (!goal || goal_entry == nullptr) return failure("the plan has no level goal in 亿元 at current prices");
    const daye::target& goal_target = *goal_entry;

    // Each year's GDP level of record; the projection starts from the last exact one (a
    // bound such as 2025's 突破1000亿元 says where the level is, not where it starts).
    const daye::observation_set& outcomes = the_outcomes();
    if (!outcomes.ok()) return failure("the reported levels cannot be read");
    const auto [first_year, last_year] = years_of(outcomes);
    const std::vector<daye::observation> levels =
        daye::record_of(outcomes.figures(), county, goal_target.indicator_id(), first_year, last_year);
    const auto exact = [](const daye::observation& o) { return o.bound() == daye::value_bound::exact; };
    const auto last_exact = std::find_if(levels.rbegin(), levels.rend(), exact);
    if (last_exact == levels.rend()) return failure("no exact level is reported");
    const daye::observation* base = &*last_exact;
    const daye::amount<daye::nominal> start(daye::to_double(base->number()));
    const daye::growth_rate<daye::nominal> growth(daye::quantity<daye::units::percent>(rate.value()));
    // The levels and the first year at the goal, exactly on the decimals, as daye_sprint has them.
    const projection projected = project(big_decimal(base->number()), growth_factor(rate.value()),
                                         big_decimal(goal_target.value), base->year(), projected_years_at_most);
    const bool at_goal = projected.outcome == reach::already || projected.outcome == reach::reached;

    std::ostringstream out;
    daye::json_writer j(out);
    j.begin_object().member("indicator", goal_target.indicator_id()).member("unit", goal_target.measured_in().id);
    j.member("unit_zh", goal_target.measured_in().symbol_zh);
    j.key("goal").begin_object().member("id", goal_target.id()).member("value", goal_target.value);
    j.key("level").value(goal.value().value()).member("phrase_zh", goal_target.phrase_zh).end_object();
    j.key("reported").begin_array();
    for (const daye::observation& o : levels) {
        j.begin_object()
            .member("year", o.year())
            .member("value", o.number())
            .key("level")
            .value(daye::to_double(o.number()));
        j.member("status", daye::name(o.status())).member("bound", daye::name(o.bound()));
        j.member("source", o.source()).end_object();
    }
    j.end_array();
    // The average nominal growth between consecutive reported levels, by the library's CAGR.
    j.key("growth_between").begin_array();
    const daye::observation* previous = nullptr;
    for (const daye::observation& o : levels) {
        if (!exact(o)) continue;
        if (previous != nullptr && o.year() > previous->year()) {
            const auto g =
                daye::cagr(daye::amount<daye::nominal>(daye::to_double(previous->number())),
                           daye::amount<daye::nominal>(daye::to_double(o.number())), o.year() - previous->year());
            if (g)
                j.begin_object()
                    .member("from", previous->year())
                    .member("to", o.year())
                    .key("rate")
                    .value(g.value().percent())
                    .end_object();
        }
        previous = &o;
    }
    j.end_array();
    j.key("base").begin_object().member("year", base->year()).member("value", base->number());
    j.key("level").value(start.value()).end_object();
    j.member("rate", rate.value()).key("nominal_rate").value(growth.percent());
    // The first level reported at the goal, decided by the figure as published: 2025's
    // 突破1000亿元 (above 1000) reaches 1000 亿元 although it is no exact level.
    const auto at_goal_reported = std::find_if(levels.begin(), levels.end(), [&](const daye::observation& o) {
        return daye::compare_bounded(o.number(), o.bound(), daye::relation::at_least, goal_target.value) ==
               daye::decided::holds;
    });
    j.key("reached");
    if (at_goal_reported != levels.end())
        j.begin_object()
            .member("year", at_goal_reported->year())
            .member("value", at_goal_reported->number())
            .member("bound", daye::name(at_goal_reported->bound()))
            .member("status", daye::name(at_goal_reported->status()))
            .end_object();
    else
        j.null();
    j.key("crossing").begin_object().member("already", projected.outcome == reach::already).key("year");
    if (at_goal)
        j.value(projected.first_year);
    else
        j.null();
    j.end_object();
    int last = base->year() + 3;
    if (at_goal) last = std::max(last, std::min(projected.first_year, base->year() + projected_years_at_most));
    j.key("path").begin_array();
    for (int year = base->year(); year <= last; ++year)
        j.begin_object()
            .member("year", year)
            .key("level")
            .value(projected.levels[static_cast<std::size_t>(year - base->year())].to_double())
            .end_object();
    j.end_array();
    j.key("required").begin_array();
    for (int years = 1; years <= 3; ++years) {
        const auto needed = daye::required_rate(start, goal.value(), years);
        j.begin_object().member("years", years).member("by", base->year() + years).key("rate");
        value_or_null(j, needed, [](daye::growth_rate<daye::nominal> r) { return r.percent(); });
        j.end_object();
    }
    j.end_array();
    // Real growth of the base year, as reported: the plan's growth targets are real.
    const explorer_data::file* data = data_of(base->year());
    const daye::observation_set same_year =
        data != nullptr ? daye::read_observations(data->csv, p, std::string(data->path)) : daye::observation_set();
    const daye::observation* real_growth = daye::find_observation(same_year.observations(), "gdp_growth", base->year());
    j.key("real_growth");
    if (real_growth != nullptr)
        j.begin_object()
            .member("year", real_growth->year())
            .member("value", real_growth->number())
            .member("status", daye::name(real_growth->status()))
            .end_object();
    else
        j.null();
    j.end_object();
    return reply(out);
}
