// The evaluation harness's own arithmetic, on tiny hand-made inputs.
import { describe, expect, it } from 'vitest';
import { buildGold, locate } from '../scripts/eval/annotations.ts';
import { b3, prf } from '../scripts/eval/metrics.ts';
import { joinClockAndDay, sameDateValue, scoreDates, valueAtSystemGranularity } from '../scripts/eval/score-dates.ts';
import { trimQuoteSpan } from '../scripts/eval/spans.ts';
import { detect, matchOneToOne, overlap, overlapScore } from '../scripts/eval/spans.ts';

const span = (start: number, end: number, extra: object = {}) => ({ start, end, ...extra });

describe('precision, recall, F1', () => {
  it('computes the textbook values', () => {
    const m = prf(6, 2, 4);
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.6);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('is null, not 0 or 1, without evidence', () => {
    expect(prf(0, 0, 3)).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: null });
    expect(prf(0, 1, 1).f1).toBe(0);
  });
});

describe('B³', () => {
  it('is 1 for identical clusterings, whatever the labels', () => {
    const r = b3([
      { gold: 'a', system: 'x' },
      { gold: 'a', system: 'x' },
      { gold: 'b', system: 'y' },
    ]);
    expect(r).toMatchObject({ precision: 1, recall: 1, f1: 1, n: 3 });
  });
  it('penalises a merge in precision and a split in recall', () => {
    // Gold {1,2} {3}; system merges all three.
    const merged = b3([
      { gold: 'a', system: 'x' },
      { gold: 'a', system: 'x' },
      { gold: 'b', system: 'x' },
    ]);
    expect(merged.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(merged.recall).toBe(1);
    // Gold {1,2,3}; system splits off 3.
    const split = b3([
      { gold: 'a', system: 'x' },
      { gold: 'a', system: 'x' },
      { gold: 'a', system: 'y' },
    ]);
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });
  it('is null on no items', () => {
    expect(b3([]).f1).toBeNull();
  });
});

describe('span matching', () => {
  it('measures overlap of half-open spans', () => {
    expect(overlap(span(0, 5), span(5, 9))).toBe(0);
    expect(overlap(span(0, 5), span(3, 9))).toBe(2);
    expect(overlapScore(span(0, 4), span(0, 8))).toBeCloseTo(0.5);
  });
  it('matches one to one, the closest span first', () => {
    const gold = [span(10, 20)];
    const system = [span(8, 12), span(10, 20)];
    expect(matchOneToOne(gold, system, overlapScore)).toEqual([[0, 1]]);
  });
  it('counts a second system span on one gold span as a false positive', () => {
    const d = detect([span(0, 13)], [span(0, 7), span(8, 13)], overlapScore);
    expect([d.tp, d.fp, d.fn]).toEqual([1, 1, 0]);
  });
  it('neither rewards nor penalises optional gold items', () => {
    const gold = [span(0, 5), span(10, 15, { optional: true }), span(20, 25, { optional: true })];
    const d = detect(gold, [span(0, 5), span(10, 15)], overlapScore);
    expect([d.tp, d.fp, d.fn]).toEqual([1, 0, 0]);
  });
});

describe('dates', () => {
  it('scores detection, value accuracy and TempEval value F1 separately', () => {
    const text = 'on Wednesday and last month and in 2024 ok';
    const gold = [
      { start: 3, end: 12, text: 'Wednesday', value: '2025-03-19' },
      { start: 17, end: 27, text: 'last month', value: '2025-02' },
      { start: 35, end: 39, text: '2024', value: '2024' },
    ];
    const system = [
      { start: 3, end: 12, text: 'Wednesday', value: '2025-03-19' },
      { start: 22, end: 27, text: 'month', value: '2025-03' },
      { start: 40, end: 42, text: 'ok', value: '2025' },
    ];
    expect(text.slice(17, 27)).toBe('last month');
    const { rows, errors } = scoreDates('t', [{ doc: 'd', gold, system }]);
    const get = (m: string) => rows.find((r) => r.measure.startsWith(m))!;
    expect(get('detection (overlap)')).toMatchObject({ precision: 2 / 3, recall: 2 / 3, n: 3 });
    expect(get('detection (exact span)')).toMatchObject({ precision: 1 / 3, recall: 1 / 3 });
    expect(get('value accuracy (exact)')).toMatchObject({ score: 0.5, n: 2 });
    expect(get('TempEval-3')).toMatchObject({ precision: 1 / 3, recall: 1 / 3 });
    expect(errors.map((e) => e.error).sort()).toEqual(['FN', 'FP', 'span', 'value']);
  });
  it('drops system dates on ignored spans (the dateline)', () => {
    const { rows } = scoreDates('t', [{ doc: 'd', gold: [], system: [{ start: 0, end: 5, text: 'x', value: null }], ignore: [span(0, 10)] }]);
    expect(rows[0]).toMatchObject({ precision: null, n: 0 });
  });
  it('compares a gold wall-clock time with a zoned system time only when asked (the blind convention)', () => {
    expect(sameDateValue('2026-03-04T15:00Z', '2026-03-04T15:00')).toBe(false);
    expect(sameDateValue('2026-03-04T15:00Z', '2026-03-04T15:00', { wallClock: true })).toBe(true);
    expect(sameDateValue('2026-03-04T23:00+01:00', '2026-03-04T23:00', { wallClock: true })).toBe(true);
    // A gold value that names its zone (MEANTIME's "16:15 UTC") still needs the same zone.
    expect(sameDateValue('2026-03-04T15:00', '2026-03-04T15:00Z', { wallClock: true })).toBe(false);
    expect(sameDateValue('2026-03-04T16:00Z', '2026-03-04T15:00', { wallClock: true })).toBe(false);
    expect(sameDateValue('2026-03', '2026-03-04', { wallClock: true })).toBe(false);
  });
  it('joins a clock time and its day that the other side gives as one item', () => {
    const text = 'The ferry leaves at 7am on Sunday from Brell.';
    const at = (s: string) => text.indexOf(s);
    const item = (s: string, value: string) => ({ start: at(s), end: at(s) + s.length, text: s, value });
    const time = item('7am', '2026-03-08T07:00');
    const day = item('Sunday', '2026-03-08');
    const joined = item('7am on Sunday', '2026-03-08T07:00');
    expect(joinClockAndDay([time, day], [joined], text)).toEqual([joined]);
    // Two items on both sides, or a time on another day, are left as they are.
    expect(joinClockAndDay([time, day], [time, day], text)).toEqual([time, day]);
    const otherDay = { ...time, value: '2026-03-07T07:00' };
    expect(joinClockAndDay([otherDay, day], [joined], text)).toEqual([otherDay, day]);
    // Scored both ways round: gold joined and system split, gold split and system joined.
    const value = (gold: typeof time[], system: typeof time[]) =>
      scoreDates('t', [{ doc: 'd', gold, system, text }], 'dates', { joinClockAndDay: true }).rows.find((r) => r.measure === 'value accuracy (exact)')!;
    expect(value([joined], [time, day])).toMatchObject({ score: 1, n: 1 });
    expect(value([time, day], [joined])).toMatchObject({ score: 1, n: 1 });
    expect(scoreDates('t', [{ doc: 'd', gold: [joined], system: [time, day], text }]).rows.find((r) => r.measure === 'value accuracy (exact)')).toMatchObject({ score: 0, n: 1 });
  });
  it('leaves out a system "now" that the gold does not mark, when asked', () => {
    const now = { start: 10, end: 13, text: 'now', value: 'PRESENT_REF' };
    const fp = (gold: { start: number; end: number; text: string; value: string }[], presentUnmarked: boolean) =>
      scoreDates('t', [{ doc: 'd', gold, system: [now] }], 'dates', { presentUnmarked }).rows[0].counts;
    expect(fp([], false)).toMatchObject({ fp: 1 });
    expect(fp([], true)).toMatchObject({ fp: 0 });
    // Overlapping a gold date, it is judged like any other item.
    expect(fp([{ start: 10, end: 13, text: 'now', value: '2026-03-04' }], true)).toMatchObject({ tp: 1 });
  });
  it('cuts gold to the system granularity only for a time of day', () => {
    expect(valueAtSystemGranularity('2008-03-06', '2008-03-06TMO')).toBe(true);
    expect(valueAtSystemGranularity('2008-03', '2008-03-06')).toBe(false);
    expect(valueAtSystemGranularity(null, '2008')).toBe(false);
  });
});

describe('quote spans', () => {
  it('trims quotation marks, spaces and closing punctuation', () => {
    const text = 'He said “ very good, ” today.';
    const s = trimQuoteSpan(text, { start: 8, end: 22 });
    expect(text.slice(s.start, s.end)).toBe('very good');
  });
});

describe('gold annotations', () => {
  const text = 'Mr. Trump met Trump-Putin allies. Russian Russia said “it’s fine,” on Tuesday night.';
  it('finds the n-th bounded occurrence in document order', () => {
    expect(locate(text, 'Russia', 0, 'entities')).toEqual([42, 48]);
    expect(locate(text, 'Trump', 5, 'entities')).toEqual([14, 19]);
    expect(locate(text, 'it’s fine,', 0, 'quotes')).toEqual([55, 65]);
  });
  it('builds offsets whose slices are the annotated text', () => {
    const ann = '= T person:donald-trump\n@entities\nTrump | T\nTrump | T\nPutin | person:vladimir-putin\nRussia | place:russia\n@quotes\nit’s ... fine, | - | said\n@numbers\n@dates\nTuesday night | 2025-03-18TNI\n';
    const gold = buildGold(ann, 'x.txt', text, '2025-03-19');
    expect(gold.entities.map((e) => [e.start, text.slice(e.start, e.end), e.type])).toEqual([
      [4, 'Trump', 'person'],
      [14, 'Trump', 'person'],
      [20, 'Putin', 'person'],
      [42, 'Russia', 'place'],
    ]);
    expect(gold.quotes[0]).toMatchObject({ text: 'it’s fine,', speaker: null, cue: 'said' });
    expect(gold.dates[0]).toMatchObject({ text: 'Tuesday night', value: '2025-03-18TNI' });
  });
  it('refuses text that is not there', () => {
    expect(() => buildGold('@entities\nBiden | person:joe-biden\n', 'x.txt', text, '2025-03-19')).toThrow(/not found/u);
  });
});

describe('committed seed gold', () => {
  it('has offsets that slice to its text and is built from the current annotations', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { loadSeedGold } = await import('../scripts/eval/gold.ts');
    const { formatGold, SEED_REF_DATE } = await import('../scripts/eval/build-gold.ts');
    const golds = loadSeedGold('.');
    expect(golds.length).toBe(readdirSync('seeds').length);
    for (const { gold, text } of golds) {
      const name = gold.source.replace(/^seeds\//u, '');
      const ann = readFileSync(`fixtures/gold/annotations/${name}.ann`, 'utf8');
      expect(formatGold(buildGold(ann, gold.source, text, SEED_REF_DATE))).toBe(readFileSync(`fixtures/gold/${name}.json`, 'utf8'));
    }
  });
});

describe('MEANTIME conventions', () => {
  it('keeps the parts of a coordinated value, not the whole', async () => {
    const { innermost } = await import('../scripts/eval/meantime.ts');
    const whole = span(0, 30);
    const parts = [span(0, 20), span(25, 30)];
    expect(innermost([whole, ...parts])).toEqual(parts);
    expect(innermost([span(0, 5), span(0, 5)])).toHaveLength(2);
  });
  it('drops a leading article from a gold name and reads a day-first dct', async () => {
    const { withoutArticle, normalizeDct } = await import('../scripts/eval/meantime.ts');
    expect(withoutArticle({ start: 10, end: 27, text: 'the United States' })).toEqual({ start: 14, end: 27, text: 'United States' });
    expect(withoutArticle({ start: 0, end: 5, text: 'Apple' })).toEqual({ start: 0, end: 5, text: 'Apple' });
    expect(normalizeDct('03-02-2009')).toBe('2009-02-03');
    expect(normalizeDct('2009-02-03')).toBe('2009-02-03');
  });
  it('names ISO weeks', async () => {
    const { isoWeek } = await import('../scripts/eval/date-libraries.ts');
    expect(isoWeek(2025, 3, 19)).toBe('2025-W12');
    expect(isoWeek(2021, 1, 1)).toBe('2020-W53');
    expect(isoWeek(2024, 12, 30)).toBe('2025-W01');
  });
});

describe('speaker mapping', () => {
  it('maps a system entity to the gold key covering most of its mentions', async () => {
    const { mapSystemEntities } = await import('../scripts/eval/seeds.ts');
    const mention = (start: number, end: number) => ({ start, end, text: 'x', type: 'person' as const, name: 'x', titles: [] });
    const facts = [{ source: { path: 'a', text: '', sha256: '', bytes: 0 }, entities: [mention(0, 5), mention(10, 15), mention(20, 25)], quotes: [], numbers: [], dates: [] }];
    const resolution = {
      entities: [
        { id: 'person/a', type: 'person' as const, name: 'a', aliases: [], members: [[0, 0], [0, 1], [0, 2]] as [number, number][] },
      ],
      idOf: [['person/a', 'person/a', 'person/a']],
    };
    const g = (start: number, end: number, entity: string) => ({ text: 'x', start, end, type: 'person' as const, entity });
    const gold = [{ source: 'a', refDate: '2025-03-19', entities: [g(0, 5, 'person:z'), g(10, 15, 'person:y'), g(20, 25, 'person:y')], quotes: [], numbers: [], dates: [] }];
    expect(mapSystemEntities(facts, resolution, gold).get('person/a')).toBe('person:y');
  });
});
