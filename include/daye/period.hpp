// Periods: the months of a year that a figure covers.
//
// Chinese statistics publish most figures before the year ends, as cumulative growth
// from January (累计增长): 1-9月 for monthly series (industry, investment, retail sales,
// fiscal revenue; they begin with 1-2月 together), 一季度, 上半年 and 前三季度 for GDP,
// which is accounted by quarter. A period is a run of months, first to last: 1-9月 and
// 前三季度 are the same nine months, so the same key of a figure; how the run is named
// depends on how the series is reckoned (reckoning::quarterly for GDP).
//
// In data files a period is written as an id: empty for the whole year, "jan-sep" for
// January to September, "sep" for September alone, "q1".."q4" for a quarter.
#ifndef DAYE_PERIOD_HPP
#define DAYE_PERIOD_HPP

#include <cstddef>
#include <string_view>

#include "daye/result.hpp"

namespace daye {
inline namespace v0 {

/// The months first..last of one year (1 is January). The default is the whole year.
struct period {
    unsigned char first_month = 1;
    unsigned char last_month = 12;

    constexpr bool whole_year() const noexcept { return first_month == 1 && last_month == 12; }
    /// Counted from January, as cumulative figures are (1-9月); the whole year is too.
    constexpr bool from_january() const noexcept { return first_month == 1; }
    /// 1 <= first_month <= last_month <= 12.
    constexpr bool valid() const noexcept { return first_month >= 1 && first_month <= last_month && last_month <= 12; }
    constexpr int months() const noexcept { return last_month - first_month + 1; }
};

constexpr bool operator==(period a, period b) noexcept {
    return a.first_month == b.first_month && a.last_month == b.last_month;
}
constexpr bool operator!=(period a, period b) noexcept { return !(a == b); }
/// An order for keys: by first month, then by last.
constexpr bool operator<(period a, period b) noexcept {
    return a.first_month != b.first_month ? a.first_month < b.first_month : a.last_month < b.last_month;
}

/// How a series counts the parts of its year, which decides how a period is named.
enum class reckoning : unsigned char {
    monthly,    ///< 1-9月: industry, investment, retail sales, fiscal revenue, prices
    quarterly,  ///< 前三季度: GDP and its components
};

/// The periods that statistics publish.
namespace periods {
inline constexpr period whole_year{1, 12};
inline constexpr period first_quarter{1, 3};         ///< 一季度 (1-3月)
inline constexpr period first_half{1, 6};            ///< 上半年 (1-6月)
inline constexpr period first_three_quarters{1, 9};  ///< 前三季度 (1-9月)
inline constexpr period second_quarter{4, 6};        ///< 二季度
inline constexpr period third_quarter{7, 9};         ///< 三季度
inline constexpr period fourth_quarter{10, 12};      ///< 四季度
inline constexpr period second_half{7, 12};          ///< 下半年
inline constexpr period jan_feb{1, 2};               ///< 1-2月, the first cumulative month of monthly series
inline constexpr period jan_mar{1, 3};
inline constexpr period jan_apr{1, 4};
inline constexpr period jan_may{1, 5};
inline constexpr period jan_jun{1, 6};
inline constexpr period jan_jul{1, 7};
inline constexpr period jan_aug{1, 8};
inline constexpr period jan_sep{1, 9};
inline constexpr period jan_oct{1, 10};
inline constexpr period jan_nov{1, 11};
}  // namespace periods

/// The months after `p` to the end of the year: 四季度 after 前三季度, 12月 after 1-11月.
/// errc::out_of_range when `p` ends in December (nothing remains) or is not valid.
constexpr result<period> rest_of_year(period p) noexcept {
    if (!p.valid() || p.last_month == 12) return errc::out_of_range;
    return period{static_cast<unsigned char>(p.last_month + 1), 12};
}

namespace detail {
inline constexpr std::string_view month_ids[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};
inline constexpr std::string_view month_names_en[12] = {"January",   "February", "March",    "April",
                                                        "May",       "June",     "July",     "August",
                                                        "September", "October",  "November", "December"};
inline constexpr std::string_view month_numbers[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

/// 1..12 for "jan".."dec", 0 otherwise.
constexpr unsigned char month_of(std::string_view id) noexcept {
    for (unsigned char m = 0; m < 12; ++m)
        if (month_ids[m] == id) return static_cast<unsigned char>(m + 1);
    return 0;
}

/// Quarter-aligned runs of months and their names, by reckoning::quarterly.
struct quarter_name {
    period months;
    std::string_view zh;
    std::string_view en;
};
inline constexpr quarter_name quarter_names[] = {
    {{1, 3}, "一季度", "the first quarter"},
    {{1, 6}, "上半年", "the first half"},
    {{1, 9}, "前三季度", "the first three quarters"},
    {{4, 6}, "二季度", "the second quarter"},
    {{4, 9}, "二、三季度", "the second and third quarters"},
    {{4, 12}, "二至四季度", "the last three quarters"},
    {{7, 9}, "三季度", "the third quarter"},
    {{7, 12}, "下半年", "the second half"},
    {{10, 12}, "四季度", "the fourth quarter"},
};

constexpr const quarter_name* quarter_named(period p) noexcept {
    for (const quarter_name& q : quarter_names)
        if (q.months == p) return &q;
    return nullptr;
}

/// A short text without the heap, for names built from parts ("1-9月", "jan-sep").
struct period_text {
    char chars[40]{};
    std::size_t size = 0;
    constexpr void append(std::string_view s) noexcept {
        for (const char c : s)
            if (size < sizeof chars) chars[size++] = c;
    }
    constexpr std::string_view view() const noexcept { return {chars, size}; }
};
}  // namespace detail

/// The period of a data file's id: "" (the whole year), "q1".."q4", "jan-sep" (a run of
/// months), "sep" (one month). errc::malformed for anything else, including a run that
/// ends before it begins ("sep-jan").
constexpr result<period> parse_period(std::string_view id) noexcept {
    if (id.empty()) return periods::whole_year;
    if (id.size() == 2 && id[0] == 'q' && id[1] >= '1' && id[1] <= '4') {
        const auto q = static_cast<unsigned char>(id[1] - '0');
        return period{static_cast<unsigned char>(3 * q - 2), static_cast<unsigned char>(3 * q)};
    }
    if (id.size() == 3) {
        const unsigned char m = detail::month_of(id);
        if (m != 0) return period{m, m};
    }
    if (id.size() == 7 && id[3] == '-') {
        const period p{detail::month_of(id.substr(0, 3)), detail::month_of(id.substr(4))};
        if (p.first_month != 0 && p.valid()) return p;
    }
    return errc::malformed;
}

/// The id of a valid period as data files write it: "" for the whole year, "q3" for a
/// quarter, "jan-sep", "sep".
constexpr detail::period_text period_id(period p) noexcept {
    detail::period_text t;
    if (!p.valid() || p.whole_year()) return t;
    if (p.months() == 3 && p.first_month % 3 == 1) {
        t.append("q");
        t.append(detail::month_numbers[p.last_month / 3 - 1]);
        return t;
    }
    t.append(detail::month_ids[p.first_month - 1]);
    if (p.months() > 1) {
        t.append("-");
        t.append(detail::month_ids[p.last_month - 1]);
    }
    return t;
}

namespace detail {
/// The words of one language for naming periods.
struct period_words {
    std::string_view whole_year;
    const std::string_view (&months)[12];
    std::string_view two_months;  ///< between the months of a two-month run
    std::string_view run;         ///< between the first and last month of a longer run
    std::string_view suffix;
    std::string_view quarter_name::*quarters;
};
inline constexpr period_words words_zh{"全年", month_numbers, "-", "-", "月", &quarter_name::zh};
inline constexpr period_words words_en{"the whole year", month_names_en, " and ", " to ", "", &quarter_name::en};

constexpr period_text name(period p, reckoning r, const period_words& w) noexcept {
    period_text t;
    if (!p.valid()) return t;
    if (p.whole_year()) {
        t.append(w.whole_year);
        return t;
    }
    if (r == reckoning::quarterly)
        if (const quarter_name* q = quarter_named(p)) {
            t.append(q->*w.quarters);
            return t;
        }
    t.append(w.months[p.first_month - 1]);
    if (p.months() > 1) {
        t.append(p.months() == 2 ? w.two_months : w.run);
        t.append(w.months[p.last_month - 1]);
    }
    t.append(w.suffix);
    return t;
}
}  // namespace detail

/// The period as Chinese statistics print it: "全年", "1-9月", "9月"; by quarters for a
/// quarterly series where the months are whole quarters ("前三季度", "下半年").
constexpr detail::period_text name_zh(period p, reckoning r = reckoning::monthly) noexcept {
    return detail::name(p, r, detail::words_zh);
}

/// The period in English: "the whole year", "January to September", "September", "the
/// first three quarters" (quarterly series).
constexpr detail::period_text name_en(period p, reckoning r = reckoning::monthly) noexcept {
    return detail::name(p, r, detail::words_en);
}

}  // namespace v0
}  // namespace daye

#endif
