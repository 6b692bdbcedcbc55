// Our extractDates against two libraries on MEANTIME dates: compromise-dates
// (as a compromise plugin) and chrono-node (its default, and forwardDate).
// Detection and values are scored exactly as in the main table; time per
// article is wall-clock and so, unlike everything else here, varies by run.
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import * as chrono from 'chrono-node';
import { extractDates } from '../../src/extract/index.ts';
import { datelines, goldDates, loadMeantime, type MeantimeDoc } from './meantime.ts';
import type { Row } from './report.ts';
import { scoreDates, type SystemDateItem } from './score-dates.ts';

// The plugin changes the shared compromise instance (which the segmenter uses too), so it is
// registered only when compromise-dates runs, after the other libraries.
let pluginLoaded = false;

export interface LibraryResult {
  library: string;
  rows: Row[];
  msPerArticle: number;
  /** Lines of text the library threw on (their dates are lost). */
  crashes: number;
  crashSamples: string[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO week of a calendar date (UTC arithmetic). */
export function isoWeek(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${pad(week)}`;
}

// Leading prepositions and closing punctuation the libraries include in their matches.
function trimMatch(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  const lead = /^(?:(?:on|in|at|by|since|until|from|during|of|for)\s+)?/iu.exec(slice)![0].length;
  const trail = /[\s,.;:!?]*$/u.exec(slice)![0].length;
  return trail + lead >= slice.length ? [start, end] : [start + lead, end - trail];
}

function chronoValue(r: chrono.ParsedResult): string {
  const c = r.start;
  const y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
  if (c.isCertain('hour')) return `${y}-${pad(m)}-${pad(d)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('month')) return `${y}-${pad(m)}`;
  if (c.isCertain('year')) return `${y}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function runChrono(text: string, dct: string, forwardDate: boolean): SystemDateItem[] {
  const [y, m, d] = dct.split('-').map(Number);
  const ref = new Date(y, m - 1, d, 12);
  return chrono.parse(text, ref, { forwardDate }).map((r) => {
    const [start, end] = trimMatch(text, r.index, r.index + r.text.length);
    return { start, end, text: text.slice(start, end), value: chronoValue(r) };
  });
}

interface CompromiseDate {
  text: string;
  offset: { start: number; length: number };
  dates?: { start: string | null; unit?: string };
}

function compromiseValue(date: CompromiseDate['dates']): string | null {
  const iso = date?.start;
  if (!iso) return null;
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  switch (date.unit) {
    case 'year': case 'decade': case 'century': return y;
    case 'quarter': return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
    case 'season': case 'month': return `${y}-${m}`;
    case 'week': return isoWeek(Number(y), Number(m), Number(d));
    case 'hour': case 'minute': case 'time': return `${y}-${m}-${d}T${iso.slice(11, 16)}`;
    default: return `${y}-${m}-${d}`;
  }
}

function runCompromise(text: string, dct: string, crashes: string[]): SystemDateItem[] {
  if (!pluginLoaded) {
    nlp.plugin(datesPlugin);
    pluginLoaded = true;
  }
  const out: SystemDateItem[] = [];
  // Line by line, so that a crash loses one paragraph rather than the article.
  let base = 0;
  for (const line of text.split('\n')) {
    try {
      const found = (nlp(line) as unknown as { dates(o: object): { json(o: object): CompromiseDate[] } }).dates({ today: dct, timezone: 'UTC' }).json({ offset: true });
      for (const f of found) {
        const [start, end] = trimMatch(text, base + f.offset.start, base + f.offset.start + f.offset.length);
        out.push({ start, end, text: text.slice(start, end), value: compromiseValue(f.dates) });
      }
    } catch (e) {
      crashes.push(`${String(e).slice(0, 60)} on "${line.slice(0, 60)}"`);
    }
    base += line.length + 1;
  }
  return out;
}

function runOurs(text: string, dct: string): SystemDateItem[] {
  return extractDates(text, dct).map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, timex: d.timex }));
}

export async function compareDateLibraries(docs: readonly MeantimeDoc[] = loadMeantime()): Promise<LibraryResult[]> {
  const libraries: [string, (text: string, dct: string, crashes: string[]) => SystemDateItem[]][] = [
    ['facts extractDates', (t, d) => runOurs(t, d)],
    ['chrono-node (default: forwardDate false)', (t, d) => runChrono(t, d, false)],
    ['chrono-node (forwardDate: true)', (t, d) => runChrono(t, d, true)],
    ['compromise-dates', runCompromise],
  ];
  const results: LibraryResult[] = [];
  for (const [library, run] of libraries) {
    run(docs[0].text, docs[0].dct, []); // warm-up, so the first library does not pay for loading
    const crashes: string[] = [];
    const t0 = performance.now();
    const outputs = docs.map((d) => run(d.text, d.dct, crashes));
    const ms = performance.now() - t0;
    const { rows } = scoreDates(
      'meantime',
      docs.map((d, i) => ({ doc: d.doc, gold: goldDates(d), system: outputs[i].filter((s) => s.start < d.annotated_until), ignore: datelines(d) })),
      `dates: ${library}`,
    );
    results.push({ library, rows, msPerArticle: ms / docs.length, crashes: crashes.length, crashSamples: crashes.slice(0, 3) });
  }
  return results;
}

const f = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(3));

export function formatLibraryTable(results: readonly LibraryResult[]): string {
  const header = ['library (MEANTIME dates)', 'det P', 'det R', 'det F1', 'exact F1', 'value acc', 'n', 'TempEval F1', 'ms/article', 'crashes'];
  const body = results.map((r) => {
    const get = (m: string) => r.rows.find((x) => x.measure.startsWith(m))!;
    const det = get('detection (overlap)');
    const value = get('value accuracy (exact)');
    return [r.library, f(det.precision), f(det.recall), f(det.score), f(get('detection (exact span)').score), f(value.score), String(value.n), f(get('TempEval').score), r.msPerArticle.toFixed(1), String(r.crashes)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const notes = results.filter((r) => r.crashSamples.length).map((r) => `${r.library} crashed on ${r.crashes} line(s), e.g. ${r.crashSamples[0]}`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', 'value acc: exact ISO value on dates detected by overlap; n = detected. ms/article: wall clock, varies by run.', ...notes].join('\n');
}
