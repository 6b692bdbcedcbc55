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
// Entries: <cache>/v1/runs/<2 hex>/<key>.run (the run's record: its counts and its input errors in
// the order it printed them, which a replay prints the same; then the bytes it wrote) and
// <key>.sha256 (the entry's checksum).
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, promises as fs, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
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

/**
 * Lists `inputs` (files and folders; never "-": standard input cannot be read twice) and hashes
 * every listed file's bytes. Never throws for a file: one that cannot be read is part of the
 * identity with its error code. Throws what listing throws.
 */
export async function identifyRun(inputs: readonly string[], options: RunOptions = {}): Promise<RunIdentity> {
  const listed = await listInputs(inputs, { follow: options.follow });
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const states = listed.files.map((file) => fileState(listed.locations.get(file) ?? file, max));
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
// refuses is one the read refuses too, for a reason the key holds. Synchronous: for many small
// files the thread pool's round trips cost more than the reads (a 170-file corpus spent most of its
// identification waiting on them).
function fileState(location: string | Buffer, max: number): string | (string | number)[] {
  let fd: number | undefined;
  try {
    fd = openSync(location, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return ['not-a-file'];
    if (stat.size > max) return ['too-large', stat.size];
    const bytes = readFileSync(fd);
    return bytes.length > max ? ['too-large', bytes.length] : createHash('sha256').update(bytes).digest('hex');
  } catch (err) {
    return ['error', String((err as NodeJS.ErrnoException).code ?? err)];
  } finally {
    if (fd !== undefined) closeSync(fd);
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
/** An entry opens with its record's length in bytes, as this many decimal digits and a newline. */
const LENGTH_DIGITS = 10;

/**
 * The cache's whole runs, in `dir` (the cache's own folder, defaultCacheDir()). An entry is one
 * file, `<key>.run`: the record's length, the record (JSON, one line), then the bytes the run
 * wrote; beside it `<key>.sha256` holds the SHA-256 of the whole entry, so a damaged record is a
 * miss like damaged bytes.
 */
export class RunCache {
  constructor(readonly dir: string) {}

  /**
   * The run stored under `key`, after the entry was read once and its SHA-256 matched the
   * recorded one; null when there is none, it is not a regular file, or it is damaged. The file
   * stays open, so an entry replaced meanwhile (always by a rename) cannot mix two runs' bytes.
   */
  async lookup(key: string): Promise<StoredRun | null> {
    const expected = (await readSmall(this.file(key, '.sha256')))?.toString('utf8');
    if (!expected || !/^[0-9a-f]{64}$/u.test(expected)) return null;
    let handle: fs.FileHandle | undefined;
    try {
      handle = await openRegular(this.file(key, '.run'));
      const size = (await handle.stat()).size;
      const h = createHash('sha256');
      for await (const block of blocks(handle, 0, size)) h.update(block);
      if (h.digest('hex') !== expected) throw new Error('checksum');
      const head = await readAt(handle, 0, LENGTH_DIGITS + 1);
      const length = Number(head.toString('latin1', 0, LENGTH_DIGITS));
      if (!Number.isSafeInteger(length) || head[LENGTH_DIGITS] !== 0x0a) throw new Error('header');
      const record = JSON.parse((await readAt(handle, LENGTH_DIGITS + 1, length)).toString('utf8')) as unknown;
      if (!isRecord(record)) throw new Error('record');
      const start = LENGTH_DIGITS + 1 + length + 1;
      const open = handle;
      return { record, chunks: () => blocks(open, start, size), close: () => open.close().catch(() => undefined) };
    } catch {
      await handle?.close().catch(() => undefined);
      return null;
    }
  }

  /**
   * A recorder for the run `key` that is about to write its output with `record`: tee() passes
   * the output's pieces on and copies them aside; commit() stores the copy (atomically, by
   * renames); discard() drops it, as does the process's exit before a commit (a pipe closed
   * early). A cache that cannot be written costs only the next run its speed: nothing here throws.
   */
  recorder(key: string, record: RunRecord) {
    const final = this.file(key, '.run');
    const tmp = `${final}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const h = createHash('sha256');
    let fd: number | null = null;
    let broken = false;
    const drop = () => {
      process.off('exit', drop);
      try {
        if (fd !== null) closeSync(fd);
      } catch {
        // Already closed: nothing to release.
      }
      fd = null;
      try {
        rmSync(tmp, { force: true });
      } catch {
        // A cache folder that is no folder (ENOTDIR): there is no temporary file either.
      }
    };
    const copy = (piece: Uint8Array) => {
      if (broken) return;
      try {
        if (fd === null) {
          mkdirSync(path.dirname(tmp), { recursive: true });
          fd = openSync(tmp, 'wx');
          process.on('exit', drop);
          const json = Buffer.from(JSON.stringify(record), 'utf8');
          copy(Buffer.concat([Buffer.from(`${String(json.length).padStart(LENGTH_DIGITS, '0')}\n`), json, Buffer.from('\n')]));
        }
        for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
        h.update(piece);
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
      commit: async (): Promise<void> => {
        if (broken || fd === null) return drop();
        try {
          closeSync(fd);
          fd = null;
          renameSync(tmp, final);
          process.off('exit', drop);
          await writeAtomic(this.file(key, '.sha256'), h.digest('hex'));
        } catch {
          drop();
        }
      },
      discard: drop,
    };
  }

  private file(key: string, suffix: string): string {
    return path.join(this.dir, `v${CACHE_FORMAT}`, 'runs', key.slice(0, 2), `${key}${suffix}`);
  }
}

function isRecord(value: unknown): value is RunRecord {
  const r = value as RunRecord | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    Number.isSafeInteger(r.sources) &&
    Array.isArray(r.errors) &&
    r.errors.every((e) => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.code === 'string' && typeof e.message === 'string')
  );
}

// O_NONBLOCK and a regular-file check: a FIFO planted in the cache must not hang the run.
async function openRegular(file: string): Promise<fs.FileHandle> {
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new Error('not a regular file');
  }
  return handle;
}

/** A small cache file's bytes, or null (none, not a regular file, unreadable, over 4 KB). */
async function readSmall(file: string): Promise<Buffer | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await openRegular(file);
    const { size } = await handle.stat();
    return size <= 4096 ? await readAt(handle, 0, size) : null;
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(tmp, text, { flag: 'wx' });
    await fs.rename(tmp, file);
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

async function readAt(handle: fs.FileHandle, at: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  for (let done = 0; done < length; ) {
    const { bytesRead } = await handle.read(buffer, done, length - done, at + done);
    if (bytesRead === 0) throw new Error('the stored run is shorter than recorded');
    done += bytesRead;
  }
  return buffer;
}

async function* blocks(handle: fs.FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let at = start; at < end; ) {
    const buffer = await readAt(handle, at, Math.min(BLOCK, end - at));
    at += buffer.length;
    yield buffer;
  }
}

/** Input errors that follow from a file's bytes and name: a file hashed whole may end as one of these. */
const FROM_CONTENT = new Set(['binary', 'invalid-utf8', 'invalid-encoding', 'unsupported-format']);

/**
 * True when `sheet`'s sources are exactly the files `identity` hashed, with the same bytes, a
 * file hashed whole that is no source failed for its content (not because it vanished), every
 * path that could not be hashed is an input error, and no extraction failed (a failure may not
 * repeat, and a file that vanished or changed during the run is not what the key says).
 */
export function matchesIdentity(identity: RunIdentity, sheet: { sources: readonly { path: string; sha256: string }[]; errors: readonly InputError[] }): boolean {
  if (sheet.sources.length + sheet.errors.length !== identity.shown.length) return false;
  if (sheet.errors.some((e) => e.code === 'extraction-failed')) return false;
  const cited = new Map(sheet.sources.map((s) => [s.path, s.sha256]));
  const failed = new Map(sheet.errors.map((e) => [e.path, e.code]));
  for (const [file, sha256] of identity.hashes) {
    const code = failed.get(file);
    if (sha256 === null ? code === undefined : cited.get(file) !== sha256 && !(code && FROM_CONTENT.has(code))) return false;
  }
  return true;
}
