// Observations: what a county reported for an indicator and a year.
//
// An observation is a number in a unit (8.0 %, 67.44 亿元), a date (a milestone's
// completion) or a status (a measure's progress), and it says whether the figure is
// preliminary (预计, "expected for the full year" at the time of reporting), reported or
// revised. It is keyed by region, indicator, year and period (the whole year unless
// said otherwise), and it may be only a bound on the value (突破900亿元).
#ifndef DAYE_OBSERVATION_HPP
#define DAYE_OBSERVATION_HPP

#include <string_view>

#include "daye/bound.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/measure.hpp"
#include "daye/period.hpp"
#include "daye/span.hpp"
#include "daye/text.hpp"
#include "daye/units.hpp"

namespace daye {

/// How firm a reported figure is.
enum class data_status : unsigned char {
    reported,     ///< as published in the review of the year
    preliminary,  ///< 预计: an estimate for the full year, published before the year's data
    revised,      ///< a later, corrected figure (a yearbook, a census revision)
};

/// "reported", "preliminary" or "revised", as in data files.
constexpr std::string_view name(data_status s) noexcept {
    switch (s) {
        case data_status::reported: return "reported";
        case data_status::preliminary: return "preliminary";
        case data_status::revised: return "revised";
    }
    return "reported";
}

/// What an observation holds.
enum class value_kind : unsigned char { number, day, progress };

/// One reported value of one indicator, for one year, region and period.
struct observation {
    std::string_view indicator;
    int year = 0;
    std::string_view region;  ///< the region's id; empty: the region of the plan it is scored with
    period covers;            ///< the months it stands for: the whole year unless said otherwise
    value_bound bound = value_bound::exact;
    value_kind kind = value_kind::number;
    decimal number;                                     ///< kind number: the figure, in `measured_in`
    const unit* measured_in = nullptr;                  ///< kind number: its unit
    date day;                                           ///< kind day: when it was done
    measure_status progress = measure_status::unknown;  ///< kind progress
    data_status status = data_status::reported;
    std::string_view source;  ///< where the figure comes from, for people to check
};

namespace detail {
constexpr observation observation_of(text indicator, int year, value_kind kind, const unit& u,
                                     data_status status) noexcept {
    observation o;
    o.indicator = indicator.view;
    o.year = year;
    o.kind = kind;
    o.measured_in = &u;
    o.status = status;
    return o;
}
}  // namespace detail

/// A figure: observed("gdp_growth", 2024, 8.0_pct, data_status::preliminary).
template <const unit& U>
constexpr observation observed(text indicator, int year, quantity<U> value,
                               data_status status = data_status::reported) noexcept {
    observation o = detail::observation_of(indicator, year, value_kind::number, U, status);
    o.number = value.value();
    return o;
}

/// The day a milestone was done.
constexpr observation observed(text indicator, int year, date day,
                               data_status status = data_status::reported) noexcept {
    observation o = detail::observation_of(indicator, year, value_kind::day, units::date, status);
    o.day = day;
    return o;
}

/// The progress of a measure (or of a milestone whose date is not reported).
constexpr observation observed(text indicator, int year, measure_status progress,
                               data_status status = data_status::reported) noexcept {
    observation o = detail::observation_of(indicator, year, value_kind::progress, units::status, status);
    o.progress = progress;
    return o;
}

/// The observation of `indicator` for `year`, or nullptr.
constexpr const observation* find_observation(span<const observation> observations, std::string_view indicator,
                                              int year) noexcept {
    for (const observation& o : observations)
        if (o.year == year && detail::same(o.indicator, indicator)) return &o;
    return nullptr;
}

}  // namespace daye

#endif
