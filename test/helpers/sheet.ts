import type { Sheet } from '../../src/index.ts';

/** Every citation in a sheet: entity mentions, and quote, number and date citations. */
export function allCitations(sheet: Sheet) {
  return [
    ...sheet.entities.flatMap((e) => e.mentions),
    ...sheet.quotes.flatMap((q) => q.citations),
    ...sheet.numbers.flatMap((n) => n.citations),
    ...sheet.dates.flatMap((d) => d.citations),
  ];
}
