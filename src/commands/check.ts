// `facts check <sheet>`: extract again what the sheet was made from and compare.
// Exit 0 when the facts are the same, 1 when they changed, 2 when the sheet
// cannot be read or cannot be checked from here. The inputs recorded in the
// sheet are resolved against the current working directory, exactly as
// `facts extract` resolves its paths, and must stay inside it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { extractFacts } from '../pipeline.ts';
import { runOptions } from '../run/options.ts';
import { listInputs } from '../read/index.ts';
import { SheetSchema, type Sheet } from '../sheet/schema.ts';
import { sheetToJson } from '../emit/json.ts';
import { safeForTerminal } from '../emit/summary.ts';
import { writeFileAtomic } from '../emit/write.ts';
import { diffSheets } from '../diff/compare.ts';
import { readSheetFile } from '../diff/read.ts';
import { infoNote, renderAnnotations, renderJson, renderText, summarize, useColor } from '../diff/render.ts';

export interface CheckFlags {
  update?: boolean;
  json?: boolean;
  /** Facts that only moved and sources edited without a change of facts fail too. */
  failOnMoves?: boolean;
  /** The old flag: moves do not fail. Now the default; accepted so old scripts keep working. */
  ignoreMoves?: boolean;
  /** Read inputs that are absolute or lead outside the current folder. */
  allowOutside?: boolean;
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
  follow?: boolean;
  /** --jobs N; default one per core from 512 KB of input on. */
  jobs?: number;
  /** false with --no-cache. */
  cache?: boolean;
}

function factCount(sheet: Sheet): number {
  return sheet.entities.length + sheet.quotes.length + sheet.numbers.length + sheet.dates.length;
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Why an input recorded in a sheet may not be read from `cwd`, or null when it
 * may: it must be relative and, compared by real path (symbolic links
 * followed), stay inside `cwd`. "/etc/passwd" and "../../.ssh/id_rsa" → a
 * reason; "seeds" → null. A path that does not exist is judged by its spelling.
 */
export async function outsideReason(location: string | Buffer, cwd: string): Promise<string | null> {
  // A name that is not UTF-8 is listed as bytes; its directory part is what can lead outside.
  const input = typeof location === 'string' ? location : location.toString('latin1');
  if (path.isAbsolute(input) || path.win32.isAbsolute(input)) return 'is an absolute path';
  const root = await fs.realpath(cwd).catch(() => path.resolve(cwd));
  const spelled = path.resolve(root, input);
  if (!isInside(root, spelled)) return 'leads outside the current folder';
  const real = await fs.realpath(typeof location === 'string' ? spelled : Buffer.concat([Buffer.from(root + path.sep), location])).then(String, () => null);
  if (real !== null && !isInside(root, real)) return 'leads outside the current folder through a symbolic link';
  return null;
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

export async function checkCommand(sheetPath: string, flags: CheckFlags): Promise<number> {
  const fail = (message: string): number => {
    process.stderr.write(`facts: ${message}\n`);
    return 2;
  };
  const read = await readSheetFile(sheetPath);
  if (!read.ok) return fail(read.message.split('\n').map(safeForTerminal).join('\n'));
  const stored = read.sheet;
  const shown = safeForTerminal(sheetPath);
  const here = safeForTerminal(process.cwd());
  const inputList = stored.inputs.map(safeForTerminal).join(', ');

  // A tampered sheet must not make CI print another file's text into its log.
  if (!flags.allowOutside) {
    for (const input of stored.inputs) {
      const why = await outsideReason(input, process.cwd());
      if (why) {
        return fail(
          `${shown} records the input ${safeForTerminal(input)}, which ${why}; check reads only inputs inside the folder it runs from (${here}). Run it from the folder the sheet was made in, or pass --allow-outside if you trust this sheet`,
        );
      }
    }
  }
  // Run from the wrong folder, a check would see every source gone, and --update would empty the sheet.
  const present = await Promise.all(stored.inputs.map((input) => exists(input)));
  if (!present.includes(true)) {
    return fail(
      stored.inputs.length
        ? `none of the inputs recorded in ${shown} (${inputList}) exist in ${here}; they are resolved against the current directory, so run the check from the folder the sheet was made in`
        : `${shown} records no inputs, so there is nothing to check`,
    );
  }

  // A folder inside may still hold a symbolic link out of it: list the files
  // the extract will read, and refuse before reading any of them.
  if (!flags.allowOutside) {
    const listed = await listInputs(stored.inputs, { follow: flags.follow });
    for (const file of listed.files) {
      const why = await outsideReason(listed.locations.get(file) ?? file, process.cwd());
      if (why) {
        return fail(
          `${safeForTerminal(file)}, found in the inputs of ${shown}, ${why}; check reads only files inside the folder it runs from (${here}). Remove the link, or pass --allow-outside if you trust it`,
        );
      }
    }
  }

  const fresh = await extractFacts(stored.inputs, {
    ...runOptions(flags),
    refDate: stored.refDate,
    // "--ref-dates dates.csv" is not recorded, but the date each source was resolved against is.
    recordedRefDates: new Map(stored.sources.filter((s) => s.refDate).map((s) => [s.path, s.refDate!])),
    maxFileSize: flags.maxFileSize,
    encoding: flags.encoding,
    follow: flags.follow,
  });
  SheetSchema.parse(fresh);

  const itself = path.resolve(sheetPath);
  if ([...fresh.sources, ...fresh.errors].some((s) => path.resolve(s.path) === itself)) {
    process.stderr.write(
      `facts: warning: ${shown} lies inside its own inputs, so every extract sees it; keep it outside them (or start its name with a dot: hidden files are skipped)\n`,
    );
  }

  const freshJson = sheetToJson(fresh);
  const color = useColor(process.stdout);

  if (flags.update) {
    if (freshJson === read.text) {
      process.stdout.write(`facts: ${shown} is up to date (${fresh.sources.length} sources, ${factCount(fresh)} facts)\n`);
      return 0;
    }
    if (fresh.sources.length === 0 && stored.sources.length > 0) {
      return fail(
        `not updating ${shown}: none of its ${stored.sources.length} sources could be read from ${here} (see the errors with: facts check ${shown}), and the sheet would be left empty`,
      );
    }
    // Say everything that the rewrite changes, moves included.
    const diff = diffSheets(stored, fresh, { failOnMoves: true });
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

  const diff = diffSheets(stored, fresh, { failOnMoves: flags.failOnMoves === true });
  const note = infoNote(diff);
  const counts = `(${fresh.sources.length} sources, ${factCount(fresh)} facts)`;
  const headline = diff.different
    ? `facts: ${shown} has drifted: ${summarize(diff)}`
    : note
      ? `facts: ${shown} has the same facts ${counts}`
      : `facts: ${shown} is up to date ${counts}`;
  const arg = /^[\w./-]+$/u.test(sheetPath) ? sheetPath : `'${shown.replace(/'/gu, `'\\''`)}'`;
  if (flags.json) {
    process.stdout.write(renderJson(diff, { before: sheetPath, after: '(fresh extract)' }));
    process.stderr.write(`${headline}\n`);
  } else {
    const c = new Chalk({ level: color ? 1 : 0 });
    process.stdout.write(`${diff.different ? c.bold.red(headline) : c.green(headline)}\n`);
    const body = renderText(diff, { color });
    if (body) process.stdout.write(`\n${body}`);
    if (diff.different) {
      process.stdout.write(`\nTo accept: npx facts check ${arg} --update, then review and commit the diff of ${shown}.\n`);
    } else if (note) {
      process.stdout.write(`To record the new places: npx facts check ${arg} --update\n`);
    } else if (freshJson !== read.text) {
      process.stdout.write(`(the file is not byte-identical to a fresh extract, but says the same; --update rewrites it)\n`);
    }
    if (diff.different && process.env.GITHUB_ACTIONS === 'true') {
      process.stdout.write(renderAnnotations(diff, { title: `facts check ${sheetPath}` }));
    }
  }
  return diff.different ? 1 : 0;
}
