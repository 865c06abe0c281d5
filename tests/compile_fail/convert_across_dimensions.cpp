// expect: daye: only units of one dimension convert into each other
// errors: 1
// 亿元 into percent: there is no such conversion.
#include <daye/units.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr auto converted = convert<units::percent>(1_yi);
#else
constexpr auto converted = convert<units::wan_yuan>(1_yi);
#endif

int main() { return converted.value().is_zero() ? 1 : 0; }
