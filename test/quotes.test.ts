import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';

interface Expected {
  text: string;
  speaker: string | null;
  cue: string | null;
}
const table = JSON.parse(readFileSync(new URL('../fixtures/extract/quotes.json', import.meta.url), 'utf8')) as {
  cases: { name: string; text: string; expect: Expected[] }[];
  nothing: string[];
};

function quotesOf(text: string) {
  const doc = segment(text);
  const mentions = extractEntities(doc);
  return extractQuotes(doc, mentions).map((q) => ({
    text: q.text,
    speaker: q.speakerMention === null ? null : mentions[q.speakerMention].text,
    cue: q.cue,
    sliced: text.slice(q.start, q.end),
  }));
}

describe('quotes', () => {
  it.each(table.cases)('$name', ({ text, expect: expected }) => {
    const found = quotesOf(text);
    expect(found.map(({ text: t, speaker, cue }) => ({ text: t, speaker, cue }))).toEqual(expected);
    for (const q of found) expect(q.sliced).toBe(q.text);
  });

  it.each(table.nothing)('finds no quotation in %j', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
