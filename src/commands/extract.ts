import { promises as fs } from 'node:fs';
import { extractFacts, UsageError, type PipelineOptions } from '../pipeline.ts';
import { checkSheet } from '../sheet/schema.ts';
import { batched, sheetChunks, writeChunks } from '../emit/stream-json.ts';
import { sheetToJson } from '../emit/json.ts';
import { renderSummary, safeForTerminal } from '../emit/summary.ts';
import { resolveTarget, writeFileAtomic, WriteError, type ResolvedTarget } from '../emit/write.ts';
import { STDIN_PATH } from '../read/stdin.ts';
import { readRefDates, RefDatesError } from '../read/ref-dates.ts';
import { runOptions } from '../run/options.ts';
import { heapGrowthFlag } from '../run/heap.ts';
import { createProgress, type Progress } from '../emit/progress.ts';
import { inShard, type Shard } from '../shard.ts';

export interface ExtractFlags {
  json?: boolean;
  /** A file, or "-" for standard output. */
  output?: string;
  stdinName?: string;
  refDate?: string;
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
  follow?: boolean;
  strict?: boolean;
  /** Documents extracted at once (default: one per core for 512 KB of input or more, else 1). */
  jobs?: number;
  /** false with --no-cache. */
  cache?: boolean;
  /** A CSV/TSV of path,date (--ref-dates). */
  refDates?: string;
  /** No progress display. */
  quiet?: boolean;
  /** 'ndjson': one line per document as it is done (src/commands/extract-stream.ts). */
  format?: string;
  shard?: Shard;
}

const STDOUT = '-';

export async function extractCommand(paths: string[], flags: ExtractFlags): Promise<number> {
  if (flags.format === 'ndjson' || flags.shard) {
    if (flags.format !== 'ndjson') {
      process.stderr.write('facts: --shard writes what `facts merge` reads: add --format ndjson\n');
      return 2;
    }
    const { extractNdjsonCommand } = await import('./extract-stream.ts');
    return extractNdjsonCommand(paths, flags);
  }
  if (flags.stdinName !== undefined && !paths.includes(STDIN_PATH)) {
    process.stderr.write('facts: --stdin-name names standard input, but - is not among the paths\n');
    return 2;
  }
  const toFile = flags.output !== undefined && flags.output !== STDOUT ? flags.output : null;
  // Checked before any work: a FIFO, a device, a folder or a read-only file is refused now, not
  // after the whole run (writeFileAtomic checks again when it writes).
  const target = toFile === null ? null : await resolveTarget(toFile);
  const refDates = await loadRefDates(flags);
  if (refDates === null) return 2;
  if (paths.includes(STDIN_PATH) && process.stdin.isTTY) process.stderr.write('facts: reading standard input (end it with Ctrl-D)\n');
  let sheet;
  const run = runHooks(flags);
  try {
    sheet = await extractFacts(paths, {
      ...run.options,
      refDates,
      refDate: flags.refDate ?? null,
      maxFileSize: flags.maxFileSize,
      encoding: flags.encoding,
      stdinName: flags.stdinName,
      follow: flags.follow,
      onListed: target ? (files) => refuseInputAsOutput(toFile!, target, files) : undefined,
    });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`facts: ${safeForTerminal(err.message)}\n`);
      return 2;
    }
    throw err;
  } finally {
    run.stop();
  }
  warnUnusedRefDates(refDates, [...sheet.sources, ...sheet.errors].map((src) => src.path));
  run.stats(sheet.sources.length);
  // The contract is checked on the way out: a sheet that fails it is a bug, and says so loudly.
  checkSheet(sheet);
  if (sheet.sources.length === 0 && sheet.errors.length === 0) {
    // In CI an empty sheet usually means a wrong path, so it is an error, as ESLint's "no files matching".
    process.stderr.write(`facts: no files found in ${paths.map((p) => safeForTerminal(p)).join(', ')} (hidden files and folders are skipped)\n`);
    return 2;
  }
  if (sheet.sources.length === 0) {
    process.stderr.write('facts: nothing could be read\n');
    return 2;
  }
  // Written in pieces (src/emit/stream-json.ts): a large corpus's sheet does not fit in one string.
  if (toFile !== null) {
    await writeFileAtomic(toFile, batched(sheetChunks(sheet)));
    process.stderr.write(`facts: wrote ${safeForTerminal(toFile)} (${sheet.sources.length} sources, ${sheet.errors.length} errors)\n`);
  } else if (flags.output === STDOUT || flags.json || !process.stdout.isTTY) {
    // On a terminal the JSON's bidi controls are escaped too: they would reorder what is shown.
    if (process.stdout.isTTY) process.stdout.write(sheetToJson(sheet, { terminal: true }));
    else await writeChunks(process.stdout, sheetChunks(sheet));
  } else {
    const color = !process.env.NO_COLOR && process.stdout.hasColors?.() !== false;
    process.stdout.write(renderSummary(sheet, { color, width: process.stdout.columns }));
  }
  return flags.strict && sheet.errors.length ? 1 : 0;
}

/** The --ref-dates file read (undefined without the flag), or null after a one-line error for a file that cannot be used. */
export async function loadRefDates(flags: ExtractFlags): Promise<Map<string, string> | undefined | null> {
  try {
    return flags.refDates === undefined ? undefined : await readRefDates(flags.refDates);
  } catch (err) {
    if (!(err instanceof RefDatesError)) throw err;
    process.stderr.write(`facts: --ref-dates ${safeForTerminal(err.message)}\n`);
    return null;
  }
}

/** A date for a path that is no source of this run is most likely a path written differently: says so on stderr. */
export function warnUnusedRefDates(refDates: ReadonlyMap<string, string> | undefined, shown: Iterable<string>, shard?: Shard): void {
  if (!refDates) return;
  const seen = new Set(shown);
  // With --shard, the other shards' paths are not this run's to match.
  const unused = [...refDates.keys()].filter((p) => !seen.has(p) && inShard(p, shard));
  if (unused.length) {
    process.stderr.write(
      `facts: --ref-dates: ${unused.length} path${unused.length === 1 ? '' : 's'} matched no source (paths are compared as the sheet shows them), e.g. ${safeForTerminal(unused[0])}\n`,
    );
  }
}

/**
 * What the sheet and the NDJSON writers pass to the per-document path from the flags: --jobs, the
 * cache (unless --no-cache), the progress display (unless --quiet), errors printed as they come
 * (above the progress bar); stats() prints FACTS_DEBUG_STATS's counts, stop() clears the bar.
 */
export function runHooks(flags: ExtractFlags) {
  let progress: Progress | undefined;
  // FACTS_DEBUG_STATS=1 reports these: how tests see that a warm run extracted nothing and started no thread.
  let [extracted, cachedCount, jobs] = [0, 0, 0];
  const say = (line: string) => (progress ? progress.log(line) : process.stderr.write(line));
  const options: Partial<PipelineOptions> = {
    ...runOptions(flags),
    onProgress: (e) => {
      if ('total' in e) {
        if (!flags.quiet) progress = createProgress({ total: e.total });
      } else if ('jobs' in e) jobs = e.jobs;
      else {
        if (e.cached) cachedCount++;
        if (e.extracted) extracted++;
        progress?.tick(e.bytes);
      }
    },
    onError: (e) => say(`facts: ${safeForTerminal(e.path)}: ${e.code}: ${safeForTerminal(e.message)}\n`),
  };
  return {
    options,
    stop: () => progress?.stop(),
    /** `jobs` is 0 when no document needed extracting (no thread started, no NLP loaded). */
    stats: (sources: number) => {
      if (process.env.FACTS_DEBUG_STATS) {
        process.stderr.write(`facts: stats: heap ${heapGrowthFlag(process.env.NODE_OPTIONS, process.execArgv) ?? 'sized by the user'}\n`);
        process.stderr.write(`facts: stats: ${sources} sources, ${extracted} extracted, ${cachedCount} from the cache, ${jobs} job${jobs === 1 ? '' : 's'}\n`);
        if (options.cache?.sheetHits) process.stderr.write('facts: stats: sheet from the cache\n');
      }
    },
  };
}

/**
 * `facts extract in.txt -o in.txt` would replace the article with its own sheet: refused when the
 * output is an input file, compared by real path (and by device and inode, which also catches a
 * differently cased name on a case-insensitive disk and a hard link). Throws WriteError.
 */
export async function refuseInputAsOutput(output: string, target: ResolvedTarget, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  // A file that does not exist yet is no input.
  if (!target.stat) return;
  for (const [shown, location] of files) {
    const [real, stat] = await Promise.all([fs.realpath(location).then(String, () => null), fs.stat(location).catch(() => null)]);
    const same = real === target.path || (stat !== null && stat.dev === target.stat.dev && stat.ino === target.stat.ino);
    if (same) {
      const named = shown === output ? '' : ` (${shown})`;
      throw new WriteError(
        output,
        'input-file',
        `refusing to write the sheet over ${output}${named}: it is an input of this run; write it outside the input folders, or name it with a leading dot`,
      );
    }
  }
}
