// A whole run answered from the cache. When every file a run reads has the bytes it had in an
// earlier run, and the options and the code are the same, the sheet is byte for byte the one that
// run wrote: so the bytes written then are stored, and written again now, without decoding a file,
// loading the NLP, or assembling a sheet. This is what makes a CI job that checks an unchanged
// corpus cost the reading of its files.
//
// The run's identity is a SHA-256 over the code (packageSalt: every file of the package and every
// runtime dependency's version), the options that change the sheet, the files as listed, and the
// SHA-256 of each file's bytes (or why it could not be read whole). Nothing is trusted: the stored
// bytes are written only when their own SHA-256 matches the one recorded beside them, and a run
// records its output only when every source of its sheet is the file hashed for its identity (a
// file edited during the run is no hit for the bytes it had before).
//
// Entries: <cache>/v1/runs/<2 hex>/<key>.json (the bytes) and <key>.meta.json (their checksum, the
// run's counts and input errors, which a replay prints as the run did).
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, promises as fs, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { InputError } from '../types.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../read/limits.ts';
import { displayPath, listInputs } from '../read/walk.ts';
import { CACHE_FORMAT, packageSalt } from './cache-key.ts';

/** What identifies a run, and what its output is checked against before it is recorded. */
export interface RunIdentity {
  /** Hex SHA-256: the entry's name. */
  key: string;
  /** Each listed file as the sheet shows it → hex SHA-256 of its bytes, or null when it could not be read whole (why is in the key). */
  hashes: ReadonlyMap<string, string | null>;
  /** Where each listed file is on disk (the input-as-output check needs it). */
  locations: ReadonlyMap<string, string | Buffer>;
  /** Every path the run gives a verdict for, as shown: the listed files and the listing's errors. */
  shown: readonly string[];
}

/** The options that change a sheet's bytes besides the files (the run's reference date, --ref-dates, --encoding, --max-file-size, --follow). */
export interface RunOptions {
  refDate?: string | null;
  refDates?: ReadonlyMap<string, string>;
  encoding?: string;
  maxFileSize?: number;
  follow?: boolean;
}

/** What a replay prints besides the bytes: the run's counts and its input errors, in order. */
export interface RunRecord {
  sources: number;
  errors: InputError[];
}

/** Files hashed at once: enough to overlap the disk's latency, few enough to bound memory at a few files. */
const READ_AT_ONCE = 8;

/**
 * Lists `inputs` (files and folders; never "-": standard input cannot be read twice) and hashes
 * every listed file's bytes. Never throws for a file: one that cannot be read is part of the
 * identity with its error code. Throws what listing throws.
 */
export async function identifyRun(inputs: readonly string[], options: RunOptions = {}): Promise<RunIdentity> {
  const listed = await listInputs(inputs, { follow: options.follow });
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const states: (string | (string | number)[])[] = new Array(listed.files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < listed.files.length; i = next++) states[i] = await fileState(listed.locations.get(listed.files[i]) ?? listed.files[i], max);
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, listed.files.length) }, worker));
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        packageSalt(),
        'run',
        inputs.map(displayPath),
        options.refDate ?? null,
        options.refDates ? [...options.refDates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null,
        options.encoding ?? null,
        options.maxFileSize ?? null,
        options.follow ?? false,
        listed.errors,
        listed.files.map((file, i) => [file, states[i]]),
      ]),
    )
    .digest('hex');
  return {
    key,
    hashes: new Map(listed.files.map((file, i) => [file, typeof states[i] === 'string' ? (states[i] as string) : null])),
    locations: listed.locations,
    shown: [...listed.files, ...listed.errors.map((e) => e.path)],
  };
}

// Opened as readDocument opens it (O_NONBLOCK: a FIFO must not hang the run), so a file this
// refuses is one the read refuses too, for a reason the key holds.
async function fileState(location: string | Buffer, max: number): Promise<string | (string | number)[]> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(location, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return ['not-a-file'];
    if (stat.size > max) return ['too-large', stat.size];
    const bytes = await handle.readFile();
    return bytes.length > max ? ['too-large', bytes.length] : createHash('sha256').update(bytes).digest('hex');
  } catch (err) {
    return ['error', String((err as NodeJS.ErrnoException).code ?? err)];
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A stored run, its checksum verified: `chunks()` yields its bytes; close() must follow. */
export interface StoredRun {
  record: RunRecord;
  chunks(): AsyncGenerator<Buffer>;
  close(): Promise<void>;
}

/** Bytes read at a time when verifying and copying a stored run. */
const BLOCK = 1 << 20;

/** The cache's whole runs, in `dir` (the cache's own folder, defaultCacheDir()). */
export class RunCache {
  constructor(readonly dir: string) {}

  /**
   * The run stored under `key`, after its bytes were read once and their SHA-256 matched the
   * recorded one; null when there is none, or its record or bytes are damaged. The file stays
   * open, so an entry replaced meanwhile (always by a rename) cannot mix two runs' bytes.
   */
  async lookup(key: string): Promise<StoredRun | null> {
    const record = await this.readMeta(key);
    if (!record) return null;
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(this.file(key, '.json'), 'r');
      if ((await handle.stat()).size !== record.bytes) throw new Error('size');
      const h = createHash('sha256');
      for await (const block of blocks(handle, record.bytes)) h.update(block);
      if (h.digest('hex') !== record.sha256) throw new Error('checksum');
    } catch {
      await handle?.close().catch(() => undefined);
      return null;
    }
    const open = handle;
    return { record: { sources: record.sources, errors: record.errors }, chunks: () => blocks(open, record.bytes), close: () => open.close().catch(() => undefined) };
  }

  /**
   * A recorder for the run `key`: tee() passes the output's pieces on and copies them aside;
   * commit() stores the copy with its record (atomically, by renames); discard() drops it. A cache
   * that cannot be written costs only the next run its speed: nothing here throws.
   */
  recorder(key: string) {
    const final = this.file(key, '.json');
    const tmp = `${final}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const h = createHash('sha256');
    let fd: number | null = null;
    let bytes = 0;
    let broken = false;
    const drop = () => {
      if (fd !== null) closeSync(fd);
      fd = null;
      rmSync(tmp, { force: true });
    };
    const copy = (piece: Uint8Array) => {
      if (broken) return;
      try {
        if (fd === null) {
          mkdirSync(path.dirname(tmp), { recursive: true });
          fd = openSync(tmp, 'wx');
        }
        for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
        h.update(piece);
        bytes += piece.length;
      } catch {
        broken = true;
        drop();
      }
    };
    return {
      *tee<T extends Uint8Array>(pieces: Iterable<T>): Generator<T> {
        for (const piece of pieces) {
          copy(piece);
          yield piece;
        }
      },
      commit: async (record: RunRecord): Promise<void> => {
        if (broken || fd === null) return drop();
        try {
          closeSync(fd);
          fd = null;
          renameSync(tmp, final);
          await this.writeMeta(key, { sha256: h.digest('hex'), bytes, ...record });
        } catch {
          drop();
        }
      },
      discard: drop,
    };
  }

  private async readMeta(key: string): Promise<(RunRecord & { sha256: string; bytes: number }) | null> {
    try {
      const meta = JSON.parse(await fs.readFile(this.file(key, '.meta.json'), 'utf8'));
      const valid =
        typeof meta?.sha256 === 'string' &&
        Number.isSafeInteger(meta.bytes) &&
        Number.isSafeInteger(meta.sources) &&
        Array.isArray(meta.errors) &&
        meta.errors.every((e: unknown) => typeof e === 'object' && e !== null && ['path', 'code', 'message'].every((k) => typeof (e as Record<string, unknown>)[k] === 'string'));
      return valid ? meta : null;
    } catch {
      return null;
    }
  }

  private async writeMeta(key: string, meta: RunRecord & { sha256: string; bytes: number }): Promise<void> {
    const final = this.file(key, '.meta.json');
    const tmp = `${final}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await fs.writeFile(tmp, JSON.stringify(meta), { flag: 'wx' });
      await fs.rename(tmp, final);
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  private file(key: string, suffix: string): string {
    return path.join(this.dir, `v${CACHE_FORMAT}`, 'runs', key.slice(0, 2), `${key}${suffix}`);
  }
}

async function* blocks(handle: fs.FileHandle, length: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < length; ) {
    const buffer = Buffer.allocUnsafe(Math.min(BLOCK, length - at));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) throw new Error('the stored run is shorter than recorded');
    at += bytesRead;
    yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
  }
}

/**
 * True when `sheet`'s sources are exactly the files `identity` hashed, with the same bytes, and
 * every other listed path became an input error other than a failed extraction (a failure may not
 * repeat, so it is not recorded).
 */
export function matchesIdentity(identity: RunIdentity, sheet: { sources: readonly { path: string; sha256: string }[]; errors: readonly InputError[] }): boolean {
  if (sheet.sources.length + sheet.errors.length !== identity.shown.length) return false;
  if (sheet.errors.some((e) => e.code === 'extraction-failed')) return false;
  return sheet.sources.every((s) => identity.hashes.get(s.path) === s.sha256);
}
