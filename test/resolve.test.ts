// Cross-document resolution: one entity per referent, one quote or number or
// date with many citations, ids from content.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.ts';
import { assembleSheet } from '../src/sheet/assemble.ts';
import { nearlyEqual, nameTokens } from '../src/resolve/entities.ts';
import { quoteClusters } from '../src/resolve/quotes.ts';

function sheetOf(texts: Record<string, string>, refDate: string | null = null) {
  const documents = Object.entries(texts).map(([path, text]) => extractDocument({ path, text, sha256: '0'.repeat(64), bytes: text.length }, { refDate }));
  return assembleSheet({ inputs: Object.keys(texts), refDate, documents, errors: [] });
}

const entityOf = (sheet: ReturnType<typeof sheetOf>, alias: string) =>
  sheet.entities.find((e) => e.name === alias || e.aliases.includes(alias));

describe('entity resolution', () => {
  it('binds a bare surname and an honorific form to the full name, across documents', () => {
    const sheet = sheetOf({
      'a.txt': 'President Halvard Brennholt met farmers. Brennholt promised aid.',
      'b.txt': 'Mr. Brennholt later flew home.',
    });
    const e = entityOf(sheet, 'Brennholt')!;
    expect(e).toMatchObject({ id: 'person/halvard-brennholt', type: 'person', name: 'Halvard Brennholt', aliases: ['Brennholt'] });
    expect(e.mentions.map((m) => m.path)).toEqual(['a.txt', 'a.txt', 'b.txt']);
  });

  it('keeps a firm with a legal form apart from the person who shares its name', () => {
    const sheet = sheetOf({
      'a.txt': 'The official line from Drosk Holdings is that the deal is off.',
      'b.txt': 'The latest track from Lina Drosk has topped the charts.',
      'c.txt': 'She got a letter from Mr Drosk on Monday.',
      'd.txt': 'Drosk Mining said on Friday that the strike had ended. Drosk Mining shares rose.',
    });
    expect(entityOf(sheet, 'Drosk Holdings')).toMatchObject({ type: 'organization', name: 'Drosk Holdings', aliases: [] });
    expect(entityOf(sheet, 'Drosk')).toMatchObject({ type: 'person', name: 'Lina Drosk', aliases: ['Drosk'] });
  });

  it('keeps a town that one document names apart from the person whose surname it is in another', () => {
    const sheet = sheetOf({
      'a.txt': 'Floods cut the road to Kendal on Monday. Residents of Kendal were moved to a school.',
      'b.txt': 'Orla Kendal, the engineer, said the bridge would hold. Kendal said repairs would start soon.',
    });
    const where = (e: (typeof sheet.entities)[number]) => e.mentions.map((m) => `${m.path}:${m.text}`);
    const kendals = sheet.entities.filter((e) => e.name === 'Kendal' || e.aliases.includes('Kendal'));
    expect(kendals.map((e) => [e.type, e.name, where(e)])).toEqual(expect.arrayContaining([
      ['person', 'Orla Kendal', ['b.txt:Orla Kendal', 'b.txt:Kendal']],
      ['place', 'Kendal', ['a.txt:Kendal', 'a.txt:Kendal']],
    ]));
    expect(kendals).toHaveLength(2);
  });

  it('still lets the corpus vote type a one-word name when no document names a person of that surname', () => {
    const sheet = sheetOf({
      'a.txt': 'Floods cut the road to Kendal on Monday.',
      'b.txt': 'Residents of Kendal were moved to a school.',
    });
    expect(sheet.entities.filter((e) => e.name === 'Kendal').map((e) => e.type)).toEqual(['place']);
  });

  it.each([
    ['Nuala Mac an tSeoda won the seat. Later Mac an tSeoda thanked the voters.', 'Mac an tSeoda', 'Nuala Mac an tSeoda'],
    ['Ana Van Vekla chairs the board. Later Van Vekla resigned.', 'Van Vekla', 'Ana Van Vekla'],
    // A Spanish first surname with its particle, used alone, inside the full name; and one opening a sentence.
    ['Marisol de Tolvana Vekaguren won. "It was close," de Tolvana told reporters.', 'de Tolvana', 'Marisol de Tolvana Vekaguren'],
  ])('binds a surname of several words opening with a particle to the full name it ends: %s', (text, alias, full) => {
    const e = entityOf(sheetOf({ 'a.txt': text }), alias)!;
    expect(e).toMatchObject({ type: 'person', name: full, aliases: [alias] });
  });

  it('binds two surnames used together without the given name to the one full name they end', () => {
    const sheet = sheetOf({ 'a.txt': 'Candela Tuy Vekarra runs the cooperative. "They said the same last year," Tuy Vekarra said.' });
    expect(entityOf(sheet, 'Tuy Vekarra')).toMatchObject({ type: 'person', name: 'Candela Tuy Vekarra', aliases: ['Tuy Vekarra'] });
    // Two full names end with them: nobody.
    const two = sheetOf({ 'a.txt': 'Candela Tuy Vekarra and Rosa Tuy Vekarra run the cooperative. Tuy Vekarra said it would grow.' });
    expect(entityOf(two, 'Tuy Vekarra')).toMatchObject({ name: 'Tuy Vekarra', aliases: [] });
  });

  it.each([
    ['Emily Rose Halvorsk, 7, was rescued on Sunday. Her grandmother, Rose Halvorsk, said: "We prayed all night."', 'Rose Halvorsk'],
    ['Mary Ann Feldrick, 12, won the spelling bee. "She studied every night," said her aunt Ann Feldrick.', 'Ann Feldrick'],
  ])('keeps a name that opens with a common given name apart from the longer name it ends: %s', (text, alias) => {
    expect(entityOf(sheetOf({ 'a.txt': text }), alias)).toMatchObject({ type: 'person', name: alias, aliases: [] });
  });

  it('keeps apart two East Asian names that share the surname written first', () => {
    const sheet = sheetOf({ 'a.txt': 'Pyo Dal-hun and his wife, Pyo Sun-mi, run the noodle shop in Vekju.' });
    expect(entityOf(sheet, 'Pyo Dal-hun')).toMatchObject({ type: 'person', name: 'Pyo Dal-hun', aliases: [] });
    expect(entityOf(sheet, 'Pyo Sun-mi')).toMatchObject({ type: 'person', name: 'Pyo Sun-mi', aliases: [] });
    // (across documents too: two people named Pyo are not spellings of one name; the same name still is one)
    const two = sheetOf({ 'a.txt': 'Pyo Dal-hun runs the noodle shop.', 'b.txt': 'Pyo Sun-mi runs the noodle shop. Pyo Dal-hun cooks.' });
    expect(entityOf(two, 'Pyo Sun-mi')).toMatchObject({ name: 'Pyo Sun-mi', aliases: [] });
    expect(entityOf(two, 'Pyo Dal-hun')!.mentions.map((m) => m.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('binds a bare surname shared by two full names to the one introduced before it', () => {
    const sheet = sheetOf({ 'a.txt': 'Omar Diouf Tolvane builds boats. "Wood talks," says Tolvane. His nephew Idris Tolvane, 23, helps him.' });
    expect(entityOf(sheet, 'Omar Diouf Tolvane')).toMatchObject({ type: 'person', aliases: ['Tolvane'] });
    expect(entityOf(sheet, 'Idris Tolvane')).toMatchObject({ type: 'person', aliases: [] });
    // Both introduced before it: nobody.
    const both = sheetOf({ 'a.txt': 'Omar Tolvane and his nephew Idris Tolvane build boats. "Wood talks," says Tolvane.' });
    expect(entityOf(both, 'Omar Tolvane')).toMatchObject({ aliases: [] });
  });

  it('binds a Korean surname to the full name it opens, and a Western hyphenated surname to the one it ends', () => {
    const korean = sheetOf({ 'a.txt': 'Tolsan President Vek Seo-jin spoke. Vek said the deal would close.' });
    expect(entityOf(korean, 'Vek')).toMatchObject({ type: 'person', name: 'Vek Seo-jin', aliases: ['Vek'] });
    const western = sheetOf({ 'a.txt': 'Mayor Ana Ruiz-Lee spoke. Ruiz-Lee said the deal would close.' });
    expect(entityOf(western, 'Ruiz-Lee')).toMatchObject({ type: 'person', name: 'Ana Ruiz-Lee', aliases: ['Ruiz-Lee'] });
  });

  it('binds a middle surname used alone to the one full name holding it (a Spanish paternal surname, a father\'s name)', () => {
    const sheet = sheetOf({ 'a.txt': 'The union was led by Wekesa Tolva Vekotho. "Nobody is leaving," Tolva said.' });
    expect(entityOf(sheet, 'Tolva')).toMatchObject({ type: 'person', name: 'Wekesa Tolva Vekotho', aliases: ['Tolva'] });
    // The word also ends another person's name: it is that person's surname in the entity table; as a
    // speaker it is a word of two people's names, either of whom may have spoken: nobody (branch spk13).
    const ends = sheetOf({ 'a.txt': 'Maria Vek Tolz and Juan Tolz Ruiz both testified on Monday.\n\n"I saw nothing," Tolz said.' });
    expect(entityOf(ends, 'Tolz')!.name).toBe('Maria Vek Tolz');
    expect(ends.quotes.map((q) => q.speaker)).toEqual([null]);
    // Two full names hold the word: it stays apart.
    const two = sheetOf({ 'a.txt': 'Ana Tolva Ruiz met Luis Tolva Vek. Tolva said nothing.' });
    expect(entityOf(two, 'Tolva')!.name).toBe('Tolva');
  });

  it('keeps a particle surname apart when two full names in the document end with it', () => {
    const sheet = sheetOf({ 'a.txt': 'Ana Van Vekla met Tomas Van Vekla. Later Van Vekla spoke.' });
    expect(entityOf(sheet, 'Van Vekla')!.name).toBe('Van Vekla');
  });

  it('links spelling variants of a surname when the first names agree', () => {
    const sheet = sheetOf({
      'a.txt': 'Prime Minister Teodor Kowalczyk spoke.',
      'b.txt': 'Prime Minister Teodor Kowalczykk spoke again.',
      'c.txt': 'Prime Minister Teodor Kowalczykk left.',
    });
    const people = sheet.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    // The spelling more documents use wins.
    expect(people[0].name).toBe('Teodor Kowalczykk');
    expect(people[0].aliases).toEqual(['Teodor Kowalczyk']);
  });

  it('links a short form of a first name, but not two different short names', () => {
    const sheet = sheetOf({
      'a.txt': 'Adviser Michael Tarrow spoke.',
      'b.txt': 'Adviser Mike Tarrow spoke.',
      'c.txt': 'Coach Dan Welbeck met Coach Dave Welbeck.',
    });
    expect(entityOf(sheet, 'Mike Tarrow')?.name).toBe('Michael Tarrow');
    expect(entityOf(sheet, 'Dan Welbeck')?.aliases).toEqual([]);
  });

  it('keeps two people with one surname apart when their first names differ', () => {
    const sheet = sheetOf({ 'a.txt': 'Senator Laura Quist met Senator Edwin Quist.' });
    expect(sheet.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Edwin Quist', 'Laura Quist']);
  });

  it('drops middle initials when comparing names, and keeps the form most sources use', () => {
    const sheet = sheetOf({
      'a.txt': 'President Ivan K. Vekrov arrived.',
      'b.txt': 'President Ivan Vekrov arrived.',
      'c.txt': 'President Ivan Vekrov left.',
    });
    const e = entityOf(sheet, 'Ivan Vekrov')!;
    expect(e.aliases).toEqual(['Ivan K. Vekrov']);
  });

  it('links a bare product name to the model it names', () => {
    const sheet = sheetOf({ 'a.txt': 'Crews downed 40 Zarnik-12 drones.', 'b.txt': 'More Zarnik drones flew at night.' });
    expect(entityOf(sheet, 'Zarnik')).toMatchObject({ id: 'other/zarnik-12', name: 'Zarnik-12', aliases: ['Zarnik'] });
  });

  it('links an acronym to the one expansion whose initials it spells', () => {
    const sheet = sheetOf({ 'a.txt': 'The United Nations met. The UN said it would act.' });
    expect(entityOf(sheet, 'UN')?.name).toBe('United Nations');
  });

  it('links an acronym that spells a legal form too ("Group", "Holdings") to that name, and keeps one that spells no name apart', () => {
    const sheet = sheetOf({ 'a.txt': 'Tarvek Marine Holdings bought a yard. TMH said the deal closed. Vekla Port Authority staff said VPX was not a party.' });
    expect(entityOf(sheet, 'TMH')?.name).toBe('Tarvek Marine Holdings');
    expect(entityOf(sheet, 'VPX')?.name).toBe('VPX');
  });

  it("types an acronym's entity by its spelled-out name: an acronym's own type is only a default", () => {
    const sheet = sheetOf({ 'a.txt': 'Floods hit New South Wales. Schools shut across NSW, and NSW crews were out.' });
    expect(entityOf(sheet, 'NSW')).toMatchObject({ type: 'place', name: 'New South Wales' });
  });

  it('does not let one stray typed mention retype an entity most mentions leave untyped', () => {
    const sheet = sheetOf({
      'a.txt': 'Fans queued for the Zorphone. The Zorphone sold out. Critics praised the Zorphone. A Zorphone costs more.',
      'b.txt': 'Sales rose in Zorphone.',
    });
    expect(entityOf(sheet, 'Zorphone')?.type).toBe('other');
  });

  it('keeps a team apart from the town it is named after, within a document that names both', () => {
    const sheet = sheetOf({
      'a.txt': 'Tolbeg beat Vekmoor 2-1 on Saturday. The replay is set for Sunday in Tolbeg.',
      'b.txt': 'Flooding closed two roads in Tolbeg.',
    });
    const ids = sheet.entities.filter((e) => e.name === 'Tolbeg').map((e) => [e.id, e.mentions.map((m) => m.path)]);
    expect(ids).toEqual([['organization/tolbeg', ['a.txt']], ['place/tolbeg', ['a.txt', 'b.txt']]]);
  });

  it('makes the team kept apart from its town one entity with the team the other documents name', () => {
    const sheet = sheetOf({
      'a.txt': 'Tolbeg beat Vekmoor 2-1 on Saturday. The replay is set for Sunday in Tolbeg.',
      'b.txt': 'Tolbeg signed two defenders, the club said. Tolbeg beat Ardvane 3-0 on Tuesday.',
    });
    const team = sheet.entities.filter((e) => e.mentions.some((m) => m.path === 'a.txt' && m.start === 0));
    expect(team).toHaveLength(1);
    expect(team[0]).toMatchObject({ id: 'organization/tolbeg', type: 'organization' });
    expect(team[0].mentions.filter((m) => m.path === 'b.txt')).toHaveLength(2);
  });

  it('uses the same ids whatever the order of documents', () => {
    const texts = { 'a.txt': '“We will win,” said Coach Mira Holm on Friday.', 'b.txt': 'Mira Holm said 12 players were injured on Friday.' };
    const one = sheetOf(texts, '2024-05-06');
    const two = sheetOf({ 'b.txt': texts['b.txt'], 'a.txt': texts['a.txt'] }, '2024-05-06');
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('one fact, many sources', () => {
  it('merges the same quote in two documents into one quote with two citations', () => {
    const sheet = sheetOf({
      'a.txt': '“The harbor will reopen in spring,” Mayor Lise Dahl said.',
      'b.txt': 'Mayor Lise Dahl said: “The harbor will reopen in spring.”',
    });
    expect(sheet.quotes).toHaveLength(1);
    expect(sheet.quotes[0].citations.map((c) => c.path)).toEqual(['a.txt', 'b.txt']);
    expect(sheet.quotes[0].speaker).toBe('person/lise-dahl');
  });

  it('merges one quote carried with small edits by two outlets, and keeps different quotes apart', () => {
    const sheet = sheetOf({
      'a.txt': '“We will rebuild every school in the northern district before the winter comes,” Governor Liesel Marow said.',
      'b.txt': '“We will rebuild every single school in the northern district before winter comes,” said Governor Liesel Marow. “Teachers will be paid in full,” she added.',
    });
    const rebuild = sheet.quotes.filter((q) => q.text.includes('rebuild'));
    expect(rebuild).toHaveLength(1);
    expect(rebuild[0].citations.map((c) => c.path)).toEqual(['a.txt', 'b.txt']);
    expect(sheet.quotes).toHaveLength(2);
  });

  it('keeps the same words credited to different people apart: one quote per named speaker', () => {
    const sheet = sheetOf({
      'a.txt': '"It was a terrible night," said Tavi Orme, who lives by the river.',
      'b.txt': 'A woman who lives nearby spoke. "It was a terrible night," she said.',
      'c.txt': '"It was a terrible night," said Mara Vell, a nurse.',
    });
    const night = sheet.quotes.filter((q) => q.text.startsWith('It was a terrible night'));
    expect(night.map((q) => [q.speaker, q.citations.map((c) => c.path)])).toEqual([
      ['person/tavi-orme', ['a.txt']],
      [null, ['b.txt']],
      ['person/mara-vell', ['c.txt']],
    ]);
    expect(new Set(night.map((q) => q.id)).size).toBe(3);
  });

  it('keeps a short quote of one named speaker apart from the same words that another story credits to no one', () => {
    const sheet = sheetOf({
      'a.txt': 'Tavi Orme, a driver, said he saw nothing. "It was dark," he said.',
      'b.txt': 'One of the victims, a nurse, said she saw nothing. "It was dark," she said.',
    });
    const dark = sheet.quotes.filter((q) => q.text.startsWith('It was dark'));
    expect(dark.map((q) => [q.speaker, q.citations.map((c) => c.path)])).toEqual([
      ['person/tavi-orme', ['a.txt']],
      [null, ['b.txt']],
    ]);
    expect(new Set(dark.map((q) => q.id)).size).toBe(2);
  });

  it('merges the same number and unit, and the same date value', () => {
    const sheet = sheetOf({ 'a.txt': 'Rescuers freed 40 miners on Tuesday.', 'b.txt': 'On Tuesday, 40 miners were freed.' }, '2024-05-09');
    const miners = sheet.numbers.filter((n) => n.unit === 'miner');
    expect(miners).toHaveLength(1);
    expect(miners[0].citations).toHaveLength(2);
    const tuesday = sheet.dates.find((d) => d.value === '2024-05-07');
    expect(tuesday?.citations).toHaveLength(2);
    expect(tuesday?.id).toBe('date/2024-05-07');
  });
});

describe('quote clusters', () => {
  it('joins near-duplicate long quotes, never short ones, whatever the input order', () => {
    const a = 'the plan will cut emissions by half within ten years of its start';
    const b = 'the plan will cut emissions by half within a decade of its start';
    const c = 'the harbor will reopen in spring after repairs to the main pier are done';
    const one = quoteClusters([a, b, c, 'very good', 'very good indeed']);
    const two = quoteClusters(['very good indeed', c, b, a, 'very good']);
    expect(one.get(a)).toBe(one.get(b));
    expect(one.get(c)).toBe(c);
    expect(one.get('very good')).toBe('very good');
    expect([...two.entries()].sort()).toEqual([...one.entries()].sort());
  });
});

describe('name comparison', () => {
  it.each([
    ['kowalczyk', 'kowalczykk', true],
    ['zhang', 'zhanh', true],
    ['smith', 'smyth', true],
    ['lee', 'leo', false],
    ['martin', 'martinez', false],
  ])('nearlyEqual(%s, %s) = %s', (a, b, expected) => {
    expect(nearlyEqual(a, b)).toBe(expected);
  });

  it('folds case, accents, dots and middle initials', () => {
    expect(nameTokens('José M. Álvarez')).toEqual(['jose', 'alvarez']);
    expect(nameTokens('J.D. Vance')).toEqual(['jd', 'vance']);
  });
});
