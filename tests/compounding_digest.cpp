// Prints a digest of the bits of every compounding function on 200,000 inputs per
// function, made from integer random numbers only (so that the inputs themselves cannot
// depend on the flags). Built twice, with and without fused multiply-add and
// -ffp-contract=fast, the two digests must be equal (tests/compounding_digest.cmake): a
// fused a * b + c that changed a result would show here, where the compile-time grid of
// compounding_bits_test, a few thousand values, would most likely miss it.
#include <cfloat>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include <daye/compounding.hpp>
#include <daye/decimal.hpp>

namespace {
using daye::amount;
using daye::growth_rate;
using daye::nominal;
using daye::real;

/// splitmix64: integer arithmetic only.
struct bits {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        return z ^ (z >> 31);
    }
    /// A positive double with a binary exponent in [lo, hi] (subnormal below -1022).
    double positive(int lo, int hi) {
        const std::uint64_t u = next();
        const int e = lo + static_cast<int>(u % static_cast<std::uint64_t>(hi - lo + 1));
        const std::uint64_t fraction = (u >> 12) & ((std::uint64_t{1} << 52) - 1);
        double x = 0;
        const std::uint64_t pattern = e >= -1022 ? (static_cast<std::uint64_t>(e + 1023) << 52) | fraction
                                                 : (fraction | (std::uint64_t{1} << 52)) >> (-1022 - e);
        std::memcpy(&x, &pattern, sizeof x);
        return x > 0 ? x : DBL_TRUE_MIN;
    }
    /// A rate above -1 of every kind: usual, small, near -1, huge.
    double rate() {
        switch (next() % 4) {
            case 0: return (next() & 1u) != 0 ? positive(-8, 3) : -positive(-8, -1) * 0.99;
            case 1: return ((next() & 1u) != 0 ? 1 : -1) * positive(-1074, -10);
            case 2: return -1 + positive(-53, -1);
            default: return positive(4, 1023);
        }
    }
    int years() { return 1 + static_cast<int>(next() % ((next() & 1u) != 0 ? 128u : 2147483647u)); }
};

/// FNV-1a over the bits of each result and whether it is an error.
struct digest {
    std::uint64_t value = 0xcbf29ce484222325u;
    long results = 0;
    void add(std::uint64_t x) {
        for (int i = 0; i < 8; ++i) value = (value ^ ((x >> (8 * i)) & 0xffu)) * 0x100000001b3u;
    }
    void add(double x) {
        std::uint64_t u = 0;
        std::memcpy(&u, &x, sizeof u);
        add(u);
        ++results;
    }
    template <class T, class Get>
    void add(const daye::result<T>& r, Get get) {
        r ? add(get(r.value())) : add(static_cast<std::uint64_t>(r.error()));
    }
};
}  // namespace

int main() {
    bits in{20240107};
    digest d;
    const auto fraction = [](const auto& g) { return g.fraction(); };
    for (int i = 0; i < 200000; ++i) {
        const double level = in.positive(-1074, 1023);
        const double other = in.positive(-1074, 1023);
        const double r = in.rate();
        const double s = in.rate();
        const int n = in.years();
        d.add(daye::compound(amount<nominal>(level), growth_rate<nominal>(r), n),
              [](const auto& a) { return a.value(); });
        d.add(daye::cagr(amount<nominal>(level), amount<nominal>(other), n), fraction);
        d.add(daye::cagr(amount<nominal>(level), amount<nominal>(level * (1 + r * 0x1p-40)), n % 200 + 1), fraction);
        const growth_rate<nominal> two[] = {growth_rate<nominal>(r), growth_rate<nominal>(s)};
        d.add(daye::chain<nominal>(two), fraction);
        d.add(daye::average_growth<nominal>({2021, 2022}, two), fraction);
        d.add(daye::to_nominal(growth_rate<real>(r), daye::deflator(s)), fraction);
        d.add(daye::to_real(growth_rate<nominal>(r), daye::deflator(s)), fraction);
        const auto c =
            daye::years_to_reach(amount<nominal>(level), growth_rate<nominal>(r), amount<nominal>(other), 2024);
        if (c && c.value().years) d.add(*c.value().years);
        if (c && c.value().year) d.add(static_cast<std::uint64_t>(*c.value().year));
        d.add(growth_rate<nominal>(r).percent());
        const std::uint64_t m = in.next() % 999999999999999999u;
        d.add(daye::to_double(daye::decimal::make(static_cast<std::int64_t>(m), static_cast<int>(m % 19)).value(), 2));
    }
    std::printf("%ld results, digest %016llx\n", d.results, static_cast<unsigned long long>(d.value));
}
