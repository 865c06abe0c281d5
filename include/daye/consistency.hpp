// Whether the growth rates of a panel agree with its levels: for every printed growth
// rate of a year whose level the panel also gives for that year and the year before.
//
// A growth indicator is paired with its level by id, as the catalogue names them: X_growth
// is the growth of X (gdp_growth of gdp_level, whose id says level). What the pair can
// say depends on the growth's price basis in the catalogue:
// - nominal, or not a price: the levels (current prices) must give the printed rate,
//   within the rounding of all three figures (check_growth, levels.hpp);
// - real (comparable prices): the levels cannot give it; what they give beside it is the
//   change of prices (implied_price_change), reported, not judged;
// - unstated, or an indicator the catalogue does not know: not checked, and the finding
//   says why;
// - growth of enterprises above designated size (规模以上, 规上, as the catalogue names
//   them), whatever the basis: not checked. Statistics compute it on the firms above the
//   threshold in both years, a set that changes every year, so published levels of two
//   years do not give it, and their gap beside a real rate is not a change of prices.
// Only figures that stand for a value are compared: exact, of the whole year; of several
// vintages, the firmest. Off the constexpr core: it reads a panel.
#ifndef DAYE_CONSISTENCY_HPP
#define DAYE_CONSISTENCY_HPP

#include <string>
#include <string_view>
#include <vector>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/catalog.hpp"
#include "daye/levels.hpp"
#include "daye/maybe.hpp"
#include "daye/panel.hpp"

namespace daye {
inline namespace v0 {

/// What a pair of levels says of a printed growth rate.
enum class growth_agreement : unsigned char {
    consistent,    ///< levels within their rounding give the printed rate
    inconsistent,  ///< no levels within their rounding give it
    prices,        ///< a real rate against current-price levels: the change of prices is reported
    unchecked,     ///< the basis is not stated or not known: nothing can be said
};

/// "consistent", "inconsistent", "prices" or "unchecked".
constexpr std::string_view name(growth_agreement a) noexcept {
    switch (a) {
        case growth_agreement::consistent: return "consistent";
        case growth_agreement::inconsistent: return "inconsistent";
        case growth_agreement::prices: return "prices";
        case growth_agreement::unchecked: return "unchecked";
    }
    return "unchecked";
}

/// A printed growth rate against the levels of its year and the year before.
struct growth_against_levels {
    observation growth;
    observation from;  ///< the level of the year before
    observation to;    ///< the level of the growth's year
    growth_agreement agreement = growth_agreement::unchecked;
    /// consistent and inconsistent: what the levels allow (levels.hpp).
    growth_check check;
    /// prices: the change of prices the levels imply beside the real rate, percent, one place.
    maybe<decimal> price_change;
    /// unchecked: why, as a sentence.
    std::string why;
};

/// The id of the level a growth indicator is the growth of, or "" when `growth_id` does
/// not end in _growth: gdp_growth → gdp_level, retail_sales_growth → retail_sales.
inline std::string level_of(std::string_view growth_id) {
    constexpr std::string_view suffix = "_growth";
    if (growth_id.size() <= suffix.size() || growth_id.substr(growth_id.size() - suffix.size()) != suffix) return {};
    const std::string base(growth_id.substr(0, growth_id.size() - suffix.size()));
    return catalog::find(base) == nullptr && catalog::find(base + "_level") != nullptr ? base + "_level" : base;
}

/// Every printed growth rate of `region` (exact, whole year, its firmest vintage) whose
/// level the panel gives, exact, for its year and the year before, against those levels,
/// by year then indicator. The panel must be indexed.
inline std::vector<growth_against_levels> check_growth_rates(const panel& figures, std::string_view region) {
    constexpr std::string_view above_scale = "规模以上";
    std::vector<observation> all;
    figures.figures(region, 1, 9999, all);
    std::vector<growth_against_levels> out;
    const auto usable = [](const maybe<observation>& o) {
        return o && o->kind() == value_kind::number && o->bound() == value_bound::exact;
    };
    for (const observation& g : all) {
        if (g.kind() != value_kind::number || g.measured_in() != &units::percent || g.bound() != value_bound::exact ||
            !g.covers().whole_year())
            continue;
        const std::string level_id = level_of(g.indicator());
        if (level_id.empty()) continue;
        const maybe<observation> from = figures.find(region, level_id, g.year() - 1);
        const maybe<observation> to = figures.find(region, level_id, g.year());
        if (!usable(from) || !usable(to) || from->measured_in() != to->measured_in()) continue;
        growth_against_levels f{g, *from, *to, growth_agreement::unchecked, {}, {}, {}};
        const indicator_info* info = catalog::find(g.indicator());
        const price_basis basis = info != nullptr ? info->basis : price_basis::unstated;
        if (info == nullptr) {
            f.why = "the catalogue does not know " + std::string(g.indicator()) + ": its price basis is unknown";
        } else if (info->name_zh.substr(0, above_scale.size()) == above_scale) {
            f.why =
                "growth of enterprises above designated size (规上) is computed on the firms above the threshold "
                "in both years, a set that changes every year: published levels do not give it";
        } else if (basis == price_basis::real) {
            const auto prices = implied_price_change(from->number(), to->number(), g.number());
            if (prices) {
                f.agreement = growth_agreement::prices;
                f.price_change = prices.value();
            } else {
                f.why = "the change of prices cannot be computed: " + std::string(message(prices.error()));
            }
        } else if (basis == price_basis::unstated) {
            f.why = "the price basis of " + std::string(g.indicator()) + " is not stated; " + std::string(info->note);
        } else {
            const auto c = check_growth(from->number(), to->number(), g.number());
            if (c) {
                f.agreement = c.value().consistent ? growth_agreement::consistent : growth_agreement::inconsistent;
                f.check = c.value();
            } else {
                f.why = "the levels cannot be compared: " + std::string(message(c.error()));
            }
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace v0
}  // namespace daye

#endif
