#include <type_traits>

#include <daye/indicator.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
inline constexpr indicator<units::percent, real, struct gdp_growth_tag> gdp{
    {"gdp_growth", "地区生产总值增长", "GDP growth", direction::higher_is_better, domains::growth,
     "Change of gross regional product at comparable prices.", "NBS", "a note"}};
inline constexpr indicator<units::rank, not_a_price, struct rank_tag> rank{
    {"county_rank", "排名", "rank", direction::lower_is_better, domains::rank, "A place on a list."}};
}  // namespace

TEST_CASE("a handle carries its unit, basis and identity in its type, and its description as data") {
    STATIC_REQUIRE(std::is_same_v<decltype(gdp)::basis_type, real>);
    STATIC_REQUIRE(std::is_same_v<decltype(gdp)::tag, gdp_growth_tag>);
    STATIC_REQUIRE(&decltype(gdp)::unit_of() == &units::percent);
    STATIC_REQUIRE(gdp.id == "gdp_growth");
    STATIC_REQUIRE(gdp.measured_in == &units::percent);
    STATIC_REQUIRE(gdp.basis == price_basis::real);
    STATIC_REQUIRE(gdp.better == direction::higher_is_better);
    STATIC_REQUIRE(gdp.name_zh == "地区生产总值增长");
    STATIC_REQUIRE(gdp.source == "NBS");
    STATIC_REQUIRE(gdp.note == "a note");
    STATIC_REQUIRE(rank.source.empty());
    STATIC_REQUIRE(rank.basis == price_basis::none);
    STATIC_REQUIRE(name(rank.better) == "lower");
    STATIC_REQUIRE_FALSE(std::is_same_v<decltype(gdp), decltype(rank)>);
}

TEST_CASE("an indicator allows the values of its domain and unit, and names the rule a value breaks") {
    STATIC_REQUIRE(gdp.allows(parse_decimal("-99.9").value()));
    STATIC_REQUIRE_FALSE(gdp.allows(decimal(-150)));
    STATIC_REQUIRE(gdp.rule_broken_by(decimal(-150)) == domains::growth.rule);
    STATIC_REQUIRE(gdp.rule_broken_by(decimal(8)).empty());
    STATIC_REQUIRE(gdp.rule_broken_by(decimal(1000000)) == "beyond the sane magnitude of the unit");
    STATIC_REQUIRE_FALSE(rank.allows(decimal(0)));
    STATIC_REQUIRE(rank.rule_broken_by(decimal(0)) == domains::rank.rule);
}

TEST_CASE("two handles are one indicator when they are the same, or share id, unit and basis") {
    constexpr indicator<units::percent, real, struct copy_tag> same_again{
        {"gdp_growth", "GDP", "GDP", direction::higher_is_better, domains::growth, "Again."}};
    constexpr indicator<units::percent, nominal, struct nominal_tag> other_basis{
        {"gdp_growth", "GDP", "GDP", direction::higher_is_better, domains::growth, "Nominal."}};
    STATIC_REQUIRE(same_indicator(gdp, gdp));
    STATIC_REQUIRE(same_indicator(gdp, same_again));
    STATIC_REQUIRE_FALSE(same_indicator(gdp, other_basis));
    STATIC_REQUIRE_FALSE(same_indicator(gdp, rank));
}

TEST_CASE("every price basis has an id and a gloss, and each basis type its run-time basis") {
    STATIC_REQUIRE(name(price_basis::real) == "real");
    STATIC_REQUIRE(name(price_basis::nominal) == "nominal");
    STATIC_REQUIRE(gloss(price_basis::real) == "comparable prices (real) 可比价");
    STATIC_REQUIRE(basis_of<real>() == price_basis::real);
    STATIC_REQUIRE(basis_of<nominal>() == price_basis::nominal);
    STATIC_REQUIRE(basis_of<unstated>() == price_basis::unstated);
    STATIC_REQUIRE(basis_of<not_a_price>() == price_basis::none);
    for (int b = 0; b <= static_cast<int>(price_basis::unstated); ++b) {
        CHECK_FALSE(name(static_cast<price_basis>(b)).empty());
        CHECK_FALSE(gloss(static_cast<price_basis>(b)).empty());
    }
}
