// How long a report page takes to open and to choose its most mentioned entity in
// headless Chromium (Debian's /usr/bin/chromium): the README's large-corpus figures.
//   npx facts report big/ -o big.html && npx tsx scripts/report-load.ts big.html
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/report-load.ts PAGE.html');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let t = performance.now();
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: 120_000 });
  const load = performance.now() - t;
  // The most mentioned entity of the first type listed.
  t = performance.now();
  await page.click('.entity-type:first-child button.entity');
  const marked = await page.locator('mark.sel[id]').count();
  const select = performance.now() - t;
  console.log(`load ${load.toFixed(0)} ms; choose an entity: ${marked} mentions highlighted in ${select.toFixed(0)} ms`);
} finally {
  await browser.close();
}
