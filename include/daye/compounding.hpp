// Compounding: projections, average growth, required rates, years to a threshold.
//
// Two classic mistakes are made impossible here:
// - Float drift. The arithmetic runs in long double (x87: 64-bit mantissa, 11 bits more
//   than double) with basic operations only, no std::pow, exp or log, and rounds once to
//   double at the end. Results are within 1 ulp of the correctly rounded value (tested
//   against quadruple precision) and have the same bits at compile time and at run time:
//   IEEE basic operations are exact-rounded in both.
// - Mixing price bases. A level at current prices (nominal) compounded with a growth rate
//   at comparable prices (real) does not compile: convert the rate first.
//
// Where long double is double (MSVC, Apple arm64), results are still deterministic but
// may be off by more than 1 ulp.
#ifndef DAYE_COMPOUNDING_HPP
#define DAYE_COMPOUNDING_HPP

#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "daye/maybe.hpp"
#include "daye/plan.hpp"
#include "daye/result.hpp"
#include "daye/span.hpp"
#include "daye/units.hpp"

namespace daye {

/// Price bases as types: comparable prices (可比价, inflation removed) and current prices (现价).
/// Comparable prices (可比价): inflation removed.
struct real {};
/// Current prices (现价): as spent.
struct nominal {};

/// A growth rate on the basis B, as a fraction: 7.5 % is 0.075.
template <class Basis>
class growth_rate {
    static_assert(std::is_same_v<Basis, real> || std::is_same_v<Basis, nominal>,
                  "daye: a growth rate is real (comparable prices) or nominal (current prices)");

public:
    constexpr growth_rate() noexcept = default;
    constexpr explicit growth_rate(double fraction) noexcept : fraction_(fraction) {}
    /// From a published percentage, 7.5_pct, rounded once to the nearest double fraction.
    constexpr explicit growth_rate(quantity<units::percent> pct) noexcept : fraction_(to_double(pct.value(), 2)) {}

    constexpr double fraction() const noexcept { return fraction_; }
    constexpr double percent() const noexcept { return fraction_ * 100.0; }

private:
    double fraction_ = 0.0;
};

/// A level on the basis B, such as GDP in 亿元 at current prices. Amounts that are
/// compared or compounded together must be in the same unit.
template <class Basis>
class amount {
    static_assert(std::is_same_v<Basis, real> || std::is_same_v<Basis, nominal>,
                  "daye: an amount is real (comparable prices) or nominal (current prices)");

public:
    constexpr amount() noexcept = default;
    constexpr explicit amount(double value) noexcept : value_(value) {}
    constexpr double value() const noexcept { return value_; }

private:
    double value_ = 0.0;
};

/// The change of the price level (the GDP deflator), as a fraction.
class deflator {
public:
    constexpr explicit deflator(double fraction) noexcept : fraction_(fraction) {}
    constexpr explicit deflator(quantity<units::percent> pct) noexcept
        : fraction_(growth_rate<nominal>(pct).fraction()) {}
    constexpr double fraction() const noexcept { return fraction_; }

private:
    double fraction_;
};

namespace detail {
template <class A, class B>
constexpr void require_same_basis() {
    static_assert(std::is_same_v<A, B>,
                  "daye: a level and a growth rate on different price bases: a current-price (nominal) level "
                  "cannot be compounded with a comparable-price (real) growth rate; convert the rate with "
                  "to_nominal(rate, deflator) first");
}

/// Extended-precision helpers. Only + - * / on long double: the same bits whether the
/// compiler or the processor evaluates them.
namespace xp {
using ld = long double;

/// Written with comparisons only: inf - inf would be a NaN, which GCC refuses in a
/// constant expression.
constexpr bool finite(double x) noexcept {
    return x <= std::numeric_limits<double>::max() && x >= -std::numeric_limits<double>::max();
}
constexpr ld abs(ld x) noexcept { return x < 0 ? -x : x; }

/// The bits of a double. std::bit_cast is C++20; GCC, Clang and MSVC implement it with
/// this builtin, which C++17 code may use too.
constexpr std::uint64_t bits_of(double x) noexcept { return __builtin_bit_cast(std::uint64_t, x); }
// Positive doubles order as their bits do, and the sign bit puts every negative number
// and -0 above them, as it does the NaNs (exponent all ones). So a range test becomes one
// or two integer comparisons: cheaper than floating-point ones, and a NaN never passes.
inline constexpr std::uint64_t sign_bit = std::uint64_t{1} << 63;
/// 0 < x <= the largest double.
constexpr bool positive_finite(double x) noexcept {
    return bits_of(x) - 1u < bits_of(std::numeric_limits<double>::max());
}
/// -1 < x < below, for a positive `below`: [+0, below) or [-0, -1).
constexpr bool above_minus_one(double x, double below) noexcept {
    const std::uint64_t u = bits_of(x);
    const bool positive = u < bits_of(below);
    const bool negative = u - sign_bit < bits_of(1.0);
    return positive | negative;
}

inline constexpr ld ln2 = 0.693147180559945309417232121458176568L;
// ln 2 split so that k * ln2_hi is exact for |k| < 2^31 (Cody and Waite): ln2_hi has 33
// significant bits, written out exactly; ln2_lo is the rest.
inline constexpr ld ln2_hi = 0.69314718036912381649017333984375L;
inline constexpr ld ln2_lo = 1.908214929270587816144265680755e-10L;
// A series stops when its term falls below this share of the sum (2^-66).
inline constexpr ld negligible = 1.0L / 73786976294838206464.0L;

// Beyond these magnitudes every double result is already decided (infinite or zero), and
// keeping intermediates inside them keeps long double from overflowing, which a constant
// expression may not do.
inline constexpr ld huge = 1e250L * 1e250L * 1e250L * 1e250L;  // 1e1000, beyond a double literal
inline constexpr ld tiny = 1.0L / huge;
constexpr ld clamped(ld x) noexcept { return x > huge ? huge : (x < tiny ? tiny : x); }

// 0 or 1, and 1 or 0, by a bit: loaded from memory rather than converted from the
// integer, which costs a store and a reload on the critical path.
inline constexpr double bit_is_set[2] = {0.0, 1.0};
inline constexpr double bit_is_clear[2] = {1.0, 0.0};

/// b^n for 0 <= n < 128 and b within 10^±38, in seven fixed steps with an arithmetic
/// select (b or 1): no branch on the bits of n, which no predictor guesses. b * 1 + 0
/// and b * 0 + 1 are exact. All seven squares are taken whatever n is; within 10^±38
/// none of them, nor b^127, leaves the range of long double.
constexpr ld power_of_small(ld b, int n) noexcept {
    const auto b_or_1 = [](ld x, int bit) { return x * ld{bit_is_set[bit]} + ld{bit_is_clear[bit]}; };
    // The first step assigns rather than multiplies 1 by it: the same bits, one
    // multiplication less on the critical path.
    ld r = b_or_1(b, n & 1);
    for (int i = 1; i < 7; ++i) {
        b *= b;
        r *= b_or_1(b, (n >> i) & 1);
    }
    return r;
}

/// b^n for b > 0 and n >= 0, by binary exponentiation.
constexpr ld power(ld b, int n) noexcept {
    if (n < 128 && b < 1e38L && b > 1e-38L) return power_of_small(b, n);
    ld r = 1.0L;
    for (; n > 0; n >>= 1) {
        if ((n & 1) != 0) r = clamped(r * b);
        b = clamped(b * b);
    }
    return r;
}

/// 2^k, exactly.
constexpr ld two_to(int k) noexcept { return k >= 0 ? power(2.0L, k) : power(0.5L, -k); }

// The series below multiply by these reciprocals instead of dividing: a division is
// several times slower than a multiplication and sits on the critical path.
struct reciprocals {
    ld odd[16]{};        // 1/3, 1/5, ..., 1/33
    ld factorial[24]{};  // 1/2!, 1/3!, ..., 1/25!
};
constexpr reciprocals make_reciprocals() noexcept {
    reciprocals r;
    for (int j = 0; j < 16; ++j) r.odd[j] = 1.0L / static_cast<ld>(2 * j + 3);
    ld f = 1.0L;
    for (int k = 0; k < 24; ++k) {
        f *= static_cast<ld>(k + 2);
        r.factorial[k] = 1.0L / f;
    }
    return r;
}
inline constexpr reciprocals inverse = make_reciprocals();

/// 2 atanh s = 2 (s + s^3/3 + s^5/5 + ...) = ln((1 + s) / (1 - s)), for |s| <= 0.172.
constexpr ld two_atanh(ld s) noexcept {
    const ld s2 = s * s;
    ld term = s;
    ld sum = s;
    for (int j = 0; j < 16 && abs(term) > negligible * abs(sum); ++j) {
        term *= s2;
        sum += term * inverse.odd[j];
    }
    return 2.0L * sum;
}

inline constexpr ld sqrt_half = 0.707106781186547524400844362104849039L;
inline constexpr ld halving_steps[] = {4294967296.0L, 65536.0L, 256.0L, 16.0L, 4.0L, 2.0L};  // 2^32 ... 2^1

/// ln y for y > 0 (y = 0 gives a large negative number instead of -inf).
constexpr ld log(ld y) noexcept {
    if (!(y > tiny)) y = tiny;
    if (y > huge) y = huge;
    // y = m 2^k with m in [sqrt(1/2), sqrt(2)): steps of 2^64 first, then halving
    // steps of 32, 16, ..., 1 bits, so that any double takes a handful of steps.
    // Multiplying by powers of two is exact; dividing would be slower for nothing.
    const ld two_to_64 = 18446744073709551616.0L;
    int k = 0;
    for (; y >= two_to_64; k += 64) y *= 1.0L / two_to_64;
    for (; y < 1.0L / two_to_64; k -= 64) y *= two_to_64;
    for (int i = 0; i < 6; ++i) {
        const int bits = 32 >> i;
        if (y >= halving_steps[i] * sqrt_half) {
            y *= 1.0L / halving_steps[i];
            k += bits;
        } else if (y * halving_steps[i] < 2.0L * sqrt_half) {
            y *= halving_steps[i];
            k -= bits;
        }
    }
    const ld s = (y - 1.0L) / (y + 1.0L);  // y - 1 is exact for y in [1/2, 2]
    return static_cast<ld>(k) * ln2_hi + (two_atanh(s) + static_cast<ld>(k) * ln2_lo);
}

/// ln(1 + d) for d > -1, with a small relative error also for tiny d.
constexpr ld log1p(ld d) noexcept {
    const ld y = 1.0L + d;
    if (y >= sqrt_half && y < 2.0L * sqrt_half) return two_atanh(d / (2.0L + d));  // d is exact; 1 + d may not be
    return log(y);
}

/// ln(b / a) for a, b > 0, without losing b - a when they are close.
constexpr ld log_ratio(ld b, ld a) noexcept {
    if (b <= 2.0L * a && 2.0L * b >= a) return log1p((b - a) / a);  // b - a is exact within a factor 2
    return log(b / a);
}

/// e^x - 1, with a small relative error also for tiny x.
constexpr ld expm1(ld x) noexcept {
    // r + r^2/2! + r^3/3! + ..., for |r| <= ln2 / 2
    const auto series = [](ld r) {
        ld power_of_r = r;
        ld sum = r;
        for (int k = 0; k < 24; ++k) {
            power_of_r *= r;
            const ld term = power_of_r * inverse.factorial[k];
            sum += term;
            if (abs(term) <= negligible * abs(sum)) break;
        }
        return sum;
    };
    if (abs(x) < 0.5L * ln2) return series(x);
    if (x > 800.0L) return huge;   // e^800 is beyond any double
    if (x < -50.0L) return -1.0L;  // e^-50 is below half an ulp of 1
    // e^x = 2^k e^r with |r| <= ln2 / 2.
    const ld q = x / ln2;
    const int k = static_cast<int>(q < 0 ? q - 0.5L : q + 0.5L);
    const ld r = (x - static_cast<ld>(k) * ln2_hi) - static_cast<ld>(k) * ln2_lo;
    return two_to(k) * (1.0L + series(r)) - 1.0L;
}

/// The double nearest to x, or errc::out_of_range when it would be infinite.
constexpr result<double> to_double(ld x) noexcept {
    const ld limit = std::numeric_limits<double>::max();
    if (!(x <= limit && x >= -limit)) return errc::out_of_range;
    return static_cast<double>(x);
}
}  // namespace xp

/// The price_basis of an indicator that the type B stands for.
template <class B>
constexpr price_basis basis_of() noexcept {
    return std::is_same_v<B, real> ? price_basis::real : price_basis::nominal;
}

constexpr errc check_level(double v) noexcept {
    if (!xp::finite(v)) return errc::not_finite;
    return v > 0 ? errc::none : errc::non_positive_level;
}
constexpr errc check_rate(double r) noexcept {
    if (!xp::finite(r)) return errc::not_finite;
    return r > -1.0 ? errc::none : errc::rate_too_low;
}
constexpr errc first_error(errc a, errc b, errc c = errc::none) noexcept {
    return a != errc::none ? a : (b != errc::none ? b : c);
}
}  // namespace detail

namespace detail {
/// level * factor as an amount, or errc::out_of_range when a double cannot hold it.
template <class A>
constexpr result<amount<A>> scaled(double level, xp::ld factor) noexcept {
    const xp::ld v = static_cast<xp::ld>(level) * factor;  // positive: only the upper end can be out of range
    if (!(v <= static_cast<xp::ld>(std::numeric_limits<double>::max()))) return errc::out_of_range;
    return amount<A>(static_cast<double>(v));
}
}  // namespace detail

/// `start` after `years` years of growth at `rate`: 900 at 7.5 % for 2 years is 1040.0625.
template <class A, class R>
constexpr result<amount<A>> compound(amount<A> start, growth_rate<R> rate, int years) noexcept {
    detail::require_same_basis<A, R>();
    using detail::xp::ld;
    const double base = start.value();
    const double r = rate.fraction();
    // compound is the hot path. Usual input (a rate below 10^38, under 128 years) passes
    // one test on the bits, written with & so that it is one branch, not five. Only other
    // input pays for finding out which error it is, or for the long way. A valid rate
    // (> -1) keeps 1 + rate above 2^-53.
    const bool usual_level = detail::xp::positive_finite(base);
    const bool usual_rate = detail::xp::above_minus_one(r, 1e38);
    const bool usual_years = static_cast<unsigned>(years) - 1u < 127u;
    if (usual_level & usual_rate & usual_years)
        return detail::scaled<A>(base, detail::xp::power_of_small(1.0L + static_cast<ld>(r), years));
    constexpr double most = std::numeric_limits<double>::max();
    if (!(base > 0 && base <= most && r > -1.0 && r <= most && years > 0))
        return detail::first_error(detail::check_level(base), detail::check_rate(r), errc::non_positive_years);
    return detail::scaled<A>(base, detail::xp::power(1.0L + static_cast<ld>(r), years));
}

/// The average annual growth (CAGR) that turns `from` into `to` in `years` years.
template <class B>
constexpr result<growth_rate<B>> cagr(amount<B> from, amount<B> to, int years) noexcept {
    const errc e = detail::first_error(detail::check_level(from.value()), detail::check_level(to.value()),
                                       years > 0 ? errc::none : errc::non_positive_years);
    if (e != errc::none) return e;
    using detail::xp::ld;
    // (to/from)^(1/n) - 1 as expm1(ln(to/from) / n): no cancellation near 0.
    const ld growth = detail::xp::log_ratio(to.value(), from.value());
    const auto r = detail::xp::to_double(detail::xp::expm1(growth / static_cast<ld>(years)));
    if (!r) return r.error();
    return growth_rate<B>(r.value());
}

/// The annual rate needed to grow from `level` to `goal` in `years` years (CAGR of the two).
template <class B>
constexpr result<growth_rate<B>> required_rate(amount<B> level, amount<B> goal, int years) noexcept {
    return cagr(level, goal, years);
}

namespace detail {
/// expm1(Σ ln(1 + r) / periods): chained growth (periods 1) or its average per period.
/// Summing logarithms keeps the result accurate when the rates nearly cancel.
template <class B>
constexpr result<growth_rate<B>> geometric_growth(span<const growth_rate<B>> rates, int periods) noexcept {
    xp::ld log_sum = 0;
    for (const growth_rate<B>& r : rates) {
        if (const errc e = check_rate(r.fraction()); e != errc::none) return e;
        log_sum += xp::log1p(r.fraction());
    }
    const auto c = xp::to_double(xp::expm1(log_sum / static_cast<xp::ld>(periods)));
    if (!c) return c.error();
    return growth_rate<B>(c.value());
}
}  // namespace detail

/// Growth over consecutive periods chained: (1 + r1)(1 + r2)... - 1.
template <class B>
constexpr result<growth_rate<B>> chain(span<const growth_rate<B>> rates) noexcept {
    if (rates.empty()) return errc::non_positive_years;
    return detail::geometric_growth(rates, 1);
}

/// A multi-year plan period, such as the 14th Five-Year Plan (十四五), 2021-2025.
struct plan_period {
    int first_year;
    int last_year;
    constexpr int years() const noexcept { return last_year - first_year + 1; }
};
inline constexpr plan_period fourteenth_five_year_plan{2021, 2025};

/// The average annual growth over a period, from one rate per year of it (geometric mean).
template <class B>
constexpr result<growth_rate<B>> average_growth(plan_period period, span<const growth_rate<B>> annual) noexcept {
    if (period.years() <= 0) return errc::non_positive_years;
    if (annual.size() != static_cast<std::size_t>(period.years())) return errc::out_of_range;
    return detail::geometric_growth(annual, period.years());
}

/// When a level growing at a rate reaches a goal.
struct crossing {
    bool already = false;  ///< the level is at or above the goal to begin with
    maybe<int> year;       ///< the calendar year in which the goal is reached; absent when never
    maybe<double> years;   ///< the fractional number of years; absent when never (or beyond a double)
};

/// When `start` (the level of `start_year`), growing at `rate`, reaches `goal`. A rate at
/// or below zero never reaches a goal above the start: an answer, not an error.
template <class A, class R>
constexpr result<crossing> years_to_reach(amount<A> start, growth_rate<R> rate, amount<A> goal,
                                          int start_year) noexcept {
    detail::require_same_basis<A, R>();
    const errc e = detail::first_error(detail::check_level(start.value()), detail::check_level(goal.value()),
                                       detail::check_rate(rate.fraction()));
    if (e != errc::none) return e;
    crossing c;
    if (start.value() >= goal.value()) {
        c.already = true;
        c.year = start_year;
        c.years = 0.0;
        return c;
    }
    if (rate.fraction() <= 0) return c;
    using detail::xp::ld;
    const ld t = detail::xp::log_ratio(goal.value(), start.value()) / detail::xp::log1p(rate.fraction());
    const auto years = detail::xp::to_double(t);
    if (!years) return c;  // beyond any double (a denormal rate): never, as far as anyone can count
    c.years = years.value();
    // The calendar year: the first whole year whose compounded level reaches the goal,
    // checked on the levels themselves so that rounding never moves it.
    if (t < 100000.0L) {
        // A level too large for a double is above any goal.
        const auto reached = [&](int n) {
            const auto level = compound(start, rate, n);
            return !level || level.value_or(amount<A>()).value() >= goal.value();
        };
        int n = static_cast<int>(t);
        if (static_cast<ld>(n) < t) ++n;
        if (n > 1 && reached(n - 1)) --n;
        if (!reached(n)) ++n;
        c.year = start_year + n;
    }
    return c;
}

/// The nominal rate of a real rate and a deflator: (1 + real)(1 + deflator) - 1.
constexpr result<growth_rate<nominal>> to_nominal(growth_rate<real> r, deflator d) noexcept {
    const errc e = detail::first_error(detail::check_rate(r.fraction()), detail::check_rate(d.fraction()));
    if (e != errc::none) return e;
    using detail::xp::ld;
    const ld n = (1.0L + r.fraction()) * (1.0L + d.fraction()) - 1.0L;
    const auto v = detail::xp::to_double(n);
    if (!v) return v.error();
    return growth_rate<nominal>(v.value());
}

/// The real rate of a nominal rate and a deflator: (1 + nominal) / (1 + deflator) - 1.
constexpr result<growth_rate<real>> to_real(growth_rate<nominal> n, deflator d) noexcept {
    const errc e = detail::first_error(detail::check_rate(n.fraction()), detail::check_rate(d.fraction()));
    if (e != errc::none) return e;
    using detail::xp::ld;
    const ld r = (static_cast<ld>(n.fraction()) - d.fraction()) / (1.0L + d.fraction());  // no cancellation
    const auto v = detail::xp::to_double(r);
    if (!v) return v.error();
    return growth_rate<real>(v.value());
}

/// The growth target `target_id` of a plan as a typed rate, checked against its
/// indicator's price basis: rate_of<real>(daye_2024, "gdp_growth").
template <class B>
constexpr result<growth_rate<B>> rate_of(const plan& p, std::string_view target_id) noexcept {
    const target* t = p.find_target(target_id);
    if (t == nullptr || t->measured_in != &units::percent || !t->has_value()) return errc::out_of_range;
    const price_basis basis = p.find_indicator(t->indicator_id()).basis;
    if (basis != detail::basis_of<B>()) return errc::basis_mismatch;
    return growth_rate<B>(quantity<units::percent>(t->value));
}

/// The level target `target_id` of a plan as a typed amount in its unit, checked against
/// its indicator's price basis: amount_of<nominal>(daye_2024, "gdp_level_100bn") is 1000.
template <class B>
constexpr result<amount<B>> amount_of(const plan& p, std::string_view target_id) noexcept {
    const target* t = p.find_target(target_id);
    if (t == nullptr || t->measured_in == nullptr || t->measured_in->kind != dimension::money || !t->has_value())
        return errc::out_of_range;
    const price_basis basis = p.find_indicator(t->indicator_id()).basis;
    if (basis != detail::basis_of<B>()) return errc::basis_mismatch;
    return amount<B>(to_double(t->value));
}

}  // namespace daye

#endif
