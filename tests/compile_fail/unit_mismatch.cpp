// expect: daye: the indicators a target relates measure different dimensions
// expect: (group_index = 0. int entry_index = 0|at<0, 0, )
// expect: id<'g', 'd', 'p', '_', 'g', 'r', 'o', 'w', 't', 'h'>
// Growth keeping pace with a number of enterprises, assembled field by field (keeps_pace
// itself refuses it: see relational_different_dimensions.cpp).
#include <daye/catalog/economy.hpp>
#include <daye/catalog/innovation.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::catalog;

constexpr target across_dimensions() {
    target t = keeps_pace(gdp_growth, with(secondary_industry_value_added_growth));
#ifdef DAYE_COMPILE_FAIL
    t.other = &new_high_tech_enterprises;
#endif
    return t;
}
constexpr target entries[] = {across_dimensions()};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
