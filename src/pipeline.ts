// read → segment → extract (per document, pure) → resolve → assemble.
// Segmentation and extraction live in extractDocument; resolve runs inside
// assembleSheet over all documents' results.
import type { Readable } from 'node:stream';
import type { DocumentFacts, ExtractOptions, InputError } from './types.ts';
import { displayPath, listInputs, readDocument, type ReadOptions } from './read/index.ts';
import { DEFAULT_STDIN_NAME, readStdinDocument, STDIN_PATH } from './read/stdin.ts';
import { extractDocument } from './extract/index.ts';
import { assembleCited, citeDocument, type CitedDocument } from './sheet/assemble.ts';
import type { Sheet } from './sheet/schema.ts';

export interface PipelineOptions extends ExtractOptions, ReadOptions {
  /** Called once per input error as it happens (the CLI prints them to stderr). */
  onError?: (error: InputError) => void;
  /**
   * Called once the inputs are listed, before any is read, with each file as shown in the sheet
   * and where it is on disk; what it throws ends the run before any work (the CLI refuses an
   * output that is one of the inputs here).
   */
  onListed?: (files: ReadonlyMap<string, string | Buffer>) => void | Promise<void>;
  /** The path that cites the document read from standard input, given as "-" (default "<stdin>"). */
  stdinName?: string;
  /** Where "-" is read from (default process.stdin). */
  stdin?: Readable;
}

/** Inputs that contradict each other (the stdin name is also an input file's path). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Reads `inputs` (files, folders, and "-" for standard input) and returns their fact sheet.
 * Unreadable inputs become error rows, never exceptions. Throws UsageError, and whatever onListed throws.
 */
export async function extractFacts(inputs: readonly string[], options: Partial<PipelineOptions> = {}): Promise<Sheet> {
  const refDate = options.refDate ?? null;
  const report = (e: InputError) => {
    errors.push(e);
    options.onError?.(e);
  };
  const errors: InputError[] = [];
  const stdinName = displayPath(options.stdinName ?? DEFAULT_STDIN_NAME);
  const fromStdin = inputs.includes(STDIN_PATH);
  const listed = await listInputs(inputs.filter((p) => p !== STDIN_PATH), { follow: options.follow });
  if (fromStdin && listed.locations.has(stdinName)) {
    throw new UsageError(`the name for standard input, ${stdinName}, is also the path of an input file: choose another with --stdin-name`);
  }
  await options.onListed?.(listed.locations);
  listed.errors.forEach(report);
  // Cited as soon as extracted: the source text is not held to the end of the run.
  const documents: CitedDocument[] = [];
  for (const path of fromStdin ? [STDIN_PATH, ...listed.files] : listed.files) {
    const read =
      path === STDIN_PATH ? await readStdinDocument(stdinName, options, options.stdin) : await readDocument(path, options, listed.locations.get(path));
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
      report({ path: read.document.path, code: 'extraction-failed', message: `extraction failed (${message.split('\n')[0]}); please report this file` });
      continue;
    }
    documents.push(citeDocument(facts));
  }
  return assembleCited({ inputs: inputs.map((p) => (p === STDIN_PATH ? stdinName : displayPath(p))), refDate, documents, errors });
}

