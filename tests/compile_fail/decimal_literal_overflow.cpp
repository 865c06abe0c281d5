// expect: decimal literal too large
// A literal of 19 digits does not fit a decimal; it is not wrapped around.
#include <daye/units.hpp>

using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr auto huge = 1234567890123456789_yi;
#else
constexpr auto huge = 123456789012345678_yi;
#endif

int main() { return huge.value().is_zero() ? 1 : 0; }
