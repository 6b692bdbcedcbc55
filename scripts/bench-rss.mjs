// Preloaded by scripts/bench.ts (`node --import`, through NODE_OPTIONS) into each `facts` run it
// times: at exit, the process's peak resident set size (process.resourceUsage().maxRSS, in KiB;
// worker threads share the process, so it covers them) and its CPU time (user + system, µs, all
// threads) are written to FACTS_BENCH_RSS as two numbers. CPU time is the steadier figure on a
// busy machine, where the wall clock also counts the time spent waiting for a core.
import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.FACTS_BENCH_RSS;
if (file && isMainThread) process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
