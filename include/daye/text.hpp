// Text parameters for the constexpr builders of a plan, and the few string operations
// the core needs in constant expressions.
//
// std::string_view's constructor from a const char* counts the characters one by one,
// and in a constant expression GCC interprets each step: for the report's long Chinese
// phrases that was most of the cost of including the model. GCC and Clang evaluate
// __builtin_strlen directly, so a text measures a literal for next to nothing.
#ifndef DAYE_TEXT_HPP
#define DAYE_TEXT_HPP

#include <cstdint>
#include <string_view>

namespace daye {
inline namespace v0 {

/// A string view made from a null-terminated string or from a string_view.
struct text {
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr text(const char* s) noexcept : view(s, length(s)) {}
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr text(std::string_view s) noexcept : view(s) {}
    std::string_view view;

    static constexpr std::size_t length(const char* s) noexcept {
        if (s == nullptr) return 0;
#if defined(__GNUC__) || defined(__clang__)
        return __builtin_strlen(s);
#else
        return std::char_traits<char>::length(s);
#endif
    }
};

/// Characters by pointer and size, with no constructor: a value-initialized one is
/// empty. Large constexpr arrays of results hold these rather than std::string_view,
/// whose constructor a compiler runs for every element of a value-initialized array.
struct text_span {
    const char* data;
    std::size_t size;
    constexpr std::string_view view() const noexcept { return {data, size}; }
    static constexpr text_span of(std::string_view s) noexcept { return {s.data(), s.size()}; }
};

namespace detail {
/// String equality in few constexpr steps (std::string_view's == takes several calls
/// per comparison): lookups by id run at every include of a model and in every
/// compile-time evaluation.
constexpr bool same_chars(const char* a, const char* b, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}
constexpr bool same(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && same_chars(a.data(), b.data(), a.size());
}

/// FNV-1a over every byte: ids that differ anywhere have different keys (but for a
/// collision of 64-bit hashes, which callers resolve by comparing the strings). Four
/// bytes a step: in constant evaluation each step costs more than its arithmetic.
constexpr std::uint64_t hash(std::string_view s) noexcept {
    constexpr std::uint64_t prime = 0x100000001b3ULL;
    using byte = unsigned char;
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const char* p = s.data();
    const std::size_t n = s.size();
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        h = ((((h ^ byte(p[i])) * prime ^ byte(p[i + 1])) * prime ^ byte(p[i + 2])) * prime ^ byte(p[i + 3])) * prime;
    for (; i < n; ++i) h = (h ^ byte(p[i])) * prime;
    return h;
}
}  // namespace detail

}  // namespace v0
}  // namespace daye

#endif
