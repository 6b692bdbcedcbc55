// Per-document results → one normalized sheet. Same facts from many sources
// become one fact with many citations; every array gets a total order so the
// same input always gives the same bytes.
import type { DocumentFacts, EntityType, InputError, Span } from '../types.ts';
import { resolveEntities } from '../resolve/entities.ts';
import { quoteKey, shortHash, slug } from '../resolve/ids.ts';
import { isShortQuote, quoteClusters } from '../resolve/quotes.ts';
import { compareDecimals } from '../extract/numbers/decimal.ts';
import { PositionIndex, type Citation } from './citation.ts';
import { compareCodeUnits as compare, groupBy } from '../util/collections.ts';
import { SHEET_VERSION, type Sheet, type SheetDate, type SheetSource, type SheetNumber, type SheetQuote } from './schema.ts';

export interface AssembleInput {
  inputs: readonly string[];
  refDate: string | null;
  documents: readonly DocumentFacts[];
  errors: readonly InputError[];
}


export function compareCitations(a: Citation, b: Citation): number {
  return compare(a.path, b.path) || a.start - b.start || a.end - b.end;
}

/** A mention as the cross-document stage needs it: its citation, its own name form and type. */
export type CitedMention = Citation & { name: string; type: EntityType; extent?: Citation };
export type CitedQuote = Citation & {
  speakerMention: number | null;
  cue: string | null;
  kind: SheetQuote['kind'];
  attribution: SheetQuote['attribution'];
};
export type CitedNumber = Citation & { value: number | null; exact: string; unit: string | null; approximate: boolean };
export type CitedDate = Citation & { timex: string; value: string | null };

/**
 * One document's facts with their citations computed and nothing else of the document: the
 * source text is no longer needed, so a run holds only these while it reads the next file.
 * Arrays keep the extraction order (quotes' speakerMention indexes `mentions`).
 */
export interface CitedDocument {
  source: SheetSource;
  mentions: CitedMention[];
  quotes: CitedQuote[];
  numbers: CitedNumber[];
  dates: CitedDate[];
}

export interface AssembleCitedInput extends Omit<AssembleInput, 'documents'> {
  documents: readonly CitedDocument[];
}

/** The source row and every citation of one document (code points, line, column): the text is dropped. */
export function citeDocument(d: DocumentFacts): CitedDocument {
  const text = d.source.originalText ?? d.source.text;
  const at = new PositionIndex(d.source.path, text, d.source.offsetMap);
  // A citation's text is a slice of the document; V8 would keep the whole document alive
  // behind each slice, so they are copied out.
  const cite = (s: Span): Citation => {
    const c = at.cite(s);
    c.text = detach(c.text);
    return c;
  };
  return {
    source: {
      path: d.source.path,
      sha256: d.source.sha256,
      bytes: d.source.bytes,
      lines: countLines(text),
      ...(d.source.refDate ? { refDate: d.source.refDate } : {}),
    },
    mentions: d.entities.map((m) => {
      // An extent is cited only where the file reads as the extracted text does: in HTML and
      // Markdown, markup or a line break of the file between its words ends the phrase.
      const extent = m.extent ? cite(m.extent) : null;
      const plain = extent && extent.text === d.source.text.slice(m.extent!.start, m.extent!.end);
      return { ...cite(m), name: detach(m.name), type: m.type, ...(extent && plain ? { extent: citation(extent) } : {}) };
    }),
    quotes: d.quotes.map((q) => ({
      ...cite(q),
      speakerMention: q.speakerMention,
      cue: q.cue === null ? null : detach(q.cue),
      kind: q.kind,
      attribution: q.attribution && {
        method: q.attribution.method,
        cue: q.attribution.cue && citation(cite(q.attribution.cue)),
        source: q.attribution.source && citation(cite(q.attribution.source)),
      },
    })),
    numbers: d.numbers.map((n) => ({ ...cite(n), value: n.value, exact: n.exact, unit: n.unit, approximate: n.approximate })),
    dates: d.dates.map((x) => ({ ...cite(x), timex: x.timex, value: x.value })),
  };
}

/** A copy of `s` that does not point into a larger string (V8 keeps a slice's parent alive). */
function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** The citation fields only, in the sheet's key order. */
function citation(c: Citation): Citation {
  return { path: c.path, start: c.start, end: c.end, line: c.line, column: c.column, text: c.text };
}

/** A mention's citation fields and its extent, when it has one, in the sheet's key order. */
export function mentionCitation(m: CitedMention): Citation & { extent?: Citation } {
  return m.extent ? { ...citation(m), extent: citation(m.extent) } : citation(m);
}

export function assembleSheet({ documents, ...rest }: AssembleInput): Sheet {
  return assembleCited({ ...rest, documents: documents.map(citeDocument) });
}

/**
 * The cross-document stage over cited documents (in any order: they are sorted by path here):
 * entity resolution, one fact per value with all its citations, the total order. The same
 * documents give the same bytes whether they came from one run, from shards or from NDJSON lines.
 */
export function assembleCited({ inputs, refDate, documents, errors }: AssembleCitedInput): Sheet {
  const docs = [...documents].sort((a, b) => compare(a.source.path, b.source.path));
  const { entities, idOf } = resolveEntities(docs.map((d) => ({ entities: d.mentions })));

  const sheetEntities = entities
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.members.map(([di, mi]) => mentionCitation(docs[di].mentions[mi])).sort(compareCitations),
    }))
    .sort((a, b) => compare(a.id, b.id));

  return {
    version: SHEET_VERSION,
    refDate,
    inputs: [...new Set(inputs)].sort(compare),
    sources: docs.map((d) => d.source),
    entities: sheetEntities,
    quotes: assembleQuotes(docs, idOf),
    numbers: assembleNumbers(docs),
    dates: assembleDates(docs),
    errors: [...errors].sort((a, b) => compare(a.path, b.path) || compare(a.code, b.code) || compare(a.message, b.message)),
  };
}
function countLines(text: string): number {
  if (!text) return 0;
  const breaks = text.match(/\r\n|\n|\r/gu)?.length ?? 0;
  return /(\r\n|\n|\r)$/u.test(text) ? breaks : breaks + 1;
}

/** The most frequent value; ties go to `tieBreak` (then the smallest in code-unit order). */
function mostCommon(values: readonly string[], tieBreak: (a: string, b: string) => number = () => 0): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || tieBreak(a, b) || compare(a, b))[0]?.[0];
}

function assembleQuotes(docs: readonly CitedDocument[], idOf: string[][]): SheetQuote[] {
  const all = docs.flatMap((d, di) =>
    d.quotes.map((q) => ({
      citation: citation(q),
      speaker: q.speakerMention === null ? null : idOf[di][q.speakerMention],
      cue: q.cue,
      kind: q.kind,
      attribution: q.attribution,
    })),
  );
  const quotes: SheetQuote[] = [];
  const clusterOf = quoteClusters(all.map((q) => quoteKey(q.citation.text)));
  for (const [key, cluster] of groupBy(all, (q) => clusterOf.get(quoteKey(q.citation.text))!)) {
    // The same words credited to different people by different sources ("It was a terrible night,"
    // said by two neighbours in two stories) are different quotes: one per named speaker. Sources
    // that name nobody join the speaker only when the cluster names one and its words are long
    // enough to be one quote carried twice; else they stay apart ("“It was dark,” he said" in one
    // story, "“It was dark,” she said" of an unnamed nurse in another).
    const named = [...new Set(cluster.flatMap((q) => (q.speaker ? [q.speaker] : [])))].sort(compare);
    const joined = named.length === 0 || (named.length === 1 && !isShortQuote(key));
    const bySpeaker = joined ? [[named[0] ?? null, cluster] as const] : [...groupBy(cluster, (q) => q.speaker ?? '')].map(([s, g]) => [s === '' ? null : s, g] as const);
    for (const [speaker, group] of bySpeaker) {
      group.sort((a, b) => compareCitations(a.citation, b.citation));
      // (Ids stay those of the named speaker's quote; a short quote's unnamed sources, split off, take their own.)
      const idKey = named.length <= 1 && speaker === (named[0] ?? null) ? key : `${key}\u0000${speaker ?? ''}`;
      const cue = group.find((q) => q.speaker === speaker && q.cue)?.cue ?? mostCommon(group.flatMap((q) => (q.cue ? [q.cue] : []))) ?? null;
      // Speech when any source reports it as someone's words; the evidence is the first source that names the speaker.
      const kind = group.some((q) => q.kind === 'speech') ? 'speech' : 'term';
      const attribution = speaker === null ? null : (group.find((q) => q.speaker === speaker && q.attribution)?.attribution ?? null);
      quotes.push({
        id: `quote/${slug(key.split(' ').slice(0, 6).join(' ')).slice(0, 48)}-${shortHash(idKey, 8)}`,
        text: mostCommon(group.map((q) => q.citation.text), (a, b) => b.length - a.length)!,
        kind,
        speaker,
        cue,
        attribution,
        citations: group.map((q) => q.citation),
      });
    }
  }
  return quotes.sort((a, b) => compareCitations(a.citations[0], b.citations[0]) || compare(a.id, b.id));
}

/**
 * "number/175-prisoner", "number/~1-hour": from the exact decimal, so that 2^53 and 2^53 + 1,
 * which are the same JavaScript number, are two facts with two ids.
 */
export function numberId(exact: string, unit: string | null, approximate: boolean): string {
  return `number/${approximate ? '~' : ''}${exact}${unit ? `-${slug(unit)}` : ''}`;
}

function assembleNumbers(docs: readonly CitedDocument[]): SheetNumber[] {
  const all = docs.flatMap((d) => d.numbers.map((n) => ({ n, citation: citation(n) })));
  const numbers: SheetNumber[] = [];
  for (const group of groupBy(all, (x) => numberId(x.n.exact, x.n.unit, x.n.approximate)).values()) {
    const { value, exact, unit, approximate } = group[0].n;
    numbers.push({
      id: numberId(exact, unit, approximate),
      value,
      exact,
      unit,
      approximate,
      citations: group.map((x) => x.citation).sort(compareCitations),
    });
  }
  // By the exact value: numbers too large for a finite `value`, or equal as JavaScript numbers, still sort.
  return numbers.sort(
    (a, b) =>
      compareDecimals(a.exact, b.exact) || compare(a.unit ?? '', b.unit ?? '') || Number(a.approximate) - Number(b.approximate) || compare(a.id, b.id),
  );
}

function assembleDates(docs: readonly CitedDocument[]): SheetDate[] {
  const all = docs.flatMap((d) => d.dates.map((x) => ({ x, citation: { ...citation(x), timex: x.timex } })));
  const dates: SheetDate[] = [];
  for (const [key, group] of groupBy(all, (d) => d.x.value ?? d.x.timex)) {
    dates.push({
      id: `date/${key}`,
      value: group[0].x.value,
      timex: mostCommon(group.map((d) => d.x.timex))!,
      citations: group.map((d) => d.citation).sort(compareCitations),
    });
  }
  return dates.sort((a, b) => compare(a.id, b.id));
}
