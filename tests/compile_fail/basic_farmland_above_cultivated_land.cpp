// expect: daye: a red line's floor is above the floor of the red line it is part of
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'b', 'a', 's', 'i', 'c', '_', 'f', 'a', 'r', 'm', 'l', 'a', 'n', 'd', .*'e'>
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
static_assert(check<p>());

int main() {}
