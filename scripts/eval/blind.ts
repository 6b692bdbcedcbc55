// The blind set (fixtures/blind, see its README): 2 × 30 original articles written without
// looking at the rules, scored with the MEANTIME block's rows where they apply. "blind-dev" is for
// reading errors; "blind-test" only for figures; every other half is "blind-<split>", a development
// half (dev2, dev3, …) or a figures-only one (test2, test3, …), as fixtures/blind/README.md's table says.
import type { EntityType } from '../../src/types.ts';
import type { ResolvedEntity } from '../../src/resolve/entities.ts';
import { BLIND_SPLITS, loadBlind, type BlindDoc, type BlindSplit } from './build-blind.ts';
import { accuracy, prf } from './metrics.ts';
import { REPO_ROOT } from './paths.ts';
import { accuracyRow, detectionRow, TARGETS, type ErrorItem, type Report, type Row } from './report.ts';
import { scoreDates } from './score-dates.ts';
import { scoreGoldQuotes, type GoldSpeakerQuote } from './score-quotes.ts';
import { typingFigures } from './entity-types.ts';
import { detect, overlap, overlapScore, sameSpan, type Spanned } from './spans.ts';
import { runSystem, type SystemRun } from './system.ts';

// One dataset per half, named after it, so a new half is one entry in BLIND_SPLITS.
export type BlindDataset = `blind-${BlindSplit}`;
export const BLIND_DATASETS: readonly BlindDataset[] = BLIND_SPLITS.map((split) => `blind-${split}` as const);

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

/**
 * Scores one half. `run` is the system's output on `docs`, entities resolved across the half
 * (as one sheet of those 30 articles would be). Offsets: the gold's code points equal the
 * system's UTF-16 offsets because the texts are BMP-only (checked by test/blind-gold.test.ts).
 */
export function scoreBlind(dataset: string, docs: readonly BlindDoc[], run: SystemRun): Report {
  const rows: Row[] = [];
  const errors: ErrorItem[] = [];
  const texts = new Map(docs.map((d) => [d.doc, d.text]));
  const { facts, resolution } = run;
  const err = (kind: ErrorItem['kind'], error: ErrorItem['error'], doc: string, s: Spanned & { text: string }, detail: string) =>
    errors.push({ dataset, kind, error, doc, start: s.start, end: s.end, text: s.text, detail });

  // Entities: every mention carries its resolved entity's type, the type the sheet reports.
  const systemEntities = docs.map((_, i) => facts[i].entities.map((m, mi) => ({ start: m.start, end: m.end, text: m.text, type: resolution.idOf[i][mi].split('/')[0] as EntityType, id: resolution.idOf[i][mi] })));
  const entityRow = (measure: string, same: (g: Spanned, s: Spanned) => boolean, typed: boolean, target: number | null) => {
    let tp = 0, fp = 0, fn = 0;
    docs.forEach((d, i) => {
      const found = detect(d.entities, systemEntities[i], (g, s) => (same(g, s) && (!typed || g.type === s.type) ? overlapScore(g, s) : null));
      tp += found.tp; fp += found.fp; fn += found.fn;
      if (measure.startsWith('mentions (exact span+type)')) {
        for (const s of found.spurious) {
          const g = d.entities.find((x) => overlap(x, s) > 0);
          err('entities', 'FP', d.doc, s, `system ${s.type} ${s.id}${g ? `; gold "${g.text}" ${g.type}` : ''}`);
        }
        for (const g of found.missed) {
          const s = systemEntities[i].find((x) => overlap(g, x) > 0);
          err('entities', 'FN', d.doc, g, `gold ${g.type}${s ? `; system "${s.text}" ${s.type}` : ''}`);
        }
      }
    });
    rows.push(detectionRow(dataset, 'entities', measure, prf(tp, fp, fn), target));
  };
  entityRow('mentions (exact span+type)', sameSpan, true, TARGETS.entities);
  entityRow('mentions (overlap+type)', () => true, true, null);
  entityRow('mentions (exact span, any type)', sameSpan, false, null);
  const typing = typingFigures(dataset, docs.map((d, i) => ({ doc: d.doc, required: d.entities, allowed: d.entities, system: systemEntities[i] })), TYPES);
  rows.push(...typing.rows);
  errors.push(...typing.errors);

  // Quotes: detection on trimmed spans, speakers by name (the gold names the fullest form in the article).
  const byId = new Map<string, ResolvedEntity>(resolution.entities.map((e) => [e.id, e]));
  const goldQuotes: GoldSpeakerQuote[] = docs.flatMap((d) =>
    d.quotes.map((q) => ({ doc: d.doc, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speaker_kind: null, kind: q.kind, how: q.how })),
  );
  const quotes = scoreGoldQuotes(
    dataset,
    docs.map((d, i) => ({ doc: d.doc, text: d.text, facts: facts[i], entityOf: (m: number) => byId.get(resolution.idOf[i][m])! })),
    goldQuotes,
  );
  rows.push(...quotes.rows);
  errors.push(...quotes.errors);

  // Dates: as on MEANTIME, every gold date counts (datelines included: they are dates of the text).
  // The blind gold's conventions (fixtures/blind/README.md, Dates): wall-clock times with no zone,
  // a clock time and its day as one item or two, no bare present ("now").
  const dates = scoreDates(
    dataset,
    docs.map((d, i) => ({ doc: d.doc, gold: d.dates, system: facts[i].dates, text: d.text })),
    'dates',
    { wallClock: true, joinClockAndDay: true, presentUnmarked: true },
  );
  rows.push(...dates.rows);
  errors.push(...dates.errors);

  // Numbers: detection by overlap; value and unit on what was detected.
  let tp = 0, fp = 0, fn = 0, valueOk = 0, unitOk = 0, judged = 0;
  docs.forEach((d, i) => {
    const found = detect(d.numbers, facts[i].numbers, overlapScore);
    tp += found.tp; fp += found.fp; fn += found.fn;
    for (const s of found.spurious) err('numbers', 'FP', d.doc, s, `system ${s.approximate ? '~' : ''}${s.value} ${s.unit ?? '(no unit)'}`);
    for (const g of found.missed) err('numbers', 'FN', d.doc, g, `gold ${g.value} ${g.unit ?? '(no unit)'}`);
    for (const { gold: g, system: s } of found.matched) {
      judged++;
      if (s.value === g.value) valueOk++;
      else err('numbers', 'value', d.doc, g, `gold ${g.value}, system ${s.value} on "${s.text}"`);
      if (s.unit === g.unit) unitOk++;
      else err('numbers', 'unit', d.doc, g, `gold ${g.unit ?? 'null'}, system ${s.unit ?? 'null'} on "${s.text}"`);
    }
  });
  rows.push(
    detectionRow(dataset, 'numbers', 'detection (overlap)', prf(tp, fp, fn), TARGETS.numbers),
    accuracyRow(dataset, 'numbers', 'value accuracy', accuracy(valueOk, judged), null),
    accuracyRow(dataset, 'numbers', 'unit accuracy', accuracy(unitOk, judged), TARGETS.unit),
  );
  return { rows, errors, texts };
}

export function runBlind(dataset: BlindDataset, root = REPO_ROOT): Report {
  const split = dataset.slice('blind-'.length) as BlindSplit;
  const docs = loadBlind(split, root);
  const run = runSystem(docs.map((d) => ({ path: `blind/${split}/${d.doc}`, text: d.text, refDate: d.dct })));
  return scoreBlind(dataset, docs, run);
}
