// One quote carried by several outlets with small edits ("Mr. Putin" / "President Putin",
// "requests and needs" / "requests and their needs", a sentence more or less) is one quote.
// Quotes of at least MIN_WORDS words are compared by their word pairs (bigrams): two are one
// when most of the shorter one's shingles are in the longer one. Shorter quotes ("very good")
// must match exactly (after quoteKey's normalization).
import { compareCodeUnits } from '../util/collections.ts';

const MIN_WORDS = 8;
const SHINGLE = 2;
// Share of the shorter quote's shingles found in the longer one for the two to be one quote.
const MIN_OVERLAP = 0.65;
// A shingle found in this many quotes is boilerplate, not evidence, and is not indexed.
const MAX_POSTINGS = 50;

function words(key: string): string[] {
  return key.replace(/[^\p{L}\p{N}\s']/gu, ' ').split(/\s+/u).filter(Boolean);
}

function shingles(key: string): Set<string> {
  const w = words(key);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** A quote too short to be told apart from the same words said by someone else ("It was dark"): under MIN_WORDS words. */
export function isShortQuote(key: string): boolean {
  return words(key).length < MIN_WORDS;
}

/**
 * Maps every quote key to the key that stands for its cluster: the longest key of the cluster,
 * ties broken by code-unit order, so the result does not depend on input order.
 */
export function quoteClusters(keys: readonly string[]): Map<string, string> {
  const sorted = [...new Set(keys)].sort(compareCodeUnits);
  const parent = sorted.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const sets = sorted.map((k) => (words(k).length >= MIN_WORDS ? shingles(k) : new Set<string>()));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const s of set) {
      const list = postings.get(s)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (count >= MIN_OVERLAP * Math.min(set.size, sets[j].size)) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const representative = new Map<number, string>();
  sorted.forEach((k, i) => {
    const root = find(i);
    const current = representative.get(root);
    if (current === undefined || k.length > current.length) representative.set(root, k);
  });
  return new Map(sorted.map((k, i) => [k, representative.get(find(i))!]));
}
