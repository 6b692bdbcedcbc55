// The human view of a sheet on a terminal: counts, then a few of each kind of
// fact (entities, quotes, numbers, dates), each with where it comes from
// (`path:line`), every line fitted to the terminal's width.
//
// Document text is untrusted: control characters, escape sequences and
// bidirectional controls are made visible, never sent to the terminal raw.
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Sheet } from '../sheet/schema.ts';
import { safeForTerminal } from './terminal-text.ts';

export { safeForTerminal };

const TOP = { entities: 8, quotes: 6, numbers: 6, dates: 6 } as const;
/** Used when the terminal does not say how wide it is (stdout.columns is undefined or 0). */
export const DEFAULT_WIDTH = 80;
/** A shrinkable part (a name, a quote) keeps at least this many columns before the line itself is cut. */
const MIN_BODY = 12;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Cuts text to at most `columns` terminal columns, ending in "…" when cut, and never inside a
 * grapheme cluster (an emoji with its joiners and modifiers, a letter with its accents).
 * Widths are terminal columns (East Asian wide characters and emoji take two).
 */
export function truncateToWidth(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  if (columns <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > columns - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** One piece of a line: plain (already escaped) text, its style, and whether it may shrink. */
interface Part {
  text: string;
  style?: (s: string) => string;
  shrink?: boolean;
}

/**
 * Fits a line to `width` columns: first the shrinkable parts give up columns (down to
 * MIN_BODY), then the line is cut at the end. Styles apply after cutting, so a cut never
 * falls inside a colour code.
 */
function fit(parts: Part[], width: number): string {
  const total = () => parts.reduce((n, p) => n + stringWidth(p.text), 0);
  // The last shrinkable part gives first: a quote before its speaker, a citation's text before the number.
  for (const p of [...parts].reverse()) {
    const excess = total() - width;
    if (excess <= 0) break;
    if (p.shrink) p.text = truncateToWidth(p.text, Math.max(MIN_BODY, stringWidth(p.text) - excess));
  }
  let room = width;
  const out: string[] = [];
  for (const p of parts) {
    if (room <= 0) break;
    const text = truncateToWidth(p.text, room);
    room -= stringWidth(text);
    out.push(p.style ? p.style(text) : text);
    if (text !== p.text) break;
  }
  return out.join('');
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

interface Cited {
  path: string;
  line: number;
}

/** " · 3 sources · path:line": distinct source files (not citations), and the first citation. */
function whereFrom(citations: readonly Cited[], times = true): string {
  const sources = new Set(citations.map((c) => c.path)).size;
  const first = citations[0];
  const counts = [times && citations.length > 1 ? `×${citations.length}` : '', sources > 1 ? plural(sources, 'source') : '']
    .filter(Boolean)
    .join(' ');
  return `${counts ? `  ${counts}` : ''}  ${first ? `${safeForTerminal(first.path)}:${first.line}` : ''}`;
}

function heading(c: ChalkInstance, title: string, shown: number, total: number, how: string): Part {
  return { text: total > shown ? `${title} (${shown} ${how} of ${total})` : title, style: c.bold };
}

/** Most cited first (distinct sources, then citations), then the sheet's own order: deterministic. */
function mostCited<T>(items: readonly T[], cites: (t: T) => readonly Cited[], top: number): T[] {
  const key = (t: T) => [new Set(cites(t).map((c) => c.path)).size, cites(t).length];
  return items
    .map((t, i) => ({ t, i, k: key(t) }))
    .sort((a, b) => b.k[0] - a.k[0] || b.k[1] - a.k[1] || a.i - b.i)
    .slice(0, top)
    .map((x) => x.t);
}

/** "1000…000 (310 digits)": a number too long to read whole is shown by its ends and length. */
function showNumber(exact: string): string {
  return exact.length > 24 ? `${exact.slice(0, 6)}…${exact.slice(-3)} (${exact.length} digits)` : exact;
}

/**
 * The terminal summary of a sheet, one string ending in a newline. `width` is the terminal's
 * width in columns (DEFAULT_WIDTH when not given); no line is wider. `color` adds SGR codes only.
 */
export function renderSummary(sheet: Sheet, options: { color: boolean; width?: number }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(20, options.width || DEFAULT_WIDTH);
  const names = new Map(sheet.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  const line = (...parts: Part[]) => lines.push(fit(parts, width));

  const unresolved = sheet.dates.filter((d) => d.value === null).length;
  const counts =
    `${plural(sheet.sources.length, 'source')} · ${plural(sheet.entities.length, 'entity', 'entities')} · ` +
    `${plural(sheet.quotes.length, 'quote')} · ${plural(sheet.numbers.length, 'number')} · ${plural(sheet.dates.length, 'date')}`;
  line({ text: counts, style: c.bold }, ...(sheet.errors.length ? [{ text: ` · ${plural(sheet.errors.length, 'error')}`, style: c.red }] : []));
  if (sheet.refDate) line({ text: `Reference date ${sheet.refDate}`, style: c.dim });
  if (unresolved) {
    // "Wednesday" needs a day to count from: say which flag gives it.
    const why = sheet.refDate ? 'they need a date of their own' : 'pass --ref-date YYYY-MM-DD to resolve them';
    line({ text: `${plural(unresolved, 'date')} unresolved: ${why}`, style: c.yellow });
  }

  const entities = [...sheet.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, TOP.entities);
  if (entities.length) {
    lines.push('');
    line(heading(c, 'Entities', entities.length, sheet.entities.length, 'most mentioned'));
    for (const e of entities) {
      const aliases = e.aliases.length ? ` (also ${e.aliases.map(safeForTerminal).join(', ')})` : '';
      line(
        { text: `  ${e.type.padEnd(12)} `, style: c.cyan },
        { text: `${safeForTerminal(e.name)}${aliases}`, shrink: true },
        { text: whereFrom(e.mentions), style: c.dim },
      );
    }
  }

  const quotes = mostCited(sheet.quotes, (q) => q.citations, TOP.quotes);
  if (quotes.length) {
    lines.push('');
    line(heading(c, 'Quotes', quotes.length, sheet.quotes.length, 'most cited'));
    for (const q of quotes) {
      const who = q.speaker ? safeForTerminal(names.get(q.speaker) ?? q.speaker) : 'unattributed';
      line(
        { text: `  ${who}`, style: q.speaker ? c.green : c.dim, shrink: true },
        { text: ': ' },
        { text: `“${safeForTerminal(q.text)}”`, shrink: true },
        { text: whereFrom(q.citations, false), style: c.dim },
      );
    }
  }

  const numbers = mostCited(sheet.numbers, (n) => n.citations, TOP.numbers);
  if (numbers.length) {
    lines.push('');
    line(heading(c, 'Numbers', numbers.length, sheet.numbers.length, 'most cited'));
    for (const n of numbers) {
      line(
        { text: `  ${n.approximate ? '~' : ''}${showNumber(n.exact)}${n.unit ? ` ${safeForTerminal(n.unit)}` : ''}`, shrink: true },
        { text: `  “${safeForTerminal(n.citations[0]?.text ?? '')}”`, style: c.dim, shrink: true },
        { text: whereFrom(n.citations), style: c.dim },
      );
    }
  }

  const dates = mostCited(sheet.dates, (d) => d.citations, TOP.dates);
  if (dates.length) {
    lines.push('');
    line(heading(c, 'Dates', dates.length, sheet.dates.length, 'most cited'));
    for (const d of dates) {
      line(
        { text: `  ${d.value ?? `${safeForTerminal(d.timex)} (unresolved)`}`, style: d.value ? undefined : c.yellow },
        { text: `  “${safeForTerminal(d.citations[0]?.text ?? '')}”`, style: c.dim, shrink: true },
        { text: whereFrom(d.citations), style: c.dim },
      );
    }
  }

  if (sheet.errors.length) {
    lines.push('');
    line({ text: 'Not read', style: c.bold.red });
    for (const e of sheet.errors) line({ text: `  ${safeForTerminal(e.path)}: ${e.code}: ${safeForTerminal(e.message)}`, shrink: true });
  }
  lines.push('');
  line({ text: 'Full sheet: --json, or -o FILE', style: c.dim });
  return lines.join('\n') + '\n';
}
