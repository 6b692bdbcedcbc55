// Small pure helpers over source text for the report: the sentence around a
// citation, word differences between two wordings, and how alike they are.
import { diffWords } from 'diff';
import { DOTTED_ABBREVIATION } from '../extract/lexicon.ts';
import { escapeHtml } from './layer.ts';

const MAX_SENTENCE = 320;

/**
 * The sentence that holds [start, end) (UTF-16 indices), for a timeline or table row:
 * from after the previous sentence end (". ", "? ", a blank line) to the next one, at most
 * ~320 characters, with "…" where it was cut.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  // "…the talks. On Monday, he said" → starts at "On"; a line break also ends a sentence
  // (headlines and datelines have no full stop).
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE) {
    const c = text[from - 1];
    if (c === '\n' || c === '\r') break;
    if (/\s/u.test(c) && /[.!?]["'”’)\]]?$/u.test(text.slice(Math.max(0, from - 3), from - 1)) && !afterAbbreviation(text, from - 1)) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < MAX_SENTENCE) {
    const c = text[to];
    if (c === '\n' || c === '\r') break;
    if (/[.!?]/u.test(c) && (to + 1 >= text.length || /[\s"'”’)\]]/u.test(text[to + 1])) && !(c === '.' && afterAbbreviation(text, to + 1))) {
      to++;
      while (to < text.length && /["'”’)\]]/u.test(text[to])) to++;
      break;
    }
    to++;
  }
  const cutBefore = from > 0 && start - from >= MAX_SENTENCE;
  const cutAfter = to < text.length && to - end >= MAX_SENTENCE;
  return `${cutBefore ? '…' : ''}${text.slice(from, to).replace(/\s+/gu, ' ').trim()}${cutAfter ? '…' : ''}`;
}

// "with Mr. Putin": the dot of a title or an initial ends no sentence. `end` is just after the dot.
function afterAbbreviation(text: string, end: number): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, end - 8), end));
  return !!word && DOTTED_ABBREVIATION.test(word[1].split(/\s/u).pop()!);
}

/**
 * `variant` as escaped HTML with the words that differ from `reference` marked:
 * `<del>` for the reference's words it lacks, `<ins>` for its own.
 * "with Mr. Putin" vs "with President Putin" → `with <del>Mr.</del> <ins>President</ins> Putin`.
 */
export function markWordDifferences(reference: string, variant: string): string {
  return diffWords(reference, variant)
    .map((part) => {
      const html = escapeHtml(part.value);
      if (part.added) return `<ins>${html}</ins>`;
      if (part.removed) return `<del>${html}</del>`;
      return html;
    })
    .join('');
}

function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  if (words.length === 1) pairs.add(words[0]);
  return pairs;
}

/** Dice coefficient over adjacent word pairs, 0..1: 1 for the same words in the same order. */
export function wordPairSimilarity(a: string, b: string): number {
  const pa = wordPairs(a);
  const pb = wordPairs(b);
  if (!pa.size || !pb.size) return 0;
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return (2 * shared) / (pa.size + pb.size);
}
