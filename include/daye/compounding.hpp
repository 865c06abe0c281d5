// Compounding: projections, average growth, required rates, years to a threshold.
//
// Two classic mistakes are made impossible here:
// - Float drift. Every result is within 1 ulp of the correctly rounded value of its
//   formula on the doubles given (tested against MPFR), including where the formula
//   cancels: a chain of rates whose product is near 1, real and nominal rates that nearly
//   offset, ratios within an ulp of 1. Results have the same bits at compile time and at
//   run time, under any optimisation level and -ffp-contract, with g++ and clang++.
// - Mixing price bases. A level at current prices (nominal) compounded with a growth rate
//   at comparable prices (real) does not compile: convert the rate first.
//
// How: in doubles, with the exact error-free transformations of double-double arithmetic
// (a value carried as hi + lo) where a double is not enough; logarithms and exponentials
// from tables and short polynomials; chained rates as an exact 1152-bit product. Nothing
// relies on long double, whose width varies by platform: where it is x87's 80-bit format,
// compound's usual input takes its power in it because that is faster; everything else,
// everywhere, is double-double. Everything is a basic operation or a bit operation,
// which the compiler evaluates exactly as the processor does, except a * b + c fused into
// one rounding: compilers do that at run time (-ffp-contract, the default with g++ and
// with -march=native), never at compile time. So every product that is not exact passes
// through `product`, which the optimiser cannot fuse; products that are exact (of short
// numbers, or by a power of two) give the same bits fused or not and need nothing.
// An error is returned for a result only when it rounds beyond the largest double: chain
// and to_nominal decide that exactly, to_real from a result right to about 2^-100, the
// others to about 2^-60, so that a result so close to the boundary may be judged either way.
// Requires double arithmetic in double precision (FLT_EVAL_METHOD 0: not 32-bit x87).
#ifndef DAYE_COMPOUNDING_HPP
#define DAYE_COMPOUNDING_HPP

#include <cfloat>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/maybe.hpp"
#include "daye/price_basis.hpp"
#include "daye/span.hpp"

static_assert(FLT_EVAL_METHOD == 0,
              "daye: compounding needs double arithmetic rounded to double (on 32-bit x86: -msse2 -mfpmath=sse)");
// The bits of doubles are read below as IEEE 754 binary64's. <cfloat> says so as cheaply as
// <limits> would (which costs a TU of the umbrella header some 6 % more with clang).
static_assert(FLT_RADIX == 2 && DBL_MANT_DIG == 53 && DBL_MAX_EXP == 1024 && DBL_MIN_EXP == -1021,
              "daye: compounding needs IEEE 754 binary64 doubles");

namespace daye {
inline namespace v0 {

namespace detail {
/// The floating-point core of compounding: exact transformations, double-double logarithm
/// and exponential, exact final scaling.
namespace fp {

// ---- Bits

/// The bits of a double. std::bit_cast is C++20; GCC, Clang and MSVC implement it with
/// this builtin, which C++17 code may use too.
constexpr std::uint64_t bits_of(double x) noexcept { return __builtin_bit_cast(std::uint64_t, x); }
/// The double whose bits these are.
constexpr double from_bits(std::uint64_t u) noexcept { return __builtin_bit_cast(double, u); }
inline constexpr std::uint64_t sign_bit = std::uint64_t{1} << 63;
inline constexpr std::uint64_t fraction_bits = (std::uint64_t{1} << 52) - 1;
/// +infinity: the exponent all ones, the fraction zero.
inline constexpr std::uint64_t infinity_bits = std::uint64_t{0x7ff} << 52;
constexpr double magnitude(double x) noexcept { return from_bits(bits_of(x) & ~sign_bit); }

// Positive doubles order as their bits do, and the sign bit puts every negative number
// and -0 above them, as it does the NaNs (exponent all ones). So a range test becomes one
// or two integer comparisons: cheaper than floating-point ones, and a NaN never passes.
/// 0 < x <= the largest double.
constexpr bool positive_finite(double x) noexcept { return bits_of(x) - 1u < bits_of(DBL_MAX); }
/// -1 < x <= the largest double: [+0, inf) or [-0, -1).
constexpr bool above_minus_one(double x) noexcept {
    const std::uint64_t u = bits_of(x);
    const bool positive = u < infinity_bits;
    const bool negative = u - sign_bit < bits_of(1.0);
    return positive | negative;
}
constexpr bool finite(double x) noexcept { return (bits_of(x) & ~sign_bit) < infinity_bits; }

/// 2^e exactly, for -1074 <= e <= 1023; 0 below, 2^1023 above (callers scale values
/// whose low part is then 0 or negligible).
constexpr double power_of_two(int e) noexcept {
    if (e > 1023) e = 1023;
    if (e >= -1022) return from_bits(static_cast<std::uint64_t>(e + 1023) << 52);
    return e >= -1074 ? from_bits(std::uint64_t{1} << (e + 1074)) : 0.0;
}
/// x with its lowest `bits` bits cleared (cut towards zero).
constexpr double truncated(double x, int bits) noexcept {
    return from_bits(bits_of(x) & ~((std::uint64_t{1} << bits) - 1));
}
/// x rounded to the nearest multiple of 2^bits units in its last place (below 2^1023).
constexpr double rounded(double x, int bits) noexcept {
    return from_bits((bits_of(x) + (std::uint64_t{1} << (bits - 1))) & ~((std::uint64_t{1} << bits) - 1));
}
/// The whole number nearest to x, for |x| < 2^51: adding 1.5 * 2^52 leaves no bits after
/// the point, and removing it again is exact.
constexpr double nearest_whole(double x) noexcept {
    constexpr double rounder = 0x1.8p52;
    return (x + rounder) - rounder;
}

/// x within 2^±500: products and quotients of two such are far from over- and underflow.
constexpr bool moderate(double x) noexcept {
    return bits_of(x) - bits_of(0x1p-500) < bits_of(0x1p500) - bits_of(0x1p-500);
}

/// x = 2^exponent mantissa, 1 <= mantissa < 2.
struct binary {
    int exponent;
    double mantissa;
};
/// For x > 0 finite, subnormal numbers included.
constexpr binary decompose(double x) noexcept {
    int offset = 0;
    if (bits_of(x) <= fraction_bits) {
        x *= 0x1p64;  // exact
        offset = 64;
    }
    const std::uint64_t u = bits_of(x);
    return {static_cast<int>(u >> 52) - 1023 - offset, from_bits((u & fraction_bits) | bits_of(1.0))};
}

// ---- Products that are never fused

#if defined(__GNUC__)
/// x, through an empty statement the optimiser cannot see through: a product passed here
/// is rounded before any addition that follows, so it cannot become a fused multiply-add.
inline double opaque(double x) noexcept {
#if defined(__SSE2_MATH__)
    __asm__("" : "+x"(x));  // x86 SSE register
#elif defined(__aarch64__) || defined(__ARM_FP)
    __asm__("" : "+w"(x));  // Arm floating-point register
#else
    __asm__("" : "+m"(x));  // anywhere else: through memory
#endif
    return x;
}
#else
/// MSVC fuses a * b + c only under /fp:contract or /fp:fast, which daye does not support.
inline double opaque(double x) noexcept { return x; }
#endif

/// a * b rounded once, never fused with what follows. Constant evaluation never fuses;
/// run time is kept from it by `opaque`, which costs no instruction.
constexpr double product(double a, double b) noexcept {
    if (__builtin_is_constant_evaluated()) return a * b;
    return opaque(a * b);
}

// ---- Error-free transformations

/// hi + lo, |lo| <= half an ulp of hi: a double-double.
struct twin {
    double hi;
    double lo;
};
/// a + b = hi + lo exactly (Knuth).
constexpr twin two_sum(double a, double b) noexcept {
    const double s = a + b;
    const double b_part = s - a;
    return {s, (a - (s - b_part)) + (b - b_part)};
}
/// a + b = hi + lo exactly, for |a| >= |b| or a = 0 (Dekker).
constexpr twin fast_two_sum(double a, double b) noexcept {
    const double s = a + b;
    return {s, b - (s - a)};
}
/// a b = hi + lo exactly, for |a|, |b| < 2^1023 when the error is not below 2^-1074
/// (operands at least 2^-969 apart from 0 in product, or one of them a whole number).
/// Dekker's product: a and b rounded to 26 bits (a1, b1), the rests have 26 bits too, and
/// each partial product is exact. Where the target has fused multiply-add, run time
/// takes the error from it: the same exact value, so the same bits.
constexpr twin two_prod(double a, double b) noexcept {
    const double p = product(a, b);
#if defined(__FMA__) || defined(__ARM_FEATURE_FMA)
    if (!__builtin_is_constant_evaluated()) return {p, __builtin_fma(a, b, -p)};
#endif
    const double a1 = rounded(a, 27);
    const double a2 = a - a1;
    const double b1 = rounded(b, 27);
    const double b2 = b - b1;
    return {p, (((a1 * b1 - p) + a1 * b2) + a2 * b1) + a2 * b2};  // exact products
}

/// x n = hi + lo exactly for a whole n below 2^26 (and |x| < 2^1023): x cut into two
/// 26-bit halves, each product with n exact. Cheaper than two_prod where FMA is missing.
constexpr twin times_whole(double x, double n) noexcept {
#if defined(__FMA__) || defined(__ARM_FEATURE_FMA)
    if (!__builtin_is_constant_evaluated()) return two_prod(x, n);
#endif
    const double p = product(x, n);
    const double x1 = rounded(x, 27);
    return {p, (x1 * n - p) + (x - x1) * n};  // exact products
}

// ---- Rounding a scaled value

/// The double nearest to 2^e (hi + lo), for |lo| <= |hi| and |hi| >= 2^-50, or
/// errc::out_of_range when it rounds to infinity: hi + lo rounded once (below 2^-1022,
/// once onto the subnormal grid). Never forms an infinity, which a constant expression
/// may not.
constexpr result<double> scaled_to_double(int e, double hi, double lo) noexcept {
    const double v = hi + lo;
    if (v == 0) return v;
    const std::uint64_t u = bits_of(v);
    const int exponent = static_cast<int>((u >> 52) & 2047) + e;  // biased, of the result
    if (exponent >= 2047) return errc::out_of_range;
    if (exponent >= 1) return from_bits(u + (static_cast<std::uint64_t>(e) << 52));
    if (exponent < -60) return from_bits(u & sign_bit);  // below 2^-1080: 0
    // Below 2^-1022: v and its rounding error in units of 2^-1074 (v exactly), to the
    // nearest whole number.
    const double scale = power_of_two(e + 1074);
    const double h = v * scale;  // exact
    const double l = product(lo - (v - hi), scale);
    const double rounder = v < 0 ? -0x1p52 : 0x1p52;  // |h| < 2^52: whole numbers apart
    const double whole = (h + rounder) - rounder;
    const double rest = (h - whole) + l;                                           // h - whole exact
    return (whole + (rest > 0.5 ? 1.0 : (rest < -0.5 ? -1.0 : 0.0))) * 0x1p-1074;  // exact
}

// ---- Logarithm

// Written by tests/tables/generate.py from 70-digit arithmetic, in hexadecimal so that
// the compiler reads exactly these bits. ln 2 = ln2_hi + ln2_lo to 2^-90, ln2_hi a
// multiple of 2^-36: k ln2_hi is exact while |k ln 2| < 2^11.
inline constexpr double ln2_hi = 0xb17217f7dp-36;
inline constexpr double ln2_lo = 0x1cf79abc9e3b3ap-92;

/// An inverse near 1 / c for the c in the middle of a step of m, a multiple of 2^-13, and
/// ln(1 / inverse) as hi + lo (hi a multiple of 2^-42, to 2^-95 together).
struct reciprocal_log {
    double inverse;
    double hi;
    double lo;
};
// Written by tests/tables/generate.py: 258 steps of 2^44 in the bits of m, from one step
// below 1/sqrt(2) to one step above sqrt(2).
inline constexpr std::uint64_t log_table_base = 0x3fe6a09e667f3bcdu - (std::uint64_t{1} << 44);
// clang-format off
inline constexpr reciprocal_log log_of_inverse[258] = {
    {0x2d51p-13, -0x164489c03a4p-42, 0x128258b84858c9p-96},
    {0x2d31p-13, -0x16174844bd3p-42, 0x16defc15e6f228p-97},
    {0x2d11p-13, -0x15e9e6b2351p-42, -0x1bcce6f76ce8ccp-96},
    {0x2cf2p-13, -0x15bdd16737fp-42, 0x1013e6e2c9e51fp-96},
    {0x2cd2p-13, -0x15903021992p-42, -0x16866de477c560p-98},
    {0x2cb3p-13, -0x1563dcca61ap-42, 0x18fae874b581ddp-97},
    {0x2c94p-13, -0x15376aaad29p-42, -0x1e2ec6fe86e0b1p-96},
    {0x2c75p-13, -0x150ad9980d0p-42, -0x1f276d63b451c0p-96},
    {0x2c56p-13, -0x14de2966d81p-42, -0x1766e4ef539ebcp-96},
    {0x2c37p-13, -0x14b159eba02p-42, -0x15289d2df2c9f4p-100},
    {0x2c19p-13, -0x1485de88a98p-42, 0x10f0470090c348p-96},
    {0x2bfbp-13, -0x145a4586d70p-42, 0x1f4c3036197d1dp-100},
    {0x2bddp-13, -0x142e8ebdb20p-42, 0x15a74e49243d48p-99},
    {0x2bbfp-13, -0x1402ba0470bp-42, 0x1e11fd7e3bc353p-97},
    {0x2ba1p-13, -0x13d6c731f53p-42, -0x1d7cfaf9f5a35fp-101},
    {0x2b83p-13, -0x13aab61ccccp-42, -0x1b06a749745cd6p-96},
    {0x2b66p-13, -0x13800025f62p-42, -0x1e525055b93195p-97},
    {0x2b48p-13, -0x1353b31376ep-42, 0x1331afe6c26d9bp-98},
    {0x2b2bp-13, -0x1328c2d0268p-42, 0x16fc67e4c1d9b8p-99},
    {0x2b0ep-13, -0x12fdb5aa95dp-42, 0x1fae290cf9376dp-98},
    {0x2af1p-13, -0x12d28b7bcebp-42, 0x18886a0e920020p-98},
    {0x2ad4p-13, -0x12a7441c8c0p-42, 0x19835843b41f28p-96},
    {0x2ab8p-13, -0x127d5ef1db6p-42, 0x19237478cac9f4p-99},
    {0x2a9bp-13, -0x1251ddbfa63p-42, -0x1b1fbf4df9f9a9p-98},
    {0x2a7fp-13, -0x1227c075c4ep-42, 0x1f92d35fa11accp-96},
    {0x2a63p-13, -0x11fd87631bap-42, -0x1f715ceb5a244fp-97},
    {0x2a47p-13, -0x11d33262e94p-42, 0x14e598038ed94ap-98},
    {0x2a2bp-13, -0x11a8c150233p-42, -0x1390c7e0f8832fp-97},
    {0x2a0fp-13, -0x117e3405752p-42, -0x1d22ec3d4adce6p-96},
    {0x29f4p-13, -0x115510e9dddp-42, 0x105536392273bfp-96},
    {0x29d8p-13, -0x112a4bc3912p-42, 0x15a75061473259p-96},
    {0x29bdp-13, -0x1100f28442ep-42, 0x1dff9f320d1048p-97},
    {0x29a2p-13, -0x10d77e7cd09p-42, 0x1a699688e85bf4p-98},
    {0x2987p-13, -0x10adef8a722p-42, 0x15cda7676e0840p-97},
    {0x296cp-13, -0x1084458a1b8p-42, -0x1ecc1bf7e6063cp-96},
    {0x2951p-13, -0x105a80587c3p-42, 0x16125f8ca1376ep-97},
    {0x2937p-13, -0x10322d5da54p-42, -0x132c56da357ffcp-96},
    {0x291cp-13, -0x1008326389bp-42, -0x1c30fef8f37eaap-96},
    {0x2902p-13, -0xfdfab5b637p-42, -0x14cc0fa01de6abp-96},
    {0x28e8p-13, -0xfb70a990aap-42, 0x1c9a977ac4ec74p-96},
    {0x28cep-13, -0xf8e4ffbc05p-42, -0x1f3c2b65281e0ap-96},
    {0x28b4p-13, -0xf657b62874p-42, 0x10c2f6554ef403p-96},
    {0x289ap-13, -0xf3c8cac228p-42, -0x1159edc8c67761p-97},
    {0x2880p-13, -0xf1383b7158p-42, 0x1a342c2af0003cp-96},
    {0x2867p-13, -0xeebf5ec09dp-42, -0x10bbc675070c48p-96},
    {0x284dp-13, -0xec2b919d8bp-42, -0x17b26db592c4cbp-96},
    {0x2834p-13, -0xe9af93136bp-42, 0x1e94ba3bbfba89p-96},
    {0x281bp-13, -0xe73208911fp-42, 0x1eac580723ad31p-97},
    {0x2802p-13, -0xe4b2f02865p-42, 0x1237a124b1eda4p-97},
    {0x27e9p-13, -0xe23247e75ap-42, 0x1bc8ea942db9b9p-98},
    {0x27d0p-13, -0xdfb00dd872p-42, -0x1386a947c378b5p-97},
    {0x27b7p-13, -0xdd2c400270p-42, 0x1d70e9636cbbccp-99},
    {0x279ep-13, -0xdaa6dc685ap-42, -0x107da637aff7d1p-96},
    {0x2786p-13, -0xd839c9fc76p-42, 0x1ea396ea9b09aep-96},
    {0x276ep-13, -0xd5cb3dfaeap-42, -0x18602a50c16a02p-97},
    {0x2755p-13, -0xd3412e0632p-42, -0x114560f93bed7bp-97},
    {0x273dp-13, -0xd0cf998548p-42, -0x1ea8fa28100e63p-96},
    {0x2725p-13, -0xce5c85ecacp-42, -0x1aa288de36f283p-97},
    {0x270dp-13, -0xcbe7f1660bp-42, -0x12aa5623e98b44p-101},
    {0x26f6p-13, -0xc98c22cf5dp-42, 0x1770b22409117cp-98},
    {0x26dep-13, -0xc71497173dp-42, -0x1c85a73903ec3dp-97},
    {0x26c6p-13, -0xc49b84edbfp-42, -0x104d6d8d1b03b5p-100},
    {0x26afp-13, -0xc23b636529p-42, -0x18a42580ea1c89p-96},
    {0x2698p-13, -0xbfd9d7ddbbp-42, 0x17dbf524609d57p-96},
    {0x2680p-13, -0xbd5c481087p-42, 0x1bdb9072534a58p-97},
    {0x2669p-13, -0xbaf7d38bb2p-42, 0x19bddba1e6f513p-96},
    {0x2652p-13, -0xb891efdbe3p-42, 0x1cc3d3a234eba2p-99},
    {0x263bp-13, -0xb62a9b47d6p-42, 0x1c9b586477ef82p-99},
    {0x2625p-13, -0xb3dcacd073p-42, 0x1f8591e3e408dbp-99},
    {0x260ep-13, -0xb1728175abp-42, 0x1e231dbe011f4ep-97},
    {0x25f7p-13, -0xaf06e00bb1p-42, 0x1b965a2e2ab375p-97},
    {0x25e1p-13, -0xacb4cfbc96p-42, 0x1356d465f14b3dp-96},
    {0x25cbp-13, -0xaa61660120p-42, -0x16abed65264543p-101},
    {0x25b4p-13, -0xa7f178ca78p-42, -0x17b2d79c56be11p-97},
    {0x259ep-13, -0xa59b4799d5p-42, -0x11b20929064eb9p-96},
    {0x2588p-13, -0xa343b82a18p-42, 0x1d8145f8d5087ep-96},
    {0x2572p-13, -0xa0eac8e029p-42, -0x1e80b996c561d2p-97},
    {0x255cp-13, -0x9e90781e1fp-42, -0x1ec47ae354774bp-97},
    {0x2547p-13, -0x9c503ce445p-42, -0x114879bec585bap-99},
    {0x2531p-13, -0x99f3348d0ep-42, -0x167ae22964d1d1p-99},
    {0x251bp-13, -0x9794c5e5fcp-42, 0x1e269a16d797bbp-98},
    {0x2506p-13, -0x9550982232p-42, -0x120136429a50a7p-96},
    {0x24f0p-13, -0x92ef6855e3p-42, -0x15a3854f176449p-96},
    {0x24dbp-13, -0x90a8966aaap-42, 0x1e6cbfd9e0013ap-96},
    {0x24c6p-13, -0x8e60780a65p-42, 0x1837f1262ec40ap-96},
    {0x24b1p-13, -0x8c170bb8f2p-42, -0x1ee96e7fd71aeap-96},
    {0x249cp-13, -0x89cc4ff7a4p-42, 0x1ddc87b5eed072p-96},
    {0x2487p-13, -0x8780434535p-42, 0x185e0437a5a548p-98},
    {0x2472p-13, -0x8532e41dcbp-42, 0x1f8533f2c02920p-96},
    {0x245ep-13, -0x8300599f93p-42, -0x13f6e0ca8e9405p-97},
    {0x2449p-13, -0x80b0614452p-42, -0x16a1d0b93e8638p-96},
    {0x2434p-13, -0x7e5f11eb96p-42, -0x1b3cb7f50961f7p-96},
    {0x2420p-13, -0x7c28c30046p-42, 0x1d599e83368e91p-96},
    {0x240cp-13, -0x79f13a3714p-42, -0x1849406519872bp-98},
    {0x23f7p-13, -0x779bfdb355p-42, -0x1d83c51d28c9eap-96},
    {0x23e3p-13, -0x7561ed3863p-42, -0x13a988eee00d71p-96},
    {0x23cfp-13, -0x73269eb101p-42, 0x10a5f6ae607366p-96},
    {0x23bbp-13, -0x70ea10b984p-42, 0x1978e2c59c8a88p-96},
    {0x23a7p-13, -0x6eac41ebecp-42, 0x1502de504a12dep-97},
    {0x2393p-13, -0x6c6d30dfdep-42, -0x1e47adcaba9178p-97},
    {0x2380p-13, -0x6a49b4e92bp-42, -0x1563650bd22a9cp-96},
    {0x236cp-13, -0x68082b676dp-42, 0x1bbd3cdfa43ea0p-96},
    {0x2358p-13, -0x65c55b723ep-42, 0x1c1fc19afdb97bp-96},
    {0x2345p-13, -0x639e4c986bp-42, -0x15bd3f15d6f45ap-96},
    {0x2332p-13, -0x617614926ap-42, -0x1e1312237c2efdp-96},
    {0x231ep-13, -0x5f2f89b3a1p-42, -0x1130e44566be1ep-97},
    {0x230bp-13, -0x5d04ebc0bap-42, 0x1f39f2b5707d78p-96},
    {0x22f8p-13, -0x5ad920c6c0p-42, 0x1bf30a1377de92p-96},
    {0x22e5p-13, -0x58ac277e3bp-42, 0x1377c4c5b6ea27p-100},
    {0x22d2p-13, -0x567dfe9d9cp-42, 0x1076daea98a713p-99},
    {0x22bfp-13, -0x544ea4d937p-42, 0x15657a35ad8d15p-96},
    {0x22acp-13, -0x521e18e33fp-42, 0x1daedf5317a32ap-96},
    {0x2299p-13, -0x4fec596bc2p-42, 0x13b31de29a7932p-96},
    {0x2287p-13, -0x4dd70dea95p-42, 0x137823719f374ep-98},
    {0x2274p-13, -0x4ba2f3d302p-42, -0x1539c9680b35d6p-96},
    {0x2262p-13, -0x498b6b0441p-42, 0x11eea5a6d26316p-97},
    {0x224fp-13, -0x4754f13a33p-42, -0x1f432fc4a2d90ap-98},
    {0x223dp-13, -0x453b26480ap-42, -0x1a38060c265306p-98},
    {0x222bp-13, -0x4320404ff3p-42, -0x1a06befaea874dp-96},
    {0x2218p-13, -0x40e635ad89p-42, 0x1ab14dfcbfcd00p-96},
    {0x2206p-13, -0x3ec90644e4p-42, 0x110562f1ab606ep-96},
    {0x21f4p-13, -0x3caab84065p-42, 0x165cb87817de63p-97},
    {0x21e2p-13, -0x3a8b4a6fd8p-42, -0x14c769c8bd27c9p-99},
    {0x21d0p-13, -0x386abba124p-42, -0x1f2ccc9abf8388p-97},
    {0x21bep-13, -0x36490aa047p-42, 0x1040757ecaffb0p-98},
    {0x21adp-13, -0x34449f03fcp-42, -0x1959f1b22b8914p-98},
    {0x219bp-13, -0x3220b64508p-42, -0x14e4e924ae23c7p-96},
    {0x2189p-13, -0x2ffba7bdbfp-42, -0x15c992ed51cad4p-98},
    {0x2178p-13, -0x2df40b278fp-42, -0x1b415e41d634a1p-96},
    {0x2166p-13, -0x2bccbdd84bp-42, 0x18cb00c06e47b8p-97},
    {0x2155p-13, -0x29c3002ff1p-42, 0x1060bfc47dfbaep-96},
    {0x2144p-13, -0x27b8382a79p-42, 0x1ed3f4d2c00403p-97},
    {0x2132p-13, -0x258d8c298cp-42, -0x1c7aaf0c1748e6p-96},
    {0x2121p-13, -0x23809c62cep-42, -0x151e158e825fa7p-96},
    {0x2110p-13, -0x21729ef833p-42, 0x1e89896f022783p-97},
    {0x20ffp-13, -0x1f6392d429p-42, -0x10e6f038109efbp-97},
    {0x20eep-13, -0x1d5376df73p-42, -0x18c5fba0832ca6p-96},
    {0x20ddp-13, -0x1b424a0123p-42, 0x1c5d82c2a68721p-96},
    {0x20ccp-13, -0x19300b1e93p-42, -0x103d553cab292dp-96},
    {0x20bcp-13, -0x173c01cd77p-42, -0x1fd25e0cb17a56p-96},
    {0x20abp-13, -0x1527abd37dp-42, -0x1520806e05c09bp-96},
    {0x209ap-13, -0x1312408bf7p-42, -0x17f1b3752efb62p-96},
    {0x208ap-13, -0x111b379a79p-42, -0x13a7103be7eeacp-96},
    {0x2079p-13, -0xf03aecbb8p-42, 0x151417ff18f16bp-97},
    {0x2069p-13, -0xd0aa627dap-42, 0x17c138b2964356p-96},
    {0x2058p-13, -0xaf0fb81f6p-42, -0x17ca09f585da1bp-96},
    {0x2048p-13, -0x8f5ef168dp-42, 0x1a0683ff48dc36p-97},
    {0x2038p-13, -0x6f9e71c01p-42, -0x18ec8f9a6c0404p-96},
    {0x2028p-13, -0x4fce2983cp-42, -0x19225693c93749p-98},
    {0x2017p-13, -0x2def7fe79p-42, -0x153b52b2f276b6p-97},
    {0x2007p-13, -0xdfe78392p-42, -0x14b4e8aeda695ap-98},
    {0x1fefp-13, 0x22090b342p-42, -0x1ef625fa678d6ap-97},
    {0x1fcfp-13, 0x624b54f09p-42, -0x124533cd5dda38p-97},
    {0x1fb0p-13, 0xa0c94fcb4p-42, 0x1977c755d01368p-98},
    {0x1f90p-13, 0xe18b9c264p-42, -0x141f33fcefb9fep-96},
    {0x1f71p-13, 0x12086910eep-42, 0x12f38e5951a012p-96},
    {0x1f53p-13, 0x15db4a937ep-42, -0x1108188e84ab6cp-98},
    {0x1f34p-13, 0x19d2a80743p-42, 0x12f9f00a716884p-97},
    {0x1f16p-13, 0x1dad06ca02p-42, 0x1a0bdf2b1523f6p-96},
    {0x1ef8p-13, 0x218b1f433cp-42, -0x1559d158b17913p-99},
    {0x1edap-13, 0x256cf8ae34p-42, 0x14e94658aeb3b5p-96},
    {0x1ebcp-13, 0x29529a5b53p-42, -0x13a98fbad48944p-97},
    {0x1e9fp-13, 0x2d1a9a3f45p-42, 0x1262d152d39e72p-96},
    {0x1e81p-13, 0x3107c1d383p-42, 0x1782cf4b1b5d1ep-97},
    {0x1e65p-13, 0x34b5643967p-42, -0x1aada0c210fe16p-96},
    {0x1e48p-13, 0x38883c0deep-42, 0x154f1f49850d15p-96},
    {0x1e2bp-13, 0x3c5ebf11f5p-42, 0x11c8bab42407cdp-97},
    {0x1e0fp-13, 0x4016e2abdep-42, 0x1b85dd82bec3c0p-97},
    {0x1df3p-13, 0x43d27ed26dp-42, -0x193893ccfabc5cp-96},
    {0x1dd7p-13, 0x47919a061cp-42, -0x196d44d7c71371p-98},
    {0x1dbbp-13, 0x4b543ad9bep-42, -0x1f30c86e977960p-98},
    {0x1da0p-13, 0x4ef7d69f48p-42, -0x119bd0ad125895p-96},
    {0x1d84p-13, 0x52c175ea80p-42, 0x12e0538ddf26e3p-96},
    {0x1d69p-13, 0x566bdcc6b5p-42, 0x1821423d3122c1p-99},
    {0x1d4ep-13, 0x5a19a2af8ap-42, -0x11e012195f3c5ep-98},
    {0x1d33p-13, 0x5dcacdde37p-42, 0x1a9f660126d72cp-96},
    {0x1d19p-13, 0x615c32e626p-42, 0x1fe590a2c71809p-96},
    {0x1cffp-13, 0x64f0c98405p-42, 0x18c4ae1d681d44p-97},
    {0x1ce4p-13, 0x68ac088324p-42, -0x1a0b359c652090p-96},
    {0x1ccap-13, 0x6c47339447p-42, -0x1ca38794657424p-97},
    {0x1cb1p-13, 0x6fc1f08ef1p-42, 0x14e91ae4542be7p-96},
    {0x1c97p-13, 0x73638780b6p-42, 0x173956f87cce29p-97},
    {0x1c7dp-13, 0x77086d55bcp-42, -0x1498cb499d9cbcp-97},
    {0x1c64p-13, 0x7a8c95ff84p-42, 0x1ef30d47e4627ap-97},
    {0x1c4bp-13, 0x7e13d8aefbp-42, -0x1db70744d368f7p-96},
    {0x1c32p-13, 0x819e3ae1c4p-42, -0x1d2867b8cef67fp-97},
    {0x1c19p-13, 0x852bc22427p-42, -0x1d490dfdb0511cp-96},
    {0x1c01p-13, 0x8897e26f46p-42, -0x1906ea0d4761e8p-96},
    {0x1be8p-13, 0x8c2ba3edf6p-42, 0x1e674445bd9b49p-96},
    {0x1bd0p-13, 0x8f9dc92f93p-42, -0x15f74e9b083633p-98},
    {0x1bb8p-13, 0x9312e8f36fp-42, -0x152962f09e3d82p-100},
    {0x1ba0p-13, 0x968b086434p-42, 0x139d6ccb81b4a1p-99},
    {0x1b88p-13, 0x9a062cba09p-42, -0x17a3dcf7d9d386p-96},
    {0x1b71p-13, 0x9d5f09afb1p-42, 0x142676ee026f31p-96},
    {0x1b59p-13, 0xa0e026ee4bp-42, -0x1713396fc6c6d1p-99},
    {0x1b42p-13, 0xa43ec6ee53p-42, -0x1f336743388fd3p-96},
    {0x1b2bp-13, 0xa7a040032dp-42, 0x14fabf1956a075p-96},
    {0x1b14p-13, 0xab0497015dp-42, 0x14585006899d98p-97},
    {0x1afdp-13, 0xae6bd0c9b8p-42, -0x1262f9bd0e44e8p-97},
    {0x1ae6p-13, 0xb1d5f24991p-42, 0x1d690becdddcc9p-96},
    {0x1ad0p-13, 0xb51cced5dfp-42, -0x18f934e66a15a6p-96},
    {0x1ab9p-13, 0xb88caddf58p-42, -0x1c3a468943c37cp-96},
    {0x1aa3p-13, 0xbbd9114f95p-42, -0x1025e0ea99967fp-97},
    {0x1a8dp-13, 0xbf282f47f1p-42, -0x19b1cec21a2679p-96},
    {0x1a77p-13, 0xc27a0c4fe8p-42, -0x1eb60dbf5f6160p-96},
    {0x1a61p-13, 0xc5ceacfa47p-42, -0x1f643454c1edb7p-97},
    {0x1a4cp-13, 0xc8ff2484b3p-42, -0x1f92c619ebc79dp-97},
    {0x1a36p-13, 0xcc5939a9ecp-42, -0x18c8188f3fcae9p-98},
    {0x1a21p-13, 0xcf8eeebff2p-42, 0x1f155d8e3e312bp-96},
    {0x1a0bp-13, 0xd2ee8a5bf1p-42, 0x1411f280002c63p-96},
    {0x19f6p-13, 0xd6298e52abp-42, 0x10f109f0327be7p-96},
    {0x19e1p-13, 0xd967305356p-42, -0x173398ca50f9e5p-98},
    {0x19ccp-13, 0xdca7749f1bp-42, 0x1f2a06e2db48a3p-97},
    {0x19b8p-13, 0xdfc28e033bp-42, -0x15420e4c0854adp-96},
    {0x19a3p-13, 0xe3080333f4p-42, -0x1f945b45fe8b75p-96},
    {0x198fp-13, 0xe628161d18p-42, -0x1c2ecfd85e2e63p-96},
    {0x197ap-13, 0xe972cce124p-42, -0x1bcb96193131adp-97},
    {0x1966p-13, 0xec97e9589cp-42, 0x1db28e5a9dc320p-98},
    {0x1952p-13, 0xefbf80c674p-42, -0x11c004376d026fp-96},
    {0x193ep-13, 0xf2e997174ep-42, 0x1d0d509c1392a0p-96},
    {0x192ap-13, 0xf616304128p-42, -0x105dff33ec69aep-97},
    {0x1916p-13, 0xf945504371p-42, -0x19d4381a357722p-104},
    {0x1903p-13, 0xfc4e097cc8p-42, 0x1a147da504913dp-96},
    {0x18efp-13, 0xff82227c5ep-42, 0x1b3e5078107924p-96},
    {0x18dcp-13, 0x1028f9c7036p-42, -0x1f1eb9e9f33100p-97},
    {0x18c9p-13, 0x1059f6c9100p-42, 0x1a5ee7cdee96d4p-97},
    {0x18b6p-13, 0x108b196753ap-42, 0x1234bf9b4adcc3p-98},
    {0x18a2p-13, 0x10befaef466p-42, -0x1f2094be7fa06fp-96},
    {0x1890p-13, 0x10edd060b78p-42, 0x1019b52d8435f5p-99},
    {0x187dp-13, 0x111f653144dp-42, -0x11d33d6ecab87ap-96},
    {0x186ap-13, 0x11512088e66p-42, 0x19a29e195631b2p-96},
    {0x1858p-13, 0x1180618ef19p-42, -0x1482ffc86d38e5p-96},
    {0x1845p-13, 0x11b2689a7afp-42, -0x1d37e69b2ebdeep-97},
    {0x1833p-13, 0x11e1f1c5c3ap-42, 0x1aaa2b2e4d1cefp-100},
    {0x1820p-13, 0x1214456d0ecp-42, -0x1caf0428b728a3p-96},
    {0x180ep-13, 0x1244179b339p-42, -0x106c1ef368be11p-96},
    {0x17fcp-13, 0x12740d9f871p-42, -0x14133fe8caffadp-96},
    {0x17eap-13, 0x12a427afe7bp-42, 0x182d6c890560dcp-98},
    {0x17d9p-13, 0x12d1b6ed2fbp-42, -0x1bd057cbc47144p-96},
    {0x17c7p-13, 0x130217b1006p-42, 0x1802bdb8682f3fp-96},
    {0x17b5p-13, 0x13329d22447p-42, 0x149b3bd9faec65p-96},
    {0x17a4p-13, 0x1360925ec45p-42, -0x146d60cbb442f1p-99},
    {0x1792p-13, 0x13915fc16c4p-42, -0x1c3934c4e4e836p-97},
    {0x1781p-13, 0x13bf995502dp-42, -0x128e53f6c07f81p-96},
    {0x1770p-13, 0x13edf463c17p-42, -0x1f067c297f2c3fp-96},
    {0x175fp-13, 0x141c711e4bap-42, 0x15cccf8b9c491ep-98},
    {0x174ep-13, 0x144b0fb5af5p-42, -0x17a0bc601e0b5cp-99},
    {0x173dp-13, 0x1479d05b65dp-42, -0x1283d763d2159dp-96},
    {0x172cp-13, 0x14a8b341553p-42, -0x13db0385e46e5ep-96},
    {0x171bp-13, 0x14d7b899d18p-42, -0x1deef9a77edab0p-99},
    {0x170bp-13, 0x15041983327p-42, -0x1a2a72416aa7e4p-99},
    {0x16fap-13, 0x1533624b59dp-42, -0x172cde0a1e44d7p-96},
    {0x16eap-13, 0x1560030809cp-42, 0x1d68b6a6154789p-96},
    {0x16d9p-13, 0x158f9002617p-42, 0x1125e9ef95c820p-101},
    {0x16c9p-13, 0x15bc714b009p-42, -0x1ddde2137b5754p-98},
    {0x16b9p-13, 0x15e972229f4p-42, -0x1f5d3cc7b591bfp-97},
    {0x16a9p-13, 0x161692b5bebp-42, 0x147c43b7e89255p-96},
    {0x1699p-13, 0x1643d3313eap-42, -0x11b6f54eed1e41p-96},
};
// clang-format on
/// 1/sqrt(2) and sqrt(2), rounded: the range of 1 + u that log_of takes.
inline constexpr double below_one = 0x1.6a09e667f3bcdp-1;
inline constexpr double above_one = 0x1.6a09e667f3bcdp0;

/// ln(2^k (1 + u + u_lo)) as hi + lo, for 1/sqrt(2) <= 1 + u < sqrt(2) (a few ulps beyond
/// are fine), |u_lo| <= the ulp of u (or u = 0) and |k ln 2| < 2^11: relative error below
/// 2^-70, and so the result near 0 keeps its relative accuracy. As in glibc's pow, after
/// Tang: 1 + u = (1 / inverse)(1 + z) with |z| < 2^-8.9, z = z_hi + z_lo, z_hi with 26
/// significant bits so that z_hi^2 is exact.
constexpr twin log_of(int k, double u, double u_lo) noexcept {
    double z_hi = 0;       // exact, 26 significant bits at most
    double z_lo = 0;       // exact
    double z_rest = u_lo;  // small, rounded
    double table_hi = 0;
    double table_lo = 0;
    if (magnitude(u) < 0x1p-9) {
        // Near 1, z is u + u_lo itself: no table term that a small result would cancel.
        z_hi = rounded(u, 27);
        z_lo = u - z_hi;
    } else {
        // m = 1 + u exactly as m.hi + m.lo; m.hi's top 21 bits (m_top) times the inverse,
        // and that minus 1, are exact; so is the rest of m.hi times the inverse.
        const twin m = fast_two_sum(1.0, u);
        const reciprocal_log& step = log_of_inverse[(bits_of(m.hi) - log_table_base) >> 44];
        const double m_top = truncated(m.hi, 32);
        z_hi = m_top * step.inverse - 1.0;
        z_lo = (m.hi - m_top) * step.inverse;
        z_rest = product(m.lo + u_lo, step.inverse);
        table_hi = step.hi;
        table_lo = step.lo;
    }
    // ln(1 + z) = z - z^2/2 + z^3 (1/3 - z/4 + z^2/5 - z^3/6 + z^4/7 - z^5/8): the next term
    // is below 2^-72 of z. -z^2/2 = -z_hi^2/2 - (z_lo + z_rest)(z + z_hi)/2: z_lo can be as
    // large as z_hi.
    const double z = z_hi + (z_lo + z_rest);
    const double zz = product(z, z);
    const double cubic =
        product(product(zz, z), (1.0 / 3 + product(z, -0.25)) + product(zz, 0.2 + product(z, -1.0 / 6)) +
                                    product(product(zz, zz), 1.0 / 7 + product(z, -0.125)));
    // k ln 2 + ln(1 / inverse) + z_hi - z_hi^2/2, summed with their errors kept.
    const double kd = static_cast<double>(k);
    const double large = kd * ln2_hi + table_hi;  // exact
    const twin with_z = two_sum(large, z_hi);
    const twin with_lo = fast_two_sum(with_z.hi, z_lo);                       // the larger first
    const twin with_square = fast_two_sum(with_lo.hi, -0.5 * (z_hi * z_hi));  // exact square; the larger first
    const double small = (with_z.lo + with_lo.lo + with_square.lo) + (product(kd, ln2_lo) + table_lo) +
                         ((z_rest + product(z_lo + z_rest, -0.5 * (z + z_hi))) + cubic);
    return fast_two_sum(with_square.hi, small);
}

/// ln(1 + r) for r > -1.
constexpr twin log1p(double r) noexcept {
    if (r >= below_one - 1 && r < above_one - 1) return log_of(0, r, 0.0);
    // 1 + r = s + t exactly, and s = 2^k m with m in [1/sqrt(2), sqrt(2)) by its bits.
    const twin one_plus = two_sum(1.0, r);
    const std::uint64_t shifted = bits_of(one_plus.hi) + (bits_of(1.0) - bits_of(below_one));
    const int k = static_cast<int>(shifted >> 52) - 1023;
    const double m = from_bits(bits_of(one_plus.hi) - (static_cast<std::uint64_t>(k) << 52));
    return log_of(k, m - 1.0, one_plus.lo * power_of_two(-k));  // both exact
}

/// ln(b / a) for positive doubles (any two): (kb - ka) ln 2 + ln(1 + u + u_lo), with the
/// mantissas' ratio brought into [1/sqrt(2), sqrt(2)), u the rounded quotient (mb - ma) /
/// ma, whose numerator is exact, and u_lo its rest, exact before the division. So a ratio
/// within ulps of 1 keeps its accuracy.
constexpr twin log_ratio(double b, double a) noexcept {
    if (moderate(a) && moderate(b)) {
        // b / a = q (1 + rest / b), rest = b - a q exact; q = 2^k m with m in [1/sqrt(2),
        // sqrt(2)) by its bits, u = m - 1 exact. Within 2^-40 of 1, where rest would be
        // as large as a part of u, the way below takes over.
        const double q = b / a;
        const double inverse = 1.0 / b;  // started early: only the rest needs it
        const twin back = two_prod(a, q);
        const double rest = (b - back.hi) - back.lo;  // exact: the rest of a rounded quotient
        const std::uint64_t shifted = bits_of(q) + (bits_of(1.0) - bits_of(below_one));
        const int k = static_cast<int>(shifted >> 52) - 1023;
        const double m = from_bits(bits_of(q) - (static_cast<std::uint64_t>(k) << 52));
        const double u = m - 1.0;  // exact
        if (!(magnitude(u) < 0x1p-40)) return log_of(k, u, product(m, product(rest, inverse)));
    }
    const binary fb = decompose(b);
    const binary fa = decompose(a);
    const double low = product(fa.mantissa, below_one);
    const double high = product(fa.mantissa, above_one);
    const int shift = fb.mantissa < low ? -1 : (fb.mantissa >= high ? 1 : 0);
    const double mb = fb.mantissa * power_of_two(-shift);  // exact
    const double d = mb - fa.mantissa;                     // exact: within a factor 2
    const double u = d / fa.mantissa;
    const double inverse = 1.0 / fa.mantissa;  // started early: only the rest needs it
    const twin back = two_prod(u, fa.mantissa);
    const double rest = (d - back.hi) - back.lo;  // exact: the rest of a rounded quotient
    return log_of(fb.exponent - fa.exponent + shift, u, product(rest, inverse));
}

// ---- Exponential

/// 2^(j/64) as hi + lo, hi with 26 significant bits. Written by tests/tables/generate.py.
// clang-format off
inline constexpr twin exp2_of_step[64] = {
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
// clang-format on

/// x = (64 e + j) ln2/64 + r, so that e^x = 2^e 2^(j/64) e^r, with |r| < 0.0055 and
/// r = r_hi + r_lo, r_hi exact.
struct reduced {
    int e;
    int j;
    double r_hi;
    double r_lo;
    double r;       ///< r_hi + r_lo rounded
    double series;  ///< e^r - 1 - r, to 2^-64 of e^r
};
/// For x = xh + xl, |xh| <= 1500.
constexpr reduced reduce(double xh, double xl) noexcept {
    const double steps = nearest_whole(product(xh, 0x1.71547652b82fep6));  // 64 / ln 2
    const double r_hi = xh - steps * (ln2_hi / 64);                        // exact
    const double r_lo = xl - product(steps, ln2_lo / 64);
    const double r = r_hi + r_lo;
    const unsigned n = static_cast<unsigned>(static_cast<int>(steps));
    const int j = static_cast<int>(n & 63u);
    // e^r - 1 - r to r^6, in Estrin's form: the next term is below 2^-64.
    const double rr = product(r, r);
    const double series = product(
        rr, (0.5 + product(r, 1.0 / 6)) + product(rr, (1.0 / 24 + product(r, 1.0 / 120)) + product(rr, 1.0 / 720)));
    return {(static_cast<int>(steps) - j) / 64, j, r_hi, r_lo, r, series};
}

/// level e^(xh + xl) for a positive double level, |xh| <= 1500.
constexpr result<double> scaled_exp(double level, double xh, double xl) noexcept {
    const reduced x = reduce(xh, xl);
    const double t1 = exp2_of_step[x.j].hi;
    const double t2 = exp2_of_step[x.j].lo;
    // level = 2^k (l1 + l2): l1 with 27 bits and l2 with 26, so that both times t1 are
    // exact; the rest is small beside l1 t1, and the sum rounds once.
    const binary l = decompose(level);
    const double l1 = truncated(l.mantissa, 26);
    const double l2 = l.mantissa - l1;
    const double rest = l2 * t1 + product(l.mantissa, t2 + product(t1 + t2, x.r + x.series));  // l2 t1 exact
    return scaled_to_double(x.e + l.exponent, l1 * t1, rest);                                  // l1 t1 exact
}

/// e^(yh + yl) - 1, |yh| <= 1500.
constexpr result<double> expm1(double yh, double yl) noexcept {
    if (yh < -40) return -1.0;  // e^y below 2^-57: -1 is the nearest double
    const reduced x = reduce(yh, yl);
    const double t1 = exp2_of_step[x.j].hi;
    const double t2 = exp2_of_step[x.j].lo;
    if (magnitude(yh) >= 0.25) {
        // Away from 0 e^y - 1 is at least a fifth of e^y: 2^e (t1 - 2^-e, exactly as two
        // doubles, plus the small rest), rounded once.
        const twin whole = two_sum(t1, -power_of_two(-x.e));
        return scaled_to_double(x.e, whole.hi, whole.lo + (t2 + product(t1 + t2, x.r + x.series)));
    }
    // Near 0 (e is -1 or 0): e^y - 1 = (2^e t1 - 1) + 2^e t1 r1 + 2^e (t1 (r2 + r_lo) +
    // t2 (1 + r)) + 2^e 2^(j/64) series. The first two are exact, and their sum gives its
    // error back exactly (the first is the larger, or 0); the rest is small, so a result
    // near 0 keeps its relative accuracy. r_hi = r1 + r2, r1 with 26 significant bits.
    const double scale = power_of_two(x.e);
    const double whole = scale * t1 - 1.0;  // exact
    const double r1 = truncated(x.r_hi, 27);
    const double r2 = x.r_hi - r1;
    const double first = scale * (t1 * r1);  // exact
    const twin head = fast_two_sum(whole, first);
    const double rest = head.lo + scale * (product(t1, r2 + x.r_lo) + product(t2, 1.0 + x.r));
    return head.hi + (rest + product(scale * (t1 + t2), x.series));
}

/// 2^e (hi + lo) = a / b for a = a.hi + a.lo, b = b.hi + b.lo, a.hi and b.hi positive:
/// the mantissas' quotient, with its rest exact.
struct scaled {
    int e;
    double hi;
    double lo;
};
constexpr scaled quotient(twin a, twin b) noexcept {
    const binary fa = decompose(a.hi);
    const binary fb = decompose(b.hi);
    const double a_lo = product(a.lo, power_of_two(-fa.exponent));
    const double b_lo = product(b.lo, power_of_two(-fb.exponent));
    const double q = fa.mantissa / fb.mantissa;
    const twin back = two_prod(q, fb.mantissa);
    const double rest = (fa.mantissa - back.hi) - back.lo;  // exact
    return {fa.exponent - fb.exponent, q, (rest + a_lo - product(q, b_lo)) / fb.mantissa};
}

/// e^(l / n) - 1 for l = l.hi + l.lo, 2^-900 <= |l.hi| < 2^11 (or 0), n >= 1.
constexpr result<double> expm1_over(twin l, int n) noexcept {
    const double nd = static_cast<double>(n);
    // y = l / n as yh + yl: yh is l.hi times 1/n, and the rest of the quotient, l.hi - yh
    // n, is exact (n is whole).
    const double by_n = 1.0 / nd;
    const double yh = product(l.hi, by_n);
    const twin back = n < (1 << 26) ? times_whole(yh, nd) : two_prod(yh, nd);
    const double rest = (l.hi - back.hi) - back.lo;  // exact
    return expm1(yh, product(rest + l.lo, by_n));
}

// ---- Powers in x87 extended precision

// Where long double is x87's 80-bit format (LDBL_MANT_DIG 64: x86 with g++ and clang++),
// compound's usual input takes b^n in it, measured twice as fast as e^(n ln b) in
// double-double. Its basic operations are exact-rounded at compile time as at run time,
// and x87 has no fused multiply-add. Elsewhere (MSVC, Arm, -mlong-double-64)
// double-double does it all.
#if LDBL_MANT_DIG == 64

// 0 or 1, and 1 or 0, by a bit: loaded from memory rather than converted from the
// integer, which costs a store and a reload on the critical path.
inline constexpr double bit_is_set[2] = {0.0, 1.0};
inline constexpr double bit_is_clear[2] = {1.0, 0.0};

/// b^n for 0 < n < 128 and b within 10^±38 in long double, in seven fixed steps with an
/// arithmetic select (b or 1): no branch on the bits of n, which no predictor guesses.
/// b * 1 + 0 and b * 0 + 1 are exact. All seven squares are taken whatever n is; none of
/// them, nor b^127, leaves the range of x87's long double. With b = 1 + r rounded to 64
/// bits, the relative error is below 2^-56.5: within 0.6 ulp once rounded to double.
constexpr long double power_of_small(long double b, int n) noexcept {
    const auto b_or_1 = [](long double x, int bit) {
        return x * static_cast<long double>(bit_is_set[bit]) + static_cast<long double>(bit_is_clear[bit]);
    };
    long double r = b_or_1(b, n & 1);  // assigned, not 1 times it: one multiplication less
    for (int i = 1; i < 7; ++i) {
        b *= b;
        r *= b_or_1(b, (n >> i) & 1);
    }
    return r;
}
#endif

// ---- Products of many factors 1 + r, exactly enough

/// A positive number to 1152 bits, digit[0..36) (least significant first) times 2^exponent:
/// enough to hold 1 + r exactly for any double r, so that (1 + r1)(1 + r2)... - 1 comes
/// out right however the rates cancel. Each factor cuts the product back to 1152 bits,
/// towards 0: after k factors the relative error is below k 2^-1151, and as the result's
/// ulp is at least 2^-1074, that never shows unless k exceeds 2^70.
class long_product {
public:
    static constexpr int width = 36;
    /// Digits of a sum or difference of two shifted products: 2560 bits, room for 1 + r
    /// at any two exponents of doubles.
    static constexpr int room = 80;
    struct wide {
        std::uint32_t digit[room] = {};
        int exponent = 0;  ///< of digit 0's lowest bit
    };

    /// 1.
    constexpr long_product() noexcept {
        digit_[width - 1] = 0x80000000u;
        exponent_ = 1 - 32 * width;
    }

    /// This times 1 + r, for a finite r > -1.
    constexpr void times_one_plus(double r) noexcept {
        if (r == 0) return;
        // r = ±m 2^q, m a whole number below 2^53.
        const std::uint64_t u = bits_of(r) & ~sign_bit;
        const int biased = static_cast<int>(u >> 52);
        const std::uint64_t m = (u & fraction_bits) | (biased != 0 ? std::uint64_t{1} << 52 : 0);
        const int q = (biased != 0 ? biased : 1) - 1075;
        // t = this × m, exactly (38 digits).
        std::uint32_t t[width + 2] = {};
        for (int half = 0; half < 2; ++half) {
            const std::uint64_t factor = half == 0 ? (m & 0xffffffffu) : (m >> 32);
            std::uint64_t carry = 0;
            for (int i = 0; i < width; ++i) {
                const std::uint64_t v = digit_[i] * factor + t[i + half] + carry;
                t[i + half] = static_cast<std::uint32_t>(v);
                carry = v >> 32;
            }
            t[width + half] = static_cast<std::uint32_t>(carry);
        }
        // this (1 ± m 2^q) = this ± t 2^q, both placed at a common lowest exponent.
        wide sum;
        sum.exponent = exponent_ + (q < 0 ? q : 0);
        add(sum, digit_, width, q < 0 ? -q : 0, false);
        add(sum, t, width + 2, q < 0 ? 0 : q, (bits_of(r) & sign_bit) != 0);
        // Keep the top 1152 bits (the sum has at least as many).
        const int top = top_bit(sum);
        const int drop = top + 1 - 32 * width;
        for (int i = 0; i < width; ++i) digit_[i] = static_cast<std::uint32_t>(bits_at(sum, drop + 32 * i, 32));
        exponent_ = sum.exponent + drop;
    }

    /// This minus 1 as a sign and a magnitude, exactly; a product below 2^-60 is taken
    /// as 0 (then -1 is the nearest double to the result either way).
    constexpr wide minus_one(bool& negative, bool& inexact) const noexcept {
        wide d;
        negative = false;
        inexact = false;
        if (exponent_ > 0) {
            // 1 is below the last digit: this - 1 = (digits - 1) 2^exponent + a fraction.
            d.exponent = exponent_;
            add(d, digit_, width, 0, false);
            const std::uint32_t one[1] = {1};
            add(d, one, 1, 0, true);
            inexact = true;
            return d;
        }
        const std::uint32_t one[1] = {1};
        if (exponent_ < -32 * width - 60) {  // below 2^-60
            add(d, one, 1, 0, false);
            negative = true;
            return d;
        }
        d.exponent = exponent_;
        const int one_at = -exponent_;  // the bit of 1
        wide a;
        a.exponent = exponent_;
        add(a, digit_, width, 0, false);
        negative = top_bit(a) < one_at;
        if (negative) {
            add(d, one, 1, one_at, false);
            add(d, digit_, width, 0, true);
        } else {
            d = a;
            add(d, one, 1, one_at, true);
        }
        return d;
    }

    /// The number itself, as a wide number.
    constexpr wide value() const noexcept {
        wide w;
        w.exponent = exponent_;
        add(w, digit_, width, 0, false);
        return w;
    }

    /// The highest set bit of w; -1 when w is 0.
    static constexpr int top_bit(const wide& w) noexcept {
        for (int i = room - 1; i >= 0; --i) {
            if (w.digit[i] == 0) continue;
            int b = 31;
            while ((w.digit[i] >> b) == 0) --b;
            return 32 * i + b;
        }
        return -1;
    }

    /// `count` (at most 64) bits of w from bit `from` up, as a whole number; bits below 0
    /// and above the top are 0.
    static constexpr std::uint64_t bits_at(const wide& w, int from, int count) noexcept {
        const int first = from >= 0 ? from / 32 : -((31 - from) / 32);  // rounded down
        const int offset = from - 32 * first;
        const auto digit = [&w](int i) { return i >= 0 && i < room ? std::uint64_t{w.digit[i]} : 0u; };
        const std::uint64_t low = digit(first) | (digit(first + 1) << 32);
        std::uint64_t v = low >> offset;
        if (offset != 0) v |= digit(first + 2) << (64 - offset);
        return count == 64 ? v : v & ((std::uint64_t{1} << count) - 1);
    }

    /// Whether any bit of w below bit `below` is set.
    static constexpr bool any_below(const wide& w, int below) noexcept {
        for (int i = 0; i < room && 32 * i < below; ++i) {
            const std::uint32_t mask = below - 32 * i >= 32 ? ~0u : ((1u << (below - 32 * i)) - 1);
            if ((w.digit[i] & mask) != 0) return true;
        }
        return false;
    }

private:
    /// w ± x 2^shift (in bits above w's lowest), x of n digits; a difference stays >= 0.
    static constexpr void add(wide& w, const std::uint32_t* x, int n, int shift, bool subtract) noexcept {
        const int at = shift / 32;
        const int bit = shift % 32;
        std::uint64_t carry = 0;  // carry, or borrow when subtracting
        for (int i = 0; at + i < room; ++i) {
            const std::uint64_t low = i < n ? (std::uint64_t{x[i]} << bit) & 0xffffffffu : 0;
            const std::uint64_t high = (i >= 1 && i - 1 < n && bit != 0) ? std::uint64_t{x[i - 1]} >> (32 - bit) : 0;
            const std::uint64_t part = low | high;
            if (i > n && carry == 0) break;
            std::uint32_t& d = w.digit[at + i];
            if (subtract) {
                const std::uint64_t taken = part + carry;
                carry = taken > d ? 1 : 0;
                d = static_cast<std::uint32_t>(std::uint64_t{d} + (carry << 32) - taken);
            } else {
                const std::uint64_t v = std::uint64_t{d} + part + carry;
                d = static_cast<std::uint32_t>(v);
                carry = v >> 32;
            }
        }
    }

    std::uint32_t digit_[width] = {};
    int exponent_ = 0;
};

/// The double nearest to ±w (round half to even), counting `inexact` as a set bit below
/// all of w's; errc::out_of_range when it rounds to infinity.
constexpr result<double> nearest(const long_product::wide& w, bool negative, bool inexact) noexcept {
    const int top = long_product::top_bit(w);
    if (top < 0) return 0.0;
    // Keep 53 bits, fewer below 2^-1022, down to the bit of 2^-1074.
    int low = top - 52;
    if (low + w.exponent < -1074) low = -1074 - w.exponent;
    if (low > top + 1) return negative ? -0.0 : 0.0;  // below half of 2^-1074
    std::uint64_t kept = long_product::bits_at(w, low, top - low + 1);
    const bool half = long_product::bits_at(w, low - 1, 1) != 0;
    const bool beyond = inexact || long_product::any_below(w, low - 1);
    if (half && (beyond || (kept & 1u) != 0)) ++kept;
    const double v = static_cast<double>(kept);                                 // exact: at most 2^53
    const auto r = scaled_to_double(low + w.exponent, negative ? -v : v, 0.0);  // exact, or infinite
    return r;
}

/// ±w as 2^k (m + m_lo), 1 <= m < 2, to 106 bits (cut towards 0), for a w that is not 0.
struct parts {
    int k;
    double m;
    double m_lo;
};
constexpr parts leading(const long_product::wide& w) noexcept {
    const int top = long_product::top_bit(w);
    const double m = static_cast<double>(long_product::bits_at(w, top - 52, 53)) * 0x1p-52;  // exact
    const double m_lo = static_cast<double>(long_product::bits_at(w, top - 105, 53)) * 0x1p-105;
    return {top + w.exponent, m, m_lo};
}

}  // namespace fp
}  // namespace detail

/// A growth rate on the basis B, as a fraction: 7.5 % is 0.075.
template <class Basis>
class growth_rate {
    static_assert(std::is_same_v<Basis, real> || std::is_same_v<Basis, nominal>,
                  "daye: a growth rate is real (comparable prices) or nominal (current prices)");

public:
    constexpr growth_rate() noexcept = default;
    constexpr explicit growth_rate(double fraction) noexcept : fraction_(fraction) {}
    /// From a published percentage, 7.5_pct: the nearest double to the fraction (0.075).
    constexpr explicit growth_rate(quantity<units::percent> pct) noexcept : fraction_(to_double(pct.value(), 2)) {}

    constexpr double fraction() const noexcept { return fraction_; }
    /// The fraction times 100, rounded once.
    constexpr double percent() const noexcept { return detail::fp::product(fraction_, 100.0); }

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
    /// From a published percentage: the nearest double to the fraction.
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

constexpr errc check_level(double v) noexcept {
    if (!fp::finite(v)) return errc::not_finite;
    return v > 0 ? errc::none : errc::non_positive_level;
}
constexpr errc check_rate(double r) noexcept {
    if (!fp::finite(r)) return errc::not_finite;
    return r > -1.0 ? errc::none : errc::rate_too_low;
}
constexpr errc first_error(errc a, errc b, errc c = errc::none) noexcept {
    return a != errc::none ? a : (b != errc::none ? b : c);
}

/// At most 2^20 rates are chained or averaged: the product's exponent then stays within int.
inline constexpr std::size_t max_rates = std::size_t{1} << 20;

/// (1 + r1)(1 + r2)... as an exact-enough product; errc::none or the first bad rate's error.
template <class B>
constexpr errc product_of(span<const growth_rate<B>> rates, fp::long_product& p) noexcept {
    if (rates.size() > max_rates) return errc::out_of_range;
    for (const growth_rate<B>& r : rates) {
        if (const errc e = check_rate(r.fraction()); e != errc::none) return e;
        p.times_one_plus(r.fraction());
    }
    return errc::none;
}

/// (1 + r1)(1 + r2)... - 1, correctly rounded.
template <class B>
constexpr result<growth_rate<B>> chained(span<const growth_rate<B>> rates) noexcept {
    fp::long_product p;
    if (const errc e = product_of(rates, p); e != errc::none) return e;
    bool negative = false;
    bool inexact = false;
    const auto wide = p.minus_one(negative, inexact);
    const result<double> c = fp::nearest(wide, negative, inexact);
    if (!c) return c.error();
    return growth_rate<B>(c.value());
}
}  // namespace detail

/// `start` after `years` years of growth at `rate`: 900 at 7.5 % for 2 years is 1040.0625.
/// Any positive level, rate above -100 % and number of years from 1 up; errc::out_of_range
/// when the result rounds beyond the largest double, 0 when it rounds below the smallest.
template <class A, class R>
constexpr result<amount<A>> compound(amount<A> start, growth_rate<R> rate, int years) noexcept {
    detail::require_same_basis<A, R>();
    namespace fp = detail::fp;
    const double base = start.value();
    const double r = rate.fraction();
    // compound is the hot path: valid input passes one test on the bits, written with &
    // so that it is one branch. Only other input pays for finding out which error it is.
    const bool valid_level = fp::positive_finite(base);
    const bool valid_rate = fp::above_minus_one(r);
    if (!(valid_level & valid_rate & (years > 0)))
        return detail::first_error(detail::check_level(base), detail::check_rate(r),
                                   years > 0 ? errc::none : errc::non_positive_years);
#if LDBL_MANT_DIG == 64
    if (years < 128 && r < 1e38) {
        using ld = long double;
        const ld v = static_cast<ld>(base) * fp::power_of_small(1.0L + static_cast<ld>(r), years);
        if (!(v < 0x1.fffffffffffffcp1023L)) return errc::out_of_range;  // rounds to infinity
        return amount<A>(static_cast<double>(v));
    }
#endif
    // level e^(n ln(1 + r)), with n ln(1 + r) = xh + xl (n ln's hi is exact, n being whole).
    const fp::twin per_year = fp::log1p(r);
    if (fp::magnitude(per_year.hi) < 0x1p-600) return start;  // e^x within 2^-560 of 1
    const double n = static_cast<double>(years);
    const fp::twin x = fp::two_prod(n, per_year.hi);
    if (x.hi > 1500) return errc::out_of_range;  // beyond 2^2164 times the smallest level
    if (x.hi < -1500) return amount<A>(0.0);     // below 2^-2164 times the largest
    const result<double> v = fp::scaled_exp(base, x.hi, x.lo + fp::product(n, per_year.lo));
    if (!v) return v.error();
    return amount<A>(v.value());
}

/// The average annual growth (CAGR) that turns `from` into `to` in `years` years:
/// (to / from)^(1 / years) - 1. Any two positive finite levels and years from 1 up;
/// errc::out_of_range when the rate rounds beyond the largest double.
template <class B>
constexpr result<growth_rate<B>> cagr(amount<B> from, amount<B> to, int years) noexcept {
    namespace fp = detail::fp;
    const double a = from.value();
    const double b = to.value();
    const bool valid_from = fp::positive_finite(a);
    const bool valid_to = fp::positive_finite(b);
    if (!(valid_from & valid_to & (years > 0)))
        return detail::first_error(detail::check_level(a), detail::check_level(b),
                                   years > 0 ? errc::none : errc::non_positive_years);
    // expm1(ln(b / a) / n): no cancellation near 0.
    const result<double> r = fp::expm1_over(fp::log_ratio(b, a), years);
    if (!r) return r.error();
    return growth_rate<B>(r.value());
}

/// The annual rate needed to grow from `level` to `goal` in `years` years (CAGR of the two).
template <class B>
constexpr result<growth_rate<B>> required_rate(amount<B> level, amount<B> goal, int years) noexcept {
    return cagr(level, goal, years);
}

/// Growth over consecutive periods chained: (1 + r1)(1 + r2)... - 1, for 1 to 2^20 finite
/// rates above -100 %. Correctly rounded, however the rates cancel; errc::out_of_range
/// when it rounds beyond the largest double (or for more than 2^20 rates).
template <class B>
constexpr result<growth_rate<B>> chain(span<const growth_rate<B>> rates) noexcept {
    if (rates.empty()) return errc::non_positive_years;
    return detail::chained(rates);
}

/// A multi-year plan period, such as the 14th Five-Year Plan (十四五), 2021-2025.
struct plan_period {
    int first_year;
    int last_year;
    constexpr int years() const noexcept { return last_year - first_year + 1; }
};
inline constexpr plan_period fourteenth_five_year_plan{2021, 2025};

/// The average annual growth over a period, from one rate per year of it (geometric mean):
/// ((1 + r1)(1 + r2)...)^(1 / years) - 1, for finite rates above -100 % and periods of 1
/// to 2^20 years; errc::out_of_range when the number of rates is not the period's.
template <class B>
constexpr result<growth_rate<B>> average_growth(plan_period period, span<const growth_rate<B>> annual) noexcept {
    namespace fp = detail::fp;
    if (period.last_year < period.first_year || period.years() <= 0) return errc::non_positive_years;
    if (annual.size() != static_cast<std::size_t>(period.years())) return errc::out_of_range;
    fp::long_product p;
    if (const errc e = detail::product_of(annual, p); e != errc::none) return e;
    // ln P: from P - 1 when P is near 1 (so that it keeps its relative accuracy), else
    // from P itself.
    bool negative = false;
    bool inexact = false;
    const auto c = p.minus_one(negative, inexact);
    const int c_top = fp::long_product::top_bit(c);
    if (c_top < 0) return growth_rate<B>(0.0);
    fp::twin ln_p{};
    const fp::parts d = fp::leading(c);
    const double c_hi = (negative ? -1.0 : 1.0) * fp::product(d.m, fp::power_of_two(d.k));  // exact unless tiny
    if (c_top + c.exponent < -1 && c_hi >= fp::below_one - 1 && c_hi < fp::above_one - 1) {
        if (d.k < -900) {
            // (1 + c)^(1/n) - 1 = c / n within 2^-900 of it: rounded once (maybe subnormal).
            const fp::scaled y = fp::quotient({d.m, d.m_lo}, {static_cast<double>(period.years()), 0.0});
            const double v = fp::scaled_to_double(y.e + d.k, y.hi, y.lo).value();  // finite
            return growth_rate<B>(negative ? -v : v);
        }
        // ln(1 + c), c = P - 1 exactly to 106 bits: a P near 1 keeps its relative accuracy.
        ln_p = fp::log_of(0, c_hi, (negative ? -1.0 : 1.0) * fp::product(d.m_lo, fp::power_of_two(d.k)));
    } else {
        // k ln 2 + ln m, m in [1/sqrt(2), sqrt(2)): k can pass 2^11 (a product beyond
        // 2^2048), so k ln 2 is added apart.
        const fp::parts e = fp::leading(p.value());
        const bool halve = e.m >= fp::above_one;
        const double kd = static_cast<double>(e.k + (halve ? 1 : 0));
        const double scale = halve ? 0.5 : 1.0;
        const fp::twin of_m = fp::log_of(0, e.m * scale - 1.0, e.m_lo * scale);  // exact
        const fp::twin k_ln2 = fp::two_prod(kd, fp::ln2_hi);                     // exact: k is whole
        const fp::twin sum = fp::two_sum(k_ln2.hi, of_m.hi);
        ln_p = fp::fast_two_sum(sum.hi, sum.lo + (k_ln2.lo + (of_m.lo + fp::product(kd, fp::ln2_lo))));
    }
    const result<double> r = fp::expm1_over(ln_p, period.years());
    if (!r) return r.error();
    return growth_rate<B>(r.value());
}

/// When a level growing at a rate reaches a goal.
struct crossing {
    bool already = false;  ///< the level is at or above the goal to begin with
    maybe<int> year;       ///< the calendar year in which the goal is reached; absent when never (or beyond int)
    /// The fractional number of years; absent when never (or beyond a double). Meaningful
    /// for a level that moves continuously; a year's total such as GDP reaches the goal in
    /// a year or not, so for it only `year` is an answer.
    maybe<double> years;
};

/// When `start` (the level of `start_year`), growing at `rate`, reaches `goal`. A rate at
/// or below zero never reaches a goal above the start: an answer, not an error.
/// `years` is ln(goal / start) / ln(1 + rate) within 1 ulp; `year` is `start_year` plus
/// the first whole number of years n whose level compound(start, rate, n) reaches the
/// goal. Where a year's growth can be below compound's rounding (rates below 2^-40, goals
/// below 2^-1000 whose levels are subnormal numbers), n is the first whole number not
/// below `years`; beyond int, `year` is absent.
template <class A, class R>
constexpr result<crossing> years_to_reach(amount<A> start, growth_rate<R> rate, amount<A> goal,
                                          int start_year) noexcept {
    detail::require_same_basis<A, R>();
    namespace fp = detail::fp;
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
    const fp::twin per_year = fp::log1p(rate.fraction());
    const fp::twin growth = fp::log_ratio(goal.value(), start.value());
    double y = 0;
    if (fp::moderate(per_year.hi) && fp::moderate(growth.hi)) {
        // growth / per_year, the rest of the rounded quotient exact.
        const double q = growth.hi / per_year.hi;
        const fp::twin back = fp::two_prod(q, per_year.hi);
        y = q + (((growth.hi - back.hi) - back.lo) + growth.lo - fp::product(q, per_year.lo)) / per_year.hi;
    } else {
        const fp::scaled t = fp::quotient(growth, per_year);
        const result<double> years = fp::scaled_to_double(t.e, t.hi, t.lo);
        if (!years) return c;  // beyond any double: never, as far as anyone can count
        y = years.value();
    }
    c.years = y;
    if (!(y < static_cast<double>(INT_MAX) - 1)) return c;
    // The first whole year at or after y, unless y is within 2^-48 (in the level's
    // logarithm) of a whole year: then compound's own rounding decides.
    const double near = fp::nearest_whole(y);
    int n = static_cast<int>(near);
    if (near < y) ++n;
    const double gap = fp::magnitude(y - near) * per_year.hi;
    if (near >= 1 && per_year.hi >= 0x1p-40 && goal.value() >= 0x1p-1000 && gap < 0x1p-48) {
        const auto reached = compound(start, rate, static_cast<int>(near));
        n = static_cast<int>(near) + (reached && reached.value().value() < goal.value() ? 1 : 0);
    }
    if (start_year <= INT_MAX - n) c.year = start_year + n;
    return c;
}

/// The nominal rate of a real rate and a deflator: (1 + real)(1 + deflator) - 1, for finite
/// rates above -100 %. Correctly rounded, however the two offset; errc::out_of_range when
/// it rounds beyond the largest double.
constexpr result<growth_rate<nominal>> to_nominal(growth_rate<real> r, deflator d) noexcept {
    const growth_rate<nominal> both[] = {growth_rate<nominal>(r.fraction()), growth_rate<nominal>(d.fraction())};
    return detail::chained<nominal>(both);
}

/// The real rate of a nominal rate and a deflator: (1 + nominal) / (1 + deflator) - 1, for
/// finite rates above -100 %, computed as (nominal - deflator) / (1 + deflator), which does
/// not cancel; errc::out_of_range when it rounds beyond the largest double.
constexpr result<growth_rate<real>> to_real(growth_rate<nominal> n, deflator d) noexcept {
    namespace fp = detail::fp;
    const errc e = detail::first_error(detail::check_rate(n.fraction()), detail::check_rate(d.fraction()));
    if (e != errc::none) return e;
    fp::twin difference = fp::two_sum(n.fraction(), -d.fraction());  // exact
    if (difference.hi == 0) return growth_rate<real>(0.0);
    const bool negative = difference.hi < 0;
    if (negative) difference = {-difference.hi, -difference.lo};
    const fp::scaled q = fp::quotient(difference, fp::two_sum(1.0, d.fraction()));
    const result<double> v = fp::scaled_to_double(q.e, q.hi, q.lo);
    if (!v) return v.error();
    return growth_rate<real>(negative ? -v.value() : v.value());
}

}  // namespace v0
}  // namespace daye

#endif
