// CSV tables for spreadsheets: one row per fact, RFC 4180, read back by a real
// CSV parser (csv-parse) to the same values.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_KINDS, csvRows, sheetToCsv } from '../src/emit/csv.ts';
import type { Sheet } from '../src/sheet/schema.ts';
import { runFacts, testdir } from './helpers/cli.ts';

const c = (text: string, start = 0) => ({ path: 'dir/a "b", c.txt', start, end: start + Array.from(text).length, line: 1, column: start + 1, text });

// Texts a spreadsheet trips on: commas, doubled quotes, line breaks, leading spaces, a formula sign.
const sheet: Sheet = {
  version: 1,
  refDate: '2025-03-19',
  inputs: ['dir'],
  sources: [{ path: 'dir/a "b", c.txt', sha256: 'a'.repeat(64), bytes: 10, lines: 2 }],
  entities: [
    { id: 'person/ana-ruiz', type: 'person', name: 'Ana Ruiz', aliases: ['Ruiz', 'Ms. Ruiz'], mentions: [c('Ana Ruiz'), c('Ruiz', 40)] },
    { id: 'place/springfield', type: 'place', name: 'Springfield', aliases: [], mentions: [c('Springfield', 60)] },
  ],
  quotes: [
    { id: 'quote/a', text: 'We said "no", twice,\nthen left', kind: 'speech', speaker: 'person/ana-ruiz', cue: 'said', attribution: null, citations: [c('We said "no", twice,\nthen left', 5)] },
    { id: 'quote/b', text: ' =SUM(A1) ', kind: 'term', speaker: null, cue: null, attribution: null, citations: [c(' =SUM(A1) ', 90), { ...c(' =SUM(A1) ', 3), path: 'dir/z.txt' }] },
  ],
  numbers: [{ id: 'number/~1.5-USD', value: 1.5, exact: '1.5', unit: 'USD', approximate: true, citations: [c('$1.5', 70)] }],
  dates: [{ id: 'date/2025-03-04', value: '2025-03-04', timex: '2025-03-04', citations: [{ ...c('March 4', 80), timex: '2025-03-04' }] }],
  errors: [],
};

describe('sheetToCsv', () => {
  it.each(CSV_KINDS)('%s: one row per fact under a header, and parsing gives back every cell', (kind) => {
    const text = sheetToCsv(sheet, kind);
    const records: string[][] = parse(text, { relax_column_count: false });
    const { header, rows } = csvRows(sheet, kind);
    expect(records[0]).toEqual(header);
    expect(records).toHaveLength(sheet[kind].length + 1);
    expect(records.slice(1)).toEqual(rows.map((r) => r.map(String)));
  });

  it('ends records with CRLF and quotes only where RFC 4180 needs it', () => {
    const text = sheetToCsv(sheet, 'quotes');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"We said ""no"", twice,\nthen left"');
    expect(text).toContain('" =SUM(A1) "');
    expect(text.split('\r\n')[0]).toBe('id,speaker,speaker_name,cue,kind,attribution,text,citations,sources,path,line,column,start,end,cited_text');
  });

  it('gives a fact its first citation, how many citations and how many sources', () => {
    const [, b] = parse(sheetToCsv(sheet, 'quotes'), { columns: true }) as Record<string, string>[];
    expect(b).toMatchObject({ id: 'quote/b', speaker: '', citations: '2', sources: '2', path: 'dir/a "b", c.txt', start: '90' });
    const [entity] = parse(sheetToCsv(sheet, 'entities'), { columns: true }) as Record<string, string>[];
    expect(entity).toMatchObject({ name: 'Ana Ruiz', aliases: 'Ruiz; Ms. Ruiz', citations: '2', sources: '1' });
  });

  it('writes an empty kind as the header alone', () => {
    expect(sheetToCsv({ ...sheet, numbers: [] }, 'numbers')).toBe('id,value,unit,approximate,citations,sources,path,line,column,start,end,cited_text\r\n');
  });

  it('reads the optional attribution and kind of a quote when the sheet has them', () => {
    const withExtras = { ...sheet, quotes: [{ ...sheet.quotes[0], kind: 'direct', attribution: { rule: 'cue after the quote' } }] } as unknown as Sheet;
    const [row] = parse(sheetToCsv(withExtras, 'quotes'), { columns: true }) as Record<string, string>[];
    expect(row.kind).toBe('direct');
    expect(JSON.parse(row.attribution)).toEqual({ rule: 'cue after the quote' });
  });
});

describe('CSV from the CLI', () => {
  const docs = { 'docs/a.txt': 'Maria Keller, the mayor of Springfield, said on Tuesday that 40 buses, "and more," would come.\n' };

  it('extract --format csv and table on the saved sheet write the same table', () => {
    const dir = testdir(docs);
    const direct = runFacts(['extract', 'docs', '--format', 'csv', '--kind', 'entities'], { cwd: dir });
    expect(direct.status).toBe(0);
    expect(runFacts(['extract', 'docs', '-o', 'facts.json'], { cwd: dir }).status).toBe(0);
    const saved = runFacts(['table', 'facts.json', '--kind', 'entities', '-o', 'entities.csv'], { cwd: dir });
    expect(saved.status).toBe(0);
    expect(readFileSync(path.join(dir, 'entities.csv'), 'utf8')).toBe(direct.stdout);
    const sheetJson = JSON.parse(readFileSync(path.join(dir, 'facts.json'), 'utf8')) as Sheet;
    const records = parse(direct.stdout, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.id)).toEqual(sheetJson.entities.map((e) => e.id));
  });

  it.each([
    ['--kind without --format csv', ['extract', 'docs', '--kind', 'quotes'], /--format csv and --kind go together/u],
    ['--format csv without --kind', ['extract', 'docs', '--format', 'csv'], /--format csv and --kind go together/u],
    ['an unknown kind', ['table', 'docs', '--kind', 'people'], /Allowed choices are entities, quotes, numbers, dates/u],
    ['table without --kind', ['table', 'docs'], /--kind <kind>' not specified/u],
  ])('exits 2 for %s', (_name, args, message) => {
    const dir = testdir(docs);
    const result = runFacts(args, { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
