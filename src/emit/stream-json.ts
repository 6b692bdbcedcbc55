// The sheet as a stream of chunks, never one string: a sheet of a large corpus is longer than
// the longest string V8 can build (about 512 MB of UTF-16), and holding it twice (object and
// text) doubles the peak. Each array item is serialised on its own, so the largest string built
// is one fact with its citations.
import type { Writable } from 'node:stream';
import type { Sheet } from '../sheet/schema.ts';

/** A sheet whose arrays may be any iterable (a generator builds facts lazily, one at a time). */
export type SheetLike = { [K in keyof Sheet]: Sheet[K] extends readonly (infer T)[] ? Iterable<T> : Sheet[K] };

// C1 controls (among them the 8-bit CSI that starts a terminal escape) and U+2028/U+2029 are
// written as \u escapes, as sheetToJson does: they parse to the same values.
const UNSAFE = /[\u0080-\u009f\u2028\u2029]/gu;

export function escapeUnsafe(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** JSON.stringify(value, null, 2) as it appears `depth` levels deep (strings hold no raw line breaks). */
function indented(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2);
  return depth === 0 ? json : json.replace(/\n/gu, `\n${'  '.repeat(depth)}`);
}

/**
 * The bytes of `sheetToJson(sheet)`, in pieces: key order as given, two-space indent, final
 * newline. Yields strings of at most about one array item each; their concatenation is exactly
 * JSON.stringify(sheet, null, 2) with unsafe characters escaped, plus "\n".
 */
export function* sheetChunks(sheet: SheetLike): Generator<string> {
  const keys = Object.keys(sheet).filter((k) => (sheet as Record<string, unknown>)[k] !== undefined);
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    const value = (sheet as Record<string, unknown>)[key];
    yield `${i === 0 ? '' : ','}\n  ${escapeUnsafe(JSON.stringify(key))}: `;
    if (value !== null && typeof value === 'object' && Symbol.iterator in value && typeof value !== 'string') {
      let first = true;
      for (const item of value as Iterable<unknown>) {
        yield `${first ? '[' : ','}\n    ${escapeUnsafe(indented(item, 2))}`;
        first = false;
      }
      yield first ? '[]' : '\n  ]';
    } else {
      yield escapeUnsafe(indented(value, 1));
    }
  }
  yield '\n}\n';
}

/** Chunks of about `size` bytes or more: few writes, each small next to the sheet. */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<Buffer> {
  let parts: string[] = [];
  let length = 0;
  for (const c of chunks) {
    parts.push(c);
    length += c.length;
    if (length >= size) {
      yield Buffer.from(parts.join(''), 'utf8');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.from(parts.join(''), 'utf8');
}

/**
 * Resolves when `out` has drained its buffer (or closed: a closed stream never drains); rejects
 * with the stream's error.
 */
export function drained(out: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      if (err) reject(err);
      else resolve();
    };
    out.once('drain', done);
    out.once('error', done);
    out.once('close', done);
  });
}

/**
 * Writes `chunks` to `out`, waiting for 'drain' whenever its buffer is full (backpressure), so
 * memory stays at one batch however long the output. Resolves with the bytes written; rejects
 * with the stream's error (EPIPE, ENOSPC, …).
 */
export async function writeChunks(out: Writable, chunks: Iterable<string>): Promise<number> {
  return writeBuffers(out, batched(chunks));
}

/** writeChunks for pieces already encoded (a stored run's bytes, a batched sheet): same backpressure, same errors. */
export async function writeBuffers(out: Writable, buffers: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<number> {
  let bytes = 0;
  let failure: Error | null = null;
  const onError = (err: Error) => {
    failure = err;
  };
  out.on('error', onError);
  try {
    for await (const buffer of buffers) {
      if (failure) throw failure;
      bytes += buffer.length;
      if (!out.write(buffer)) await drained(out);
    }
    if (failure) throw failure;
  } finally {
    out.off('error', onError);
  }
  return bytes;
}
