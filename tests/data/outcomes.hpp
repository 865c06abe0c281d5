// The indicators of examples/data/daye-outcomes-2021-2025.csv, as a plan without targets,
// for the tests that read that file (Daye's 2024 plan reads fewer of them).
#ifndef DAYE_TESTS_DATA_OUTCOMES_HPP
#define DAYE_TESTS_DATA_OUTCOMES_HPP

#include <daye/indicator.hpp>
#include <daye/plan.hpp>
#include <daye/units.hpp>

namespace daye::test_data {

inline constexpr indicator outcome_indicators[] = {
    {"county_rank", &units::rank, price_basis::none, "县域经济百强排名", "county rank"},
    {"export_growth", &units::percent, price_basis::nominal, "外贸出口增长", "export growth"},
    {"exports", &units::yi_yuan, price_basis::nominal, "外贸出口", "exports"},
    {"fiscal_revenue", &units::yi_yuan, price_basis::nominal, "财政总收入", "total fiscal revenue"},
    {"fiscal_revenue_growth", &units::percent, price_basis::nominal, "财政总收入增长", "fiscal revenue growth"},
    {"fiscal_revenue_growth_comparable", &units::percent, price_basis::none, "财政总收入可比增长",
     "fiscal revenue growth, comparable"},
    {"fixed_asset_investment", &units::yi_yuan, price_basis::nominal, "固定资产投资", "fixed-asset investment"},
    {"fixed_asset_investment_growth", &units::percent, price_basis::nominal, "固定资产投资增长",
     "fixed-asset investment growth"},
    {"gdp_growth", &units::percent, price_basis::real, "地区生产总值增长", "GDP growth"},
    {"gdp_level", &units::yi_yuan, price_basis::nominal, "地区生产总值", "GDP"},
    {"high_tech_enterprises_total", &units::enterprises, price_basis::none, "高新技术企业总数",
     "high-tech enterprises"},
    {"industrial_output_above_scale", &units::yi_yuan, price_basis::nominal, "规模以上工业总产值",
     "industrial output above designated size"},
    {"industrial_output_above_scale_growth", &units::percent, price_basis::unstated, "规模以上工业总产值增长",
     "growth of industrial output above designated size"},
    {"industrial_value_added", &units::yi_yuan, price_basis::nominal, "工业增加值", "industrial value added"},
    {"industrial_value_added_growth", &units::percent, price_basis::real, "工业增加值增长",
     "industrial value added growth"},
    {"local_budget_revenue", &units::yi_yuan, price_basis::nominal, "地方一般公共预算收入", "local budget revenue"},
    {"local_budget_revenue_growth", &units::percent, price_basis::nominal, "地方一般公共预算收入增长",
     "local budget revenue growth"},
    {"local_budget_revenue_growth_comparable", &units::percent, price_basis::none, "地方一般公共预算收入可比增长",
     "local budget revenue growth, comparable"},
    {"primary_industry_value_added", &units::yi_yuan, price_basis::nominal, "第一产业增加值",
     "primary industry value added"},
    {"primary_industry_value_added_growth", &units::percent, price_basis::real, "第一产业增加值增长",
     "primary industry growth"},
    {"projects_started_concentrated", &units::projects, price_basis::none, "集中开工项目", "projects started"},
    {"projects_started_concentrated_investment", &units::yi_yuan, price_basis::nominal, "集中开工项目投资",
     "investment of projects started"},
    {"retail_sales", &units::yi_yuan, price_basis::nominal, "社会消费品零售总额", "retail sales"},
    {"retail_sales_growth", &units::percent, price_basis::nominal, "社会消费品零售总额增长", "retail sales growth"},
    {"rural_resident_income", &units::yuan, price_basis::nominal, "农村常住居民人均可支配收入", "rural income"},
    {"rural_resident_income_growth", &units::percent, price_basis::nominal, "农村居民收入增长", "rural income growth"},
    {"secondary_industry_value_added", &units::yi_yuan, price_basis::nominal, "第二产业增加值",
     "secondary industry value added"},
    {"secondary_industry_value_added_growth", &units::percent, price_basis::real, "第二产业增加值增长",
     "secondary industry growth"},
    {"signed_investment", &units::yi_yuan, price_basis::nominal, "新签约项目总投资", "signed investment"},
    {"signed_investment_100m_plus", &units::yi_yuan, price_basis::nominal, "亿元以上项目投资",
     "signed investment, projects over 100 million"},
    {"signed_projects", &units::projects, price_basis::none, "新签约项目", "signed projects"},
    {"signed_projects_100m_plus", &units::projects, price_basis::none, "亿元以上项目",
     "signed projects over 100 million"},
    {"tech_smes_registered", &units::enterprises, price_basis::none, "入库科技型中小企业", "technology SMEs"},
    {"tertiary_industry_value_added", &units::yi_yuan, price_basis::nominal, "第三产业增加值",
     "tertiary industry value added"},
    {"tertiary_industry_value_added_growth", &units::percent, price_basis::real, "第三产业增加值增长",
     "tertiary industry growth"},
    {"urban_resident_income", &units::yuan, price_basis::nominal, "城镇居民人均可支配收入", "urban income"},
    {"urban_resident_income_growth", &units::percent, price_basis::nominal, "城镇居民收入增长", "urban income growth"},
};
inline constexpr plan outcomes{"outcomes", "", "", 0, {}, outcome_indicators, {}, {}};

}  // namespace daye::test_data

#endif
