#include <string>
#include <vector>

#include <daye/hierarchy.hpp>

#include "catch.hpp"

using namespace daye;

namespace {
constexpr decimal d(const char* s) { return parse_decimal(s).value(); }

const std::string header = "region,plan,parent,indicator,condition,value,unit,word,source\n";

std::vector<std::string> errors_of(const std::string& body) {
    const target_table table = read_targets(header + body, "h.csv");
    CHECK(table.targets().empty());
    std::vector<std::string> out;
    for (const csv_error& e : table.errors()) out.push_back(to_string(e));
    return out;
}
}  // namespace

TEST_CASE("the escalation of a child's target over its parent's, as a ratio and a difference") {
    STATIC_REQUIRE(escalation_of(d("5"), d("6")).value().ratio == d("1.2"));
    STATIC_REQUIRE(escalation_of(d("5"), d("6")).value().difference == decimal(1));
    STATIC_REQUIRE(escalation_of(d("6"), d("7.5")).value().ratio == d("1.25"));
    STATIC_REQUIRE(escalation_of(d("6"), d("7.5")).value().difference == d("1.5"));
    STATIC_REQUIRE(escalation_of(d("50"), d("67")).value().ratio == d("1.34"));
    STATIC_REQUIRE(escalation_of(d("750"), d("818")).value().ratio == d("1.09"));
    STATIC_REQUIRE(escalation_of(d("750"), d("818"), 4).value().ratio == d("1.0907"));
    STATIC_REQUIRE(escalation_of(d("750"), d("818")).value().difference == decimal(68));
    STATIC_REQUIRE(escalation_of(d("3"), d("2.5")).value().difference == d("-0.5"));
    STATIC_REQUIRE(escalation_of(d("0"), d("1")).error() == errc::division_by_zero);
    STATIC_REQUIRE(escalation_of(d("999999999999999999"), d("-999999999999999999")).error() == errc::overflow);
}

TEST_CASE("2024 up and down the hierarchy: 5 % 左右, 6 %, 7.5 %; the science bureau's 67 and 818") {
    const target_table table = load_targets(DAYE_HIERARCHY_CSV);
    REQUIRE(table.ok());
    CHECK(table.targets().size() == 11);
    CHECK(table.parent_of("daye_science_2024") == "daye_2024");
    CHECK(table.parent_of("china_2024").empty());
    CHECK(table.find("china_2024", "gdp_growth")->condition == stated_condition::about);
    CHECK(table.find("china_2024", "gdp_growth")->word == "左右");
    std::vector<std::string> steps;
    for (const escalation_step& s : table.escalations())
        steps.push_back(s.child->plan + " " + s.child->indicator + " over " + s.parent->plan + ": " +
                        std::string(to_text(s.child->value).view()) + " / " +
                        std::string(to_text(s.parent->value).view()) + " = " + std::string(to_text(s.by.ratio).view()) +
                        ", +" + std::string(to_text(s.by.difference).view()) + (s.stricter ? ", stricter" : ""));
    CHECK(steps == std::vector<std::string>{
                       "hubei_2024 gdp_growth over china_2024: 6 / 5 = 1.20, +1, stricter",
                       "daye_2024 gdp_growth over hubei_2024: 7.5 / 6 = 1.25, +1.5, stricter",
                       "daye_science_2024 new_high_tech_enterprises over daye_2024: 67 / 50 = 1.34, +17, stricter",
                       "daye_science_2024 tech_smes_registered over daye_2024: 818 / 750 = 1.09, +68, stricter"});
}

TEST_CASE("the nearest ancestor with the indicator is the parent of an escalation; a lower ceiling is stricter") {
    const target_table table = read_targets(header +
                                            ",nation,,cpi_change,at_most,3,percent,,\n"
                                            ",province,nation,gdp_growth,at_least,6,percent,,\n"
                                            ",county,province,cpi_change,at_most,2.5,percent,,\n"
                                            ",bureau,county,cpi_change,at_most,3.5,percent,,\n");
    REQUIRE(table.ok());
    const std::vector<escalation_step> steps = table.escalations();
    REQUIRE(steps.size() == 2);
    // A parent of 0 gives no ratio: no escalation is listed for it.
    CHECK(read_targets(header + ",a,,g,at_least,0,percent,,\n,b,a,g,at_least,1,percent,,\n").escalations().empty());
    CHECK(steps[0].parent->plan == "nation");
    CHECK(steps[0].stricter);
    CHECK(steps[0].by.difference == d("-0.5"));
    CHECK(steps[1].parent->plan == "county");
    CHECK_FALSE(steps[1].stricter);
}

TEST_CASE("a bad table is refused with each error at its line and column") {
    CHECK(errors_of("china,c,,gdp_growth,around,5,percent,,\n") ==
          std::vector<std::string>{"h.csv:2:21: condition must be at_least, at_most or about: 'around'"});
    CHECK(errors_of("china,c,,gdp_growth,about,5,pct,,\n") ==
          std::vector<std::string>{"h.csv:2:29: unknown unit: 'pct'"});
    CHECK(errors_of("china,c,,gdp_growth,about,5%,percent,,\n") ==
          std::vector<std::string>{"h.csv:2:27: not a decimal number: '5%'"});
    CHECK(errors_of("china,c,,gdp_growth,about,5.001,percent,,\n") ==
          std::vector<std::string>{"h.csv:2:27: too many decimals: percent takes at most 2: '5.001'"});
    CHECK(errors_of("china,,,gdp_growth,about,5,percent,,\n") == std::vector<std::string>{"h.csv:2:7: empty plan id"});
    CHECK(errors_of("china,c,,,about,5,percent,,\n") == std::vector<std::string>{"h.csv:2:10: empty indicator id"});
    CHECK(errors_of("hubei,h,c,gdp_growth,at_least,6,percent,,\n") ==
          std::vector<std::string>{"h.csv:2:1: parent plan not in the table: 'c'"});
    CHECK(errors_of("x,a,a,gdp_growth,at_least,6,percent,,\n") ==
          std::vector<std::string>{"h.csv:2:5: a plan cannot be its own parent: 'a'"});
    CHECK(errors_of("x,a,b,gdp_growth,at_least,6,percent,,\nx,b,c,gdp_growth,at_least,6,percent,,\n"
                    "x,c,a,gdp_growth,at_least,6,percent,,\n") ==
          std::vector<std::string>{"h.csv:2:1: plan a is its own ancestor: 'b'"});
    CHECK(errors_of("x,a,,gdp_growth,at_least,6,percent,,\nx,a,,gdp_growth,at_least,7,percent,,\n") ==
          std::vector<std::string>{"h.csv:3:1: duplicate: a gdp_growth is already on line 2: 'gdp_growth'"});
    CHECK(errors_of(
              "x,a,,gdp_growth,at_least,6,percent,,\nx,b,,n,at_least,7,percent,,\nx,a,b,m,at_least,7,percent,,\n") ==
          std::vector<std::string>{"h.csv:4:1: plan a has another parent on an earlier line (line 2): 'b'"});
    CHECK(errors_of("x,a,,g,at_least,6,percent,,\ny,a,,m,at_least,7,percent,,\n") ==
          std::vector<std::string>{"h.csv:3:1: plan a has another region on an earlier line (line 2): 'y'"});
    CHECK(errors_of("x,a,,g,at_least,6,percent,,\nx,b,a,g,at_least,7,enterprises,,\n") ==
          std::vector<std::string>{"h.csv:3:1: the unit of g differs from the one on line 2: 'enterprises'"});
    CHECK(errors_of("x,a,,g,at_least,6,percent\n") ==
          std::vector<std::string>{"h.csv:2:19: short row: 7 fields, expected 9 "
                                   "(region,plan,parent,indicator,condition,value,unit,word,source)"});
    const target_table empty = read_targets("", "e.csv");
    REQUIRE(empty.errors().size() == 1);
    CHECK(to_string(empty.errors()[0]) ==
          "e.csv:1:1: empty file: expected a header naming plan, indicator, condition, value and unit, and may name "
          "region, parent, word and source");
    const target_table missing = load_targets("/nonexistent/h.csv");
    REQUIRE(missing.errors().size() == 1);
    CHECK(to_string(missing.errors()[0]) == "/nonexistent/h.csv: cannot open the file: No such file or directory");
}

TEST_CASE("a long chain of plans and a wide table are checked in one pass each") {
    std::string body;
    for (int i = 0; i < 3000; ++i)
        body += "x,p" + std::to_string(i) + "," + (i == 0 ? std::string() : "p" + std::to_string(i - 1)) +
                ",g,at_least," + std::to_string(i + 1) + ",percent,,\n";
    const target_table table = read_targets(header + body);
    REQUIRE(table.ok());
    const std::vector<escalation_step> steps = table.escalations();
    REQUIRE(steps.size() == 2999);
    CHECK(steps.back().by.difference == decimal(1));
}
