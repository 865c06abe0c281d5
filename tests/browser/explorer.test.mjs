// The explorer in a real browser: headless Debian Chromium loads the built page from
// `python3 -m http.server` on 127.0.0.1 (and from file://), and every number it shows is
// checked, through the DOM, against the native programs run on the same input:
// daye_report for verdicts, gaps, tallies and the veto; daye_sprint for crossing years,
// required rates and the projected path; daye_model for the catalogue. Nothing expected is written into this file.
//
//   DAYE_EXPLORER_PAGE   the built page's directory (build/examples/explorer)
//   DAYE_REPORT, DAYE_SPRINT, DAYE_MODEL   the native programs
//   DAYE_ACTUALS         the reported figures the page embeds (examples/data/daye-2024-reported.csv)
//   DAYE_OUTCOMES        the results 2021-2025 it embeds (examples/data/daye-outcomes-2021-2025.csv)
//   DAYE_SCREENSHOT      where to write the screenshot taken here
//
// Run by CTest (label browser) after sh tests/install-deps.sh test has run npm ci here.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { launch, open, serve } from './browser.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (CTest sets it: ctest -L browser)`);
  return value;
};
const pageDir = env('DAYE_EXPLORER_PAGE');
const report = env('DAYE_REPORT');
const sprint = env('DAYE_SPRINT');
const model = env('DAYE_MODEL');
const actuals = env('DAYE_ACTUALS');
const outcomes = env('DAYE_OUTCOMES');
const screenshot = env('DAYE_SCREENSHOT');

let chromium;
let server;
let page;
const problems = [];
const scratch = mkdtempSync(join(tmpdir(), 'daye-browser-'));

before(async () => {
  chromium = await launch();
  server = await serve(pageDir);
  page = await open(chromium.browser, `${server.url}?lang=zh`, { problems });
});

after(async () => {
  if (chromium) await chromium.close();
  if (server) server.stop();
  rmSync(scratch, { recursive: true, force: true });
});

// ---- What the native programs say -------------------------------------------------------
function reportJson(csvPath) {
  return JSON.parse(execFileSync(report, ['--actuals', csvPath, '--format', 'json'], { encoding: 'utf8' }));
}

// The page's slider is a nominal rate: daye_sprint takes real rates unless told otherwise.
function sprintJson(base, baseYear, goal, rate) {
  const args = ['--base', base, '--base-year', baseYear, '--goal', goal, '--rate', rate, '--nominal', '--format', 'json'];
  return JSON.parse(execFileSync(sprint, args, { encoding: 'utf8' }));
}

// ---- What the page shows ----------------------------------------------------------------
function shownScorecard() {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('#score-groups tr[data-entry]')].map((tr) => ({
      id: tr.dataset.entry,
      verdict: tr.dataset.verdict,
      gap: tr.querySelector('[data-gap]').dataset.gap,
    }));
    const groups = Object.fromEntries([...document.querySelectorAll('#score-groups details[data-group]')].map((d) => [
      d.dataset.group, d.querySelector('[data-tally]').dataset.tally]));
    const summary = document.querySelector('#summary');
    return {
      rows,
      groups,
      tally: summary.querySelector('[data-tally]').dataset.tally,
      verdict: summary.querySelector('[data-plan-verdict]').dataset.planVerdict,
      vetoed: summary.querySelector('[data-vetoed]').dataset.vetoed,
    };
  });
}

async function assertSameScorecard(expected) {
  const shown = await shownScorecard();
  assert.equal(shown.rows.length, expected.results.length, 'one row per entry of the plan');
  const byId = new Map(shown.rows.map((r) => [r.id, r]));
  for (const r of expected.results) {
    const row = byId.get(r.id);
    assert.ok(row, `the page shows ${r.id}`);
    assert.equal(row.verdict, r.verdict, `verdict of ${r.id}`);
    assert.equal(row.gap, r.gap === null ? '' : r.gap, `gap of ${r.id}`);
  }
  const o = expected.overall;
  assert.equal(shown.tally, `${o.met},${o.missed},${o.unknown},${o.not_applicable}`, 'overall tally');
  assert.equal(shown.verdict, o.verdict, 'overall verdict');
  assert.equal(shown.vetoed, String(o.vetoed), 'one-vote veto');
  for (const g of expected.groups)
    assert.equal(shown.groups[g.id], `${g.met},${g.missed},${g.unknown},${g.not_applicable}`, `tally of ${g.id}`);
}

async function setFigure(id, value) {
  const selector = `#${id}`;
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  if (value !== '') await page.type(selector, value);
}

// The form's figures as the CSV the module read, for daye_report.
function formCsv() {
  return page.evaluate(() => {
    const header = 'indicator,year,value,unit,status,source';
    const quote = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = [header];
    for (const input of document.querySelectorAll('#form-fields input[data-indicator]')) {
      if (input.value.trim() === '') continue;
      const status = document.getElementById(`${input.id}-status`).value;
      lines.push([input.dataset.indicator, input.dataset.year, input.value.trim(), input.dataset.unit, status, ''].map(quote).join(','));
    }
    return lines.join('\n') + '\n';
  });
}

// ---- The tests ----------------------------------------------------------------------------
test('the page loads from python3 -m http.server and from file:// with no error', async () => {
  const fromFile = await open(chromium.browser, pathToFileURL(join(pageDir, 'index.html')).href, { problems });
  assert.equal(await fromFile.$eval('#scorecard', (e) => e.hidden), false);
  await fromFile.close();
  assert.deepEqual(problems, []);
});

test("the 2024 verdicts, gaps, tallies and veto equal daye_report's for the same data", async () => {
  await assertSameScorecard(reportJson(actuals));
});

test("a rank's reason names its list and the year of the data it ranks, as daye_report's does", async () => {
  const expected = reportJson(actuals).results.find((r) => r.id === 'top50_sprint');
  assert.equal(expected.reason, "missed on the CCID list of 2024 (2023's data): over the limit");
  const shown = await page.$eval('tr[data-entry="top50_sprint"] .col-reason', (td) => td.textContent);
  assert.ok(shown.includes(expected.rank_list.name_zh) && shown.includes(`${expected.rank_data_year}年数据`), shown);
});

test('GDP growth of 7.4 turns gdp_growth to missed, as daye_report says for the same figures', async () => {
  await setFigure('figure-gdp_growth-2024', '7.4');
  await page.waitForSelector('tr[data-entry="gdp_growth"][data-verdict="missed"]', { timeout: 5000 });
  const edited = join(scratch, 'gdp-7.4.csv');
  writeFileSync(edited, await formCsv());
  const expected = reportJson(edited);
  assert.equal(expected.results.find((r) => r.id === 'gdp_growth').verdict, 'missed');
  await assertSameScorecard(expected);
});

test("a farmland figure below its red line makes the plan's verdict vetoed (the library's model), as daye_report says", async () => {
  await setFigure('figure-cultivated_land-2024', '600000');
  await page.waitForSelector('#summary [data-vetoed="true"]', { timeout: 5000 });
  const edited = join(scratch, 'vetoed.csv');
  writeFileSync(edited, await formCsv());
  const expected = reportJson(edited);
  assert.equal(expected.overall.vetoed, true);
  await assertSameScorecard(expected);
  await setFigure('figure-cultivated_land-2024', '');
  await page.waitForSelector('#summary [data-vetoed="false"]', { timeout: 5000 });
});

test("a figure the CSV reader refuses is marked with the reader's own message, as daye_report prints it", async () => {
  await setFigure('figure-export_growth-2024', '8,5');
  await page.waitForSelector('#figure-export_growth-2024[aria-invalid="true"]', { timeout: 5000 });
  const message = await page.$eval('#figure-export_growth-2024-error', (e) => e.textContent);
  const bad = join(scratch, 'bad.csv');
  writeFileSync(bad, await formCsv());
  const run = spawnSync(report, ['--actuals', bad], { encoding: 'utf8' });
  assert.equal(run.status, 2, 'daye_report refuses the same figures');
  assert.ok(message !== '' && run.stderr.includes(message), `the page says "${message}", daye_report: ${run.stderr}`);
  await setFigure('figure-export_growth-2024', '');
  await page.waitForFunction(() => !document.querySelector('#form-fields [aria-invalid="true"]'), { timeout: 5000 });
});

test('the slider moves the crossing year, the required rates and the path as daye_sprint computes them', async () => {
  const path = await page.$eval('#path', (e) => ({ ...e.dataset }));
  for (const rate of ['-1', '0', '2.4', '2.5', '3.6', '3.7', '5', '7.4', '7.5', '12']) {
    await page.$eval('#rate', (input, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, rate);
    const shown = await page.evaluate(() => ({
      rate: document.getElementById('rate').value,
      crossing: document.getElementById('crossing').dataset.crossingYear,
      required: [...document.querySelectorAll('#required td[data-rate]')].map((td) => Number(td.dataset.rate)),
      path: [...document.querySelectorAll('#chart .projected-point')].map((c) => [Number(c.dataset.year), Number(c.dataset.level)]),
    }));
    assert.equal(shown.rate, rate, 'the slider takes the rate');
    const native = sprintJson(path.base, path.baseYear, path.goal, rate);
    const s = native.scenarios[0];
    assert.equal(shown.crossing, s.crossing_year === null ? '' : String(s.crossing_year), `crossing year at ${rate} %`);
    assert.deepEqual(shown.required, native.required.map((r) => r.rate), `required rates at ${rate} %`);
    const nativePath = new Map(s.path.map((p) => [p.year, p.level]));
    for (const [year, level] of shown.path)
      if (nativePath.has(year)) assert.equal(level, nativePath.get(year), `level of ${year} at ${rate} %`);
  }
});

test('the slider works from the keyboard', async () => {
  await page.$eval('#rate', (input) => {
    input.value = '7.4';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const before = await page.$eval('#crossing', (e) => e.dataset.crossingYear);
  await page.focus('#rate');
  await page.keyboard.press('ArrowRight');
  const after = await page.evaluate(() => ({
    rate: document.getElementById('rate').value,
    crossing: document.getElementById('crossing').dataset.crossingYear,
    focused: document.activeElement.id,
  }));
  assert.equal(after.rate, '7.5');
  assert.equal(after.focused, 'rate');
  const { base, baseYear, goal } = await page.$eval('#path', (e) => ({ ...e.dataset }));
  const native = sprintJson(base, baseYear, goal, '7.5');
  assert.equal(after.crossing, String(native.scenarios[0].crossing_year));
  assert.notEqual(after.crossing, before, '7.4 % and 7.5 % cross in different years from 930.71');
});

// The rows of a CSV file (RFC 4180: quoted fields may hold commas and doubled quotes), as
// objects keyed by the header.
function readCsv(path) {
  const rows = [];
  let field = '', row = [], quoted = false;
  const text = readFileSync(path, 'utf8');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

// The figure of record of each key (region, indicator, year, period): its firmest vintage,
// in panel.hpp's order of firmness. A key the file gives in several vintages is shown once.
const firmness = { preliminary: 0, reported: 1, revised: 2 };
function figuresOfRecord(rows) {
  const record = new Map();
  for (const r of rows) {
    const key = [r.region, r.indicator, r.year, r.period].join('/');
    const kept = record.get(key);
    if (!kept || firmness[r.status] > firmness[kept.status]) record.set(key, r);
  }
  return [...record.values()];
}

test('the five-year record shows each year of the results file: every figure of Daye, its period, status and bound', async () => {
  const daye = figuresOfRecord(readCsv(outcomes).filter((r) => r.region === 'daye'));
  const years = [...new Set(daye.map((r) => Number(r.year)))].sort();
  const options = await page.$$eval('#record-year option', (os) => os.map((o) => Number(o.value)));
  assert.deepEqual(options, Array.from({ length: years.at(-1) - years[0] + 1 }, (_, k) => years[0] + k));
  for (const year of years) {
    await page.select('#record-year', String(year));
    const shown = await page.$$eval('#record-table tbody tr', (trs) => trs.map((tr) => ({
      key: `${tr.dataset.indicator}/${tr.dataset.period}`, bound: tr.querySelector('[data-bound]').dataset.bound,
    })));
    const expected = daye.filter((r) => Number(r.year) === year)
      .map((r) => ({ key: `${r.indicator}/${r.period}`, bound: r.bound || 'exact' }));
    const order = (a, b) => a.key.localeCompare(b.key);
    assert.deepEqual([...shown].sort(order), [...expected].sort(order), String(year));
  }
  // 2025's 预计突破1000亿元 is a bound, shown as one.
  await page.select('#record-year', '2025');
  assert.equal(await page.$eval('#record-table tr[data-indicator="gdp_level"] [data-bound]', (e) => e.textContent),
    '突破1000 亿元');
});

test('the GDP levels on the path are the results file\'s, a bound drawn as a bound, the projection from the last exact level', async () => {
  const levels = figuresOfRecord(readCsv(outcomes).filter((r) => r.region === 'daye' && r.indicator === 'gdp_level'))
    .sort((a, b) => Number(a.year) - Number(b.year));
  const shown = await page.$$eval('#levels tbody tr', (trs) => trs.map((tr) => tr.querySelector('th').textContent));
  assert.deepEqual(shown, levels.map((r) => r.year));
  const lastExact = levels.filter((r) => !r.bound).at(-1);
  assert.equal(await page.$eval('#path', (e) => e.dataset.baseYear), lastExact.year);
  assert.equal(await page.$eval('#path', (e) => e.dataset.base), lastExact.value);
  const bounds = levels.filter((r) => r.bound).map((r) => r.year);
  assert.deepEqual(await page.$$eval('#chart .bound-point', (cs) => cs.map((c) => c.dataset.year)), bounds);
  // The goal is reached by the first level at or above it, a lower bound included (突破1000).
  const goal = Number(await page.$eval('#path', (e) => e.dataset.goal));
  const reached = levels.find((r) => Number(r.value) >= goal && r.bound !== 'below');
  assert.ok(reached, 'the results file reports a level at the goal');
  assert.equal(await page.$eval('#reached', (e) => e.dataset.year), reached.year);
  assert.ok((await page.$eval('#reached', (e) => e.textContent)).includes(`${reached.year}年报告的水平突破1000亿元（预计）`));
});

test('the table of words is daye_model --words, row for row, and the search keeps the words whose text has every word', async () => {
  // The first column of each row of the Markdown table daye_model --words prints.
  const markdown = execFileSync(model, ['--words'], { encoding: 'utf8' }).split('\n').filter((l) => l.startsWith('| '));
  const native = markdown.slice(1).map((l) => l.split(' | ')[0].slice(2));
  const strict = markdown.slice(1).map((l) => l.split(' | ')[5] === 'yes');
  const rows = () => page.$$eval('#words-table tbody tr', (trs) => trs.map((tr) => tr.dataset.phrase));
  assert.deepEqual(await rows(), native);
  assert.deepEqual(await page.$$eval('#words-table [data-strict]', (tds) => tds.map((td) => td.dataset.strict === 'true')), strict);
  const search = async (query) => {
    await page.$eval('#words-search', (e, q) => { e.value = q; e.dispatchEvent(new Event('input', { bubbles: true })); }, query);
    return rows();
  };
  const stable = await search('稳定');
  assert.ok(stable.length >= 2 && stable.every((w) => native.includes(w)), stable.join(' '));
  assert.ok(stable.includes('保持稳定') && stable.includes('基本稳定'));
  assert.deepEqual(await search('no such words'), []);
  assert.deepEqual(await search(''), native);
});

test('the catalogue lists daye_model --catalog, and the search keeps the indicators whose text has every word', async () => {
  const native = JSON.parse(execFileSync(model, ['--catalog', '--format', 'json'], { encoding: 'utf8' })).catalog;
  const all = native.flatMap((s) => s.indicators);
  const rows = () => page.$$eval('#catalog-table tbody tr[data-indicator]', (trs) => trs.map((tr) => tr.dataset.indicator));
  assert.deepEqual(await rows(), all.map((i) => i.id));
  const sections = await page.$$eval('#catalog-table tbody', (bodies) => bodies.map((b) => b.dataset.section));
  assert.deepEqual(sections, native.map((s) => s.section));
  const search = async (query) => {
    await page.$eval('#catalog-search', (e, q) => { e.value = q; e.dispatchEvent(new Event('input', { bubbles: true })); }, query);
    return rows();
  };
  // The same rule as the page's, applied here to the native JSON: every word, any field.
  const expected = (query) => all.filter((i) => {
    const text = [i.id, i.name_zh, i.name_en, i.unit, i.unit_zh, i.definition].join(' ').toLowerCase();
    return query.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w));
  }).map((i) => i.id);
  for (const query of ['收入', 'PM2.5', 'growth real', 'yi_yuan']) {
    const shown = await search(query);
    assert.deepEqual(shown, expected(query), query);
    assert.ok(shown.length > 0 && shown.length < all.length, `${query}: ${shown.length} of ${all.length}`);
    assert.equal(await page.$eval('#catalog-count', (e) => e.textContent), `显示${shown.length}个，共${all.length}个`);
  }
  assert.deepEqual(await search('no such indicator'), []);
  assert.deepEqual(await search(''), all.map((i) => i.id));
});

test('the English toggle changes the headings, and back', async () => {
  const headings = () => page.$$eval('h1, h2, h3', (hs) => hs.map((h) => h.textContent));
  const zh = await headings();
  assert.equal(await page.$eval('html', (e) => e.lang), 'zh-CN');
  await page.click('#language');
  const en = await headings();
  assert.equal(await page.$eval('html', (e) => e.lang), 'en');
  assert.equal(await page.$eval('#score-heading', (e) => e.textContent), 'The scorecard');
  assert.equal(await page.$eval('#plan-heading', (e) => e.textContent), 'The plan');
  const changed = zh.filter((h, i) => h !== en[i]).length;
  assert.ok(changed >= zh.length / 2, `most headings change (${changed} of ${zh.length})`);
  await page.click('#language');
  assert.deepEqual(await headings(), zh);
});

test('from the keyboard: the skip link first, shown when focused, then the language toggle; focus is visible', async () => {
  const fresh = await open(chromium.browser, `${server.url}?lang=en`, { problems });
  const focused = async () => fresh.evaluate(() => {
    const e = document.activeElement;
    const style = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    return { id: e.id, cls: e.className, outline: style.outlineStyle, onScreen: box.right > 0 && box.left < window.innerWidth };
  });
  await fresh.keyboard.press('Tab');
  const skip = await focused();
  assert.equal(skip.cls, 'skip');
  assert.ok(skip.onScreen, 'the skip link shows when it has focus');
  assert.notEqual(skip.outline, 'none');
  await fresh.keyboard.press('Tab');
  const toggle = await focused();
  assert.equal(toggle.id, 'language');
  assert.notEqual(toggle.outline, 'none');
  await fresh.close();
});

test('every control has a label, and the page fits a phone without scrolling sideways', async () => {
  const unlabelled = await page.$$eval('input, select, button, textarea', (controls) =>
    controls.filter((c) => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim()).map((c) => c.id || c.outerHTML));
  assert.deepEqual(unlabelled, []);
  await page.setViewport({ width: 360, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width} px wide at 360`);
  await page.setViewport({ width: 1280, height: 900 });
});

test('a screenshot of the page', async () => {
  await page.screenshot({ path: screenshot, fullPage: true });
  assert.ok(readFileSync(screenshot).length > 10000);
  assert.deepEqual(problems, []);
});
