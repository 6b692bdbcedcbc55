// The hand-written annotation format of the seed gold, and the one mechanical
// step between it and the gold JSON: finding where each annotated text is.
//
//   # comment
//   = T person:donald-trump          an alias for an entity key
//   @entities                        then one item per line, in document order:
//   Trump | T                          text | entity key (type = the key's prefix)
//   ?Soviet | place:soviet-union       a leading ? marks an optional (borderline) item
//   @quotes
//   very good, | T | described         text between the marks | speaker key or - | cue or -
//   Much of the ... on track. | T | wrote   "A ... B" = from A to the first B after it
//   @numbers
//   more than 170 | ~170 | firefighter text | value (~ = approximate) | unit or -
//   @dates
//   Tuesday night | 2025-03-18TNI      text | ISO value
//
// Items of one kind are listed in document order: each is the first occurrence
// of its text at or after the start of the previous item of that kind (+1),
// bounded by non-letters (quotes: by quotation marks). That is the "n-th
// occurrence" rule, without counting by hand.
import type { GoldDate, GoldEntity, GoldFile, GoldNumber, GoldQuote } from './gold.ts';

type Kind = 'entities' | 'quotes' | 'numbers' | 'dates';
const KINDS: Kind[] = ['entities', 'quotes', 'numbers', 'dates'];

export interface Annotation {
  kind: Kind;
  line: number;
  optional: boolean;
  text: string;
  fields: string[];
}

export function parseAnnotations(source: string): { aliases: Map<string, string>; items: Annotation[] } {
  const aliases = new Map<string, string>();
  const items: Annotation[] = [];
  let kind: Kind | null = null;
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('=')) {
      const [alias, key] = line.slice(1).trim().split(/\s+/u);
      if (!alias || !key) throw new Error(`line ${i + 1}: alias needs a name and a key`);
      aliases.set(alias, key);
      return;
    }
    if (line.startsWith('@')) {
      const k = line.slice(1) as Kind;
      if (!KINDS.includes(k)) throw new Error(`line ${i + 1}: unknown section ${line}`);
      kind = k;
      return;
    }
    if (!kind) throw new Error(`line ${i + 1}: item before any @section`);
    const optional = line.startsWith('?');
    const [text, ...fields] = (optional ? line.slice(1) : line).split(' | ').map((f) => f.trim());
    items.push({ kind, line: i + 1, optional, text, fields });
  });
  return { aliases, items };
}

const WORD = /[\p{L}\p{N}]/u;
const OPENING = new Set(['“', '"', '„']);
const CLOSING = new Set(['”', '"']);

function bounded(text: string, start: number, end: number, kind: Kind): boolean {
  if (kind === 'quotes') {
    let a = start - 1;
    while (a >= 0 && /\s/u.test(text[a])) a--;
    let b = end;
    while (b < text.length && /\s/u.test(text[b])) b++;
    return a >= 0 && OPENING.has(text[a]) && b < text.length && CLOSING.has(text[b]);
  }
  return !(start > 0 && WORD.test(text[start - 1])) && !(end < text.length && WORD.test(text[end]));
}

/** The first bounded occurrence of an annotated text at or after `from`: [start, end]. */
export function locate(text: string, annotated: string, from: number, kind: Kind): [number, number] | null {
  const parts = kind === 'quotes' ? annotated.split(' ... ') : [annotated];
  if (parts.length > 2) throw new Error(`"${annotated}": at most one " ... "`);
  for (let start = text.indexOf(parts[0], from); start >= 0; start = text.indexOf(parts[0], start + 1)) {
    let end = start + parts[0].length;
    if (parts.length === 2) {
      const tail = text.indexOf(parts[1], end);
      if (tail < 0) return null;
      end = tail + parts[1].length;
    }
    if (bounded(text, start, end, kind)) return [start, end];
  }
  return null;
}

const nullable = (f: string | undefined): string | null => (f === undefined || f === '-' || f === '' ? null : f);

export function buildGold(source: string, seedPath: string, seedText: string, refDate: string): GoldFile {
  const { aliases, items } = parseAnnotations(source);
  const key = (k: string): string => aliases.get(k) ?? k;
  const cursor: Record<Kind, number> = { entities: 0, quotes: 0, numbers: 0, dates: 0 };
  const gold: GoldFile = { source: seedPath, refDate, entities: [], quotes: [], numbers: [], dates: [] };
  const errors: string[] = [];
  for (const a of items) {
    const span = locate(seedText, a.text, cursor[a.kind], a.kind);
    if (!span) {
      errors.push(`line ${a.line}: ${a.kind} "${a.text}" not found after offset ${cursor[a.kind]}`);
      continue;
    }
    cursor[a.kind] = span[0] + 1;
    const base = { text: seedText.slice(span[0], span[1]), start: span[0], end: span[1], ...(a.optional ? { optional: true } : {}) };
    if (a.kind === 'entities') {
      const entity = key(a.fields[0] ?? '');
      const type = entity.split(':')[0];
      if (!['person', 'place', 'organization', 'other'].includes(type)) errors.push(`line ${a.line}: bad entity key "${entity}"`);
      gold.entities.push({ ...base, type: type as GoldEntity['type'], entity });
    } else if (a.kind === 'quotes') {
      const speaker = nullable(a.fields[0]);
      gold.quotes.push({ ...base, speaker: speaker === null ? null : key(speaker), cue: nullable(a.fields[1]) } satisfies GoldQuote);
    } else if (a.kind === 'numbers') {
      const v = a.fields[0] ?? '';
      const value = Number(v.replace(/^~/u, ''));
      if (!Number.isFinite(value) || v === '') errors.push(`line ${a.line}: bad number value "${v}"`);
      gold.numbers.push({ ...base, value, unit: nullable(a.fields[1]), approximate: v.startsWith('~') } satisfies GoldNumber);
    } else {
      const value = a.fields[0] ?? '';
      if (!/^\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}(-WE)?)?$|^(PAST|PRESENT|FUTURE)_REF$/u.test(value)) {
        errors.push(`line ${a.line}: bad date value "${value}"`);
      }
      gold.dates.push({ ...base, value } satisfies GoldDate);
    }
  }
  if (errors.length) throw new Error(errors.join('\n'));
  for (const k of KINDS) (gold[k] as { start: number }[]).sort((x, y) => x.start - y.start);
  return gold;
}

/**
 * Review aid, not annotation: places the annotator may have missed — other
 * occurrences of annotated names, weekday and month names, digits and number
 * words, quotation marks — that no gold item covers. The annotator reads each
 * and either adds an item or leaves it out on purpose.
 */
export function reviewWarnings(gold: GoldFile, text: string): string[] {
  const warnings: string[] = [];
  const covered = (items: { start: number; end: number }[], s: number, e: number) => items.some((i) => i.start <= s && e <= i.end);
  const ctx = (s: number, e: number) => `…${text.slice(Math.max(0, s - 30), s)}[${text.slice(s, e)}]${text.slice(e, e + 30)}…`.replace(/\n/gu, '⏎');
  const names = [...new Set(gold.entities.map((e) => e.text))];
  for (const name of names) {
    for (let s = text.indexOf(name); s >= 0; s = text.indexOf(name, s + 1)) {
      if (bounded(text, s, s + name.length, 'entities') && !covered(gold.entities, s, s + name.length)) warnings.push(`entity? ${ctx(s, s + name.length)}`);
    }
  }
  const scan = (re: RegExp, label: string, items: { start: number; end: number }[]) => {
    for (const m of text.matchAll(re)) {
      if (!covered(items, m.index!, m.index! + m[0].length)) warnings.push(`${label}? ${ctx(m.index!, m.index! + m[0].length)}`);
    }
  };
  scan(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Sept?\.|Oct\.|Nov\.|Dec\.|yesterday|today|tomorrow|tonight|night|morning|week|month|year)\b/gu, 'date', gold.dates);
  scan(/\d+(?:[.,:]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions)\b/giu, 'number', [...gold.numbers, ...gold.dates]);
  scan(/[“"„]/gu, 'quote', gold.quotes.map((q) => ({ start: q.start - 2, end: q.end })));
  return warnings;
}
