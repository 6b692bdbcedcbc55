// Formats people actually have: Markdown with front matter, HTML from the
// web. The text the extractors read differs from the file; citations must
// still point into the file, by line and column, and slice it exactly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/read/html.ts';
import { readMarkdown } from '../src/read/markdown.ts';
import { isoDatePart } from '../src/read/dates.ts';
import { readDocument } from '../src/read/index.ts';
import { extractFacts, SheetSchema, verifyCitation, type Sheet } from '../src/index.ts';
import { ROOT, testdir } from './helpers/cli.ts';
import { allCitations } from './helpers/sheet.ts';


function expectAllVerify(sheet: Sheet): void {
  SheetSchema.parse(sheet);
  for (const c of allCitations(sheet)) {
    const file = readFileSync(c.path, 'utf8').replace(/^\uFEFF/u, '');
    expect(verifyCitation(file, c), `${c.path}:${c.line}:${c.column} ${JSON.stringify(c.text)}`).toBeNull();
  }
}

/** 1-based line and column (in code points) of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split(/\r\n|\n|\r/u);
  return { line: before.length, column: Array.from(before.at(-1)!).length + 1 };
}

describe('reference dates declared by documents', () => {
  it.each([
    ['2025-03-19', '2025-03-19'],
    ['"2025-03-19"', '2025-03-19'],
    ["'2025-03-19' # published", '2025-03-19'],
    ['2025-03-19T23:30:00-05:00', '2025-03-19'],
    ['2025-03-19 10:00:00 +0000', '2025-03-19'],
    ['2025-02-30', null],
    ['2025-3-19', null],
    ['March 19, 2025', null],
    ['20250319', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(isoDatePart(value)).toBe(expected);
  });
});

describe('Markdown', () => {
  const md = '---\ntitle: "Talks 🚀"\nauthor: Jane Doe\ndate: 2025-03-19\n---\n# Talks\n\n“We are ready,” said Ms. Ada Ng on Wednesday.\n';

  it('drops the front matter: the text is the body, each character mapped to its place in the file', () => {
    const r = readMarkdown(md);
    expect(r.text).toBe('Talks\n“We are ready,” said Ms. Ada Ng on Wednesday.');
    expect(r.refDate).toBe('2025-03-19');
    for (const needle of ['Talks', '“We', 'Ada Ng', 'Wednesday.']) {
      const at = r.text.indexOf(needle);
      expect(md.slice(r.offsetMap![at], r.offsetMap![at + needle.length])).toBe(needle);
    }
  });

  it.each([
    ['CRLF line endings', '---\r\ndate: 2024-12-01\r\n---\r\nBody.\r\n', '2024-12-01'],
    ['a closing "..."', '---\ndate: 2024-12-01\n...\nBody.\n', '2024-12-01'],
    ['TOML', '+++\ntitle = "x"\ndate = 2024-12-01T08:00:00Z\n+++\nBody.\n', '2024-12-01'],
    ['a timestamp', '---\ndate: 2024-12-01T23:59:59+09:00\n---\n', '2024-12-01'],
    ['published, when there is no date', '---\npublished: 2024-11-30\n---\nBody.\n', '2024-11-30'],
    ['an indented date (not top-level)', '---\nmeta:\n  date: 2024-12-01\n---\nBody.\n', null],
    ['no date', '---\ntitle: x\n---\nBody.\n', null],
    ['an unreadable date', '---\ndate: next Tuesday\n---\nBody.\n', null],
  ])('front matter with %s', (_, text, refDate) => {
    const r = readMarkdown(text);
    expect(r.refDate).toBe(refDate);
    expect(r.text).toBe(text.includes('Body.') ? 'Body.' : '');
  });

  it.each([
    ['never closed (a thematic break)', '---\nSome text.\n', 'Some text.'],
    ['not on the first line', '\n---\ndate: 2024-12-01\n---\n', 'date: 2024-12-01'],
    ['a lone fence', '---', ''],
    ['text after the fence', '--- title\ndate: 2024-12-01\n---\n', '--- title date: 2024-12-01'],
  ])('is not front matter when %s', (_, text, prose) => {
    expect(readMarkdown(text)).toMatchObject({ text: prose, refDate: null });
  });

  it('extracts no facts from the front matter, cites the body in the file, and resolves against the front matter date', async () => {
    const dir = testdir({ 'talks.md': md.replace('author: Jane Doe', 'author: Jane Doe 🚀 of Reuters') });
    const file = path.join(dir, 'talks.md');
    const sheet = await extractFacts([file], { refDate: '2030-01-01' });
    expectAllVerify(sheet);
    expect(sheet.refDate).toBe('2030-01-01');
    expect(sheet.sources[0].refDate).toBe('2025-03-19');
    expect(sheet.entities.map((e) => e.name)).not.toContain('Jane Doe');
    expect(allCitations(sheet).every((c) => c.line >= 6)).toBe(true);
    const quote = sheet.quotes.find((q) => q.text.startsWith('We are ready'));
    expect(quote?.citations[0]).toMatchObject({ line: 8, column: 2 });
    // "Wednesday" is the front matter's Wednesday, not one near the command line's date.
    expect(sheet.dates.find((d) => d.citations[0].text === 'Wednesday')?.value).toBe('2025-03-19');
  });
});

const ARTICLE = `<!DOCTYPE html>
<html>
<head>
  <title>Ignored title with Mr. Title Person</title>
  <meta name="description" content="Said Mr. Meta Person.">
  <meta property="article:published_time" content="2025-03-19T08:30:00+01:00">
  <style>.quote::before { content: "“Not a quote,” said Mr. Style."; }</style>
  <script>document.write("“Not a quote either,” said Mr. Script.");</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World News</a></nav>
<article>
  <h1>Talks resume in <em>Geneva</em></h1>
  <p>Negotiators met on Wednesday, and <a href="/p/helga-berg">Helga
     Berg</a>, the Swiss mediator, said the talks would last 3 days.</p>
  <p>&ldquo;We are making progress,&rdquo; Ms. Berg told reporters.
  Fran&ccedil;ois Hollande&#8217;s aide was there.</p>
  <template><p>“Template,” said Mr. Template.</p></template>
  <pre>Line one of 12 lines
Line two</pre>
</article>
<noscript><p>Please enable JavaScript, said Mr. Noscript.</p></noscript>
</body>
</html>
`;

describe('HTML', () => {
  it('keeps the readable text: drops script, style, head, nav, template, noscript; decodes entities; one line per block', () => {
    const { text, refDate } = htmlToText(ARTICLE);
    expect(refDate).toBe('2025-03-19');
    expect(text).not.toMatch(/Title Person|Meta Person|Style|Script|Template|Noscript|World News|Home/u);
    expect(text.split('\n')).toEqual([
      'Talks resume in Geneva',
      'Negotiators met on Wednesday, and Helga Berg, the Swiss mediator, said the talks would last 3 days.',
      '“We are making progress,” Ms. Berg told reporters. François Hollande’s aide was there.',
      'Line one of 12 lines',
      'Line two',
    ]);
  });

  it('maps every character back to the file: monotonic, in bounds, the same character unless it was an entity or a space', () => {
    const { text, offsetMap } = htmlToText(ARTICLE);
    expect(offsetMap).toHaveLength(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      expect(offsetMap[i + 1]).toBeGreaterThanOrEqual(offsetMap[i]);
      const src = ARTICLE[offsetMap[i]];
      if (/\s/u.test(text[i])) continue;
      if (src === '&') continue;
      if (/[\p{L}\p{N}]/u.test(text[i])) expect(src, `${i} ${text[i]}`).toBe(text[i]);
    }
    expect(offsetMap[text.length]).toBeLessThanOrEqual(ARTICLE.length);
  });

  it('cites names, quotes, numbers and dates at their line and column in the .html file', async () => {
    const dir = testdir({ 'article.html': ARTICLE });
    const file = path.join(dir, 'article.html');
    const sheet = await extractFacts([file], { refDate: '2030-01-01' });
    expectAllVerify(sheet);
    expect(sheet.sources[0]).toMatchObject({ refDate: '2025-03-19', lines: ARTICLE.split('\n').length - 1 });
    const byName = new Map(sheet.entities.map((e) => [e.name, e]));

    // A name broken over two lines inside a link: cited from "Helga" to "Berg", markup after it left out.
    const berg = byName.get('Helga Berg');
    expect(berg?.mentions[0]).toMatchObject({ ...positionOf(ARTICLE, 'Helga'), text: 'Helga\n     Berg' });
    // A name with an entity in it: the citation is the source, the name is the decoded text.
    const hollande = [...byName.values()].find((e) => e.name.includes('Hollande'));
    expect(hollande?.name).toBe('François Hollande');
    expect(hollande?.mentions[0]).toMatchObject({ ...positionOf(ARTICLE, 'Fran&ccedil;ois'), text: 'Fran&ccedil;ois Hollande' });

    const quote = sheet.quotes.find((q) => q.text.startsWith('We are making progress'));
    expect(quote?.citations[0]).toMatchObject({ ...positionOf(ARTICLE, 'We are making'), text: 'We are making progress,' });
    expect(quote?.speaker).toBe(berg?.id);

    expect(sheet.numbers.find((n) => n.value === 3)?.citations[0]).toMatchObject({ ...positionOf(ARTICLE, '3 days'), text: '3' });
    expect(sheet.numbers.find((n) => n.value === 12)?.citations[0]).toMatchObject({ ...positionOf(ARTICLE, '12 lines'), text: '12' });
    // "Wednesday" resolves against the page's own date, not --ref-date.
    expect(sheet.dates.find((d) => d.citations[0].text === 'Wednesday')).toMatchObject({
      value: '2025-03-19',
      citations: [expect.objectContaining(positionOf(ARTICLE, 'Wednesday'))],
    });
    // Nothing from the dropped parts.
    expect(sheet.entities.map((e) => e.name).join(' ')).not.toMatch(/Title|Meta|Style|Script|Template|Noscript/u);
  });

  it.each([
    ['<meta property="article:published_time" content="2024-05-06">', '2024-05-06'],
    ['<META PROPERTY="article:published_time" CONTENT="2024-05-06T10:00:00Z">', '2024-05-06'],
    ['<meta name="article:published_time" content="2024-05-06">', '2024-05-06'],
    ['<meta itemprop="datePublished" content="2024-05-06T10:00:00Z">', '2024-05-06'],
    ['<meta itemprop="datePublished" content="2024-01-01"><meta property="article:published_time" content="2024-05-06">', '2024-05-06'],
    ['<meta property="article:modified_time" content="2024-05-06">', null],
    ['<meta property="article:published_time" content="yesterday">', null],
    ['', null],
  ])('reference date from %s', (meta, refDate) => {
    expect(htmlToText(`<html><head>${meta}</head><body><p>Hi.</p></body></html>`).refDate).toBe(refDate);
  });

  it('survives broken HTML: unclosed tags, stray closers, an unterminated script, bare ampersands', () => {
    const cases = [
      '<p>one<p>two<div>three</span></p>four',
      '<p>before<script>var x = "</p><p>never closed',
      'Tom & Jerry &amp Co &unknown; &#xZZ; &#99999999; <b>bold',
      '<<<>>> </> <!-- unterminated comment',
      '',
      '<p>\n\n\n</p>',
    ];
    for (const html of cases) {
      const { text, offsetMap } = htmlToText(html);
      expect(offsetMap).toHaveLength(text.length + 1);
      for (let i = 0; i < text.length; i++) expect(offsetMap[i + 1]).toBeGreaterThanOrEqual(offsetMap[i]);
      expect(offsetMap[text.length]).toBeLessThanOrEqual(html.length);
    }
    expect(htmlToText(cases[0]).text).toBe('one\ntwo\nthree\nfour');
    expect(htmlToText(cases[1]).text).toBe('before');
    expect(htmlToText(cases[2]).text).toMatch(/^Tom & Jerry & Co /u);
  });

  it('maps random HTML consistently (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<b>', '</b>', '<a href="x">', '</a>', '<br>', '<br/>', '<li>', '<script>x<y</script>', '<style>p{}</style>', '<!-- c -->', '<pre>', '</pre>'),
      fc.constantFrom('&amp;', '&lt;', '&nbsp;', '&ldquo;', '&rdquo;', '&#8217;', '&#x1F680;', '&eacute;', '&notit;', '&'),
      fc.constantFrom(' ', '\n', '\r\n', '\t', '  \n  '),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('Mr. Ada Ng', '“We won,”', 'said', '12 ships', 'on Friday', '🚀'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        const { text, offsetMap } = htmlToText(html);
        expect(offsetMap).toHaveLength(text.length + 1);
        for (let i = 0; i < text.length; i++) {
          expect(offsetMap[i + 1]).toBeGreaterThanOrEqual(offsetMap[i]);
          // A letter in the text is that letter in the file, or comes from an entity there.
          if (/\p{L}/u.test(text[i]) && html[offsetMap[i]] !== '&') expect(html[offsetMap[i]]).toBe(text[i]);
        }
        expect(offsetMap[text.length]).toBeLessThanOrEqual(html.length);
      }),
      { numRuns: 400 },
    );
  });

  it('reads the committed sample page with its meta date', async () => {
    const r = await readDocument(path.join(ROOT, 'fixtures/bad/article.html'));
    expect(r.ok && r.document.refDate).toBe('2025-03-19');
    expect(r.ok && r.document.originalText).toBe(readFileSync(path.join(ROOT, 'fixtures/bad/article.html'), 'utf8'));
  });
});
