// Direct quotations: the spans between double quotation marks, then their speakers through the
// attribution stage (src/extract/attribution/: frame → source phrase → resolution).
//
// Pairing the marks:
//   - within a paragraph (a line), curly marks by their shape, straight ones by position;
//   - a quoted sentence may run on to the next line when that line does not open with a mark of
//     its own: the mark that closes it is the first one there that closes (“We will rebuild. ⏎
//     It will take years,” she said.). A stray opening mark never pairs with a later opening mark;
//   - a quote running over several paragraphs has an opening mark at the start of each and a
//     closing mark only at the end of the last: each paragraph's part is a quote of its own
//     (`runsOn`), and all of them are attributed to the same speaker.
// Apostrophes and single quotes never pair; an unclosed mark yields nothing.
import type { EntityMention, QuoteCandidate } from '../types.ts';
import type { SegmentedDocument } from '../segment/index.ts';
import { attributeQuotes, type QuoteSpan } from './attribution/index.ts';

export type { QuoteSpan } from './attribution/index.ts';

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const AMBIGUOUS = new Set(['"']);
// How many line breaks a quoted passage may run over before an unclosed mark is given up.
const MAX_RUN_ON_LINES = 8;

/** Pairs double quote marks (see the header). Offsets are UTF-16 indices into `text`. */
export function findQuoteSpans(text: string, paragraphs: readonly { start: number; end: number }[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let linesOpen = 0;
  paragraphs.forEach((p, pi) => {
    if (open >= 0) {
      // A mark left open at the end of the previous paragraph.
      const startsWithMark = /^\s*["“„«]/u.test(text.slice(p.start, p.start + 8));
      const previous = paragraphs[pi - 1];
      const part = trimSpan(text, open + 1, previous.end);
      if (startsWithMark && /[.!?…]["”’)]?$/u.test(text.slice(part.start, part.end))) {
        // The paragraph of a multi-paragraph quote: its part is a quote of its own.
        spans.push({ ...part, open, close: previous.end, runsOn: true });
        open = -1;
      } else if (startsWithMark || ++linesOpen > MAX_RUN_ON_LINES || !/[.!?…,;:]["”’)]?$/u.test(text.slice(part.start, part.end))) {
        open = -1;
      }
    }
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (!OPENERS.has(ch) && !CLOSERS.has(ch) && !AMBIGUOUS.has(ch)) continue;
      const prev = i > p.start ? text[i - 1] : ' ';
      const next = i + 1 < p.end ? text[i + 1] : ' ';
      const looksOpening = /[\s([{—–-]/u.test(prev) || OPENERS.has(prev) || (!/\s/u.test(next) && /[\s]/u.test(prev));
      const crossesLine = open >= 0 && open < p.start;
      let isOpen = OPENERS.has(ch) ? !(open >= 0 && !/\s/u.test(prev)) : CLOSERS.has(ch) ? false : open < 0 && looksOpening;
      // A run-on quote closes only on a mark that looks closing: a straight mark after a space opens.
      if (crossesLine && AMBIGUOUS.has(ch) && /\s/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) isOpen = true;
      if (isOpen) {
        open = i;
        linesOpen = 0;
      } else if (open >= 0) {
        const inner = trimSpan(text, open + 1, i);
        if (inner.end > inner.start) spans.push({ ...inner, open, close: i });
        open = -1;
      }
    }
  });
  return spans;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The document's quotations with their speakers. Each candidate's `speakerMention` indexes
 * `mentions`; `kind` tells speech from terms (scare quotes, titles, names: never a speaker);
 * `attribution` is the evidence (method, cue span, source span), null when there is no speaker.
 */
export function extractQuotes(doc: SegmentedDocument, mentions: readonly EntityMention[]): QuoteCandidate[] {
  const spans = findQuoteSpans(doc.text, doc.paragraphs);
  const attributed = attributeQuotes(doc, mentions, spans);
  return spans.map((span, i) => ({
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    speakerMention: attributed[i].speaker,
    cue: attributed[i].cue,
    kind: attributed[i].kind,
    attribution: attributed[i].attribution,
  }));
}
