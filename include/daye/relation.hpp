// Relations: how a figure is compared with the line a target draws.
//
// Four relations, and the report's words choose among them: 以上 and 不低于 ask for at
// least the figure (met at the figure itself); 超过, 高于 and 快于 for more than it
// (strict: 超过1000亿元 is not met by 1000 亿元); 以内, 不超过 and 控制在 for at most;
// 低于 for less than (strict). Which way is better for an indicator is another matter: a
// relation says only which side of the line passes.
#ifndef DAYE_RELATION_HPP
#define DAYE_RELATION_HPP

#include <string_view>

namespace daye {
inline namespace v0 {

/// A comparison of a figure with a line.
enum class relation : unsigned char {
    at_least,   ///< figure >= line (以上, 不低于)
    more_than,  ///< figure > line, strictly (超过, 高于, 快于)
    at_most,    ///< figure <= line (以内, 不超过, 控制在)
    less_than,  ///< figure < line, strictly (低于)
};

/// The id used in JSON and tables: "at_least", "more_than", "at_most", "less_than".
constexpr std::string_view name(relation r) noexcept {
    switch (r) {
        case relation::at_least: return "at_least";
        case relation::more_than: return "more_than";
        case relation::at_most: return "at_most";
        case relation::less_than: return "less_than";
    }
    return "at_least";
}

/// The mathematical sign: "≥", ">", "≤", "<".
constexpr std::string_view symbol(relation r) noexcept {
    switch (r) {
        case relation::at_least: return "≥";
        case relation::more_than: return ">";
        case relation::at_most: return "≤";
        case relation::less_than: return "<";
    }
    return "≥";
}

/// Larger figures pass: at least, more than.
constexpr bool is_upward(relation r) noexcept { return r == relation::at_least || r == relation::more_than; }

/// The line itself fails: more than, less than.
constexpr bool is_strict(relation r) noexcept { return r == relation::more_than || r == relation::less_than; }

/// Whether a figure passes, given compare(figure, line): negative, zero or positive.
constexpr bool holds(relation r, int comparison) noexcept {
    switch (r) {
        case relation::at_least: return comparison >= 0;
        case relation::more_than: return comparison > 0;
        case relation::at_most: return comparison <= 0;
        case relation::less_than: return comparison < 0;
    }
    return false;
}

}  // namespace v0
}  // namespace daye

#endif
