// The per-document stage: pure, so it can run in a worker or be cached by the
// document's hash. Order matters: dates first (numbers inside a date are not
// counts), entities before quotes (speakers are entity mentions).
import type { DocumentFacts, ExtractOptions, SourceDocument } from '../types.ts';
import { segment } from '../segment/index.ts';
import { extractDates } from './dates.ts';
import { extractEntities, withOpeningApostrophes } from './entities.ts';
import { extractNumbers } from './numbers.ts';
import { extractQuotes } from './quotes.ts';
import { excluder } from '../util/spans.ts';

export { extractDates, extractEntities, extractNumbers, extractQuotes };

export function extractDocument(source: SourceDocument, options: ExtractOptions): DocumentFacts {
  const doc = segment(source.text);
  const refDate = validDate(source.refDate) ?? validDate(options.refDate);
  const dates = extractDates(source.text, refDate);
  const numbers = extractNumbers(doc, dates);
  // "fees rose from K200 to K400": the tagger can take an amount's letters for a name, but no name
  // lies inside an amount of money (a unit of three capitals is an ISO 4217 currency).
  const inAmount = excluder(numbers.filter((n) => n.unit !== null && /^[A-Z]{3}$/u.test(n.unit)));
  const entities = extractEntities(doc).filter((m) => !inAmount(m));
  const quotes = extractQuotes(doc, entities);
  return { source, entities: withOpeningApostrophes(source.text, entities), quotes, numbers, dates };
}

/** A reference date the resolvers can use, or null: a malformed one must not crash a run. */
function validDate(date: string | null | undefined): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/u.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  return date;
}
