// compromise's post-tagger runs its match rules through one "sweep": per sentence (cut at commas),
// a set of what the sentence holds (words, "#Tag"s), the rules hooked to any of those, trimmed to
// the rules whose needs are all there, then matched. Its selection step walks every hook key of the
// rule net for every sentence, concatenates lists and de-duplicates them through an object keyed
// by the rule's text: about half of the post-tagger's time on news text, more than the matching.
// This is the same selection, driven by the sentence's own set (a dozen items) instead of the net's
// keys, with the rules in exactly compromise's order (the order decides which tag wins when two
// rules tag one word). The result is the same list of matches, so the same tags.
//
// Checked against compromise's own sweep on a corpus by test/segment-sweep.test.ts; re-check it
// when compromise is upgraded (it replaces `methods.one.bulkMatch`, compromise 14.x's sweep).

/** A post-tagger rule as compromise's buildNet leaves it (only what the selection reads). */
interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
  unTag?: unknown;
}

interface RuleNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], rule: SweepRule): { ptrs: number[][] };
  };
}

type Found = SweepRule & { pointer: number[] };

/** The net's hook keys in the order compromise's getHooks walks them, and their rule lists. */
interface NetIndex {
  position: Map<string, number>;
  lists: SweepRule[][];
  /** Per list, each rule's number: one per distinct rule text (compromise de-duplicates by text). */
  textIds: number[][];
  /** Per rule text, the sentence it was last seen in (a stamp, so nothing is cleared per sentence). */
  seenIn: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<object, NetIndex>();

function indexOf(hooks: Record<string, SweepRule[]>): NetIndex {
  let index = indexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const ids = new Map<string, number>();
    const lists = keys.map((k) => hooks[k]);
    const textIds = lists.map((list) => list.map((rule) => ids.get(rule.match) ?? (ids.set(rule.match, ids.size), ids.size - 1)));
    index = { position: new Map(keys.map((k, i) => [k, i])), lists, textIds, seenIn: new Int32Array(ids.size), stamp: 0 };
    indexes.set(hooks, index);
  }
  return index;
}

/** compromise's trim-down: every need present, no "ifNo" present, enough of the wants present. */
function applies(rule: SweepRule, haves: Set<string>, termCount: number): boolean {
  if (termCount < rule.minWords) return false;
  for (const need of rule.needs) if (!haves.has(need)) return false;
  if (rule.ifNo !== undefined && rule.ifNo.some((no) => haves.has(no))) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const want of rule.wants) if (haves.has(want)) found++;
  return found >= rule.minWant;
}

/** The rules worth matching on one sentence, in compromise's order. */
function candidates(net: RuleNet, index: NetIndex, haves: Set<string>, termCount: number): SweepRule[] {
  const present: number[] = [];
  for (const item of haves) {
    const at = index.position.get(item);
    if (at !== undefined) present.push(at);
  }
  present.sort((a, b) => a - b);
  // The first rule with a given text wins, whether or not it applies (compromise de-duplicates before it trims).
  if (index.stamp === 0x7fffffff) {
    index.seenIn.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const rules: SweepRule[] = [];
  for (const at of present) {
    const list = index.lists[at];
    const ids = index.textIds[at];
    for (let r = 0; r < list.length; r++) {
      if (index.seenIn[ids[r]] === stamp) continue;
      index.seenIn[ids[r]] = stamp;
      if (applies(list[r], haves, termCount)) rules.push(list[r]);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) rules.push(rule);
  return rules;
}

/**
 * Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`: the matches of
 * `net`'s rules on `document` (sentences of terms), each a copy of its rule with `pointer`
 * [sentence, start, end] in terms; `opts.matchOne` stops at the first.
 */
export function bulkMatch(document: unknown[][], net: RuleNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Found[] {
  const index = indexOf(net.hooks);
  const docCache = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of candidates(net, index, docCache[n], document[n].length)) {
      const res = methods.one.match([document[n]], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Found = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
