// Price bases: at which prices a money figure or a growth rate is measured.
//
// A growth rate at comparable prices (可比价, real: price changes removed) and one at
// current prices (现价, nominal: as spent) are different measures even when they share
// a name. The basis is a type, so that an indicator, a target comparing two indicators
// and a compounded amount all keep it where the compiler sees it:
//   real         comparable prices (可比价)
//   nominal      current prices (现价)
//   unstated     a price measure whose source does not say which
//   not_a_price  counts, areas, ranks, shares: no prices involved
#ifndef DAYE_PRICE_BASIS_HPP
#define DAYE_PRICE_BASIS_HPP

#include <string_view>
#include <type_traits>

namespace daye {
inline namespace v0 {

/// Comparable prices (可比价): price changes removed.
struct real {};
/// Current prices (现价): as spent.
struct nominal {};
/// A price measure whose source does not say whether it is real or nominal.
struct unstated {};
/// Not a price measure: counts, areas, ranks, shares, physical quantities.
struct not_a_price {};

/// The basis at run time, as data files and JSON name it.
enum class price_basis : unsigned char {
    none,      ///< not a price measure
    real,      ///< comparable prices (可比价)
    nominal,   ///< current prices (现价)
    unstated,  ///< a price measure whose basis the source does not say
};

/// True for the four basis types.
template <class B>
inline constexpr bool is_price_basis = std::is_same_v<B, real> || std::is_same_v<B, nominal> ||
                                       std::is_same_v<B, unstated> || std::is_same_v<B, not_a_price>;

/// The run-time basis of a basis type.
template <class B>
constexpr price_basis basis_of() noexcept {
    static_assert(is_price_basis<B>, "daye: a price basis is real, nominal, unstated or not_a_price");
    if constexpr (std::is_same_v<B, real>) return price_basis::real;
    if constexpr (std::is_same_v<B, nominal>) return price_basis::nominal;
    if constexpr (std::is_same_v<B, unstated>) return price_basis::unstated;
    return price_basis::none;
}

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

}  // namespace v0
}  // namespace daye

#endif
