// The table of words, phrase by phrase: each phrase's target on an indicator where higher
// is better and on one where lower is, judged on a figure equal to its line, one unit of
// the last published place above it and one below, against the verdict the words ask.
#include <daye/attainment.hpp>
#include <daye/words.hpp>

#include "catch.hpp"

using namespace daye;
using namespace daye::literals;

namespace {
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }

// clang-format off
inline constexpr indicator<units::percent, real, struct up_tag> up{{
    "up", "越高越好", "higher is better", direction::higher_is_better, domains::growth, "A test indicator."}};
inline constexpr indicator<units::percent, real, struct down_tag> down{{
    "down", "越低越好", "lower is better", direction::lower_is_better, domains::growth, "A test indicator."}};
inline constexpr indicator<units::percent, real, struct line_tag> other{{
    "line", "比较对象", "the other side", direction::higher_is_better, domains::growth, "A test indicator."}};
// clang-format on

constexpr verdict M = verdict::met;
constexpr verdict X = verdict::missed;

/// One phrase on one direction: where its line falls (with the figures below), and the
/// verdict at the line, one unit (0.1) above it and one below.
struct row {
    std::string_view zh;
    bool higher;
    std::string_view line;
    verdict at, above, below;
};

// The line is 5.0 in every case: a stated figure, another indicator's or a bound's figure,
// last year's figure, or twice the base year's 2.5. A band (左右, 保持稳定) is ± 0.5 around
// it, and its line is the edge on the worse side. A stretch (力争, 冲刺) is judged by
// whether it was reached, its floor far on the worse side.
constexpr row rows[] = {
    {"以上", true, "5.0", M, M, X},      {"以上", false, "5.0", M, M, X},      {"不低于", true, "5.0", M, M, X},
    {"不低于", false, "5.0", M, M, X},   {"达到", true, "5.0", M, M, X},       {"达到", false, "5.0", M, X, M},
    {"超过", true, "5.0", X, M, X},      {"超过", false, "5.0", X, M, X},      {"高于", true, "5.0", X, M, X},
    {"高于", false, "5.0", X, M, X},     {"以内", true, "5.0", M, X, M},       {"以内", false, "5.0", M, X, M},
    {"不超过", true, "5.0", M, X, M},    {"不超过", false, "5.0", M, X, M},    {"控制在", true, "5.0", M, X, M},
    {"控制在", false, "5.0", M, X, M},   {"低于", true, "5.0", X, X, M},       {"低于", false, "5.0", X, X, M},
    {"左右", true, "4.5", M, M, X},      {"左右", false, "5.5", M, X, M},      {"快于", true, "5.0", X, M, X},
    {"快于", false, "5.0", X, M, X},     {"同步", true, "5.0", M, M, X},       {"同步", false, "5.0", M, M, X},
    {"高于…平均", true, "5.0", X, M, X}, {"高于…平均", false, "5.0", X, X, M}, {"保持稳定", true, "4.5", M, M, X},
    {"保持稳定", false, "5.5", M, X, M}, {"基本稳定", true, "4.5", M, M, X},   {"基本稳定", false, "5.5", M, X, M},
    {"继续下降", true, "5.0", X, X, M},  {"继续下降", false, "5.0", X, X, M},  {"稳步提高", true, "5.0", X, M, X},
    {"稳步提高", false, "5.0", X, M, X}, {"不低于上年", true, "5.0", M, M, X}, {"不低于上年", false, "5.0", M, M, X},
    {"翻一番", true, "5.0", M, M, X},    {"翻一番", false, "5.0", M, X, M},    {"年均", true, "5.0", M, M, X},
    {"年均", false, "5.0", M, X, M},     {"累计", true, "5.0", M, M, X},       {"累计", false, "5.0", M, X, M},
    {"省定", true, "5.0", M, M, X},      {"省定", false, "5.0", M, X, M},      {"市定", true, "5.0", M, M, X},
    {"市定", false, "5.0", M, X, M},     {"国家下达", true, "5.0", M, M, X},   {"国家下达", false, "5.0", M, X, M},
    {"其中", true, "5.0", M, M, X},      {"其中", false, "5.0", M, M, X},      {"确保", true, "5.0", M, M, X},
    {"确保", false, "5.0", M, X, M},     {"力争", true, "5.0", M, M, X},       {"力争", false, "5.0", M, X, M},
    {"冲刺", true, "5.0", M, M, X},      {"冲刺", false, "5.0", M, X, M},
};

/// The verdict of phrase `p` on the indicator of `r`'s direction, for a figure `figure`.
verdict judge(const phrase& p, const row& r, decimal figure) {
    const indicator_info& i = r.higher ? static_cast<const indicator_info&>(up) : down;
    target t = phrased(p, i);
    const decimal five = d("5.0");
    // The figure judged, and the line's figure where it is not stated (else an unread one).
    observation line_figure("unread", 2024, five, units::percent);
    switch (p.against) {
        case line::stated: t.value = five; break;
        case line::indicator:
        case line::benchmark:
        case line::higher_level:
            t.other = &other;
            line_figure = observation("line", 2024, five, units::percent);
            break;
        case line::previous_period: line_figure = observation(i.id, 2023, five, units::percent); break;
        case line::base_year:
            t.value = decimal(2);
            t.base_year = 2020;
            line_figure = observation(i.id, 2020, d("2.5"), units::percent);
            break;
    }
    const observation obs[] = {observation(i.id, 2024, figure, units::percent), line_figure};
    // 年均 over the one year since 2023, 累计 from 2024 alone: the line is the figure's
    // own; attainment_test covers several years.
    if (p.kind == target_kind::average_annual) t.base_year = 2023;
    if (p.kind == target_kind::cumulative) t.base_year = 2024;
    if (p.rule == passes::band) t.tolerance = d("0.5");
    if (p.role == phrase_role::tier_stretch) {
        t.value = r.higher ? d("1.0") : d("9.0");  // the floor, far on the worse side
        t.stretch = five;
        t.stretch_word = p.word;
        const assessment a = evaluate(t, obs, 2024);
        REQUIRE(a.outcome() == verdict::met);
        return *a.reached_stretch() ? verdict::met : verdict::missed;
    }
    return evaluate(t, obs, 2024).outcome();
}
}  // namespace

TEST_CASE("every phrase × direction × {at the line, one unit above, one below} has the verdict its words ask") {
    const decimal unit = d("0.1");
    for (const row& r : rows) {
        const phrase* p = phrasing(r.zh);
        REQUIRE(p != nullptr);
        const decimal at = d(r.line);
        INFO(std::string(r.zh) + (r.higher ? ", higher is better" : ", lower is better"));
        CHECK(judge(*p, r, at) == r.at);
        CHECK(judge(*p, r, at + unit) == r.above);
        CHECK(judge(*p, r, at - unit) == r.below);
    }
}

TEST_CASE("every phrase of the table is tested both ways, and no phrase twice") {
    for (const phrase& p : phrases) {
        int higher = 0;
        int lower = 0;
        for (const row& r : rows)
            if (r.zh == p.zh) (r.higher ? higher : lower) += 1;
        INFO(std::string(p.zh));
        CHECK(higher == 1);
        CHECK(lower == 1);
        CHECK(phrasing(p.zh) == &p);
    }
    CHECK(std::size(rows) == 2 * std::size(phrases));
    CHECK(phrasing("大约") == nullptr);
}

TEST_CASE("strictness follows the word; a direction-following phrase picks its kind by direction") {
    STATIC_REQUIRE(phrasing("超过")->strict());
    STATIC_REQUIRE(phrasing("高于")->strict());
    STATIC_REQUIRE(phrasing("快于")->strict());
    STATIC_REQUIRE(phrasing("低于")->strict());
    STATIC_REQUIRE(phrasing("继续下降")->strict());
    STATIC_REQUIRE_FALSE(phrasing("以上")->strict());
    STATIC_REQUIRE_FALSE(phrasing("不低于")->strict());
    STATIC_REQUIRE_FALSE(phrasing("以内")->strict());
    STATIC_REQUIRE_FALSE(phrasing("不超过")->strict());
    STATIC_REQUIRE_FALSE(phrasing("控制在")->strict());
    STATIC_REQUIRE(kind_of(*phrasing("达到"), direction::lower_is_better) == target_kind::at_most);
    STATIC_REQUIRE(kind_of(*phrasing("省定"), direction::lower_is_better) == target_kind::within_ceiling);
    STATIC_REQUIRE(kind_of(*phrasing("省定"), direction::higher_is_better) == target_kind::assigned_floor);
    STATIC_REQUIRE(phrased(*phrasing("继续下降"), up).rel == relation::less_than);
    STATIC_REQUIRE(phrased(*phrasing("国家下达"), up).word == commitment::complete);
    for (const phrase& p : phrases) {
        CHECK_FALSE(name(p.rule).empty());
        CHECK_FALSE(name(p.against).empty());
        CHECK_FALSE(name(p.role).empty());
    }
}
