// The streaming entry point: the same read → extract → cite steps as extractFacts, but each
// document's verdict is handed on as soon as it is known and nothing is kept, so memory is
// bounded by the largest document, not by the corpus. `--format ndjson`, `--shard` and
// `facts merge` are built on it; the cross-document stage (assembleCited) runs over its items.
import type { InputError } from './types.ts';
import { displayPath, readDocument } from './read/index.ts';
import { DEFAULT_STDIN_NAME, readStdinDocument, STDIN_PATH } from './read/stdin.ts';
import { extractDocument } from './extract/index.ts';
import { citeDocument, type CitedDocument } from './sheet/assemble.ts';
import { listRun, type PipelineOptions } from './pipeline.ts';
import { inShard, type Shard } from './shard.ts';

export type StreamItem = { kind: 'document'; document: CitedDocument } | { kind: 'error'; error: InputError };

export interface StreamOptions extends Partial<PipelineOptions> {
  /** Read only the files (and report only the errors) whose displayed path falls in this shard. */
  shard?: Shard;
}

/** The run's inputs as the sheet shows them ("-" as the stdin name, POSIX separators). */
export function shownInputs(inputs: readonly string[], options: StreamOptions = {}): string[] {
  const stdinName = displayPath(options.stdinName ?? DEFAULT_STDIN_NAME);
  return inputs.map((p) => (p === STDIN_PATH ? stdinName : displayPath(p)));
}

/**
 * Every input's verdict, in reading order: a cited document (its text already dropped) or an
 * input error. Errors are also passed to options.onError. Throws UsageError, and whatever
 * onListed throws, before any document is read.
 */
export async function* extractDocuments(inputs: readonly string[], options: StreamOptions = {}): AsyncGenerator<StreamItem> {
  const refDate = options.refDate ?? null;
  const { stdinName, fromStdin, listed } = await listRun(inputs, options);
  const mine = (path: string) => inShard(path, options.shard);
  const error = (e: InputError): StreamItem => {
    options.onError?.(e);
    return { kind: 'error', error: e };
  };
  for (const e of listed.errors) if (mine(e.path)) yield error(e);
  const paths = fromStdin ? [STDIN_PATH, ...listed.files] : listed.files;
  for (const path of paths) {
    if (!mine(path === STDIN_PATH ? stdinName : path)) continue;
    const read =
      path === STDIN_PATH ? await readStdinDocument(stdinName, options, options.stdin) : await readDocument(path, options, listed.locations.get(path));
    if (!read.ok) {
      yield error(read.error);
      continue;
    }
    // One document an extractor cannot handle is that document's error, not the end of the run.
    let document: CitedDocument;
    try {
      document = citeDocument(extractDocument(read.document, { refDate }));
    } catch (err) {
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      yield error({ path: read.document.path, code: 'extraction-failed', message: `extraction failed (${message.split('\n')[0]}); please report this file` });
      continue;
    }
    yield { kind: 'document', document };
  }
}
