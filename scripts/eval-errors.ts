// npx tsx scripts/eval-errors.ts KIND [--dataset meantime|seeds] [--type FP|FN|value|unit|speaker|type|span] [--limit N] [--json]
// Lists the false positives, false negatives and wrong attributes of one kind, in context.
import { main } from './eval/cli.ts';

const [kind, ...rest] = process.argv.slice(2);
process.exitCode = await main(kind && !kind.startsWith('-') ? ['--errors', kind, ...rest] : ['--help']);
