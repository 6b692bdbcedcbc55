// The speaker scoring of `npm run eval` (scripts/eval/score-quotes.ts): names compared loosely,
// aliases accepted, false attribution counted, and a rate whose target is a ceiling.
import { describe, expect, it } from 'vitest';
import { scoreGoldQuotes, speakerKey, speakerMatches, type GoldSpeakerQuote } from '../scripts/eval/score-quotes.ts';
import { formatTable } from '../scripts/eval/report.ts';
import type { DocumentFacts, EntityMention } from '../src/types.ts';
import type { ResolvedEntity } from '../src/resolve/entities.ts';

describe('speaker names', () => {
  it.each([
    ["Charles O 'Reilly", "Charles O'Reilly"],
    ['Jean-Luc Moreau', 'jean luc moreau'],
    ['Zoë Park', 'Zoe Park'],
  ])('%j is the same name as %j', (a, b) => expect(speakerKey(a)).toBe(speakerKey(b)));

  it('accepts the entity name or any alias, and nothing else', () => {
    const entity = { name: 'Dana Whitfield', aliases: ['Whitfield'] };
    expect(speakerMatches('Dana Whitfield', entity)).toBe(true);
    expect(speakerMatches('whitfield', entity)).toBe(true);
    expect(speakerMatches('Dana', entity)).toBe(false);
    expect(speakerMatches('Rob Whitfield', entity)).toBe(false);
  });
});

describe('scoring quotes against named-speaker gold', () => {
  const text = 'Dana Whitfield said: “We grew.” Critics called it “creative accounting”. “No,” said Bo Lind.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const mention = (s: string, type: EntityMention['type']): EntityMention => ({ ...at(s), text: s, type, name: s, titles: [] });
  const mentions = [mention('Dana Whitfield', 'person'), mention('Bo Lind', 'person')];
  const entities: ResolvedEntity[] = [
    { id: 'person/dana-whitfield', type: 'person', name: 'Dana Whitfield', aliases: [], members: [[0, 0]] },
    { id: 'person/bo-lind', type: 'person', name: 'Bo Lind', aliases: [], members: [[0, 1]] },
  ];
  const gold: GoldSpeakerQuote[] = [
    { doc: 'd', ...at('We grew.'), text: 'We grew.', speaker: 'Dana Whitfield', speaker_kind: 'person', kind: 'quote', how: 'before-cue' },
    { doc: 'd', ...at('creative accounting'), text: 'creative accounting', speaker: null, speaker_kind: null, kind: 'term', how: 'none' },
    { doc: 'd', ...at('No,'), text: 'No,', speaker: 'Bo Lind', speaker_kind: 'person', kind: 'quote', how: 'after-cue' },
  ];
  // The second quote wrongly gets Whitfield; the third is right.
  const facts: DocumentFacts = {
    source: { path: 'd', text, sha256: '', bytes: 0 },
    entities: mentions,
    quotes: [
      { ...at('We grew.'), text: 'We grew.', speakerMention: 0, cue: 'said', kind: 'speech', attribution: null },
      { ...at('creative accounting'), text: 'creative accounting', speakerMention: 0, cue: 'called', kind: 'speech', attribution: null },
      { ...at('No,'), text: 'No,', speakerMention: 1, cue: 'said', kind: 'speech', attribution: null },
    ],
    numbers: [],
    dates: [],
  };
  const { rows, errors } = scoreGoldQuotes('t', [{ doc: 'd', text, facts, entityOf: (m) => entities[m] }], gold);
  const get = (m: string) => rows.find((r) => r.measure.startsWith(m))!;

  it('counts speaker accuracy overall, for named speakers and per how', () => {
    expect(get('detection')).toMatchObject({ precision: 1, recall: 1 });
    expect(get('speaker accuracy (all spans)')).toMatchObject({ score: 2 / 3, n: 3 });
    expect(get('speaker accuracy (gold names')).toMatchObject({ score: 1, n: 2 });
    expect(get('speaker accuracy, how = none')).toMatchObject({ score: 0, n: 1 });
  });

  it('counts kind: speech is a quote, term is a term', () => {
    expect(get('kind accuracy')).toMatchObject({ score: 2 / 3, n: 3 });
  });

  it('counts a speaker given to a speakerless span as a false attribution, and lists it', () => {
    expect(get('false attribution')).toMatchObject({ score: 1, n: 1, lowerIsBetter: true });
    expect(errors.map((e) => [e.error, e.text])).toEqual([['speaker', 'creative accounting'], ['type', 'creative accounting']]);
    expect(errors[0].detail).toMatch(/^none: gold null, system person\/dana-whitfield/u);
  });

  it('prints a ceiling target as ≤ and a rate above it as above', () => {
    const table = formatTable([get('false attribution')]);
    expect(table).toMatch(/≤0\.10\s+above/u);
  });
});
