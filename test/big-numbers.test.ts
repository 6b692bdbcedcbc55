// Numbers a double cannot hold: beyond ~1.8e308 (Infinity) or past 2^53 (rounded).
// One such number in one document must not end the run, and two different
// numbers must never become one fact. Through the real CLI, in a temporary folder.
import { describe, expect, it } from 'vitest';
import { SheetSchema, type Sheet } from '../src/index.ts';
import { canonicalDecimal, compareDecimals, decimalOfNumber, multiplyDecimal, shiftDecimal } from '../src/extract/numbers/decimal.ts';
import { runFactsAsync, testdir } from './helpers/cli.ts';

async function extract(files: Record<string, string>): Promise<Sheet> {
  const r = await runFactsAsync(['extract', '.', '--json'], { cwd: testdir(files) });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return SheetSchema.parse(JSON.parse(r.stdout));
}

const GOOD = 'The council hired 12 nurses on Monday.\n';

describe('numbers beyond the range of a double', () => {
  it.each([
    ['1 and 309 zeros', `1${'0'.repeat(309)}`],
    ['a run of 100,000 digits', '7'.repeat(100_000)],
    ['2 and 400 zeros with a scale word', `2${'0'.repeat(400)} million`],
  ])('%s: the run succeeds, value is null, the exact digits are kept', async (_, written) => {
    const sheet = await extract({ 'big.txt': `The ledger listed ${written} grains of sand.\n`, 'good.txt': GOOD });
    const big = sheet.numbers.find((n) => n.citations[0].path === 'big.txt')!;
    expect(big.value).toBeNull();
    const digits = written.replace(/ million$/u, '000000');
    expect(big.exact).toBe(digits);
    expect(big.id).toBe(`number/${digits}-grain`);
    // The other document's facts are all there.
    expect(sheet.numbers.find((n) => n.citations[0].path === 'good.txt')).toMatchObject({ value: 12, exact: '12', unit: 'nurse' });
    expect(sheet.errors).toEqual([]);
  });

  it('sorts a number with no finite value after every finite one', async () => {
    const sheet = await extract({ 'a.txt': `They counted ${'9'.repeat(400)} stars and 3 planets and 1.5e9 nothing.\n` });
    expect(sheet.numbers.map((n) => n.exact)).toEqual([...sheet.numbers.map((n) => n.exact)].sort(compareDecimals));
    expect(sheet.numbers.at(-1)!.exact).toBe('9'.repeat(400));
  });
});

describe('integers past 2^53 stay distinct facts', () => {
  it('9007199254740992 and 9007199254740993 are two facts with two ids', async () => {
    const sheet = await extract({
      'a.txt': 'The archive holds 9007199254740992 records.\n',
      'b.txt': 'The archive holds 9007199254740993 records.\n',
    });
    expect(sheet.numbers.map((n) => [n.id, n.exact, n.citations.map((c) => c.path)])).toEqual([
      ['number/9007199254740992-record', '9007199254740992', ['a.txt']],
      ['number/9007199254740993-record', '9007199254740993', ['b.txt']],
    ]);
  });

  it('keeps every digit of long integers and decimals, with and without scale words', async () => {
    const sheet = await extract({
      'a.txt':
        'Debt reached $12,345,678,901,234,567,891 last year. ' +
        'The probe flew 0.1000000000000000000001 kilometers. ' +
        'Reserves hold 123456789.123456789 billion barrels.\n',
    });
    expect(sheet.numbers.map((n) => n.exact).sort(compareDecimals)).toEqual([
      '0.1000000000000000000001',
      '123456789123456789',
      '12345678901234567891',
    ]);
  });

  it('the same value written differently is still one fact', async () => {
    const sheet = await extract({ 'a.txt': 'It cost $2.5 million.\n', 'b.txt': 'It cost $2,500,000.\n' });
    expect(sheet.numbers).toHaveLength(1);
    expect(sheet.numbers[0]).toMatchObject({ id: 'number/2500000-usd', value: 2_500_000, exact: '2500000' });
  });
});

describe('exact decimals', () => {
  it.each([
    ['1,000.50', '1000.5'],
    ['0042', '42'],
    ['0.0', '0'],
    ['000.010', '0.01'],
  ])('canonicalDecimal(%s) = %s', (written, exact) => expect(canonicalDecimal(written)).toBe(exact));

  it.each([
    ['1,000', 12, '12000'],
    ['2.5', 12, '30'],
    ['0.01', 12, '0.12'],
    ['9007199254740993', 12, '108086391056891916'],
  ])('multiplyDecimal(%s, %i) = %s', (written, factor, exact) => expect(multiplyDecimal(written, factor)).toBe(exact));

  it.each([
    [2.5, '2.5'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [0, '0'],
    [1500000, '1500000'],
  ])('decimalOfNumber(%d) = %s', (value, exact) => expect(decimalOfNumber(value)).toBe(exact));

  it('orders decimals by value, not as text', async () => {
    const sorted = ['10', '9.99', '0.5', '0.45', '100', '2', '0.05'].sort(compareDecimals);
    expect(sorted).toEqual(['0.05', '0.45', '0.5', '2', '9.99', '10', '100']);
    expect(shiftDecimal('1.5', 400)).toBe(`15${'0'.repeat(399)}`);
  });
});
