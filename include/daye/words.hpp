// The words of a plan: each phrase a Chinese work report uses to state a target, and
// what it asks, as data.
//
// A phrase fixes three things: the line the figure is compared with (a figure the plan
// states, another indicator, a bound from a higher level, the previous period, a base
// year), the side of the line that passes and whether the line itself passes (以上 is met
// at 7.5 %, 超过 is not), and sometimes a role (其中: part of a whole; 力争: a stretch).
// Some phrases fix the side whatever the indicator (以上 asks for at least the figure,
// 以内 for at most); others take it from the indicator's direction (达到, 左右, 保持稳定, 翻一番:
// at least where higher is better, at most where lower is: CPI 3%左右 is a ceiling).
//
// phrasing(zh) finds a phrase; phrased(p, indicator) is the target it states on an
// indicator, before its figures are filled in. The README's table of words is printed
// from `phrases` (daye_model --words), so that the two cannot drift apart.
#ifndef DAYE_WORDS_HPP
#define DAYE_WORDS_HPP

#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/commitment.hpp"
#include "daye/relation.hpp"
#include "daye/span.hpp"
#include "daye/target.hpp"

namespace daye {
inline namespace v0 {

/// The side of the line a phrase passes, and whether the line itself passes.
enum class passes : unsigned char {
    at_least,      ///< >= the line, whatever the indicator
    more_than,     ///< > the line, strictly
    at_most,       ///< <= the line
    less_than,     ///< < the line, strictly
    by_direction,  ///< >= where higher is better, <= where lower is (reach the line)
    band,          ///< a band around the line; beyond it on the better side passes
};

/// The id used in JSON and tables.
constexpr std::string_view name(passes p) noexcept {
    switch (p) {
        case passes::at_least: return "at_least";
        case passes::more_than: return "more_than";
        case passes::at_most: return "at_most";
        case passes::less_than: return "less_than";
        case passes::by_direction: return "by_direction";
        case passes::band: return "band";
    }
    return "at_least";
}

/// The relation a phrase asks of an indicator whose better side is `d`.
constexpr relation relation_of(passes p, direction d) noexcept {
    const bool higher = d == direction::higher_is_better;
    switch (p) {
        case passes::at_least: return relation::at_least;
        case passes::more_than: return relation::more_than;
        case passes::at_most: return relation::at_most;
        case passes::less_than: return relation::less_than;
        case passes::by_direction:
        case passes::band: return higher ? relation::at_least : relation::at_most;
    }
    return relation::at_least;
}

/// What the figure is compared with.
enum class line : unsigned char {
    stated,           ///< a figure the plan states
    indicator,        ///< another indicator of the same region and year
    benchmark,        ///< a benchmark supplied at evaluation (a city average)
    higher_level,     ///< a bound set by a higher level, supplied at evaluation
    previous_period,  ///< the same indicator in the previous period
    base_year,        ///< the same indicator in a base year, times a factor
};

/// The id used in JSON and tables.
constexpr std::string_view name(line l) noexcept {
    switch (l) {
        case line::stated: return "stated";
        case line::indicator: return "indicator";
        case line::benchmark: return "benchmark";
        case line::higher_level: return "higher_level";
        case line::previous_period: return "previous_period";
        case line::base_year: return "base_year";
    }
    return "stated";
}

/// The role a phrase gives its entry, beside its condition.
enum class phrase_role : unsigned char {
    none,
    part_of_whole,  ///< 其中: a part that cannot exceed its whole
    set_above,      ///< the bound is set by a higher level (省定, 市定, 国家下达)
    tier_floor,     ///< 确保: the floor of a tiered entry, which decides it
    tier_stretch,   ///< 力争, 冲刺: the stretch of a tiered entry, hoped for
};

/// The id used in JSON and tables.
constexpr std::string_view name(phrase_role r) noexcept {
    switch (r) {
        case phrase_role::none: return "none";
        case phrase_role::part_of_whole: return "part_of_whole";
        case phrase_role::set_above: return "set_above";
        case phrase_role::tier_floor: return "tier_floor";
        case phrase_role::tier_stretch: return "tier_stretch";
    }
    return "none";
}

/// One phrase of the table.
struct phrase {
    std::string_view zh;       ///< the words: "以上"
    std::string_view example;  ///< in a report's sentence: "地区生产总值增长7.5%以上"
    std::string_view en;       ///< what they ask, in English
    passes rule;
    line against;
    phrase_role role;
    target_kind kind;          ///< the kind of target it states where higher is better (see kind_of())
    std::string_view builder;  ///< how a plan writes it
    commitment word;           ///< the commitment word it is, when it is one (确保, 力争, 冲刺)

    /// The line itself fails (超过, 高于, 快于, 低于, 继续下降, 稳步提高).
    constexpr bool strict() const noexcept { return rule == passes::more_than || rule == passes::less_than; }
};

// clang-format off
/// Every phrase, in the order of the table. A phrase stating a comparison with a figure
/// the plan states comes first, then the other lines, then the roles.
inline constexpr phrase phrases[] = {
    {"以上", "地区生产总值增长7.5%以上", "at least the figure", passes::at_least, line::stated,
     phrase_role::none, target_kind::at_least, "at_least(i, v)", commitment::stated},
    {"不低于", "森林覆盖率不低于40%", "not below the figure: at least it", passes::at_least, line::stated,
     phrase_role::none, target_kind::at_least, "at_least(i, v)", commitment::stated},
    {"达到", "地区生产总值达到1000亿元", "reach the figure: at least it where higher is better, at most where lower is",
     passes::by_direction, line::stated, phrase_role::none, target_kind::at_least,
     "at_least(i, v), or at_most(i, v) where lower is better", commitment::stated},
    {"超过", "地区生产总值超过1000亿元", "more than the figure, strictly", passes::more_than, line::stated,
     phrase_role::none, target_kind::more_than, "more_than(i, v)", commitment::stated},
    {"高于", "研发投入强度高于2.5%", "higher than the figure, strictly", passes::more_than, line::stated,
     phrase_role::none, target_kind::more_than, "more_than(i, v)", commitment::stated},
    {"以内", "城镇调查失业率控制在5.5%以内", "within the figure: at most it", passes::at_most, line::stated,
     phrase_role::none, target_kind::at_most, "at_most(i, v)", commitment::stated},
    {"不超过", "居民消费价格涨幅不超过3%", "not more than the figure: at most it", passes::at_most, line::stated,
     phrase_role::none, target_kind::at_most, "at_most(i, v)", commitment::stated},
    {"控制在", "城镇调查失业率控制在5.5%", "held at the figure: at most it", passes::at_most, line::stated,
     phrase_role::none, target_kind::at_most, "at_most(i, v)", commitment::stated},
    {"低于", "PM2.5平均浓度低于35微克/立方米", "lower than the figure, strictly", passes::less_than, line::stated,
     phrase_role::none, target_kind::less_than, "less_than(i, v)", commitment::stated},
    {"左右", "居民消费价格涨幅3%左右", "about the figure: a band, one-sided by direction", passes::band,
     line::stated, phrase_role::none, target_kind::about, "about(i, v, band)", commitment::stated},
    {"快于", "农村居民收入增长快于城镇居民", "faster than another indicator, strictly", passes::more_than,
     line::indicator, phrase_role::none, target_kind::exceeds, "exceeds(i, than(o))", commitment::stated},
    {"同步", "城乡居民收入增长与经济增长保持同步", "in step with another indicator: at least it",
     passes::at_least, line::indicator, phrase_role::none, target_kind::keeps_pace, "keeps_pace(i, with(o))",
     commitment::stated},
    {"高于…平均", "投资增速高于全市平均水平", "better than a benchmark, strictly", passes::more_than,
     line::benchmark, phrase_role::none, target_kind::versus_benchmark, "beats_benchmark(i, benchmark(b))",
     commitment::stated},
    {"保持稳定", "粮食产量保持稳定", "stable on the previous period: a band, one-sided by direction", passes::band,
     line::previous_period, phrase_role::none, target_kind::stable, "stable(i, band), or stable(i) for a rate",
     commitment::stated},
    {"基本稳定", "物价水平基本稳定", "basically stable: read as 保持稳定", passes::band, line::previous_period,
     phrase_role::none, target_kind::stable, "stable(i, band), or stable(i) for a rate", commitment::stated},
    {"继续下降", "单位地区生产总值能耗继续下降", "lower than the previous period, strictly", passes::less_than,
     line::previous_period, phrase_role::none, target_kind::versus_previous,
     "versus_previous(i, relation::less_than)", commitment::stated},
    {"稳步提高", "居民收入稳步提高", "higher than the previous period, strictly", passes::more_than,
     line::previous_period, phrase_role::none, target_kind::versus_previous,
     "versus_previous(i, relation::more_than)", commitment::stated},
    {"不低于上年", "粮食播种面积不低于上年", "at least the previous period", passes::at_least,
     line::previous_period, phrase_role::none, target_kind::versus_previous,
     "versus_previous(i, relation::at_least)", commitment::stated},
    {"翻一番", "地区生产总值比2020年翻一番", "twice the base year's figure, by direction", passes::by_direction,
     line::base_year, phrase_role::none, target_kind::versus_base_year, "doubles(i, base_year)",
     commitment::stated},
    {"年均", "十四五期间地区生产总值年均增长7%", "average annual growth since a base year, each year's rate "
     "chained, by direction", passes::by_direction, line::stated, phrase_role::none, target_kind::average_annual,
     "average_annual(i, v, base_year)", commitment::stated},
    {"累计", "五年累计完成固定资产投资3000亿元", "the total since a first year, by direction", passes::by_direction,
     line::stated, phrase_role::none, target_kind::cumulative, "cumulative(i, v, first_year)", commitment::stated},
    {"省定", "节能减排控制在省定目标以内", "a bound the province sets: a ceiling where lower is better, a quota "
     "where higher is", passes::by_direction, line::higher_level, phrase_role::set_above,
     target_kind::assigned_floor, "at_least_assigned(i, quota(b)); within_ceiling(i, ceiling(b)) where lower is better",
     commitment::stated},
    {"市定", "完成市定目标任务", "a bound the city sets, by direction", passes::by_direction, line::higher_level,
     phrase_role::set_above, target_kind::assigned_floor,
     "at_least_assigned(i, quota(b)); within_ceiling(i, ceiling(b)) where lower is better", commitment::stated},
    {"国家下达", "完成国家下达的目标任务", "a bound the state assigns, by direction", passes::by_direction,
     line::higher_level, phrase_role::set_above, target_kind::assigned_floor,
     "at_least_assigned(i, quota(b)); within_ceiling(i, ceiling(b)) where lower is better", commitment::complete},
    {"其中", "实际到位资金600亿元,其中省外资金360亿元", "of which: at least the figure, as a part of a whole",
     passes::at_least, line::stated, phrase_role::part_of_whole, target_kind::of_which,
     "of_which(i, v, part_of(w))", commitment::stated},
    {"确保", "确保增长7%、力争8%", "make sure: the floor, which decides the entry", passes::by_direction,
     line::stated, phrase_role::tier_floor, target_kind::at_least, ".committed(commitment::ensure)",
     commitment::ensure},
    {"力争", "确保增长7%、力争8%", "strive for: the stretch beyond the floor", passes::by_direction, line::stated,
     phrase_role::tier_stretch, target_kind::at_least, ".stretch_to(v, commitment::strive)", commitment::strive},
    {"冲刺", "冲刺全国50强", "sprint for: a stretch; alone, an entry judged like any other",
     passes::by_direction, line::stated, phrase_role::tier_stretch, target_kind::at_least,
     ".stretch_to(v, commitment::sprint), or .committed(commitment::sprint)", commitment::sprint},
};
// clang-format on

/// The phrase `zh`, or nullptr.
constexpr const phrase* phrasing(std::string_view zh) noexcept {
    for (const phrase& p : phrases)
        if (p.zh == zh) return &p;
    return nullptr;
}

/// The kind of target a phrase states on an indicator whose better side is `d`: a phrase
/// that follows the direction and compares with a stated figure is at least or at most;
/// with a higher level's bound, a quota or a ceiling.
constexpr target_kind kind_of(const phrase& p, direction d) noexcept {
    const bool higher = d == direction::higher_is_better;
    const bool aggregate = p.kind == target_kind::average_annual || p.kind == target_kind::cumulative;
    if (p.rule == passes::by_direction && p.against == line::stated && !aggregate)
        return higher ? target_kind::at_least : target_kind::at_most;
    if (p.rule == passes::by_direction && p.against == line::higher_level)
        return higher ? target_kind::assigned_floor : target_kind::within_ceiling;
    return p.kind;
}

/// The target a phrase states on indicator `i`, before its figures: its kind, and its
/// relation where the kind keeps one (versus_previous, a strict benchmark), with the
/// indicator's direction deciding the phrases that follow it (达到 on a lower-is-better
/// indicator is at most, 省定 a ceiling). `kind` in the table is the kind where higher is
/// better. The caller fills in the value, tolerance, other indicator or
/// base year that the phrase's line needs.
constexpr target phrased(const phrase& p, const indicator_info& i) noexcept {
    target t;
    t.reads = &i;
    t.kind = kind_of(p, i.better);
    t.rel = relation_of(p.rule, i.better);
    if (p.word != commitment::stated && p.role != phrase_role::tier_stretch) t.word = p.word;
    return t;
}

}  // namespace v0
}  // namespace daye

#endif
