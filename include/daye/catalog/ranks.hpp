// The catalogue, rankings (排名).
//
// Each indicator: its id in data files, its name as reports and statistical bulletins
// print it, its English name, which way is better, the values it can take, a one-line
// definition, where the definition comes from, and what a user must also know.
// Researched and reviewed for daye against the sources each entry names; <daye/catalog.hpp>
// lists every section.
#ifndef DAYE_CATALOG_RANKS_HPP
#define DAYE_CATALOG_RANKS_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

/// A place on a list of the top 100: 1 to 100 (outside the list there is no rank).
inline constexpr domain top_100_rank{decimal(1), edge::closed, decimal(100), edge::closed,
                                     "a place on a top-100 list is 1 to 100"};

/// CCID Consulting's (赛迪顾问) annual list of the top 100 county economies, as Daye's reports
/// and the local press track it; the list published in year N ranks year N-1's data.
inline constexpr rank_list ccid_county_top100{
    "ccid_county_top100",
    "the CCID list",
    "赛迪顾问全国县域经济百强",
    "CCID Consulting's top 100 county economies",
    "a consultancy's composite index of economic strength, not a ranking by GDP",
    1};

// clang-format off
/// 赛迪全国县域经济百强排名: Rank in CCID's top 100 counties.
inline constexpr indicator<units::rank, not_a_price, struct county_rank_tag> county_rank{{
    "county_rank", "赛迪全国县域经济百强排名", "Rank in CCID's top 100 counties",
    direction::lower_is_better, top_100_rank,
    "Position of the county on the annual top-100 list of county economies published by CCID Consulting "
    "(赛迪顾问), a consultancy's composite index of economic strength, not a GDP ranking; the list published in "
    "year N ranks year N-1's data.",
    "CCID Consulting 《中国县域经济百强研究》; examples/data/README.md",
    "Other lists exist (e.g. 中郡县域经济全国百强 and 中国综合竞争力百强县市, which put Daye "
    "in the top 50 as the 2025 report says, while CCID placed it 55th), and CCID itself publishes other county "
    "lists (e.g. 赛迪投资竞争力百强县): a rank must name its list. The data files book a rank under the "
    "year the list was published (Daye 79, 67, 57, 55, 53 for 2021-2025). Outside the top 100 there is no rank.",
    &ccid_county_top100}};

// clang-format on
/// Every indicator of this header, in order.
inline constexpr const indicator_info* ranks_indicators[] = {&county_rank};

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
