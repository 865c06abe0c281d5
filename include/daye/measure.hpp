// Measures: named projects, programmes and lists the report commits to without a
// number (the six industry clusters, a bridge, a reform). Their progress is reported
// as a status, not as a figure. A measure is an entry of its group like any target
// (target_kind::measure, built by measure()); this header holds what is its own.
#ifndef DAYE_MEASURE_HPP
#define DAYE_MEASURE_HPP

#include <string_view>

#include "daye/text.hpp"

namespace daye {
inline namespace v0 {

/// Reported progress of a measure.
enum class measure_status : unsigned char { unknown, not_started, under_way, done };

/// The id used in data files and JSON.
constexpr std::string_view name(measure_status s) noexcept {
    switch (s) {
        case measure_status::unknown: return "unknown";
        case measure_status::not_started: return "not_started";
        case measure_status::under_way: return "under_way";
        case measure_status::done: return "done";
    }
    return "unknown";
}

/// The status named in a data file ("done", "under_way", "not_started", "unknown").
constexpr bool parse_measure_status(std::string_view text, measure_status& out) noexcept {
    constexpr measure_status all[] = {measure_status::unknown, measure_status::not_started, measure_status::under_way,
                                      measure_status::done};
    for (const measure_status s : all) {
        if (name(s) == text) {
            out = s;
            return true;
        }
    }
    return false;
}

/// One named item of a list, such as one of the six industry clusters.
struct named_item {
    constexpr named_item() noexcept = default;
    constexpr named_item(text chinese, text english) noexcept : zh(chinese.view), en(english.view) {}
    std::string_view zh;
    std::string_view en;
};

}  // namespace v0
}  // namespace daye

#endif
