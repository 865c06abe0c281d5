// expect: invalid_plan::target_reads_an_unknown_indicator
// A target that reads an indicator the plan does not define.
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr indicator indicators[] = {{"county_rank", &units::rank, price_basis::none, "排名", "rank"}};
constexpr target entries[] = {
#ifdef DAYE_COMPILE_FAIL
    rank_at_most("top50", 50_th).reads("countyrank"),
#else
    rank_at_most("top50", 50_th).reads("county_rank"),
#endif
};
constexpr plan p{"p", "", "", 2024, date{2024, 1, 1}, indicators, {0, "main", "", "", entries}, {}};
static_assert(check(p));

int main() {}
