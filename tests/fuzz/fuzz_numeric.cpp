// libFuzzer target: the numeric API on arbitrary input. The first bytes are read as text
// for the decimal parser and its arithmetic; the rest as doubles and a year count for
// the compounding functions. It checks that no NaN ever comes out, that errors are
// named, and the algebra that must hold exactly: a + b - b == a, parse(to_text(d)) == d,
// round and divide within their places, and compare antisymmetric.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <daye/compounding.hpp>
#include <daye/decimal.hpp>

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}

bool finite(double x) { return x == x && x - x == 0; }

void decimals(std::string_view a_text, std::string_view b_text) {
    const auto a = daye::parse_decimal(a_text);
    const auto b = daye::parse_decimal(b_text);
    if (!a || !b) return;
    const daye::decimal x = a.value();
    const daye::decimal y = b.value();
    require(daye::parse_decimal(daye::to_text(x).view()).value() == x);
    require(daye::parse_decimal(daye::to_text(x).view()).value().places() == x.places());
    require(daye::compare(x, y) == -daye::compare(y, x));
    if (const auto sum = daye::checked_add(x, y); sum) {
        if (const auto back = daye::checked_sub(sum.value(), y); back) require(back.value() == x);
    }
    if (const auto product = daye::checked_mul(x, y); product && !y.is_zero()) {
        require(daye::divide(product.value(), y, 18).error() != daye::errc::division_by_zero);
    }
    for (int places = 0; places <= 18; places += 6) {
        if (const auto r = daye::round(x, places); r) {
            require(r.value().places() == places);
            // Rounding moves a value by at most half a unit of the last place.
            const auto diff = daye::checked_sub(r.value(), x);
            if (diff)
                require(daye::compare(daye::abs(diff.value()) * daye::decimal(2),
                                      daye::decimal::make(1, places).value()) <= 0);
        }
        if (const auto q = daye::divide(x, y, places); q) require(q.value().places() == places);
    }
}

void compounding(double level, double rate, double goal, int years) {
    using namespace daye;
    const auto c = compound(amount<nominal>(level), growth_rate<nominal>(rate), years);
    if (c) require(finite(c.value().value()) && c.value().value() >= 0);
    const auto g = cagr(amount<nominal>(level), amount<nominal>(goal), years);
    if (g) require(finite(g.value().fraction()) && g.value().fraction() >= -1);
    const auto r = required_rate(amount<nominal>(level), amount<nominal>(goal), years);
    require(r.ok() == g.ok());
    const auto t = years_to_reach(amount<nominal>(level), growth_rate<nominal>(rate), amount<nominal>(goal), 2024);
    if (t && t.value().years) require(finite(*t.value().years) && *t.value().years >= 0);
    const auto n = to_nominal(growth_rate<real>(rate), deflator(goal));
    if (n) require(finite(n.value().fraction()));
    const auto real_rate = to_real(growth_rate<nominal>(rate), deflator(goal));
    if (real_rate) require(finite(real_rate.value().fraction()));
    const growth_rate<nominal> rates[] = {growth_rate<nominal>(rate), growth_rate<nominal>(goal)};
    if (const auto ch = chain<nominal>(rates); ch) require(finite(ch.value().fraction()));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Text part: up to the first zero byte, split at the first space.
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const std::size_t end = all.find('\0');
    const std::string_view text = all.substr(0, end);
    const std::size_t space = text.find(' ');
    decimals(text.substr(0, space), space == std::string_view::npos ? text : text.substr(space + 1));

    // Binary part: three doubles and a year count after the zero byte.
    if (end == std::string_view::npos || size - end - 1 < 3 * sizeof(double) + 2) return 0;
    const std::uint8_t* p = data + end + 1;
    double values[3];
    std::memcpy(values, p, sizeof values);
    std::uint16_t years = 0;
    std::memcpy(&years, p + sizeof values, sizeof years);
    compounding(values[0], values[1], values[2], static_cast<int>(years % 400) - 50);
    return 0;
}
