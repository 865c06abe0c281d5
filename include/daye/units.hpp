// Units of published figures, and quantities that carry their unit in the type.
//
// Open by design: a dimension and a unit are small constexpr structs, and a plan or a
// user declares a new one in one line, like those below:
//
//     inline constexpr daye::dimension water{"water", "volume of water in cubic metres"};
//     inline constexpr daye::unit wan_m3{"wan_m3", "万立方米", "10,000 cubic metres", &water, 4, 2, 12,
//                                        &daye::domains::non_negative};
//
// Two units convert into each other exactly when they measure the same dimension: the
// value moves by the power of ten between their scales (1 亿元 = 10,000 万元; 1 万人 =
// 10,000 人), or the conversion is an error (too many digits or places), never rounded.
// Counts of different things (enterprises, projects, communities) are different
// dimensions, and so are a rate in percent and its change in percentage points.
//
// Each unit says which values it can hold (its usual domain and a sane magnitude);
// indicators narrow that further (a growth rate is above -100 %, a share within 0 and
// 100). quantity<units::percent> and quantity<units::enterprises> are different types:
// comparing them does not compile.
#ifndef DAYE_UNITS_HPP
#define DAYE_UNITS_HPP

#include <cstdint>
#include <string_view>

#include "daye/result.hpp"
#include "daye/decimal.hpp"
#include "daye/text.hpp"

namespace daye {
inline namespace v0 {

/// What a unit measures. Units of one dimension convert into each other; units of two
/// dimensions never do.
struct dimension {
    constexpr dimension(const char* id_, const char* name) noexcept
        : id(id_, text::length(id_)), name_en(name, text::length(name)) {}
    std::string_view id;       ///< "money", "persons"
    std::string_view name_en;  ///< what it measures, in English
};

/// The dimensions of county statistics.
namespace dimensions {
inline constexpr dimension percent{"percent", "a rate, a share or a growth rate, in percent"};
inline constexpr dimension percentage_points{"percentage_points", "a change of a rate or a share (个百分点)"};
inline constexpr dimension money{"money", "money in renminbi yuan"};
inline constexpr dimension money_usd{"money_usd", "money in US dollars"};
inline constexpr dimension money_per_person{"money_per_person", "renminbi yuan per person"};
inline constexpr dimension area_mu{"area_mu", "land area in mu (亩; 15 mu make a hectare)"};
inline constexpr dimension area_hectares{"area_hectares", "land area in hectares (公顷)"};
inline constexpr dimension persons{"persons", "a number of people"};
inline constexpr dimension enterprises{"enterprises", "a number of enterprises"};
inline constexpr dimension projects{"projects", "a number of projects"};
inline constexpr dimension communities{"communities", "a number of residential communities"};
inline constexpr dimension market_entities{"market_entities", "a number of registered market entities"};
inline constexpr dimension mass{"mass", "mass in tonnes"};
inline constexpr dimension energy{"energy", "energy in tonnes of standard coal equivalent"};
inline constexpr dimension energy_intensity{"energy_intensity",
                                            "energy use per unit of GDP, in tonnes of standard coal per 10,000 yuan"};
inline constexpr dimension electric_power{"electric_power", "electric power in kilowatts"};
inline constexpr dimension length{"length", "length in kilometres"};
inline constexpr dimension duration{"duration", "time in days"};
inline constexpr dimension concentration{"concentration", "mass concentration in air, micrograms per cubic metre"};
inline constexpr dimension rank{"rank", "a place in a ranking (1 is best)"};
inline constexpr dimension date{"date", "a calendar date (a milestone's completion)"};
inline constexpr dimension status{"status", "the progress of a measure"};
}  // namespace dimensions

/// How an interval ends: unbounded, including its bound, or excluding it.
enum class edge : unsigned char { none, closed, open };

/// The values a figure can take, and the rule that says so in a sentence.
struct domain {
    constexpr domain(decimal low_, edge low_edge_, decimal high_, edge high_edge_, const char* rule_) noexcept
        : low(low_), low_edge(low_edge_), high(high_), high_edge(high_edge_), rule(rule_, text::length(rule_)) {}
    decimal low;
    edge low_edge = edge::none;
    decimal high;
    edge high_edge = edge::none;
    std::string_view rule;  ///< "a growth rate is above -100 %"

    constexpr bool contains(decimal v) const noexcept {
        if (low_edge == edge::closed ? v < low : low_edge == edge::open && v <= low) return false;
        return high_edge == edge::closed ? v <= high : high_edge != edge::open || v < high;
    }
};

/// Domains that county statistics share.
namespace domains {
inline constexpr domain any{{}, edge::none, {}, edge::none, "any value"};
inline constexpr domain non_negative{
    decimal(0), edge::closed, {}, edge::none, "a count, an amount, an area or a level is 0 or more"};
inline constexpr domain growth{
    decimal(-100), edge::open, {}, edge::none, "a growth rate is above -100 % (at -100 % the level is gone)"};
inline constexpr domain share{decimal(0), edge::closed, decimal(100), edge::closed,
                              "a share or a rate of a whole lies within 0 and 100 %"};
inline constexpr domain rank{decimal(1), edge::closed, {}, edge::none, "a rank is 1 or more (1 is best)"};
}  // namespace domains

/// A unit of measurement as figures are published in it.
struct unit {
    // Literals are measured by text::length: a string_view made from a const char* in a
    // constant expression would count its characters one step at a time.
    constexpr unit(const char* id_, const char* symbol, const char* name, const dimension* of, int scale_,
                   int max_places_, int magnitude_, const domain* usual_) noexcept
        : id(id_, text::length(id_)),
          symbol_zh(symbol, text::length(symbol)),
          name_en(name, text::length(name)),
          measures(of),
          scale(scale_),
          max_places(max_places_),
          magnitude(magnitude_),
          usual(usual_) {}

    std::string_view id;         ///< as in data files: "percent", "yi_yuan", "mu"
    std::string_view symbol_zh;  ///< as printed in the report: "%", "亿元", "亩"
    std::string_view name_en;
    const dimension* measures = nullptr;
    int scale = 0;                        ///< power of ten to the dimension's base unit (亿元 8, 万元 4, 元 0)
    int max_places = 0;                   ///< decimals a published figure in this unit may have
    int magnitude = 18;                   ///< sane bound: every value is below 10^magnitude in size
    const domain* usual = &domains::any;  ///< the values the unit itself allows

    /// True when `v` is within the unit's usual domain and its sane magnitude.
    constexpr bool allows(decimal v) const noexcept {
        return (usual == nullptr || usual->contains(v)) && below_power_of_ten(v, magnitude);
    }
};

constexpr bool operator==(const unit& a, const unit& b) noexcept { return &a == &b || detail::same(a.id, b.id); }
constexpr bool operator!=(const unit& a, const unit& b) noexcept { return !(a == b); }

/// True when the two units measure the same dimension, so that values convert exactly.
constexpr bool convertible(const unit& from, const unit& to) noexcept {
    return from.measures == to.measures ||
           (from.measures != nullptr && to.measures != nullptr && detail::same(from.measures->id, to.measures->id));
}

/// The units of county statistics; a plan or a user may declare others the same way.
namespace units {
// clang-format off
// Each: id, symbol, English name, dimension, scale, decimal places, magnitude, usual domain.
inline constexpr unit percent{"percent", "%", "percent", &dimensions::percent, 0, 2, 6, &domains::any};
inline constexpr unit percentage_points{"percentage_points", "个百分点", "percentage points",
                                        &dimensions::percentage_points, 0, 2, 6, &domains::any};
inline constexpr unit yuan{"yuan", "元", "yuan", &dimensions::money, 0, 2, 15, &domains::any};
inline constexpr unit wan_yuan{"wan_yuan", "万元", "10,000 yuan", &dimensions::money, 4, 6, 11, &domains::any};
inline constexpr unit yi_yuan{"yi_yuan", "亿元", "100 million yuan", &dimensions::money, 8, 6, 7, &domains::any};
inline constexpr unit usd{"usd", "美元", "US dollars", &dimensions::money_usd, 0, 2, 14, &domains::any};
inline constexpr unit wan_usd{"wan_usd", "万美元", "10,000 US dollars", &dimensions::money_usd, 4, 6, 10, &domains::any};
inline constexpr unit yi_usd{"yi_usd", "亿美元", "100 million US dollars", &dimensions::money_usd, 8, 6, 6, &domains::any};
inline constexpr unit yuan_per_person{"yuan_per_person", "元/人", "yuan per person", &dimensions::money_per_person, 0, 2,
                                      8, &domains::non_negative};
inline constexpr unit mu{"mu", "亩", "mu", &dimensions::area_mu, 0, 2, 11, &domains::non_negative};
inline constexpr unit wan_mu{"wan_mu", "万亩", "10,000 mu", &dimensions::area_mu, 4, 6, 7, &domains::non_negative};
inline constexpr unit hectares{"hectares", "公顷", "hectares", &dimensions::area_hectares, 0, 4, 10, &domains::non_negative};
inline constexpr unit persons{"persons", "人", "persons", &dimensions::persons, 0, 0, 10, &domains::non_negative};
inline constexpr unit wan_persons{"wan_persons", "万人", "10,000 persons", &dimensions::persons, 4, 4, 6,
                                  &domains::non_negative};
inline constexpr unit enterprises{"enterprises", "家", "enterprises", &dimensions::enterprises, 0, 0, 9,
                                  &domains::non_negative};
inline constexpr unit projects{"projects", "个", "projects", &dimensions::projects, 0, 0, 8, &domains::non_negative};
inline constexpr unit communities{"communities", "个", "residential communities", &dimensions::communities, 0, 0, 7,
                                  &domains::non_negative};
inline constexpr unit market_entities{"market_entities", "户", "market entities", &dimensions::market_entities, 0, 0, 9,
                                      &domains::non_negative};
inline constexpr unit tonnes{"tonnes", "吨", "tonnes", &dimensions::mass, 0, 3, 11, &domains::non_negative};
inline constexpr unit wan_tonnes{"wan_tonnes", "万吨", "10,000 tonnes", &dimensions::mass, 4, 6, 7, &domains::non_negative};
inline constexpr unit tce{"tce", "吨标准煤", "tonnes of standard coal equivalent", &dimensions::energy, 0, 3, 11,
                          &domains::non_negative};
inline constexpr unit wan_tce{"wan_tce", "万吨标准煤", "10,000 tonnes of standard coal equivalent", &dimensions::energy,
                              4, 6, 7, &domains::non_negative};
inline constexpr unit tce_per_wan_yuan{"tce_per_wan_yuan", "吨标准煤/万元",
                                       "tonnes of standard coal equivalent per 10,000 yuan",
                                       &dimensions::energy_intensity, 0, 4, 3, &domains::non_negative};
inline constexpr unit kw{"kw", "千瓦", "kilowatts", &dimensions::electric_power, 0, 2, 12, &domains::non_negative};
inline constexpr unit wan_kw{"wan_kw", "万千瓦", "10,000 kilowatts", &dimensions::electric_power, 4, 6, 8,
                             &domains::non_negative};
inline constexpr unit km{"km", "公里", "kilometres", &dimensions::length, 0, 3, 8, &domains::non_negative};
inline constexpr unit days{"days", "天", "days", &dimensions::duration, 0, 0, 6, &domains::non_negative};
inline constexpr unit ug_per_m3{"ug_per_m3", "微克/立方米", "micrograms per cubic metre", &dimensions::concentration, 0,
                                1, 5, &domains::non_negative};
inline constexpr unit rank{"rank", "位", "rank (1 is best)", &dimensions::rank, 0, 0, 6, &domains::rank};
inline constexpr unit date{"date", "日期", "date", &dimensions::date, 0, 0, 18, &domains::any};
inline constexpr unit status{"status", "状态", "status", &dimensions::status, 0, 0, 18, &domains::any};
// clang-format on

/// Every unit above, for looking one up by its id in a data file.
inline constexpr const unit* all[] = {&percent,
                                      &percentage_points,
                                      &yuan,
                                      &wan_yuan,
                                      &yi_yuan,
                                      &usd,
                                      &wan_usd,
                                      &yi_usd,
                                      &yuan_per_person,
                                      &mu,
                                      &wan_mu,
                                      &hectares,
                                      &persons,
                                      &wan_persons,
                                      &enterprises,
                                      &projects,
                                      &communities,
                                      &market_entities,
                                      &tonnes,
                                      &wan_tonnes,
                                      &tce,
                                      &wan_tce,
                                      &tce_per_wan_yuan,
                                      &kw,
                                      &wan_kw,
                                      &km,
                                      &days,
                                      &ug_per_m3,
                                      &rank,
                                      &date,
                                      &status};
}  // namespace units

/// The unit with this id among units::all, or nullptr.
constexpr const unit* find_unit(std::string_view id) noexcept {
    for (const unit* u : units::all)
        if (u->id == id) return u;
    return nullptr;
}

/// `value` (in `from`) expressed exactly in `to`: 67.44 亿元 is 674400 万元. An error,
/// never a rounding, when the units measure different dimensions
/// (errc::incompatible_units) or the value does not fit 18 digits and places.
constexpr result<decimal> convert(decimal value, const unit& from, const unit& to) noexcept {
    if (!convertible(from, to)) return errc::incompatible_units;
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

namespace detail {
/// The unit of a difference of two values in `u`: percentage points for a rate in
/// percent (a change from 7.5 % to 8 % is 0.5 个百分点), `u` itself otherwise.
constexpr const unit& difference_unit(const unit& u) noexcept {
    return convertible(u, units::percent) ? units::percentage_points : u;
}
}  // namespace detail

/// A decimal in the unit U. Different units are different types.
template <const unit& U>
class quantity {
public:
    constexpr quantity() noexcept = default;
    constexpr explicit quantity(decimal value) noexcept : value_(value) {}

    constexpr decimal value() const noexcept { return value_; }
    static constexpr const unit& unit_of() noexcept { return U; }

private:
    decimal value_{};
};

namespace detail {
template <const unit& A, const unit& B>
constexpr void require_same_dimension() {
    static_assert(convertible(A, B),
                  "daye: cannot compare quantities of different dimensions (for example percent with "
                  "enterprises, or a rate with its change in percentage points)");
}
template <const unit& A, const unit& B>
constexpr void require_same_unit() {
    static_assert(&A == &B,
                  "daye: cannot add or subtract quantities of different units; convert<>() one of them first");
}
/// a and b compared by value across units of one dimension (1 亿元 == 10000 万元):
/// the scale shifts the decimal point, so nothing is converted and nothing overflows.
constexpr int compare_in_units(decimal a, const unit& ua, decimal b, const unit& ub) noexcept {
    if (ua.scale == ub.scale) return compare(a, b);
    // The scale moves the decimal point: compare() accepts places out of the usual range.
    return compare(decimal(a.mantissa(), a.places() - ua.scale, decimal::raw{}),
                   decimal(b.mantissa(), b.places() - ub.scale, decimal::raw{}));
}
}  // namespace detail

// Comparisons take two unit parameters so that a mismatch is stopped by a static_assert
// with a sentence, not by a page of overload candidates. Units of one dimension compare
// by value: 1_yi == 10000_wan.
template <const unit& A, const unit& B>
constexpr bool operator==(quantity<A> a, quantity<B> b) {
    detail::require_same_dimension<A, B>();
    return detail::compare_in_units(a.value(), A, b.value(), B) == 0;
}
template <const unit& A, const unit& B>
constexpr bool operator!=(quantity<A> a, quantity<B> b) {
    return !(a == b);
}
template <const unit& A, const unit& B>
constexpr bool operator<(quantity<A> a, quantity<B> b) {
    detail::require_same_dimension<A, B>();
    return detail::compare_in_units(a.value(), A, b.value(), B) < 0;
}
template <const unit& A, const unit& B>
constexpr bool operator<=(quantity<A> a, quantity<B> b) {
    return !(b < a);
}
template <const unit& A, const unit& B>
constexpr bool operator>(quantity<A> a, quantity<B> b) {
    return b < a;
}
template <const unit& A, const unit& B>
constexpr bool operator>=(quantity<A> a, quantity<B> b) {
    return !(a < b);
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

/// A quantity in another unit of its dimension, exactly: convert<units::wan_yuan>(67.44_yi)
/// is 674400 万元. Too many digits or places: a compile error in a constant expression,
/// bad_result_access at run time.
template <const unit& To, const unit& From>
constexpr quantity<To> convert(quantity<From> q) {
    static_assert(convertible(From, To),
                  "daye: only units of one dimension convert into each other (yuan, wan_yuan and yi_yuan; "
                  "persons and wan_persons; ...)");
    if constexpr (convertible(From, To))
        return quantity<To>(convert(q.value(), From, To).value());
    else
        return quantity<To>(q.value());  // refused above: not converted, so that the refusal is not repeated
}

/// An exact fraction in lowest terms, denominator > 0.
struct fraction {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    constexpr std::int64_t part_of() const noexcept { return numerator / denominator; }
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

/// Hectares per mu is 1/15 exactly: mu and hectares are two dimensions here, because no
/// power of ten relates them.
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

/// Literals for the common units: 7.5_pct, 1.5_pp, 1200_yi, 200000_wan, 638500_mu,
/// 8000_persons, 50_th. Written digits are parsed exactly at compile time; no binary
/// floating point.
namespace literals {
// The checks are in the operator itself, not in a helper it calls, so that g++ names the
// rule within the first five lines of its message, as clang does.
#define DAYE_UNIT_LITERAL(suffix, the_unit)                                                                \
    template <char... Cs>                                                                                  \
    constexpr quantity<units::the_unit> operator""_##suffix() {                                            \
        constexpr char chars[] = {Cs...};                                                                  \
        constexpr detail::literal_scan r = detail::scan_literal(chars, sizeof...(Cs));                     \
        static_assert(!r.malformed,                                                                        \
                      "daye: not a plain decimal literal: write digits with at most one '.', no exponent " \
                      "and no hexadecimal");                                                               \
        static_assert(!r.too_large,                                                                        \
                      "daye: decimal literal too large: a decimal holds at most 18 "                       \
                      "significant digits");                                                               \
        static_assert(!r.too_precise, "daye: decimal literal has more than 18 decimal places");            \
        return quantity<units::the_unit>(detail::literal_value(r));                                        \
    }
DAYE_UNIT_LITERAL(pct, percent)                      // 7.5_pct: 7.5 %
DAYE_UNIT_LITERAL(pp, percentage_points)             // 1.5_pp: 1.5 个百分点
DAYE_UNIT_LITERAL(yuan, yuan)                        // 元
DAYE_UNIT_LITERAL(wan, wan_yuan)                     // 万元
DAYE_UNIT_LITERAL(yi, yi_yuan)                       // 亿元
DAYE_UNIT_LITERAL(wan_usd, wan_usd)                  // 万美元
DAYE_UNIT_LITERAL(yuan_per_person, yuan_per_person)  // 元/人
DAYE_UNIT_LITERAL(mu, mu)                            // 亩
DAYE_UNIT_LITERAL(wan_mu, wan_mu)                    // 万亩
DAYE_UNIT_LITERAL(ha, hectares)                      // 公顷
DAYE_UNIT_LITERAL(persons, persons)                  // 人
DAYE_UNIT_LITERAL(wan_persons, wan_persons)          // 万人
DAYE_UNIT_LITERAL(enterprises, enterprises)          // 家
DAYE_UNIT_LITERAL(projects, projects)                // 个 (projects)
DAYE_UNIT_LITERAL(communities, communities)          // 个 (residential communities)
DAYE_UNIT_LITERAL(tonnes, tonnes)                    // 吨
DAYE_UNIT_LITERAL(wan_tonnes, wan_tonnes)            // 万吨
DAYE_UNIT_LITERAL(wan_kw, wan_kw)                    // 万千瓦
DAYE_UNIT_LITERAL(km, km)                            // 公里
DAYE_UNIT_LITERAL(days, days)                        // 天
DAYE_UNIT_LITERAL(ug_per_m3, ug_per_m3)              // μg/m³
DAYE_UNIT_LITERAL(th, rank)                          // 50_th: 50th place (1 is best)
#undef DAYE_UNIT_LITERAL
}  // namespace literals

}  // namespace v0
}  // namespace daye

#endif
