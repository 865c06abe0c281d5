// A record over years: the fullest figure of each year, for one region and indicator.
//
// What a county published for a year mixes periods, firmness and bounds: the whole year
// where it is known; where it is not, a cumulative part of it (1-9月 growth, given at a
// press conference in December); a preliminary figure (预计) before the statistical
// bulletin; sometimes only a bound (突破1000亿元). Daye's GDP growth for 2021-2025 reads
// 14.4, 6.5, 7.5 (1-9月), 8 (预计), 7.7 (1-6月): each year's fullest figure, and what it is.
// Off the constexpr core: it reads a panel.
#ifndef DAYE_SERIES_HPP
#define DAYE_SERIES_HPP

#include <string_view>
#include <vector>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/observation.hpp"
#include "daye/panel.hpp"
#include "daye/period.hpp"

namespace daye {
inline namespace v0 {

/// The fullest figure of `indicator` for `region` in each year from `first_year` to
/// `last_year` that has one: the whole year's if there is one, else the one of the
/// longest period from January (1-11月 before 1-9月); of each, the firmest vintage.
/// Years without a figure are left out; quarters other than the first are not a year's
/// record. The panel must be indexed.
inline std::vector<observation> record_of(const panel& figures, std::string_view region, std::string_view indicator,
                                          int first_year, int last_year) {
    std::vector<observation> record;
    for (long year = first_year < 1 ? 1 : first_year; year <= last_year && year <= 9999; ++year)
        for (int last = 12; last >= 1; --last) {
            const auto found =
                figures.find(region, indicator, static_cast<int>(year), period{1, static_cast<unsigned char>(last)});
            if (found) {
                record.push_back(*found);
                break;
            }
        }
    return record;
}

}  // namespace v0
}  // namespace daye

#endif
