#include <daye/span.hpp>

#include "catch.hpp"

namespace {
constexpr int numbers[] = {2, 3, 5, 7};
constexpr int sum(daye::span<const int> s) {
    int total = 0;
    for (const int n : s) total += n;
    return total;
}
}  // namespace

TEST_CASE("a span views an array: size, indexing, iteration") {
    constexpr daye::span<const int> all = numbers;
    STATIC_REQUIRE(all.size() == 4);
    STATIC_REQUIRE(all[3] == 7);
    STATIC_REQUIRE(sum(all) == 17);
    STATIC_REQUIRE(sum(daye::span<const int>(numbers + 1, 2)) == 8);
    STATIC_REQUIRE(daye::span<const int>().empty());
}
