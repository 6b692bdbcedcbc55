// The one per-document path every run takes: list the inputs, read each document, take its facts
// from the cache or extract them (in this thread or on worker threads), cite them, and hand each
// input's verdict on in input order as soon as it is known. Nothing is kept, so memory is bounded
// by the largest document and the read-ahead, not by the corpus. The whole sheet (extractFacts in
// pipeline.ts), `--format ndjson`, `--shard` and `facts merge` are built on it.
import type { Readable } from 'node:stream';
import type { ExtractOptions, InputError, SourceDocument } from './types.ts';
import { displayPath, listInputs, readDocument, totalBytes, type ReadOptions } from './read/index.ts';
import { DEFAULT_STDIN_NAME, readStdinDocument, STDIN_PATH } from './read/stdin.ts';
import { createExtractor, defaultJobs, type Extractor } from './run/pool.ts';
import type { ResultCache } from './run/cache.ts';
import type { TaskOutcome } from './run/task.ts';
import { citeDocument, type CitedDocument } from './sheet/assemble.ts';
import { inShard, type Shard } from './shard.ts';

/** `cacheKey`: the document's result-cache key, when a cache is used; `cached`: its result came from there. */
export type StreamItem = { kind: 'document'; document: CitedDocument; cacheKey?: string; cached?: boolean } | { kind: 'error'; error: InputError };

/** What onProgress hears: the inputs to read; the jobs, once the first document needs extracting; then each input done. */
export type ProgressEvent = { total: number } | { jobs: number } | { done: string; bytes: number; cached: boolean; extracted: boolean };

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
   * pool). 'auto': one per core when the files still to read add up to AUTO_PARALLEL_BYTES or
   * more when the first document misses the cache, else 1. No thread starts (and the NLP is not
   * loaded) before a document misses the cache.
   */
  jobs?: number | 'auto';
  /** Where per-document results are looked up and stored (default: no cache). */
  cache?: ResultCache;
  /**
   * Per-document reference dates by path as shown in the sheet (--ref-dates): one beats the
   * document's own date (front matter, HTML meta), which beats `refDate`.
   */
  refDates?: ReadonlyMap<string, string>;
  /**
   * Reference dates a sheet recorded per source (`facts check`): used for a document that declares
   * none of its own, so dates resolved against `--ref-dates` are resolved the same way again, while
   * a date the document now declares itself still wins (and shows as a change).
   */
  recordedRefDates?: ReadonlyMap<string, string>;
  /** Called with the number of inputs to read, with the jobs when they are decided (never, when every document is cached), and once per input done (read or not) with its size in bytes. */
  onProgress?: (event: ProgressEvent) => void;
}

export interface StreamOptions extends Partial<PipelineOptions> {
  /** Read only the files (and report only the errors) whose displayed path falls in this shard. */
  shard?: Shard;
}

/**
 * Below this much input, 'auto' runs in-process: a worker thread costs about a second of CPU to
 * load compromise and the gazetteers, while one core extracts about 0.1 MB of news a second, so
 * a second worker only pays from a few seconds of work on.
 */
export const AUTO_PARALLEL_BYTES = 512 * 1024;

/** Standard input among the paths to read: a NUL never appears in a shown path. */
const STDIN_ENTRY = '\0stdin';

/** Documents read ahead of the one being waited for, per worker thread: enough to keep every worker busy, few enough to bound memory. */
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

/** The run's inputs as the sheet shows them ("-" as the stdin name, POSIX separators). */
export function shownInputs(inputs: readonly string[], options: StreamOptions = {}): string[] {
  const stdinName = displayPath(options.stdinName ?? DEFAULT_STDIN_NAME);
  return inputs.map((p) => (p === STDIN_PATH ? stdinName : displayPath(p)));
}

type Outcome = { error: InputError } | { source: SourceDocument; outcome: TaskOutcome; cached: boolean; key?: string };

/**
 * Every input's verdict, in reading order: a cited document (its text already dropped) or an
 * input error. Errors are also passed to options.onError. Documents are read one after another
 * while up to `jobs` are extracted; verdicts are handed on in input order, so the items are the
 * same whatever the jobs and whatever the cache held. Throws UsageError, and whatever onListed
 * throws, before any document is read. Worker threads, if any started, stop when the generator
 * ends or is returned early.
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
  // Standard input gets a name no listed file can have: a file the user named "./-" is shown as
  // "-", and must still be read from the disk.
  const paths = (fromStdin ? [STDIN_ENTRY, ...listed.files] : listed.files).filter((p) => mine(p === STDIN_ENTRY ? stdinName : p));
  options.onProgress?.({ total: paths.length });
  const asked = options.jobs ?? 1;
  if (asked !== 'auto' && (!Number.isInteger(asked) || asked < 1)) throw new RangeError(`jobs must be a whole number ≥ 1, got ${asked}`);
  const cache = options.cache;
  // The extractor starts on the first cache miss, sized by what is left to do then: a run whose
  // every document is cached loads no NLP and starts no thread.
  let extractor: Extractor | undefined;
  let jobs = 0;
  let starting: Promise<Extractor> | undefined;
  // `at`: the document's index in `paths`; the ones after it are still to be read.
  const extractorFor = (source: SourceDocument, at: number) =>
    (starting ??= (async () => {
      const left = paths.slice(at + 1);
      jobs = asked === 'auto' ? 1 : asked;
      if (asked === 'auto') {
        const bytes = source.bytes + (await totalBytes(left.map((p) => listed.locations.get(p) ?? p)));
        if (bytes >= AUTO_PARALLEL_BYTES) jobs = defaultJobs();
      }
      jobs = Math.max(1, Math.min(jobs, left.length + 1));
      options.onProgress?.({ jobs });
      return (extractor = createExtractor(jobs));
    })());
  const extractOne = async (source: SourceDocument, at: number): Promise<Outcome> => {
    const refDateOf = source.refDate ?? refDate;
    const key = cache?.key(source, refDateOf);
    const hit = key ? await cache!.get(key) : null;
    if (hit) return { source, outcome: { ok: true, result: hit }, cached: true, key };
    const outcome = await (await extractorFor(source, at)).run({ source, refDate: refDateOf });
    // A failure is not cached: the next run tries again (and a fixed extractor changes the key anyway).
    if (outcome.ok && key) await cache!.set(key, outcome.result);
    return { source, outcome, cached: false, key };
  };
  const settle = (o: Outcome): StreamItem => {
    if ('error' in o) {
      options.onProgress?.({ done: o.error.path, bytes: 0, cached: false, extracted: false });
      return error(o.error);
    }
    options.onProgress?.({ done: o.source.path, bytes: o.source.bytes, cached: o.cached, extracted: !o.cached });
    // One document an extractor cannot handle is that document's error, not the end of the run.
    if (!o.outcome.ok) return error({ path: o.source.path, code: 'extraction-failed', message: `extraction failed (${o.outcome.message}); please report this file` });
    // Cited at once: the source text is not held any longer.
    return { kind: 'document', document: citeDocument({ source: o.source, ...o.outcome.result }), cacheKey: o.key, cached: o.cached };
  };
  // Reading ahead keeps worker threads busy; in this thread (one job, or every document cached so
  // far) it would only hold texts, so each verdict is handed on before the next document is read.
  const limit = () => (jobs > 1 ? jobs * READ_AHEAD : 1);
  const queue: Promise<Outcome>[] = [];
  try {
    for (const [at, path] of paths.entries()) {
      const read =
        path === STDIN_ENTRY ? await readStdinDocument(stdinName, options, options.stdin) : await readDocument(path, options, listed.locations.get(path));
      if (!read.ok) queue.push(Promise.resolve({ error: read.error }));
      else {
        const source = read.document;
        const given = options.refDates?.get(source.path);
        if (given) source.refDate = given;
        else if (!source.refDate) {
          const recorded = options.recordedRefDates?.get(source.path);
          if (recorded) source.refDate = recorded;
        }
        const outcome = extractOne(source, at);
        // Awaited in turn below; should an earlier one throw (a worker that cannot start), this one
        // must not also surface as an unhandled rejection while the pool shuts down.
        outcome.catch(() => undefined);
        queue.push(outcome);
      }
      while (queue.length >= limit()) yield settle(await queue.shift()!);
    }
    while (queue.length) yield settle(await queue.shift()!);
  } finally {
    // Started or starting: wait for it, then stop its threads.
    await starting?.catch(() => undefined);
    await extractor?.close();
  }
}
