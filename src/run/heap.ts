// How far V8 lets the heap grow past its live data before collecting. By default V8 grows the old
// generation up to about 4× what survived the last collection when the heap may grow large, so a
// long extraction run whose live data is ~100 MiB (compromise's lexicon and models, the gazetteers)
// sat at ~500 MiB of RSS, nearly all of it garbage waiting (measured: scripts/.probe-mem style
// process.memoryUsage per 100 documents; the heap after a forced GC was 92 MiB). A growing factor
// of 1.2 collects sooner at a few per cent more CPU. It is a growth rate, not a cap: a large
// document still gets all the memory it needs, so no run can fail because of it.
import { setFlagsFromString } from 'node:v8';

/** The growth V8 is given: the old generation may grow by this percentage of its live size before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

/** V8 heap-sizing options: when the user gives one, the heap is theirs to size. */
const USER_HEAP_OPTION = /--(max-old-space-size|max-semi-space-size|max-heap-size|heap-growing-percent|initial-old-space-size)\b|--max_old_space_size|--heap_growing_percent/u;

/**
 * The V8 flag to set for this process: `--heap-growing-percent=50`, or null when the user sized
 * the heap themselves (in NODE_OPTIONS or node's own arguments).
 */
export function heapGrowthFlag(nodeOptions: string | undefined, execArgv: readonly string[]): string | null {
  if (USER_HEAP_OPTION.test(`${nodeOptions ?? ''} ${execArgv.join(' ')}`)) return null;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/**
 * Sets heapGrowthFlag() for the whole process (worker threads share V8's flags); returns the flag
 * set, or null. For the CLI's extracting commands only: a library must not change its host's heap.
 */
export function boundHeapGrowth(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string | null {
  const flag = heapGrowthFlag(env.NODE_OPTIONS, execArgv);
  // V8 reads this flag at every full collection, so setting it after start-up takes effect.
  if (flag) setFlagsFromString(flag);
  return flag;
}
