// read → segment → extract (per document, pure) → resolve → assemble.
// Segmentation and extraction live in extractDocument, run on worker threads (--jobs) or taken
// from the cache; resolve runs inside assembleSheet over all documents' results, in input order.
import type { Readable } from 'node:stream';
import type { ExtractOptions, InputError, SourceDocument } from './types.ts';
import { displayPath, listInputs, readDocument, totalBytes, type ReadOptions } from './read/index.ts';
import { DEFAULT_STDIN_NAME, readStdinDocument, STDIN_PATH } from './read/stdin.ts';
import { createExtractor, defaultJobs } from './run/pool.ts';
import type { ResultCache } from './run/cache.ts';
import type { TaskOutcome } from './run/task.ts';
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
  /**
   * How many documents are extracted at once, on worker threads (default 1: in this thread, no
   * pool). 'auto': one per core when the files add up to AUTO_PARALLEL_BYTES or more, else 1.
   */
  jobs?: number | 'auto';
  /** Where per-document results are looked up and stored (default: no cache). */
  cache?: ResultCache;
  /**
   * Per-document reference dates by path as shown in the sheet (--ref-dates): one beats the
   * document's own date (front matter, HTML meta), which beats `refDate`.
   */
  refDates?: ReadonlyMap<string, string>;
  /** Called once with the number of inputs to read and of jobs, then once per input done (read or not) with its size in bytes. */
  onProgress?: (event: { total: number; jobs: number } | { done: string; bytes: number; cached: boolean; extracted: boolean }) => void;
}

/**
 * Below this much input, 'auto' runs in-process: a worker thread costs about a second of CPU to
 * load compromise and the gazetteers, while one core extracts about 0.1 MB of news a second, so
 * a second worker only pays from a few seconds of work on.
 */
export const AUTO_PARALLEL_BYTES = 512 * 1024;

/** Documents read ahead of the one being waited for, per job: enough to keep every worker busy, few enough to bound memory. */
const READ_AHEAD = 4;

/** Inputs that contradict each other (the stdin name is also an input file's path). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The first step of every run (whole sheet or streamed): the files the inputs name, the name that
 * cites standard input, and the onListed check, before any file is read. Throws UsageError when
 * the stdin name is also an input file's path, and whatever onListed throws.
 */
export async function listRun(inputs: readonly string[], options: Pick<PipelineOptions, 'stdinName' | 'follow' | 'onListed'>) {
  const stdinName = displayPath(options.stdinName ?? DEFAULT_STDIN_NAME);
  const fromStdin = inputs.includes(STDIN_PATH);
  const listed = await listInputs(inputs.filter((p) => p !== STDIN_PATH), { follow: options.follow });
  if (fromStdin && listed.locations.has(stdinName)) {
    throw new UsageError(`the name for standard input, ${stdinName}, is also the path of an input file: choose another with --stdin-name`);
  }
  await options.onListed?.(listed.locations);
  return { stdinName, fromStdin, listed };
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
  const { stdinName, fromStdin, listed } = await listRun(inputs, options);
  listed.errors.forEach(report);
  // Cited as soon as extracted: the source text is not held to the end of the run.
  const documents: CitedDocument[] = [];
  const paths = fromStdin ? [STDIN_PATH, ...listed.files] : listed.files;
  const wanted = options.jobs === 'auto' ? ((await totalBytes(listed.locations.values())) >= AUTO_PARALLEL_BYTES ? defaultJobs() : 1) : (options.jobs ?? 1);
  const jobs = Math.min(wanted, Math.max(paths.length, 1));
  options.onProgress?.({ total: paths.length, jobs });
  const extractor = createExtractor(jobs);
  const cache = options.cache;
  // Each input's outcome, in input order: documents are read one after another while up to
  // `jobs` are extracted; outcomes are taken in order, so errors are reported and documents
  // assembled exactly as with one job.
  type Outcome = { error: InputError } | { source: SourceDocument; outcome: TaskOutcome; cached: boolean };
  const queue: Promise<Outcome>[] = [];
  const settle = (o: Outcome) => {
    if ('error' in o) {
      report(o.error);
      options.onProgress?.({ done: o.error.path, bytes: 0, cached: false, extracted: false });
      return;
    }
    options.onProgress?.({ done: o.source.path, bytes: o.source.bytes, cached: o.cached, extracted: !o.cached });
    if (o.outcome.ok) documents.push(citeDocument({ source: o.source, ...o.outcome.result }));
    // One document an extractor cannot handle is that document's error, not the end of the run.
    else report({ path: o.source.path, code: 'extraction-failed', message: `extraction failed (${o.outcome.message}); please report this file` });
  };
  try {
    for (const path of paths) {
      const read =
        path === STDIN_PATH ? await readStdinDocument(stdinName, options, options.stdin) : await readDocument(path, options, listed.locations.get(path));
      if (!read.ok) queue.push(Promise.resolve({ error: read.error }));
      else {
        const source = read.document;
        const given = options.refDates?.get(source.path);
        if (given) source.refDate = given;
        const outcome = extractOne(source, source.refDate ?? refDate, extractor, cache);
        // Awaited in turn below; should an earlier one throw (a worker that cannot start), this one
        // must not also surface as an unhandled rejection while the pool shuts down.
        outcome.catch(() => undefined);
        queue.push(outcome);
      }
      while (queue.length >= jobs * READ_AHEAD) settle(await queue.shift()!);
    }
    while (queue.length) settle(await queue.shift()!);
  } finally {
    await extractor.close();
  }
  return assembleCited({ inputs: inputs.map((p) => (p === STDIN_PATH ? stdinName : displayPath(p))), refDate, documents, errors });
}

/** One read document's outcome: from the cache when it holds a valid entry, else extracted (and then stored). */
async function extractOne(
  source: SourceDocument,
  refDate: string | null,
  extractor: ReturnType<typeof createExtractor>,
  cache: ResultCache | undefined,
): Promise<{ source: SourceDocument; outcome: TaskOutcome; cached: boolean }> {
  const key = cache?.key(source, refDate);
  const hit = key ? await cache!.get(key) : null;
  if (hit) return { source, outcome: { ok: true, result: hit }, cached: true };
  const outcome = await extractor.run({ source, refDate });
  // A failure is not cached: the next run tries again (and a fixed extractor changes the key anyway).
  if (outcome.ok && key) await cache!.set(key, outcome.result);
  return { source, outcome, cached: false };
}
