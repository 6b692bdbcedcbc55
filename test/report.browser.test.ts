// The report page in a real browser: Debian's Chromium, driven by playwright-core
// (no browser download). One launch; the page is opened from disk as a user would.
// Skipped, with a message, where /usr/bin/chromium is absent (.ci/run installs it).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Sheet } from '../src/sheet/schema.ts';
import { ROOT, runFacts, testdir } from './helpers/cli.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`report.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run does it)`);

// Sentences written for this test: one person named in two documents, a quote, a date, a
// number, and markup that must stay text.
const docs = {
  'docs/a.txt': 'Maria Keller, the mayor of Springfield, said on March 4, 2025, that 40 buses would be bought.\n\n"We will finish the depot by June with the help of the council," Keller said.\n',
  'docs/b.txt': 'Springfield will buy 40 buses, Mayor Maria Keller said.\n\n"We will finish the new depot by June with help from the council," Keller told reporters. <script>window.__pwned = 1</script><img src="https://example.com/x.png">\n',
};

describe.skipIf(!available)('facts report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let sheet: Sheet;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const dir = testdir(docs);
    expect(runFacts(['extract', 'docs', '-o', 'facts.json'], { cwd: dir }).status).toBe(0);
    expect(runFacts(['report', 'facts.json', '-o', 'report.html'], { cwd: dir }).status).toBe(0);
    sheet = JSON.parse(readFileSync(path.join(dir, 'facts.json'), 'utf8')) as Sheet;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // Any request that is not the file itself leaves the page: count it and stop it.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads from disk with no request leaving it and no script error, and markup in a document stays text', async () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('#doc1 .text').textContent()).resolves.toContain('<script>window.__pwned = 1</script>');
  });

  it('choosing an entity highlights every mention in every document and lists its quotes', async () => {
    const keller = sheet.entities.findIndex((e) => e.name === 'Maria Keller');
    expect(keller).toBeGreaterThanOrEqual(0);
    const mentions = sheet.entities[keller].mentions;
    await page.click(`button[data-select="e${keller}"]`);
    // Each mention is one highlight (its first piece carries the anchor).
    expect(await page.locator('mark.sel[id]').count()).toBe(mentions.length);
    expect(await page.locator('#doc0 mark.sel').count()).toBeGreaterThan(0);
    expect(await page.locator('#doc1 mark.sel').count()).toBeGreaterThan(0);
    expect(await page.locator('#detail .entity-quotes li').count()).toBe(sheet.quotes.filter((q) => q.speaker === sheet.entities[keller].id).length);
    await expect(page.getAttribute(`button[data-select="e${keller}"]`, 'aria-pressed')).resolves.toBe('true');
    // Choosing it again clears the highlights.
    await page.click(`button[data-select="e${keller}"]`);
    expect(await page.locator('mark.sel').count()).toBe(0);
  });

  it('shows the fact of a highlight on keyboard focus, and Escape hides it', async () => {
    const keller = sheet.entities.findIndex((e) => e.name === 'Maria Keller');
    await page.focus(`#e${keller}-0`);
    const tip = page.locator('#tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toMatch(/Entity · person.*Maria Keller/u);
    await expect(page.getAttribute(`#e${keller}-0`, 'aria-describedby')).resolves.toBe('tip');
    // Enter on a name's highlight chooses that entity, as clicking its button does.
    await page.keyboard.press('Enter');
    expect(await page.locator('mark.sel[id]').count()).toBe(sheet.entities[keller].mentions.length);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    expect(await page.locator('mark.sel').count()).toBe(0);
  });

  it('saves a screenshot for people to look at', async () => {
    const out = path.join(ROOT, 'test/artifacts');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: path.join(out, 'report.png'), fullPage: true });
    expect(existsSync(path.join(out, 'report.png'))).toBe(true);
  });
});
