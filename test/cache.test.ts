// The cache of per-document results (issue 12): a warm run gives the same bytes and extracts
// nothing; a changed option, a corrupt entry or --no-cache extracts again. Every run here caches
// into its own temporary XDG_CACHE_HOME, never the user's.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir, ResultCache } from '../src/run/cache.ts';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

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

/** The cache's per-document entries (whole runs' sheets, under sheets/, apart: sheets(home)). */
function entries(cacheHome: string): string[] {
  return files(cacheHome).filter((f) => !f.split(path.sep).includes('sheets'));
}

function sheets(cacheHome: string): string[] {
  return files(cacheHome).filter((f) => f.split(path.sep).includes('sheets'));
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

  it('a run whose every document is cached takes its whole sheet from the cache, byte for byte, and only then', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const cold = await extract(dir, home);
    expect(cold.wholeSheet).toBe(false);
    expect(sheets(home)).toHaveLength(0);
    const warm = await extract(dir, home);
    expect([warm.cached, warm.wholeSheet]).toEqual([3, false]);
    expect(sheets(home)).toHaveLength(1);
    const warmer = await extract(dir, home);
    expect([warmer.extracted, warmer.cached, warmer.wholeSheet]).toEqual([0, 3, true]);
    expect(warmer.sheet).toBe(cold.sheet);
    // Another reference date, a renamed file, an edit: another sheet, assembled again and right.
    const otherDay = await extract(dir, home, ['--ref-date', '2024-07-10']);
    expect(otherDay.wholeSheet).toBe(false);
    writeFileSync(path.join(dir, 'd.txt'), readFileSync(path.join(dir, 'c.txt')));
    const copied = await extract(dir, home);
    expect([copied.cached, copied.wholeSheet]).toEqual([4, false]);
    expect(JSON.parse(copied.sheet).sources.map((s: { path: string }) => s.path)).toEqual(['a.txt', 'b.md', 'c.txt', 'd.txt']);
    // A damaged sheet is not trusted: the run assembles it again, the same bytes.
    for (const f of sheets(home)) writeFileSync(f, readFileSync(f).subarray(0, 40));
    const repaired = await extract(dir, home);
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
