// Indicators: the measured quantities that targets read.
//
// A growth rate at comparable prices (可比价, real) and one at current prices (现价,
// nominal) are different indicators even when they share a name: the price basis is
// part of the indicator, so nobody compounds one with the other by accident.
#ifndef DAYE_INDICATOR_HPP
#define DAYE_INDICATOR_HPP

#include <string_view>

#include "daye/text.hpp"
#include "daye/units.hpp"

namespace daye {

/// The prices a money figure or growth rate is measured at.
enum class price_basis : unsigned char {
    none,      ///< not a price measure (counts, areas, ranks, energy intensity)
    real,      ///< comparable prices (可比价): inflation removed
    nominal,   ///< current prices (现价): as spent
    unstated,  ///< a price measure whose basis the source does not say
};

/// The id used in JSON and tables: "real", "nominal", "none", "unstated".
constexpr std::string_view name(price_basis b) noexcept {
    switch (b) {
        case price_basis::none: return "none";
        case price_basis::real: return "real";
        case price_basis::nominal: return "nominal";
        case price_basis::unstated: return "unstated";
    }
    return "none";
}

/// The basis explained, with its Chinese term.
constexpr std::string_view gloss(price_basis b) noexcept {
    switch (b) {
        case price_basis::none: return "not a price measure";
        case price_basis::real: return "comparable prices (real) 可比价";
        case price_basis::nominal: return "current prices (nominal) 现价";
        case price_basis::unstated: return "price basis not stated";
    }
    return "not a price measure";
}

/// A measured quantity: GDP growth, cultivated land, the county's rank.
struct indicator {
    constexpr indicator() noexcept = default;
    constexpr indicator(text id_, const unit* unit_, price_basis basis_, text zh, text en) noexcept
        : id(id_.view), measured_in(unit_), basis(basis_), name_zh(zh.view), name_en(en.view) {}

    std::string_view id;  ///< stable public name, as in data files
    const unit* measured_in = nullptr;
    price_basis basis = price_basis::none;
    std::string_view name_zh;
    std::string_view name_en;

    /// False for the empty indicator returned when a lookup finds nothing.
    constexpr bool known() const noexcept { return !id.empty() && measured_in != nullptr; }
};

}  // namespace daye

#endif
