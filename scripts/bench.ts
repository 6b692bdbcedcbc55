// Throughput of the pipeline on ordinary news text and on adversarial inputs
// of the same size: none may be pathologically slower (quadratic or worse).
//
//   npm run bench                       1 MB corpus, 1 MB per adversarial case
//   npm run bench -- --size 256k        smaller, quicker
//   npm run bench -- --cases mr-mr,one-line
//   npm run bench -- --corpus 2m --doc-size 5k --rounds 3 --startup-runs 5
//   npm run bench -- --no-corpus        only the adversarial table (--no-adversarial: only the corpus)
//
// First the corpus figures (scripts/bench-cli.ts): our extraction against a bare compromise parse,
// the `facts` command's MB/s, documents/s and peak RSS, and its start-up times.
//
// Prints figures; it asserts nothing. The same generators drive the
// adversarial tests (test/adversarial.test.ts), which run small sizes in CI.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractDocument } from '../src/extract/index.ts';
import { extractFacts } from '../src/pipeline.ts';
import { readDocument } from '../src/read/index.ts';
import { segment } from '../src/segment/index.ts';
import { assembleSheet } from '../src/sheet/assemble.ts';
import type { DocumentFacts, EntityMention, EntityType, SourceDocument } from '../src/types.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MB = 1 << 20;

/** A small deterministic PRNG (mulberry32): the same inputs on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let seedCache: string[] | null = null;
export function seedTexts(): string[] {
  seedCache ??= readdirSync(path.join(ROOT, 'seeds'))
    .sort()
    .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
  return seedCache;
}

function vocabulary(): string[] {
  return [...new Set(seedTexts().join(' ').match(/\p{L}{3,}/gu) ?? [])].sort();
}

/** `size` UTF-16 units built from repeated units; never ends inside a surrogate pair. */
export function fill(size: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  const text = parts.join('').slice(0, size);
  return /[\uD800-\uDBFF]$/u.test(text) ? text.slice(0, -1) : text;
}

/** Ordinary news: the seed articles' paragraphs, shuffled and repeated. */
export function ordinaryText(size: number, seed = 1): string {
  const paragraphs = seedTexts().flatMap((t) => t.split('\n')).filter((p) => p.trim());
  const next = random(seed);
  return fill(size, () => paragraphs[Math.floor(next() * paragraphs.length)] + '\n');
}

export interface AdversarialCase {
  name: string;
  description: string;
  make(size: number): string;
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)];
const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  {
    name: 'open-quotes',
    description: 'opening curly quotes (100,000+ per MB), none ever closed',
    make: (size) => {
      const words = vocabulary();
      const next = random(2);
      return fill(size, () => `“${pick(words, next).toLowerCase()} `);
    },
  },
  {
    name: 'straight-quotes',
    description: 'straight double quotes before every word, one line, no sentence end',
    make: (size) => {
      const words = vocabulary();
      const next = random(3);
      return fill(size, () => `"${pick(words, next).toLowerCase()} `);
    },
  },
  {
    name: 'one-line',
    description: 'the seed articles as one line, punctuation removed',
    make: (size) => {
      const flat = seedTexts().join(' ').replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/gu, ' ');
      return fill(size, () => flat + ' ');
    },
  },
  {
    name: 'mr-mr',
    description: '"Mr. Mr. Mr. …": abbreviations that end no sentence',
    make: (size) => fill(size, () => 'Mr. '),
  },
  {
    name: 'capitalised',
    description: '50,000 capitalised words in a row per line, no punctuation',
    make: (size) => {
      const words = vocabulary().map(capitalise);
      const next = random(4);
      return fill(size, (i) => `${pick(words, next)}${i % 50_000 === 49_999 ? '\n' : ' '}`);
    },
  },
  {
    name: 'numbers-dashes',
    description: 'numbers, years, ranges and dashes repeated without words',
    make: (size) => fill(size, (i) => `${i % 1000} - ${1990 + (i % 40)} – ${i % 7}-${i % 13} — $${i % 100},000 -- ${i % 31}/${(i % 12) + 1}/2024 `),
  },
  {
    name: 'distinct-names',
    description: 'a new person and organisation name in every sentence',
    make: (size) => {
      const next = random(7);
      const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'de', 'bra', 'zen', 'kov', 'ski', 'ton', 'mar', 'lin'];
      const name = () => capitalise(Array.from({ length: 3 + Math.floor(next() * 2) }, () => pick(syllables, next)).join(''));
      return fill(size, (i) => `${name()} ${name()} said on Monday that the ${name()} ${name()} Ministry had sent ${i % 90 + 2} ships.\n`);
    },
  },
  {
    name: 'short-lines',
    description: 'one short word per line',
    make: (size) => {
      const words = vocabulary();
      const next = random(5);
      return fill(size, () => `${pick(words, next)}\n`);
    },
  },
  {
    name: 'long-word',
    description: 'letters with no space or punctuation at all',
    make: (size) => fill(size, (i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26]),
  },
  {
    name: 'astral',
    description: 'emoji, ZWJ sequences and combining marks between words',
    make: (size) => {
      const words = vocabulary();
      const next = random(6);
      const odd = ['👩‍👩‍👧', '🚀', 'é́', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '🇺🇦', '“👍,”', '\u00a0'];
      return fill(size, () => `${pick(words, next)} ${pick(odd, next)} `);
    },
  },
];

/** Kinds of distinct names for the resolution cases: repeated text repeats its names, a large corpus does not. */
export const NAME_KINDS = ['full person names', 'bare surnames', 'organisation names', 'acronyms and organisations', 'names of no known kind'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/**
 * One document that names `n` made-up names of one kind ("Kalomine Rusato said. …"), its
 * entity mentions already found: the input of cross-document resolution, without the NLP.
 */
export function distinctNamesDocument(kind: NameKind, n: number, seed = 7): DocumentFacts {
  const next = random(seed);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'de', 'bra', 'zen', 'kov', 'ski', 'ton', 'mar', 'lin'];
  const word = () => capitalise(Array.from({ length: 3 + Math.floor(next() * 2) }, () => pick(syllables, next)).join(''));
  const make: Record<NameKind, () => [string, EntityType]> = {
    'full person names': () => [`${word()} ${word()}`, 'person'],
    'bare surnames': () => [word(), 'person'],
    'organisation names': () => [`${word()} ${word()} Ministry`, 'organization'],
    'acronyms and organisations': () => (next() < 0.5 ? [word().toUpperCase().slice(0, 3), 'organization'] : [`${word()} ${word()} Agency`, 'organization']),
    'names of no known kind': () => [`${word()} ${word()}`, 'other'],
  };
  let text = '';
  const entities: EntityMention[] = [];
  for (let i = 0; i < n; i++) {
    const [name, type] = make[kind]();
    entities.push({ start: text.length, end: text.length + name.length, text: name, type, name, titles: [] });
    text += `${name} said. `;
  }
  return { source: source(text, 'names.txt'), entities, quotes: [], numbers: [], dates: [] };
}

function source(text: string, name = 'bench.txt'): SourceDocument {
  return { path: name, text, sha256: '0'.repeat(64), bytes: Buffer.byteLength(text) };
}

interface Row {
  input: string;
  files: number;
  bytes: number;
  readMs: number;
  segmentMs: number;
  documentMs: number;
  assembleMs: number;
  totalMs: number;
}

/** One file through the stages extractFacts runs: read, extractDocument (segment included), assemble. */
async function measureFile(name: string, text: string, dir: string): Promise<Row> {
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, text);
  let t0 = performance.now();
  const read = await readDocument(file);
  const readMs = performance.now() - t0;
  if (!read.ok) throw new Error(`${name}: ${read.error.code}: ${read.error.message}`);
  t0 = performance.now();
  segment(read.document.text);
  const segmentMs = performance.now() - t0;
  t0 = performance.now();
  const facts = extractDocument(read.document, { refDate: '2025-03-19' });
  const documentMs = performance.now() - t0;
  t0 = performance.now();
  assembleSheet({ inputs: [file], refDate: '2025-03-19', documents: [facts], errors: [] });
  const assembleMs = performance.now() - t0;
  rmSync(file);
  const bytes = Buffer.byteLength(text);
  return { input: name, files: 1, bytes, readMs, segmentMs, documentMs, assembleMs, totalMs: readMs + documentMs + assembleMs };
}

async function measureSeeds(): Promise<Row> {
  const dir = path.join(ROOT, 'seeds');
  const files = readdirSync(dir).sort();
  let documentMs = 0;
  let segmentMs = 0;
  let bytes = 0;
  const docs: DocumentFacts[] = [];
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    let t0 = performance.now();
    segment(text);
    segmentMs += performance.now() - t0;
    t0 = performance.now();
    docs.push(extractDocument(source(text, f), { refDate: '2025-03-19' }));
    documentMs += performance.now() - t0;
  }
  let t0 = performance.now();
  assembleSheet({ inputs: ['seeds'], refDate: '2025-03-19', documents: docs, errors: [] });
  const assembleMs = performance.now() - t0;
  t0 = performance.now();
  await extractFacts([dir], { refDate: '2025-03-19' });
  const totalMs = performance.now() - t0;
  return { input: 'seeds/ (extractFacts)', files: files.length, bytes, readMs: totalMs - documentMs - assembleMs, segmentMs, documentMs, assembleMs, totalMs };
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(k|m)?b?$/iu.exec(value);
  if (!m) throw new Error(`bad --size ${value}`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? MB : m[2] ? 1024 : 1));
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = parseSize(arg('--size') ?? '1m');
  const only = arg('--cases')?.split(',');
  const cases = ADVERSARIAL_CASES.filter((c) => !only || only.includes(c.name));
  const corpus = await import('./bench-cli.ts');
  process.stdout.write(`facts bench\n${corpus.describeMachine()}\n\n`);
  if (!argv.includes('--no-corpus')) {
    await corpus.benchCorpus({
      corpusBytes: parseSize(arg('--corpus') ?? '1m'),
      documentBytes: parseSize(arg('--doc-size') ?? '5k'),
      rounds: Number(arg('--rounds') ?? 3),
      startupRuns: Number(arg('--startup-runs') ?? 5),
      makeText: ordinaryText,
    });
    process.stdout.write('\n');
  }
  if (argv.includes('--no-adversarial')) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'facts-bench-'));
  // Load the NLP model and the gazetteers before timing anything.
  for (const t of seedTexts()) extractDocument(source(t), { refDate: '2025-03-19' });

  process.stdout.write(`adversarial inputs: ${(size / MB).toFixed(2)} MB per case · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n\n`);
  const rows: Row[] = [];
  const header = ['input', 'MB', 'segment ms', 'extractDocument ms', 'MB/s', '× ordinary', 'assemble ms', 'extractFacts ms', 'MB/s', '× ordinary', 'ms per file'];
  const widths = [22, 6, 11, 19, 7, 11, 12, 16, 7, 11, 12];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  const print = (row: Row, ordinary: Row) => {
    const mb = row.bytes / MB;
    // Time per byte, relative to ordinary text: 1.0 is as fast, 10 is ten times slower.
    const ratio = row.documentMs / row.bytes / (ordinary.documentMs / ordinary.bytes);
    const wholeRatio = row.totalMs / row.bytes / (ordinary.totalMs / ordinary.bytes);
    process.stdout.write(
      `${line([
        row.input,
        mb.toFixed(2),
        row.segmentMs.toFixed(0),
        row.documentMs.toFixed(0),
        (mb / (row.documentMs / 1000)).toFixed(3),
        `${ratio.toFixed(2)}×`,
        row.assembleMs.toFixed(0),
        row.totalMs.toFixed(0),
        (mb / (row.totalMs / 1000)).toFixed(3),
        `${wholeRatio.toFixed(2)}×`,
        (row.totalMs / row.files).toFixed(0),
      ])}\n`,
    );
  };
  const ordinary = await measureFile('ordinary', ordinaryText(size), dir);
  rows.push(ordinary);
  print(ordinary, ordinary);
  for (const c of cases) {
    const row = await measureFile(c.name, c.make(size), dir);
    rows.push(row);
    print(row, ordinary);
  }
  print(await measureSeeds(), ordinary);
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write('\nextractDocument includes segment; extractFacts = read + extractDocument + assemble (seeds: the real extractFacts on the folder).\n');

  // Cross-document resolution on many distinct names (test/adversarial.test.ts counts its work).
  process.stdout.write('\nresolution + assembly of distinct names (assembleSheet ms): 4,000 · 32,000 names, and the ratio (8 is linear)\n');
  for (const kind of NAME_KINDS) {
    const ms = (n: number) => {
      const doc = distinctNamesDocument(kind, n);
      const t0 = performance.now();
      assembleSheet({ inputs: ['x'], refDate: null, documents: [doc], errors: [] });
      return performance.now() - t0;
    };
    const [small, large] = [ms(4000), ms(32000)];
    process.stdout.write(`  ${kind.padEnd(28)} ${small.toFixed(0).padStart(6)} ${large.toFixed(0).padStart(7)}   ${(large / small).toFixed(1)}×\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
