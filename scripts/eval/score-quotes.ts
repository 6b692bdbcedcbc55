// Quotes and speakers against gold that names the speaker by a string (MEANTIME's quote gold,
// ../shared/eval/meantime-dev-quotes.jsonl): detection, speaker accuracy overall and per `how`
// (the attribution pattern), the false-attribution rate, and `kind` accuracy.
import { existsSync, readFileSync } from 'node:fs';
import type { DocumentFacts } from '../../src/types.ts';
import type { ResolvedEntity } from '../../src/resolve/entities.ts';
import { accuracy, prf } from './metrics.ts';
import { accuracyRow, detectionRow, TARGETS, type ErrorItem, type Row } from './report.ts';
import { detect, sameSpan, trimQuoteSpan, type Spanned } from './spans.ts';

export interface GoldSpeakerQuote extends Spanned {
  doc: string;
  text: string;
  /** The fullest name the article gives the speaker, titles removed; null for no speaker. */
  speaker: string | null;
  speaker_kind: 'person' | 'organization' | null;
  kind: 'quote' | 'term' | 'title';
  /** The evidence for the speaker: after-cue, before-cue, pronoun, description, continuation, paragraph, according-to, none. */
  how: string;
}

export function loadGoldQuotes(path: string): GoldSpeakerQuote[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldSpeakerQuote);
}

/**
 * A name as compared: lower case, letters and digits only ("Charles O 'Reilly" = "Charles O'Reilly"),
 * without a leading article, which the sheet's names never carry ("The New York Times" = "New York Times").
 */
export function speakerKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/^\s*the\s+/iu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A system speaker is right when its entity's name or any of its aliases is the gold name
 * (the gold gives the fullest form in the article; the entity may carry it, or a surname alias
 * of the same person, as its name).
 */
export function speakerMatches(gold: string, entity: Pick<ResolvedEntity, 'name' | 'aliases'>): boolean {
  const key = speakerKey(gold);
  return [entity.name, ...entity.aliases].some((n) => speakerKey(n) === key);
}

export interface QuoteDoc {
  doc: string;
  text: string;
  facts: DocumentFacts;
  /** The resolved entity of each of the document's mentions. */
  entityOf: (mention: number) => ResolvedEntity;
}

/** Speaker rows (overall, named only, per `how`), false attribution, kind; with the errors behind them. */
export function scoreGoldQuotes(dataset: string, docs: readonly QuoteDoc[], gold: readonly GoldSpeakerQuote[]): { rows: Row[]; errors: ErrorItem[] } {
  const rows: Row[] = [];
  const errors: ErrorItem[] = [];
  const byDoc = new Map<string, GoldSpeakerQuote[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  let tp = 0, fp = 0, fn = 0;
  let ok = 0, n = 0, namedOk = 0, namedN = 0, falseAttr = 0, nullN = 0, kindOk = 0, kindN = 0;
  const perHow = new Map<string, { ok: number; n: number }>();
  for (const d of docs) {
    const goldHere = byDoc.get(d.doc) ?? [];
    const system = d.facts.quotes.map((q) => ({ ...q, trimmed: trimQuoteSpan(d.text, q) }));
    const found = detect(goldHere, system, (g, s) => (sameSpan(trimQuoteSpan(d.text, g), s.trimmed) ? 1 : null));
    tp += found.tp; fp += found.fp; fn += found.fn;
    const err = (error: ErrorItem['error'], s: Spanned & { text: string }, detail: string) =>
      errors.push({ dataset, kind: 'quotes', error, doc: d.doc, start: s.start, end: s.end, text: s.text, detail });
    for (const s of found.spurious) err('FP', s, `system speaker ${s.speakerMention === null ? 'null' : d.entityOf(s.speakerMention).id}`);
    for (const g of found.missed) err('FN', g, `gold ${g.kind}, speaker ${g.speaker ?? 'null'} (${g.how})`);
    for (const { gold: g, system: s } of found.matched) {
      const entity = s.speakerMention === null ? null : d.entityOf(s.speakerMention);
      const right = g.speaker === null ? entity === null : entity !== null && speakerMatches(g.speaker, entity);
      n++;
      if (right) ok++;
      if (g.speaker !== null) {
        namedN++;
        if (right) namedOk++;
      } else {
        nullN++;
        if (entity !== null) falseAttr++;
      }
      const how = perHow.get(g.how) ?? { ok: 0, n: 0 };
      how.n++;
      if (right) how.ok++;
      perHow.set(g.how, how);
      if (!right) {
        const said = entity === null ? 'null' : `${entity.id} ("${entity.name}"${entity.aliases.length ? `, aka ${entity.aliases.map((a) => `"${a}"`).join(', ')}` : ''})`;
        err('speaker', g, `${g.how}: gold ${g.speaker ?? 'null'}, system ${said}; cue ${s.cue ?? 'null'}${s.attribution ? `, ${s.attribution.method}` : ''}`);
      }
      if (s.kind !== undefined) {
        kindN++;
        if ((s.kind === 'speech') === (g.kind === 'quote')) kindOk++;
        else err('type', g, `gold kind ${g.kind}, system ${s.kind}`);
      }
    }
  }
  rows.push(
    detectionRow(dataset, 'quotes', 'detection (trimmed exact span)', prf(tp, fp, fn), TARGETS.quotes),
    accuracyRow(dataset, 'quotes', 'speaker accuracy (all spans)', accuracy(ok, n), TARGETS.devSpeaker, 'on detected spans; right when the speaker entity\u2019s name or an alias equals the gold name (case, spaces and punctuation ignored), or both are null'),
    accuracyRow(dataset, 'quotes', 'speaker accuracy (gold names a speaker)', accuracy(namedOk, namedN), null),
    falseAttributionRow(dataset, falseAttr, nullN),
  );
  for (const [how, a] of [...perHow].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    rows.push(accuracyRow(dataset, 'quotes', `speaker accuracy, how = ${how}`, accuracy(a.ok, a.n), a.n >= 10 ? TARGETS.speakerPerHow : null));
  }
  if (kindN) rows.push(accuracyRow(dataset, 'quotes', 'kind accuracy (speech = quote; term = term/title)', accuracy(kindOk, kindN), null));
  return { rows, errors };
}

/** The share of detected spans with no gold speaker that got one: lower is better. */
export function falseAttributionRow(dataset: string, attributed: number, speakerless: number): Row {
  return { ...accuracyRow(dataset, 'quotes', 'false attribution (gold null, system names one)', accuracy(attributed, speakerless), TARGETS.falseAttribution, 'a rate, lower is better: of the detected spans whose gold speaker is null, the share given a speaker'), lowerIsBetter: true };
}
