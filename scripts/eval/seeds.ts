// The five seed articles against the hand-made gold in fixtures/gold/.
import type { DocumentFacts, EntityMention, EntityType } from '../../src/types.ts';
import type { EntityResolution } from '../../src/resolve/entities.ts';
import { loadSeedGold, type GoldEntity, type GoldFile } from './gold.ts';
import { accuracy, b3, prf } from './metrics.ts';
import { REPO_ROOT } from './paths.ts';
import { accuracyRow, detectionRow, TARGETS, type ErrorItem, type Report, type Row } from './report.ts';
import { scoreDates } from './score-dates.ts';
import { typingFigures, type TypingDoc } from './entity-types.ts';
import { falseAttributionRow } from './score-quotes.ts';
import { detect, overlap, overlapScore, sameSpan, trimQuoteSpan, type Spanned } from './spans.ts';
import { runSystem } from './system.ts';

export const DATASET = 'seeds';

/**
 * Which gold entity a system entity is: the gold key whose mentions overlap
 * the most of the system entity's mentions (ties: the smaller key), or null.
 */
export function mapSystemEntities(
  facts: readonly DocumentFacts[],
  resolution: EntityResolution,
  gold: readonly GoldFile[],
): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const entity of resolution.entities) {
    const votes = new Map<string, number>();
    for (const [di, mi] of entity.members) {
      const m = facts[di].entities[mi];
      const keys = new Set(gold[di].entities.filter((g) => overlap(g, m) > 0).map((g) => g.entity));
      for (const k of keys) votes.set(k, (votes.get(k) ?? 0) + 1);
    }
    const best = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0];
    map.set(entity.id, best ? best[0] : null);
  }
  return map;
}

export function scoreSeeds(golds: readonly { gold: GoldFile; text: string }[], facts: readonly DocumentFacts[], resolution: EntityResolution): Report {
  const rows: Row[] = [];
  const errors: ErrorItem[] = [];
  const texts = new Map(golds.map(({ gold, text }) => [gold.source, text]));
  const row = (kind: string, measure: string, p: number | null, r: number | null, score: number | null, n: number, target: number | null, note?: string) =>
    rows.push({ dataset: DATASET, kind, measure, precision: p, recall: r, score, n, target, ...(note ? { note } : {}) });
  const err = (kind: ErrorItem['kind'], error: ErrorItem['error'], doc: string, s: Spanned & { text: string }, detail: string) =>
    errors.push({ dataset: DATASET, kind, error, doc, start: s.start, end: s.end, text: s.text, detail });

  // Entities: exact span and type; then exact span whatever the type; per type; B³ across the five.
  const entityTypes = ['person', 'place', 'organization', 'other'] as const;
  const tally = () => ({ tp: 0, fp: 0, fn: 0 });
  const exactTyped = tally();
  const exactAny = tally();
  const typingDocs: TypingDoc[] = [];
  const clusterItems: { gold: string; system: string }[] = [];
  golds.forEach(({ gold }, di) => {
    // Each mention carries its resolved entity's type: what the sheet reports.
    const system = facts[di].entities.map((m, mi) => ({ ...m, id: resolution.idOf[di][mi], type: resolution.idOf[di][mi].split('/')[0] as EntityType }));
    const typed = detect(gold.entities, system, (g, s) => (sameSpan(g, s) && g.type === s.type ? 1 : null));
    const spanOnly = detect(gold.entities, system, (g, s) => (sameSpan(g, s) ? 1 : null));
    for (const [t, d] of [[exactTyped, typed], [exactAny, spanOnly]] as const) {
      t.tp += d.tp; t.fp += d.fp; t.fn += d.fn;
    }
    typingDocs.push({ doc: gold.source, required: gold.entities, allowed: gold.entities, system });
    for (const { gold: g, system: s } of spanOnly.matched) clusterItems.push({ gold: g.entity, system: s.id });
    const near = (s: Spanned) => gold.entities.find((g) => overlap(g, s) > 0);
    for (const s of spanOnly.spurious) {
      const g = near(s);
      err('entities', 'FP', gold.source, s, `system ${s.type} ${s.id}${g ? `; gold "${g.text}" ${g.entity}` : ''}`);
    }
    for (const g of spanOnly.missed) {
      const s = system.find((x) => overlap(g, x) > 0);
      err('entities', 'FN', gold.source, g, `gold ${g.entity}${s ? `; system "${s.text}" ${s.type}` : ''}`);
    }
  });
  const et = prf(exactTyped.tp, exactTyped.fp, exactTyped.fn);
  const ea = prf(exactAny.tp, exactAny.fp, exactAny.fn);
  rows.push(
    detectionRow(DATASET, 'entities', 'mentions (exact span+type)', et, TARGETS.entities),
    detectionRow(DATASET, 'entities', 'mentions (exact span, any type)', ea, null),
  );
  const typing = typingFigures(DATASET, typingDocs, entityTypes);
  rows.push(...typing.rows);
  errors.push(...typing.errors);
  const clusters = b3(clusterItems);
  row('entities', 'B³ ids vs gold keys (5 articles)', clusters.precision, clusters.recall, clusters.f1, clusters.n, TARGETS.b3, 'over mentions matched by exact span (any type); entities resolved across the five articles');

  // Quotes: the inner text, trimmed of whitespace, quotation marks and closing punctuation, must be the same span.
  const speakerOf = mapSystemEntities(facts, resolution, golds.map((g) => g.gold));
  let qtp = 0, qfp = 0, qfn = 0, speakerOk = 0, speakerN = 0, falseAttr = 0, speakerless = 0;
  golds.forEach(({ gold, text }, di) => {
    const system = facts[di].quotes.map((q) => ({
      ...q,
      trimmed: trimQuoteSpan(text, q),
      speaker: q.speakerMention === null ? null : resolution.idOf[di][q.speakerMention],
    }));
    const found = detect(gold.quotes, system, (g, s) => (sameSpan(trimQuoteSpan(text, g), s.trimmed) ? 1 : null));
    qtp += found.tp; qfp += found.fp; qfn += found.fn;
    for (const s of found.spurious) err('quotes', 'FP', gold.source, s, `system speaker ${s.speaker ?? 'null'}`);
    for (const g of found.missed) {
      const s = system.find((x) => overlap(g, x) > 0);
      err('quotes', 'FN', gold.source, g, `gold speaker ${g.speaker ?? 'null'}${s ? `; system span "${s.text}"` : ''}`);
    }
    for (const { gold: g, system: s } of found.matched) {
      speakerN++;
      const mapped = s.speaker === null ? null : (speakerOf.get(s.speaker) ?? null);
      if (g.speaker === null) {
        speakerless++;
        if (s.speaker !== null) falseAttr++;
      }
      if (mapped === g.speaker) speakerOk++;
      else err('quotes', 'speaker', gold.source, g, `gold ${g.speaker ?? 'null'}, system ${s.speaker ?? 'null'}${s.speaker ? ` (= ${mapped ?? 'no gold entity'})` : ''}`);
    }
  });
  const quotes = prf(qtp, qfp, qfn);
  const speakers = accuracy(speakerOk, speakerN);
  rows.push(
    detectionRow(DATASET, 'quotes', 'detection (trimmed exact span)', quotes, TARGETS.quotes, 'both spans trimmed of whitespace, quotation marks and , . ; : ! ? … at either end, then compared exactly'),
    accuracyRow(DATASET, 'quotes', 'speaker accuracy', speakers, TARGETS.seedSpeaker, 'on detected quotes; a system speaker is the gold entity whose mentions overlap most of its mentions; no speaker = null'),
    falseAttributionRow(DATASET, falseAttr, speakerless),
  );

  // Numbers: detection by overlap; value, unit and hedge on what was detected.
  let ntp = 0, nfp = 0, nfn = 0, valueOk = 0, unitOk = 0, approxOk = 0, judged = 0;
  golds.forEach(({ gold }, di) => {
    const found = detect(gold.numbers, facts[di].numbers, overlapScore);
    ntp += found.tp; nfp += found.fp; nfn += found.fn;
    for (const s of found.spurious) err('numbers', 'FP', gold.source, s, `system ${s.approximate ? '~' : ''}${s.value} ${s.unit ?? '(no unit)'}`);
    for (const g of found.missed) err('numbers', 'FN', gold.source, g, `gold ${g.approximate ? '~' : ''}${g.value} ${g.unit ?? '(no unit)'}`);
    for (const { gold: g, system: s } of found.matched) {
      judged++;
      if (s.value === g.value) valueOk++;
      else err('numbers', 'value', gold.source, g, `gold ${g.value}, system ${s.value} on "${s.text}"`);
      if (s.unit === g.unit) unitOk++;
      else err('numbers', 'unit', gold.source, g, `gold ${g.unit ?? 'null'}, system ${s.unit ?? 'null'} on "${s.text}"`);
      if (s.approximate === g.approximate) approxOk++;
      else err('numbers', 'value', gold.source, g, `gold approximate ${g.approximate}, system ${s.approximate}`);
    }
  });
  const numbers = prf(ntp, nfp, nfn);
  rows.push(
    detectionRow(DATASET, 'numbers', 'detection (overlap)', numbers, TARGETS.numbers),
    accuracyRow(DATASET, 'numbers', 'value accuracy', accuracy(valueOk, judged), null),
    accuracyRow(DATASET, 'numbers', 'unit accuracy', accuracy(unitOk, judged), TARGETS.unit),
    accuracyRow(DATASET, 'numbers', 'approximate-flag accuracy', accuracy(approxOk, judged), null),
  );

  // Dates: as on MEANTIME.
  const dates = scoreDates(DATASET, golds.map(({ gold }, di) => ({ doc: gold.source, gold: gold.dates, system: facts[di].dates })));
  rows.push(...dates.rows);
  errors.push(...dates.errors);
  return { rows, errors, texts };
}

export function runSeeds(root = REPO_ROOT): Report {
  const golds = loadSeedGold(root);
  const { facts, resolution } = runSystem(golds.map(({ gold, text }) => ({ path: gold.source, text, refDate: gold.refDate })));
  return scoreSeeds(golds, facts, resolution);
}

export type { EntityMention, GoldEntity };
