// Kinds of name that a word or a pattern around the name decides: honours given by their letters.
// Sentences written for this test; no name here comes from an article.
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';

function typesOf(text: string): [string, string][] {
  return extractEntities(segment(text)).map((m) => [m.text, m.type]);
}

type Case = [string, [string, string][]];

describe('honours named by their post-nominal letters', () => {
  it.each<Case>([
    ['In 2012 she was made an OBE for services to rowing.', [['OBE', 'other']]],
    ['He received his CBE at a ceremony last week.', [['CBE', 'other']]],
    ['The retired nurse was awarded the BEM for services to her village.', [['BEM', 'other']]],
    ['The ferryman received the MBE last year.', [['MBE', 'other']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expect.arrayContaining(expected));
  });
  // A body whose acronym happens to be an honour's letters stays a body.
  it.each<Case>([
    ['The Central Bank of Vekland (CBE) raised rates. An official at the CBE said more rises were likely.', [['CBE', 'organization']]],
    // A tester's cases: the letters before a noun they modify are a body's name.
    ['A CBE spokesman said prices in Tolbeg had steadied.', [['CBE', 'organization']]],
    ['A CBE spokeswoman said rates would hold.', [['CBE', 'organization']]],
  ])('%j', (text, expected) => {
    const got = typesOf(text).filter(([t]) => t === expected[0][0]);
    expect(got.length).toBeGreaterThan(0);
    for (const g of got) expect(g).toEqual(expected[0]);
  });
});

describe('short titles of laws with a bracketed part', () => {
  it.each<Case>([
    ['He admitted three charges under the Dog Control (Vekland) Law on Tuesday.', [['Dog Control (Vekland) Law', 'other']]],
    ['The Tenancy Deposits (Amendment) Act takes effect in May.', [['Tenancy Deposits (Amendment) Act', 'other']]],
    ['The Online Records (Privacy) (Amendment) Ordinance passed by 40 votes.', [['Online Records (Privacy) (Amendment) Ordinance', 'other']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  // A tester's cases: a person's party before a given name "Bill", a body's acronym before "Code",
  // a head word before the noun it modifies. None is a law's title.
  it.each<[string, string[]]>([
    ['Councillors Edda Marrow (Labour) Bill Tansey (Green) and Rob Fenn (Liberal) voted against it.', ['Edda Marrow', 'Bill Tansey', 'Rob Fenn']],
    ['Speakers were Ivo Castel (Orvane) Bill Dorran (Tolby).', ['Ivo Castel', 'Bill Dorran']],
  ])('%j', (text, people) => {
    const got = typesOf(text);
    expect(got.some(([t]) => t.includes('('))).toBe(false);
    for (const p of people) expect(got).toContainEqual([p, 'person']);
  });
  it.each<string>([
    'Lenders must follow the Vekland Lending Board (VLB) Code of practice.',
    'Tolmar Freight (Orvane) Order books grew 12% last year.',
  ])('%j', (text) => {
    expect(typesOf(text).some(([t]) => t.includes('('))).toBe(false);
  });
  it.each<Case>([
    ['The Data Protection (Vekland) (Amendment) Regulations came into force.', [['Data Protection (Vekland) (Amendment) Regulations', 'other']]],
    ['The Rented Homes (No. 2) Act was passed in March.', [['Rented Homes (No. 2) Act', 'other']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expect.arrayContaining(expected));
  });
  // Brackets after a name with no law's head after them are no title.
  it('leaves a body with a bracketed town as it was', () => {
    const got = typesOf('Vekla Holdings (Tolbeg) said it would appeal the ruling.');
    expect(got.some(([t]) => t.includes('('))).toBe(false);
  });
});

describe('places named after a saint', () => {
  it.each<Case>([
    ['Her mother was born in St Peter Port before the war.', [['St Peter Port', 'place']]],
    ['The ferry reached St Tolmar Harbour at noon.', [['St Tolmar Harbour', 'place']]],
    ['Fishing boats left Saint Vekla Bay before dawn.', [['Saint Vekla Bay', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  // A saint as a person keeps no place's type.
  it('leaves a saint with no place head a person or unchanged', () => {
    const got = typesOf('The relics of St Tolmar Vekbridge were carried through the town.');
    expect(got.some(([, type]) => type === 'place')).toBe(false);
  });
});

describe('airlines named "Air X" with "Air" opening the sentence', () => {
  it.each<Case>([
    ['Storms closed the runway. Air Tolmarin said it had grounded 14 flights.', [['Air Tolmarin', 'organization']]],
    ['Air Vekla cancelled its morning flights to Tolbeg.', [['Air Vekla', 'organization'], ['Tolbeg', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  // "Air" as a common noun takes no name.
  it.each<Case>([
    ['Air quality in Tolbeg fell sharply on Monday.', [['Tolbeg', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });  // A tester's case: a common word after "Air" makes a compound noun ("Air Quality Index"), no airline.
  it('reads no airline into "Air" before a common word in title case', () => {
    expect(typesOf('Air Quality Index readings in Tolbeg hit 300 on Monday.').some(([name, type]) => name.startsWith('Air') && type === 'organization')).toBe(false);
  });
});

describe('numbered roads: a route nationale and a road noun after the code', () => {
  it.each<Case>([
    ['His orchard lies cut off from the RN5 coast road.', [['RN5', 'place']]],
    ['The N7 trunk road was closed after a crash.', [['N7', 'place']]],
    ['Drivers were sent along the RN3 while the bridge was repaired.', [['RN3', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  // A code before a noun that is no road stays a thing's name.
  it('leaves a mask named by a code a thing', () => {
    expect(typesOf('The N95 mask sold out on the road north.')).not.toContainEqual(['N95', 'place']);
  });
});
