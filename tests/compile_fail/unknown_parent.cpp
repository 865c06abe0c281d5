// expect: daye: a part names a whole the plan does not have
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'p', 'e', 'r', 'm', 'a', 'n', 'e', 'n', 't', '_', 'b', 'a', 's', 'i', .*'d'>
// An inner red line whose outer one is misspelt: target ids are strings the plan checks.
#include <daye/catalog/land_agriculture.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;

constexpr target entries[] = {
    red_line(cultivated_land, 638500_mu).named("cultivated_land_red_line"),
#ifdef DAYE_COMPILE_FAIL
    red_line(permanent_basic_farmland, 573400_mu, part_of(cultivated_land, "cultivated_land_redline")),
#else
    red_line(permanent_basic_farmland, 573400_mu, part_of(cultivated_land, "cultivated_land_red_line")),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
