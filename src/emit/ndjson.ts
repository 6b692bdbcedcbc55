// NDJSON lines: one JSON object per line, written as each document is done (see
// DocumentLineSchema). The conversion goes both ways: `facts merge` reads lines back into the
// cited documents the cross-document stage takes, losing nothing, so merge gives the sheet's bytes.
import type { InputError } from '../types.ts';
import type { Citation } from '../sheet/citation.ts';
import type { CitedDocument } from '../sheet/assemble.ts';
import { mentionCitation, numberId } from '../sheet/assemble.ts';
import { resolveEntities } from '../resolve/entities.ts';
import { NDJSON_VERSION, type DocumentLine, type RunLine } from '../sheet/schema.ts';
import type { Shard } from '../shard.ts';
import { escapeUnsafe } from './stream-json.ts';

function citation(c: Citation): Citation {
  return { path: c.path, start: c.start, end: c.end, line: c.line, column: c.column, text: c.text };
}

export function runLine(inputs: readonly string[], refDate: string | null, shard: Shard | undefined): RunLine {
  return { type: 'run', version: NDJSON_VERSION, refDate, inputs: [...inputs], shard: shard ? { index: shard.index, count: shard.count } : null };
}

/** One document's line. Entity ids are those the sheet's resolution gives this document alone. */
export function documentLine(d: CitedDocument): DocumentLine {
  const [local] = resolveEntities([{ entities: d.mentions }]).idOf;
  return {
    type: 'document',
    source: d.source,
    mentions: d.mentions.map((m, i) => ({ ...mentionCitation(m), name: m.name, type: m.type, entity: local[i] })),
    quotes: d.quotes.map((q) => ({
      ...citation(q),
      speaker: q.speakerMention === null ? null : local[q.speakerMention],
      speakerMention: q.speakerMention,
      cue: q.cue,
      kind: q.kind,
      attribution: q.attribution,
    })),
    numbers: d.numbers.map((n) => ({ ...citation(n), id: numberId(n.exact, n.unit, n.approximate), value: n.value, exact: n.exact, unit: n.unit, approximate: n.approximate })),
    dates: d.dates.map((x) => ({ ...citation(x), id: `date/${x.value ?? x.timex}`, value: x.value, timex: x.timex })),
  };
}

export function errorLine(e: InputError): { type: 'error' } & InputError {
  return { type: 'error', path: e.path, code: e.code, message: e.message };
}

/** One line of text: compact JSON, unsafe characters escaped as in the sheet, "\n" at the end. */
export function toLine(value: unknown): string {
  return escapeUnsafe(JSON.stringify(value)) + '\n';
}

/** The cited document a document line was written from (the inverse of documentLine). */
export function documentFromLine(line: DocumentLine): CitedDocument {
  return {
    source: line.source,
    mentions: line.mentions.map((m) => ({ ...mentionCitation(m), name: m.name, type: m.type })),
    quotes: line.quotes.map((q) => ({ ...citation(q), speakerMention: q.speakerMention, cue: q.cue, kind: q.kind, attribution: q.attribution })),
    numbers: line.numbers.map((n) => ({ ...citation(n), value: n.value, exact: n.exact, unit: n.unit, approximate: n.approximate })),
    dates: line.dates.map((x) => ({ ...citation(x), timex: x.timex, value: x.value })),
  };
}
