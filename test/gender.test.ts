// Gender evidence for pronoun agreement, and the reporting verbs' inflection: both from data.
import { describe, expect, it } from 'vitest';
import { genderOfGivenName, genderOfTitle } from '../src/extract/gender.ts';
import { inflect, reportingLemma } from '../src/extract/attribution/verbs.ts';

describe('genderOfGivenName', () => {
  it.each([
    ['Margaret', 'female'],
    ['margaret', 'female'],
    ['Robert', 'male'],
    ['Kim', null], // on both lists: no evidence
    ['Zyxwv', null], // on neither
    ['', null],
    // a hyphenated given name: the gender both parts share (spk35)
    ['Anne-Lise', 'female'],
    ['Hans-Peter', 'male'],
    ['Jean-Marie', null], // a part on both lists
    ['Mary-John', null], // parts of two genders
    ['Anne-Zyxwv', null], // a part on neither
    ['Vekla-Morvane', null], // a double surname
  ])('%j → %j', (word, gender) => expect(genderOfGivenName(word)).toBe(gender));
});

describe('genderOfTitle', () => {
  it.each([
    ['Mrs.', 'female'],
    ['Ms', 'female'],
    ['Mr.', 'male'],
    ['Sir', 'male'],
    ['spokeswoman', 'female'],
    ['chairman', null], // used of either
    ['Dr.', null],
    ['President', null],
  ])('%j → %j', (word, gender) => expect(genderOfTitle(word)).toBe(gender));
});

describe('reporting verbs', () => {
  it.each([
    ['admit', ['admits', 'admitted', 'admitting']],
    ['reply', ['replies', 'replied', 'replying']],
    ['state', ['states', 'stated', 'stating']],
    ['say', ['says', 'said', 'saying']],
  ])('inflects %j', (lemma, forms) => expect(inflect(lemma)).toEqual(expect.arrayContaining(forms)));

  it.each([
    ['warned', '', 'warn'],
    ['admits', '', 'admit'],
    ['recalled', '', 'recall'],
    ['pointed', 'out', 'point'],
    ['pointed', 'to', null], // "pointed to the bankruptcy" reports nothing
    ['negotiating', '', null], // left out: not a verb of saying
    ['thought', '', null],
    ['table', '', null],
  ])('%j (before %j) → %j', (form, next, lemma) => expect(reportingLemma(form, next)).toBe(lemma));
});
