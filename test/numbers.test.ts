// Table-driven tests of the number rules (fixtures/extract/numbers.json), run
// through the pipeline's order (dates first, then numbers with dates excluded),
// plus number-word parsing and linear work on adversarial input.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates.ts';
import { extractNumbers } from '../src/extract/numbers.ts';
import { parseNumberWords } from '../src/extract/number-words.ts';
import { compareDecimals, mixedFraction, shiftDecimal } from '../src/extract/numbers/decimal.ts';
import { NumberSchema } from '../src/sheet/schema.ts';
import { segment, type SegmentedDocument, type Token } from '../src/segment/index.ts';
import { ROOT } from './helpers/cli.ts';
import { sourcesWork } from './helpers/work.ts';

interface Expected {
  text: string;
  value: number;
  unit: string | null;
  approximate: boolean;
}
interface Case {
  rule: string;
  text: string;
  expect: Expected[];
}
const table = JSON.parse(readFileSync(new URL('../fixtures/extract/numbers.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  nothing: string[];
};

const numbersOf = (text: string) =>
  extractNumbers(segment(text), extractDates(text, '2025-03-19')).map((n) => ({ text: n.text, value: n.value, unit: n.unit, approximate: n.approximate }));

describe('numbers: table', () => {
  it.each(table.cases)('$rule: $text', (c) => {
    expect(numbersOf(c.text)).toEqual(c.expect);
  });

  it.each(table.nothing)('no number in %j', (text) => {
    expect(numbersOf(text)).toEqual([]);
  });

  it('spans point at the text they quote', () => {
    for (const c of table.cases) {
      const doc = segment(c.text);
      for (const n of extractNumbers(doc, extractDates(c.text, null))) expect(c.text.slice(n.start, n.end)).toBe(n.text);
    }
  });
});

describe('numbers: words', () => {
  it.each([
    ['seven', 7],
    ['twenty-two', 22],
    ['twenty two', 22],
    ['two hundred and five', 205],
    ['one hundred and sixty-one', 161],
    ['three thousand', 3000],
    ['twenty-one trillion three hundred', 21000000000300],
    ['a dozen', 12],
    ['three dozens', 36],
    ['half a million', 500000],
    ['a quarter of a million', 250000],
    ['one and a half', 1.5],
    ['one and a half million', 1500000],
    ['two and a quarter', 2.25],
    ['two-and-a-quarter', 2.25],
    ['three and three quarters', 3.75],
    ['five and four quarters', null],
    ['two point five', 2.5],
    ['two two', null],
    ['twenty thirty', null],
    ['hundred hundred', null],
    ['million thousand', null],
    ['dozens', null],
    ['and', null],
  ] as const)('%s → %s', (phrase, value) => {
    expect(parseNumberWords(phrase)).toBe(value);
  });

  it.each([
    ['2.5', 6, '2500000'],
    ['5.9', 9, '5900000000'],
    ['1.005', 3, '1005'],
    ['4.1556', 0, '4.1556'],
    ['1,674.5', 6, '1674500000'],
    ['1.234', 2, '123.4'],
    ['0.50', 0, '0.5'],
  ] as const)('shiftDecimal(%s, %i) = %s without float noise', (digits, exponent, exact) => {
    expect(shiftDecimal(digits, exponent)).toBe(exact);
  });
});

describe('numbers: signs and fractions in exact', () => {
  it('orders negative exact values before positive ones, the larger magnitude first', () => {
    expect(['3', '-0.5', '0', '-12.5', '-2', '0.25'].sort(compareDecimals)).toEqual(['-12.5', '-2', '-0.5', '0', '0.25', '3']);
  });

  it.each([
    ['-12.5', true],
    ['-0.4', true],
    ['-0', false],
    ['-', false],
    ['--1', false],
    ['+1', false],
  ] as const)('the sheet schema takes exact %j: %s', (exact, ok) => {
    const fact = { id: 'number/x', value: Number(exact) || 0, exact, unit: null, approximate: false, citations: [] };
    expect(NumberSchema.safeParse(fact).success).toBe(ok);
  });

  it.each([
    ['3', 1, 4, '3.25'],
    ['0', 3, 8, '0.375'],
    ['12', 1, 2, '12.5'],
    ['1', 1, 3, '1.3333333333333333'],
  ] as const)('mixedFraction(%s, %i, %i) = %s', (whole, numerator, denominator, exact) => {
    expect(mixedFraction(whole, numerator, denominator)).toBe(exact);
  });

  it('refuses an improper fraction', () => {
    expect(() => mixedFraction('2', 5, 4)).toThrow(RangeError);
  });
});

describe('numbers: robustness', () => {
  it.each(['', ' ', '-', '$', '%', '1', 'one', 'a', '$.', '1.', '.5', ',000', '1,00', '$ $ $', '10 $ 30 $', 'half', 'a half a', '0'.repeat(400), '9'.repeat(30)])(
    'does not throw on %j',
    (text) => {
      const doc = segment(text);
      for (const n of extractNumbers(doc, [])) {
        expect(text.slice(n.start, n.end)).toBe(n.text);
        expect(Number.isFinite(n.value)).toBe(true);
      }
    },
  );

  // A synthetic token stream stands in for compromise (whose own cost is not ours to test):
  // every whitespace-separated piece is a token tagged as compromise tags it most of the time.
  function synthetic(text: string): SegmentedDocument {
    const tokens: Token[] = [];
    const re = /\S+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const tags = /\d/u.test(m[0]) ? ['Value', 'Cardinal', 'NumericValue'] : /^(?:one|two|three)$/u.test(m[0]) ? ['Value', 'Cardinal', 'TextValue'] : ['Noun', 'Plural'];
      tokens.push({ text: m[0], normal: m[0].toLowerCase(), tags: new Set(tags), post: ' ', pre: '', start: m.index, end: m.index + m[0].length, sentence: 0 });
    }
    return { text, tokens, sentences: [{ start: 0, end: text.length, firstToken: 0, lastToken: tokens.length }], paragraphs: [{ start: 0, end: text.length }] };
  }

  // Counted work (V8's block counters in src/), not time: the same on any machine under any load.
  const work = sourcesWork(ROOT);
  beforeAll(() => work.start());
  afterAll(() => work.stop());

  it.each(['1 ', '- ', 'one ', '$1 ', 'R1 ', '1,000 ', 'iPhone 4 ', 'two people '])(
    'stays linear on 1 MB of %j',
    async (unit) => {
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const small = big.slice(0, 100_000);
      const exclude = [{ start: 10, end: 20 }, { start: 500, end: 600 }];
      const [smallDoc, bigDoc] = [synthetic(small), synthetic(big)];
      const smallWork = await work.measure(() => void extractNumbers(smallDoc, exclude));
      const bigWork = await work.measure(() => void extractNumbers(bigDoc, exclude));
      // Ten times the text: linear code does ten times the work, quadratic code a hundred times.
      expect(bigWork, `${smallWork} → ${bigWork}`).toBeLessThanOrEqual(15 * smallWork);
    },
    120_000,
  );

  it('many excluded spans cost a binary search each, not a scan', async () => {
    const run = async (n: number) => {
      const doc = synthetic('7 apples '.repeat(n));
      const exclude = Array.from({ length: n }, (_, i) => ({ start: i * 9 + 2, end: i * 9 + 3 }));
      let found = 0;
      const blocks = await work.measure(() => void (found = extractNumbers(doc, exclude).length));
      expect(found).toBe(n);
      return blocks;
    };
    const [small, large] = [await run(5_000), await run(50_000)];
    // Ten times the spans: a binary search each is ~12× the work; a scan each would be 100×.
    expect(large, `${small} → ${large}`).toBeLessThanOrEqual(20 * small);
  });
});
