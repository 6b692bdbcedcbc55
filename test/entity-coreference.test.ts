// One entity, not two, within a document: a bare surname or a first name joins the full name,
// with its type. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.ts';
import { resolveEntities } from '../src/resolve/entities.ts';

function entitiesOf(...texts: string[]) {
  const docs = texts.map((text, i) => extractDocument({ path: `d${i}.txt`, text, sha256: '0'.repeat(64), bytes: text.length }, { refDate: '2025-03-19' }));
  return resolveEntities(docs).entities.map((e) => [e.id, e.aliases]);
}

describe('within-document coreference of names', () => {
  it.each([
    ['City Engineer Tom Varga said the bridge was safe. Varga added that repairs would start soon.', [['person/tom-varga', ['Varga']]]],
    ['Ines Vukovic won the seat. Vukovic, 41, thanked the voters.', [['person/ines-vukovic', ['Vukovic']]]],
    ['Yusuf Demir arrived late. Demir said the roads were closed.', [['person/yusuf-demir', ['Demir']]]],
    ['David Okafor arrived. David said hello.', [['person/david-okafor', []]]],
    ['Ana Lopez-Ortega won the seat. Lopez-Ortega thanked the voters.', [['person/ana-lopez-ortega', ['Lopez-Ortega']]]],
  ])('%j', (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });

  it('keeps two people apart when a first name is shared', () => {
    const ids = entitiesOf('David Okafor met David Lin. David said hello.').map(([id]) => id);
    expect(ids).toContain('person/david-okafor');
    expect(ids).toContain('person/david-lin');
  });
});

describe('a place is not the short name of the body that governs it', () => {
  it('"Vekborne" stays apart from "Vekborne District Council", while "Kestrel" joins "Kestrel Aerospace"', async () => {
    const { extractFacts } = await import('../src/pipeline.ts');
    const dir = (await import('./helpers/cli.ts')).testdir({
      'a.txt': 'Floods cut off Vekborne on Monday. Vekborne District Council declared an emergency in low-lying parts of Vekborne.\n',
      'b.txt': 'Kestrel Aerospace said on Monday that Kestrel would cut 300 jobs.\n',
    });
    const sheet = await extractFacts([dir]);
    const byName = new Map(sheet.entities.map((e) => [e.name, e]));
    expect(byName.get('Vekborne District Council')?.aliases ?? []).not.toContain('Vekborne');
    expect(byName.has('Vekborne')).toBe(true);
    expect(byName.get('Kestrel Aerospace')?.aliases).toContain('Kestrel');
  });
});

describe('a surname-first name shortened to its first word', () => {
  it('binds "Mizuvek" to "Mizuvek Kotaro" (a given name last, none first), as "David" binds to "David Okafor"', () => {
    const entities = entitiesOf('“Prices will rise,” said Mizuvek Kotaro, an economist at Vekla Bank. Mizuvek said he would wait.');
    // One entity: no second one for the short form, of any type.
    expect(entities.map(([id]) => id).filter((id) => /mizuvek/u.test(id as string))).toEqual(['person/mizuvek-kotaro']);
  });
});
