// The corpus half of `npm run bench` (issue 12): a generated corpus of news-sized documents, our
// extraction against a bare compromise parse of the same texts (side by side, interleaved), the
// `facts` command on that corpus (MB/s, documents/s, peak RSS), and its start-up times.
// Everything measured is fixed by the arguments (same documents, same runs, same order); only the
// clock varies, so each time is a median of several runs and every ratio is taken pair by pair.
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFacts } from '../src/pipeline.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/facts');
const RSS_PRELOAD = pathToFileURL(path.join(ROOT, 'scripts/bench-rss.mjs')).href;
const REF_DATE = '2025-03-19';
const MB = 1 << 20;
// scripts/bench.ts hands its text generator in (importing it back would be a cycle that never
// settles under its top-level await).
export type TextGenerator = (size: number, seed: number) => string;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The machine, as the README quotes it: processors, memory, OS, Node, and how busy it was. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ');
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return [
    `machine: ${cpus.length} × ${models}${cpus[0]?.speed ? ` (${cpus[0].speed} MHz)` : ''}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `         ${os.type()} ${os.release()} ${os.arch()}, node ${process.version}, load average at start ${load}`,
  ].join('\n');
}

export interface Corpus {
  dir: string;
  files: string[];
  texts: string[];
  bytes: number;
}

/**
 * `total` bytes of news-like documents of about `perDocument` bytes each (the seed articles'
 * paragraphs, shuffled with a fixed seed per document), written to a new temporary folder.
 */
export function generateCorpus(total: number, perDocument: number, makeText: TextGenerator): Corpus {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'facts-bench-corpus-'));
  const count = Math.max(1, Math.round(total / perDocument));
  const files: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = makeText(perDocument, 1000 + i);
    const file = path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, texts, bytes };
}

export interface BaselineFigures {
  bareMs: number;
  oursMs: number;
  /** The same on each one's process CPU time (user + system), ms. */
  bareCpuMs: number;
  oursCpuMs: number;
  /** Median of the per-round ratios ours / bare, wall clock. */
  ratio: number;
  /** The same on this process's CPU time (user + system): steadier on a busy machine. */
  cpuRatio: number;
  rounds: number;
}

/**
 * The bare parse, forked (scripts/bench-bare.mjs: a process with only `compromise` loaded), ready
 * for rounds. `round()` parses every document once there and resolves with its wall and CPU ms.
 */
export async function bareParser(files: readonly string[]): Promise<{
  /** What the forked parse runs: compromise's post-tagger rules and its compute steps, in order. */
  rules: number;
  steps: string[];
  round(): Promise<{ ms: number; cpuMs: number }>;
  close(): void;
}> {
  const child = fork(path.join(ROOT, 'scripts/bench-bare.mjs'), [...files], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the bare-parse process exited ${code}`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m);
      });
    });
  const { rules, steps } = (await next()) as { rules: number; steps: string[] };
  return {
    rules,
    steps,
    round: () => {
      const answer = next();
      child.send('round');
      return answer as Promise<{ ms: number; cpuMs: number }>;
    },
    close: () => child.kill(),
  };
}

/**
 * Our whole extraction (extractFacts on the corpus folder: read, segment, extract, resolve,
 * assemble), in this process, against the bare full compromise parse (`nlp(text)` for each
 * document) in a forked process of its own (see scripts/bench-bare.mjs for why), alternating
 * bare, ours, bare, ours … so a drift in the machine's speed hits both. Only one of the two runs
 * at a time; each one's CPU time is its own process's.
 */
export async function compareWithBareParse(corpus: Corpus, rounds: number): Promise<BaselineFigures> {
  const bare: number[] = [];
  const ours: number[] = [];
  const bareCpu: number[] = [];
  const oursCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(since);
    return (d.user + d.system) / 1000;
  };
  // Warm both (compromise's lexicon, our gazetteers, the JIT) on one document before timing.
  const parser = await bareParser(corpus.files);
  try {
    await extractFacts([corpus.files[0]], { refDate: REF_DATE });
    for (let r = 0; r < rounds; r++) {
      const b = await parser.round();
      bare.push(b.ms);
      bareCpu.push(b.cpuMs);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await extractFacts([corpus.dir], { refDate: REF_DATE });
      ours.push(performance.now() - t0);
      oursCpu.push(cpuMs(c0));
    }
  } finally {
    parser.close();
  }
  return {
    bareMs: median(bare),
    oursMs: median(ours),
    bareCpuMs: median(bareCpu),
    oursCpuMs: median(oursCpu),
    ratio: median(ours.map((o, i) => o / bare[i])),
    cpuRatio: median(oursCpu.map((o, i) => o / bareCpu[i])),
    rounds,
  };
}

export interface CliRun {
  ms: number;
  /** Peak resident set size of the whole `facts` process, MiB. */
  rssMiB: number;
  /** CPU time of the whole process (user + system, all threads), ms. */
  cpuMs: number;
  status: number | null;
  stderr: string;
}

/** Which build `bin/facts` runs, and the environment that picks it. */
export function cliBuild(): { label: string; env: Record<string, string> } {
  const dist = path.join(ROOT, 'dist/cli.js');
  if (!existsSync(dist)) return { label: 'the sources through tsx (no dist/: run `npm run build`)', env: { FACTS_FROM_SOURCE: '1' } };
  const newest = (dir: string): number =>
    Math.max(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => statSync(path.join(dir, f)).mtimeMs));
  const stale = newest(path.join(ROOT, 'src')) > statSync(dist).mtimeMs;
  return { label: stale ? 'dist/ — OLDER than src/: run `npm run build` for current figures' : 'the compiled dist/ on plain Node', env: { FACTS_FROM_SOURCE: '' } };
}

/**
 * Runs `facts ARGS` once as a user would (the build cliBuild() names), timing the whole process
 * and reading its peak RSS through a preload. `env` adds to the environment (e.g. a cache folder).
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  return runNode([BIN, ...args], { ...cliBuild().env, NO_COLOR: '1', ...env });
}

/** `node ARGS` once, timed, with its peak RSS and CPU time read through the preload. */
export function runNode(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const rssFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'facts-bench-rss-')), 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--import=${RSS_PRELOAD}`, FACTS_BENCH_RSS: rssFile, ...env },
  });
  const ms = performance.now() - t0;
  const [rssKiB, cpuMicros] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split(' ').map(Number) : [Number.NaN, Number.NaN];
  rmSync(path.dirname(rssFile), { recursive: true, force: true });
  return { ms, rssMiB: rssKiB / 1024, cpuMs: cpuMicros / 1000, status: r.status, stderr: r.stderr };
}

export interface CliConfiguration {
  name: string;
  /** Flags after `facts extract CORPUS -o OUT`. */
  flags: string[];
  /** Extra environment; runs that share a cacheHome share one cache folder (XDG_CACHE_HOME). */
  cacheHome?: string;
}

/**
 * ▶ PLUG-IN POINT for worker threads (`--jobs`) and the cache (`--no-cache`, XDG_CACHE_HOME).
 * The configurations of `facts extract` compared on the corpus, chosen from what `facts extract
 * --help` (`help`) offers, so rows appear as the flags land: 1 vs `cores` workers (cache off),
 * then a cold run into an empty cache folder and a warm run from the same folder. Runs without a
 * cacheHome get a scratch one, so the user's own cache is neither read nor written.
 */
export function configurationsFor(help: string, cores: number, newCacheHome: () => string): CliConfiguration[] {
  const jobs = /--jobs\b/u.test(help);
  const cache = /--no-cache\b/u.test(help);
  const noCache = cache ? ['--no-cache'] : [];
  const configurations: CliConfiguration[] = [];
  // NDJSON holds one document at a time: its peak RSS is the per-worker cost (each worker thread holds its own compromise).
  const ndjson = /\bndjson\b/u.test(help);
  if (jobs) {
    configurations.push({ name: '1 worker', flags: ['--jobs', '1', ...noCache] });
    configurations.push({ name: `${cores} workers`, flags: ['--jobs', String(cores), ...noCache] });
    if (ndjson) {
      configurations.push({ name: 'NDJSON, 1 worker', flags: ['--format', 'ndjson', '--jobs', '1', ...noCache] });
      configurations.push({ name: `NDJSON, ${cores} workers`, flags: ['--format', 'ndjson', '--jobs', String(cores), ...noCache] });
    }
  } else {
    configurations.push({ name: 'defaults (one thread)', flags: noCache });
  }
  if (cache) {
    const cacheHome = newCacheHome();
    configurations.push({ name: 'cache cold', flags: [], cacheHome });
    configurations.push({ name: 'cache warm', flags: [], cacheHome });
  }
  return configurations;
}

/** configurationsFor the installed CLI's own `extract --help`, on this machine's cores. */
export function cliConfigurations(): CliConfiguration[] {
  const help = spawnSync(process.execPath, [BIN, 'extract', '--help'], { encoding: 'utf8', env: { ...process.env, ...cliBuild().env } }).stdout ?? '';
  return configurationsFor(help, os.availableParallelism(), () => mkdtempSync(path.join(os.tmpdir(), 'facts-bench-cache-')));
}

export interface CorpusRow {
  name: string;
  ms: number;
  cpuMs: number;
  rssMiB: number;
  mbPerS: number;
  docsPerS: number;
}

/** `facts extract` on the corpus once per configuration, in order (a warm run follows its cold one). */
export function benchCliOnCorpus(corpus: Corpus, configurations: readonly CliConfiguration[]): CorpusRow[] {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'facts-bench-out-')), 'facts.json');
  const scratchCache = mkdtempSync(path.join(os.tmpdir(), 'facts-bench-cache-'));
  const rows: CorpusRow[] = [];
  for (const c of configurations) {
    const run = runCli(['extract', corpus.dir, '--ref-date', REF_DATE, '-o', out, ...c.flags], { XDG_CACHE_HOME: c.cacheHome ?? scratchCache });
    if (run.status !== 0) throw new Error(`facts extract ${c.flags.join(' ')} exited ${run.status}: ${run.stderr.split('\n')[0]}`);
    rows.push({ name: c.name, ms: run.ms, cpuMs: run.cpuMs, rssMiB: run.rssMiB, mbPerS: corpus.bytes / MB / (run.ms / 1000), docsPerS: corpus.files.length / (run.ms / 1000) });
  }
  for (const d of [path.dirname(out), scratchCache, ...configurations.map((c) => c.cacheHome).filter((d): d is string => !!d)]) rmSync(d, { recursive: true, force: true });
  return rows;
}

/**
 * The ratios issue 12 asks for, from rows of one run: N workers' throughput over one worker's
 * (wall clock; CPU time shows what the threads cost beyond the work), and the cold run's time
 * over the warm run's. Rows that are missing give no line.
 */
export function corpusRatios(rows: readonly CorpusRow[], cores: number): string[] {
  const row = (name: string) => rows.find((r) => r.name === name);
  const lines: string[] = [];
  for (const prefix of ['', 'NDJSON, ']) {
    const [one, many] = [row(`${prefix}1 worker`), row(`${prefix}${cores} workers`)];
    if (one && many && cores > 1) {
      lines.push(`${prefix}${cores} workers / 1 worker: ${(one.ms / many.ms).toFixed(2)}× the throughput (wall); cpu ${(many.cpuMs / one.cpuMs).toFixed(2)}× the single worker's`);
    }
  }
  const [cold, warm] = [row('cache cold'), row('cache warm')];
  if (cold && warm) lines.push(`warm cache: ${(cold.ms / warm.ms).toFixed(1)}× faster than cold (wall), ${(cold.cpuMs / warm.cpuMs).toFixed(1)}× less cpu`);
  return lines;
}

export interface StartupRow {
  command: string;
  ms: number;
  cpuMs: number;
  rssMiB: number;
}

/**
 * Start-up: `facts --version`, `--help`, `schema` and a one-file extract, each the median of
 * `runs` spawns after one warm-up, beside `node -e 0` (the floor any Node command pays).
 */
export function startupTimes(oneFile: string, runs: number): StartupRow[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'facts-bench-start-'));
  const cases: [string, string[]][] = [
    ['facts --version', ['--version']],
    ['facts --help', ['--help']],
    ['facts schema', ['schema']],
    // --no-cache: after the warm-up the file would be a cache hit, and the row would no longer count loading the NLP.
    ['facts extract ONE-FILE', ['extract', oneFile, '--ref-date', REF_DATE, '--no-cache', '-o', path.join(dir, 'one.json')]],
  ];
  const rows: StartupRow[] = [];
  for (const [command, args] of [['node -e 0', ['-e', '0']] as [string, string[]], ...cases.map(([c, a]): [string, string[]] => [c, [BIN, ...a]])]) {
    const times: number[] = [];
    const cpu: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const run = runNode(args, { ...cliBuild().env, NO_COLOR: '1', XDG_CACHE_HOME: dir });
      if (run.status !== 0) throw new Error(`${command} exited ${run.status}: ${run.stderr.split('\n')[0]}`);
      if (i === 0) continue;
      times.push(run.ms);
      cpu.push(run.cpuMs);
      rss.push(run.rssMiB);
    }
    rows.push({ command, ms: median(times), cpuMs: median(cpu), rssMiB: median(rss) });
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

/** Prints the corpus sections of the bench; returns nothing, asserts nothing. */
export async function benchCorpus(options: { corpusBytes: number; documentBytes: number; rounds: number; startupRuns: number; makeText: TextGenerator }): Promise<void> {
  const write = (s: string) => process.stdout.write(s);
  const corpus = generateCorpus(options.corpusBytes, options.documentBytes, options.makeText);
  const mb = corpus.bytes / MB;
  write(`corpus: ${corpus.files.length} generated news documents, ${mb.toFixed(2)} MB (${(corpus.bytes / corpus.files.length / 1024).toFixed(1)} KB each)\n\n`);

  const base = await compareWithBareParse(corpus, options.rounds);
  write(`median of ${base.rounds} interleaved rounds (the bare parse in a process of its own, ours in the bench's):\n`);
  write(`  ${''.padEnd(48)} ${'wall ms'.padStart(7)} ${'cpu ms'.padStart(7)}  MB/s (wall)\n`);
  write(`  ${'bare compromise parse (nlp(text) per document)'.padEnd(48)} ${base.bareMs.toFixed(0).padStart(7)} ${base.bareCpuMs.toFixed(0).padStart(7)}  ${(mb / (base.bareMs / 1000)).toFixed(3)}\n`);
  write(`  ${'facts extraction (extractFacts on the folder)'.padEnd(48)} ${base.oursMs.toFixed(0).padStart(7)} ${base.oursCpuMs.toFixed(0).padStart(7)}  ${(mb / (base.oursMs / 1000)).toFixed(3)}\n`);
  write(`  extraction / bare parse: ${base.ratio.toFixed(2)}× wall, ${base.cpuRatio.toFixed(2)}× cpu   (bench process peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)\n\n`);

  const build = cliBuild();
  write(`the facts command (${build.label}) on the corpus, one run each:\n`);
  write(`  ${'configuration'.padEnd(24)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(7)} ${'MB/s'.padStart(7)} ${'docs/s'.padStart(7)} ${'peak RSS MiB'.padStart(13)}\n`);
  const rows = benchCliOnCorpus(corpus, cliConfigurations());
  for (const row of rows) {
    write(`  ${row.name.padEnd(24)} ${(row.ms / 1000).toFixed(2).padStart(7)} ${(row.cpuMs / 1000).toFixed(2).padStart(7)} ${row.mbPerS.toFixed(3).padStart(7)} ${row.docsPerS.toFixed(1).padStart(7)} ${row.rssMiB.toFixed(0).padStart(13)}\n`);
  }
  for (const line of corpusRatios(rows, os.availableParallelism())) write(`  ${line}\n`);

  write(`\nstart-up (${build.label}), median of ${options.startupRuns} runs after one warm-up:\n`);
  write(`  ${'command'.padEnd(24)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(7)} ${'peak RSS MiB'.padStart(13)}\n`);
  for (const row of startupTimes(corpus.files[0], options.startupRuns)) {
    write(`  ${row.command.padEnd(24)} ${(row.ms / 1000).toFixed(3).padStart(7)} ${(row.cpuMs / 1000).toFixed(3).padStart(7)} ${row.rssMiB.toFixed(0).padStart(13)}\n`);
  }
  rmSync(corpus.dir, { recursive: true, force: true });
}
