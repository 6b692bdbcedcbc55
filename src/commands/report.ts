// `facts report <path...|sheet.json> [-o FILE]`: one self-contained HTML page
// of the facts, highlighted in their documents. `facts table … --kind K` (and
// `facts extract … --format csv --kind K`): one kind of fact as CSV.
// Both take either documents to extract now or one saved sheet (a `.json`
// argument; JSON is never an input format of extract), whose sources are read
// again, resolved against the current directory as `facts check` does.
import path from 'node:path';
import { extractFacts } from '../pipeline.ts';
import { runOptions, type RunFlags } from '../run/options.ts';
import { readDocument } from '../read/index.ts';
import { SheetSchema, type Sheet } from '../sheet/schema.ts';
import { readSheetFile } from '../diff/read.ts';
import { safeForTerminal } from '../emit/summary.ts';
import { writeFileAtomic } from '../emit/write.ts';
import { sheetToCsv, type CsvKind } from '../emit/csv.ts';
import { renderReport, type ReportSourceText } from '../report/page.ts';

/** RunFlags: --jobs and --no-cache, used when the inputs are extracted (not a saved sheet). */
export interface FactInputFlags extends RunFlags {
  refDate?: string;
  follow?: boolean;
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
}

export interface ReportFlags extends FactInputFlags {
  output?: string;
  title?: string;
}

export interface TableFlags extends FactInputFlags {
  output?: string;
  kind: CsvKind;
}

const say = (line: string) => process.stderr.write(`facts: ${safeForTerminal(line)}\n`);

/** A sheet from a saved `.json` file or from extracting the paths now; null after a usage error was printed. */
export async function loadSheet(inputs: string[], flags: FactInputFlags): Promise<{ sheet: Sheet; saved: boolean } | null> {
  const sheets = inputs.filter((p) => /\.json$/iu.test(p));
  if (sheets.length) {
    if (inputs.length > 1) {
      say(`give either one saved sheet (.json) or documents to extract, not both (${inputs.join(', ')})`);
      return null;
    }
    if (flags.refDate) {
      say('--ref-date applies when extracting; a saved sheet keeps its own reference date');
      return null;
    }
    const read = await readSheetFile(sheets[0]);
    if (!read.ok) {
      process.stderr.write(`facts: ${read.message.split('\n').map(safeForTerminal).join('\n')}\n`);
      return null;
    }
    return { sheet: read.sheet, saved: true };
  }
  const sheet = await extractFacts(inputs, {
    ...runOptions(flags),
    refDate: flags.refDate ?? null,
    follow: flags.follow,
    maxFileSize: flags.maxFileSize,
    encoding: flags.encoding,
    onError: (e) => say(`${e.path}: ${e.code}: ${e.message}`),
  });
  SheetSchema.parse(sheet);
  if (sheet.sources.length === 0 && sheet.errors.length > 0) {
    say('nothing could be read');
    return null;
  }
  return { sheet, saved: false };
}

/**
 * The texts the sheet's citations slice, read with the same decoding as extract. A source
 * that cannot be read, or whose bytes changed since the sheet was made, gets a problem the
 * page shows instead of misplaced highlights.
 */
export async function readSourceTexts(sheet: Sheet, flags: FactInputFlags): Promise<Map<string, ReportSourceText>> {
  const texts = new Map<string, ReportSourceText>();
  for (const source of sheet.sources) {
    const read = await readDocument(source.path, { maxFileSize: flags.maxFileSize, encoding: flags.encoding });
    if (!read.ok) {
      say(`${source.path}: ${read.error.code}: ${read.error.message} (shown without its text)`);
      texts.set(source.path, { text: null, problem: `${read.error.code}: ${read.error.message}` });
      continue;
    }
    const doc = read.document;
    // Citations slice the file's own text; an HTML page is shown as the text a reader sees.
    const entry: ReportSourceText = { text: doc.originalText ?? doc.text };
    if (doc.offsetMap) entry.shown = { text: doc.text, offsetMap: doc.offsetMap };
    if (doc.sha256 !== source.sha256) {
      say(`${source.path}: changed since the sheet was made (sha256 differs); shown without highlights`);
      entry.problem = 'the file changed since the sheet was made (its sha256 differs), so the citations may not fit it';
    }
    texts.set(source.path, entry);
  }
  return texts;
}

/** "facts report seeds/ -o seeds/report.html": the next extract of seeds/ would read the page as an article. */
function warnIfInsideInputs(output: string, inputs: readonly string[]): void {
  const target = path.resolve(output);
  if (path.basename(target).startsWith('.')) return;
  const inside = inputs.find((input) => {
    const rel = path.relative(path.resolve(input), target);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
  if (inside !== undefined) {
    say(`warning: ${output} lies inside the input ${inside}, so the next extract of it reads the page as a document; write it elsewhere (or start its name with a dot)`);
  }
}

/** Writes to FILE when given, else to a pipe; a terminal gets a usage error rather than a page of HTML. */
async function emit(contents: string, output: string | undefined, what: string): Promise<number> {
  if (output) {
    await writeFileAtomic(output, contents);
    say(`wrote ${output} (${what})`);
    return 0;
  }
  if (process.stdout.isTTY) {
    say('give -o FILE (or pipe the output): this is not for a terminal');
    return 2;
  }
  process.stdout.write(contents);
  return 0;
}

export async function reportCommand(inputs: string[], flags: ReportFlags): Promise<number> {
  if (!flags.output && process.stdout.isTTY) {
    say('give -o FILE for the page, e.g. facts report seeds/ -o report.html');
    return 2;
  }
  const loaded = await loadSheet(inputs, flags);
  if (!loaded) return 2;
  if (flags.output) warnIfInsideInputs(flags.output, loaded.sheet.inputs);
  const texts = await readSourceTexts(loaded.sheet, flags);
  const html = renderReport({ sheet: loaded.sheet, texts, title: flags.title });
  const n = loaded.sheet.sources.length;
  return emit(html, flags.output, `${n} document${n === 1 ? '' : 's'}`);
}

export async function tableCommand(inputs: string[], flags: TableFlags): Promise<number> {
  const loaded = await loadSheet(inputs, flags);
  if (!loaded) return 2;
  const csv = sheetToCsv(loaded.sheet, flags.kind);
  const rows = loaded.sheet[flags.kind].length;
  return emit(csv, flags.output, `${rows} ${flags.kind}`);
}
