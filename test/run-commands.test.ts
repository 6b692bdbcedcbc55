// check, report and table, when they extract, take extract's per-document path (issue 12): the
// result cache is shared (a document one command extracted is a hit for the others), --no-cache
// neither reads nor writes it, and --jobs gives the same output as one job.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

const DOCS = {
  'a.txt': 'Mayor Ana Lopez said on Wednesday that 40 buses would be added. "We will not wait," she said.\n',
  'b.txt': 'The council of Riverton approved 3 new parks last month, Councillor Ben Okafor said.\n',
  'c.txt': 'Nothing happened here.\n',
};

function entries(home: string): number {
  const root = path.join(home, 'facts');
  if (!existsSync(root)) return 0;
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(root, f)).isFile()).length;
}

const run = (args: string[], dir: string, home: string) => runFactsAsync(args, { cwd: dir, env: { XDG_CACHE_HOME: home, FACTS_DEBUG_STATS: '1' } });

describe('check, report and table share the result cache and --jobs', () => {
  it.each([
    [['table', '.', '--kind', 'entities', '--ref-date', '2025-03-19']],
    [['report', '.', '--ref-date', '2025-03-19', '-o', '.page.html']],
  ])('%j caches what it extracts, and extract then takes it from the cache', async (args) => {
    const dir = testdir(DOCS);
    const home = testdir({});
    expect((await run([...args, '--no-cache'], dir, home)).status).toBe(0);
    expect(entries(home)).toBe(0);
    expect((await run(args, dir, home)).status).toBe(0);
    expect(entries(home)).toBe(3);
    const extract = await run(['extract', '.', '--json', '--ref-date', '2025-03-19'], dir, home);
    expect(extract.stderr).toMatch(/0 extracted, 3 from the cache, 0 jobs/u);
  });

  it('table gives the same CSV with 2 jobs as with 1', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    const one = await run(['table', '.', '--kind', 'quotes', '--jobs', '1', '--no-cache'], dir, home);
    const two = await run(['table', '.', '--kind', 'quotes', '--jobs', '2', '--no-cache'], dir, home);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(2);
    expect(two.stdout).toBe(one.stdout);
  });

  it('check re-extracts from the cache, and with --no-cache does not touch it', async () => {
    const dir = testdir(DOCS);
    const home = testdir({});
    expect((await run(['extract', '.', '--ref-date', '2025-03-19', '--no-cache', '-o', '.facts.json'], dir, home)).status).toBe(0);
    expect((await run(['check', '.facts.json', '--no-cache'], dir, home)).status).toBe(0);
    expect(entries(home)).toBe(0);
    expect((await run(['check', '.facts.json', '--jobs', '2'], dir, home)).status).toBe(0);
    expect(entries(home)).toBe(3);
  });
});
