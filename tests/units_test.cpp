#include <type_traits>

#include <daye/units.hpp>

#include "catch.hpp"

using daye::decimal;
using daye::quantity;
namespace units = daye::units;
using namespace daye::literals;

namespace {
constexpr decimal d(std::string_view text) { return daye::parse_decimal(text).value(); }

// A dimension and a unit of the test's own, declared in one line each.
constexpr daye::dimension water{"water", "volume of water in cubic metres"};
constexpr daye::unit wan_m3{"wan_m3", "万立方米", "10,000 cubic metres",       &water, 4,
                            2,        12,         &daye::domains::non_negative};
constexpr daye::unit m3{"m3", "立方米", "cubic metres", &water, 0, 0, 16, &daye::domains::non_negative};
}  // namespace

TEST_CASE("each literal makes a quantity of its unit") {
    STATIC_REQUIRE(std::is_same_v<decltype(7.5_pct), quantity<units::percent>>);
    STATIC_REQUIRE(std::is_same_v<decltype(1.5_pp), quantity<units::percentage_points>>);
    STATIC_REQUIRE(std::is_same_v<decltype(1200_yi), quantity<units::yi_yuan>>);
    STATIC_REQUIRE(std::is_same_v<decltype(500_wan), quantity<units::wan_yuan>>);
    STATIC_REQUIRE(std::is_same_v<decltype(3_yuan), quantity<units::yuan>>);
    STATIC_REQUIRE(std::is_same_v<decltype(45000_yuan_per_person), quantity<units::yuan_per_person>>);
    STATIC_REQUIRE(std::is_same_v<decltype(638500_mu), quantity<units::mu>>);
    STATIC_REQUIRE(std::is_same_v<decltype(63.85_wan_mu), quantity<units::wan_mu>>);
    STATIC_REQUIRE(std::is_same_v<decltype(50_enterprises), quantity<units::enterprises>>);
    STATIC_REQUIRE(std::is_same_v<decltype(135_projects), quantity<units::projects>>);
    STATIC_REQUIRE(std::is_same_v<decltype(79_communities), quantity<units::communities>>);
    STATIC_REQUIRE(std::is_same_v<decltype(8000_persons), quantity<units::persons>>);
    STATIC_REQUIRE(std::is_same_v<decltype(90.5_wan_persons), quantity<units::wan_persons>>);
    STATIC_REQUIRE(std::is_same_v<decltype(120_tonnes), quantity<units::tonnes>>);
    STATIC_REQUIRE(std::is_same_v<decltype(35_ug_per_m3), quantity<units::ug_per_m3>>);
    STATIC_REQUIRE(std::is_same_v<decltype(300_days), quantity<units::days>>);
    STATIC_REQUIRE(std::is_same_v<decltype(12_km), quantity<units::km>>);
    STATIC_REQUIRE(std::is_same_v<decltype(80_wan_kw), quantity<units::wan_kw>>);
    STATIC_REQUIRE(std::is_same_v<decltype(50_th), quantity<units::rank>>);
    STATIC_REQUIRE_FALSE(std::is_same_v<decltype(50_enterprises), decltype(50_projects)>);
}

TEST_CASE("quantities of one unit compare and add exactly") {
    STATIC_REQUIRE(7.5_pct == 7.50_pct);
    STATIC_REQUIRE(7.49_pct < 7.5_pct);
    STATIC_REQUIRE(8.0_pct - 7.5_pct == 0.5_pct);
    STATIC_REQUIRE(360_yi + 240_yi == 600_yi);
    STATIC_REQUIRE(-(1_pct) == quantity<units::percent>(decimal(-1)));
    STATIC_REQUIRE(573400_mu <= 638500_mu);
    STATIC_REQUIRE(50_th != 55_th);
    STATIC_REQUIRE(55_th > 50_th);
}

TEST_CASE("units of one dimension compare by value, exactly: 1 亿元 is 10,000 万元") {
    STATIC_REQUIRE(1_yi == 10000_wan);
    STATIC_REQUIRE(200000_wan == 20_yi);
    STATIC_REQUIRE(0.0001_yi == 1_wan);
    STATIC_REQUIRE(67.44_yi > 674399.99_wan);
    STATIC_REQUIRE(67.44_yi < 674400.01_wan);
    STATIC_REQUIRE(-(1_yi) < 1_yuan);
    STATIC_REQUIRE(63.85_wan_mu == 638500_mu);
    STATIC_REQUIRE(1_wan_persons == 10000_persons);
    STATIC_REQUIRE(1_wan_tonnes > 9999_tonnes);
    // 10^17 亿元 is 10^25 元: beyond 18 digits, yet compared without overflow.
    STATIC_REQUIRE(quantity<units::yi_yuan>(decimal(std::int64_t{100000000000000000})) > 1_yuan);
}

TEST_CASE("money, people, areas and masses convert exactly; too many digits or places is an error") {
    STATIC_REQUIRE(daye::convert<units::wan_yuan>(67.44_yi) == 674400_wan);
    STATIC_REQUIRE(daye::convert<units::yi_yuan>(674400_wan).value() == d("67.44"));
    STATIC_REQUIRE(daye::convert<units::yuan>(1_wan).value() == decimal(10000));
    STATIC_REQUIRE(daye::convert<units::yi_yuan>(1_yuan).value().places() == 8);
    STATIC_REQUIRE(daye::convert<units::persons>(90.5_wan_persons).value() == decimal(905000));
    STATIC_REQUIRE(daye::convert(decimal(1), units::yi_yuan, units::yuan).value() == decimal(100000000));
    STATIC_REQUIRE(daye::convert(decimal(1), units::mu, units::yuan).error() == daye::errc::incompatible_units);
    STATIC_REQUIRE(daye::convert(decimal(1), units::percent, units::percentage_points).error() ==
                   daye::errc::incompatible_units);
    STATIC_REQUIRE(daye::convert(decimal(1), units::yuan, units::usd).error() == daye::errc::incompatible_units);
    STATIC_REQUIRE(daye::convert(decimal(1), units::mu, units::hectares).error() == daye::errc::incompatible_units);
    STATIC_REQUIRE(daye::convert(decimal(10000000000), units::yi_yuan, units::yuan).error() == daye::errc::overflow);
    STATIC_REQUIRE(daye::convert(d("0.000000000001"), units::yuan, units::yi_yuan).error() == daye::errc::too_precise);
    STATIC_REQUIRE(daye::convert(d("67.44"), units::yi_yuan, units::yuan).value().places() == 0);
    STATIC_REQUIRE(daye::convertible(units::wan_yuan, units::yi_yuan));
    STATIC_REQUIRE_FALSE(daye::convertible(units::enterprises, units::projects));
    STATIC_REQUIRE_FALSE(daye::convertible(units::projects, units::communities));
}

TEST_CASE("a unit declared by a user converts within its own dimension and with no other") {
    STATIC_REQUIRE(daye::convert(d("1.5"), wan_m3, m3).value() == decimal(15000));
    STATIC_REQUIRE(daye::convert(decimal(1), wan_m3, units::wan_tonnes).error() == daye::errc::incompatible_units);
    STATIC_REQUIRE(daye::convertible(wan_m3, m3));
    STATIC_REQUIRE(wan_m3.allows(decimal(0)));
    STATIC_REQUIRE_FALSE(wan_m3.allows(decimal(-1)));
}

TEST_CASE("each unit says which values it allows: its usual domain, and a sane magnitude") {
    STATIC_REQUIRE(units::rank.allows(decimal(1)));
    STATIC_REQUIRE_FALSE(units::rank.allows(decimal(0)));
    STATIC_REQUIRE_FALSE(units::rank.allows(decimal(-3)));
    STATIC_REQUIRE_FALSE(units::enterprises.allows(decimal(-1)));
    STATIC_REQUIRE_FALSE(units::mu.allows(decimal(-1)));
    STATIC_REQUIRE(units::percent.allows(decimal(-50)));
    STATIC_REQUIRE(units::percent.allows(decimal(999999)));
    STATIC_REQUIRE_FALSE(units::percent.allows(decimal(1000000)));  // 10^6 %: no published rate
    STATIC_REQUIRE_FALSE(units::percent.allows(decimal(-1000000)));
    STATIC_REQUIRE_FALSE(units::yi_yuan.allows(decimal(10000000)));  // 10^15 yuan
    STATIC_REQUIRE(units::yi_yuan.allows(decimal(9999999)));
}

TEST_CASE("domains: growth above -100 %, shares within 0 and 100, ranks from 1") {
    using daye::domains::growth;
    using daye::domains::rank;
    using daye::domains::share;
    STATIC_REQUIRE(growth.contains(d("-99.9")));
    STATIC_REQUIRE_FALSE(growth.contains(decimal(-100)));
    STATIC_REQUIRE(growth.contains(decimal(400)));
    STATIC_REQUIRE(share.contains(decimal(0)));
    STATIC_REQUIRE(share.contains(decimal(100)));
    STATIC_REQUIRE_FALSE(share.contains(d("100.01")));
    STATIC_REQUIRE_FALSE(share.contains(d("-0.01")));
    STATIC_REQUIRE(rank.contains(decimal(1)));
    STATIC_REQUIRE_FALSE(rank.contains(decimal(0)));
    STATIC_REQUIRE(daye::domains::any.contains(decimal(-5)));
    constexpr daye::domain below_ten{decimal(0), daye::edge::none, decimal(10), daye::edge::open, "below ten"};
    STATIC_REQUIRE(below_ten.contains(d("9.99")));
    STATIC_REQUIRE_FALSE(below_ten.contains(decimal(10)));
}

TEST_CASE("638,500 mu is 42,566 2/3 hectares exactly, 42566.67 rounded") {
    DAYE_CONSTEXPR daye::fraction ha = daye::hectares_exact(638500_mu).value();
    STATIC_REQUIRE(ha == daye::fraction{127700, 3});
    STATIC_REQUIRE(ha.part_of() == 42566);
    STATIC_REQUIRE(ha.remainder() == 2);
    STATIC_REQUIRE(daye::hectares(638500_mu, 2).value() == d("42566.67"));
    STATIC_REQUIRE(daye::hectares(15_mu, 0).value() == decimal(1));
    STATIC_REQUIRE(daye::hectares_exact(547.5_mu).value() == daye::fraction{73, 2});
    STATIC_REQUIRE(daye::hectares(573400_mu, 4).value() == d("38226.6667"));
    STATIC_REQUIRE(daye::hectares_exact(quantity<units::mu>(decimal::make(1, 18).value())).error() ==
                   daye::errc::overflow);
}

TEST_CASE("units are found by the id used in data files") {
    STATIC_REQUIRE(daye::find_unit("yi_yuan") == &units::yi_yuan);
    STATIC_REQUIRE(daye::find_unit("percentage_points") == &units::percentage_points);
    STATIC_REQUIRE(daye::find_unit("ug_per_m3") == &units::ug_per_m3);
    STATIC_REQUIRE(daye::find_unit("acres") == nullptr);
    STATIC_REQUIRE(units::yi_yuan.scale == 8);
    STATIC_REQUIRE(units::percent != units::mu);
    for (const daye::unit* u : units::all) {
        CHECK(daye::find_unit(u->id) == u);
        CHECK_FALSE(u->symbol_zh.empty());
        CHECK_FALSE(u->name_en.empty());
        CHECK(u->measures != nullptr);
    }
}
