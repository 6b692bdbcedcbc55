// The blind set's halves summed up: one line per group of halves (development, figures-only), the
// mean of each headline measure over the group, and, given an earlier `--json` output, the same
// means then and now. Rules are chosen on these means (README, "Accuracy, measured"): one half moves
// by a single article, a mean over ten halves by a rule that generalises.
import type { Row } from './report.ts';

/** A headline measure: the row (kind, measure) of each half, and a short label. */
export interface SummaryMeasure {
  label: string;
  kind: string;
  measure: string;
  lowerIsBetter?: boolean;
}

export const SUMMARY_MEASURES: readonly SummaryMeasure[] = [
  { label: 'entities', kind: 'entities', measure: 'mentions (exact span+type)' },
  { label: 'types', kind: 'entities', measure: 'type accuracy (on exact spans)' },
  { label: 'speakers', kind: 'quotes', measure: 'speaker accuracy (all spans)' },
  { label: 'false attr.', kind: 'quotes', measure: 'false attribution (gold null, system names one)', lowerIsBetter: true },
  { label: 'date value', kind: 'dates', measure: 'value accuracy (exact)' },
  { label: 'units', kind: 'numbers', measure: 'unit accuracy' },
  { label: 'num. det.', kind: 'numbers', measure: 'detection (overlap)' },
];

/**
 * The groups of halves: `development` (blind-dev…, errors read), `figures only` (blind-test…, nobody
 * reads their errors). A half is in a group when one of its rows is in `rows`.
 */
export function halfGroups(rows: readonly Row[]): { name: string; datasets: string[] }[] {
  const datasets = [...new Set(rows.map((r) => r.dataset))];
  return [
    { name: 'development', datasets: datasets.filter((d) => d.startsWith('blind-dev')) },
    { name: 'figures only', datasets: datasets.filter((d) => d.startsWith('blind-test')) },
  ].filter((g) => g.datasets.length > 0);
}

/**
 * The mean of one measure over `datasets` (each half counts once, whatever its size; halves with no
 * such row, or a null score, are left out). Null when no half has the measure.
 */
export function meanOver(rows: readonly Row[], datasets: readonly string[], m: SummaryMeasure): number | null {
  const wanted = new Set(datasets);
  const scores = rows.filter((r) => wanted.has(r.dataset) && r.kind === m.kind && r.measure === m.measure && r.score !== null).map((r) => r.score!);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

const fmt = (x: number | null): string => (x === null ? '–' : x.toFixed(4));

/**
 * A Markdown table: one row per group (with its number of halves), one column per headline
 * measure. With `before` (the rows of an earlier `--json` run), each cell reads "before → now" where
 * the two differ, and the groups are those of `rows` restricted to halves both runs have, so that a
 * half added since does not move a mean.
 */
export function formatSummary(rows: readonly Row[], before?: readonly Row[]): string {
  const shared = before ? new Set(before.map((r) => r.dataset)) : null;
  const lines = [`| halves | n | ${SUMMARY_MEASURES.map((m) => m.label + (m.lowerIsBetter ? ' (lower is better)' : '')).join(' | ')} |`, `| --- | --- |${' --- |'.repeat(SUMMARY_MEASURES.length)}`];
  for (const g of halfGroups(rows)) {
    const datasets = shared ? g.datasets.filter((d) => shared.has(d)) : g.datasets;
    const cells = SUMMARY_MEASURES.map((m) => {
      const now = meanOver(rows, datasets, m);
      if (!before) return fmt(now);
      const then = meanOver(before, datasets, m);
      return then === now || (then !== null && now !== null && Math.abs(then - now) < 5e-5) ? fmt(now) : `${fmt(then)} → **${fmt(now)}**`;
    });
    lines.push(`| ${g.name} | ${datasets.length} | ${cells.join(' | ')} |`);
  }
  if (before) {
    // Every other row that moved: MEANTIME, the seeds and single halves, so that a mean that holds
    // still cannot hide a half that fell.
    const old = new Map(before.map((r) => [`${r.dataset}\t${r.kind}\t${r.measure}`, r.score]));
    const moved = rows.filter((r) => {
      const key = `${r.dataset}\t${r.kind}\t${r.measure}`;
      return old.has(key) && old.get(key) !== r.score;
    });
    lines.push('', moved.length ? `${moved.length} rows moved:` : 'no row moved');
    for (const r of moved) lines.push(`  ${r.dataset} · ${r.kind} · ${r.measure}: ${fmt(old.get(`${r.dataset}\t${r.kind}\t${r.measure}`) ?? null)} → ${fmt(r.score)}`);
  }
  return lines.join('\n');
}
