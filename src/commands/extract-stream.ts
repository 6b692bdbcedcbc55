// `facts extract --format ndjson [--shard i/n]`: one line per verdict, written as each document
// is done; nothing is kept, so any corpus that fits on the disk finishes. Documents take the same
// path as the sheet's (extractDocuments: --jobs, the cache, --ref-dates).
import type { Writable } from 'node:stream';
import { UsageError } from '../pipeline.ts';
import { extractDocuments, shownInputs, type StreamItem } from '../stream.ts';
import { documentLine, errorLine, runLine, toLine } from '../emit/ndjson.ts';
import { safeForTerminal } from '../emit/summary.ts';
import { refuseInputAsOutput, resolveTarget, writeFileAtomic } from '../emit/write.ts';
import { drained } from '../emit/stream-json.ts';
import type { Shard } from '../shard.ts';
import { runHooks, type ExtractFlags } from './extract-flags.ts';
import { loadRefDates, warnUnusedRefDates } from './extract-replay.ts';

export interface NdjsonFlags extends ExtractFlags {
  shard?: Shard;
}

/** Writes `text` to `out`, waiting for 'drain' when its buffer is full. */
async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await drained(out);
}

export async function extractNdjsonCommand(paths: string[], flags: NdjsonFlags): Promise<number> {
  const toFile = flags.output !== undefined && flags.output !== '-' ? flags.output : null;
  const target = toFile === null ? null : await resolveTarget(toFile);
  const counts = { sources: 0, errors: 0 };
  const refDate = flags.refDate ?? null;
  const refDates = await loadRefDates(flags);
  if (refDates === null) return 2;
  // The paths --ref-dates names that this run met (kept only with --ref-dates, and only those).
  const matched = new Set<string>();
  const run = runHooks(flags);
  const items = extractDocuments(paths, {
    ...run.options,
    refDate,
    refDates,
    maxFileSize: flags.maxFileSize,
    encoding: flags.encoding,
    stdinName: flags.stdinName,
    follow: flags.follow,
    shard: flags.shard,
    onListed: target ? (files) => refuseInputAsOutput(toFile!, target, files) : undefined,
  });
  // The first verdict is awaited before anything is written: a usage error, or an output that is
  // one of the inputs, leaves no output behind.
  let first: IteratorResult<StreamItem>;
  try {
    first = await items.next();
  } catch (err) {
    run.stop();
    if (err instanceof UsageError) {
      process.stderr.write(`facts: ${safeForTerminal(err.message)}\n`);
      return 2;
    }
    throw err;
  }
  async function* lines(): AsyncGenerator<string> {
    yield toLine(runLine(shownInputs(paths, { stdinName: flags.stdinName }), refDate, flags.shard));
    for (let next = first; !next.done; next = await items.next()) {
      const item = next.value;
      if (item.kind === 'document') counts.sources++;
      else counts.errors++;
      const shown = item.kind === 'document' ? item.document.source.path : item.error.path;
      if (refDates?.has(shown)) matched.add(shown);
      yield toLine(item.kind === 'document' ? documentLine(item.document) : errorLine(item.error));
    }
  }
  try {
    if (toFile !== null) {
      await writeFileAtomic(
        toFile,
        (async function* () {
          for await (const line of lines()) yield Buffer.from(line, 'utf8');
        })(),
      );
    } else {
      for await (const line of lines()) await writeText(process.stdout, line);
    }
  } finally {
    run.stop();
  }
  warnUnusedRefDates(refDates, matched, flags.shard);
  run.stats(counts.sources);
  if (toFile !== null) process.stderr.write(`facts: wrote ${safeForTerminal(toFile)} (${counts.sources} sources, ${counts.errors} errors)\n`);
  // A shard may hold no file at all (more shards than files): `facts merge` judges the whole run.
  if (flags.shard) return flags.strict && counts.errors ? 1 : 0;
  if (counts.sources === 0 && counts.errors === 0) {
    process.stderr.write(`facts: no files found in ${paths.map((p) => safeForTerminal(p)).join(', ')} (hidden files and folders are skipped)\n`);
    return 2;
  }
  if (counts.sources === 0 && counts.errors > 0) {
    process.stderr.write('facts: nothing could be read\n');
    return 2;
  }
  return flags.strict && counts.errors ? 1 : 0;
}
