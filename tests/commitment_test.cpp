#include <daye/commitment.hpp>

#include "catch.hpp"

using daye::commitment;

TEST_CASE("each commitment word has an id and, but for a plain statement, its Chinese word") {
    STATIC_REQUIRE(name(commitment::sprint) == "sprint");
    STATIC_REQUIRE(word_zh(commitment::sprint) == "冲刺");
    STATIC_REQUIRE(word_zh(commitment::ensure) == "确保");
    STATIC_REQUIRE(word_zh(commitment::binding) == "守住");
    STATIC_REQUIRE(word_zh(commitment::stated).empty());
    for (int c = 0; c <= static_cast<int>(commitment::binding); ++c) {
        CHECK_FALSE(name(static_cast<commitment>(c)).empty());
        CHECK((static_cast<commitment>(c) == commitment::stated) == word_zh(static_cast<commitment>(c)).empty());
    }
}
