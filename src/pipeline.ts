// read → segment → extract (per document, pure) → resolve → assemble.
// The per-document steps (read, cache or extract on worker threads, cite) are extractDocuments in
// stream.ts, the same path `--format ndjson` takes; resolve runs inside assembleCited over all
// documents' results, in input order.
import type { InputError } from './types.ts';
import { extractDocuments, shownInputs, type PipelineOptions } from './stream.ts';
import { assembleCited, type CitedDocument } from './sheet/assemble.ts';
import type { Sheet } from './sheet/schema.ts';

export { AUTO_PARALLEL_BYTES, listRun, UsageError, type PipelineOptions, type ProgressEvent } from './stream.ts';

/**
 * Reads `inputs` (files, folders, and "-" for standard input) and returns their fact sheet.
 * Unreadable inputs become error rows, never exceptions. Throws UsageError, and whatever onListed throws.
 */
export async function extractFacts(inputs: readonly string[], options: Partial<PipelineOptions> = {}): Promise<Sheet> {
  const documents: CitedDocument[] = [];
  const errors: InputError[] = [];
  const keys: (string | undefined)[] = [];
  let allCached = true;
  for await (const item of extractDocuments(inputs, options)) {
    if (item.kind === 'document') {
      documents.push(item.document);
      keys.push(item.cacheKey);
      allCached &&= item.cached === true;
    } else errors.push(item.error);
  }
  const run = { inputs: shownInputs(inputs, options), refDate: options.refDate ?? null, documents, errors };
  // A run whose every document came from the cache may find its whole sheet there too: the
  // cross-document step is most of a cached run's time.
  const cache = options.cache;
  const sheetKey = cache && allCached ? cache.sheetKey({ inputs: run.inputs, refDate: run.refDate, sources: documents.map((d, i) => [d.source, keys[i]]), errors }) : null;
  const stored = sheetKey ? await cache!.getSheet(sheetKey) : null;
  if (stored) return stored;
  const sheet = assembleCited(run);
  if (sheetKey) await cache!.setSheet(sheetKey, sheet);
  return sheet;
}
