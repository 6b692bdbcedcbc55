// English number words → values: "twenty-two" → 22, "a dozen" → 12,
// "two hundred and five" → 205, "2.5 million" → 2500000.

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  bn: 1e9, mn: 1e6,
};

const DOZEN = 12;

const WORD_ALTERNATION = [...Object.keys(SMALL), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * A run of number words: "twenty-two", "two hundred and five", "a dozen", "three million".
 * "a"/"an" only count in front of a scale ("a dozen", "a million"): alone they are articles.
 */
export const NUMBER_WORDS_SOURCE = `(?:(?:a|an)[ \\t]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\\b))?(?:${WORD_ALTERNATION})(?:(?:[ \\t]+and[ \\t]+|[ \\t]*-[ \\t]*|[ \\t]+)(?:${WORD_ALTERNATION}))*`;

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in SMALL || w in SCALES || w === 'dozen' || w === 'dozens';
}

/** Value of a number-word phrase, or null when the words do not form a number ("hundred hundred"). */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w && w !== 'and');
  if (words[0] === 'a' || words[0] === 'an') words[0] = 'one';
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word in SMALL) {
      const n = SMALL[word];
      // "twenty two" is 22, but "two two" is not a number.
      if (current % 100 !== 0 && (n >= 10 || current % 10 !== 0)) return null;
      if (current % 10 !== 0 && n < 10) return null;
      current += n;
      seen = true;
    } else if (word === 'dozen') {
      current = (current || 1) * DOZEN;
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (word in SCALES) {
      const scale = SCALES[word];
      total += (current || 1) * scale;
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}
