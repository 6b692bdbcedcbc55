// Shared shapes that flow between the pipeline stages. Spans are UTF-16
// indices into a document's decoded text (what JavaScript slices by); they
// become code-point citations only at assembly time.

export interface Span {
  start: number;
  end: number;
}

/** A decoded input file, ready for segmentation. */
export interface SourceDocument {
  /** The path as given on the command line, POSIX separators. */
  path: string;
  /** Decoded text: UTF-8 (or UTF-16 with BOM), leading BOM dropped, line endings kept. */
  text: string;
  sha256: string;
  bytes: number;
  /** The document's own reference date (front matter, HTML meta), if it declares one. */
  refDate?: string | null;
  /**
   * When `text` is derived from the file rather than equal to it (HTML), the
   * file's own decoded text and a map from each UTF-16 index of `text`
   * (0..text.length inclusive) to a UTF-16 index of `originalText`: citations
   * then point into the original file.
   */
  originalText?: string;
  offsetMap?: Uint32Array;
}

export interface InputError {
  path: string;
  code: string;
  message: string;
}

export type EntityType = 'person' | 'place' | 'organization' | 'other';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The name with titles, honorifics and possessives removed ("Mr. Trump's" → "Trump"). */
  name: string;
  /** Titles seen in front of the name, kept as evidence of type ("President"). */
  titles: string[];
  /** The whole noun phrase the name heads, without its determiner, when longer than the name (ACE's mention extent). */
  extent?: Span;
}

/** Words someone said or wrote, or quoted words that are nobody's speech (scare quotes, titles, names). */
export type QuoteKind = 'speech' | 'term';

/** How the speaker was found (see src/extract/attribution/). */
export type AttributionMethod = 'named' | 'pronoun' | 'description' | 'continuation' | 'paragraph' | 'subject';

/** The evidence for a speaker: the reporting cue and the words that name the speaker, as spans of the text. */
export interface Attribution {
  method: AttributionMethod;
  cue: Span | null;
  source: Span | null;
}

export interface QuoteCandidate extends Span {
  text: string;
  /** Index into the same document's entity mentions, or null when no speaker is clear. */
  speakerMention: number | null;
  cue: string | null;
  kind: QuoteKind;
  /** The evidence for the speaker; null when there is no speaker. */
  attribution: Attribution | null;
}

export interface NumberCandidate extends Span {
  text: string;
  /** The nearest number, or null when the value is beyond the finite range (≥ ~1.8e308). */
  value: number | null;
  /** The exact value as a canonical decimal string ("9007199254740993", "2.5"). */
  exact: string;
  unit: string | null;
  approximate: boolean;
}

export interface DateCandidate extends Span {
  text: string;
  timex: string;
  value: string | null;
}

/** Everything found in one document: pure, independent of every other document. */
export interface DocumentFacts {
  source: SourceDocument;
  entities: EntityMention[];
  quotes: QuoteCandidate[];
  numbers: NumberCandidate[];
  dates: DateCandidate[];
}

export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) that relative dates resolve against; null leaves them unresolved. */
  refDate: string | null;
}
