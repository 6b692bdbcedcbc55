// Counted work, not time: V8's own block counters (the precise coverage the
// inspector exposes: how many times each function and each branch or loop body
// ran). The same code on the same input gives the same count on an idle
// laptop and on a loaded CI machine, so a complexity bound on it cannot flip
// by chance. Work inside built-ins (regular expressions, sorting) is not counted;
// the calls they make back into our code (comparators, replacers) are.
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface ScriptCoverage {
  url: string;
  functions: { functionName: string; ranges: Range[] }[];
}

export class WorkCounter {
  private readonly session = new Session();

  /** `include` picks the scripts whose work counts, by URL (our sources, compromise…). */
  constructor(private readonly include: (url: string) => boolean) {}

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  async stop(): Promise<void> {
    await this.session.post('Profiler.stopPreciseCoverage');
    await this.session.post('Profiler.disable');
    this.session.disconnect();
  }

  /**
   * Blocks executed by `run` in the included scripts: function calls plus loop bodies and
   * branches (V8 reports a nested block only where its count differs from its parent's). `run`
   * runs `times` times (it must be pure) and the largest count is taken: on a loaded machine V8
   * now and then drops a script's counters mid-run (two full-suite runs saw a 100 KB input
   * counted as 3 and 5 blocks, against about 433,000 alone), so a count can come out too small,
   * never too large.
   */
  async measure(run: () => void | Promise<void>, times = 2): Promise<number> {
    // A pure `run` gives the same count every time it is counted whole, so the answer is a count
    // seen twice; a dropped counter gives a smaller one that does not repeat (a full suite on a
    // loaded machine still saw 3 against 70,000 with the largest of two runs). Up to six runs.
    const seen: number[] = [];
    for (let i = 0; i < Math.max(times, 6); i++) {
      const count = await this.measureOnce(run);
      if (seen.includes(count) && i + 1 >= times) return count;
      seen.push(count);
    }
    return Math.max(...seen);
  }

  private async measureOnce(run: () => void | Promise<void>): Promise<number> {
    await this.session.post('Profiler.takePreciseCoverage'); // resets the counters
    await run();
    const { result } = (await this.session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
    let blocks = 0;
    for (const script of result) {
      if (!this.include(script.url)) continue;
      for (const fn of script.functions) for (const r of fn.ranges) blocks += r.count;
    }
    return blocks;
  }

  /** URLs of the scripts that did any work in `run`, for checking the filter. */
  async scripts(run: () => void | Promise<void>): Promise<string[]> {
    await this.session.post('Profiler.takePreciseCoverage');
    await run();
    const { result } = (await this.session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
    return result.filter((s) => s.functions.some((f) => f.ranges.some((r) => r.count > 0))).map((s) => s.url);
  }
}

/** A counter of the work done in this project's own sources (src/). */
export function sourcesWork(root: string): WorkCounter {
  const src = `${pathToFileURL(root).href}/src/`;
  return new WorkCounter((url) => url.startsWith(src));
}
