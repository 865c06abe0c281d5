// A panel: the figures of many regions, indicators, years and periods, kept compact and
// looked up by key.
//
// A figure's key is (region, indicator, year, period). One key may hold several vintages
// of its figure, told apart by status in the order of firmness: preliminary (预计, in
// the work report before the year's data), reported (the review of the year, the
// statistical bulletin), revised (a yearbook or census revision). The figure of record
// of a key is its firmest vintage; the others say what changed. A key given twice with
// the same status is a duplicate: nothing tells which of the two is right.
//
// A figure takes 32 bytes: names are interned (string_pool), values kept as decimal
// mantissas. index() sorts the figures by key in O(n log n) and finds duplicates among
// neighbours; a lookup is then a hash of each name and a binary search within one
// region, O(log n). Off the constexpr core: it uses the heap.
#ifndef DAYE_PANEL_HPP
#define DAYE_PANEL_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/date.hpp"
#include "daye/maybe.hpp"
#include "daye/measure.hpp"
#include "daye/observation.hpp"
#include "daye/period.hpp"
#include "daye/string_pool.hpp"

namespace daye {
inline namespace v0 {

/// A figure whose key and status an earlier figure already has.
struct panel_duplicate {
    observation figure;
    std::uint32_t line = 0;        ///< where the duplicate was read (0: not from a file)
    std::uint32_t first_line = 0;  ///< where the figure it repeats was read
};

/// Figures keyed by region, indicator, year and period; see the top of this header.
/// Views in the observations it gives (ids, sources) point into the panel: they stay
/// valid while it lives, also when it is moved. Copies are independent.
class panel {
public:
    /// Adds a figure, copying its strings; `line` says where it was read, for messages.
    /// Lookups need index() after the last add. std::invalid_argument for a figure
    /// without a unit, a year outside 1..9999 or an invalid period.
    void add(const observation& o, std::uint32_t line = 0) {
        if (o.measured_in() == nullptr) throw std::invalid_argument("daye::panel: a figure without a unit");
        if (o.year() < 1 || o.year() > 9999) throw std::invalid_argument("daye::panel: a year outside 1..9999");
        if (!o.covers().valid()) throw std::invalid_argument("daye::panel: an invalid period");
        record r{};
        switch (o.kind()) {
            case value_kind::number:
                r.value = o.number().mantissa();
                r.places = static_cast<std::int8_t>(o.number().places());
                break;
            case value_kind::day: r.value = o.day().serial(); break;
            case value_kind::progress: r.value = static_cast<std::int64_t>(o.progress()); break;
        }
        r.region = regions_.intern(o.region());
        r.indicator = indicators_.intern(o.indicator());
        r.source = sources_.intern(o.source());
        r.line = line;
        r.year = static_cast<std::int16_t>(o.year());
        r.first_month = o.covers().first_month;
        r.last_month = o.covers().last_month;
        r.unit = unit_index(o.measured_in());
        r.status = static_cast<std::uint8_t>(o.status());
        r.bound = static_cast<std::uint8_t>(o.bound());
        records_.push_back(r);
        indexed_ = false;
    }

    void reserve(std::size_t figures) { records_.reserve(figures); }

    /// Sorts the figures by key and calls on_duplicate(const panel_duplicate&) for each
    /// one whose key and status a figure of an earlier line has. O(n log n).
    template <class OnDuplicate>
    void index(OnDuplicate&& on_duplicate) {
        std::sort(records_.begin(), records_.end(), [](const record& a, const record& b) {
            if (a.region != b.region) return a.region < b.region;
            if (a.year != b.year) return a.year < b.year;
            if (a.indicator != b.indicator) return a.indicator < b.indicator;
            if (a.first_month != b.first_month) return a.first_month < b.first_month;
            if (a.last_month != b.last_month) return a.last_month < b.last_month;
            if (a.status != b.status) return rank(a) < rank(b);
            return a.line < b.line;
        });
        region_begin_.assign(regions_.size() + 1, 0);
        for (const record& r : records_) ++region_begin_[r.region + 1];
        for (std::size_t i = 1; i < region_begin_.size(); ++i) region_begin_[i] += region_begin_[i - 1];
        for (std::size_t i = 1, first = 0; i < records_.size(); ++i) {
            if (!same_key(records_[i], records_[first]) || records_[i].status != records_[first].status) {
                first = i;
                continue;
            }
            on_duplicate(panel_duplicate{figure(records_[i]), records_[i].line, records_[first].line});
        }
        indexed_ = true;
    }
    /// The same, returning how many duplicates there are.
    std::size_t index() {
        std::size_t duplicates = 0;
        index([&](const panel_duplicate&) { ++duplicates; });
        return duplicates;
    }

    bool indexed() const noexcept { return indexed_; }
    /// Figures, every vintage counted.
    std::size_t size() const noexcept { return records_.size(); }
    bool empty() const noexcept { return records_.empty(); }

    /// The figure of record of a key (its firmest vintage), or nothing.
    maybe<observation> find(std::string_view region, std::string_view indicator, int year,
                            period covers = periods::whole_year) const {
        const auto range = key_range(region, indicator, year, covers);
        if (range.first == range.second) return {};
        return figure(*(range.second - 1));
    }

    /// Every vintage of a key, the least firm first.
    std::vector<observation> vintages(std::string_view region, std::string_view indicator, int year,
                                      period covers = periods::whole_year) const {
        const auto range = key_range(region, indicator, year, covers);
        std::vector<observation> out;
        for (auto r = range.first; r != range.second; ++r) out.push_back(figure(*r));
        return out;
    }

    /// Appends to `out` the figure of record of every key of `region` from `first_year`
    /// to `last_year`, by year, then indicator (in the order first seen), then period.
    void figures(std::string_view region, int first_year, int last_year, std::vector<observation>& out) const {
        const auto range = region_range(region);
        auto r = std::lower_bound(range.first, range.second, first_year,
                                  [](const record& x, int year) { return x.year < year; });
        for (; r != range.second && r->year <= last_year; ++r)
            if (r + 1 == range.second || !same_key(*r, *(r + 1))) out.push_back(figure(*r));
    }

    /// Appends to `out`, for every key of `region` from `first_year` to `last_year` that
    /// holds more than one vintage, its vintages, the least firm first (the last is the
    /// figure of record): what changed from the preliminary figure to the reported one,
    /// or from the reported one to its revision. In the order of figures().
    void revisions(std::string_view region, int first_year, int last_year,
                   std::vector<std::vector<observation>>& out) const {
        const auto range = region_range(region);
        auto r = std::lower_bound(range.first, range.second, first_year,
                                  [](const record& x, int year) { return x.year < year; });
        while (r != range.second && r->year <= last_year) {
            auto end = r + 1;
            while (end != range.second && same_key(*r, *end)) ++end;
            if (end - r > 1) {
                out.emplace_back();
                for (auto v = r; v != end; ++v) out.back().push_back(figure(*v));
            }
            r = end;
        }
    }

    /// The regions' ids, in the order first seen ("" for figures of no named region).
    const std::vector<std::string_view>& regions() const noexcept { return regions_.strings(); }

    /// Calls f(const observation&, std::uint32_t line) for every figure, every vintage, in
    /// the order of keys (after index()) or of adding (before).
    template <class F>
    void for_each(F&& f) const {
        for (const record& r : records_) f(figure(r), r.line);
    }

    /// Heap bytes held, for memory budgets.
    std::size_t bytes() const noexcept {
        return records_.capacity() * sizeof(record) + region_begin_.capacity() * sizeof(std::size_t) +
               units_.capacity() * sizeof(const unit*) + regions_.bytes() + indicators_.bytes() + sources_.bytes();
    }

    void clear() { *this = panel(); }

private:
    // 32 bytes: the key, the value, and where it came from.
    struct record {
        std::int64_t value;  // a number's mantissa, a day as yyyymmdd, or a measure_status
        std::uint32_t region;
        std::uint32_t indicator;
        std::uint32_t source;
        std::uint32_t line;
        std::int16_t year;
        std::uint8_t first_month;
        std::uint8_t last_month;
        std::int8_t places;
        std::uint8_t unit;  // in units_; it also says whether the value is a number, a day or a status
        std::uint8_t status;
        std::uint8_t bound;
    };
    static_assert(sizeof(record) == 32, "a figure's record is 32 bytes");

    using iterator = std::vector<record>::const_iterator;

    static int rank(const record& r) noexcept { return firmness(static_cast<data_status>(r.status)); }
    static bool same_key(const record& a, const record& b) noexcept {
        return a.region == b.region && a.year == b.year && a.indicator == b.indicator &&
               a.first_month == b.first_month && a.last_month == b.last_month;
    }

    std::uint8_t unit_index(const unit* u) {
        for (std::size_t i = units_.size(); i-- > 0;)
            if (units_[i] == u) return static_cast<std::uint8_t>(i);
        if (units_.size() == 256) throw std::length_error("daye::panel: more than 256 units");
        units_.push_back(u);
        return static_cast<std::uint8_t>(units_.size() - 1);
    }

    observation figure(const record& r) const {
        const unit& u = *units_[r.unit];
        const std::string_view indicator = indicators_[r.indicator];
        const observation o =
            u.measures == &dimensions::date
                ? observation(indicator, r.year,
                              date{static_cast<int>(r.value / 10000), static_cast<int>(r.value / 100 % 100),
                                   static_cast<int>(r.value % 100)})
            : u.measures == &dimensions::status
                ? observation(indicator, r.year, static_cast<measure_status>(r.value))
                : observation(indicator, r.year, decimal(r.value, r.places, decimal::raw{}), u);
        return o.in(regions_[r.region])
            .during(period{r.first_month, r.last_month})
            .bounded(static_cast<value_bound>(r.bound))
            .with_status(static_cast<data_status>(r.status))
            .from(sources_.c_str(r.source));
    }

    std::pair<iterator, iterator> region_range(std::string_view region) const {
        if (!indexed_) throw std::logic_error("daye::panel: index() the panel before looking figures up");
        const string_pool::id_type id = regions_.find(region);
        if (id == string_pool::none) return {records_.end(), records_.end()};
        return {records_.begin() + static_cast<std::ptrdiff_t>(region_begin_[id]),
                records_.begin() + static_cast<std::ptrdiff_t>(region_begin_[id + 1])};
    }

    std::pair<iterator, iterator> key_range(std::string_view region, std::string_view indicator, int year,
                                            period covers) const {
        const auto range = region_range(region);
        const string_pool::id_type id = indicators_.find(indicator);
        if (id == string_pool::none) return {range.second, range.second};
        record key{};
        key.year = static_cast<std::int16_t>(year < 0 ? -1 : year > 9999 ? 10000 : year);
        key.indicator = id;
        key.first_month = covers.first_month;
        key.last_month = covers.last_month;
        return std::equal_range(range.first, range.second, key, [](const record& a, const record& b) {
            if (a.year != b.year) return a.year < b.year;
            if (a.indicator != b.indicator) return a.indicator < b.indicator;
            if (a.first_month != b.first_month) return a.first_month < b.first_month;
            return a.last_month < b.last_month;
        });
    }

    std::vector<record> records_;
    std::vector<std::size_t> region_begin_;  // after index(): region r's figures are [begin[r], begin[r + 1])
    std::vector<const unit*> units_;
    string_pool regions_;
    string_pool indicators_;
    string_pool sources_;
    bool indexed_ = false;
};

}  // namespace v0
}  // namespace daye

#endif
