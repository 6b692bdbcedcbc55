// Runs per-document tasks on N worker threads (tinypool), or in-process for one job.
// Workers only ever see one document at a time and keep no state between documents that
// changes results, so the facts are the same whichever thread extracts them; the caller puts
// outcomes back in input order.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { TaskInput, TaskOutcome } from './task.ts';

export interface Extractor {
  run(input: TaskInput): Promise<TaskOutcome>;
  /** Stops the worker threads (a no-op in-process). */
  close(): Promise<void>;
}

/** os.availableParallelism(): the default of --jobs. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * An extractor that runs up to `jobs` documents at once. `jobs` 1 runs in this thread (no pool,
 * compromise loaded here on first use). Throws RangeError for jobs < 1.
 */
export function createExtractor(jobs: number): Extractor {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a whole number ≥ 1, got ${jobs}`);
  if (jobs === 1) {
    // Imported on first use: a fully cached run never loads the NLP.
    let task: Promise<typeof import('./task.ts')> | undefined;
    return {
      run: async (input) => (await (task ??= import('./task.ts'))).runTask(input),
      close: async () => undefined,
    };
  }
  const pool = new Tinypool({ filename: workerEntry(), minThreads: 1, maxThreads: jobs, idleTimeout: 1000 });
  return {
    // A worker that dies under a document (out of memory, a crash in native code) fails that
    // document only; tinypool replaces the thread for the next one.
    run: (input) =>
      // (then: a task that cannot be sent to a thread throws at once, and fails the same way.)
      Promise.resolve()
        .then(() => pool.run(input) as Promise<TaskOutcome>)
        .catch((err: unknown) => ({
          ok: false as const,
          message: `worker thread failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`,
        })),
    close: () => pool.destroy(),
  };
}

/** The worker's module, beside this one: worker.js when compiled, else worker-tsx.mjs, which loads worker.ts through tsx. */
function workerEntry(): string {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker-tsx.mjs' : './worker.js', here).href;
}
