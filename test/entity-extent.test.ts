// Mention extents (ACE's head and extent): the name stays the mention, and the noun phrase it heads
// is its extent. Sentences written for this test; no name comes from an article.
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractFacts } from '../src/pipeline.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Each name with the text of its extent, or null when the phrase is the name alone. */
function extentsOf(text: string): [string, string | null][] {
  return extractEntities(segment(text)).map((m) => [m.text, m.extent ? text.slice(m.extent.start, m.extent.end) : null]);
}

type Case = [string, [string, string | null][]];

describe('a name with the phrase it heads', () => {
  it.each<Case>([
    // Descriptions of a body, with what describes the description, but not the determiner.
    ['The Brazilian carmaker Tolvane Motors recalled 900 cars.', [['Tolvane Motors', 'Brazilian carmaker Tolvane Motors']]],
    ['Shares of computer and phone maker Vekla fell on Monday.', [['Vekla', 'computer and phone maker Vekla']]],
    ['The United States automobile manufacturing firm Tolvane announced job losses.', [['United States', null], ['Tolvane', 'United States automobile manufacturing firm Tolvane']]],
    // Titles, honorifics and roles before a person, the title's "of" included.
    ['Presiding Judge Ana Venn adjourned the case.', [['Ana Venn', 'Presiding Judge Ana Venn']]],
    ['Secretary of State Marta Ovell arrived.', [['Marta Ovell', 'Secretary of State Marta Ovell']]],
    ['We asked Mr. Dorrit about it.', [['Dorrit', 'Mr. Dorrit']]],
    ['The rally was led by union leader Kofi Asante-Vell.', [['Kofi Asante-Vell', 'union leader Kofi Asante-Vell']]],
    // A possessor, a participle after the determiner, a direction before a place.
    ["Vekla's Tolvane Labs hired 40 people.", [['Vekla', null], ['Tolvane Labs', "Vekla's Tolvane Labs"]]],
    ['The emerging Tolvane Group will be smaller.', [['Tolvane Group', 'emerging Tolvane Group']]],
    ['Floods hit eastern Portugal on Monday.', [['Portugal', 'eastern Portugal']]],
    // A headline's verb in "-s" is not a noun the name modifies.
    ['US carmaker Tolvane plans to close two plants', [['US', null], ['Tolvane', 'US carmaker Tolvane']]],
  ])('%j', (text, expected) => {
    expect(extentsOf(text)).toEqual(expected);
  });
});

describe('no extent: the phrase is the name alone', () => {
  it.each<Case>([
    // A noun that says nothing of what the name is heads a phrase of its own.
    ['The ceasefire Ana Venn proposed did not hold.', [['Ana Venn', null]]],
    ['They sued over the lawsuit against Tolvane Motors.', [['Tolvane Motors', null]]],
    // Two names side by side, or joined by "and", are two phrases.
    ['Tolvane and Vekla Motors agreed a deal.', [['Tolvane', null], ['Vekla Motors', null]]],
    // A name that modifies the noun after it heads no phrase ("Tolvane trucks").
    ['The popular Tolvane trucks sold well.', [['Tolvane', null]]],
    // A verb, a preposition or a line break before the name ends the phrase.
    ['The regulator fined Tolvane Motors.', [['Tolvane Motors', null]]],
    // A bracket or a quotation mark between the title and the name ends the phrase.
    ['The vote passed. Mayor (Lena Krol) left.', [['Lena Krol', null]]],
    ['Senator “Kai Lund” walked out.', [['Kai Lund', null]]],
    // A clause's -ing verb, a time adverb or a verb's object is no part of the phrase.
    ['Saying Mr. Dorrit was right, he left.', [['Dorrit', 'Mr. Dorrit']]],
    ['Tonight Governor Pia Lund speaks.', [['Pia Lund', 'Governor Pia Lund']]],
    ['Lund told the paper Mayor Lena Krol would run.', [['Lund', null], ['Lena Krol', 'Mayor Lena Krol']]],
    // The phrase does not start inside a hyphenated word: the compound is its first word.
    ['The so-called Iron Lady Marta Ovell won.', [['Marta Ovell', 'so-called Iron Lady Marta Ovell']]],
    ['The state-run broadcaster Vesti Tolvane aired it.', [['Vesti Tolvane', 'state-run broadcaster Vesti Tolvane']]],
    // When the tagger reads the verb after a name as a noun ("rose"), the name looks like a
    // premodifier and the extent is left out rather than guessed.
    ['Shares of phone maker Vekla rose.', [['Vekla', null]]],
    ['The chief executive\nAna Venn spoke.', [['Ana Venn', null]]],
  ])('%j', (text, expected) => {
    expect(extentsOf(text)).toEqual(expected);
  });
});

describe('a town and the state or country it lies in, after one comma, are one phrase', () => {
  it.each<Case>([
    ['The plant in Tolbeg, Ohio will close in May.', [['Tolbeg', 'Tolbeg, Ohio'], ['Ohio', null]]],
    ['She was born in Vekby, Latvia, in 1950.', [['Vekby', 'Vekby, Latvia'], ['Latvia', null]]],
    // (With what the town's own phrase already holds.)
    ['The downtown Tolbeg, Ohio store shut.', [['Tolbeg', 'downtown Tolbeg, Ohio'], ['Ohio', null]]],
    // Not a list, not two countries, not a possessive.
    ['Fans in Tolbeg, Ohio and Vekby cheered.', [['Tolbeg', null], ['Ohio', null], ['Vekby', null]]],
    ['Teams from the U.S., Latvia, and Norway met.', [['U.S.', null], ['Latvia', null], ['Norway', null]]],
    ['The mayor of Tolbeg, Ohio’s largest town, spoke.', [['Tolbeg', null], ['Ohio', null]]],
    // (A region before a plural noun qualifies the noun.)
    ['It grows nowhere but in Tolbeg, Ohio farmers said on Monday.', [['Tolbeg', null], ['Ohio', null]]],
  ])('%j', (text, expected) => {
    expect(extentsOf(text)).toEqual(expected);
  });
});

describe('extents in HTML and Markdown', () => {
  it('cites no extent across markup or a line break of the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'facts-extent-'));
    writeFileSync(path.join(dir, 'a.html'), '<p>The vote passed. Mayor\nLena Krol agreed, and <a href="x">Mayor</a> Ana Vek left. Governor Pia Lund stayed.</p>');
    writeFileSync(path.join(dir, 'b.md'), '**Governor** Tom Vekla spoke. The US carmaker Tolvane grew.\n');
    const sheet = await extractFacts([dir], { refDate: null, jobs: 1 });
    const extents = Object.fromEntries(sheet.entities.flatMap((e) => e.mentions.map((m) => [m.text, m.extent?.text ?? null])));
    expect(extents).toMatchObject({ 'Lena Krol': null, 'Ana Vek': null, 'Pia Lund': 'Governor Pia Lund', 'Tom Vekla': null, Tolvane: 'US carmaker Tolvane' });
  });
});
