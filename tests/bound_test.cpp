#include <vector>

#include <daye/bound.hpp>

#include "catch.hpp"

using daye::compare_bounded;
using daye::decided;
using daye::decimal;
using daye::relation;
using daye::value_bound;

namespace {
constexpr decimal d(const char* s) { return daye::parse_decimal(s).value(); }

bool passes(decimal v, relation r, decimal t) {
    switch (r) {
        case relation::at_least: return v >= t;
        case relation::more_than: return v > t;
        case relation::at_most: return v <= t;
        case relation::less_than: return v < t;
    }
    return false;
}

/// Values the figure allows: itself if exact; else points strictly beyond it, including
/// just beyond the threshold on both sides where those are allowed.
std::vector<decimal> allowed(decimal f, value_bound b, decimal t) {
    if (b == value_bound::exact) return {f};
    const int side = b == value_bound::above ? 1 : -1;
    const decimal tiny = d("0.001");
    std::vector<decimal> out;
    for (const decimal step : {tiny, d("0.5"), d("1000")}) out.push_back(side > 0 ? f + step : f - step);
    for (const decimal v : {t - tiny, t, t + tiny})
        if (side > 0 ? v > f : v < f) out.push_back(v);
    return out;
}
}  // namespace

TEST_CASE("a lower bound meets a level at or below it; a value misses what it is short of") {
    // 2025: 预计突破1000亿元 meets the 1000 亿 level; 2024's 930.71 misses it.
    STATIC_REQUIRE(compare_bounded(d("1000"), value_bound::above, relation::at_least, d("1000")) == decided::holds);
    STATIC_REQUIRE(compare_bounded(d("930.71"), value_bound::exact, relation::at_least, d("1000")) == decided::fails);
    // "above 900" cannot tell whether 930 was reached.
    STATIC_REQUIRE(compare_bounded(d("900"), value_bound::above, relation::at_least, d("930")) == decided::unknown);
    // A strict comparison at the bound itself: above 1000 is more than 1000.
    STATIC_REQUIRE(compare_bounded(d("1000"), value_bound::above, relation::more_than, d("1000")) == decided::holds);
    STATIC_REQUIRE(compare_bounded(d("1000"), value_bound::exact, relation::more_than, d("1000")) == decided::fails);
    // An upper bound: 不到3% is within a 3 % ceiling, and fails a 3 % floor.
    STATIC_REQUIRE(compare_bounded(d("3"), value_bound::below, relation::at_most, d("3")) == decided::holds);
    STATIC_REQUIRE(compare_bounded(d("3"), value_bound::below, relation::at_least, d("3")) == decided::fails);
    STATIC_REQUIRE(compare_bounded(d("3"), value_bound::below, relation::at_most, d("2.5")) == decided::unknown);
    STATIC_REQUIRE(daye::name(value_bound::above) == "above");
}

TEST_CASE("a band is decided only when every allowed value is inside it, or none is") {
    STATIC_REQUIRE(daye::within_bounded(d("5"), value_bound::exact, d("4.5"), d("5.5")) == decided::holds);
    STATIC_REQUIRE(daye::within_bounded(d("5.5"), value_bound::above, d("4.5"), d("5.5")) == decided::fails);
    STATIC_REQUIRE(daye::within_bounded(d("5"), value_bound::above, d("4.5"), d("5.5")) == decided::unknown);
    STATIC_REQUIRE(daye::within_bounded(d("4.5"), value_bound::below, d("4.5"), d("5.5")) == decided::fails);
    STATIC_REQUIRE(daye::within_bounded(d("4"), value_bound::above, d("4.5"), d("5.5")) == decided::unknown);
    STATIC_REQUIRE(daye::within_bounded(d("6"), value_bound::exact, d("4.5"), d("5.5")) == decided::fails);
}

TEST_CASE("every answer is sound, and unknown only when the allowed values disagree") {
    const relation relations[] = {relation::at_least, relation::more_than, relation::at_most, relation::less_than};
    const value_bound bounds[] = {value_bound::exact, value_bound::above, value_bound::below};
    for (int fi = -20; fi <= 20; ++fi)
        for (int ti = -20; ti <= 20; ti += 3)
            for (const relation r : relations)
                for (const value_bound b : bounds) {
                    const decimal f = decimal(fi, 1, decimal::raw{});
                    const decimal t = decimal(ti, 1, decimal::raw{});
                    std::size_t pass = 0;
                    const std::vector<decimal> values = allowed(f, b, t);
                    for (const decimal v : values) pass += passes(v, r, t) ? 1 : 0;
                    const decided answer = compare_bounded(f, b, r, t);
                    const decided truth = pass == values.size() ? decided::holds
                                          : pass == 0           ? decided::fails
                                                                : decided::unknown;
                    CHECK(answer == truth);
                }
}
