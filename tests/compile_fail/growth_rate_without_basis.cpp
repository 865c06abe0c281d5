// expect: daye: a growth rate is real \(comparable prices\) or nominal \(current prices\)
// Compounding needs to know the price basis: a rate whose basis is unstated cannot compound.
#include <daye/compounding.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr growth_rate<unstated> rate(7.5_pct);
#else
constexpr growth_rate<real> rate(7.5_pct);
#endif

int main() { return rate.fraction() > 0 ? 0 : 1; }
