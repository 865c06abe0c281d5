// A value that may be absent, usable in constant expressions.
//
// std::optional would do, and it costs more to compile: <optional> adds 5 % (clang++) to
// 7.5 % (g++) to the compiler instructions of the standard headers daye's benchmark
// compares with (tests/bench/compile_cost.sh), which is most of daye's whole budget. And
// *opt on an empty std::optional is undefined behaviour at run time; here it is a
// compile error in a constant expression and daye::bad_result_access at run time. A
// maybe never invents a value.
#ifndef DAYE_MAYBE_HPP
#define DAYE_MAYBE_HPP

#include "daye/result.hpp"

namespace daye {
inline namespace v0 {

/// A T or nothing; a default-constructed maybe is empty. T must be a literal type
/// whose value-initialization is constexpr.
template <class T>
class maybe {
public:
    constexpr maybe() noexcept = default;
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr maybe(T value) noexcept : value_(value), known_(true) {}

    constexpr bool known() const noexcept { return known_; }
    constexpr explicit operator bool() const noexcept { return known_; }
    /// The value. Absent: a compile error in a constant expression, bad_result_access
    /// (errc::absent) at run time.
    constexpr const T& operator*() const {
        if (!known_) detail::fail(errc::absent);
        return value_;
    }
    constexpr const T* operator->() const { return &**this; }
    constexpr T value_or(T fallback) const noexcept { return known_ ? value_ : fallback; }

private:
    T value_{};
    bool known_ = false;
};

}  // namespace v0
}  // namespace daye

#endif
