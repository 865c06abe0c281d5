// A value or a named error, usable in constant expressions.
//
// The core of daye reports failures as values, not exceptions: a caller at run time
// must look at ok() before value(). Asking value() of an error is a programming
// mistake: in a constant expression it does not compile (the call names the error),
// at run time it throws daye::bad_result_access, like std::optional::value().
#ifndef DAYE_RESULT_HPP
#define DAYE_RESULT_HPP

#include <cstdlib>
#include <exception>
#include <string_view>

namespace daye {
inline namespace v0 {

/// Every error the core can report.
enum class errc : unsigned char {
    none = 0,
    overflow,            ///< a result does not fit in a decimal (18 significant digits)
    division_by_zero,    ///< a divisor is zero
    malformed,           ///< text is not a decimal number
    too_precise,         ///< more decimal places than allowed
    not_finite,          ///< nan or infinity where a finite number is needed
    empty,               ///< no text where a value is needed
    invalid_date,        ///< not a calendar date
    non_positive_level,  ///< a level (GDP, revenue) must be greater than zero
    non_positive_years,  ///< a number of years must be at least one
    rate_too_low,        ///< a growth rate at or below -100 % (the level would vanish)
    out_of_range,        ///< a finite value beyond what the function handles
    basis_mismatch,      ///< real asked of a nominal figure, or nominal of a real one
    absent,              ///< a maybe holds no value
    outside_domain,      ///< a value its indicator (or unit) cannot take: a rank of 0, a negative count
    incompatible_units,  ///< units of different dimensions: no exact conversion between them
    unknown_id,          ///< no entry with this id
    invalid_plan,        ///< the plan breaks a rule of plan validation: nothing of it is evaluated
};

/// A sentence naming the error, for messages.
constexpr std::string_view message(errc e) noexcept {
    switch (e) {
        case errc::none: return "no error";
        case errc::overflow: return "overflow: the value does not fit in 18 significant digits";
        case errc::division_by_zero: return "division by zero";
        case errc::malformed: return "not a decimal number";
        case errc::too_precise: return "too many decimal places";
        case errc::not_finite: return "not a finite number";
        case errc::empty: return "empty value";
        case errc::invalid_date: return "not a calendar date (expected YYYY-MM-DD)";
        case errc::non_positive_level: return "a level must be greater than zero";
        case errc::non_positive_years: return "the number of years must be at least one";
        case errc::rate_too_low: return "a growth rate must be above -100 %";
        case errc::out_of_range: return "value out of the supported range";
        case errc::basis_mismatch: return "the figure is on another price basis (real vs nominal)";
        case errc::absent: return "no value: check known() before asking for it";
        case errc::outside_domain: return "the value is outside the domain of its indicator or unit";
        case errc::incompatible_units: return "the units measure different things and do not convert";
        case errc::unknown_id: return "no entry with this id";
        case errc::invalid_plan: return "the plan breaks a rule of plan validation (validate() lists them)";
    }
    return "unknown error";
}

/// Thrown by result<T>::value() at run time when the result holds an error.
class bad_result_access : public std::exception {
public:
    explicit bad_result_access(errc e) noexcept : error_(e) {}
    const char* what() const noexcept override { return message(error_).data(); }
    errc error() const noexcept { return error_; }

private:
    errc error_;
};

// Each function below is deliberately not constexpr: reaching one during constant
// evaluation stops compilation, and the compiler's message names the error.
namespace error_in_constant_expression {
[[noreturn]] inline void raise(errc e) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    throw bad_result_access(e);
#else
    (void)e;
    std::abort();
#endif
}
[[noreturn]] inline void overflow() { raise(errc::overflow); }
[[noreturn]] inline void division_by_zero() { raise(errc::division_by_zero); }
[[noreturn]] inline void malformed_number() { raise(errc::malformed); }
[[noreturn]] inline void too_many_decimal_places() { raise(errc::too_precise); }
[[noreturn]] inline void not_finite() { raise(errc::not_finite); }
[[noreturn]] inline void empty_value() { raise(errc::empty); }
[[noreturn]] inline void invalid_date() { raise(errc::invalid_date); }
[[noreturn]] inline void level_not_positive() { raise(errc::non_positive_level); }
[[noreturn]] inline void years_not_positive() { raise(errc::non_positive_years); }
[[noreturn]] inline void rate_at_or_below_minus_100_percent() { raise(errc::rate_too_low); }
[[noreturn]] inline void out_of_range() { raise(errc::out_of_range); }
[[noreturn]] inline void price_basis_mismatch() { raise(errc::basis_mismatch); }
[[noreturn]] inline void no_value_check_known_first() { raise(errc::absent); }
[[noreturn]] inline void value_outside_the_domain_of_its_indicator() { raise(errc::outside_domain); }
[[noreturn]] inline void units_of_different_dimensions_do_not_convert() { raise(errc::incompatible_units); }
[[noreturn]] inline void no_entry_with_this_id() { raise(errc::unknown_id); }
[[noreturn]] inline void plan_breaks_a_rule_static_assert_check_of_it_to_see_which() { raise(errc::invalid_plan); }
}  // namespace error_in_constant_expression

namespace detail {
// Returns only for errc::none, which keeps it a valid constexpr function.
constexpr void fail(errc e) {
    namespace at = error_in_constant_expression;
    switch (e) {
        case errc::overflow: at::overflow();
        case errc::division_by_zero: at::division_by_zero();
        case errc::malformed: at::malformed_number();
        case errc::too_precise: at::too_many_decimal_places();
        case errc::not_finite: at::not_finite();
        case errc::empty: at::empty_value();
        case errc::invalid_date: at::invalid_date();
        case errc::non_positive_level: at::level_not_positive();
        case errc::non_positive_years: at::years_not_positive();
        case errc::rate_too_low: at::rate_at_or_below_minus_100_percent();
        case errc::out_of_range: at::out_of_range();
        case errc::basis_mismatch: at::price_basis_mismatch();
        case errc::absent: at::no_value_check_known_first();
        case errc::outside_domain: at::value_outside_the_domain_of_its_indicator();
        case errc::incompatible_units: at::units_of_different_dimensions_do_not_convert();
        case errc::unknown_id: at::no_entry_with_this_id();
        case errc::invalid_plan: at::plan_breaks_a_rule_static_assert_check_of_it_to_see_which();
        case errc::none: return;
    }
}
}  // namespace detail

/// A T or an errc. T must be default-constructible and a literal type.
template <class T>
class result {
public:
    using value_type = T;
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr result(T value) noexcept : value_(value) {}
    // cppcheck-suppress noExplicitConstructor ; implicit by design
    constexpr result(errc error) noexcept : error_(error) {}

    constexpr bool ok() const noexcept { return error_ == errc::none; }
    constexpr explicit operator bool() const noexcept { return ok(); }
    constexpr errc error() const noexcept { return error_; }

    /// The value; an error here is a compile error in a constant expression and
    /// bad_result_access at run time. A temporary gives its value by value, so that
    /// `const auto& v = f().value();` never refers into a destroyed result.
    constexpr const T& value() const& {
        if (error_ != errc::none) detail::fail(error_);
        return value_;
    }
    constexpr T value() && {
        if (error_ != errc::none) detail::fail(error_);
        return static_cast<T&&>(value_);
    }
    constexpr T value() const&& {
        if (error_ != errc::none) detail::fail(error_);
        return value_;
    }
    constexpr T value_or(T fallback) const noexcept { return ok() ? value_ : fallback; }

private:
    T value_{};
    errc error_ = errc::none;
};

}  // namespace v0
}  // namespace daye

#endif
