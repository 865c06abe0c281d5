// Bit-for-bit equality of doubles, for the tests that compare compile-time and run-time results.
#ifndef DAYE_TESTS_SAME_BITS_HPP
#define DAYE_TESTS_SAME_BITS_HPP

#include <cstdint>
#include <cstring>

/// The same double, bit for bit: unlike ==, tells 0 from -0.
inline bool same_bits(double a, double b) {
    std::uint64_t x = 0;
    std::uint64_t y = 0;
    std::memcpy(&x, &a, sizeof x);
    std::memcpy(&y, &b, sizeof y);
    return x == y;
}

#endif
