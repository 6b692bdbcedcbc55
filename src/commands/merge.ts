// `facts merge a.ndjson b.ndjson … [-o all.json]`: the NDJSON of one run, or of its shards, into
// exactly the sheet one run would have written. The lines carry every document's facts before
// cross-document resolution, so merge runs the same resolution and assembly (assembleCited) over
// them; only the per-document work was spread out.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputError } from '../types.ts';
import { assembleCited, type CitedDocument } from '../sheet/assemble.ts';
import { checkSheet, NdjsonLineSchema, type RunLine } from '../sheet/schema.ts';
import { documentFromLine } from '../emit/ndjson.ts';
import { batched, sheetChunks, writeChunks } from '../emit/stream-json.ts';
import { safeForTerminal } from '../emit/summary.ts';
import { resolveTarget, writeFileAtomic, WriteError } from '../emit/write.ts';

export interface MergeFlags {
  output?: string;
}

/** An input that is not what `facts extract --format ndjson` writes, or shards that do not fit. */
export class MergeError extends Error {
  override name = 'MergeError';
}

export interface MergedRun {
  runs: RunLine[];
  documents: CitedDocument[];
  errors: InputError[];
}

/**
 * Reads NDJSON lines from `files` ("-" is standard input). Throws MergeError on a line that is
 * not valid (file and line number in the message), lines before a run line, two run lines with
 * different reference dates, shards missing, repeated or of different counts, and a source in
 * two inputs.
 */
export async function readRuns(files: readonly string[]): Promise<MergedRun> {
  const merged: MergedRun = { runs: [], documents: [], errors: [] };
  const seen = new Map<string, string>();
  // Reported after the run lines are checked: "shard 2 given twice" says more than its first file.
  let twice: string | null = null;
  for (const file of files) {
    const input = file === '-' ? process.stdin : createReadStream(file);
    const opened = new Promise<void>((resolve, reject) => {
      input.once('error', reject);
      input.once('readable', resolve);
      input.once('end', resolve);
    });
    await opened.catch((err: NodeJS.ErrnoException) => {
      throw new MergeError(`${file}: cannot read it (${err.code === 'ENOENT' ? 'no such file' : (err.code ?? err.message)})`);
    });
    let n = 0;
    let inRun = false;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      n++;
      if (text.trim() === '') continue;
      const where = `${file}:${n}`;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new MergeError(`${where}: not a JSON line${n === 1 && text.trim() === '{' ? ' (a sheet? merge reads what `facts extract --format ndjson` writes)' : ''}`);
      }
      const parsed = NdjsonLineSchema.safeParse(value);
      if (!parsed.success) throw new MergeError(`${where}: not a line of \`facts extract --format ndjson\`: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      const line = parsed.data;
      if (line.type === 'run') {
        merged.runs.push(line);
        inRun = true;
        continue;
      }
      if (!inRun) throw new MergeError(`${where}: a ${line.type} line before the run line (is the file cut at the start?)`);
      if (line.type === 'error') {
        merged.errors.push({ path: line.path, code: line.code, message: line.message });
        continue;
      }
      const other = seen.get(line.source.path);
      if (other !== undefined) {
        twice ??= `${where}: ${line.source.path} is also in ${other}: the same source twice (a shard given twice?)`;
        continue;
      }
      seen.set(line.source.path, where);
      merged.documents.push(documentFromLine(line));
    }
    if (n === 0) throw new MergeError(`${file}: empty (a shard that failed before its first line?)`);
  }
  checkRuns(merged.runs);
  if (twice !== null) throw new MergeError(twice);
  return merged;
}

function checkRuns(runs: readonly RunLine[]): void {
  if (runs.length === 0) throw new MergeError('no run line in the inputs');
  const dates = new Set(runs.map((r) => r.refDate));
  if (dates.size > 1) throw new MergeError(`the runs used different reference dates (${[...dates].map((d) => d ?? 'none').join(', ')}): one sheet has one --ref-date`);
  const sharded = runs.filter((r) => r.shard);
  if (sharded.length === 0) return;
  if (sharded.length !== runs.length) throw new MergeError('some inputs are shards and some are whole runs: merge the shards of one run');
  const counts = new Set(sharded.map((r) => r.shard!.count));
  if (counts.size > 1) throw new MergeError(`shards of different splits (of ${[...counts].join(' and ')}): merge the shards of one run`);
  const count = sharded[0].shard!.count;
  const have = new Map<number, number>();
  for (const r of sharded) have.set(r.shard!.index, (have.get(r.shard!.index) ?? 0) + 1);
  const twice = [...have].filter(([, c]) => c > 1).map(([i]) => i);
  if (twice.length) throw new MergeError(`shard ${twice.join(', ')} of ${count} given more than once`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  if (missing.length) throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''} of ${count} missing: the sheet would lack their files`);
}

/** The sheet one run would have written, from the lines of that run or of all its shards. */
export function mergeRuns({ runs, documents, errors }: MergedRun) {
  const inputs = runs.flatMap((r) => r.inputs);
  return assembleCited({ inputs, refDate: runs[0].refDate, documents, errors });
}

export async function mergeCommand(files: string[], flags: MergeFlags): Promise<number> {
  const toFile = flags.output !== undefined && flags.output !== '-' ? flags.output : null;
  if (toFile !== null) {
    const target = await resolveTarget(toFile);
    for (const f of files) {
      const real = await fs.realpath(f).catch(() => null);
      if (real !== null && real === target.path) {
        throw new WriteError(toFile, 'input-file', `refusing to write the sheet over ${toFile}: it is an input of this merge`);
      }
    }
  }
  let merged: MergedRun;
  try {
    merged = await readRuns(files);
  } catch (err) {
    if (err instanceof MergeError) {
      process.stderr.write(`facts: ${safeForTerminal(err.message)}\n`);
      return 2;
    }
    throw err;
  }
  const sheet = mergeRuns(merged);
  checkSheet(sheet);
  if (sheet.sources.length === 0) {
    process.stderr.write(sheet.errors.length ? 'facts: nothing could be read\n' : 'facts: no sources in the inputs\n');
    return 2;
  }
  if (toFile !== null) {
    await writeFileAtomic(toFile, batched(sheetChunks(sheet)));
    process.stderr.write(`facts: wrote ${safeForTerminal(toFile)} (${sheet.sources.length} sources, ${sheet.errors.length} errors)\n`);
  } else {
    await writeChunks(process.stdout, sheetChunks(sheet));
  }
  return 0;
}
