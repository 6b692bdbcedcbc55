// Would a cache below the document pay? (issue 12, item 4.) Wire stories repeat across outlets,
// so a paragraph already parsed in another document could be taken from a cache. This prints, for
// a corpus, how much of its text repeats paragraphs (and lines) seen in an earlier document: the
// most a per-paragraph cache could skip. Only compromise's parse is paragraph-local (typing,
// speakers and dates read the whole document), so the CPU it could save is at most that share
// times the parse's share of extraction (about two thirds, README "Performance").
//
//   npx tsx scripts/paragraph-reuse.ts FOLDER…            .txt/.md/.html files, recursively
//   npx tsx scripts/paragraph-reuse.ts --jsonl FILE…      one JSON object per line with a "text"
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The documents' texts: every file under the folders, or the "text" of every line of the JSONL files. */
function texts(args: string[]): string[] {
  if (args[0] === '--jsonl') {
    return args.slice(1).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? '')),
    );
  }
  const files = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((n) => files(path.join(p, n))) : /\.(txt|md|html?)$/u.test(p) ? [p] : []);
  return args.flatMap(files).map((f) => readFileSync(f, 'utf8'));
}

/** Share of the corpus's characters in units (split by `unit`) already seen in an earlier document. */
function reuse(docs: string[], unit: RegExp): { units: number; repeated: number; share: number } {
  const seen = new Set<string>();
  let [units, repeated, chars, repeatedChars] = [0, 0, 0, 0];
  for (const doc of docs) {
    const mine = new Set<string>();
    for (const raw of doc.split(unit)) {
      const u = raw.replace(/\s+/gu, ' ').trim();
      if (u.length < 20) continue;
      units++;
      chars += u.length;
      if (seen.has(u)) {
        repeated++;
        repeatedChars += u.length;
      }
      mine.add(u);
    }
    for (const u of mine) seen.add(u);
  }
  return { units, repeated, share: chars ? repeatedChars / chars : 0 };
}

const args = process.argv.slice(2);
if (args.length === 0 || (args[0] === '--jsonl' && args.length === 1)) {
  process.stderr.write('usage: paragraph-reuse.ts FOLDER… | --jsonl FILE…\n');
  process.exit(2);
}
const docs = texts(args);
const size = docs.reduce((n, d) => n + d.length, 0);
process.stdout.write(`${docs.length} documents, ${(size / 1e6).toFixed(2)} M characters (units under 20 characters are not counted)\n`);
for (const [name, unit] of [
  ['paragraphs (blank-line separated)', /\n\s*\n/u],
  ['lines', /\n/u],
] as const) {
  const r = reuse(docs, unit);
  process.stdout.write(`  ${name}: ${r.units} units, ${r.repeated} seen in an earlier document, ${(100 * r.share).toFixed(1)} % of their characters\n`);
}
