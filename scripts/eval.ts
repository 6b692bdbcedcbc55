// npm run eval [-- --json] [--dataset meantime|seeds|blind-dev|blind-dev2|blind-test] [--errors KIND [--limit N]] [--dates-libraries]
// Scores the extractors against MEANTIME (../shared/eval) and the hand-made
// seed gold (fixtures/gold) and the blind set (fixtures/blind) and prints one table. See scripts/eval/README.md.
import { main } from './eval/cli.ts';

process.exitCode = await main(process.argv.slice(2));
