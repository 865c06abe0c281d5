// "Did you mean gdp_growth?": the known id nearest to a misspelt one.
//
// Run-time data is keyed by strings, so a misspelt id in a data file reads as an
// indicator nobody asked for. The distance is Damerau's restricted form (optimal string
// alignment): inserting, deleting or changing one character, or swapping two neighbours,
// costs one, so "gdp_grwoth" is one edit from "gdp_growth". It is computed in a band of
// the few edits that make a plausible typo, in a fixed buffer, so that it runs in
// constant expressions in time linear in the length of the ids.
#ifndef DAYE_NEAREST_HPP
#define DAYE_NEAREST_HPP

#include <cstddef>
#include <string_view>

namespace daye {
inline namespace v0 {

namespace detail {
/// Ids longer than this are only ever equal or far apart.
inline constexpr std::size_t max_compared_length = 63;

/// The edit distance of a and b, or limit + 1 when it is more than limit.
constexpr std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) noexcept {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    const std::size_t far = limit + 1;
    if ((n > m ? n - m : m - n) > limit) return far;
    if (n > max_compared_length || m > max_compared_length) return a == b ? 0 : far;
    // Three rows (i - 2, i - 1, i) of the table; cells outside the band read as `far`.
    std::size_t rows[3][max_compared_length + 2]{};
    for (std::size_t j = 0; j <= m; ++j) rows[0][j] = j <= limit ? j : far;
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t* cur = rows[i % 3];
        const std::size_t* prev = rows[(i - 1) % 3];
        const std::size_t* prev2 = rows[(i + 1) % 3];  // (i - 2) % 3
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = i + limit < m ? i + limit : m;
        cur[lo - 1] = lo == 1 && i <= limit ? i : far;
        std::size_t row_min = cur[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            const std::size_t change = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            std::size_t v = prev[j] + 1 < cur[j - 1] + 1 ? prev[j] + 1 : cur[j - 1] + 1;
            if (change < v) v = change;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v < far ? v : far;
            if (cur[j] < row_min) row_min = cur[j];
        }
        if (hi < m) cur[hi + 1] = far;
        if (row_min > limit) return far;  // every path is already too long
    }
    const std::size_t d = rows[n % 3][m];
    return d <= limit ? d : far;
}

/// How many edits still look like a typo: one in ids of up to 4 characters, two up to
/// 10, three beyond.
constexpr std::size_t typo_limit(std::size_t length) noexcept { return length <= 4 ? 1 : length <= 10 ? 2 : 3; }
}  // namespace detail

/// Finds, among the candidates it is shown, the one nearest to an id, if any is near
/// enough to be what was meant. Equal ids are not suggestions.
class nearest_id {
public:
    constexpr explicit nearest_id(std::string_view misspelt) noexcept
        : misspelt_(misspelt), best_distance_(detail::typo_limit(misspelt.size()) + 1) {}

    constexpr void consider(std::string_view candidate) noexcept {
        if (best_distance_ <= 1 || candidate == misspelt_) return;  // nothing nearer than one edit
        const std::size_t d = detail::edit_distance(misspelt_, candidate, best_distance_ - 1);
        if (d < best_distance_) {
            best_ = candidate;
            best_distance_ = d;
        }
    }
    /// The nearest candidate, or "" when none is near enough.
    constexpr std::string_view best() const noexcept { return best_; }

private:
    std::string_view misspelt_;
    std::string_view best_;
    std::size_t best_distance_;
};

}  // namespace v0
}  // namespace daye

#endif
