// What a cached value depends on besides its input, and where the cache lives. Kept apart from
// cache.ts (which validates entries with zod) so that a run answered whole from the cache
// (src/run/replay.ts) loads no schema library and no NLP.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedVersion } from '../util/packages.ts';

/** Bump when the shape of a cached value changes without a change in the code the salts hash. */
export const CACHE_FORMAT = 1;

/** $XDG_CACHE_HOME/facts when XDG_CACHE_HOME is an absolute path (as the spec asks), else ~/.cache/facts. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache'), 'facts');
}

// src/ when run from the sources, dist/ when compiled: the code that runs is the code hashed.
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

const memo = new Map<string, string>();
const once = (name: string, compute: () => string) => memo.get(name) ?? memo.set(name, compute()).get(name)!;

/**
 * What a document's result depends on besides its text and reference date: the cache format, the
 * tool's version, the version of every runtime dependency (the NLP library and the word lists and
 * gazetteers that type names), Node's major version (V8's serialization format), and the code
 * under extract/ and segment/ and types. Hex SHA-256.
 */
export function codeSalt(): string {
  return once('code', () => {
    const h = createHash('sha256');
    h.update(`format ${CACHE_FORMAT}\0node ${process.versions.node.split('.')[0]}\0`);
    h.update(JSON.stringify(packageVersions()));
    hashFiles(h, ['extract', 'segment', 'types.ts', 'types.js']);
    return h.digest('hex');
  });
}

/** codeSalt() and the code of the cross-document stages: resolution, assembly, and the run itself. */
export function runSalt(): string {
  return once('run', () => hashFiles(createHash('sha256').update(codeSalt()), ['resolve', 'sheet', 'util', 'stream.ts', 'stream.js', 'pipeline.ts', 'pipeline.js']).digest('hex'));
}

/** codeSalt() and every file of the package's code: what the bytes a whole run writes depend on (reading, emitting, the command). */
export function packageSalt(): string {
  return once('package', () => hashFiles(createHash('sha256').update(codeSalt()), ['.']).digest('hex'));
}

// Type declarations change no behaviour, and derived.v8 is a function of what codeSalt already
// hashes (the packages' versions and the deriving code), checked by its own checksum: skipping
// them halves what a run answered from the cache reads and hashes before its answer.
const NOT_CODE = /\.d\.ts$|\.v8$/u;

function hashFiles(h: ReturnType<typeof createHash>, names: readonly string[]) {
  for (const file of names.flatMap((name) => filesUnder(path.join(ROOT, name))).filter((f) => !NOT_CODE.test(f))) {
    h.update(`${path.relative(ROOT, file)}\0`);
    h.update(readFileSync(file));
  }
  return h;
}

/** Our version and each runtime dependency's installed version, found as Node finds the package (a node_modules folder at or above us). */
function packageVersions(): Record<string, string> {
  let pkg: { version?: string; dependencies?: Record<string, string> };
  try {
    pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));
  } catch {
    return {};
  }
  const versions: Record<string, string> = { facts: pkg.version ?? '?' };
  for (const name of Object.keys(pkg.dependencies ?? {}).sort()) versions[name] = installedVersion(path.dirname(PACKAGE_JSON), name);
  return versions;
}

function filesUnder(p: string): string[] {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return [];
  }
  if (stat.isFile()) return [p];
  if (!stat.isDirectory()) return [];
  return readdirSync(p)
    .sort()
    .flatMap((name) => filesUnder(path.join(p, name)));
}
