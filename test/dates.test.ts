// Table-driven tests of the date rules (fixtures/extract/dates.json), plus the
// properties every input must keep: no crash, no date in plain prose, linear time.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDates, resolveTimex } from '../src/extract/dates.ts';
import { ROOT } from './helpers/cli.ts';
import { sourcesWork } from './helpers/work.ts';

interface Expected {
  text: string;
  timex: string;
  value: string | null;
}
interface Case {
  rule: string;
  text: string;
  refDate?: string | null;
  expect: Expected[];
}
const table = JSON.parse(readFileSync(new URL('../fixtures/extract/dates.json', import.meta.url), 'utf8')) as {
  defaultRefDate: string;
  cases: Case[];
  nothing: string[];
};

describe('dates: table', () => {
  it.each(table.cases)('$rule: $text', (c) => {
    const ref = c.refDate === undefined ? table.defaultRefDate : c.refDate;
    const got = extractDates(c.text, ref).map((d) => ({ text: d.text, timex: d.timex, value: d.value }));
    expect(got).toEqual(c.expect);
  });

  it.each(table.nothing)('no date in %j', (text) => {
    expect(extractDates(text, table.defaultRefDate)).toEqual([]);
  });

  it('spans point at the text they quote', () => {
    for (const c of table.cases) {
      for (const d of extractDates(c.text, table.defaultRefDate)) expect(c.text.slice(d.start, d.end)).toBe(d.text);
    }
  });
});

describe('dates: resolution', () => {
  it.each([
    // [timex, refDate, direction, value]
    ['2025-03-19', null, undefined, '2025-03-19'],
    ['XXXX-WXX-3', null, undefined, null],
    ['XXXX-WXX-1', '2025-03-19', 'past', '2025-03-17'],
    ['XXXX-WXX-5', '2025-03-19', 'past', '2025-03-14'],
    ['XXXX-WXX-5', '2025-03-19', 'future', '2025-03-21'],
    ['XXXX-WXX-3', '2025-03-19', 'past-strict', '2025-03-12'],
    ['XXXX-WXX-3', '2025-03-19', 'future-strict', '2025-03-26'],
    ['XXXX-12', '2025-01-10', 'nearest', '2024-12'],
    ['XXXX-02', '2025-12-20', 'nearest', '2026-02'],
    ['XXXX-06-17', '2025-06-09', 'nearest', '2025-06-17'],
    ['XXXX-09-01', '2025-03-19', 'nearest', '2024-09-01'],
    ['XXXX-Q4', '2025-01-18', 'nearest', '2024-Q4'],
    ['XXXX-Q4', '2025-08-19', 'nearest', '2025-Q4'],
    ['REF-1D', '2025-03-01', undefined, '2025-02-28'],
    ['REF-1D', '2024-03-01', undefined, '2024-02-29'],
    ['REF+0W', '2025-01-01', undefined, '2025-W01'],
    ['REF-1W', '2021-01-03', undefined, '2020-W52'],
    ['REF+0W', '2020-12-31', undefined, '2020-W53'],
    ['REF-1M', '2025-01-15', undefined, '2024-12'],
    ['REF+1M', '2025-12-15', undefined, '2026-01'],
    ['REF-1Q', '2025-02-01', undefined, '2024-Q4'],
    ['REF+1Y-10', '2009-05-15', undefined, '2010-10'],
    // "a month from tomorrow" on January 30: tomorrow is the 31st, a month on is February's last day.
    ['REF+1M+1D', '2025-01-30', undefined, '2025-02-28'],
    ['REF+1Y+1D', '2024-02-28', undefined, '2025-02-28'],
    ['REF+1M-1D', '2025-03-01', undefined, '2025-03-28'],
    ['REF-1Y-Q1', '2009-05-07', undefined, '2008-Q1'],
    ['REF+1W-1', '2025-03-19', undefined, '2025-03-24'],
    ['REF-1DT15:00', '2025-03-19', undefined, '2025-03-18T15:00'],
    ['REF-1E', '2011-01-17', undefined, '200'],
    ['XXXX-XX-XXT20:50', '2025-03-19', undefined, '2025-03-19T20:50'],
    ['XXXX-WI', '2025-03-19', 'past-strict', '2024-WI'],
    // A lunar feast from its table; outside the table's years (2001–2035) no day can be given.
    ['XXXX-LUNARNY', '2026-11-25', 'future', '2027-02-06'],
    ['XXXX-DIWALI', '2024-12-01', 'past', '2024-11-01'],
    ['XXXX-DIWALI', '2040-06-01', 'nearest', null],
  ] as const)('%s at %s (%s) → %s', (timex, ref, direction, value) => {
    expect(resolveTimex(timex, ref, direction)).toBe(value);
  });

  it('a malformed reference date gives null, not an exception', () => {
    expect(resolveTimex('REF-1D', '2025-02-30')).toBeNull();
    expect(resolveTimex('REF-1D', 'yesterday')).toBeNull();
    expect(resolveTimex('XXXX-WXX-3', '')).toBeNull();
    expect(extractDates('It happened on Wednesday.', 'not a date')).toEqual([{ start: 15, end: 24, text: 'Wednesday', timex: 'XXXX-WXX-3', value: null }]);
  });

  it('an impossible calendar date is not a date', () => {
    expect(extractDates('The deadline is February 30, 2025.', '2025-03-19').map((d) => d.timex)).not.toContain('2025-02-30');
  });
});

describe('dates: robustness', () => {
  const odd = [
    '', ' ', '\n\n', 'a second quarter loss', 'Q5 Q0 H3', '99/99/9999', '2025-13-45', '31/02/2024', '00:99 p.m.',
    'May May May', 'the 0s', 'March 0', '12:60', '3 p.m. p.m. p.m.', 'last last last week', '2025-', '-2025-',
    'ago ago ago', 'one one one years ago', '\u0000\uffff', '🙂 on Tuesday 🙂', 'Wednesday'.repeat(50),
  ];
  it.each(odd)('does not throw on %j', (text) => {
    for (const ref of ['2025-03-19', null, '0000-01-01', '9999-12-31']) {
      const dates = extractDates(text, ref);
      for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });

  // Each pattern is repeated to about 1 MB; a regular expression that backtracked
  // catastrophically, or a quadratic overlap check, would take minutes here.
  // Counted work (V8's block counters in src/), not time: the same on any machine under any load.
  // A regular expression that backtracked catastrophically would not finish within the timeout.
  const work = sourcesWork(ROOT);
  beforeAll(() => work.start());
  afterAll(() => work.stop());

  it.each(['1 ', '- ', 'one ', '2020 ', 'May 5, ', 'Tuesday ', '12:30 ', 'three years '])(
    'stays linear on 1 MB of %j',
    async (unit) => {
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const small = big.slice(0, 100_000);
      const smallWork = await work.measure(() => void extractDates(small, '2025-03-19'));
      const bigWork = await work.measure(() => void extractDates(big, '2025-03-19'));
      // Ten times the text: linear code does ten times the work, quadratic code a hundred times.
      expect(bigWork, `${smallWork} → ${bigWork}`).toBeLessThanOrEqual(15 * smallWork);
    },
    120_000,
  );
});
