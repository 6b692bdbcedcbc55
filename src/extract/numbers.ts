// Cardinal quantities with what they count: "175 prisoners" → 175 prisoner,
// "a 30-day truce" → 30 day, "$2.5 million" → 2500000 USD, "about an hour" is
// not a number (an article), "one of the greatest" is not a count.
import type { NumberCandidate, Span } from '../types.ts';
import { singularize, tokenAt, type SegmentedDocument, type Token } from '../segment/index.ts';
import { NUMBER_WORDS_SOURCE, SCALES, parseNumberWords } from './number-words.ts';

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY', yuan: 'CNY', rouble: 'RUB', ruble: 'RUB',
  rupee: 'INR', hryvnia: 'UAH', franc: 'CHF',
};
const SCALE = '(thousand|million|billion|trillion|bn|mn)';

// Digits: "1,200", "2.5", "$99", "US$ 3 million", "40%". The look-behind keeps
// digits that belong to a name ("Shahed-136", "G7") or another number out.
const DIGITS = new RegExp(
  `(?<![\\p{L}\\d.,:/]|\\p{L}-)(US\\$|[$€£¥₹])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d\\p{L}]|[.,:/]\\d)(?:\\s?(%|percent\\b|per cent\\b)|\\s+${SCALE}\\b)?`,
  'gu',
);
const WORDS = new RegExp(`\\b(${NUMBER_WORDS_SOURCE})\\b(?:\\s+${SCALE}\\b)?(?:\\s?(%|percent\\b|per cent\\b))?`, 'giu');

// "about 40", "more than three", "nearly a dozen"
const HEDGE_BEFORE = /\b(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|up to|at least|at most|close to|upwards of|an estimated|estimated|under|just over|just under|circa|as many as|as few as)\s+$/iu;
const HEDGE_AFTER = /^(?:\s+or so\b|\s+or more\b|-plus\b|\+)/iu;

// Units of measure and time come first in a compound ("one hour phone call" counts hours).
const MEASURE_NOUNS = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'percent',
  'mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'foot', 'inch', 'ton', 'tonne', 'kg',
  'kilogram', 'gram', 'pound', 'liter', 'litre', 'gallon', 'barrel', 'acre', 'hectare', 'degree',
]);

export function extractNumbers(doc: SegmentedDocument, exclude: readonly Span[]): NumberCandidate[] {
  const { text } = doc;
  const found: NumberCandidate[] = [];
  const overlapsExcluded = (s: Span) => exclude.some((e) => s.start < e.end && e.start < s.end);

  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    const digitsStart = start + m[0].indexOf(m[2]);
    let value = Number(m[2].replace(/,/gu, '') + (m[3] ?? ''));
    if (m[5]) value *= SCALES[m[5].toLowerCase()];
    let unit: string | null = null;
    if (m[1]) unit = CURRENCY_SYMBOLS[m[1]];
    if (m[4]) unit = 'percent';
    const span = { start: m[1] ? start : digitsStart, end: start + m[0].length };
    found.push(candidate(doc, span, value, unit));
  }
  for (const m of text.matchAll(WORDS)) {
    const words = m[1];
    let value = parseNumberWords(words);
    if (value === null) continue;
    const lower = words.toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "one of the greatest", "no one", "one another", "the one", "this one": not counts.
    if (lower === 'one' && (/^\s+(of|another|or the other)\b/iu.test(after) || /\b(no|the|this|that|any|every|some|each)\s+$/iu.test(before) || /^[’']s\b/u.test(after))) continue;
    if (m[2]) value *= SCALES[m[2].toLowerCase()];
    const number = candidate(doc, { start: m.index, end: m.index + m[0].length }, value, m[3] ? 'percent' : null);
    // A lone "one" is a pronoun ("one could argue") unless it counts something.
    if (lower === 'one' && number.unit === null) continue;
    found.push(number);
  }
  return found
    .filter((n) => !overlapsExcluded(n))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((n, i, all) => i === 0 || n.start >= all[i - 1].end);
}

function candidate(doc: SegmentedDocument, span: Span, value: number, knownUnit: string | null): NumberCandidate {
  const { text } = doc;
  let end = span.end;
  let unit = knownUnit;
  if (!unit) {
    // "30-day", "five-year-old": the word after the hyphen is the unit.
    const hyphenated = /^-(\p{L}+)/u.exec(text.slice(end, end + 30));
    if (hyphenated) {
      unit = singularize(hyphenated[1]);
    } else {
      const counted = countedNoun(doc, end);
      if (counted) unit = counted;
    }
  }
  if (unit && CURRENCY_WORDS[unit]) unit = CURRENCY_WORDS[unit];
  const before = text.slice(Math.max(0, span.start - 25), span.start);
  const after = text.slice(end, end + 10);
  return {
    start: span.start,
    end,
    text: text.slice(span.start, end),
    value,
    unit,
    approximate: HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after),
  };
}

// After the number: skip modifiers ("additional", "self-detonating", "Shahed-136",
// "seriously injured"), then take the head of the noun run ("power plants" → plant).
// "seven of their drones": the noun after "of" + determiner counts too.
const MAX_LOOKAHEAD = 6;

function countedNoun(doc: SegmentedDocument, offset: number): string | null {
  const { tokens } = doc;
  let i = tokenAt(tokens, offset);
  const first = tokens[i];
  if (!first || first.start - offset > 3) return null;
  // The number's own token may extend past the match ("2.5" inside "2.5bn"): skip number tokens.
  while (tokens[i] && tokens[i].tags.has('Value') && !tokens[i].tags.has('Noun')) i++;
  if (tokens[i] && tokens[i].normal === 'of' && isBreakFree(tokens[i - 1])) {
    i++;
    while (tokens[i] && (tokens[i].tags.has('Determiner') || tokens[i].tags.has('Possessive') && tokens[i].tags.has('Pronoun'))) i++;
  }
  let nounRun: Token[] = [];
  for (let k = 0; tokens[i] && k < MAX_LOOKAHEAD; k++, i++) {
    const t = tokens[i];
    if (t.sentence !== first.sentence) break;
    if (isNoun(t)) {
      nounRun.push(t);
      if (hasBreak(t) || !tokens[i + 1] || !isNoun(tokens[i + 1])) break;
      continue;
    }
    if (nounRun.length) break;
    if (isModifier(t, tokens[i + 1])) {
      if (hasBreak(t)) return null;
      continue;
    }
    return null;
  }
  if (!nounRun.length) return null;
  const measure = nounRun.find((t) => MEASURE_NOUNS.has(singularize(t.normal)));
  const head = measure ?? nounRun[nounRun.length - 1];
  if (head.tags.has('Pronoun') || !/^\p{L}/u.test(head.normal)) return null;
  return singularize(head.normal.replace(/[’']s$/u, ''));
}

function isNoun(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value') && !t.tags.has('Date') || MEASURE_NOUNS.has(singularize(t.normal));
}

function isModifier(t: Token, next: Token | undefined): boolean {
  if (t.tags.has('Adjective') || t.tags.has('Adverb')) return true;
  // "self-detonating", "seriously injured", "Shahed-136": participles and names before the noun.
  if (t.tags.has('Verb') && (t.tags.has('Gerund') || t.tags.has('PastTense') || t.tags.has('Participle')) && next && (isNoun(next) || next.tags.has('Adjective'))) return true;
  if (t.tags.has('ProperNoun') && /-\d/u.test(t.text)) return true;
  return false;
}

function hasBreak(t: Token): boolean {
  return /[,.;:!?()]/u.test(t.post.replace(/[”"’']/gu, ''));
}

function isBreakFree(t: Token | undefined): boolean {
  return !!t && !hasBreak(t);
}
