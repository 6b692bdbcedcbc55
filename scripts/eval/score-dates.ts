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
}

/** Gold "2008-03-06TMO" against system "2008-03-06": right at the system's (day) granularity. */
export function valueAtSystemGranularity(system: string | null, gold: string): boolean {
  if (system === null) return false;
  if (system === gold) return true;
  return /^\d{4}-\d{2}-\d{2}$/u.test(system) && gold.startsWith(system) && gold[system.length] === 'T';
}

export function scoreDates(dataset: string, docs: readonly DateDoc[], kind = 'dates'): { rows: Row[]; errors: ErrorItem[] } {
  let tp = 0, fp = 0, fn = 0;
  let stp = 0, sfp = 0, sfn = 0;
  let exact = 0, lenient = 0, judged = 0;
  let goldN = 0;
  const errors: ErrorItem[] = [];
  for (const d of docs) {
    const system = d.system.filter((s) => !(d.ignore ?? []).some((i) => overlap(i, s) > 0));
    goldN += d.gold.filter((g) => !g.optional).length;
    const loose = detect(d.gold, system, overlapScore);
    const strict = detect(d.gold, system, (g, s) => (sameSpan(g, s) ? 1 : null));
    tp += loose.tp; fp += loose.fp; fn += loose.fn;
    stp += strict.tp; sfp += strict.fp; sfn += strict.fn;
    for (const s of loose.spurious) errors.push({ dataset, kind: 'dates', error: 'FP', doc: d.doc, start: s.start, end: s.end, text: s.text, detail: `system ${s.value ?? 'null'}${s.timex ? ` (timex ${s.timex})` : ''}` });
    for (const g of loose.missed) errors.push({ dataset, kind: 'dates', error: 'FN', doc: d.doc, start: g.start, end: g.end, text: g.text, detail: `gold ${g.value}` });
    for (const { gold, system: s } of loose.matched) {
      judged++;
      if (s.value === gold.value) exact++;
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
