#include <string>
#include <utility>
#include <vector>

#include <daye/csv.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;
using daye::plans::daye_2024;

namespace {
DAYE_CONSTEXPR std::string_view header = "indicator,year,value,unit,status,source\n";

observation_set read(const std::string& body) {
    return read_observations(std::string(header) + body, daye_2024, "t.csv");
}

/// The single error of a one-error file, as text.
std::string only_error(const std::string& body) {
    const observation_set set = read(body);
    REQUIRE(set.errors().size() == 1);
    REQUIRE(set.observations().empty());
    return to_string(set.errors()[0]);
}

// A plan of the test's own, with a dimension and units the library does not know.
inline constexpr dimension water{"water", "volume of water in cubic metres"};
inline constexpr unit wan_m3{"wan_m3", "万立方米", "10,000 cubic metres", &water, 4, 2, 12, &domains::non_negative};
inline constexpr unit yi_m3{"yi_m3", "亿立方米", "100 million cubic metres", &water, 8, 6, 8, &domains::non_negative};
inline constexpr indicator<wan_m3, not_a_price, struct water_use_tag> water_use{
    {"water_use", "用水总量", "total water use", direction::lower_is_better, domains::non_negative,
     "Water withdrawn for all uses in the year (a test indicator)."}};
inline constexpr target water_targets[] = {at_most(water_use, quantity<wan_m3>(decimal(52000)))};
}  // namespace

TEST_CASE("the real 2024 file reads into nine observations") {
    const observation_set set = load_observations(DAYE_REPORTED_CSV, daye_2024);
    REQUIRE(set.ok());
    REQUIRE(set.observations().size() == 9);
    const observation* gdp = find_observation(set.observations(), "gdp_growth", 2024);
    REQUIRE(gdp != nullptr);
    CHECK(gdp->number() == parse_decimal("8.0").value());
    CHECK(to_text(gdp->number()).view() == "8.0");
    CHECK(gdp->measured_in() == &units::percent);
    CHECK(gdp->status() == data_status::preliminary);
    CHECK(gdp->source() == "2025 work report: 预计全年全域口径地区生产总值增长8%");
    const observation* revenue = find_observation(set.observations(), "local_budget_revenue", 2024);
    REQUIRE(revenue != nullptr);  // the catalogue knows it, although the plan does not read it
    CHECK(revenue->number() == parse_decimal("67.44").value());
    CHECK(revenue->measured_in() == &units::yi_yuan);
    CHECK(find_observation(set.observations(), "county_rank", 2022)->number() == decimal(67));
}

TEST_CASE("a byte-order mark, CRLF line ends and RFC 4180 quoting are accepted") {
    const std::string text =
        "\xEF\xBB\xBFindicator,year,value,unit,status,source\r\n"
        "gdp_growth,2024,8.0,percent,preliminary,\"report, \"\"2025\"\"\nsecond line\"\r\n"
        "\"county_rank\",2024,55,rank,reported,\r\n";
    const observation_set set = read_observations(text, daye_2024);
    REQUIRE(set.ok());
    REQUIRE(set.observations().size() == 2);
    CHECK(set.observations()[0].source() == "report, \"2025\"\nsecond line");
    CHECK(set.observations()[1].indicator() == "county_rank");
    CHECK(set.observations()[1].source().empty());
}

TEST_CASE("dates and statuses are read for milestones and measures; revised figures are kept as such") {
    const observation_set set = read(
        "uhv_converter_station,2024,2024-12-20,date,reported,x\n"
        "hubin_road_bridge,2024,under_way,status,reported,x\n"
        "gdp_growth,2024,8.1,percent,revised,yearbook\n");
    REQUIRE(set.ok());
    CHECK(set.observations()[0].kind() == value_kind::day);
    CHECK(set.observations()[0].day() == date{2024, 12, 20});
    CHECK(set.observations()[1].progress() == measure_status::under_way);
    CHECK(set.observations()[2].status() == data_status::revised);
}

TEST_CASE("a value in another unit of its indicator's dimension is converted exactly") {
    const observation_set set = read(
        "gdp_level,2024,9307100,wan_yuan,reported,x\n"
        "cultivated_land,2024,63.85,wan_mu,reported,x\n"
        "new_urban_jobs,2024,0.8,wan_persons,reported,x\n");
    REQUIRE(set.ok());
    CHECK(set.observations()[0].number() == parse_decimal("930.71").value());
    CHECK(set.observations()[0].measured_in() == &units::yi_yuan);
    CHECK(set.observations()[1].number() == decimal(638500));
    CHECK(set.observations()[2].number() == decimal(8000));
    CHECK(set.observations()[2].measured_in() == &units::persons);
}

TEST_CASE("an indicator nobody declared is kept when its row is sound, so that score() can report it") {
    const observation_set set = read("gdp_grwoth,2024,8.0,percent,preliminary,a typo\n");
    REQUIRE(set.ok());
    REQUIRE(set.observations().size() == 1);
    CHECK(set.observations()[0].indicator() == "gdp_grwoth");
    const auto card = score(daye_2024, set.observations()).value();
    REQUIRE(card.unread_count() == 1);
    CHECK(card.unread()[0].nearest() == "gdp_growth");
    CHECK(only_error("nowhere,2024,-1,rank,reported,x\n") ==
          "t.csv:2:14: outside the domain of nowhere: a rank is 1 or more (1 is best): '-1'");
}

TEST_CASE("a unit and a dimension of the caller's own are read from CSV, through a plan or passed") {
    const plan water_plan{
        "water_2025", "x", "某县", "a county", 2025, date{2025, 1, 1}, group{0, "main", "", "", water_targets}, {}};
    REQUIRE(validate(water_plan).ok());
    // The plan's indicator is in 万立方米: the reader knows the unit from it, and converts 亿立方米 given by
    // the caller exactly.
    const unit* mine[] = {&yi_m3};
    csv_options with_mine;
    with_mine.units = mine;
    const observation_set set = read_observations(std::string(header) +
                                                      "water_use,2025,51800,wan_m3,reported,x\n"
                                                      "water_use,2024,5.25,yi_m3,reported,y\n",
                                                  water_plan, "water.csv", with_mine);
    REQUIRE(set.ok());
    CHECK(set.observations()[0].number() == decimal(51800));
    CHECK(set.observations()[0].measured_in() == &wan_m3);
    CHECK(set.observations()[1].number() == decimal(52500));  // 5.25 亿立方米 = 52500 万立方米
    const auto card = score(water_plan, set.observations()).value();
    CHECK(card.at("water_use").value()->result.outcome() == verdict::met);
    // Without the caller's unit, 亿立方米 is unknown.
    const observation_set without =
        read_observations(std::string(header) + "water_use,2024,5.25,yi_m3,reported,y\n", water_plan, "water.csv");
    REQUIRE(without.errors().size() == 1);
    CHECK(to_string(without.errors()[0]) == "water.csv:2:21: unknown unit: 'yi_m3'");
    // A unit of another dimension does not measure it.
    const observation_set tonnes =
        read_observations(std::string(header) + "water_use,2024,5,wan_tonnes,reported,y\n", water_plan, "water.csv");
    REQUIRE(tonnes.errors().size() == 1);
    CHECK(to_string(tonnes.errors()[0]) ==
          "water.csv:2:18: unit does not measure water_use, which is in wan_m3 (volume of water in cubic metres): "
          "'wan_tonnes'");
}

TEST_CASE("each kind of bad input is an error with file:line:column and the offending text") {
    CHECK(only_error("gdp_growth,2024,8.0,yi_yuan,reported,x\n") ==
          "t.csv:2:21: unit does not measure gdp_growth, which is in percent (a rate, a share or a growth rate, in "
          "percent): 'yi_yuan'");
    CHECK(only_error("gdp_growth,2024,8.0,pct,reported,x\n") == "t.csv:2:21: unknown unit: 'pct'");
    CHECK(only_error("gdp_growth,2024,8.O,percent,reported,x\n") == "t.csv:2:17: not a decimal number: '8.O'");
    CHECK(only_error("gdp_growth,2024,nan,percent,reported,x\n") == "t.csv:2:17: not a finite number: 'nan'");
    CHECK(only_error("gdp_growth,2024,-inf,percent,reported,x\n") == "t.csv:2:17: not a finite number: '-inf'");
    CHECK(only_error("gdp_growth,2024,8.005,percent,reported,x\n") ==
          "t.csv:2:17: too many decimals: percent takes at most 2: '8.005'");
    CHECK(only_error("gdp_growth,2024,,percent,reported,x\n") == "t.csv:2:17: empty value");
    CHECK(only_error("gdp_growth,24,8.0,percent,reported,x\n") ==
          "t.csv:2:12: not a year (expected four digits): '24'");
    CHECK(only_error("gdp_growth,0000,8.0,percent,reported,x\n") ==
          "t.csv:2:12: not a year: years run from 0001 to 9999: '0000'");
    CHECK(only_error(",2024,8.0,percent,reported,x\n") == "t.csv:2:1: empty indicator id");
    CHECK(only_error("gdp_growth,2024,8.0,percent,final,x\n") ==
          "t.csv:2:29: status must be reported, preliminary or revised: 'final'");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported\n") ==
          "t.csv:2:29: short row: 5 fields, expected 6 (indicator,year,value,unit,status,source)");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,x,extra\n") ==
          "t.csv:2:40: extra column: 7 fields, expected 6 (indicator,year,value,unit,status,source): 'extra'");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,x\ngdp_growth,2024,8.1,percent,reported,y\n") ==
          "t.csv:3:1: duplicate: gdp_growth 2024 is already on line 2: 'gdp_growth'");
    CHECK(only_error("uhv_converter_station,2024,2024-13-01,date,reported,x\n") ==
          "t.csv:2:28: not a calendar date (expected YYYY-MM-DD): '2024-13-01'");
    CHECK(only_error("uhv_converter_station,2024,2024-12-01,percent,reported,x\n") ==
          "t.csv:2:39: unit does not measure uhv_converter_station, which is in date (a calendar date (a milestone's "
          "completion)): 'percent'");
    CHECK(only_error("hubin_road_bridge,2024,finished,status,reported,x\n") ==
          "t.csv:2:24: status must be done, under_way, not_started or unknown: 'finished'");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,\"x\n") ==
          "t.csv:2:38: quoted field not closed at the end of the file: 'x\n'");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,\"x\"y\n") ==
          "t.csv:2:41: text after a closing quote (write \"\" for a quote inside a quoted field): 'y'");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,\xff\n") == "t.csv:2:38: not valid UTF-8: '\xff'");
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,x\n\ncounty_rank,2024,55,rank,reported,x\n") ==
          "t.csv:3:1: empty line");
}

TEST_CASE("a value an indicator cannot take is an error naming the rule, never a verdict") {
    CHECK(only_error("county_rank,2024,0,rank,reported,x\n") ==
          "t.csv:2:18: outside the domain of county_rank: a place on a top-100 list is 1 to 100: '0'");
    CHECK(only_error("county_rank,2024,-3,rank,reported,x\n") ==
          "t.csv:2:18: outside the domain of county_rank: a place on a top-100 list is 1 to 100: '-3'");
    CHECK(only_error("cultivated_land,2024,-1,mu,reported,x\n") ==
          "t.csv:2:22: outside the domain of cultivated_land: a count, an amount, an area or a level is 0 or more: "
          "'-1'");
    CHECK(only_error("gdp_growth,2024,-100,percent,reported,x\n") ==
          "t.csv:2:17: outside the domain of gdp_growth: a growth rate is above -100 % (at -100 % the level is "
          "gone): '-100'");
    CHECK(only_error("gdp_growth,2024,100000000000000000,percent,reported,x\n") ==
          "t.csv:2:17: outside the domain of gdp_growth: beyond the sane magnitude of the unit: '100000000000000000'");
    CHECK(only_error("new_high_tech_enterprises,2024,-5,enterprises,reported,x\n") ==
          "t.csv:2:32: outside the domain of new_high_tech_enterprises: a count, an amount, an area or a level is 0 or "
          "more: '-5'");
}

TEST_CASE("columns count characters, not bytes") {
    CHECK(only_error("gdp_growth,2024,8.0,percent,reported,预计,x\n") ==
          "t.csv:2:41: extra column: 7 fields, expected 6 (indicator,year,value,unit,status,source): 'x'");
}

TEST_CASE("an empty file, a wrong header or a missing file is an error") {
    const observation_set empty = read_observations("", daye_2024, "e.csv");
    REQUIRE(empty.errors().size() == 1);
    CHECK(to_string(empty.errors()[0]) ==
          "e.csv:1:1: empty file: expected a header naming indicator, year, value, unit and source, and may name "
          "region, period, status and bound");
    CHECK(read_observations("\xEF\xBB\xBF", daye_2024).errors().size() == 1);
    const observation_set wrong = read_observations("indicator,year,value,unit,status\n", daye_2024, "h.csv");
    REQUIRE(wrong.errors().size() == 1);
    CHECK(to_string(wrong.errors()[0]) ==
          "h.csv:1:1: missing column source (a header names indicator, year, value, unit and source, and may name "
          "region, period, status and bound): 'indicator,year,value,unit,status'");
    const observation_set missing = load_observations("/nonexistent/daye.csv", daye_2024);
    REQUIRE(missing.errors().size() == 1);
    CHECK(to_string(missing.errors()[0]) == "/nonexistent/daye.csv: cannot open the file: No such file or directory");
    CHECK(read(std::string()).ok());  // a header and no rows: nothing reported, nothing wrong
}

TEST_CASE("every error of a file is reported, up to a limit, and nothing is kept") {
    std::string body = "gdp_growth,2024,8.0,percent,reported,ok\n";
    for (int i = 0; i < 30; ++i) body += "nowhere," + std::to_string(2000 + i) + ",1,pct,reported,x\n";
    const observation_set set = read(body);
    CHECK(set.observations().empty());
    CHECK(set.errors().size() == 20);
    CHECK(set.errors_not_listed() == 10);
    CHECK(set.errors()[19].line == 22);  // the header is line 1, the good row line 2
    const observation_set two = read("gdp_growth,2024,x,percent,final,ok\n");
    CHECK(two.errors().size() == 2);
}

TEST_CASE("a set moves with its observations' text, and cannot be copied") {
    STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<observation_set>);
    STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<observation_set>);
    STATIC_REQUIRE(std::is_nothrow_move_constructible_v<observation_set>);
    observation_set moved;
    {
        observation_set original = read("gdp_grwoth,2024,8.0,percent,reported,a source that is long enough\n");
        moved = std::move(original);
    }
    REQUIRE(moved.observations().size() == 1);
    CHECK(moved.observations()[0].indicator() == "gdp_grwoth");
    CHECK(moved.observations()[0].source() == "a source that is long enough");
}

TEST_CASE("a row repeated many times is one error a repetition, naming the first") {
    std::string body;
    for (int i = 0; i < 100; ++i) body += "gdp_growth,2024,8.0,percent,reported,x\n";
    const observation_set set = read(body);
    CHECK(set.errors().size() + set.errors_not_listed() == 99);
    CHECK(to_string(set.errors()[0]) == "t.csv:3:1: duplicate: gdp_growth 2024 is already on line 2: 'gdp_growth'");
    CHECK(to_string(set.errors()[19]) == "t.csv:22:1: duplicate: gdp_growth 2024 is already on line 2: 'gdp_growth'");
}

TEST_CASE("10,000 identical rows are 9,999 duplicates, each counted once") {
    std::string body;
    for (int i = 0; i < 10000; ++i) body += "gdp_growth,2024,8.0,percent,reported,x\n";
    const observation_set set = read(body);
    CHECK(set.errors().size() == 20);
    CHECK(set.errors().size() + set.errors_not_listed() == 9999);
    CHECK(to_string(set.errors()[0]) == "t.csv:3:1: duplicate: gdp_growth 2024 is already on line 2: 'gdp_growth'");
}

namespace {
const std::string outcome_header = "region,indicator,year,period,value,unit,status,bound,source\n";

std::vector<std::string> errors_of(const observation_set& set) {
    std::vector<std::string> out;
    for (const csv_error& e : set.errors()) out.push_back(to_string(e));
    return out;
}

std::vector<std::string> panel_errors(const std::string& body) {
    return errors_of(read_observations(outcome_header + body, daye_2024, "p.csv"));
}
}  // namespace

TEST_CASE("Daye's five years read with regions, periods, bounds and vintages") {
    const observation_set set = load_observations(DAYE_OUTCOMES_CSV, daye_2024);
    REQUIRE(set.ok());
    CHECK(set.observations().size() == 75);
    const panel& figures = set.figures();
    CHECK(figures.regions() == std::vector<std::string_view>{"daye", "china", "huangshi", "hubei"});
    const auto sep = figures.find("daye", "gdp_growth", 2023, periods::first_three_quarters);
    REQUIRE(sep);
    CHECK(sep->number() == decimal(75, 1, decimal::raw{}));
    CHECK_FALSE(figures.find("daye", "gdp_growth", 2023));  // no whole-year figure
    const auto level = figures.find("daye", "gdp_level", 2025);
    REQUIRE(level);
    CHECK(level->bound() == value_bound::above);
    CHECK(level->status() == data_status::preliminary);
    CHECK(level->number() == decimal(1000));
    CHECK(figures.find("hubei", "gdp_growth", 2024)->status() == data_status::preliminary);
    CHECK(figures.find("daye", "gdp_level", 2022)->number() == decimal(86079, 2, decimal::raw{}));
    // 2024's level: the work report's lower bound (preliminary), then the published level.
    const std::vector<observation> level_2024 = figures.vintages("daye", "gdp_level", 2024);
    REQUIRE(level_2024.size() == 2);
    CHECK(level_2024[0].status() == data_status::preliminary);
    CHECK(level_2024[0].bound() == value_bound::above);
    CHECK(level_2024[0].number() == decimal(900));
    CHECK(level_2024[1].number() == decimal(93071, 2, decimal::raw{}));
    CHECK(figures.find("daye", "urban_resident_income", 2021)->measured_in() == &units::yuan_per_person);
    CHECK(set.observations()[0].indicator() == "county_rank");  // the order of the file
    CHECK(set.observations()[74].region() == "hubei");
}

TEST_CASE("a reader reads one file after another, each with its own header") {
    csv_reader reader(daye_2024, "r.csv");
    CHECK(reader.read("indicator,year,value,unit,source\ngdp_growth,2024,8.0,percent,x\n").ok());
    const observation_set second =
        reader.read("source,value,year,unit,indicator,status\ny,55,2024,rank,county_rank,reported\n");
    REQUIRE(second.ok());
    CHECK(second.observations()[0].number() == decimal(55));
}

TEST_CASE("columns come in any order; optional ones default") {
    const observation_set set = read_observations(
        "source,unit,value,year,indicator\n"
        "x,percent,8.0,2024,gdp_growth\n",
        daye_2024);
    REQUIRE(set.ok());
    const observation& o = set.observations()[0];
    CHECK(o.region().empty());
    CHECK(o.covers().whole_year());
    CHECK(o.status() == data_status::reported);
    CHECK(o.bound() == value_bound::exact);
    CHECK(set.figures().find("", "gdp_growth", 2024)->source() == "x");
}

TEST_CASE("each bad region, period, bound, status or year is an error at its line and column") {
    CHECK(panel_errors("daye,gdp_growth,2023,jan-sept,7.5,percent,reported,,x\n") ==
          std::vector<std::string>{
              "p.csv:2:22: not a period (empty for the whole year, jan-sep, sep or q3): 'jan-sept'"});
    CHECK(
        panel_errors("daye,gdp_growth,2023,sep-jan,7.5,percent,reported,,x\n") ==
        std::vector<std::string>{"p.csv:2:22: not a period (empty for the whole year, jan-sep, sep or q3): 'sep-jan'"});
    CHECK(panel_errors("daye,gdp_level,2025,,1000,yi_yuan,preliminary,over,x\n") ==
          std::vector<std::string>{"p.csv:2:47: bound must be empty (an exact value), above or below: 'over'"});
    CHECK(panel_errors("daye,gdp_level,2025,,1000,yi_yuan,final,,x\n") ==
          std::vector<std::string>{"p.csv:2:35: status must be reported, preliminary or revised: 'final'"});
    CHECK(panel_errors("daye,gdp_level,2025,,1000,yi_yuan,,,x\n") ==
          std::vector<std::string>{"p.csv:2:35: status must be reported, preliminary or revised"});
    CHECK(panel_errors(" daye,gdp_level,2025,,1000,yi_yuan,reported,,x\n") ==
          std::vector<std::string>{"p.csv:2:1: a region id with spaces at its ends: ' daye'"});
    CHECK(panel_errors("daye,gdp_level,20x5,,1000,yi_yuan,reported,,x\n") ==
          std::vector<std::string>{"p.csv:2:16: not a year (expected four digits): '20x5'"});
    CHECK(panel_errors("daye,gdp_level,0000,,1000,yi_yuan,reported,,x\n") ==
          std::vector<std::string>{"p.csv:2:16: not a year: years run from 0001 to 9999: '0000'"});
    CHECK(errors_of(read_observations(
              "indicator,year,value,unit,status,bound,source\nuhv_converter_station,2024,2024-12-20,date,reported,"
              "above,x\n",
              daye_2024, "d.csv")) == std::vector<std::string>{"d.csv:2:53: a bound applies to numbers only: 'above'"});
    // Every error of a row, in the order of its columns.
    CHECK(panel_errors("daye ,gdp_level,20x5,q5,-1,yi_yuan,final,over,x\n") ==
          std::vector<std::string>{
              "p.csv:2:1: a region id with spaces at its ends: 'daye '",
              "p.csv:2:17: not a year (expected four digits): '20x5'",
              "p.csv:2:22: not a period (empty for the whole year, jan-sep, sep or q3): 'q5'",
              "p.csv:2:25: outside the domain of gdp_level: a count, an amount, an area or a level is 0 or more: '-1'",
              "p.csv:2:36: status must be reported, preliminary or revised: 'final'",
              "p.csv:2:42: bound must be empty (an exact value), above or below: 'over'"});
}

TEST_CASE("vintages of a key are kept; a key and status given twice is a duplicate on each repetition") {
    const observation_set vintages = read_observations(outcome_header +
                                                           "daye,gdp_level,2024,,900,yi_yuan,preliminary,above,a\n"
                                                           "daye,gdp_level,2024,,930.71,yi_yuan,reported,,b\n"
                                                           "daye,gdp_level,2024,,931.02,yi_yuan,revised,,c\n",
                                                       daye_2024);
    REQUIRE(vintages.ok());
    CHECK(vintages.figures().find("daye", "gdp_level", 2024)->source() == "c");
    CHECK(vintages.figures().vintages("daye", "gdp_level", 2024).size() == 3);
    const observation_set below = read_observations(
        outcome_header + "daye,urban_resident_income,2024,,50000,yuan_per_person,preliminary,below,x\n", daye_2024);
    REQUIRE(below.ok());
    CHECK(below.observations()[0].bound() == value_bound::below);

    CHECK(panel_errors("daye,gdp_level,2024,,900,yi_yuan,preliminary,above,a\n"
                       "hubei,gdp_growth,2024,,6,percent,preliminary,,x\n"
                       "daye,gdp_level,2024,,905,yi_yuan,preliminary,above,b\n"
                       "daye,gdp_level,2024,,x,yi_yuan,reported,,b\n"
                       "daye,gdp_level,2024,,910,yi_yuan,preliminary,,c\n"
                       "daye,gdp_growth,2023,jan-sep,7.5,percent,reported,,d\n"
                       "daye,gdp_growth,2023,q3,7.5,percent,reported,,e\n"
                       "daye,gdp_growth,2023,jan-sep,7.5,percent,reported,,f\n") ==
          std::vector<std::string>{
              "p.csv:4:1: duplicate: daye gdp_level 2024 preliminary is already on line 2: 'gdp_level'",
              "p.csv:5:22: not a decimal number: 'x'",
              "p.csv:6:1: duplicate: daye gdp_level 2024 preliminary is already on line 2: 'gdp_level'",
              "p.csv:9:1: duplicate: daye gdp_growth 2023 jan-sep is already on line 7: 'gdp_growth'"});
}

TEST_CASE("a large file can be read without a row list, looked up through its panel") {
    csv_options without_rows;
    without_rows.list_rows = false;
    const observation_set lean = load_observations(DAYE_REPORTED_CSV, daye_2024, without_rows);
    REQUIRE(lean.ok());
    CHECK(lean.observations().empty());
    CHECK(lean.figures().size() == 9);
    CHECK(lean.figures().find("", "county_rank", 2022)->number() == decimal(67));
}

TEST_CASE("an input larger than the limit is refused before it is read") {
    csv_options small;
    small.limits.max_bytes = 10;
    const observation_set set = load_observations(DAYE_REPORTED_CSV, daye_2024, small);
    REQUIRE(set.errors().size() == 1);
    CHECK(to_string(set.errors()[0]) == std::string(DAYE_REPORTED_CSV) + ": larger than the limit of 10 bytes");
}
