// The CLI bounds V8's heap growth (issue 12: peak RSS flat and under 350 MB for a long NDJSON
// run), unless the user sized the heap themselves; it is a growth rate, never a cap, so a large
// document still finishes.
import { describe, expect, it } from 'vitest';
import { heapGrowthFlag } from '../src/run/heap.ts';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

describe('heapGrowthFlag', () => {
  it.each([
    [undefined, [], '--heap-growing-percent=50'],
    ['', [], '--heap-growing-percent=50'],
    ['--import=/x/trace.mjs --enable-source-maps', [], '--heap-growing-percent=50'],
    ['--max-old-space-size=192', [], null],
    ['--max_old_space_size=192', [], null],
    ['--max-semi-space-size=8', [], null],
    [undefined, ['--heap-growing-percent=50'], null],
    [undefined, ['--max-heap-size=1024'], null],
  ])('NODE_OPTIONS %j, node arguments %j → %j', (nodeOptions, execArgv, expected) => {
    expect(heapGrowthFlag(nodeOptions, execArgv)).toBe(expected);
  });
});

// Sentences written for this test; one long document of ordinary prose (about 320 KB).
const PARAGRAPH =
  'The council of Riverton approved 3 new parks on Tuesday, Councillor Ben Okafor said. "We have waited long enough," said Mayor Ana Lopez, 54. About 1,200 people attended the meeting, up 12 percent from last year.\n\n';

describe('facts extract with the bounded heap growth', () => {
  it('says which heap sizing it used, and leaves the user\'s own alone', async () => {
    const dir = testdir({ 'a.txt': 'Nothing happened here.\n' });
    const ours = await runFactsAsync(['extract', 'a.txt', '--json', '--no-cache'], { cwd: dir, env: { FACTS_DEBUG_STATS: '1' } });
    expect(ours.stderr).toContain('facts: stats: heap --heap-growing-percent=50\n');
    const theirs = await runFactsAsync(['extract', 'a.txt', '--json', '--no-cache'], {
      cwd: dir,
      env: { FACTS_DEBUG_STATS: '1', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=3000` },
    });
    expect(theirs.stderr).toContain('facts: stats: heap sized by the user\n');
    expect(theirs.stdout).toBe(ours.stdout);
  });

  it('finishes a large single document (no cap on the heap), in NDJSON and sheet modes alike', async () => {
    const dir = testdir({ 'big.txt': PARAGRAPH.repeat(1500) });
    const r = await runFactsAsync(['extract', 'big.txt', '--format', 'ndjson', '--no-cache', '-o', '.big.ndjson'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('(1 sources, 0 errors)');
  }, 300_000);
});
