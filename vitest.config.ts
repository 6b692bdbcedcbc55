import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `import … from 'facts'` in tests means the sources under test, not a dist/ built earlier.
  resolve: { alias: [{ find: /^facts$/u, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) }] },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/reporters/summary-line.ts'],
    // The CLI tests spawn node + tsx; two cores are shared with the other files. A timeout only
    // catches a hang: sized so that four CLI runs on the seeds still finish on a 2-core machine
    // at load average 16 (each took up to 25 s there); no test asserts how long anything takes.
    testTimeout: 300_000,
    // A worker that lets no event-loop turn pass for 60 s misses vitest's own RPC deadline and fails
    // the run with "Timeout calling onTaskUpdate" although every test passed: every test ends with
    // one turn (the setup file), and one file runs at a time, so that no second file and its CLI
    // children stretch a synchronous test on the two cores.
    setupFiles: ['./test/helpers/yield-between-tests.ts'],
    fileParallelism: false,
    hookTimeout: 300_000,
    // bin/facts, spawned by the CLI tests, runs src/ through tsx rather than dist/ (which may be
    // older than the code under test), and caches into a fresh folder, never the user's
    // ~/.cache/facts; children inherit the tests' environment.
    env: { FACTS_FROM_SOURCE: '1', XDG_CACHE_HOME: mkdtempSync(path.join(tmpdir(), 'facts-test-cache-')) },
  },
});
