// Units of the published figures, and quantities that carry their unit in the type.
//
// A unit is a constexpr description (id as in data files, Chinese symbol, English
// name). quantity<units::percent> and quantity<units::enterprises> are different
// types: comparing or adding them does not compile. Money comes in 元, 万元 (10^4)
// and 亿元 (10^8); those convert exactly with convert<>. Area is in mu (亩); hectares
// are a derived, exact fraction (15 mu = 1 ha).
#ifndef DAYE_UNITS_HPP
#define DAYE_UNITS_HPP

#include <cstdint>
#include <string_view>

#include "daye/decimal.hpp"

namespace daye {

/// What a unit measures. Units of one dimension are comparable only where a fixed
/// power of ten relates them (money); counts of enterprises and of projects are not.
enum class dimension : unsigned char { percent, money, area, count, rank, date, status };

/// A unit of measurement as it appears in the report and in data files.
struct unit {
    std::string_view id;         ///< as in data files: "percent", "yi_yuan", "mu"
    std::string_view symbol_zh;  ///< as printed in the report: "%", "亿元", "亩"
    std::string_view name_en;
    dimension kind;
    int scale;       ///< power of ten to the dimension's base unit (亿元 8, 万元 4, 元 0)
    int max_places;  ///< decimals a published figure in this unit may have
};

constexpr bool operator==(const unit& a, const unit& b) noexcept { return a.id == b.id; }
constexpr bool operator!=(const unit& a, const unit& b) noexcept { return !(a == b); }

/// True when values in `from` can be expressed exactly in `to`.
constexpr bool convertible(const unit& from, const unit& to) noexcept {
    return from == to || (from.kind == dimension::money && to.kind == dimension::money);
}

/// The units of the 2024 report; a plan may define its own the same way.
namespace units {
inline constexpr unit percent{"percent", "%", "percent", dimension::percent, 0, 2};
inline constexpr unit yuan{"yuan", "元", "yuan", dimension::money, 0, 2};
inline constexpr unit wan_yuan{"wan_yuan", "万元", "10 thousand yuan", dimension::money, 4, 6};
inline constexpr unit yi_yuan{"yi_yuan", "亿元", "100 million yuan", dimension::money, 8, 6};
inline constexpr unit mu{"mu", "亩", "mu", dimension::area, 0, 2};
inline constexpr unit enterprises{"enterprises", "家", "enterprises", dimension::count, 0, 0};
inline constexpr unit projects{"projects", "个", "projects", dimension::count, 0, 0};
inline constexpr unit communities{"communities", "个", "residential communities", dimension::count, 0, 0};
inline constexpr unit persons{"persons", "人", "persons", dimension::count, 0, 0};
inline constexpr unit rank{"rank", "位", "rank (1 is best)", dimension::rank, 0, 0};
inline constexpr unit date{"date", "日期", "date", dimension::date, 0, 0};
inline constexpr unit status{"status", "状态", "status", dimension::status, 0, 0};

/// Every unit above, for looking one up by its id in a data file.
inline constexpr const unit* all[] = {&percent,  &yuan,        &wan_yuan, &yi_yuan, &mu,   &enterprises,
                                      &projects, &communities, &persons,  &rank,    &date, &status};
}  // namespace units

/// The unit with this id among units::all, or nullptr.
constexpr const unit* find_unit(std::string_view id) noexcept {
    for (const unit* u : units::all)
        if (u->id == id) return u;
    return nullptr;
}

/// `value` (in `from`) expressed exactly in `to`: 67.44 亿元 is 674400 万元.
constexpr result<decimal> convert(decimal value, const unit& from, const unit& to) noexcept {
    if (!convertible(from, to)) return errc::out_of_range;
    const int shift = from.scale - to.scale;
    if (shift == 0) return value;
    if (shift < 0) {
        // Into a larger unit the digits stay and the point moves left.
        const int places = value.places() - shift;
        if (places > decimal::max_places) return errc::too_precise;
        return decimal::make(value.mantissa(), places);
    }
    // Into a smaller unit the point moves right: through the places first, then digits.
    if (value.places() >= shift) return decimal::make(value.mantissa(), value.places() - shift);
    const auto digits = detail::widen(decimal(value.mantissa(), 0, decimal::raw{}), shift - value.places());
    if (!digits) return digits.error();
    return decimal::make(digits.value(), 0);
}

/// A decimal in the unit U. Different units are different types.
template <const unit& U>
class quantity {
public:
    constexpr quantity() noexcept = default;
    constexpr explicit quantity(decimal value) noexcept : value_(value) {}

    constexpr decimal value() const noexcept { return value_; }
    static constexpr const unit& unit_of() noexcept { return U; }

private:
    decimal value_;
};

namespace detail {
template <const unit& A, const unit& B>
constexpr void require_same_unit() {
    static_assert(&A == &B,
                  "daye: cannot compare or combine quantities of different units "
                  "(for example percent with enterprises); convert<>() money units first");
}
}  // namespace detail

// Comparisons and sums take two unit parameters so that a mismatch is stopped by a
// static_assert with a sentence, not by a page of overload candidates.
template <const unit& A, const unit& B>
constexpr bool operator==(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return a.value() == b.value();
}
template <const unit& A, const unit& B>
constexpr bool operator!=(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return a.value() != b.value();
}
template <const unit& A, const unit& B>
constexpr bool operator<(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return a.value() < b.value();
}
template <const unit& A, const unit& B>
constexpr bool operator<=(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return a.value() <= b.value();
}
template <const unit& A, const unit& B>
constexpr bool operator>(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return a.value() > b.value();
}
template <const unit& A, const unit& B>
constexpr bool operator>=(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return a.value() >= b.value();
}
template <const unit& A, const unit& B>
constexpr quantity<A> operator+(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return quantity<A>(a.value() + b.value());
}
template <const unit& A, const unit& B>
constexpr quantity<A> operator-(quantity<A> a, quantity<B> b) {
    detail::require_same_unit<A, B>();
    return quantity<A>(a.value() - b.value());
}
template <const unit& U>
constexpr quantity<U> operator-(quantity<U> q) noexcept {
    return quantity<U>(-q.value());
}

/// A money quantity in another money unit, exactly: convert<units::wan_yuan>(67.44_yi).
template <const unit& To, const unit& From>
constexpr quantity<To> convert(quantity<From> q) {
    static_assert(From.kind == dimension::money && To.kind == dimension::money,
                  "daye: only money units (yuan, wan_yuan, yi_yuan) convert into each other");
    return quantity<To>(convert(q.value(), From, To).value());
}

/// An exact fraction in lowest terms, denominator > 0.
struct fraction {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    constexpr std::int64_t whole() const noexcept { return numerator / denominator; }
    constexpr std::int64_t remainder() const noexcept { return numerator % denominator; }
};
constexpr bool operator==(fraction a, fraction b) noexcept {
    return a.numerator == b.numerator && a.denominator == b.denominator;
}

namespace detail {
constexpr std::int64_t gcd(std::int64_t a, std::int64_t b) noexcept {
    if (a < 0) a = -a;
    while (b != 0) {
        const std::int64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}
}  // namespace detail

/// Hectares per mu is 1/15 exactly.
inline constexpr int mu_per_hectare = 15;

/// The exact area in hectares: 638500 mu is 127700/3 ha (42566 2/3).
constexpr result<fraction> hectares_exact(quantity<units::mu> area) noexcept {
    const decimal v = area.value();
    if (v.places() > 17) return errc::overflow;  // 15 × 10^18 does not fit 64 bits
    const std::int64_t den = std::int64_t{mu_per_hectare} * static_cast<std::int64_t>(detail::pow10_table[v.places()]);
    const std::int64_t g = detail::gcd(v.mantissa(), den);
    return fraction{v.mantissa() / g, den / g};
}

/// The area in hectares rounded half up to `places` decimals: 42566.67 for 638500 mu.
constexpr result<decimal> hectares(quantity<units::mu> area, int places) noexcept {
    return divide(area.value(), decimal(mu_per_hectare), places);
}

/// Literals for the units of the report: 7.5_pct, 1200_yi, 638500_mu, 50_enterprises.
/// Written digits are parsed exactly at compile time; no binary floating point.
namespace literals {
template <char... Cs>
constexpr quantity<units::percent> operator""_pct() {
    return quantity<units::percent>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::yi_yuan> operator""_yi() {
    return quantity<units::yi_yuan>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::wan_yuan> operator""_wan() {
    return quantity<units::wan_yuan>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::yuan> operator""_yuan() {
    return quantity<units::yuan>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::mu> operator""_mu() {
    return quantity<units::mu>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::enterprises> operator""_enterprises() {
    return quantity<units::enterprises>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::projects> operator""_projects() {
    return quantity<units::projects>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::communities> operator""_communities() {
    return quantity<units::communities>(detail::literal_decimal<Cs...>());
}
template <char... Cs>
constexpr quantity<units::persons> operator""_persons() {
    return quantity<units::persons>(detail::literal_decimal<Cs...>());
}
/// A rank: 50_th is 50th place (1 is best).
template <char... Cs>
constexpr quantity<units::rank> operator""_th() {
    return quantity<units::rank>(detail::literal_decimal<Cs...>());
}
}  // namespace literals

}  // namespace daye

#endif
