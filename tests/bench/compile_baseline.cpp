// Baseline of the compile-cost benchmark: the standard headers a numeric TU includes anyway.
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>

int main() { return 0; }
