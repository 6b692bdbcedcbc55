import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractDocument } from '../src/extract/index.ts';

const table = JSON.parse(readFileSync(new URL('../fixtures/extract/entities.json', import.meta.url), 'utf8')) as {
  cases: { name: string; text: string; expect: [string, string][] }[];
  nothing: string[];
};

function mentionsOf(text: string): [string, string][] {
  return extractEntities(segment(text)).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.type, m.text];
  });
}

describe('entities', () => {
  it.each(table.cases)('$name', ({ text, expect: expected }) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each(table.nothing)('finds no name in %j', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it('keeps titles as evidence on the mention', () => {
    const [m] = extractEntities(segment('Vice President Omar Said spoke.'));
    expect(m).toMatchObject({ name: 'Omar Said', type: 'person', titles: ['vice', 'president'] });
  });
});

describe('no name inside an amount of money', () => {
  const namesOf = (text: string) =>
    extractDocument({ path: 'a.txt', text, sha256: '0'.repeat(64), bytes: text.length }, { refDate: '2026-11-20' }).entities.map((m) => [m.type, m.text]);
  it('drops a lettered amount the tagger took for a place, and keeps the names around it', () => {
    // Malawi's papers print the kwacha "K": the amounts are money, the town a place.
    expect(namesOf('MZUZU, Malawi - The board raised the levy from K150 to K300 a table in Mzuzu.')).toEqual([
      ['place', 'MZUZU'],
      ['place', 'Malawi'],
      ['place', 'Mzuzu'],
    ]);
  });
  it('keeps a code of letters and digits that is no amount', () => {
    expect(namesOf('Tolvane Air flies the route from Ndola with one K200 turboprop.').map(([, text]) => text)).toContain('K200');
  });
});

describe('etype34: a currency code or sign before an amount is its unit, no name', () => {
  it.each<[string, [string, string][]]>([
    ['She moved KD 180,000 out of the accounts of her clients.', []],
    ['The firm paid USD 50,000 and EUR 20,000 in fines.', []],
    ['The council fined the builder UGX 48 million.', []],
    // (A body's head closing a team's name stays in the name.)
    ['Results: Vekby FC 2 Tolby 1', [['Vekby FC', 'organization'], ['Tolby', 'organization']]],
  ])('%j', (text, expected) => {
    expect(extractEntities(segment(text)).map((m) => [m.text, m.type])).toEqual(expected);
  });
  // (A code that is an English word, and a US state's code after a comma in an address, stay names.)
  it.each(['Delegates at COP 28 met in Tolvane.', 'She lives in Vekton, VT 05401.'])('keeps the capitals in %j', (text) => {
    const kept = extractEntities(segment(text)).map((m) => m.text);
    expect(kept.some((t) => /^(?:COP|VT)$/u.test(t))).toBe(true);
  });
});

describe('etype34: a national day by its generic name dates things, no entity', () => {
  it.each<[string, [string, string][]]>([
    ['The bourse in Tolvane will be closed for National Day.', [['Tolvane', 'place']]],
    ['Cyclists quarrelled over the parade route on Independence Day.', []],
    ['Veterans marched in Vekby on Remembrance Day.', [['Vekby', 'place']]],
    // (A name that goes on past the day is no holiday: the parade's organisers named it.)
    ['The Independence Day Parade Committee met.', [['Independence Day Parade Committee', 'organization']]],
  ])('%j', (text, expected) => {
    expect(extractEntities(segment(text)).map((m) => [m.text, m.type])).toEqual(expected);
  });
});
