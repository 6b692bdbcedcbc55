// Progress of a long run on stderr (cli-progress): files done of the total, MB/s, ETA. Shown only
// on a terminal and only once a run has lasted `delayMs` (a quick run prints nothing), and
// cleared at the end, so stderr keeps only messages. Piped or redirected stderr never gets it.
import cliProgress from 'cli-progress';

export interface Progress {
  /** One input done (read, extracted or failed); `bytes` is its size, for MB/s. */
  tick(bytes: number): void;
  /** Writes a line (an input's error) above the bar instead of through it. */
  log(line: string): void;
  /** Clears the bar; call once at the end. */
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  /** Where the bar goes (process.stderr); nothing is written unless it is a TTY. */
  stream?: NodeJS.WriteStream;
  /** How long (ms) a run must last before a bar appears (1000). */
  delayMs?: number;
  /** The clock, in ms (Date.now; tests pass their own). */
  now?: () => number;
}

/** A progress display for `total` inputs; silent (it only passes log lines through) when the stream is not a TTY. */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 1000;
  if (!stream.isTTY) return { tick: () => undefined, log: (line) => void stream.write(line), stop: () => undefined };
  const started = now();
  let done = 0;
  let bytes = 0;
  let multi: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let drawn = 0;
  // "1.25 MB/s", or "42 KB/s" below 1 MB/s (one CPU extracts about 0.1 MB/s of news).
  const mbps = () => {
    const perSecond = bytes / Math.max((now() - started) / 1000, 1e-3);
    return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} MB/s` : `${(perSecond / 1e3).toFixed(0)} KB/s`;
  };
  const show = () => {
    if (bar || now() - started < delayMs) return;
    multi = new cliProgress.MultiBar(
      {
        stream,
        format: 'facts: {bar} {value}/{total} files | {mbps} | ETA {eta_formatted}',
        hideCursor: false,
        clearOnComplete: true,
        stopOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar = multi.create(options.total, done, { mbps: mbps() });
    // Drawn now, not at cli-progress's next redraw tick.
    multi.update();
    drawn = now();
  };
  // A first document that takes long still gets a bar after delayMs; unref'd so it never holds the process.
  const timer = setTimeout(show, delayMs);
  timer.unref();
  return {
    tick(n) {
      done++;
      bytes += n;
      show();
      bar?.update(done, { mbps: mbps() });
      // At most ten redraws a second, on our clock (cli-progress's own timer may lag a busy event loop).
      if (multi && now() - drawn >= 100) {
        multi.update();
        drawn = now();
      }
    },
    log(line) {
      if (multi) multi.log(line);
      else stream.write(line);
    },
    stop() {
      clearTimeout(timer);
      // A line logged since the last redraw is still buffered: a redraw writes it out first.
      multi?.update();
      multi?.stop();
    },
  };
}
