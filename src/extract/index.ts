// The per-document stage: pure, so it can run in a worker or be cached by the
// document's hash. Order matters: dates first (numbers inside a date are not
// counts), entities before quotes (speakers are entity mentions).
import type { DocumentFacts, ExtractOptions, SourceDocument } from '../types.ts';
import { segment } from '../segment/index.ts';
import { extractDates } from './dates.ts';
import { extractEntities } from './entities.ts';
import { extractNumbers } from './numbers.ts';
import { extractQuotes } from './quotes.ts';

export { extractDates, extractEntities, extractNumbers, extractQuotes };

export function extractDocument(source: SourceDocument, options: ExtractOptions): DocumentFacts {
  const doc = segment(source.text);
  const refDate = source.refDate ?? options.refDate;
  const dates = extractDates(source.text, refDate);
  const numbers = extractNumbers(doc, dates);
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities);
  return { source, entities, quotes, numbers, dates };
}
