// The flags of `facts extract` and what every writer of its output (the whole sheet in
// ./extract.ts, NDJSON in ./extract-stream.ts, a replay in ./extract-replay.ts) makes of them; kept
// apart so that those three import it and not each other.
import type { PipelineOptions } from '../pipeline.ts';
import { safeForTerminal } from '../emit/terminal-text.ts';
import { runOptions } from '../run/options.ts';
import { heapGrowthFlag } from '../run/heap.ts';
import { createProgress, type Progress } from '../emit/progress.ts';
import type { Shard } from '../shard.ts';

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
