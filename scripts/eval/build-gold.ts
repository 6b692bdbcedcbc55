// fixtures/gold/annotations/*.ann (hand-written) → fixtures/gold/*.json (with offsets).
//   npx tsx scripts/eval/build-gold.ts            write the JSON files
//   npx tsx scripts/eval/build-gold.ts --check    exit 1 when a JSON file is stale
//   npx tsx scripts/eval/build-gold.ts --review   also list places the annotator may have missed
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGold, reviewWarnings } from './annotations.ts';
import { checkGoldSlices, GOLD_DIR, type GoldFile } from './gold.ts';
import { REPO_ROOT } from './paths.ts';

export const SEED_REF_DATE = '2025-03-19';

/** One item per line: diffs of the gold stay readable. */
export function formatGold(gold: GoldFile): string {
  const list = (items: unknown[]) => (items.length ? `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]` : '[]');
  return `{
  "source": ${JSON.stringify(gold.source)},
  "refDate": ${JSON.stringify(gold.refDate)},
  "entities": ${list(gold.entities)},
  "quotes": ${list(gold.quotes)},
  "numbers": ${list(gold.numbers)},
  "dates": ${list(gold.dates)}
}
`;
}

function main(): void {
  const args = process.argv.slice(2);
  const annDir = join(REPO_ROOT, GOLD_DIR, 'annotations');
  let stale = 0;
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const seedName = file.replace(/\.ann$/u, '');
    const seedPath = `seeds/${seedName}`;
    const text = readFileSync(join(REPO_ROOT, seedPath), 'utf8').replace(/^\uFEFF/u, '');
    const gold = buildGold(readFileSync(join(annDir, file), 'utf8'), seedPath, text, SEED_REF_DATE);
    const problems = checkGoldSlices(gold, text);
    if (problems.length) throw new Error(`${file}:\n${problems.join('\n')}`);
    const out = join(REPO_ROOT, GOLD_DIR, `${seedName}.json`);
    const shown = `${GOLD_DIR}/${seedName}.json`;
    const json = formatGold(gold);
    const counts = `${gold.entities.length} entities, ${gold.quotes.length} quotes, ${gold.numbers.length} numbers, ${gold.dates.length} dates`;
    if (args.includes('--check')) {
      const same = existsSync(out) && readFileSync(out, 'utf8') === json;
      if (!same) stale++;
      console.log(`${same ? "ok   " : "STALE"} ${shown} (${counts})`);
    } else {
      writeFileSync(out, json);
      console.log(`wrote ${shown} (${counts})`);
    }
    if (args.includes('--review')) for (const w of reviewWarnings(gold, text)) console.log(`  ${w}`);
  }
  if (stale) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
