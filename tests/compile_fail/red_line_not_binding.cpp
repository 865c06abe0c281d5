// expect: daye: a red line is not binding
// expect: (group_index = 0. int entry_index = 0|at<0, 0, )
// expect: id<'c', 'u', 'l', 't', 'i', 'v', 'a', 't', 'e', 'd', '_', 'l', 'a', 'n', 'd'>
// A red line softened to a mere 确保.
#include <daye/catalog/land_agriculture.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    red_line(catalog::cultivated_land, 638500_mu).committed(commitment::ensure),
#else
    red_line(catalog::cultivated_land, 638500_mu),
#endif
};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
