// Exact decimal numbers, as figures are published: 7.5 %, 67.44 亿元, 638500 mu.
//
// A binary double cannot hold 7.5 % and 9.8 % exactly, so "7.5 % met by 7.5 %" could
// come out either way. A decimal here is an integer mantissa and a count of decimal
// places: 7.5 is {75, 1}, 8.0 is {80, 1}. It keeps the places it was published with
// (so 8.0 prints as "8.0") while comparing by value (8.0 == 8).
//
// Range: at most 18 significant digits and 18 places. Anything that would need more
// is an error, never a wraparound: a compile error in a constant expression, a
// result holding errc::overflow from the checked_* functions, bad_result_access from
// the operators at run time.
#ifndef DAYE_DECIMAL_HPP
#define DAYE_DECIMAL_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "daye/result.hpp"

namespace daye {
inline namespace v0 {

namespace detail {
inline constexpr std::uint64_t pow10_table[] = {1ULL,
                                                10ULL,
                                                100ULL,
                                                1000ULL,
                                                10000ULL,
                                                100000ULL,
                                                1000000ULL,
                                                10000000ULL,
                                                100000000ULL,
                                                1000000000ULL,
                                                10000000000ULL,
                                                100000000000ULL,
                                                1000000000000ULL,
                                                10000000000000ULL,
                                                100000000000000ULL,
                                                1000000000000000ULL,
                                                10000000000000000ULL,
                                                100000000000000000ULL,
                                                1000000000000000000ULL};
}  // namespace detail

/// An exact decimal number: mantissa × 10^-places.
class decimal {
public:
    static constexpr int max_places = 18;
    /// Exclusive bound on the magnitude of the mantissa (18 significant digits).
    static constexpr std::uint64_t mantissa_limit = detail::pow10_table[18];

    /// Like an int or std::chrono::duration, a default-initialized decimal holds no
    /// value until one is assigned; a value-initialized one (decimal{}) is 0. Trivial
    /// construction keeps large constexpr arrays of results cheap to compile.
    // cppcheck-suppress uninitMemberVar ; trivial on purpose, like an int
    decimal() noexcept = default;

    /// A whole number of int range: it always fits.
    constexpr explicit decimal(int whole) noexcept : mantissa_(whole), places_(0) {}

    /// A whole number. Beyond 18 digits: compile error in a constant expression,
    /// bad_result_access at run time (use make() to get a result instead).
    constexpr explicit decimal(std::int64_t whole) : mantissa_(whole), places_(0) {
        if (!fits(magnitude(whole))) detail::fail(errc::overflow);
    }

    /// mantissa × 10^-places, checked.
    static constexpr result<decimal> make(std::int64_t mantissa, int places) noexcept {
        if (places < 0 || places > max_places) return errc::too_precise;
        if (!fits(magnitude(mantissa))) return errc::overflow;
        return decimal(mantissa, places, raw{});
    }

    constexpr std::int64_t mantissa() const noexcept { return mantissa_; }
    /// Decimal places as written: 2 for 67.44, 1 for 8.0, 0 for 1200.
    constexpr int places() const noexcept { return places_; }
    constexpr bool is_zero() const noexcept { return mantissa_ == 0; }
    constexpr bool is_negative() const noexcept { return mantissa_ < 0; }
    constexpr int sign() const noexcept { return mantissa_ < 0 ? -1 : (mantissa_ > 0 ? 1 : 0); }

    // The helpers below are public so that the free functions of this header can share
    // them; they are not meant for callers.
    struct raw {};
    constexpr decimal(std::int64_t mantissa, int places, raw) noexcept : mantissa_(mantissa), places_(places) {}
    static constexpr std::uint64_t magnitude(std::int64_t m) noexcept {
        // Negating INT64_MIN overflows; its magnitude is computed in unsigned arithmetic.
        return m < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
    }
    static constexpr bool fits(std::uint64_t magnitude) noexcept { return magnitude < mantissa_limit; }

    /// -1, 0 or 1 as a is less than, equal to or greater than b, by value. It reads the
    /// fields itself: comparisons run all through constant evaluation, where a call costs.
    friend constexpr int compare(decimal a, decimal b) noexcept;
    /// True when |d| < 10^exponent (exponent >= 0).
    friend constexpr bool below_power_of_ten(decimal d, int exponent) noexcept;

private:
    std::int64_t mantissa_;
    int places_;
};

namespace detail {
constexpr std::int64_t signed_mantissa(bool negative, std::uint64_t magnitude) noexcept {
    // Callers guarantee magnitude < 10^18, so the cast is exact.
    const auto m = static_cast<std::int64_t>(magnitude);
    return negative ? -m : m;
}

/// The mantissa of d at more places, or errc::overflow.
constexpr result<std::int64_t> widen(decimal d, int places) noexcept {
    std::uint64_t m = decimal::magnitude(d.mantissa());
    for (int p = d.places(); p < places; ++p) {
        m *= 10;  // m < 10^18 before, so m < 10^19 fits in 64 unsigned bits
        if (!decimal::fits(m)) return errc::overflow;
    }
    return signed_mantissa(d.is_negative(), m);
}

}  // namespace detail

constexpr int compare(decimal a, decimal b) noexcept {
    // The usual case, figures at the same places: the mantissas decide.
    if (a.places_ == b.places_) return a.mantissa_ < b.mantissa_ ? -1 : (a.mantissa_ > b.mantissa_ ? 1 : 0);
    const int sa = a.mantissa_ < 0 ? -1 : (a.mantissa_ > 0 ? 1 : 0);
    const int sb = b.mantissa_ < 0 ? -1 : (b.mantissa_ > 0 ? 1 : 0);
    if (sa != sb) return sa < sb ? -1 : 1;
    if (sa == 0) return 0;
    // Same sign: compare magnitudes, scaling the one with fewer places; once it reaches
    // 10^18 it exceeds any mantissa.
    std::uint64_t ma = static_cast<std::uint64_t>(a.mantissa_);
    std::uint64_t mb = static_cast<std::uint64_t>(b.mantissa_);
    if (sa < 0) {  // the magnitudes, in unsigned arithmetic: -INT64_MIN does not overflow there
        ma = std::uint64_t{0} - ma;
        mb = std::uint64_t{0} - mb;
    }
    for (int p = a.places_; p < b.places_; ++p) {
        if (ma >= decimal::mantissa_limit) return sa;
        ma *= 10;
    }
    for (int p = b.places_; p < a.places_; ++p) {
        if (mb >= decimal::mantissa_limit) return -sa;
        mb *= 10;
    }
    return ma < mb ? -sa : (ma > mb ? sa : 0);
}

constexpr bool below_power_of_ten(decimal d, int exponent) noexcept {
    const int digits = exponent + d.places_;  // |m| < 10^(exponent + places)
    if (digits >= 18) return true;            // every mantissa is below 10^18
    std::uint64_t m = static_cast<std::uint64_t>(d.mantissa_);
    if (d.mantissa_ < 0) m = std::uint64_t{0} - m;
    return m < detail::pow10_table[digits];
}

constexpr bool operator==(decimal a, decimal b) noexcept { return compare(a, b) == 0; }
constexpr bool operator!=(decimal a, decimal b) noexcept { return compare(a, b) != 0; }
constexpr bool operator<(decimal a, decimal b) noexcept { return compare(a, b) < 0; }
constexpr bool operator<=(decimal a, decimal b) noexcept { return compare(a, b) <= 0; }
constexpr bool operator>(decimal a, decimal b) noexcept { return compare(a, b) > 0; }
constexpr bool operator>=(decimal a, decimal b) noexcept { return compare(a, b) >= 0; }

/// The same value with a sign flip (never overflows: the range is symmetric).
constexpr decimal operator-(decimal d) noexcept { return decimal(-d.mantissa(), d.places(), decimal::raw{}); }
/// The magnitude.
constexpr decimal abs(decimal d) noexcept { return d.is_negative() ? -d : d; }

/// a + b at the larger number of places of the two.
constexpr result<decimal> checked_add(decimal a, decimal b) noexcept {
    const int places = a.places() > b.places() ? a.places() : b.places();
    const auto ma = detail::widen(a, places);
    const auto mb = detail::widen(b, places);
    if (!ma || !mb) return errc::overflow;
    // Both magnitudes are below 10^18, so the sum cannot overflow 64 bits.
    return decimal::make(ma.value() + mb.value(), places);
}
/// a - b, like checked_add.
constexpr result<decimal> checked_sub(decimal a, decimal b) noexcept { return checked_add(a, -b); }

/// a × b, exact: the places add up (trailing zeros dropped if that is needed to fit).
constexpr result<decimal> checked_mul(decimal a, decimal b) noexcept {
    const std::uint64_t ma = decimal::magnitude(a.mantissa());
    const std::uint64_t mb = decimal::magnitude(b.mantissa());
    if (ma != 0 && mb > (decimal::mantissa_limit - 1) / ma) return errc::overflow;
    std::uint64_t m = ma * mb;
    int places = a.places() + b.places();
    while (places > decimal::max_places && m % 10 == 0) {
        m /= 10;
        --places;
    }
    if (places > decimal::max_places) return errc::too_precise;
    return decimal::make(detail::signed_mantissa(a.is_negative() != b.is_negative(), m), places);
}

constexpr decimal operator+(decimal a, decimal b) { return checked_add(a, b).value(); }
constexpr decimal operator-(decimal a, decimal b) { return checked_sub(a, b).value(); }
constexpr decimal operator*(decimal a, decimal b) { return checked_mul(a, b).value(); }

/// The same value written with `places` decimals; errc::too_precise if that would drop
/// a non-zero digit, errc::overflow if it needs more than 18 digits.
constexpr result<decimal> rescale(decimal d, int places) noexcept {
    if (places < 0 || places > decimal::max_places) return errc::too_precise;
    if (places >= d.places()) {
        const auto m = detail::widen(d, places);
        if (!m) return m.error();
        return decimal::make(m.value(), places);
    }
    const std::uint64_t unit = detail::pow10_table[d.places() - places];
    const std::uint64_t m = decimal::magnitude(d.mantissa());
    if (m % unit != 0) return errc::too_precise;
    return decimal::make(detail::signed_mantissa(d.is_negative(), m / unit), places);
}

namespace detail {
/// round(q + fraction) half up on magnitudes, where the fraction is r / d (0 <= r < d).
constexpr std::uint64_t round_half_up(std::uint64_t q, std::uint64_t r, std::uint64_t d) noexcept {
    return r >= d - r ? q + 1 : q;  // r/d >= 1/2, written without overflow
}
}  // namespace detail

/// Rounded to `places` decimals, half away from zero (四舍五入: 7.45 → 7.5, -7.45 →
/// -7.5), and written with exactly that many places.
constexpr result<decimal> round(decimal d, int places) noexcept {
    if (places < 0 || places > decimal::max_places) return errc::too_precise;
    if (places >= d.places()) return rescale(d, places);
    const std::uint64_t unit = detail::pow10_table[d.places() - places];
    const std::uint64_t m = decimal::magnitude(d.mantissa());
    const std::uint64_t q = detail::round_half_up(m / unit, m % unit, unit);
    return decimal::make(detail::signed_mantissa(d.is_negative(), q), places);
}

/// a / b rounded half away from zero to `places` decimals. The exact quotient is
/// produced digit by digit, so no intermediate ever overflows.
constexpr result<decimal> divide(decimal a, decimal b, int places) noexcept {
    if (b.is_zero()) return errc::division_by_zero;
    if (places < 0 || places > decimal::max_places) return errc::too_precise;
    const std::uint64_t ma = decimal::magnitude(a.mantissa());
    const std::uint64_t mb = decimal::magnitude(b.mantissa());
    const bool negative = a.is_negative() != b.is_negative();
    // a/b = (ma/mb) × 10^(pb - pa); we want it × 10^places.
    const int shift = places + b.places() - a.places();
    std::uint64_t q = ma / mb;
    std::uint64_t r = ma % mb;
    if (shift >= 0) {
        for (int i = 0; i < shift; ++i) {
            if (!decimal::fits(q)) return errc::overflow;
            r *= 10;  // r < mb < 10^18, so 10 r < 10^19 fits
            q = q * 10 + r / mb;
            r %= mb;
        }
        q = detail::round_half_up(q, r, mb);
    } else {
        // Divide the integer quotient further by 10^-shift (at most 10^18: places are at
        // most 18); the remainder r/mb only matters when what is dropped is exactly one
        // half, and then it rounds up anyway.
        const std::uint64_t unit = detail::pow10_table[-shift];
        const std::uint64_t dropped = q % unit;
        q /= unit;
        if (dropped >= unit - dropped) ++q;
    }
    if (!decimal::fits(q)) return errc::overflow;
    return decimal::make(detail::signed_mantissa(negative && q != 0, q), places);
}

namespace detail {
/// A whole number of up to 32 × N bits as 32-bit digits, least significant first, that
/// notes when a product no longer fits: what to_double divides exactly (N = 8) and
/// compare_products multiplies (N = 16).
template <int N>
struct digits {
    std::uint32_t digit[N] = {};
    bool overflow = false;

    constexpr int top_bit() const noexcept {
        for (int i = N - 1; i >= 0; --i) {
            if (digit[i] == 0) continue;
            int b = 31;
            while ((digit[i] >> b) == 0) --b;
            return 32 * i + b;
        }
        return -1;
    }
    constexpr bool bit(int b) const noexcept { return b >= 0 && ((digit[b / 32] >> (b % 32)) & 1u) != 0; }
    constexpr bool any_below(int b) const noexcept {
        for (int i = 0; 32 * i < b; ++i) {
            const std::uint32_t mask = b - 32 * i >= 32 ? ~0u : (1u << (b - 32 * i)) - 1;
            if ((digit[i] & mask) != 0) return true;
        }
        return false;
    }
    /// 53 bits from bit `from` up (from >= 0).
    constexpr std::uint64_t bits53(int from) const noexcept {
        const int i = from / 32;
        const int offset = from % 32;
        const auto at = [this](int k) { return k < N ? std::uint64_t{digit[k]} : 0u; };
        std::uint64_t v = (at(i) | (at(i + 1) << 32)) >> offset;
        if (offset != 0) v |= at(i + 2) << (64 - offset);
        return v & ((std::uint64_t{1} << 53) - 1);
    }
    /// this × f.
    constexpr void multiply(std::uint32_t f) noexcept {
        std::uint64_t carry = 0;
        for (std::uint32_t& d : digit) {
            const std::uint64_t v = std::uint64_t{d} * f + carry;
            d = static_cast<std::uint32_t>(v);
            carry = v >> 32;
        }
        overflow = overflow || carry != 0;
    }
    /// this × m, for m below 2^64: by its two digits, the high one a digit up.
    constexpr void multiply(std::uint64_t m) noexcept {
        digits high = *this;
        multiply(static_cast<std::uint32_t>(m));
        high.multiply(static_cast<std::uint32_t>(m >> 32));
        overflow = overflow || high.overflow || high.digit[N - 1] != 0;
        std::uint64_t carry = 0;
        for (int i = 1; i < N; ++i) {
            const std::uint64_t v = std::uint64_t{digit[i]} + high.digit[i - 1] + carry;
            digit[i] = static_cast<std::uint32_t>(v);
            carry = v >> 32;
        }
        overflow = overflow || carry != 0;
    }
    /// this / f rounded down; whether the remainder is not 0.
    constexpr bool divide(std::uint32_t f) noexcept {
        std::uint64_t rest = 0;
        for (int i = N - 1; i >= 0; --i) {
            const std::uint64_t v = (rest << 32) | digit[i];
            digit[i] = static_cast<std::uint32_t>(v / f);
            rest = v % f;
        }
        return rest != 0;
    }
    /// this × 2^s (the product fits).
    constexpr void shift_up(int s) noexcept {
        for (int i = N - 1; i >= 0; --i) {
            const int from = i - s / 32;
            const std::uint64_t low = from >= 0 ? digit[from] : 0u;
            const std::uint64_t below = from >= 1 ? digit[from - 1] : 0u;
            digit[i] = static_cast<std::uint32_t>(s % 32 == 0 ? low : (low << (s % 32)) | (below >> (32 - s % 32)));
        }
    }
    constexpr int compare(const digits& o) const noexcept {
        for (int i = N - 1; i >= 0; --i)
            if (digit[i] != o.digit[i]) return digit[i] < o.digit[i] ? -1 : 1;
        return 0;
    }
};
}  // namespace detail

/// The double nearest to d × 10^-shift (so to_double(7.5, 2) is 0.075), correctly rounded
/// (ties to even), for places + shift from -60 to 60. Exact integer arithmetic: 10^-p is
/// 5^-p 2^-p, and the mantissa (shifted up enough) is divided by 5^p in steps of 5^13,
/// keeping whether anything was left over.
constexpr double to_double(decimal d, int shift = 0) noexcept {
    const std::uint64_t m = decimal::magnitude(d.mantissa());
    if (m == 0) return 0.0;
    int p = d.places() + shift;
    p = p > 60 ? 60 : (p < -60 ? -60 : p);
    detail::digits<8> n;
    n.digit[0] = static_cast<std::uint32_t>(m);
    n.digit[1] = static_cast<std::uint32_t>(m >> 32);
    int exponent = -p;  // of 2
    bool inexact = false;
    constexpr std::uint32_t five_13 = 1220703125u;  // 5^13
    const auto power_of_five = [](int k) {
        std::uint32_t f = 1;
        for (int i = 0; i < k; ++i) f *= 5u;
        return f;
    };
    if (p < 0) {
        for (int k = -p; k > 0; k -= 13) n.multiply(power_of_five(k > 13 ? 13 : k));
    } else if (p > 0) {
        // At least 56 bits of quotient: 5^p is below 2^(3p).
        const int s = 64 + 3 * p - n.top_bit();
        n.shift_up(s);
        exponent -= s;
        for (int k = p; k > 0; k -= 13) inexact = n.divide(k > 13 ? five_13 : power_of_five(k)) || inexact;
    }
    // Round to 53 bits, half to even.
    const int top = n.top_bit();
    const int low = top > 52 ? top - 52 : 0;
    std::uint64_t kept = n.bits53(low);
    if (n.bit(low - 1) && (inexact || n.any_below(low - 1) || (kept & 1u) != 0)) ++kept;
    // kept 2^(exponent + low), a normal double for these p: its exponent added to the bits.
    const double whole = static_cast<double>(kept);  // exact: at most 2^53
    const std::uint64_t bits =
        __builtin_bit_cast(std::uint64_t, whole) + (static_cast<std::uint64_t>(exponent + low) << 52);
    const double v = __builtin_bit_cast(double, bits);
    return d.is_negative() ? -v : v;
}

namespace detail {
/// The product of `count` positive decimals as a whole number times 10^-places.
constexpr digits<16> whole_product(const decimal* factors, std::size_t count, int& places) noexcept {
    digits<16> p;
    p.digit[0] = 1;
    for (std::size_t i = 0; i < count; ++i) {
        p.multiply(static_cast<std::uint64_t>(factors[i].mantissa()));
        places += factors[i].places();
    }
    return p;
}

/// pa 10^-places_a against pb 10^-places_b: -1, 0 or 1, both brought to the larger
/// number of places; errc::overflow when either no longer fits.
constexpr result<int> compare_scaled(digits<16> pa, int places_a, digits<16> pb, int places_b) noexcept {
    for (; places_a < places_b; ++places_a) pa.multiply(std::uint32_t{10});
    for (; places_b < places_a; ++places_b) pb.multiply(std::uint32_t{10});
    if (pa.overflow || pb.overflow) return errc::overflow;
    return pa.compare(pb);
}
}  // namespace detail

/// The product of `a` (na factors) compared with that of `b` (nb factors), exactly:
/// -1, 0 or 1. Chained growth over years (1.075 × 1.08 × ...) needs more digits than a
/// decimal has; this compares without rounding. Every factor must be above zero
/// (errc::out_of_range otherwise); errc::overflow when a product needs more than 512
/// bits (some twenty-five factors of six digits, eight of eighteen).
constexpr result<int> compare_products(const decimal* a, std::size_t na, const decimal* b, std::size_t nb) noexcept {
    for (std::size_t i = 0; i < na; ++i)
        if (a[i].sign() <= 0) return errc::out_of_range;
    for (std::size_t i = 0; i < nb; ++i)
        if (b[i].sign() <= 0) return errc::out_of_range;
    int places_a = 0;
    int places_b = 0;
    const detail::digits<16> pa = detail::whole_product(a, na, places_a);
    const detail::digits<16> pb = detail::whole_product(b, nb, places_b);
    return detail::compare_scaled(pa, places_a, pb, places_b);
}

/// The geometric mean of `count` decimals, the n-th root of their product, rounded half
/// up to `places` (四舍五入, as round(): the mean is positive, so up is away from zero),
/// exactly, without floating point. The mean lies between the least and the greatest
/// factor, so its rounding lies between theirs; bisection over the candidates k 10^-places
/// there finds the greatest whose lower rounding edge, (k − 1/2) 10^-places, raised to the
/// n-th power, is at most the product: some sixty exact comparisons at most. Every factor
/// must be above zero and there must be one (errc::out_of_range otherwise); errc::overflow
/// when a factor does not fit 18 digits at `places`, or a power of an edge needs more than
/// 512 bits (ten edges of sixteen digits, twenty-six of six).
constexpr result<decimal> geometric_mean(const decimal* factors, std::size_t count, int places) noexcept {
    if (count == 0) return errc::out_of_range;
    if (places < 0 || places > decimal::max_places) return errc::too_precise;
    decimal least = factors[0];
    decimal greatest = factors[0];
    for (std::size_t i = 0; i < count; ++i) {
        if (factors[i].sign() <= 0) return errc::out_of_range;
        if (factors[i] < least) least = factors[i];
        if (greatest < factors[i]) greatest = factors[i];
    }
    const auto low = round(least, places);
    const auto high = round(greatest, places);
    if (!low || !high) return errc::overflow;
    int product_places = 0;
    const detail::digits<16> product = detail::whole_product(factors, count, product_places);
    // Invariant: the edge below lo is at most the mean (it is at most the least factor);
    // every candidate above hi rounds above the greatest factor.
    std::int64_t lo = low.value().mantissa();
    std::int64_t hi = high.value().mantissa();
    while (lo < hi) {
        const std::int64_t k = lo + (hi - lo + 1) / 2;
        const std::uint64_t edge = 10 * static_cast<std::uint64_t>(k) - 5;  // below 10^19: 64 bits hold it
        detail::digits<16> power;
        power.digit[0] = 1;
        for (std::size_t i = 0; i < count && !power.overflow; ++i) power.multiply(edge);
        if (power.overflow) return errc::overflow;
        const auto c = detail::compare_scaled(power, static_cast<int>(count) * (places + 1), product, product_places);
        if (!c) return c.error();
        if (c.value() <= 0)
            lo = k;
        else
            hi = k - 1;
    }
    return decimal::make(lo, places);
}

namespace detail {
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}
}  // namespace detail

/// Parses a published figure: an optional '-', digits, optionally '.' and digits
/// ("7.5", "-1.0", "638500", "67.44"). Nothing else: no '+', exponent, spaces or
/// thousands separators. nan/inf are reported as errc::not_finite.
constexpr result<decimal> parse_decimal(std::string_view text) noexcept {
    if (text.empty()) return errc::empty;
    std::size_t i = 0;
    const bool negative = text[0] == '-';
    if (negative) i = 1;
    const std::string_view body = text.substr(i);
    if (detail::equals_ignoring_case(body, "nan") || detail::equals_ignoring_case(body, "inf") ||
        detail::equals_ignoring_case(body, "infinity") || detail::equals_ignoring_case(text, "+inf") ||
        detail::equals_ignoring_case(text, "+nan"))
        return errc::not_finite;
    std::uint64_t m = 0;
    int whole_digits = 0;
    int places = 0;
    bool overflow = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (!detail::is_digit(c)) return errc::malformed;
        (point ? places : whole_digits) += 1;
        m = m * 10 + static_cast<std::uint64_t>(c - '0');
        if (!decimal::fits(m)) {
            overflow = true;
            m = 0;  // keep scanning so that a malformed tail is still reported as such
        }
    }
    if (whole_digits == 0 || (point && places == 0)) return errc::malformed;
    if (places > decimal::max_places) return errc::too_precise;
    if (overflow) return errc::overflow;
    return decimal::make(detail::signed_mantissa(negative, m), places);
}

/// Text of a decimal in a fixed buffer, so that it can be produced without a heap.
struct decimal_text {
    char chars[48]{};
    std::size_t size = 0;
    constexpr std::string_view view() const noexcept { return {chars, size}; }
};

/// The decimal as published: "-1.0", "0.5", "67.44", "1200".
constexpr decimal_text to_text(decimal d) noexcept {
    char digits[24]{};
    int n = 0;
    std::uint64_t m = decimal::magnitude(d.mantissa());
    do {
        digits[n++] = static_cast<char>('0' + m % 10);
        m /= 10;
    } while (m != 0);
    while (n <= d.places()) digits[n++] = '0';  // a leading zero before the point
    decimal_text out;
    if (d.is_negative()) out.chars[out.size++] = '-';
    for (int k = n - 1; k >= 0; --k) {
        out.chars[out.size++] = digits[k];
        if (k == d.places() && k != 0) out.chars[out.size++] = '.';
    }
    return out;
}

namespace detail {
/// What a numeric literal's characters say, found by one plain loop: every distinct
/// literal of a model is parsed at compile time, so this stays as cheap as it can be.
struct literal_scan {
    std::uint64_t mantissa = 0;
    int places = 0;
    bool too_large = false;
    bool too_precise = false;
    bool malformed = false;
};

constexpr literal_scan scan_literal(const char* chars, std::size_t count) noexcept {
    literal_scan r;
    bool point = false;
    int whole_digits = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = chars[i];
        if (c == '\'') continue;  // a digit separator: 638'500_mu
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (!is_digit(c)) {
            r.malformed = true;
            return r;
        }
        (point ? r.places : whole_digits) += 1;
        r.mantissa = r.mantissa * 10 + static_cast<std::uint64_t>(c - '0');
        if (!decimal::fits(r.mantissa)) {
            r.too_large = true;
            r.mantissa = 0;
        }
    }
    r.malformed = whole_digits == 0 || (point && r.places == 0);
    r.too_precise = r.places > decimal::max_places;
    return r;
}

/// The decimal a literal's scan found; the literal operators (units.hpp) refuse a scan
/// that is malformed, too large or too precise before they ask for it.
constexpr decimal literal_value(const literal_scan& r) noexcept {
    return decimal(static_cast<std::int64_t>(r.mantissa), r.places, decimal::raw{});
}
}  // namespace detail

}  // namespace v0
}  // namespace daye

#endif
