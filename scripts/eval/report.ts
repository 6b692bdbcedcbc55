// What the harness prints: rows of one table, and the error items behind them.

export type Kind = 'entities' | 'quotes' | 'numbers' | 'dates';
export const KINDS: Kind[] = ['entities', 'quotes', 'numbers', 'dates'];

export interface Row {
  dataset: string;
  kind: string;
  measure: string;
  precision: number | null;
  recall: number | null;
  /** F1 for detection rows, accuracy for accuracy rows. */
  score: number | null;
  /** Detection: gold items (required); accuracy: items judged. */
  n: number;
  /** The target for this figure, when it has one. */
  target: number | null;
  /** A rate where lower is better (false attribution): the target is a ceiling. */
  lowerIsBetter?: boolean;
  /** A caveat, printed as a numbered footnote under the table. */
  note?: string;
  /** The raw counts behind the figures: tp/fp/fn for detection, correct/total for accuracy. */
  counts?: Record<string, number>;
}

export interface ErrorItem {
  dataset: string;
  kind: Kind;
  /** FP: spurious system item; FN: missed gold item; otherwise the attribute that is wrong. */
  error: 'FP' | 'FN' | 'value' | 'unit' | 'speaker' | 'type' | 'span';
  doc: string;
  start: number;
  end: number;
  text: string;
  detail: string;
}

export interface Report {
  rows: Row[];
  errors: ErrorItem[];
  /** Texts of the documents, for showing errors in context (not part of --json). */
  texts: Map<string, string>;
}

export const TARGETS = {
  entities: 0.8,
  b3: 0.97,
  quotes: 0.98,
  speaker: 0.9,
  speakerPerHow: 0.85,
  seedSpeaker: 0.95,
  devSpeaker: 0.92,
  falseAttribution: 0.1,
  numbers: 0.95,
  unit: 0.9,
  dates: 0.95,
  dateValue: 0.95,
  tempeval: 0.8,
} as const;

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3));

export function formatTable(rows: readonly Row[], { color = false }: { color?: boolean } = {}): string {
  const header = ['dataset', 'kind', 'measure', 'P', 'R', 'F1/acc', 'n', 'target', ''];
  const notes: string[] = [];
  const body = rows.map((r) => {
    const met = r.score !== null && r.target !== null && (r.lowerIsBetter ? r.score <= r.target : r.score >= r.target);
    const verdict = r.target === null || r.score === null ? '' : met ? 'ok' : r.lowerIsBetter ? 'above' : 'below';
    let mark = '';
    if (r.note) {
      if (!notes.includes(r.note)) notes.push(r.note);
      mark = ` [${notes.indexOf(r.note) + 1}]`;
    }
    return [r.dataset, r.kind, r.measure + mark, fmt(r.precision), fmt(r.recall), fmt(r.score), String(r.n), r.target === null ? '' : `${r.lowerIsBetter ? '≤' : '≥'}${r.target.toFixed(2)}`, verdict];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const numeric = new Set([3, 4, 5, 6, 7]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const paint = (s: string, verdict: string) => (!color ? s : verdict === 'ok' ? `\x1b[32m${s}\x1b[0m` : verdict === 'below' || verdict === 'above' ? `\x1b[31m${s}\x1b[0m` : s);
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  let previous = '';
  for (const b of body) {
    if (previous && b[0] !== previous) out.push('');
    previous = b[0];
    out.push(paint(line(b), b[8]));
  }
  if (notes.length) out.push('', ...notes.map((n, i) => `[${i + 1}] ${n}`));
  return out.join('\n');
}

/** One error with ±width characters of context, the item marked ⟦like this⟧, on one line. */
export function formatError(e: ErrorItem, text: string | undefined, width = 60): string {
  const ctx = text === undefined ? e.text : `${text.slice(Math.max(0, e.start - width), e.start)}⟦${text.slice(e.start, e.end)}⟧${text.slice(e.end, e.end + width)}`;
  return `${e.error.padEnd(7)} ${e.doc}:${e.start}-${e.end}  ${e.detail}\n        …${ctx.replace(/\s*\n\s*/gu, ' ⏎ ')}…`;
}

/** A detection row: P, R, F1 from counts; n is the number of required gold items. */
export function detectionRow(
  dataset: string,
  kind: string,
  measure: string,
  m: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null },
  target: number | null,
  note?: string,
): Row {
  return { dataset, kind, measure, precision: m.precision, recall: m.recall, score: m.f1, n: m.tp + m.fn, target, ...(note ? { note } : {}), counts: { tp: m.tp, fp: m.fp, fn: m.fn } };
}

/** An accuracy row; n is the number of items judged. */
export function accuracyRow(dataset: string, kind: string, measure: string, a: { correct: number; total: number; accuracy: number | null }, target: number | null, note?: string): Row {
  return { dataset, kind, measure, precision: null, recall: null, score: a.accuracy, n: a.total, target, ...(note ? { note } : {}), counts: { correct: a.correct, total: a.total } };
}
