// Dates: detection (overlap and exact span), value accuracy on what was
// detected, and TempEval-3 style value F1 (overlap AND equal value).
import { accuracy, prf } from './metrics.ts';
import { accuracyRow, detectionRow, TARGETS, type ErrorItem, type Row } from './report.ts';
import { detect, overlap, overlapScore, sameSpan, type Spanned } from './spans.ts';

export interface GoldDateItem extends Spanned {
  text: string;
  value: string;
  optional?: boolean;
}

export interface SystemDateItem extends Spanned {
  text: string;
  value: string | null;
  timex?: string;
}

export interface DateDoc {
  doc: string;
  gold: GoldDateItem[];
  system: SystemDateItem[];
  /** System items overlapping these spans are left out of the count (MEANTIME's dateline). */
  ignore?: Spanned[];
  /** The document's text (code points as the offsets), needed by `joinClockAndDay` to read what lies between two items. */
  text?: string;
}

/**
 * How a gold set writes what its annotators left open: the blind set's gold writes a clock time
 * as wall-clock time with no zone ("1500 GMT" → 2026-11-18T15:00) and joins a clock time to its
 * day in some halves ("10am on Saturday", one item) and splits it in others ("10am" on
 * "Saturday", two items); MEANTIME writes the zone ("16:15 UTC" → …T16:15Z). Both options are off
 * unless a dataset asks for them.
 */
export interface DateConventions {
  /** A gold value with no zone designator is compared with the system value without its zone. */
  wallClock?: boolean;
  /** A clock time and its day, one item on one side and two on the other, are compared as one item. */
  joinClockAndDay?: boolean;
  /**
   * The gold marks no bare present ("now", "currently", "at present": names of no day, month,
   * year, week, quarter, season or time of day), so a system PRESENT_REF that overlaps no gold
   * item is left out of the count; one that overlaps a gold item is judged as any other.
   */
  presentUnmarked?: boolean;
}

/** A zone designator ("Z", "+01:00", "-0500") after a clock time at the end of a value. */
const ZONE = /(?<=T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}(?::?\d{2})?)$/u;

/** Equal values; with `wallClock`, a gold value that names no zone ignores the system's zone. */
export function sameDateValue(system: string | null, gold: string, conventions: DateConventions = {}): boolean {
  if (system === gold) return true;
  if (system === null || !conventions.wallClock || ZONE.test(gold)) return false;
  return system.replace(ZONE, '') === gold;
}

/** A clock time on a day: `2026-12-05T10:00`, with seconds or a zone. */
const CLOCK = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}/u;
/** What may stand between a clock time and its day in one expression: "10am on Saturday", "Saturday at 10am", "6 p.m., Dec. 2". */
const CLOCK_DAY_JOINER = /^[\s,]*(?:(?:on|at)\s+)?$/u;

/**
 * Where one side has one item for "10am on Saturday" and the other has "10am" and "Saturday",
 * the two items become one (the span of both, the clock time's value). Only a pair of a clock
 * time and a day of the same date (`2026-12-05T10:00` and `2026-12-05`) lying inside an item of
 * the other side, with nothing but a space, a comma, "on" or "at" between them, is joined: any
 * other pair is left for the matcher to judge. `items` and `covers` are in text order.
 */
export function joinClockAndDay<T extends Spanned & { text: string; value: string | null }>(
  items: readonly T[],
  covers: readonly Spanned[],
  text: string,
): T[] {
  const out: T[] = [];
  const codePoints = [...text];
  let c = 0;
  for (let i = 0; i < items.length; i++) {
    const a = items[i], b = items[i + 1];
    if (b) {
      while (c < covers.length && covers[c].end <= a.start) c++;
      const cover = covers[c];
      const inside = cover !== undefined && cover.start <= a.start && b.end <= cover.end;
      const between = codePoints.slice(a.end, b.start).join('');
      const ca = a.value?.match(CLOCK), cb = b.value?.match(CLOCK);
      const clock = ca && !cb ? { time: a, day: b, date: ca[1] } : cb && !ca ? { time: b, day: a, date: cb[1] } : null;
      if (inside && clock && clock.day.value === clock.date && CLOCK_DAY_JOINER.test(between)) {
        out.push({ ...clock.time, start: a.start, end: b.end, text: codePoints.slice(a.start, b.end).join('') });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Gold "2008-03-06TMO" against system "2008-03-06": right at the system's (day) granularity. */
export function valueAtSystemGranularity(system: string | null, gold: string): boolean {
  if (system === null) return false;
  if (system === gold) return true;
  return /^\d{4}-\d{2}-\d{2}$/u.test(system) && gold.startsWith(system) && gold[system.length] === 'T';
}

export function scoreDates(dataset: string, docs: readonly DateDoc[], kind = 'dates', conventions: DateConventions = {}): { rows: Row[]; errors: ErrorItem[] } {
  let tp = 0, fp = 0, fn = 0;
  let stp = 0, sfp = 0, sfn = 0;
  let exact = 0, lenient = 0, judged = 0;
  let goldN = 0;
  const errors: ErrorItem[] = [];
  for (const d of docs) {
    let system = d.system.filter((s) => !(d.ignore ?? []).some((i) => overlap(i, s) > 0));
    let gold = d.gold;
    if (conventions.presentUnmarked) system = system.filter((s) => s.value !== 'PRESENT_REF' || gold.some((g) => overlap(g, s) > 0));
    if (conventions.joinClockAndDay && d.text !== undefined) {
      const byStart = <T extends Spanned>(xs: readonly T[]) => [...xs].sort((x, y) => x.start - y.start || x.end - y.end);
      system = joinClockAndDay(byStart(system), byStart(gold), d.text);
      gold = joinClockAndDay(byStart(gold), byStart(system), d.text);
    }
    goldN += gold.filter((g) => !g.optional).length;
    const loose = detect(gold, system, overlapScore);
    const strict = detect(gold, system, (g, s) => (sameSpan(g, s) ? 1 : null));
    tp += loose.tp; fp += loose.fp; fn += loose.fn;
    stp += strict.tp; sfp += strict.fp; sfn += strict.fn;
    for (const s of loose.spurious) errors.push({ dataset, kind: 'dates', error: 'FP', doc: d.doc, start: s.start, end: s.end, text: s.text, detail: `system ${s.value ?? 'null'}${s.timex ? ` (timex ${s.timex})` : ''}` });
    for (const g of loose.missed) errors.push({ dataset, kind: 'dates', error: 'FN', doc: d.doc, start: g.start, end: g.end, text: g.text, detail: `gold ${g.value}` });
    for (const { gold, system: s } of loose.matched) {
      judged++;
      if (sameDateValue(s.value, gold.value, conventions)) exact++;
      else errors.push({ dataset, kind: 'dates', error: 'value', doc: d.doc, start: gold.start, end: gold.end, text: gold.text, detail: `gold ${gold.value}, system ${s.value ?? 'null'}${s.timex ? ` (timex ${s.timex})` : ''} on "${s.text}"` });
      if (valueAtSystemGranularity(s.value, gold.value)) lenient++;
      if (!sameSpan(gold, s)) errors.push({ dataset, kind: 'dates', error: 'span', doc: d.doc, start: s.start, end: s.end, text: s.text, detail: `gold span "${gold.text}"` });
    }
  }
  const loose = prf(tp, fp, fn);
  const strict = prf(stp, sfp, sfn);
  const value = accuracy(exact, judged);
  const cut = accuracy(lenient, judged);
  // TempEval-3 value F1: a hit needs overlap and the equal value; the other system items are false positives.
  const tempeval = prf(exact, tp + fp - exact, goldN - exact);
  return {
    rows: [
      detectionRow(dataset, kind, 'detection (overlap)', loose, TARGETS.dates),
      detectionRow(dataset, kind, 'detection (exact span)', strict, null),
      accuracyRow(dataset, kind, 'value accuracy (exact)', value, TARGETS.dateValue),
      accuracyRow(dataset, kind, 'value accuracy (gold cut to system day)', cut, null, 'a gold value with a time of day ("2008-03-06TMO") also counts as right when the system gives its day ("2008-03-06")'),
      detectionRow(dataset, kind, 'TempEval-3 value F1', tempeval, TARGETS.tempeval, 'a hit needs an overlapping span and the exact gold value'),
    ],
    errors,
  };
}
