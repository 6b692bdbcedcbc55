import type { Span } from '../types.ts';

/**
 * A test of whether a span overlaps any of `exclude` (code-point spans, end exclusive), answered by
 * one binary search: spans are sorted once, with a running maximum of their ends, so n queries on
 * m spans cost O((n + m) log m), not O(n·m) (an adversarial document has thousands of each).
 */
export function excluder(exclude: readonly Span[]): (s: Span) => boolean {
  const spans = [...exclude].sort((a, b) => a.start - b.start);
  // Running maximum of ends, so that one binary search answers overlap queries.
  const maxEnd: number[] = [];
  let running = -Infinity;
  for (const s of spans) {
    running = Math.max(running, s.end);
    maxEnd.push(running);
  }
  return (s: Span) => {
    // Last excluded span starting before s.end.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > s.start;
  };
}
