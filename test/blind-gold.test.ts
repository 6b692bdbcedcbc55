// The blind set's gold (fixtures/blind/*.jsonl) is only worth its figures if every item is the
// text it claims to be, in the shape and vocabulary fixtures/blind/README.md documents.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../src/types.ts';
import { scoreBlind } from '../scripts/eval/blind.ts';
import type { SystemRun } from '../scripts/eval/system.ts';
import { BLIND_SPLITS, blindPath, loadBlind, parseAnnotations, parseArticle, toJsonl, type BlindDoc, type BlindSplit } from '../scripts/eval/build-blind.ts';

const TYPES = ['person', 'organization', 'place', 'other'];
const HOWS = ['after-cue', 'before-cue', 'pronoun', 'description', 'continuation', 'paragraph', 'according-to', 'none'];
// ISO 8601 / TIMEX3 values at their own granularity: decade ("198"), year, month, day (with a time or part
// of day), week, weekend, quarter, half year, season.
const DATE_VALUE = /^(?:\d{3}|\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?)?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?)$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Code-point slice: the gold's offsets are code points, not UTF-16 units. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

function problems(d: BlindDoc): string[] {
  const out: string[] = [];
  const length = Array.from(d.text).length;
  for (const kind of ['entities', 'quotes', 'dates', 'numbers'] as const) {
    for (const item of d[kind]) {
      if (!(Number.isInteger(item.start) && Number.isInteger(item.end) && 0 <= item.start && item.start < item.end && item.end <= length)) out.push(`${kind} ${item.start}-${item.end}: bad offsets`);
      else if (slice(d.text, item.start, item.end) !== item.text) out.push(`${kind} ${item.start}-${item.end}: ${JSON.stringify(slice(d.text, item.start, item.end))} ≠ ${JSON.stringify(item.text)}`);
      if (item.text !== item.text.trim()) out.push(`${kind} "${item.text}": surrounding whitespace`);
    }
  }
  for (const e of d.entities) {
    if (!TYPES.includes(e.type)) out.push(`entity "${e.text}": type ${e.type}`);
    // Conventions: no leading article, no possessive.
    if (/^the\s/iu.test(e.text) && e.type !== 'other') out.push(`entity "${e.text}": leading "the"`);
    if (/['’]s$/u.test(e.text)) out.push(`entity "${e.text}": possessive`);
  }
  const names = new Set(d.entities.map((e) => e.text));
  for (const q of d.quotes) {
    if (!HOWS.includes(q.how)) out.push(`quote "${q.text}": how ${q.how}`);
    if (q.kind !== 'quote' && q.kind !== 'term') out.push(`quote "${q.text}": kind ${q.kind}`);
    if (q.kind === 'term' && q.speaker !== null) out.push(`term "${q.text}" has a speaker`);
    // The speaker is a name the article itself gives (its fullest form): a mention must carry it.
    if (q.speaker !== null && !names.has(q.speaker)) out.push(`quote "${q.text}": speaker "${q.speaker}" is no entity mention of the article`);
  }
  for (const t of d.dates) {
    if (!DATE_VALUE.test(t.value)) out.push(`date "${t.text}": value ${t.value}`);
    // A weekday or a month named in the text must be the value's ("last Tuesday" → a Tuesday).
    const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'u').test(t.text));
    if (weekday >= 0 && (!DAY.test(t.value.slice(0, 10)) || new Date(`${t.value.slice(0, 10)}T00:00:00Z`).getUTCDay() !== weekday)) out.push(`date "${t.text}": ${t.value} is not a ${WEEKDAYS[weekday]}`);
    const month = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}(?:${m.slice(3)}|t)?\\b`, 'u').test(t.text));
    if (month >= 0 && /^\d{4}-\d{2}/u.test(t.value) && Number(t.value.slice(5, 7)) !== month + 1) out.push(`date "${t.text}": ${t.value} is not in ${MONTHS[month]}`);
  }
  for (const n of d.numbers) {
    if (typeof n.value !== 'number' || !Number.isFinite(n.value)) out.push(`number "${n.text}": value ${n.value}`);
    if (n.unit !== null && (typeof n.unit !== 'string' || n.unit === '' || n.unit !== n.unit.trim())) out.push(`number "${n.text}": unit ${JSON.stringify(n.unit)}`);
  }
  // Mentions of one kind never nest or overlap: each name is annotated once, at its longest.
  for (const kind of ['entities', 'dates', 'numbers', 'quotes'] as const) {
    const items = [...d[kind]].sort((a, b) => a.start - b.start);
    for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].end) out.push(`${kind} "${items[i - 1].text}" and "${items[i].text}" overlap`);
  }
  return out;
}

describe('the blind gold reader', () => {
  it('turns marks into code-point offsets, nested marks included', () => {
    const d = parseArticle('x', '2025-03-12', '“{{q:Ama Owusu:after-cue|Ça va {{d:2025-03-11|Tuesday}}}},” said {{p|Ama Owusu}} of {{o|Volta & Sons}}, paying {{n:4500000:USD|$4.5 million}}.\n');
    expect(d.text).toBe('“Ça va Tuesday,” said Ama Owusu of Volta & Sons, paying $4.5 million.\n');
    expect(d.quotes).toEqual([{ start: 1, end: 14, text: 'Ça va Tuesday', speaker: 'Ama Owusu', kind: 'quote', how: 'after-cue' }]);
    expect(d.dates).toEqual([{ start: 7, end: 14, text: 'Tuesday', value: '2025-03-11' }]);
    expect(d.entities.map((e) => [e.text, e.type])).toEqual([['Ama Owusu', 'person'], ['Volta & Sons', 'organization']]);
    expect(d.numbers).toEqual([{ start: 56, end: 68, text: '$4.5 million', value: 4500000, unit: 'USD' }]);
    expect(problems(d)).toEqual([]);
  });
  it('counts code points, not UTF-16 units, after a character outside the BMP', () => {
    const d = parseArticle('x', '2025-03-12', '𝔸 {{l|Lagos}}\n');
    expect(d.entities[0]).toMatchObject({ start: 2, end: 7 });
  });
  it('keeps a time of day in a date value and reads "-" as no speaker', () => {
    const d = parseArticle('x', '2025-03-12', '“{{q:-:none|Go}}” at {{d:2023-11-02T21:40|9.40pm}}\n');
    expect(d.dates[0].value).toBe('2023-11-02T21:40');
    expect(d.quotes[0].speaker).toBeNull();
  });
  it.each([
    ['an unknown mark', '{{z|Lagos}}'],
    ['an unclosed mark', '{{l|Lagos'],
    ['a stray close', 'Lagos}}'],
    ['a number without a unit field', '{{n:3|three}}'],
  ])('rejects %s', (_, text) => {
    expect(() => parseArticle('x', '2025-03-12', text)).toThrow();
  });
  it('finds a gold slice that does not match its text, and a speaker the article never names', () => {
    const d = parseArticle('x', '2025-03-12', '“{{q:Ama Owusu:after-cue|Go}},” said {{p|Ama}}.\n');
    d.entities[0].end += 1;
    expect(problems(d)).toEqual(['entities 11-15: "Ama." ≠ "Ama"', 'quote "Go": speaker "Ama Owusu" is no entity mention of the article']);
  });
});

describe('scoring a blind half', () => {
  // One hand-made article and a hand-made system output: which rows count what.
  const gold = parseArticle('x1', '2025-03-12', '“{{q:Ama Owusu:after-cue|We won}},” said {{p|Ama Owusu}} of {{o|Volta Mills}} {{d:2025-03-11|on Tuesday}}, after {{n:300:worker|300}} workers left {{l|Tema}}.\n');
  const at = (text: string) => ({ start: gold.text.indexOf(text), end: gold.text.indexOf(text) + text.length, text });
  const mention = (text: string, type: 'person' | 'organization' | 'place' | 'other') => ({ ...at(text), type, name: text, titles: [] });
  const facts: DocumentFacts = {
    source: { path: 'x1', text: gold.text, sha256: '', bytes: 0 },
    // Right person; "Volta Mills" typed as a place; "Tema" missed; a spurious "We".
    entities: [mention('Ama Owusu', 'person'), mention('Volta Mills', 'place'), mention('We', 'other')],
    quotes: [{ ...at('We won'), speakerMention: 0, cue: 'said', kind: 'speech', attribution: null }],
    numbers: [{ ...at('300'), value: 300, exact: '300', unit: 'worker', approximate: false }],
    dates: [{ ...at('Tuesday'), timex: 'XXXX-WXX-2', value: '2025-03-04' }],
  };
  const run: SystemRun = {
    facts: [facts],
    resolution: {
      entities: [
        { id: 'person/ama-owusu', type: 'person', name: 'Ama Owusu', aliases: [], members: [[0, 0]] },
        { id: 'place/volta-mills', type: 'place', name: 'Volta Mills', aliases: [], members: [[0, 1]] },
        { id: 'other/we', type: 'other', name: 'We', aliases: [], members: [[0, 2]] },
      ],
      idOf: [['person/ama-owusu', 'place/volta-mills', 'other/we']],
    },
  };
  const report = scoreBlind('blind-x', [gold], run);
  const row = (kind: string, measure: string) => report.rows.find((r) => r.kind === kind && r.measure.startsWith(measure))!;
  it('scores entities on exact span and type, and says which error is which', () => {
    expect(row('entities', 'mentions (exact span+type)').counts).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(row('entities', 'mentions (exact span, any type)').counts).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(row('entities', 'type accuracy').counts).toEqual({ correct: 1, total: 2 });
    expect(report.errors.filter((e) => e.kind === 'entities' && e.error === 'type').map((e) => e.text)).toEqual(['Volta Mills']);
  });
  it('scores a quote, its speaker by name, a date value and a number', () => {
    expect(row('quotes', 'detection').counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(row('quotes', 'speaker accuracy (all spans)').counts).toEqual({ correct: 1, total: 1 });
    expect(row('dates', 'detection (overlap)').counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(row('dates', 'value accuracy (exact)').counts).toEqual({ correct: 0, total: 1 });
    expect(row('numbers', 'unit accuracy').counts).toEqual({ correct: 1, total: 1 });
  });
});

// How many articles each half was written with (fixtures/blind/README.md), so a lost or doubled
// article fails here rather than silently moving a figure.
const ARTICLES: Record<BlindSplit, number> = {
  dev: 30,
  test: 30,
  dev2: 20,
  dev3: 15,
  test2: 20,
  dev4: 15,
  dev5: 15,
  test3: 20,
  dev6: 15,
  dev7: 15,
  test4: 20,
  dev8: 12,
  dev9: 12,
  test5: 20,
  dev10: 12,
  dev11: 14,
  test6: 20,
  dev12: 14,
  test7: 20,
  dev13: 14,
  dev14: 14,
  test8: 20,
  dev15: 14,
  test9: 20,
  dev16: 14,
  test10: 20,
  dev17: 12,
  test11: 18,
  dev18: 12,
  test12: 18,
  test13: 18,
  dev19: 14,
  test14: 18,
  dev20: 14,
  test15: 18,
  test16: 18,
  dev21: 14,
  dev22: 14,
  test17: 18,
  dev23: 14,
  test18: 18,
  test19: 18,
  dev24: 14,
  dev25: 14,
  test20: 18,
  dev26: 14,
  test21: 18,
};

for (const split of BLIND_SPLITS) {
  describe.runIf(existsSync(blindPath(split, 'jsonl')))(`fixtures/blind/${split}.jsonl`, () => {
    const docs = existsSync(blindPath(split, 'jsonl')) ? loadBlind(split) : [];
    it('is exactly what its .ann source gives (run npx tsx scripts/eval/build-blind.ts)', () => {
      expect(readFileSync(blindPath(split, 'jsonl'), 'utf8')).toBe(toJsonl(parseAnnotations(readFileSync(blindPath(split, 'ann'), 'utf8'))));
    });
    const count = ARTICLES[split];
    it(`has ${count} articles of 150–350 words, each with its own id and a reference date`, () => {
      expect(docs).toHaveLength(count);
      expect(new Set(docs.map((d) => d.doc)).size).toBe(count);
      for (const d of docs) {
        expect(d.dct, d.doc).toMatch(DAY);
        const words = d.text.split(/\s+/u).filter(Boolean).length;
        expect(words, d.doc).toBeGreaterThanOrEqual(150);
        expect(words, d.doc).toBeLessThanOrEqual(350);
      }
    });
    it('has every item equal to its code-point slice, in the allowed types and values', () => {
      expect(docs.flatMap((d) => problems(d).map((p) => `${d.doc}: ${p}`))).toEqual([]);
    });
    it('uses only BMP characters, so code-point offsets equal the UTF-16 offsets the harness compares', () => {
      for (const d of docs) expect(Array.from(d.text).length, d.doc).toBe(d.text.length);
    });
  });
}
