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

// ln 2 split so that k * ln2_hi is exact in long double for |k| < 2^31 (Cody and Waite):
// ln2_hi has 33 significant bits, written out exactly; ln2_lo is the rest, to 2^-85.
// Doubles, like every constant the functions below load: they load faster.
inline constexpr double ln2_hi = 0.69314718036912381649017333984375;
inline constexpr double ln2_lo = 1.908214929270587816144265680755e-10;

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
// exp2_of_step[j] is 2^(j/64).
inline constexpr split exp2_of_step[64] = {
    {0x10000000000000p-52, 0.0},
    {0x102c9a3e778061p-52, -0x119083535b085dp-108},
    {0x1059b0d3158574p-52, 0x1d73e2a475b465p-107},
    {0x10874518759bc8p-52, 0x1186be4bb284ffp-109},
    {0x10b5586cf9890fp-52, 0x18a62e4adc610bp-106},
    {0x10e3ec32d3d1a2p-52, 0x103a1727c57b53p-111},
    {0x111301d0125b51p-52, -0x16c51039449b3ap-106},
    {0x11429aaea92de0p-52, -0x132fbf9af1369ep-106},
    {0x1172b83c7d517bp-52, -0x119041b9d78a76p-107},
    {0x11a35beb6fcb75p-52, 0x1e5b4c7b4968e4p-107},
    {0x11d4873168b9aap-52, 0x1e016e00a2643cp-106},
    {0x12063b88628cd6p-52, 0x1dc775814a8495p-107},
    {0x12387a6e756238p-52, 0x19b07eb6c70573p-106},
    {0x126b4565e27cddp-52, 0x12bd339940e9d9p-107},
    {0x129e9df51fdee1p-52, 0x1612e8afad1255p-107},
    {0x12d285a6e4030bp-52, 0x10024754db41d5p-106},
    {0x1306fe0a31b715p-52, 0x16f46ad23182e4p-107},
    {0x133c08b26416ffp-52, 0x132721843659a6p-106},
    {0x1371a7373aa9cbp-52, -0x163aeabf42eae2p-106},
    {0x13a7db34e59ff7p-52, -0x15e436d661f5e3p-108},
    {0x13dea64c123422p-52, 0x1ada0911f09ebcp-107},
    {0x14160a21f72e2ap-52, -0x1ef3691c309278p-110},
    {0x144e086061892dp-52, 0x189b7a04ef80d0p-111},
    {0x1486a2b5c13cd0p-52, 0x13c1a3b69062f0p-108},
    {0x14bfdad5362a27p-52, 0x1d4397afec42e2p-108},
    {0x14f9b2769d2ca7p-52, -0x14b309d25957e3p-106},
    {0x15342b569d4f82p-52, -0x107abe1db13cadp-107},
    {0x156f4736b527dap-52, 0x19bb2c011d93adp-106},
    {0x15ab07dd485429p-52, 0x16324c054647adp-106},
    {0x15e76f15ad2148p-52, 0x1ba6f93080e65ep-106},
    {0x16247eb03a5585p-52, -0x1383c17e40b497p-106},
    {0x16623882552225p-52, -0x1bb60987591c34p-106},
    {0x16a09e667f3bcdp-52, -0x1bdd3413b26456p-106},
    {0x16dfb23c651a2fp-52, -0x1bbe3a683c88abp-109},
    {0x171f75e8ec5f74p-52, -0x116e4786887a99p-107},
    {0x175feb564267c9p-52, -0x10245957316dd3p-106},
    {0x17a11473eb0187p-52, -0x141577ee04992fp-107},
    {0x17e2f336cf4e62p-52, 0x105d02ba15797ep-108},
    {0x182589994cce13p-52, -0x1d4c1dd41532d8p-106},
    {0x1868d99b4492edp-52, -0x1fc6f89bd4f6bap-106},
    {0x18ace5422aa0dbp-52, 0x16e9f156864b27p-106},
    {0x18f1ae99157736p-52, 0x15cc13a2e3976cp-107},
    {0x193737b0cdc5e5p-52, -0x175fc781b57ebcp-109},
    {0x197d829fde4e50p-52, -0x1d185b7c1b85d1p-106},
    {0x19c49182a3f090p-52, 0x1c7c46b071f2bep-108},
    {0x1a0c667b5de565p-52, -0x1359495d1cd533p-106},
    {0x1a5503b23e255dp-52, -0x1d2f6edb8d41e1p-106},
    {0x1a9e6b5579fdbfp-52, 0x10fac90ef7fd31p-106},
    {0x1ae89f995ad3adp-52, 0x17a1cd345dcc81p-106},
    {0x1b33a2b84f15fbp-52, -0x12805e3084d708p-109},
    {0x1b7f76f2fb5e47p-52, -0x15584f7e54ac3bp-108},
    {0x1bcc1e904bc1d2p-52, 0x123dd07a2d9e84p-107},
    {0x1c199bdd85529cp-52, 0x111065895048ddp-107},
    {0x1c67f12e57d14bp-52, 0x12884dff483cadp-106},
    {0x1cb720dcef9069p-52, 0x1503cbd1e949dbp-108},
    {0x1d072d4a07897cp-52, -0x1cbc3743797a9cp-106},
    {0x1d5818dcfba487p-52, 0x12ed02d75b3707p-107},
    {0x1da9e603db3285p-52, 0x1c2300696db532p-106},
    {0x1dfc97337b9b5fp-52, -0x11a5cd4f184b5cp-106},
    {0x1e502ee78b3ff6p-52, 0x139e8980a9cc8fp-107},
    {0x1ea4afa2a490dap-52, -0x1e9c23179c2893p-106},
    {0x1efa1bee615a27p-52, 0x1dc7f486a4b6b0p-106},
    {0x1f50765b6e4540p-52, 0x19d3e12dd8a18bp-106},
    {0x1fa7c1819e90d8p-52, 0x174853f3a5931ep-107},
};

/// The double whose bits these are.
constexpr double from_bits(std::uint64_t u) noexcept { return __builtin_bit_cast(double, u); }

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
    const std::uint64_t bits = bits_of(static_cast<double>(y));
    const ld c = from_bits(bits & ~((std::uint64_t{1} << 46) - 1));
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
    // x = (64 m + j) ln2/64 + r with |r| <= ln2/128, so e^x = 2^m 2^(j/64) e^r. The
    // nearest integer to x 64/ln2 comes from adding and removing 1.5 * 2^52 in double.
    constexpr double to_steps = 64 / 0.6931471805599453;
    constexpr double rounder = 0x1.8p52;
    const int n = static_cast<int>(static_cast<double>(x) * to_steps + rounder - rounder);
    const int j = static_cast<int>(static_cast<unsigned>(n) & 63u);
    const int m = (n - j) / 64;
    const ld r = (x - static_cast<ld>(n) * (ln2_hi / 64)) - static_cast<ld>(n) * (ln2_lo / 64);
    // e^r - 1 to r^7: the next term is below 2^-68 of it. Coefficients in double, as
    // in two_atanh.
    const ld p =
        r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * (1.0 / 5040))))));
    const ld scale = 2.0L * static_cast<ld>(from_bits(static_cast<std::uint64_t>(m + 1022) << 52));  // 2^m
    const split& step = exp2_of_step[j];
    // 2^(j/64) (1 + p) = hi + (lo + (hi + lo) p): lo p still counts at 2^-60. 2^m hi - 1
    // is exact when e^x is near 1, so the small part keeps its accuracy.
    const ld whole = static_cast<ld>(step.hi) + step.lo;
    return (scale * step.hi - 1.0L) + scale * (step.lo + whole * p);
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
    const errc e = detail::first_error(detail::check_level(base), detail::check_rate(r),
                                       years > 0 ? errc::none : errc::non_positive_years);
    if (e != errc::none) return e;
    return detail::scaled<A>(base, detail::xp::power(1.0L + static_cast<ld>(r), years));
}

/// The average annual growth (CAGR) that turns `from` into `to` in `years` years.
template <class B>
constexpr result<growth_rate<B>> cagr(amount<B> from, amount<B> to, int years) noexcept {
    // One branch for valid input, as in compound; only invalid input finds out which error.
    const bool valid_from = detail::xp::positive_finite(from.value());
    const bool valid_to = detail::xp::positive_finite(to.value());
    if (!(valid_from & valid_to & (years > 0)))
        return detail::first_error(detail::check_level(from.value()), detail::check_level(to.value()),
                                   years > 0 ? errc::none : errc::non_positive_years);
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
