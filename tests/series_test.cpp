#include <string>
#include <vector>

#include <daye/csv.hpp>
#include <daye/series.hpp>

#include "catch.hpp"
#include "data/outcomes.hpp"

using namespace daye;

namespace {
/// "2023 7.5 (1-9月)" for each figure of a record.
std::vector<std::string> shown(const std::vector<observation>& record) {
    std::vector<std::string> out;
    for (const observation& o : record) {
        std::string s = std::to_string(o.year()) + " " + std::string(to_text(o.number()).view());
        if (o.bound() == value_bound::above)
            s = std::to_string(o.year()) + " >" + std::string(to_text(o.number()).view());
        if (!o.covers().whole_year()) s += " (" + std::string(name_zh(o.covers()).view()) + ")";
        if (o.status() != data_status::reported) s += " " + std::string(name(o.status()));
        out.push_back(s);
    }
    return out;
}

const panel& outcomes() {
    REQUIRE(test_data::outcomes().ok());
    return test_data::outcomes().figures();
}
}  // namespace

TEST_CASE("Daye's GDP growth, 2021-2025: each year's fullest figure") {
    CHECK(shown(record_of(outcomes(), "daye", "gdp_growth", 2021, 2025)) ==
          std::vector<std::string>{"2021 14.4", "2022 6.5", "2023 7.5 (1-9月)", "2024 8 preliminary",
                                   "2025 7.7 (1-6月)"});
}

TEST_CASE("a level's record: a year without a figure is left out, a bound stays a bound") {
    CHECK(shown(record_of(outcomes(), "daye", "gdp_level", 2021, 2025)) ==
          std::vector<std::string>{"2021 751.1", "2022 860.79", "2024 930.71", "2025 >1000 preliminary"});
}

TEST_CASE("the whole year comes before a part of it, the firmest vintage before the others") {
    panel p;
    const auto add = [&](int year, period covers, const char* value, data_status s) {
        p.add(observation("gdp_growth", year, parse_decimal(value).value(), units::percent)
                  .in("x")
                  .during(covers)
                  .with_status(s));
    };
    add(2023, periods::jan_sep, "7.5", data_status::reported);
    add(2023, periods::jan_nov, "7.4", data_status::reported);
    add(2023, periods::whole_year, "7.2", data_status::preliminary);
    add(2023, periods::whole_year, "7.3", data_status::reported);
    add(2024, periods::jan_sep, "6.1", data_status::reported);
    add(2024, periods::third_quarter, "5.0", data_status::reported);  // a quarter is not a year's record
    add(2025, periods::third_quarter, "5.0", data_status::reported);
    p.index();
    CHECK(shown(record_of(p, "x", "gdp_growth", 2020, 2030)) ==
          std::vector<std::string>{"2023 7.3", "2024 6.1 (1-9月)"});
    CHECK(record_of(p, "x", "gdp_growth", 2024, 2023).empty());
    CHECK(record_of(p, "y", "gdp_growth", 2020, 2030).empty());
    CHECK(record_of(p, "x", "gdp_growth", -2147483647 - 1, 2147483647).size() == 2);
}
