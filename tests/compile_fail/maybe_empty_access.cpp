// expect: no_value_check_known_first
// An empty maybe has no value to give: no T{} is invented. (In a static_assert's condition
// g++ first prints the condition, three lines; the value is asked for in a variable.)
#include <daye/maybe.hpp>

constexpr daye::maybe<int> nothing;
constexpr daye::maybe<int> three = 3;
#ifdef DAYE_COMPILE_FAIL
constexpr int value = *nothing;
#else
constexpr int value = *three;
static_assert(value == 3 && !nothing.known());
#endif

int main() {}
