// `npm run bench` (issue 12): what it measures must be the same work on every run, its rows must
// follow the flags the CLI offers (the plug-in point for --jobs and the cache), and its
// per-process figures must come from the process measured. No time is asserted.
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import { bareParser, configurationsFor, corpusRatios, generateCorpus, median, runCli, runNode } from '../scripts/bench-cli.ts';
import { ordinaryText } from '../scripts/bench.ts';

describe('the bench corpus', () => {
  it('is the same documents, byte for byte, on every run', () => {
    const [a, b] = [generateCorpus(24 * 1024, 4096, ordinaryText), generateCorpus(24 * 1024, 4096, ordinaryText)];
    try {
      expect(a.files.length).toBe(6);
      expect(a.files.map((f) => readFileSync(f, 'utf8'))).toEqual(b.files.map((f) => readFileSync(f, 'utf8')));
      // Different documents, not one repeated: a cache or a de-duplication must not make it cheap.
      expect(new Set(a.texts).size).toBe(a.texts.length);
      expect(a.bytes).toBe(a.texts.reduce((n, t) => n + Buffer.byteLength(t), 0));
    } finally {
      for (const c of [a, b]) rmSync(c.dir, { recursive: true, force: true });
    }
  });
});

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (xs, m) => expect(median(xs)).toBe(m));
});

describe('the CLI configurations compared (the plug-in point for --jobs and the cache)', () => {
  const home = () => '/tmp/cache-home';
  it('is one run when the CLI offers neither --jobs nor --no-cache', () => {
    expect(configurationsFor('Usage: facts extract [options] <path...>\n  -o, --output <file>', 2, home)).toEqual([{ name: 'defaults (one thread)', flags: [] }]);
  });

  it('compares 1 and N workers with the cache off, then a cold and a warm run sharing one cache folder', () => {
    const help = '  --jobs <n>   worker threads (default: cores)\n  --no-cache   neither read nor write the cache';
    expect(configurationsFor(help, 4, home)).toEqual([
      { name: '1 worker', flags: ['--jobs', '1', '--no-cache'] },
      { name: '4 workers', flags: ['--jobs', '4', '--no-cache'] },
      { name: 'cache cold', flags: [], cacheHome: '/tmp/cache-home' },
      { name: 'cache warm', flags: [], cacheHome: '/tmp/cache-home' },
    ]);
  });

  it('adds NDJSON rows for 1 and N workers when the CLI writes NDJSON (their peak RSS is the cost per worker)', () => {
    const help = '  --jobs <n>   worker threads\n  --no-cache   no cache\n  --format <format>  (choices: "json", "ndjson", "csv")';
    expect(configurationsFor(help, 2, home).map((c) => [c.name, c.flags.join(' ')])).toEqual([
      ['1 worker', '--jobs 1 --no-cache'],
      ['2 workers', '--jobs 2 --no-cache'],
      ['NDJSON, 1 worker', '--format ndjson --jobs 1 --no-cache'],
      ['NDJSON, 2 workers', '--format ndjson --jobs 2 --no-cache'],
      ['cache cold', ''],
      ['cache warm', ''],
    ]);
  });
});

describe('the ratios printed', () => {
  const row = (name: string, ms: number, cpuMs: number) => ({ name, ms, cpuMs, rssMiB: 0, mbPerS: 0, docsPerS: 0 });
  it('are N workers over one, and cold over warm, from the rows of the run', () => {
    const rows = [row('1 worker', 10_000, 9_000), row('2 workers', 5_000, 10_000), row('cache cold', 6_000, 11_000), row('cache warm', 100, 110)];
    expect(corpusRatios(rows, 2)).toEqual([
      '2 workers / 1 worker: 2.00× the throughput (wall); cpu 1.11× the single worker\'s',
      'warm cache: 60.0× faster than cold (wall), 100.0× less cpu',
    ]);
  });

  it('leave out what was not measured', () => {
    expect(corpusRatios([row('defaults (one thread)', 1, 1)], 2)).toEqual([]);
  });
});

describe('a measured run', () => {
  it('reads the peak RSS and CPU time of the process it ran, not of the bench', () => {
    // 64 MiB held by the child, beyond what the bench process itself holds for it.
    const run = runNode(['-e', 'globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1)']);
    const idle = runNode(['-e', '0']);
    expect([run.status, idle.status]).toEqual([0, 0]);
    expect(run.rssMiB - idle.rssMiB).toBeGreaterThan(48);
    expect(idle.cpuMs).toBeGreaterThan(0);
  });

  it('runs the facts command and reports its exit status', () => {
    expect(runCli(['--version']).status).toBe(0);
    expect(runCli(['no-such-command']).status).toBe(2);
  });
});

describe('the baseline', () => {
  // compromise's ESM builds share one world: parsed in this process (where src/segment has cut the
  // post-tagger to the rules we read), the "bare full parse" would be ours, cheaper than the real one.
  it('is compromise\'s full parse, every post-tagger rule and compute step, even beside our filtered parse', async () => {
    await import('../src/segment/index.ts');
    const ours = nlp.world() as unknown as { hooks: string[]; model: { two: { matches: unknown[] } } };
    const corpus = generateCorpus(8 * 1024, 4096, ordinaryText);
    const parser = await bareParser(corpus.files);
    try {
      expect(parser.rules).toBeGreaterThan(ours.model.two.matches.length);
      // compromise/three's steps (chunks, …) on top of the ones compromise/two runs for us.
      expect(parser.steps).toEqual(expect.arrayContaining(ours.hooks));
      expect(parser.steps.length).toBeGreaterThan(ours.hooks.length);
      const round = await parser.round();
      expect(round.cpuMs).toBeGreaterThan(0);
    } finally {
      parser.close();
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  });
});
