// The explorer's page: it asks daye's WebAssembly module (explorer.cpp) for the plan, the
// scorecard and the path to 1000 亿元, and renders the answers. Every verdict, gap, tally,
// veto, projection, crossing year and required rate comes from the module; this file
// only lays them out, in Chinese or English.
'use strict';

(function () {
  // ---- Words of the page, in both languages -------------------------------------------
  const words = {
    zh: {
      title: '大冶市2024年政府工作报告目标 · daye',
      skip: '跳到正文',
      brand: '目标体系浏览器',
      heading: '大冶市2024年政府工作报告：目标、完成情况与千亿之路',
      lead: '本页的每个判定、差距、计数和预测都由 daye 库本身计算：同一组 C++ 头文件编译成 WebAssembly，在你的浏览器里运行，不需要服务器。',
      contents: '目录',
      loading: '正在加载 WebAssembly 模块……',
      loadFailed: 'WebAssembly 模块无法加载：',
      'plan.heading': '目标体系',
      'plan.intro': '报告的结构：主要预期目标和九组重点任务。每一项都有报告原文、英文名称、库对目标的表述和承诺用语。',
      'plan.entries': (n) => `${n}项`,
      'plan.veto': '约束性 · 一票否决',
      'plan.vetoNote': '一票否决是本库的建模选择，不是报告原文：报告说“牢牢守住”底线；一票否决属于上级对地方及其领导干部的考核（耕地保护党政同责）。',
      'legend.heading': '承诺用语',
      'score.heading': '完成情况',
      'score.year': '年份',
      'score.yearNote': '本页模型化的是2024年的报告，所以只有2024年有判定；2021—2025年报告的数据见下方“五年记录”。',
      'score.source': (file) => `数据：${file}（出处见下方“修改数据”）。`,
      'score.edited': '数据已在下方修改。',
      'score.verdict': '总体判定',
      'score.tally': (t) => `达成 ${t.met}，未达成 ${t.missed}，未知 ${t.unknown}，不适用 ${t.not_applicable}`,
      'score.complete': '完整：所有项目都有数据',
      'score.incomplete': '不完整：未知项目既不算达成也不算未达成',
      'score.vetoed': '一票否决：有红线被突破',
      'score.noBreach': '未报告突破：红线数据未报告',
      'score.noRedLineBreached': '没有红线被突破',
      'score.stale': '数据有错误：下面的完成情况仍是上一组有效数据的结果。',
      'col.verdict': '判定',
      'col.entry': '项目',
      'col.target': '目标',
      'col.actual': '实际',
      'col.gap': '差距',
      'col.status': '状态',
      'col.reason': '原因',
      'reason.onList': (r) => `${r.list.name_zh}（${r.year}年榜单，${r.data}年数据）${r.verdict}：`,
      'form.heading': '修改数据',
      'form.intro': '改动任何一个数字，上面的判定、计数和一票否决会立即重新计算。留空表示“未报告”：未知既不算达成，也不算未达成。',
      'form.reset': '恢复报告的数据',
      'form.status': '状态',
      'form.supplied': '上级设定的限值',
      'form.other': '其他已报告的数据',
      'form.targets': '本项数据用于',
      'form.entered': '在浏览器中输入',
      'form.errorLine': (e) => `第${e.line}行第${e.column}列：${e.message}`,
      'path.heading': '冲刺千亿',
      'path.intro': (p) => `报告提出“${p.goal.phrase_zh}”：GDP达到${p.goal.value}${p.unit_zh}（现价）。下面从${p.base.year}年报告的${p.base.value}${p.unit_zh}出发，按滑块设定的名义增长率逐年复利。`,
      'path.rate': '名义年增长率',
      'path.rateValue': (r) => `${r}%`,
      'path.crosses': (p) => `按每年${p.rate}%的名义增长，GDP在${p.crossing.year}年超过${p.goal.value}${p.unit_zh}。`,
      'path.already': (p) => `${p.base.year}年的水平已达到${p.goal.value}${p.unit_zh}。`,
      'path.reached': (p) => `${p.reached.year}年报告的水平${bounded(p.reached)}${p.unit_zh}${p.reached.status === 'preliminary' ? '（预计）' : ''}：按公布的数据，目标已经达到。上面的路径是从${p.base.year}年最后一个确切水平出发的假设。`,
      'path.never': (p) => `按每年${p.rate}%的名义增长，GDP永远达不到${p.goal.value}${p.unit_zh}。`,
      'path.required': '达到目标所需的名义年增长率',
      'path.by': '到',
      'path.needed': '每年需要',
      'path.byYear': (r) => `${r.by}年（${r.years}年内）`,
      'path.levels': '报告的GDP水平（现价）',
      'path.year': '年份',
      'path.level': '亿元',
      'path.source': '来源',
      'path.basis': (p, target) =>
        `名义与实际：GDP水平按现价计算（名义），滑块设定的是名义增长率。报告的增长目标（${target}%）和报告的增长（${p.real_growth.year}年${p.real_growth.value}%${p.real_growth.status === 'preliminary' ? '，预计' : ''}）按可比价计算（实际）：1 + 名义增长 = (1 + 实际增长) × (1 + GDP平减指数的变化)，而平减指数的变化可以为负。${between(p, 'zh')}`,
      'path.between': (g) => `${g.from}—${g.to}年每年${fixed(g.rate, 2)}%`,
      'chart.title': (p) => `大冶GDP（现价，亿元）：报告的水平和按每年${p.rate}%的预测`,
      'chart.desc': (p) => `报告的水平：${p.reported.map((r) => `${r.year}年${bounded(r)}`).join('，')}。目标${p.goal.value}${p.unit_zh}。预测：${p.path.map((r) => `${r.year}年${fixed(r.level, 2)}`).join('，')}。`,
      'chart.goal': (p) => `目标 ${p.goal.value}${p.unit_zh}`,
      'chart.reported': '报告的水平',
      'chart.projected': '预测',
      footer: '判定来自 daye 的 score()，预测来自 compound()、years_to_reach() 和 required_rate()；页面的 JavaScript 只负责显示。数据和出处：examples/data/。',
      'record.heading': '五年记录',
      'record.intro': (r) => `大冶${r.first_year}—${r.last_year}年报告的数据，每个指标和时期一行，取最可靠的一版（修订 > 已报告 > 预计）。“突破1000”是下限，不是数值。工作报告在年初发布，其中上一年的数据都是初步的。没有判定：这些年份的报告没有被模型化。`,
      'record.year': '年份',
      'record.indicator': '指标',
      'record.period': '时期',
      'record.value': '数值',
      'record.status': '状态',
      'record.source': '来源',
      'words.heading': '目标用语',
      'words.intro': '报告用来表述目标的词，以及本库怎样判断每个词：和什么比较（报告的数字、另一个指标、上级的限值、上一期、基期），哪一边算达成，等于时算不算（“以上”在7.5%时达成，“超过”不达成）。有的词按指标的方向决定哪一边（“达到”“左右”：越低越好的指标是上限）。表格来自库的 daye/words.hpp，与 daye_model --words 相同；说明为英文。',
      'words.search': '搜索用语',
      'words.count': (shown, total) => `显示${shown}个，共${total}个`,
      'words.phrase': '用语',
      'words.asks': '要求',
      'words.line': '比较对象',
      'words.strict': '等于时',
      'words.kinds': '目标类型（越高越好 / 越低越好）',
      'words.strictYes': '不达成（严格）',
      'words.strictNo': '达成',
      line: { stated: '报告的数字', indicator: '另一个指标', benchmark: '外部基准', higher_level: '上级的限值', previous_period: '上一期', base_year: '基期' },
      'catalog.heading': '指标目录',
      'catalog.intro': '县级统计常用的指标，来自库的 daye::catalog：单位、价格口径（可比价即实际，现价即名义）、哪个方向更好和定义。计划直接引用这些指标，只需写出自己特有的指标。定义为英文。',
      'catalog.search': '搜索指标',
      'catalog.count': (shown, total) => `显示${shown}个，共${total}个`,
      'catalog.name': '名称',
      'catalog.unit': '单位',
      'catalog.basis': '价格口径',
      'catalog.direction': '方向',
      'catalog.definition': '定义',
      bound: { exact: (v) => v, above: (v) => `突破${v}`, below: (v) => `不到${v}` },
      basis: { real: '可比价（实际）', nominal: '现价（名义）', none: '不涉及价格', unstated: '未说明' },
      direction: { higher: '越高越好', lower: '越低越好' },
      verdict: { met: '达成', missed: '未达成', unknown: '未知', not_applicable: '不适用' },
      planVerdict: { met: '全部达成', incomplete: '不完整', missed: '有未达成', vetoed: '一票否决' },
      status: { reported: '已报告', preliminary: '预计', revised: '修订' },
      commitment: {
        expected: ['预期', '“主要预期目标”这一栏的名称，不是每个数字前都印的词：政府引导的方向（预期性）；未完成是没有达到，不是违约。'],
        ensure: ['确保', '明确的承诺，必须做到；在“确保X、力争Y”中，确保是底线。'],
        strive: ['力争', '努力争取，承诺程度低于“确保”；在“确保X、力争Y”中是更高的期望。'],
        sprint: ['冲刺', '冲刺目标，通常是一个门槛（千亿县市、赛迪榜单全国50强）。'],
        complete: ['完成', '完成一项任务，通常是上级下达的指标（新增城镇就业8000人）。'],
        binding: ['守住', '报告对底线用的动词，这里是耕地红线。红线是约束性的，因为指标由上级下达，而不是因为这个动词；本库的模型：已知突破红线时，整体判定为一票否决，其他各项保留各自的判定。'],
        stated: ['无', '一般性表述，没有承诺用语。'],
      },
      finding: {
        'meets the threshold': '达到目标值',
        'below the threshold': '低于目标值',
        'within the limit': '在限值以内',
        'over the limit': '超出限值',
        'within the band': '在区间以内',
        'above the band': '高于区间',
        'below the band': '低于区间',
        'the comparison holds': '比较成立',
        'the comparison fails': '比较不成立',
        'a better place than last year': '名次比上年前进',
        'no better place than last year': '名次未比上年前进',
        'done by the deadline': '按期完成',
        'done after the deadline': '逾期完成',
        'reported done, date not given': '报告已完成，未给出日期',
        'not done by the deadline': '未按期完成',
        done: '已完成',
        'under way': '正在推进',
        'not started': '未开始',
        'not reported': '未报告',
        'bound not supplied': '未提供上级限值',
        'observation of another kind or unit': '数据的类型或单位不符',
        'figures too large to compare': '数值过大，无法比较',
      },
    },
    en: {
      title: "Daye's 2024 government work report targets · daye",
      skip: 'Skip to the content',
      brand: 'target explorer',
      heading: "Daye's 2024 government work report: targets, results and the road to 1000 亿",
      lead: 'Every verdict, gap, count and projection on this page is computed by the daye library itself: the same C++ headers compiled to WebAssembly, running in your browser, with no server.',
      contents: 'Contents',
      loading: 'Loading the WebAssembly module…',
      loadFailed: 'The WebAssembly module could not be loaded: ',
      'plan.heading': 'The plan',
      'plan.intro': "The report's structure: the main projected targets and nine groups of key tasks. Each entry has the report's own words, an English name, the target as the library states it, and the commitment word.",
      'plan.entries': (n) => `${n} entries`,
      'plan.veto': 'binding · one-vote veto',
      'plan.vetoNote': "The one-vote veto is this library's modelling choice, not the report's words: the report says 牢牢守住 (hold firmly) the bottom line; 一票否决 belongs to a higher level's assessment of the locality and its officials (耕地保护党政同责).",
      'legend.heading': 'Commitment words',
      'score.heading': 'The scorecard',
      'score.year': 'Year',
      'score.yearNote': "The page models the 2024 report, so only 2024 has verdicts; the figures reported for 2021–2025 are in the five-year record below.",
      'score.source': (file) => `Data: ${file} (sources under "Change the figures").`,
      'score.edited': 'The figures were changed below.',
      'score.verdict': 'Verdict',
      'score.tally': (t) => `met ${t.met}, missed ${t.missed}, unknown ${t.unknown}, not applicable ${t.not_applicable}`,
      'score.complete': 'complete: every entry has data',
      'score.incomplete': 'incomplete: unknown entries are neither met nor missed',
      'score.vetoed': 'One-vote veto: a red line is breached',
      'score.noBreach': 'No breach reported: the red lines are not reported',
      'score.noRedLineBreached': 'No red line breached',
      'score.stale': 'The figures have errors: the scorecard below is still that of the last valid figures.',
      'col.verdict': 'Verdict',
      'col.entry': 'Entry',
      'col.target': 'Target',
      'col.actual': 'Actual',
      'col.gap': 'Gap',
      'col.status': 'Status',
      'col.reason': 'Reason',
      'reason.onList': (r) => `${r.verdict} on ${r.list.called} of ${r.year} (${r.data}'s data): `,
      'form.heading': 'Change the figures',
      'form.intro': 'Change any figure and the verdicts, counts and the one-vote veto above are computed again at once. Leave a field empty for "not reported": unknown is neither met nor missed.',
      'form.reset': 'Back to the reported figures',
      'form.status': 'status',
      'form.supplied': 'bound set by a higher level',
      'form.other': 'Other reported figures',
      'form.targets': 'read by',
      'form.entered': 'entered in the explorer',
      'form.errorLine': (e) => `line ${e.line}, column ${e.column}: ${e.message}`,
      'path.heading': 'The sprint to 1000 亿元',
      'path.intro': (p) => `The report aims at "${p.goal.phrase_zh}" (a county with a GDP of 100 billion yuan): ${p.goal.value} ${p.unit_zh} at current prices. From the ${p.base.value} ${p.unit_zh} reported for ${p.base.year}, the path below compounds the nominal rate set by the slider.`,
      'path.rate': 'Nominal growth a year',
      'path.rateValue': (r) => `${r} %`,
      'path.crosses': (p) => `At ${p.rate} % nominal growth a year, GDP passes ${p.goal.value} ${p.unit_zh} in ${p.crossing.year}.`,
      'path.already': (p) => `The level of ${p.base.year} is already at ${p.goal.value} ${p.unit_zh}.`,
      'path.reached': (p) => `The level reported for ${p.reached.year} is ${bounded(p.reached)} ${p.unit_zh}${p.reached.status === 'preliminary' ? ' (preliminary)' : ''}: by the figures as published, the goal is reached. The path above is a projection from the last exact level, ${p.base.year}'s.`,
      'path.never': (p) => `At ${p.rate} % nominal growth a year, GDP never reaches ${p.goal.value} ${p.unit_zh}.`,
      'path.required': 'Nominal growth a year that reaches the goal',
      'path.by': 'By',
      'path.needed': 'needs a year',
      'path.byYear': (r) => `${r.by} (in ${r.years} ${r.years === 1 ? 'year' : 'years'})`,
      'path.levels': 'GDP levels reported (current prices)',
      'path.year': 'Year',
      'path.level': '亿元',
      'path.source': 'Source',
      'path.basis': (p, target) =>
        `Real and nominal: GDP levels are at current prices (nominal) and the slider sets nominal growth. The plan's growth target (${target} %) and the growth reported (${p.real_growth.value} % for ${p.real_growth.year}${p.real_growth.status === 'preliminary' ? ', preliminary' : ''}) are at comparable prices (real): 1 + nominal = (1 + real) × (1 + change of the GDP deflator), and that change can be negative. ${between(p, 'en')}`,
      'path.between': (g) => `${fixed(g.rate, 2)} % a year from ${g.from} to ${g.to}`,
      'chart.title': (p) => `Daye's GDP at current prices, 亿元: levels reported, and projected at ${p.rate} % a year`,
      'chart.desc': (p) => `Reported: ${p.reported.map((r) => `${r.year} ${bounded(r)}`).join(', ')}. Goal ${p.goal.value} ${p.unit_zh}. Projected: ${p.path.map((r) => `${r.year} ${fixed(r.level, 2)}`).join(', ')}.`,
      'chart.goal': (p) => `goal ${p.goal.value} ${p.unit_zh}`,
      'chart.reported': 'reported',
      'chart.projected': 'projected',
      footer: "Verdicts come from daye's score(), projections from compound(), years_to_reach() and required_rate(); the page's JavaScript only displays them. Data and sources: examples/data/.",
      'record.heading': 'Five-year record',
      'record.intro': (r) => `Daye's figures reported for ${r.first_year}–${r.last_year}, one row per indicator and period, each in its firmest vintage (revised > reported > preliminary). "Above 1000" (突破1000) is a bound, not a value. A work report is delivered early in the year, so its figures for the past year are provisional. No verdicts: the plans of these years are not modelled.`,
      'record.year': 'Year',
      'record.indicator': 'Indicator',
      'record.period': 'Period',
      'record.value': 'Value',
      'record.status': 'Status',
      'record.source': 'Source',
      'words.heading': 'The words of a plan',
      'words.intro': "The words reports state targets in, and how the library judges each: what the figure is compared with (the report's figure, another indicator, a higher level's bound, the previous period, a base year), which side passes, and whether equality passes (以上 is met at 7.5 %, 超过 is not). Some words take the side from the indicator's direction (达到, 左右: a ceiling where lower is better). The table is the library's daye/words.hpp, as daye_model --words prints it.",
      'words.search': 'Search the words',
      'words.count': (shown, total) => `${shown} of ${total} shown`,
      'words.phrase': 'Words',
      'words.asks': 'Asks',
      'words.line': 'Compared with',
      'words.strict': 'At equality',
      'words.kinds': 'Kind of target (higher / lower is better)',
      'words.strictYes': 'not met (strict)',
      'words.strictNo': 'met',
      line: { stated: "the report's figure", indicator: 'another indicator', benchmark: 'a benchmark', higher_level: "a higher level's bound", previous_period: 'the previous period', base_year: 'a base year' },
      'catalog.heading': 'Catalogue of indicators',
      'catalog.intro': "The indicators county statistics use, from the library's daye::catalog: unit, price basis (comparable prices are real, current prices nominal), which direction is better, and definition. Plans read these indicators and declare only their own.",
      'catalog.search': 'Search the indicators',
      'catalog.count': (shown, total) => `${shown} of ${total} shown`,
      'catalog.name': 'Name',
      'catalog.unit': 'Unit',
      'catalog.basis': 'Price basis',
      'catalog.direction': 'Direction',
      'catalog.definition': 'Definition',
      bound: { exact: (v) => v, above: (v) => `above ${v}`, below: (v) => `below ${v}` },
      basis: { real: 'comparable prices (real)', nominal: 'current prices (nominal)', none: 'not a price', unstated: 'unstated' },
      direction: { higher: 'higher is better', lower: 'lower is better' },
      verdict: { met: 'met', missed: 'missed', unknown: 'unknown', not_applicable: 'not applicable' },
      planVerdict: { met: 'met', incomplete: 'incomplete', missed: 'missed', vetoed: 'vetoed' },
      status: { reported: 'reported', preliminary: 'preliminary (预计)', revised: 'revised' },
      commitment: {
        expected: ['expected', 'Names the block of main projected targets (主要预期目标), not a word printed before each figure: the direction the government steers towards (indicative, 预期性); falling short is a miss, not a breach.'],
        ensure: ['ensure', '"Make sure": a floor the government commits to; in "确保X、力争Y" the floor under an aspiration.'],
        strive: ['strive for', 'An aspiration, less firm than 确保; in "确保X、力争Y" the higher hope.'],
        sprint: ['sprint for', 'A stretch, usually a threshold (the 1000 亿 county, the top 50 on the CCID list).'],
        complete: ['complete', 'To fulfil a task, usually a quota set from above (8000 new urban jobs).'],
        binding: ['hold the line', "The report's verb for a bottom line (底线), here the farmland red lines. They are binding because the quotas are assigned from above, not because of the verb; this library's model: a red line known to be breached makes the plan's verdict vetoed, and the other entries keep theirs."],
        stated: ['no word', 'A plain statement of intent, without a commitment word.'],
      },
      finding: {},
    },
  };

  let language = 'zh';
  const t = (key, ...args) => {
    const w = words[language][key];
    return typeof w === 'function' ? w(...args) : w;
  };
  // A word for an id the module sends (a verdict, a status...), or the id itself when the
  // library has one this page does not know yet.
  const word = (table, id) => words[language][table][id] || id;
  const other = () => (language === 'zh' ? 'en' : 'zh');
  // A figure as published: the value, or the bound the source gives (突破1000: above 1000).
  const bounded = (r) => (words[language].bound[r.bound] || words[language].bound.exact)(r.value);

  // Text for numbers the module computed: fixed decimals for display only.
  function fixed(value, places) {
    return value === null || value === undefined ? '' : Number(value).toFixed(places);
  }
  function between(p, lang) {
    if (!p.growth_between.length) return '';
    const parts = p.growth_between.map((g) => words[lang]['path.between'](g));
    return lang === 'zh' ? `报告的水平年均名义增长：${parts.join('，')}。` : `The levels reported grew ${parts.join(' and ')}, nominal.`;
  }

  function element(tag, attributes, ...children) {
    const e = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') e.className = value;
      else if (name === 'text') e.textContent = value;
      else e.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children) if (child !== null && child !== undefined) e.append(child);
    return e;
  }

  // ---- The module -----------------------------------------------------------------------
  let module = null;
  const call = (name, types, ...args) => JSON.parse(module.ccall(name, 'string', types, args));

  const state = {
    plan: null, // daye_explorer_plan()
    entries: new Map(), // id -> the plan's entry
    year: null,
    observations: null, // daye_explorer_observations(year)
    card: null, // the last valid daye_explorer_score()
    stale: false,
    edited: false,
    path: null,
    record: null, // daye_explorer_record(year)
    words: null, // daye_explorer_words()
    catalog: null, // daye_explorer_catalog()
  };

  // ---- The plan -------------------------------------------------------------------------
  function groupHeading(group, tag) {
    const main = language === 'zh' ? group.heading_zh : group.heading_en;
    const second = language === 'zh' ? group.heading_en : group.heading_zh;
    const number = group.ordinal > 0 ? `${group.ordinal}. ` : '';
    return element(tag, { class: 'group-heading' },
      element('span', { text: number + main }),
      element('span', { class: 'second', lang: language === 'zh' ? 'en' : 'zh-CN', text: second }));
  }

  // The word as the report prints it; in English its translation beside it (in the
  // legend) or for screen readers only (in the narrow column of the entries).
  function commitmentBadge(id, { compact = false } = {}) {
    const c = state.plan.commitments.find((x) => x.id === id);
    const [name] = words[language].commitment[id] || [id, ''];
    const label = c && c.zh ? c.zh : name;
    const english = language === 'en' && c && c.zh;
    return element('span', { class: `commitment c-${id}`, title: name },
      element('span', { lang: c && c.zh ? 'zh-CN' : null, text: label }),
      english ? element('span', { class: compact ? 'visually-hidden' : 'word-en', text: ` ${name}` }) : null);
  }

  function renderLegend() {
    const legend = document.getElementById('legend');
    legend.replaceChildren();
    for (const c of state.plan.commitments) {
      const [, meaning] = words[language].commitment[c.id] || [c.id, ''];
      legend.append(element('div', { class: 'legend-item' },
        element('dt', {}, commitmentBadge(c.id)), element('dd', { text: meaning })));
    }
  }

  // The groups a reader has opened, kept when the page is drawn again; null the first time.
  function openGroups(host) {
    const groups = [...host.querySelectorAll('details[data-group]')];
    return groups.length ? new Set(groups.filter((d) => d.open).map((d) => d.dataset.group)) : null;
  }

  function renderPlan() {
    renderLegend();
    const host = document.getElementById('plan-groups');
    const open = openGroups(host);
    host.replaceChildren();
    for (const group of state.plan.model.groups) {
      const list = element('ul', { class: 'entries' });
      for (const e of group.entries) {
        const veto = e.vetoes;
        list.append(element('li', { class: veto ? 'entry veto' : 'entry', 'data-entry': e.id },
          commitmentBadge(e.commitment, { compact: true }),
          element('span', { class: 'phrase', lang: 'zh-CN', text: e.phrase_zh }),
          element('span', { class: 'name-en', lang: 'en', text: e.name_en }),
          element('span', { class: 'described', text: state.plan.described[e.id] }),
          veto ? element('span', { class: 'veto-mark', text: t('plan.veto') }) : null));
      }
      const body = element('div', { class: 'group-body' }, list);
      if (group.entries.some((e) => e.vetoes)) body.append(element('p', { class: 'note', text: t('plan.vetoNote') }));
      const summary = element('summary', {}, groupHeading(group, 'h3'),
        element('span', { class: 'count', text: t('plan.entries', group.entries.length) }));
      const opened = open ? open.has(group.id) : group.ordinal === 0 || group.entries.some((e) => e.vetoes);
      host.append(element('details', { class: 'group', 'data-group': group.id, open: opened }, summary, body));
    }
  }

  // ---- The scorecard --------------------------------------------------------------------
  function verdictBadge(verdict, vetoes) {
    const text = vetoes ? word('planVerdict', 'vetoed') : word('verdict', verdict);
    return element('span', { class: `verdict v-${vetoes ? 'vetoed' : verdict}`, text });
  }

  function reasonText(shown, result) {
    let text = word('finding', shown.finding);
    // A rank names its list and the year of the data that list ranks, as daye_report does.
    const list = result.rank_list;
    if (list && (result.verdict === 'met' || result.verdict === 'missed')) {
      text = t('reason.onList', { list, verdict: word('verdict', result.verdict), year: state.card.card.year, data: result.rank_data_year }) + text;
    }
    if (result.verdict === 'unknown' && result.missing) text += `${language === 'zh' ? '：' : ': '}${result.missing} ${shown.missing_year}`;
    return text;
  }

  function vetoLine(answer) {
    const card = answer.card;
    if (card.overall.vetoed) return t('score.vetoed');
    if (answer.red_lines.unknown > 0) return t('score.noBreach');
    return t('score.noRedLineBreached');
  }

  function summaryBlock(answer) {
    const o = answer.card.overall;
    return [
      element('p', { class: 'overall' },
        element('span', { class: 'label', text: `${t('score.verdict')} ${answer.card.year}: ` }),
        element('span', { class: `verdict v-${o.verdict}`, 'data-plan-verdict': o.verdict, text: word('planVerdict', o.verdict) })),
      element('p', { class: 'tally', 'data-tally': `${o.met},${o.missed},${o.unknown},${o.not_applicable}`, text: t('score.tally', o) }),
      element('p', { class: o.vetoed ? 'veto-line vetoed' : 'veto-line', 'data-vetoed': String(o.vetoed), text: vetoLine(answer) }),
      element('p', { class: 'completeness', text: o.complete ? t('score.complete') : t('score.incomplete') }),
    ];
  }

  function renderScorecard() {
    const answer = state.card;
    const summary = document.getElementById('summary');
    summary.replaceChildren(...summaryBlock(answer));
    if (state.stale) summary.append(element('p', { class: 'stale', text: t('score.stale') }));
    document.getElementById('form-summary').replaceChildren(...summaryBlock(answer));
    const source = document.getElementById('score-source');
    source.textContent = t('score.source', state.observations.file) + (state.edited ? ` ${t('score.edited')}` : '');

    const host = document.getElementById('score-groups');
    const open = openGroups(host);
    host.replaceChildren();
    const results = answer.card.results;
    for (const group of answer.card.groups) {
      // Roles written out: a phone's layout turns the rows into blocks, which would
      // otherwise lose the table's semantics.
      const table = element('table', { class: 'score', role: 'table' },
        element('caption', { class: 'visually-hidden', text: language === 'zh' ? group.heading_zh : group.heading_en }),
        element('thead', { role: 'rowgroup' }, element('tr', { role: 'row' }, ...['verdict', 'entry', 'target', 'actual', 'gap', 'status', 'reason']
          .map((c) => element('th', { scope: 'col', role: 'columnheader', text: t(`col.${c}`) })))));
      const body = element('tbody', { role: 'rowgroup' });
      for (const r of results.filter((x) => x.group === group.id)) {
        const entry = state.entries.get(r.id);
        const shown = answer.shown[r.id];
        const vetoes = entry.vetoes && r.verdict === 'missed';
        const cell = (column, ...content) => element('td', { role: 'cell', 'data-label': t(`col.${column}`), class: `col-${column}` }, ...content);
        body.append(element('tr', { role: 'row', 'data-entry': r.id, 'data-verdict': r.verdict, class: `row-${r.verdict}` },
          cell('verdict', verdictBadge(r.verdict, vetoes)),
          cell('entry', element('span', { class: 'phrase', lang: 'zh-CN', text: entry.phrase_zh }),
            element('span', { class: 'name-en', lang: 'en', text: entry.name_en })),
          cell('target', state.plan.described[r.id]),
          cell('actual', shown.actual),
          cell('gap', element('span', { 'data-gap': r.gap === null ? '' : r.gap, text: shown.gap })),
          cell('status', r.status ? word('status', r.status) : ''),
          cell('reason', reasonText(shown, r))));
      }
      table.append(body);
      const tally = element('span', { class: 'count', 'data-tally': `${group.met},${group.missed},${group.unknown},${group.not_applicable}` }, t('score.tally', group));
      const opened = open ? open.has(group.id) : group.ordinal === 0 || results.some((x) => x.group === group.id && x.vetoes);
      const details = element('details', { class: 'group', 'data-group': group.id, open: opened },
        element('summary', {}, groupHeading(group, 'h3'), tally), element('div', { class: 'table-wrap' }, table));
      host.append(details);
    }
  }

  // ---- The form -------------------------------------------------------------------------
  // One field per figure: those the plan's targets read (as the module lists them), then
  // the other reported figures of the year.
  let fields = [];

  function buildFields() {
    const obs = state.observations;
    const key = (indicator, year) => `${indicator}@${year}`;
    const reported = new Map(obs.rows.map((r) => [key(r.indicator, r.year), r]));
    const asked = new Set(obs.fields.map((f) => key(f.indicator, f.year)));
    fields = obs.fields.map((f) => ({ ...f, row: reported.get(key(f.indicator, f.year)) || null }));
    for (const r of obs.rows)
      if (!asked.has(key(r.indicator, r.year))) fields.push({ ...r, supplied: false, read_by: [], row: r, otherFigure: true });
  }

  function fieldId(f) {
    return `figure-${f.indicator}-${f.year}`;
  }

  function renderForm() {
    const host = document.getElementById('form-fields');
    const values = new Map([...host.querySelectorAll('input[data-indicator]')].map((i) => [i.id, i.value]));
    const statuses = new Map([...host.querySelectorAll('select[data-status-of]')].map((s) => [s.dataset.statusOf, s.value]));
    host.replaceChildren();
    const main = element('fieldset', { class: 'figures' }, element('legend', { text: `${t('form.heading')} · ${state.year}` }));
    const others = element('fieldset', { class: 'figures' }, element('legend', { text: t('form.other') }));
    for (const f of fields) {
      const id = fieldId(f);
      const name = language === 'zh' ? f.name_zh : f.name_en;
      const input = element('input', {
        id, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false',
        'data-indicator': f.indicator, 'data-year': String(f.year), 'data-unit': f.unit, 'aria-describedby': `${id}-hint ${id}-error`,
      });
      input.value = values.has(id) ? values.get(id) : f.row ? f.row.value : '';
      const status = element('select', { id: `${id}-status`, 'data-status-of': id });
      for (const s of state.observations.statuses) status.append(element('option', { value: s, text: word('status', s) }));
      status.value = statuses.get(id) || (f.row ? f.row.status : state.observations.statuses[0]);
      const hint = [f.indicator, f.supplied ? t('form.supplied') : null, f.read_by.length ? `${t('form.targets')} ${f.read_by.join(', ')}` : null,
        f.row && f.row.source ? f.row.source : null].filter(Boolean).join(' · ');
      const verdicts = element('span', { class: 'field-verdicts', 'data-verdicts-of': id });
      const row = element('div', { class: 'field' },
        element('label', { for: id },
          element('span', { text: `${name || f.indicator} ${f.year}` }),
          element('span', { class: 'unit', text: f.unit_zh })),
        element('div', { class: 'inputs' }, input,
          element('label', { class: 'visually-hidden', for: `${id}-status`, text: `${name || f.indicator} ${f.year} ${t('form.status')}` }),
          status, verdicts),
        element('p', { id: `${id}-hint`, class: 'hint', text: hint }),
        element('p', { id: `${id}-error`, class: 'field-error' }));
      (f.otherFigure ? others : main).append(row);
    }
    host.append(main);
    if (others.children.length > 1) host.append(others);
  }

  // The form as CSV, in the reader's format: one row per figure given.
  function csvField(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }
  function formCsv() {
    const lines = [state.observations.header];
    const lineOf = new Map();
    for (const f of fields) {
      const input = document.getElementById(fieldId(f));
      const value = input.value.trim();
      if (value === '') continue;
      const status = document.getElementById(`${fieldId(f)}-status`).value;
      const unchanged = f.row && f.row.value === value && f.row.status === status;
      const source = unchanged ? f.row.source : t('form.entered');
      lines.push([f.indicator, String(f.year), value, f.unit, status, source].map(csvField).join(','));
      lineOf.set(lines.length, input);
    }
    return { csv: lines.join('\n') + '\n', lineOf };
  }

  function score() {
    const { csv, lineOf } = formCsv();
    const answer = call('daye_explorer_score', ['string', 'number'], csv, state.year);
    for (const input of document.querySelectorAll('#form-fields input')) {
      input.removeAttribute('aria-invalid');
      document.getElementById(`${input.id}-error`).textContent = '';
    }
    const errors = document.getElementById('form-errors');
    errors.textContent = '';
    if (answer.errors) {
      state.stale = true;
      for (const e of answer.errors) {
        const input = lineOf.get(e.line);
        if (input) {
          input.setAttribute('aria-invalid', 'true');
          document.getElementById(`${input.id}-error`).textContent = `${e.message}${e.text ? `: '${e.text}'` : ''}`;
        } else {
          errors.append(element('span', { text: t('form.errorLine', e) }));
        }
      }
    } else if (answer.error) {
      state.stale = true;
      errors.textContent = answer.error;
    } else {
      state.stale = false;
      state.card = answer;
    }
    renderScorecard();
    renderFieldVerdicts();
  }

  function renderFieldVerdicts() {
    const byId = new Map(state.card.card.results.map((r) => [r.id, r]));
    for (const f of fields) {
      const host = document.querySelector(`[data-verdicts-of="${fieldId(f)}"]`);
      if (!host) continue;
      host.replaceChildren(...f.read_by.map((id) => {
        const r = byId.get(id);
        return element('span', { class: `verdict small v-${r.verdict}`, title: id, text: `${id}: ${word('verdict', r.verdict)}` });
      }));
    }
  }

  function loadYear(year) {
    state.year = year;
    state.observations = call('daye_explorer_observations', ['number'], year);
    if (state.observations.error || state.observations.errors) throw new Error(state.observations.error || state.observations.errors[0].full);
    buildFields();
    document.getElementById('form-fields').replaceChildren();
    state.edited = false;
    renderForm();
    score();
  }

  // ---- The path to 1000 亿元 -------------------------------------------------------------
  const svgNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attributes, text) {
    const e = document.createElementNS(svgNS, tag);
    for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function renderChart(p) {
    const body = document.getElementById('chart-body');
    body.replaceChildren();
    // Drawn in the pixels it is shown in, so that its text stays readable on a phone.
    const chart = document.getElementById('chart');
    const width = Math.round(Math.max(300, Math.min(720, chart.parentElement.clientWidth || 640)));
    const height = width < 480 ? 300 : 360, left = 52, right = 16, top = 20, bottom = 44;
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const years = [...p.reported.map((r) => r.year), ...p.path.map((r) => r.year)];
    const firstYear = Math.min(...years), lastYear = Math.max(...years);
    const levels = [...p.reported.map((r) => r.level), ...p.path.map((r) => r.level).filter((v) => v !== null), p.goal.level];
    const step = 100;
    const low = Math.floor(Math.min(...levels) / step) * step, high = Math.ceil(Math.max(...levels) * 1.02 / step) * step;
    const x = (year) => left + (width - left - right) * (year - firstYear) / Math.max(1, lastYear - firstYear);
    const y = (level) => top + (height - top - bottom) * (high - level) / (high - low);
    for (let v = low; v <= high; v += step) {
      body.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid' }));
      body.append(svg('text', { x: left - 8, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(v)));
    }
    const yearStep = (lastYear - firstYear) * 44 > width - left - right ? 2 : 1;
    for (let year = firstYear; year <= lastYear; year += yearStep)
      body.append(svg('text', { x: x(year), y: height - bottom + 20, class: 'axis', 'text-anchor': 'middle' }, String(year)));
    body.append(svg('line', { x1: left, x2: width - right, y1: y(p.goal.level), y2: y(p.goal.level), class: 'goal' }));
    body.append(svg('text', { x: left + 6, y: y(p.goal.level) - 6, class: 'goal-label' }, t('chart.goal', p)));
    const points = (rows) => rows.filter((r) => r.level !== null).map((r) => `${x(r.year)},${y(r.level)}`).join(' ');
    body.append(svg('polyline', { points: points(p.path), class: 'projected' }));
    const exact = p.reported.filter((r) => r.bound === 'exact');
    body.append(svg('polyline', { points: points(exact), class: 'reported' }));
    for (const r of exact) body.append(svg('circle', { cx: x(r.year), cy: y(r.level), r: 4.5, class: 'reported-point' }));
    // A bound is no point on the line: an open marker, and an arrow to where the level lies.
    for (const r of p.reported.filter((b) => b.bound !== 'exact')) {
      const arrow = r.bound === 'above' ? -14 : 14;
      body.append(svg('circle', { cx: x(r.year), cy: y(r.level), r: 4.5, class: 'bound-point', 'data-year': r.year }));
      body.append(svg('line', { x1: x(r.year), x2: x(r.year), y1: y(r.level) + Math.sign(arrow) * 5, y2: y(r.level) + arrow, class: 'bound-arrow' }));
    }
    for (const r of p.path.slice(1))
      if (r.level !== null) body.append(svg('circle', { cx: x(r.year), cy: y(r.level), r: 3.5, class: 'projected-point', 'data-year': r.year, 'data-level': String(r.level) }));
    if (p.crossing.year !== null && !p.crossing.already && p.crossing.year <= lastYear)
      body.append(svg('line', { x1: x(p.crossing.year), x2: x(p.crossing.year), y1: top, y2: height - bottom, class: 'crossing-line' }));
    const keyY = height - 8;
    body.append(svg('line', { x1: left, x2: left + 24, y1: keyY - 4, y2: keyY - 4, class: 'reported' }));
    body.append(svg('text', { x: left + 30, y: keyY, class: 'axis' }, t('chart.reported')));
    body.append(svg('line', { x1: left + 130, x2: left + 154, y1: keyY - 4, y2: keyY - 4, class: 'projected' }));
    body.append(svg('text', { x: left + 160, y: keyY, class: 'axis' }, t('chart.projected')));
    document.getElementById('chart-title').textContent = t('chart.title', p);
    document.getElementById('chart-desc').textContent = t('chart.desc', p);
  }

  function renderPath() {
    const p = state.path;
    if (p.error) {
      document.getElementById('crossing').textContent = p.error;
      return;
    }
    document.getElementById('path-intro').textContent = t('path.intro', p);
    const section = document.getElementById('path');
    section.dataset.base = p.base.value;
    section.dataset.baseYear = String(p.base.year);
    section.dataset.goal = p.goal.value;
    document.getElementById('rate-value').textContent = t('path.rateValue', p.rate);
    document.getElementById('rate').setAttribute('aria-valuetext', t('path.rateValue', p.rate));
    const crossing = document.getElementById('crossing');
    crossing.dataset.crossingYear = p.crossing.year === null ? '' : String(p.crossing.year);
    crossing.textContent = p.crossing.already ? t('path.already', p) : p.crossing.year !== null ? t('path.crosses', p) : t('path.never', p);
    const reached = document.getElementById('reached');
    reached.dataset.year = p.reached ? String(p.reached.year) : '';
    reached.textContent = p.reached && p.reached.year > p.base.year ? t('path.reached', p) : '';
    const gdpTarget = state.entries.get('gdp_growth');
    document.getElementById('basis-note').textContent = p.real_growth ? t('path.basis', p, gdpTarget ? gdpTarget.value : '') : '';
    const required = document.querySelector('#required tbody');
    required.replaceChildren(...p.required.map((r) => element('tr', {},
      element('th', { scope: 'row', text: t('path.byYear', r) }),
      element('td', { 'data-rate': r.rate === null ? '' : String(r.rate), 'data-years': String(r.years), text: `${fixed(r.rate, 2)} %` }))));
    const levels = document.querySelector('#levels tbody');
    levels.replaceChildren(...p.reported.map((r) => element('tr', {},
      element('th', { scope: 'row', text: String(r.year) }),
      element('td', { 'data-bound': r.bound, text: bounded(r) + (r.status === 'preliminary' ? `, ${word('status', 'preliminary')}` : '') }),
      element('td', { class: 'source', lang: 'zh-CN', text: r.source }))));
    renderChart(p);
  }

  function updatePath() {
    const rate = document.getElementById('rate').value;
    state.path = call('daye_explorer_path', ['string'], rate);
    renderPath();
  }

  // ---- The five-year record ----------------------------------------------------------------
  function renderRecord() {
    const r = state.record;
    if (!r) return;
    const intro = document.getElementById('record-intro');
    const body = document.querySelector('#record-table tbody');
    if (r.error) {
      intro.textContent = r.error;
      body.replaceChildren();
      return;
    }
    intro.textContent = t('record.intro', r);
    body.replaceChildren(...r.rows.map((f) => element('tr', { 'data-indicator': f.indicator, 'data-period': f.period },
      element('td', { 'data-label': t('record.indicator') },
        element('span', { text: (language === 'zh' ? f.name_zh : f.name_en) || f.indicator }),
        element('code', { class: 'id', text: f.indicator })),
      element('td', { 'data-label': t('record.period'), text: language === 'zh' ? f.period_zh : f.period_en }),
      element('td', { 'data-label': t('record.value'), 'data-bound': f.bound, text: `${bounded(f)} ${f.unit_zh}` }),
      element('td', { 'data-label': t('record.status'), text: word('status', f.status) }),
      element('td', { class: 'source', lang: 'zh-CN', 'data-label': t('record.source'), text: f.source }))));
  }

  function loadRecord(year) {
    state.record = call('daye_explorer_record', ['number'], year);
    renderRecord();
  }

  // ---- Searching a table ------------------------------------------------------------------
  // What a reader typed matches a row when every word of it is found in one of the row's
  // fields, ignoring case.
  function matches(fields, query) {
    const text = fields.join(' ').toLowerCase();
    return query.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w));
  }

  // ---- The words of a plan ----------------------------------------------------------------
  function renderWords() {
    if (!state.words) return;
    const query = document.getElementById('words-search').value;
    const rows = state.words.words.filter((w) => matches([w.zh, w.example, w.en, w.builder], query));
    document.querySelector('#words-table tbody').replaceChildren(...rows.map((w) => element('tr', { 'data-phrase': w.zh },
      element('td', { 'data-label': t('words.phrase') },
        element('span', { lang: 'zh-CN', text: w.zh }),
        element('span', { class: 'second', lang: 'zh-CN', text: w.example })),
      element('td', { lang: 'en', 'data-label': t('words.asks') }, element('span', { text: w.en }), element('code', { class: 'id', text: w.builder })),
      element('td', { 'data-label': t('words.line'), text: word('line', w.line) }),
      element('td', { 'data-label': t('words.strict'), 'data-strict': String(w.strict), text: t(w.strict ? 'words.strictYes' : 'words.strictNo') }),
      element('td', { 'data-label': t('words.kinds'), text: w.kind_higher === w.kind_lower ? w.kind_higher : `${w.kind_higher} / ${w.kind_lower}` }))));
    document.getElementById('words-count').textContent = t('words.count', rows.length, state.words.words.length);
  }

  // ---- The catalogue ---------------------------------------------------------------------
  function renderCatalog() {
    if (!state.catalog) return;
    const table = document.getElementById('catalog-table');
    for (const body of [...table.tBodies]) body.remove();
    const query = document.getElementById('catalog-search').value;
    let shown = 0;
    let total = 0;
    for (const section of state.catalog.catalog) {
      const rows = [];
      for (const i of section.indicators) {
        total += 1;
        if (!matches([i.id, i.name_zh, i.name_en, i.unit, i.unit_zh, i.definition], query)) continue;
        shown += 1;
        const main = language === 'zh' ? i.name_zh : i.name_en;
        const second = language === 'zh' ? i.name_en : i.name_zh;
        rows.push(element('tr', { 'data-indicator': i.id },
          element('td', { class: 'name', 'data-label': t('catalog.name') },
            element('span', { text: main }),
            element('span', { class: 'second', lang: language === 'zh' ? 'en' : 'zh-CN', text: second }),
            element('code', { text: i.id })),
          element('td', { 'data-label': t('catalog.unit'), text: `${i.unit_zh} (${i.unit})` }),
          element('td', { 'data-label': t('catalog.basis'), text: word('basis', i.basis) }),
          element('td', { 'data-label': t('catalog.direction'), text: word('direction', i.direction) }),
          element('td', { class: 'definition', lang: 'en', 'data-label': t('catalog.definition'), text: i.definition })));
      }
      if (!rows.length) continue;
      const title = language === 'zh' ? section.title_zh : section.title_en;
      table.append(element('tbody', { 'data-section': section.section },
        element('tr', {}, element('th', { class: 'section', scope: 'rowgroup', colspan: '5', text: title })), ...rows));
    }
    document.getElementById('catalog-count').textContent = t('catalog.count', shown, total);
  }

  // ---- Language -------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
    const toggle = document.getElementById('language');
    toggle.textContent = language === 'zh' ? 'English' : '中文';
    toggle.lang = other() === 'zh' ? 'zh-CN' : 'en';
    toggle.setAttribute('aria-label', language === 'zh' ? 'Show this page in English' : '以中文显示本页');
    if (!module) return;
    renderPlan();
    renderForm();
    renderScorecard();
    renderFieldVerdicts();
    renderPath();
    renderRecord();
    renderWords();
    renderCatalog();
  }

  function remember(lang) {
    try { window.localStorage.setItem('daye-explorer-language', lang); } catch (e) { /* file:// may forbid storage */ }
  }
  function remembered() {
    try { return window.localStorage.getItem('daye-explorer-language'); } catch (e) { return null; }
  }

  // ---- Start ----------------------------------------------------------------------------
  async function start() {
    const params = new URLSearchParams(window.location.search);
    const asked = params.get('lang') || remembered();
    if (asked === 'en' || asked === 'zh') language = asked;
    applyLanguage();
    document.getElementById('language').addEventListener('click', () => {
      language = other();
      remember(language);
      applyLanguage();
    });
    try {
      module = await createDayeExplorer();
    } catch (error) {
      document.getElementById('loading').textContent = t('loadFailed') + error;
      return;
    }
    const loading = document.getElementById('loading');
    loading.textContent = '';
    loading.hidden = true;
    for (const id of ['plan', 'scorecard', 'figures', 'path', 'record', 'words', 'catalog']) document.getElementById(id).hidden = false;
    state.plan = call('daye_explorer_plan', []);
    for (const group of state.plan.model.groups) for (const e of group.entries) state.entries.set(e.id, e);
    const select = document.getElementById('year');
    select.replaceChildren(...state.plan.years.map((y) => element('option', { value: String(y), text: String(y) })));
    select.addEventListener('change', () => loadYear(Number(select.value)));
    renderPlan();
    loadYear(state.plan.years[state.plan.years.length - 1]);
    document.getElementById('figures-form').addEventListener('input', () => {
      state.edited = true;
      score();
    });
    document.getElementById('figures-form').addEventListener('submit', (event) => event.preventDefault());
    document.getElementById('reset').addEventListener('click', () => loadYear(state.year));
    document.getElementById('rate').addEventListener('input', updatePath);
    let resizing = null;
    window.addEventListener('resize', () => {
      clearTimeout(resizing);
      resizing = setTimeout(() => state.path && !state.path.error && renderChart(state.path), 150);
    });
    updatePath();
    loadRecord(0);  // no figures in year 0: the answer says which years there are
    const recordYear = document.getElementById('record-year');
    if (!state.record.error) {
      const years = [];
      for (let y = state.record.first_year; y <= state.record.last_year; y += 1) years.push(y);
      recordYear.replaceChildren(...years.map((y) => element('option', { value: String(y), text: String(y) })));
      recordYear.value = String(state.record.last_year);
      recordYear.addEventListener('change', () => loadRecord(Number(recordYear.value)));
      loadRecord(state.record.last_year);
    }
    state.words = call('daye_explorer_words', []);
    document.getElementById('words-search').addEventListener('input', renderWords);
    renderWords();
    state.catalog = call('daye_explorer_catalog', []);
    document.getElementById('catalog-search').addEventListener('input', renderCatalog);
    renderCatalog();
    document.body.dataset.ready = 'true';
  }

  start();
})();
