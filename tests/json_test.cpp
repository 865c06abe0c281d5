#include <charconv>  // __cpp_lib_to_chars where it converts doubles
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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
    CHECK(json.find(R"("indicator":"urban_resident_income_growth_real","other":"gdp_growth")") != std::string::npos);
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
    // The red lines are not reported: no breach reported, not "none breached", and which ones.
    CHECK(
        json.find(
            R"("vetoed":false,"veto":"not_reported","red_lines_not_reported":["cultivated_land_red_line","basic_farmland_red_line"],"complete":false)") !=
        std::string::npos);
    // A rank names its list and the year of the data that the list of 2024 ranks.
    CHECK(
        json.find(
            R"("reason":"missed on the CCID list of 2024 (2023's data): over the limit","rank_list":{"id":"ccid_county_top100","called":"the CCID list","name_zh":"赛迪顾问全国县域经济百强")") !=
        std::string::npos);
    CHECK(json.find(R"("data_lag":1},"rank_data_year":2023)") != std::string::npos);
    CHECK(json.find(R"("rank_list":null,"rank_data_year":null)") != std::string::npos);
}

TEST_CASE("a program adds its own members to a scorecard's object, which stays one valid object") {
    const auto card = score(plans::daye_2024, test_data::reported_2024).value();
    std::ostringstream alone;
    write_json(alone, plans::daye_2024, card);
    std::ostringstream added;
    json_writer j(added);
    j.begin_object();
    write_json_members(j, plans::daye_2024, card);
    j.member("region", "daye").key("vintages").begin_array().end_array().end_object();
    added << '\n';
    // The same members, then the program's, before the object closes.
    const std::string whole = alone.str();
    REQUIRE(whole.size() > 2);
    CHECK(added.str() == whole.substr(0, whole.size() - 2) + R"(,"region":"daye","vintages":[]})" + "\n");
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

namespace {
std::string json_of(double d) {
    std::ostringstream out;
    json_writer(out).value(d);
    return out.str();
}
}  // namespace

TEST_CASE("a double is written as the shortest text that reads back, as std::to_chars writes it") {
    CHECK(json_of(1040.0625) == "1040.0625");
    CHECK(json_of(900) == "900");
    CHECK(json_of(-7.5) == "-7.5");
    CHECK(json_of(0.1) == "0.1");
    CHECK(json_of(0.001) == "0.001");   // fixed and scientific as long: fixed
    CHECK(json_of(0.0001) == "1e-04");  // scientific is shorter
    CHECK(json_of(1e21) == "1e+21");
    CHECK(json_of(123456.0) == "123456");
    CHECK(json_of(1e300) == "1e+300");   // a three-digit exponent
    CHECK(json_of(5e-324) == "5e-324");  // the smallest subnormal
    CHECK(json_of(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(json_of(0.0) == "0");
    CHECK(json_of(-0.0) == "-0");
    // A whole number in fixed notation has all its digits, as to_chars writes it.
    CHECK(json_of(1742267765724840960.0) == "1742267765724840960");
    // 2^-1017: the nearest 16-digit number (…0444e-307 rounds to …044e-307) does not read
    // back, because the doubles below a power of two are twice as close; the one above does.
    CHECK(json_of(std::ldexp(1.0, -1017)) == "7.120236347223045e-307");
    // JSON has no NaN or infinity.
    CHECK(json_of(std::numeric_limits<double>::quiet_NaN()) == "null");
    CHECK(json_of(-std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("every double reads back from its JSON, and where std::to_chars has doubles, is written as it writes it") {
    std::mt19937_64 random_bits(20240112);
    std::vector<double> doubles;
    for (int k = 0; k < 20000; ++k) {
        const std::uint64_t bits = random_bits();
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        if (std::isfinite(d)) doubles.push_back(d);
    }
    for (int e = -1074; e <= 1023; ++e) {
        const double power = std::ldexp(1.0, e);
        doubles.insert(doubles.end(), {power, std::nextafter(power, 0.0), std::nextafter(power, 2 * power)});
    }
    for (int cents = 0; cents < 200000; cents += 7) doubles.push_back(cents / 100.0);
    std::size_t differ = 0;
    for (const double d : doubles) {
        const std::string text = json_of(d);
        if (std::strtod(text.c_str(), nullptr) != d) ++differ;
#if defined(__cpp_lib_to_chars)
        char expected[64];
        const auto written = std::to_chars(expected, expected + sizeof expected, d);
        if (text != std::string_view(expected, static_cast<std::size_t>(written.ptr - expected))) ++differ;
#endif
    }
    CHECK(differ == 0);
}
