// A value that may be absent, usable in constant expressions.
//
// std::optional would do, but <optional> alone costs more to compile than several of
// daye's headers together, and every program that includes the model pays for it.
#ifndef DAYE_MAYBE_HPP
#define DAYE_MAYBE_HPP

namespace daye {

/// A T or nothing. T must be default-constructible and a literal type.
template <class T>
class maybe {
public:
    constexpr maybe() noexcept = default;
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr maybe(T value) noexcept : value_(value), known_(true) {}

    constexpr bool known() const noexcept { return known_; }
    constexpr explicit operator bool() const noexcept { return known_; }
    /// The value; T{} when absent (check known() first where absence matters).
    constexpr const T& operator*() const noexcept { return value_; }
    constexpr const T* operator->() const noexcept { return &value_; }

private:
    T value_{};
    bool known_ = false;
};

}  // namespace daye

#endif
