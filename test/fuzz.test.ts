// Property tests over random and mutated text: extraction never throws, the
// sheet always validates, and every citation slices its file exactly.
// Texts are well-formed Unicode, as the reader guarantees (it refuses
// invalid UTF-8 and unpaired UTF-16 surrogates), in every format it reads.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/pipeline.ts';
import { ERROR_CODES } from '../src/read/index.ts';
import { decodeText } from '../src/read/decode.ts';
import { testdir } from './helpers/cli.ts';
import { seedTexts } from '../scripts/bench.ts';
import { extractDocument } from '../src/extract/index.ts';
import { formatText, type Format } from '../src/read/formats.ts';
import { assembleSheet } from '../src/sheet/assemble.ts';
import { verifyCitation } from '../src/sheet/citation.ts';
import { SheetSchema } from '../src/sheet/schema.ts';
import type { SourceDocument } from '../src/types.ts';
import { allCitations } from './helpers/sheet.ts';

const RUNS = Number(process.env.FACTS_FUZZ_RUNS ?? 100);
const REF_DATES = [null, '2025-03-19', '2024-02-29', '1999-12-31', '2025-13-45', 'not a date'];

// Pieces that steer the extractors into their corner cases.
const TRICKY = [
  '“', '”', '"', '„', '«', '»', "'", '’', '‘', '—', '–', '-', '--', '.', '...', '…', ',', ':', ';', '!', '?', '(', ')', '/',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '   ', '\u00a0', '\u200b', '\u200d', '\u2028', '\ufeff', '\u001b[31m', '\u0007',
  '🚀', '👩‍👩‍👧', '🇺🇦', 'é', 'e\u0301', '𝔘𝔫𝔦', 'İ', 'ß', 'ﬁ',
  'Mr.', 'Mrs.', 'Dr.', 'U.S.', 'U.N.', 'p.m.', 'a.m.', 'St.', 'Gen.', 'Jr.', 'J.', 'V.',
  'said', 'says', 'told', 'wrote', 'according to', 'he said', 'she said', 'the ministry said', 'said:',
  '$', 'US$', '€', '£', '%', 'percent', '0', '1', '12', '007', '1,000', '1,00', '2.5', '3.', '.5', '10-', '-7', '1e9',
  '99999999999999999999', 'one', 'twenty-one', 'a dozen', 'hundreds', 'million', 'billion', 'thousand',
  'March', 'May', 'Feb.', 'Sept.', 'Wednesday', 'last week', 'next Monday', 'yesterday', 'three years ago', '2025', '1990s',
  '2025-03-19', '3/19/2025', '19 March 2025', 'March 19, 2025', 'Q3', 'summer', '8:50', 'noon', '24:00', '31/02/2024',
  'President', 'Secretary of State', 'Volodymyr Zelensky', 'Zelensky’s', 'Trump', 'Putin', 'Kyiv', 'the Kremlin',
  'Bank of England', 'de', 'van', 'the', 'of', 'and', 'a', 'I', 'It', 'The', 'WHO', 'NATO', '#hashtag', '@user',
];

const token = fc.constantFrom(...TRICKY);
const tokenSoup = fc.array(fc.oneof(token, fc.constantFrom(' ', ' ', '\n')), { maxLength: 80 }).map((parts) => parts.join(''));
const randomText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);

/** A window of a seed article with edits: inserted tricky pieces, deletions, duplications, case flips. */
const mutatedSeed = fc
  .record({
    seed: fc.nat(),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 0, max: 900 }),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('insert', 'delete', 'duplicate', 'upper', 'lower', 'strip-spaces'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        size: fc.integer({ min: 1, max: 40 }),
        piece: token,
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ seed, from, length, edits }) => {
    const texts = seedTexts();
    const article = texts[seed % texts.length];
    const start = Math.floor(from * Math.max(0, article.length - length));
    let text = Array.from(article.slice(start, start + length)).join(''); // whole code points only
    for (const e of edits) {
      const chars = Array.from(text);
      const at = Math.floor(e.at * chars.length);
      const end = Math.min(chars.length, at + e.size);
      const span = chars.slice(at, end).join('');
      const before = chars.slice(0, at).join('');
      const after = chars.slice(end).join('');
      if (e.kind === 'insert') text = before + e.piece + span + after;
      else if (e.kind === 'delete') text = before + after;
      else if (e.kind === 'duplicate') text = before + span + span + after;
      else if (e.kind === 'upper') text = before + span.toUpperCase() + after;
      else if (e.kind === 'lower') text = before + span.toLowerCase() + after;
      else text = before + span.replace(/\s+/gu, '') + after;
    }
    return text;
  });

const anyText = fc.oneof(tokenSoup, randomText, mutatedSeed);

/** Text wrapped as a Markdown file, with or without front matter. */
const markdownFile = fc.tuple(anyText, fc.constantFrom('', '---\ndate: 2024-06-01\ntitle: “x”\n---\n', '+++\ndate = 2024-06-01T10:00:00Z\n+++\n', '---\nauthor: 🚀 Mr. Front Matter\n---\r\n')).map(([text, front]) => front + text);

/** Text cut into pieces and wrapped in HTML: tags, entities, comments, scripts, <pre>. */
const htmlFile = fc
  .tuple(anyText, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<a href="x">', '</a>', '<br>', '<div>', '</div>', '&amp;', '&ldquo;', '&rdquo;', '&#8217;', '&nbsp;', '&eacute;', '&#x1F680;', '<!-- c -->', '<script>“x,” said Mr. Script.</script>', '<pre>', '</pre>', '<li>', '&', '<')), { maxLength: 20 }))
  .map(([text, inserts]) => {
    const chars = Array.from(text);
    for (const [at, piece] of inserts.sort((a, b) => b[0] - a[0])) chars.splice(Math.floor(at * chars.length), 0, piece);
    return `<html><head><meta property="article:published_time" content="2024-06-01"></head><body>${chars.join('')}</body></html>`;
  });


/** The whole per-document path: format → extract → assemble → schema → every citation against the file. */
function checkFile(file: string, format: Format, refDate: string | null): void {
  const formatted = formatText(format, file);
  const source: SourceDocument = { path: `fuzz.${format}`, sha256: '0'.repeat(64), bytes: Buffer.byteLength(file), ...formatted };
  const facts = extractDocument(source, { refDate });
  const sheet = assembleSheet({ inputs: ['fuzz'], refDate: null, documents: [facts], errors: [] });
  const parsed = SheetSchema.safeParse(sheet);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  for (const c of allCitations(sheet)) {
    expect(verifyCitation(file, c), JSON.stringify(c)).toBeNull();
  }
}

describe('fuzzing the per-document stage', () => {
  const refDate = fc.constantFrom(...REF_DATES);

  // A counterexample the fuzzer found (a word with a bracket the attribution stage built a regular
  // expression from), kept so it runs every time.
  it('a description whose words hold regular-expression characters', () => {
    checkFile(')p)president vekla said he had “a very good telephone call”', 'text', REF_DATES[0]);
    checkFile('The old) man at the stop would not give his name. “It was cold,” the old) man said.', 'text', REF_DATES[0]);
  });
  // Another (the Burmese honorific "U" read the token after a text's last one).
  it('a text that ends on a capital U', () => {
    checkFile('President Vekla met President Tolvane of U', 'text', REF_DATES[0]);
    checkFile('\nU', 'markdown', REF_DATES[0]);
  });

  // And another (pence glued to digits with leading zeros kept them in the number's exact value).
  it('pence glued to a number with leading zeros', () => {
    checkFile('007p.m.', 'text', REF_DATES[0]);
  });

  it('plain text: token soup, random Unicode, mutated articles', () => {
    fc.assert(fc.property(anyText, refDate, (text, ref) => checkFile(text, 'text', ref)), { numRuns: RUNS * 2 });
  });

  it('Markdown, with and without front matter', () => {
    fc.assert(fc.property(markdownFile, refDate, (text, ref) => checkFile(text, 'markdown', ref)), { numRuns: RUNS });
  });

  it('HTML, with tags and entities cut into the text', () => {
    fc.assert(fc.property(htmlFile, refDate, (text, ref) => checkFile(text, 'html', ref)), { numRuns: RUNS });
  });

  it('a handful of fixed nasty inputs', () => {
    const nasty = [
      '', ' ', '\n', '\r\n\r\n', '“', '”', '"', '“”', '“ ”', '""', '"""', '“a', 'a”', '” “', '.', '...', 'Mr.', 'Mr. Mr.',
      '$', '$.', '1,', ',1', '1.', '1.2.3.4', '-1', '1-', '—', '--1--', '%', '100%%', 'March', 'May 32', 'Feb. 30, 2025',
      '31/02/2024', '0000-00-00', '9999-99-99', '\u0000', '\ufeff', '🚀', '\ud83d\ude80\u200d', 'e\u0301\u0301\u0301',
      'Zelensky’s’s’s', '“Quote,” said.', 'said “', '“Hi,” he said. “Bye,” he said.', 'I', 'A. B. C. D. E.', 'U.S.-led',
      // (A Burmese title "U" closing the document: the fuzzer found it reading past the last token.)
      'U', 'Tolby U',
    ];
    for (const text of nasty) for (const format of ['text', 'markdown', 'html'] as const) checkFile(text, format, '2025-03-19');
  });
});

describe('fuzzing the whole pipeline with files of random bytes', () => {
  const fileBytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    anyText.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
    anyText.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))),
    fc.tuple(anyText, fc.uint8Array({ minLength: 1, maxLength: 4 }), anyText).map(([a, bad, b]) => new Uint8Array(Buffer.concat([Buffer.from(a), bad, Buffer.from(b)]))),
  );
  const files = fc.uniqueArray(fc.tuple(fc.constantFrom('a.txt', 'b.md', 'c.html', 'd', 'e.pdf', 'f.TXT', 'g.htm'), fileBytes), { maxLength: 4, selector: ([name]) => name });

  it('gives every file exactly one verdict, never throws, and every citation verifies', async () => {
    const dir = testdir({});
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom<'utf8' | 'latin1'>('utf8', 'latin1'), async (entries, encoding) => {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        for (const [name, bytes] of entries) writeFileSync(path.join(dir, name), bytes);
        const sheet = SheetSchema.parse(await extractFacts([dir], { refDate: '2025-03-19', encoding }));
        const verdicts = [...sheet.sources.map((s) => s.path), ...sheet.errors.map((e) => e.path)].map((p) => path.basename(p)).sort();
        expect(verdicts).toEqual(entries.map(([name]) => name).sort());
        for (const e of sheet.errors) expect(Object.keys(ERROR_CODES)).toContain(e.code);
        const byPath = new Map<string, Uint8Array>(entries);
        for (const c of allCitations(sheet)) {
          const decoded = decodeText(byPath.get(path.basename(c.path))!, encoding);
          expect(decoded.ok).toBe(true);
          expect(verifyCitation(decoded.ok ? decoded.text : '', c), JSON.stringify(c)).toBeNull();
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
