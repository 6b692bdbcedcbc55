import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../src/shard.ts';
import { extractFacts } from '../src/pipeline.ts';
import { extractDocuments } from '../src/stream.ts';
import { documentLine, errorLine, runLine, toLine } from '../src/emit/ndjson.ts';
import { sheetToJson } from '../src/emit/json.ts';
import { mergeRuns, readRuns } from '../src/commands/merge.ts';
import { BIN, runFacts, testdir } from './helpers/cli.ts';
import { CORPUS } from './helpers/corpus.ts';

const REF = '2025-03-19';
const paths = Array.from({ length: 2000 }, (_, i) => `news/2025/${String(i).padStart(5, '0')}-story.txt`);

describe('--shard i/n', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/4', { index: 3, count: 4 }],
    [' 12/12 ', { index: 12, count: 12 }],
  ])('parses %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/4', '5/4', '1/0', '1.5/2', '-1/3', '1/', '/4', 'a/b', '', '1 of 4'])('refuses %j', (text) => {
    expect(() => parseShard(text)).toThrow(RangeError);
  });

  it('gives every path exactly one shard, about evenly', () => {
    const counts = new Map<number, number>();
    for (const p of paths) {
      const owners = [1, 2, 3, 4].filter((index) => inShard(p, { index, count: 4 }));
      expect(owners).toHaveLength(1);
      counts.set(owners[0], (counts.get(owners[0]) ?? 0) + 1);
    }
    for (const c of counts.values()) expect(c).toBeGreaterThan(400);
  });

  it('moves no file when files are added, and from n to n+1 shards moves only what the new shard takes', () => {
    const before = new Map(paths.map((p) => [p, shardOf(p, 7)]));
    const after = new Map(paths.map((p) => [p, shardOf(p, 8)]));
    const moved = paths.filter((p) => before.get(p) !== after.get(p));
    expect(moved.every((p) => after.get(p) === 8)).toBe(true);
    // About 1/8 of the files move (a modulo hash would move 7/8).
    expect(moved.length).toBeLessThan(paths.length / 5);
    expect(moved.length).toBeGreaterThan(paths.length / 20);
    // A path's shard is a function of the path alone: the same in any list.
    expect(shardOf(paths[7], 7)).toBe(before.get(paths[7]));
  });
});

/** The NDJSON one shard writes, as `facts extract --format ndjson --shard i/n` does. */
async function shardLines(inputs: string[], index: number, count: number): Promise<string> {
  const shard = { index, count };
  let out = toLine(runLine(inputs, REF, shard));
  for await (const item of extractDocuments(inputs, { refDate: REF, shard })) {
    out += toLine(item.kind === 'document' ? documentLine(item.document) : errorLine(item.error));
  }
  return out;
}

describe('facts merge', () => {
  it.each([1, 2, 3, 5])('merge of %i shards is the sheet of one run, byte for byte', async (count) => {
    const dir = testdir(CORPUS);
    const inputs = [path.join(dir, 'a'), path.join(dir, 'b'), path.join(dir, 'c'), path.join(dir, 'd'), path.join(dir, 'missing')];
    const files: string[] = [];
    for (let i = 1; i <= count; i++) {
      const file = path.join(dir, `.part-${i}.ndjson`);
      writeFileSync(file, await shardLines(inputs, i, count));
      files.push(file);
    }
    const merged = mergeRuns(await readRuns(files.reverse()));
    const oneRun = await extractFacts(inputs, { refDate: REF });
    expect(oneRun.errors.map((e) => e.code).sort()).toEqual(['not-found', 'unsupported-format']);
    expect(sheetToJson(merged)).toBe(sheetToJson(oneRun));
  });

  it.each([
    ['a missing shard', ['1/3', '2/3'], /shard 3 of 3 missing/],
    ['a shard given twice', ['1/2', '2/2', '2/2'], /shard 2 of 2 given more than once/],
    ['shards of two splits', ['1/2', '2/2', '1/3'], /different splits/],
  ])('refuses %s (exit 2, nothing written)', async (_name, shards, message) => {
    const dir = testdir(CORPUS);
    const files: string[] = [];
    for (const [k, s] of shards.entries()) {
      const [index, count] = s.split('/').map(Number);
      files.push(`p${k}.ndjson`);
      writeFileSync(path.join(dir, files[k]), await shardLines([path.join(dir, 'd')], index, count));
    }
    const r = runFacts(['merge', ...files, '-o', 'all.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(path.join(dir, 'all.json'))).toThrow();
  });

  it.each([
    ['a sheet instead of NDJSON', '{\n  "version": 1\n}\n', /not a JSON line \(a sheet\?/],
    ['lines before the run line', '{"type":"error","path":"x","code":"binary","message":"m"}\n', /before the run line/],
    ['a line that is not a fact line', '{"type":"run","version":1,"refDate":null,"inputs":[],"shard":null}\n{"type":"document"}\n', /:2: not a line of/],
  ])('refuses %s with the file and line', (_name, text, message) => {
    const dir = testdir({ 'in.ndjson': text });
    const r = runFacts(['merge', 'in.ndjson'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reads shards concatenated on standard input (facts merge -)', async () => {
    const dir = testdir(CORPUS);
    let lines = '';
    for (const i of [2, 1, 3]) lines += await shardLines([dir], i, 3);
    const merged = spawnSync(process.execPath, [BIN, 'merge', '-'], { input: lines, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const one = runFacts(['extract', dir, '--json', '--ref-date', REF]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
  });

  it('refuses runs with different reference dates', () => {
    const run = (refDate: string) => JSON.stringify(runLine(['x'], refDate, undefined)) + '\n';
    const dir = testdir({ 'a.ndjson': run('2025-01-01'), 'b.ndjson': run('2025-02-01') });
    const r = runFacts(['merge', 'a.ndjson', 'b.ndjson'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/different reference dates/);
  });

  it('--shard needs --format ndjson', () => {
    const dir = testdir({ 'a.txt': 'Tomas Berg said 12 trains ran.\n' });
    const r = runFacts(['extract', 'a.txt', '--shard', '1/2'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format ndjson/);
  });

  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  const hasParallel = parallel.status === 0 && /GNU parallel/.test(parallel.stdout);
  if (!hasParallel) console.warn('skipping the GNU parallel test: `parallel` is not installed (apt-get install parallel)');
  it.skipIf(!hasParallel)('GNU parallel: three shards in three processes, merged, equal one run', () => {
    const dir = testdir(CORPUS);
    mkdirSync(path.join(dir, '.out'));
    const shards = spawnSync(
      'parallel',
      ['--will-cite', '--halt', 'now,fail=1', process.execPath, BIN, 'extract', '.', '--format', 'ndjson', '--ref-date', REF, '--shard', '{}/3', '-o', '.out/part-{}.ndjson', ':::', '1', '2', '3'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(shards.status, shards.stderr).toBe(0);
    const merged = runFacts(['merge', '.out/part-1.ndjson', '.out/part-2.ndjson', '.out/part-3.ndjson'], { cwd: dir });
    const one = runFacts(['extract', '.', '--json', '--ref-date', REF], { cwd: dir });
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
  });
});
