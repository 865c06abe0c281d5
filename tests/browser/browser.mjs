// Shared by the browser test and the screenshot script: Debian's Chromium, headless, driven
// by puppeteer-core (which downloads no browser), and the page served by
// `python3 -m http.server` on 127.0.0.1, as a reader would serve it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/// Chromium without a sandbox (CI runs as root), a fresh profile, and nothing that
/// reaches the network on its own: this machine's closed network refuses those
/// connections, and a test must not depend on them anyway.
export async function launch(executablePath = process.env.DAYE_CHROMIUM || '/usr/bin/chromium') {
  const profile = mkdtempSync(join(tmpdir(), 'daye-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/// `python3 -m http.server` serving `directory` on 127.0.0.1 and a port the system picks.
export async function serve(directory, python = process.env.DAYE_PYTHON || 'python3') {
  const server = spawn(python, ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', directory, '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${seen}`)), 10000);
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = /port (\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    server.on('exit', (code) => reject(new Error(`http.server exited with ${code}: ${seen}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}

/// Opens the page and waits until the module has answered and the page is drawn.
export async function open(browser, url, { width = 1280, height = 900, problems = [] } = {}) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.setViewport({ width, height });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return page;
}
