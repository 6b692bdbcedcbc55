// MEANTIME (60 Wikinews articles, topics "apple" and "gm"): dates against
// DATE/TIME timexes, numbers against numeric values, entities against NAM
// mentions of persons, places and organizations. Only text[0:annotated_until]
// is annotated: gold and system output are both restricted to it.
import { readFileSync } from 'node:fs';
import type { DocumentFacts, EntityType } from '../../src/types.ts';
import { accuracy, b3, harmonic, prf, ratio } from './metrics.ts';
import { MEANTIME_PATH, MEANTIME_QUOTES_PATH } from './paths.ts';
import { loadGoldQuotes, scoreGoldQuotes } from './score-quotes.ts';
import { accuracyRow, detectionRow, TARGETS, type ErrorItem, type Report, type Row } from './report.ts';
import { scoreDates } from './score-dates.ts';
import { typingFigures, type TypedSpan } from './entity-types.ts';
import { detect, overlap, overlapScore, sameSpan, type Spanned } from './spans.ts';
import { extractOne, type InputDoc } from './system.ts';
import { resolveEntities, type ResolvedEntity } from '../../src/resolve/entities.ts';

export interface MeantimeTimex extends Spanned {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  function: string;
}
export interface MeantimeValue extends Spanned {
  text: string;
  type: 'MONEY' | 'PERCENT' | 'QUANTITY';
}
export interface MeantimeEntity extends Spanned {
  text: string;
  syntactic_type: string | null;
  ent_type: string;
  instance_id: string;
}
export interface MeantimeDoc {
  doc: string;
  url: string;
  dct: string;
  text: string;
  annotated_until: number;
  corpus: string;
  timex: MeantimeTimex[];
  values: MeantimeValue[];
  entities: MeantimeEntity[];
}

export const DATASET = 'meantime';

/**
 * One article (120578, "Automobile sales in the United States down sharply") has its
 * dct, and its dateline's value, written day-first ("03-02-2009" for "February 03, 2009"):
 * both are turned into ISO so that the article has a reference date like the others.
 */
export function normalizeDct(dct: string): string {
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/u.exec(dct);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : dct;
}

export function loadMeantime(path = MEANTIME_PATH): MeantimeDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as MeantimeDoc;
      d.dct = normalizeDct(d.dct);
      for (const t of d.timex) if (t.function === 'CREATION_TIME') t.value = normalizeDct(t.value);
      return d;
    });
}

export function inputOf(d: MeantimeDoc): InputDoc {
  return { path: `meantime/${d.corpus}/${d.doc}`, text: d.text, refDate: d.dct };
}

/** The gold dates scored: DATE and TIME timexes, but not the dateline (the reference date itself). */
export function goldDates(d: MeantimeDoc): MeantimeTimex[] {
  return d.timex.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.function !== 'CREATION_TIME');
}
export function datelines(d: MeantimeDoc): MeantimeTimex[] {
  return d.timex.filter((t) => t.function === 'CREATION_TIME');
}

/**
 * Gold values without the coordinations that contain other values: MEANTIME has both
 * "net $5.9 billion dollars, or $9.66" and its two parts; the parts are what is scored.
 */
export function innermost<T extends Spanned>(items: readonly T[]): T[] {
  return items.filter((a) => !items.some((b) => b !== a && a.start <= b.start && b.end <= a.end && (b.end - b.start) < (a.end - a.start)));
}

/** MEANTIME name extents include a leading article ("the United States"); the sheet's names do not. */
export function withoutArticle<T extends Spanned & { text: string }>(e: T): T {
  const article = /^(?:the|The|THE)\s+/u.exec(e.text);
  return article ? { ...e, start: e.start + article[0].length, text: e.text.slice(article[0].length) } : e;
}

const TYPE_OF: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };
const inside = (d: MeantimeDoc) => (s: Spanned) => s.start < d.annotated_until;

export function scoreMeantime(docs: readonly MeantimeDoc[], facts: readonly DocumentFacts[]): Report {
  const rows: Row[] = [];
  const errors: ErrorItem[] = [];
  const texts = new Map(docs.map((d) => [d.doc, d.text]));

  // Dates.
  const dates = scoreDates(
    DATASET,
    docs.map((d, i) => ({ doc: d.doc, gold: goldDates(d), system: facts[i].dates.filter(inside(d)), ignore: datelines(d) })),
  );
  dates.rows[0].note = 'gold: DATE and TIME timexes, without the dateline (CREATION_TIME, the reference date itself); system dates on the dateline are not counted';
  rows.push(...dates.rows);
  errors.push(...dates.errors);

  // Numbers: detection by overlap with MONEY / PERCENT / QUANTITY; the type says what kind of unit to expect.
  // A count inside a DURATION or SET timex ("five years", "two days") is MEANTIME's timex, not a value:
  // system numbers there are neither hits nor false positives.
  let tp = 0, fp = 0, fn = 0, unitOk = 0, unitJudged = 0;
  docs.forEach((d, i) => {
    const durations = d.timex.filter((t) => t.type === 'DURATION' || t.type === 'SET');
    const system = facts[i].numbers.filter(inside(d)).filter((n) => !durations.some((t) => overlap(t, n) > 0));
    const found = detect(innermost(d.values), system, overlapScore);
    tp += found.tp; fp += found.fp; fn += found.fn;
    for (const s of found.spurious) errors.push({ dataset: DATASET, kind: 'numbers', error: 'FP', doc: d.doc, start: s.start, end: s.end, text: s.text, detail: `system ${s.value} ${s.unit ?? '(no unit)'}` });
    for (const g of found.missed) errors.push({ dataset: DATASET, kind: 'numbers', error: 'FN', doc: d.doc, start: g.start, end: g.end, text: g.text, detail: `gold ${g.type}` });
    for (const { gold, system } of found.matched) {
      if (gold.type === 'QUANTITY') continue;
      unitJudged++;
      const ok = gold.type === 'PERCENT' ? system.unit === 'percent' : system.unit !== null && /^[A-Z]{3}$/u.test(system.unit);
      if (ok) unitOk++;
      else errors.push({ dataset: DATASET, kind: 'numbers', error: 'unit', doc: d.doc, start: system.start, end: system.end, text: system.text, detail: `gold ${gold.type} "${gold.text}", system unit ${system.unit ?? 'null'}` });
    }
  });
  const numbers = prf(tp, fp, fn);
  const units = accuracy(unitOk, unitJudged);
  rows.push(
    detectionRow(DATASET, 'numbers', 'detection (overlap)', numbers, TARGETS.numbers, 'gold: MONEY, PERCENT, QUANTITY values (the parts of a coordination, not the whole); system numbers inside a DURATION or SET timex are not counted'),
    accuracyRow(DATASET, 'numbers', 'unit kind (MONEY→currency code, PERCENT→percent)', units, null, 'MEANTIME has no unit gold: this only checks the kind of unit on MONEY and PERCENT values'),
  );

  // Entities: recall on NAM PER/LOC/ORG mentions; precision against any PER/LOC/ORG mention of the span
  // (the gold is not exhaustive, and premodifier names, "Apple" in "Apple iPhone", are PRE.NAM).
  const topics = [...new Set(docs.map((d) => d.corpus))].sort();
  const clusterItems: { gold: string; system: string }[] = [];
  // Entities are resolved across the articles of a topic, as a sheet of that topic would be, and
  // each mention is scored with its entity's type: the type the sheet reports, not the mention's guess.
  const idOf: string[][] = docs.map(() => []);
  for (const topic of topics) {
    const members = docs.map((d, i) => [d, i] as const).filter(([d]) => d.corpus === topic);
    const resolved = resolveEntities(members.map(([, i]) => facts[i]));
    members.forEach(([, i], k) => {
      idOf[i] = resolved.idOf[k];
    });
  }
  const typeOf = (i: number, mi: number) => idOf[i][mi].split('/')[0] as EntityType;
  const entityRows = (measure: string, same: (g: Spanned, s: Spanned) => boolean) => {
    let found = 0, goldN = 0, sysOk = 0, sysN = 0;
    docs.forEach((d, i) => {
      const system = facts[i].entities.map((m, mi) => ({ ...m, type: typeOf(i, mi) })).filter(inside(d)).filter((m) => m.type !== 'other');
      const typed = (e: MeantimeEntity) => TYPE_OF[e.ent_type];
      const nam = d.entities.filter((e) => e.syntactic_type === 'NAM' && typed(e)).map(withoutArticle);
      const any = d.entities.filter((e) => typed(e)).map(withoutArticle);
      const score = (g: MeantimeEntity, s: (typeof system)[number]) => (typed(g) === s.type && same(g, s) ? overlapScore(g, s) : null);
      const recall = detect(nam, system, score);
      const precision = detect(any, system, score);
      found += recall.tp; goldN += nam.length;
      sysOk += system.length - precision.fp; sysN += system.length;
    });
    const p = ratio(sysOk, sysN);
    const r = ratio(found, goldN);
    rows.push({ dataset: DATASET, kind: 'entities', measure, precision: p, recall: r, score: harmonic(p, r), n: goldN, target: measure.includes('exact') ? TARGETS.entities : null, note: 'MEANTIME does not annotate every name: precision counts a system name as right when any PER/LOC/ORG gold mention of that type matches it, and is a lower bound; a leading "the" of a gold name is not part of its span', counts: { found, gold: goldN, systemRight: sysOk, system: sysN } });
  };
  entityRows('NAM mentions (exact span+type)', sameSpan);
  // ACE scores a mention by its head or its extent, and MEANTIME's name extents hold the phrase
  // ("US automaker Vekla", "Presiding Judge Ana Venn"): a gold name is found when a system mention's
  // name or extent has its span and type; a system mention is right when its name or extent is the
  // span of any gold mention of its type. Spans are exact, so matching is by equal spans.
  {
    let found = 0, goldN = 0, sysOk = 0, sysN = 0;
    const key = (s: Spanned, type: EntityType) => `${s.start}:${s.end}:${type}`;
    docs.forEach((d, i) => {
      const system = facts[i].entities
        .map((m, mi) => ({ ...m, type: typeOf(i, mi), spans: [m, ...(m.extent ? [m.extent] : [])] }))
        .filter(inside(d))
        .filter((m) => m.type !== 'other');
      const said = new Set(system.flatMap((m) => m.spans.map((s) => key(s, m.type))));
      const nam = d.entities.filter((e) => e.syntactic_type === 'NAM' && TYPE_OF[e.ent_type]).map(withoutArticle);
      const any = new Set(d.entities.filter((e) => TYPE_OF[e.ent_type]).map(withoutArticle).map((g) => key(g, TYPE_OF[g.ent_type])));
      const missed = nam.filter((g) => !said.has(key(g, TYPE_OF[g.ent_type])));
      const spurious = system.filter((m) => !m.spans.some((s) => any.has(key(s, m.type))));
      found += nam.length - missed.length; goldN += nam.length;
      sysOk += system.length - spurious.length; sysN += system.length;
      for (const g of missed) errors.push({ dataset: DATASET, kind: 'entities', error: 'FN', doc: d.doc, start: g.start, end: g.end, text: g.text, detail: `gold NAM ${g.ent_type}` });
      for (const m of spurious) {
        const span = m.extent ?? m;
        const near = d.entities.find((g) => overlapScore(g, span));
        errors.push({ dataset: DATASET, kind: 'entities', error: 'FP', doc: d.doc, start: span.start, end: span.end, text: d.text.slice(span.start, span.end), detail: `system ${m.type}${m.extent ? ` "${m.text}" with its extent` : ''}${near ? `; gold has ${near.syntactic_type ?? '?'} ${near.ent_type} "${near.text}"` : ''}` });
      }
    });
    const p = ratio(sysOk, sysN);
    const r = ratio(found, goldN);
    rows.push({ dataset: DATASET, kind: 'entities', measure: 'NAM mentions, name or extent (exact span+type)', precision: p, recall: r, score: harmonic(p, r), n: goldN, target: TARGETS.entities, note: 'a gold NAM mention is found when a system mention\u2019s name or its extent (the noun phrase it heads, as ACE and MEANTIME annotate mentions) has its span and type; the FN and FP errors listed are this row\u2019s', counts: { found, gold: goldN, systemRight: sysOk, system: sysN } });
  }
  entityRows('NAM mentions (overlap+type)', () => true);
  // Per type, type accuracy on right spans, and the type and boundary errors behind the figures above.
  const asTyped = (e: MeantimeEntity): TypedSpan => ({ start: e.start, end: e.end, text: e.text, type: TYPE_OF[e.ent_type] });
  const typing = typingFigures(DATASET, docs.map((d, i) => ({
    doc: d.doc,
    required: d.entities.filter((e) => e.syntactic_type === 'NAM' && TYPE_OF[e.ent_type]).map(withoutArticle).map(asTyped),
    allowed: d.entities.filter((e) => TYPE_OF[e.ent_type]).map(withoutArticle).map(asTyped),
    system: facts[i].entities.map((m, mi) => ({ start: m.start, end: m.end, text: m.text, type: typeOf(i, mi) })).filter(inside(d)),
  })), ['person', 'place', 'organization']);
  rows.push(...typing.rows);
  errors.push(...typing.errors);

  // B³ of entity ids against instance_id, over NAM mentions matched by overlap (type ignored), per topic.
  for (const topic of topics) {
    const members = docs.map((d, i) => [d, i] as const).filter(([d]) => d.corpus === topic);
    members.forEach(([d, i]) => {
      const system = facts[i].entities.map((m, mi) => ({ start: m.start, end: m.end, id: `${topic}:${idOf[i][mi]}` })).filter(inside(d));
      const nam = d.entities.filter((e) => e.syntactic_type === 'NAM' && TYPE_OF[e.ent_type]);
      for (const { gold, system: s } of detect(nam, system, overlapScore).matched) clusterItems.push({ gold: gold.instance_id, system: s.id });
    });
  }
  const clusters = b3(clusterItems);
  rows.push({ dataset: DATASET, kind: 'entities', measure: 'B³ ids vs instance_id (per topic)', precision: clusters.precision, recall: clusters.recall, score: clusters.f1, n: clusters.n, target: TARGETS.b3, note: 'over NAM PER/LOC/ORG mentions matched by overlap (any type); entities resolved across the 30 articles of each topic' });
  return { rows, errors, texts };
}

export function runMeantime(path = MEANTIME_PATH, quotesPath = MEANTIME_QUOTES_PATH): Report {
  const docs = loadMeantime(path);
  const facts = docs.map((d) => extractOne(inputOf(d)));
  const report = scoreMeantime(docs, facts);
  const gold = loadGoldQuotes(quotesPath);
  if (gold) {
    const quotes = scoreMeantimeQuotes(docs, facts, gold);
    report.rows.push(...quotes.rows);
    report.errors.push(...quotes.errors);
  }
  return report;
}

/** Quotes on the whole text of every article; speakers are entities resolved across the article's topic. */
export function scoreMeantimeQuotes(docs: readonly MeantimeDoc[], facts: readonly DocumentFacts[], gold: Parameters<typeof scoreGoldQuotes>[2]) {
  const entityOf: ((mention: number) => ResolvedEntity)[] = docs.map(() => () => {
    throw new Error('unresolved');
  });
  for (const topic of [...new Set(docs.map((d) => d.corpus))].sort()) {
    const members = docs.map((d, i) => [d, i] as const).filter(([d]) => d.corpus === topic);
    const resolved = resolveEntities(members.map(([, i]) => facts[i]));
    const byId = new Map(resolved.entities.map((e) => [e.id, e]));
    members.forEach(([, i], k) => {
      entityOf[i] = (m) => byId.get(resolved.idOf[k][m])!;
    });
  }
  return scoreGoldQuotes(
    DATASET,
    docs.map((d, i) => ({ doc: d.doc, text: d.text, facts: facts[i], entityOf: entityOf[i] })),
    gold,
  );
}
