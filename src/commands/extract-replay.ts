// `facts extract` answered from a stored run (src/run/replay.ts) before anything heavy loads: this
// module imports no NLP, no schema library and no document parser, so a run over an unchanged
// corpus costs Node's start, the hashing of the files and the copying of the stored sheet.
import { heapGrowthFlag } from '../run/heap.ts';
import { defaultCacheDir } from '../run/cache-key.ts';
import { identifyRun, RunCache, type RunIdentity } from '../run/replay.ts';
import { refuseInputAsOutput, resolveTarget, writeFileAtomic } from '../emit/write.ts';
import { writeBuffers } from '../emit/stream-json.ts';
import { safeForTerminal } from '../emit/terminal-text.ts';
import { inShard, type Shard } from '../shard.ts';
import type { ExtractFlags } from './extract-flags.ts';

/** A run that can record its output for the next one: its identity and the cache it goes to. */
export interface Recordable {
  identity: RunIdentity;
  runs: RunCache;
  /** The --ref-dates file as read for the identity: the run uses this map, never a second read. */
  refDates: Map<string, string> | undefined;
}

/**
 * Writes the stored output of this very run when the cache holds it, and returns the exit code.
 * Otherwise returns what the run needs to record its output (or null when this kind of run is
 * never replayed: --no-cache, standard input, NDJSON, a summary or JSON on a terminal). Throws
 * WriteError for a refused output, as the run itself would.
 */
export async function replayExtract(paths: readonly string[], flags: ExtractFlags): Promise<{ code: number } | Recordable | null> {
  const toFile = flags.output !== undefined && flags.output !== '-' ? flags.output : null;
  const replayable =
    flags.cache !== false &&
    (flags.format === undefined || flags.format === 'json') &&
    !flags.shard &&
    flags.stdinName === undefined &&
    !paths.includes('-') &&
    // On a terminal the sheet is a summary, or JSON with its bidi controls escaped: other bytes.
    (toFile !== null || !process.stdout.isTTY);
  if (!replayable) return null;
  // In the run's order: the output is checked before --ref-dates is read.
  const target = toFile === null ? null : await resolveTarget(toFile);
  const refDates = await loadRefDates(flags);
  if (refDates === null) return { code: 2 };
  const runs = new RunCache(defaultCacheDir());
  const identity = await identifyRun(paths, { refDate: flags.refDate ?? null, refDates, encoding: flags.encoding, maxFileSize: flags.maxFileSize, follow: flags.follow });
  const stored = await runs.lookup(identity.key);
  if (!stored) return { identity, runs, refDates };
  try {
    if (target) await refuseInputAsOutput(toFile!, target, identity.locations);
    const { sources, errors } = stored.record;
    for (const e of errors) process.stderr.write(`facts: ${safeForTerminal(e.path)}: ${e.code}: ${safeForTerminal(e.message)}\n`);
    warnUnusedRefDates(refDates, identity.shown);
    if (process.env.FACTS_DEBUG_STATS) {
      process.stderr.write(`facts: stats: heap ${heapGrowthFlag(process.env.NODE_OPTIONS, process.execArgv) ?? 'sized by the user'}\n`);
      process.stderr.write(`facts: stats: ${sources} sources, 0 extracted, ${sources} from the cache, 0 jobs\nfacts: stats: sheet from the cache\n`);
    }
    if (toFile !== null) {
      await writeFileAtomic(toFile, stored.chunks());
      process.stderr.write(`facts: wrote ${safeForTerminal(toFile)} (${sources} sources, ${errors.length} errors)\n`);
    } else await writeBuffers(process.stdout, stored.chunks());
    return { code: flags.strict && errors.length ? 1 : 0 };
  } finally {
    await stored.close();
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

/** The --ref-dates file read (undefined without the flag), or null after a one-line error for a file that cannot be used. */
export async function loadRefDates(flags: ExtractFlags): Promise<Map<string, string> | undefined | null> {
  if (flags.refDates === undefined) return undefined;
  // Loaded only when asked for: the CSV parser is no part of a run without it.
  const { readRefDates, RefDatesError } = await import('../read/ref-dates.ts');
  try {
    return await readRefDates(flags.refDates);
  } catch (err) {
    if (!(err instanceof RefDatesError)) throw err;
    process.stderr.write(`facts: --ref-dates ${safeForTerminal(err.message)}\n`);
    return null;
  }
}
