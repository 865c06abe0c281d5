#include <type_traits>

#include <daye/units.hpp>

#include "catch.hpp"

using daye::decimal;
using daye::quantity;
namespace units = daye::units;
using namespace daye::literals;

TEST_CASE("each literal makes a quantity of its unit") {
    STATIC_REQUIRE(std::is_same_v<decltype(7.5_pct), quantity<units::percent>>);
    STATIC_REQUIRE(std::is_same_v<decltype(1200_yi), quantity<units::yi_yuan>>);
    STATIC_REQUIRE(std::is_same_v<decltype(500_wan), quantity<units::wan_yuan>>);
    STATIC_REQUIRE(std::is_same_v<decltype(3_yuan), quantity<units::yuan>>);
    STATIC_REQUIRE(std::is_same_v<decltype(638500_mu), quantity<units::mu>>);
    STATIC_REQUIRE(std::is_same_v<decltype(50_enterprises), quantity<units::enterprises>>);
    STATIC_REQUIRE(std::is_same_v<decltype(135_projects), quantity<units::projects>>);
    STATIC_REQUIRE(std::is_same_v<decltype(79_communities), quantity<units::communities>>);
    STATIC_REQUIRE(std::is_same_v<decltype(8000_persons), quantity<units::persons>>);
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

TEST_CASE("money converts exactly between 元, 万元 and 亿元") {
    STATIC_REQUIRE(daye::convert<units::wan_yuan>(67.44_yi) == 674400_wan);
    STATIC_REQUIRE(daye::convert<units::yi_yuan>(674400_wan) == 67.44_yi);
    STATIC_REQUIRE(daye::convert<units::yuan>(1_wan) == 10000_yuan);
    STATIC_REQUIRE(daye::convert<units::yi_yuan>(1_yuan).value().places() == 8);
    STATIC_REQUIRE(daye::convert(decimal(1), units::yi_yuan, units::yuan).value() == decimal(100000000));
    STATIC_REQUIRE(daye::convert(decimal(1), units::mu, units::yuan).error() == daye::errc::out_of_range);
    STATIC_REQUIRE(daye::convert(decimal(10000000000), units::yi_yuan, units::yuan).error() == daye::errc::overflow);
    STATIC_REQUIRE(daye::convert(daye::parse_decimal("0.000000000001").value(), units::yuan, units::yi_yuan).error() ==
                   daye::errc::too_precise);
    STATIC_REQUIRE(daye::convert(daye::parse_decimal("67.44").value(), units::yi_yuan, units::yuan).value().places() ==
                   0);
    static constexpr daye::unit tiny_money{"tiny", "", "", daye::dimension::money, -18, 18};
    STATIC_REQUIRE(daye::convert(decimal(1), units::yuan, tiny_money).error() == daye::errc::overflow);
    STATIC_REQUIRE(
        daye::convert(daye::parse_decimal("0.000000000000000001").value(), units::yuan, tiny_money).value() ==
        decimal(1));
    STATIC_REQUIRE(daye::convertible(units::wan_yuan, units::yi_yuan));
    STATIC_REQUIRE_FALSE(daye::convertible(units::enterprises, units::projects));
}

TEST_CASE("638,500 mu is 42,566 2/3 hectares exactly, 42566.67 rounded") {
    DAYE_CONSTEXPR daye::fraction ha = daye::hectares_exact(638500_mu).value();
    STATIC_REQUIRE(ha == daye::fraction{127700, 3});
    STATIC_REQUIRE(ha.whole() == 42566);
    STATIC_REQUIRE(ha.remainder() == 2);
    STATIC_REQUIRE(daye::hectares(638500_mu, 2).value() == daye::parse_decimal("42566.67").value());
    STATIC_REQUIRE(daye::hectares(15_mu, 0).value() == decimal(1));
    STATIC_REQUIRE(daye::hectares_exact(547.5_mu).value() == daye::fraction{73, 2});
    STATIC_REQUIRE(daye::hectares(573400_mu, 4).value() == daye::parse_decimal("38226.6667").value());
    STATIC_REQUIRE(daye::hectares_exact(quantity<units::mu>(daye::decimal::make(1, 18).value())).error() ==
                   daye::errc::overflow);
}

TEST_CASE("units are found by the id used in data files") {
    STATIC_REQUIRE(daye::find_unit("yi_yuan") == &units::yi_yuan);
    STATIC_REQUIRE(daye::find_unit("percent") == &units::percent);
    STATIC_REQUIRE(daye::find_unit("acres") == nullptr);
    STATIC_REQUIRE(units::yi_yuan.scale == 8);
    STATIC_REQUIRE(units::percent != units::mu);
}
