// src/extract/dates.ts runs each date parser's pattern with an opening \b rewritten as (?<!\w) when
// it is case-insensitive and Unicode (V8 is some 30 times faster so): every match, at the same
// place with the same groups, must be the original pattern's.
import { describe, expect, it } from 'vitest';
import { searchablePattern } from '../src/extract/dates.ts';
import { PARSERS } from '../src/extract/dates/parsers.ts';
import { ordinaryText } from '../scripts/bench.ts';

const SENTENCES = [
  'The weekend before last, THE SAME MONTH a year earlier, later in the day, that time, the entire year.',
  'Three years ago; 12 days later, a decade ago, in two weeks’ time, the day before yesterday, tonight.',
  'Last spring and next March, this Friday morning, the first quarter of 2024, the 1990s and the nineties.',
  'In the summer of 2019, during late autumn, the 21st century, the first week of June, the following day.',
  // No boundary: inside a word, after a digit or an underscore. A boundary: after a dash, a quote, a line start.
  'xlast spring, 9today, _yesterday, next_week; —last spring, “yesterday”,\nyesterday',
  // Unicode case folding: the long s and the Kelvin sign are word characters under /iu.
  'laſt ſpring, ſtoday, \u212Aast week, tonight\u212A',
];

const matches = (pattern: RegExp, text: string) => {
  const re = new RegExp(pattern.source, pattern.flags);
  return [...text.matchAll(re)].map((m) => [m.index, ...m]);
};

describe('date patterns as run (searchablePattern)', () => {
  const text = `${SENTENCES.join('\n')}\n${ordinaryText(60_000, 11)}`;

  it('rewrites the case-insensitive Unicode patterns that open with \\b, and only those', () => {
    const rewritten = PARSERS.filter(({ pattern }) => searchablePattern(pattern) !== pattern);
    expect(rewritten.length).toBeGreaterThan(10);
    for (const { pattern } of rewritten) expect([pattern.flags.includes('i'), pattern.flags.includes('u'), pattern.source.startsWith('\\b')]).toEqual([true, true, true]);
  });

  it.each(PARSERS.map(({ pattern }, i) => [i, pattern]))('parser %i finds the same matches, groups and places', (_i, pattern) => {
    expect(matches(searchablePattern(pattern), text)).toEqual(matches(pattern, text));
  });

  it('is not vacuous: the sentences hold matches of most rewritten patterns', () => {
    const rewritten = PARSERS.map(({ pattern }) => pattern).filter((p) => searchablePattern(p) !== p);
    const hit = rewritten.filter((p) => matches(p, SENTENCES.join('\n')).length > 0);
    expect(hit.length).toBeGreaterThan(rewritten.length / 2);
  });
});
