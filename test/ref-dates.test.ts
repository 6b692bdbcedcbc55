// --ref-dates FILE (issue 12): one reference date per document, so a corpus with many
// publication dates is one run. Precedence: the user's file, then the document's own metadata,
// then --ref-date.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRefDates, RefDatesError } from '../src/read/ref-dates.ts';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

const LAST_MONTH = 'Prices in the town rose sharply last month, the mayor said.\n';

interface Sheet {
  sources: { path: string; refDate?: string | null }[];
  dates: { value: string | null; timex: string; citations: { path: string }[] }[];
}

/** Each source's recorded refDate and the value "last month" resolved to in it. */
function perSource(sheet: Sheet): Record<string, [string | null, string | null]> {
  const out: Record<string, [string | null, string | null]> = {};
  for (const s of sheet.sources) {
    const date = sheet.dates.find((d) => d.citations.some((c) => c.path === s.path));
    out[s.path] = [s.refDate ?? null, date?.value ?? null];
  }
  return out;
}

describe('--ref-dates FILE', () => {
  it('gives each listed document its date: the file beats front matter and meta, which beat --ref-date', async () => {
    const dir = testdir({
      'news/a.txt': LAST_MONTH,
      'news/b.md': `---\ndate: 2024-11-05\n---\n${LAST_MONTH}`,
      'news/c.md': `---\ndate: 2024-11-05\n---\n${LAST_MONTH}`,
      'news/d.html': `<html><head><meta property="article:published_time" content="2023-06-01"></head><body><p>${LAST_MONTH}</p></body></html>\n`,
      'news/e.txt': LAST_MONTH,
      'dates.csv': 'path,date\nnews/a.txt,2025-03-19\n./news/b.md,2022-01-15\n',
    });
    const r = await runFactsAsync(['extract', 'news', '--ref-dates', 'dates.csv', '--ref-date', '2024-07-10', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    const sheet = JSON.parse(r.stdout) as Sheet & { refDate: string };
    expect(sheet.refDate).toBe('2024-07-10');
    expect(perSource(sheet)).toEqual({
      'news/a.txt': ['2025-03-19', '2025-02'], // the file
      'news/b.md': ['2022-01-15', '2021-12'], // the file beats front matter
      'news/c.md': ['2024-11-05', '2024-10'], // front matter beats --ref-date
      'news/d.html': ['2023-06-01', '2023-05'], // so does HTML meta
      'news/e.txt': [null, '2024-06'], // --ref-date
    });
  });

  it('reads TSV, with no header line', async () => {
    const dir = testdir({ 'a.txt': LAST_MONTH, 'dates.tsv': 'a.txt\t2025-03-19\n' });
    const r = await runFactsAsync(['extract', '.', '--ref-dates', 'dates.tsv', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(perSource(JSON.parse(r.stdout))).toEqual({ 'a.txt': ['2025-03-19', '2025-02'] });
  });

  it.each([
    ['an impossible date', 'path,date\na.txt,2025-03-19\nb.txt,2025-02-30\n', /dates\.csv:3: "2025-02-30" is not a calendar date/u],
    ['no date at all', 'a.txt,soon\n', /dates\.csv:1: "soon" is not a calendar date/u],
    ['a line with one field', 'a.txt,2025-03-19\nb.txt\n', /dates\.csv:2: expected two fields/u],
    ['one path with two dates', 'a.txt,2025-03-19\n./a.txt,2025-03-20\n', /dates\.csv:2: a\.txt already has the date 2025-03-19 \(line 1\)/u],
  ])('refuses a file with %s: exit 2, one line naming the line, nothing on stdout', async (_name, csv, message) => {
    const dir = testdir({ 'a.txt': LAST_MONTH, 'b.txt': LAST_MONTH, 'dates.csv': csv });
    const r = await runFactsAsync(['extract', '.', '--ref-dates', 'dates.csv', '--json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file that does not exist (exit 2)', async () => {
    const dir = testdir({ 'a.txt': LAST_MONTH });
    const r = await runFactsAsync(['extract', '.', '--ref-dates', 'missing.csv'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.csv: cannot read it \(ENOENT\)/u);
  });

  it('says when a listed path matches no source (a path written differently)', async () => {
    const dir = testdir({ 'news/a.txt': LAST_MONTH, 'dates.csv': 'a.txt,2025-03-19\n' });
    const r = await runFactsAsync(['extract', 'news', '--ref-dates', 'dates.csv', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/--ref-dates: 1 path matched no source .*a\.txt/u);
    expect(perSource(JSON.parse(r.stdout))).toEqual({ 'news/a.txt': [null, null] });
  });
});

describe('parseRefDates', () => {
  it.each([
    ['path,date\na.txt,2025-03-19\n', [['a.txt', '2025-03-19']]],
    ['a.txt,2025-03-19\r\nb/c.md,2025-01-02T10:00:00Z\r\n', [['a.txt', '2025-03-19'], ['b/c.md', '2025-01-02']]],
    ['"a, b.txt",2025-03-19\n\n', [['a, b.txt', '2025-03-19']]],
    [`.${path.posix.sep}x/../y.txt , 2024-02-29\n`, [['y.txt', '2024-02-29']]],
    ['\uFEFFfile,published\n', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect([...parseRefDates(text, 'f.csv')]).toEqual(expected);
  });

  it('throws RefDatesError for a leap day in a common year', () => {
    expect(() => parseRefDates('a.txt,2025-02-29\n', 'f.csv')).toThrow(RefDatesError);
  });
});
