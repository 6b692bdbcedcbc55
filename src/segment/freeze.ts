// compromise's "freeze" step tags the words of its frozen lexicon ("prime minister" → Actor,
// "labour party" → Organization) so that no later rule retags them. For every word that starts any
// multi-word lexicon entry ("new", "united", "prime": thousands of them) it joins the next words
// into strings of every length and looks each up, though only 95 entries are frozen: a tenth of
// the tagging time spent on lookups that cannot succeed. This is the same step, trying the joined
// strings only after a word that starts a frozen entry; every tag it sets is the same.
//
// Checked against compromise's own step by test/segment-sweep.test.ts; re-check it when compromise
// is upgraded (it replaces `compute.freeze`, compromise 14.x's 1-one/freeze/compute.js).

interface FreezeTerm {
  machine?: string;
  normal: string;
  frozen?: boolean;
}

interface FreezeWorld {
  model: { one: { frozenLex: Record<string, string>; _multiCache?: Record<string, number> } };
  methods: { one: { setTag(terms: FreezeTerm[], tag: string, world: FreezeWorld, safe: boolean, reason: string): void } };
}

/** Every start of a frozen multi-word entry, up to each of its spaces ("prime" of "prime minister"). */
const starts = new WeakMap<object, { size: number; set: Set<string> }>();

function frozenStarts(frozenLex: Record<string, string>): Set<string> {
  const keys = Object.keys(frozenLex);
  let cached = starts.get(frozenLex);
  // Rebuilt if words were frozen since (compromise's addWords can add some).
  if (!cached || cached.size !== keys.length) {
    const set = new Set<string>();
    for (const key of keys) for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) set.add(key.slice(0, at));
    cached = { size: keys.length, set };
    starts.set(frozenLex, cached);
  }
  return cached.set;
}

/** Drop-in for compromise's `compute.freeze(view)`: tags and marks frozen the words of its frozen lexicon. */
export function freeze(view: { world: FreezeWorld; docs: FreezeTerm[][] }): void {
  const world = view.world;
  const setTag = world.methods.one.setTag;
  const { frozenLex } = world.model.one;
  const multi = world.model.one._multiCache || {};
  const multiStarts = frozenStarts(frozenLex);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i];
      const word = t.machine || t.normal;
      // The joined strings begin with this word and a space, so no frozen entry matches unless one starts so.
      if (multi[word] !== undefined && terms[i + 1] && multiStarts.has(word)) {
        const end = i + multi[word] - 1;
        for (let k = end; k > i; k -= 1) {
          const words = terms.slice(i, k + 1);
          const str = words.map((term) => term.machine || term.normal).join(' ');
          if (Object.prototype.hasOwnProperty.call(frozenLex, str)) {
            setTag(words, frozenLex[str], world, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
      }
      if (frozenLex[word] !== undefined && Object.prototype.hasOwnProperty.call(frozenLex, word)) {
        setTag([t], frozenLex[word], world, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}
