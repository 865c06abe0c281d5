// Text parameters for the constexpr builders of a plan.
//
// std::string_view's constructor from a const char* counts the characters one by one,
// and in a constant expression GCC interprets each step: for the report's long Chinese
// phrases that was most of the cost of including the model. GCC and Clang evaluate
// __builtin_strlen directly, so a text measures a literal for next to nothing.
#ifndef DAYE_TEXT_HPP
#define DAYE_TEXT_HPP

#include <string_view>

namespace daye {

/// A string view made from a null-terminated string or from a string_view.
struct text {
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr text(const char* s) noexcept : view(s, length(s)) {}
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr text(std::string_view s) noexcept : view(s) {}
    std::string_view view;

private:
    static constexpr std::size_t length(const char* s) noexcept {
#if defined(__GNUC__) || defined(__clang__)
        return __builtin_strlen(s);
#else
        return std::char_traits<char>::length(s);
#endif
    }
};

namespace detail {
/// String equality in few constexpr steps (std::string_view's == takes several calls
/// per comparison): lookups by id run at every include of a model and in every
/// compile-time evaluation.
constexpr bool same(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}
}  // namespace detail

}  // namespace daye

#endif
