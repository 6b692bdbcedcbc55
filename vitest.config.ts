import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/reporters/summary-line.ts'],
    // The CLI tests spawn node + tsx; two cores are shared with the other files.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
