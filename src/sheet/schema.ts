// The fact sheet, declared once. The CLI validates against it before writing,
// `facts schema` prints it as JSON Schema, and `facts check` reads with it.
import { z } from 'zod';

export const SHEET_VERSION = 1;

export const CitationSchema = z
  .object({
    path: z.string().describe('The file path as given on the command line, POSIX separators'),
    start: z.number().int().nonnegative().describe('Offset of the first character, in Unicode code points'),
    end: z.number().int().nonnegative().describe('Offset after the last character, in Unicode code points'),
    line: z.number().int().positive().describe('1-based line of start'),
    column: z.number().int().positive().describe('1-based column of start, in code points'),
    text: z.string().describe('Exactly the source text between start and end'),
  })
  .strict();

export const SourceSchema = z
  .object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    bytes: z.number().int().nonnegative(),
    lines: z.number().int().nonnegative(),
    refDate: z.string().nullable().optional().describe("The document's own reference date (front matter, HTML meta), when it declares one"),
  })
  .strict();

export const EntityTypeSchema = z.enum(['person', 'place', 'organization', 'other']);

/** A name's citation, with the phrase it heads when that is longer (ACE's head and extent). */
export const MentionCitationSchema = CitationSchema.extend({
  extent: CitationSchema.optional().describe(
    'The whole noun phrase the name heads, without its determiner, when longer than the name: descriptions and titles before it ("US carmaker Vekla", "Presiding Judge Ana Venn"), as ACE and MEANTIME annotate mention extents',
  ),
}).strict();

export const EntitySchema = z
  .object({
    id: z.string().describe('"<type>/<slug of name>", derived from content'),
    type: EntityTypeSchema,
    name: z.string().describe('The fullest form used, without titles'),
    aliases: z.array(z.string()).describe('Other forms used, sorted'),
    mentions: z.array(MentionCitationSchema),
  })
  .strict();

export const AttributionSchema = z
  .object({
    method: z
      .enum(['named', 'pronoun', 'description', 'continuation', 'paragraph', 'subject'])
      .describe('How the speaker was found: named in the frame, a pronoun, a description ("the company"), continuing an earlier quote, from the paragraph before, or the subject of the quote\u2019s sentence'),
    cue: CitationSchema.nullable().describe('The words of the reporting cue ("said", "according to"), or null'),
    source: CitationSchema.nullable().describe('The words that name the speaker ("he", "the company", "Hornets coach Dan Harlow"), or null'),
  })
  .strict();

export const QuoteSchema = z
  .object({
    id: z.string(),
    text: z.string().describe('The words between the quotation marks'),
    kind: z.enum(['speech', 'term']).describe('speech: words someone said or wrote; term: scare quotes, titles, names and nicknames'),
    speaker: z.string().nullable().describe('Entity id of who said or wrote it, or null when the text does not say'),
    cue: z.string().nullable().describe('The reporting verb ("said", "wrote") when there is one'),
    attribution: AttributionSchema.nullable().describe('The evidence for the speaker, cited in the first source that gives it; null when there is no speaker'),
    citations: z.array(CitationSchema),
  })
  .strict();

export const NumberSchema = z
  .object({
    id: z.string().describe('"number/<exact>-<unit slug>", "~" before the exact value when approximate'),
    value: z
      .number()
      .nullable()
      .describe('The nearest JSON number to `exact`; null when the value is beyond the finite range of a double (about 1.8e308)'),
    exact: z
      .string()
      .regex(/^(?:-(?=0\.|[1-9]))?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/u)
      .describe('The exact value as a canonical decimal string, with no rounding ("9007199254740993", "2.5", "-12.5")'),
    unit: z.string().nullable().describe('What it counts or measures, singular ("prisoner", "day", "USD", "percent")'),
    approximate: z.boolean().describe('Hedged: "about", "more than", "roughly"'),
    citations: z.array(CitationSchema),
  })
  .strict();

export const DateCitationSchema = CitationSchema.extend({
  timex: z.string().describe('This mention\u2019s own TIMEX3-style value before resolution'),
}).strict();

export const DateSchema = z
  .object({
    id: z.string(),
    value: z
      .string()
      .nullable()
      .describe(
        'ISO 8601 at its own granularity; or PRESENT_REF, PAST_REF, FUTURE_REF (TIMEX3: "now", "recently", "the future"), which name no calendar date; or null when it needs a reference date',
      ),
    timex: z.string().describe('TIMEX3-style value before any reference date ("XXXX-WXX-3", "XXXX-02-28", "REF-1D")'),
    citations: z.array(DateCitationSchema),
  })
  .strict();

export const ErrorSchema = z
  .object({
    path: z.string(),
    code: z.string(),
    message: z.string(),
  })
  .strict();

export const SheetSchema = z
  .object({
    version: z.literal(SHEET_VERSION),
    refDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
    inputs: z.array(z.string()).describe('The paths given to extract, sorted: what `facts check` extracts again'),
    sources: z.array(SourceSchema),
    entities: z.array(EntitySchema),
    quotes: z.array(QuoteSchema),
    numbers: z.array(NumberSchema),
    dates: z.array(DateSchema),
    errors: z.array(ErrorSchema),
  })
  .strict();

export type Sheet = z.infer<typeof SheetSchema>;
export type SheetSource = z.infer<typeof SourceSchema>;
export type SheetEntity = z.infer<typeof EntitySchema>;
export type SheetQuote = z.infer<typeof QuoteSchema>;
export type SheetNumber = z.infer<typeof NumberSchema>;
export type SheetDate = z.infer<typeof DateSchema>;

/**
 * The checks of SheetSchema.parse without its copy of the whole sheet (zod returns a new object,
 * as large as the sheet): the head is parsed, then each array item on its own. Throws ZodError.
 */
export function checkSheet(sheet: Sheet): void {
  const { sources, entities, quotes, numbers, dates, errors, ...head } = sheet;
  const arrays = { sources, entities, quotes, numbers, dates, errors };
  SheetSchema.parse({ ...head, sources: [], entities: [], quotes: [], numbers: [], dates: [], errors: [] });
  const items = { sources: SourceSchema, entities: EntitySchema, quotes: QuoteSchema, numbers: NumberSchema, dates: DateSchema, errors: ErrorSchema };
  for (const [key, schema] of Object.entries(items)) {
    const list: unknown = arrays[key as keyof typeof arrays];
    if (!Array.isArray(list)) SheetSchema.shape[key as keyof typeof items].parse(list);
    else for (const item of list) schema.parse(item);
  }
}

export function sheetJsonSchema(): unknown {
  return z.toJSONSchema(SheetSchema, { target: 'draft-2020-12' });
}

// NDJSON (`facts extract --format ndjson`): one line per verdict, as each document is done.
// Facts are per document, before cross-document resolution; `facts merge` turns the lines of one
// run or of many shards into exactly the sheet one run would have written.

export const NDJSON_VERSION = 1;

const ShardSchema = z
  .object({ index: z.number().int().positive(), count: z.number().int().positive() })
  .strict()
  .describe('--shard index/count of the run that wrote these lines');

export const RunLineSchema = z
  .object({
    type: z.literal('run'),
    version: z.literal(NDJSON_VERSION),
    refDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
    inputs: z.array(z.string()).describe('The paths given to extract, as the sheet shows them'),
    shard: ShardSchema.nullable(),
  })
  .strict()
  .describe('The first line: how the run was made');

export const MentionLineSchema = MentionCitationSchema.extend({
  name: z.string().describe('This mention\u2019s name without titles ("Mr. Smith\u2019s" \u2192 "Smith")'),
  type: EntityTypeSchema.describe('This mention\u2019s own type evidence'),
  entity: z.string().describe('Entity id within this document (the sheet\u2019s id function over this document alone); `facts merge` resolves across documents'),
}).strict();

export const QuoteLineSchema = CitationSchema.extend({
  kind: QuoteSchema.shape.kind,
  speaker: z.string().nullable().describe('Entity id (within this document) of the speaker, or null'),
  speakerMention: z.number().int().nonnegative().nullable().describe('Index in `mentions` of the speaker\u2019s mention, or null'),
  cue: z.string().nullable(),
  attribution: QuoteSchema.shape.attribution,
}).strict();

export const NumberLineSchema = CitationSchema.extend({
  id: z.string().describe('The sheet\u2019s id: derived from the exact value, unit and approximation alone'),
  value: NumberSchema.shape.value,
  exact: NumberSchema.shape.exact,
  unit: z.string().nullable(),
  approximate: z.boolean(),
}).strict();

export const DateLineSchema = CitationSchema.extend({
  id: z.string().describe('The sheet\u2019s id: derived from the value (or the timex when unresolved) alone'),
  value: z.string().nullable(),
  timex: z.string(),
}).strict();

export const DocumentLineSchema = z
  .object({
    type: z.literal('document'),
    source: SourceSchema,
    mentions: z.array(MentionLineSchema).describe('Every entity mention, in the order found'),
    quotes: z.array(QuoteLineSchema),
    numbers: z.array(NumberLineSchema),
    dates: z.array(DateLineSchema),
  })
  .strict()
  .describe('One document read: its facts, each with its citation');

export const ErrorLineSchema = ErrorSchema.extend({ type: z.literal('error') })
  .strict()
  .describe('One input not read, as in the sheet\u2019s errors');

export const NdjsonLineSchema = z.discriminatedUnion('type', [RunLineSchema, DocumentLineSchema, ErrorLineSchema]);

export type RunLine = z.infer<typeof RunLineSchema>;
export type DocumentLine = z.infer<typeof DocumentLineSchema>;
export type NdjsonLine = z.infer<typeof NdjsonLineSchema>;

export function ndjsonLineJsonSchema(): unknown {
  return z.toJSONSchema(NdjsonLineSchema, { target: 'draft-2020-12' });
}
