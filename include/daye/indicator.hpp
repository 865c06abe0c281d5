// Indicators: the measured quantities that targets and observations refer to.
//
// An indicator is declared once, as a constexpr handle whose type carries its unit, its
// price basis and its identity (a tag type), and whose data carries its id in data files,
// its name as printed, its English name, which way is better, its domain and a one-line
// definition:
//
//     inline constexpr indicator<units::percent, real, struct gdp_growth_tag> gdp_growth{{
//         "gdp_growth", "地区生产总值增长", "GDP growth", direction::higher_is_better, domains::growth,
//         "Year-on-year change of gross regional product at comparable prices."}};
//
// (`struct gdp_growth_tag` declares the tag in the enclosing namespace.) Builders of
// targets and observations take handles, so that a wrong unit or price basis is a
// compile error whose first lines name the indicator's tag, and a misspelt handle is an
// undeclared name. At run time every handle is an indicator_info, and data stays keyed
// by the id string.
#ifndef DAYE_INDICATOR_HPP
#define DAYE_INDICATOR_HPP

#include <string_view>
#include <type_traits>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/decimal.hpp"
#include "daye/price_basis.hpp"
#include "daye/text.hpp"

namespace daye {
inline namespace v0 {

/// Whether a higher or a lower value is the better one for the region.
enum class direction : unsigned char { higher_is_better, lower_is_better };

/// "higher" or "lower", as in data files and JSON.
constexpr std::string_view name(direction d) noexcept { return d == direction::lower_is_better ? "lower" : "higher"; }

/// A published ranking that a rank indicator reads: which list, by whom, and which year's
/// data the list of a year ranks. A rank means nothing without its list: lists of the same
/// counties by other publishers place them differently.
struct rank_list {
    std::string_view id;       ///< stable public name: "ccid_county_top100"
    std::string_view called;   ///< as a verdict names it: "the CCID list"
    std::string_view name_zh;  ///< as published: "赛迪顾问全国县域经济百强"
    std::string_view name_en;
    std::string_view what;  ///< what it ranks by: "a composite index"
    int data_lag = 0;       ///< the list of year N ranks year N - data_lag
    /// The year whose data the list published in `year` ranks.
    constexpr int data_year(int year) const noexcept { return year - data_lag; }
};

/// What an indicator is, at run time: the data of a handle.
struct indicator_info {
    std::string_view id;       ///< stable public name, as in data files
    std::string_view name_zh;  ///< as printed in reports and statistical bulletins
    std::string_view name_en;
    const unit* measured_in = nullptr;
    price_basis basis = price_basis::none;
    direction better = direction::higher_is_better;
    const domain* values = &domains::any;  ///< the values it can take
    std::string_view definition;           ///< one line: what is measured, by whom, on what coverage
    std::string_view source;               ///< where the definition comes from
    std::string_view note;                 ///< what a user must also know
    const rank_list* ranked_on = nullptr;  ///< for a rank: the list it is a place on

    /// True when `v` (in the indicator's unit) is a value the indicator can take.
    constexpr bool allows(decimal v) const noexcept { return values->contains(v) && measured_in->allows(v); }
    /// The rule that `v` breaks, as a sentence; "" when it breaks none.
    constexpr std::string_view rule_broken_by(decimal v) const noexcept {
        if (!values->contains(v)) return values->rule;
        if (!measured_in->allows(v))
            return measured_in->usual->contains(v) ? "beyond the sane magnitude of the unit" : measured_in->usual->rule;
        return {};
    }
};

/// Two infos describe the same indicator: the same object, or the same id, unit and basis.
constexpr bool same_indicator(const indicator_info& a, const indicator_info& b) noexcept {
    return &a == &b || (a.id == b.id && *a.measured_in == *b.measured_in && a.basis == b.basis);
}

/// What every indicator of unit U and price basis Basis shares: how its data is made.
/// One constructor per unit and basis, not per indicator, taking plain literals (no
/// conversions to choose), keeps the catalogue cheap to compile.
template <const unit& U, class Basis>
struct indicator_of : indicator_info {
    // indicator<> refuses a Basis that is not one of the four; read here as not_a_price,
    // it is refused once.
    using known_basis = std::conditional_t<is_price_basis<Basis>, Basis, not_a_price>;
    constexpr indicator_of(const char* id_, const char* zh, const char* en, direction better_, const domain& values_,
                           const char* definition_, const char* source_ = "", const char* note_ = "",
                           const rank_list* list_ = nullptr) noexcept
        : indicator_info{
              view(id_),         view(zh),      view(en),    &U,   basis_of<known_basis>(), better_, &values_,
              view(definition_), view(source_), view(note_), list_} {}

private:
    static constexpr std::string_view view(const char* s) noexcept { return {s, text::length(s)}; }
};

/// An indicator handle: unit U, price basis Basis (real, nominal, unstated, not_a_price)
/// and a unique Tag in the type. The inner braces of a declaration describe it: id, name
/// as printed, English name, direction, domain, definition, and optionally the source of
/// the definition, a note and, for a rank, the list it is a place on (a rank_list with
/// static storage). Declare handles as inline constexpr objects with static
/// storage; the domain passed must be one too (domains::growth, or your own).
template <const unit& U, class Basis, class Tag>
struct indicator : indicator_of<U, Basis> {
    // Here, not only in basis_of(), so that the handle's own declaration is the line named.
    static_assert(is_price_basis<Basis>, "daye: a price basis is real, nominal, unstated or not_a_price");
    using basis_type = Basis;
    using tag = Tag;
    static constexpr const unit& unit_of() noexcept { return U; }
};

// Reached only when a value is known only at evaluation: in a constant expression the
// compiler names the function, at run time it throws.
namespace error_in_constant_expression {
[[noreturn]] inline void value_does_not_convert_exactly_into_the_indicator_unit(errc e) { raise(e); }
}  // namespace error_in_constant_expression

namespace detail {
/// A check of dimensions made at run time (stretch_to(), within()), for exactly_in().
using dimensions_checked = std::true_type;

/// `q` in unit `to`, exactly and within `to`'s decimal places. The check says whether the
/// dimensions agree: a builder passes its unit_of_value (or unit_of_difference), whose
/// static_assert has already refused a unit that does not, and the value is then not
/// converted, so that the refusal is not followed by a second error; stretch_to() and
/// within() pass dimensions_checked. Only the check's verdict is a parameter, not the check,
/// so that one instantiation serves every indicator. It raises itself, not through a
/// helper, so that g++ names the rule within the first five lines.
template <bool Agree, const unit& V>
constexpr decimal exactly_in(quantity<V> q, const unit& to, std::bool_constant<Agree>) {
    if constexpr (!Agree) {
        return q.value();
    } else {
        if (&V == &to) return q.value();
        const result<decimal> c = convert(q.value(), V, to);
        if (!c) error_in_constant_expression::value_does_not_convert_exactly_into_the_indicator_unit(c.error());
        if (c.value().places() > to.max_places)
            error_in_constant_expression::value_does_not_convert_exactly_into_the_indicator_unit(errc::too_precise);
        return c.value();
    }
}

/// A check on the indicator Tag: in a static_assert's condition it puts the indicator in
/// the failed requirement that clang prints on the error's first line.
template <class Tag>
struct for_indicator {
    static constexpr bool holds(bool condition) noexcept { return condition; }
};

// The checks of what a builder is given, one class each. A builder takes them as
// defaulted parameters (`detail::unit_of_value<T, U, V> in_unit = {}`) rather than calling a
// checking function: a failed check is then instantiated at the user's call, and g++
// names the rule and the indicator (Tag, first) within five lines, as clang does.

/// A value for the indicator Tag (in unit U), given in unit V.
template <class Tag, const unit& U, const unit& V>
struct unit_of_value : std::bool_constant<convertible(U, V)> {
    static_assert(for_indicator<Tag>::holds(convertible(U, V)),
                  "daye: the value's unit does not measure what the indicator measures (a number of enterprises "
                  "for an indicator in percent, say): write it in the indicator's unit or in another unit of its "
                  "dimension");
};

/// A tolerance or margin for the indicator Tag (in unit U), given in unit V.
template <class Tag, const unit& U, const unit& V>
struct unit_of_difference : std::bool_constant<convertible(difference_unit(U), V)> {
    static_assert(for_indicator<Tag>::holds(convertible(difference_unit(U), V)),
                  "daye: a tolerance or a margin is a difference of the indicator's values: write it in "
                  "percentage points (0.5_pp) for an indicator in percent, in the indicator's unit otherwise");
};

/// Two indicators, Tag on basis A (unit UA) and another on basis B (unit UB), compared.
template <class Tag, class A, class B, bool Acknowledged, const unit& UA, const unit& UB>
struct comparable {
    static constexpr bool one_dimension = convertible(UA, UB);
    static_assert(for_indicator<Tag>::holds(one_dimension),
                  "daye: the two indicators measure different dimensions and cannot be compared (a rate in "
                  "percent with a number of enterprises, say)");
    static constexpr bool price_a = !std::is_same_v<A, not_a_price>;
    static constexpr bool price_b = !std::is_same_v<B, not_a_price>;
    // Where the dimensions differ, that is the one refusal: whether prices are compared is moot.
    static_assert(for_indicator<Tag>::holds(!one_dimension || price_a == price_b),
                  "daye: cannot compare a price measure (real, nominal or unstated) with an indicator that is "
                  "not a price measure");
    static constexpr bool real_and_nominal = (std::is_same_v<A, real> && std::is_same_v<B, nominal>) ||
                                             (std::is_same_v<A, nominal> && std::is_same_v<B, real>);
    static_assert(for_indicator<Tag>::holds(!real_and_nominal),
                  "daye: cannot compare a real (comparable-price) indicator with a nominal (current-price) one: "
                  "compare indicators on one price basis, or convert a rate with to_real() or to_nominal() and "
                  "a deflator first");
    static constexpr bool one_unstated = price_a && (std::is_same_v<A, unstated> != std::is_same_v<B, unstated>);
    static_assert(for_indicator<Tag>::holds(Acknowledged || !one_unstated),
                  "daye: one indicator's price basis is unstated and the other's is stated: if the source does "
                  "not say and the comparison is meant, pass acknowledge_unstated_basis");
    static_assert(for_indicator<Tag>::holds(!Acknowledged || one_unstated),
                  "daye: acknowledge_unstated_basis is given, but no basis is unstated against a stated one: "
                  "remove it");
};

}  // namespace detail

}  // namespace v0
}  // namespace daye

#endif
