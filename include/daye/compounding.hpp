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
// How: doubles only (no long double, whose width varies by platform), with the exact
// error-free transformations of double-double arithmetic (a value carried as hi + lo);
// logarithms and exponentials from tables and short polynomials; chained rates as an
// exact 1152-bit product. Everything is a basic operation or a bit operation, which the
// compiler evaluates exactly as the processor does, except a * b + c fused into one
// rounding: compilers do that at run time (-ffp-contract, the default with g++ and with
// -march=native), never at compile time. So every product that is not exact passes
// through `product`, which the optimiser cannot fuse; products that are exact (of short
// numbers, or by a power of two) give the same bits fused or not and need nothing.
// Requires double arithmetic in double precision (FLT_EVAL_METHOD 0: not 32-bit x87).
#ifndef DAYE_COMPOUNDING_HPP
#define DAYE_COMPOUNDING_HPP

#include <cfloat>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "daye/maybe.hpp"
#include "daye/plan.hpp"
#include "daye/result.hpp"
#include "daye/span.hpp"
#include "daye/units.hpp"

static_assert(FLT_EVAL_METHOD == 0,
              "daye: compounding needs double arithmetic rounded to double (on 32-bit x86: -msse2 -mfpmath=sse)");

namespace daye {

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
constexpr double magnitude(double x) noexcept { return from_bits(bits_of(x) & ~sign_bit); }

// Positive doubles order as their bits do, and the sign bit puts every negative number
// and -0 above them, as it does the NaNs (exponent all ones). So a range test becomes one
// or two integer comparisons: cheaper than floating-point ones, and a NaN never passes.
/// 0 < x <= the largest double.
constexpr bool positive_finite(double x) noexcept {
    return bits_of(x) - 1u < bits_of(std::numeric_limits<double>::max());
}
/// -1 < x <= the largest double: [+0, inf) or [-0, -1).
constexpr bool above_minus_one(double x) noexcept {
    const std::uint64_t u = bits_of(x);
    const bool positive = u < bits_of(std::numeric_limits<double>::infinity());
    const bool negative = u - sign_bit < bits_of(1.0);
    return positive | negative;
}
constexpr bool finite(double x) noexcept {
    return (bits_of(x) & ~sign_bit) < bits_of(std::numeric_limits<double>::infinity());
}

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
    const double rest = (h - whole) + l;  // h - whole exact
    return (whole + (rest > 0.5 ? 1.0 : (rest < -0.5 ? -1.0 : 0.0))) * 0x1p-1074;  // exact
}

// ---- Logarithm

// Written by tests/tables/generate.py from 70-digit arithmetic, in hexadecimal so that
// the compiler reads exactly these bits. ln 2 = ln2_hi + ln2_lo to 2^-90, ln2_hi a
// multiple of 2^-36: k ln2_hi is exact while |k ln 2| < 2^11.
inline constexpr double ln2_hi = 0xb17217f7dp-36;
inline constexpr double ln2_lo = 0x1cf79abc9e3b3ap-92;

/// An inverse near 1 / (1 + j/256) with 26 significant bits, and ln(1 / inverse) as
/// hi + lo (hi a multiple of 2^-42, to 2^-95 together).
struct reciprocal_log {
    double inverse;
    double hi;
    double lo;
};
// Written by tests/tables/generate.py. Entry 0 is 1 and entry 256 is 1/2 (with ln 2
// exactly as above), so that around 1 the table adds nothing and nothing cancels.
inline constexpr reciprocal_log log_of_inverse[257] = {
    {0x4000000p-26, 0.0, 0.0},
    {0x3fc03fcp-26, 0x3fe015856p-42, 0x10bc05a086b56ap-97},
    {0x3f80fe0p-26, 0x7f80adac4p-42, 0x19e43f0dda563ap-98},
    {0x3f42395p-26, 0xbee23f0c1p-42, -0x1eb0a0535d9c5fp-96},
    {0x3f03f04p-26, 0xfe054487ep-42, 0x1f207cf6d3a147p-102},
    {0x3ec6216p-26, 0x13cea3d547p-42, -0x16a14a12d6bf1fp-96},
    {0x3e88cb4p-26, 0x17b91acfd6p-42, -0x13b8f3b602b076p-96},
    {0x3e4bec9p-26, 0x1b9fbfa8b0p-42, -0x1b980902e6bbd7p-96},
    {0x3e0f83ep-26, 0x1f829b1e78p-42, 0x1980367c7e0a0fp-97},
    {0x3dd38ffp-26, 0x2361b31b48p-42, -0x13401c12e889b7p-96},
    {0x3d980f6p-26, 0x273d0fd7fdp-42, 0x1eb10d00ada46ep-96},
    {0x3d5d00fp-26, 0x2b14b7ba92p-42, -0x1b296e05708e8fp-97},
    {0x3d22635p-26, 0x2ee8b27066p-42, -0x117fbc6586803ep-96},
    {0x3ce8355p-26, 0x32b905cc92p-42, -0x1c12e887c61458p-97},
    {0x3cae759p-26, 0x3685bb0433p-42, -0x1c81ea65d66d19p-98},
    {0x3c7522fp-26, 0x3a4ed754b6p-42, 0x16a613e78a7909p-98},
    {0x3c3c3c4p-26, 0x3e14614023p-42, -0x1d589e8336993cp-97},
    {0x3c03c04p-26, 0x41d6609264p-42, -0x1b8e3f64b59fedp-96},
    {0x3bcbadcp-26, 0x4594dc428ep-42, -0x147356768ed653p-98},
    {0x3b9403cp-26, 0x494fd84828p-42, 0x14189d7b69873fp-96},
    {0x3b5cc0fp-26, 0x4d075e2c6fp-42, 0x11d0cf19837455p-96},
    {0x3b25e44p-26, 0x50bb736699p-42, 0x1bc6a0ea7d0151p-98},
    {0x3aef6cbp-26, 0x546c1c8a18p-42, 0x1840ff478e4a46p-96},
    {0x3ab9590p-26, 0x581962b4ddp-42, 0x10c3b9dee9c50dp-96},
    {0x3a83a84p-26, 0x5bc349cb96p-42, -0x14b3441b665813p-96},
    {0x3a4e594p-26, 0x5f69da41ecp-42, 0x12cee8c481006fp-96},
    {0x3a196b2p-26, 0x630d1744c6p-42, 0x1b21022cb42a3cp-96},
    {0x39e4dccp-26, 0x66ad089481p-42, -0x18a2072678cdf7p-97},
    {0x39b0ad1p-26, 0x6a49b50d2bp-42, 0x15638d8bd22b8fp-96},
    {0x397cdb3p-26, 0x6de32067c4p-42, -0x125e5a34398f2fp-96},
    {0x3949661p-26, 0x717951df6fp-42, 0x1d10a7d85f7a6ep-98},
    {0x39164cbp-26, 0x750c4fc4b3p-42, -0x194277e913253bp-97},
    {0x38e38e4p-26, 0x789c1d38acp-42, -0x1a302c2af05591p-97},
    {0x38b129ap-26, 0x7c28c32646p-42, -0x1d597163368d73p-96},
    {0x387f1e0p-26, 0x7fb2450770p-42, -0x1544d5d1ae60b1p-96},
    {0x384d6a7p-26, 0x8338a8c153p-42, -0x1a46e40cdc0701p-97},
    {0x381c0e0p-26, 0x86bbf46684p-42, 0x1cb4cd2ee31f2cp-96},
    {0x37eb07ep-26, 0x8a3c2bed3ap-42, 0x1564b19027ba7fp-98},
    {0x37ba571p-26, 0x8db956e37bp-42, 0x1e81765811ab87p-97},
    {0x3789fadp-26, 0x9133786d53p-42, -0x14d005284106a0p-97},
    {0x3759f23p-26, 0x94aa974900p-42, -0x15b7a5f4474124p-96},
    {0x372a3c5p-26, 0x981eb93a24p-42, -0x161963ce370eb6p-102},
    {0x36fad88p-26, 0x9b8fe0b0f4p-42, 0x1ee93f9b2d8052p-96},
    {0x36cbc5cp-26, 0x9efe161366p-42, 0x18abf362b930e7p-97},
    {0x369d037p-26, 0xa2695af25cp-42, -0x17062f6135f743p-98},
    {0x366e909p-26, 0xa5d1b807d3p-42, -0x1433e5ebf200f8p-96},
    {0x36406c8p-26, 0xa9372f2d0ep-42, -0x1790b237fc5223p-96},
    {0x3612966p-26, 0xac99c712c1p-42, 0x10c3fab755ccf1p-100},
    {0x35e50d8p-26, 0xaff983053dp-42, -0x18566f183c169cp-96},
    {0x35b7d10p-26, 0xb3566a0395p-42, 0x1aa1c5bfc6c770p-96},
    {0x358ae03p-26, 0xb6b07fa2cfp-42, -0x1bc58637132f2bp-96},
    {0x355e3a6p-26, 0xba07c79802p-42, -0x10b66279018ac0p-96},
    {0x3531decp-26, 0xbd5c482087p-42, -0x1bdb8072534a2dp-97},
    {0x3505ccap-26, 0xc0ae05381bp-42, -0x102a10d9201aedp-96},
    {0x34da035p-26, 0xc3fd02fb06p-42, 0x12216260120101p-96},
    {0x34ae821p-26, 0xc74946dd43p-42, 0x1a8165393d7295p-96},
    {0x3483483p-26, 0xca92d53fa3p-42, -0x1296217d9f07b1p-96},
    {0x3458551p-26, 0xcdd9b16af0p-42, -0x11f2a391ce1004p-97},
    {0x342da7fp-26, 0xd11de13916p-42, -0x15396471dc9b13p-96},
    {0x3403403p-26, 0xd45f683341p-42, 0x1e3248d721c3d7p-96},
    {0x33d91d3p-26, 0xd79e4a0006p-42, -0x18a9e33fed5211p-104},
    {0x33af3e3p-26, 0xdada8cdd7ep-42, -0x14b71264011f70p-96},
    {0x3385a2ap-26, 0xde1433756cp-42, 0x19ac90739d1061p-96},
    {0x335c49dp-26, 0xe14b430961p-42, -0x1cfb574ee36985p-97},
    {0x3333333p-26, 0xe47fbe7cd5p-42, -0x17784f689f7989p-97},
    {0x330a5e2p-26, 0xe7b1aa0e4ep-42, 0x17737bda07af0fp-97},
    {0x32e1c9fp-26, 0xeae10b5c7ep-42, -0x11ba917bca681bp-97},
    {0x32b9761p-26, 0xee0de5a25fp-42, 0x18fdc3ee291b81p-96},
    {0x3291620p-26, 0xf1383af158p-42, -0x1a322c2af02ae7p-96},
    {0x32698d0p-26, 0xf460128553p-42, -0x16804b80e8e72ap-97},
    {0x3241f69p-26, 0xf7856ea8e3p-42, -0x1b25615c869ea7p-97},
    {0x321a9e2p-26, 0xfaa853045cp-42, -0x13223f6091ec8fp-97},
    {0x31f3832p-26, 0xfdc8c35af2p-42, -0x1d56eaab993d31p-99},
    {0x31cca4fp-26, 0x100e6c4d3d5p-42, 0x1d38ef52e914bbp-102},
    {0x31a6032p-26, 0x1040258d74dp-42, 0x1051009ef23164p-100},
    {0x317f9d0p-26, 0x1071b860cd6p-42, -0x1bcb83a3e019fbp-96},
    {0x3159722p-26, 0x10a324e0f39p-42, 0x1c6c7e7ef400cep-99},
    {0x313381fp-26, 0x10d46b526abp-42, 0x1d2d593e40d644p-96},
    {0x310dcbep-26, 0x11058bfb6e5p-42, -0x14ab85017d525bp-96},
    {0x30e84f8p-26, 0x113686fa13bp-42, -0x1d3c4299d6a450p-96},
    {0x30c30c3p-26, 0x11675cacabap-42, 0x183816731f55d9p-96},
    {0x309e018p-26, 0x11980d34542p-42, 0x1b7dde7a364a5fp-97},
    {0x30792efp-26, 0x11c898c889ap-42, -0x18127ac5c60cdbp-96},
    {0x3054940p-26, 0x11f8ffa248ap-42, 0x17956c040cc921p-97},
    {0x3030303p-26, 0x122941fc0f8p-42, -0x1a697675eb0962p-96},
    {0x300c030p-26, 0x12596011df7p-42, 0x18e7c4224ea3f8p-96},
    {0x2fe80c0p-26, 0x12895a0bde8p-42, 0x1a8f7ad24be946p-96},
    {0x2fc44aap-26, 0x12b9303e58ap-42, -0x16da4096bfa8b5p-97},
    {0x2fa0be8p-26, 0x12e8e2bee12p-42, -0x167a1e99b7212dp-97},
    {0x2f7d672p-26, 0x131871cf344p-42, 0x1853fc14cf1371p-98},
    {0x2f5a441p-26, 0x1347dd9cf88p-42, -0x1558f394c57e56p-97},
    {0x2f3754dp-26, 0x1377266ccfep-42, -0x1e910ca4535b3bp-96},
    {0x2f14990p-26, 0x13a64c59694p-42, 0x17a79cbcd73b26p-96},
    {0x2ef2102p-26, 0x13d54faa21fp-42, 0x1c3eb5f9a39cdep-96},
    {0x2ecfb9dp-26, 0x1404307c26ap-42, 0x1f925150499ac3p-96},
    {0x2ead958p-26, 0x1432ef2f84fp-42, -0x1fb037931707cfp-96},
    {0x2e8ba2fp-26, 0x14618bb81c6p-42, -0x13cbaf484dd222p-98},
    {0x2e69e19p-26, 0x14900678b01p-42, -0x18bb06761a3397p-96},
    {0x2e48510p-26, 0x14be5f93778p-42, -0x1d7c72cd9ad8cfp-96},
    {0x2e26f0ep-26, 0x14ec972bc00p-42, 0x135038ef04a08ep-97},
    {0x2e05c0cp-26, 0x151aad7c2e0p-42, -0x1f4810db0aebacp-96},
    {0x2de4c03p-26, 0x1548a2c0bddp-42, 0x131708730818bep-97},
    {0x2dc3eedp-26, 0x15767720656p-42, -0x164c1375249879p-96},
    {0x2da34c5p-26, 0x15a42aacc4dp-42, -0x1e409d2df94207p-102},
    {0x2d82d83p-26, 0x15d1bdbbd81p-42, -0x18d65bc9c7c5cbp-96},
    {0x2d62921p-26, 0x15ff3078179p-42, 0x1ea1b8af1094cbp-97},
    {0x2d4279ap-26, 0x162c82f679cp-42, 0x1e552e3d7c8efdp-96},
    {0x2d228e7p-26, 0x1659b57a33ep-42, 0x1f2e92d0b00ac0p-98},
    {0x2d02d03p-26, 0x1686c81a5b1p-42, 0x12bba18af839eep-96},
    {0x2ce33e7p-26, 0x16b3bb1c859p-42, 0x10f72842932313p-96},
    {0x2cc3d8dp-26, 0x16e08eb0cbap-42, 0x1e3e3db931ee5ep-98},
    {0x2ca49f1p-26, 0x170d42da889p-42, 0x11b29d437e8f2ep-97},
    {0x2c8590bp-26, 0x1739d7f9bbdp-42, 0x1abb8931522b50p-104},
    {0x2c66ad7p-26, 0x17664e13c9ep-42, -0x10c4e7e2eb275dp-96},
    {0x2c47f4fp-26, 0x1792a55cfd4p-42, 0x1e8a3277691defp-96},
    {0x2c2966dp-26, 0x17bede0ac7bp-42, -0x10184fbcb97fdep-100},
    {0x2c0b02cp-26, 0x17eaf83c82bp-42, -0x1e4ca62d0c2303p-101},
    {0x2becc87p-26, 0x1816f41270dp-42, 0x125ac024358699p-96},
    {0x2bceb77p-26, 0x1842d1dc7e9p-42, -0x13a2adf3ae675ep-96},
    {0x2bb0cf8p-26, 0x186e91a5b31p-42, -0x117bb60c9ca16cp-96},
    {0x2b93105p-26, 0x189a3391414p-42, 0x12dc9138c4c972p-97},
    {0x2b75799p-26, 0x18c5b7c348bp-42, 0x122aec5cb01590p-96},
    {0x2b580adp-26, 0x18f11e90166p-42, 0x1640dcfb4f1fcep-97},
    {0x2b3ac3ep-26, 0x191c67eea5bp-42, -0x1f0985c0ae2017p-96},
    {0x2b1da46p-26, 0x1947941da11p-42, 0x1beafb3374523cp-96},
    {0x2b00ac0p-26, 0x1972a345135p-42, 0x1588970274a832p-98},
    {0x2ae3da8p-26, 0x199d957617ep-42, 0x1177b525da119bp-99},
    {0x2ac72f7p-26, 0x19c86b0a4c1p-42, -0x1e73d6f6eb4794p-96},
    {0x2aaaaabp-26, 0x19f323e4bfap-42, -0x1ece3525ca50eep-96},
    {0x2a8e4bdp-26, 0x1a1dc06105cp-42, -0x19a9fba5796be4p-96},
    {0x2a72129p-26, 0x1a484093c5cp-42, -0x13d70ded6521cap-96},
    {0x2a55febp-26, 0x1a72a4925bep-42, -0x1857215a539ba0p-96},
    {0x2a3a0fdp-26, 0x1a9ceca35a1p-42, -0x1ed7665ebff370p-96},
    {0x2a1e45cp-26, 0x1ac718c598bp-42, 0x1c842563d70b52p-99},
    {0x2a02a03p-26, 0x1af12929278p-42, -0x1e512111ef16fap-96},
    {0x29e71ecp-26, 0x1b1b1e177e0p-42, -0x1d1fee70d37f13p-97},
    {0x29cbc15p-26, 0x1b44f7794c9p-42, -0x13acd8224aad39p-99},
    {0x29b0878p-26, 0x1b6eb599bcfp-42, 0x1aedae4866528dp-97},
    {0x2995711p-26, 0x1b985893f31p-42, 0x1f6ceaf629e50fp-99},
    {0x297a7dcp-26, 0x1bc1e083cdbp-42, -0x17aaa32f1f5ed8p-97},
    {0x295fad4p-26, 0x1beb4d9ea72p-42, -0x121019e78b213cp-96},
    {0x2944ff6p-26, 0x1c149fe935fp-42, 0x13946c68d968e6p-101},
    {0x292a73cp-26, 0x1c3dd7b34dbp-42, -0x158c1e61f4a6b1p-97},
    {0x29100a4p-26, 0x1c66f4ea3f7p-42, -0x1f28251c81d54dp-104},
    {0x28f5c29p-26, 0x1c8ff7c69aap-42, -0x177947689f8449p-96},
    {0x28db9c7p-26, 0x1cb8e068dd8p-42, -0x14d3f3bc3d4dbap-96},
    {0x28c1979p-26, 0x1ce1af0b65fp-42, 0x1f5bdc295e5568p-97},
    {0x28a7b3cp-26, 0x1d0a63b7322p-42, -0x19b418663cfb29p-98},
    {0x288df0dp-26, 0x1d32fe75c0fp-42, -0x10a85804dcff1bp-96},
    {0x28744e6p-26, 0x1d5b7f9d02cp-42, 0x1a0f5040c03e77p-96},
    {0x285acc5p-26, 0x1d83e71eaa3p-42, -0x182a24d48c7b10p-99},
    {0x28416a5p-26, 0x1dac3538fc6p-42, -0x1aae9c7e5a4ad1p-96},
    {0x2828283p-26, 0x1dd469f841cp-42, 0x1287dd9899efb2p-96},
    {0x280f05ap-26, 0x1dfc859c66dp-42, 0x16d55d0139a2cap-96},
    {0x27f6028p-26, 0x1e2488197c7p-42, -0x1ecf0a1385d380p-97},
    {0x27dd1e8p-26, 0x1e4c71b0e87p-42, 0x1c12f53c922428p-96},
    {0x27c4598p-26, 0x1e744257d68p-42, 0x1e22adf68d699ep-96},
    {0x27abb32p-26, 0x1e9bfa6af86p-42, 0x1f59e36bf22abbp-98},
    {0x27932b5p-26, 0x1ec399c6e69p-42, -0x19f72ed88e55b3p-97},
    {0x277ac1bp-26, 0x1eeb20c9f0ep-42, -0x105d7a38e27b15p-97},
    {0x2762762p-26, 0x1f128f6baf0p-42, 0x1bb74d720f544cp-96},
    {0x274a487p-26, 0x1f39e5be112p-42, -0x1a42e1d8eef61ep-98},
    {0x2732386p-26, 0x1f6123edb03p-42, -0x1d49666a4fb9dep-96},
    {0x271a45ap-26, 0x1f884a421eap-42, -0x13cdc1546a74e8p-98},
    {0x2702702p-26, 0x1faf589af8fp-42, 0x18ff117da024cfp-97},
    {0x26eab7ap-26, 0x1fd64f26d61p-42, 0x15c83d47a9fa71p-96},
    {0x26d31bep-26, 0x1ffd2e1517fp-42, 0x12666adf4185ebp-96},
    {0x26bb9ccp-26, 0x2023f5610c0p-42, -0x1d7997c8afe036p-99},
    {0x26a439fp-26, 0x204aa555cbap-42, 0x1fe69b8d2d31bdp-98},
    {0x268cf36p-26, 0x20713dd53ccp-42, 0x19dd3e75c4d773p-96},
    {0x2675c8bp-26, 0x2097bf46725p-42, -0x12d1e3f3ef11d2p-97},
    {0x265eb9ep-26, 0x20be2971ac9p-42, -0x131d58091c7c39p-96},
    {0x2647c69p-26, 0x20e47cbf79cp-42, -0x17efa30d386ed6p-98},
    {0x2630eebp-26, 0x210ab913a69p-42, -0x178cd447b2345dp-96},
    {0x261a320p-26, 0x2130dea2ae7p-42, -0x16f9b7012b52b1p-96},
    {0x2603905p-26, 0x2156ed86ec3p-42, -0x196f47a4931107p-96},
    {0x25ed098p-26, 0x217ce5c04a5p-42, 0x1417b4c4bdaef4p-96},
    {0x25d69d4p-26, 0x21a2c7a033bp-42, -0x147f1eb9a9757ap-97},
    {0x25c04b8p-26, 0x21c8930ca3ap-42, -0x1ba040a8d10b36p-96},
    {0x25aa140p-26, 0x21ee483d369p-42, 0x17d5ea110ef217p-97},
    {0x2593f6ap-26, 0x2213e733daap-42, -0x1b45cee09b5ad2p-96},
    {0x257df32p-26, 0x223970296fap-42, -0x183cfe6f0aaadbp-96},
    {0x2568096p-26, 0x225ee320e7ep-42, -0x10d0fbb73c5bf9p-99},
    {0x2552392p-26, 0x22844054688p-42, -0x15d5372388d4eep-96},
    {0x253c825p-26, 0x22a987ac69bp-42, -0x10b1618662cc6ap-96},
    {0x2526e4bp-26, 0x22ceb964275p-42, -0x1f1583a3814a63p-97},
    {0x2511602p-26, 0x22f3d580713p-42, 0x1a10c560e769afp-97},
    {0x24fbf47p-26, 0x2318dc221bap-42, -0x1f3df08ebd39bcp-98},
    {0x24e6a17p-26, 0x233dcd6a8f9p-42, 0x16ecf6cbdd7867p-97},
    {0x24d1670p-26, 0x2362a95ffb4p-42, 0x14fb4770a5523ap-96},
    {0x24bc44ep-26, 0x23877040a28p-42, -0x1eda02d8389890p-96},
    {0x24a73b0p-26, 0x23ac21f7ceep-42, 0x190a75635a0eb9p-104},
    {0x2492492p-26, 0x23d0bec4e08p-42, 0x1a0fbd8b356927p-98},
    {0x247d6f3p-26, 0x23f54693de1p-42, 0x14c1634dc7b7a7p-97},
    {0x2468acfp-26, 0x2419b9a5455p-42, 0x1b6cbea1e87c7bp-96},
    {0x2454024p-26, 0x243e18020b8p-42, -0x113c894f0c0d9fp-97},
    {0x243f6f0p-26, 0x246261b37d8p-42, -0x17ada4392f0651p-98},
    {0x242af30p-26, 0x248696df907p-42, 0x133e3144730f34p-97},
    {0x24168e2p-26, 0x24aab79071fp-42, -0x1a10b5e29d630ep-100},
    {0x2402402p-26, 0x24cec409886p-42, 0x1bfffddaa27178p-98},
    {0x23ee090p-26, 0x24f2bc1d136p-42, 0x11b2b783f38641p-97},
    {0x23d9e88p-26, 0x2516a00f6c1p-42, -0x1f2d2f606570c0p-99},
    {0x23c5de7p-26, 0x253a7009256p-42, 0x1169f01adb8065p-98},
    {0x23b1eadp-26, 0x255e2bdd5c8p-42, 0x15a4aa2c8a40e7p-98},
    {0x239e0d6p-26, 0x2581d3d2092p-42, -0x173fe4563d4ab8p-97},
    {0x238a460p-26, 0x25a567f45dcp-42, -0x1b0c822c5a180ep-96},
    {0x2376948p-26, 0x25c8e86ec80p-42, 0x13420aa10c34a6p-96},
    {0x2362f8dp-26, 0x25ec5532713p-42, -0x15ce934f98c600p-96},
    {0x234f72cp-26, 0x260fae6a9e2p-42, 0x17c5f6b2145402p-98},
    {0x233c023p-26, 0x2632f426200p-42, -0x195b433b7011ddp-97},
    {0x2328a70p-26, 0x26562674244p-42, -0x14764fd54a4b7cp-96},
    {0x2315610p-26, 0x26794581651p-42, 0x195711ae9b2d6dp-97},
    {0x2302302p-26, 0x269c5140b9cp-42, 0x1d3352b92da418p-97},
    {0x22ef143p-26, 0x26bf49dfb6ep-42, -0x15fed2f572f3a7p-97},
    {0x22dc0d1p-26, 0x26e22f6f2e9p-42, -0x12892fbf6dacd4p-99},
    {0x22c91aap-26, 0x2705020050fp-42, 0x17ecccd0b27d55p-97},
    {0x22b63ccp-26, 0x2727c1a4ac5p-42, 0x10cd6e2213010cp-96},
    {0x22a3734p-26, 0x274a6e8bbd8p-42, -0x102cce9eedabb3p-96},
    {0x2290be2p-26, 0x276d088cc00p-42, -0x1ee8df090a1395p-96},
    {0x227e1d2p-26, 0x278f8ff58e6p-42, 0x10319e9f2432cap-96},
    {0x226b902p-26, 0x27b204d962bp-42, -0x10547bbd9c2023p-97},
    {0x2259171p-26, 0x27d4672e066p-42, -0x14890fa8b3d4d6p-98},
    {0x2246b1dp-26, 0x27f6b70742ep-42, -0x17b3e1ac55f8e2p-98},
    {0x2234603p-26, 0x2818f49731cp-42, -0x18b5b8c5d20446p-96},
    {0x2222222p-26, 0x283b1fd48cep-42, 0x1573a325e61cf8p-96},
    {0x220ff78p-26, 0x285d38d43f0p-42, 0x17ec9df71e0ca2p-98},
    {0x21fde02p-26, 0x287f3fc9b3ap-42, -0x198777d8464127p-97},
    {0x21ebdbfp-26, 0x28a134ac977p-42, 0x1855c04450fdcbp-96},
    {0x21d9eadp-26, 0x28c31792f8cp-42, -0x13ca96484a6df5p-97},
    {0x21c80cbp-26, 0x28e4e874f75p-42, 0x156c55f4efcc97p-96},
    {0x21b6415p-26, 0x2906a7a5f51p-42, 0x1bef0b3d176937p-98},
    {0x21a488bp-26, 0x29285500760p-42, -0x1fc2b29f578db4p-96},
    {0x2192e2ap-26, 0x2949f0ba608p-42, -0x144fcd840b85bcp-97},
    {0x21814f1p-26, 0x296b7acd1dcp-42, 0x139d6693f273d3p-96},
    {0x216fcdep-26, 0x298cf350d9ep-42, -0x1c5750713443bfp-97},
    {0x215e5eep-26, 0x29ae5a7cd40p-42, -0x17fb953657a54cp-96},
    {0x214d021p-26, 0x29cfb02caebp-42, 0x1d879204c2f421p-96},
    {0x213bb75p-26, 0x29f0f479905p-42, -0x1176091a2c84dap-97},
    {0x212a7e7p-26, 0x2a12279be2dp-42, 0x1ad6b3ce96e9a0p-99},
    {0x2119576p-26, 0x2a33498ed47p-42, -0x1dc7327bda1c08p-96},
    {0x2108421p-26, 0x2a545a4db79p-42, -0x12a88441ba873dp-96},
    {0x20f73e5p-26, 0x2a755a12233p-42, 0x1be6ba369f7328p-96},
    {0x20e64c1p-26, 0x2a9648d8133p-42, -0x1b404135eb6ba0p-96},
    {0x20d56b4p-26, 0x2ab7269ba81p-42, 0x1e6fcc99795cdap-96},
    {0x20c49bap-26, 0x2ad7f3b6e7ep-42, 0x1cce2ae311386fp-96},
    {0x20b3dd4p-26, 0x2af8afe82dep-42, 0x19088bb1710ec4p-97},
    {0x20a32ffp-26, 0x2b195b6afafp-42, 0x18930f6f25d926p-97},
    {0x209293ap-26, 0x2b39f63c95dp-42, 0x1fb8eaadedddc6p-99},
    {0x2082082p-26, 0x2b5a80996b4p-42, -0x1a607acaab41a6p-98},
    {0x20718d7p-26, 0x2b7afa5fde4p-42, -0x1c6702312c9306p-96},
    {0x2061237p-26, 0x2b9b63ad783p-42, -0x135e34a3892fbap-98},
    {0x2050ca0p-26, 0x2bbbbca0293p-42, 0x1243b3e8dd9426p-97},
    {0x2040810p-26, 0x2bdc0556483p-42, -0x18a7f29f69f831p-97},
    {0x2030487p-26, 0x2bfc3daef31p-42, 0x118ba1627b95c4p-97},
    {0x2020202p-26, 0x2c1c65e8cf1p-42, 0x1b1951912b416bp-98},
    {0x2010080p-26, 0x2c3c7e0348dp-42, -0x1cc9436e4fb135p-96},
    {0x2000000p-26, 0xb17217f7dp-36, 0x1cf79abc9e3b3ap-92},
};

/// ln(2^k (1 + u + u_lo)) as hi + lo, for -1/2 <= u < 1, |u_lo| <= 2^-52 and
/// |k ln 2| < 2^11: relative error below 2^-70 (when the result is near 0 too, provided
/// u + u_lo is accurate to that), absolute below 2^-80.
constexpr twin log_of(int k, double u, double u_lo) noexcept {
    // Below 1, take 2 (1 + u) and one less in the exponent: the table covers [1, 2]. Then
    // c (1 + u) = (1 / inverse) (1 + z) with the nearest step j of 1/256 and |z| <= 2^-9.
    const bool below = u < 0;
    const double c = below ? 2.0 : 1.0;
    const double cu = c * u;  // exact
    const reciprocal_log& step = log_of_inverse[(((bits_of(c + cu) - bits_of(1.0)) >> 43) + 1) >> 1];
    // z = (c inverse - 1) + cu inverse + c u_lo inverse. cu is cut into u1 + u2, 26 bits
    // each, so that their products with the 26-bit inverse are exact, and so is their
    // sum with c inverse - 1 (j > 0 only where |cu| > 2^-9). u_lo adds a small rounded part.
    const double u1 = rounded(cu, 27);
    const double z_hi = (c * step.inverse - 1.0) + u1 * step.inverse;  // exact
    const double z_mid = (cu - u1) * step.inverse;                     // exact
    const twin z_exact = two_sum(z_hi, z_mid);
    // u_lo's part can be as large as z itself (1 + r for a tiny r): z is summed again.
    const twin z = two_sum(z_exact.hi, z_exact.lo + product(c * u_lo, step.inverse));
    const double z_lo = z.lo;
    // ln(1 + z) = z - z^2/2 + z^3 (1/3 - z/4 + z^2/5 - ... - z^5/8): the next term is
    // below 2^-72 of z. z^2 is exact as sq.hi + sq.lo. Below 2^-300, z^2 is below 2^-300
    // of z: zs = 0 keeps the products of the series clear of the subnormal range.
    const double zs = magnitude(z.hi) < 0x1p-300 ? 0.0 : z.hi;
    const twin sq = two_prod(zs, zs);
    const double zz = product(zs, zs);
    const double cubic =
        product(product(sq.hi, zs),
                (1.0 / 3 + product(zs, -0.25)) + product(zz, 0.2 + product(zs, -1.0 / 6)) +
                    product(product(zz, zz), 1.0 / 7 + product(zs, -0.125)));
    // ln(2^k m) = k ln2 + ln(1 / inverse) + ln(1 + z). k ln2_hi + hi is exact; the next two
    // sums recover their errors, larger term first (the table's, k's or z's at most 2^-9).
    const double kd = static_cast<double>(below ? k - 1 : k);
    const double large = kd * ln2_hi + step.hi;  // exact
    const twin s1 = fast_two_sum(large, z.hi);
    const twin s2 = fast_two_sum(s1.hi, -0.5 * sq.hi);
    const double small = (product(kd, ln2_lo) + step.lo) + ((z_lo - (0.5 * sq.lo + product(zs, z_lo))) + cubic);
    return fast_two_sum(s2.hi, (s1.lo + s2.lo) + small);
}

/// ln(1 + r) for r > -1: 1 + r is exact as s + t.
constexpr twin log1p(double r) noexcept {
    const twin one_plus = two_sum(1.0, r);
    const binary s = decompose(one_plus.hi);  // s >= 2^-53
    return log_of(s.exponent, s.mantissa - 1.0, one_plus.lo * power_of_two(-s.exponent));  // both exact
}

/// ln(b / a) for positive doubles (any two): (kb - ka) ln 2 + ln(1 + u + u_lo), u the
/// rounded quotient (mb - ma) / ma of the mantissas, whose numerator is exact, and u_lo
/// its rest, exact before the division. So a ratio within ulps of 1 keeps its accuracy.
constexpr twin log_ratio(double b, double a) noexcept {
    const binary fb = decompose(b);
    const binary fa = decompose(a);
    const double d = fb.mantissa - fa.mantissa;  // exact
    const double u = d / fa.mantissa;            // in (-1/2, 1)
    const double inverse = 1.0 / fa.mantissa;    // started early: only the rest needs it
    const twin back = two_prod(u, fa.mantissa);
    const double rest = (d - back.hi) - back.lo;  // exact: the rest of a rounded quotient
    return log_of(fb.exponent - fa.exponent, u, product(rest, inverse));
}

// ---- Exponential

/// 2^(j/64) as hi + lo, hi with 26 significant bits. Written by tests/tables/generate.py.
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
    const double r_hi = xh - steps * (ln2_hi / 64);                           // exact
    const double r_lo = xl - product(steps, ln2_lo / 64);
    const double r = r_hi + r_lo;
    const unsigned n = static_cast<unsigned>(static_cast<int>(steps));
    const int j = static_cast<int>(n & 63u);
    // e^r - 1 - r to r^6, in Estrin's form: the next term is below 2^-64.
    const double rr = product(r, r);
    const double series = product(rr, (0.5 + product(r, 1.0 / 6)) +
                                          product(rr, (1.0 / 24 + product(r, 1.0 / 120)) + product(rr, 1.0 / 720)));
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
    return scaled_to_double(x.e + l.exponent, l1 * t1, rest);                                   // l1 t1 exact
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
    const twin back = two_prod(yh, nd);
    const double rest = (l.hi - back.hi) - back.lo;  // exact
    return expm1(yh, product(rest + l.lo, by_n));
}

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
        const int one_at = -exponent_;  // the bit of 1
        const std::uint32_t one[1] = {1};
        if (one_at - 32 * width > 60) {  // below 2^-60
            add(d, one, 1, 0, false);
            negative = true;
            return d;
        }
        d.exponent = exponent_;
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
    const double v = static_cast<double>(kept);  // exact: at most 2^53
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

/// The price_basis of an indicator that the type B stands for.
template <class B>
constexpr price_basis basis_of() noexcept {
    return std::is_same_v<B, real> ? price_basis::real : price_basis::nominal;
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
    const double level = start.value();
    const double r = rate.fraction();
    // compound is the hot path: valid input passes one test on the bits, written with &
    // so that it is one branch. Only other input pays for finding out which error it is.
    const bool valid_level = fp::positive_finite(level);
    const bool valid_rate = fp::above_minus_one(r);
    if (!(valid_level & valid_rate & (years > 0)))
        return detail::first_error(detail::check_level(level), detail::check_rate(r),
                                   years > 0 ? errc::none : errc::non_positive_years);
    // level e^(n ln(1 + r)), with n ln(1 + r) = xh + xl (n ln's hi is exact, n being whole).
    const fp::twin per_year = fp::log1p(r);
    if (fp::magnitude(per_year.hi) < 0x1p-600) return start;  // e^x within 2^-560 of 1
    const double n = static_cast<double>(years);
    const fp::twin x = fp::two_prod(n, per_year.hi);
    if (x.hi > 1500) return errc::out_of_range;  // beyond 2^2164 times the smallest level
    if (x.hi < -1500) return amount<A>(0.0);     // below 2^-2164 times the largest
    const result<double> v = fp::scaled_exp(level, x.hi, x.lo + fp::product(n, per_year.lo));
    if (!v) return v.error();
    return amount<A>(v.value());
}

/// The average annual growth (CAGR) that turns `from` into `to` in `years` years:
/// (to / from)^(1 / years) - 1. Any two positive levels and years from 1 up.
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

/// Growth over consecutive periods chained: (1 + r1)(1 + r2)... - 1, for 1 to 2^20 rates
/// above -100 %. Correctly rounded, however the rates cancel.
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
/// ((1 + r1)(1 + r2)...)^(1 / years) - 1, for up to 2^20 years.
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
    if (c_top + c.exponent < -1) {  // |P - 1| < 1/2: ln(1 + c)
        const fp::parts d = fp::leading(c);
        const double sign = negative ? -1.0 : 1.0;
        if (d.k < -900) {
            // (1 + c)^(1/n) - 1 = c / n within 2^-900 of it: rounded once (maybe subnormal).
            const fp::scaled y = fp::quotient({d.m, d.m_lo}, {static_cast<double>(period.years()), 0.0});
            return growth_rate<B>(sign * fp::scaled_to_double(y.e + d.k, y.hi, y.lo).value());  // finite
        }
        const double scale = fp::power_of_two(d.k);
        ln_p = fp::log_of(0, sign * fp::product(d.m, scale), sign * fp::product(d.m_lo, scale));
    } else {
        // k ln 2 + ln m: k can pass 2^11 (a product beyond 2^2048), so k ln2 is kept apart.
        const fp::parts d = fp::leading(p.value());
        const double kd = static_cast<double>(d.k);
        const fp::twin of_m = fp::log_of(0, d.m - 1.0, d.m_lo);
        const fp::twin k_ln2 = fp::two_prod(kd, fp::ln2_hi);  // exact: k is whole
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
    maybe<double> years;   ///< the fractional number of years; absent when never (or beyond a double)
};

/// When `start` (the level of `start_year`), growing at `rate`, reaches `goal`. A rate at
/// or below zero never reaches a goal above the start: an answer, not an error.
/// `years` is ln(goal / start) / ln(1 + rate) within 1 ulp; `year` is `start_year` plus
/// the first whole number of years n whose level compound(start, rate, n) reaches the
/// goal (for rates below 2^-40, whose levels move by less than compound's rounding from
/// one year to the next, n is the first whole number not below `years`).
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
    const fp::scaled t = fp::quotient(fp::log_ratio(goal.value(), start.value()), per_year);
    const result<double> years = fp::scaled_to_double(t.e, t.hi, t.lo);
    if (!years) return c;  // beyond any double: never, as far as anyone can count
    const double y = years.value();
    c.years = y;
    if (!(y < static_cast<double>(std::numeric_limits<int>::max()) - 1)) return c;
    // The first whole year at or after y, unless y is within 2^-48 (in the level's
    // logarithm) of a whole year: then compound's own rounding decides.
    const double near = fp::nearest_whole(y);
    int n = static_cast<int>(near);
    if (near < y) ++n;
    const double gap = fp::magnitude(y - near) * per_year.hi;
    if (near >= 1 && per_year.hi >= 0x1p-40 && gap < 0x1p-48) {
        const auto level = compound(start, rate, static_cast<int>(near));
        n = static_cast<int>(near) + (level && level.value().value() < goal.value() ? 1 : 0);
    }
    if (start_year <= std::numeric_limits<int>::max() - n) c.year = start_year + n;
    return c;
}

/// The nominal rate of a real rate and a deflator: (1 + real)(1 + deflator) - 1,
/// correctly rounded.
constexpr result<growth_rate<nominal>> to_nominal(growth_rate<real> r, deflator d) noexcept {
    const growth_rate<nominal> both[] = {growth_rate<nominal>(r.fraction()), growth_rate<nominal>(d.fraction())};
    return detail::chained<nominal>(both);
}

/// The real rate of a nominal rate and a deflator: (1 + nominal) / (1 + deflator) - 1,
/// computed as (nominal - deflator) / (1 + deflator), which does not cancel.
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
