// The 2024 government work report of Daye (大冶市), Hubei, as a constexpr plan.
//
// Source: the report presented on 2024-01-12 to the 4th session of the 7th People's
// Congress of Daye, as Jingchu Net published it (tests/data/seed/daye-2024-work-report.zh.txt).
// Every entry carries the report's own phrase beside its typed value, group by group, in
// the report's order; ids are the stable public names of tests/data/MODEL.md.
//
// The plan reads the catalogue's indicators (<daye/catalog/...>) and declares only what is
// its own: the investment-promotion tallies, the counts of its programmes, and the
// province's energy ceiling, which the report names but does not print.
//
// 2024 is the key year of the 14th Five-Year Plan (2021-2025) and "the decisive year"
// (决战决胜之年) for becoming a 100-billion-yuan county (冲刺千亿县市) and for entering
// the national top 50 (奋进全国50强).
#ifndef DAYE_PLANS_DAYE_2024_HPP
#define DAYE_PLANS_DAYE_2024_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/catalog/consumption.hpp"
#include "daye/catalog/economy.hpp"
#include "daye/catalog/employment.hpp"
#include "daye/catalog/energy_environment.hpp"
#include "daye/catalog/fiscal.hpp"
#include "daye/catalog/industry.hpp"
#include "daye/catalog/innovation.hpp"
#include "daye/catalog/investment.hpp"
#include "daye/catalog/land_agriculture.hpp"
#include "daye/catalog/people.hpp"
#include "daye/catalog/ranks.hpp"
#include "daye/catalog/trade.hpp"
#include "daye/plan.hpp"

namespace daye {
inline namespace v0 {
namespace plans {

namespace daye_2024_entries {
// One fact per line, as a student reads it: kind and value, commitment, phrase, English.
// clang-format off
using namespace daye::literals;
using namespace daye::catalog;
using c = commitment;

// The plan's own indicators. Names in Chinese are the report's words unless marked as a gloss.

/// 省定节能减排目标 (a gloss): the ceiling on the change of energy intensity that the province sets.
inline constexpr indicator<units::percent, real, struct provincial_energy_ceiling_tag> provincial_energy_ceiling{{
    "provincial_energy_ceiling", "省定能耗强度目标", "ceiling on the change of energy intensity set by the province",
    direction::lower_is_better, domains::growth,
    "The year's ceiling on the change of energy use per unit of GDP that Hubei assigns to Daye; the report "
    "does not print it, so it is supplied when the plan is evaluated.",
    "Daye 2024 government work report (节能减排控制在省定目标以内)"}};

// Investment promotion (招商引资): tallies of the investment-promotion office, counted under the
// province's or city's own rules (size thresholds, what counts as signed or in place), which change.
inline constexpr indicator<units::projects, not_a_price, struct signed_projects_tag> signed_projects{{
    "signed_projects", "新签约项目", "newly signed projects", direction::higher_is_better, domains::non_negative,
    "Investment projects newly signed in the year, as the investment-promotion office counts them."}};
inline constexpr indicator<units::yi_yuan, nominal, struct signed_investment_tag> signed_investment{{
    "signed_investment", "总投资额", "total investment of the newly signed projects", direction::higher_is_better,
    domains::non_negative,
    "Planned total investment of the projects signed in the year, at current prices: what the contracts "
    "announce, not investment done in the year."}};
inline constexpr indicator<units::projects, not_a_price, struct registered_projects_tag> registered_projects{{
    "registered_projects", "新注册项目", "newly registered projects", direction::higher_is_better,
    domains::non_negative,
    "Signed projects that registered a business in the county in the year, as the investment-promotion office "
    "counts them."}};
inline constexpr indicator<units::yi_yuan, nominal, struct funds_in_place_tag> funds_in_place{{
    "funds_in_place", "实际到位资金", "funds actually in place", direction::higher_is_better, domains::non_negative,
    "Funds paid in during the year by investors from outside the county for investment-promotion projects, at "
    "current prices; mostly domestic, not foreign direct investment."}};
inline constexpr indicator<units::yi_yuan, nominal, struct funds_from_outside_province_tag>
    funds_from_outside_province{{
    "funds_from_outside_province", "省外资金", "funds from outside the province", direction::higher_is_better,
    domains::non_negative, "The part of the funds in place that comes from investors outside Hubei."}};
inline constexpr indicator<units::projects, not_a_price, struct projects_started_tag> projects_started{{
    "projects_started", "新开工项目", "new projects started", direction::higher_is_better, domains::non_negative,
    "Projects whose construction started in the year, counted under local criteria."}};
inline constexpr indicator<units::projects, not_a_price, struct projects_in_production_tag> projects_in_production{{
    "projects_in_production", "新投产项目", "new projects put into production", direction::higher_is_better,
    domains::non_negative, "Projects newly put into production in the year, counted under local criteria."}};

// The report's programmes, counted in their own units.
inline constexpr indicator<units::communities, not_a_price, struct old_communities_renovation_tag>
    old_communities_renovation{{
    "old_communities_renovation", "老旧小区改造", "old residential communities whose renovation starts",
    direction::higher_is_better, domains::non_negative,
    "Old urban residential communities (小区) whose renovation starts in the year, under the national programme "
    "of renovating old urban communities."}};
inline constexpr indicator<units::mu, not_a_price, struct mine_regreening_tag> mine_regreening{{
    "mine_regreening", "历史遗留矿山生态复绿和补充绿化", "re-greening of legacy mines and supplementary greening",
    direction::higher_is_better, domains::non_negative,
    "Area re-greened on mine sites left from the past, together with supplementary greening, completed in the "
    "year."}};

inline constexpr date year_end{2024, 12, 31};

// 城乡居民收入增长与经济增长保持同步 names urban and rural residents: the rural half of the
// one commitment, a second condition of the entry below.
inline constexpr target rural_income_in_step[] = {keeps_pace(rural_resident_income_growth_real, with(gdp_growth))};

// 社会发展主要预期目标: the main projected targets. 预期 labels the block (indicative, 预期性
// targets); it is not printed before each figure.
inline constexpr target main_goals[] = {
    at_least(gdp_growth, 7.5_pct)
        .committed(c::expected)
        .says("地区生产总值增长7.5%")
        .en("GDP growth (comparable prices)"),
    at_least(industrial_value_added_growth, 15_pct)
        .committed(c::expected)
        .says("规上工业增加值增长15%")
        .en("growth of value added of industry above designated size"),
    at_least(fixed_asset_investment_growth, 10_pct)
        .committed(c::expected)
        .says("固定资产投资增长10%")
        .en("growth of fixed-asset investment"),
    at_least(retail_sales_growth, 9.8_pct)
        .committed(c::expected)
        .says("社会消费品零售总额增长9.8%")
        .en("growth of total retail sales of consumer goods"),
    at_least(fiscal_revenue_growth, 7.5_pct)
        .committed(c::expected)
        .says("财政总收入增长7.5%")
        .en("growth of total fiscal revenue"),
    at_least(local_budget_revenue_growth, 7.5_pct)
        .committed(c::expected)
        .says("地方一般公共预算收入增长7.5%")
        .en("growth of local general public budget revenue"),
    at_least(export_growth, 8_pct)
        .committed(c::expected)
        .says("外贸出口增长8%")
        .en("growth of exports"),
    // Listed in the projected block; energy and CO2 intensity are binding (约束性) in the 14th
    // Five-Year Plan, and the county's ceiling is the province's assignment, which the report
    // does not print.
    within_ceiling(energy_intensity_change, ceiling(provincial_energy_ceiling))
        .named("energy_within_provincial_target")
        .committed(c::expected)
        .says("节能减排控制在省定目标以内")
        .en("energy saving and emission cuts within the provincial target"),
    // 同步 compares real income growth with real GDP growth, as statistics publish both:
    // per capita disposable income deflated by consumer prices (扣除价格因素实际增长), for
    // urban and for rural residents: one commitment with two conditions, met when both are.
    keeps_pace(urban_resident_income_growth_real, with(gdp_growth))
        .named("income_in_step_with_growth")
        .together_with(rural_income_in_step)
        .committed(c::expected)
        .says("城乡居民收入增长与经济增长保持同步")
        .en("real growth of urban and of rural residents' per capita disposable income keeps pace with real GDP "
            "growth"),
    rank_improves(county_rank)
        .named("top100_rank_advance")
        .committed(c::expected)
        .says("推进百强再进位")
        .en("move up again among the top-100 counties"),
    rank_at_most(county_rank, 50_th)
        .named("top50_sprint")
        .committed(c::sprint)
        .says("冲刺全国50强")
        .en("sprint into the top 50 counties"),
    // Not among the listed goals: 千亿 comes from the report's framing sentence
    // (2024年,是……大冶冲刺千亿县市、奋进全国50强的决战决胜之年).
    level(gdp_level, 1000_yi)
        .named("gdp_level_100bn")
        .committed(c::sprint)
        .says("冲刺千亿县市")
        .en("sprint to a GDP of 100 billion yuan"),
};

// 一、突出科技引领、创新驱动,全力构建现代产业体系
inline constexpr named_item six_clusters[] = {
    {"新能源与智能网联汽车", "new-energy and intelligent connected vehicles"},
    {"新材料", "new materials"},
    {"生命健康", "life and health"},
    {"高端智能制造", "high-end intelligent manufacturing"},
    {"电子信息", "electronic information"},
    {"临空产业", "airport-economy industries"},
};
inline constexpr named_item traditional_industries[] = {
    {"钢铁", "steel"},
    {"建材", "building materials"},
    {"铝型材", "aluminium profiles"},
};
inline constexpr target modern_industry[] = {
    measure("industry_clusters")
        .lists(six_clusters)
        .says("集中力量做大做强新能源与智能网联汽车、新材料、生命健康、高端智能制造、电子信息、临空产业等六大现代产业集"
              "群")
        .en("six modern industry clusters"),
    milestone("innovative_county_action", year_end)
        .committed(c::complete)
        .says("全力完成国家创新型县(市)三年行动建设目标")
        .en("goals of the three-year action for a national innovative county (city)"),
    at_least(new_high_tech_enterprises, 50_enterprises)
        .committed(c::ensure)
        .says("确保新增高新技术企业50家")
        .en("new high-tech enterprises"),
    at_least(tech_smes_registered, 750_enterprises)
        .committed(c::ensure)
        .says("入库科技型中小企业750家")
        .en("technology-based SMEs admitted to the national database (入库)"),
    measure("traditional_industry_upgrade")
        .lists(traditional_industries)
        .says("实施新一轮技术改造行动,支持钢铁、建材、铝型材等传统产业改造升级")
        .en("new round of technical transformation of traditional industries"),
    milestone("uhv_converter_station", year_end)
        .committed(c::ensure)
        .says("确保金上-湖北±800千伏特高压换流站项目年底建成")
        .en("Jinshang-Hubei ±800 kV UHV converter station completed by year end"),
    measure("clean_energy_use")
        .says("推动清洁能源广泛利用")
        .en("wide use of clean energy"),
};

// 二、突出扩大投资、激活消费,全力巩固经济增长态势
// 确保 governs the whole sentence 确保全年新签约项目135个,...,其中省外资金360亿元.
inline constexpr named_item commerce_subdistricts[] = {
    {"东岳路街道", "Dongyue Road subdistrict"},
    {"东风路街道", "Dongfeng Road subdistrict"},
    {"罗家桥街道", "Luojiaqiao subdistrict"},
};
inline constexpr target investment_consumption[] = {
    at_least(signed_projects, 135_projects)
        .committed(c::ensure)
        .says("确保全年新签约项目135个")
        .en("newly signed projects"),
    at_least(signed_investment, 1200_yi)
        .committed(c::ensure)
        .says("总投资额1200亿元")
        .en("total investment of the signed projects"),
    at_least(registered_projects, 120_projects)
        .committed(c::ensure)
        .says("新注册项目120个")
        .en("newly registered projects"),
    at_least(funds_in_place, 600_yi)
        .committed(c::ensure)
        .says("实际到位资金600亿元")
        .en("funds actually in place"),
    of_which(funds_from_outside_province, 360_yi, part_of(funds_in_place))
        .committed(c::ensure)
        .says("其中省外资金360亿元")
        .en("of which funds from outside the province"),
    at_least(projects_started, 160_projects)
        .committed(c::strive)
        .says("力争全年新开工项目、新投产项目个数实现双“160”")
        .en("new projects started (\"double 160\")"),
    at_least(projects_in_production, 160_projects)
        .committed(c::strive)
        .says("力争全年新开工项目、新投产项目个数实现双“160”")
        .en("new projects put into production (\"double 160\")"),
    // One sentence of the report covers both entries.
    milestone("wuyue_pedestrian_street", year_end)
        .says("高标准建成吾悦广场步行街和恒达夜间经济集聚区")
        .en("Wuyue Plaza pedestrian street built to a high standard"),
    milestone("hengda_night_economy", year_end)
        .says("高标准建成吾悦广场步行街和恒达夜间经济集聚区")
        .en("Hengda night-economy cluster built to a high standard"),
    measure("high_end_commerce")
        .lists(commerce_subdistricts)
        .says("支持东岳路街道、东风路街道、罗家桥街道发展高端商贸业")
        .en("high-end commerce in three subdistricts"),
};

// 三、突出先立后破、深化改革,全力增强经济社会活力
inline constexpr named_item reform_fields[] = {
    {"供销合作社综合改革", "comprehensive reform of supply and marketing cooperatives"},
    {"集体林权", "collective forest rights"},
};
inline constexpr target reform_vitality[] = {
    milestone("land_approval_pilot", year_end)
        .says("承接省政府深化用地审批权委托改革试点")
        .en("take on the provincial pilot of delegated land-use approval"),
    measure("cooperative_forest_reform")
        .lists(reform_fields)
        .says("深化供销合作社综合改革、集体林权等领域改革")
        .en("reform of supply and marketing cooperatives and collective forest rights"),
    measure("business_environment")
        .says("将大冶打造为综合成本“洼地”和营商环境高地")
        .en("a low-cost \"lowland\" and a business-environment \"highland\""),
    measure("state_capital_restructuring")
        .says("推进国有经济布局优化和结构调整")
        .en("optimise the layout and structure of the state sector"),
};

// 四、突出主动融入、积极对接,全力拓展开放共赢空间
inline constexpr target opening_up[] = {
    measure("daye_lake_high_tech_zone")
        .says("支持大冶湖高新区打造高新产业集聚区")
        .en("Daye Lake high-tech zone as a high-tech industry cluster"),
    measure("great_wall_motor_chain")
        .says("大力实施长城汽车强链补链工程")
        .en("strengthen and complete the Great Wall Motor supply chain"),
    measure("electronics_park_fill")
        .says("电子信息产业园满园工程")
        .en("fill the electronic information industrial park"),
    measure("airport_economy_zone")
        .says("将临空经济区打造成为大冶经济发展新引擎、对外开放新高地、城市未来副中心")
        .en("airport economic zone: new engine, opening-up highland, future sub-centre of the city"),
};

// 五、突出统筹谋划、集中发展,全力提升城市品质能级
inline constexpr named_item corridor_towns[] = {
    {"金湖", "Jinhu"},
    {"陈贵", "Chengui"},
    {"灵乡", "Lingxiang"},
};
inline constexpr named_item smart_city_parts[] = {
    {"数字住建", "digital housing and construction"},
    {"智能市政", "smart municipal services"},
    {"智慧社区", "smart communities"},
    {"智慧城管", "smart urban management"},
};
inline constexpr target urban_quality[] = {
    measure("hubin_road_bridge")
        .says("加快湖滨路跨湖大桥建设")
        .en("Hubin Road bridge across the lake"),
    measure("xiongjiazhou_area")
        .says("高标准建设熊家洲片区")
        .en("Xiongjiazhou area built to a high standard"),
    at_least(old_communities_renovation, 79_communities)
        .says("启动5个片区79个老旧小区改造")
        .en("old residential communities whose renovation starts (in 5 areas)"),
    measure("kantou_old_street")
        .says("加快推进墈头老街改造更新")
        .en("renewal of Kantou old street"),
    measure("shibanjie_area")
        .says("谋划实施石板街片区改造")
        .en("plan the renewal of the Shibanjie area"),
    measure("metallurgy_corridor")
        .lists(corridor_towns)
        .says("聚力打造以金湖、陈贵、灵乡为组团发展的“大金冶金走廊”")
        .en("the \"Dajin metallurgy corridor\" of Jinhu, Chengui and Lingxiang"),
    measure("smart_city")
        .lists(smart_city_parts)
        .says("推进数字住建、智能市政、智慧社区、智慧城管建设")
        .en("smart city"),
};

// 六、突出城乡融合、协同融通,全力打造乡村振兴样板
inline constexpr named_item urbanization_tiers[] = {
    {"市区", "city proper"},
    {"重点乡镇", "key townships"},
    {"特色小镇", "characteristic towns"},
    {"中心村", "central villages"},
};
inline constexpr named_item towns[] = {
    {"金山店镇", "Jinshandian"}, {"茗山乡", "Mingshan"}, {"殷祖镇", "Yinzu"},
    {"刘仁八镇", "Liurenba"},    {"大箕铺镇", "Dajipu"}, {"东风农场", "Dongfeng Farm"},
};
inline constexpr target rural_revitalization[] = {
    measure("urbanization_system")
        .lists(urbanization_tiers)
        .says("构建“市区-重点乡镇-特色小镇-中心村”的新型城镇体系")
        .en("a new urbanization system in four tiers"),
    measure("characteristic_towns")
        .lists(towns)
        .says("推动金山店镇、茗山乡、殷祖镇、刘仁八镇、大箕铺镇、东风农场等特色镇向“小而美、小而精”方向发展")
        .en("characteristic towns, small and beautiful"),
    measure("poverty_gains")
        .says("坚持把巩固脱贫成果作为乡村振兴的底线任务")
        .en("consolidate poverty-alleviation gains (a bottom-line task)"),
    milestone("low_income_assistance", year_end)
        .says("建立农村低收入人口常态化帮扶机制")
        .en("a regular assistance mechanism for the rural low-income population"),
};

// 七、突出生态优先、绿色发展,全力加快绿色转型步伐
inline constexpr named_item water_works[] = {
    {"六湖连通", "six lakes connected"},
    {"大型灌区", "large irrigation district"},
};
inline constexpr named_item ecological_area_names[] = {
    {"毛铺生态区", "Maopu ecological area"},
    {"保安湖湿地", "Bao'an Lake wetland"},
};
inline constexpr target green_transition[] = {
    measure("water_projects")
        .lists(water_works)
        .says("全力推进“六湖连通”“大型灌区”等重大水利工程建设")
        .en("major water projects"),
    measure("land_consolidation")
        .says("加快推进全域国土综合整治项目建设")
        .en("whole-territory land consolidation projects"),
    at_least(mine_regreening, 547_mu)
        .committed(c::complete)
        .says("完成历史遗留矿山生态复绿和补充绿化547亩")
        .en("re-greening of legacy mines and supplementary greening"),
    measure("two_mountains_base")
        .says("加快“两山”基地创建")
        .en("a \"two mountains\" practice base"),
    measure("ecological_areas")
        .lists(ecological_area_names)
        .says("科学规划推进毛铺生态区、保安湖湿地等生态优势区的保护性开发")
        .en("protective development of ecological areas"),
    measure("crested_ibis_park")
        .says("加快金牛镇省级朱鹮生态园建设")
        .en("Jinniu provincial crested-ibis park"),
    measure("national_reserve_forest")
        .says("扎实推进国家储备林项目建设")
        .en("national reserve forest project"),
};

// 八、突出倾情倾力、可感可及,全力提升民生保障水平
inline constexpr named_item scenic_areas[] = {
    {"龙凤山", "Longfengshan"},
    {"小雷山", "Xiaoleishan"},
};
inline constexpr named_item tourism_projects[] = {
    {"毛铺文化旅游", "Maopu culture tourism"},
    {"龙角山和黄坪山一体化旅游开发", "Longjiaoshan and Huangpingshan integrated tourism"},
};
inline constexpr target livelihood[] = {
    // 以上 (or more) is what at_least means.
    at_least(new_urban_jobs, 8000_persons)
        .committed(c::complete)
        .says("完成新增城镇就业8000人以上")
        .en("new urban jobs"),
    measure("elderly_and_child_services")
        .says("完善“一老一小”多元服务体系")
        .en("services for the elderly and for young children"),
    measure("education_balance")
        .says("提高教联体改革学校覆盖率,有序推进乡镇教育资源布局调整")
        .en("balanced basic education"),
    measure("medical_resources")
        .says("推动优质医疗资源下沉和区域均衡布局")
        .en("quality medical resources to the grassroots"),
    measure("civilized_city")
        .says("扎实开展社会主义核心价值观“十进”活动,建设更高水平的全国文明城市")
        .en("national civilized city"),
    measure("scenic_area_upgrades")
        .lists(scenic_areas)
        .says("推进龙凤山、小雷山景区提档升级")
        .en("upgrade of scenic areas"),
    measure("culture_tourism_projects")
        .lists(tourism_projects)
        .says("推动毛铺文化旅游、龙角山和黄坪山一体化旅游开发等重点文旅项目落地实施")
        .en("key culture and tourism projects"),
};

// 九、突出风险防范、精准施策,全力守牢安全稳定底线
// 落实耕地保护党政同责、一票否决: the farmland quotas are assigned from above and assessed, with a
// one-vote veto on the locality's rating; the library models it as vetoing the plan.
inline constexpr named_item governance_fronts[] = {
    {"扫黑除恶", "against organised crime"},
    {"电信网络诈骗", "telecom and online fraud"},
};
inline constexpr target risk_and_safety[] = {
    red_line(cultivated_land, 638500_mu)
        .named("cultivated_land_red_line")
        .says("牢牢守住63.85万亩耕地保有量")
        .en("cultivated land of at least 638,500 mu"),
    // Permanent basic farmland is part of the cultivated land.
    red_line(permanent_basic_farmland, 573400_mu, part_of(cultivated_land, "cultivated_land_red_line"))
        .named("basic_farmland_red_line")
        .says("57.34万亩永久基本农田底线")
        .en("permanent basic farmland of at least 573,400 mu"),
    measure("illegal_finance")
        .says("依法打击非法金融活动")
        .en("crack down on illegal financial activity"),
    measure("real_estate_risk")
        .says("积极稳妥化解房地产风险")
        .en("defuse real-estate risks"),
    measure("work_safety_action")
        .says("深入推进安全生产治本攻坚三年行动")
        .en("three-year work-safety action"),
    measure("food_drug_safety")
        .says("强化食品药品安全监管")
        .en("food and drug safety supervision"),
    measure("social_governance")
        .lists(governance_fronts)
        .says("常态化推进扫黑除恶斗争,严厉打击电信网络诈骗等新型犯罪活动")
        .en("social governance"),
};

// 九项重点工作: the nine key tasks.
inline constexpr group key_tasks[] = {
    {1, "modern_industry", "突出科技引领、创新驱动,全力构建现代产业体系",
     "Lead with technology and innovation: build a modern industrial system", modern_industry},
    {2, "investment_consumption", "突出扩大投资、激活消费,全力巩固经济增长态势",
     "Expand investment and activate consumption: consolidate the momentum of economic growth",
     investment_consumption},
    {3, "reform_vitality", "突出先立后破、深化改革,全力增强经济社会活力",
     "Build the new before breaking the old, deepen reform: strengthen economic and social vitality", reform_vitality},
    {4, "opening_up", "突出主动融入、积极对接,全力拓展开放共赢空间",
     "Integrate and connect actively: widen the room for open, win-win development", opening_up},
    {5, "urban_quality", "突出统筹谋划、集中发展,全力提升城市品质能级",
     "Plan as a whole and concentrate development: raise the city's quality and standing", urban_quality},
    {6, "rural_revitalization", "突出城乡融合、协同融通,全力打造乡村振兴样板",
     "Integrate town and country: build a model of rural revitalization", rural_revitalization},
    {7, "green_transition", "突出生态优先、绿色发展,全力加快绿色转型步伐",
     "Ecology first, green development: speed up the green transition", green_transition},
    {8, "livelihood", "突出倾情倾力、可感可及,全力提升民生保障水平",
     "Care that people can feel and reach: raise the level of livelihood security", livelihood},
    {9, "risk_and_safety", "突出风险防范、精准施策,全力守牢安全稳定底线",
     "Prevent risks with precise policies: hold the bottom line of security and stability", risk_and_safety},
};
// clang-format on
}  // namespace daye_2024_entries

/// Daye's 2024 plan: 12 headline goals and nine groups of key tasks.
inline constexpr plan daye_2024{
    "daye_2024",
    "daye",
    "大冶市",
    "Daye, a county-level city of Huangshi, Hubei",
    2024,
    date{2024, 1, 12},
    group{0, "main_goals", "社会发展主要预期目标", "Main projected targets", daye_2024_entries::main_goals},
    daye_2024_entries::key_tasks,
};

static_assert(check<daye_2024>());

}  // namespace plans
}  // namespace v0
}  // namespace daye

#endif
