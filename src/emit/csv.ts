// One kind of fact as a CSV table for spreadsheets: one row per fact, with its
// first citation and how often it is cited. Quoting is RFC 4180 (fields with
// commas, quotes or line breaks in double quotes, quotes doubled, CRLF between
// records), done by csv-stringify rather than by hand.
import { stringify } from 'csv-stringify/sync';
import type { Sheet } from '../sheet/schema.ts';

export const CSV_KINDS = ['entities', 'quotes', 'numbers', 'dates'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

type Citation = Sheet['entities'][number]['mentions'][number];

// The columns every kind ends with: how widely it is cited, then where first.
const CITATION_COLUMNS = ['citations', 'sources', 'path', 'line', 'column', 'start', 'end', 'cited_text'] as const;

function citationCells(cs: readonly Citation[]): (string | number)[] {
  const c = cs[0];
  const sources = new Set(cs.map((x) => x.path)).size;
  return c ? [cs.length, sources, c.path, c.line, c.column, c.start, c.end, c.text] : [0, 0, '', '', '', '', '', ''];
}

/** Header and rows of one kind; cells are strings or numbers (null becomes an empty cell). */
export function csvRows(sheet: Sheet, kind: CsvKind): { header: string[]; rows: (string | number)[][] } {
  switch (kind) {
    case 'entities':
      return {
        header: ['id', 'type', 'name', 'aliases', ...CITATION_COLUMNS],
        rows: sheet.entities.map((e) => [e.id, e.type, e.name, e.aliases.join('; '), ...citationCells(e.mentions)]),
      };
    case 'quotes': {
      const names = new Map(sheet.entities.map((e) => [e.id, e.name]));
      return {
        header: ['id', 'speaker', 'speaker_name', 'cue', 'kind', 'attribution', 'text', ...CITATION_COLUMNS],
        rows: sheet.quotes.map((q) => {
          // Fields a newer sheet may carry; read when present.
          const loose = q as unknown as Record<string, unknown>;
          const attribution = loose.attribution === undefined || loose.attribution === null ? '' : typeof loose.attribution === 'string' ? loose.attribution : JSON.stringify(loose.attribution);
          return [
            q.id,
            q.speaker ?? '',
            q.speaker ? (names.get(q.speaker) ?? '') : '',
            q.cue ?? '',
            typeof loose.kind === 'string' ? loose.kind : '',
            attribution,
            q.text,
            ...citationCells(q.citations),
          ];
        }),
      };
    }
    case 'numbers':
      return {
        header: ['id', 'value', 'unit', 'approximate', ...CITATION_COLUMNS],
        rows: sheet.numbers.map((n) => [n.id, n.exact, n.unit ?? '', n.approximate ? 'true' : 'false', ...citationCells(n.citations)]),
      };
    case 'dates':
      return {
        header: ['id', 'value', 'timex', ...CITATION_COLUMNS],
        rows: sheet.dates.map((d) => [d.id, d.value ?? '', d.timex, ...citationCells(d.citations)]),
      };
  }
}

/** The table as RFC 4180 CSV text (header row, CRLF line ends, UTF-8, no byte-order mark). */
export function sheetToCsv(sheet: Sheet, kind: CsvKind): string {
  const { header, rows } = csvRows(sheet, kind);
  return stringify([header, ...rows], { record_delimiter: 'windows', quoted_match: /^\s|\s$/u });
}
