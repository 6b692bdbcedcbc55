import { extractFacts, UsageError } from '../pipeline.ts';
import { checkSheet } from '../sheet/schema.ts';
import { batched, sheetChunks, writeBuffers } from '../emit/stream-json.ts';
import { sheetToJson } from '../emit/json.ts';
import { renderSummary, safeForTerminal } from '../emit/summary.ts';
import { refuseInputAsOutput, resolveTarget, writeFileAtomic } from '../emit/write.ts';
import { STDIN_PATH } from '../read/stdin.ts';
import { matchesIdentity } from '../run/replay.ts';
import { loadRefDates, warnUnusedRefDates, type Recordable } from './extract-replay.ts';
import { runHooks, type ExtractFlags } from './extract-flags.ts';
import type { InputError } from '../types.ts';

const STDOUT = '-';

/**
 * `facts extract` writing the whole sheet (or NDJSON, src/commands/extract-stream.ts). `record`:
 * where this run's output is stored for the next identical run (replayExtract found none).
 */
export async function extractCommand(paths: string[], flags: ExtractFlags, record?: Recordable | null): Promise<number> {
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
  // Read once: the replay check already read it (a pipe gives its lines only once).
  const refDates = record ? record.refDates : await loadRefDates(flags);
  if (refDates === null) return 2;
  if (paths.includes(STDIN_PATH) && process.stdin.isTTY) process.stderr.write('facts: reading standard input (end it with Ctrl-D)\n');
  let sheet;
  const run = runHooks(flags);
  // The input errors as printed, in that order, for a replay of this run to print them the same.
  const printed: InputError[] = [];
  const print = run.options.onError!;
  try {
    sheet = await extractFacts(paths, {
      ...run.options,
      onError: (e) => {
        printed.push(e);
        print(e);
      },
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
  // A copy goes to the cache, for the next run over the same bytes (replayExtract), unless a file
  // changed while it was read.
  const recorder = record && matchesIdentity(record.identity, sheet) ? record.runs.recorder(record.identity.key, { sources: sheet.sources.length, errors: printed }) : null;
  const pieces = () => (recorder ? recorder.tee(batched(sheetChunks(sheet))) : batched(sheetChunks(sheet)));
  const commit = () => recorder?.commit();
  try {
    if (toFile !== null) {
      await writeFileAtomic(toFile, pieces());
      await commit();
      process.stderr.write(`facts: wrote ${safeForTerminal(toFile)} (${sheet.sources.length} sources, ${sheet.errors.length} errors)\n`);
    } else if (!process.stdout.isTTY) {
      await writeBuffers(process.stdout, pieces());
      await commit();
    } else if (flags.output === STDOUT || flags.json) {
      // On a terminal the JSON's bidi controls are escaped too: they would reorder what is shown.
      process.stdout.write(sheetToJson(sheet, { terminal: true }));
    } else {
      const color = !process.env.NO_COLOR && process.stdout.hasColors?.() !== false;
      process.stdout.write(renderSummary(sheet, { color, width: process.stdout.columns }));
    }
  } finally {
    recorder?.discard();
  }
  return flags.strict && sheet.errors.length ? 1 : 0;
}
