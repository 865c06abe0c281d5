// Observations: what a county reported for an indicator and a year.
//
// An observation is a number in a unit (8.0 %, 67.44 亿元), a date (a milestone's
// completion) or a status (a measure's progress), and it says whether the figure is
// final or preliminary (预计, "expected for the full year" at the time of reporting).
#ifndef DAYE_OBSERVATION_HPP
#define DAYE_OBSERVATION_HPP

#include <string_view>

#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/measure.hpp"
#include "daye/span.hpp"
#include "daye/text.hpp"
#include "daye/units.hpp"

namespace daye {

/// Whether a reported figure is final.
enum class data_status : unsigned char {
    reported,     ///< as published in the review of the year
    preliminary,  ///< 预计: an estimate for the full year, published before the year's data
};

/// "reported" or "preliminary", as in data files.
constexpr std::string_view name(data_status s) noexcept {
    return s == data_status::preliminary ? "preliminary" : "reported";
}

/// What an observation holds.
enum class value_kind : unsigned char { number, day, progress };

/// One reported value of one indicator for one year.
struct observation {
    std::string_view indicator;
    int year = 0;
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
