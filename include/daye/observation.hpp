// Observations: what a region reported for an indicator and a year.
//
// An observation is a number in a unit (8.0 %, 67.44 亿元), a date (a milestone's
// completion) or a status (a measure's progress). It is keyed by strings, as data files
// are: the indicator's id, and the region's (empty: the region of the plan it is scored
// with). It also says for which part of the year it stands (the whole year unless said
// otherwise), whether the figure is exact or only a bound, and whether it is reported,
// preliminary (预计) or revised. It is small (56 bytes on 64-bit systems), because a
// panel of regions and years holds many of them.
//
// From code, observations are built from indicator handles: observed(gdp_growth, 2024,
// 8.0_pct). A value in the wrong unit does not compile, a value in another unit of the
// same dimension is converted exactly, and a value the indicator cannot take (a rank of
// 0, a growth of -150 %) is a compile error in a constant expression.
#ifndef DAYE_OBSERVATION_HPP
#define DAYE_OBSERVATION_HPP

#include <cstdint>
#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/bound.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/measure.hpp"
#include "daye/period.hpp"
#include "daye/span.hpp"
#include "daye/text.hpp"

namespace daye {
inline namespace v0 {

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

/// The order of firmness of a figure: a firmer vintage of a key replaces a less firm one.
constexpr int firmness(data_status s) noexcept {
    switch (s) {
        case data_status::preliminary: return 0;
        case data_status::reported: return 1;
        case data_status::revised: return 2;
    }
    return 0;
}

/// What an observation holds, by the dimension of its unit.
enum class value_kind : unsigned char { number, day, progress };

namespace detail {
class reader;

// Years are checked (1..9999) where an observation is made from a handle or read from a
// file; anything else is kept as 0, which no plan's year matches.
constexpr std::int16_t narrow_year(int year) noexcept {
    return year >= 1 && year <= 9999 ? static_cast<std::int16_t>(year) : std::int16_t{0};
}
// Ids and regions longer than their size field are cut: no data file has them.
template <class Size>
constexpr Size narrow_size(std::size_t n) noexcept {
    constexpr auto most = static_cast<std::size_t>(static_cast<Size>(-1));
    return static_cast<Size>(n < most ? n : most);
}
}  // namespace detail

// Reached only when an observation is built from values known at evaluation: in a
// constant expression the compiler names the function, at run time it throws.
namespace error_in_constant_expression {
[[noreturn]] inline void observation_year_outside_1_to_9999() { raise(errc::out_of_range); }
}  // namespace error_in_constant_expression

/// One reported value of one indicator, for one year, region and period.
class observation {
public:
    constexpr observation() noexcept = default;

    /// A figure as a data file gives it: no check of the indicator, which data files
    /// name by id; readers check the value against what they know of it.
    constexpr observation(text indicator, int year, decimal value, const unit& u) noexcept
        : observation(indicator.view, year, &u, value.mantissa(), value.places()) {}
    /// The day a milestone was done.
    constexpr observation(text indicator, int year, date day) noexcept
        : observation(indicator.view, year, &units::date,
                      (static_cast<std::int64_t>(day.year()) * 100 + day.month()) * 100 + day.day(), 0) {}
    /// The progress of a measure (or of a milestone whose date is not reported).
    constexpr observation(text indicator, int year, measure_status progress) noexcept
        : observation(indicator.view, year, &units::status, static_cast<std::int64_t>(progress), 0) {}

    constexpr std::string_view indicator() const noexcept { return {indicator_, indicator_size_}; }
    constexpr int year() const noexcept { return year_; }
    /// The region's id; empty for the region of the plan the observation is scored with.
    constexpr std::string_view region() const noexcept { return {region_, region_size_}; }
    constexpr period covers() const noexcept { return period_; }
    constexpr value_bound bound() const noexcept { return bound_; }
    constexpr data_status status() const noexcept { return status_; }
    /// Where the figure comes from, for people to check.
    constexpr std::string_view source() const noexcept { return {source_, text::length(source_)}; }

    /// The unit of the value; units::date for a day, units::status for a progress.
    constexpr const unit* measured_in() const noexcept { return unit_; }
    constexpr value_kind kind() const noexcept {
        if (unit_ == nullptr) return value_kind::number;
        if (unit_->measures == &dimensions::date) return value_kind::day;
        return unit_->measures == &dimensions::status ? value_kind::progress : value_kind::number;
    }
    /// kind number: the figure, in measured_in().
    constexpr decimal number() const noexcept { return decimal(mantissa_, places_, decimal::raw{}); }
    /// kind day: the day.
    constexpr date day() const noexcept {
        return date{static_cast<int>(mantissa_ / 10000), static_cast<int>(mantissa_ / 100 % 100),
                    static_cast<int>(mantissa_ % 100)};
    }
    /// kind progress: the status.
    constexpr measure_status progress() const noexcept { return static_cast<measure_status>(mantissa_); }

    /// The same observation, of region `id` (as in data files).
    constexpr observation in(text region_id) const noexcept {
        observation o = *this;
        o.region_ = region_id.view.data();
        o.region_size_ = detail::narrow_size<std::uint16_t>(region_id.view.size());
        return o;
    }
    constexpr observation with_status(data_status s) const noexcept {
        observation o = *this;
        o.status_ = s;
        return o;
    }
    /// The same, marked preliminary (预计).
    constexpr observation preliminary() const noexcept { return with_status(data_status::preliminary); }
    constexpr observation during(period p) const noexcept {
        observation o = *this;
        o.period_ = p;
        return o;
    }
    constexpr observation bounded(value_bound b) const noexcept {
        observation o = *this;
        o.bound_ = b;
        return o;
    }
    /// Where it comes from; `s` must outlive the observation (a literal, or storage of
    /// the set that holds the observation).
    constexpr observation from(const char* s) const noexcept {
        observation o = *this;
        o.source_ = s;
        return o;
    }

private:
    friend class detail::reader;  // reads the fields directly: lookups run in constant evaluation

    constexpr observation(std::string_view indicator, int year, const unit* u, std::int64_t mantissa,
                          int places) noexcept
        : indicator_(indicator.data()),
          unit_(u),
          mantissa_(mantissa),
          indicator_size_(detail::narrow_size<std::uint32_t>(indicator.size())),
          year_(detail::narrow_year(year)),
          places_(static_cast<signed char>(places)) {}

    // Strings are a pointer and a size each, so that the fields pack into 56 bytes.
    const char* indicator_ = nullptr;
    const char* region_ = nullptr;
    const unit* unit_ = nullptr;
    const char* source_ = nullptr;
    std::int64_t mantissa_ = 0;  // a number's mantissa, a day as yyyymmdd, or a status
    std::uint32_t indicator_size_ = 0;
    std::uint16_t region_size_ = 0;
    std::int16_t year_ = 0;
    signed char places_ = 0;
    data_status status_ = data_status::reported;
    value_bound bound_ = value_bound::exact;
    period period_;
};

namespace detail {
constexpr int checked_year(int year) {
    if (year < 1 || year > 9999) error_in_constant_expression::observation_year_outside_1_to_9999();
    return year;
}
}  // namespace detail

/// A figure of an indicator: observed(gdp_growth, 2024, 8.0_pct). A value in another
/// unit of the same dimension is converted exactly (200000_wan for a 亿元 indicator).
template <const unit& U, class B, class T, const unit& V>
constexpr observation observed(const indicator<U, B, T>& i, int year, quantity<V> value,
                               data_status status = data_status::reported,
                               detail::unit_of_value<T, U, V> in_unit = {}) {
    const decimal v = detail::exactly_in(value, U, in_unit);
    if (!i.allows(v)) detail::fail(errc::outside_domain);
    return observation(i.id, detail::checked_year(year), v, U).with_status(status);
}

/// The day a milestone was done: observed("uhv_converter_station", 2024, date{2024, 12, 20}).
constexpr observation observed(text id, int year, date day, data_status status = data_status::reported) {
    return observation(id, detail::checked_year(year), day).with_status(status);
}

/// The progress of a measure: observed("hubin_road_bridge", 2024, measure_status::under_way).
constexpr observation observed(text id, int year, measure_status progress, data_status status = data_status::reported) {
    return observation(id, detail::checked_year(year), progress).with_status(status);
}

/// The observation of `indicator` for `year` (any region, any period), or nullptr.
constexpr const observation* find_observation(span<const observation> observations, std::string_view indicator,
                                              int year) noexcept {
    for (const observation& o : observations)
        if (o.year() == year && detail::same(o.indicator(), indicator)) return &o;
    return nullptr;
}

}  // namespace v0
}  // namespace daye

#endif
