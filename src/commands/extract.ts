import { extractFacts } from '../pipeline.ts';
import { SheetSchema } from '../sheet/schema.ts';
import { sheetToJson } from '../emit/json.ts';
import { renderSummary, safeForTerminal } from '../emit/summary.ts';
import { writeFileAtomic } from '../emit/write.ts';

export interface ExtractFlags {
  json?: boolean;
  output?: string;
  refDate?: string;
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
  strict?: boolean;
}

export async function extractCommand(paths: string[], flags: ExtractFlags): Promise<number> {
  const sheet = await extractFacts(paths, {
    refDate: flags.refDate ?? null,
    maxFileSize: flags.maxFileSize,
    encoding: flags.encoding,
    onError: (e) => process.stderr.write(`facts: ${safeForTerminal(e.path)}: ${e.code}: ${safeForTerminal(e.message)}\n`),
  });
  // The contract is checked on the way out: a sheet that fails it is a bug, and says so loudly.
  SheetSchema.parse(sheet);
  if (sheet.sources.length === 0 && sheet.errors.length > 0) {
    process.stderr.write('facts: nothing could be read\n');
    return 2;
  }
  const json = sheetToJson(sheet);
  if (flags.output) {
    await writeFileAtomic(flags.output, json);
    process.stderr.write(`facts: wrote ${flags.output} (${sheet.sources.length} sources, ${sheet.errors.length} errors)\n`);
  } else if (flags.json || !process.stdout.isTTY) {
    process.stdout.write(process.stdout.isTTY ? sheetToJson(sheet, { terminal: true }) : json);
  } else {
    const color = !process.env.NO_COLOR && process.stdout.hasColors?.() !== false;
    process.stdout.write(renderSummary(sheet, { color, width: process.stdout.columns }));
  }
  return flags.strict && sheet.errors.length ? 1 : 0;
}
