// Sentence and clause edges by punctuation, as the attribution rules need them: a quote usually
// holds the comma or full stop of its sentence (“…,” he said. / “….” He added), so these count
// closing quotation marks, and stop at line breaks (news puts one paragraph per line).
import type { Token } from '../../segment/index.ts';
import { CORPORATE_SUFFIXES, DOTTED_ABBREVIATION } from '../lexicon.ts';

/** End (exclusive) of the sentence running from `from`, at most `ceiling`. A plain bounded loop: linear on odd texts. */
export function sentenceEndAfter(text: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || /\s/u.test(text[i + 1]))) {
      // ("Prof." "Capt." "Supt.": a title of four letters is no sentence end either.)
      const word = /(\b\p{L}{1,4})\.$/u.exec(text.slice(Math.max(0, i - 5), i + 1));
      // "Mr." "U.S." "p.m." are not sentence ends.
      if (ch === '.' && word && (DOTTED_ABBREVIATION.test(word[1]) || CORPORATE_SUFFIXES.has(word[1].toLowerCase()))) continue;
      return i + 1;
    }
  }
  return ceiling;
}

/** Start of the sentence that holds `to`, at least `floor`. */
export function sentenceStartBefore(text: string, to: number, floor: number): number {
  for (let i = to - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/u.test(text[i + 1] ?? ' ')) {
      const word = /(\b\p{L}{1,4})$/u.exec(text.slice(Math.max(0, i - 5), i));
      if (word && (DOTTED_ABBREVIATION.test(word[1]) || CORPORATE_SUFFIXES.has(word[1].toLowerCase()))) continue;
      return i + 1;
    }
  }
  return floor;
}

/** "Mr." "Gen." "J." "Inc." "Jr." carry a dot that ends no sentence. */
export function isAbbreviation(t: Token): boolean {
  if (/[!?;]/u.test(t.post)) return false;
  const dotted = t.post.startsWith('.') || t.text.endsWith('.');
  return dotted && !/\.\s*\.|\.{2}/u.test(t.text + t.post) && (t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}\.?$/u.test(t.text) || CORPORATE_SUFFIXES.has(t.normal));
}

/** "Following his call with Zelenskyy, Trump took to Truth Social," → "Trump took to Truth Social". */
export function mainClause(tokens: Token[]): Token[] {
  let from = tokens.length - 2;
  while (from >= 0 && !/,/u.test(tokens[from].post)) from--;
  return tokens.slice(from + 1);
}

/** A determiner, possessive or adjective run before tokens[k]: "the company", "the firm's chief", "a top official". */
export function determinerBefore(tokens: readonly Token[], k: number): Token | null {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j];
    if (/^(the|a|an|one|another|some|this|that|its|his|her|their)$/u.test(t.normal) || t.tags.has('Possessive') || /[’']s?$/u.test(t.text)) return t;
    if (!(t.tags.has('Adjective') || t.tags.has('Demonym') || t.tags.has('Noun') || t.tags.has('Value'))) return null;
  }
  return null;
}

export const INDEFINITE = /^(a|an|one|another|some|several|many|two|three|four)$/u;
