// expect: no_value_check_known_first
// g++ names it after line 5: emptiness is known in constant evaluation only
// An empty maybe has no value to give: no T{} is invented.
#include <daye/maybe.hpp>

constexpr daye::maybe<int> nothing;
constexpr daye::maybe<int> three = 3;
#ifdef DAYE_COMPILE_FAIL
static_assert(*nothing == 0);
#else
static_assert(*three == 3 && !nothing.known());
#endif

int main() {}
