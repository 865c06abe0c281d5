#include <set>
#include <string>

#include <daye/catalog.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::catalog;

TEST_CASE("the catalogue holds at least 40 indicators, each described in full, under unique ids") {
    STATIC_REQUIRE(catalog::size() >= 40);
    std::set<std::string> ids;
    for (const section& s : sections) {
        CHECK_FALSE(s.indicators.empty());
        for (const indicator_info* i : s.indicators) {
            INFO(i->id);
            CHECK(ids.insert(std::string(i->id)).second);
            CHECK_FALSE(i->name_zh.empty());
            CHECK_FALSE(i->name_en.empty());
            CHECK_FALSE(i->definition.empty());
            CHECK_FALSE(i->source.empty());
            CHECK(i->measured_in != nullptr);
            CHECK(i->values != nullptr);
            CHECK(catalog::find(i->id) == i);
            // A rank is a place on a list: every rank names its list, and only a rank has one.
            CHECK((i->measured_in == &units::rank) == (i->ranked_on != nullptr));
        }
    }
    CHECK(ids.size() == catalog::size());
    STATIC_REQUIRE(catalog::find("nowhere") == nullptr);
}

TEST_CASE("the headline indicators have the unit, basis and direction county statistics give them") {
    STATIC_REQUIRE(gdp_growth.basis == price_basis::real);
    STATIC_REQUIRE(gdp_level.basis == price_basis::nominal);
    STATIC_REQUIRE(gdp_level.measured_in == &units::yi_yuan);
    STATIC_REQUIRE(industrial_value_added_growth.basis == price_basis::real);
    STATIC_REQUIRE(retail_sales_growth.basis == price_basis::nominal);
    STATIC_REQUIRE(fixed_asset_investment_growth.basis == price_basis::nominal);
    STATIC_REQUIRE(urban_resident_income_growth_real.basis == price_basis::real);
    STATIC_REQUIRE(urban_resident_income_growth.basis == price_basis::nominal);
    STATIC_REQUIRE(urban_resident_income.measured_in == &units::yuan_per_person);
    STATIC_REQUIRE(cpi_change.better == direction::lower_is_better);
    STATIC_REQUIRE(urban_surveyed_unemployment_rate.better == direction::lower_is_better);
    STATIC_REQUIRE(pm25_concentration.measured_in == &units::ug_per_m3);
    STATIC_REQUIRE(energy_intensity.measured_in == &units::tce_per_wan_yuan);
    STATIC_REQUIRE(resident_population.measured_in == &units::wan_persons);
    STATIC_REQUIRE(fdi_actually_used.measured_in == &units::wan_usd);
    STATIC_REQUIRE(cultivated_land.measured_in == &units::mu);
    STATIC_REQUIRE(urbanization_rate.values == &domains::share);
    STATIC_REQUIRE(gdp_growth.values == &domains::growth);
}

TEST_CASE("the county rank says which list it is: CCID's top 100, a consultancy's index, a year late") {
    STATIC_REQUIRE(county_rank.better == direction::lower_is_better);
    STATIC_REQUIRE(county_rank.measured_in == &units::rank);
    STATIC_REQUIRE(county_rank.allows(decimal(1)));
    STATIC_REQUIRE(county_rank.allows(decimal(100)));
    STATIC_REQUIRE_FALSE(county_rank.allows(decimal(0)));
    STATIC_REQUIRE_FALSE(county_rank.allows(decimal(101)));
    STATIC_REQUIRE(county_rank.definition.find("CCID Consulting (赛迪顾问)") != std::string_view::npos);
    STATIC_REQUIRE(county_rank.definition.find("composite index") != std::string_view::npos);
    STATIC_REQUIRE(county_rank.definition.find("published in year N ranks year N-1's data") != std::string_view::npos);
    // The list and its year convention as data, not only prose.
    STATIC_REQUIRE(county_rank.ranked_on == &ccid_county_top100);
    STATIC_REQUIRE(ccid_county_top100.id == "ccid_county_top100");
    STATIC_REQUIRE(ccid_county_top100.name_zh == "赛迪顾问全国县域经济百强");
    STATIC_REQUIRE(ccid_county_top100.data_lag == 1);
    STATIC_REQUIRE(ccid_county_top100.data_year(2025) == 2024);  // the 2025 list: 53rd on 2024's GDP of 930.71 亿元
}

TEST_CASE("technology SMEs are admitted to a database (入库), not registered") {
    STATIC_REQUIRE(tech_smes_registered.name_zh == "入库科技型中小企业");
    STATIC_REQUIRE(tech_smes_registered.definition.find("admitted") != std::string_view::npos);
}
