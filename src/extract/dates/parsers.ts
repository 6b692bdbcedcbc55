// The date parsers: each a pattern anchored on a distinctive word or digit
// shape, and a function that turns a match into a timex or declines it.
// Patterns use bounded repetition only, so every one runs in linear time.
import { isSentenceStart } from '../../segment/index.ts';
import { NUMBER_WORDS_SOURCE, ordinalValue, parseNumberWords } from '../number-words.ts';
import { documentCountry } from '../numbers/locale.ts';
import { CURRENCY_WORDS, ISO_CURRENCY_NAMES } from '../numbers/units.ts';
import { movableFeast, pad } from './resolve.ts';
import type { DateParser, Direction } from './types.ts';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};
const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
// A clause that looks ahead to one season: "will open in spring", "is due in autumn", "plans to … in summer".
const GENERIC_SEASON_FUTURE = /\b(?:will|won['’]t|shall|would|['’]ll|due|set[ \t]+to|expected|scheduled|planned|plans?|planning|intends?|hopes?|aims?|until|by)\b/iu;
// (Verbs of saying are the report's tense, not the season's: "…in summer," she added.)
const SIMPLE_PAST = /\b(?:was|were|had|did|(?!(?:added|stated|noted|claimed|warned|explained|insisted|argued|reported|announced|confirmed|replied|tweeted|posted|wrote|told)\b)\p{Ll}{3,}ed|rose|fell|grew|began|came|went|took|made|saw|won|lost|paid|sold|met|left|gave|held|brought|bought|built|hit|struck|sent|led|ran|became|broke|drew|kept)\b/u;
/** The text of the sentence after offset (to its end, at most 150 characters). */
function clauseAfter(text: string, offset: number): string {
  const after = text.slice(offset, offset + 150);
  const end = after.search(/[.!?](?:["”’']?\s|$)|\n/u);
  return end >= 0 ? after.slice(0, end) : after;
}
/** The text of the sentence before offset (back to its start, at most 150 characters). */
function clauseBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 150), offset);
  return before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’']?[ \t]+[^.!?]*$/u)) + 1);
}
const ORDINAL_NUMBERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** Capitalized and upper-case forms: month and day names are proper nouns in English. */
const cased = (words: string[]): string => words.flatMap((w) => [w, w.toUpperCase()]).join('|');

const S = '[ \\t\\u00a0]+';
const OS = '[ \\t\\u00a0]*';
const MONTH_FULL = cased(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const MONTH_ABBR = cased(['Sept', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
/** A month name or abbreviation, with or without the abbreviation's dot: for use next to a day or year. */
const MONTH = `(${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
const WEEKDAY_FULL = cased(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const WEEKDAY_ABBR = cased(['Tues', 'Thurs', 'Thur', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
const DAY = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.:,]\\d)';
const YEAR4 = '(1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}])';
/** A year next to a month or day: four digits, or two after an apostrophe ("May '87"). */
const YEAR = '(1[5-9]\\d\\d|20\\d\\d|[\'’]\\d\\d)(?![\\p{L}\\p{N}])';
const PART = '(morning|afternoon|evening|night|overnight)';
const ORDINAL_DAY_WORDS =
  '(?:thirty[- ]first|thirtieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)';
// A bounded run of number words ("three", "twenty-two"), no "and" chains: for "three years ago".
const COUNT = `(\\d{1,4}|an?|${NUMBER_WORDS_SOURCE})`;

const monthOf = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/u, '')];
const weekdayOf = (word: string): number => WEEKDAYS[word.toLowerCase().replace(/\.$/u, '')];

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= days;
}

/** "1987" → "1987"; "'87" → "1987", "'11" → "2011" (two-digit years up to '30 are this century). */
function fullYear(year: string | undefined | null): string | undefined {
  if (!year) return undefined;
  if (/^\d{4}$/u.test(year)) return year;
  const yy = Number(year.slice(1));
  return String(yy <= 30 ? 2000 + yy : 1900 + yy);
}

function dayTimex(year: string | undefined | null, month: number, day: number): string | null {
  const y = fullYear(year);
  if (!validDay(y ? Number(y) : null, month, day)) return null;
  return `${y ?? 'XXXX'}-${pad(month)}-${pad(day)}`;
}

function count(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  if (/^an?$/iu.test(word)) return 1;
  return parseNumberWords(word);
}

/** Offset of a relative expression: last/past/previous → -1, this/current → 0, next/coming → +1. */
function offsetOf(modifier: string): number | null {
  const m = modifier.toLowerCase().replace(/^the\s+/u, '');
  if (m === 'last' || m === 'past' || m === 'previous') return -1;
  if (m === 'this' || m === 'current') return 0;
  if (m === 'next' || m === 'coming') return 1;
  return null;
}

const signed = (n: number): string => `${n < 0 ? '-' : '+'}${Math.abs(n)}`;
const UNIT_LETTER: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', quarter: 'Q', decade: 'E', century: 'C' };

// Temporal prepositions and modifiers that make a bare four-digit number a year.
const YEAR_CONTEXT = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|of|during|before|after|through|throughout|to|between|and|or|circa|c\.|year|years|fiscal|early|late|mid|the|end|start|beginning|around|about|spring|summer|autumn|fall|winter|FY|AD|BC|for|on|than|as)[ \t\u00a0-]*$/iu;
const TIME_ZONES: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00',
  MDT: '-06:00', PST: '-08:00', PDT: '-07:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00',
  EEST: '+03:00', MSK: '+03:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00', WIB: '+07:00',
  // Ambiguous across daylight saving or countries: kept in the text, no offset.
  ET: '', PT: '', CT: '', MT: '', IST: '',
};
// A line holding only a month (its name, abbreviation or "May") and figures: "Feb 4,112", "May 42 38",
// "April 61.2%". Group 1 is the month, group 2 the first figure.
const FIGURE = '[-+]?\\d[\\d,]*(?:\\.\\d+)?%?';
const MONTH_ROW = new RegExp(`^[ \\t]*(${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)[ \\t]+(${FIGURE})(?:[ \\t]+${FIGURE})*[ \\t]*\\r?$`, 'u');
// A table's row is short: a line is looked for only this far (code points) either side, so a
// long line costs no scan to its ends ("May 5, May 5, …" on one line stays linear).
const ROW_REACH = 120;

/** The line opening at `start` when it ends within ROW_REACH code points, else null. */
function shortLine(text: string, start: number): string | null {
  const line = text.slice(start, start + ROW_REACH + 1);
  const end = line.indexOf('\n');
  if (end >= 0) return line.slice(0, end);
  return start + line.length >= text.length ? line : null;
}

/** Where the line holding code point `at` opens, when within ROW_REACH code points before it, else -1. */
function lineStart(text: string, at: number): number {
  const from = Math.max(0, at - ROW_REACH);
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl >= 0) return from + nl + 1;
  return from === 0 ? 0 : -1;
}

/**
 * Whether the line holding code point `at` is a row of a table of months and figures: it and the
 * line right before or after it each hold only a month and figures ("Rainfall (mm): ⏎ April 30 ⏎
 * May 42"; "Palm oil (ringgit a tonne): ⏎ Feb 4,112 ⏎ March 4,095"). Not a list of days: the two
 * rows name two months, and one of them opens on a figure no day of a month can be ("Nov 14 212 ⏎
 * Nov 15 198" and "April 30 ⏎ May 7" are days).
 */
export function inMonthTable(text: string, at: number): boolean {
  const start = lineStart(text, at);
  const line = start < 0 ? null : shortLine(text, start);
  const row = line === null ? null : MONTH_ROW.exec(line);
  if (line === null || !row) return false;
  const before = start > 0 ? lineStart(text, start - 1) : -1;
  const previous = before >= 0 ? shortLine(text, before) : null;
  const next = start + line.length < text.length ? shortLine(text, start + line.length + 1) : null;
  const monthly = (other: string | null) => {
    const cells = other === null ? null : MONTH_ROW.exec(other);
    return !!cells && monthOf(cells[1]) !== monthOf(row[1]) && (!isDayFigure(row[2]) || !isDayFigure(cells[2]));
  };
  return monthly(previous) || monthly(next);
}

/** "14", "7": a figure that could be a day of a month (a whole number 1–31, no sign, comma or %). */
const isDayFigure = (figure: string): boolean => /^\d{1,2}$/u.test(figure) && Number(figure) >= 1 && Number(figure) <= 31;

/**
 * The 24-hour clock hour (0–24) of an hour 1–12 told with the part of a day it falls in ("six this
 * morning" 6, "eleven tonight" 23): morning hours before noon, afternoon ones after; evening and
 * night ones only 5–11, after noon ("two tonight" may be either side of midnight: null), and twelve
 * at night the midnight that ends it, 24 ("the bus leaves at 12.15 tonight": 00:15 the next day).
 */
export function hourOfPart(hour: number, part: string): number | null {
  if (part === 'morning') return hour === 12 ? 0 : hour;
  if (part === 'afternoon') return hour === 12 ? 12 : hour + 12;
  if (part === 'night' && hour === 12) return 24;
  return hour >= 5 && hour <= 11 ? hour + 12 : null;
}

/** An hour of the clock in figures or words, 1–12 (one group). */
const HOUR_WORD = '(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

// "traded at", "stood at", "rose to": a verb by which a price or a level reaches its figure.
const PRICE_REACHED = /\b(?:trad(?:ed|es|ing)|st(?:ood|ands?)|quoted|priced|fixed|settled|rose|fell|climbed|dropped|slipped|jumped|ended)[ \t]+(?:at|to)[ \t]+$/iu;

// Nouns of what markets quote as a level, which a dotted figure after them gives ("the yield eased to
// 4.15", "the share price went from 2.10 to 2.45"); with every currency's English noun.
const QUOTED_LEVELS = new Set(['price', 'prices', 'rate', 'rates', 'yield', 'yields', 'index', 'share', 'shares', 'stock', 'stocks', 'bond', 'bonds', 'currency', 'futures', 'exchange']);

/** The sentence before code point `at` is about a price, a rate, an index or a currency ("The ringgit opened at"). */
function aboutALevel(text: string, at: number): boolean {
  // (Within 160 code points: a sentence's subject is that near, and a long text costs no scan back.)
  const window = text.slice(Math.max(0, at - 160), at);
  const clause = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n')) + 1);
  return (clause.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => QUOTED_LEVELS.has(w) || w in CURRENCY_WORDS || ISO_CURRENCY_NAMES.has(w) || (w.endsWith('s') && (w.slice(0, -1) in CURRENCY_WORDS || ISO_CURRENCY_NAMES.has(w.slice(0, -1)))));
}

const TZ = `(?:${OS}\\(?(UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|JST|KST|AEST|AEDT|WIB|ET|PT|CT|MT|IST|Z)(?:${OS}([+-])${OS}(\\d{1,2})(?::?(\\d\\d))?)?\\)?(?![\\p{L}\\p{N}]))?`;

function zone(name: string | undefined, sign: string | undefined, hours: string | undefined, minutes: string | undefined): string {
  if (!name) return '';
  if (sign && (name === 'UTC' || name === 'GMT')) return `${sign}${pad(Number(hours))}:${minutes ?? '00'}`;
  return TIME_ZONES[name] ?? '';
}

// "Remembrance Sunday falls on November 8", "Palm Sunday", "Ash Wednesday", "Super Tuesday": a
// holiday named by a weekday is its own day (the feasts the rules compute are the feast parser's),
// not the next or last such weekday. The first words of the English names of holidays that fall on
// a weekday (Wiktionary, "Category:en:Christian observances" and "Category:en:Holidays"), but those
// of the days around Thanksgiving: "Black Friday", said in November, is mostly the coming Friday.
const HOLIDAY_OF_WEEKDAY = /\b(?:Remembrance|Palm|Ash|Maundy|Whit|Trinity|Mothering|Shrove|Pancake|Super)[ \t]+$/u;

/**
 * A weekday that is part of a name: "The Sunday Ledger", "the Sunday Times" (after "the", before
 * a capitalized word that is no date word), "Friday & May Partners" (before an ampersand).
 */
function weekdayInName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (/^[ \t]*&/u.test(after)) return true;
  if (HOLIDAY_OF_WEEKDAY.test(text.slice(Math.max(0, start - 12), start))) return true;
  const before = text.slice(Math.max(0, start - 4), start);
  if (/The[ \t]$/u.test(before) && !isSentenceStart(text, start - 4)) return true;
  const next = /^[ \t]+(\p{Lu}[\p{L}'’]*)/u.exec(after);
  return /\bthe[ \t]$/iu.test(before) && !!next && !DATE_WORD.test(next[1]);
}
const DATE_WORD = new RegExp(`^(?:${MONTH_FULL}|${MONTH_ABBR}|${WEEKDAY_FULL}|Morning|Afternoon|Evening|Night)$`, 'u');

// Words of a match report, and of a company's or an economy's figures.
const GAME_WORDS = /\b(?:scored|scores|goals?|tries|touchdowns?|rebounds|baskets?|innings|wickets?|overtime|half-time|halftime|full-time|quarter-time|semi-final|final[ \t]+(?:score|whistle|siren|buzzer)|penalt(?:y|ies)|coach|season|ladder|points[ \t]+to)\b/giu;
const FIGURE_WORDS = /\b(?:profits?|revenues?|earnings|sales|fiscal|financial|shares|economy|GDP|output|quarterly|analysts?|dividend|results|growth|inflation)\b/giu;
let lastText: string | null = null;
let lastIsMatch = false;

/**
 * A match report: at least three words of play and more than twice as many as words of figures.
 * Asked once per text (cached), linear in its length.
 */
function isMatchReport(text: string): boolean {
  if (text !== lastText) {
    const game = text.match(GAME_WORDS)?.length ?? 0;
    const figures = text.match(FIGURE_WORDS)?.length ?? 0;
    lastIsMatch = game >= 3 && game > 2 * figures;
    lastText = text;
  }
  return lastIsMatch;
}

// Nouns a holiday names a season of, not a day: "Christmas shopping", "Easter holidays".
const HOLIDAY_SEASON_NOUN = /^(?:[ \t]+and[ \t]+New[ \t]+Year(?:['’]?s)?)?[ \t]+(?:sales?|shopping|shoppers|season|period|holidays?|rush|trading|spending|break|market|quarter|campaign)\b/u;

// Capitalised nouns of place that make a name of the holiday before them: "Christmas Island",
// "Christmas Creek", "May Day Street".
const HOLIDAY_PLACE_NOUN = /^[ \t]+(?:Islands?|Isle|Atoll|Reef|Cay|Street|St\.|Road|Avenue|Lane|Drive|Square|Creek|River|Bay|Cove|Point|Hills?|Valley|Lake|Park|Mountains?|Peak|Range|Beach|Harbou?r|Falls)(?![\p{L}])/u;

/**
 * Whether the line around `at` is a headline in title case: no sentence's end at its close, at least
 * four words, and every word of four letters or more opening with a capital, some in lower case after
 * ("Vekla Rallies Past Tolbeg in Thanksgiving Day Thriller"; not a capitals line, "VEKLA WINS").
 */
function inTitleCaseLine(text: string, at: number): boolean {
  // (Windows of bounded length: a feast costs the same on a line of a megabyte.)
  const before = text.slice(Math.max(0, at - 161), at);
  const after = text.slice(at, at + 161);
  const opens = before.lastIndexOf('\n');
  const closes = after.indexOf('\n');
  if ((opens < 0 && at > 160) || (closes < 0 && at + 161 < text.length)) return false;
  const line = (before.slice(opens + 1) + (closes < 0 ? after : after.slice(0, closes))).trim();
  if (line.length > 160 || /[.!?:;"”]$/u.test(line) || !/\p{Ll}/u.test(line)) return false;
  const words = line.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  return words.length >= 4 && long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

// A change by a percentage or points and the preposition of its period: "up 3.1% for ", "2 points on ".
const MARKET_CHANGE_BEFORE = /(?:\d[ \t]?%|\d[ \t\u00a0]+(?:percent|per[ \t]+cent|points?|cents?))[ \t\u00a0]+(?:for|on|over)[ \t\u00a0]+$/iu;

/** Weather, and work or a stay through the night, after which "overnight" is the night, not the idiom "all at once". */
const LITERAL_NIGHT = /\b(?:rain|snow|sleet|hail|showers?|frost|fog|ice|temperatures?|freezing|winds?|gales?|storms?|thunderstorms?|work|worked|working|stay|stayed|staying|remain|remained|sleep|slept|camp|camped|keep|kept|held|detained|open)\b[^.!?;\n]*$/iu;

/** A verb of the future, or a modal of what may yet happen, in the clause before: the night it names is still to come. */
// (Lower-case "may": "in May overnight" names the month.)
const COMING_NIGHT = /(?:\b(?:[Ww]ill|[Ww]on['’]t|[Ss]hall|may|[Mm]ight|going[ \t]+to|(?:expected|forecast|likely|set|due)[ \t]+to)|['’]ll)\b[^.!?;:,\n“”"]{0,60}$/u;

export const PARSERS: DateParser[] = [
  {
    // "2025-03-19", "2025-03-19T14:05", "2025/03/19"
    name: 'iso',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}.-])(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:[T ]([01]\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\p{N}]|[-/.]\\d)`, 'gu'),
    parse: (m) => {
      const day = dayTimex(m[1], Number(m[3]), Number(m[4]));
      if (!day || Number(m[1]) < 1000) return null;
      const z = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]) : '';
      return { timex: `${day}${m[5] ? `T${m[5]}:${m[6]}${z}` : ''}` };
    },
  },
  {
    // "3/19/2025", "3/19/25" (US order, as in American news; day first when the first number exceeds 12),
    // "19.03.2025" (European order).
    name: 'numeric',
    pattern: /(?<![\p{L}\p{N}.\/-])(\d{1,2})([\/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[\/.-]\d)/gu,
    parse: (m) => {
      if (m[2] !== '/' && m[4].length !== 4) return null;
      let month = Number(m[1]);
      let day = Number(m[3]);
      if (m[2] === '.' || month > 12) [month, day] = [day, month];
      const year = m[4].length === 2 ? String((Number(m[4]) < 50 ? 2000 : 1900) + Number(m[4])) : m[4];
      const timex = dayTimex(year, month, day);
      return timex ? { timex } : null;
    },
  },
  {
    // "Feb. 28", "March 11, 2025", "Wednesday, March 19, 2025", "March 11 2025", "Sept. 5th"
    name: 'month-day',
    pattern: new RegExp(`(?:\\b(${WEEKDAY_FULL}|${WEEKDAY_ABBR})\\.?,?${S})?\\b${MONTH}${S}(?:the${S})?${DAY}(?:(?:,${OS}|${S})(?:of${S})?${YEAR})?`, 'gu'),
    parse: (m, text) => {
      // ("Rainfall (mm): ⏎ April 30 ⏎ May 42": in a table of months and figures, the figure is the month's.)
      if (!m[4] && !m[1] && inMonthTable(text, m.index)) return null;
      const timex = dayTimex(m[4], monthOf(m[2]), Number(m[3]));
      return timex ? { timex } : null;
    },
  },
  {
    // "November 18-19", "March 11 and 12, 2025": the second day of a range of days.
    name: 'month-day-range',
    pattern: new RegExp(`\\b${MONTH}${S}${DAY}(${OS}(?:-|–|${S}(?:to|and|or|through|until|till)${S})${OS})${DAY}(?:,?${S}${YEAR})?`, 'gu'),
    parse: (m) => {
      const month = monthOf(m[1]);
      const first = dayTimex(m[5], month, Number(m[2]));
      const second = dayTimex(m[5], month, Number(m[4]));
      if (!first || !second) return null;
      const secondStart = m[0].indexOf(m[3]) + m[3].length;
      const firstEnd = m[0].indexOf(m[3]);
      return [
        { timex: first, start: 0, end: firstEnd },
        { timex: second, start: secondStart, end: m[0].length },
      ];
    },
  },
  {
    // "28 February 2025", "the 5th of May", "Tuesday 4 March"
    name: 'day-month',
    pattern: new RegExp(`(?:\\b(${WEEKDAY_FULL}|${WEEKDAY_ABBR})\\.?,?${S})?(?:\\bthe${S})?(?<![\\p{L}\\p{N}.,:/$€£-])${DAY}${S}(?:of${S})?${MONTH}(?![\\p{L}])(?:,?${S}${YEAR})?`, 'gu'),
    parse: (m) => {
      const timex = dayTimex(m[4], monthOf(m[3]), Number(m[2]));
      return timex ? { timex } : null;
    },
  },
  {
    // "the third of March", "the twenty-first of June 2024"
    name: 'ordinal-of-month',
    pattern: new RegExp(`\\bthe${S}(${ORDINAL_DAY_WORDS})${S}of${S}${MONTH}(?![\\p{L}])(?:,?${S}${YEAR})?`, 'giu'),
    parse: (m) => {
      const month = monthOf(m[2]);
      if (!month || !/^\p{Lu}/u.test(m[2])) return null;
      const day = ordinalValue(m[1].replace(/\s+/gu, '-'));
      const timex = day ? dayTimex(m[3], month, day) : null;
      return timex ? { timex } : null;
    },
  },
  {
    // "03-Jan-21", "3-Jan-2021": day, month abbreviation, year (spreadsheets, filings).
    name: 'day-mon-year',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}.-])(\\d{1,2})-(${MONTH_ABBR}|${MONTH_FULL})-(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|-\\d)`, 'gu'),
    parse: (m) => {
      const year = m[3].length === 2 ? String((Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3])) : m[3];
      const timex = dayTimex(year, monthOf(m[2]), Number(m[1]));
      return timex ? { timex } : null;
    },
  },
  {
    // "June. 3, 2020": a full month name with a stray full stop, taken only with its year
    // ("in June. 3 people died" stays a month and a count).
    name: 'month-dot-day-year',
    pattern: new RegExp(`\\b(${MONTH_FULL})\\.${S}${DAY},${OS}${YEAR4}`, 'gu'),
    parse: (m) => {
      const timex = dayTimex(m[3], monthOf(m[1]), Number(m[2]));
      return timex ? { timex } : null;
    },
  },
  {
    // "fiscal 2019", "fiscal year 2019", "FY2019", "FY 2019", "FY19": a fiscal year, TIMEX3 "FY2019".
    name: 'fiscal-year',
    pattern: new RegExp(`(?:\\b(?:fiscal|financial)${S}(?:year${S})?(1[5-9]\\d\\d|20\\d\\d)|(?<![\\p{L}\\p{N}])FY${OS}['’]?(\\d{4}|\\d{2}))(?![\\p{L}\\p{N}])`, 'gu'),
    parse: (m) => {
      const year = m[1] ?? (m[2].length === 2 ? `20${m[2]}` : m[2]);
      return { timex: `FY${year}` };
    },
  },
  {
    // "this fiscal year", "last fiscal year", "next financial year": REF year, as a fiscal year.
    name: 'relative-fiscal-year',
    pattern: new RegExp(`\\b(this|last|next|the${S}current|the${S}previous|the${S}coming)${S}(?:fiscal|financial)${S}year\\b`, 'giu'),
    parse: (m) => {
      const offset = offsetOf(m[1].replace(/^the\s+/iu, '')) ?? (/previous/iu.test(m[1]) ? -1 : null);
      return offset === null ? null : { timex: `FYREF${signed(offset)}Y` };
    },
  },
  {
    // "at the beginning of the financial year", "profits for the fiscal year": with "the" and no
    // year or end date of its own, the fiscal year the reference date falls in. Not "the fiscal
    // year ended September 30", "the financial year to April 2024" (named by their end), nor "the
    // fiscal year ends in June" (the accounting period in general, as the sentence's subject).
    name: 'the-fiscal-year',
    pattern: new RegExp(`(?<=\\b(?:of|in|during|for|throughout|over)${S})the${S}(?:current${S})?(?:fiscal|financial)${S}year\\b(?!${S}(?:ending|ended|ends|to|that|which|of|beginning|starting|from|\\d)|${OS}\\d)`, 'giu'),
    parse: () => ({ timex: 'FYREF+0Y' }),
  },
  {
    // "over the weekend", "at the weekend": the weekend nearest the reference, in the
    // direction of the sentence (a past verb: the last one; "will": the next one).
    name: 'the-weekend',
    pattern: new RegExp(`\\bthe${S}weekend\\b(?![’']s${S}\\p{L})`, 'giu'),
    parse: () => ({ timex: 'XXXX-WXX-WE' }),
  },
  {
    // "the index was up 3.1% for the week", "shares fell 40 points on the week": a market's weekly
    // change, told in the week's close, is of the week the report is written in. (Not "the month" or
    // "the year": "inflation rose 0.4% for the month" reports a month already over.)
    name: 'market-week',
    // ("fell 2% on the week ending March 6", "up 1% in the week to Friday", "the week before": a
    // week its following words place is not the report's.)
    pattern: new RegExp(`\\bthe${S}week\\b(?![’']s|${S}(?:ending|ended|to|through|before|after|earlier|prior)\\b)`, 'giu'),
    parse: (m, text) => (MARKET_CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ? { timex: 'REF+0W' } : null),
  },
  {
    // "12:00 midnight", "12 noon": one time, not a time and a second time.
    name: 'twelve-o-clock',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}:.,])12(?::00)?${S}(midnight|noon)\\b`, 'giu'),
    parse: (m) => ({ timex: `XXXX-XX-XXT${m[1].toLowerCase() === 'midnight' ? '24:00' : '12:00'}` }),
  },
  {
    // "queues before six this morning", "the bar shuts at 11 tonight", "at seven o'clock tomorrow
    // evening": an hour, in figures or words, with the part of a day named after it is one clock
    // time on that day (morning hours before noon, afternoon, evening and night ones after). Its
    // minutes too: "the polls close at 11:30 tonight", "doors open at 7.30 this evening" (a dotted
    // hour is a clock time only so, as "at 7.30" alone may be a price). A range's first hour shares
    // the part of the day with its last ("closed from 7.30 to 9.30 this evening", "between 5.30 and
    // 7.30 this evening", "from 8 to 11.45 this morning"), as coordinated dates share their modifiers.
    name: 'hour-of-part',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}:.,$€£-])(?:${HOUR_WORD}(?:[:.]([0-5]\\d))?${OS}(to|and|until|till|[-–])${OS})?${HOUR_WORD}(?:[:.]([0-5]\\d))?(?:${S}o['’]clock)?${S}(?:(this|tomorrow|yesterday|last)${S}(morning|afternoon|evening|night)|(tonight))\\b`, 'giud'),
    parse: (m, text) => {
      // (HOUR_WORD admits only "one" to "twelve", which parseNumberWords always reads.)
      const hourOf = (w: string) => (/^\d/u.test(w) ? Number(w) : parseNumberWords(w) ?? 0);
      // (A range's first hour, when there is one, is m[1] with minutes m[2] and glue m[3]; the last
      // hour is m[4] with minutes m[5].)
      const at = (g: number) => m.indices![g]![0];
      const part = (m[7] ?? 'night').toLowerCase();
      const day = m[8] ? 0 : { this: 0, tomorrow: 1, yesterday: -1, last: -1 }[m[6].toLowerCase() as 'this' | 'tomorrow' | 'yesterday' | 'last'];
      if (m[6]?.toLowerCase() === 'last' && part !== 'night' && part !== 'evening') return null;
      // Minutes from the reference day's midnight, so that a range's hours compare across midnight
      // ("from ten to twelve last night": REF-1DT22:00 before REF+0DT00:00, which strings misorder).
      const minutesOf = (hour: number, minutes: string | undefined): number | null => {
        const h = hourOfPart(hour, part);
        // (Twelve at night is the midnight that ends the day: 00 the day after.)
        return h === null ? null : (day * 24 + h) * 60 + Number(minutes ?? '0');
      };
      const timexOf = (t: number): string => {
        const d = Math.floor(t / 1440);
        const clock = t - d * 1440;
        return `REF${d < 0 ? '-' : '+'}${Math.abs(d)}DT${pad(Math.floor(clock / 60))}:${pad(clock % 60)}`;
      };
      // ("shares traded at 7.30 this morning", "the rate stood at 9.15": a dotted figure a value
      // reaches, or one in a sentence about a level, is a price.)
      const price = (g: number) => text[m.indices![g]![1]] === '.' && (PRICE_REACHED.test(text.slice(Math.max(0, at(g) - 24), at(g))) || aboutALevel(text, at(g)));
      const out: { timex: string; start: number; end: number }[] = [];
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // A range's first hour only after "from", or after "between" before "and".
      const range = m[1] !== undefined && (m[3].toLowerCase() === 'and' ? /\bbetween[ \t]+$/iu : /\bfrom[ \t]+$/iu).test(before);
      if (range) {
        if ((m[2] && price(1)) || (m[5] && price(4))) return null;
        // (Only a range within that part: "from ten to two this morning" opens the evening before,
        // "from 9 to 5 this afternoon" in the morning.)
        const first = minutesOf(hourOf(m[1]), m[2]);
        const last = minutesOf(hourOf(m[4]), m[5]);
        if (first !== null && last !== null && first < last) out.push({ timex: timexOf(first), start: 0, end: (m.indices![2] ?? m.indices![1])[1] - m.index });
      } else {
        // Only as a time: after a preposition of time ("at", "before", "by", "until", "from",
        // "around"). ("and" only closing "between six and eight this morning": "arrested two this
        // morning and five this afternoon" counts people.)
        const lastBefore = text.slice(Math.max(0, at(4) - 24), at(4));
        if (!/\b(?:at|by|from|until|till|before|after|around|about|since|to|between|past)[ \t]+$/iu.test(lastBefore) && !/\bbetween[ \t]+\S+[ \t]+and[ \t]+$/iu.test(lastBefore)) return null;
        if (m[5] && price(4)) return null;
      }
      const time = minutesOf(hourOf(m[4]), m[5]);
      if (time !== null) out.push({ timex: timexOf(time), start: at(4) - m.index, end: m[0].length });
      return out.length ? out : null;
    },
  },
  {
    // "in a month's time", "in three weeks' time": an offset from the reference date.
    name: 'in-time',
    pattern: new RegExp(`\\bin${S}${COUNT}${S}(day|week|month|year)s?['’]s?${S}time\\b`, 'giu'),
    parse: (m) => {
      const n = count(m[1]);
      if (n === null || n > 5000) return null;
      return [{ timex: `REF+${n}${UNIT_LETTER[m[2].toLowerCase()]}`, start: m[0].indexOf(m[1]), end: m[0].length }];
    },
  },
  {
    // "the January-March quarter", "the July–September quarter of 2024": a calendar quarter named
    // by its first and last months.
    name: 'month-range-quarter',
    pattern: new RegExp(`\\b(${MONTH_FULL}|${MONTH_ABBR})\\.?${OS}[-–]${OS}(${MONTH_FULL}|${MONTH_ABBR})\\.?${S}quarter\\b(?:${S}of${S}${YEAR})?`, 'gu'),
    parse: (m) => {
      const [first, last] = [monthOf(m[1]), monthOf(m[2])];
      if ((first - 1) % 3 !== 0 || last !== first + 2) return null;
      return { timex: `${fullYear(m[3]) ?? 'XXXX'}-Q${(first + 2) / 3}` };
    },
  },
  {
    // "bad loans rose in the September quarter", "the June quarter of 2025": a quarter named by the
    // month it ends in, as Indian, Australian and New Zealand results are reported (the September
    // quarter is July to September). Another month does not end a calendar quarter: left to the month.
    name: 'month-end-quarter',
    pattern: new RegExp(`\\b(${MONTH_FULL}|${MONTH_ABBR})\\.?${S}quarter\\b(?:${S}of${S}${YEAR})?`, 'gu'),
    parse: (m) => {
      const last = monthOf(m[1]);
      if (last % 3 !== 0) return null;
      return { timex: `${fullYear(m[2]) ?? 'XXXX'}-Q${last / 3}` };
    },
  },
  {
    // "in morning trading", "during afternoon trade": the part of the day named by a market's
    // session, on the last day the story named before it (else the reference date's).
    name: 'trading-session',
    pattern: new RegExp(`\\b(?:in|during)${S}(?:early${S}|late${S})?(morning|afternoon|evening)${S}(?:trading|trade|deals|dealings)\\b`, 'giu'),
    parse: (m) => {
      const start = m[0].toLowerCase().lastIndexOf(m[1].toLowerCase());
      return [{ timex: `XXXX-XX-XXT${PARTS_OF_DAY[m[1].toLowerCase()]}`, start, end: start + m[1].length, wholeStory: true }];
    },
  },
  {
    // "that day", "the same day", "that same week", "later that year": the date named before it.
    // "the following week", "the next day": one unit after it. Anaphoric ("ANA±nU") until dates.ts
    // finds the antecedent; with none in the paragraph they are no date.
    name: 'anaphoric',
    pattern: new RegExp(`\\b(?:(that|the${S}same|that${S}same)|the${S}(following|next))${S}(day|week|month|year)\\b(?![’']s?${S}\\p{L}|${S}(?:of|in|when|that|before|after)\\b)`, 'giu'),
    parse: (m) => {
      const unit = UNIT_LETTER[m[3].toLowerCase()];
      // "the next week", "the next month" also mean the coming one from today: only "the next day" is anaphoric.
      if (m[2] && m[2].toLowerCase() === 'next' && unit !== 'D') return null;
      return { timex: `ANA${m[2] ? '+1' : '+0'}${unit}` };
    },
  },
  {
    // "Trials open on January 8, and the final is set for the following Saturday": the first
    // such weekday after the day named before it ("NEXTWD-6"); with none in the paragraph, no date.
    // ("The following Saturday, 3,000 people marched": also when it opens the sentence.)
    name: 'following-weekday',
    pattern: new RegExp(`\\b[Tt]he${S}following${S}(${WEEKDAY_FULL})\\b`, 'gu'),
    parse: (m) => ({ timex: `NEXTWD-${weekdayOf(m[1])}` }),
  },
  {
    // "later in the day", "earlier in the day": the day named before it.
    name: 'in-the-day',
    pattern: new RegExp(`\\b(?:later|earlier)${S}in${S}(the${S}day)\\b`, 'giu'),
    // The antecedent may be lines back ("Ford said on Tuesday …" ⏎ … ⏎ "… later in the day").
    parse: (m) => [{ timex: 'ANA+0D', start: m[0].length - m[1].length, end: m[0].length, wholeStory: true }],
  },
  {
    // "by that time", "at that time": the date named before it, at its own granularity.
    name: 'that-time',
    pattern: new RegExp(`\\bthat${S}time\\b`, 'giu'),
    // ("what had changed in all that time", "for all that time": the whole span up to now, a duration.)
    parse: (m, text) => (/\ball[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index)) ? null : { timex: 'ANA+0*' }),
  },
  {
    // "three days later", "six months earlier", "two weeks after,": an offset from the date
    // named before it ("ANA±nU"); "before"/"after" only when they end the phrase (no object).
    name: 'offset-later',
    pattern: new RegExp(`\\b${COUNT}${S}(day|week|month|year)s?${S}(later|earlier|after(?=${OS}[,.;])|before(?=${OS}[,.;]))`, 'giu'),
    parse: (m, text) => {
      const n = count(m[1]);
      if (n === null || n > 5000) return null;
      // "the harvest ends about 10 days later than usual": a comparison of two dates, no offset from one.
      if (/^[ \t]+than\b/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      const sign = /^(?:later|after)$/iu.test(m[3]) ? '+' : '-';
      return { timex: `ANA${sign}${n}${UNIT_LETTER[m[2].toLowerCase()]}` };
    },
  },
  {
    // "February 2022", "May 2024", "June of 1992"
    name: 'month-year',
    pattern: new RegExp(`\\b${MONTH},?${S}(?:of${S})?${YEAR}`, 'gu'),
    parse: (m) => ({ timex: `${fullYear(m[2])}-${pad(monthOf(m[1]))}` }),
  },
  {
    // "October of next year", "March last year", "January this year"
    name: 'month-relative-year',
    pattern: new RegExp(`\\b(${MONTH_FULL})(?:${S}of)?${S}(last|this|next|the${S}previous|the${S}following|the${S}same)${S}year\\b`, 'gu'),
    parse: (m) => {
      const mod = m[2].toLowerCase().replace(/\s+/gu, ' ');
      const offset = mod === 'the following' ? null : mod === 'the same' ? null : mod === 'the previous' ? -1 : offsetOf(mod);
      if (offset === null) return null;
      return { timex: `REF${signed(offset)}Y-${pad(monthOf(m[1]))}` };
    },
  },
  {
    // "last March", "next June", "this September"
    name: 'relative-month',
    pattern: new RegExp(`\\b(last|next|this|coming|past)${S}(${MONTH_FULL})\\b`, 'giu'),
    parse: (m) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      const mod = m[1].toLowerCase();
      const month = pad(monthOf(m[2]));
      if (mod === 'this') return { timex: `REF+0Y-${month}` };
      const direction: Direction = mod === 'last' || mod === 'past' ? 'past-strict' : 'future-strict';
      return { timex: `XXXX-${month}`, direction };
    },
  },
  {
    // "in February", "late March", "since January"; "May" only after a preposition (it is also a verb);
    // abbreviations only with their dot after a preposition ("by Oct."). "April Smith" is a name.
    name: 'month',
    pattern: new RegExp(
      `\\b(?:(${MONTH_FULL.replace(/\|May\|/u, '|').replace(/\|MAY\|/u, '|')})\\b|(in|since|until|till|to|by|of|from|through|during|before|after|between|early|late|mid|last|next|this)(${S}|-)(May|MAY|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.)(?![\\p{L}]))`,
      'gu',
    ),
    parse: (m, text) => {
      const name = m[1] ?? m[4];
      const end = (m.index ?? 0) + m[0].length;
      // "April Smith", "June Carter": a month name before a capitalized word, with no preposition, is a name.
      if (m[1] && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !/\b(?:in|since|until|by|of|from|through|during|before|after|early|late|mid|last|next|this)[ \t-]+$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const timex = `XXXX-${pad(monthOf(name))}`;
      if (m[1]) return { timex };
      // Only the month is the date; the preposition is context.
      const start = m[0].length - name.length;
      return [{ timex, start, end: m[0].length }];
    },
  },
  {
    // "Rainfall (mm): ⏎ April 30 ⏎ May 42", "Palm oil (ringgit a tonne): ⏎ Feb 4,112 ⏎ March 4,095":
    // "May" and an abbreviation without its dot, which the rule above takes only after a
    // preposition, are months too where they open a row of a table of months and figures.
    name: 'month-row',
    pattern: new RegExp(`(?<=^|\\n)[ \\t]*(May|MAY|${MONTH_ABBR})(?=[ \\t]+[-+]?\\d)`, 'gu'),
    parse: (m, text) => {
      if (!inMonthTable(text, m.index)) return null;
      return [{ timex: `XXXX-${pad(monthOf(m[1]))}`, start: m[0].length - m[1].length, end: m[0].length }];
    },
  },
  {
    // "the last week of March", "the first week of June 2024": a week of a month
    name: 'week-of-month',
    pattern: new RegExp(`\\bthe${S}(first|second|third|fourth|last|final)${S}week${S}of${S}${MONTH}(?![\\p{L}])(?:,?${S}${YEAR})?`, 'giu'),
    parse: (m) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      const which = m[1].toLowerCase();
      const n = which === 'last' || which === 'final' ? 'L' : String(ORDINAL_NUMBERS[which]);
      return { timex: `${fullYear(m[3]) ?? 'XXXX'}-${pad(monthOf(m[2]))}-W${n}` };
    },
  },
  {
    // "last week", "this month", "next year", "last quarter", "the last year" ("the past decade" is a duration)
    name: 'relative-unit',
    pattern: new RegExp(`\\b(?:the${S})?(last|this|next|past|previous|coming|current)${S}(week|month|year|quarter|weekend|decade|century)\\b`, 'giu'),
    parse: (m, text) => {
      const offset = offsetOf(m[1]);
      if (offset === null) return null;
      const unit = m[2].toLowerCase();
      // "hit four of her 19 points in the last quarter": in a match report a quarter with no year
      // is a period of play, as for 'quarter' below.
      if (unit === 'quarter' && isMatchReport(text)) return null;
      // "the previous year" is anaphoric: see 'previous-unit'.
      if (/^the\s/iu.test(m[0]) && /^(?:previous)$/iu.test(m[1]) && (unit === 'year' || unit === 'month' || unit === 'week')) return null;
      // "over the past decade", "in the past year": a span up to now (TIMEX3 DURATION), not a date;
      // "last year", "profit for the last year", "the last quarter" (the one before this one) are dates.
      if (/^the\s/iu.test(m[0]) && /^past$/iu.test(m[1]) && /^(?:week|month|year|decade|century)$/u.test(unit)) return null;
      if (unit === 'weekend') return { timex: `REF${signed(offset)}W-WE` };
      return { timex: `REF${signed(offset)}${UNIT_LETTER[unit]}` };
    },
  },
  {
    // "the same month a year ago", "the same period last year": the period named just before,
    // a year earlier. Resolved against that antecedent in dates.ts; "SAME-1Y" until then.
    name: 'same-period',
    pattern: new RegExp(`\\bthe${S}same${S}(?:month|period|quarter|week|day|time|season)${S}(?:of${S})?(?:a${S}year${S}(?:ago|earlier|before)|(?:the${S})?(?:last|previous|prior)${S}year|a${S}year${S}(?:ago|earlier))\\b`, 'giu'),
    parse: () => ({ timex: 'SAME-1Y' }),
  },
  {
    // "the previous year", "the year before", "a year earlier" (relative to the article's own date)
    name: 'previous-unit',
    // Anaphoric: one unit before the date named just before in the sentence ("sales rose in
    // 2008 from the previous year" = 2007); "PREV-1Y" until dates.ts finds that date.
    // "a month before the fire", "the year before his death": counted from an event, not a date;
    // "before" only when it ends the phrase ("a year before, sales …").
    pattern: new RegExp(`\\b(?:the${S}(week|month|year)${S}(?:previous|prior|earlier|before(?=${OS}(?:[,.;:!?)"”’]|$)))|the${S}(?:previous|prior)${S}(week|month|year)|a${S}(week|month|year)${S}(?:earlier|before(?=${OS}(?:[,.;:!?)"”’]|$))))\\b`, 'giu'),
    parse: (m) => ({ timex: `PREV-1${UNIT_LETTER[(m[1] ?? m[2] ?? m[3]).toLowerCase()]}` }),
  },
  {
    // "for the entire year", "the full year": the year of the date named just before in the sentence.
    name: 'whole-year',
    pattern: new RegExp(`\\bthe${S}(?:entire|whole|full)${S}year\\b`, 'giu'),
    parse: () => ({ timex: 'PREV-0Y' }),
  },
  {
    // "the beginning of the year", "the end of the month" (this year, this month)
    name: 'part-of-unit',
    pattern: new RegExp(`\\b(?:the${S})?(?:very${S})?(?:beginning|start|end|middle|rest|remainder|close)${S}of${S}the${S}(week|month|year)\\b`, 'giu'),
    parse: (m) => ({ timex: `REF+0${UNIT_LETTER[m[1].toLowerCase()]}` }),
  },
  {
    // "three years ago", "2 weeks ago", "a decade ago"
    name: 'ago',
    pattern: new RegExp(`\\b${COUNT}${S}(day|week|month|year|decade|century|centuries)s?${S}ago\\b`, 'giu'),
    parse: (m) => {
      const n = count(m[1]);
      if (n === null || n > 5000) return null;
      const unit = m[2].toLowerCase();
      if (unit === 'decade') return { timex: `REF-${n * 10}Y` };
      if (unit.startsWith('centur')) return { timex: `REF-${n * 100}Y` };
      return { timex: `REF-${n}${UNIT_LETTER[unit]}` };
    },
  },
  {
    // "two weeks from now", "three days from today"; "a month from tomorrow", "two days from
    // yesterday": the count from the day next to the reference, at day granularity.
    name: 'from-now',
    pattern: new RegExp(`\\b${COUNT}${S}(day|week|month|year)s?${S}from${S}(now|today|tomorrow|yesterday)\\b`, 'giu'),
    parse: (m) => {
      const n = count(m[1]);
      if (n === null || n > 5000) return null;
      const unit = UNIT_LETTER[m[2].toLowerCase()];
      const from = m[3].toLowerCase();
      const days = from === 'tomorrow' ? 1 : from === 'yesterday' ? -1 : 0;
      if (days === 0) return { timex: `REF+${n}${unit}` };
      if (unit === 'D' || unit === 'W') return { timex: `REF${signed(n * (unit === 'W' ? 7 : 1) + days)}D` };
      return { timex: `REF+${n}${unit}${signed(days)}D` };
    },
  },
  {
    // "the day before yesterday", "the day after tomorrow"
    name: 'day-before-yesterday',
    pattern: new RegExp(`\\bthe${S}day${S}(before${S}yesterday|after${S}tomorrow)\\b`, 'giu'),
    parse: (m) => ({ timex: /^before/iu.test(m[1]) ? 'REF-2D' : 'REF+2D' }),
  },
  {
    // "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "tomorrow night"
    name: 'deictic',
    pattern: new RegExp(`\\b(yesterday|today|tomorrow|tonight)(?:${S}${PART})?\\b(?![’']s${S}\\p{Lu})`, 'giu'),
    parse: (m, text) => {
      const w = m[1].toLowerCase();
      // "USA Today", "the Today show": a capitalized "Today" inside a sentence is a name.
      if (m[1] === 'Today' && !isSentenceStart(text, m.index)) return null;
      const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const part = w === 'tonight' ? 'NI' : m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : null;
      return { timex: `REF${signed(offset)}D${part ? `T${part}` : ''}` };
    },
  },
  {
    // "attacks continued overnight", "overnight into Wednesday": the night before the reference
    // day. Not the adjective ("an overnight curfew").
    name: 'overnight',
    pattern: /\b(?<!\ban[ \t]+)(overnight)\b(?=[ \t]*(?:[,.;:!?)”"'’]|$)|[ \t]+(?:on|in|at|to|into|from|and|as|while|after|before|across|near|despite|including|against|that|when|with|but)\b)/giu,
    // ("the rule would close the factories overnight", "it won't change overnight": under a
    // hypothetical or negated verb the word is the idiom "all at once", no night.)
    // ("Temperatures could fall below freezing overnight", "crews would work overnight": weather, and
    // work or a stay through the night, are the night itself whatever the verb's mood.)
    // ("Snow may fall overnight", "crews will work overnight": a literal night under a verb of the
    // future or a modal of what may yet happen is the coming night, tonight. Not "could"/"would",
    // past forms too: "the crews could not work overnight".)
    parse: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 70), m.index);
      if (/\b(?:would|could|can|cannot|can['’]t|couldn['’]t|wouldn['’]t|won['’]t|didn['’]t|doesn['’]t|don['’]t|not|never)\b[^.!?;:,\n“”"]{0,60}$/iu.test(before) && !LITERAL_NIGHT.test(before)) return null;
      return { timex: COMING_NIGHT.test(before) && LITERAL_NIGHT.test(before) ? 'REF+0DTNI' : 'REF-1DTNI' };
    },
  },
  {
    // "this morning", "last night", "this evening", "last evening"
    name: 'deictic-part',
    pattern: new RegExp(`\\b(this|last)${S}${PART}\\b`, 'giu'),
    parse: (m) => {
      const last = m[1].toLowerCase() === 'last';
      const part = m[2].toLowerCase();
      if (last && part !== 'night' && part !== 'evening') return null;
      return { timex: `REF${last ? '-1' : '+0'}DT${PARTS_OF_DAY[part]}` };
    },
  },
  {
    // "Tuesday of last week", "Monday next week"
    name: 'weekday-of-week',
    pattern: new RegExp(`\\b(?:(${WEEKDAY_FULL})(?:${S}of)?${S}(last|this|next|previous)${S}week|(last|this|next|previous)${S}week(?:,?${S}|${OS}[-–]${OS})(?:on${S})?(${WEEKDAY_FULL}))\\b`, 'gu'),
    parse: (m) => ({ timex: `REF${signed(offsetOf(m[2] ?? m[3])!)}W-${weekdayOf(m[1] ?? m[4])}` }),
  },
  {
    // "Saturday week", "Monday fortnight" (British): a week or two after the coming such weekday
    // (Oxford Learner's Dictionaries, "week": "Monday week" = "a week after next Monday"), so
    // always ahead: "XXXX-WXX-6+1W". Not "Saturday week-long", "Sunday week 3", nor a name's "Week";
    // not a span of working days ("a Monday-to-Friday week", "a Monday to Thursday week") nor after "last".
    name: 'weekday-week',
    pattern: new RegExp(`(?<!\\b[Ll]ast${S}|(?:${WEEKDAY_FULL})(?:${OS}[-–]${OS}|[ \\t-]+(?:to|through|thru|till|until)[ \\t-]+))\\b(${WEEKDAY_FULL})${S}(week|fortnight)(?![\\p{L}\\p{N}-]|[ \\t]+\\d)`, 'gu'),
    parse: (m) => (/^\p{Lu}/u.test(m[1]) ? { timex: `XXXX-WXX-${weekdayOf(m[1])}+${m[2] === 'week' ? 1 : 2}W`, direction: 'future-strict' } : null),
  },
  {
    // "Wednesday", "Tuesday night", "last Friday", "next Monday", "this Friday"
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(last|next|this|coming|past|previous)${S})?(${WEEKDAY_FULL})(?:${S}(?:(?:early|late)${S})?${PART})?\\b`, 'giu'),
    parse: (m, text) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      if (!m[1] && weekdayInName(text, m.index, m.index + m[0].length)) return null;
      // "the pool is busiest on a Saturday", "on Tuesday evenings", "any Friday": a
      // weekday after an indefinite article, or before a plural part of the day, is any such day
      // (a set, as "every Sunday" is), no date.
      // ("At a Thursday press briefing" names the day of one event: the weekday modifies a noun.)
      const endsPhrase = /^(?:[ \t]*(?:[,.;:!?"”’)]|$)|[ \t]+(?:in|at|on|of|or|and|but|when|to|for|with|before|after|than)\b)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (!m[1] && ((endsPhrase && /\b(?:a|an|any)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) || /^[ \t]+(?:mornings|afternoons|evenings|nights|lunchtimes)\b/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) return null;
      const mod = m[1]?.toLowerCase();
      const day = weekdayOf(m[2]);
      const part = m[3] ? `T${PARTS_OF_DAY[m[3].toLowerCase()]}` : '';
      if (mod === 'this') return { timex: `REF+0W-${day}${part}` };
      const direction: Direction | undefined = mod === 'next' || mod === 'coming' ? 'future-strict' : mod ? 'past-strict' : undefined;
      // "rallied on Black Friday", "Cyber Monday deals": the shopping day's name is one expression,
      // the day after the United States' Thanksgiving and the Monday after it ("last year's Black
      // Friday", "ahead of Black Friday" in October: not this week's Friday); with a part of the day,
      // still that weekday.
      const shopping = mod ? null : (day === 5 ? /(?<!\p{L})(?:Black|BLACK)[ \t]+$/u : day === 1 ? /(?<!\p{L})(?:Cyber|CYBER)[ \t]+$/u : null)?.exec(text.slice(Math.max(0, m.index - 7), m.index));
      if (shopping) return { timex: part ? `XXXX-WXX-${day}${part}` : `XXXX-THANKSGIVING+${day === 5 ? 1 : 4}`, start: -shopping[0].length };
      return { timex: `XXXX-WXX-${day}${part}`, direction };
    },
  },
  {
    // "the second quarter", "the first quarter of 2009", "the third quarter of this year",
    // "fourth-quarter", "the final quarter of 2009", "the first half of 2025"
    name: 'quarter',
    pattern: new RegExp(
      `\\b(?:the${S})?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:${S}|-)(quarter|half)(?:${S}of${S}(?:the${S}(?:fiscal${S}|financial${S})?year|(?:fiscal${S})?${YEAR}|(last|this|next|the${S}previous|the${S}current)${S}year))?(?![\\p{L}-])`,
      'giu',
    ),
    parse: (m, text) => {
      const which = m[1].toLowerCase();
      const half = m[2].toLowerCase() === 'half';
      const ofYear = m[0].length > 0 && /\bof\b/iu.test(m[0]);
      // "an ankle sprain picked up in the third quarter", "a last-quarter burst": in a match report a
      // quarter or half with no year is a period of play.
      if (!ofYear && isMatchReport(text)) return null;
      if (which === 'last' && !ofYear) return half ? null : { timex: 'REF-1Q' };
      const n = which === 'final' || which === 'last' ? (half ? 2 : 4) : ORDINAL_NUMBERS[which];
      if (half && (n > 2 || !ofYear)) return null;
      const period = `${half ? 'H' : 'Q'}${n}`;
      if (m[3]) return { timex: `${fullYear(m[3])}-${period}` };
      if (m[4]) {
        const offset = offsetOf(m[4].replace(/^the\s+/iu, '')) ?? (/previous/iu.test(m[4]) ? -1 : 0);
        return { timex: `REF${signed(offset)}Y-${period}` };
      }
      if (ofYear) return { timex: `REF+0Y-${period}` };
      return { timex: `XXXX-${period}` };
    },
  },
  {
    // "Q3 2024", "Q1", "2019 Q3", "2019-Q1", "H1 2025"
    name: 'quarter-code',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:([QH])([1-4])(?:${OS}[-/]?${OS}${YEAR})?|${YEAR}${OS}-?${OS}([QH])([1-4]))(?![\\p{L}\\p{N}])`, 'gu'),
    parse: (m) => {
      const letter = m[1] ?? m[5];
      const n = Number(m[2] ?? m[6]);
      if (letter === 'H' && n > 2) return null;
      return { timex: `${fullYear(m[3] ?? m[4]) ?? 'XXXX'}-${letter}${n}` };
    },
  },
  {
    // "last summer", "this winter", "next spring"
    name: 'relative-season',
    pattern: new RegExp(`\\b(last|this|next|past|coming)${S}(spring|summer|fall|autumn|winter)\\b`, 'giu'),
    parse: (m) => {
      const mod = m[1].toLowerCase();
      const season = SEASONS[m[2].toLowerCase()];
      if (mod === 'this') return { timex: `XXXX-${season}`, direction: 'nearest' };
      return { timex: `XXXX-${season}`, direction: mod === 'next' || mod === 'coming' ? 'future-strict' : 'past-strict' };
    },
  },
  {
    // "the spring of next year", "summer last year": a season of a year named relative to today is
    // that year's season, one date (as "October of next year" is one month).
    name: 'season-relative-year',
    // ("the fall of next year's budget": a year's possessive makes "fall" a noun of its own.)
    pattern: new RegExp(`\\b(spring|summer|fall|autumn|winter)(?:${S}of)?${S}(last|this|next)${S}year\\b(?!['’]s\\b)`, 'giu'),
    parse: (m) => ({ timex: `REF${signed(offsetOf(m[2].toLowerCase())!)}Y-${SEASONS[m[1].toLowerCase()]}` }),
  },
  {
    // "summer 2024", "the spring of 2009"
    name: 'season-year',
    pattern: new RegExp(`\\b(spring|summer|fall|autumn|winter)(?:${S}of)?${S}${YEAR}`, 'giu'),
    parse: (m) => ({ timex: `${fullYear(m[2])}-${SEASONS[m[1].toLowerCase()]}` }),
  },
  {
    // "in the spring", "during the summer", "by autumn": a bare season after a temporal preposition
    name: 'season',
    pattern: new RegExp(`\\b(?:in|during|by|until|till|since|through|throughout|over|before|after|for)${S}((?:the${S})?(?:early${S}|late${S})?)(spring|summer|fall|autumn|winter)\\b(?!${S}(?:of|in|from|to)\\b)`, 'giu'),
    parse: (m, text) => {
      const start = m[0].length - m[2].length - m[1].length;
      // "hotels fill up in late summer", "the lakes freeze over in winter": "in" and a season
      // with no article, in a sentence in the present, is the season of every year (generic), not
      // one season; a past verb ("closed in winter") or a look ahead ("will reopen in spring") makes
      // it one.
      const sentence = `${clauseBefore(text, m.index!)} ${m[0]} ${clauseAfter(text, m.index! + m[0].length)}`;
      if (/^in\b/iu.test(m[0]) && !/\bthe\b/iu.test(m[1]) && !GENERIC_SEASON_FUTURE.test(sentence) && !SIMPLE_PAST.test(sentence)) return null;
      return [{ timex: `XXXX-${SEASONS[m[2].toLowerCase()]}`, start, end: m[0].length }];
    },
  },
  {
    // "yet spring brings some relief", "Winter is coming": a bare season as a clause's subject,
    // before its verb, is the nearest such season ("a spring is …", "the hot spring" are things).
    name: 'season-subject',
    pattern: /(?<=(?:^|[.!?;:]["”’]?[ \t\n]+|["“‘][ \t]*|,[ \t]+(?:but|and|yet|so|as|while|when|because|though)[ \t]+|\b(?:but|and|yet|until|as|when|while)[ \t]+))(spring|summer|autumn|winter|Spring|Summer|Autumn|Winter)(?=[ \t]+(?:is|was|has|had|will|shows|showed|brings|brought|arrives|arrived|came|comes|begins|began|starts|started|ends|ended|returns|returned)\b)/gu,
    parse: (m) => ({ timex: `XXXX-${SEASONS[m[1].toLowerCase()]}` }),
  },
  {
    // "the 1990s", "the '90s", "the 70s and 80s", "1980s"
    name: 'decade',
    pattern: /(?<![\p{L}\p{N}$€£])(?:(1[5-9]|20)(\d)0s|(['’]?)(\d)0s)(?![\p{L}\p{N}])/gu,
    parse: (m, text) => {
      if (m[1]) return { timex: `${m[1]}${m[2]}` };
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // "in her 70s": an age.
      if (/\b(?:her|his|their|my|your|our|its)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu.test(before)) return null;
      // Two digits alone are a decade after "the", with an apostrophe, or next to another decade.
      const ok = m[3] || /\bthe[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu.test(before) || /\d0s(?:[ \t]+(?:and|or|to)[ \t]+|[ \t]*[-–][ \t]*)$/u.test(before);
      if (!ok) return null;
      const d = Number(m[4]);
      // The 20th century, except "the 00s" and "the 10s".
      return { timex: d <= 1 ? `20${d}` : `19${d}` };
    },
  },
  {
    // "the sixties", "the early nineties"
    name: 'decade-words',
    pattern: /\bthe[ \t]+(?:(?:early|late|mid)[ \t-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/giu,
    parse: (m) => {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1].toLowerCase()) + 2;
      return { timex: `19${tens}` };
    },
  },
  {
    // "the 19th century", "the twenty-first century", "21st-century"
    name: 'century',
    pattern: new RegExp(`\\b(?:the${S})?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY_WORDS})(?:${S}|-)century\\b`, 'giu'),
    parse: (m, text) => {
      const n = /^\d/u.test(m[1]) ? Number.parseInt(m[1], 10) : ordinalValue(m[1].replace(/\s+/gu, '-'));
      if (!n || n > 21) return null;
      // "her fourth century of the summer", "a third century": a hundred runs, not a century of years.
      if (!/^the\s/iu.test(m[0]) && !/-century$/iu.test(m[0]) && /(?:\b(?:his|her|their|its|my|our|your|an?)|['’]s)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      return { timex: pad(n - 1) };
    },
  },
  {
    // "2014-2018", "2025-26", "2014 to 2018": both ends of a span of years.
    name: 'year-range',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}$€£.,/-])(1[5-9]\\d\\d|20\\d\\d)(${OS}(?:-|–|${S}(?:to|through|until|and)${S})${OS})(1[5-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu'),
    parse: (m, text) => {
      let second = m[3];
      // "2025-26" shortens the second year; after a word it is a count ("fell from 44 in 2019 to 27"),
      // unless the span opens right before the first year: "between 1998 and 99", "from 2019 to 21",
      // "from 1987 through 92" name both ends of one span of years.
      const opensSpan = /\b(?:between[ \t]+$|from[ \t]+$)/iu.exec(text.slice(Math.max(0, m.index - 10), m.index));
      const glueFits = opensSpan && (/^between/iu.test(opensSpan[0]) ? /\band\b/u.test(m[2]) : /\b(?:to|through|until)\b/u.test(m[2]));
      // ("from 2019 to 21 percent", "between 2008 and 12 people": a count with what it counts.)
      const counted = /^(?:[ \t]*%|[ \t]+(?!(?:and|or|but|when|while|as|in|on|at|for|to|the|a|an|before|after|with|by|of|from|until|during|than)\b)\p{Ll})/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (second.length === 2 && !/^[ \t]*[-–][ \t]*$/u.test(m[2]) && (!glueFits || counted)) return null;
      if (second.length === 2) second = m[1].slice(0, 2) + second;
      if (Number(second) <= Number(m[1]) || Number(second) - Number(m[1]) > 100) return null;
      // "between 1500 and 2000 troops": counts, not years.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/^[ \t]+\p{Ll}+s\b/u.test(after) && !YEAR_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const secondStart = m[1].length + m[2].length;
      return [
        { timex: m[1], start: 0, end: m[1].length },
        { timex: second, start: secondStart, end: m[0].length },
      ];
    },
  },
  {
    // "in 2022", "the 2024 election", "mid-2011"; not "2000 troops" (a count) nor "2,024" nor "$2025"
    name: 'year',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}$€£¥#.,'’/:@_])(?<!(?<![Mm]id)-)${YEAR4}(?![.,]\\d|-\\d|%|:\\d|${OS}(?:percent|per${S}cent)\\b)`, 'gu'),
    parse: (m, text) => {
      const year = Number(m[1]);
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const context = YEAR_CONTEXT.test(before);
      // "at 1500 GMT", "2300 hours": a time of day.
      if (/^[ \t]*(?:GMT|UTC|Z|hrs|hours|h|local)\b/u.test(after)) return null;
      // "2000 troops", "1,800 km": a count followed by what it counts.
      if (!context && /^[ \t]+(?:\p{Ll}+s\b|(?:people|men|women|children|km|kg|miles?|meters?|metres?|feet|tons?|tonnes?|more|of|other|new|additional|extra)\b)/u.test(after)) return null;
      // "No. 2011", "number 1999": labels.
      if (/(?:\bNo\.?|#|\bnumber|\bpage|\broom|\bflight|\broute)[ \t]*$/iu.test(before)) return null;
      // "(HB 2041)", "SB 1999", "H.R. 2030", "House Bill 2012": a bill's number after the chamber's code in capitals
      // (the prefixes of US Congress and state legislature bills and resolutions) is a label, no year.
      // Case-sensitive, so "hb" in running text, event names ("EXPO 2030") and "the HR 2024 report" (human resources) keep theirs.
      if (/(?<![\p{L}.])(?:HB|SB|AB|SF|HF|LB|LD|HJR|SJR|HCR|SCR|H\.[ \t]?R\.|S\.[ \t]?B\.|H\.[ \t]?B\.|Bill)[ \t]*$/u.test(before)) return null;
      // "Pay XYZ 1999", "owes Kestrel Ltd 2000": after a verb of paying and its payee, an amount,
      // not a year ("Vekla Expo 2005" keeps its year).
      if (/\b(?:[Pp]ay|[Pp]ays|[Pp]aid|[Oo]we|[Oo]wes|[Oo]wed|[Ss]end|[Ss]ends|[Ss]ent|[Tt]ransfer|[Tt]ransfers|[Tt]ransferred)[ \t]+(?:\p{Lu}[\p{L}&.'’-]*[ \t]+){1,3}$/u.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
      // Before 1800 a number needs a preposition ("in 1776"), not just "the" ("the 1600 block").
      if (year < 1800 && (!context || /\bthe[ \t]+$/iu.test(before))) return null;
      return { timex: m[1] };
    },
  },
  {
    // "8:50 p.m.", "10 a.m. ET", "8.30pm", "14:30 GMT", "0800 GMT", "noon", "midnight"; "0600 local
    // time": four digits are a clock time only with what follows, so "local time" is part of it.
    name: 'time',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}:.,$€£])(?:(\\d{1,2})(?:[:.]([0-5]\\d))?(?::[0-5]\\d)?${OS}([aApP])(?:\\.${OS}[mM]\\.?|${OS}[mM])(?![\\p{L}])|(\\d{1,2}):([0-5]\\d)(?::[0-5]\\d)?(?![\\p{N}]|[:.]\\d)|([01]\\d|2[0-3])([0-5]\\d)(?:(?=${OS}(?:GMT|UTC|Z|hrs|hours)\\b)|${OS}local${S}time\\b)|\\b(noon|midnight|midday)\\b)${TZ}`,
      'gu',
    ),
    parse: (m, text) => {
      const tz = zone(m[9], m[10], m[11], m[12]);
      if (m[8]) return { timex: `XXXX-XX-XXT${m[8].toLowerCase() === 'midnight' ? '24:00' : '12:00'}${tz}` };
      if (m[6]) return { timex: `XXXX-XX-XXT${m[6]}:${m[7]}${tz}` };
      if (m[4]) {
        const hour = Number(m[4]);
        if (hour > 24) return null;
        // A bare "3:16" is a verse, a ratio or a score unless written as a clock time:
        // two-digit hour, a time zone, or a preposition of time before it.
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        if (m[4].length === 1 && !m[9] && !/\b(?:at|by|from|until|till|before|after|around|about|since|to|between|and)[ \t]+$/iu.test(before)) return null;
        // "that night at 11:30", "on Tuesday evening at 7:45", "at 10:15 that night": a twelve-hour
        // clock time without a.m. or p.m. next to the evening or the night it falls in is after
        // noon, as "9:30 tonight" is (5–11 only: "that night at 1:30" is after midnight).
        const end = m.index + m[0].length;
        const part = /\b(?:(evening)|(?:to)?(night))(?:[ \t]+(?:at|around|about|after|until|till|by|from))?[ \t]+$/iu.exec(text.slice(Math.max(0, m.index - 24), m.index)) ?? /^[ \t]+(?:that|this|on[ \t]+that)[ \t]+(?:(evening)|(night))\b/iu.exec(text.slice(end, end + 20));
        const evening = !m[9] && !m[4].startsWith('0') && hour >= 1 && hour <= 12 && part ? hourOfPart(hour, part[1] ? 'evening' : 'night') : null;
        return { timex: `XXXX-XX-XXT${pad(evening !== null && evening < 24 ? evening : hour)}:${m[5]}${tz}` };
      }
      let hour = Number(m[1]);
      if (hour < 1 || hour > 12) return null;
      // "the 12AM-X adapter", "the 5PM Bar": a product code or a name, not a time.
      const end = m.index + m[0].length;
      if (!m[9] && (/^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2)) || (/\b(?:the|a|an)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index)) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) && !DATE_WORD.test(/^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 20))![1])))) return null;
      const pm = m[3].toLowerCase() === 'p';
      if (pm && hour !== 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return { timex: `XXXX-XX-XXT${pad(hour)}:${m[2] ?? '00'}${tz}` };
    },
  },
  {
    // TIMEX3 reference values for the present, past and future, as TimeML annotates them: "is
    // now smaller", "currently sells", "at present", "nowadays", "these days" → PRESENT_REF;
    // "recently announced", "lately", "in the past", "in recent history" → PAST_REF; "in the future", "soon", "for
    // the long term" → FUTURE_REF. They name no calendar date: the value is the token itself.
    // Not the conjunction ("now that"), the idioms ("now and then", "as soon as", "sooner or
    // later"), a name ("Now TV" inside a sentence), a hyphened adjective ("the now-defunct
    // firm"), nor a noun phrase the word only heads ("the past two years", "the future of the
    // plant", "the past decade" is a duration).
    name: 'reference-value',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:(now|currently|nowadays|these${S}days|at${S}present|at${S}the${S}moment)|(recently|lately|recent${S}(?:[\\p{L}.]{2,20}${S})?history)|(soon)|(the${S}past)|(the${S}(?:near${S}|distant${S}|foreseeable${S})?future)|(?<=\\b(?:in|for|over)${S})(the${S}(?:long|longer|short|medium)${S}term))(?![\\p{L}\\p{N}]|-\\p{L})`,
      'giu',
    ),
    parse: (m, text) => {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(end, end + 16);
      if (m[1]) {
        const word = m[1];
        if (/^now$/iu.test(word)) {
          // "Now TV", "NOW": a capital inside a sentence is a name, not the adverb.
          if (word !== 'now' && !(word === 'Now' && isSentenceStart(text, m.index))) return null;
          // "now that prices have fallen": a conjunction; "now and then", "now and again": an idiom.
          if (/^[ \t]+(?:that|and[ \t]+(?:then|again))\b/iu.test(after)) return null;
          // "two weeks from now" is an offset of its own; "every now and then" an idiom.
          if (/\bevery[ \t]+$/iu.test(before)) return null;
        }
        // "at the moment of impact", "at the moment when": a moment of something else.
        if (/moment$/iu.test(word) && /^[ \t]+(?:of|when)\b/iu.test(after)) return null;
        return { timex: 'PRESENT_REF' };
      }
      if (m[2]) return { timex: 'PAST_REF' };
      if (m[3]) {
        // "Khoo Beng Soon, who ran the shop": a capital inside a sentence is a name, as for "Now".
        if (m[3] !== 'soon' && !(m[3] === 'Soon' && isSentenceStart(text, m.index))) return null;
        // "as soon as", "soon after the vote" (relative to an event, not to now), "soon-to-be".
        if (/\bas[ \t]+$/iu.test(before) || /^[ \t]+(?:after|before|as)\b/iu.test(after)) return null;
        // "thrown out too soon", "so soon after": a degree, not a time. "They were soon quiet",
        // "the crowd soon drifted away": in past narrative "soon" is shortly after the event told,
        // not the future of the reference date.
        if (/\b(?:too|so|how|was|were|had)[ \t]+$/iu.test(before) || /^[ \t]+(?:\p{Ll}{2,}ed|became|began|came|went|took|found|grew|fell|rose|left|made|saw|gave|ran|knew|felt)\b/u.test(after)) return null;
        return { timex: 'FUTURE_REF' };
      }
      // "the past", "the future": only as a noun phrase of their own ("lessons of the past",
      // "in the future."), not before a noun or count they modify ("the past two years", "the
      // future king") nor "the future of the plant" (its prospects).
      if (m[4] || m[5]) {
        if (!/^(?:[ \t]*(?:[,.;:!?)\]"”’']|$)|[ \t]+(?:and|or|but|when|where|while|as|is|was|were|has|had|have|will|would|could|may|might|that|which|to|for|in|at|on|with|by|than|because|if|—|–)\b)/u.test(after)) return null;
        if (m[5] && /^[ \t]+of\b/iu.test(after)) return null;
        return { timex: m[4] ? 'PAST_REF' : 'FUTURE_REF' };
      }
      return { timex: 'FUTURE_REF' };
    },
  },
  {
    // "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve", "Halloween", "Valentine's Day"
    name: 'holiday',
    // "finish by Christmas 2030", "on Christmas Eve, 2019": a year after the holiday is its year,
    // one expression (as "December 25, 2030" is).
    pattern: new RegExp(`\\b(Christmas(?:[ \\t]+(?:Day|Eve))?|New[ \\t]+Year['’]?s(?:[ \\t]+(?:Day|Eve))|Halloween|Valentine['’]?s[ \\t]+Day|Boxing[ \\t]+Day|Fourth[ \\t]+of[ \\t]+July|May[ \\t]+Day)\\b(?:,?${S}${YEAR4})?`, 'gu'),
    parse: (m, text) => {
      // ("Lunar New Year's Eve": the eve of a lunar feast, not December 31.)
      if (/\b(?:Lunar|Chinese)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "Christmas sales", "the Christmas and New Year trading period": a season's trade, not the day.
      if (HOLIDAY_SEASON_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      // "Christmas Island", "May Day Street", "Boxing Day Road": a capitalised noun of place after the
      // holiday makes it part of a name, no day (the moving feasts below refuse any capital after).
      if (!m[2] && HOLIDAY_PLACE_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      const name = m[1].replace(/[ \t]+/gu, ' ').replace(/’/gu, "'");
      const fixed: Record<string, string> = {
        Christmas: '12-25', 'Christmas Day': '12-25', 'Christmas Eve': '12-24', "New Year's Day": '01-01',
        "New Years Day": '01-01', "New Year's Eve": '12-31', "New Years Eve": '12-31', Halloween: '10-31',
        "Valentine's Day": '02-14', "Valentines Day": '02-14', 'Boxing Day': '12-26', 'Fourth of July': '07-04',
        'May Day': '05-01',
      };
      // "before Orthodox Christmas", "Orthodox Christmas Eve": the churches that keep the Julian
      // calendar (Russian, Serbian, Macedonian, Georgian, Coptic, Ethiopian) hold Christmas on
      // December 25 Julian, January 7 Gregorian from 1901 to 2099 (Eve: January 6). One expression.
      const orthodox = /^(?:Christmas(?: Day| Eve)?)$/u.test(name) ? /(?<!\p{L})Orthodox[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 10), m.index)) : null;
      if (orthodox) return { timex: `${m[2] ?? 'XXXX'}-01-0${name === 'Christmas Eve' ? 6 : 7}`, start: -orthodox[0].length };
      const md = fixed[name];
      return md ? { timex: `${m[2] ?? 'XXXX'}-${md}` } : null;
    },
  },
  {
    // "on Easter Monday", "Good Friday", "before Thanksgiving", "Easter 2027": feasts whose day moves
    // from year to year. Thanksgiving is the American one (the fourth Thursday of November) unless
    // the story is Canadian (the second Monday of October).
    name: 'movable feast',
    // ("before the Lunar New Year", "just before Diwali": the feasts of a lunar calendar that news in
    // English names most, the Lunar New Year and Diwali, from their tables in dates/resolve.ts.)
    pattern: new RegExp(`\\b(Good${S}Friday|Holy${S}Saturday|Easter(?:${S}(?:Sunday|Monday|Day))?|Thanksgiving(?:${S}Day)?|(?:Lunar|Chinese)${S}New${S}Year|Diwali|Deepavali)\\b(?![’']s${S}(?:Day|Eve)\\b)(?:,?${S}${YEAR4})?`, 'gu'),
    parse: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // "the Easter holidays", "Easter eggs", "the Thanksgiving weekend": a season or a custom, not
      // the day; "Easter Road", "Easter Island", "the Easter Rising": a name.
      const name = m[1].replace(/[ \t\u00a0]+/gu, ' ');
      // ("Good Friday services", "the Easter Monday parade": a feast named by its day still dates what
      // happens on it, and its weekday must not be read alone as the nearest Friday.)
      const dayOfFeast = /^(?:Good Friday|Holy Saturday|Easter (?:Sunday|Monday))$/u.test(name);
      // ("Vekla Rallies Past Tolbeg in Thanksgiving Day Thriller": in a headline whose every long word
      // opens with a capital, a capital after the feast is the headline's style, not a name.)
      // (A noun of place still makes a name there: "Fans Pack Easter Road Again".)
      const nameAfter = /^[ \t]+\p{Lu}/u.test(after) && (!inTitleCaseLine(text, m.index) || HOLIDAY_PLACE_NOUN.test(after));
      if (!m[2] && !(dayOfFeast && /^[ \t]+(?:parade|services?|vigil|mass|procession|march|celebrations?)\b/u.test(after)) && (HOLIDAY_SEASON_NOUN.test(after) || /^[ \t]+(?:weekend|week|eggs?|bunny|term|recess|travel|getaway|parade|services?|vigil)\b/u.test(after) || nameAfter)) return null;
      // ("Orthodox Easter": the churches that keep the Julian calendar reckon Easter by it, weeks after
      // the Western one in most years; one expression with "Orthodox".)
      const orthodox = /^Easter(?: Sunday| Day)?$/u.test(name) ? /(?<!\p{L})Orthodox[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 10), m.index)) : null;
      const feast = orthodox ? 'ORTHODOXEASTER' : /^Thanksgiving/u.test(name) ? (documentCountry(text) === 'CA' ? 'THANKSGIVING-CA' : 'THANKSGIVING') : /New Year$/u.test(name) ? 'LUNARNY' : /^D(?:iwali|eepavali)$/u.test(name) ? 'DIWALI' : name === 'Good Friday' ? 'EASTER-2' : name === 'Holy Saturday' ? 'EASTER-1' : name === 'Easter Monday' ? 'EASTER+1' : 'EASTER';
      const start = orthodox ? { start: -orthodox[0].length } : {};
      if (!m[2]) return { timex: `XXXX-${feast}`, ...start };
      const day = movableFeast(feast, Number(m[2]));
      return day ? { timex: `${m[2]}-${pad(day.month)}-${pad(day.day)}`, ...start } : null;
    },
  },
];

