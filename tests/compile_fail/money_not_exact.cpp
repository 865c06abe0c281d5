// expect: value_does_not_convert_exactly_into_the_indicator_unit
// expect: gdp_level
// 1 元 on a 亿元 indicator is 0.00000001 亿元: more places than 亿元 figures have. Money
// converts exactly (200000_wan is 20 亿元) or not at all; it is never rounded.
#include <daye/catalog/economy.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = level(catalog::gdp_level, 1_yuan);
#else
constexpr target t = level(catalog::gdp_level, 200000_wan);
#endif

int main() { return t.value == decimal(20) ? 0 : 1; }
