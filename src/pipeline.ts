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
  for await (const item of extractDocuments(inputs, options)) {
    if (item.kind === 'document') documents.push(item.document);
    else errors.push(item.error);
  }
  return assembleCited({ inputs: shownInputs(inputs, options), refDate: options.refDate ?? null, documents, errors });
}
