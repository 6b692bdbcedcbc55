// The thin front: a table of commands and flags. Each command is one function
// in src/commands/ that returns an exit code: 0 ok, 1 findings (drift,
// --strict errors), 2 usage, input or output error (70, internal error, is set by bin/facts).
// Commands are imported inside their actions: `facts --version`, `--help` and
// `facts schema` must answer without loading compromise and the gazetteers.
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { WriteError } from './emit/write.ts';
import { parseShard } from './shard.ts';

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

/**
 * A calendar date as YYYY-MM-DD: "2025-02-30", and "2025-02-29" in a common year, are no dates
 * (Date.parse rolls them over into March). Throws InvalidArgumentError.
 */
export function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw new InvalidArgumentError(`there is no month ${m[2]}`);
  if (day < 1 || day > daysInMonth(year, month)) throw new InvalidArgumentError(`${value} is not a date: ${monthName(month)} ${year} has ${daysInMonth(year, month)} days`);
  return value;
}

function daysInMonth(year: number, month: number): number {
  // Gregorian leap years: every 4th, except centuries not divisible by 400.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
}

// "" names no file: `-o ""` used to print to stdout and `extract ""` to read ".".
function outputPath(value: string): string {
  if (value === '') throw new InvalidArgumentError('expected a file name, or - for standard output');
  return value;
}

function inputPaths(value: string, previous: string[] | undefined): string[] {
  if (value === '') throw new InvalidArgumentError('an empty path names no file (use . for the current folder, - for standard input)');
  return [...(previous ?? []), value];
}

function stdinName(value: string): string {
  if (value === '') throw new InvalidArgumentError('expected a name, such as report.txt');
  return value;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/iu.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500k, 64mb or 1gb');
  const scale = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()[0] as 'k' | 'm' | 'g'] ?? 1;
  return Math.floor(Number(m[1]) * scale);
}

function jobCount(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of worker threads, 1 or more');
  return Number(value);
}

function shardOption(value: string): { index: number; count: number } {
  try {
    return parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function encodingName(value: string): 'utf8' | 'latin1' {
  if (value !== 'latin1' && value !== 'utf8') throw new InvalidArgumentError('expected utf8 or latin1');
  return value;
}

/**
 * The options of a command that reads a saved sheet or extracts its inputs anew (`report`, `table`):
 * those of `extract` that decide what is read and how, applied only when it extracts.
 */
function extractionOptions(command: Command): Command {
  return command
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates, when extracting', isoDate)
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 64mb)', byteSize)
    .option('--encoding <name>', 'read files that are not UTF-8 as latin1', encodingName)
    .option('-L, --follow', 'follow symbolic links inside folders, when extracting')
    .option('-j, --jobs <n>', 'documents extracted at once, when extracting (as for extract)', jobCount)
    .option('--no-cache', 'when extracting, extract every document again instead of reusing cached results');
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('facts')
    .description('Extract cited facts (entities, quotes, numbers, dates) from a folder of documents into one JSON fact sheet.')
    .version(packageVersion(), '-V, --version', 'print the version')
    // One line for a usage error, as for every other error: the hint goes on the error's own line.
    .configureOutput({ outputError: (message, write) => write(`${message.replace(/\n+$/u, '')} (run with --help for usage)\n`) })
    .exitOverride();

  program
    .command('extract')
    .description('read files and folders and print or write the fact sheet')
    .addArgument(
      new Argument('<path...>', 'files and folders (folders are read recursively; hidden entries skipped); - reads standard input').argParser(inputPaths),
    )
    .option('--json', 'print the JSON sheet even on a terminal')
    .option('-o, --output <file>', 'write the JSON sheet to FILE (atomically) instead of stdout; - is stdout', outputPath)
    .option('--stdin-name <name>', 'the path that cites the document read from - (default "<stdin>"); its extension picks the format', stdinName)
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates ("Wednesday", "last month")', isoDate)
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 64mb)', byteSize)
    .option('--encoding <name>', 'read files that are not UTF-8 as latin1 instead of reporting them', (v) => {
      if (v !== 'latin1' && v !== 'utf8') throw new InvalidArgumentError('expected utf8 or latin1');
      return v;
    })
    .option('--strict', 'exit 1 when any input could not be read')
    .option('-L, --follow', 'follow symbolic links inside folders (each real file read once); links named on the command line are always followed')
    .option('--ref-dates <file>', 'a CSV or TSV of path,date: each document\'s reference date (beats its own metadata and --ref-date)')
    .option('-j, --jobs <n>', 'documents extracted at once, on worker threads (default: the number of cores, for 512 KB of input or more; 1 runs in-process)', jobCount)
    .option('--no-cache', 'extract every document again instead of reusing results cached in $XDG_CACHE_HOME/facts (~/.cache/facts)')
    .option('-q, --quiet', 'no progress display on the terminal')
    .addOption(
      new Option('--format <format>', 'json (the sheet), ndjson (one line per document as it is done) or csv (one kind of fact, see --kind)').choices([
        'json',
        'ndjson',
        'csv',
      ]),
    )
    .option('--shard <i/n>', 'read only shard i of n (by a hash of each path), for `facts merge`; needs --format ndjson', shardOption)
    .addOption(new Option('--kind <kind>', 'with --format csv: which facts, one row each').choices(['entities', 'quotes', 'numbers', 'dates']))
    .addHelpText(
      'after',
      `
Examples:
  $ facts extract seeds/                                   summary on a terminal, JSON when piped
  $ facts extract seeds/ --json | jq '.quotes[] | select(.speaker == "person/volodymyr-zelenskyy") | .text'
  $ facts extract seeds/ --ref-date 2025-03-19 -o facts.json
  $ pdftotext report.pdf - | facts extract - --stdin-name report.txt`,
    )
    .action(async (paths: string[], opts) => {
      if (opts.format === 'csv' || opts.kind) {
        // The CSV tables live with `facts table`; loaded only when asked for.
        if (opts.format !== 'csv' || !opts.kind) {
          process.stderr.write('facts: --format csv and --kind go together (e.g. --format csv --kind quotes)\n');
          return setExit(EXIT.usage);
        }
        const { tableCommand } = await import('./commands/report.ts');
        return setExit(await tableCommand(paths, opts));
      }
      const flags = { ...opts, json: opts.json || opts.format === 'json' };
      // An unchanged corpus is answered from the cache before the NLP loads.
      const { replayExtract } = await import('./commands/extract-replay.ts');
      const replayed = await replayExtract(paths, flags);
      if (replayed && 'code' in replayed) return setExit(replayed.code);
      const { extractCommand } = await import('./commands/extract.ts');
      setExit(await extractCommand(paths, flags, replayed));
    });

  program
    .command('check')
    .description('extract again the inputs recorded in a sheet and compare, fact by fact: exit 1 when the facts changed')
    .argument('<sheet>', 'a sheet written by `facts extract -o` (its inputs are resolved against the current directory)')
    .option('--update', 'rewrite the sheet with the fresh facts (atomically) and say what changed')
    .option('--fail-on-moves', 'also fail when facts only moved (cited by the same files at other places) or a file changed without a change of facts')
    .addOption(new Option('--ignore-moves', 'moves do not fail (the default; kept for old scripts)').conflicts('failOnMoves'))
    .option('--allow-outside', 'read inputs the sheet records that are absolute or lead outside the current folder')
    .option('--json', 'print the diff as JSON')
    .option('--max-file-size <size>', 'skip files larger than this, as extract did (e.g. 64mb)', byteSize)
    .option('--encoding <name>', 'read files that are not UTF-8 as latin1, as extract did', encodingName)
    .option('-L, --follow', 'follow symbolic links inside folders, as extract did')
    .option('-j, --jobs <n>', 'documents extracted at once, as for extract', jobCount)
    .option('--no-cache', 'extract every document again instead of reusing cached results')
    .addHelpText(
      'after',
      `
Fails (exit 1) on changed facts: facts added or removed, their values, texts, speakers, names,
aliases, and which files cite them. Facts that only moved (text inserted above them, a mention added
in a file that already cites the fact) and files edited without a change of facts are shown as
information and pass, unless --fail-on-moves.

Exit codes: 0 same facts, 1 facts changed, 2 the sheet is missing or not a valid sheet, none of its
inputs exist here, or an input lies outside the current folder (see --allow-outside).
On GitHub Actions (GITHUB_ACTIONS=true) each difference is also an ::error annotation on the cited line.

Examples:
  $ facts extract seeds/ --ref-date 2025-03-19 -o facts.lock.json   once; commit it
  $ facts check facts.lock.json                                     in CI
  $ facts check facts.lock.json --update                            accept the change, then review git diff
  $ facts check facts.lock.json --fail-on-moves --json | jq .summary`,
    )
    .action(async (sheet: string, opts) => {
      const { checkCommand } = await import('./commands/check.ts');
      setExit(await checkCommand(sheet, opts));
    });

  program
    .command('diff')
    .description('compare two fact sheets fact by fact: exit 0 when they say the same, 1 when they differ')
    .argument('<before>', 'the older sheet')
    .argument('<after>', 'the newer sheet')
    .option('--fail-on-moves', 'also count facts that only moved, and files changed without a change of facts, as differences')
    .addOption(new Option('--ignore-moves', 'moves are not differences (the default; kept for old scripts)').conflicts('failOnMoves'))
    .option('--json', 'print the diff as JSON')
    .addHelpText(
      'after',
      `
Exit codes: 0 same facts (moves are information), 1 different, 2 a sheet is missing or not a valid sheet.

Examples:
  $ facts diff old.json new.json
  $ git show HEAD~1:facts.lock.json > old.json && facts diff old.json facts.lock.json
  $ facts diff old.json new.json --json | jq '.facts[] | select(.kind == "quote")'`,
    )
    .action(async (before: string, after: string, opts) => {
      const { diffCommand } = await import('./commands/diff.ts');
      setExit(await diffCommand(before, after, opts));
    });

  extractionOptions(
    program
      .command('report')
      .description('write one self-contained HTML page: the documents with their facts highlighted, entities, quotes by speaker, timeline, numbers')
      .argument('<path...>', 'folders and files to extract, or one saved sheet (.json) whose sources are read again')
      .option('-o, --output <file>', 'write the page to FILE (atomically); without it the page goes to a pipe')
      .option('--title <text>', 'the page title (default: "Facts from <inputs>")'),
  )
    .addHelpText(
      'after',
      `
The page needs no network: open it from disk. Exit 2 when nothing could be read or the sheet is invalid.

Examples:
  $ facts report seeds/ --ref-date 2025-03-19 -o report.html
  $ facts report facts.json -o report.html        from a saved sheet (sources resolved against the current directory)`,
    )
    .action(async (paths: string[], opts) => {
      const { reportCommand } = await import('./commands/report.ts');
      setExit(await reportCommand(paths, opts));
    });

  extractionOptions(
    program
      .command('table')
      .description('print one kind of fact as CSV (RFC 4180): one row per fact with its first citation and citation count')
      .argument('<path...>', 'one saved sheet (.json), or folders and files to extract')
      .addOption(new Option('--kind <kind>', 'which facts').choices(['entities', 'quotes', 'numbers', 'dates']).makeOptionMandatory())
      .option('-o, --output <file>', 'write the CSV to FILE (atomically)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ facts table facts.json --kind quotes -o quotes.csv
  $ facts extract seeds/ --format csv --kind numbers     the same, extracting now`,
    )
    .action(async (paths: string[], opts) => {
      const { tableCommand } = await import('./commands/report.ts');
      setExit(await tableCommand(paths, opts));
    });

  program
    .command('cache')
    .description('the cache of per-document results ($XDG_CACHE_HOME/facts, else ~/.cache/facts)')
    .addArgument(new Argument('<action>', 'clear: delete every cached result; dir: print where the cache is').choices(['clear', 'dir']))
    .action(async (action: 'clear' | 'dir') => {
      const { cacheCommand } = await import('./commands/cache.ts');
      setExit(await cacheCommand(action));
    });

  program
    .command('merge')
    .description('combine the NDJSON of a run or of its shards (extract --format ndjson [--shard i/n]) into the sheet one run would have written')
    .argument('<file...>', 'NDJSON files written by `facts extract --format ndjson`; - reads standard input')
    .option('-o, --output <file>', 'write the sheet to FILE (atomically) instead of stdout; - is stdout', outputPath)
    .addHelpText(
      'after',
      `
Exit 2 when a line is not valid NDJSON of facts, shards are missing or repeated, or the runs used
different reference dates.

Examples:
  $ for i in 1 2 3 4; do facts extract news/ --format ndjson --shard $i/4 -o part-$i.ndjson; done
  $ facts merge part-*.ndjson -o facts.json`,
    )
    .action(async (files: string[], opts) => {
      const { mergeCommand } = await import('./commands/merge.ts');
      setExit(await mergeCommand(files, opts));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the fact sheet (--ndjson: of a line of extract --format ndjson)')
    .option('--ndjson', 'the schema of one NDJSON line instead')
    .action(async (opts: { ndjson?: boolean }) => {
      const { schemaCommand } = await import('./commands/schema.ts');
      setExit(schemaCommand(opts));
    });

  program.addHelpText(
    'after',
    `
Examples:
  $ facts extract seeds/
  $ facts extract seeds/ --ref-date 2025-03-19 -o facts.json
  $ facts check facts.json
  $ facts diff old.json new.json
  $ facts schema > facts.schema.json`,
  );
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version are not errors.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // A sheet that could not be written (disk full, missing folder) is an output error, not a bug:
    // one line, and the previous file is intact.
    if (err instanceof WriteError) {
      // Loaded here, not at the top: string-width costs a third of `facts --version`'s start-up.
      const { safeForTerminal } = await import('./emit/summary.ts');
      process.stderr.write(`facts: ${safeForTerminal(err.message)}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  return code;
}
