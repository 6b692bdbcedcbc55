// `facts check <sheet>`: extract again what the sheet was made from and compare.
// Exit 0 when nothing differs, 1 when the facts drifted, 2 when the sheet
// cannot be read. The inputs recorded in the sheet are resolved against the
// current working directory, exactly as `facts extract` resolves its paths.
import path from 'node:path';
import { Chalk } from 'chalk';
import { extractFacts } from '../pipeline.ts';
import { SheetSchema, type Sheet } from '../sheet/schema.ts';
import { sheetToJson } from '../emit/json.ts';
import { safeForTerminal } from '../emit/summary.ts';
import { writeFileAtomic } from '../emit/write.ts';
import { diffSheets } from '../diff/compare.ts';
import { readSheetFile } from '../diff/read.ts';
import { ignoredNote, renderAnnotations, renderJson, renderText, summarize, useColor } from '../diff/render.ts';

export interface CheckFlags {
  update?: boolean;
  json?: boolean;
  ignoreMoves?: boolean;
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
  follow?: boolean;
}

function factCount(sheet: Sheet): number {
  return sheet.entities.length + sheet.quotes.length + sheet.numbers.length + sheet.dates.length;
}

export async function checkCommand(sheetPath: string, flags: CheckFlags): Promise<number> {
  const read = await readSheetFile(sheetPath);
  if (!read.ok) {
    process.stderr.write(`facts: ${read.message.split('\n').map(safeForTerminal).join('\n')}\n`);
    return 2;
  }
  const stored = read.sheet;
  const fresh = await extractFacts(stored.inputs, {
    refDate: stored.refDate,
    maxFileSize: flags.maxFileSize,
    encoding: flags.encoding,
    follow: flags.follow,
  });
  SheetSchema.parse(fresh);
  const shown = safeForTerminal(sheetPath);

  const itself = path.resolve(sheetPath);
  if ([...fresh.sources, ...fresh.errors].some((s) => path.resolve(s.path) === itself)) {
    process.stderr.write(
      `facts: warning: ${shown} lies inside its own inputs, so every extract sees it; keep it outside them (or start its name with a dot: hidden files are skipped)\n`,
    );
  }
  if (fresh.sources.length === 0 && stored.sources.length > 0) {
    process.stderr.write(
      `facts: warning: none of the inputs (${stored.inputs.map(safeForTerminal).join(', ')}) could be read from ${safeForTerminal(process.cwd())}; they are resolved against the current directory, so run the check from the folder the sheet was made in\n`,
    );
  }

  const freshJson = sheetToJson(fresh);
  const color = useColor(process.stdout);

  if (flags.update) {
    if (freshJson === read.text) {
      process.stdout.write(`facts: ${shown} is up to date (${fresh.sources.length} sources, ${factCount(fresh)} facts)\n`);
      return 0;
    }
    // Say everything that the rewrite changes, moves included.
    const diff = diffSheets(stored, fresh);
    await writeFileAtomic(sheetPath, freshJson);
    const what = diff.different ? summarize(diff) : 'same facts, bytes rewritten in canonical form';
    if (flags.json) {
      process.stdout.write(renderJson(diff, { before: sheetPath, after: '(fresh extract)' }));
      process.stderr.write(`facts: updated ${shown}: ${what}\n`);
    } else {
      process.stdout.write(`facts: updated ${shown}: ${what}\n`);
      const body = renderText(diff, { color });
      if (body) process.stdout.write(`\n${body}`);
    }
    return 0;
  }

  const diff = diffSheets(stored, fresh, { ignoreMoves: flags.ignoreMoves });
  const headline = diff.different
    ? `facts: ${shown} has drifted: ${summarize(diff)}`
    : `facts: ${shown} is up to date (${fresh.sources.length} sources, ${factCount(fresh)} facts)`;
  if (flags.json) {
    process.stdout.write(renderJson(diff, { before: sheetPath, after: '(fresh extract)' }));
    process.stderr.write(`${headline}\n`);
  } else {
    const c = new Chalk({ level: color ? 1 : 0 });
    process.stdout.write(`${diff.different ? c.bold.red(headline) : c.green(headline)}\n`);
    const body = renderText(diff, { color });
    if (body) process.stdout.write(`\n${body}`);
    if (diff.different) {
      const arg = /^[\w./-]+$/u.test(sheetPath) ? sheetPath : `'${shown.replace(/'/gu, `'\\''`)}'`;
      process.stdout.write(`\nTo accept: npx facts check ${arg} --update, then review and commit the diff of ${shown}.\n`);
    } else if (freshJson !== read.text && !ignoredNote(diff)) {
      process.stdout.write(`(the file is not byte-identical to a fresh extract, but says the same; --update rewrites it)\n`);
    }
    if (diff.different && process.env.GITHUB_ACTIONS === 'true') {
      process.stdout.write(renderAnnotations(diff, { title: `facts check ${sheetPath}` }));
    }
  }
  return diff.different ? 1 : 0;
}
