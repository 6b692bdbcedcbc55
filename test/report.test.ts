// The report page without a browser: the marks nest and escape, links land on
// anchors that exist, the page fetches nothing, and the CLI reads documents or a
// saved sheet. test/report.browser.test.ts clicks through it in Chromium.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, layerDocument, type Highlight } from '../src/report/layer.ts';
import { axisTicks, renderReport, dateToTime, describeValue } from '../src/report/page.ts';
import { markWordDifferences, sentenceAround, wordPairSimilarity } from '../src/report/text.ts';
import type { Sheet } from '../src/sheet/schema.ts';
import { runFacts, testdir } from './helpers/cli.ts';

const h = (start: number, end: number, fact: string, kind: Highlight['kind'] = 'entity'): Highlight => ({
  start,
  end,
  kind,
  fact,
  anchor: `${fact}-${start}`,
});

/** The page's text with the marks taken out, as a reader sees it. */
const unmark = (html: string) => html.replace(/<\/?mark[^>]*>/gu, '');
const unescape = (html: string) =>
  html.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');

describe('layerDocument', () => {
  it.each([
    ['no facts at all', 'Nothing happened here.', [], 'Nothing happened here.'],
    ['one name', 'Ana Ruiz spoke.', [h(0, 8, 'e0')], '<mark class="k-entity f-e0" data-f="e0" id="e0-0" tabindex="0">Ana Ruiz</mark> spoke.'],
    [
      'a name inside a quote nests',
      '"Ask Ana Ruiz," he said.',
      [h(1, 13, 'q0', 'quote'), h(5, 13, 'e0')],
      '&quot;<mark class="k-quote f-q0" data-f="q0" id="q0-1" tabindex="0">Ask <mark class="k-entity f-e0" data-f="e0" id="e0-5" tabindex="0">Ana Ruiz</mark></mark>,&quot; he said.',
    ],
    [
      'crossing spans split, only the first piece is focusable',
      'abcdef',
      [h(0, 4, 'e0'), h(2, 6, 'n0', 'number')],
      '<mark class="k-entity f-e0" data-f="e0" id="e0-0" tabindex="0">ab<mark class="k-number f-n0" data-f="n0" id="n0-2" tabindex="0">cd</mark></mark><mark class="k-number f-n0" data-f="n0">ef</mark>',
    ],
    [
      'offsets count code points: an emoji before the name',
      '🚌 Ana Ruiz',
      [h(2, 10, 'e0')],
      '🚌 <mark class="k-entity f-e0" data-f="e0" id="e0-2" tabindex="0">Ana Ruiz</mark>',
    ],
    ['markup in the text is text', 'a <script>alert(1)</script> b', [], 'a &lt;script&gt;alert(1)&lt;/script&gt; b'],
    ['a span past the end is left out', 'short', [h(2, 40, 'e0')], 'short'],
  ])('%s', (_name, text, highlights, expected) => {
    expect(layerDocument(text, highlights)).toBe(expected);
  });

  it('keeps every character of the text, once, whatever the spans', () => {
    const text = 'Ms. Ruiz said 40 buses arrive on 4 March 2025 in Springfield. 🚌 "Soon," she said.';
    const spans = [h(0, 8, 'e0'), h(14, 22, 'n0', 'number'), h(14, 16, 'n1', 'number'), h(33, 45, 'd0', 'date'), h(20, 50, 'q0', 'quote'), h(49, 60, 'e1')];
    const html = layerDocument(text, spans);
    expect(unescape(unmark(html))).toBe(text);
    // Well nested: every opened mark is closed, in order.
    let depth = 0;
    for (const tag of html.match(/<\/?mark/gu) ?? []) {
      depth += tag === '<mark' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // One anchor per highlight, never repeated.
    const ids = [...html.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]);
    expect(ids.sort()).toEqual(spans.map((s) => s.anchor).sort());
  });
});

describe('text helpers', () => {
  it.each([
    ['the middle sentence', 'First one. Second one here. Third.', 'Second', 'Second one here.'],
    ['a line break ends a headline', 'HEADLINE WITHOUT STOP\nBody text.', 'WITHOUT', 'HEADLINE WITHOUT STOP'],
    ['a closing quote stays with its sentence', 'He left. "We won." Then silence.', 'won', '"We won."'],
    ['a title\'s dot ends no sentence', 'They met. Talks with Mr. Ruiz and Dr. Lee ended. Next.', 'Ruiz', 'Talks with Mr. Ruiz and Dr. Lee ended.'],
    ['nor does an initial', 'Vladimir V. Putin spoke. Later on.', 'spoke', 'Vladimir V. Putin spoke.'],
  ])('sentenceAround: %s', (_name, text, word, expected) => {
    const start = text.indexOf(word);
    expect(sentenceAround(text, start, start + word.length)).toBe(expected);
  });

  it('marks the words that differ between two wordings, escaped', () => {
    expect(markWordDifferences('talks with Mr. Putin', 'talks with President Putin')).toBe('talks with <del>Mr.</del><ins>President</ins> Putin');
    expect(markWordDifferences('a <b>', 'a <i>')).not.toContain('<b>');
  });

  it.each([
    ['same words', 'we will win this war', 'we will win this war', 1],
    ['nothing shared', 'we will win', 'they lost badly', 0],
    ['empty text', '', 'anything at all', 0],
  ])('wordPairSimilarity: %s', (_name, a, b, expected) => {
    expect(wordPairSimilarity(a, b)).toBe(expected);
  });

  it.each([
    ['2025-03-19', Date.UTC(2025, 2, 19)],
    ['2025-03', Date.UTC(2025, 2, 1)],
    ['2025', Date.UTC(2025, 0, 1)],
    ['2025-03-19T14:00', Date.UTC(2025, 2, 19)],
    ['2025-W12', null],
    ['XXXX-WXX-3', null],
  ])('dateToTime(%s)', (value, expected) => {
    expect(dateToTime(value)).toBe(expected);
  });

  it.each([
    ['years apart: one mark a year', '2022-06-01', '2025-03-19', ['2023', '2024', '2025']],
    ['months apart: one mark a month', '2025-01-15', '2025-04-02', ['2025-02', '2025-03', '2025-04']],
    ['one day: no marks', '2025-03-19', '2025-03-19', []],
    ['decades: at most about ten marks', '1900-01-01', '2025-01-01', ['1901', '1914', '1927', '1940', '1953', '1966', '1979', '1992', '2005', '2018']],
  ])('axisTicks: %s', (_name, a, b, labels) => {
    expect(axisTicks(dateToTime(a)!, dateToTime(b)!).map((t) => t.label)).toEqual(labels);
  });

  it('describes an attribution of any shape on one line', () => {
    expect(describeValue('speaker after the cue')).toBe('speaker after the cue');
    expect(describeValue({ rule: 'cue-after', cue: 'said', evidence: null })).toBe('rule: cue-after; cue: said');
  });
});

function cite(path: string, text: string, fragment: string, from = 0) {
  const chars = Array.from(text);
  const at = Array.from(text.slice(0, text.indexOf(fragment, from))).length;
  const before = chars.slice(0, at).join('').split('\n');
  return { path, start: at, end: at + Array.from(fragment).length, line: before.length, column: Array.from(before[before.length - 1]).length + 1, text: fragment };
}

function sheetFor(path: string, text: string): Sheet {
  return {
    version: 1,
    refDate: null,
    inputs: [path],
    sources: [{ path, sha256: '0'.repeat(64), bytes: text.length, lines: 1 }],
    entities: [{ id: 'person/ana-ruiz', type: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'], mentions: [cite(path, text, 'Ana Ruiz'), cite(path, text, 'Ruiz', 20)] }],
    quotes: [{ id: 'quote/x', text: '</script><script>alert(1)</script>', kind: 'speech', speaker: 'person/ana-ruiz', cue: 'said', attribution: null, citations: [cite(path, text, '</script><script>alert(1)</script>')] }],
    numbers: [],
    dates: [{ id: 'date/2025-03-04', value: '2025-03-04', timex: '2025-03-04', citations: [{ ...cite(path, text, 'March 4, 2025'), timex: '2025-03-04' }] }],
    errors: [],
  };
}

describe('renderReport', () => {
  const text = 'Ana Ruiz spoke on March 4, 2025. Then Ruiz said: "</script><script>alert(1)</script>" & left.';
  const sheet = sheetFor('a.txt', text);

  it('shows markup in documents and quotes as text: the only scripts are its own', () => {
    const html = renderReport({ sheet, texts: new Map([['a.txt', { text }]]) });
    expect(html.match(/<script/gu)).toHaveLength(2);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<\/script><script>alert/u);
  });

  it('fetches nothing: no external address, stylesheet, font or script source', () => {
    const html = renderReport({ sheet, texts: new Map([['a.txt', { text }]]) });
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:[a-z]+:)?\/\//iu);
    expect(html).not.toMatch(/<link\b|@import|url\(/iu);
    expect(html).toContain("default-src 'none'");
  });

  it('marks every citation in place, and every link lands on an anchor of the page', () => {
    const html = renderReport({ sheet, texts: new Map([['a.txt', { text }]]) });
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]));
    for (const anchor of ['e0-0', 'e0-1', 'q0-0', 'd0-0']) expect(ids).toContain(anchor);
    const targets = [...html.matchAll(/href="#([^"]+)"/gu)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(ids, `#${t}`).toContain(t);
  });

  it('does not highlight a document whose text no longer fits its citations, and says why', () => {
    const changed = 'Something else entirely was written here later on.';
    const html = renderReport({ sheet, texts: new Map([['a.txt', { text: changed }]]) });
    expect(html).not.toMatch(/<mark class="k-entity f-/u);
    const flagged = renderReport({ sheet, texts: new Map([['a.txt', { text, problem: 'the file changed since the sheet was made' }]]) });
    expect(flagged).toContain('Shown without highlights: the file changed since the sheet was made');
    expect(flagged).not.toMatch(/<mark class="k-entity f-/u);
  });

  it('lists a source that could not be read, with the reason', () => {
    const html = renderReport({ sheet, texts: new Map([['a.txt', { text: null, problem: 'not-found: no such file or directory' }]]) });
    expect(html).toContain('Not shown: not-found: no such file or directory');
    expect(html).toContain('Ana Ruiz');
  });

  it('shows why a quote is attributed when the sheet says (an optional field of newer sheets)', () => {
    const withWhy = { ...sheet, quotes: [{ ...sheet.quotes[0], kind: 'direct', attribution: { rule: 'speaker after the cue', cue: 'said' } }] } as unknown as Sheet;
    const html = renderReport({ sheet: withWhy, texts: new Map([['a.txt', { text }]]) });
    expect(html).toContain('Why: rule: speaker after the cue; cue: said');
    expect(html).toContain('Quote · direct');
  });

  it('is the same bytes for the same input', () => {
    const a = renderReport({ sheet, texts: new Map([['a.txt', { text }]]) });
    const b = renderReport({ sheet: structuredClone(sheet), texts: new Map([['a.txt', { text }]]) });
    expect(a).toBe(b);
  });

  it('puts near-identical quotes of one speaker side by side with the differences marked', () => {
    const t1 = 'Ruiz said: "We will finish the depot by June with the help of the council."';
    const t2 = 'Ruiz said: "We will finish the new depot by June with help from the council."';
    const q = (id: string, p: string, t: string, words: string) => ({ id, text: words, kind: 'speech' as const, speaker: 'person/ana-ruiz', cue: 'said', attribution: null, citations: [cite(p, t, words)] });
    const two: Sheet = {
      ...sheetFor('a.txt', t1),
      inputs: ['a.txt', 'b.txt'],
      sources: [
        { path: 'a.txt', sha256: '0'.repeat(64), bytes: 1, lines: 1 },
        { path: 'b.txt', sha256: '1'.repeat(64), bytes: 1, lines: 1 },
      ],
      entities: [{ id: 'person/ana-ruiz', type: 'person', name: 'Ana Ruiz', aliases: [], mentions: [cite('a.txt', t1, 'Ruiz')] }],
      quotes: [
        q('quote/a', 'a.txt', t1, 'We will finish the depot by June with the help of the council.'),
        q('quote/b', 'b.txt', t2, 'We will finish the new depot by June with help from the council.'),
      ],
      dates: [],
    };
    const html = renderReport({ sheet: two, texts: new Map([['a.txt', { text: t1 }], ['b.txt', { text: t2 }]]) });
    expect(html).toContain('2 wordings across 2 documents');
    expect(html).toMatch(/<ins>new <\/ins>/u);
    expect(html).toMatch(/<del>the <\/del>/u);
  });
});

describe('facts report (CLI)', () => {
  const docs = {
    'docs/a.txt': 'Maria Keller, the mayor of Springfield, said on March 4, 2025, that 40 buses would be bought.\n',
    'docs/b.txt': 'Keller said the depot opens in June. <script>window.__pwned = 1</script>\n',
  };

  it('writes one page from documents, and the same page from the sheet saved from them', () => {
    const dir = testdir(docs);
    const fromDocs = runFacts(['report', 'docs', '-o', 'report.html'], { cwd: dir });
    expect(fromDocs.status).toBe(0);
    expect(fromDocs.stderr).toMatch(/wrote report\.html \(2 documents\)/u);
    expect(runFacts(['extract', 'docs', '-o', 'facts.json'], { cwd: dir }).status).toBe(0);
    const fromSheet = runFacts(['report', 'facts.json'], { cwd: dir });
    expect(fromSheet.status).toBe(0);
    const page = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(fromSheet.stdout).toBe(page);
    expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(page).toMatch(/<mark class="k-entity [^"]*"[^>]*>Maria Keller<\/mark>/u);
  });

  it('still writes the page when a cited source is gone or changed, saying so for each', () => {
    const dir = testdir(docs);
    expect(runFacts(['extract', 'docs', '-o', 'facts.json'], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, 'docs/a.txt'), 'Rewritten since.\n');
    const moved = testdir({});
    const result = runFacts(['report', path.join(dir, 'facts.json'), '-o', 'out.html'], { cwd: moved });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/docs\/a\.txt: not-found/u);
    const fromDir = runFacts(['report', 'facts.json', '-o', 'out.html'], { cwd: dir });
    expect(fromDir.status).toBe(0);
    expect(fromDir.stderr).toMatch(/docs\/a\.txt: changed since the sheet was made/u);
    expect(readFileSync(path.join(dir, 'out.html'), 'utf8')).toContain('Shown without highlights');
  });

  it.each([
    ['a sheet and documents together', ['report', 'facts.json', 'docs'], /either one saved sheet/u],
    ['a sheet that does not exist', ['report', 'missing.json'], /cannot read missing\.json: no such file/u],
    ['a sheet that is not a sheet', ['report', 'bad.json'], /bad\.json is not a valid fact sheet/u],
    ['nothing readable', ['report', 'nowhere/'], /nothing could be read/u],
    ['--ref-date with a saved sheet', ['report', 'bad.json', '--ref-date', '2025-01-01'], /keeps its own reference date/u],
  ])('exits 2 with one reason for %s, and writes nothing', (_name, args, message) => {
    const dir = testdir({ ...docs, 'bad.json': '{"version": 1}' });
    const result = runFacts([...args, '-o', 'out.html'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(path.join(dir, 'out.html'))).toBe(false);
  });

  it('shows an HTML page as its text, with the highlights on the words its citations name', () => {
    const dir = testdir({
      'page.html':
        '<html><head><title>T</title><script>var x = 1;</script></head><body><p>Maria Keller, the mayor of Springfield, said on March 4, 2025, that 40&nbsp;buses would be bought.</p>' +
        '<p>&ldquo;We will finish the depot by June,&rdquo; <b>Keller</b> said.</p></body></html>',
    });
    const result = runFacts(['report', 'page.html'], { cwd: dir });
    expect(result.status).toBe(0);
    const text = result.stdout.slice(result.stdout.indexOf('<div class="text">'));
    expect(text).toMatch(/>Maria Keller<\/mark>, the mayor of <mark[^>]*>Springfield<\/mark>/u);
    expect(text).toMatch(/>Keller<\/mark> said\./u);
    expect(text).not.toContain('&lt;p&gt;');
    expect(text).not.toContain('var x');
  });

  it('warns when the page is written inside a folder it was made from (the next extract would read it)', () => {
    const dir = testdir(docs);
    const inside = runFacts(['report', 'docs', '-o', 'docs/report.html'], { cwd: dir });
    expect(inside.status).toBe(0);
    expect(inside.stderr).toMatch(/warning: docs\/report\.html lies inside the input docs/u);
    const beside = runFacts(['report', 'docs', '-o', 'report.html'], { cwd: dir });
    expect(beside.stderr).not.toMatch(/warning/u);
  });

  it('is listed in --help', () => {
    expect(runFacts(['--help']).stdout).toMatch(/report \[options\] <path\.\.\.>/u);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['"x" & \'y\'', '&quot;x&quot; &amp; &#39;y&#39;'],
    ['plain', 'plain'],
  ])('%s', (text, expected) => expect(escapeHtml(text)).toBe(expected));
});
