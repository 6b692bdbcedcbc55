// The hand-made gold for the seed articles: its shape, and loading it.
// fixtures/gold/<seed file name>.json is generated from the hand-written
// fixtures/gold/annotations/<seed file name>.ann by scripts/eval/build-gold.ts
// (which only computes offsets); see fixtures/gold/README.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const Item = {
  text: z.string(),
  /** UTF-16 offsets into the seed text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Optional items are borderline: a system item matching one is neither right nor wrong. */
  optional: z.boolean().optional(),
};

export const GoldEntitySchema = z
  .object({ ...Item, type: z.enum(['person', 'place', 'organization', 'other']), entity: z.string() })
  .strict();
export const GoldQuoteSchema = z
  .object({ ...Item, speaker: z.string().nullable(), cue: z.string().nullable() })
  .strict();
export const GoldNumberSchema = z
  .object({ ...Item, value: z.number(), unit: z.string().nullable(), approximate: z.boolean() })
  .strict();
export const GoldDateSchema = z.object({ ...Item, value: z.string() }).strict();

export const GoldFileSchema = z
  .object({
    source: z.string().describe('Path of the seed, relative to the repository root'),
    refDate: z.string(),
    entities: z.array(GoldEntitySchema),
    quotes: z.array(GoldQuoteSchema),
    numbers: z.array(GoldNumberSchema),
    dates: z.array(GoldDateSchema),
  })
  .strict();

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldNumber = z.infer<typeof GoldNumberSchema>;
export type GoldDate = z.infer<typeof GoldDateSchema>;

export const GOLD_DIR = 'fixtures/gold';

/** Every gold file, in file-name order, each checked against its seed text. */
export function loadSeedGold(root: string): { gold: GoldFile; text: string }[] {
  const dir = join(root, GOLD_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      const text = readFileSync(join(root, gold.source), 'utf8').replace(/^\uFEFF/u, '');
      const problems = checkGoldSlices(gold, text);
      if (problems.length) throw new Error(`${f}: gold offsets do not match ${gold.source}:\n  ${problems.join('\n  ')}`);
      return { gold, text };
    });
}

/** Each item's text must be exactly the slice of the seed its offsets name. */
export function checkGoldSlices(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  for (const kind of ['entities', 'quotes', 'numbers', 'dates'] as const) {
    for (const item of gold[kind]) {
      const slice = text.slice(item.start, item.end);
      if (slice !== item.text) problems.push(`${kind} ${item.start}-${item.end}: ${JSON.stringify(slice)} ≠ ${JSON.stringify(item.text)}`);
    }
  }
  return problems;
}
