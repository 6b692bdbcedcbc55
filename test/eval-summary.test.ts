// `npm run eval -- --summary`: the means the accuracy work is judged on (README, "Accuracy, measured").
import { describe, expect, it } from 'vitest';
import { formatSummary, halfGroups, meanOver, SUMMARY_MEASURES } from '../scripts/eval/summary.ts';
import type { Row } from '../scripts/eval/report.ts';

const row = (dataset: string, kind: string, measure: string, score: number | null): Row => ({ dataset, kind, measure, precision: null, recall: null, score, n: 10, target: null });
const speakers = SUMMARY_MEASURES.find((m) => m.label === 'speakers')!;
const spk = (dataset: string, score: number | null) => row(dataset, speakers.kind, speakers.measure, score);

describe('eval summary', () => {
  it('groups development and figures-only halves and leaves MEANTIME and the seeds out', () => {
    const groups = halfGroups([spk('blind-dev', 1), spk('blind-test2', 1), spk('meantime', 1), spk('seeds', 1), spk('blind-dev3', 1)]);
    expect(groups).toEqual([
      { name: 'development', datasets: ['blind-dev', 'blind-dev3'] },
      { name: 'figures only', datasets: ['blind-test2'] },
    ]);
  });

  it('averages halves, each once whatever its size, skipping a null score', () => {
    const rows = [spk('blind-test', 0.8), spk('blind-test2', 0.9), spk('blind-test3', null), row('blind-test', 'quotes', 'other measure', 0)];
    expect(meanOver(rows, ['blind-test', 'blind-test2', 'blind-test3'], speakers)).toBeCloseTo(0.85);
    expect(meanOver(rows, ['blind-dev'], speakers)).toBeNull();
  });

  it('compares with an earlier run on the halves both have, so a new half moves no mean', () => {
    const before = [spk('blind-test', 0.8), spk('blind-test2', 0.9)];
    const now = [spk('blind-test', 0.9), spk('blind-test2', 0.9), spk('blind-test3', 0.1)];
    const out = formatSummary(now, before);
    expect(out).toContain('| figures only | 2 |');
    expect(out).toContain('0.8500 → **0.9000**');
    expect(out).toContain('1 rows moved:');
    expect(out).toContain('blind-test · quotes · speaker accuracy (all spans): 0.8000 → 0.9000');
    expect(formatSummary(before, before)).toContain('no row moved');
  });
});

describe('eval data folder', () => {
  it('reads MEANTIME from $FACTS_SHARED when set, so a checkout elsewhere still scores it, and from ../shared otherwise', async () => {
    const { sharedDir } = await import('../scripts/eval/paths.ts');
    expect(sharedDir({ FACTS_SHARED: '/data/facts-shared' }, '/src/facts')).toBe('/data/facts-shared');
    expect(sharedDir({}, '/src/facts')).toBe('/src/shared');
  });
});
