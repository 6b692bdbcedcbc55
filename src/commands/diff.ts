// `facts diff <before> <after>`: any two sheets, fact by fact. Like diff(1):
// exit 0 when they say the same, 1 when they differ, 2 when one cannot be read.
// Facts that only moved, and sources edited without a change of facts, are
// information (exit 0) unless --fail-on-moves.
import { safeForTerminal } from '../emit/summary.ts';
import { diffSheets } from '../diff/compare.ts';
import { readSheetFile } from '../diff/read.ts';
import { infoNote, renderAnnotations, renderJson, renderText, summarize, useColor } from '../diff/render.ts';

export interface DiffFlags {
  json?: boolean;
  /** Facts that only moved and sources edited without a change of facts are differences too. */
  failOnMoves?: boolean;
  /** The old flag: moves do not fail. Now the default; accepted so old scripts keep working. */
  ignoreMoves?: boolean;
}

export async function diffCommand(beforePath: string, afterPath: string, flags: DiffFlags): Promise<number> {
  const [before, after] = await Promise.all([readSheetFile(beforePath), readSheetFile(afterPath)]);
  for (const r of [before, after]) {
    if (!r.ok) {
      process.stderr.write(`facts: ${r.message.split('\n').map(safeForTerminal).join('\n')}\n`);
      return 2;
    }
  }
  if (!before.ok || !after.ok) return 2;
  const diff = diffSheets(before.sheet, after.sheet, { failOnMoves: flags.failOnMoves === true });
  if (flags.json) {
    process.stdout.write(renderJson(diff, { before: beforePath, after: afterPath }));
    return diff.different ? 1 : 0;
  }
  if (!diff.different) {
    const note = infoNote(diff);
    if (note) process.stderr.write(`facts: ${note}\n`);
    return 0;
  }
  process.stdout.write(`facts: ${safeForTerminal(beforePath)} → ${safeForTerminal(afterPath)}: ${summarize(diff)}\n\n`);
  process.stdout.write(renderText(diff, { color: useColor(process.stdout) }));
  if (process.env.GITHUB_ACTIONS === 'true') {
    process.stdout.write(renderAnnotations(diff, { title: `facts diff ${afterPath}` }));
  }
  return 1;
}
