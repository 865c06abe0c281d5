// The catalogue of the county statistical system: the indicators that Chinese county
// and city work reports and statistical bulletins use, declared once, each with its
// unit, price basis, direction, name as printed, English name, domain and a one-line
// definition. A plan includes the sections it reads (<daye/catalog/economy.hpp>, ...)
// and writes only what is its own; this header includes them all and lists them, for
// data files and for `daye_model --catalog`.
#ifndef DAYE_CATALOG_HPP
#define DAYE_CATALOG_HPP

#include <cstddef>
#include <string_view>

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/catalog/consumption.hpp"
#include "daye/catalog/economy.hpp"
#include "daye/catalog/employment.hpp"
#include "daye/catalog/energy_environment.hpp"
#include "daye/catalog/enterprises.hpp"
#include "daye/catalog/fiscal.hpp"
#include "daye/catalog/industry.hpp"
#include "daye/catalog/innovation.hpp"
#include "daye/catalog/investment.hpp"
#include "daye/catalog/land_agriculture.hpp"
#include "daye/catalog/people.hpp"
#include "daye/catalog/prices.hpp"
#include "daye/catalog/ranks.hpp"
#include "daye/catalog/trade.hpp"
#include "daye/span.hpp"
#include "daye/text.hpp"

namespace daye {
inline namespace v0 {
namespace catalog {

/// One header of the catalogue: a domain of statistics and its indicators.
struct section {
    constexpr section(text id_, text zh, text en, span<const indicator_info* const> indicators_) noexcept
        : id(id_.view), title_zh(zh.view), title_en(en.view), indicators(indicators_) {}
    std::string_view id;  ///< the header's name: economy for <daye/catalog/economy.hpp>
    std::string_view title_zh;
    std::string_view title_en;
    span<const indicator_info* const> indicators;
};

/// Every section, in the order of a statistical bulletin.
inline constexpr section sections[] = {
    {"economy", "经济总量", "Output: gross regional product and the three sectors", economy_indicators},
    {"industry", "工业", "Industry above designated size", industry_indicators},
    {"investment", "投资", "Fixed-asset investment", investment_indicators},
    {"consumption", "消费", "Consumption", consumption_indicators},
    {"fiscal", "财政", "Public finance", fiscal_indicators},
    {"trade", "外贸与外资", "Foreign trade and foreign investment", trade_indicators},
    {"people", "人口与收入", "Population and household income", people_indicators},
    {"prices", "价格", "Prices", prices_indicators},
    {"employment", "就业", "Employment", employment_indicators},
    {"energy_environment", "能源与环境", "Energy and environment", energy_environment_indicators},
    {"land_agriculture", "土地与农业", "Land and agriculture", land_agriculture_indicators},
    {"innovation", "科技创新", "Science, technology and innovation", innovation_indicators},
    {"enterprises", "市场主体", "Market entities", enterprises_indicators},
    {"ranks", "排名", "Rankings", ranks_indicators},
};

/// How many indicators the catalogue holds.
constexpr std::size_t size() noexcept {
    std::size_t n = 0;
    for (const section& s : sections) n += s.indicators.size();
    return n;
}

/// The catalogue's indicator `id`, or nullptr.
constexpr const indicator_info* find(std::string_view id) noexcept {
    for (const section& s : sections)
        for (const indicator_info* i : s.indicators)
            if (detail::same(i->id, id)) return i;
    return nullptr;
}

}  // namespace catalog
}  // namespace v0
}  // namespace daye

#endif
