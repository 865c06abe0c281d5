#include <daye/relation.hpp>

#include "catch.hpp"

using namespace daye;

TEST_CASE("each relation passes on its side of the line; the strict ones fail on the line itself") {
    // compare(figure, line): -1 below, 0 on it, 1 above.
    STATIC_REQUIRE(holds(relation::at_least, 0));
    STATIC_REQUIRE(holds(relation::at_least, 1));
    STATIC_REQUIRE_FALSE(holds(relation::at_least, -1));
    STATIC_REQUIRE_FALSE(holds(relation::more_than, 0));
    STATIC_REQUIRE(holds(relation::more_than, 1));
    STATIC_REQUIRE(holds(relation::at_most, 0));
    STATIC_REQUIRE(holds(relation::at_most, -1));
    STATIC_REQUIRE_FALSE(holds(relation::at_most, 1));
    STATIC_REQUIRE_FALSE(holds(relation::less_than, 0));
    STATIC_REQUIRE(holds(relation::less_than, -1));
}

TEST_CASE("direction and strictness of each relation, and their names") {
    STATIC_REQUIRE((is_upward(relation::at_least) && is_upward(relation::more_than)));
    STATIC_REQUIRE_FALSE((is_upward(relation::at_most) || is_upward(relation::less_than)));
    STATIC_REQUIRE((is_strict(relation::more_than) && is_strict(relation::less_than)));
    STATIC_REQUIRE_FALSE((is_strict(relation::at_least) || is_strict(relation::at_most)));
    STATIC_REQUIRE(name(relation::less_than) == "less_than");
    STATIC_REQUIRE(symbol(relation::at_most) == "≤");
    for (int r = 0; r <= static_cast<int>(relation::less_than); ++r) {
        CHECK_FALSE(name(static_cast<relation>(r)).empty());
        CHECK_FALSE(symbol(static_cast<relation>(r)).empty());
    }
}
