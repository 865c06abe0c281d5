// expect: daye: a price basis is real, nominal, unstated or not_a_price
// errors: 1
// An indicator declared with a basis the library does not know.
#include <daye/catalog/economy.hpp>

using namespace daye;

struct constant_prices {};  // not daye::real
#ifdef DAYE_COMPILE_FAIL
using basis = constant_prices;
#else
using basis = real;
#endif
inline constexpr indicator<units::percent, basis, struct my_growth_tag> my_growth{
    {"my_growth", "增长", "growth", direction::higher_is_better, domains::growth, "Growth."}};

int main() { return my_growth.id.empty() ? 1 : 0; }
