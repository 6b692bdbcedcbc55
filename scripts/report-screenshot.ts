// The README's picture of `facts report`: writes the seeds' page, opens it in
// Debian's Chromium, chooses the most mentioned person, hovers a quote, and saves
// the view as a PNG.
//   npx tsx scripts/report-screenshot.ts [input=seeds/] [out=docs/report.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [input = 'seeds/', out = 'docs/report.png'] = process.argv.slice(2);
const html = path.join(mkdtempSync(path.join(tmpdir(), 'facts-report-')), 'report.html');
execFileSync(process.execPath, ['bin/facts', 'report', input, '--ref-date', '2025-03-19', '-o', html], { stdio: 'inherit' });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href);
  // The entity lists are sorted by mentions: the first person button is the most mentioned.
  await page.click('.entity-type:first-child button.entity');
  await page.evaluate(() => {
    const first = document.querySelector('#documents mark.sel');
    first?.closest('article')?.scrollIntoView();
  });
  const quote = page.locator('#documents article:has(mark.sel) mark.k-quote[id]').first();
  await quote.hover();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
