// expect: daye: decimal literal has more than 18 decimal places
// A literal of 19 decimal places does not fit a decimal; it is not rounded.
#include <daye/units.hpp>

using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr auto tiny = 0.0000000000000000001_pct;
#else
constexpr auto tiny = 0.000000000000000001_pct;
#endif

int main() { return tiny.value().is_zero() ? 1 : 0; }
