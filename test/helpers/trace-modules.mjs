// Preloaded with `node --import` (through NODE_OPTIONS) by tests that count what the CLI loads:
// every ES module URL (through a loader hook) and every CommonJS file (require.cache at exit)
// is appended to the file named by FACTS_TRACE_MODULES, one per line.
import fs from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.FACTS_TRACE_MODULES;
if (file) {
  register('./trace-modules-hooks.mjs', import.meta.url, { data: { file } });
  process.on('exit', () => fs.appendFileSync(file, Object.keys(Module._cache).map((f) => `${f}\n`).join('')));
}
