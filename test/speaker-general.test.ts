// Speaker attribution on general English constructions of attribution, written for branch spk: each
// passage invented (no article's text, no real person), with the speaker a careful reader gives every
// quotation in it, in order (null: the passage does not say who spoke). A null is better than a guess.
// Each rule's rows fail without it; the must-stay rows are the cases the rule must not fire on.
// Matching as in speaker-probes.test.ts: the mention's text, or a run of the words of a person's name.
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';

function speakers(text: string): ({ text: string; type: string } | null)[] {
  const doc = segment(text);
  const mentions = extractEntities(doc);
  return extractQuotes(doc, mentions).map((q) => (q.speakerMention === null ? null : { text: mentions[q.speakerMention].text, type: mentions[q.speakerMention].type }));
}

function sameSpeaker(got: { text: string; type: string } | null, want: string | null): string | null {
  if (got === null || want === null) return got?.text ?? null;
  return got.text === want || (got.type === 'person' && ` ${want} `.includes(` ${got.text} `)) ? want : got.text;
}

type Row = [string, string, (string | null)[]];

function rows(title: string, table: Row[]) {
  describe(title, () => {
    for (const [name, text, want] of table) {
      it(name, () => {
        const got = speakers(text);
        expect(got.length, `quotes found in: ${text}`).toBe(want.length);
        expect(got.map((g, i) => sameSpeaker(g, want[i]))).toEqual(want);
      });
    }
  });
}

rows('a name inside a relative clause between commas is never the subject', [
  ['"whose" clause naming a man, before the cue', 'Edda Marvik, whose coach Pello Arrant retired in May, said: “I miss our early mornings.”', ['Edda Marvik']],
  ['"whose" clause after a body', 'The dockers’ union, whose leader Pello Arrant was arrested on Friday, said: “We will strike on Monday.”', [null]],
  ['"whose" clause, quoted fragment', 'Edda Marvik, whose brother Pello Arrant runs the rival mill, said the offer was “far too low”.', ['Edda Marvik']],
  // must stay: a name in apposition between commas is the subject; a "who" clause is skipped as before
  ['must stay: appositive name after a role', 'The head of the dockers’ union, Pello Arrant, said: “We will strike on Monday.”', ['Pello Arrant']],
  ['must stay: "who" clause naming another person', 'Edda Marvik, who beat Pello Arrant in the final, said: “It was very close.”', ['Edda Marvik']],
]);

rows('a plural of a person noun before "of"/"for" + a name is a group, not the person named', [
  ['bare plural opening the sentence', 'Pello Arrant lost the seat in May. Friends of Pello Arrant said the count had been “rushed and careless”.', [null]],
  ['bare plural after the quote', '“She never stole a penny,” relatives of Edda Marvik told reporters.', [null]],
  ['bare plural after "said"', '“The ruling is a travesty,” said supporters of Tomas Vedrik.', [null]],
  ['critics of a named person', 'Critics of Edda Marvik called the plan “reckless and rushed”.', [null]],
  // must stay: the singular with an article was read before; a clause after the preposition is no complement
  ['must stay: a clause after "for", the name its subject', 'The update is free to members for what Edda Marvik described as “a modest fee”.', ['Edda Marvik']],
]);

rows('a role noun no one carries, after a sentence that names two people, names neither', [
  ['"the minister said" after two men', 'Pello Arrant met Tomas Vedrik in Orvik on Monday. “We found no common ground,” the minister said.', [null]],
  ['"said the official" after a man and a woman', 'Edda Marvik met Tomas Vedrik after the vote. “The count was fair,” said the official.', [null]],
  // must stay: one person named; the role given to one of the two; the reporting subject goes on speaking
  ['must stay: one person named', 'Pello Arrant spoke in Orvik on Monday. “We found no common ground,” the minister said.', ['Pello Arrant']],
  ['must stay: the role carried by one of them', 'Pello Arrant, an economist, met Tomas Vedrik. “Prices will fall,” the economist said.', ['Pello Arrant']],
  ['must stay: the subject of the reporting verb', 'Pello Arrant, whose daughter Mira studies there, said the school had changed her. “She reads every night now,” the father said.', ['Pello Arrant']],
]);

rows('a quotation with no cue that names a thing is nobody\u2019s speech', [
  ['a song title in title case, pronoun first', 'Edda Marvik sang “We Shall Meet in Orvik Again” at the rally on Sunday.', [null]],
  ['a slogan in apposition to its noun', 'Tomas Vedrik’s campaign slogan, “A warm home for every family in Orvik”, was painted on every wall.', [null]],
  // must stay: longer words quoted with no cue after a person stay theirs; a headline's quote is left to its frame
  ['must stay: words quoted with no cue, sentence case', 'Tomas Vedrik wants the harbour to become “a place where young families choose to live”.', ['Tomas Vedrik']],
  ['must stay: a person noun before the commas', 'Tomas Vedrik’s lawyer, Edda Marvik, said the charge was “a gross overreach by the state”.', ['Edda Marvik']],
]);
