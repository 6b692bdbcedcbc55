// Per-document results → one normalized sheet. Same facts from many sources
// become one fact with many citations; every array gets a total order so the
// same input always gives the same bytes.
import type { DocumentFacts, InputError } from '../types.ts';
import { resolveEntities } from '../resolve/entities.ts';
import { quoteKey, shortHash, slug } from '../resolve/ids.ts';
import { quoteClusters } from '../resolve/quotes.ts';
import { compareDecimals } from '../extract/numbers/decimal.ts';
import { PositionIndex, type Citation } from './citation.ts';
import { compareCodeUnits as compare, groupBy } from '../util/collections.ts';
import { SHEET_VERSION, type Sheet, type SheetDate, type SheetNumber, type SheetQuote } from './schema.ts';

export interface AssembleInput {
  inputs: readonly string[];
  refDate: string | null;
  documents: readonly DocumentFacts[];
  errors: readonly InputError[];
}


export function compareCitations(a: Citation, b: Citation): number {
  return compare(a.path, b.path) || a.start - b.start || a.end - b.end;
}

export function assembleSheet({ inputs, refDate, documents, errors }: AssembleInput): Sheet {
  const docs = [...documents].sort((a, b) => compare(a.source.path, b.source.path));
  const positions = docs.map((d) => new PositionIndex(d.source.path, d.source.originalText ?? d.source.text, d.source.offsetMap));
  const { entities, idOf } = resolveEntities(docs);

  const sheetEntities = entities
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.members.map(([di, mi]) => positions[di].cite(docs[di].entities[mi])).sort(compareCitations),
    }))
    .sort((a, b) => compare(a.id, b.id));

  return {
    version: SHEET_VERSION,
    refDate,
    inputs: [...new Set(inputs)].sort(compare),
    sources: docs.map((d) => ({
      path: d.source.path,
      sha256: d.source.sha256,
      bytes: d.source.bytes,
      lines: countLines(d.source.originalText ?? d.source.text),
      ...(d.source.refDate ? { refDate: d.source.refDate } : {}),
    })),
    entities: sheetEntities,
    quotes: assembleQuotes(docs, positions, idOf),
    numbers: assembleNumbers(docs, positions),
    dates: assembleDates(docs, positions),
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

function assembleQuotes(docs: readonly DocumentFacts[], positions: PositionIndex[], idOf: string[][]): SheetQuote[] {
  const all = docs.flatMap((d, di) =>
    d.quotes.map((q) => ({
      citation: positions[di].cite(q),
      speaker: q.speakerMention === null ? null : idOf[di][q.speakerMention],
      cue: q.cue,
      kind: q.kind,
      attribution: q.attribution && {
        method: q.attribution.method,
        cue: q.attribution.cue && positions[di].cite(q.attribution.cue),
        source: q.attribution.source && positions[di].cite(q.attribution.source),
      },
    })),
  );
  const quotes: SheetQuote[] = [];
  const clusterOf = quoteClusters(all.map((q) => quoteKey(q.citation.text)));
  for (const [key, group] of groupBy(all, (q) => clusterOf.get(quoteKey(q.citation.text))!)) {
    group.sort((a, b) => compareCitations(a.citation, b.citation));
    const speaker = mostCommon(group.flatMap((q) => (q.speaker ? [q.speaker] : []))) ?? null;
    const cue = group.find((q) => q.speaker === speaker && q.cue)?.cue ?? mostCommon(group.flatMap((q) => (q.cue ? [q.cue] : []))) ?? null;
    // Speech when any source reports it as someone's words; the evidence is the first source that names the speaker.
    const kind = group.some((q) => q.kind === 'speech') ? 'speech' : 'term';
    const attribution = speaker === null ? null : (group.find((q) => q.speaker === speaker && q.attribution)?.attribution ?? null);
    quotes.push({
      id: `quote/${slug(key.split(' ').slice(0, 6).join(' ')).slice(0, 48)}-${shortHash(key, 8)}`,
      text: mostCommon(group.map((q) => q.citation.text), (a, b) => b.length - a.length)!,
      kind,
      speaker,
      cue,
      attribution,
      citations: group.map((q) => q.citation),
    });
  }
  return quotes.sort((a, b) => compareCitations(a.citations[0], b.citations[0]) || compare(a.id, b.id));
}

/**
 * "number/175-prisoner", "number/~1-hour": from the exact decimal, so that 2^53 and 2^53 + 1,
 * which are the same JavaScript number, are two facts with two ids.
 */
function numberId(exact: string, unit: string | null, approximate: boolean): string {
  return `number/${approximate ? '~' : ''}${exact}${unit ? `-${slug(unit)}` : ''}`;
}

function assembleNumbers(docs: readonly DocumentFacts[], positions: PositionIndex[]): SheetNumber[] {
  const all = docs.flatMap((d, di) => d.numbers.map((n) => ({ n, citation: positions[di].cite(n) })));
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

function assembleDates(docs: readonly DocumentFacts[], positions: PositionIndex[]): SheetDate[] {
  const all = docs.flatMap((d, di) => d.dates.map((x) => ({ x, citation: { ...positions[di].cite(x), timex: x.timex } })));
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
