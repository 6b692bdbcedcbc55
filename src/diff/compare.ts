// Two sheets → what changed, fact by fact. Pure: no disk, no terminal.
//
// Facts are keyed by their content-derived `id`, so the same fact in both
// sheets is compared field by field and citation by citation. A citation that
// is gone from one place and present, with the same text in the same file, at
// another place "moved" (text was inserted or removed above it): that is
// reported as a move, not as a removal plus an addition.
//
// What a fact check fails on is what the sheet *says*: facts added or removed,
// their values, texts, speakers, names and aliases, and which sources cite
// them. A fact that is the same and cited by the same sources, where only the
// places inside those files changed, "moved"; a source whose bytes changed
// while its facts did not was "edited". Both are information (`info: true`),
// not differences, unless `failOnMoves` is set.
import type { Citation } from '../sheet/citation.ts';
import type { Sheet } from '../sheet/schema.ts';
import { groupBy } from '../util/collections.ts';

export type FactKind = 'entity' | 'quote' | 'number' | 'date';
export const FACT_KINDS: readonly FactKind[] = ['entity', 'quote', 'number', 'date'];

/** A citation as the sheet stores it; date citations also carry their own timex. */
export type Cite = Citation & { timex?: string; extent?: Citation };

/** A mention's extent as text to compare: its place and words, or null. */
export function extentKey(c: Cite): string | null {
  return c.extent ? JSON.stringify([c.extent.start, c.extent.end, c.extent.text]) : null;
}

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

export interface CitationMove {
  from: Cite;
  to: Cite;
}

export interface CitationDiff {
  before: { count: number; sources: number };
  after: { count: number; sources: number };
  added: Cite[];
  removed: Cite[];
  /** Same file, same text, another place. */
  moved: CitationMove[];
  /** Same place, but the date mention's own timex changed. */
  retimed: CitationMove[];
}

/**
 * `moved`: the same fact (same fields, aliases), cited by the same set of
 * sources; only the places inside those files changed (citations moved, or
 * were added or dropped in a file that still cites it).
 */
export type FactStatus = 'added' | 'removed' | 'changed' | 'moved';

export interface FactDiff {
  kind: FactKind;
  id: string;
  status: FactStatus;
  /** How a person names it: "number 175 prisoner", "quote “We are ready”". */
  label: string;
  /** Scalar fields that changed (speaker, cue, text, name, type, value, unit, timex…). */
  fields: Change[];
  aliases: { gained: string[]; lost: string[] };
  citations: CitationDiff;
  /** The citation that shows the change best (after-side when there is one). */
  evidence: Cite | null;
  /** The fact's scalar fields as they are now (before, for a removed fact), and its aliases. */
  now: Record<string, unknown>;
  /** It only moved (see FactStatus) and moves do not fail: reported as information, not a difference. */
  info: boolean;
}

export interface SourceDiff {
  path: string;
  status: 'added' | 'removed' | 'changed';
  fields: Change[];
  /** Only its bytes changed (sha256, bytes, lines), no fact that counts changed in it, and moves do not fail: information. */
  info: boolean;
}

export interface ErrorDiff {
  path: string;
  code: string;
  status: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

export interface DiffSummary {
  facts: { added: number; removed: number; changed: number; moved: number };
  sources: { added: number; removed: number; changed: number };
  errors: { added: number; removed: number; changed: number };
  /** Of the counts above, how many are information only (moved facts, edited sources). */
  info: { facts: number; sources: number };
}

export interface SheetDiff {
  failOnMoves: boolean;
  /** version, refDate, inputs. */
  meta: Change[];
  sources: SourceDiff[];
  facts: FactDiff[];
  errors: ErrorDiff[];
  summary: DiffSummary;
  /** Anything that is not information differs: what `facts check` and `facts diff` exit 1 on. */
  different: boolean;
}

export interface DiffOptions {
  /**
   * Count facts that only moved, and sources whose bytes changed without a
   * change of facts, as differences. By default they are information only.
   */
  failOnMoves?: boolean;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareCites(a: Cite, b: Cite): number {
  return compare(a.path, b.path) || a.start - b.start || a.end - b.end || compare(a.text, b.text);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

// ---- what each kind of fact looks like to the diff -------------------------

interface AnyFact {
  id: string;
  cites: Cite[];
  scalars: Record<string, unknown>;
  aliases: string[];
  label: string;
  /** Sort key inside its kind. */
  order: (string | number)[];
}

function factsOf(sheet: Sheet, kind: FactKind): AnyFact[] {
  switch (kind) {
    case 'entity':
      return sheet.entities.map((e) => ({
        id: e.id,
        cites: e.mentions,
        scalars: { type: e.type, name: e.name },
        aliases: e.aliases,
        label: `entity ${e.id}`,
        order: [e.id],
      }));
    case 'quote':
      return sheet.quotes.map((q) => ({
        id: q.id,
        cites: q.citations,
        scalars: { text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, attribution: q.attribution?.method ?? null },
        aliases: [],
        label: `quote “${clip(q.text, 60)}”`,
        order: [q.id],
      }));
    case 'number':
      return sheet.numbers.map((n) => ({
        id: n.id,
        cites: n.citations,
        scalars: { value: n.value, exact: n.exact, unit: n.unit, approximate: n.approximate },
        aliases: [],
        // The exact decimal: 2^53 and 2^53 + 1 are one JavaScript number but two facts.
        label: `number ${n.approximate ? '~' : ''}${clip(n.exact, 40)}${n.unit ? ` ${n.unit}` : ''}`,
        order: [n.value ?? Infinity, n.unit ?? '', Number(n.approximate), n.id],
      }));
    case 'date':
      return sheet.dates.map((d) => ({
        id: d.id,
        cites: d.citations,
        scalars: { value: d.value, timex: d.timex },
        aliases: [],
        label: `date ${d.value ?? d.timex}`,
        order: [d.id],
      }));
  }
}

function compareOrder(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return compare(String(x), String(y));
  }
  return 0;
}

// ---- citations ---------------------------------------------------------------

function placeKey(c: Cite): string {
  return JSON.stringify([c.path, c.start, c.end, c.line, c.column, c.text]);
}

function sourceCount(cites: readonly Cite[]): number {
  return new Set(cites.map((c) => c.path)).size;
}

/** Matches citations: same place (unchanged or retimed), then same file and text (moved), then the rest. */
export function diffCitations(before: readonly Cite[], after: readonly Cite[]): CitationDiff {
  const atPlace = groupBy(before, placeKey);
  const retimed: CitationMove[] = [];
  const unmatchedAfter: Cite[] = [];
  for (const c of after) {
    const candidates = atPlace.get(placeKey(c));
    const match = candidates?.shift();
    if (!match) unmatchedAfter.push(c);
    // Read again at the same place: a date's timex, or a name's extent (the phrase it heads), changed.
    else if ((match.timex ?? null) !== (c.timex ?? null) || extentKey(match) !== extentKey(c)) retimed.push({ from: match, to: c });
  }
  const unmatchedBefore = [...atPlace.values()].flat().sort(compareCites);
  unmatchedAfter.sort(compareCites);

  const textKey = (c: Cite) => `${c.path}\u0000${c.text}`;
  const afterByText = groupBy(unmatchedAfter, textKey);
  const moved: CitationMove[] = [];
  const removed: Cite[] = [];
  for (const c of unmatchedBefore) {
    const to = afterByText.get(textKey(c))?.shift();
    if (to) moved.push({ from: c, to });
    else removed.push(c);
  }
  const added = [...afterByText.values()].flat().sort(compareCites);
  return {
    before: { count: before.length, sources: sourceCount(before) },
    after: { count: after.length, sources: sourceCount(after) },
    added,
    removed,
    moved: moved.sort((a, b) => compareCites(a.to, b.to)),
    retimed: retimed.sort((a, b) => compareCites(a.to, b.to)),
  };
}

// ---- facts ---------------------------------------------------------------------

function sourceSet(cites: readonly Cite[]): string {
  return JSON.stringify([...new Set(cites.map((c) => c.path))].sort(compare));
}

function diffFact(kind: FactKind, before: AnyFact | undefined, after: AnyFact | undefined, failOnMoves: boolean): FactDiff | null {
  const citations = diffCitations(before?.cites ?? [], after?.cites ?? []);
  const either = (after ?? before)!;
  const fields: Change[] = [];
  const aliases = { gained: [] as string[], lost: [] as string[] };
  if (before && after) {
    for (const field of Object.keys(after.scalars)) {
      if (!same(before.scalars[field], after.scalars[field])) {
        fields.push({ field, before: before.scalars[field] ?? null, after: after.scalars[field] ?? null });
      }
    }
    const had = new Set(before.aliases);
    const has = new Set(after.aliases);
    aliases.gained = after.aliases.filter((a) => !had.has(a)).sort(compare);
    aliases.lost = before.aliases.filter((a) => !has.has(a)).sort(compare);
  }
  let status: FactStatus;
  if (!before) status = 'added';
  else if (!after) status = 'removed';
  else if (
    fields.length ||
    aliases.gained.length ||
    aliases.lost.length ||
    citations.retimed.length ||
    sourceSet(before.cites) !== sourceSet(after.cites)
  ) {
    status = 'changed';
  } else if (citations.moved.length || citations.added.length || citations.removed.length) {
    // "Officials confirmed 175 prisoners…" added to a file that already cites 175 prisoners.
    status = 'moved';
  } else return null;

  const evidence =
    status === 'added'
      ? after!.cites[0]
      : status === 'removed'
        ? before!.cites[0]
        : status === 'moved'
          ? (citations.moved[0]?.to ?? citations.added[0] ?? citations.removed[0])
          : (citations.added[0] ?? citations.removed[0] ?? citations.retimed[0]?.to ?? after!.cites[0] ?? citations.moved[0]?.to);
  return {
    kind,
    id: either.id,
    status,
    label: either.label,
    fields,
    aliases,
    citations,
    evidence: evidence ?? null,
    now: { ...either.scalars, ...(kind === 'entity' ? { aliases: either.aliases } : {}) },
    info: status === 'moved' && !failOnMoves,
  };
}

function diffFacts(before: Sheet, after: Sheet, failOnMoves: boolean): FactDiff[] {
  const out: FactDiff[] = [];
  for (const kind of FACT_KINDS) {
    const old = new Map(factsOf(before, kind).map((f) => [f.id, f]));
    const now = new Map(factsOf(after, kind).map((f) => [f.id, f]));
    const ids = [...new Set([...old.keys(), ...now.keys()])];
    const ordered = ids
      .map((id) => ({ id, order: (now.get(id) ?? old.get(id))!.order }))
      .sort((a, b) => compareOrder(a.order, b.order) || compare(a.id, b.id));
    for (const { id } of ordered) {
      const d = diffFact(kind, old.get(id), now.get(id), failOnMoves);
      if (d) out.push(d);
    }
  }
  return out;
}

// ---- sources, errors, header ----------------------------------------------------

/** Files where a fact that counts changed: its citations added, removed or re-read, or all its places when a field changed. */
function filesWithChangedFacts(facts: readonly FactDiff[]): Set<string> {
  const files = new Set<string>();
  for (const f of facts) {
    if (f.info || f.status === 'moved') continue;
    const { added, removed, retimed } = f.citations;
    for (const c of added) files.add(c.path);
    for (const c of removed) files.add(c.path);
    for (const r of retimed) files.add(r.to.path);
    if (f.fields.length || f.aliases.gained.length || f.aliases.lost.length) {
      for (const m of f.citations.moved) files.add(m.to.path);
      if (f.evidence) files.add(f.evidence.path);
    }
  }
  return files;
}

/**
 * `changedFacts`: files where a fact that counts changed. A file whose bytes
 * changed there was edited with a change of facts, which counts; elsewhere it
 * is information only.
 */
function diffSources(before: Sheet, after: Sheet, failOnMoves: boolean, changedFacts: ReadonlySet<string>): SourceDiff[] {
  const old = new Map(before.sources.map((s) => [s.path, s]));
  const now = new Map(after.sources.map((s) => [s.path, s]));
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort(compare);
  const out: SourceDiff[] = [];
  for (const path of paths) {
    const a = old.get(path);
    const b = now.get(path);
    if (!a) out.push({ path, status: 'added', fields: [], info: false });
    else if (!b) out.push({ path, status: 'removed', fields: [], info: false });
    else {
      const fields: Change[] = [];
      for (const field of ['sha256', 'bytes', 'lines', 'refDate'] as const) {
        const x = a[field] ?? null;
        const y = b[field] ?? null;
        if (x !== y) fields.push({ field, before: x, after: y });
      }
      // A document's own reference date changes what its dates mean: never a mere edit.
      const contentOnly = fields.every((f) => f.field !== 'refDate');
      if (fields.length) out.push({ path, status: 'changed', fields, info: !failOnMoves && contentOnly && !changedFacts.has(path) });
    }
  }
  return out;
}

function diffErrors(before: Sheet, after: Sheet): ErrorDiff[] {
  const exact = (e: { path: string; code: string; message: string }) => JSON.stringify([e.path, e.code, e.message]);
  const old = groupBy(before.errors, exact);
  const fresh: typeof after.errors = [];
  for (const e of after.errors) {
    if (!old.get(exact(e))?.shift()) fresh.push(e);
  }
  const gone = [...old.values()].flat();
  const keyOf = (e: { path: string; code: string }) => `${e.path}\u0000${e.code}`;
  const freshByKey = groupBy(fresh, keyOf);
  const out: ErrorDiff[] = [];
  for (const e of gone) {
    const now = freshByKey.get(keyOf(e))?.shift();
    out.push({ path: e.path, code: e.code, status: now ? 'changed' : 'removed', before: e.message, after: now?.message ?? null });
  }
  for (const e of [...freshByKey.values()].flat()) {
    out.push({ path: e.path, code: e.code, status: 'added', before: null, after: e.message });
  }
  return out.sort((a, b) => compare(a.path, b.path) || compare(a.code, b.code) || compare(a.status, b.status));
}

function diffMeta(before: Sheet, after: Sheet): Change[] {
  const out: Change[] = [];
  for (const field of ['version', 'refDate', 'inputs'] as const) {
    if (!same(before[field], after[field])) out.push({ field, before: before[field], after: after[field] });
  }
  return out;
}

// ---- the whole sheet -------------------------------------------------------------

export function diffSheets(before: Sheet, after: Sheet, options: DiffOptions = {}): SheetDiff {
  const failOnMoves = options.failOnMoves ?? false;
  const meta = diffMeta(before, after);
  const facts = diffFacts(before, after, failOnMoves);
  const sources = diffSources(before, after, failOnMoves, filesWithChangedFacts(facts));
  const errors = diffErrors(before, after);
  const count = <T extends { status: string }>(items: readonly T[], status: string) => items.filter((i) => i.status === status).length;
  const summary: DiffSummary = {
    facts: {
      added: count(facts, 'added'),
      removed: count(facts, 'removed'),
      changed: count(facts, 'changed'),
      moved: count(facts, 'moved'),
    },
    sources: { added: count(sources, 'added'), removed: count(sources, 'removed'), changed: count(sources, 'changed') },
    errors: { added: count(errors, 'added'), removed: count(errors, 'removed'), changed: count(errors, 'changed') },
    info: { facts: facts.filter((f) => f.info).length, sources: sources.filter((s) => s.info).length },
  };
  const different =
    meta.length > 0 || errors.length > 0 || sources.some((s) => !s.info) || facts.some((f) => !f.info);
  return { failOnMoves, meta, sources, facts, errors, summary, different };
}
