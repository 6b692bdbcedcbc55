// diffSheets on small hand-built sheets, and its renderers. Pure: no disk.
import { describe, expect, it } from 'vitest';
import { diffSheets, type SheetDiff } from '../src/diff/compare.ts';
import { describeFact, renderAnnotations, renderJson, renderText, summarize, useColor } from '../src/diff/render.ts';
import { formatIssuePath } from '../src/diff/read.ts';
import { SheetSchema, type Sheet } from '../src/sheet/schema.ts';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function cite(path: string, start: number, text: string, line = 1, column = start + 1) {
  return { path, start, end: start + [...text].length, line, column, text };
}

function sheet(parts: Partial<Sheet> = {}): Sheet {
  const base: Sheet = {
    version: 1,
    refDate: '2025-03-19',
    inputs: ['docs'],
    sources: [
      { path: 'docs/a.txt', sha256: SHA_A, bytes: 100, lines: 3 },
      { path: 'docs/b.txt', sha256: SHA_A, bytes: 100, lines: 3 },
    ],
    entities: [],
    quotes: [],
    numbers: [],
    dates: [],
    errors: [],
  };
  // Every hand-built sheet is a valid sheet: the diff never sees anything else.
  return SheetSchema.parse({ ...base, ...parts });
}

const prisoners = (citations: ReturnType<typeof cite>[]) => ({
  id: 'number/175-prisoner',
  value: 175,
  exact: '175',
  unit: 'prisoner',
  approximate: false,
  citations,
});
const in_a = cite('docs/a.txt', 40, '175 prisoners', 2, 10);
const in_b = cite('docs/b.txt', 12, '175 prisoners', 1, 13);
const ready = (speaker: string | null) => ({
  id: 'quote/we-are-ready-1234abcd',
  text: 'We are ready,',
  kind: 'speech' as const,
  speaker,
  cue: speaker ? 'said' : null,
  attribution: null,
  citations: [cite('docs/a.txt', 1, 'We are ready,')],
});
const roe = (aliases: string[], mentions: (ReturnType<typeof cite> & { extent?: ReturnType<typeof cite> })[]) => ({
  id: 'person/jane-roe',
  type: 'person' as const,
  name: 'Jane Roe',
  aliases,
  mentions,
});

interface Case {
  name: string;
  before: Sheet;
  after: Sheet;
  failOnMoves?: boolean;
  different: boolean;
  facts: [id: string, status: string][];
  /** Substrings the rendered text must contain. */
  says?: string[];
  check?: (d: SheetDiff) => void;
}

const cases: Case[] = [
  {
    name: 'identical sheets',
    before: sheet({ numbers: [prisoners([in_a, in_b])] }),
    after: sheet({ numbers: [prisoners([in_a, in_b])] }),
    different: false,
    facts: [],
  },
  {
    name: 'a fact added',
    before: sheet(),
    after: sheet({ numbers: [prisoners([in_a])] }),
    different: true,
    facts: [['number/175-prisoner', 'added']],
    says: ['+ number 175 prisoner (new, cited 1 time)', '+ docs/a.txt:2:10  “175 prisoners”'],
    check: (d) => expect(d.facts[0].evidence).toEqual(in_a),
  },
  {
    name: 'a fact removed',
    before: sheet({ numbers: [prisoners([in_a, in_b])] }),
    after: sheet(),
    different: true,
    facts: [['number/175-prisoner', 'removed']],
    says: ['- number 175 prisoner (gone, was cited 2 times)', '- docs/b.txt:1:13  “175 prisoners”'],
  },
  {
    name: 'citation count change: cited in 2 → 1 sources',
    before: sheet({ numbers: [prisoners([in_a, in_b])] }),
    after: sheet({ numbers: [prisoners([in_a])] }),
    different: true,
    facts: [['number/175-prisoner', 'changed']],
    says: ['~ number 175 prisoner: cited in 2 → 1 sources', '- docs/b.txt:1:13  “175 prisoners”'],
    check: (d) => {
      expect(d.facts[0].citations.removed).toEqual([in_b]);
      expect(d.facts[0].evidence).toEqual(in_b);
    },
  },
  {
    name: 'cited more times in the same source: the same fact, information only',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({ numbers: [prisoners([in_a, cite('docs/a.txt', 90, '175 prisoners', 3, 5)])] }),
    different: false,
    facts: [['number/175-prisoner', 'moved']],
    says: ['information, not a failure: 1 fact moved (cited by the same sources at other places) in docs/a.txt (--fail-on-moves makes these fail)'],
    check: (d) => expect(d.facts[0].info).toBe(true),
  },
  {
    name: 'cited more times in the same source, with failOnMoves',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({ numbers: [prisoners([in_a, cite('docs/a.txt', 90, '175 prisoners', 3, 5)])] }),
    failOnMoves: true,
    different: true,
    facts: [['number/175-prisoner', 'moved']],
    says: ['> number 175 prisoner: cited 1 → 2 times in the same source', '+ docs/a.txt:3:5'],
  },
  {
    name: 'a citation that only moved is a move, not removed + added',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({ numbers: [prisoners([cite('docs/a.txt', 60, '175 prisoners', 3, 10)])] }),
    failOnMoves: true,
    different: true,
    facts: [['number/175-prisoner', 'moved']],
    says: ['> number 175 prisoner: moved docs/a.txt:2:10 → 3:10'],
    check: (d) => {
      expect(d.facts[0].citations.added).toEqual([]);
      expect(d.facts[0].citations.removed).toEqual([]);
      expect(d.facts[0].citations.moved).toHaveLength(1);
      expect(d.summary.facts.moved).toBe(1);
    },
  },
  {
    name: 'moves and sources edited without a change of facts are information by default',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({
      sources: [
        { path: 'docs/a.txt', sha256: SHA_B, bytes: 120, lines: 4 },
        { path: 'docs/b.txt', sha256: SHA_A, bytes: 100, lines: 3 },
      ],
      numbers: [prisoners([cite('docs/a.txt', 60, '175 prisoners', 3, 10)])],
    }),
    different: false,
    facts: [['number/175-prisoner', 'moved']],
    says: ['information, not a failure: 1 fact moved (cited by the same sources at other places); 1 source edited without a change of facts in docs/a.txt'],
    check: (d) => {
      expect(d.facts[0].info).toBe(true);
      expect(d.sources[0].info).toBe(true);
      expect(renderText(d, { color: false })).not.toMatch(/^ {2}[>~] /mu);
    },
  },
  {
    name: 'a move that keeps line and column (text changed earlier on the same line) says so',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({ numbers: [prisoners([{ ...in_a, start: 43, end: 56 }])] }),
    failOnMoves: true,
    different: true,
    facts: [['number/175-prisoner', 'moved']],
    says: ['> number 175 prisoner: moved docs/a.txt:2:10 (same line and column, offset 40 → 43)'],
  },
  {
    name: 'a move in another file is not a move: same text, different file',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({ numbers: [prisoners([cite('docs/b.txt', 40, '175 prisoners', 2, 10)])] }),
    different: true,
    facts: [['number/175-prisoner', 'changed']],
    says: ['- docs/a.txt:2:10', '+ docs/b.txt:2:10'],
  },
  {
    name: 'two mentions, one moved and one gone, in a file that still cites it',
    before: sheet({ numbers: [prisoners([in_a, cite('docs/a.txt', 90, '175 prisoners', 3, 5)])] }),
    after: sheet({ numbers: [prisoners([cite('docs/a.txt', 45, '175 prisoners', 2, 15)])] }),
    failOnMoves: true,
    different: true,
    facts: [['number/175-prisoner', 'moved']],
    says: ['> number 175 prisoner: moved docs/a.txt:2:10 → 2:15; cited 2 → 1 times in the same source', '- docs/a.txt:3:5'],
    check: (d) => {
      expect(d.facts[0].citations.moved).toEqual([{ from: in_a, to: cite('docs/a.txt', 45, '175 prisoners', 2, 15) }]);
      expect(d.facts[0].citations.removed).toEqual([cite('docs/a.txt', 90, '175 prisoners', 3, 5)]);
    },
  },
  {
    name: 'speaker change: null → person',
    before: sheet({ quotes: [ready(null)] }),
    after: sheet({ quotes: [ready('person/jane-roe')] }),
    different: true,
    facts: [['quote/we-are-ready-1234abcd', 'changed']],
    says: ['~ quote “We are ready,”: speaker null → person/jane-roe; cue null → “said”', 'docs/a.txt:1:2  “We are ready,”'],
    check: (d) => expect(d.facts[0].fields.map((f) => f.field)).toEqual(['speaker', 'cue']),
  },
  {
    name: 'entity gained an alias',
    before: sheet({ entities: [roe([], [cite('docs/a.txt', 0, 'Jane Roe')])] }),
    after: sheet({ entities: [roe(['Roe'], [cite('docs/a.txt', 0, 'Jane Roe'), cite('docs/b.txt', 4, 'Roe')])] }),
    different: true,
    facts: [['person/jane-roe', 'changed']],
    says: ['~ entity person/jane-roe: gained alias “Roe”; cited in 1 → 2 sources', '+ docs/b.txt:1:5  “Roe”'],
    check: (d) => expect(d.facts[0].aliases).toEqual({ gained: ['Roe'], lost: [] }),
  },
  {
    name: 'entity lost an alias and changed type',
    before: sheet({ entities: [roe(['Roe'], [cite('docs/a.txt', 0, 'Jane Roe')])] }),
    after: sheet({ entities: [{ ...roe([], [cite('docs/a.txt', 0, 'Jane Roe')]), type: 'other' }] }),
    different: true,
    facts: [['person/jane-roe', 'changed']],
    says: ['type person → other; lost alias “Roe”'],
  },
  {
    name: 'a date mention read differently in place',
    before: sheet({
      dates: [{ id: 'date/2025-03-19', value: '2025-03-19', timex: 'XXXX-WXX-3', citations: [{ ...cite('docs/a.txt', 5, 'Wednesday'), timex: 'XXXX-WXX-3' }] }],
    }),
    after: sheet({
      dates: [{ id: 'date/2025-03-19', value: '2025-03-19', timex: 'XXXX-WXX-3', citations: [{ ...cite('docs/a.txt', 5, 'Wednesday'), timex: 'REF' }] }],
    }),
    different: true,
    facts: [['date/2025-03-19', 'changed']],
    says: ['1 mention re-read', '~ docs/a.txt:1:6  “Wednesday”  timex XXXX-WXX-3 → REF'],
  },
  {
    name: "a name's extent changed in place (the phrase it heads): a change, as a re-read date is",
    before: sheet({ entities: [roe([], [{ ...cite('docs/a.txt', 10, 'Jane Roe'), extent: cite('docs/a.txt', 0, 'US senator Jane Roe') }])] }),
    after: sheet({ entities: [roe([], [cite('docs/a.txt', 10, 'Jane Roe')])] }),
    different: true,
    facts: [['person/jane-roe', 'changed']],
    says: ['1 mention re-read', '~ docs/a.txt:1:11  “Jane Roe”  extent “US senator Jane Roe” → none'],
  },
  {
    name: 'source sha256 changed',
    before: sheet(),
    after: sheet({
      sources: [
        { path: 'docs/a.txt', sha256: SHA_B, bytes: 101, lines: 3 },
        { path: 'docs/b.txt', sha256: SHA_A, bytes: 100, lines: 3 },
      ],
    }),
    failOnMoves: true,
    different: true,
    facts: [],
    says: ['sources', `~ docs/a.txt: sha256 ${'a'.repeat(12)}… → ${'b'.repeat(12)}…, bytes 100 → 101`],
    check: (d) => expect(d.summary.sources.changed).toBe(1),
  },
  {
    name: 'source sha256 changed, facts the same: information by default',
    before: sheet(),
    after: sheet({
      sources: [
        { path: 'docs/a.txt', sha256: SHA_B, bytes: 101, lines: 3 },
        { path: 'docs/b.txt', sha256: SHA_A, bytes: 100, lines: 3 },
      ],
    }),
    different: false,
    facts: [],
    says: ['1 source edited without a change of facts'],
    check: (d) => expect(d.summary.info.sources).toBe(1),
  },
  {
    name: 'a source edited with a change of facts in it counts, one edited elsewhere is information',
    before: sheet({ numbers: [prisoners([in_a])] }),
    after: sheet({
      sources: [
        { path: 'docs/a.txt', sha256: SHA_B, bytes: 101, lines: 3 },
        { path: 'docs/b.txt', sha256: SHA_B, bytes: 100, lines: 3 },
      ],
      numbers: [{ ...prisoners([cite('docs/a.txt', 40, '176 prisoners', 2, 10)]), id: 'number/176-prisoner', value: 176 }],
    }),
    different: true,
    facts: [
      ['number/175-prisoner', 'removed'],
      ['number/176-prisoner', 'added'],
    ],
    says: ['~ docs/a.txt: sha256', '1 source edited without a change of facts'],
    check: (d) => expect(d.sources.map((s) => [s.path, s.info])).toEqual([
      ['docs/a.txt', false],
      ['docs/b.txt', true],
    ]),
  },
  {
    name: "a source's own reference date changed: never information",
    before: sheet(),
    after: sheet({
      sources: [
        { path: 'docs/a.txt', sha256: SHA_A, bytes: 100, lines: 3, refDate: '2025-01-01' },
        { path: 'docs/b.txt', sha256: SHA_A, bytes: 100, lines: 3 },
      ],
    }),
    different: true,
    facts: [],
    says: ['~ docs/a.txt: refDate null → 2025-01-01'],
  },
  {
    name: 'source added and removed, error row added',
    before: sheet(),
    after: sheet({
      sources: [
        { path: 'docs/a.txt', sha256: SHA_A, bytes: 100, lines: 3 },
        { path: 'docs/c.txt', sha256: SHA_A, bytes: 100, lines: 3 },
      ],
      errors: [{ path: 'docs/b.txt', code: 'not-found', message: 'no such file or directory' }],
    }),
    different: true,
    facts: [],
    says: ['- docs/b.txt (source gone)', '+ docs/c.txt (new source)', 'errors', '+ docs/b.txt: not-found: no such file or directory'],
  },
  {
    name: 'error row message changed, and gone',
    before: sheet({
      errors: [
        { path: 'x.bin', code: 'not-text', message: 'binary at byte 3' },
        { path: 'y.bin', code: 'too-large', message: 'too big' },
      ],
    }),
    after: sheet({ errors: [{ path: 'x.bin', code: 'not-text', message: 'binary at byte 4' }] }),
    different: true,
    facts: [],
    says: ['~ x.bin: not-text: binary at byte 3 → binary at byte 4', '- y.bin: too-large: too big'],
  },
  {
    name: 'reference date changed',
    before: sheet(),
    after: sheet({ refDate: '2025-03-20' }),
    different: true,
    facts: [],
    says: ['sheet', '~ refDate 2025-03-19 → 2025-03-20'],
  },
];

describe('diffSheets', () => {
  it.each(cases)('$name', (c) => {
    const d = diffSheets(c.before, c.after, { failOnMoves: c.failOnMoves });
    expect(d.different).toBe(c.different);
    expect(d.facts.map((f) => [f.id, f.status])).toEqual(c.facts);
    const text = renderText(d, { color: false });
    for (const s of c.says ?? []) expect(text).toContain(s);
    if (!c.different && !c.says) expect(text).toBe('');
    c.check?.(d);
    // The JSON view carries the same verdict.
    expect(JSON.parse(renderJson(d, { before: 'a', after: 'b' }))).toMatchObject({ different: c.different });
  });

  it('is symmetric: swapping the sheets swaps added and removed', () => {
    const a = sheet({ numbers: [prisoners([in_a, in_b])] });
    const b = sheet({ numbers: [prisoners([in_a]), { ...prisoners([in_b]), id: 'number/176-prisoner', value: 176, exact: '176' }] });
    const forward = diffSheets(a, b);
    const back = diffSheets(b, a);
    expect(forward.facts.map((f) => f.status)).toEqual(['changed', 'added']);
    expect(back.facts.map((f) => f.status)).toEqual(['changed', 'removed']);
    expect(forward.facts[0].citations.removed).toEqual(back.facts[0].citations.added);
  });

  it('orders numbers by value, whatever order the sheets list them in', () => {
    const n = (value: number) => ({ id: `number/${value}`, value, exact: String(value), unit: null, approximate: false, citations: [in_a] });
    const d = diffSheets(sheet(), sheet({ numbers: [n(30), n(4), n(175)] }));
    expect(d.facts.map((f) => f.id)).toEqual(['number/4', 'number/30', 'number/175']);
  });
});

describe('summaries and renderers', () => {
  const before = sheet({ numbers: [prisoners([in_a, in_b])] });
  const after = sheet({
    numbers: [prisoners([in_a]), { ...prisoners([cite('docs/b.txt', 12, '176 prisoners', 1, 13)]), id: 'number/176-prisoner', value: 176, exact: '176' }],
  });
  const d = diffSheets(before, after);

  it('summarizes counts in words', () => {
    expect(summarize(d)).toBe('1 fact added, 1 changed');
    expect(summarize(diffSheets(before, before))).toBe('no differences');
  });

  it('colours only when asked', () => {
    expect(renderText(d, { color: true })).toMatch(/\u001b\[/u);
    expect(renderText(d, { color: false })).not.toMatch(/\u001b/u);
  });

  it('decides colour from NO_COLOR, FORCE_COLOR and the terminal', () => {
    const tty = { isTTY: true, hasColors: () => true } as unknown as NodeJS.WriteStream;
    const pipe = { isTTY: false } as unknown as NodeJS.WriteStream;
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
  });

  it('never sends control characters from documents to the terminal', () => {
    const evil = sheet({ quotes: [{ ...ready(null), text: 'hi\u001b[2Jthere', citations: [cite('docs/a.txt', 1, 'hi\u001b[2Jthere')] }] });
    const text = renderText(diffSheets(sheet(), evil), { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('hi\\x1b[2Jthere');
  });

  it('writes one GitHub annotation per difference, on the cited line, with escaped properties', () => {
    const out = renderAnnotations(d, { title: 'facts check x.json' }).trimEnd().split('\n');
    expect(out).toEqual([
      '::error file=docs/b.txt,line=1,col=13,title=facts check x.json%3A number changed::number 175 prisoner: cited in 2 → 1 sources — no longer cited at docs/b.txt:1:13 “175 prisoners”',
      '::error file=docs/b.txt,line=1,col=13,title=facts check x.json%3A number added::number 176 prisoner (new, cited 1 time) — cited at docs/b.txt:1:13 “176 prisoners”',
    ]);
    const odd = renderAnnotations(diffSheets(sheet(), sheet({ errors: [{ path: 'a,b:c.txt', code: 'x', message: '50%\nnext' }] })), { title: 't' });
    expect(odd).toBe('::error title=t%3A error row added::a,b:c.txt: x: 50%25%0Anext\n');
  });

  it('folds facts that only moved into one annotation per file, and caps the count', () => {
    const moved = (id: string) => ({ ...prisoners([cite('docs/a.txt', 60, '175 prisoners', 3, 10)]), id });
    const was = (id: string) => ({ ...prisoners([in_a]), id });
    const ids = Array.from({ length: 60 }, (_, i) => `number/${i}`);
    const many = diffSheets(sheet({ numbers: ids.map(was) }), sheet({ numbers: ids.map(moved) }), { failOnMoves: true });
    expect(renderAnnotations(many, { title: 't' })).toBe(
      '::error file=docs/a.txt,title=t%3A facts moved::60 facts only moved in docs/a.txt (text inserted or removed above them); this fails because of --fail-on-moves\n',
    );
    // A fact that only gained a mention in a file that already cites it counts as moved in that file.
    const more = diffSheets(sheet({ numbers: [prisoners([in_a])] }), sheet({ numbers: [prisoners([in_a, cite('docs/a.txt', 90, '175 prisoners', 3, 5)])] }), {
      failOnMoves: true,
    });
    expect(renderAnnotations(more, { title: 't' })).toMatch(/^::error file=docs\/a\.txt,title=t%3A facts moved::1 fact only moved in docs\/a\.txt /u);
    // By default moves are information, and information is no annotation.
    expect(renderAnnotations(diffSheets(sheet({ numbers: ids.map(was) }), sheet({ numbers: ids.map(moved) })), { title: 't' })).toBe('');
    const added = diffSheets(sheet(), sheet({ numbers: ids.map(was) }));
    const lines = renderAnnotations(added, { title: 't', limit: 10 }).trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('::error title=t::… and 50 more differences (see the log)');
  });

  it('describes a changed fact in one line', () => {
    expect(describeFact(d.facts[0])).toBe('number 175 prisoner: cited in 2 → 1 sources');
  });

  it('names schema issue paths the way a person looks them up', () => {
    expect(formatIssuePath(['numbers', 3, 'citations', 0, 'line'])).toBe('numbers[3].citations[0].line');
    expect(formatIssuePath([])).toBe('(top level)');
  });
});
