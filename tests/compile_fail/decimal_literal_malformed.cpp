// expect: daye: not a plain decimal literal
// An exponent is not how a published figure is written: 1e5 is refused, not rounded.
#include <daye/units.hpp>

using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr auto many = 1e5_persons;
#else
constexpr auto many = 100000_persons;
#endif

int main() { return many.value().is_zero() ? 1 : 0; }
