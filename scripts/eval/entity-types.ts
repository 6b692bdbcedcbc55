// Where entity errors come from: per-type figures, type accuracy on mentions
// whose span is right, and the type and boundary errors behind them.
import type { EntityType } from '../../src/types.ts';
import { accuracy, prf } from './metrics.ts';
import { accuracyRow, detectionRow, type ErrorItem, type Row } from './report.ts';
import { detect, overlapScore, sameSpan, type Spanned } from './spans.ts';

export interface TypedSpan extends Spanned {
  text: string;
  type: EntityType;
  optional?: boolean;
}

export interface TypingDoc {
  doc: string;
  /** Gold mentions a system must find (recall). */
  required: TypedSpan[];
  /** Gold mentions a system mention may match to count as right (precision); a superset of `required`. */
  allowed: TypedSpan[];
  /** Every system mention, `other` included. */
  system: TypedSpan[];
}

/**
 * Per-type exact-span rows (a system mention of type T against gold of type
 * T), one type-accuracy row (of the system mentions whose span equals a
 * required gold span, the share with the gold's type), and the errors:
 * `type` for a right span with a wrong type, `span` for a required gold
 * mention that a system mention overlaps without the same span.
 */
export function typingFigures(dataset: string, docs: readonly TypingDoc[], types: readonly EntityType[]): { rows: Row[]; errors: ErrorItem[] } {
  const rows: Row[] = [];
  const errors: ErrorItem[] = [];
  const err = (error: ErrorItem['error'], doc: string, s: TypedSpan, detail: string) =>
    errors.push({ dataset, kind: 'entities', error, doc, start: s.start, end: s.end, text: s.text, detail });
  const exact = (g: Spanned, s: Spanned) => (sameSpan(g, s) ? 1 : null);
  for (const type of types) {
    let tp = 0, fp = 0, fn = 0;
    for (const d of docs) {
      const system = d.system.filter((s) => s.type === type);
      const recall = detect(d.required.filter((g) => g.type === type), system, exact);
      const precision = detect(d.allowed.filter((g) => g.type === type), system, exact);
      tp += recall.tp;
      fn += recall.fn;
      fp += precision.fp;
    }
    rows.push(detectionRow(dataset, `entities/${type}`, 'mentions (exact span+type)', prf(tp, fp, fn), null));
  }
  let right = 0, judged = 0;
  for (const d of docs) {
    const spans = detect(d.required, d.system, exact);
    for (const { gold, system } of spans.matched) {
      judged++;
      if (gold.type === system.type) right++;
      else err('type', d.doc, system, `gold ${gold.type}, system ${system.type}`);
    }
    const matched = new Set(spans.matched.map((m) => m.gold));
    const near = detect(d.required.filter((g) => !matched.has(g)), d.system.filter((s) => !spans.matched.some((m) => m.system === s)), overlapScore);
    for (const { gold, system } of near.matched) err('span', d.doc, gold, `gold "${gold.text}" ${gold.type}, system "${system.text}" ${system.type}`);
  }
  rows.push(accuracyRow(dataset, 'entities', 'type accuracy (on exact spans)', accuracy(right, judged), null, 'of the system mentions whose span equals a gold span, the share with the gold type (a system `other` counts as wrong)'));
  return { rows, errors };
}
