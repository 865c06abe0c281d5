#include <sstream>
#include <string>

#include <daye/catalog.hpp>
#include <daye/json.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/target.hpp>

#include "catch.hpp"
#include "data/reported_2024.hpp"

using namespace daye;
using namespace daye::literals;

TEST_CASE("the JSON writer separates members and escapes strings") {
    std::ostringstream out;
    json_writer j(out);
    j.begin_object().member("a", "x\"y\\z\n\t\x01").member("b", 3).key("c").begin_array();
    j.value(true).null().value(parse_decimal("8.0").value()).value(std::size_t{7});
    j.end_array().member_or_null("d", "").member("e", "大冶").end_object();
    REQUIRE(out.str() == R"({"a":"x\"y\\z\n\t\u0001","b":3,"c":[true,null,"8.0",7],"d":null,"e":"大冶"})");
}

TEST_CASE("the plan's JSON has every entry with the fields of the issue, and its indicators") {
    std::ostringstream out;
    write_json(out, plans::daye_2024);
    const std::string json = out.str();
    CHECK(
        json.find(
            R"("id":"new_high_tech_enterprises","group":"modern_industry","kind":"at_least","value":"50","unit":"enterprises","basis":"none","commitment":"ensure","commitment_zh":"确保","phrase_zh":"确保新增高新技术企业50家")") !=
        std::string::npos);
    CHECK(
        json.find(
            R"("id":"gdp_growth","group":"main_goals","kind":"at_least","value":"7.5","unit":"percent","basis":"real")") !=
        std::string::npos);
    CHECK(json.find(R"("id":"income_in_step_with_growth","group":"main_goals","kind":"keeps_pace","value":null)") !=
          std::string::npos);
    CHECK(json.find(R"("indicator":"resident_income_growth","other":"gdp_growth")") != std::string::npos);
    CHECK(json.find(R"("deadline":"2024-12-31")") != std::string::npos);
    CHECK(json.find(R"("parent":"cultivated_land_red_line")") != std::string::npos);
    CHECK(json.find(R"("presented":"2024-01-12")") != std::string::npos);
    CHECK(json.find(R"({"id":"county_rank","name_zh":"赛迪全国县域经济百强排名")") != std::string::npos);
    std::size_t entries = 0;
    for (std::size_t at = json.find("\"phrase_zh\""); at != std::string::npos; at = json.find("\"phrase_zh\"", at + 1))
        ++entries;
    CHECK(entries == plans::daye_2024.entry_count());
}

TEST_CASE("a scorecard's JSON lists what the plan does not read") {
    std::ostringstream out;
    write_json(out, plans::daye_2024, score(plans::daye_2024, test_data::reported_2024).value());
    const std::string json = out.str();
    CHECK(json.find(
              R"("unread":[{"indicator":"local_budget_revenue","year":2024,"did_you_mean":null}],"unread_count":1)") !=
          std::string::npos);
    CHECK(json.find(R"("id":"gdp_growth","group":"main_goals","kind":"at_least","verdict":"met")") !=
          std::string::npos);
}

TEST_CASE("the catalogue's JSON has every indicator with its domain, definition, source and note") {
    std::ostringstream out;
    write_json(out, catalog::sections);
    const std::string json = out.str();
    CHECK(json.find(R"("domain":{"low":"-100","low_included":false,"high":null,"high_included":false,)") !=
          std::string::npos);
    CHECK(json.find(R"("id":"county_rank")") != std::string::npos);
    std::size_t count = 0;
    for (std::size_t at = json.find("\"definition\""); at != std::string::npos;
         at = json.find("\"definition\"", at + 1))
        ++count;
    CHECK(count == catalog::size());
}

TEST_CASE("a carriage return is escaped, and a tolerance is written as a decimal") {
    std::ostringstream out;
    json_writer(out).value("a\rb");
    CHECK(out.str() == R"("a\rb")");
    static const target band[] = {about(catalog::gdp_growth, 7_pct, 0.5_pp)};
    const plan small{"small", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", band}, {}};
    std::ostringstream plan_json;
    write_json(plan_json, small);
    CHECK(plan_json.str().find(R"("tolerance":"0.5")") != std::string::npos);
}
