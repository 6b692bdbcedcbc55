// A corpus of a given size for memory and speed measurements: the files of a folder of articles
// copied again and again, with the capitalised words of each copy varied (one of 400 suffixes),
// so names recur across documents as in a real archive without every copy being the same text.
//   npx tsx scripts/synthetic-corpus.ts SEEDS_DIR OUT_DIR SIZE_MB
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [from, to, sizeMb] = process.argv.slice(2);
if (!from || !to || !sizeMb) {
  process.stderr.write('usage: tsx scripts/synthetic-corpus.ts SEEDS_DIR OUT_DIR SIZE_MB\n');
  process.exit(2);
}
const texts = readdirSync(from)
  .filter((f) => !f.startsWith('.'))
  .sort()
  .map((f) => readFileSync(path.join(from, f), 'utf8'));
const target = Number(sizeMb) * 1024 * 1024;
const syllables = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'su', 'del', 'an', 'ew', 'ost', 'il', 'ber', 'quin', 'sa', 'dor', 'ely', 'mar', 'tis', 'un'];
let written = 0;
for (let copy = 0; written < target; copy++) {
  const variant = copy % 400;
  const suffix = syllables[variant % 20] + syllables[Math.floor(variant / 20) % 20];
  const folder = path.join(to, String(Math.floor(copy / 100)).padStart(4, '0'));
  mkdirSync(folder, { recursive: true });
  texts.forEach((text, i) => {
    const varied = variant === 0 ? text : text.replace(/\b([A-Z][a-z]{3,})\b/gu, `$1${suffix}`);
    const file = path.join(folder, `${String(copy).padStart(6, '0')}-${i}.txt`);
    writeFileSync(file, varied);
    written += Buffer.byteLength(varied);
  });
}
process.stderr.write(`wrote ${(written / 1024 / 1024).toFixed(1)} MB to ${to}\n`);
