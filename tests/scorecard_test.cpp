#include <type_traits>
#include <utility>
#include <vector>

#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

#include "catch.hpp"
#include "data/reported_2024.hpp"
#include "indicators.hpp"

using namespace daye;
using namespace daye::literals;
using namespace daye::catalog;
using daye::plans::daye_2024;
using daye::test_data::reported_2024;

namespace {
constexpr decimal d(std::string_view text) { return parse_decimal(text).value(); }

DAYE_CONSTEXPR scorecard<128> card = score(daye_2024, reported_2024).value();

constexpr const assessment& of(std::string_view id) { return card.at(id).value()->result; }
constexpr bool is(std::string_view id, verdict v, std::string_view gap) {
    return of(id).outcome() == v && of(id).gap().known() && *of(id).gap() == d(gap) &&
           to_text(*of(id).gap()).view() == gap;
}
}  // namespace

TEST_CASE("the 2024 scorecard on the real data, at compile time") {
    STATIC_REQUIRE(card.results().size() == 69);
    STATIC_REQUIRE(card.year() == 2024);
    STATIC_REQUIRE(is("gdp_growth", verdict::met, "0.5"));
    STATIC_REQUIRE(of("gdp_growth").status() == data_status::preliminary);
    STATIC_REQUIRE(is("industrial_value_added_growth", verdict::missed, "-1.0"));
    STATIC_REQUIRE(is("fixed_asset_investment_growth", verdict::met, "3.5"));
    STATIC_REQUIRE(is("retail_sales_growth", verdict::missed, "-4.5"));
    STATIC_REQUIRE(is("local_budget_revenue_growth", verdict::met, "4.8"));
    STATIC_REQUIRE(is("top50_sprint", verdict::missed, "-5"));
    STATIC_REQUIRE(*of("top50_sprint").actual() == decimal(55));
    STATIC_REQUIRE(is("top100_rank_advance", verdict::met, "2"));
    STATIC_REQUIRE(*of("top100_rank_advance").compared() == decimal(57));
    STATIC_REQUIRE(of("income_in_step_with_growth").outcome() == verdict::unknown);
    STATIC_REQUIRE(of("income_in_step_with_growth").missing() == "urban_resident_income_growth_real");
    STATIC_REQUIRE(of("energy_within_provincial_target").missing() == "energy_intensity_change");
    STATIC_REQUIRE(of("cultivated_land_red_line").outcome() == verdict::unknown);
    STATIC_REQUIRE(of("basic_farmland_red_line").outcome() == verdict::unknown);
    STATIC_REQUIRE(of("land_consolidation").outcome() == verdict::unknown);  // the measure item 6 added
    STATIC_REQUIRE(card.overall().met == 4);
    STATIC_REQUIRE(card.overall().missed == 3);
    STATIC_REQUIRE(card.overall().unknown == 62);
    STATIC_REQUIRE(card.overall().not_applicable == 0);
    STATIC_REQUIRE_FALSE(card.vetoed());
    STATIC_REQUIRE_FALSE(card.complete());
    STATIC_REQUIRE(card.verdict() == plan_verdict::missed);
    STATIC_REQUIRE(card.of(daye_2024.headline).total() == 12);
    STATIC_REQUIRE(card.of(daye_2024.headline).met == 4);
    STATIC_REQUIRE(card.of(daye_2024.groups[0]).unknown == 7);
    STATIC_REQUIRE(card.without_data() == 62);
}

TEST_CASE("the data's figure the plan does not read is reported, with no suggestion when none is near") {
    STATIC_REQUIRE(card.unread_count() == 1);
    STATIC_REQUIRE(card.unread()[0].indicator() == "local_budget_revenue");
    STATIC_REQUIRE(card.unread()[0].year == 2024);
    STATIC_REQUIRE(card.unread()[0].nearest().empty());
    const auto at_run_time = score(daye_2024, reported_2024).value();
    CHECK(at_run_time.unread()[0].nearest().empty());  // local_budget_revenue_growth is 7 edits away
}

TEST_CASE("a misspelt id in the data: the observation is unread, its target has no data, each names the other") {
    const observation typo[] = {observation("gdp_grwoth", 2024, d("8.0"), units::percent),
                                observed(county_rank, 2024, 55_th)};
    const auto misspelt = score(daye_2024, typo).value();
    REQUIRE(misspelt.unread_count() == 1);
    CHECK(misspelt.unread()[0].indicator() == "gdp_grwoth");
    CHECK(misspelt.unread()[0].nearest() == "gdp_growth");
    const scored_entry& gdp = *misspelt.at("gdp_growth").value();
    CHECK(gdp.result.why() == finding::not_reported);
    CHECK(gdp.did_you_mean() == "gdp_grwoth");
    CHECK(misspelt.at("top50_sprint").value()->did_you_mean().empty());
    // The same at compile time, but for the suggestions, which cost more than the scorecard
    // (a static_assert even where the tests run their compile-time checks at run time too).
    static constexpr observation typo_fixed[] = {observation("gdp_grwoth", 2024, decimal(8), units::percent)};
    static_assert(score(daye_2024, typo_fixed).value().unread_count() == 1);
    static_assert(score(daye_2024, typo_fixed).value().unread()[0].nearest().empty());
}

TEST_CASE("other regions' data is neither read nor reported as unread") {
    DAYE_CONSTEXPR observation mixed[] = {observed(gdp_growth, 2024, 6.0_pct).in("hubei"),
                                          observed(gdp_growth, 2024, 8.0_pct).in("daye"),
                                          observation("unknown_thing", 2024, decimal(1), units::percent).in("hubei")};
    DAYE_CONSTEXPR auto regional = score(daye_2024, mixed).value();
    STATIC_REQUIRE(regional.at("gdp_growth").value()->result.outcome() == verdict::met);
    STATIC_REQUIRE(regional.unread_count() == 0);
}

TEST_CASE("many observations: the unread ones are found the same way") {
    std::vector<observation> many(100, observed(county_rank, 2023, 57_th));
    many.push_back(observed(gdp_growth, 2024, 8.0_pct));
    many.push_back(observation("gdp_grwoth", 2024, d("8.0"), units::percent));
    const auto big = score(daye_2024, span<const observation>(many.data(), many.size())).value();
    CHECK(big.unread_count() == 1);
    CHECK(big.unread()[0].nearest() == "gdp_growth");
    CHECK(big.at("gdp_growth").value()->result.outcome() == verdict::met);
}

TEST_CASE("the checked lookup of an entry is an error for an id the plan does not have") {
    STATIC_REQUIRE(card.at("gdp_grwoth").error() == errc::unknown_id);
    STATIC_REQUIRE(card.find("gdp_grwoth") == nullptr);
    CHECK_THROWS_AS(card.at("gdp_grwoth").value(), bad_result_access);
}

TEST_CASE("everything not reported is unknown, never met or missed") {
    for (const scored_entry& e : card.results()) {
        const bool reported = find_observation(reported_2024, e.entry->indicator_id(), 2024) != nullptr;
        if (!reported) CHECK(e.result.outcome() == verdict::unknown);
    }
}

TEST_CASE("a red line known to be breached makes the plan's verdict vetoed; the other entries keep theirs") {
    DAYE_CONSTEXPR observation breached[] = {
        observed(gdp_growth, 2024, 8.0_pct),
        observed(cultivated_land, 2024, 638499_mu),
        observed(permanent_basic_farmland, 2024, 573400_mu),
    };
    DAYE_CONSTEXPR auto vetoed = score(daye_2024, breached).value();
    STATIC_REQUIRE(vetoed.vetoed());
    STATIC_REQUIRE(vetoed.verdict() == plan_verdict::vetoed);
    STATIC_REQUIRE(vetoed.at("basic_farmland_red_line").value()->result.outcome() == verdict::met);
    DAYE_CONSTEXPR observation held[] = {observed(cultivated_land, 2024, 638500_mu)};
    STATIC_REQUIRE_FALSE(score(daye_2024, held).value().vetoed());
}

TEST_CASE("the veto is a role: a binding ceiling missed vetoes the plan, met it does not") {
    static DAYE_CONSTEXPR target only[] = {
        at_least(test_indicators::firms, 10_enterprises),
        at_most(test_indicators::deaths, 5_persons).under_veto(),
    };
    DAYE_CONSTEXPR plan small{"small", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", only}, {}};
    STATIC_REQUIRE(validate(small).ok());
    STATIC_REQUIRE(only[1].word == commitment::binding);
    DAYE_CONSTEXPR observation over[] = {observed(test_indicators::firms, 2024, 12_enterprises),
                                         observed(test_indicators::deaths, 2024, 6_persons)};
    DAYE_CONSTEXPR observation within[] = {observed(test_indicators::firms, 2024, 12_enterprises),
                                           observed(test_indicators::deaths, 2024, 5_persons)};
    STATIC_REQUIRE(score(small, over).value().verdict() == plan_verdict::vetoed);
    STATIC_REQUIRE(score(small, within).value().verdict() == plan_verdict::met);
    // Without the role, the same miss is only a miss.
    static DAYE_CONSTEXPR target plain[] = {at_most(test_indicators::deaths, 5_persons)};
    DAYE_CONSTEXPR plan unbound{"small", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", plain}, {}};
    STATIC_REQUIRE(score(unbound, over).value().verdict() == plan_verdict::missed);
}

TEST_CASE("a compound entry is tallied once") {
    static DAYE_CONSTEXPR target more[] = {at_least(test_indicators::firms, 10_enterprises)};
    static DAYE_CONSTEXPR target only[] = {
        at_most(test_indicators::deaths, 5_persons).named("safe_and_busy").together_with(more)};
    static DAYE_CONSTEXPR plan small{"small", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", only}, {}};
    STATIC_REQUIRE(validate(small).ok());
    DAYE_CONSTEXPR observation obs[] = {observed(test_indicators::deaths, 2024, 4_persons),
                                        observed(test_indicators::firms, 2024, 9_enterprises)};
    DAYE_CONSTEXPR auto c = score(small, obs).value();
    STATIC_REQUIRE(c.overall().total() == 1);
    STATIC_REQUIRE(c.overall().missed == 1);
    STATIC_REQUIRE(c.unread_count() == 0);  // the second condition's figure is read
    STATIC_REQUIRE(small.reads("firms"));
}

TEST_CASE("a plan with every entry met is met and complete; unknowns make it incomplete") {
    static DAYE_CONSTEXPR target only[] = {at_least(test_indicators::firms, 10_enterprises), measure("bridge")};
    DAYE_CONSTEXPR plan small{"small", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", only}, {}};
    DAYE_CONSTEXPR observation all[] = {observed(test_indicators::firms, 2024, 10_enterprises),
                                        observed("bridge", 2024, measure_status::done)};
    DAYE_CONSTEXPR observation half[] = {observed(test_indicators::firms, 2024, 10_enterprises)};
    STATIC_REQUIRE(score(small, all).value().verdict() == plan_verdict::met);
    STATIC_REQUIRE(score(small, all).value().complete());
    STATIC_REQUIRE(score(small, half).value().verdict() == plan_verdict::incomplete);
    STATIC_REQUIRE(score<1>(small, all).error() == errc::out_of_range);
    STATIC_REQUIRE(name(plan_verdict::vetoed) == "vetoed");
}

namespace {
constexpr bool same(const maybe<decimal>& a, const maybe<decimal>& b) {
    return a.known() == b.known() && (!a.known() || *a == *b);
}

/// Every count and every verdict of two scorecards, entry by entry, and what each could
/// not use.
template <std::size_t N>
constexpr bool same_cards(const scorecard<N>& a, const scorecard<N>& b) {
    const tally x = a.overall();
    const tally y = b.overall();
    if (x.met != y.met || x.missed != y.missed || x.unknown != y.unknown || x.not_applicable != y.not_applicable ||
        a.vetoed() != b.vetoed() || a.verdict() != b.verdict() || a.year() != b.year() ||
        a.results().size() != b.results().size() || a.unread_count() != b.unread_count())
        return false;
    for (std::size_t i = 0; i < a.results().size(); ++i) {
        const scored_entry& e = a.results()[i];
        const scored_entry& f = b.results()[i];
        if (e.entry != f.entry || e.in != f.in || e.result.outcome() != f.result.outcome() ||
            e.result.why() != f.result.why() || e.result.status() != f.result.status() ||
            e.result.missing() != f.result.missing() || !same(e.result.actual(), f.result.actual()) ||
            !same(e.result.compared(), f.result.compared()) || !same(e.result.gap(), f.result.gap()) ||
            e.did_you_mean() != f.did_you_mean())
            return false;
    }
    for (std::size_t i = 0; i < a.unread().size(); ++i)
        if (a.unread()[i].indicator() != b.unread()[i].indicator() || a.unread()[i].year != b.unread()[i].year ||
            a.unread()[i].nearest() != b.unread()[i].nearest())
            return false;
    return true;
}
}  // namespace

TEST_CASE("a plan that breaks a rule is refused, at compile time and at run time: nothing of it is scored") {
    static DAYE_CONSTEXPR target twice[] = {at_least(test_indicators::firms, 10_enterprises),
                                            at_least(test_indicators::firms, 12_enterprises)};
    DAYE_CONSTEXPR plan invalid{"invalid", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", twice}, {}};
    DAYE_CONSTEXPR observation some[] = {observed(test_indicators::firms, 2024, 11_enterprises)};
    STATIC_REQUIRE(score(invalid, some).error() == errc::invalid_plan);
    STATIC_REQUIRE(checked(invalid).error() == errc::invalid_plan);
    REQUIRE(message(errc::invalid_plan).find("validate()") != std::string_view::npos);

    // A plan built at run time, as from a file: Daye's headline goals, then each a rule
    // broken, which validate() names and score() refuses.
    const span<const target> goals = daye_2024.headline.entries;
    std::vector<target> duplicate(goals.begin(), goals.end());
    duplicate.push_back(duplicate.front());  // two entries with one id
    std::vector<target> soft(goals.begin(), goals.end());
    soft.push_back(red_line(cultivated_land, 638500_mu).named("soft_red_line").committed(commitment::expected));
    const struct {
        const std::vector<target>& entries;
        plan_problem problem;
    } cases[] = {{duplicate, plan_problem::duplicate_id}, {soft, plan_problem::red_line_not_binding}};
    for (const auto& broken : cases) {
        plan at_run_time = daye_2024;
        at_run_time.headline.entries = {broken.entries.data(), broken.entries.size()};
        at_run_time.groups = {};
        CAPTURE(explain(broken.problem));
        REQUIRE(validate(at_run_time).first().problem == broken.problem);
        CHECK(score(at_run_time, reported_2024).error() == errc::invalid_plan);
        CHECK(score<1>(at_run_time, reported_2024).error() == errc::invalid_plan);  // refused before counted
        CHECK(checked(at_run_time).error() == errc::invalid_plan);
    }
    // The headline goals alone are a plan: the refusal is the broken rule's, not the copy's.
    plan headline_only = daye_2024;
    headline_only.groups = {};
    CHECK(score(headline_only, reported_2024).ok());
}

TEST_CASE("a checked plan is scored as the plan is, without validating it again") {
    DAYE_CONSTEXPR auto checked_2024 = checked(daye_2024).value();
    STATIC_REQUIRE(&*checked_2024 == &daye_2024);
    STATIC_REQUIRE(checked_2024->entry_count() == daye_2024.entry_count());
    STATIC_REQUIRE(same_cards(score(checked_2024, reported_2024).value(), card));
    // At run time, with the suggestions: a misspelt id, and figures of another region.
    const observation typo[] = {observation("gdp_grwoth", 2024, d("8.0"), units::percent),
                                observed(county_rank, 2024, 55_th), observed(gdp_growth, 2024, 9.0_pct).in("huangshi")};
    const auto via_checked = score(checked(daye_2024).value(), typo).value();
    const auto via_plan = score(daye_2024, typo).value();
    REQUIRE(via_checked.unread()[0].nearest() == "gdp_growth");
    CHECK(same_cards(via_checked, via_plan));
    evaluation_options of_huangshi;
    of_huangshi.region = "huangshi";
    CHECK(same_cards(score(checked_2024, typo, of_huangshi).value(), score(daye_2024, typo, of_huangshi).value()));
    CHECK(score<1>(checked_2024, typo).error() == errc::out_of_range);
}

namespace {
template <class Plan, class = void>
struct can_check : std::false_type {};
template <class Plan>
struct can_check<Plan, std::void_t<decltype(checked(std::declval<Plan>()))>> : std::true_type {};
}  // namespace

TEST_CASE("a checked plan is made only by checked(), from a named plan that validates") {
    STATIC_REQUIRE(can_check<const plan&>::value);
    STATIC_REQUIRE(can_check<plan&>::value);
    // A temporary plan is refused by a static_assert that says why, which no trait sees:
    // tests/compile_fail/checked_temporary_plan.cpp.
    STATIC_REQUIRE_FALSE(std::is_default_constructible<checked_plan>::value);
    STATIC_REQUIRE_FALSE(std::is_constructible<checked_plan, const plan&>::value);
    STATIC_REQUIRE_FALSE(std::is_constructible<checked_plan, const plan*>::value);
    STATIC_REQUIRE_FALSE(std::is_convertible<const plan&, checked_plan>::value);
    STATIC_REQUIRE(std::is_trivially_copyable<checked_plan>::value);  // passed by value, as a pointer is
    STATIC_REQUIRE(checked(daye_2024).ok());
    const plan empty{"p", "x", "", "", 2024, date{2024, 1, 1}, {}, {}};
    const result<checked_plan> refused = checked(empty);
    REQUIRE(refused.error() == errc::invalid_plan);  // an empty headline group
    CHECK_THROWS_AS(refused.value(), bad_result_access);
}

TEST_CASE("measures under way are counted as not applicable; every plan verdict has a name") {
    static DAYE_CONSTEXPR target only[] = {measure("bridge"), at_least(test_indicators::firms, 10_enterprises)};
    DAYE_CONSTEXPR plan small{"small", "x", "", "", 2024, date{2024, 1, 1}, group{0, "main", "", "", only}, {}};
    DAYE_CONSTEXPR observation going[] = {observed("bridge", 2024, measure_status::under_way),
                                          observed(test_indicators::firms, 2024, 9_enterprises)};
    const auto small_card = score(small, going).value();
    CHECK(small_card.overall().not_applicable == 1);
    CHECK(small_card.overall().missed == 1);
    CHECK(small_card.complete());
    CHECK(small_card.verdict() == plan_verdict::missed);
    CHECK(small_card.find("nowhere") == nullptr);
    for (int v = 0; v <= static_cast<int>(plan_verdict::vetoed); ++v)
        CHECK_FALSE(name(static_cast<plan_verdict>(v)).empty());
}
