import { clearCache } from '../run/cache.ts';
import { defaultCacheDir } from '../run/cache-key.ts';
import { safeForTerminal } from '../emit/summary.ts';

/** `facts cache clear` deletes the cache folder; `facts cache dir` prints its path. Returns the exit code. */
export async function cacheCommand(action: 'clear' | 'dir'): Promise<number> {
  const dir = defaultCacheDir();
  if (action === 'dir') {
    process.stdout.write(`${dir}\n`);
    return 0;
  }
  try {
    const bytes = await clearCache(dir);
    process.stderr.write(`facts: cleared ${safeForTerminal(dir)} (${(bytes / 1e6).toFixed(1)} MB)\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`facts: cannot clear ${safeForTerminal(dir)}: ${(err as Error).message.split('\n')[0]}\n`);
    return 2;
  }
}
