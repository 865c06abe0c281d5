// Targets: conditions on indicators, in the forms a county plan states them, and
// measures, the commitments without a number.
//
// One flat constexpr struct serves all kinds, so that a group holds its entries in one
// plain array, in the report's order. Builders take indicator handles and typed values
// (at_least(gdp_growth, 7.5_pct)) and check at compile time what can be checked there:
// that the value's unit measures what the indicator measures (money converts exactly:
// 200000_wan on a 亿元 indicator is 20 亿元), and that two compared indicators share a
// price basis. Setters add the report's words: the phrase, the English name and the
// commitment word. A target's id is its indicator's id unless named() gives another.
#ifndef DAYE_TARGET_HPP
#define DAYE_TARGET_HPP

#include <string_view>
#include <type_traits>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/commitment.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/measure.hpp"
#include "daye/price_basis.hpp"
#include "daye/relation.hpp"
#include "daye/roles.hpp"
#include "daye/span.hpp"
#include "daye/text.hpp"

namespace daye {
inline namespace v0 {

/// Every form of target a county plan states, and measures.
enum class target_kind : unsigned char {
    at_least,    ///< actual >= value (以上, 不低于, 达到)
    more_than,   ///< actual > value, strictly (超过, 高于)
    at_most,     ///< actual <= value (以内, 不超过, 控制在)
    less_than,   ///< actual < value, strictly (低于)
    about,       ///< value ± tolerance (7%左右, the width a convention); beyond the band on the better side is met
    keeps_pace,  ///< A keeps pace with B: A >= B - tolerance (收入与经济增长同步)
    exceeds,     ///< A exceeds B: A > B - tolerance, strictly
    versus_benchmark,  ///< actual vs a benchmark supplied at evaluation (a city average), with a margin
    rank_at_most,      ///< rank <= value (1 is best)
    rank_improves,     ///< this year's rank better (smaller) than last year's
    versus_previous,   ///< actual against the previous period's figure (继续下降, 不低于上年, 稳步提高)
    stable,            ///< the previous period's figure ± a band (保持稳定); beyond it on the better side is met
    versus_base_year,  ///< a multiple of the figure of a base year (翻一番: twice it), in the indicator's direction
    average_annual,    ///< 年均: average annual growth since a base year, chained from each year's rate
    cumulative,        ///< 累计: the total of the years from a first year to the year judged
    milestone,         ///< done by the deadline
    within_ceiling,    ///< actual <= a ceiling set by a higher level, supplied at evaluation
    assigned_floor,    ///< actual >= a quota assigned by a higher level, supplied at evaluation
    of_which,          ///< at least, for a part of another target (其中)
    level,             ///< a level (a stock, not a growth rate) to reach: actual >= value
    red_line,          ///< a floor assigned from above: actual >= value; vetoes in the library's model
    measure,           ///< a named project, programme or list; progress reported as a status
};

/// The id used in JSON and tables.
constexpr std::string_view name(target_kind k) noexcept {
    switch (k) {
        case target_kind::at_least: return "at_least";
        case target_kind::more_than: return "more_than";
        case target_kind::at_most: return "at_most";
        case target_kind::less_than: return "less_than";
        case target_kind::about: return "about";
        case target_kind::keeps_pace: return "keeps_pace";
        case target_kind::exceeds: return "exceeds";
        case target_kind::versus_benchmark: return "versus_benchmark";
        case target_kind::rank_at_most: return "rank_at_most";
        case target_kind::rank_improves: return "rank_improves";
        case target_kind::versus_previous: return "versus_previous";
        case target_kind::stable: return "stable";
        case target_kind::versus_base_year: return "versus_base_year";
        case target_kind::average_annual: return "average_annual";
        case target_kind::cumulative: return "cumulative";
        case target_kind::milestone: return "milestone";
        case target_kind::within_ceiling: return "within_ceiling";
        case target_kind::assigned_floor: return "assigned_floor";
        case target_kind::of_which: return "of_which";
        case target_kind::level: return "level";
        case target_kind::red_line: return "red_line";
        case target_kind::measure: return "measure";
    }
    return "at_least";
}

// Reached only when a builder is misused with values known only at evaluation: in a
// constant expression the compiler names the function, at run time it throws.
namespace error_in_constant_expression {
[[noreturn]] inline void tolerance_is_not_in_the_unit_of_a_change_of_the_indicator() {
    raise(errc::incompatible_units);
}
[[noreturn]] inline void stretch_is_not_beyond_the_floor_on_the_side_that_passes() { raise(errc::out_of_range); }
[[noreturn]] inline void stretch_is_not_in_the_unit_of_the_indicator() { raise(errc::incompatible_units); }
[[noreturn]] inline void only_a_target_with_its_own_threshold_has_a_stretch() { raise(errc::out_of_range); }
[[noreturn]] inline void the_factor_of_a_base_year_must_be_positive() { raise(errc::out_of_range); }
[[noreturn]] inline void more_conditions_in_one_entry_than_max_conditions() { raise(errc::out_of_range); }
[[noreturn]] inline void a_condition_of_a_compound_entry_is_compound_itself() { raise(errc::out_of_range); }
}  // namespace error_in_constant_expression

namespace detail {
/// The indicator Tag is a rank.
template <class Tag, const unit& U>
constexpr void require_rank() {
    static_assert(for_indicator<Tag>::holds(convertible(U, units::rank)),
                  "daye: rank_at_most and rank_improves read a rank indicator (unit rank, 1 is best)");
}
}  // namespace detail

/// How many conditions one entry holds at most: the entry's own and two others.
inline constexpr std::size_t max_conditions = 3;

/// A condition on one or more indicators, or a measure, with the report's words.
struct target {
    /// The entry's own id, where it is not its indicator's: given by named(), and by
    /// measures and milestones; empty otherwise (see id()).
    std::string_view name;
    /// The indicator judged; null for measures and milestones, whose progress is
    /// reported under their own id.
    const indicator_info* reads = nullptr;
    /// keeps_pace, exceeds: the indicator compared with; versus_benchmark: the benchmark;
    /// within_ceiling: the ceiling; of_which and a red line inside another: the whole.
    const indicator_info* other = nullptr;
    std::string_view parent;  ///< of_which, a red line inside another: the target this is part of
    decimal value{};          ///< the threshold, in the indicator's unit; versus_benchmark: the margin
    decimal tolerance{};      ///< about, stable: half-width of the band; keeps_pace, exceeds: allowed shortfall
    decimal stretch{};        ///< a tiered entry (确保X、力争Y): Y, the stretch beyond the floor X
    /// versus_base_year: the year whose figure `value` multiplies; average_annual: the base
    /// year, whose growth is not counted; cumulative: the first year counted.
    int base_year = 0;
    date deadline{};               ///< milestone
    span<const named_item> items;  ///< measure: the named parts, when the report lists them
    /// A compound entry (继续下降且控制在…以内): the other conditions of the same commitment,
    /// each a target on its own indicator; the entry is met when every condition is.
    span<const target> also;
    std::string_view phrase_zh;  ///< the report's own words
    std::string_view name_en;
    target_kind kind = target_kind::at_least;
    /// versus_previous: how the figure compares with the previous period's (继续下降 is
    /// less_than); versus_benchmark: more_than when strictly better is asked (高于全市平均);
    /// the other kinds fix their relation by their kind and direction.
    relation rel = relation::at_least;
    commitment word = commitment::stated;
    /// The stretch's word (力争, 冲刺) in a tiered entry; stated (none) when the entry has
    /// no stretch. The floor's word is `word`.
    commitment stretch_word = commitment::stated;
    /// stable: the band is the library's default, not the report's: outputs say so.
    bool assumed_band = false;
    /// A role, not a kind: when the entry is missed the whole assessment fails (一票否决).
    /// Red lines have it; any binding entry may (a ceiling on work-safety deaths).
    bool vetoes = false;

    /// The entry's id: its own name, or else its indicator's id.
    constexpr std::string_view id() const noexcept { return name.empty() && reads != nullptr ? reads->id : name; }
    /// The id of what it reads in data: its indicator's, or its own for measures and milestones.
    constexpr std::string_view indicator_id() const noexcept { return reads != nullptr ? reads->id : name; }
    /// The unit its figures are judged in.
    constexpr const unit& measured_in() const noexcept {
        if (reads != nullptr) return *reads->measured_in;
        return kind == target_kind::milestone ? units::date : units::status;
    }

    /// True for kinds that carry a threshold in `value`.
    constexpr bool has_value() const noexcept {
        switch (kind) {
            case target_kind::keeps_pace:
            case target_kind::exceeds:
            case target_kind::rank_improves:
            case target_kind::versus_previous:
            case target_kind::stable:
            case target_kind::versus_base_year:
            case target_kind::milestone:
            case target_kind::within_ceiling:
            case target_kind::assigned_floor:
            case target_kind::measure: return false;
            default: return true;
        }
    }
    /// A floor and a stretch in one entry (确保X、力争Y).
    constexpr bool tiered() const noexcept { return stretch_word != commitment::stated; }
    constexpr bool is_relational() const noexcept {
        return kind == target_kind::keeps_pace || kind == target_kind::exceeds;
    }
    /// True for kinds that read a second indicator (`other`).
    constexpr bool reads_other() const noexcept {
        return is_relational() || kind == target_kind::versus_benchmark || kind == target_kind::within_ceiling ||
               kind == target_kind::assigned_floor;
    }

    /// The entry's own id, where it is not its indicator's: rank_at_most(county_rank,
    /// 50_th).named("top50_sprint").
    constexpr target named(text entry_id) const noexcept {
        target t = *this;
        t.name = entry_id.view;
        return t;
    }
    constexpr target says(text zh) const noexcept {
        target t = *this;
        t.phrase_zh = zh.view;
        return t;
    }
    constexpr target en(text english) const noexcept {
        target t = *this;
        t.name_en = english.view;
        return t;
    }
    constexpr target committed(commitment w) const noexcept {
        target t = *this;
        t.word = w;
        return t;
    }
    /// A stretch beyond the threshold, hoped for, in one entry with it: 确保增长7%、力争8%
    /// is at_least(gdp_growth, 7_pct).committed(commitment::ensure).stretch_to(8_pct,
    /// commitment::strive). The threshold decides the verdict; the stretch says how far
    /// the figure went. Only kinds with their own threshold (at least, more than, at most,
    /// less than, level) take one, beyond the threshold on the side that passes.
    template <const unit& U>
    constexpr target stretch_to(quantity<U> aspiration, commitment w) const {
        target t = *this;
        const bool upward =
            kind == target_kind::at_least || kind == target_kind::more_than || kind == target_kind::level;
        const bool downward = kind == target_kind::at_most || kind == target_kind::less_than;
        if ((!upward && !downward) || reads == nullptr || w == commitment::stated)
            error_in_constant_expression::only_a_target_with_its_own_threshold_has_a_stretch();
        if (!convertible(U, measured_in())) error_in_constant_expression::stretch_is_not_in_the_unit_of_the_indicator();
        t.stretch = detail::exactly_in(aspiration, measured_in(), detail::dimensions_checked{});
        if (upward ? !(t.stretch > t.value) : !(t.stretch < t.value))
            error_in_constant_expression::stretch_is_not_beyond_the_floor_on_the_side_that_passes();
        t.stretch_word = w;
        return t;
    }
    /// Under one-vote veto: a miss fails the whole assessment. The entry is binding
    /// (守住…底线: an assigned quota or bottom line), whatever its kind.
    constexpr target under_veto() const noexcept {
        target t = committed(commitment::binding);
        t.vetoes = true;
        return t;
    }
    /// keeps_pace, exceeds: the shortfall allowed, in the unit of a change of the
    /// indicator (0.5_pp for a rate in percent).
    template <const unit& U>
    constexpr target within(quantity<U> slack) const {
        target t = *this;
        const unit& d = detail::difference_unit(measured_in());
        if (!convertible(U, d))
            error_in_constant_expression::tolerance_is_not_in_the_unit_of_a_change_of_the_indicator();
        t.tolerance = detail::exactly_in(slack, d, detail::dimensions_checked{});
        return t;
    }
    /// One commitment with several conditions, tallied once: 收入达到100亿元、增长8%以上 is
    /// level(revenue, 100_yi).together_with(more), more = {at_least(revenue_growth, 8_pct)}.
    /// At most max_conditions − 1 others, none compound itself (validate() says so).
    constexpr target together_with(span<const target> others) const {
        if (others.size() + 1 > max_conditions)
            error_in_constant_expression::more_conditions_in_one_entry_than_max_conditions();
        for (const target& o : others)
            if (!o.also.empty()) error_in_constant_expression::a_condition_of_a_compound_entry_is_compound_itself();
        target t = *this;
        t.also = others;
        return t;
    }
    constexpr target lists(span<const named_item> named_items) const noexcept {
        target t = *this;
        t.items = named_items;
        return t;
    }
};

namespace detail {
constexpr target target_on(const indicator_info& i, target_kind kind, decimal value = {},
                           const indicator_info* other = nullptr) noexcept {
    target t;
    t.reads = &i;
    t.other = other;
    t.kind = kind;
    t.value = value;
    return t;
}
constexpr target target_of(text id, target_kind kind) noexcept {
    target t;
    t.name = id.view;
    t.kind = kind;
    return t;
}
}  // namespace detail

/// actual >= value: 确保新增高新技术企业50家 is at_least(new_high_tech_enterprises, 50_enterprises).
template <const unit& U, class B, class T, const unit& V>
constexpr target at_least(const indicator<U, B, T>& i, quantity<V> value, detail::unit_of_value<T, U, V> in_unit = {}) {
    return detail::target_on(i, target_kind::at_least, detail::exactly_in(value, U, in_unit));
}

/// actual > value, strictly (超过, 高于): 超过1000亿元 is not met by 1000 亿元.
template <const unit& U, class B, class T, const unit& V>
constexpr target more_than(const indicator<U, B, T>& i, quantity<V> value,
                           detail::unit_of_value<T, U, V> in_unit = {}) {
    target t = detail::target_on(i, target_kind::more_than, detail::exactly_in(value, U, in_unit));
    t.rel = relation::more_than;
    return t;
}

/// actual < value, strictly (低于): PM2.5低于35 is not met by 35.
template <const unit& U, class B, class T, const unit& V>
constexpr target less_than(const indicator<U, B, T>& i, quantity<V> value,
                           detail::unit_of_value<T, U, V> in_unit = {}) {
    target t = detail::target_on(i, target_kind::less_than, detail::exactly_in(value, U, in_unit));
    t.rel = relation::less_than;
    return t;
}

/// actual <= value: 城镇调查失业率控制在5.5%以内.
template <const unit& U, class B, class T, const unit& V>
constexpr target at_most(const indicator<U, B, T>& i, quantity<V> value, detail::unit_of_value<T, U, V> in_unit = {}) {
    return detail::target_on(i, target_kind::at_most, detail::exactly_in(value, U, in_unit));
}

/// value ± tolerance: 增长6%左右 is about(gdp_growth, 6_pct, 0.5_pp). The band is
/// one-sided by the indicator's direction: beyond it on the better side is met, on the
/// worse side missed (CPI 3%左右, lower is better, is a ceiling: 6 % misses it).
template <const unit& U, class B, class T, const unit& V, const unit& W>
constexpr target about(const indicator<U, B, T>& i, quantity<V> value, quantity<W> tolerance,
                       detail::unit_of_value<T, U, V> in_unit = {},
                       detail::unit_of_difference<T, U, W> in_difference_unit = {}) {
    target t = detail::target_on(i, target_kind::about, detail::exactly_in(value, U, in_unit));
    t.tolerance = detail::exactly_in(tolerance, detail::difference_unit(U), in_difference_unit);
    return t;
}

/// A level to reach (a stock such as GDP in 亿元, not a growth rate).
template <const unit& U, class B, class T, const unit& V>
constexpr target level(const indicator<U, B, T>& i, quantity<V> value, detail::unit_of_value<T, U, V> in_unit = {}) {
    return detail::target_on(i, target_kind::level, detail::exactly_in(value, U, in_unit));
}

/// A red line: a floor assigned from above and assessed, 守住63.85万亩耕地保有量. A breach
/// vetoes the plan in the library's model of the higher level's assessment (一票否决).
template <const unit& U, class B, class T, const unit& V>
constexpr target red_line(const indicator<U, B, T>& i, quantity<V> floor, detail::unit_of_value<T, U, V> in_unit = {}) {
    return detail::target_on(i, target_kind::red_line, detail::exactly_in(floor, U, in_unit)).under_veto();
}

/// A red line inside another, whose floor can never exceed the whole's: permanent basic
/// farmland within cultivated land.
template <const unit& U, class B, class T, const unit& V, class W>
constexpr target red_line(const indicator<U, B, T>& i, quantity<V> floor, whole_of<W> whole,
                          detail::comparable<T, B, typename W::basis_type, false, U, W::unit_of()> = {}) {
    target t = red_line(i, floor);
    t.other = &whole.indicator;
    t.parent = whole.target_id;
    return t;
}

/// At least `value`, as a part of a whole (其中省外资金360亿元 is of_which(
/// funds_from_outside_province, 360_yi, part_of(funds_in_place))).
template <const unit& U, class B, class T, const unit& V, class W>
constexpr target of_which(const indicator<U, B, T>& i, quantity<V> value, whole_of<W> whole,
                          detail::comparable<T, B, typename W::basis_type, false, U, W::unit_of()> = {},
                          detail::unit_of_value<T, U, V> in_unit = {}) {
    target t = detail::target_on(i, target_kind::of_which, detail::exactly_in(value, U, in_unit), &whole.indicator);
    t.parent = whole.target_id;
    return t;
}

/// A rank no worse than `place` (1 is best): 冲刺全国50强 is rank_at_most(county_rank, 50_th).
template <const unit& U, class B, class T>
constexpr target rank_at_most(const indicator<U, B, T>& i, quantity<units::rank> place) {
    detail::require_rank<T, U>();
    return detail::target_on(i, target_kind::rank_at_most, place.value());
}

/// This year's rank better than last year's (推进百强再进位).
template <const unit& U, class B, class T>
constexpr target rank_improves(const indicator<U, B, T>& i) {
    detail::require_rank<T, U>();
    return detail::target_on(i, target_kind::rank_improves);
}

/// Against the same indicator's figure of the previous period, by `r`: 继续下降 is
/// versus_previous(energy_intensity, relation::less_than) (strictly below last year),
/// 不低于上年 relation::at_least, 稳步提高 relation::more_than.
template <const unit& U, class B, class T>
constexpr target versus_previous(const indicator<U, B, T>& i, relation r) {
    target t = detail::target_on(i, target_kind::versus_previous);
    t.rel = r;
    return t;
}

/// The previous period's figure ± `band`, the band one-sided by the indicator's direction
/// (保持稳定, 基本稳定 with the band the report states): grain output stable within 1 万吨.
template <const unit& U, class B, class T, const unit& W>
constexpr target stable(const indicator<U, B, T>& i, quantity<W> band,
                        detail::unit_of_difference<T, U, W> in_difference_unit = {}) {
    target t = detail::target_on(i, target_kind::stable);
    t.tolerance = detail::exactly_in(band, detail::difference_unit(U), in_difference_unit);
    return t;
}
/// The same where the report states no band, for a rate in percent: the library's
/// default band, stable_band (0.5 percentage point), which outputs report as assumed.
/// Other indicators have no default: state the band.
inline constexpr decimal stable_band{5, 1, decimal::raw{}};
template <const unit& U, class B, class T>
constexpr target stable(const indicator<U, B, T>& i) {
    static_assert(convertible(U, units::percent),
                  "daye: a default band for stable() exists only for rates in percent (0.5 percentage point); "
                  "state the band: stable(indicator, band)");
    target t = detail::target_on(i, target_kind::stable);
    t.tolerance = stable_band;
    t.assumed_band = true;
    return t;
}

/// `factor` times the figure of `base_year`, in the indicator's direction (at least it
/// where higher is better): 翻一番 on 2020 is doubles(gdp_level, 2020).
template <const unit& U, class B, class T>
constexpr target multiple_of_base_year(const indicator<U, B, T>& i, decimal factor, int base_year) {
    if (factor.sign() <= 0) error_in_constant_expression::the_factor_of_a_base_year_must_be_positive();
    target t = detail::target_on(i, target_kind::versus_base_year, factor);
    t.base_year = base_year;
    return t;
}
/// How many years an average or a total runs over at most: a five-year plan and more.
inline constexpr int max_years = 10;

/// Average annual growth since `base_year` at least `value` (年均增长7%以上 over the 14th
/// Five-Year Plan is average_annual(gdp_growth, 7_pct, 2020)): each year's growth rate is
/// chained, and the product compared exactly with (1 + value)^years; at most `value`
/// where lower is better.
template <const unit& U, class B, class T, const unit& V>
constexpr target average_annual(const indicator<U, B, T>& i, quantity<V> value, int base_year,
                                detail::unit_of_value<T, U, V> in_unit = {}) {
    static_assert(convertible(U, units::percent),
                  "daye: average annual growth (average_annual) reads a growth rate in percent, year by year");
    target t = detail::target_on(i, target_kind::average_annual, detail::exactly_in(value, U, in_unit));
    t.base_year = base_year;
    return t;
}

/// The total of the years from `first_year` to the year judged at least `value` (累计完成
/// 投资3000亿元), at most where lower is better.
template <const unit& U, class B, class T, const unit& V>
constexpr target cumulative(const indicator<U, B, T>& i, quantity<V> value, int first_year,
                            detail::unit_of_value<T, U, V> in_unit = {}) {
    static_assert(!convertible(U, units::percent) && !convertible(U, units::rank),
                  "daye: a cumulative total (cumulative) adds amounts or counts, not rates or ranks");
    target t = detail::target_on(i, target_kind::cumulative, detail::exactly_in(value, U, in_unit));
    t.base_year = first_year;
    return t;
}

/// Twice the figure of `base_year` (翻一番).
template <const unit& U, class B, class T>
constexpr target doubles(const indicator<U, B, T>& i, int base_year) {
    return multiple_of_base_year(i, decimal(2), base_year);
}

/// `a` keeps pace with `b`: 城乡居民收入增长与经济增长保持同步 is keeps_pace(income growth, with(gdp_growth)).
template <const unit& U, class B, class T, class O>
constexpr target keeps_pace(const indicator<U, B, T>& a, compared_with<O> b,
                            detail::comparable<T, B, typename O::basis_type, false, U, O::unit_of()> = {}) {
    return detail::target_on(a, target_kind::keeps_pace, {}, &b.indicator);
}
/// The same, where one basis is unstated by the source and the plan says it knows.
template <const unit& U, class B, class T, class O>
constexpr target keeps_pace(const indicator<U, B, T>& a, compared_with<O> b, acknowledge_unstated_basis_t,
                            detail::comparable<T, B, typename O::basis_type, true, U, O::unit_of()> = {}) {
    return detail::target_on(a, target_kind::keeps_pace, {}, &b.indicator);
}

/// `a` strictly exceeds `b`: 农村居民收入增速快于城镇居民 is exceeds(rural, than(urban)).
template <const unit& U, class B, class T, class O>
constexpr target exceeds(const indicator<U, B, T>& a, compared_with<O> b,
                         detail::comparable<T, B, typename O::basis_type, false, U, O::unit_of()> = {}) {
    return detail::target_on(a, target_kind::exceeds, {}, &b.indicator);
}
/// The same, where one basis is unstated by the source and the plan says it knows.
template <const unit& U, class B, class T, class O>
constexpr target exceeds(const indicator<U, B, T>& a, compared_with<O> b, acknowledge_unstated_basis_t,
                         detail::comparable<T, B, typename O::basis_type, true, U, O::unit_of()> = {}) {
    return detail::target_on(a, target_kind::exceeds, {}, &b.indicator);
}

/// At least `margin` better than a benchmark supplied at evaluation (高于全市平均水平1个百分点:
/// versus_benchmark(investment_growth, benchmark(city_average), 1_pp)); "better" follows
/// the indicator's direction.
template <const unit& U, class B, class T, class O, const unit& V>
constexpr target versus_benchmark(const indicator<U, B, T>& i, benchmark_of<O> bench, quantity<V> margin,
                                  detail::comparable<T, B, typename O::basis_type, false, U, O::unit_of()> = {},
                                  detail::unit_of_difference<T, U, V> in_difference_unit = {}) {
    return detail::target_on(i, target_kind::versus_benchmark,
                             detail::exactly_in(margin, detail::difference_unit(U), in_difference_unit),
                             &bench.indicator);
}

/// Strictly better than a benchmark supplied at evaluation (高于全市平均水平: above it
/// where higher is better, below it where lower is).
template <const unit& U, class B, class T, class O>
constexpr target beats_benchmark(const indicator<U, B, T>& i, benchmark_of<O> bench,
                                 detail::comparable<T, B, typename O::basis_type, false, U, O::unit_of()> = {}) {
    target t = detail::target_on(i, target_kind::versus_benchmark, {}, &bench.indicator);
    t.rel = relation::more_than;
    return t;
}

/// At least a quota assigned by a higher level, supplied at evaluation
/// (完成上级下达的目标任务).
template <const unit& U, class B, class T, class O>
constexpr target at_least_assigned(const indicator<U, B, T>& i, quota_of<O> bound,
                                   detail::comparable<T, B, typename O::basis_type, false, U, O::unit_of()> = {}) {
    return detail::target_on(i, target_kind::assigned_floor, {}, &bound.indicator);
}

/// At most a ceiling set by a higher level, supplied at evaluation (控制在省定目标以内).
template <const unit& U, class B, class T, class O>
constexpr target within_ceiling(const indicator<U, B, T>& i, ceiling_of<O> bound,
                                detail::comparable<T, B, typename O::basis_type, false, U, O::unit_of()> = {}) {
    return detail::target_on(i, target_kind::within_ceiling, {}, &bound.indicator);
}

/// Done by `deadline` (年底建成: by 31 December); progress is reported under `id`.
constexpr target milestone(text id, date deadline) noexcept {
    target t = detail::target_of(id, target_kind::milestone);
    t.deadline = deadline;
    return t;
}

/// A named project, programme or list; its status is reported under `id`, not a figure.
constexpr target measure(text id) noexcept { return detail::target_of(id, target_kind::measure); }

}  // namespace v0
}  // namespace daye

#endif
