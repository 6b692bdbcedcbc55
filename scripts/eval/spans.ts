// Span arithmetic and a deterministic one-to-one matcher.

export interface Spanned {
  start: number;
  end: number;
}

const QUOTE_EDGE = /[\s"“”„‘’'«»,.;:!?…]/u;

/**
 * A quote's span with surrounding whitespace, quotation marks and sentence
 * punctuation (, . ; : ! ? …) trimmed: “very good,” and “very good” are one quote.
 */
export function trimQuoteSpan(text: string, span: Spanned): Spanned {
  let { start, end } = span;
  while (start < end && QUOTE_EDGE.test(text[start])) start++;
  while (end > start && QUOTE_EDGE.test(text[end - 1])) end--;
  return { start, end };
}

/** Length of the intersection of two half-open spans (0 when they only touch). */
export function overlap(a: Spanned, b: Spanned): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function sameSpan(a: Spanned, b: Spanned): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * One-to-one matching of gold to system items. `score` says how well a pair
 * matches (null or ≤ 0: not at all). Pairs are taken greedily, best score
 * first, ties by gold then system position, so the result never depends on
 * input order beyond positions. Returns [gold index, system index] pairs.
 */
export function matchOneToOne<G extends Spanned, S extends Spanned>(
  gold: readonly G[],
  system: readonly S[],
  score: (g: G, s: S) => number | null,
): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const v = score(g, s);
      if (v !== null && v > 0) candidates.push([v, gi, si]);
    }),
  );
  candidates.sort(
    ([v1, g1, s1], [v2, g2, s2]) =>
      v2 - v1 || gold[g1].start - gold[g2].start || system[s1].start - system[s2].start || g1 - g2 || s1 - s2,
  );
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, gi, si] of candidates) {
    if (usedG.has(gi) || usedS.has(si)) continue;
    usedG.add(gi);
    usedS.add(si);
    pairs.push([gi, si]);
  }
  return pairs.sort(([a], [b]) => a - b);
}

/** Overlap score normalised by the union, so a closer span wins a tie of raw overlap. */
export function overlapScore(a: Spanned, b: Spanned): number | null {
  const o = overlap(a, b);
  if (o === 0) return null;
  return o / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export interface Detection<G, S> {
  /** Matched pairs whose gold item is required. */
  matched: { gold: G; system: S }[];
  /** System items matched to nothing (false positives). */
  spurious: S[];
  /** Required gold items matched by nothing (false negatives). */
  missed: G[];
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Detection against gold that may hold optional (borderline) items: a system
 * item matched to an optional gold item is neither a hit nor a false positive,
 * and an unmatched optional item is not a miss.
 */
export function detect<G extends Spanned & { optional?: boolean }, S extends Spanned>(
  gold: readonly G[],
  system: readonly S[],
  score: (g: G, s: S) => number | null,
): Detection<G, S> {
  const pairs = matchOneToOne(gold, system, score);
  const goldHit = new Set(pairs.map(([g]) => g));
  const sysHit = new Set(pairs.map(([, s]) => s));
  const matched = pairs.filter(([g]) => !gold[g].optional).map(([g, s]) => ({ gold: gold[g], system: system[s] }));
  const spurious = system.filter((_, i) => !sysHit.has(i));
  const missed = gold.filter((g, i) => !g.optional && !goldHit.has(i));
  return { matched, spurious, missed, tp: matched.length, fp: spurious.length, fn: missed.length };
}
