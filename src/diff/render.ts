// A SheetDiff for people (text, coloured on a terminal), for machines (JSON)
// and for GitHub Actions (workflow-command annotations on the cited lines).
// Document text is untrusted: it goes through safeForTerminal before any
// terminal sees it.
import { Chalk, type ChalkInstance } from 'chalk';
import { safeForTerminal } from '../emit/summary.ts';
import type { Change, Cite, CitationMove, FactDiff, FactKind, SheetDiff, SourceDiff } from './compare.ts';

export interface TextOptions {
  color: boolean;
  /** Citation lines shown under one fact before "… and N more" (default 5). */
  maxCitations?: number;
}

const SECTION: Record<FactKind, string> = { entity: 'entities', quote: 'quotes', number: 'numbers', date: 'dates' };
const MAX_TEXT = 80;

/** Colour when writing to a terminal that has it, unless NO_COLOR; FORCE_COLOR forces it. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && stream.hasColors?.() !== false;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function quoted(text: string): string {
  return `“${clip(safeForTerminal(text), MAX_TEXT)}”`;
}

export function formatPlace(c: Cite): string {
  return `${safeForTerminal(c.path)}:${c.line}:${c.column}`;
}

function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (field === 'sha256' && typeof value === 'string') return `${value.slice(0, 12)}…`;
  if (typeof value === 'string') return ['text', 'name', 'cue'].includes(field) ? quoted(value) : safeForTerminal(value);
  if (Array.isArray(value)) return `[${value.map((v) => safeForTerminal(String(v))).join(', ')}]`;
  return String(value);
}

function formatChange(c: Change): string {
  return `${c.field} ${formatValue(c.field, c.before)} → ${formatValue(c.field, c.after)}`;
}

/** "cited in 2 → 1 sources", "cited 3 → 4 times", or null when the counts did not change. */
function citedPhrase(f: FactDiff): string | null {
  const { before, after } = f.citations;
  const times = before.count !== after.count;
  const sources = before.sources !== after.sources;
  if (times && sources && (before.count !== before.sources || after.count !== after.sources)) {
    return `cited ${before.count} → ${after.count} times in ${before.sources} → ${after.sources} sources`;
  }
  if (sources) return `cited in ${before.sources} → ${after.sources} sources`;
  if (times) return `cited ${before.count} → ${after.count} times`;
  return null;
}

/**
 * Moves, grouped by file and by how far they went: "moved 3:5 → 4:5 in a.txt",
 * "18 citations moved down 1 line in a.txt".
 */
export function describeMoves(moves: readonly CitationMove[]): string[] {
  const groups = new Map<string, CitationMove[]>();
  for (const m of moves) {
    const key = JSON.stringify([m.to.path, m.to.line - m.from.line]);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((group) => {
    const { from, to } = group[0];
    const file = safeForTerminal(to.path);
    if (group.length === 1) {
      // Text changed earlier on the same line: same line:column, other offset.
      if (from.line === to.line && from.column === to.column) {
        return `moved ${file}:${to.line}:${to.column} (same line and column, offset ${from.start} → ${to.start})`;
      }
      return `moved ${file}:${from.line}:${from.column} → ${to.line}:${to.column}`;
    }
    const delta = to.line - from.line;
    const how = delta > 0 ? `down ${plural(delta, 'line')}` : delta < 0 ? `up ${plural(-delta, 'line')}` : 'within their lines';
    return `${group.length} citations moved ${how} in ${file}`;
  });
}

/** What changed about one fact, in one line without colour: also the annotation message. */
export function describeFact(f: FactDiff): string {
  const label = safeForTerminal(f.label);
  if (f.status === 'added' || f.status === 'removed') {
    const extra: string[] = [];
    if (f.kind === 'quote') extra.push(f.now.speaker ? `speaker ${safeForTerminal(String(f.now.speaker))}` : 'no speaker');
    if (f.kind === 'entity') {
      extra.push(quoted(String(f.now.name)));
      const aliases = (f.now.aliases as string[] | undefined) ?? [];
      if (aliases.length) extra.push(`also ${aliases.map(quoted).join(', ')}`);
    }
    if (f.kind === 'date' && f.now.value !== null) extra.push(`timex ${safeForTerminal(String(f.now.timex))}`);
    const n = f.citations.before.count + f.citations.after.count;
    extra.push(f.status === 'added' ? `new, cited ${plural(n, 'time')}` : `gone, was cited ${plural(n, 'time')}`);
    return `${label} (${extra.join('; ')})`;
  }
  if (f.status === 'moved') {
    // Same fact, same sources: say where it went and how often it is cited now.
    const parts = describeMoves(f.citations.moved);
    const cited = citedPhrase(f);
    if (cited) parts.push(`${cited} in the same ${f.citations.after.sources === 1 ? 'source' : 'sources'}`);
    else if (f.citations.added.length || f.citations.removed.length) parts.push('cited at other places in the same sources');
    return `${label}: ${parts.join('; ')}`;
  }
  const parts = f.fields.map(formatChange);
  for (const a of f.aliases.gained) parts.push(`gained alias ${quoted(a)}`);
  for (const a of f.aliases.lost) parts.push(`lost alias ${quoted(a)}`);
  const cited = citedPhrase(f);
  if (cited) parts.push(cited);
  if (f.citations.retimed.length) parts.push(`${plural(f.citations.retimed.length, 'mention')} re-read`);
  if (!parts.length && (f.citations.added.length || f.citations.removed.length)) parts.push('cited at other places');
  return `${label}: ${parts.join('; ')}`;
}

function describeSource(s: SourceDiff): string {
  const p = safeForTerminal(s.path);
  if (s.status === 'added') return `${p} (new source)`;
  if (s.status === 'removed') return `${p} (source gone)`;
  return `${p}: ${s.fields.map(formatChange).join(', ')}`;
}

/** "1 fact added, 1 changed; 1 source changed" — what counts, ignored items left out. */
export function summarize(diff: SheetDiff): string {
  const groups: string[] = [];
  const list = (noun: string, counts: [number, string][]) => {
    const parts = counts.filter(([n]) => n > 0);
    if (!parts.length) return;
    const [first, ...rest] = parts;
    groups.push([`${plural(first[0], noun)} ${first[1]}`, ...rest.map(([n, w]) => `${n} ${w}`)].join(', '));
  };
  const s = diff.summary;
  if (diff.meta.length) groups.push(`${diff.meta.map((m) => m.field).join(', ')} changed`);
  list('fact', [
    [s.facts.added, 'added'],
    [s.facts.removed, 'removed'],
    [s.facts.changed, 'changed'],
    [s.facts.moved - s.info.facts, 'moved'],
  ]);
  list('source', [
    [s.sources.added, 'added'],
    [s.sources.removed, 'removed'],
    [s.sources.changed - s.info.sources, 'changed'],
  ]);
  list('error row', [
    [s.errors.added, 'added'],
    [s.errors.removed, 'removed'],
    [s.errors.changed, 'changed'],
  ]);
  return groups.length ? groups.join('; ') : 'no differences';
}

/**
 * One line on what changed without changing facts (moved facts, edited
 * sources), which does not fail; null when there is none.
 */
export function infoNote(diff: SheetDiff): string | null {
  const { facts, sources } = diff.summary.info;
  if (!facts && !sources) return null;
  const parts: string[] = [];
  if (facts) parts.push(`${plural(facts, 'fact')} moved (cited by the same sources at other places)`);
  if (sources) parts.push(`${plural(sources, 'source')} edited without a change of facts`);
  // Where to look: the files involved, by name when there are few.
  const files = new Set<string>();
  for (const s of diff.sources) if (s.info) files.add(s.path);
  for (const f of diff.facts) {
    if (!f.info) continue;
    for (const m of f.citations.moved) files.add(m.to.path);
    for (const c of f.citations.added) files.add(c.path);
    for (const c of f.citations.removed) files.add(c.path);
  }
  const names = [...files].sort();
  const where = names.length <= 3 ? ` in ${names.map(safeForTerminal).join(', ')}` : ` in ${names.length} files`;
  return `information, not a failure: ${parts.join('; ')}${where} (--fail-on-moves makes these fail)`;
}

function citationLines(f: FactDiff, c: ChalkInstance, hideMoves: boolean, max: number): string[] {
  // Formatted only up to `max`, counted past it: a fact cited 100,000 times formats 5 rows.
  const rows: string[] = [];
  let total = 0;
  const add = (format: () => string) => {
    if (total++ < max) rows.push(format());
  };
  for (const x of f.citations.added) add(() => c.green(`+ ${formatPlace(x)}  ${quoted(x.text)}`));
  for (const x of f.citations.removed) add(() => c.red(`- ${formatPlace(x)}  ${quoted(x.text)}`));
  for (const r of f.citations.retimed) {
    const timex = (t: string | undefined) => safeForTerminal(t ?? 'null');
    const extent = (x: Cite) => (x.extent ? quoted(x.extent.text) : 'none');
    const what = (r.from.timex ?? null) !== (r.to.timex ?? null) ? `timex ${timex(r.from.timex)} → ${timex(r.to.timex)}` : `extent ${extent(r.from)} → ${extent(r.to)}`;
    add(() => c.yellow(`~ ${formatPlace(r.to)}  ${quoted(r.to.text)}  ${what}`));
  }
  if (!hideMoves && f.status !== 'moved') {
    for (const m of describeMoves(f.citations.moved)) add(() => c.cyan(`> ${m}`));
  }
  if (!total && f.evidence && f.status !== 'moved') add(() => c.dim(`  ${formatPlace(f.evidence!)}  ${quoted(f.evidence!.text)}`));
  if (total > max) rows.push(c.dim(`… and ${total - max} more`));
  return rows.map((r) => `      ${r}`);
}

/** The diff as text: sections by kind, one headline per fact, its citations below. Empty when nothing differs. */
export function renderText(diff: SheetDiff, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const max = options.maxCitations ?? 5;
  const mark = { added: c.green('+'), removed: c.red('-'), changed: c.yellow('~'), moved: c.cyan('>') };
  const out: string[] = [];
  // Rows are appended one by one: spreading them as arguments (`push(...rows)`)
  // overflows the call stack at some 65,000 changed facts.
  const section = (title: string, rows: string[]) => {
    if (!rows.length) return;
    if (out.length) out.push('');
    out.push(c.bold(title));
    for (const row of rows) out.push(row);
  };

  section(
    'sheet',
    diff.meta.map((m) => `  ${mark.changed} ${formatChange(m)}`),
  );
  section(
    'sources',
    diff.sources.filter((s) => !s.info).map((s) => `  ${mark[s.status]} ${describeSource(s)}`),
  );
  for (const kind of ['entity', 'quote', 'number', 'date'] as const) {
    const rows: string[] = [];
    for (const f of diff.facts) {
      if (f.kind !== kind || f.info) continue;
      rows.push(`  ${mark[f.status]} ${describeFact(f)}`);
      for (const row of citationLines(f, c, !diff.failOnMoves, max)) rows.push(row);
    }
    section(SECTION[kind], rows);
  }
  section(
    'errors',
    diff.errors.map((e) => {
      const p = `${safeForTerminal(e.path)}: ${safeForTerminal(e.code)}`;
      if (e.status === 'changed') return `  ${mark.changed} ${p}: ${safeForTerminal(e.before ?? '')} → ${safeForTerminal(e.after ?? '')}`;
      return `  ${mark[e.status]} ${p}: ${safeForTerminal((e.after ?? e.before) as string)}`;
    }),
  );
  const note = infoNote(diff);
  if (note) {
    if (out.length) out.push('');
    out.push(c.dim(note));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The diff for machines: stable keys, two-space indent, final newline. */
export function renderJson(diff: SheetDiff, labels: { before: string; after: string }): string {
  const { different, failOnMoves, summary, meta, sources, facts, errors } = diff;
  return `${JSON.stringify({ before: labels.before, after: labels.after, different, failOnMoves, summary, meta, sources, facts, errors }, null, 2)}\n`;
}

// ---- GitHub Actions workflow commands --------------------------------------------

// Characters that must not reach a CI log raw although GitHub's own escaping
// lets them through: C0/C1 controls other than CR and LF (ESC starts terminal
// sequences), bidirectional marks, embeddings, overrides and isolates (they
// reorder what a reviewer sees), and the Unicode line and paragraph separators.
// They are shown as visible escapes: "\x1b", "\u{202e}".
const UNSAFE_IN_LOG = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function visible(s: string): string {
  return s.replace(UNSAFE_IN_LOG, (ch) => {
    const code = ch.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/**
 * A workflow command's message, escaped as GitHub's runner unescapes it
 * (% → %25, CR → %0D, LF → %0A), after terminal-unsafe characters are made
 * visible. "a\nb" → "a%0Ab"; "\u001b[31m" → "\\x1b[31m".
 */
export function escapeData(s: string): string {
  return visible(s).replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** A workflow command's property value: as escapeData, and also : → %3A, , → %2C. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function annotation(props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::error${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

/** How the evidence citation relates to the change: "now cited at", "no longer cited at"… */
export function evidenceVerb(f: FactDiff): string {
  if (f.status === 'added') return 'cited at';
  if (f.status === 'removed') return 'was cited at';
  if (f.status === 'moved') return 'now at';
  if (f.evidence && f.citations.added.includes(f.evidence)) return 'newly cited at';
  if (f.evidence && f.citations.removed.includes(f.evidence)) return 'no longer cited at';
  return 'at';
}

/**
 * One `::error` workflow command per difference, placed on the cited line, so
 * GitHub shows it in the pull request. At most `limit` (GitHub shows few per step).
 */
export function renderAnnotations(diff: SheetDiff, options: { title: string; limit?: number }): string {
  const limit = options.limit ?? 50;
  const rows: string[] = [];
  // Formatted up to the limit and only counted past it: 100,000 changed facts format 50 lines.
  let total = 0;
  const add = (format: () => string) => {
    if (total++ < limit) rows.push(format());
  };
  for (const m of diff.meta) add(() => annotation({ title: options.title }, formatChange(m)));
  for (const s of diff.sources) {
    if (s.info) continue;
    add(() => annotation({ file: s.status === 'removed' ? undefined : s.path, title: `${options.title}: source ${s.status}` }, describeSource(s)));
  }
  // Facts that only moved (they fail with --fail-on-moves): one annotation per file, not one per fact.
  const movedIn = new Map<string, number>();
  for (const f of diff.facts) {
    if (f.info || f.status !== 'moved') continue;
    const { moved, added, removed } = f.citations;
    const files = new Set([...moved.map((m) => m.to.path), ...added.map((c) => c.path), ...removed.map((c) => c.path)]);
    for (const file of files) movedIn.set(file, (movedIn.get(file) ?? 0) + 1);
  }
  for (const [file, n] of movedIn) {
    add(() =>
      annotation(
        { file, title: `${options.title}: facts moved` },
        `${plural(n, 'fact')} only moved in ${file} (text inserted or removed above them); this fails because of --fail-on-moves`,
      ),
    );
  }
  for (const f of diff.facts) {
    if (f.info || f.status === 'moved') continue;
    add(() => {
      const e = f.evidence;
      const where = e ? ` — ${evidenceVerb(f)} ${formatPlace(e)} ${quoted(e.text)}` : '';
      return annotation({ file: e?.path, line: e?.line, col: e?.column, title: `${options.title}: ${f.kind} ${f.status}` }, `${describeFact(f)}${where}`);
    });
  }
  for (const e of diff.errors) {
    add(() => annotation({ title: `${options.title}: error row ${e.status}` }, `${e.path}: ${e.code}: ${e.after ?? e.before}`));
  }
  if (total > limit) {
    // The last line says how many were left out, so the total stays at `limit` + 1.
    const rest = total - limit;
    rows.push(annotation({ title: options.title }, `… and ${rest} more differences (see the log)`));
  }
  return rows.length ? `${rows.join('\n')}\n` : '';
}
