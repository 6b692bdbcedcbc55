// --jobs and --no-cache as every extracting command takes them (extract, check, report, table):
// the same defaults everywhere, so a document cached by one command is a hit for the others.
import { ResultCache } from './cache.ts';
import { defaultCacheDir } from './cache-key.ts';
import { boundHeapGrowth } from './heap.ts';

export interface RunFlags {
  /** Documents extracted at once; default 'auto' (one per core from 512 KB of input on, else 1). */
  jobs?: number;
  /** false with --no-cache. */
  cache?: boolean;
}

/**
 * The pipeline options for these flags: jobs, and the result cache in its default folder unless
 * --no-cache. For the CLI's commands only: it also bounds V8's heap growth for the process
 * (boundHeapGrowth, unless the user sized the heap), which a library must not do to its host.
 */
export function runOptions(flags: RunFlags): { jobs: number | 'auto'; cache: ResultCache | undefined } {
  boundHeapGrowth();
  return { jobs: flags.jobs ?? 'auto', cache: flags.cache === false ? undefined : new ResultCache(defaultCacheDir()) };
}
