// Calendar dates (the deadline of a milestone, the day a plan was adopted).
//
// Like Howard Hinnant's date, an invalid date is representable and checkable with
// ok(): date{} is "no date", and date{2024, 2, 30} is not ok(). Like his, a
// default-initialized date holds nothing until assigned; value-initialize it.
#ifndef DAYE_DATE_HPP
#define DAYE_DATE_HPP

#include <string_view>

#include "daye/result.hpp"

namespace daye {
inline namespace v0 {

/// A proleptic Gregorian date.
class date {
public:
    // cppcheck-suppress uninitMemberVar ; trivial on purpose, like an int
    date() noexcept = default;
    constexpr date(int year, int month, int day) noexcept : year_(year), month_(month), day_(day) {}

    constexpr int year() const noexcept { return year_; }
    constexpr int month() const noexcept { return month_; }
    constexpr int day() const noexcept { return day_; }

    /// True for a real calendar day between the years 1 and 9999.
    constexpr bool ok() const noexcept {
        return year_ >= 1 && year_ <= 9999 && month_ >= 1 && month_ <= 12 && day_ >= 1 &&
               day_ <= days_in_month(year_, month_);
    }

    static constexpr int days_in_month(int year, int month) noexcept {
        constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == 2 && leap ? 29 : days[month - 1];
    }

    /// Comparable as one number: 2024-12-31 → 20241231.
    constexpr long serial() const noexcept { return (year_ * 100L + month_) * 100L + day_; }

private:
    int year_;
    int month_;
    int day_;
};

constexpr bool operator==(date a, date b) noexcept { return a.serial() == b.serial(); }
constexpr bool operator!=(date a, date b) noexcept { return a.serial() != b.serial(); }
constexpr bool operator<(date a, date b) noexcept { return a.serial() < b.serial(); }
constexpr bool operator<=(date a, date b) noexcept { return a.serial() <= b.serial(); }
constexpr bool operator>(date a, date b) noexcept { return a.serial() > b.serial(); }
constexpr bool operator>=(date a, date b) noexcept { return a.serial() >= b.serial(); }

/// Parses "YYYY-MM-DD" (ISO 8601, the form used in data files).
constexpr result<date> parse_date(std::string_view text) noexcept {
    if (text.empty()) return errc::empty;
    if (text.size() != 10) return errc::invalid_date;
    int fields[3] = {0, 0, 0};  // year, month, day
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool separator = i == 4 || i == 7;
        if (separator != (c == '-')) return errc::invalid_date;
        if (separator) continue;
        if (c < '0' || c > '9') return errc::invalid_date;
        int& field = fields[i < 4 ? 0 : (i < 7 ? 1 : 2)];
        field = field * 10 + (c - '0');
    }
    const date d{fields[0], fields[1], fields[2]};
    if (!d.ok()) return errc::invalid_date;
    return d;
}

/// "2024-12-31" in a fixed buffer.
struct date_text {
    char chars[10]{};
    constexpr std::string_view view() const noexcept { return {chars, 10}; }
};

/// The date as YYYY-MM-DD.
constexpr date_text to_text(date d) noexcept {
    date_text out;
    const int parts[3] = {d.year(), d.month(), d.day()};
    const int widths[3] = {4, 2, 2};
    std::size_t at = 0;
    for (int p = 0; p < 3; ++p) {
        if (p != 0) out.chars[at++] = '-';
        int v = parts[p];
        for (int k = widths[p] - 1; k >= 0; --k) {
            out.chars[at + static_cast<std::size_t>(k)] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        at += static_cast<std::size_t>(widths[p]);
    }
    return out;
}

}  // namespace v0
}  // namespace daye

#endif
