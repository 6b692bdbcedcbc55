// npx tsx scripts/eval-date-libraries.ts [--json] — same as npm run eval -- --dates-libraries
import { main } from './eval/cli.ts';

process.exitCode = await main(['--dates-libraries', ...process.argv.slice(2)]);
