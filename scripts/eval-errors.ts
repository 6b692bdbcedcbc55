// npx tsx scripts/eval-errors.ts KIND [--dataset meantime|seeds] [--type FP|FN|value|unit|speaker|type|span] [--limit N] [--json]
// Lists the false positives, false negatives and wrong attributes of one kind, in context.
// For entities: `--type type` lists right spans with a wrong type (with a confusion count),
// `--type span` gold names a system mention overlaps with other boundaries.
import { main } from './eval/cli.ts';

const [kind, ...rest] = process.argv.slice(2);
process.exitCode = await main(kind && !kind.startsWith('-') ? ['--errors', kind, ...rest] : ['--help']);
