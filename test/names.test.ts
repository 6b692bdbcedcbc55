// The shared "which earlier full name does this shorter name stand for" choice (src/util/names.ts).
// Names are invented.
import { describe, expect, it } from 'vitest';
import { soleHolderBefore } from '../src/util/names.ts';

const nested = (a: string, b: string) => a.includes(b) || b.includes(a);
const longer = (a: readonly [string, number], b: readonly [string, number]) => a[0].length > b[0].length;

describe('soleHolderBefore', () => {
  const rows: { holders: [string, number][]; at: number; want: string | undefined; why: string }[] = [
    { holders: [['Odile Vekarra', 2], ['Tomas Vekarra', 9]], at: 5, want: 'Odile Vekarra', why: 'a relative named later does not count' },
    { holders: [['Odile Vekarra', 2], ['Tomas Vekarra', 3]], at: 5, want: undefined, why: 'two people named before: nobody' },
    { holders: [['Cruz Vekarra', 2], ['Odile de la Cruz Vekarra', 4]], at: 5, want: 'Odile de la Cruz Vekarra', why: 'a shorter form of one name is one person; the preferred (longer) wins' },
    { holders: [['Odile Vekarra', 7]], at: 5, want: undefined, why: 'none introduced before' },
  ];
  for (const r of rows) {
    it(r.why, () => {
      expect(soleHolderBefore(r.holders, r.at, nested, longer)?.[0]).toBe(r.want);
    });
  }
  it('keeps the first holder seen without a preference', () => {
    expect(soleHolderBefore([['Maria Tolz', 1], ['Ana Maria Tolz', 2]], 3, nested)?.[0]).toBe('Maria Tolz');
  });
});
