// Progress on stderr (issue 12): on a terminal, only once a run has lasted a second, and cleared
// at the end; never anything when stderr is piped. The clock is the test's, not the wall's.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/emit/progress.ts';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTerminal(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
  stream.isTTY = isTTY;
  stream.columns = 100;
  let written = '';
  stream.on('data', (c: Buffer) => (written += c.toString('utf8')));
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

describe('progress', () => {
  it('shows files done, MB/s and ETA on a terminal once the run has lasted a second', async () => {
    const term = fakeTerminal(true);
    let t = 0;
    const progress = createProgress({ total: 4, stream: term.stream, now: () => t });
    t = 500;
    progress.tick(1_000_000);
    await new Promise((r) => setImmediate(r));
    expect(term.written()).toBe('');
    t = 2000;
    progress.tick(1_000_000);
    await new Promise((r) => setImmediate(r));
    expect(term.written()).toMatch(/2\/4 files \| 1\.00 MB\/s \| ETA /u);
    t = 4000;
    progress.tick(0);
    await new Promise((r) => setImmediate(r));
    expect(term.written()).toMatch(/3\/4 files \| 500 KB\/s \| ETA /u);
    progress.log('facts: x.txt: binary: skipped\n');
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(term.written()).toContain('facts: x.txt: binary: skipped\n');
  });

  it('writes nothing but log lines when the stream is not a terminal', async () => {
    const term = fakeTerminal(false);
    let t = 0;
    const progress = createProgress({ total: 2, stream: term.stream, now: () => t });
    t = 5000;
    progress.tick(10);
    progress.tick(10);
    progress.log('facts: a line\n');
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(term.written()).toBe('facts: a line\n');
  });

  it('leaves a piped stderr empty on a run with no errors', async () => {
    const dir = testdir({ 'a.txt': 'Ana Lopez spoke in Lyon on Friday.\n', 'b.txt': 'Nothing happened.\n' });
    const r = await runFactsAsync(['extract', '.', '--json', '--jobs', '2'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
