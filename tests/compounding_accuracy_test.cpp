// Accuracy of every public function of compounding.hpp, and of decimal -> double, against
// MPFR: the error of each result in ulps of the correctly rounded value of its formula, on
// exactly the doubles the library saw. Rational formulas (chain, to_nominal, the
// conversions) are referred to their exact value, the others to 256 bits. Each function is
// tried on random input and on adversarial families: cancellation, ratios within ulps of
// 1, tiny and huge rates, huge numbers of years, results at the edges of the double range.
//
// The sample count per family is DAYE_ACCURACY_SAMPLES (environment), 1500 by default: a
// few seconds in CI. Also built with -mlong-double-64 (compounding_accuracy_ld64_test),
// where long double is double as on MSVC and Apple arm64.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <mpfr.h>

#include <daye/compounding.hpp>
#include <daye/decimal.hpp>

#include "catch.hpp"

namespace {
using daye::amount;
using daye::growth_rate;
using daye::nominal;
using daye::real;

/// An MPFR number of the given precision, freed at the end of its scope.
class big {
public:
    explicit big(mpfr_prec_t precision = 256) { mpfr_init2(v_, precision); }
    big(double x, mpfr_prec_t precision) : big(precision) { mpfr_set_d(v_, x, MPFR_RNDN); }
    big(const big&) = delete;
    big& operator=(const big&) = delete;
    ~big() { mpfr_clear(v_); }
    mpfr_ptr get() { return v_; }
    operator mpfr_ptr() { return v_; }

private:
    mpfr_t v_;
};

/// |got - exact| in ulps of exact's binade (2^-1074 below 2^-1022): the distance between
/// the two doubles around exact. Correct rounding is at most 0.5.
double ulps(double got, mpfr_ptr exact) {
    if (mpfr_zero_p(exact)) return got == 0 ? 0.0 : INFINITY;
    const long e = mpfr_get_exp(exact) - 1;  // exact = m 2^(e+1), m in [1/2, 1)
    const long unit = (e < -1022 ? -1022 : e) - 52;
    big diff(mpfr_get_prec(exact) + 1100);
    mpfr_set_d(diff, got, MPFR_RNDN);
    mpfr_sub(diff, diff, exact, MPFR_RNDN);
    mpfr_mul_2si(diff, diff, -unit, MPFR_RNDN);
    return std::fabs(mpfr_get_d(diff, MPFR_RNDN));
}

/// Whether exact rounds to an infinite double.
bool overflows(mpfr_ptr exact) { return std::isinf(mpfr_get_d(exact, MPFR_RNDN)); }

std::string hex(double x) {
    char text[64];
    std::snprintf(text, sizeof text, "%a", x);
    return text;
}

/// The largest error of one function, and where; results that are an error where the
/// correctly rounded value is finite (or the other way round) counted apart.
struct tally {
    explicit tally(const char* function) : name(function) {}
    const char* name;
    long tried = 0;
    double worst = 0;
    std::string worst_input;
    long wrong_errors = 0;
    std::string wrong_input;

    /// One result: `ok` and `got` from the library, `exact` from MPFR.
    void see(bool ok, double got, mpfr_ptr exact, const std::string& input) {
        ++tried;
        if (ok == overflows(exact)) {
            if (wrong_errors++ == 0)
                wrong_input = input + (ok ? " gave " + hex(got) + ", exact is infinite" : " gave an error");
            return;
        }
        if (!ok) return;
        const double e = ulps(got, exact);
        if (e > worst || std::isnan(e)) {
            worst = std::isnan(e) ? INFINITY : e;
            worst_input = input + " gave " + hex(got) + ", exact " + hex(mpfr_get_d(exact, MPFR_RNDN));
        }
    }
    void report() const {
        std::printf("%-22s %9ld  max %.3f ulp  %s\n", name, tried, worst, worst_input.c_str());
        if (wrong_errors > 0)
            std::printf("%-22s %ld wrong errors, first: %s\n", name, wrong_errors, wrong_input.c_str());
    }
    void check() const {
        report();
        CHECK(worst <= 1.0);
        CHECK(wrong_errors == 0);
    }
};

int samples() {
    const char* text = std::getenv("DAYE_ACCURACY_SAMPLES");
    return text != nullptr ? std::atoi(text) : 1500;
}

/// Random doubles of the shapes the families need.
struct draw {
    std::mt19937_64 random;
    explicit draw(std::uint64_t seed) : random(seed) {}

    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); }
    int whole(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); }
    bool coin() { return (random() & 1u) != 0; }
    /// 10^u, u uniform in [lo, hi]: log-uniform magnitudes.
    double power(double lo, double hi) { return std::pow(10.0, uniform(lo, hi)); }
    /// A positive double over the whole range, subnormal numbers included.
    double any_positive() {
        const double x = std::ldexp(uniform(1.0, 2.0), whole(-1074, 1023));
        return x > 0 ? x : DBL_TRUE_MIN;
    }
    /// A number of years up to INT_MAX, log-uniform.
    int years_up_to(double top) { return static_cast<int>(std::fmin(power(0, std::log10(top)), INT_MAX)); }
    /// x moved by k ulps.
    static double ulps_away(double x, int k) {
        for (; k > 0; --k) x = std::nextafter(x, INFINITY);
        for (; k < 0; ++k) x = std::nextafter(x, -INFINITY);
        return x;
    }
    /// A rate above -1: typical, small, near -1 or huge.
    double rate() {
        switch (whole(0, 4)) {
            case 0: return uniform(-0.99, 10.0);
            case 1: return (coin() ? 1 : -1) * power(-300, -1);
            case 2: return -1 + power(-16, -0.01) * (1 + DBL_EPSILON);
            case 3: return power(0, 308);
            default: return uniform(-0.2, 0.2);
        }
    }
};

struct setup {
    setup() {
        mpfr_set_emin(mpfr_get_emin_min());
        mpfr_set_emax(mpfr_get_emax_max());
    }
} const mpfr_range;

/// level (1 + r)^n at 256 bits.
void exact_compound(mpfr_ptr out, double level, double r, int n) {
    big x(r, 256);
    mpfr_log1p(x, x, MPFR_RNDN);
    mpfr_mul_si(x, x, n, MPFR_RNDN);
    mpfr_exp(x, x, MPFR_RNDN);
    mpfr_mul_d(out, x, level, MPFR_RNDN);
}

/// (b / a)^(1 / n) - 1 at 256 bits.
void exact_cagr(mpfr_ptr out, double a, double b, int n) {
    big x(b, 256);
    mpfr_div_d(x, x, a, MPFR_RNDN);
    mpfr_log(x, x, MPFR_RNDN);
    mpfr_div_si(x, x, n, MPFR_RNDN);
    mpfr_expm1(out, x, MPFR_RNDN);
}

/// (1 + r1)(1 + r2)..., exactly.
void exact_product(mpfr_ptr out, const std::vector<double>& rates) {
    mpfr_set_prec(out, static_cast<mpfr_prec_t>(1200 * rates.size() + 64));
    mpfr_set_ui(out, 1, MPFR_RNDN);
    big factor(1200);
    for (const double r : rates) {
        mpfr_set_d(factor, r, MPFR_RNDN);
        mpfr_add_ui(factor, factor, 1, MPFR_RNDN);
        mpfr_mul(out, out, factor, MPFR_RNDN);
    }
}

std::string list(const std::vector<double>& rates) {
    std::string text = "{";
    for (const double r : rates) text += hex(r) + (&r == &rates.back() ? "}" : ", ");
    return text;
}

std::vector<growth_rate<nominal>> typed(const std::vector<double>& rates) {
    std::vector<growth_rate<nominal>> v;
    for (const double r : rates) v.emplace_back(r);
    return v;
}
}  // namespace

TEST_CASE("compound is within 1 ulp") {
    tally t("compound");
    draw d(20240101);
    big exact;
    const auto one = [&](double level, double r, int n) {
        const auto got = daye::compound(amount<nominal>(level), growth_rate<nominal>(r), n);
        exact_compound(exact, level, r, n);
        t.see(got.ok(), got.value_or(amount<nominal>()).value(), exact,
              "compound(" + hex(level) + ", " + hex(r) + ", " + std::to_string(n) + ")");
    };
    for (int i = 0; i < samples(); ++i) {
        one(d.power(-6, 15), d.uniform(-0.99, 10.0), d.whole(1, 100));                         // typical
        one(d.power(-6, 15), (d.coin() ? 1 : -1) * d.power(-17, -1), d.whole(1, 1000));        // small rates
        one(d.power(-6, 15), (d.coin() ? 1 : -1) * d.power(-12, -6), d.years_up_to(INT_MAX));  // huge n
        one(d.any_positive(), -1 + d.power(-16, -0.01) * (1 + DBL_EPSILON), d.whole(1, 300));  // near -100 %
        one(d.any_positive(), d.power(0, 308), d.whole(1, 8));                                 // huge rates
        one(d.any_positive(), d.rate(), d.years_up_to(1e6));                                   // anything
        // At the edges of the range: level chosen so that the result lands near 2^1024 or
        // near 2^-1074, where overflow and the subnormal grid decide.
        const double r = d.uniform(-0.5, 3.0);
        const int n = d.whole(1, 60);
        const double factor = std::pow(1 + r, n);
        if (std::isfinite(factor) && factor > 1e-300) {
            one(std::fmin(DBL_MAX, DBL_MAX / factor * d.uniform(0.999, 1.001)), r, n);
            one(std::fmax(DBL_TRUE_MIN, DBL_TRUE_MIN * d.power(0, 3) / factor), r, n);
        }
    }
    for (const double level : {DBL_TRUE_MIN, DBL_MIN, 1.0, DBL_MAX})
        for (const double r : {DBL_TRUE_MIN, -DBL_TRUE_MIN, 0x1p-53, -0x1p-53, -1 + 0x1p-53, 1.0, DBL_MAX})
            for (const int n : {1, 2, 7, 127, 128, 1000, INT_MAX}) one(level, r, n);
    t.check();
}

TEST_CASE("cagr and required_rate are within 1 ulp") {
    tally t("cagr");
    tally required("required_rate");
    draw d(20240102);
    big exact;
    const auto one = [&](double a, double b, int n) {
        exact_cagr(exact, a, b, n);
        const std::string input = "(" + hex(a) + ", " + hex(b) + ", " + std::to_string(n) + ")";
        const auto got = daye::cagr(amount<nominal>(a), amount<nominal>(b), n);
        t.see(got.ok(), got.value_or(growth_rate<nominal>()).fraction(), exact, "cagr" + input);
        const auto needed = daye::required_rate(amount<nominal>(a), amount<nominal>(b), n);
        required.see(needed.ok(), needed.value_or(growth_rate<nominal>()).fraction(), exact, "required_rate" + input);
    };
    for (int i = 0; i < samples(); ++i) {
        const double a = d.power(-6, 15);
        const double r = d.uniform(-0.99, 10.0);
        const int n = d.whole(1, 100);
        one(a, a * std::pow(1 + r, n), n);                                                              // typical
        one(a, draw::ulps_away(a, d.coin() ? d.whole(1, 8) : -d.whole(1, 8)), d.years_up_to(INT_MAX));  // ratio at 1
        one(a, a * (1 + (d.coin() ? 1 : -1) * d.power(-15, -1)), d.whole(1, 3));  // near 1, few years
        one(d.any_positive(), d.any_positive(), d.whole(1, 4));                   // extreme ratios
        one(d.any_positive(), d.any_positive(), d.years_up_to(INT_MAX));          // and long periods
        one(a, a * d.power(-3, 3), d.years_up_to(INT_MAX));                       // huge n
        const double tiny = d.any_positive() * 0x1p-700;                          // overflow edge
        one(tiny > 0 ? tiny : DBL_TRUE_MIN, DBL_MAX * d.uniform(0.5, 1.0), 1);
    }
    for (const double a : {DBL_TRUE_MIN, DBL_MIN, 1.0, DBL_MAX})
        for (const double b : {DBL_TRUE_MIN, DBL_MIN, 1.0, draw::ulps_away(1.0, 1), draw::ulps_away(1.0, -1), DBL_MAX})
            for (const int n : {1, 2, 7, 127, 128, 1000, INT_MAX}) one(a, b, n);
    t.check();
    required.check();
}

TEST_CASE("chain and average_growth are within 1 ulp, however the rates cancel") {
    tally chained("chain");
    tally averaged("average_growth");
    draw d(20240103);
    big product;
    big exact;
    const auto one = [&](const std::vector<double>& rates) {
        const auto typed_rates = typed(rates);
        const daye::span<const growth_rate<nominal>> view(typed_rates.data(), typed_rates.size());
        exact_product(product, rates);
        mpfr_set_prec(exact, 256);
        mpfr_sub_ui(exact, product, 1, MPFR_RNDN);
        const auto c = daye::chain(view);
        chained.see(c.ok(), c.value_or(growth_rate<nominal>()).fraction(), exact, "chain" + list(rates));
        const int n = static_cast<int>(rates.size());
        mpfr_log(exact, product, MPFR_RNDN);
        mpfr_div_si(exact, exact, n, MPFR_RNDN);
        mpfr_expm1(exact, exact, MPFR_RNDN);
        const auto a = daye::average_growth(daye::plan_period{2001, 2000 + n}, view);
        averaged.see(a.ok(), a.value_or(growth_rate<nominal>()).fraction(), exact, "average_growth" + list(rates));
    };
    big inverse;
    for (int i = 0; i < samples(); ++i) {
        std::vector<double> rates(static_cast<std::size_t>(d.whole(1, 8)));
        for (double& r : rates) r = d.uniform(-0.5, 0.5);
        one(rates);  // typical
        // The product within ulps of 1: the last rate undoes the others.
        exact_product(product, std::vector<double>(rates.begin(), rates.end() - 1));
        mpfr_set_prec(inverse, 256);
        mpfr_ui_div(inverse, 1, product, MPFR_RNDN);
        mpfr_sub_ui(inverse, inverse, 1, MPFR_RNDN);
        rates.back() = draw::ulps_away(mpfr_get_d(inverse, MPFR_RNDN), d.whole(-3, 3));
        one(rates);
        // Two rates that nearly offset, at any scale; and mixed extremes.
        const double x = (d.coin() ? 1 : -1) * d.power(-300, -1);
        one({x, draw::ulps_away(-x / (1 + x), d.whole(-4, 4))});
        one({x, draw::ulps_away(-x, d.whole(-4, 4))});
        std::vector<double> wild(static_cast<std::size_t>(d.whole(1, 5)));
        for (double& r : wild) r = d.rate();
        one(wild);
    }
    for (const double r : {DBL_MAX, DBL_TRUE_MIN, -DBL_TRUE_MIN, -1 + 0x1p-53, 0x1p-53, 1e300})
        for (const double s : {DBL_MAX, -1 + 0x1p-53, DBL_TRUE_MIN, -DBL_TRUE_MIN, 0.0}) one({r, s});
    one({DBL_MAX});
    chained.check();
    averaged.check();
}

TEST_CASE("years_to_reach counts its fractional years within 1 ulp") {
    tally t("years_to_reach");
    draw d(20240104);
    big exact;
    big per_year;
    const auto one = [&](double start, double rate, double goal) {
        const auto got =
            daye::years_to_reach(amount<nominal>(start), growth_rate<nominal>(rate), amount<nominal>(goal), 2024);
        REQUIRE(got.ok());
        mpfr_set_d(exact, goal, MPFR_RNDN);
        mpfr_div_d(exact, exact, start, MPFR_RNDN);
        mpfr_log(exact, exact, MPFR_RNDN);
        mpfr_set_d(per_year, rate, MPFR_RNDN);
        mpfr_log1p(per_year, per_year, MPFR_RNDN);
        mpfr_div(exact, exact, per_year, MPFR_RNDN);
        const auto& c = got.value();
        t.see(c.years.known(), c.years.value_or(0.0), exact,
              "years_to_reach(" + hex(start) + ", " + hex(rate) + ", " + hex(goal) + ")");
        // The calendar year is the first whose compounded level reaches the goal (where a
        // year's growth shows above compound's rounding).
        if (c.year && rate >= 0x1p-40 && goal >= 0x1p-1000 && *c.year - 2024 <= 1000) {
            const int n = *c.year - 2024;
            const auto at = [&](int k) {
                return daye::compound(amount<nominal>(start), growth_rate<nominal>(rate), k);
            };
            CHECK((!at(n) || at(n).value().value() >= goal));
            if (n > 1) CHECK(at(n - 1).value().value() < goal);
        }
    };
    for (int i = 0; i < samples(); ++i) {
        const double start = d.power(0, 4);
        one(start, d.uniform(1e-4, 0.5), start * d.uniform(1.0001, 10.0));    // typical
        one(start, d.power(-300, -5), start * d.power(0.0001, 3));            // tiny rates
        one(start, d.power(-8, 300), draw::ulps_away(start, d.whole(1, 8)));  // goal within ulps
        one(start, d.power(0, 300), start * d.power(1, 300));                 // huge rates
        const double a = d.any_positive();
        const double b = d.any_positive();
        if (a != b) one(std::fmin(a, b), d.rate() > 0 ? d.power(-300, 300) : d.power(-3, 0), std::fmax(a, b));
        const double rate = d.uniform(0.001, 0.3);  // goal exactly at a compounded year
        const int n = d.whole(1, 50);
        const auto level = daye::compound(amount<nominal>(start), growth_rate<nominal>(rate), n);
        if (level) one(start, rate, level.value().value());
    }
    one(DBL_TRUE_MIN, DBL_TRUE_MIN, DBL_MAX);
    one(DBL_TRUE_MIN, DBL_MAX, DBL_MAX);
    one(1.0, DBL_TRUE_MIN, draw::ulps_away(1.0, 1));
    t.check();
}

TEST_CASE("to_nominal and to_real are within 1 ulp, however rate and deflator offset") {
    tally nominal_t("to_nominal");
    tally real_t("to_real");
    draw d(20240105);
    big exact;
    big den(1200);
    const auto one = [&](double r, double p) {
        const std::string input = "(" + hex(r) + ", " + hex(p) + ")";
        mpfr_set_prec(exact, 2400);  // (1 + r)(1 + p) - 1 = r + p + r p, exactly
        big rp(r, 2400);
        mpfr_mul_d(rp, rp, p, MPFR_RNDN);
        mpfr_add_d(rp, rp, r, MPFR_RNDN);
        mpfr_add_d(exact, rp, p, MPFR_RNDN);
        const auto n = daye::to_nominal(growth_rate<real>(r), daye::deflator(p));
        nominal_t.see(n.ok(), n.value_or(growth_rate<nominal>()).fraction(), exact, "to_nominal" + input);
        mpfr_set_d(exact, r, MPFR_RNDN);  // (r - p) / (1 + p), numerator and denominator exact
        mpfr_sub_d(exact, exact, p, MPFR_RNDN);
        mpfr_set_d(den, p, MPFR_RNDN);
        mpfr_add_ui(den, den, 1, MPFR_RNDN);
        mpfr_div(exact, exact, den, MPFR_RNDN);
        const auto q = daye::to_real(growth_rate<nominal>(r), daye::deflator(p));
        real_t.see(q.ok(), q.value_or(growth_rate<real>()).fraction(), exact, "to_real" + input);
    };
    for (int i = 0; i < samples(); ++i) {
        const double r = d.uniform(-0.2, 0.2);
        one(r, d.uniform(-0.2, 0.2));                           // typical
        one(r, draw::ulps_away(-r / (1 + r), d.whole(-4, 4)));  // nominal near 0
        one(r, draw::ulps_away(r, d.whole(-4, 4)));             // real near 0
        const double tiny = (d.coin() ? 1 : -1) * d.power(-300, -1);
        one(tiny, draw::ulps_away(-tiny, d.whole(-4, 4)));  // tiny rates that offset
        one(tiny, draw::ulps_away(tiny, d.whole(-4, 4)));
        one(d.rate(), d.rate());                    // anything
        one(d.power(150, 308), d.power(150, 308));  // overflow edge
        one(d.power(250, 308), -1 + d.power(-16, -1));
    }
    one(0.0306, -0.0297);
    one(DBL_MAX, 0.0);
    one(DBL_MAX, DBL_TRUE_MIN);
    nominal_t.check();
    real_t.check();
}

TEST_CASE("decimal to double, published percentages and percent() are correctly rounded") {
    draw d(20240106);
    big exact(53);
    big ten(256);
    long tried = 0;
    long misrounded = 0;
    std::string first;
    const auto one = [&](std::int64_t mantissa, int places, int shift, double got, const char* what) {
        ++tried;
        mpfr_set_prec(exact, 53);
        const int p = places + shift;
        mpfr_ui_pow_ui(ten, 10, static_cast<unsigned long>(p < 0 ? -p : p), MPFR_RNDN);  // exact
        big m(128);
        mpfr_set_sj(m, mantissa, MPFR_RNDN);
        if (p < 0) {
            mpfr_mul(exact, m, ten, MPFR_RNDN);  // rounded once, to 53 bits
        } else {
            mpfr_div(exact, m, ten, MPFR_RNDN);
        }
        const double want = mpfr_get_d(exact, MPFR_RNDN);
        if (got != want && misrounded++ == 0)
            first = std::string(what) + " of " + std::to_string(mantissa) + "e-" + std::to_string(places + shift) +
                    " gave " + hex(got) + ", not " + hex(want);
    };
    for (int i = 0; i < 20 * samples(); ++i) {
        const std::int64_t mantissa = static_cast<std::int64_t>(d.random() % 999999999999999999ull) + 1;
        const std::int64_t signed_mantissa = d.coin() ? mantissa : -mantissa;
        const int places = d.whole(0, 18);
        const daye::decimal x = daye::decimal::make(signed_mantissa, places).value();
        one(signed_mantissa, places, 0, daye::to_double(x), "to_double");
        one(signed_mantissa, places, 2, daye::to_double(x, 2), "to_double(, 2)");
        const int shift = -d.whole(0, 18);  // whole numbers times 10^-shift: multiplied, not divided
        one(signed_mantissa, places, shift, daye::to_double(x, shift), "to_double(, -k)");
        const int pct_places = d.whole(0, 2);
        const daye::decimal p = daye::decimal::make(signed_mantissa, pct_places).value();
        const daye::quantity<daye::units::percent> pct(p);
        one(signed_mantissa, pct_places, 2, growth_rate<real>(pct).fraction(), "growth_rate");
        one(signed_mantissa, pct_places, 2, daye::deflator(pct).fraction(), "deflator");
    }
    std::printf("%-22s %9ld  %ld misrounded %s\n", "to_double and pct", tried, misrounded, first.c_str());
    CHECK(misrounded == 0);

    long percents = 0;
    long wrong = 0;
    for (int i = 0; i < 20 * samples(); ++i) {
        const double f = d.coin() ? d.uniform(-1, 10) : (d.coin() ? 1 : -1) * d.power(-300, 300);
        mpfr_set_d(exact, f, MPFR_RNDN);
        mpfr_mul_ui(exact, exact, 100, MPFR_RNDN);
        ++percents;
        if (growth_rate<nominal>(f).percent() != mpfr_get_d(exact, MPFR_RNDN)) ++wrong;
    }
    std::printf("%-22s %9ld  %ld misrounded\n", "percent()", percents, wrong);
    CHECK(wrong == 0);
}

// The tables, against MPFR. Each step of the logarithm's table (2^44 in the bits of m)
// has an inverse that is a multiple of 2^-13 and keeps m inverse - 1 within 2^-8.9 over
// the step, and ln(1 / inverse) as hi + lo right to 2^-95 with hi a multiple of 2^-42;
// 2^(j/64) is right to 2^-78 with a 26-bit hi; ln 2 = ln2_hi + ln2_lo to 2^-90.
TEST_CASE("the logarithm and exponential tables hold their values") {
    namespace fp = daye::detail::fp;
    big x(256);
    big sum(256);
    const auto double_of = [](std::uint64_t bits) {
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    };
    for (int j = 0; j < 258; ++j) {
        const fp::reciprocal_log& step = fp::log_of_inverse[j];
        CHECK(std::ldexp(step.inverse, 13) == std::floor(std::ldexp(step.inverse, 13)));
        const std::uint64_t first = fp::log_table_base + (static_cast<std::uint64_t>(j) << 44);
        const double low = double_of(first);
        const double high = double_of(first + (std::uint64_t{1} << 44) - 1);  // the step's last double
        CHECK(std::fabs(low * step.inverse - 1) <= 0.00204);                  // 2^-8.93
        CHECK(std::fabs(high * step.inverse - 1) <= 0.00204);                 // 2^-8.93
        CHECK(std::ldexp(step.hi, 42) == std::floor(std::ldexp(step.hi, 42)));
        mpfr_set_d(x, step.inverse, MPFR_RNDN);
        mpfr_log(x, x, MPFR_RNDN);
        mpfr_set_d(sum, step.hi, MPFR_RNDN);
        mpfr_add_d(sum, sum, step.lo, MPFR_RNDN);
        mpfr_add(sum, sum, x, MPFR_RNDN);
        CHECK(std::fabs(mpfr_get_d(sum, MPFR_RNDN)) <= 0x1p-95);
    }
    // The table spans 1/sqrt(2) to sqrt(2) with a step to spare at each end.
    CHECK(double_of(fp::log_table_base + (std::uint64_t{1} << 44)) == fp::below_one);
    CHECK(double_of(fp::log_table_base + (std::uint64_t{257} << 44)) >= fp::above_one);
    for (int j = 0; j < 64; ++j) {
        const fp::twin& step = fp::exp2_of_step[j];
        CHECK(std::ldexp(step.hi, 25) == std::floor(std::ldexp(step.hi, 25)));
        mpfr_set_si(x, j, MPFR_RNDN);
        mpfr_div_ui(x, x, 64, MPFR_RNDN);
        mpfr_exp2(x, x, MPFR_RNDN);
        mpfr_set_d(sum, step.hi, MPFR_RNDN);
        mpfr_add_d(sum, sum, step.lo, MPFR_RNDN);
        mpfr_sub(sum, sum, x, MPFR_RNDN);
        CHECK(std::fabs(mpfr_get_d(sum, MPFR_RNDN)) <= 0x1p-78);
    }
    mpfr_const_log2(x, MPFR_RNDN);
    mpfr_sub_d(x, x, fp::ln2_hi, MPFR_RNDN);
    mpfr_sub_d(x, x, fp::ln2_lo, MPFR_RNDN);
    CHECK(std::fabs(mpfr_get_d(x, MPFR_RNDN)) <= 0x1p-90);
    CHECK(std::ldexp(fp::ln2_hi, 36) == std::floor(std::ldexp(fp::ln2_hi, 36)));
}
