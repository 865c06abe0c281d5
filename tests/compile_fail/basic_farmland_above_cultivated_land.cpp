// expect: invalid_plan::red_line_floor_above_the_red_line_it_is_part_of
// A basic-farmland floor above the cultivated-land floor it is part of.
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr indicator indicators[] = {
    {"cultivated_land", &units::mu, price_basis::none, "耕地保有量", "cultivated land"},
    {"permanent_basic_farmland", &units::mu, price_basis::none, "永久基本农田", "permanent basic farmland"},
};
constexpr target entries[] = {
    red_line("cultivated_land_red_line", 638500_mu).reads("cultivated_land"),
#ifdef DAYE_COMPILE_FAIL
    red_line("basic_farmland_red_line", 673400_mu)
#else
    red_line("basic_farmland_red_line", 573400_mu)
#endif
        .reads("permanent_basic_farmland")
        .part_of("cultivated_land_red_line", "cultivated_land"),
};
constexpr plan p{"p", "", "", 2024, date{2024, 1, 1}, indicators, {0, "main", "", "", entries}, {}};
static_assert(check(p));

int main() {}
