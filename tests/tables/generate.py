"""Prints the tables of daye/compounding.hpp's logarithm and exponential, from 60-digit
decimal arithmetic.

usage: python3 tests/tables/generate.py [--check include/daye/compounding.hpp]
With --check: exits 1 unless every printed row is in the header, in order.

Every value is a double written as a hexadecimal literal, so that the compiler reads
exactly these bits; hi + lo carries about 100 bits:
- log: for c = 1 + j/64, j = 0..63, ln c as hi + lo. hi is rounded to a multiple of
  2^-40, so that k ln2_hi + hi is exact in long double for any exponent k of a long
  double; lo is the rest, rounded to 53 bits.
- exp: for j = 0..63, 2^(j/64) as hi + lo, hi rounded to 26 significant bits (a
  multiple of 2^-25), so that its products with other 26-bit numbers are exact; lo is
  the rest, rounded to 53 bits.
- reciprocal log: for j = 0..127, an inverse near 1 / (1 + (j + 1/2)/128) with 26
  significant bits (1 for j = 0, 1/2 for j = 127, so that ln 1 and ln 2 come out exact
  around 1), and ln(1 / inverse) as hi + lo, hi a multiple of 2^-42.
- inverses: for n = 1..127 (and a row of zeros for n = 0), 1/n as hi + lo, hi rounded to
  26 significant bits and lo the rest, rounded to 53 bits; and 64 / (n ln 2).
"""
import sys
from decimal import Decimal, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60


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


def rows():
    for j in range(64):
        exact = (1 + Decimal(j) / 64).ln()
        hi = hex_literal(exact, quantum_exponent=-40)
        yield f"    {{{hi}, {hex_literal(exact - value_of(hi))}}},"
    for j in range(64):
        exact = Decimal(2) ** (Decimal(j) / 64)
        hi = hex_literal(exact, quantum_exponent=-25)
        yield f"    {{{hi}, {hex_literal(exact - value_of(hi))}}},"
    for j in range(128):
        if j in (0, 127):
            inverse = Decimal(1) if j == 0 else Decimal(1) / 2
        else:
            # In [1/2, 1): 26 significant bits are a multiple of 2^-26.
            inverse = value_of(hex_literal(1 / (1 + (Decimal(j) + Decimal(1) / 2) / 128), quantum_exponent=-26))
        exact = (1 / inverse).ln()
        hi = hex_literal(exact, quantum_exponent=-42)
        yield f"    {{{hex_literal(inverse, quantum_exponent=-26)}, {hi}, {hex_literal(exact - value_of(hi))}}},"
    yield "    {0.0, 0.0, 0.0},"
    for n in range(1, 128):
        exact = 1 / Decimal(n)
        top = 0  # 2^top <= 1/n < 2^(top + 1)
        while Decimal(2) ** top > exact:
            top -= 1
        hi = hex_literal(exact, quantum_exponent=top - 25)
        steps = hex_literal(64 / (n * Decimal(2).ln()))
        yield f"    {{{hi}, {hex_literal(exact - value_of(hi))}, {steps}}},"


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        expected = list(rows())
        found = [line for line in open(sys.argv[2], encoding="utf-8").read().splitlines() if line in expected]
        if found != expected:
            sys.exit(f"{sys.argv[2]}: the tables differ from tests/tables/generate.py's output")
        return
    for row in rows():
        print(row)


if __name__ == "__main__":
    main()
