// Compounding: projections, average growth, required rates, years to a threshold.
//
// Two classic mistakes are made impossible here:
// - Float drift. The arithmetic uses basic operations only, no std::pow, exp or log, in
//   more precision than a double: long double (x87: 64-bit mantissa, 11 bits more than
//   double), or for cagr's usual input double-double (a value as hi + lo in two doubles,
//   several times faster than x87), and rounds once to double at the end. Results are
//   within 1 ulp of the correctly rounded value (tested against quadruple precision) and
//   have the same bits at compile time and at run time: IEEE basic operations are
//   exact-rounded in both, provided a * b + c is not fused (-ffp-contract=off, which the
//   daye CMake target passes on).
// - Mixing price bases. A level at current prices (nominal) compounded with a growth rate
//   at comparable prices (real) does not compile: convert the rate first.
//
// Where long double is double (MSVC, Apple arm64), results of the long double path are
// still deterministic but may be off by more than 1 ulp.
#ifndef DAYE_COMPOUNDING_HPP
#define DAYE_COMPOUNDING_HPP

#include <cfloat>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "daye/maybe.hpp"
#include "daye/price_basis.hpp"
#include "daye/result.hpp"
#include "daye/span.hpp"
#include "daye/units.hpp"

namespace daye {
inline namespace v0 {

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

// ln 2 split so that k ln2_hi is exact (Cody and Waite): ln2_hi has 42 significant bits,
// so k ln2_hi (and k ln2_hi / 64) is exact in double for |k| < 2^11 and in long double
// for |k| < 2^22; ln2_lo is the rest, to 2^-96. Doubles, like every constant the
// functions below load: they load faster.
inline constexpr double ln2_hi = 0x2c5c85fdf47p-42;
inline constexpr double ln2_lo = 0x1ef35793c76730p-97;

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

/// A value carried to 93 bits or more as two doubles, hi + lo. Doubles rather than long
/// doubles: they load several times faster, and hi + lo is as precise.
struct split {
    double hi;
    double lo;
};
// Written by tests/tables/generate.py from 60-digit arithmetic, in hexadecimal so that
// the compiler reads exactly these bits. log_of_step[j] is ln(1 + j/64); its hi is a
// multiple of 2^-40, so that k ln2_hi + hi is exact in long double for the exponent k
// of any long double.
inline constexpr split log_of_step[64] = {
    {0.0, 0.0},
    {0x3f8151620p-40, -0x1fe0e183092c59p-94},
    {0x7e0a6c39ep-40, 0x1980267c7e09e4p-97},
    {0xbba2c7b19p-40, 0x1b9f88c69e543ep-94},
    {0xf85186009p-40, -0x13ab33d066d1d2p-94},
    {0x1341d7961cp-40, -0x1717b6b33e44f8p-95},
    {0x16f0d28ae5p-40, 0x1ad2e6f9266e7bp-94},
    {0x1a926d3a4bp-40, -0x154e4d7a16eab2p-95},
    {0x1e27076e2bp-40, -0x1a342c2af0003cp-97},
    {0x21aefcf9a1p-40, 0x1cb2cd2ee2f482p-96},
    {0x252aa5f040p-40, -0x15b967f4471dfcp-96},
    {0x289a56d997p-40, -0x170cc16135783cp-98},
    {0x2bfe60e14fp-40, 0x13d3c873e20a07p-95},
    {0x2f57120422p-40, -0x137b720e4a694bp-94},
    {0x32a4b539e9p-40, -0x14a5c4df67c564p-94},
    {0x35e7929d01p-40, 0x1ff96c67300c9cp-94},
    {0x391fef8f35p-40, 0x1a21ac25d81ef3p-95},
    {0x3c4e0edc56p-40, -0x1a342c2af0003cp-96},
    {0x3f7230dabcp-40, 0x1f1546aaa3361cp-94},
    {0x428c9389cep-40, 0x10e35f73f7a018p-94},
    {0x459d72aeafp-40, -0x19f1fc63382a8fp-94},
    {0x48a507ef3ep-40, -0x1a6976f5eb0963p-96},
    {0x4ba38aeb84p-40, 0x1d309c2cc91a85p-94},
    {0x4e993155a5p-40, 0x17a71cbcd735d0p-96},
    {0x51862f0871p-40, 0x1ec27d0b7b37b3p-94},
    {0x546ab61cb8p-40, -0x1f4bd8db0a7cc1p-96},
    {0x5746f6fd60p-40, 0x1394a11b1c1ee4p-95},
    {0x5a1b207a6cp-40, 0x14aec442be1015p-94},
    {0x5ce75fdaefp-40, 0x10069ce24c53fbp-94},
    {0x5fabe0ee0bp-40, -0x103c9b4c5a184bp-94},
    {0x6268ce1b05p-40, 0x12d5ad38c40882p-97},
    {0x651e507084p-40, 0x16faba4cdd147dp-94},
    {0x67cc8fb2fep-40, 0x184bf2b68d766fp-94},
    {0x6a73b26a68p-40, 0x10931a909fea5ep-95},
    {0x6d13ddef32p-40, 0x1ec5197ddb55d3p-95},
    {0x6fad36769cp-40, 0x1b7bf7861d37acp-94},
    {0x723fdf1e6ap-40, 0x1a21ac25d81ef3p-94},
    {0x74cbf9f804p-40, -0x142a9e21373414p-94},
    {0x7751a81307p-40, 0x1282fb989a9274p-96},
    {0x79d109875ap-40, 0x1e1f8df68dbcf3p-96},
    {0x7c4a3d7ebcp-40, 0x1bb2cd720ec44cp-96},
    {0x7ebd623de4p-40, -0x19c24ca098362bp-95},
    {0x812a952d2fp-40, -0x1e0272c72d4502p-94},
    {0x8391f2e0e7p-40, -0x17f6350d38edddp-98},
    {0x85f3972129p-40, 0x15056d312f7668p-94},
    {0x884f9cf16ap-40, 0x192dfbc7d93617p-94},
    {0x8aa61e97a7p-40, -0x142cace198b8d3p-94},
    {0x8cf735a33ep-40, 0x12dd98b97baef0p-94},
    {0x8f42faf382p-40, 0x1a07bd8b34be7cp-98},
    {0x918986bdf6p-40, -0x17afa4392f1ba7p-98},
    {0x93caf0944ep-40, -0x1dca290f81848dp-94},
    {0x96074f6a24p-40, 0x1d1772f5386374p-94},
    {0x983eb99a79p-40, -0x1e83c094debc15p-94},
    {0x9a7144ece7p-40, 0x1d316eb92d885dp-97},
    {0x9c9f069ab1p-40, 0x1433538884c06ep-94},
    {0x9ec813538bp-40, -0x120ab7f7b385eap-94},
    {0xa0ec7f4234p-40, -0x1aa33736867a17p-94},
    {0xa30c5e10e3p-40, -0x13d82f484c84ccp-97},
    {0xa527c2ed82p-40, -0x144fdd840b8591p-97},
    {0xa73ec08dbbp-40, -0x113d8d3d9ea6eap-95},
    {0xa9516932dep-40, 0x16abb9df22bc57p-95},
    {0xab5fceada0p-40, -0x18cd7dc73bd194p-94},
    {0xad6a0261adp-40, -0x1a609acaab41fcp-98},
    {0xaf70154921p-40, -0x13151e53ed405bp-94},
};
// exp2_of_step[j] is 2^(j/64); its hi has 26 significant bits, so that its products with
// other 26-bit numbers are exact.
inline constexpr split exp2_of_step[64] = {
    {0x2000000p-25, 0.0},
    {0x2059348p-25, -0x1887f9f1190835p-80},
    {0x20b361ap-25, 0x18ac2ba1d73e2ap-79},
    {0x210e8a3p-25, 0x1d66f20230d7c9p-82},
    {0x216ab0ep-25, -0x1833b784eb3a37p-79},
    {0x21c7d86p-25, 0x169e8d10103a17p-79},
    {0x222603ap-25, 0x125b50a4ebbf1bp-84},
    {0x2285356p-25, -0x156d2204cbefe7p-80},
    {0x22e5708p-25, -0x1c15742919041cp-79},
    {0x2346b7dp-25, 0x1b7e5ba9e5b4c8p-79},
    {0x23a90e6p-25, 0x168b9aa7805b80p-80},
    {0x240c771p-25, 0x18a3358ee3bac1p-82},
    {0x2470f4ep-25, -0x18a9dc7993e052p-80},
    {0x24d68adp-25, -0x10ec1916d42cc6p-79},
    {0x253d3bfp-25, -0x170108f69ed175p-79},
    {0x25a50b5p-25, -0x11bfcf4bff6e2bp-80},
    {0x260dfc1p-25, 0x118db8a96f46adp-79},
    {0x2678116p-25, 0x1320b7fa64e431p-79},
    {0x26e34e7p-25, -0x18aac6ab1d7560p-81},
    {0x274fb67p-25, -0x18d30048af21b7p-79},
    {0x27bd4cap-25, -0x1f6e5eee525f6fp-79},
    {0x282c144p-25, 0x1f72e29f84325cp-80},
    {0x289c10cp-25, 0x18624b40c4dbd0p-82},
    {0x290d457p-25, -0x11f6197f61f2e2p-79},
    {0x297fb5bp-25, -0x164eaec715e343p-79},
    {0x29f364fp-25, -0x162d35952cc275p-80},
    {0x2a6856bp-25, -0x162b07e20f57c4p-80},
    {0x2ade8e7p-25, -0x14ad8259913500p-80},
    {0x2b560fcp-25, -0x15bd5eb539b67fp-79},
    {0x2bcede3p-25, -0x1296f5bc8b20dap-79},
    {0x2c48fd6p-25, 0x1d2ac258f87d03p-83},
    {0x2cc4710p-25, 0x12a91124893ecfp-79},
    {0x2d413cdp-25, -0x180c4336f74d05p-80},
    {0x2dbf648p-25, -0x1cd72e886ef8eap-79},
    {0x2e3eebdp-25, 0x1d8bee7ba46e1ep-81},
    {0x2ebfd6bp-25, -0x1bd98374091656p-80},
    {0x2f4228ep-25, 0x1f580c36bea881p-79},
    {0x2fc5e67p-25, -0x130b19defa2fd4p-80},
    {0x304b133p-25, 0x14cce128acf88bp-80},
    {0x30d1b33p-25, 0x1a2497640720edp-79},
    {0x3159ca8p-25, 0x115506dadd3e2bp-79},
    {0x31e35d3p-25, 0x11577362b98274p-80},
    {0x326e6f6p-25, 0x19b8bc9e8a0388p-81},
    {0x32fb054p-25, -0x10d8d83a30b6f8p-83},
    {0x3389230p-25, 0x151f8480e3e236p-79},
    {0x3418ccfp-25, 0x1aef2b2594d6d4p-79},
    {0x34aa076p-25, 0x11f12ae45a1225p-79},
    {0x353cd6bp-25, -0x14301205e0a6dep-79},
    {0x35d13f3p-25, 0x15ad3ad5e8734dp-80},
    {0x3667457p-25, 0x13c57ebdaff43ap-82},
    {0x36feedep-25, 0x17daf237553d84p-79},
    {0x37983d2p-25, 0x12f074891ee83dp-82},
    {0x383337cp-25, -0x13d56b1eeef9a7p-79},
    {0x38cfe26p-25, -0x1a82eb4b5dec80p-80},
    {0x396e41cp-25, -0x18837cb757e1a1p-79},
    {0x3a0e5a9p-25, 0x103c4bdc687918p-79},
    {0x3ab031cp-25, -0x1822dbc6d12fd3p-79},
    {0x3b53cc0p-25, 0x1ed9942b84600dp-79},
    {0x3bf92e6p-25, 0x1bdcdaf5cb4656p-79},
    {0x3ca05ddp-25, -0x1d30027630bb40p-82},
    {0x3d495f4p-25, 0x152486cc2c7b9dp-79},
    {0x3df437ep-25, -0x19ea5d888e02dep-80},
    {0x3ea0ecbp-25, 0x1b722a033a7c26p-79},
    {0x3f4f830p-25, 0x19e90d82e90a7ep-80},
};

/// The double whose bits these are.
constexpr double from_bits(std::uint64_t u) noexcept { return __builtin_bit_cast(double, u); }
/// x with its lowest `bits` bits cleared (cut towards zero): with 53 - bits bits left,
/// its products with other short numbers are exact.
constexpr double truncated(double x, int bits) noexcept {
    return from_bits(bits_of(x) & ~((std::uint64_t{1} << bits) - 1));
}
/// x rounded to the nearest multiple of 2^bits units in its last place.
constexpr double rounded(double x, int bits) noexcept {
    return from_bits((bits_of(x) + (std::uint64_t{1} << (bits - 1))) & ~((std::uint64_t{1} << bits) - 1));
}
/// 2^e for -1022 <= e <= 1023, exactly.
constexpr double power_of_two(int e) noexcept { return from_bits(static_cast<std::uint64_t>(e + 1023) << 52); }
/// The whole number nearest to x, for |x| < 2^51: adding 1.5 * 2^52 leaves no bits after
/// the point, and removing it again is exact.
constexpr double nearest_whole(double x) noexcept {
    constexpr double rounder = 0x1.8p52;
    return (x + rounder) - rounder;
}

/// 2 atanh s = ln((1 + s) / (1 - s)) for |s| < 1/127: the series to s^9, whose next
/// term is below 2^-70 of the sum. A polynomial of fixed length: no branch.
constexpr ld two_atanh(ld s) noexcept {
    const ld s2 = s * s;
    // Coefficients in double: the error of 1/3 rounded to 53 bits is below 2^-67 of the sum.
    const ld tail = s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9))));
    return 2.0L * s + 2.0L * s * tail;
}

/// ln y for y > 0 (y = 0 gives a large negative number instead of -inf).
constexpr ld log(ld y) noexcept {
    if (!(y > tiny)) y = tiny;
    if (y > huge) y = huge;
    // The table is read through y as a double, so a long double beyond 2^±1000 is first
    // scaled by 2^960, exactly.
    int k = 0;
    for (; y > 0x1p1000L; k += 960) y *= 0x1p-960L;
    for (; y < 0x1p-1000L; k -= 960) y *= 0x1p960L;
    // y = c (1 + t) where c = 2^e (1 + j/64) is y as a double cut to 6 bits after the
    // point: y - c is exact and |y - c| < c/64, whichever way the double was rounded.
    const double y_double = static_cast<double>(y);
    const std::uint64_t bits = bits_of(y_double);
    const ld c = truncated(y_double, 46);
    k += static_cast<int>(bits >> 52) - 1023;
    const split& step = log_of_step[(bits >> 46) & 63];
    // ln y = k ln2 + ln(1 + j/64) + ln(y / c). The sum of the large parts is exact, so
    // that nothing is lost when they cancel (y just below 1).
    const ld large = static_cast<ld>(k) * ln2_hi + step.hi;
    return large + (two_atanh((y - c) / (y + c)) + (static_cast<ld>(k) * ln2_lo + step.lo));
}

/// ln(1 + d) for d > -1, with a small relative error also for tiny d.
constexpr ld log1p(ld d) noexcept {
    if (abs(d) < 1.0L / 64) return two_atanh(d / (2.0L + d));  // d is exact; 1 + d may not be
    const ld y = 1.0L + d;  // rounded once: ln y then errs by 2^-64, below 2^-58 of it
    return log(y);
}

/// ln(b / a) for a, b > 0, without losing b - a when they are close.
constexpr ld log_ratio(ld b, ld a) noexcept {
    const ld gap = b - a;  // exact when b is within a factor 2 of a
    if (abs(gap) * 64 < a) return two_atanh(gap / (b + a));
    return log(b / a);
}

/// e^x - 1, with a small relative error also for tiny x.
constexpr ld expm1(ld x) noexcept {
    if (x > 710.0L) return huge;   // e^710 is beyond any double
    if (x < -50.0L) return -1.0L;  // e^-50 is below half an ulp of 1
    // x = (64 m + j) ln2/64 + r with |r| <= ln2/128, so e^x = 2^m 2^(j/64) e^r.
    constexpr double to_steps = 64 / 0.6931471805599453;
    const int n = static_cast<int>(nearest_whole(static_cast<double>(x) * to_steps));
    const int j = static_cast<int>(static_cast<unsigned>(n) & 63u);
    const int m = (n - j) / 64;
    const ld r = (x - static_cast<ld>(n) * (ln2_hi / 64)) - static_cast<ld>(n) * (ln2_lo / 64);
    // e^r - 1 to r^7: the next term is below 2^-68 of it. Coefficients in double, as
    // in two_atanh.
    const ld p =
        r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * (1.0 / 5040))))));
    const ld scale = 2.0L * power_of_two(m - 1);  // 2^m, m up to 1024
    const split& step = exp2_of_step[j];
    // 2^(j/64) (1 + p) = hi + (lo + (hi + lo) p): lo p still counts, hi having only 26
    // bits. 2^m hi - 1 is exact when e^x is near 1, so the small part keeps its accuracy.
    const ld whole = static_cast<ld>(step.hi) + step.lo;
    return (scale * step.hi - 1.0L) + scale * (step.lo + whole * p);
}

/// The double nearest to x, or errc::out_of_range when it would be infinite.
constexpr result<double> to_double(ld x) noexcept {
    const ld limit = std::numeric_limits<double>::max();
    if (!(x <= limit && x >= -limit)) return errc::out_of_range;
    return static_cast<double>(x);
}

/// Double-double arithmetic for cagr's usual input: a value carried as hi + lo in plain
/// doubles. Each operation is exact (products of numbers cut to 26 bits, differences of
/// numbers within a factor 2) or its rounding error is recovered or bounded. On x86-64
/// this runs in SSE registers, several times faster than x87 long double. The long double
/// functions above remain for everything else: other input, chained rates, years to a
/// threshold.
namespace dd {
/// Whether each double operation rounds to double, as the analysis below assumes. Not so
/// where doubles are computed in x87 registers (32-bit x86 without SSE2): there cagr
/// takes long double all the way.
inline constexpr bool available = FLT_EVAL_METHOD == 0;

/// An inverse near 1 / c for c = 1 + (j + 1/2)/128, with 26 significant bits, and
/// ln(1 / inverse) as hi + lo (hi a multiple of 2^-42).
struct reciprocal_log {
    double inverse;
    double hi;
    double lo;
};
// Written by tests/tables/generate.py. Entry 0 is 1 and entry 127 is 1/2 (with ln 2
// exactly as above), so that around 1 the table adds nothing and nothing cancels.
inline constexpr reciprocal_log log_of_inverse[128] = {
    {0x4000000p-26, 0.0, 0.0},
    {0x3f42395p-26, 0xbee23f0c1p-42, -0x1eb0a0535d9c5fp-96},
    {0x3ec6216p-26, 0x13cea3d547p-42, -0x16a14a12d6bf1fp-96},
    {0x3e4bec9p-26, 0x1b9fbfa8b0p-42, -0x1b980902e6bbd7p-96},
    {0x3dd38ffp-26, 0x2361b31b48p-42, -0x13401c12e889b7p-96},
    {0x3d5d00fp-26, 0x2b14b7ba92p-42, -0x1b296e05708e8fp-97},
    {0x3ce8355p-26, 0x32b905cc92p-42, -0x1c12e887c61458p-97},
    {0x3c7522fp-26, 0x3a4ed754b6p-42, 0x16a613e78a7909p-98},
    {0x3c03c04p-26, 0x41d6609264p-42, -0x1b8e3f64b59fedp-96},
    {0x3b9403cp-26, 0x494fd84828p-42, 0x14189d7b69873fp-96},
    {0x3b25e44p-26, 0x50bb736699p-42, 0x1bc6a0ea7d0151p-98},
    {0x3ab9590p-26, 0x581962b4ddp-42, 0x10c3b9dee9c50dp-96},
    {0x3a4e594p-26, 0x5f69da41ecp-42, 0x12cee8c481006fp-96},
    {0x39e4dccp-26, 0x66ad089481p-42, -0x18a2072678cdf7p-97},
    {0x397cdb3p-26, 0x6de32067c4p-42, -0x125e5a34398f2fp-96},
    {0x39164cbp-26, 0x750c4fc4b3p-42, -0x194277e913253bp-97},
    {0x38b129ap-26, 0x7c28c32646p-42, -0x1d597163368d73p-96},
    {0x384d6a7p-26, 0x8338a8c153p-42, -0x1a46e40cdc0701p-97},
    {0x37eb07ep-26, 0x8a3c2bed3ap-42, 0x1564b19027ba7fp-98},
    {0x3789fadp-26, 0x9133786d53p-42, -0x14d005284106a0p-97},
    {0x372a3c5p-26, 0x981eb93a24p-42, -0x161963ce370eb6p-102},
    {0x36cbc5cp-26, 0x9efe161366p-42, 0x18abf362b930e7p-97},
    {0x366e909p-26, 0xa5d1b807d3p-42, -0x1433e5ebf200f8p-96},
    {0x3612966p-26, 0xac99c712c1p-42, 0x10c3fab755ccf1p-100},
    {0x35b7d10p-26, 0xb3566a0395p-42, 0x1aa1c5bfc6c770p-96},
    {0x355e3a6p-26, 0xba07c79802p-42, -0x10b66279018ac0p-96},
    {0x3505ccap-26, 0xc0ae05381bp-42, -0x102a10d9201aedp-96},
    {0x34ae821p-26, 0xc74946dd43p-42, 0x1a8165393d7295p-96},
    {0x3458551p-26, 0xcdd9b16af0p-42, -0x11f2a391ce1004p-97},
    {0x3403403p-26, 0xd45f683341p-42, 0x1e3248d721c3d7p-96},
    {0x33af3e3p-26, 0xdada8cdd7ep-42, -0x14b71264011f70p-96},
    {0x335c49dp-26, 0xe14b430961p-42, -0x1cfb574ee36985p-97},
    {0x330a5e2p-26, 0xe7b1aa0e4ep-42, 0x17737bda07af0fp-97},
    {0x32b9761p-26, 0xee0de5a25fp-42, 0x18fdc3ee291b81p-96},
    {0x32698d0p-26, 0xf460128553p-42, -0x16804b80e8e72ap-97},
    {0x321a9e2p-26, 0xfaa853045cp-42, -0x13223f6091ec8fp-97},
    {0x31cca4fp-26, 0x100e6c4d3d5p-42, 0x1d38ef52e914bbp-102},
    {0x317f9d0p-26, 0x1071b860cd6p-42, -0x1bcb83a3e019fbp-96},
    {0x313381fp-26, 0x10d46b526abp-42, 0x1d2d593e40d644p-96},
    {0x30e84f8p-26, 0x113686fa13bp-42, -0x1d3c4299d6a450p-96},
    {0x309e018p-26, 0x11980d34542p-42, 0x1b7dde7a364a5fp-97},
    {0x3054940p-26, 0x11f8ffa248ap-42, 0x17956c040cc921p-97},
    {0x300c030p-26, 0x12596011df7p-42, 0x18e7c4224ea3f8p-96},
    {0x2fc44aap-26, 0x12b9303e58ap-42, -0x16da4096bfa8b5p-97},
    {0x2f7d672p-26, 0x131871cf344p-42, 0x1853fc14cf1371p-98},
    {0x2f3754dp-26, 0x1377266ccfep-42, -0x1e910ca4535b3bp-96},
    {0x2ef2102p-26, 0x13d54faa21fp-42, 0x1c3eb5f9a39cdep-96},
    {0x2ead958p-26, 0x1432ef2f84fp-42, -0x1fb037931707cfp-96},
    {0x2e69e19p-26, 0x14900678b01p-42, -0x18bb06761a3397p-96},
    {0x2e26f0ep-26, 0x14ec972bc00p-42, 0x135038ef04a08ep-97},
    {0x2de4c03p-26, 0x1548a2c0bddp-42, 0x131708730818bep-97},
    {0x2da34c5p-26, 0x15a42aacc4dp-42, -0x1e409d2df94207p-102},
    {0x2d62921p-26, 0x15ff3078179p-42, 0x1ea1b8af1094cbp-97},
    {0x2d228e7p-26, 0x1659b57a33ep-42, 0x1f2e92d0b00ac0p-98},
    {0x2ce33e7p-26, 0x16b3bb1c859p-42, 0x10f72842932313p-96},
    {0x2ca49f1p-26, 0x170d42da889p-42, 0x11b29d437e8f2ep-97},
    {0x2c66ad7p-26, 0x17664e13c9ep-42, -0x10c4e7e2eb275dp-96},
    {0x2c2966dp-26, 0x17bede0ac7bp-42, -0x10184fbcb97fdep-100},
    {0x2becc87p-26, 0x1816f41270dp-42, 0x125ac024358699p-96},
    {0x2bb0cf8p-26, 0x186e91a5b31p-42, -0x117bb60c9ca16cp-96},
    {0x2b75799p-26, 0x18c5b7c348bp-42, 0x122aec5cb01590p-96},
    {0x2b3ac3ep-26, 0x191c67eea5bp-42, -0x1f0985c0ae2017p-96},
    {0x2b00ac0p-26, 0x1972a345135p-42, 0x1588970274a832p-98},
    {0x2ac72f7p-26, 0x19c86b0a4c1p-42, -0x1e73d6f6eb4794p-96},
    {0x2a8e4bdp-26, 0x1a1dc06105cp-42, -0x19a9fba5796be4p-96},
    {0x2a55febp-26, 0x1a72a4925bep-42, -0x1857215a539ba0p-96},
    {0x2a1e45cp-26, 0x1ac718c598bp-42, 0x1c842563d70b52p-99},
    {0x29e71ecp-26, 0x1b1b1e177e0p-42, -0x1d1fee70d37f13p-97},
    {0x29b0878p-26, 0x1b6eb599bcfp-42, 0x1aedae4866528dp-97},
    {0x297a7dcp-26, 0x1bc1e083cdbp-42, -0x17aaa32f1f5ed8p-97},
    {0x2944ff6p-26, 0x1c149fe935fp-42, 0x13946c68d968e6p-101},
    {0x29100a4p-26, 0x1c66f4ea3f7p-42, -0x1f28251c81d54dp-104},
    {0x28db9c7p-26, 0x1cb8e068dd8p-42, -0x14d3f3bc3d4dbap-96},
    {0x28a7b3cp-26, 0x1d0a63b7322p-42, -0x19b418663cfb29p-98},
    {0x28744e6p-26, 0x1d5b7f9d02cp-42, 0x1a0f5040c03e77p-96},
    {0x28416a5p-26, 0x1dac3538fc6p-42, -0x1aae9c7e5a4ad1p-96},
    {0x280f05ap-26, 0x1dfc859c66dp-42, 0x16d55d0139a2cap-96},
    {0x27dd1e8p-26, 0x1e4c71b0e87p-42, 0x1c12f53c922428p-96},
    {0x27abb32p-26, 0x1e9bfa6af86p-42, 0x1f59e36bf22abbp-98},
    {0x277ac1bp-26, 0x1eeb20c9f0ep-42, -0x105d7a38e27b15p-97},
    {0x274a487p-26, 0x1f39e5be112p-42, -0x1a42e1d8eef61ep-98},
    {0x271a45ap-26, 0x1f884a421eap-42, -0x13cdc1546a74e8p-98},
    {0x26eab7ap-26, 0x1fd64f26d61p-42, 0x15c83d47a9fa71p-96},
    {0x26bb9ccp-26, 0x2023f5610c0p-42, -0x1d7997c8afe036p-99},
    {0x268cf36p-26, 0x20713dd53ccp-42, 0x19dd3e75c4d773p-96},
    {0x265eb9ep-26, 0x20be2971ac9p-42, -0x131d58091c7c39p-96},
    {0x2630eebp-26, 0x210ab913a69p-42, -0x178cd447b2345dp-96},
    {0x2603905p-26, 0x2156ed86ec3p-42, -0x196f47a4931107p-96},
    {0x25d69d4p-26, 0x21a2c7a033bp-42, -0x147f1eb9a9757ap-97},
    {0x25aa140p-26, 0x21ee483d369p-42, 0x17d5ea110ef217p-97},
    {0x257df32p-26, 0x223970296fap-42, -0x183cfe6f0aaadbp-96},
    {0x2552392p-26, 0x22844054688p-42, -0x15d5372388d4eep-96},
    {0x2526e4bp-26, 0x22ceb964275p-42, -0x1f1583a3814a63p-97},
    {0x24fbf47p-26, 0x2318dc221bap-42, -0x1f3df08ebd39bcp-98},
    {0x24d1670p-26, 0x2362a95ffb4p-42, 0x14fb4770a5523ap-96},
    {0x24a73b0p-26, 0x23ac21f7ceep-42, 0x190a75635a0eb9p-104},
    {0x247d6f3p-26, 0x23f54693de1p-42, 0x14c1634dc7b7a7p-97},
    {0x2454024p-26, 0x243e18020b8p-42, -0x113c894f0c0d9fp-97},
    {0x242af30p-26, 0x248696df907p-42, 0x133e3144730f34p-97},
    {0x2402402p-26, 0x24cec409886p-42, 0x1bfffddaa27178p-98},
    {0x23d9e88p-26, 0x2516a00f6c1p-42, -0x1f2d2f606570c0p-99},
    {0x23b1eadp-26, 0x255e2bdd5c8p-42, 0x15a4aa2c8a40e7p-98},
    {0x238a460p-26, 0x25a567f45dcp-42, -0x1b0c822c5a180ep-96},
    {0x2362f8dp-26, 0x25ec5532713p-42, -0x15ce934f98c600p-96},
    {0x233c023p-26, 0x2632f426200p-42, -0x195b433b7011ddp-97},
    {0x2315610p-26, 0x26794581651p-42, 0x195711ae9b2d6dp-97},
    {0x22ef143p-26, 0x26bf49dfb6ep-42, -0x15fed2f572f3a7p-97},
    {0x22c91aap-26, 0x2705020050fp-42, 0x17ecccd0b27d55p-97},
    {0x22a3734p-26, 0x274a6e8bbd8p-42, -0x102cce9eedabb3p-96},
    {0x227e1d2p-26, 0x278f8ff58e6p-42, 0x10319e9f2432cap-96},
    {0x2259171p-26, 0x27d4672e066p-42, -0x14890fa8b3d4d6p-98},
    {0x2234603p-26, 0x2818f49731cp-42, -0x18b5b8c5d20446p-96},
    {0x220ff78p-26, 0x285d38d43f0p-42, 0x17ec9df71e0ca2p-98},
    {0x21ebdbfp-26, 0x28a134ac977p-42, 0x1855c04450fdcbp-96},
    {0x21c80cbp-26, 0x28e4e874f75p-42, 0x156c55f4efcc97p-96},
    {0x21a488bp-26, 0x29285500760p-42, -0x1fc2b29f578db4p-96},
    {0x21814f1p-26, 0x296b7acd1dcp-42, 0x139d6693f273d3p-96},
    {0x215e5eep-26, 0x29ae5a7cd40p-42, -0x17fb953657a54cp-96},
    {0x213bb75p-26, 0x29f0f479905p-42, -0x1176091a2c84dap-97},
    {0x2119576p-26, 0x2a33498ed47p-42, -0x1dc7327bda1c08p-96},
    {0x20f73e5p-26, 0x2a755a12233p-42, 0x1be6ba369f7328p-96},
    {0x20d56b4p-26, 0x2ab7269ba81p-42, 0x1e6fcc99795cdap-96},
    {0x20b3dd4p-26, 0x2af8afe82dep-42, 0x19088bb1710ec4p-97},
    {0x209293ap-26, 0x2b39f63c95dp-42, 0x1fb8eaadedddc6p-99},
    {0x20718d7p-26, 0x2b7afa5fde4p-42, -0x1c6702312c9306p-96},
    {0x2050ca0p-26, 0x2bbbbca0293p-42, 0x1243b3e8dd9426p-97},
    {0x2030487p-26, 0x2bfc3daef31p-42, 0x118ba1627b95c4p-97},
    {0x2000000p-26, 0x2c5c85fdf47p-42, 0x1ef35793c76730p-97},
};

/// 1/n for n < 128 as hi + lo, hi with 26 significant bits, so that x / n = x hi + x lo
/// where x hi splits into two exact products. And 64 / (n ln 2), which finds e^(x/n)'s
/// table step straight from x.
struct inverse {
    double hi;
    double lo;
    double steps;
};
// Written by tests/tables/generate.py: literals compile faster than a constexpr loop.
inline constexpr inverse inverse_of[128] = {
    {0.0, 0.0, 0.0},
    {0x2000000p-25, 0.0, 0x171547652b82fep-46},
    {0x2000000p-26, 0.0, 0x171547652b82fep-47},
    {0x2aaaaabp-27, -0x15555555555555p-81, 0x1ec709dc3a03fdp-48},
    {0x2000000p-27, 0.0, 0x171547652b82fep-48},
    {0x3333333p-28, 0x1999999999999ap-83, 0x12776c50ef9bfep-48},
    {0x2aaaaabp-28, -0x15555555555555p-82, 0x1ec709dc3a03fdp-49},
    {0x2492492p-28, 0x12492492492492p-82, 0x1a61762a7aded9p-49},
    {0x2000000p-28, 0.0, 0x171547652b82fep-49},
    {0x38e38e4p-29, -0x1c71c71c71c71cp-83, 0x1484b13d7c02a9p-49},
    {0x3333333p-29, 0x1999999999999ap-84, 0x12776c50ef9bfep-49},
    {0x2e8ba2fp-29, -0x1d1745d1745d17p-83, 0x10c9a84994022dp-49},
    {0x2aaaaabp-29, -0x15555555555555p-83, 0x1ec709dc3a03fdp-50},
    {0x2762762p-29, 0x1d89d89d89d89ep-83, 0x1c68f568d31760p-50},
    {0x2492492p-29, 0x12492492492492p-83, 0x1a61762a7aded9p-50},
    {0x2222222p-29, 0x11111111111111p-84, 0x189f3b1694cffep-50},
    {0x2000000p-29, 0.0, 0x171547652b82fep-50},
    {0x3c3c3c4p-30, -0x1e1e1e1e1e1e1ep-85, 0x15b9ac9b743f0dp-50},
    {0x38e38e4p-30, -0x1c71c71c71c71cp-84, 0x1484b13d7c02a9p-50},
    {0x35e50d8p-30, -0x1af286bca1af28p-84, 0x13703c1f4d0ffep-50},
    {0x3333333p-30, 0x1999999999999ap-85, 0x12776c50ef9bfep-50},
    {0x30c30c3p-30, 0x18618618618618p-87, 0x11964ec6fc9491p-50},
    {0x2e8ba2fp-30, -0x1d1745d1745d17p-84, 0x10c9a84994022dp-50},
    {0x2c8590bp-30, 0x10b21642c8590bp-85, 0x100ecd7e080215p-50},
    {0x2aaaaabp-30, -0x15555555555555p-84, 0x1ec709dc3a03fdp-51},
    {0x28f5c29p-30, -0x147ae147ae147bp-87, 0x1d8be0817f5ffep-51},
    {0x2762762p-30, 0x1d89d89d89d89ep-84, 0x1c68f568d31760p-51},
    {0x25ed098p-30, -0x12f684bda12f68p-84, 0x1b5b96fca558e1p-51},
    {0x2492492p-30, 0x12492492492492p-84, 0x1a61762a7aded9p-51},
    {0x234f72cp-30, 0x11a7b9611a7b96p-85, 0x19789566cee8d2p-51},
    {0x2222222p-30, 0x11111111111111p-85, 0x189f3b1694cffep-51},
    {0x2108421p-30, 0x10842108421084p-87, 0x17d3e699fb5deep-51},
    {0x2000000p-30, 0.0, 0x171547652b82fep-51},
    {0x3e0f83ep-31, 0x1f07c1f07c1f08p-88, 0x166235b77002e7p-51},
    {0x3c3c3c4p-31, -0x1e1e1e1e1e1e1ep-86, 0x15b9ac9b743f0dp-51},
    {0x3a83a84p-31, -0x15f15f15f15f16p-85, 0x151ac4eec8b247p-51},
    {0x38e38e4p-31, -0x1c71c71c71c71cp-85, 0x1484b13d7c02a9p-51},
    {0x3759f23p-31, -0x19f22983759f23p-85, 0x13f6ba49a91758p-51},
    {0x35e50d8p-31, -0x1af286bca1af28p-85, 0x13703c1f4d0ffep-51},
    {0x3483483p-31, 0x120d20d20d20d2p-85, 0x12f0a39b3764ebp-51},
    {0x3333333p-31, 0x1999999999999ap-86, 0x12776c50ef9bfep-51},
    {0x31f3832p-31, -0x18f9c18f9c18fap-88, 0x12041ebf5a27cdp-51},
    {0x30c30c3p-31, 0x18618618618618p-88, 0x11964ec6fc9491p-51},
    {0x2fa0be8p-31, 0x17d05f417d05f4p-86, 0x112d9a57323dc3p-51},
    {0x2e8ba2fp-31, -0x1d1745d1745d17p-85, 0x10c9a84994022dp-51},
    {0x2d82d83p-31, -0x13e93e93e93e94p-86, 0x106a2764633554p-51},
    {0x2c8590bp-31, 0x10b21642c8590bp-86, 0x100ecd7e080215p-51},
    {0x2b93105p-31, 0x1c9882b9310572p-85, 0x1f6ead796c4570p-52},
    {0x2aaaaabp-31, -0x15555555555555p-85, 0x1ec709dc3a03fdp-52},
    {0x29cbc15p-31, -0x1a1f58d0fac688p-87, 0x1e263de767da1dp-52},
    {0x28f5c29p-31, -0x147ae147ae147bp-88, 0x1d8be0817f5ffep-52},
    {0x2828283p-31, -0x1f5f5f5f5f5f5fp-85, 0x1cf790cf45a967p-52},
    {0x2762762p-31, 0x1d89d89d89d89ep-85, 0x1c68f568d31760p-52},
    {0x26a439fp-31, 0x195bc609a90e7ep-85, 0x1bdfbba5a3a303p-52},
    {0x25ed098p-31, -0x12f684bda12f68p-85, 0x1b5b96fca558e1p-52},
    {0x253c825p-31, 0x1e4129e4129e41p-86, 0x1adc4075b99d15p-52},
    {0x2492492p-31, 0x12492492492492p-85, 0x1a61762a7aded9p-52},
    {0x23ee090p-31, -0x11f7047dc11f70p-85, 0x19eafad466bffep-52},
    {0x234f72cp-31, 0x11a7b9611a7b96p-86, 0x19789566cee8d2p-52},
    {0x22b63ccp-31, -0x115b1e5f75270dp-87, 0x190a10b32adc32p-52},
    {0x2222222p-31, 0x11111111111111p-86, 0x189f3b1694cffep-52},
    {0x2192e2ap-31, -0x10c9714fbcda3bp-88, 0x1837e62f643580p-52},
    {0x2108421p-31, 0x10842108421084p-88, 0x17d3e699fb5deep-52},
    {0x2082082p-31, 0x10410410410410p-88, 0x177313b3fb70c1p-52},
    {0x2000000p-31, 0.0, 0x171547652b82fep-52},
    {0x3f03f04p-32, -0x1f81f81f81f820p-89, 0x16ba5ded75ac4dp-52},
    {0x3e0f83ep-32, 0x1f07c1f07c1f08p-89, 0x166235b77002e7p-52},
    {0x3d22635p-32, 0x1f85bb39503d22p-86, 0x160caf2ef7e44bp-52},
    {0x3c3c3c4p-32, -0x1e1e1e1e1e1e1ep-87, 0x15b9ac9b743f0dp-52},
    {0x3b5cc0fp-32, -0x1467e2519f8946p-87, 0x156911fd6002c7p-52},
    {0x3a83a84p-32, -0x15f15f15f15f16p-86, 0x151ac4eec8b247p-52},
    {0x39b0ad1p-32, 0x1039b0ad120736p-87, 0x14ceac86768bb6p-52},
    {0x38e38e4p-32, -0x1c71c71c71c71cp-86, 0x1484b13d7c02a9p-52},
    {0x381c0e0p-32, 0x1c0e070381c0e0p-86, 0x143cbcd6f18b64p-52},
    {0x3759f23p-32, -0x19f22983759f23p-86, 0x13f6ba49a91758p-52},
    {0x369d037p-32, -0x18bf258bf258bfp-86, 0x13b295abaa3ffep-52},
    {0x35e50d8p-32, -0x1af286bca1af28p-86, 0x13703c1f4d0ffep-52},
    {0x3531decp-32, 0x1a98ef606a63bep-89, 0x132f9bc1cdb958p-52},
    {0x3483483p-32, 0x120d20d20d20d2p-86, 0x12f0a39b3764ebp-52},
    {0x33d91d3p-32, -0x177e613716aefdp-86, 0x12b3438f87b4a7p-52},
    {0x3333333p-32, 0x1999999999999ap-87, 0x12776c50ef9bfep-52},
    {0x3291620p-32, -0x1948b0fcd6e9e0p-86, 0x123d0f5318e5ecp-52},
    {0x31f3832p-32, -0x18f9c18f9c18fap-89, 0x12041ebf5a27cdp-52},
    {0x3159722p-32, -0x12818acb90f6bfp-88, 0x11cc8d69c50564p-52},
    {0x30c30c3p-32, 0x18618618618618p-89, 0x11964ec6fc9491p-52},
    {0x3030303p-32, 0x18181818181818p-91, 0x116156e2c365a4p-52},
    {0x2fa0be8p-32, 0x17d05f417d05f4p-87, 0x112d9a57323dc3p-52},
    {0x2f14990p-32, 0x178a4c8178a4c8p-87, 0x10fb0e4489f08cp-52},
    {0x2e8ba2fp-32, -0x1d1745d1745d17p-86, 0x10c9a84994022dp-52},
    {0x2e05c0cp-32, -0x1fa3f47e8fd1fap-86, 0x10995e7c86d702p-52},
    {0x2d82d83p-32, -0x13e93e93e93e94p-87, 0x106a2764633554p-52},
    {0x2d02d03p-32, -0x17e97e97e97e98p-87, 0x103bf9f2c1c437p-52},
    {0x2c8590bp-32, 0x10b21642c8590bp-87, 0x100ecd7e080215p-52},
    {0x2c0b02cp-32, 0x16058160581606p-89, 0x1fc53377f9d292p-53},
    {0x2b93105p-32, 0x1c9882b9310572p-86, 0x1f6ead796c4570p-53},
    {0x2b1da46p-32, 0x102b1da46102b2p-88, 0x1f19f9cbae7ffdp-53},
    {0x2aaaaabp-32, -0x15555555555555p-86, 0x1ec709dc3a03fdp-53},
    {0x2a3a0fdp-32, 0x1717c0a8e83f57p-86, 0x1e75cfb25e5daep-53},
    {0x29cbc15p-32, -0x1a1f58d0fac688p-88, 0x1e263de767da1dp-53},
    {0x295fad4p-32, 0x14afd6a052bf5bp-89, 0x1dd8479f4003dfp-53},
    {0x28f5c29p-32, -0x147ae147ae147bp-89, 0x1d8be0817f5ffep-53},
    {0x288df0dp-32, -0x14e930288df0cbp-86, 0x1d40fcb2e891bcp-53},
    {0x2828283p-32, -0x1f5f5f5f5f5f5fp-86, 0x1cf790cf45a967p-53},
    {0x27c4598p-32, -0x18dab7ec1dd343p-86, 0x1caf91e3a0f252p-53},
    {0x2762762p-32, 0x1d89d89d89d89ep-86, 0x1c68f568d31760p-53},
    {0x2702702p-32, 0x1c09c09c09c09cp-86, 0x1c23b13e60edb5p-53},
    {0x26a439fp-32, 0x195bc609a90e7ep-86, 0x1bdfbba5a3a303p-53},
    {0x2647c69p-32, 0x115885fb37072dp-86, 0x1b9d0b3d3671a3p-53},
    {0x25ed098p-32, -0x12f684bda12f68p-86, 0x1b5b96fca558e1p-53},
    {0x2593f6ap-32, -0x13f69b02593f6ap-86, 0x1b1b563058ac9dp-53},
    {0x253c825p-32, 0x1e4129e4129e41p-87, 0x1adc4075b99d15p-53},
    {0x24e6a17p-32, 0x1024e6a171024ep-88, 0x1a9e4db78c1f20p-53},
    {0x2492492p-32, 0x12492492492492p-86, 0x1a61762a7aded9p-53},
    {0x243f6f0p-32, 0x121fb78121fb78p-87, 0x1a25b249d2231bp-53},
    {0x23ee090p-32, -0x11f7047dc11f70p-86, 0x19eafad466bffep-53},
    {0x239e0d6p-32, -0x12ebf7187ca92fp-86, 0x19b148c9a669bbp-53},
    {0x234f72cp-32, 0x11a7b9611a7b96p-87, 0x19789566cee8d2p-53},
    {0x2302302p-32, 0x18118118118118p-87, 0x1940da2449dbe4p-53},
    {0x22b63ccp-32, -0x115b1e5f75270dp-88, 0x190a10b32adc32p-53},
    {0x226b902p-32, 0x135c81135c8113p-87, 0x18d432facdfeebp-53},
    {0x2222222p-32, 0x11111111111111p-87, 0x189f3b1694cffep-53},
    {0x21d9eadp-32, 0x1f34e47ef130a9p-86, 0x186b2353c0032ap-53},
    {0x2192e2ap-32, -0x10c9714fbcda3bp-89, 0x1837e62f643580p-53},
    {0x214d021p-32, 0x13408534085341p-86, 0x18057e54783511p-53},
    {0x2108421p-32, 0x10842108421084p-89, 0x17d3e699fb5deep-53},
    {0x20c49bap-32, 0x178d4fdf3b645ap-86, 0x17a31a0132b331p-53},
    {0x2082082p-32, 0x10410410410410p-89, 0x177313b3fb70c1p-53},
    {0x2040810p-32, 0x10204081020408p-87, 0x1743cf0331e6ccp-53},
};

/// a and b within 2^±500: no product below, nor quotient b / a, leaves the normal range.
constexpr bool moderate(double x) noexcept {
    return bits_of(x) - bits_of(0x1p-500) < bits_of(0x1p500) - bits_of(0x1p-500);
}

/// ln(b / a) = hi + lo + last, to about 2^-59 relative. The parts are not summed: the
/// last, a series, is ready last, and whoever uses the sum can start on hi and lo first.
struct unsummed {
    double hi;
    double lo;
    double last;
};

/// ln(b / a) for moderate a and b.
constexpr unsummed log_ratio(double b, double a) noexcept {
    // q = b / a rounded; the rest of the quotient, b - a q, is exact by Dekker's product
    // (a and q cut into halves whose products are exact). ln(b / a) = ln q + rest / b.
    const double q = b / a;
    const double to_inverse = 1.0 / b;  // started early: only the correction needs it
    const double a1 = truncated(a, 27);
    const double a2 = a - a1;
    const double q1 = truncated(q, 27);
    const double q2 = q - q1;
    const double product = a * q;
    const double product_error = ((a1 * q1 - product) + a1 * q2 + a2 * q1) + a2 * q2;
    const double correction = ((b - product) - product_error) * to_inverse;

    // q = 2^k m, m in [1, 2). With m's top 7 bits after the point, j, ln m = ln(1 /
    // inverse) + ln(1 + z) for z = m inverse - 1, |z| < 2^-7. z is exact as z_hi + z_lo:
    // m is rounded to 26 bits after the point (m1) so that both products are exact.
    const std::uint64_t bits = bits_of(q);
    const double k = static_cast<double>(static_cast<int>(bits >> 52) - 1023);
    const reciprocal_log& step = log_of_inverse[(bits >> 45) & 127];
    const double m = from_bits((bits & ((std::uint64_t{1} << 52) - 1)) | bits_of(1.0));
    const double m1 = rounded(m, 26);
    const double z_hi = m1 * step.inverse - 1.0;
    const double z_lo = (m - m1) * step.inverse;
    const double z = z_hi + z_lo;
    // ln(1 + z) - z to z^8, in Estrin's form: the next term is below 2^-59 of z.
    const double z2 = z * z;
    const double series =
        z2 * ((-0.5 + z * (1.0 / 3)) + z2 * (-0.25 + z * 0.2) + z2 * z2 * ((-1.0 / 6 + z * (1.0 / 7)) + z2 * -0.125));
    // k ln2_hi + hi is exact. Adding z_hi and then z_lo loses nothing that is not kept
    // (each sum's error is recovered exactly, because the larger term comes first).
    const double large = k * ln2_hi + step.hi;
    const double with_hi = large + z_hi;
    const double with_z = with_hi + z_lo;
    const double errors = ((large - with_hi) + z_hi) + ((with_hi - with_z) + z_lo);
    return {with_z, (errors + (k * ln2_lo + step.lo)) + correction, series};
}

/// e^(l / n) - 1 for 0 < n < 128 and |l.hi| <= 18 n, to about 2^-57 relative.
constexpr double expm1_over(unsummed l, int n) noexcept {
    const inverse& by = inverse_of[n];
    // x = l / n = (64 e + j) ln2/64 + r with |r| <= ln2/128 (a little more when x is next
    // to a half step), so that e^x = 2^e 2^(j/64) e^r. The step comes from l.hi alone
    // while x is formed: l.hi cut into 26 and 27 bits, times 1/n's 26-bit hi, exactly.
    const double steps = nearest_whole(l.hi * by.steps);
    const double l1 = truncated(l.hi, 27);
    const double x_hi = l1 * by.hi;
    const double one_over_n = by.hi + by.lo;
    const double x_lo = ((l.hi - l1) * by.hi + l.hi * by.lo) + l.lo * one_over_n;
    const double r_hi = x_hi - steps * (ln2_hi / 64);  // exact
    const double r_early = x_lo - steps * (ln2_lo / 64);
    const double r_late = l.last * one_over_n;
    const double r = (r_hi + r_early) + r_late;
    // Only the path near 0 needs r_lo; computed here all the same, it measured 5 % faster.
    const double r_lo = r_early + r_late;
    const int whole_steps = static_cast<int>(steps);
    const int j = whole_steps & 63;
    const double scale = power_of_two((whole_steps - j) / 64);  // 2^e
    // 2^(j/64) = t1 + t2, t1 with 26 significant bits.
    const double t1 = exp2_of_step[j].hi;
    const double t2 = exp2_of_step[j].lo;
    // e^r - 1 - r to r^6, in Estrin's form: the next term is below 2^-57 of r.
    const double rr = r * r;
    const double series = rr * ((0.5 + r * (1.0 / 6)) + rr * (1.0 / 24 + r * (1.0 / 120)) + rr * rr * (1.0 / 720));
    const double whole = scale * t1 - 1.0;  // exact, for |x| <= 18
    // Away from 0 (|x| >= 1/4) e^x - 1 is at least a fifth of e^x, and the rounding of
    // 2^e 2^(j/64) (e^r - 1), at most 2^-60 of e^x, is small enough as it is.
    if ((bits_of(x_hi) & ~sign_bit) >= bits_of(0.25)) return whole + scale * (t2 + (t1 + t2) * (r + series));
    // e^x - 1 = (2^e t1 - 1) + 2^e t1 r1 + 2^e (t1 (r2 + r_lo) + t2 (1 + r)) + 2^e 2^(j/64) series.
    // The first two are exact and, summed, give their error back exactly (the first is
    // the larger, or 0); the rest is small, so a result near 0 keeps its relative
    // accuracy. The series, last to be ready, is added last. r_hi is cut into r1 + r2,
    // r1 with 26 significant bits.
    const double r1 = truncated(r_hi, 27);
    const double r2 = r_hi - r1;
    const double first = scale * (t1 * r1);
    const double head = whole + first;
    const double rest = (first - (head - whole)) + scale * (t1 * (r2 + r_lo) + t2 * (1.0 + r));
    return head + (rest + (scale * (t1 + t2)) * series);
}
}  // namespace dd
}  // namespace xp

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
    const errc e = detail::first_error(detail::check_level(base), detail::check_rate(r),
                                       years > 0 ? errc::none : errc::non_positive_years);
    if (e != errc::none) return e;
    return detail::scaled<A>(base, detail::xp::power(1.0L + static_cast<ld>(r), years));
}

/// The average annual growth (CAGR) that turns `from` into `to` in `years` years.
template <class B>
constexpr result<growth_rate<B>> cagr(amount<B> from, amount<B> to, int years) noexcept {
    // (to/from)^(1/n) - 1 as expm1(ln(to/from) / n): no cancellation near 0. Usual input
    // (levels within 2^±500, under 128 years) passes one test and takes double-double
    // arithmetic, unless the result is beyond e^±18. Only other input finds out which
    // error it is, or takes long double.
    const bool moderate_from = detail::xp::dd::moderate(from.value());
    const bool moderate_to = detail::xp::dd::moderate(to.value());
    const bool few_years = static_cast<unsigned>(years) - 1u < 127u;
    if (detail::xp::dd::available && (moderate_from & moderate_to & few_years)) {
        const detail::xp::dd::unsummed growth = detail::xp::dd::log_ratio(to.value(), from.value());
        if ((detail::xp::bits_of(growth.hi) & ~detail::xp::sign_bit) < detail::xp::bits_of(18.0 * years))
            return growth_rate<B>(detail::xp::dd::expm1_over(growth, years));
    }
    const errc e = detail::first_error(detail::check_level(from.value()), detail::check_level(to.value()),
                                       years > 0 ? errc::none : errc::non_positive_years);
    if (e != errc::none) return e;
    using detail::xp::ld;
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

}  // namespace v0
}  // namespace daye

#endif
