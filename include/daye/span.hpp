// A read-only view of a contiguous array, for constexpr tables.
//
// The model is made of static constexpr arrays of different lengths (a group has
// seven targets, another two); a span lets a group or a plan refer to them without
// templates on every length and without a heap. C++17 has no std::span.
#ifndef DAYE_SPAN_HPP
#define DAYE_SPAN_HPP

#include <cstddef>

namespace daye {
inline namespace v0 {

/// A pointer and a length. T is usually const-qualified: span<const target>.
template <class T>
class span {
public:
    constexpr span() noexcept = default;
    constexpr span(T* data, std::size_t size) noexcept : data_(data), size_(size) {}
    template <std::size_t N>
    // cppcheck-suppress noExplicitConstructor ; implicit like std::span
    constexpr span(T (&array)[N]) noexcept : data_(array), size_(N) {}

    constexpr T* begin() const noexcept { return data_; }
    constexpr T* end() const noexcept { return data_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr T& operator[](std::size_t i) const noexcept { return data_[i]; }

private:
    T* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace v0
}  // namespace daye

#endif
