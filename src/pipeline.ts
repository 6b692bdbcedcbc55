// read → segment → extract (per document, pure) → resolve → assemble.
// Segmentation and extraction live in extractDocument; resolve runs inside
// assembleSheet over all documents' results.
import type { DocumentFacts, ExtractOptions, InputError } from './types.ts';
import { displayPath, listInputs, readDocument, type ReadOptions } from './read/index.ts';
import { extractDocument } from './extract/index.ts';
import { assembleSheet } from './sheet/assemble.ts';
import type { Sheet } from './sheet/schema.ts';

export interface PipelineOptions extends ExtractOptions, ReadOptions {
  /** Called once per input error as it happens (the CLI prints them to stderr). */
  onError?: (error: InputError) => void;
}

export async function extractFacts(inputs: readonly string[], options: Partial<PipelineOptions> = {}): Promise<Sheet> {
  const refDate = options.refDate ?? null;
  const report = (e: InputError) => {
    errors.push(e);
    options.onError?.(e);
  };
  const errors: InputError[] = [];
  const listed = await listInputs(inputs, { follow: options.follow });
  listed.errors.forEach(report);
  const documents: DocumentFacts[] = [];
  for (const path of listed.files) {
    const read = await readDocument(path, options, listed.locations.get(path));
    if (!read.ok) {
      report(read.error);
      continue;
    }
    // One document an extractor cannot handle is that document's error, not the end of the run.
    let facts: DocumentFacts;
    try {
      facts = extractDocument(read.document, { refDate });
    } catch (err) {
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      report({ path, code: 'extraction-failed', message: `extraction failed (${message.split('\n')[0]}); please report this file` });
      continue;
    }
    documents.push(facts);
  }
  return assembleSheet({ inputs: inputs.map(displayPath), refDate, documents, errors });
}

