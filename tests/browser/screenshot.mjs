// Writes the README's picture of the explorer, examples/explorer/screenshot.png: the built
// page in headless Chromium, in English, at the scorecard.
//
//   node tests/browser/screenshot.mjs build/examples/explorer [examples/explorer/screenshot.png]
//
// The browser test takes a screenshot of its own; this one is the README's, regenerated
// by hand after the page changes (fonts differ between machines, so it is not compared).
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

import { launch, open, serve } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pageDir = process.argv[2];
if (!pageDir) {
  console.error('usage: node tests/browser/screenshot.mjs BUILT_PAGE_DIR [OUTPUT.png]');
  process.exit(2);
}
const output = resolve(process.argv[3] || join(here, '..', '..', 'examples', 'explorer', 'screenshot.png'));

const chromium = await launch();
const server = await serve(resolve(pageDir));
const problems = [];
try {
  const page = await open(chromium.browser, `${server.url}?lang=en`, { problems, width: 1100, height: 1000 });
  await page.evaluate(() => window.scrollTo(0, document.getElementById('scorecard').offsetTop - 8));
  await page.screenshot({ path: output });
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`wrote ${output}`);
} finally {
  await chromium.close();
  server.stop();
}
