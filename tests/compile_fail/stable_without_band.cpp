// expect: a default band for stable\(\) exists only for rates in percent
// 粮食产量保持稳定 in 万吨 has no default band: the plan states it.
#include <daye/catalog/land_agriculture.hpp>
#include <daye/target.hpp>

using namespace daye;
using namespace daye::literals;

#ifdef DAYE_COMPILE_FAIL
constexpr target t = stable(catalog::cultivated_land);
#else
constexpr target t = stable(catalog::cultivated_land, 1000_mu);
#endif

int main() { return t.assumed_band ? 1 : 0; }
