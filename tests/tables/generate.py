"""Prints the tables and constants of daye/compounding.hpp's logarithm and exponential, from
70-digit decimal arithmetic.

usage: python3 tests/tables/generate.py [--check include/daye/compounding.hpp]
With --check: exits 1 unless every printed line is in the header, in order.

Every value is a double written as a hexadecimal literal, so that the compiler reads
exactly these bits; hi + lo carries about 95 bits:
- ln 2 as hi + lo, hi a multiple of 2^-36: k ln2_hi is exact for |k| < 2^17 (every
  exponent of a ratio of doubles), and so is n ln2_hi / 64 for the 2^17 steps of
  e^x's reduction up to |x| = 1500. lo is the rest, to 53 bits.
- reciprocal log: for j = 0..256, an inverse near 1 / (1 + j/256) with 26 significant
  bits, and ln(1 / inverse) as hi + lo, hi a multiple of 2^-42 (so that k ln2_hi + hi
  is exact). Entry 0 is 1 and entry 256 is 1/2 with ln 2 exactly as above, so that
  around 1 the table adds nothing and nothing cancels.
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


def split(exact, quantum_exponent):
    hi = hex_literal(exact, quantum_exponent)
    return hi, hex_literal(exact - value_of(hi))


def lines():
    ln2_hi, ln2_lo = split(LN2, -36)
    yield f"inline constexpr double ln2_hi = {ln2_hi};"
    yield f"inline constexpr double ln2_lo = {ln2_lo};"
    for j in range(257):
        if j in (0, 256):
            inverse = Decimal(1) if j == 0 else Decimal(1) / 2
        else:
            # In [1/2, 1): 26 significant bits are a multiple of 2^-26.
            inverse = value_of(hex_literal(1 / (1 + Decimal(j) / 256), quantum_exponent=-26))
        exact = (1 / inverse).ln()
        hi, lo = (ln2_hi, ln2_lo) if j == 256 else split(exact, -42)
        yield f"    {{{hex_literal(inverse, quantum_exponent=-26)}, {hi}, {lo}}},"
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
