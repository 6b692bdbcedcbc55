// The property every citation must satisfy: slicing the file's text at
// [start, end) in code points gives back `text`, and line/column point at start.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, SheetSchema, verifyCitation, type Sheet } from '../src/index.ts';
import { ROOT, testdir } from './helpers/cli.ts';
import { allCitations } from './helpers/sheet.ts';


function expectAllVerify(sheet: Sheet, root: string) {
  const texts = new Map<string, string>();
  const citations = allCitations(sheet);
  expect(citations.length).toBeGreaterThan(0);
  for (const c of citations) {
    if (!texts.has(c.path)) texts.set(c.path, readFileSync(path.resolve(root, c.path), 'utf8').replace(/^\uFEFF/u, ''));
    expect(verifyCitation(texts.get(c.path)!, c), `${c.path}:${c.line}:${c.column} ${JSON.stringify(c.text)}`).toBeNull();
  }
}

describe('citations', () => {
  it('every citation of the seed sheet verifies', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const sheet = await extractFacts(['seeds/'], { refDate: '2025-03-19' });
      SheetSchema.parse(sheet);
      expect(sheet.sources).toHaveLength(5);
      expectAllVerify(sheet, ROOT);
    } finally {
      process.chdir(cwd);
    }
  });

  it('counts code points, not UTF-16 units, and keeps CRLF line endings', async () => {
    const text =
      '\uFEFFThe 🚀 launch 👩‍👩‍👧 was “a triumph,” Mr. Elon Park said on Tuesday.\r\n' +
      'About 40 rockets 🛰️ flew on March 3, 2024.\r\n\r\n' +
      '“We will return,” said Ms. Ada Ng, 😀 the director.\r\n';
    const dir = testdir({ 'emoji.txt': text });
    const sheet = await extractFacts([path.join(dir, 'emoji.txt')], { refDate: '2024-03-20' });
    expectAllVerify(sheet, '/');
    const rockets = sheet.numbers.find((n) => n.unit === 'rocket');
    expect(rockets?.citations[0]).toMatchObject({ line: 2, column: 7, text: '40' });
    const quote = sheet.quotes.find((q) => q.text === 'We will return,');
    expect(quote?.citations[0].line).toBe(4);
    expect(quote?.citations[0].column).toBe(2);
  });

  it('a quote is cited by the words between its marks', async () => {
    const dir = testdir({ 'q.txt': 'She said: “  Enough is enough. ” Then she left.\n' });
    const sheet = await extractFacts([path.join(dir, 'q.txt')], { refDate: null });
    expect(sheet.quotes.map((q) => q.citations[0].text)).toEqual(['Enough is enough.']);
  });
});
