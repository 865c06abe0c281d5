// expect: invalid_plan::red_line_floor_above_the_red_line_it_is_part_of
// A basic-farmland floor above the cultivated-land floor it is part of.
#include <daye/catalog/land_agriculture.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

constexpr target entries[] = {
    red_line(cultivated_land, 638500_mu).named("cultivated_land_red_line"),
#ifdef DAYE_COMPILE_FAIL
    red_line(permanent_basic_farmland, 673400_mu, part_of(cultivated_land, "cultivated_land_red_line"))
#else
    red_line(permanent_basic_farmland, 573400_mu, part_of(cultivated_land, "cultivated_land_red_line"))
#endif
        .named("basic_farmland_red_line"),
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check(p));

int main() {}
