// English number words → values: "twenty-two" → 22, "a dozen" → 12,
// "two hundred and five" → 205, "one and a half" → 1.5, "half a million" →
// 500000, "two point five" → 2.5.
//
// The regular-expression source below is for finding candidate runs; it is
// bounded (at most MAX_WORDS words) so that a megabyte of "one one one …"
// costs linear time. parseNumberWords then decides whether a run is a number.

const SMALL: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9,
  // The Indian numbering system's scales, in South Asian English news: "Rs 112 crore", "5 lakh".
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
};

/** Powers of ten of the scale words, for exact decimal arithmetic ("2.5 million"). */
export const SCALE_EXPONENTS: Record<string, number> = {
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, mln: 6, bln: 9,
  k: 3, m: 6, b: 9, dozen: 0, lakh: 5, lakhs: 5, lac: 5, lacs: 5, crore: 7, crores: 7,
};

const DOZEN = 12;
const FRACTIONS: Record<string, number> = { half: 2, quarter: 4, quarters: 4, third: 3, thirds: 3 };

/** Ordinal words ("first", "twenty-third"): never counts. */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];
const WORD_ALTERNATION = [...Object.keys(SMALL), ...SCALE_WORDS].sort((a, b) => b.length - a.length).join('|');

/** Longest run of words considered as one number ("nine hundred ninety-nine thousand …"). */
export const MAX_WORDS = 12;

// "two-and-a-quarter": some papers hyphenate a whole number and its fraction.
const SEP = '(?:[ \\t]+and[ \\t]+(?:a[ \\t]+)?|-and-(?:a-)?|[ \\t]*-[ \\t]*|[ \\t]+)';
const SCALE_AHEAD = '(?=(?:hundred|thousand|million|billion|trillion|dozen)\\b)';

/**
 * A run of number words: "twenty-two", "two hundred and five", "a dozen", "three million",
 * "one and a half", "half a million", "a quarter of a million", "three quarters billion".
 * "a"/"an" only count in front of a scale ("a dozen", "a million"): alone they are articles.
 * Bounded: no catastrophic backtracking.
 */
export const NUMBER_WORDS_SOURCE =
  `(?:(?:a|an)[ \\t]+${SCALE_AHEAD}|(?:(?:a|an|one|two|three)[ \\t]+)?(?:half|quarters?|thirds?)[ \\t]+(?:(?:of[ \\t]+)?an?[ \\t]+)?${SCALE_AHEAD})?` +
  `(?:${WORD_ALTERNATION})(?:${SEP}(?:${WORD_ALTERNATION}|half|quarters?|thirds?|dozens)){0,${MAX_WORDS - 1}}`;


export function isOrdinalWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w in ORDINALS) return true;
  // "twenty-first", "thirty-second"
  const parts = w.split('-');
  return parts.length === 2 && parts[0] in SMALL && parts[1] in ORDINALS;
}

/** Value of an ordinal word ("third" → 3, "twenty-first" → 21), or null. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w in ORDINALS) return ORDINALS[w];
  const parts = w.split(/[-\s]+/u);
  if (parts.length === 2 && parts[0] in SMALL && SMALL[parts[0]] >= 20 && SMALL[parts[0]] % 10 === 0 && parts[1] in ORDINALS && ORDINALS[parts[1]] < 10) {
    return SMALL[parts[0]] + ORDINALS[parts[1]];
  }
  return null;
}

/**
 * Value of a number-word phrase, or null when the words do not form one number
 * ("hundred hundred", "two two"). Handles "and a half", "half a million",
 * "a dozen", "three dozen", "two point five".
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w);
  if (!words.length) return null;
  // "two point five", "nine point nought four"
  const point = words.indexOf('point');
  if (point > 0) {
    const whole = parseNumberWords(words.slice(0, point).join(' '));
    const digits = words.slice(point + 1);
    if (whole === null || !digits.length || digits.length > 8) return null;
    let frac = '';
    for (const d of digits) {
      const n = SMALL[d];
      if (n === undefined || n > 9) return null;
      frac += String(n);
    }
    return Number(`${whole}.${frac}`);
  }
  // "half a million", "a quarter of a million", "three quarters billion", "half a dozen"
  const fractionAt = words.findIndex((w) => w in FRACTIONS);
  if (fractionAt >= 0 && fractionAt <= 1 && !(words[fractionAt - 1] === 'a' && words[fractionAt - 2] === 'and')) {
    const numerator = fractionAt === 0 ? 1 : parseNumberWords(words[0]);
    let rest = words.slice(fractionAt + 1);
    if (rest[0] === 'of') rest = rest.slice(1);
    if (rest[0] === 'a' || rest[0] === 'an') rest = rest.slice(1);
    if (numerator === null || !rest.length || !(rest[0] in SCALES || rest[0] === 'dozen')) return null;
    const whole = parseNumberWords(rest.join(' '));
    return whole === null ? null : (numerator * whole) / FRACTIONS[words[fractionAt]];
  }
  if (words.length === 1 && words[0] === 'dozens') return null;
  // "one and a half (million)", "two and a quarter", "three and three quarters"
  const halfAt = words.findIndex(
    (w, i) =>
      i >= 3 && words[i - 2] === 'and' &&
      ((/^(?:half|quarter|third)$/u.test(w) && words[i - 1] === 'a') || (/^(?:quarters|thirds)$/u.test(w) && SMALL[words[i - 1]] > 1 && SMALL[words[i - 1]] < FRACTIONS[w])),
  );
  if (halfAt > 0) {
    const whole = parseNumberWords(words.slice(0, halfAt - 2).join(' '));
    if (whole === null) return null;
    const fraction = (words[halfAt - 1] === 'a' ? 1 : SMALL[words[halfAt - 1]]) / FRACTIONS[words[halfAt]];
    const tail = words.slice(halfAt + 1);
    if (!tail.length) return whole + fraction;
    // "one and a half million": the scale applies to the whole.
    if (tail.length === 1 && (tail[0] in SCALES || tail[0] === 'dozen')) {
      const scale = tail[0] === 'dozen' ? DOZEN : SCALES[tail[0]];
      return (whole + fraction) * scale;
    }
    return null;
  }
  const filtered = words.filter((w) => w !== 'and');
  if (filtered[0] === 'a' || filtered[0] === 'an') filtered[0] = 'one';
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = Infinity;
  for (const word of filtered) {
    if (word in SMALL) {
      const n = SMALL[word];
      // "twenty two" is 22, but "two two" and "twenty thirty" are not numbers.
      if (current % 100 !== 0 && (n >= 10 || current % 10 !== 0)) return null;
      if (current % 10 !== 0 && n < 10) return null;
      current += n;
      seen = true;
    } else if (word === 'dozen' || word === 'dozens') {
      current = (current || 1) * DOZEN;
      seen = true;
    } else if (word === 'hundred') {
      if (current >= 100) return null;
      current = (current || 1) * 100;
      seen = true;
    } else if (word in SCALES) {
      const scale = SCALES[word];
      // "million thousand" is not a number: scales must fall, with a number before each.
      if (scale >= lastScale || (seen && current === 0)) return null;
      lastScale = scale;
      total += (current || 1) * scale;
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}
