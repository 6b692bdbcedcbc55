// A content-addressed cache of per-document results, so a corpus read again costs only the reading.
// An entry's key is the SHA-256 of everything the result depends on: the document's decoded text
// (hence the file's bytes, its encoding and its format), the reference date it is resolved against,
// the tool's version, a hash of the extraction code, compromise's version, and Node's (the entry
// is V8's structured-clone format, exactly what a worker thread returns). Nothing is trusted: an
// entry is used only when its checksum matches and its shape validates (zod); anything else is a
// miss, extracted again and written over.
// Location: $XDG_CACHE_HOME/facts, else ~/.cache/facts (the XDG Base Directory convention).
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import type { SourceDocument } from '../types.ts';
import type { DocumentResult } from './task.ts';
import { SheetSchema, type Sheet } from '../sheet/schema.ts';
import { CACHE_FORMAT, codeSalt, runSalt } from './cache-key.ts';

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() };
// Loose objects: fields this schema does not name are kept as they were, so a hit gives back exactly what extraction gave.
const ResultSchema = z.object({
  entities: z.array(z.looseObject({ ...span, type: z.enum(['person', 'place', 'organization', 'other']), name: z.string(), titles: z.array(z.string()) })),
  quotes: z.array(z.looseObject({ ...span, speakerMention: z.number().int().nonnegative().nullable(), cue: z.string().nullable() })),
  numbers: z.array(z.looseObject({ ...span, value: z.number(), unit: z.string().nullable(), approximate: z.boolean() })),
  dates: z.array(z.looseObject({ ...span, timex: z.string(), value: z.string().nullable() })),
});

export class ResultCache {
  /** Entries read and found valid, whole sheets read and found valid, and entries written, in this run. */
  hits = 0;
  sheetHits = 0;
  writes = 0;
  private readonly salt: string;

  /** `dir` is the cache's own folder (defaultCacheDir()); it is created on the first write. */
  constructor(readonly dir: string) {
    this.salt = codeSalt();
  }

  /** The entry's key: hex SHA-256 over the document's text and what its extraction depends on. */
  key(source: SourceDocument, refDate: string | null): string {
    const h = createHash('sha256');
    h.update(JSON.stringify([this.salt, refDate, source.text.length]));
    h.update('\0');
    h.update(source.text, 'utf8');
    return h.digest('hex');
  }

  /** The cached result for `key`, or null when there is none or it fails its checksum or its schema. */
  async get(key: string): Promise<DocumentResult | null> {
    const value = await this.read(this.file(key));
    if (value === undefined || !ResultSchema.safeParse(value).success) return null;
    this.hits++;
    return value as DocumentResult;
  }

  /**
   * Stores `result` under `key`: written to a temporary file, then renamed, so a reader sees a
   * whole entry or none (a torn write from a crash fails the checksum). A cache that cannot be
   * written (read-only, disk full) only costs the next run its speed: errors are returned, not thrown.
   */
  async set(key: string, result: DocumentResult): Promise<Error | null> {
    return this.write(this.file(key), result);
  }

  /**
   * The key of a whole run's sheet: hex SHA-256 over everything assembly reads (the inputs as
   * shown, the run's reference date, each source's metadata and result key in order, each error)
   * and the code of every stage (extraction, resolution, assembly). Only for runs whose every
   * document has a result key.
   */
  sheetKey(run: { inputs: readonly string[]; refDate: string | null; sources: readonly (readonly [unknown, string | undefined])[]; errors: readonly unknown[] }): string {
    return createHash('sha256').update(JSON.stringify([runSalt(), run.inputs, run.refDate, run.sources, run.errors])).digest('hex');
  }

  /** The sheet stored under `key`, or null when there is none or it fails its checksum or the sheet's schema. */
  async getSheet(key: string): Promise<Sheet | null> {
    const value = await this.read(this.file(key, 'sheet'));
    if (value === undefined || !SheetSchema.safeParse(value).success) return null;
    this.sheetHits++;
    return value as Sheet;
  }

  /** Stores a run's sheet under `key` as set() stores a result: atomically; errors are returned, not thrown. */
  async setSheet(key: string, sheet: Sheet): Promise<Error | null> {
    return this.write(this.file(key, 'sheet'), sheet);
  }

  private async read(file: string): Promise<unknown> {
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      return undefined;
    }
    if (data.length < 32) return undefined;
    const payload = data.subarray(32);
    if (!createHash('sha256').update(payload).digest().equals(data.subarray(0, 32))) return undefined;
    try {
      return deserialize(payload);
    } catch {
      return undefined;
    }
  }

  private async write(file: string, value: unknown): Promise<Error | null> {
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const payload = serialize(value);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(tmp, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
      await fs.rename(tmp, file);
      this.writes++;
      return null;
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  private file(key: string, kind: 'result' | 'sheet' = 'result'): string {
    return path.join(this.dir, `v${CACHE_FORMAT}`, ...(kind === 'sheet' ? ['sheets'] : []), key.slice(0, 2), `${key}.bin`);
  }
}

/** Removes the cache folder and everything in it; returns the bytes freed. Throws on errors other than its absence. */
export async function clearCache(dir: string): Promise<number> {
  const bytes = await folderSize(dir);
  await fs.rm(dir, { recursive: true, force: true });
  return bytes;
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) total += await folderSize(full);
    else total += (await fs.lstat(full).catch(() => null))?.size ?? 0;
  }
  return total;
}

