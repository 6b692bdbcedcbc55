// src/segment/sweep.ts replaces compromise's post-tagger sweep with a faster selection of the same
// rules, and src/segment/freeze.ts its frozen-lexicon step with fewer lookups: each must give every
// word the same tags as compromise's own, with every one of compromise's 570 rules (not only the
// ones src/segment keeps). compromise's CommonJS build has a world of its own, untouched by
// src/segment, so it is the reference here.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { freeze } from '../src/segment/freeze.ts';
import { bulkMatch } from '../src/segment/sweep.ts';
import { ordinaryText } from '../scripts/bench.ts';

type Nlp = ((text: string) => { docs: { text: string; tags: Set<string> }[][] }) & {
  world(): {
    methods: { one: { bulkMatch: (...args: never[]) => unknown[] } };
    model: { one: { frozenLex: Record<string, string> }; two: { matches: unknown[] } };
    compute: { freeze: (view: never) => void };
  };
};
const nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
const world = nlp.world();
const compromiseSweep = world.methods.one.bulkMatch;
const compromiseFreeze = world.compute.freeze;

/** Each word and its sorted tags, parsed with the given sweep; and how many rule matches it found. */
function tagged(text: string, sweep: (...args: never[]) => unknown[]) {
  let found = 0;
  world.methods.one.bulkMatch = (...args: never[]) => {
    const matches = sweep(...args);
    found += matches.length;
    return matches;
  };
  try {
    const words = nlp(text).docs.map((terms) => terms.map((t) => `${t.text} ${[...t.tags].sort().join(',')}`));
    return { words, found };
  } finally {
    world.methods.one.bulkMatch = compromiseSweep;
  }
}

describe('the post-tagger sweep (src/segment/sweep.ts)', () => {
  it.each([
    ['money and units', 'The firm paid $249 USD for 107 self-detonating drones, and 3.5 kg of rice cost €4.'],
    ['organizations in a headline', 'Three Million Phones Recalled By The Federal Trade Commission And Acme Corp'],
    ['commas, clauses and quotes', '"We will not leave," said Maria Lopez, 54, the mayor of the small, quiet town, on Monday.'],
    ['adjectives and plurals after numbers', 'Two hundred angry protesters and 40 police officers gathered, the ministry said.'],
    ['contractions and a question', "Don't you think it's the U.N.'s job? They'd said no."],
    ['no words at all', '— … 12 — 14 —'],
  ])('tags %s exactly as compromise does', (_name, text) => {
    const theirs = tagged(text, compromiseSweep);
    const ours = tagged(text, bulkMatch as never);
    expect(ours.words).toEqual(theirs.words);
    expect(ours.found).toBe(theirs.found);
  });

  it('tags ordinary news text exactly as compromise does, with rules that do fire', () => {
    const text = ordinaryText(40_000, 3);
    const theirs = tagged(text, compromiseSweep);
    const ours = tagged(text, bulkMatch as never);
    expect(world.model.two.matches.length).toBeGreaterThan(500);
    // Not a vacuous comparison: hundreds of rule matches change tags on this text.
    expect(theirs.found).toBeGreaterThan(200);
    expect(ours.found).toBe(theirs.found);
    expect(ours.words).toEqual(theirs.words);
  });
});

/** Each word and its sorted tags, parsed with the given frozen-lexicon step. */
function taggedWithFreeze(text: string, step: (view: never) => void): string[][] {
  world.compute.freeze = step;
  try {
    return nlp(text).docs.map((terms) => terms.map((t) => `${t.text} ${[...t.tags].sort().join(',')}`));
  } finally {
    world.compute.freeze = compromiseFreeze;
  }
}

describe('the frozen-lexicon step (src/segment/freeze.ts)', () => {
  it.each([
    ['frozen multi-word entries', 'The prime minister told the Labour Party that the New York Times was up to date.'],
    ['a frozen entry cut by the sentence end', 'She met the prime. Minister Ruiz left.'],
    ['plural and one-word entries', 'Two living rooms were part time offices, en route to the cold war museum.'],
    ['words that start multi-word entries but no frozen one', 'New rules in the United States took effect.'],
  ])('tags %s exactly as compromise does', (_name, text) => {
    expect(taggedWithFreeze(text, freeze as never)).toEqual(taggedWithFreeze(text, compromiseFreeze));
  });

  it('tags ordinary news text exactly as compromise does, and freezes some words there', () => {
    const text = `${ordinaryText(40_000, 5)}\nThe prime minister and the Financial Times.`;
    const frozen = taggedWithFreeze(text, compromiseFreeze);
    expect(taggedWithFreeze(text, freeze as never)).toEqual(frozen);
    // Not vacuous: without the step some words are tagged otherwise.
    expect(taggedWithFreeze(text, () => undefined)).not.toEqual(frozen);
    expect(Object.keys(world.model.one.frozenLex).length).toBeGreaterThan(50);
  });
});
