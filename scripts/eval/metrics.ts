// The arithmetic of the harness: precision / recall / F1, accuracy, B³.
// A ratio with an empty denominator is null ("no evidence"), never 0 or 1.

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function harmonic(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** P = tp / (tp + fp), R = tp / (tp + fn), F1 their harmonic mean. */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: harmonic(precision, recall) };
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

export interface B3 {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  n: number;
}

/**
 * B³ (Bagga & Baldwin 1998) over items that carry a gold cluster and a
 * system cluster. For each item: precision = |S ∩ G| / |S|, recall =
 * |S ∩ G| / |G|, where S and G are the item's system and gold clusters
 * restricted to the items given; the scores are the means over items.
 */
export function b3(items: readonly { gold: string; system: string }[]): B3 {
  if (items.length === 0) return { precision: null, recall: null, f1: null, n: 0 };
  const goldSize = new Map<string, number>();
  const sysSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const { gold, system } of items) {
    goldSize.set(gold, (goldSize.get(gold) ?? 0) + 1);
    sysSize.set(system, (sysSize.get(system) ?? 0) + 1);
    const k = JSON.stringify([gold, system]);
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const { gold, system } of items) {
    const common = both.get(JSON.stringify([gold, system]))!;
    p += common / sysSize.get(system)!;
    r += common / goldSize.get(gold)!;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: harmonic(precision, recall), n: items.length };
}
