// expect: daye: a target has no indicator, or no second indicator, to read
// expect: (group_index = 0. int entry_index = 1|at<0, 1, )
// expect: id<'i', 'n', 'v', 'e', 's', 't', 'm', 'e', 'n', 't'>
// A target assembled field by field, its indicator forgotten: the builders never do this.
#include <daye/catalog/investment.hpp>
#include <daye/plan.hpp>

using namespace daye;
using namespace daye::literals;

constexpr target without_indicator() {
    target t = at_least(catalog::fixed_asset_investment_growth, 10_pct);
#ifdef DAYE_COMPILE_FAIL
    t.reads = nullptr;
#endif
    t.name = "investment";
    return t;
}
constexpr target entries[] = {measure("reform"), without_indicator()};
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", entries}, {}};
static_assert(check<p>());

int main() {}
