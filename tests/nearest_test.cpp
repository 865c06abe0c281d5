#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include <daye/nearest.hpp>

#include "catch.hpp"

using daye::detail::edit_distance;

namespace {
constexpr std::string_view candidates[] = {"gdp_growth", "gdp_level", "county_rank", "export_growth",
                                           "local_budget_revenue_growth"};
constexpr std::string_view nearest(std::string_view id) {
    daye::nearest_id n(id);
    for (const std::string_view c : candidates) n.consider(c);
    return n.best();
}

/// Optimal string alignment distance, the textbook way, to check the banded one.
std::size_t reference_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}
}  // namespace

TEST_CASE("edit distance: a swap of neighbours is one edit, like a change, an insertion or a deletion") {
    STATIC_REQUIRE(edit_distance("gdp_grwoth", "gdp_growth", 2) == 1);
    STATIC_REQUIRE(edit_distance("gdp_growth", "gdp_grwth", 2) == 1);
    STATIC_REQUIRE(edit_distance("gdp_growth", "gdp_groowth", 2) == 1);
    STATIC_REQUIRE(edit_distance("kitten", "sitting", 3) == 3);
    STATIC_REQUIRE(edit_distance("", "abc", 3) == 3);
    STATIC_REQUIRE(edit_distance("abc", "abc", 0) == 0);
}

TEST_CASE("edit distance beyond the limit is the limit plus one, whatever the real distance") {
    STATIC_REQUIRE(edit_distance("kitten", "sitting", 2) == 3);
    STATIC_REQUIRE(edit_distance("local_budget_revenue", "local_budget_revenue_growth", 3) == 4);
    STATIC_REQUIRE(edit_distance("abcdefgh", "hgfedcba", 2) == 3);
}

TEST_CASE("the banded distance agrees with the textbook table on random short ids") {
    std::mt19937 random(20240112);
    const std::string alphabet = "ab_c";
    std::uniform_int_distribution<std::size_t> length(0, 9);
    std::uniform_int_distribution<std::size_t> letter(0, alphabet.size() - 1);
    const auto word = [&] {
        std::string w(length(random), ' ');
        for (char& c : w) c = alphabet[letter(random)];
        return w;
    };
    for (int i = 0; i < 20000; ++i) {
        const std::string a = word();
        const std::string b = word();
        const std::size_t truth = reference_distance(a, b);
        for (std::size_t limit = 0; limit <= 4; ++limit)
            REQUIRE(edit_distance(a, b, limit) == (truth <= limit ? truth : limit + 1));
    }
}

TEST_CASE("the nearest known id is suggested only when it is near enough to be a typo") {
    STATIC_REQUIRE(nearest("gdp_grwoth") == "gdp_growth");
    STATIC_REQUIRE(nearest("countyrank") == "county_rank");
    STATIC_REQUIRE(nearest("local_budget_revenue_grwth") == "local_budget_revenue_growth");
    STATIC_REQUIRE(nearest("exports").empty());
    STATIC_REQUIRE(nearest("gdp_growth").empty());  // an id itself is not a suggestion
    STATIC_REQUIRE(nearest("").empty());
}
