import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/reporters/summary-line.ts'],
    // The CLI tests spawn node + tsx; two cores are shared with the other files.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every CLI the tests spawn caches into a fresh folder, never the user's ~/.cache/facts.
    env: { XDG_CACHE_HOME: mkdtempSync(path.join(tmpdir(), 'facts-test-cache-')) },
  },
});
