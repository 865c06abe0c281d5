#include <daye/decimal.hpp>
#include <daye/units.hpp>

#include "catch.hpp"

using daye::decimal;
using daye::errc;
using namespace daye::literals;

namespace {
constexpr decimal d(std::string_view text) { return daye::parse_decimal(text).value(); }
}  // namespace

TEST_CASE("a literal is the exact decimal that was written") {
    STATIC_REQUIRE((7.5_pct).value().mantissa() == 75);
    STATIC_REQUIRE((7.5_pct).value().places() == 1);
    STATIC_REQUIRE((638500_mu).value().mantissa() == 638500);
    STATIC_REQUIRE((67.44_yi).value().places() == 2);
    STATIC_REQUIRE((1'000'000_yuan).value() == decimal(1000000));
    STATIC_REQUIRE((0.000000000000000001_pct).value().places() == 18);
}

TEST_CASE("7.5 % met by 7.5 % compares equal, exactly") {
    STATIC_REQUIRE(d("7.5") == d("7.5"));
    STATIC_REQUIRE(d("7.5") >= d("7.5"));
    STATIC_REQUIRE(d("7.50") == d("7.5"));
    STATIC_REQUIRE(d("8.0") == decimal(8));
    STATIC_REQUIRE(d("7.49") < d("7.5"));
    STATIC_REQUIRE_FALSE(d("7.49") >= d("7.5"));
    STATIC_REQUIRE(d("9.8") > d("9.79999999999999999"));
    STATIC_REQUIRE(d("-1.0") < d("0"));
    STATIC_REQUIRE(d("-0.5") > d("-0.51"));
    STATIC_REQUIRE(d("0") == d("-0.000"));
    STATIC_REQUIRE(daye::compare(d("999999999999999999"), d("0.000000000000000001")) == 1);
    STATIC_REQUIRE(daye::compare(d("-999999999999999999"), d("-99999999999999999.9")) == -1);
}

TEST_CASE("sums and differences are exact and keep the larger number of places") {
    STATIC_REQUIRE(d("8.0") - d("7.5") == d("0.5"));
    STATIC_REQUIRE((d("8.0") - d("7.5")).places() == 1);
    STATIC_REQUIRE(d("14.0") - d("15") == d("-1.0"));
    STATIC_REQUIRE(daye::to_text(d("14.0") - d("15")).view() == "-1.0");
    STATIC_REQUIRE(d("0.1") + d("0.2") == d("0.3"));
    STATIC_REQUIRE(d("67.44") + d("0.56") == decimal(68));
    STATIC_REQUIRE(-d("7.5") == d("-7.5"));
    STATIC_REQUIRE(daye::abs(d("-7.5")) == d("7.5"));
}

TEST_CASE("a product is exact: places add up") {
    STATIC_REQUIRE(d("1.5") * d("1.5") == d("2.25"));
    STATIC_REQUIRE((d("1.5") * d("1.5")).places() == 2);
    STATIC_REQUIRE(d("-0.5") * d("4") == d("-2.0"));
    STATIC_REQUIRE(daye::checked_mul(d("0.000000001"), d("0.0000000001")).error() == errc::too_precise);
    STATIC_REQUIRE(daye::checked_mul(d("0.0000000010"), d("0.000000001")).value() == d("0.000000000000000001"));
}

TEST_CASE("rounding is half away from zero, as published figures are rounded") {
    STATIC_REQUIRE(daye::round(d("7.45"), 1).value() == d("7.5"));
    STATIC_REQUIRE(daye::round(d("7.44"), 1).value() == d("7.4"));
    STATIC_REQUIRE(daye::round(d("-7.45"), 1).value() == d("-7.5"));
    STATIC_REQUIRE(daye::round(d("0.05"), 1).value() == d("0.1"));
    STATIC_REQUIRE(daye::round(d("0.049999"), 1).value() == d("0.0"));
    STATIC_REQUIRE(daye::round(d("2.5"), 0).value() == decimal(3));
    STATIC_REQUIRE(daye::round(d("7.5"), 2).value().places() == 2);
    STATIC_REQUIRE(daye::to_text(daye::round(d("7.5"), 2).value()).view() == "7.50");
    STATIC_REQUIRE(daye::round(d("999999999999999999"), 1).error() == errc::overflow);
    STATIC_REQUIRE(daye::round(d("1"), 19).error() == errc::too_precise);
    STATIC_REQUIRE(daye::round(d("99.95"), 1).value() == d("100.0"));
}

TEST_CASE("division rounds half away from zero at the requested places") {
    STATIC_REQUIRE(daye::divide(decimal(2), decimal(3), 4).value() == d("0.6667"));
    STATIC_REQUIRE(daye::divide(decimal(-2), decimal(3), 4).value() == d("-0.6667"));
    STATIC_REQUIRE(daye::divide(d("8.0"), d("7.5"), 4).value() == d("1.0667"));
    STATIC_REQUIRE(daye::divide(d("1"), d("8"), 2).value() == d("0.13"));
    STATIC_REQUIRE(daye::divide(d("1"), d("0.001"), 0).value() == decimal(1000));
    STATIC_REQUIRE(daye::divide(d("12345.678"), d("0.1"), 0).value() == decimal(123457));
    STATIC_REQUIRE(daye::divide(d("0.00005"), d("1000"), 0).value() == decimal(0));
    STATIC_REQUIRE(daye::divide(d("1250"), d("1000"), 0).value() == decimal(1));
    STATIC_REQUIRE(daye::divide(d("1500"), d("1000"), 0).value() == decimal(2));
    STATIC_REQUIRE(daye::divide(d("-0.0001"), d("1"), 2).value().is_zero());
    STATIC_REQUIRE_FALSE(daye::divide(d("-0.0001"), d("1"), 2).value().is_negative());
    STATIC_REQUIRE(daye::divide(decimal(1), decimal(0), 2).error() == errc::division_by_zero);
    STATIC_REQUIRE(daye::divide(d("999999999999999999"), d("0.1"), 0).error() == errc::overflow);
}

TEST_CASE("rescale keeps the value or says why it cannot") {
    STATIC_REQUIRE(daye::rescale(d("7.5"), 3).value().mantissa() == 7500);
    STATIC_REQUIRE(daye::rescale(d("7.500"), 1).value().mantissa() == 75);
    STATIC_REQUIRE(daye::rescale(d("7.55"), 1).error() == errc::too_precise);
    STATIC_REQUIRE(daye::rescale(d("100000000000000000"), 2).error() == errc::overflow);
}

TEST_CASE("overflow is an error, never a wraparound") {
    DAYE_CONSTEXPR decimal big = d("999999999999999999");
    STATIC_REQUIRE(daye::checked_add(big, decimal(1)).error() == errc::overflow);
    STATIC_REQUIRE(daye::checked_sub(-big, decimal(1)).error() == errc::overflow);
    STATIC_REQUIRE(daye::checked_mul(big, decimal(2)).error() == errc::overflow);
    STATIC_REQUIRE(daye::checked_add(big, decimal(-1)).value() == d("999999999999999998"));
    STATIC_REQUIRE(daye::decimal::make(1000000000000000000, 0).error() == errc::overflow);
    STATIC_REQUIRE(daye::decimal::make(1, 19).error() == errc::too_precise);
    // At run time the operators report it as an exception: no value is produced.
    volatile std::int64_t one = 1;
    const decimal runtime_one(static_cast<std::int64_t>(one));
    REQUIRE_THROWS_AS(big + runtime_one, daye::bad_result_access);
    REQUIRE_THROWS_AS(decimal(INT64_MAX - one), daye::bad_result_access);
    try {
        (void)(big * decimal(2));
        FAIL("no exception");
    } catch (const daye::bad_result_access& e) {
        REQUIRE(e.error() == errc::overflow);
        REQUIRE(std::string_view(e.what()).find("overflow") != std::string_view::npos);
    }
}

TEST_CASE("parsing accepts published figures only") {
    STATIC_REQUIRE(daye::parse_decimal("67.44").value() == d("67.44"));
    STATIC_REQUIRE(daye::parse_decimal("-1.0").value() == d("-1.0"));
    STATIC_REQUIRE(daye::parse_decimal("007").value() == decimal(7));
    STATIC_REQUIRE(daye::parse_decimal("").error() == errc::empty);
    STATIC_REQUIRE(daye::parse_decimal("-").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("7.").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal(".5").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("+7.5").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("1e3").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("7,5").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal(" 7.5").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("7.5 ").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("7.5.1").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("--1").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("0x10").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("nan").error() == errc::not_finite);
    STATIC_REQUIRE(daye::parse_decimal("-inf").error() == errc::not_finite);
    STATIC_REQUIRE(daye::parse_decimal("Infinity").error() == errc::not_finite);
    STATIC_REQUIRE(daye::parse_decimal("NaN").error() == errc::not_finite);
    STATIC_REQUIRE(daye::parse_decimal("0.1234567890123456789").error() == errc::too_precise);
    STATIC_REQUIRE(daye::parse_decimal("1000000000000000000").error() == errc::overflow);
    STATIC_REQUIRE(daye::parse_decimal("99999999999999999999x").error() == errc::malformed);
    STATIC_REQUIRE(daye::parse_decimal("-999999999999999999").value().mantissa() == -999999999999999999);
}

TEST_CASE("text is the decimal as published") {
    STATIC_REQUIRE(daye::to_text(d("8.0")).view() == "8.0");
    STATIC_REQUIRE(daye::to_text(d("67.44")).view() == "67.44");
    STATIC_REQUIRE(daye::to_text(d("-0.05")).view() == "-0.05");
    STATIC_REQUIRE(daye::to_text(d("0.5")).view() == "0.5");
    STATIC_REQUIRE(daye::to_text(d("1200")).view() == "1200");
    STATIC_REQUIRE(daye::to_text(decimal()).view() == "0");
    STATIC_REQUIRE(daye::to_text(d("-999999999999999999")).view() == "-999999999999999999");
    STATIC_REQUIRE(daye::to_text(d("0.000000000000000001")).view() == "0.000000000000000001");
    for (const char* text : {"0", "7.5", "-1.0", "0.05", "638500", "123456789012345678", "-0.000000000000000001"})
        CHECK(daye::to_text(d(text)).view() == text);
}

TEST_CASE("products compare exactly, beyond the digits of one decimal") {
    // Five years of growth: 1.075 × 1.08 × 1.065 × 1.07 × 1.072 against 1.07^5, 25 digits each.
    static DAYE_CONSTEXPR decimal years[] = {d("107.5"), d("108.0"), d("106.5"), d("107.0"), d("107.2")};
    static DAYE_CONSTEXPR decimal seven[] = {d("107"), d("107"), d("107"), d("107"), d("107")};
    static DAYE_CONSTEXPR decimal eight[] = {d("108"), d("108"), d("108"), d("108"), d("108")};
    STATIC_REQUIRE(daye::compare_products(years, 5, seven, 5).value() == 1);
    STATIC_REQUIRE(daye::compare_products(years, 5, eight, 5).value() == -1);
    STATIC_REQUIRE(daye::compare_products(seven, 5, seven, 5).value() == 0);
    // Places differ, values do not: 1.50 × 2 is 3.
    static DAYE_CONSTEXPR decimal a[] = {d("1.50"), d("2")};
    static DAYE_CONSTEXPR decimal b[] = {d("3.000")};
    STATIC_REQUIRE(daye::compare_products(a, 2, b, 1).value() == 0);
    STATIC_REQUIRE(daye::compare_products(b, 1, a, 1).value() == 1);
    STATIC_REQUIRE(daye::compare_products(a, 0, a, 0).value() == 0);  // empty products are 1
    // One ulp of the last place decides.
    static DAYE_CONSTEXPR decimal just_below[] = {d("2.99999999999999999")};
    STATIC_REQUIRE(daye::compare_products(just_below, 1, a, 2).value() == -1);
}

TEST_CASE("a geometric mean is exact, rounded half up at the places asked") {
    static DAYE_CONSTEXPR decimal two_eight[] = {d("2"), d("8")};
    STATIC_REQUIRE(daye::geometric_mean(two_eight, 2, 0).value() == decimal(4));
    STATIC_REQUIRE(daye::to_text(daye::geometric_mean(two_eight, 2, 2).value()).view() == "4.00");
    // √2 = 1.41421356237...: 1.41421356^2 = 1.9999999932878736 and 1.414213565^2 =
    // 2.000000007430...: the edges around it, squared by hand.
    static DAYE_CONSTEXPR decimal one_two[] = {d("1"), d("2")};
    STATIC_REQUIRE(daye::to_text(daye::geometric_mean(one_two, 2, 8).value()).view() == "1.41421356");
    STATIC_REQUIRE(daye::to_text(daye::geometric_mean(one_two, 2, 0).value()).view() == "1");
    // An exact half rounds up, as round() does: √(0.25 × 1) = 0.5 at no places is 1.
    static DAYE_CONSTEXPR decimal quarter_one[] = {d("0.25"), d("1")};
    STATIC_REQUIRE(daye::geometric_mean(quarter_one, 2, 0).value() == decimal(1));
    STATIC_REQUIRE(daye::to_text(daye::geometric_mean(quarter_one, 2, 1).value()).view() == "0.5");
    static DAYE_CONSTEXPR decimal one_factor[] = {d("107.45")};
    STATIC_REQUIRE(daye::to_text(daye::geometric_mean(one_factor, 1, 1).value()).view() == "107.5");
    STATIC_REQUIRE(daye::to_text(daye::geometric_mean(one_factor, 1, 3).value()).view() == "107.450");
    // Rounding edges of 19 digits: √(100000000000000001 × 100000000000000002) is
    // 100000000000000001.499999..., as the integer square root of their product × 100,
    // 1000000000000000014, says.
    static DAYE_CONSTEXPR decimal wide[] = {d("100000000000000001"), d("100000000000000002")};
    STATIC_REQUIRE(daye::geometric_mean(wide, 2, 0).value() == d("100000000000000001"));
    // Between the least and the greatest factor, however far apart: ∛(1 × 1 × 10^15) = 10^5.
    static DAYE_CONSTEXPR decimal apart[] = {d("1"), d("1"), d("1000000000000000")};
    STATIC_REQUIRE(daye::geometric_mean(apart, 3, 2).value() == decimal(100000));
}

TEST_CASE("a geometric mean lies within its rounding edges: (m - 1/2)^n <= product < (m + 1/2)^n") {
    // Chained growth rates of one place, -50.0 % to 99.9 %, over 1 to 10 years, from a
    // fixed generator; each mean checked against its definition through compare_products.
    std::uint64_t state = 20241129;
    const auto next = [&state](std::uint64_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    for (int trial = 0; trial < 2000; ++trial) {
        const auto n = static_cast<std::size_t>(1 + next(10));
        decimal factors[10];
        for (std::size_t i = 0; i < n; ++i)
            factors[i] = decimal::make(static_cast<std::int64_t>(500 + next(1500)), 1).value();
        const int places = static_cast<int>(1 + next(3));
        const decimal m = daye::geometric_mean(factors, n, places).value();
        REQUIRE(m.places() == places);
        const decimal half = decimal::make(5, places + 1).value();
        decimal below[10];
        decimal above[10];
        for (std::size_t i = 0; i < n; ++i) {
            below[i] = m - half;
            above[i] = m + half;
        }
        INFO("trial " << trial);
        CHECK(daye::compare_products(below, n, factors, n).value() <= 0);
        CHECK(daye::compare_products(above, n, factors, n).value() > 0);
    }
}

TEST_CASE("a geometric mean of nothing, of a factor not above zero, or beyond the digits is an error") {
    static DAYE_CONSTEXPR decimal some[] = {d("1"), d("0"), d("-2")};
    STATIC_REQUIRE(daye::geometric_mean(some, 0, 1).error() == errc::out_of_range);
    STATIC_REQUIRE(daye::geometric_mean(some, 2, 1).error() == errc::out_of_range);
    STATIC_REQUIRE(daye::geometric_mean(some + 2, 1, 1).error() == errc::out_of_range);
    STATIC_REQUIRE(daye::geometric_mean(some, 1, 19).error() == errc::too_precise);
    STATIC_REQUIRE(daye::geometric_mean(some, 1, -1).error() == errc::too_precise);
    STATIC_REQUIRE(daye::geometric_mean(some, 1, 18).error() == errc::overflow);  // 1 at 18 places: 19 digits
    // Powers beyond 512 bits: thirty factors of 18 digits that differ.
    decimal huge[30];
    for (decimal& h : huge) h = d("999999999999999999");
    huge[0] = d("999999999999999998");
    CHECK(daye::geometric_mean(huge, 30, 0).error() == errc::overflow);
    CHECK(daye::geometric_mean(huge + 1, 29, 0).value() == d("999999999999999999"));  // equal: no power needed
}

TEST_CASE("products of factors that are not positive, or too many, are errors") {
    static DAYE_CONSTEXPR decimal zero[] = {d("0")};
    static DAYE_CONSTEXPR decimal minus[] = {d("-1.5")};
    static DAYE_CONSTEXPR decimal one[] = {d("1")};
    STATIC_REQUIRE(daye::compare_products(zero, 1, one, 1).error() == errc::out_of_range);
    STATIC_REQUIRE(daye::compare_products(one, 1, minus, 1).error() == errc::out_of_range);
    decimal huge[30];
    for (decimal& h : huge) h = d("999999999999999999");
    CHECK(daye::compare_products(huge, 30, one, 1).error() == errc::overflow);
    CHECK(daye::compare_products(one, 1, huge, 30).error() == errc::overflow);
    CHECK(daye::compare_products(huge, 8, huge, 8).value() == 0);  // 479 bits
    CHECK(daye::compare_products(huge, 9, one, 1).error() == errc::overflow);
}
