// The terminal summary: distinct sources, every kind of fact with where it comes
// from, the flag that resolves dates, and lines that fit the terminal without
// breaking a character apart.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderSummary, truncateToWidth } from '../src/emit/summary.ts';
import { SheetSchema, type Sheet } from '../src/index.ts';

const cite = (path: string, line: number, text: string) => ({ path, start: 0, end: text.length, line, column: 1, text });

function sheet(overrides: Partial<Sheet> = {}): Sheet {
  return SheetSchema.parse({
    version: 1,
    refDate: null,
    inputs: ['docs'],
    sources: ['a', 'b', 'c', 'd', 'e'].map((n) => ({ path: `docs/${n}.txt`, sha256: '0'.repeat(64), bytes: 10, lines: 9 })),
    entities: [
      {
        id: 'person/ada-ng',
        type: 'person',
        name: 'Ada Ng',
        aliases: ['Ng'],
        mentions: [cite('docs/a.txt', 2, 'Ada Ng'), cite('docs/a.txt', 5, 'Ng'), cite('docs/c.txt', 1, 'Ng')],
      },
    ],
    quotes: [
      {
        id: 'quote/we-are-ready-0',
        text: 'We are ready',
        kind: 'speech' as const,
        speaker: 'person/ada-ng',
        cue: 'said',
        attribution: null,
        // Six citations in five files: "5 sources", not 6.
        citations: [cite('docs/a.txt', 3, 'We are ready'), cite('docs/a.txt', 7, 'We are ready'), ...['b', 'c', 'd', 'e'].map((n) => cite(`docs/${n}.txt`, 4, 'We are ready'))],
      },
    ],
    numbers: [{ id: 'number/175-prisoner', value: 175, exact: '175', unit: 'prisoner', approximate: false, citations: [cite('docs/b.txt', 6, '175 prisoners')] }],
    dates: [
      { id: 'date/2025-03-19', value: '2025-03-19', timex: '2025-03-19', citations: [{ ...cite('docs/d.txt', 8, 'March 19, 2025'), timex: '2025-03-19' }] },
      { id: 'date/XXXX-WXX-3', value: null, timex: 'XXXX-WXX-3', citations: [{ ...cite('docs/e.txt', 9, 'Wednesday'), timex: 'XXXX-WXX-3' }] },
    ],
    errors: [],
    ...overrides,
  });
}

const render = (s: Sheet, width?: number) => renderSummary(s, { color: false, width });
const lineWith = (out: string, needle: string) => out.split('\n').find((l) => l.includes(needle)) ?? '';

describe('summary: what it shows', () => {
  it('counts distinct source files, not citations', () => {
    const out = render(sheet());
    expect(lineWith(out, 'We are ready')).toContain('5 sources');
    expect(out).not.toContain('6 sources');
    expect(lineWith(out, 'Ada Ng')).toMatch(/×3\s+2 sources/u);
  });

  it.each([
    ['an entity', 'Ada Ng', 'docs/a.txt:2'],
    ['a quote', 'We are ready', 'docs/a.txt:3'],
    ['a number', '175 prisoner', 'docs/b.txt:6'],
    ['a resolved date', '2025-03-19', 'docs/d.txt:8'],
    ['an unresolved date', 'XXXX-WXX-3 (unresolved)', 'docs/e.txt:9'],
  ])('shows %s with where it comes from', (_, fact, where) => {
    expect(lineWith(render(sheet()), fact)).toContain(where);
  });

  it('names the flag when dates are unresolved and no reference date was given', () => {
    expect(render(sheet())).toContain('1 date unresolved: pass --ref-date YYYY-MM-DD');
    const resolved = sheet({ refDate: '2025-03-19', dates: sheet().dates.slice(0, 1) });
    expect(render(resolved)).not.toContain('--ref-date');
    expect(render(resolved)).toContain('Reference date 2025-03-19');
  });

  it('says nothing of unresolved dates when there are none', () => {
    expect(render(sheet({ dates: [] }))).not.toMatch(/unresolved|--ref-date/u);
  });

  it('shows a few of each kind, most cited first, and says how many there are', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `number/${i}-ship`,
      value: i,
      exact: String(i),
      unit: 'ship',
      approximate: false,
      citations: Array.from({ length: i === 13 ? 3 : 1 }, (_, k) => cite(`docs/${'abc'[k]}.txt`, i + 1, `${i} ships`)),
    }));
    const out = render(sheet({ numbers: many }));
    expect(out).toMatch(/Numbers \(6 most cited of 20\)\n {2}13 ship/u);
  });

  it('shows a number too long to read by its ends and length', () => {
    const exact = `1${'0'.repeat(309)}`;
    const out = render(sheet({ numbers: [{ id: `number/${exact}`, value: null, exact, unit: null, approximate: false, citations: [cite('docs/a.txt', 1, exact)] }] }));
    expect(out).toContain('100000…000 (310 digits)');
  });
});

describe('summary: width', () => {
  const long = 'This is a long quotation that goes on and on, well past any fixed cut a summary might have made, to see where it ends.';

  it.each([20, 40, 60, 80, 132])('no line is wider than %i columns', (width) => {
    const out = render(sheet({ quotes: [{ ...sheet().quotes[0], text: long }] }), width);
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });

  it('uses the whole width of a wide terminal (no fixed 110-character cut)', () => {
    const out = render(sheet({ quotes: [{ ...sheet().quotes[0], text: long + long }] }), 400);
    expect(lineWith(out, 'This is a long')).toContain(`“${long + long}”  5 sources  docs/a.txt:3`);
  });

  it('falls back to 80 columns when the terminal does not say', () => {
    const out = render(sheet({ quotes: [{ ...sheet().quotes[0], text: long + long }] }));
    const quoteLine = lineWith(out, 'This is a long');
    expect(stringWidth(quoteLine)).toBe(80);
    expect(quoteLine).toMatch(/…”?\s/u);
    // The speaker and where it comes from survive the cut; the quote gives way.
    expect(quoteLine).toMatch(/^ {2}Ada Ng: “This is a long.*…”? {2}5 sources {2}docs\/a\.txt:3$/u);
  });

  const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
  const FAMILY = '👩‍👩‍👧'; // four code points joined by ZWJ, two columns
  const FLAG = '🇺🇦'; // two regional indicators
  const ACCENT = 'e\u0301'; // e + combining acute

  it.each([
    ['emoji joined by ZWJ', FAMILY],
    ['flags', FLAG],
    ['combining accents', ACCENT],
    ['wide CJK characters', '中文'],
  ])('never cuts inside a grapheme: %s', (_, unit) => {
    const text = `ab ${unit.repeat(40)}`;
    const whole = new Set(graphemes(text));
    for (let width = 1; width <= 30; width++) {
      const cut = truncateToWidth(text, width);
      expect(stringWidth(cut), `${width}: ${cut}`).toBeLessThanOrEqual(width);
      for (const g of graphemes(cut.replace(/…$/u, ''))) expect(whole.has(g), `${width}: ${JSON.stringify(g)}`).toBe(true);
    }
    // Through the summary, at every width.
    for (let width = 20; width <= 60; width++) {
      const out = render(sheet({ quotes: [{ ...sheet().quotes[0], text: unit.repeat(60) }] }), width);
      const quoteLine = lineWith(out, 'Ada Ng:');
      expect(stringWidth(quoteLine)).toBeLessThanOrEqual(width);
      const inside = quoteLine.slice(quoteLine.indexOf('“') + 1).replace(/…”?.*$/u, '');
      for (const g of graphemes(inside)) expect(g, `${width}`).toBe(unit === '中文' ? g : unit);
    }
  });
});
