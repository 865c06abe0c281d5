#include <memory>
#include <string>
#include <vector>

#include <daye/panel.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
observation figure(std::string_view region, std::string_view indicator, int year, decimal value,
                   data_status status = data_status::reported, period covers = periods::whole_year) {
    return observation(indicator, year, value, units::percent).in(region).during(covers).with_status(status);
}

decimal d(const char* s) { return parse_decimal(s).value(); }
}  // namespace

TEST_CASE("a figure is found by region, indicator, year and period") {
    panel p;
    p.add(figure("daye", "gdp_growth", 2023, d("7.5"), data_status::reported, periods::jan_sep), 2);
    p.add(figure("daye", "gdp_growth", 2022, d("6.5")), 3);
    p.add(figure("hubei", "gdp_growth", 2023, d("6")), 4);
    p.add(figure("daye", "gdp_growth", 2021, d("14.4")), 5);
    CHECK(p.index() == 0);
    CHECK(p.size() == 4);
    const auto sep = p.find("daye", "gdp_growth", 2023, periods::first_three_quarters);
    REQUIRE(sep);
    CHECK(sep->number() == d("7.5"));
    CHECK(sep->covers() == periods::jan_sep);
    CHECK(sep->region() == "daye");
    CHECK(sep->indicator() == "gdp_growth");
    CHECK(sep->measured_in() == &units::percent);
    CHECK_FALSE(p.find("daye", "gdp_growth", 2023));  // the whole year was not reported
    CHECK(p.find("hubei", "gdp_growth", 2023)->number() == decimal(6));
    CHECK_FALSE(p.find("huangshi", "gdp_growth", 2023));
    CHECK_FALSE(p.find("daye", "gdp_grwoth", 2022));
    CHECK_FALSE(p.find("daye", "gdp_growth", 1999));
    CHECK_FALSE(p.find("daye", "gdp_growth", -5));
    CHECK_FALSE(p.find("daye", "gdp_growth", 100000));
    CHECK(p.regions() == std::vector<std::string_view>{"daye", "hubei"});
}

TEST_CASE("the firmest vintage of a key is its figure of record") {
    panel p;
    p.add(figure("daye", "gdp_growth", 2024, d("8"), data_status::reported), 7);
    p.add(figure("daye", "gdp_growth", 2024, d("8.0"), data_status::preliminary), 2);
    p.add(figure("daye", "gdp_growth", 2024, d("7.9"), data_status::revised), 9);
    p.add(figure("daye", "retail_sales_growth", 2024, d("5.3"), data_status::preliminary), 3);
    CHECK(p.index() == 0);
    const auto gdp = p.find("daye", "gdp_growth", 2024);
    CHECK(gdp->number() == d("7.9"));
    CHECK(gdp->status() == data_status::revised);
    const std::vector<observation> all = p.vintages("daye", "gdp_growth", 2024);
    REQUIRE(all.size() == 3);
    CHECK(all[0].status() == data_status::preliminary);
    CHECK(all[1].status() == data_status::reported);
    CHECK(all[2].status() == data_status::revised);
    CHECK(p.find("daye", "retail_sales_growth", 2024)->status() == data_status::preliminary);
    CHECK(p.vintages("daye", "gdp_growth", 2023).empty());
    CHECK(firmness(data_status::preliminary) < firmness(data_status::reported));
    CHECK(firmness(data_status::reported) < firmness(data_status::revised));
}

TEST_CASE("a key given twice with one status is a duplicate, named once for each repetition") {
    panel p;
    for (std::uint32_t line = 2; line <= 4; ++line) p.add(figure("", "gdp_growth", 2024, d("8")), line);
    p.add(figure("", "gdp_growth", 2024, d("8"), data_status::preliminary), 5);                 // another vintage: fine
    p.add(figure("", "gdp_growth", 2024, d("8"), data_status::reported, periods::jan_sep), 6);  // another key
    p.add(figure("x", "gdp_growth", 2024, d("8")), 7);                                          // another region
    std::vector<std::string> found;
    p.index([&](const panel_duplicate& dup) {
        found.push_back(std::to_string(dup.line) + " repeats " + std::to_string(dup.first_line) + " " +
                        std::string(dup.figure.indicator()));
    });
    CHECK(found == std::vector<std::string>{"3 repeats 2 gdp_growth", "4 repeats 2 gdp_growth"});
}

TEST_CASE("values of every kind, bounds and sources are kept") {
    panel p;
    const observation level = observation("gdp_level", 2025, decimal(1000), units::yi_yuan)
                                  .in("daye")
                                  .preliminary()
                                  .bounded(value_bound::above)
                                  .from("Hubei Daily 2025-12-30: 2025年预计突破1000亿元大关");
    p.add(level, 10);
    p.add(observation("uhv_converter_station", 2024, date{2024, 12, 20}), 11);
    p.add(observation("hubin_road_bridge", 2024, measure_status::under_way), 12);
    p.add(observation("county_rank", 2024, decimal(55), units::rank), 13);
    p.index();
    const auto found = p.find("daye", "gdp_level", 2025);
    CHECK(found->bound() == value_bound::above);
    CHECK(found->number() == decimal(1000));
    CHECK(found->measured_in() == &units::yi_yuan);
    CHECK(found->source() == level.source());
    CHECK(p.find("", "uhv_converter_station", 2024)->day() == date{2024, 12, 20});
    CHECK(p.find("", "uhv_converter_station", 2024)->kind() == value_kind::day);
    CHECK(p.find("", "hubin_road_bridge", 2024)->progress() == measure_status::under_way);
    CHECK(p.find("", "county_rank", 2024)->number() == decimal(55));
    std::vector<std::uint32_t> lines;
    p.for_each([&](const observation&, std::uint32_t line) { lines.push_back(line); });
    CHECK(lines.size() == 4);
}

TEST_CASE("a region's figures of record, year by year") {
    panel p;
    p.add(figure("daye", "gdp_growth", 2024, d("8"), data_status::preliminary));
    p.add(figure("daye", "gdp_growth", 2024, d("8.1")));
    p.add(figure("daye", "gdp_growth", 2023, d("7.5"), data_status::reported, periods::jan_sep));
    p.add(figure("daye", "gdp_growth", 2022, d("6.5")));
    p.add(figure("daye", "export_growth", 2022, d("15")));
    p.add(figure("daye", "gdp_growth", 2021, d("14.4")));
    p.add(figure("hubei", "gdp_growth", 2023, d("6")));
    p.index();
    std::vector<observation> out;
    p.figures("daye", 2022, 2024, out);
    std::vector<std::string> seen;
    for (const observation& o : out)
        seen.push_back(std::to_string(o.year()) + " " + std::string(o.indicator()) + " " +
                       std::string(period_id(o.covers()).view()) + " " + std::string(to_text(o.number()).view()));
    CHECK(seen == std::vector<std::string>{"2022 gdp_growth  6.5", "2022 export_growth  15",
                                           "2023 gdp_growth jan-sep 7.5", "2024 gdp_growth  8.1"});
    out.clear();
    p.figures("nowhere", 2000, 2030, out);
    CHECK(out.empty());
}

TEST_CASE("bad figures are refused, and lookups wait for index()") {
    panel p;
    CHECK_THROWS_AS(p.add(observation()), std::invalid_argument);
    CHECK_THROWS_AS(p.add(figure("", "x", 0, d("1"))), std::invalid_argument);
    CHECK_THROWS_AS(p.add(figure("", "x", 10000, d("1"))), std::invalid_argument);
    CHECK_THROWS_AS(p.add(figure("", "x", 2024, d("1"), data_status::reported, period{9, 1})), std::invalid_argument);
    p.add(figure("", "x", 2024, d("1")));
    CHECK_THROWS_AS(p.find("", "x", 2024), std::logic_error);
    p.index();
    CHECK(p.find("", "x", 2024));
    p.add(figure("", "y", 2024, d("1")));
    CHECK_FALSE(p.indexed());
    CHECK_THROWS_AS(p.find("", "x", 2024), std::logic_error);
    p.clear();
    CHECK(p.empty());
    // A figure's record names its unit in a byte: 256 units at most.
    std::vector<std::string> ids(257);
    std::vector<unit> many;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ids[i] = "unit_" + std::to_string(i);
        many.emplace_back(ids[i].c_str(), "", "", &dimensions::enterprises, 0, 0, 9, &domains::non_negative);
    }
    for (std::size_t i = 0; i < 256; ++i) p.add(observation("n", 2024, decimal(1), many[i]));
    CHECK_THROWS_AS(p.add(observation("n", 2024, decimal(1), many[256])), std::length_error);
}

TEST_CASE("a copy of a panel stands alone") {
    auto original = std::make_unique<panel>();
    std::string region = "region-";
    for (int i = 0; i < 50; ++i) original->add(figure(region + std::to_string(i), "gdp_growth", 2024, decimal(i)));
    original->index();
    panel copy = *original;
    original.reset();
    const auto found = copy.find("region-42", "gdp_growth", 2024);
    REQUIRE(found);
    CHECK(found->number() == decimal(42));
    CHECK(found->region() == "region-42");
    const panel moved = std::move(copy);
    CHECK(moved.find("region-7", "gdp_growth", 2024)->number() == decimal(7));
}

TEST_CASE("a large panel in random order is indexed and every figure found") {
    panel p;
    const int regions = 300;
    const int indicators = 20;
    const int years = 10;
    std::vector<std::string> names;
    for (int k = 0; k < indicators; ++k) names.push_back("indicator_" + std::to_string(k));
    std::uint32_t state = 2024;
    std::vector<int> order(regions * indicators * years);
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    for (std::size_t i = order.size(); i-- > 1;) {  // a fixed shuffle
        state = state * 1664525u + 1013904223u;
        std::swap(order[i], order[state % (i + 1)]);
    }
    for (const int i : order) {
        const int r = i / (indicators * years);
        const int k = i / years % indicators;
        const int y = 2015 + i % years;
        p.add(figure("r" + std::to_string(r), names[static_cast<std::size_t>(k)], y, decimal(i)),
              static_cast<std::uint32_t>(i + 2));
    }
    CHECK(p.index() == 0);
    int found = 0;
    for (int i = 0; i < regions * indicators * years; i += 7) {
        const auto o = p.find("r" + std::to_string(i / (indicators * years)),
                              names[static_cast<std::size_t>(i / years % indicators)], 2015 + i % years);
        found += o && o->number() == decimal(i) ? 1 : 0;
    }
    CHECK(found == (regions * indicators * years + 6) / 7);
    CHECK(p.bytes() < p.size() * 40);
}
