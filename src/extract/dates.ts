// Temporal expressions → TIMEX3-style values. An ordered list of parsers,
// each a pattern and a function that returns a timex or declines; overlaps are
// settled longest-first, then adjacent date + time pairs are merged.
//
// Unresolved timexes use TIMEX3's X for unknown digits ("XXXX-02-28",
// "XXXX-WXX-3") and, for expressions relative to the reference date, a
// documented REF form: "REF-1D" (yesterday), "REF+0W" (this week),
// "REF-1M" (last month), "REF-3Y" (three years ago).
import type { DateCandidate, Span } from '../types.ts';
import { NUMBER_WORDS_SOURCE, parseNumberWords } from './number-words.ts';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

// Full month names, or AP-style abbreviations with their dot ("Feb.", "Sept."):
// bare "Mar"/"Jan" are too often other words. "May" is matched with a day or year only.
const MONTH_FULL = '(January|February|March|April|June|July|August|September|October|November|December)';
const MONTH_ANY = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART = '(morning|afternoon|evening|night|overnight)';
const DAY = '([12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(1[6-9][0-9]{2}|20[0-9]{2})';
const UNIT = '(day|week|month|year|weekend)';
const NUMBER = `(\\d+|${NUMBER_WORDS_SOURCE})`;

/** What a parser returns: a timex and where the value's reference point comes from. */
interface Parsed {
  timex: string;
  /** Which direction to resolve in when the expression leaves it open. */
  direction?: 'past' | 'future' | 'nearest';
}

interface DateParser {
  name: string;
  pattern: RegExp;
  parse(m: RegExpExecArray): Parsed | null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const monthOf = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/u, '')];

function relative(modifier: string, unit: string): Parsed {
  const mod = modifier.toLowerCase();
  const offset = mod === 'last' || mod === 'past' || mod === 'previous' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
  const u = unit.toLowerCase();
  if (u === 'weekend') return { timex: `REF${offset < 0 ? '-' : '+'}${Math.abs(offset)}W-WE` };
  const letter = u === 'day' ? 'D' : u === 'week' ? 'W' : u === 'month' ? 'M' : 'Y';
  return { timex: `REF${offset < 0 ? '-' : '+'}${Math.abs(offset)}${letter}` };
}

// Order matters only for readability: overlaps are resolved longest-first afterwards.
const PARSERS: DateParser[] = [
  {
    // "2025-03-19", "2025-03-19T14:05"
    name: 'iso',
    pattern: /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d))?\b/gu,
    parse: (m) => ({ timex: `${m[1]}-${m[2]}-${m[3]}${m[4] ? `T${m[4]}:${m[5]}` : ''}` }),
  },
  {
    // "3/19/2025": US order, as in American news.
    name: 'slashed',
    pattern: /\b(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(\d{4})\b/gu,
    parse: (m) => ({ timex: `${m[3]}-${pad(+m[1])}-${pad(+m[2])}` }),
  },
  {
    // "Feb. 28", "March 11, 2025", "Wednesday, March 19, 2025"
    name: 'month-day',
    pattern: new RegExp(`(?:${WEEKDAY},?\\s+)?\\b${MONTH_ANY}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])\\b`, 'gu'),
    parse: (m) => ({ timex: `${m[4] ?? 'XXXX'}-${pad(monthOf(m[2]))}-${pad(+m[3])}` }),
  },
  {
    // "28 February 2025", "the 5th of May"
    name: 'day-month',
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_ANY}\\b(?:,?\\s+${YEAR}\\b)?`, 'gu'),
    parse: (m) => ({ timex: `${m[3] ?? 'XXXX'}-${pad(monthOf(m[2]))}-${pad(+m[1])}` }),
  },
  {
    // "February 2022", "May 2024"
    name: 'month-year',
    pattern: new RegExp(`\\b${MONTH_ANY},?\\s+${YEAR}\\b`, 'gu'),
    parse: (m) => ({ timex: `${m[2]}-${pad(monthOf(m[1]))}` }),
  },
  {
    // "in February", "late March" (not "May", a verb far more often than a month)
    name: 'month',
    pattern: new RegExp(`\\b${MONTH_FULL}\\b`, 'gu'),
    parse: (m) => ({ timex: `XXXX-${pad(monthOf(m[1]))}` }),
  },
  {
    // "last month", "this week", "next year", "the past week", "earlier this month"
    name: 'relative-unit',
    pattern: new RegExp(`\\b(last|this|next|past|previous|coming)\\s+${UNIT}\\b`, 'giu'),
    parse: (m) => relative(m[1], m[2]),
  },
  {
    // "three years ago", "2 weeks ago"
    name: 'ago',
    pattern: new RegExp(`\\b${NUMBER}\\s+(day|week|month|year)s?\\s+ago\\b`, 'giu'),
    parse: (m) => {
      const n = /^\d+$/u.test(m[1]) ? Number(m[1]) : parseNumberWords(m[1]);
      if (n === null || n > 10000) return null;
      const letter = m[2].toLowerCase()[0].toUpperCase();
      return { timex: `REF-${n}${letter}` };
    },
  },
  {
    // "yesterday", "today", "tomorrow", "tonight"
    name: 'deictic',
    pattern: /\b(yesterday|today|tomorrow|tonight)\b/giu,
    parse: (m) => {
      const w = m[1].toLowerCase();
      if (w === 'yesterday') return { timex: 'REF-1D' };
      if (w === 'tomorrow') return { timex: 'REF+1D' };
      if (w === 'tonight') return { timex: 'REF+0DTNI' };
      return { timex: 'REF+0D' };
    },
  },
  {
    // "this morning", "last night"
    name: 'deictic-part',
    pattern: new RegExp(`\\b(this|last)\\s+${PART}\\b`, 'giu'),
    parse: (m) => ({ timex: `REF${m[1].toLowerCase() === 'last' && m[2].toLowerCase() === 'night' ? '-1D' : '+0D'}T${PARTS_OF_DAY[m[2].toLowerCase()]}` }),
  },
  {
    // "Wednesday", "Tuesday night", "last Friday", "next Monday"
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(last|next|this|coming|past)\\s+)?${WEEKDAY}(?:\\s+${PART})?\\b`, 'giu'),
    parse: (m) => {
      if (!/^[A-Z]/u.test(m[2])) return null;
      const mod = m[1]?.toLowerCase();
      const part = m[3] ? `T${PARTS_OF_DAY[m[3].toLowerCase()]}` : '';
      const direction = mod === 'next' || mod === 'coming' ? 'future' : mod === 'this' ? 'nearest' : 'past';
      return { timex: `XXXX-WXX-${WEEKDAYS[m[2].toLowerCase()]}${part}`, direction };
    },
  },
  {
    // "the second quarter", "Q3 2024"
    name: 'quarter',
    pattern: new RegExp(`\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|Q([1-4]))(?:\\s+(?:of\\s+)?${YEAR})?\\b`, 'giu'),
    parse: (m) => {
      const q = m[2] ?? String(['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase()) + 1 || m[1][0]);
      return { timex: `${m[3] ?? 'XXXX'}-Q${q}` };
    },
  },
  {
    // "summer 2024", "last winter"
    name: 'season',
    pattern: new RegExp(`\\b(?:(last|this|next)\\s+(spring|summer|fall|autumn|winter)|(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?${YEAR})\\b`, 'giu'),
    parse: (m) => {
      if (m[1]) {
        const offset = m[1].toLowerCase() === 'last' ? '-1' : m[1].toLowerCase() === 'next' ? '+1' : '+0';
        return { timex: `REF${offset}Y-${SEASONS[m[2].toLowerCase()]}` };
      }
      return { timex: `${m[4]}-${SEASONS[m[3].toLowerCase()]}` };
    },
  },
  {
    // "the 1990s"
    name: 'decade',
    pattern: /\b(1[6-9]\d|20\d)0s\b/gu,
    parse: (m) => ({ timex: m[1] }),
  },
  {
    // "in 2022", "the 2024 election"; not "2000 troops" (a count) nor "2,024"
    name: 'year',
    pattern: new RegExp(`(?<![\\d,.$€£-])\\b${YEAR}\\b(?![,.]\\d)(?!\\s+[a-z]+s\\b)(?!-\\w)`, 'gu'),
    parse: (m) => ({ timex: m[1] }),
  },
  {
    // "8:50 p.m.", "10 a.m.", "noon", "14:30"
    name: 'time',
    pattern: /\b(?:(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?m\.?(?![a-z])|([01]?\d|2[0-3]):([0-5]\d)(?!\d)|(noon|midnight))/giu,
    parse: (m) => {
      if (m[6]) return { timex: `XXXX-XX-XXT${m[6].toLowerCase() === 'noon' ? '12:00' : '24:00'}` };
      if (m[4]) return { timex: `XXXX-XX-XXT${pad(+m[4])}:${m[5]}` };
      let hour = Number(m[1]);
      if (hour < 1 || hour > 12) return null;
      if (m[3].toLowerCase() === 'p' && hour !== 12) hour += 12;
      if (m[3].toLowerCase() === 'a' && hour === 12) hour = 0;
      return { timex: `XXXX-XX-XXT${pad(hour)}:${m[2] ?? '00'}` };
    },
  },
];

interface Found extends Span {
  timex: string;
  direction: 'past' | 'future' | 'nearest';
}

export function extractDates(text: string, refDate: string | null): DateCandidate[] {
  const found: Found[] = [];
  for (const parser of PARSERS) {
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
      const parsed = parser.parse(m);
      if (parsed) found.push({ start: m.index, end: m.index + m[0].length, timex: parsed.timex, direction: parsed.direction ?? 'nearest' });
    }
  }
  const kept = mergeDateAndTime(text, longestFirst(found));
  return kept.map((f) => ({
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    timex: f.timex,
    value: resolveTimex(f.timex, refDate, f.direction),
  }));
}

/** Keeps the longest of overlapping matches; ties go to the earlier start. */
function longestFirst<T extends Span>(found: T[]): T[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const f of byLength) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// "Feb. 28 at 8:50 p.m.", "Tuesday at 9 a.m.", "8:50 p.m. on Tuesday": one expression.
const DATE_TIME_GLUE = /^,?\s+(?:at|around|about|by|on|,)?\s*$/u;

function mergeDateAndTime(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && DATE_TIME_GLUE.test(text.slice(prev.end, f.start)) && f.start - prev.end <= 8) {
      const combined = combineTimex(prev.timex, f.timex);
      if (combined) {
        out[out.length - 1] = { start: prev.start, end: f.end, timex: combined, direction: prev.direction };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

function combineTimex(a: string, b: string): string | null {
  const isTime = (t: string) => t.startsWith('XXXX-XX-XXT');
  const isDay = (t: string) => /^(\d{4}|XXXX)-(\d\d-\d\d|WXX-\d)$/u.test(t);
  if (isDay(a) && isTime(b)) return a + b.slice(10);
  if (isTime(a) && isDay(b)) return b + a.slice(10);
  return null;
}

// ---- resolution against a reference date ----------------------------------

const DAY_MS = 86_400_000;

function parseIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dayNum = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dayNum);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * The ISO value of a timex at its own granularity, or null when it cannot be
 * known. Absolute timexes need no reference date; partial and relative ones do.
 * Open directions lean to the past, as news reports mostly do: a weekday means
 * the latest such day on or before the reference; a month or day without a year
 * means the nearest one, with a future date counted twice as far away.
 */
export function resolveTimex(timex: string, refDate: string | null, direction: 'past' | 'future' | 'nearest' = 'nearest'): string | null {
  if (!/X|REF/u.test(timex)) return timex;
  if (!refDate) return null;
  const ref = parseIsoDate(refDate);
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;

  const rel = /^REF([+-])(\d+)([DWMY])(?:-(WE|SP|SU|FA|WI))?(?:T(MO|AF|EV|NI))?$/u.exec(timex);
  if (rel) {
    const n = Number(rel[2]) * (rel[1] === '-' ? -1 : 1);
    const suffix = rel[5] ? `T${rel[5]}` : '';
    switch (rel[3]) {
      case 'D':
        return isoDay(new Date(ref.getTime() + n * DAY_MS)) + suffix;
      case 'W':
        return isoWeek(new Date(ref.getTime() + n * 7 * DAY_MS)) + (rel[4] === 'WE' ? '-WE' : '');
      case 'M': {
        const [y, m] = addMonths(refYear, refMonth, n);
        return `${y}-${pad(m)}`;
      }
      default:
        return `${refYear + n}${rel[4] ? `-${rel[4]}` : ''}`;
    }
  }

  const weekday = /^XXXX-WXX-(\d)(T.*)?$/u.exec(timex);
  if (weekday) {
    const target = Number(weekday[1]);
    const refDay = ref.getUTCDay() || 7;
    let delta = target - refDay;
    if (direction === 'past' && delta > 0) delta -= 7;
    if (direction === 'future' && delta <= 0) delta += 7;
    if (direction === 'nearest') delta = delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta;
    return isoDay(new Date(ref.getTime() + delta * DAY_MS)) + (weekday[2] ?? '');
  }

  const partial = /^XXXX-(\d\d)(?:-(\d\d))?(T.*)?$/u.exec(timex);
  if (partial) {
    const month = Number(partial[1]);
    const day = partial[2] ? Number(partial[2]) : null;
    const year = nearestYear(ref, month, day ?? 1, day === null, direction);
    return `${year}-${partial[1]}${partial[2] ? `-${partial[2]}` : ''}${partial[3] ?? ''}`;
  }

  const quarter = /^XXXX-Q([1-4])$/u.exec(timex);
  if (quarter) {
    const refQuarter = Math.ceil(refMonth / 3);
    return `${Number(quarter[1]) > refQuarter ? refYear - 1 : refYear}-Q${quarter[1]}`;
  }

  const time = /^XXXX-XX-XX(T.*)$/u.exec(timex);
  if (time) return isoDay(ref) + time[1];
  return null;
}

function nearestYear(ref: Date, month: number, day: number, wholeMonth: boolean, direction: string): number {
  const refYear = ref.getUTCFullYear();
  let best = refYear;
  let bestCost = Infinity;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const start = Date.UTC(year, month - 1, day);
    const end = wholeMonth ? Date.UTC(year, month, 1) - DAY_MS : start;
    const refTime = ref.getTime();
    // Distance to the nearest edge: "in March" written in March is this March.
    const distance = refTime < start ? start - refTime : refTime > end ? refTime - end : 0;
    const future = refTime < start;
    if (direction === 'past' && future) continue;
    const cost = future && direction !== 'future' ? distance * 2 : distance;
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}
