// Units a number takes from its context (issue 11): table rows of invented sentences, each rule
// with rows that fail without it and rows it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates.ts';
import { extractNumbers } from '../src/extract/numbers.ts';
import { segment } from '../src/segment/index.ts';

const unitsOf = (text: string) => extractNumbers(segment(text), extractDates(text, '2025-03-19')).map((n) => [n.text, n.unit]);

describe('numbers-units: a share list takes the currency a listed name was priced in', () => {
  const story = 'Harlow Mills rose 1.8 percent to 312 som on the exchange.\n\nOther prices on Monday (previous close in brackets):\n\nHarlow Mills 312.00 (306.50)\nVesto Bank 48.00 (49.00)\n';
  it.each([
    [story, [['1.8 percent', 'percent'], ['312', 'KGS'], ['312.00', 'KGS'], ['306.50', 'KGS'], ['48.00', 'KGS'], ['49.00', 'KGS']]],
    // (The name priced earlier may be any row of the list.)
    ['Vesto Bank fell to 48 som.\n\nClosing prices:\nHarlow Mills 312.00\nVesto Bank 48.00\n', [['48', 'KGS'], ['312.00', 'KGS'], ['48.00', 'KGS']]],
  ])('%j', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });
  it.each([
    // Must stay: no listed name was priced in the story, so the list names no currency.
    ['Shares were mixed on Monday.\n\nOther prices (previous close in brackets):\nHarlow Mills 312.00 (306.50)\n', [['312.00', null], ['306.50', null]]],
    // Must stay: a list of counts under a heading, whose names were not given money.
    ['Harlow Mills hired 40 staff.\n\nStaff at year end:\nHarlow Mills 312\nVesto Bank 48\n', [['40', 'staff'], ['312', null], ['48', null]]],
  ])('must stay: %j', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });
});
