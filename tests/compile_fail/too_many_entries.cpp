// expect: daye: the plan has more groups and entries than daye::max_entries
// expect: (group_index = -1. int entry_index = -1|at<-1, -1, )
// expect: id<'p'>
// More entries than a plan can hold.
#include <daye/plan.hpp>

using namespace daye;

#ifdef DAYE_COMPILE_FAIL
constexpr std::size_t count = max_entries + 1;
#else
constexpr std::size_t count = 3;
#endif
struct many_entries {
    target entries[count];
};
constexpr many_entries many = [] {
    many_entries m{};
    for (std::size_t i = 0; i < count; ++i) m.entries[i] = measure(std::string_view("abc").substr(i % 3, 1));
    return m;
}();
constexpr plan p{"p", "r", "", "", 2024, date{2024, 1, 1}, {0, "main", "", "", many.entries}, {}};
static_assert(check<p>());

int main() {}
