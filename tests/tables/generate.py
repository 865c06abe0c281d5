"""Prints the tables and constants of daye/compounding.hpp's logarithm and exponential, from
70-digit decimal arithmetic.

usage: python3 tests/tables/generate.py [--check include/daye/compounding.hpp]
With --check: exits 1 unless every printed line is in the header, in order.

Every value is a double written as a hexadecimal literal, so that the compiler reads
exactly these bits; hi + lo carries about 95 bits:
- ln 2 as hi + lo, hi a multiple of 2^-36: k ln2_hi is exact for |k| < 2^17 (every
  exponent of a ratio of doubles), and so is n ln2_hi / 64 for the 2^17 steps of
  e^x's reduction up to |x| = 1500. lo is the rest, to 53 bits.
- reciprocal log: 258 steps of 2^44 in the bits of m, from one step below 1/sqrt(2)
  (rounded to a double) to one step above sqrt(2): for each, an inverse near 1 / its
  middle, a multiple of 2^-13 (so that m's top 21 bits times it, and that minus 1, are
  exact with at most 26 significant bits), and ln(1 / inverse) as hi + lo, hi a multiple
  of 2^-42 (so that k ln2_hi + hi is exact).
- exp: for j = 0..63, 2^(j/64) as hi + lo, hi rounded to 26 significant bits (a multiple
  of 2^-25), so that its products with other 26-bit numbers are exact.
"""
import sys
from decimal import Decimal, getcontext, ROUND_HALF_EVEN

getcontext().prec = 70
LN2 = Decimal(2).ln()


def hex_literal(v, quantum_exponent=None):
    """v as a hexadecimal double literal: rounded to 53 significant bits, or to a
    multiple of 2^quantum_exponent when one is given (which must fit in 53 bits)."""
    if v == 0:
        return "0.0"
    sign = "-" if v < 0 else ""
    v = abs(v)
    e = 0
    while v >= 2 ** (e + 1):
        e += 1
    while v < Decimal(2) ** e:
        e -= 1
    shift = 52 - e if quantum_exponent is None else -quantum_exponent
    m = int((v * Decimal(2) ** shift).to_integral_value(ROUND_HALF_EVEN))
    assert m < 2**53
    return f"{sign}0x{m:x}p{-shift}"


def value_of(literal):
    if literal == "0.0":
        return Decimal(0)
    sign = -1 if literal.startswith("-") else 1
    mantissa, exponent = literal.lstrip("-")[2:].split("p")
    return sign * int(mantissa, 16) * Decimal(2) ** int(exponent)


# The bits of 1/sqrt(2) rounded to a double, less one step of 2^44.
LOG_BASE = 0x3FE6A09E667F3BCD - 2**44


def double_of_bits(b):
    """The value of the positive normal double with these bits, exactly."""
    exponent = (b >> 52) - 1023
    return (Decimal(2**52 + (b & (2**52 - 1))) * Decimal(2) ** (exponent - 52))


def split(exact, quantum_exponent):
    hi = hex_literal(exact, quantum_exponent)
    return hi, hex_literal(exact - value_of(hi))


def lines():
    ln2_hi, ln2_lo = split(LN2, -36)
    yield f"inline constexpr double ln2_hi = {ln2_hi};"
    yield f"inline constexpr double ln2_lo = {ln2_lo};"
    base = LOG_BASE
    for i in range(258):
        low = double_of_bits(base + i * 2**44)
        high = double_of_bits(base + (i + 1) * 2**44)
        inverse = value_of(hex_literal(2 / (low + high), quantum_exponent=-13))
        hi, lo = split((1 / inverse).ln(), -42)
        yield f"    {{{hex_literal(inverse, quantum_exponent=-13)}, {hi}, {lo}}},"
    for j in range(64):
        hi, lo = split(Decimal(2) ** (Decimal(j) / 64), -25)
        yield f"    {{{hi}, {lo}}},"


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        expected = list(lines())
        found = [line for line in open(sys.argv[2], encoding="utf-8").read().splitlines() if line in expected]
        if found != expected:
            sys.exit(f"{sys.argv[2]}: the tables differ from tests/tables/generate.py's output")
        return
    for line in lines():
        print(line)


if __name__ == "__main__":
    main()
