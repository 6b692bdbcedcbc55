import { describe, expect, it } from 'vitest';
import { normalizeWord, segment, singularize } from '../src/segment/index.ts';

describe('segment', () => {
  it('gives tokens whose offsets slice back to their text, across CRLF and emoji', () => {
    const text = 'Dr. Ada Obi 👩‍🔬 said so.\r\n\r\nThen 12 ships left Lagos.';
    const doc = segment(text);
    expect(doc.tokens.length).toBeGreaterThan(8);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Dr. Ada Obi 👩‍🔬 said so.', 'Then 12 ships left Lagos.']);
    expect(doc.sentences.length).toBe(2);
  });

  it('normalizes words for comparison: case, possessive, trailing dot, hashtag sign', () => {
    expect(['Kremlin’s', 'Mr.', '#Putin', "NATO's"].map(normalizeWord)).toEqual(['kremlin', 'mr', 'putin', 'nato']);
    // A sign before no letter stays; the possessive goes before the dot; a word that is only "'s" is empty.
    expect(['@Reuters', '#1', '@', 'Co.’s', "U.S.'s", "'s", 'Ésta.', '#Ünal'].map(normalizeWord)).toEqual(['reuters', '#1', '@', 'co', 'u.s', '', 'ésta', 'ünal']);
  });

  it.each([
    ['prisoners', 'prisoner'], ['casualties', 'casualty'], ['boxes', 'box'], ['heroes', 'hero'],
    ['people', 'person'], ['wolves', 'wolf'], ['thieves', 'thief'], ['leaves', 'leaf'], ['waves', 'wave'],
    ['crises', 'crisis'], ['series', 'series'], ['bus', 'bus'], ['drone', 'drone'],
    ['clinics', 'clinic'], ['topics', 'topic'], ['politics', 'politics'], ['athletics', 'athletics'],
    ['grandchildren', 'grandchild'], ['policewomen', 'policewoman'], ['midwives', 'midwife'], ['knives', 'knife'],
    ['pies', 'pie'], ['cookies', 'cookie'], ['rookies', 'rookie'], ['allies', 'ally'], ['cities', 'city'],
  ])('singularize(%s) = %s', (plural, singular) => {
    expect(singularize(plural)).toBe(singular);
  });
});

describe('segment on long paragraphs', () => {
  it('parses a paragraph longer than one chunk without losing or moving a token', () => {
    const sentence = 'Mr. Tomas Varga said the 12 ferries would sail on Monday. ';
    const text = sentence.repeat(120);
    const doc = segment(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.filter((t) => t.text === 'Varga')).toHaveLength(120);
    // Chunks are cut at sentence ends: no sentence spans "Mr." and the name after it apart.
    expect(doc.sentences.every((s) => text.slice(s.start, s.end).startsWith('Mr'))).toBe(true);
  });
});
