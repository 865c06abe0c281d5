// expect: daye: cannot add or subtract quantities of different units
// 1 亿元 plus 1 万元: one unit first, then the sum.
#include <daye/units.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr auto sum = 1_yi + 1_wan;
#else
constexpr auto sum = 1_yi + convert<units::yi_yuan>(1_wan);
#endif

int main() { return sum.value().is_zero() ? 1 : 0; }
