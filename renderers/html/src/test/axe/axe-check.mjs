// Runs axe-core on HTML pages in Debian's headless Chromium, through playwright-core (which
// downloads no browser), and takes screenshots of each page on a desktop, on a phone and in print.
// Usage: node axe-check.mjs RESULTS.json SCREENSHOT_DIR PAGE.html...
// Writes one result per page to RESULTS.json; exits non-zero only when it could not check.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const [, , resultsFile, screenshotDir, ...pages] = process.argv;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

mkdirSync(screenshotDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  // The machine has no network but package registries: keep Chromium from trying.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  for (const file of pages) {
    const name = basename(file, '.html');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests = [];
    page.on('request', request => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.screenshot({ path: join(screenshotDir, `${name}-desktop.png`), fullPage: true });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const axe = await page.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir, `${name}-phone.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(screenshotDir, `${name}-print.png`), fullPage: true });
    await context.close();
    results.push({
      page: basename(file),
      axeVersion: axe.testEngine.version,
      passes: axe.passes.length,
      incomplete: axe.incomplete.map(rule => rule.id),
      externalRequests: requests,
      violations: axe.violations.map(rule => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        nodes: rule.nodes.map(node => `${node.target.join(' ')}: ${node.failureSummary}`),
      })),
    });
  }
} finally {
  await browser.close();
}
writeFileSync(resultsFile, JSON.stringify(results, null, 2));
