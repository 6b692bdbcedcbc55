// The thin front: a table of commands and flags. Each command is one function
// in src/commands/ that returns an exit code: 0 ok, 1 findings (drift,
// --strict errors), 2 usage or input error.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { extractCommand } from './commands/extract.ts';
import { schemaCommand } from './commands/schema.ts';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/iu.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500k, 64mb or 1gb');
  const scale = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()[0] as 'k' | 'm' | 'g'] ?? 1;
  return Math.floor(Number(m[1]) * scale);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('facts')
    .description('Extract cited facts (entities, quotes, numbers, dates) from a folder of documents into one JSON fact sheet.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('extract')
    .description('read files and folders and print or write the fact sheet')
    .argument('<path...>', 'files and folders (folders are read recursively; hidden entries skipped)')
    .option('--json', 'print the JSON sheet even on a terminal')
    .option('-o, --output <file>', 'write the JSON sheet to FILE (atomically) instead of stdout')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates ("Wednesday", "last month")', isoDate)
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 64mb)', byteSize)
    .option('--encoding <name>', 'read files that are not UTF-8 as latin1 instead of reporting them', (v) => {
      if (v !== 'latin1' && v !== 'utf8') throw new InvalidArgumentError('expected utf8 or latin1');
      return v;
    })
    .option('--strict', 'exit 1 when any input could not be read')
    .addHelpText(
      'after',
      `
Examples:
  $ facts extract seeds/                                   summary on a terminal, JSON when piped
  $ facts extract seeds/ --json | jq '.quotes[] | select(.speaker == "person/volodymyr-zelenskyy") | .text'
  $ facts extract seeds/ --ref-date 2025-03-19 -o facts.json`,
    )
    .action(async (paths: string[], opts) => setExit(await extractCommand(paths, opts)));

  program
    .command('schema')
    .description('print the JSON Schema of the fact sheet')
    .action(() => setExit(schemaCommand()));

  program.addHelpText(
    'after',
    `
Examples:
  $ facts extract seeds/
  $ facts extract seeds/ --ref-date 2025-03-19 -o facts.json
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
    throw err;
  }
  return code;
}
