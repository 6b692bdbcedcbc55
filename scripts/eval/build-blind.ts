// The blind set's gold, built from its annotated sources: fixtures/blind/{dev,test}.ann hold the
// articles with inline marks, and this script only strips the marks and computes the offsets
// (code points) into fixtures/blind/<split>.jsonl, one file per half in BLIND_SPLITS (development halves dev, dev2, …; figures-only halves test, test2, …). Conventions: fixtures/blind/README.md.
//
//   === <doc id> <dct YYYY-MM-DD>        starts an article; its text runs to the next "===" line
//   {{p|Ama Owusu}} person   {{o|…}} organization   {{l|…}} place   {{x|…}} other
//   {{d:2025-03-04|last Tuesday}}        a date and its ISO value
//   {{n:4500000:USD|$4.5 million}}       a number, its value and unit (empty unit = null)
//   {{q:Ama Owusu:after-cue|…}}          a quote (the words between the marks), speaker ("-" = null) and how
//   {{t|…}}                              a quoted term or title: no speaker
// Marks nest ("{{q:…|We met {{p|Ama}} {{d:…|on Monday}}.}}").
//
//   npx tsx scripts/eval/build-blind.ts          rewrite the .jsonl files
//   npx tsx scripts/eval/build-blind.ts --check  exit 1 when a .jsonl is not what its .ann gives
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './paths.ts';

export type BlindEntityType = 'person' | 'organization' | 'place' | 'other';
export interface BlindSpan {
  /** Code points into `text`, end exclusive. */
  start: number;
  end: number;
  text: string;
}
export interface BlindEntity extends BlindSpan {
  type: BlindEntityType;
}
export interface BlindQuote extends BlindSpan {
  speaker: string | null;
  /** speech = "quote"; scare quotes, titles and names = "term". */
  kind: 'quote' | 'term';
  /** The evidence for the speaker: after-cue, before-cue, pronoun, description, continuation, paragraph, according-to, none. */
  how: string;
}
export interface BlindDate extends BlindSpan {
  value: string;
}
export interface BlindNumber extends BlindSpan {
  value: number;
  unit: string | null;
}
export interface BlindDoc {
  doc: string;
  dct: string;
  text: string;
  entities: BlindEntity[];
  quotes: BlindQuote[];
  dates: BlindDate[];
  numbers: BlindNumber[];
}

const ENTITY_TAGS: Record<string, BlindEntityType> = { p: 'person', o: 'organization', l: 'place', x: 'other' };

/** One article's marked-up text → its plain text and gold. Throws on an unbalanced or unknown mark. */
export function parseArticle(doc: string, dct: string, marked: string): BlindDoc {
  const out: BlindDoc = { doc, dct, text: '', entities: [], quotes: [], dates: [], numbers: [] };
  const chars: string[] = [];
  const open: { tag: string; start: number }[] = [];
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith('{{', i)) {
      const bar = marked.indexOf('|', i);
      if (bar < 0) throw new Error(`${doc}: "{{" without "|"`);
      open.push({ tag: marked.slice(i + 2, bar), start: chars.length });
      i = bar + 1;
    } else if (marked.startsWith('}}', i)) {
      const frame = open.pop();
      if (!frame) throw new Error(`${doc}: "}}" without "{{"`);
      const span = { start: frame.start, end: chars.length, text: chars.slice(frame.start).join('') };
      const [kind, ...parts] = frame.tag.split(':');
      // A date's value may hold a time of day ("2025-03-04T21:40"): everything after "d:" is the value.
      const args = kind === 'd' ? [parts.join(':')] : parts;
      if (ENTITY_TAGS[kind] && args.length === 0) out.entities.push({ ...span, type: ENTITY_TAGS[kind] });
      else if (kind === 'd' && args.length === 1) out.dates.push({ ...span, value: args[0] });
      else if (kind === 'n' && args.length === 2) out.numbers.push({ ...span, value: Number(args[0]), unit: args[1] === '' ? null : args[1] });
      else if (kind === 'q' && args.length === 2) out.quotes.push({ ...span, speaker: args[0] === '-' ? null : args[0], kind: 'quote', how: args[1] });
      else if (kind === 't' && args.length === 0) out.quotes.push({ ...span, speaker: null, kind: 'term', how: 'none' });
      else throw new Error(`${doc}: unknown mark "{{${frame.tag}|" on "${span.text}"`);
      i += 2;
    } else {
      const cp = String.fromCodePoint(marked.codePointAt(i)!);
      chars.push(cp);
      i += cp.length;
    }
  }
  if (open.length) throw new Error(`${doc}: unclosed "{{${open[open.length - 1].tag}|"`);
  out.text = chars.join('');
  const byStart = (a: BlindSpan, b: BlindSpan) => a.start - b.start || a.end - b.end;
  for (const k of ['entities', 'quotes', 'dates', 'numbers'] as const) (out[k] as BlindSpan[]).sort(byStart);
  return out;
}

/** A .ann file → its articles, in file order. */
export function parseAnnotations(source: string): BlindDoc[] {
  const docs: BlindDoc[] = [];
  const parts = source.split(/^=== /mu).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const [doc, dct] = part.slice(0, nl).trim().split(/\s+/u);
    docs.push(parseArticle(doc, dct, `${part.slice(nl + 1).trim()}\n`));
  }
  return docs;
}

export const BLIND_SPLITS = ['dev', 'test', 'dev2', 'dev3', 'test2', 'dev4', 'dev5', 'test3', 'dev6', 'dev7', 'test4', 'dev8', 'dev9', 'test5', 'dev10', 'dev11', 'test6', 'dev12', 'test7', 'dev13', 'dev14', 'test8', 'dev15', 'test9', 'dev16', 'test10', 'dev17', 'test11', 'dev18', 'test12', 'test13', 'dev19', 'test14', 'dev20', 'test15', 'test16', 'dev21', 'dev22', 'test17', 'dev23', 'test18', 'test19', 'dev24', 'dev25', 'test20', 'dev26', 'test21'] as const;
export type BlindSplit = (typeof BLIND_SPLITS)[number];
export const blindPath = (split: BlindSplit, ext: 'ann' | 'jsonl', root = REPO_ROOT) => join(root, 'fixtures/blind', `${split}.${ext}`);

export function toJsonl(docs: readonly BlindDoc[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
}

/** The gold of one split, as stored. */
export function loadBlind(split: BlindSplit, root = REPO_ROOT): BlindDoc[] {
  return readFileSync(blindPath(split, 'jsonl', root), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BlindDoc);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const split of BLIND_SPLITS) {
    let source: string;
    try {
      source = readFileSync(blindPath(split, 'ann'), 'utf8');
    } catch {
      continue;
    }
    const built = toJsonl(parseAnnotations(source));
    if (check) {
      let stored = '';
      try {
        stored = readFileSync(blindPath(split, 'jsonl'), 'utf8');
      } catch {}
      if (stored !== built) {
        console.error(`${split}.jsonl is not what ${split}.ann gives: run npx tsx scripts/eval/build-blind.ts`);
        stale++;
      }
    } else {
      writeFileSync(blindPath(split, 'jsonl'), built);
      const docs = parseAnnotations(source);
      const words = docs.map((d) => d.text.split(/\s+/u).filter(Boolean).length);
      console.log(`${split}: ${docs.length} articles, ${Math.min(...words)}–${Math.max(...words)} words; ${docs.reduce((n, d) => n + d.entities.length, 0)} entities, ${docs.reduce((n, d) => n + d.quotes.length, 0)} quotes, ${docs.reduce((n, d) => n + d.dates.length, 0)} dates, ${docs.reduce((n, d) => n + d.numbers.length, 0)} numbers`);
    }
  }
  process.exit(stale ? 1 : 0);
}
