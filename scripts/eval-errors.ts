// npx tsx scripts/eval-errors.ts KIND [--dataset meantime|seeds] [--type FP|FN|value|unit|speaker|type|span] [--how HOW] [--context N] [--limit N] [--json]
// Lists the false positives, false negatives and wrong attributes of one kind, in context.
// For entities: `--type type` lists right spans with a wrong type (with a confusion count),
// `--type span` gold names a system mention overlaps with other boundaries.
// Wrong speakers: `npx tsx scripts/eval-errors.ts quotes --type speaker [--how pronoun]` prints each
// with its gold pattern, the gold and system speakers, the cue, and the sentence around the quote.
import { main } from './eval/cli.ts';

const [kind, ...rest] = process.argv.slice(2);
process.exitCode = await main(kind && !kind.startsWith('-') ? ['--errors', kind, ...rest] : ['--help']);
