// --ref-dates FILE: one reference date per document, for a corpus whose articles were published
// on different days, read in one run. The file is CSV or TSV (csv-parse), `path,date` per line,
// with an optional header line:
//   path,date
//   news/2025/a.md,2025-03-19
import { promises as fs } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { isoDatePart } from './dates.ts';
import { displayPath } from './walk.ts';

/** A --ref-dates file that cannot be used; the message names the file and, when it can, the line. */
export class RefDatesError extends Error {
  override name = 'RefDatesError';
}

/**
 * Reads a --ref-dates file: a map from each path, as the sheet shows it (POSIX separators,
 * normalized: `./a.txt` is `a.txt`), to its date (YYYY-MM-DD; the date part of an ISO timestamp is
 * taken as written). Throws RefDatesError when the file cannot be read, a line is not two fields,
 * a date is not a calendar date (`2025-02-30`), or one path is given two different dates.
 */
export async function readRefDates(file: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RefDatesError(`${file}: cannot read it${code ? ` (${code})` : ''}`);
  }
  return parseRefDates(text, file);
}

/** The parse of readRefDates, for text already in memory; `name` is used in messages. Throws RefDatesError. */
export function parseRefDates(text: string, name: string): Map<string, string> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(name, text),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    throw new RefDatesError(`${name}${e.lines ? `:${e.lines}` : ''}: not readable as CSV (${String(e.message).split('\n')[0]})`);
  }
  const dates = new Map<string, string>();
  const lineOf = new Map<string, number>();
  records.forEach(({ record, info }, i) => {
    const where = `${name}:${info.lines}`;
    // A first line such as "path,date" or "file,published" is a header: no digit in its date, no
    // "." or "/" in its path ("a.txt,soon" is a bad date, not a header).
    if (i === 0 && record.length === 2 && !/\d/u.test(record[1]) && !/[./]/u.test(record[0])) return;
    if (record.length !== 2 || record[0] === '') throw new RefDatesError(`${where}: expected two fields, a path and a date (YYYY-MM-DD), got ${record.length}`);
    const [rawPath, rawDate] = record;
    const date = isoDatePart(rawDate);
    if (date === null) throw new RefDatesError(`${where}: ${JSON.stringify(rawDate)} is not a calendar date (expected YYYY-MM-DD)`);
    const shown = displayPath(rawPath);
    const previous = dates.get(shown);
    if (previous !== undefined && previous !== date) {
      throw new RefDatesError(`${where}: ${shown} already has the date ${previous} (line ${lineOf.get(shown)})`);
    }
    dates.set(shown, date);
    lineOf.set(shown, info.lines);
  });
  return dates;
}

// A .tsv is tab-separated; otherwise a first line with a tab and no comma says TSV too.
function delimiterOf(name: string, text: string): string {
  if (/\.tsv$/iu.test(name)) return '\t';
  const first = text.split('\n', 1)[0];
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}
