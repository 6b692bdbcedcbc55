// --jobs N (issue 12): documents extracted on worker threads give the very same sheet as one
// in-process job, and an extractor failing on one document stays that document's error row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/run/pool.ts';
import type { SourceDocument } from '../src/types.ts';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';
import { MIXED_DOCS } from './helpers/corpus.ts';

const DOCS = MIXED_DOCS;

describe('--jobs', () => {
  it('writes the same bytes with 1 and 2 jobs', async () => {
    const dir = testdir(DOCS);
    const one = await runFactsAsync(['extract', '.', '--ref-date', '2025-03-19', '--no-cache', '--jobs', '1', '-o', path.join(dir, '.one.json')], { cwd: dir });
    const two = await runFactsAsync(['extract', '.', '--ref-date', '2025-03-19', '--no-cache', '--jobs', '2', '-o', path.join(dir, '.two.json')], { cwd: dir });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const [a, b] = ['.one.json', '.two.json'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
    expect(JSON.parse(a).sources).toHaveLength(6);
    expect(JSON.parse(a).quotes.length).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('runs a small corpus in-process by default, and on the threads asked for', async () => {
    const dir = testdir(DOCS);
    const jobsOf = async (args: string[]) => {
      const r = await runFactsAsync(['extract', '.', '--json', '--no-cache', ...args], { cwd: dir, env: { FACTS_DEBUG_STATS: '1' } });
      return /(\d+) jobs?\n/u.exec(r.stderr)?.[1];
    };
    expect(await jobsOf([])).toBe('1');
    expect(await jobsOf(['--jobs', '3'])).toBe('3');
  });

  it.each([['0'], ['-1'], ['two'], ['1.5']])('refuses --jobs %s (exit 2)', async (n) => {
    const dir = testdir({ 'a.txt': 'Hello.\n' });
    const r = await runFactsAsync(['extract', 'a.txt', '--jobs', n], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/whole number/u);
  });

  it('keeps an extractor failure as that document outcome, on a worker thread and in-process', async () => {
    // No real document makes an extractor throw (that would be a bug fixed at once): a source with no text stands in.
    const broken = { path: 'x.txt', text: null, sha256: '', bytes: 0 } as unknown as SourceDocument;
    const fine: SourceDocument = { path: 'y.txt', text: 'Ana Lopez spoke in Lyon.', sha256: '', bytes: 24 };
    for (const jobs of [1, 2]) {
      const extractor = createExtractor(jobs);
      try {
        const [bad, good] = await Promise.all([extractor.run({ source: broken, refDate: null }), extractor.run({ source: fine, refDate: null })]);
        expect(bad.ok).toBe(false);
        expect(bad.ok ? '' : bad.message).toMatch(/^TypeError: /u);
        expect(good.ok && good.result.entities.map((e) => e.name)).toEqual(['Ana Lopez', 'Lyon']);
        if (jobs > 1) {
          // A task the pool itself cannot run (here: it cannot be sent to a thread) is a failed document too, not a crash.
          const unsendable = { ...fine, extra: () => 1 } as unknown as SourceDocument;
          const lost = await extractor.run({ source: unsendable, refDate: null });
          expect(lost.ok ? '' : lost.message).toMatch(/^worker thread failed: /u);
        }
      } finally {
        await extractor.close();
      }
    }
  });
});
