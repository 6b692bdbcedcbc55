// Temporal expressions → TIMEX3-style values.
//
// Pipeline: an ordered list of parsers (dates/parsers.ts), each a pattern and
// a function that returns a timex or declines; modifiers in front ("early",
// "late", "mid-", "the end of") are taken into the span; overlaps are settled
// longest-first; adjacent day + time pairs are merged ("Tuesday at 8:50
// p.m."); the tense around an open expression picks its direction; then each
// timex is resolved against the reference date (dates/resolve.ts).
//
// What is a date: an expression that names a day, month, year, week, quarter,
// season, decade, century or time of day — "Wednesday", "Feb. 28", "last
// month", "February 2022", "8:50 p.m.", "Tuesday night", "yesterday", "this
// year", "three years ago", "the 1990s"; and, as TimeML annotates them, the
// present, past and future as such ("now", "currently", "recently", "in the
// past", "the future", "soon"), whose value is the TIMEX3 token PRESENT_REF,
// PAST_REF or FUTURE_REF: no calendar date. Not dates: durations ("three
// years", "24 hours", "30-day"), sets ("every Monday", "annually"), adjectives
// ("the current crisis", "recent losses"). Anaphora ("that day", "three days
// later") resolve against the calendar date named before them, or are dropped.
//
// Timex forms (before resolution):
//   reference "PRESENT_REF", "PAST_REF", "FUTURE_REF": the value is the same token.
//   absolute  "2025", "2025-03", "2025-03-19", "2025-03-19T20:50", "2025-Q2", "2025-H1",
//             "2025-SU" (SP SU FA WI), "199" (the 1990s), "19" (the 20th century);
//             a time may carry a zone: "T20:50Z", "T20:50-05:00".
//   partial   TIMEX3 X for what the text leaves open: "XXXX-02-28", "XXXX-02",
//             "XXXX-WXX-3" (a Wednesday), "XXXX-WXX-2TNI" (a Tuesday night),
//             "XXXX-WXX-6+1W" (Saturday week: a week after the coming Saturday),
//             "XXXX-Q2", "XXXX-SU", "XXXX-XX-XXT20:50" (a time on an unnamed day);
//             a movable feast: "XXXX-EASTER" (Easter Sunday), "XXXX-EASTER-2" (Good Friday),
//             "XXXX-EASTER+1" (Easter Monday), "XXXX-THANKSGIVING" (US), "XXXX-THANKSGIVING-CA",
//             "XXXX-THANKSGIVING+1" (Black Friday), "XXXX-THANKSGIVING+4" (Cyber Monday);
//             a week of a month: "XXXX-03-WL" (the last week of March), "2024-06-W1"
//             (the first week of June 2024), resolved to the ISO week of its middle day.
//   relative  REF, the reference date, with a signed offset and a unit:
//             REF±nD (days), REF±nW (ISO weeks), REF±nM (months), REF±nY (years),
//             REF±nQ (quarters), REF±nE (decades), REF±nC (centuries); then optionally
//             a part: "-WE" weekend and "-1".."-7" weekday of that week (after W);
//             "-MM", "-Qn", "-Hn", "-SU" of that year (after Y); and a time "T…"
//             after D or a weekday. Examples: "REF-1D" yesterday, "REF+0DTNI"
//             tonight, "REF-1DT15:00" yesterday at 3 p.m., "REF+0W" this week,
//             "REF-1W-WE" last weekend, "REF+1W-1" Monday next week, "REF-1M"
//             last month, "REF-3Y" three years ago, "REF+1Y-10" October of next
//             year, "REF-1Y-Q1" the first quarter of last year, "REF-1Q" last quarter;
//             months or years then days, at day granularity: "REF+1M+1D" a month from tomorrow.
//
// Values are ISO 8601 at the expression's own granularity ("2025", "2025-02",
// "2025-W12", "2025-03-18", "2025-03-18T20:50", "2025-Q1"), null when it
// cannot be known (a relative date without a reference date).
import type { DateCandidate, Span } from '../types.ts';
import { PARSERS, hourOfPart, inMonthTable } from './dates/parsers.ts';
import { REFERENCE_VALUES, isoWeek, pad, resolveTimex } from './dates/resolve.ts';
import type { Direction, Found } from './dates/types.ts';

export { resolveTimex };
export type { Direction };

// V8 tries a case-insensitive Unicode pattern that opens with \b at every position of the text
// (about 30 times slower than with either flag alone). Every such parser opens with a word or a
// number, and before a word character \b is (?<!\w), which V8 searches for fast: same matches
// (test/dates-patterns.test.ts), a third of the date rules' time.
export const searchablePattern = (pattern: RegExp): RegExp =>
  /i/u.test(pattern.flags) && /u/u.test(pattern.flags) && pattern.source.startsWith('\\b') ? new RegExp(`(?<!\\w)${pattern.source.slice(2)}`, pattern.flags) : pattern;
const PATTERNS = PARSERS.map(({ pattern }) => searchablePattern(pattern));

export function extractDates(text: string, refDate: string | null): DateCandidate[] {
  // Found again on every call, so the same input always costs the same work (no cross-call cache).
  quotationsOf = { text, spans: null };
  const found: Found[] = [];
  for (const [priority, parser] of PARSERS.entries()) {
    const pattern = PATTERNS[priority];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const parsed = parser.parse(m, text);
      if (!parsed) continue;
      for (const p of Array.isArray(parsed) ? parsed : [parsed]) {
        const start = m.index + (p.start ?? 0);
        const matched = m.index + (p.end ?? m[0].length);
        // "talks began at 2pm (1300 GMT)": a zone's closing bracket whose opening one is outside
        // the date is the sentence's, not the date's.
        const end = text[matched - 1] === ')' && !text.slice(start, matched).includes('(') ? matched - 1 : matched;
        if (end <= start) continue;
        found.push({ start, end, timex: p.timex, direction: p.direction, kind: kindOf(p.timex), priority, ...(p.wholeStory ? { wholeStory: true } : {}) });
      }
    }
  }
  for (const f of found) f.start = withModifiers(text, f.start, f.timex);
  // "every Monday", "each March": sets, not dates.
  const dates = found.filter((f) => !/\b(?:every|each)[ \t]+(?:other[ \t]+|single[ \t]+)?$/iu.test(text.slice(Math.max(0, f.start - 20), f.start)));
  const kept = shareModifiers(text, joinDayAndYear(text, mergeDateAndTime(text, longestFirst(dates))));
  const out: DateCandidate[] = [];
  // Calendar dates so far, latest last: the candidates an anaphor can point back to.
  const antecedents: DateCandidate[] = [];
  for (const [at, f] of kept.entries()) {
    const anaphoric = /^(?:SAME|PREV|ANA|NEXT)[+-]|^NEXTWD-/u.test(f.timex);
    if (f.timex.startsWith('NEXTWD-')) {
      const timex = followingWeekday(text, f, Number(f.timex.slice(7)), antecedents, refDate);
      if (timex === null) continue;
      f.timex = timex;
    } else if (anaphoric) {
      const timex = f.timex === 'SAME-1Y' ? sameAsBefore(text, f, antecedents.at(-1), refDate) : relativeToAntecedent(text, f, f.timex, antecedents, refDate);
      if (timex === null) continue;
      f.timex = timex;
    }
    // "approved the day before Thanksgiving", "the day after Christmas": a day's neighbour (its
    // tense read from before the whole phrase, not from "before"/"after").
    const neighbour = DAY_NEIGHBOUR.exec(text.slice(Math.max(0, f.start - 20), f.start));
    const whole = neighbour ? { ...f, start: f.start - neighbour[0].length } : f;
    yearInApposition(text, whole, f, out.at(-1));
    const value = midnightGoneBy(text, f, refDate, yearOfNamedMonth(text, f, antecedents, refDate, yearEndingInNamedYear(text, f, out.at(-1), quarterJustEnded(text, f, refDate, rangeEndAfterStart(text, f, out.at(-1), weekdayRangeEndAfterStart(text, f, out.at(-1), timeOnDayBefore(text, at, kept, antecedents, refDate) ?? dayOfSaying(text, at, kept, refDate) ?? weekdayAheadOf(text, f, antecedents, refDate) ?? safeResolve(f.timex, refDate, f.direction ?? directionFromContext(text, whole, refDate))), refDate)))));
    if (neighbour && value && /^\d{4}-\d\d-\d\d$/u.test(value)) {
      const shifted = new Date(Date.parse(`${value}T00:00:00Z`) + (/before/iu.test(neighbour[1]) ? -DAY_MS : DAY_MS)).toISOString().slice(0, 10);
      const start = f.start - neighbour[0].length;
      out.push({ start, end: f.end, text: text.slice(start, f.end), timex: shifted, value: shifted });
    } else {
      out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), timex: f.timex, value });
    }
    // "three days later" counts from a calendar date, never from "now" or "recently".
    if (!anaphoric && !REFERENCE_VALUES.has(f.timex)) antecedents.push(out[out.length - 1]);
  }
  return out;
}

const DAY_NEIGHBOUR = /\b[Tt]he[ \t]+day[ \t]+(before|after)[ \t]+$/u;

// "The union walked out on Monday. Talks resumed ahead of Friday's deadline", "On Thursday shares
// fell before the jobs report on Friday": the event after "ahead of" or "before" comes after the
// clause's own, which the story dated by the day it named last; a weekday named so is the first
// after that day, unless the clause is told as future (then the first after the reference date).
// Only a day at most a week before the reference date: a weekday named by name is near the story's
// day, and a day further back dates another part of the story.
// ("before dawn on Tuesday" names a part of the day, not a later event; a dateline's day is the
// story's, not the clause's. The times of day and meals are those of Wiktionary's English "Times
// of day" and "Meals" categories: README, "The closed word classes".)
const AHEAD_OF = /\b(?:ahead[ \t]+of|before(?![ \t]+(?:dawn|daybreak|sunrise|first[ \t]+light|noon|midday|midnight|sunset|dusk|nightfall|lunch|breakfast|dinner)\b)|in[ \t]+the[ \t]+(?:run|lead)-up[ \t]+to)\b[^.!?;:\n]{0,60}$/iu;

function weekdayAheadOf(text: string, f: Found, antecedents: readonly DateCandidate[], refDate: string | null): string | null {
  const weekday = /^XXXX-WXX-([1-7])$/u.exec(f.timex);
  if (!weekday || refDate === null || !AHEAD_OF.test(text.slice(Math.max(0, f.start - 80), f.start))) return null;
  const ref = Date.parse(`${refDate.slice(0, 10)}T00:00:00Z`);
  for (let i = antecedents.length - 1; i >= 0 && inSameParagraph(text, antecedents[i], f); i--) {
    const day = /^\d{4}-\d\d-\d\d$/u.exec(antecedents[i].value ?? '');
    if (!day || inDateline(text, antecedents[i])) continue;
    const at = Date.parse(`${day[0]}T00:00:00Z`);
    if (at > ref || ref - at > 7 * DAY_MS) return null;
    // ("Dock workers struck on Thursday. Talks will resume before Monday's deadline": a clause told as
    // future puts the day after the story's own, as a weekday with no such cue would be.)
    if (firstIndex(FUTURE_CUE, sentenceBefore(text, f)) >= 0) return resolveTimex(`XXXX-WXX-${weekday[1]}`, refDate.slice(0, 10), 'future-strict');
    return resolveTimex(`XXXX-WXX-${weekday[1]}`, day[0], 'future-strict');
  }
  return null;
}

// "In 2019, on March 3, the plant flooded", "Last year, the day before Thanksgiving, …", "In 2031,
// in the spring, …": a date with no year of its own set after a year and a comma narrows that
// year, as an apposition does; it is not the nearest such day to the reference date.
const APPOSITION_AFTER_YEAR = /^,[ \t]*(?:(?:on|in|at|during|around|by)[ \t]+)?(?:(?:early|late|mid)[ \t-]+)?(?:the[ \t]+)?$/iu;
const YEARLESS = /^XXXX-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI|EASTER(?:[+-][1-7])?|THANKSGIVING(?:-CA|\+[14])?|LUNARNY|DIWALI)(?:T.+)?$/u;

/** Gives `f` the year of `prev` when `prev` is a year and `f` (spanning `whole` with a day's neighbour) its apposition. */
function yearInApposition(text: string, whole: Span, f: Found, prev: DateCandidate | undefined): void {
  if (!prev || !/^\d{4}$/u.test(prev.value ?? '') || !YEARLESS.test(f.timex)) return;
  if (!APPOSITION_AFTER_YEAR.test(text.slice(prev.end, whole.start))) return;
  // (A movable feast has no fixed day: it is that year's, found from the year's first day.)
  // ("Last year, on March 3": "REF-1Y-03-03", so the timex stays independent of the reference date.)
  const year = /^REF[+-]\d+Y$/u.test(prev.timex) ? prev.timex : prev.value!;
  f.timex = /^XXXX-[A-Z]/u.test(f.timex) ? (resolveTimex(f.timex, `${prev.value}-01-01`, 'future') ?? f.timex) : f.timex.replace('XXXX', year);
}
/**
 * "the ferry sank in October last year. ⏎ It left port shortly after 6am on October 9": a day with no year of its own, told as past, in the month the story has just dated (the
 * latest date before it, at most 400 characters back, in that month of a year gone by) is a day of
 * that month, not the nearest such day to the reference date.
 */
function yearOfNamedMonth(text: string, f: Found, antecedents: readonly DateCandidate[], refDate: string | null, value: string | null): string | null {
  const day = /^XXXX-(\d\d)-\d\d(?:T.+)?$/u.exec(f.timex);
  const last = antecedents.at(-1);
  if (!value || !day || !refDate || !last || f.start - last.end > 400) return value;
  const month = /^(\d{4})-(\d\d)(?:-\d\d(?:T.+)?)?$/u.exec(last.value ?? '');
  // ("Exports slumped in February last year. ⏎ Analysts expect them to recover by February 28": a
  // sentence with no past form tells no day gone by, future cue or none.)
  if (!month || month[2] !== day[1] || last.value! >= refDate || firstIndex(FUTURE_CUE, sentenceAround(text, f)) >= 0 || !hasPastForm(sentenceAround(text, f))) return value;
  return month[1] + value.slice(4);
}
const inSameSentence = (text: string, a: Span, b: Span) => b.start - a.end <= 200 && !/[.!?]["”’']?\s+["“‘']?\p{Lu}|\n/u.test(text.slice(a.end, b.start));
// A paragraph: no blank line between, and near enough that the story has not moved on.
const inSameParagraph = (text: string, a: Span, b: Span) => b.start - a.end <= 400 && !/\n[ \t]*\n/u.test(text.slice(a.end, b.start));

const DAY_MS = 86_400_000;
const GRANULARITY: Record<string, RegExp> = {
  D: /^(\d{4})-(\d\d)-(\d\d)/u,
  W: /^(\d{4})-(?:(\d\d)-(\d\d)|W(\d\d))/u,
  M: /^(\d{4})-(\d\d)/u,
  Y: /^(\d{4})/u,
};

/**
 * Anaphoric dates, relative to the date named before them (the antecedent), at their own unit:
 *   PREV±nU  "the previous year", "a year earlier", "the entire year" (PREV-0Y): antecedent in the
 *            same sentence; without one, the reference date ("REF-1Y"), or no date for n = 0;
 *   ANA±nU   "that day", "three days later", "six months earlier": antecedent in the same
 *            paragraph; without one, the reference date for n ≠ 0, no date for n = 0;
 *   NEXT+1U  "the following week", "the next day": antecedent in the same paragraph, else no date.
 * U is D, W, M or Y, or * for the antecedent's own granularity ("that time"). The result is absolute when the antecedent is ("2025-03-06"), else a REF form
 * ("REF-13D") so the timex stays independent of the reference date. The antecedent must be at
 * least as fine as U (a day for D; a day or week for W; a month for M).
 */
function relativeToAntecedent(text: string, f: Found, timex: string, antecedents: readonly DateCandidate[], refDate: string | null): string | null {
  const m = /^(PREV|ANA|NEXT)([+-])(\d+)([DWMY*])$/u.exec(timex);
  if (!m) return null;
  const n = Number(m[3]) * (m[2] === '-' ? -1 : 1);
  const last = antecedents.at(-1);
  // "*": the antecedent's own granularity ("by that time" after "June 10" is June 10).
  const unit = m[4] === '*' ? granularityOf(last?.value) : m[4];
  if (!unit) return null;
  const fallback = m[1] === 'NEXT' || n === 0 ? null : `REF${signed(n)}${unit}`;
  // "later in the day" reaches back past its paragraph to the last day the story named (one
  // sentence a line: "Ford said on Tuesday …" three lines up); with none, it is no date.
  const near = (c: DateCandidate) => (m[1] === 'PREV' ? inSameSentence(text, c, f) : f.wholeStory === true || inSameParagraph(text, c, f));
  // The latest date near enough that is as fine as the unit: "later in the day" after "said on
  // Tuesday … against 9% a year ago" is Tuesday, since a year cannot be the day meant.
  let prev: DateCandidate | undefined;
  let g: RegExpExecArray | null = null;
  for (let i = antecedents.length - 1; i >= 0 && near(antecedents[i]); i--) {
    g = antecedents[i].value ? GRANULARITY[unit].exec(antecedents[i].value!) : null;
    if (g) {
      prev = antecedents[i];
      break;
    }
  }
  if (!prev || !g) return fallback;
  const absolute = !/X|REF/u.test(prev.timex);
  if (!absolute && !refDate) return fallback;
  const shifted = shift(g, unit, n);
  if (absolute) return shifted.iso;
  return `REF${signed(shift(GRANULARITY[unit].exec(refDate!)!, unit, 0).index * -1 + shifted.index)}${unit}`;
}

/**
 * "the following Saturday" (weekday 1–7, Monday first) after a day named in the same paragraph:
 * the first such weekday after that day, as an ISO date; null when the paragraph names no day
 * with a calendar value.
 */
function followingWeekday(text: string, f: Found, weekday: number, antecedents: readonly DateCandidate[], refDate: string | null): string | null {
  for (let i = antecedents.length - 1; i >= 0 && inSameParagraph(text, antecedents[i], f); i--) {
    const day = /^\d{4}-\d\d-\d\d/u.exec(antecedents[i].value ?? '');
    if (!day) continue;
    const value = resolveTimex(`XXXX-WXX-${weekday}`, day[0], 'future-strict');
    // ("The fire broke out on Tuesday. The following Saturday, the school reopened", told on a
    // Wednesday: a day after the story's own, told as past after it, contradicts the day before it;
    // unresolved. A schedule in the present, "the final comes the following Saturday", keeps it.)
    const clause = sentenceAround(text, f);
    const after = text.slice(f.end, f.end + 120).split(/[.!?](?=\s)/u)[0];
    if (refDate && value !== null && value > refDate && firstIndex(FUTURE_CUE, clause) < 0 && firstIndex(PAST_CUE, after) >= 0) return null;
    return value;
  }
  return null;
}

/**
 * "The call ended on Tuesday. The strike came at 8:50 p.m.": a time of day with no day of its own
 * is on the latest day named before it in the same paragraph ("2025-03-18T20:50"); null when there
 * is none (the reference date's day then).
 */
function timeOnDayBefore(text: string, at: number, kept: readonly Found[], antecedents: readonly DateCandidate[], refDate: string | null): string | null {
  const f = kept[at];
  const time = /^XXXX-XX-XX(T.+)$/u.exec(f.timex);
  if (!time) return null;
  for (let i = antecedents.length - 1; i >= 0 && (f.wholeStory === true || inSameParagraph(text, antecedents[i], f)); i--) {
    const day = /^\d{4}-\d\d-\d\d/u.exec(antecedents[i].value ?? '');
    if (day) return day[0] + time[1];
  }
  // "The council agreed on Friday to close … ⏎ … residents cheered when the count was declared
  // just after 9 p.m.": a time told in the past tense with no day in its paragraph is on the
  // story's day, the first day its text names (a dateline's date is the day of filing, not of the
  // events), when that day is not after the reference date.
  if (refDate === null) return null;
  // "Orsa face Tolby in the final on Friday. ⏎ “The gates will open at 6 p.m.,” the
  // club said": a time told as future with no day in its paragraph is on the last day the story
  // named before it when that day is still ahead, the day of what is scheduled.
  // ("The airliner was due to take off at 21:14": a plan told in the past is no future; its time is
  // on the story's day, below.)
  if (firstIndex(FUTURE_CUE, sentenceAround(text, f)) >= 0 && !toldPastInOwnClause(text, f) && !PAST_PLAN.test(sentenceBefore(text, f))) {
    const last = antecedents.at(-1);
    const day = last && f.start - last.end <= 600 ? /^\d{4}-\d\d-\d\d/u.exec(last.value ?? '') : null;
    return day && day[0] > refDate ? day[0] + time[1] : null;
  }
  if (!hasPastForm(sentenceAround(text, f))) return onTimeline(time[1], antecedents, refDate);
  const lead = antecedents.find((a) => /^\d{4}-\d\d-\d\d/u.test(a.value ?? '') && !inDateline(text, a));
  const day = lead && /^\d{4}-\d\d-\d\d/u.exec(lead.value!)![0];
  return day && day <= refDate ? day + time[1] : null;
}

/**
 * "Her brother arrived with coffee after midnight": a midnight told in the past with no day of its
 * own is the one gone by, written as the start of the day it opened (T00:00), not as the end of
 * the day before (T24:00, the same instant): the reference day's when the story names no earlier
 * day, else the day after the story's. A midnight still ahead ("the offer expires at midnight")
 * keeps T24:00, the end of the day it closes, as TIMEX3 writes it.
 */
function midnightGoneBy(text: string, f: Found, refDate: string | null, value: string | null): string | null {
  const day = /^(\d{4}-\d\d-\d\d)T24:00$/u.exec(value ?? '');
  if (!day || refDate === null || !/^XXXX-XX-XXT24:00$/u.test(f.timex)) return value;
  // ("Ana, whose band will play later, arrived after midnight": a relative clause set off by
  // commas has its own tense. The tense that counts is the clause the midnight stands in: "the
  // deal, which expires at midnight, was signed" is a midnight ahead; "the talks, which broke up
  // at midnight, will resume on Friday" one gone by.)
  const sentence = ownRelativeClause(text, f) ?? sentenceAround(text, f, true).replace(/,[ \t]+(?:who|whose|which)\b[^,;]*,/gu, ' ');
  if (firstIndex(FUTURE_CUE, sentence) >= 0 || !hasPastForm(sentence)) return value;
  if (day[1] === refDate) return `${refDate}T00:00`;
  const next = new Date(Date.parse(`${day[1]}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return next <= refDate ? `${next}T00:00` : value;
}

/**
 * "The curfew, which began at midnight, ends on Friday": the words of the comma-set relative
 * clause ("…, which/who/whose …,") a date stands in, without the date; null when it stands in none.
 */
function ownRelativeClause(text: string, f: Span): string | null {
  const before = /,[ \t]+((?:who|whose|which)\b[^,;:"“”]*)$/iu.exec(sentenceBefore(text, f));
  if (!before) return null;
  const after = /^[^,;:"“”.!?\n]*/u.exec(text.slice(f.end, f.end + 200))?.[0] ?? '';
  return `${before[1]} ${after}`;
}

/**
 * "The ferry, which sailed at 6 a.m., will not run tomorrow": a time inside a relative clause
 * ("which …", "who …", set off by a comma) told in the past, with no future in that clause, is of
 * an event gone by; a relative clause carries its own tense, whatever the main clause says.
 */
function toldPastInOwnClause(text: string, f: Span): boolean {
  const before = text.slice(Math.max(0, f.start - 150), f.start);
  const after = text.slice(f.end, f.end + 150);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/u));
  const opening = before.slice(cut + 1);
  if (before[cut] !== ',' || !/^[ \t]+(?:which|who|whose)\b/u.test(opening)) return false;
  const stop = after.search(/[,;\n]|[.!?](?:\s|$)/u);
  const clause = `${opening} ${stop >= 0 ? after.slice(0, stop) : after}`;
  return hasPastForm(clause) && firstIndex(FUTURE_CUE, clause) < 0;
}

/**
 * "By 10pm on Friday, the Vekla shelter has 31 guests. … Near 2am, a patrol car drops off a
 * woman. … At 6.45am the night shift ends.": a story told in the present about a night already past
 * is a timeline; a time of day in the present tense after a time on a named day before the
 * reference date goes on from it, on the same day, or the next when its clock is earlier. Null
 * when the story has named no such time (the reference date's day then).
 */
function onTimeline(time: string, antecedents: readonly DateCandidate[], refDate: string): string | null {
  const clock = /^T(\d\d):(\d\d)$/u.exec(time);
  if (!clock) return null;
  for (let i = antecedents.length - 1; i >= 0 && i >= antecedents.length - 20; i--) {
    const prev = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/u.exec(antecedents[i].value ?? '');
    if (!prev) continue;
    if (prev[1] >= refDate) return null;
    const later = clock[1] + clock[2] > prev[2] + prev[3];
    return new Date(Date.parse(`${prev[1]}T00:00:00Z`) + (later ? 0 : DAY_MS)).toISOString().slice(0, 10) + time;
  }
  return null;
}

// "“…,” she said on Tuesday", "“…,” he told the Courier outside the gate.": a past verb of saying
// right after the quotation closes.
// "Councillor Hale said the crews had “…”", "she told the hearing on Monday: “…”": a past
// verb of saying earlier in the quotation's sentence.
// The past verbs of saying that attribute a quotation: one list for the three patterns below.
const SAID_PAST = 'said|told|added|explained|recalled|wrote|insisted|admitted|complained|replied';
const PAST_ATTRIBUTION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SAID_PAST})\\b[^.!?\\n“”"]{0,100}$`, 'u');
// "“I practised it for years,” he said. “Tonight it paid off.”": a quotation that goes on after its
// attribution's sentence was said at the same time.
const PAST_ATTRIBUTION_CONTINUED = new RegExp(`[”"],?[ \\t]+(?:[^.!?\\n“”"]{0,60}?[ \\t])?(?:${SAID_PAST})\\b[^.!?\\n“”"]{0,120}[.][ \\t]+$`, 'u');
const PAST_ATTRIBUTION = new RegExp(`^[”"’']?[ \\t]*,?[ \\t]*(?:[^.!?\\n“"]{0,60}?[ \\t])?(?:${SAID_PAST})\\b[^.!?\\n“"]{0,60}`, 'u');

/**
 * "“We left this morning,” he told the crowd on Tuesday": a day told relative to the speaker's
 * now, inside a quotation, counts from the day the words were said: the day its attribution names,
 * else the last day the story named before the quotation (outside quotations and the dateline)
 * when that is before the reference date; only with a past verb of saying. Null otherwise.
 */
function dayOfSaying(text: string, at: number, kept: readonly Found[], refDate: string | null): string | null {
  const f = kept[at];
  const rel = /^REF([+-]\d+)D(T.+)?$/u.exec(f.timex);
  if (!rel || refDate === null) return null;
  const quotation = quotationAround(text, f.start);
  if (!quotation) return null;
  const [open, close] = quotation;
  // The attribution after the quotation, else a past verb of saying before it in its sentence
  // ("Councillor Hale said the crews had "cleared the road this morning"").
  const after = PAST_ATTRIBUTION.exec(text.slice(close, close + 140));
  const before = after ? null : (PAST_ATTRIBUTION_BEFORE.exec(text.slice(Math.max(0, open - 160), open)) ?? PAST_ATTRIBUTION_CONTINUED.exec(text.slice(Math.max(0, open - 160), open)));
  if (!after && !before) return null;
  const [from, to] = after ? [close, close + after[0].length] : [open - before![0].length, open];
  // ("“…this morning,” she said on Tuesday evening": the attribution's day with its part of day is
  // that day. A story's "Saturday night" is not: words about that night are often said after it.)
  const isDay = (d: Found) => /^(?:XXXX-WXX-[1-7]|REF[+-]\d+D|\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d)(?:T(?:MO|AF|EV|NI))?$/u.test(d.timex);
  const isPlainDay = (d: Found) => /^(?:XXXX-WXX-[1-7]|REF[+-]\d+D|\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d)$/u.test(d.timex);
  // The dates in the attribution, then before the quotation back to the story's last day (a
  // bounded number of each: the work per date stays constant).
  let own: Found | undefined;
  for (let i = after ? at + 1 : at - 1; i >= 0 && i < kept.length && Math.abs(i - at) <= 8; i += after ? 1 : -1) {
    if (kept[i].start >= from && kept[i].end <= to && isDay(kept[i])) {
      own = kept[i];
      if (!after) break;
    }
  }
  let story = own;
  for (let i = at - 1; i >= 0 && i >= at - 50 && !story; i--) {
    const d = kept[i];
    // ("voted 5-4 last night … “Tonight the town gets its say,” he said": a quoted "tonight" in
    // a story of an evening is that evening, though other words about a night are often said after it.)
    // ("Snow fell overnight … “Bring the animals in tonight,” said the forecaster": a night told as
    // "overnight" runs into the reference day's morning, so words about it are said after it.)
    const sameEvening = /^REF\+0DT(?:NI|EV)$/u.test(f.timex) && /T(?:NI|EV)$/u.test(d.timex) && !/^overnight$/iu.test(text.slice(d.start, d.end));
    // ("The rand was little changed from Thursday's close. ⏎ “… before six this morning,” he said": a
    // price's close is the mark a market report measures the story's day against, the day before it.)
    // ("Orsa and Vekla signed a deal on Tuesday that runs from August 3. ⏎ “Buses queued all
    // morning here today,” she said", told in January: a day with no year of its own that resolves more
    // than a month before the reference is no day of the story's quotations, which are fresh when
    // news prints them; the search goes on back to Tuesday.)
    if ((isPlainDay(d) || (sameEvening && isDay(d))) && openQuotationBefore(text, d.start) < 0 && !inDateline(text, d) && !CLOSING_PRICE_AFTER.test(text.slice(d.end, d.end + 30)) && !CLOSING_PRICE_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)) && !yearlessDayLongGone(text, d, refDate)) story = d;
  }
  if (!story) return null;
  const day = /^\d{4}-\d\d-\d\d/u.exec(safeResolve(story.timex, refDate, story.direction ?? directionFromContext(text, story, refDate)) ?? '');
  if (!day || (!own && day[0] >= refDate)) return null;
  const shifted = new Date(Date.parse(`${day[0]}T00:00:00Z`) + Number(rel[1]) * DAY_MS).toISOString().slice(0, 10);
  return shifted + (rel[2] ? `T${rel[2].slice(1)}` : '');
}

/** Whether a day of the month named without a year ("July 1") resolves more than 31 days before the reference date. */
function yearlessDayLongGone(text: string, d: Found, refDate: string): boolean {
  if (!/^XXXX-\d\d-\d\d$/u.test(d.timex)) return false;
  const day = /^\d{4}-\d\d-\d\d/u.exec(safeResolve(d.timex, refDate, d.direction ?? directionFromContext(text, d, refDate)) ?? '');
  return !!day && Date.parse(`${refDate.slice(0, 10)}T00:00:00Z`) - Date.parse(`${day[0]}T00:00:00Z`) > 31 * DAY_MS;
}

// "BOGOTÁ, Nov 28 (Agency) -", "LAGOS, March 3 -": a date after a city in capitals that a dash or
// colon ends.
function inDateline(text: string, d: Span): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  return /^[ \t]*\p{Lu}[\p{Lu}\p{M}'’. -]*,[ \t]*$/u.test(text.slice(lineStart, d.start)) && /^[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*[-—–:]/u.test(text.slice(d.end, d.end + 70));
}

function granularityOf(value: string | null | undefined): string | null {
  if (!value) return null;
  if (GRANULARITY.D.test(value)) return 'D';
  if (/^\d{4}-W\d\d$/u.test(value)) return 'W';
  if (/^\d{4}-\d\d$/u.test(value)) return 'M';
  return /^\d{4}$/u.test(value) ? 'Y' : null;
}

const signed = (n: number): string => `${n < 0 ? '-' : '+'}${Math.abs(n)}`;

/** The antecedent's period moved by n units: its ISO value and an index counting units since year 0. */
function shift(g: RegExpExecArray, unit: string, n: number): { iso: string; index: number } {
  const year = Number(g[1]);
  if (unit === 'Y') return { iso: String(year + n), index: year + n };
  if (unit === 'M') {
    const index = year * 12 + Number(g[2]) - 1 + n;
    return { iso: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, index };
  }
  // A week given as "2025-W11": its Monday.
  const time = g[4] ? isoWeekMonday(year, Number(g[4])) : Date.UTC(year, Number(g[2]) - 1, Number(g[3]));
  const day = new Date(time + n * (unit === 'W' ? 7 : 1) * DAY_MS);
  if (unit === 'W') {
    const monday = day.getTime() - (((day.getUTCDay() || 7) - 1) * DAY_MS);
    return { iso: isoWeek(day), index: Math.round(monday / (7 * DAY_MS)) };
  }
  return { iso: day.toISOString().slice(0, 10), index: Math.round(day.getTime() / DAY_MS) };
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const day = new Date(jan4).getUTCDay() || 7;
  return jan4 - (day - 1) * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/**
 * "exports fell in May against the same period last year": the month, day or quarter
 * of the nearest date before it in the same paragraph, one year earlier, as a REF form
 * ("REF-1Y-02"), or the fiscal year before a fiscal year ("FYREF-1Y"); without such a date, last
 * year ("REF-1Y").
 */
function sameAsBefore(text: string, f: Span, prev: DateCandidate | undefined, refDate: string | null): string {
  const refYear = refDate && /^\d{4}-/u.test(refDate) ? Number(refDate.slice(0, 4)) : null;
  if (!prev || refYear === null || f.start - prev.end > 250 || /\n/u.test(text.slice(prev.end, f.start))) return 'REF-1Y';
  // "profits doubled in the financial year, against the same period last year": the fiscal year before.
  const fiscal = /^FY(\d{4})$/u.exec(prev.value ?? '');
  if (fiscal) return `FYREF${signed(Number(fiscal[1]) - 1 - refYear)}Y`;
  const m = /^(\d{4})-(\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)$/u.exec(prev.value ?? '');
  if (!m) return 'REF-1Y';
  const offset = Number(m[1]) - 1 - refYear;
  // "winter bookings beat the same time last year": "time" names no period, only a
  // point a year back, at the year's granularity (as "a year ago"); "arrivals between October 1 and
  // November 15 were up on the same period last year": a period is no day, so a day before it
  // (a range's end) is not what it repeats, and the year is all it names.
  if (/\btime\b/iu.test(text.slice(f.start, f.end)) || (/^\d\d-\d\d$/u.test(m[2]) && !/\bday\b/iu.test(text.slice(f.start, f.end)))) return `REF${offset < 0 ? '-' : '+'}${Math.abs(offset)}Y`;
  return `REF${offset < 0 ? '-' : '+'}${Math.abs(offset)}Y-${m[2]}`;
}

// "Wednesday and Thursday last week", "between March and June next year", "Monday or
// "Last year, in the year ending in June, the mill lost money", "In 2025 (the financial year ended
// in March) sales rose", "Last year, its fiscal year ending in September, …": the month that ends a
// year the sentence has just named is that year's month.
function yearEndingInNamedYear(text: string, f: Found, named: DateCandidate | undefined, value: string | null): string | null {
  if (!named?.value || !/^\d{4}$/u.test(named.value) || !/^XXXX-\d\d$/u.test(f.timex) || !inSameSentence(text, named, f)) return value;
  if (!/\byear[ \t]+end(?:ing|ed)[ \t]+(?:in[ \t]+)?$/iu.test(text.slice(Math.max(0, f.start - 40), f.start))) return value;
  // The year must open the sentence as its frame ("Last year, …", "In 2025 (…)"): a year the sentence
  // names for something else ("The firm, founded in 1998, said exports rose in the year ending in
  // June", "since 2020", "Last year's drought …") says nothing of which June.
  if (!/^[ \t"“]*(?:in[ \t]+)?$/iu.test(sentenceBefore(text, named)) || /^[’']s\b/u.test(text.slice(named.end, named.end + 3))) return value;
  return `${named.value}-${f.timex.slice(5)}`;
}

// "forecasts exports to fall in the July-September quarter" (in October), "analysts forecast
// profit fell in the third quarter", "estimates growth of 2% in the second quarter" (in July): a
// quarter's figures come out weeks after it ends, so a forecast or estimate of a quarter that
// ended in the last three months is of that quarter, not of the same quarter a year ahead (an
// event "will" hold keeps the future: "The board will meet in the third quarter").
// ("project" in its forms that are no noun, "projected", "projecting", "projection": "the mine
// project is due to reach full output" estimates nothing. The bare word is the verb only with no
// determiner before it and its object after it: "analysts project the economy to shrink", "we
// project growth of 2%"; "the Tarnwick project that opened" is the noun.)
// ("Road projects that begin in the third quarter": "projects" after a noun is the plural noun; the
// verb's third person is taken only after a pronoun, "it projects growth of 2%".)
const ESTIMATE_CUE = /\b(?:expect|forecast|estimat|predict)\p{Ll}*\b|\bproject(?:ed|ing|ions?)\b|(?:(?<!\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|whose|each|every|any|no)[ \t]+(?:[\p{L}'’-]+[ \t]+)?)\bproject|\b(?:it|he|she|which|who|that)[ \t]+(?:now[ \t]+|also[ \t]+)?projects)[ \t]+(?:that|the|an?|its|their|his|her|our|growth|profits?|losses|earnings|revenues?|sales|output|inflation|exports?|imports?)\b/iu;

// The figures a quarter's results report: "growth", "profit", "the economy to shrink".
const FIGURE_VERBS = 'grow|grew|shrink|shrank|contract|contracted|expand|expanded';
const FIGURE_NOUNS = 'growth|contraction|expansion|profits?|loss(?:es)?|earnings|revenues?|sales|output|gdp|economy|inflation|turnover|income|margins?|deficit|surplus|exports?|imports?|production|shipments|demand';
const QUARTER_FIGURES = new RegExp(`\\b(?:${FIGURE_VERBS}|${FIGURE_NOUNS})\\b|\\d(?:[ \\t]?%|[ \\t]+(?:percent|per[ \\t]+cent)\\b)`, 'iu');
// "Revenue for January", "exports in the third quarter", "sales over the summer": a figure of
// `FIGURE_NOUNS` measured over the period named next.
// (Only the nouns: before a preposition "contract" is the noun, "the contract for March", no figure.)
const FIGURE_OVER = new RegExp(`\\b(?:${FIGURE_NOUNS})[ \\t]+(?:for|in|of|during|over)[ \\t]+(?:the[ \\t]+)?$`, 'iu');

// Figures reported over a period ("growth figures for", "results for", "data on") and the verbs
// that make them public ("publish", "release", "report", "announce", "post", "due").
const FIGURES_FOR_BEFORE = /\b(?:figures|results|data|numbers|statistics|estimates?|accounts|earnings|growth|GDP|output|profits?|sales)[ \t]+(?:for|on|of)[ \t]+(?:the[ \t]+)?$/iu;
const PUBLISHING = /\b(?:publish|releas|report|announc|post|unveil|issu)(?:es|ed|ing|e|s)?\b|\bdue\b/iu;

function quarterJustEnded(text: string, f: Found, refDate: string | null, value: string | null): string | null {
  const q = value && /^XXXX-Q[1-4]$/u.test(f.timex) ? /^(\d{4})-Q([1-4])$/u.exec(value) : null;
  if (!q || !refDate) return value;
  const ref = Date.parse(`${refDate.slice(0, 10)}T00:00:00Z`);
  const year = Number(q[1]) - 1;
  const end = Date.UTC(year, Number(q[2]) * 3, 1);
  if (!(end <= ref && ref - end <= 92 * DAY_MS)) return value;
  const sentence = sentenceAround(text, f);
  // "The statistics office will release output figures for the second quarter on November 20" (told
  // in December): figures are published for a quarter once it is over, so the one just ended,
  // whatever the tense of the publishing.
  if (FIGURES_FOR_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) && PUBLISHING.test(sentence) && !/^[ \t,]*(?:of[ \t]+)?(?:next|this|last)[ \t]+year|^[ \t,]*(?:of[ \t]+)?\d{4}/iu.test(text.slice(f.end, f.end + 20))) return `${year}-Q${q[2]}`;
  if (!ESTIMATE_CUE.test(sentence) || /\b(?:will|shall)\b|['’]ll\b/iu.test(sentence)) return value;
  // Only an estimate of figures ("the economy to shrink", "profit fell"), not of an event ("expects
  // to open its plant in the third quarter"), and not of a quarter given its year ("… next year").
  if (!QUARTER_FIGURES.test(sentence) || /^[ \t,]*(?:of[ \t]+)?(?:next|this|last)[ \t]+year|^[ \t,]*(?:of[ \t]+)?\d{4}/iu.test(text.slice(f.end, f.end + 20))) return value;
  return `${year}-Q${q[2]}`;
}

// "The ferry licence is valid from January to December", "works will last from October to February",
// "shut between December 20 and January 5": a range's end comes after its start, so a bare month
// or day of a month that would resolve before the bare one that opens the range is the next one
// after it.
const RANGE_GLUE = /^[ \t]*(?:to|until|till|through|and|[-–])[ \t]*$/u;
const RANGE_OPENER = /\b(?:from|between)[ \t]+$/iu;

function rangeEndAfterStart(text: string, f: Found, start: DateCandidate | undefined, value: string | null, refDate: string | null): string | null {
  if (!start || !value || !start.value) return value;
  const bare = /^XXXX-\d\d(?:-\d\d)?$/u;
  if (!bare.test(f.timex) || !bare.test(start.timex) || f.timex.length !== start.timex.length) return value;
  const glue = text.slice(start.end, f.start);
  if (!RANGE_GLUE.test(glue) || (/and/u.test(glue) ? !/\bbetween[ \t]+$/iu.test(text.slice(Math.max(0, start.start - 10), start.start)) : !RANGE_OPENER.test(text.slice(Math.max(0, start.start - 10), start.start)) && !/[-–]/u.test(glue))) return value;
  // "it ran from September to June until 2019": a year the span recurred until is the year its last
  // one closes in (September 2018 to June 2019). (Not a year that modifies a noun after it: "Prices
  // climbed from September to June up to 2019 levels" reached a level, not a year.)
  const until = /^[ \t]+(?:until|till|through|up[ \t]+to)[ \t]+((?:1[89]|20)\d\d)(?![\p{L}\p{N}])(?![ \t]+(?!(?:when|and|but|or|as|after|before|at|in|on|under|with|while|amid|because|then|for|the|a|an)\b)\p{Ll})/u.exec(text.slice(f.end, f.end + 40));
  if (until && start.timex.length === 7 && f.timex.length === 7) {
    const closes = Number(until[1]);
    start.value = `${start.timex.slice(5) > f.timex.slice(5) ? closes - 1 : closes}-${start.timex.slice(5)}`;
    return `${closes}-${f.timex.slice(5)}`;
  }
  const current = currentSeason(text, f, start, refDate);
  if (current) {
    start.value = current[0];
    return current[1];
  }
  if (value.length !== start.value.length || value > start.value) return value;
  // ("Prices fell from October to January": a range told in the past whose end is gone by opens
  // the year before; its start moves back, not its end ahead.)
  if (refDate && value <= refDate.slice(0, value.length) && start.value.slice(4) > value.slice(4)) {
    start.value = `${String(Number(value.slice(0, 4)) - 1).padStart(4, '0')}${start.value.slice(4)}`;
    return value;
  }
  const year = Number(start.value.slice(0, 4)) + (value.slice(4) > start.value.slice(4) ? 0 : 1);
  return `${String(year).padStart(4, '0')}${value.slice(4)}`;
}

/**
 * "a rain warning from Thursday evening until Saturday", "the road is shut from Friday to Monday":
 * a range's end comes after its start, so a bare weekday that closes a range opened by "from" or
 * "between" (with "to", "until", "till", "through", "and" after "between", or a dash), and that
 * resolved to a day before the weekday (or weekday and part of day) that opens it, is the first such
 * weekday after that day: its value moved on by whole weeks, at most one. (A general rule of English
 * ranges, as `rangeEndAfterStart` for months and days of a month.)
 */
function weekdayRangeEndAfterStart(text: string, f: Found, start: DateCandidate | undefined, value: string | null): string | null {
  if (!start || !value || !start.value || !/^XXXX-WXX-[1-7]$/u.test(f.timex) || !/^XXXX-WXX-[1-7](?:T.+)?$/u.test(start.timex)) return value;
  const day = /^\d{4}-\d\d-\d\d$/u.exec(value);
  const from = /^\d{4}-\d\d-\d\d/u.exec(start.value);
  if (!day || !from || day[0] >= from[0]) return value;
  const glue = text.slice(start.end, f.start);
  const opener = text.slice(Math.max(0, start.start - 10), start.start);
  if (!RANGE_GLUE.test(glue) || (/and/u.test(glue) ? !/\bbetween[ \t]+$/iu.test(opener) : !RANGE_OPENER.test(opener) && !/[-–]/u.test(glue))) return value;
  const moved = new Date(Date.parse(`${day[0]}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
  return moved > from[0] ? moved : value;
}

// "The season runs from August to May", "the hunting season lasts from October to February": a
// span of months across New Year told in the present of what recurs, written while such a span is
// running, is the one running now (in November, August this year to May next), not the next one
// nor the last; when none runs, the next one. ("The roadworks will last from October to February"
// keeps its future; "ran" its past.)
// ("Hunting is allowed from October to February", "the pass is closed from November to April": a
// season's state told in the present, what a rule allows or bans, recurs too.)
const RECURRING_SPAN = /\b(?:(?:runs?|lasts?|stretches|spans?|extends?)[ \t]+(?:\p{Ll}+[ \t]+){0,2}|(?:is|are)[ \t]+(?:allowed|permitted|open|closed|banned|forbidden|prohibited)[ \t]+(?:\p{Ll}+[ \t]+){0,1})$/u;

function currentSeason(text: string, f: Found, start: DateCandidate, refDate: string | null): [string, string] | null {
  const first = /^XXXX-(\d\d)$/u.exec(start.timex);
  const last = /^XXXX-(\d\d)$/u.exec(f.timex);
  if (!first || !last || !refDate) return null;
  const openerStart = Math.max(0, start.start - 40);
  const opener = text.slice(openerStart, start.start).replace(RANGE_OPENER, '');
  const verb = RECURRING_SPAN.exec(opener);
  if (!verb) return null;
  const sentence = sentenceAround(text, f, true);
  // "The 2027-28 season runs from August to May", "the 2027/28 season": a span of two years written
  // before the range opens it in the first year and closes it in the second.
  const clauseStart = sentence.indexOf(text.slice(openerStart + verb.index, f.start).replace(/\s+/gu, ' '));
  // (Only as the subject's own modifier, up to three words before the verb: "Under rules in force
  // since the 2019-20 campaign, the league runs …", "A 2023-24 audit found that the ski season, which
  // runs …" name another span.)
  const span = /\b((?:1[89]|20)\d\d)[-–/]((?:1[89]|20)?\d\d)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}$/u.exec(clauseStart >= 0 ? sentence.slice(0, clauseStart) : '');
  if (span && Number(first[1]) > Number(last[1]) && (Number(span[1]) + 1) % 100 === Number(span[2]) % 100) {
    return [`${span[1]}-${first[1]}`, `${Number(span[1]) + 1}-${last[1]}`];
  }
  if (seasonTold(sentence, text.slice(openerStart + verb.index, f.start))) return null;
  // "Next season runs from August to May": the one after the season now running, or before it.
  const shift = /\b(?:next|coming)[ \t]+season\b/iu.test(sentence) ? 1 : /\b(?:last|previous)[ \t]+season\b/iu.test(sentence) ? -1 : 0;
  const year = Number(refDate.slice(0, 4));
  const month = Number(refDate.slice(5, 7));
  const [a, b] = [Number(first[1]), Number(last[1])];
  // Only a span across New Year, which the lean of each month alone splits wrongly (one within a
  // year, "Its trading year runs from February to November", keeps the rules above).
  if (a <= b) return null;
  // The year the span opens in: the last one while it runs on after New Year, else this one
  // ("The ski season runs from December to April", said in November, is the coming one).
  const opens = (month <= b ? year - 1 : year) + shift;
  const y = (n: number) => String(n).padStart(4, '0');
  return [`${y(opens)}-${first[1]}`, `${y(opens + 1)}-${last[1]}`];
}

// Whether the clause of a span's own verb ("runs from August to May"; shape: `clause` runs from the
// verb to the start of the range's end, which sentenceAround's `sentence` has as one space) tells it
// in the past or future, or names its year. Only that clause counts: the reporting
// verb after it ("…, forecasters warned"), a participle of its subject ("The closed season for trout
// runs …"), a relative clause's host ("The season, which runs …, opens on Saturday") and another
// clause after a semicolon ("…; it ran from September to June until 2019") tell of something else.
function seasonTold(sentence: string, clause: string): boolean {
  const at = sentence.indexOf(clause);
  if (at < 0) return hasPastForm(sentence) || firstIndex(FUTURE_CUE, sentence) >= 0 || /\b(?:1[89]|20)\d\d\b/u.test(sentence);
  const before = sentence.slice(0, at);
  // The rest of the clause, to the next comma, semicolon, colon, dash or bracket.
  const rest = clause + sentence.slice(at + clause.length + 1).split(/[,;:(–—]|[ \t]-[ \t]/u)[0];
  // ("The roadworks will last from October to February", "is set to run …", "did not run …".)
  if (/\b(?:will|would|shall|should|could|might|may|must|to|did|had|has|have|was|were)[ \t]+(?:not[ \t]+)?(?:\p{Ll}+ly[ \t]+)?$|['’]ll[ \t]+$|n['’]t[ \t]+$/u.test(before)) return true;
  if (hasPastForm(rest) || firstIndex(FUTURE_CUE, rest) >= 0) return true;
  // ("The 2025/26 season runs from September to June": a year written beside it says which season.)
  // (Only the span's own clause: "Under rules in force since the 2019-20 campaign, the league runs …".)
  const subject = before.slice(before.search(/[^;:,]*$/u));
  return /\b(?:1[89]|20)\d\d\b/u.test(subject + rest);
}

// Tuesday next week": the modifier after the last member of a coordination or range applies to
// every member.
const COORDINATION = /^,?[ \t]+(?:and|or|to|through|until|till)[ \t]+$|^[ \t]*[-–][ \t]*$|^,[ \t]*$/u;

function shareModifiers(text: string, found: Found[]): Found[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i], found[i + 1]];
    if (!COORDINATION.test(text.slice(a.end, b.start))) continue;
    const weekday = /^XXXX-WXX-([1-7])(T.*)?$/u.exec(a.timex);
    const week = /^(REF[+-]\d+W)-[1-7]/u.exec(b.timex);
    if (weekday && week) {
      a.timex = `${week[1]}-${weekday[1]}${weekday[2] ?? ''}`;
      continue;
    }
    const month = /^XXXX-(\d\d)$/u.exec(a.timex);
    const year = /^(REF[+-]\d+Y|\d{4})-\d\d$/u.exec(b.timex);
    if (month && year) a.timex = `${year[1]}-${month[1]}`;
  }
  return found;
}

function safeResolve(timex: string, refDate: string | null, direction: Direction): string | null {
  try {
    return resolveTimex(timex, refDate, direction);
  } catch {
    return null;
  }
}

function kindOf(timex: string): Found['kind'] {
  if (timex.startsWith('XXXX-XX-XXT')) return 'time';
  if (/^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)$/u.test(timex) || /^REF[+-]\d+D$/u.test(timex) || /^REF[+-]\d+W-[1-7]$/u.test(timex)) return 'day';
  return 'other';
}

// "early", "late", "mid-", "earlier", "later", "the end of", "the beginning of":
// TIMEX3 keeps these in the expression (as a modifier) and the value unchanged.
const MODIFIER_BEFORE = /(?:(?:\bthe[ \t]+)?(?:very[ \t]+)?\b(?:end|beginning|start|middle|close|turn)[ \t]+of[ \t]+(?:the[ \t]+)?|\b(?:early|late|mid|earlier|later)(?:-|[ \t]+)(?:in[ \t]+)?(?:the[ \t]+)?)$/iu;

function withModifiers(text: string, start: number, timex: string): number {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = MODIFIER_BEFORE.exec(before);
  if (!m) return start;
  // "reopened an hour late this afternoon", "left early tomorrow", "will restart early in the first
  // quarter": "early" or "late" before a day counted from today or a part of one, or joined by "in",
  // tells when within it, an adverb of the clause, and the date is the day itself ("early November",
  // "mid-July", "early next year" keep theirs: a month or a year named with its part; so does a
  // weekday, "late Wednesday", as TimeBank marks it).
  if (/^(?:early|late)\b/iu.test(m[0]) && (/\bin\b/iu.test(m[0]) || /^REF[+-]\d+D(?:T(?:MO|AF|EV|NI))?$/u.test(timex))) return start;
  // "climbed 12% from a year earlier during the second quarter": "earlier" ends the anaphor "a year
  // earlier", a date of its own, and does not modify the quarter.
  if (/^(?:earlier|later)\b/iu.test(m[0]) && /\b(?:day|week|month|quarter|year|decade)s?[ \t]+$/iu.test(before.slice(0, m.index))) return start;
  return start - m[0].length;
}

/**
 * Keeps the longest of overlapping matches; ties go to the parser listed first
 * ("$ 12 December 27": month-day before day-month), then the earlier start.
 * Linear in practice: matches are grouped into clusters of mutually
 * overlapping ones first, and only a cluster is sorted by length.
 */
function longestFirst<T extends Span & { priority: number }>(found: T[]): T[] {
  const byStart = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]);
    else if (cluster.length > 1) {
      const chosen: T[] = [];
      const byLength = cluster.length > 64 ? cluster : [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
      for (const f of byLength) {
        if (!chosen.some((k) => f.start < k.end && k.start < f.end)) chosen.push(f);
        if (chosen.length > 64) break;
      }
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const f of byStart) {
    if (f.start >= clusterEnd) {
      flush();
      clusterEnd = f.end;
    } else clusterEnd = Math.max(clusterEnd, f.end);
    cluster.push(f);
  }
  flush();
  return kept;
}

// "Feb. 28, 8:50 p.m.", "8:50 p.m. Tuesday", "yesterday 3 p.m.": a day and a time side by side are one
// expression; "Tuesday at 9 a.m.", "8:50 p.m. on Tuesday", "Feb. 28 by 10pm": joined by a
// preposition they are two (a TIMEX3 extent holds no preposition), the time anchored to the day.
// ("sails at 06:40 local time on Friday": wire copy tells a clock time as the place's own,
// "local time", before its day.)
const DATE_TIME_GLUE = /^(?:[ \t]+local[ \t]+time)?(?:,?[ \t]+(?:at|around|about|by|on|from|shortly[ \t]+(?:after|before)|just[ \t]+(?:after|before))?[ \t]*|,[ \t]*|[ \t]+\(?)$/u;

function mergeDateAndTime(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const glue = prev ? text.slice(prev.end, f.start) : '';
    if (prev && f.start - prev.end <= 20 && DATE_TIME_GLUE.test(glue)) {
      const combined = combineTimex(prev, f);
      if (combined && /\p{L}/u.test(glue)) {
        // "The funeral is at 11am on Saturday": "11am" is Saturday's 11am, "Saturday" stays a day,
        // and both point the way the day does.
        const day = prev.kind === 'time' ? f : prev;
        const direction = day.direction ?? directionFromContext(text, day);
        day.direction = direction;
        if (prev.kind === 'time') out[out.length - 1] = { ...prev, timex: combined, direction };
        out.push(prev.kind === 'time' ? f : { ...f, timex: combined, direction });
        continue;
      }
      if (combined) {
        out[out.length - 1] = { start: prev.start, end: f.end, timex: onPartOfDay(text, prev, f, combined), direction: prev.kind === 'day' ? prev.direction : f.direction, kind: 'day', priority: 0 };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

// "the barn burned on April 9th last year", "opens on June 3 next year": a day of a month and the
// year named right after it are one date, that day of that year ("REF-1Y-03-14"). A clock time
// anchored to that day just before it ("at 9.15pm on April 9th last year", mergeDateAndTime)
// was given the day without its year, and takes the year too ("REF-1Y-04-09T21:15").
function joinDayAndYear(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const day = prev ? /^XXXX-(\d\d-\d\d)(T.+)?$/u.exec(prev.timex) : null;
    if (prev && day && /^REF[+-]\d+Y$/u.test(f.timex) && /^[ \t]+$/u.test(text.slice(prev.end, f.start))) {
      out[out.length - 1] = { ...prev, end: f.end, timex: `${f.timex}-${day[1]}${day[2] ?? ''}`, kind: 'day' };
      const time = out[out.length - 2];
      const clock = time?.kind === 'time' ? /^XXXX-(\d\d-\d\d)(T\d\d:\d\d.*)$/u.exec(time.timex) : null;
      if (time && clock && clock[1] === day[1] && prev.start - time.end <= 20 && DATE_TIME_GLUE.test(text.slice(time.end, prev.start))) {
        out[out.length - 2] = { ...time, timex: `${f.timex}-${clock[1]}${clock[2]}` };
      }
      continue;
    }
    out.push(f);
  }
  return out;
}

// "11:30 tonight", "3:30 this afternoon": an hour without "a.m." or "p.m." told with an
// afternoon, evening or night is an hour after noon (as "at 11 tonight" is 23:00).
function onPartOfDay(text: string, a: Found, b: Found, combined: string): string {
  const [time, day] = a.kind === 'time' ? [a, b] : [b, a];
  const part = /T(AF|EV|NI)$/u.exec(day.timex);
  const clock = /T(\d\d):(\d\d)$/u.exec(combined);
  if (!part || !clock || /[aApP]\.?[ \t]*[mM]\b/u.test(text.slice(time.start, time.end))) return combined;
  const hour = Number(clock[1]);
  const h = hour >= 1 && hour <= 12 ? hourOfPart(hour, { AF: 'afternoon', EV: 'evening', NI: 'night' }[part[1] as 'AF' | 'EV' | 'NI']) : null;
  if (h === 24) {
    // "Voting ends at 12:30 tonight": after the midnight that ends the night's day, never noon; a
    // day named otherwise than from today keeps only its night.
    const ref = /^REF([+-]\d+)DT/u.exec(combined);
    if (!ref) return day.timex;
    const d = Number(ref[1]) + 1;
    return `REF${d < 0 ? '-' : '+'}${Math.abs(d)}DT00:${clock[2]}`;
  }
  return h === null ? combined : `${combined.slice(0, -5)}${pad(h)}:${clock[2]}`;
}

function combineTimex(a: Found, b: Found): string | null {
  const dayPart = (t: string) => t.replace(/T(?:MO|AF|EV|NI)$/u, '');
  const isDay = (t: string) => /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)(?:T(?:MO|AF|EV|NI))?$/u.test(t) || /^REF[+-]\d+(?:D|W-[1-7])(?:T(?:MO|AF|EV|NI))?$/u.test(t);
  const isTime = (f: Found) => f.kind === 'time';
  if (isDay(a.timex) && isTime(b)) return dayPart(a.timex) + b.timex.slice(10);
  if (isTime(a) && isDay(b.timex)) return dayPart(b.timex) + a.timex.slice(10);
  return null;
}

// ---- tense: which way an open expression points -----------------------------

// Modal and periphrastic future ("will", "is set to", "is expected to", "wants to") and the
// news present of scheduled events ("Talks resume Friday", "The law takes effect in May"; only
// verbs that are seldom nouns), and the present progressive of an arrangement ("the bakery is
// closing its doors on Sunday", "is retiring in March": verbs of leaving, moving and opening). "could have", "would have" are past; "will have" is not ("She will
// have surgery on Friday"). ("The money was due in September": being due told in the past is no future.)
// ("She said the report was due in May": after a verb of saying, "was due" is reported speech's
// backshift of "is due", still ahead; "had been due" stays past.)
const FUTURE_CUE = /\b(?:will|won['’]t|shall|going[ \t]+to|set[ \t]+(?:to|for)|scheduled|slated|due[ \t]+to|expected[ \t]+to|likely[ \t]+to|(?:plans?|planning|intends?|aims?|wants?|hopes?|seeks?|agreed|promised|pledged|vowed|threatened|(?:is|are))[ \t]+to|to[ \t]+be[ \t]+(?:held|released|launched|completed|signed|finalized|finalised|opened|announced|published|decided|voted)|should|might|could|would|upcoming|forthcoming|payable|(?<!(?<!\b(?:said|says|told|added|announced|warned|stated|confirmed|explained|noted|insisted)\b[^.!?;:\n]{0,60})\b(?:was|were)[ \t]+|\bbeen[ \t]+)due(?=[ \t]+(?:on|by|in|at)\b))\b(?![ \t]+(?:not[ \t]+)?have\b)|\bmay\b(?![ \t]+(?:not[ \t]+)?have\b)|\b(?:will|shall)[ \t]+(?:not[ \t]+)?have\b|['’]ll\b|\b(?:begins?|resumes?|convenes?|expires?|kicks?[ \t]+off|takes?[ \t]+effect|comes?[ \t]+into[ \t]+force|opens|closes|ends|starts|meets|arrives|launches)\b|\b(?:is|are|['’]s|['’]re)[ \t]+(?:closing|opening|leaving|moving|retiring|returning|launching|hosting|visiting|travelling|traveling|flying|starting|reopening|stepping[ \t]+down|getting[ \t]+married)\b/gu;

// Verbs of saying: their tense is the report's, not the reported event's ("Chrysler said it
// wants to close 789 dealers by early June"), so they count only right before the date
// ("… will pay $57 million, an official said Friday").
const REPORTING_PAST_WORDS = 'said|told|announced|reported|stated|added|confirmed|admitted|revealed|wrote|declared|explained|noted|disclosed|insisted|warned|claimed|argued|estimated';
const REPORTING_WORDS = `says|${REPORTING_PAST_WORDS}`;
const REPORTING_WORD = new RegExp(`\\b(?:${REPORTING_WORDS})\\b`, 'u');
// "“Prices will fall,” the minister told a news conference on Wednesday", "… told the Valley Echo on
// Wednesday", "… said in a statement on Thursday", "… told supporters at a rally in Leeds on Friday": the
// hearer, the occasion and the place of the saying stand between the verb and its date (nouns and
// names only, so "said it would close on Friday" keeps the reported verb's tense). Only "told"
// takes its hearer right after it: "said the meeting on Friday would …" opens a reported clause; a
// passive ("will be announced in Accra on May 2") is the event itself, not the report of it.
const REPORTING_PLACE = `on|late|early|in|at|to|during|by|from|outside|after|reporters|journalists|investors|analysts|him|her|them|us|me|\\p{Lu}[\\p{L}\\p{M}'’.&-]*`;
const REPORTING_ADJUNCT = `${REPORTING_PLACE}|the|a|an|his|its|their|our|news|press|media|local|state|national|statement|conference|briefing|interview|meeting|hearing|court|judge|jury|tribunal|inquiry|committee|parliament|lawmakers|legislators|senators|councillors|councilors|radio|television|broadcaster|newspaper|paper|agency|phone|telephone|call|post|letter|email|session|rally|crowd|audience|supporters|fans|residents|staff|workers|members|shareholders|delegates|students|mourners`;
const WORD_END = `(?![\\p{L}\\p{M}'’.&-])`;
const REPORTING_JUST_BEFORE = new RegExp(`(?<!\\b(?:be|been|being|is|are|was|were|will|would|to)[ \\t]+)\\b(?:(?:told|tells)(?:[ \\t]+(?:${REPORTING_ADJUNCT})${WORD_END})*|(?:${REPORTING_WORDS})(?:[ \\t]+(?:${REPORTING_PLACE})${WORD_END}(?:[ \\t]+(?:${REPORTING_ADJUNCT})${WORD_END})*)?)[ \\t]+$`, 'u');

// The simple past of the other common irregular verbs of English (the standard table of
// irregular verbs), leaving out forms that are also common nouns or other verbs' present ("found",
// "ground", "wound", "lay", "bit", "spat", "dove", "bore", "fed"): "the sides drew 1-1 on Saturday".
const IRREGULAR_PASTS = 'arose|awoke|bent|bled|blew|bred|burnt|caught|clung|crept|dealt|dug|drew|drank|ate|felt|fled|flung|forbade|forgot|forgave|got|hung|heard|hid|kept|knelt|laid|leapt|lent|lit|meant|rode|sought|shook|shone|shrank|sat|slept|slid|sped|spun|stood|stuck|stung|strode|strove|swept|swam|swung|taught|tore|understood|woke|wove|wept|withdrew|overtook|undertook|upheld|underwent|oversaw|foresaw|overcame|beheld|forsook|mistook|misled|outran|overran|overthrew|rebuilt|resold|retook|rewrote|slew|smote|sprang|stank|strewed|trod|wrung';

// Past: auxiliaries, and a simple past verb ("rose", "closed") that is neither a passive or
// perfect participle ("will be released", "has announced"), a participle used as an adjective
// after a determiner ("will cut the subsidised fare from June 1", "a revised plan"), nor a
// verb of saying.
// "The agency publishes revised trade figures on December 8", "the ministry releases updated
// jobless data on Tuesday", "the board unveils amended rules in March": after a present verb of
// publishing (none of them a plural noun a past verb could follow), a participle is the object's
// adjective, no past tense.
const PUBLISHES = 'publishes|releases|unveils|announces|tables|submits';
const PAST_AUX = /\b(?:was|were|had|did|ago|(?:could|would|should|might|may|must)[ \t]+(?:not[ \t]+)?have)\b/giu;
// ("burst", whose past is its base form, counts as a simple past, as "hit" does, but not after a
// modal: "the river burst its banks in May" is past, "the dam could burst in May" is not; the
// standard table of English irregular verbs. Before "of" it is the noun: "a burst of rain on Saturday".)
const PAST_CUE = new RegExp(
  `\\b(?:was|were|had|did|ago|(?:could|would|should|might|may|must)[ \\t]+(?:not[ \\t]+)?have)\\b|(?<!\\b(?:be|been|being|is|are|am|get|gets|got|to|has|have|having|the|a|an|its|their|his|her|our|your|my|this|these|those|${PUBLISHES})[ \\t]+(?:\\p{L}+ly[ \\t]+)?)\\b(?:(?!(?:need|feed|seed|speed|bed|red|shed|embed|proceed|exceed|succeed|hundred|indeed|unlimited|limited|scheduled|expected|planned|intended|slated|based|related|detailed|used|advanced|united|armed|${REPORTING_WORDS})\\b)\\p{Ll}{2,}ed|rose|fell|grew|began|came|went|took|made|saw|won|lost|paid|sold|spent|met|left|gave|held|brought|bought|built|fought|hit|(?<!\\b(?:will|would|could|can|may|might|must|shall|should|not)[ \\t]+)burst(?![ \\t]+of\\b)|struck|shot|sent|led|ran|thought|became|broke|chose|drove|flew|froze|knew|rang|sank|sang|spoke|stole|swore|threw|wore|${IRREGULAR_PASTS})\\b`,
  'gu',
);

// Whether a yearless day resolved to the past fell within the 31 days before the reference.
// The holidays the holiday parser names by a fixed day ("Christmas", "New Year's Eve", "Halloween").
const HOLIDAY_NAME = /^(?:Christmas|New[ \t]+Year|Halloween|Valentine|Boxing[ \t]+Day|Fourth[ \t]+of[ \t]+July|May[ \t]+Day)/u;

/** A bare day of the year ("XXXX-12-25") whose next one is at most `weeks` weeks after the reference date. */
function holidayWithinWeeks(timex: string, refDate: string | null | undefined, weeks: number): boolean {
  const next = refDate && /^XXXX-\d\d-\d\d$/u.test(timex) ? safeResolve(timex, refDate, 'future') : null;
  if (!refDate || !next || !/^\d{4}-\d\d-\d\d$/u.test(next)) return false;
  const ahead = Date.parse(`${next}T00:00:00Z`) - Date.parse(`${refDate.slice(0, 10)}T00:00:00Z`);
  return ahead >= 0 && ahead <= weeks * 7 * DAY_MS;
}

/** Whether a holiday's own clause tells it gone by: "since", a year in the sentence, "ago", or a past verb in the three words before its preposition. */
function holidayGoneBy(text: string, f: Found, before: string): boolean {
  if (/\bsince[ \t]+(?:(?:early|late|mid)[ \t-]+)?$|\bago[ \t]+(?:at|on|over|during)[ \t]+$/iu.test(before)) return true;
  if (/\b(?:1[89]|20)\d\d\b/u.test(sentenceAround(text, f, true))) return true;
  const clause = before.split(/[,;:(–—"“”]/u).pop() ?? '';
  const near = /(?:^|[ \t])((?:[\p{L}'’-]+[ \t]+){1,3})(?:on|at|over|during)[ \t]+(?:the[ \t]+)?$/u.exec(clause);
  return !!near && hasPastForm(near[1]) && firstIndex(FUTURE_CUE, clause) < 0;
}

function goneByWithinMonth(timex: string, refDate: string | null | undefined): boolean {
  const past = refDate ? safeResolve(timex, refDate, 'past') : null;
  if (!refDate || !past || !/^\d{4}-\d\d-\d\d$/u.test(past)) return false;
  return Date.parse(`${refDate.slice(0, 10)}T00:00:00Z`) - Date.parse(`${past}T00:00:00Z`) <= 31 * DAY_MS;
}

/**
 * The direction an expression without "last"/"next" resolves in: 'future'
 * when the nearest tense cue of its sentence before it (or, when the date
 * opens the sentence, after it) is a future one, 'past' when it is a past
 * one; otherwise the default lean (weekdays: past; months, days, quarters,
 * seasons: nearest, the past preferred).
 */

function directionFromContext(text: string, f: Found, refDate?: string | null): Direction {
  const isWeekday = /^XXXX-WXX-/u.test(f.timex);
  const fallback: Direction = isWeekday ? 'past' : 'nearest';
  if (!/X/u.test(f.timex) || f.timex.startsWith('XXXX-XX-XX')) return fallback;
  const before = text.slice(Math.max(0, f.start - 60), f.start);
  // "raised worries about travel over Christmas", "paid before Christmas" (told in late November): a
  // holiday named alone, at most six weeks ahead, is the one coming, whatever the verb's tense; the
  // one of eleven months ago, so near the next, would be "last Christmas".
  // (Not after "since", beside a year, nor after a past verb that governs it within its own clause:
  // "died on Christmas Day", "was cancelled on New Year's Eve", "was last seen at Christmas",
  // "clashed with police on May Day", "A year ago at Christmas" tell one gone by.)
  if (HOLIDAY_NAME.test(text.slice(f.start, f.end)) && holidayWithinWeeks(f.timex, refDate, 6) && !holidayGoneBy(text, f, before)) return 'future';
  // "since February": before the reference.
  if (/\bsince[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu.test(before)) return 'past';
  // "idle since a fire on August 12", "shut since the floods in March": a date that places the event
  // a "since" phrase names (an article, up to three lower-case words, then on/in/of) is before the
  // reference as "since August 12" is.
  if (/\bsince[ \t]+(?:a|an|the|last|its|their|his|her)[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3}(?:on|in|of)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu.test(before)) return 'past';
  // "after the library on Friday closed a wing", "The minister on Tuesday defended the budget": a
  // date set between its clause's subject and verb takes that verb's tense, whatever comes before.
  if (/\bon[ \t]+$/iu.test(before) && verbRightAfterIsPast(text, f)) return 'past';
  // ("The minister, who retired in March, on Tuesday will defend the budget": and a future one its future.)
  // (Only after a comma that closes the subject's clause: "The union that opposed the plan on Monday will strike" dates the opposing.)
  if (/,[ \t]*on[ \t]+$/iu.test(before) && /^[ \t]+(?:will|shall|is[ \t]+(?:to|due|set)|are[ \t]+(?:to|due|set))\b/iu.test(text.slice(f.end, f.end + 20))) return 'future';
  // "adjourned until Friday", "postponed to March", "remanded in custody until Monday": a
  // postponement points past its own (past) verb to a later day.
  // ("adjourned a separate case against his cousin, Tomas Vekla, to March 3": the object may be long.)
  const longBefore = text.slice(Math.max(0, f.start - 120), f.start);
  // "All trains were cancelled until Sunday", "flights stayed grounded until Friday": a stop told
  // in the past that lasts until a day names the day it ends, still ahead when reported.
  // ("The hearing was adjourned until 9am on Monday and resumed with …": a resumption of the same
  // event told right after says the day has come and gone.)
  // (A tester's cases: a stop in a sentence anchored by a year gone by is past narrative, "In March
  // 2020, all flights were grounded until Friday"; and a resumption told after an intervening phrase,
  // "… until Sunday after the storm, and they resumed on Sunday", or in the next sentence with the
  // same day, "… halted until Monday. Services resumed on Monday morning.", says the day is gone.)
  const stopped = STOPPED_UNTIL.test(before) && !pastYearInSentence(text, f, refDate);
  if (POSTPONED_UNTIL.test(longBefore) || DEFERRED_TO_MEETING.test(before) || stopped) return RESUMED_AFTER.test(text.slice(f.end, f.end + 60)) || (stopped && resumedLater(text, f)) ? 'past' : 'future';
  // "Cocoa futures (pounds a tonne): ⏎ December 5,210 ⏎ March 5,180", "Palm oil (ringgit a tonne):
  // ⏎ April 4,351": a month heading a price row under a heading of futures or of a price per
  // measure is a delivery month, still ahead (a table of monthly figures, "Inflation (percent):
  // ⏎ March 4.1", looks back and keeps its lean).
  if (/^XXXX-\d\d$/u.test(f.timex) && isDeliveryMonth(text, f)) return 'future';
  // Any other table of months and figures counts months gone by ("Arrivals (thousands): ⏎ Jan 41.2").
  if (/^XXXX-\d\d$/u.test(f.timex) && inMonthTable(text, f.start)) return 'past';
  // "and more wind is forecast until the weekend", "more snow expected over the weekend", "storms
  // predicted for Sunday": what is forecast or expected is still ahead, whatever the verb before.
  // ("The rain was expected over the weekend but held off": a past auxiliary tells an old forecast.)
  // ("The heavy rain expected over the weekend flooded 40 homes": a past verb right after the date is
  // the sentence's own, and the forecast came true.)
  if (/(?<!\b(?:was|were|had[ \t]+been)[ \t]+)\b(?:forecast|expected|predicted)[ \t]+(?:until|till|over|for|by|through|into)[ \t]+$/iu.test(before.replace(/(?:the|this|next)[ \t]+$/iu, '')) && !/^[ \t]+(?:\p{Ll}+ed|had|was|were|did|made|left|hit|cut|shut|brought|caught|drove|fell|froze|tore|took|blew|swept)\b/u.test(text.slice(f.end, f.end + 20))) return 'future';
  // "The road will stay closed until Friday", "the shop will remain shut until Monday": a state the
  // future keeps until a day lasts until a day still ahead, whatever its participle's past form.
  // So does one a modal only allows: "warned that both passes might stay closed until Monday".
  // (Not a modal under a past perfect: "Officials had warned that the pass might stay closed until
  // Monday, but it reopened on Saturday" tells an old warning, whose Monday may be gone by.)
  // ("the strike could keep the ferries in port until June": so does one that keeps or leaves
  // its object in a state, the participle after the object being no past.)
  const modalUntil = /\b(?:(will|shall|'ll|’ll|won't|won’t)|might|may|could|should|must)[ \t]+(?:not[ \t]+)?(?:(?:stay|remain|be|keep|stand)[ \t]+(?:\p{Ll}+[ \t]+){0,2}|(?:keep|leave)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){1,5})(?:until|till)[ \t]+(?:(?:early|late|mid)[ \t-]+)?(?:next[ \t]+)?$/iu.exec(before);
  // (Not in a sentence a year gone by anchors: "In 2019, officials warned the strike could leave bins
  // uncollected until June" is that year's June.)
  if (modalUntil && !pastYearInSentence(text, f, refDate) && (modalUntil[1] || !/\bhad[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+(?:ed|en|wn|ld|id|ht|ne)\b/iu.test(sentenceBefore(text, f)))) return 'future';
  // "its outlook for the financial year ending in April", "the quarter ending June 30": a period still
  // running ends ahead; "the year ended March 31" is one already closed.
  // "posted a loss of $3 million for the fiscal year ending in March" (in June): results told in
  // the past, with no forecast and no part of a year still running, are of a year already closed.
  // ("the outlook for the year to March 31", "profit in the six months to September": "to" after a
  // financial period names its end as "ending" does.)
  const ending = /\b(?:(?:year|quarter|half|period|season|months?|weeks?)[ \t]+ending|(?:year|quarter|half|period|months)[ \t]+to)[ \t]+(?:in[ \t]+|on[ \t]+)?$/iu.exec(before);
  if (!isWeekday && ending) {
    // "Profit rose in the six months ending in September", "sales fell in the quarter ending in
    // June", "earned less in the half ending in March": the period's own noun is the one the past
    // verb reports, not a part of a year still running around it.
    const sentence = sentenceAround(text, f, true);
    const others = sentence.replace(ending[0], ' ');
    return hasPastForm(sentence) && firstIndex(FUTURE_CUE, sentence) < 0 && !RUNNING_YEAR.test(others) ? 'past' : 'future';
  }
  if (!isWeekday && /\b(?:year|quarter|half|period|season|months?|weeks?)[ \t]+ended[ \t]+(?:in[ \t]+|on[ \t]+)?$/iu.test(before)) return 'past';
  // "a discount of 14% to the closing price on Monday", "Tuesday's close": a price at a close is
  // known only once the market has closed, whatever the sentence's tense.
  if (isWeekday && (CLOSING_PRICE_BEFORE.test(before) || CLOSING_PRICE_AFTER.test(text.slice(f.end, f.end + 30)))) return 'past';
  // "ordered a hosepipe ban for Friday", "issued a red warning for Saturday": a weekday after
  // "for" is the day an arrangement was made for, one still to come when reported. Not with a
  // past auxiliary in the sentence ("the strike called for Monday was cancelled").
  if (isWeekday && /\bfor[ \t]+$/iu.test(before) && !/^['’]/u.test(text.slice(f.end)) && firstIndex(PAST_AUX, sentenceAround(text, f, true)) < 0) return 'future';
  // "the regulator called the two firms to a hearing on Friday", "invited the unions to talks on
  // Monday": a summons or an invitation names a meeting still ahead when it is reported (a held
  // meeting would be told as such). Not the passive ("he was called to a meeting on Friday and
  // dismissed"), which tells what happened to someone.
  if (isWeekday && SUMMONED_TO.test(before)) return 'future';
  // "was sounding out voters ahead of a referendum on June 12": the event after "ahead of" is later
  // than the clause's own, so a past verb before it says nothing of the date (a weekday keeps its
  // lean: "shares fell ahead of the results on Thursday").
  if (!isWeekday && /\bahead[ \t]+of\b[^.!?;:\n]{0,60}$/iu.test(before)) return nearestCue(text, f) === 'future' ? 'future' : 'nearest';
  // "The kiln was scheduled to open in June but stood idle", "the bridge was slated to reopen in
  // May", "talks were set to resume in August": a plan told in the past names the month it was for,
  // often one gone by, so the nearest such month, not the next ("is due to" keeps the future; so
  // does reported speech, "the minister said the plant was due to open in June", whose past tense
  // is the report's, unless the sentence says the plan fell through: "… but stood idle").
  if (/^XXXX-\d\d$/u.test(f.timex) && PAST_PLAN.test(before) && (PLAN_FELL_THROUGH.test(text.slice(f.end, f.end + 120).split(/[.!?\n]/u)[0]) || !REPORTED_BEFORE.test(before))) return 'nearest';
  // "Vekla had planned to open the plant in April" (told in December): a plan the past perfect
  // tells overtaken names a month on either side of the story's day, so the nearest, with no lean.
  if (/^XXXX-\d\d$/u.test(f.timex) && OVERTAKEN_PLAN.test(longBefore)) return 'either';
  // "support near the June lows", "above their March highs": a month naming a level a market or a
  // measure reached is one already seen. (Not "peak": "bracing for the December peak" is a season's,
  // still ahead.)
  if (/^XXXX-\d\d$/u.test(f.timex) && /^[ \t]+(?:lows?|highs?|troughs?)\b/u.test(text.slice(f.end, f.end + 12))) return 'past';
  // "after the driest September in three decades", "the wettest June on record": a month that set
  // a record has been measured, so it is gone by, whatever the tense of the clause around it.
  if (/^XXXX-(?:\d\d|SP|SU|FA|WI)$/u.test(f.timex) && RECORD_BEFORE.test(before) && RECORD_AFTER.test(text.slice(f.end, f.end + 60))) return 'past';
  // "A memo to the council in May, obtained by this paper, reads:": a document that a present
  // verb of saying quotes was written already, so its month is the nearest gone by.
  if (/^XXXX-\d\d$/u.test(f.timex) && DOCUMENT_BEFORE.test(text.slice(Math.max(0, f.start - 120), f.start)) && DOCUMENT_QUOTED_AFTER.test(text.slice(f.end, f.end + 80))) return 'past';
  // "Orsa will play Vekla in the final after beating Tolby 3-0 on Sunday afternoon": a result
  // with its score that the clause's event comes after is a match already played, whatever the
  // clause's own future.
  if (isWeekday && SCORE_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start)) && /\b(?:after|following)[ \t]+(?:a|an|its|their|his|her)[ \t]+(?:\p{Ll}+[ \t]+)?\d{1,3}[ \t]?[-–][ \t]?\d{1,3}\b[^.!?;\n]*$/iu.test(text.slice(Math.max(0, f.start - 100), f.start))) return 'past';
  const cue = nearestCue(text, f);
  if (cue === 'future') return 'future';
  if (cue === 'past') return 'past';
  // "Revenue for January was 41 billion francs", "Exports in the third quarter fell 4%", "Sales
  // for January to November were flat" (told in December): a figure measured over a month, quarter,
  // half or season, whose verb comes after the period and is past, was measured over one gone by;
  // with no cue before the date the nearest one could be ahead (next January). A forecast says so
  // ("Sales for March were forecast at …") and keeps its lean.
  if (/^XXXX-(?:\d\d|Q[1-4]|H[12]|SP|SU|FA|WI)$/u.test(f.timex) && FIGURE_OVER.test(before) && pastVerbAfterPeriod(text, f) && !ESTIMATE_CUE.test(sentenceAround(text, f, true))) return 'past';
  // "stocked enough fuel to run the mill until October": "until" with no tense of its own clause
  // to date it names the end of a span still running, so a day or month ahead.
  if (/\b(?:until|till|through)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu.test(before) && /^XXXX-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)$/u.test(f.timex)) return 'future';
  // "The results come out on Tuesday", "Doors open at 7 p.m. on Friday": news tells past events
  // in the past tense, so a weekday in a sentence with no past form at all is a scheduled one.
  // "Results from the Northern League on Saturday:", "Results of Sunday's races": results are of
  // events already held, so a results line with no verb of its own looks back ("The results of
  // the vote on Sunday will be announced" has a future of its own).
  // "the Sharks, 31-10 winners over the Tuna on Saturday", "their 3-1 win at Hull on Sunday": a
  // result with its score, dated by the weekday, is a match already played.
  if (isWeekday && SCORE_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start))) return 'past';
  // "Results: ⏎ Saturday: Rovers 2 Wolves 1" or "Saturday: ⏎ Rovers 2 Wolves 1": a weekday heading
  // a line of scores dates a match already played (a fixture list reads "Rovers v Wolves").
  if (isWeekday && isScoreHeading(text, f)) return 'past';
  const sentence = sentenceAround(text, f, true);
  if (isWeekday && (RESULTS_OF.test(before) || RESULTS_AFTER.test(text.slice(f.end, f.end + 20))) && firstIndex(FUTURE_CUE, sentence) < 0) return 'past';
  // "Korvane United host the Hawks on Sunday, a team that defeated them in April": a relative clause
  // after the date tells another event, and its past is not the date's.
  // ("The museum, which closed in May, reopens on Friday": a relative clause closed before the
  // date has its own tense, as in nearestCue.)
  if (isWeekday && !hasPastForm(withoutClosedRelatives(sentenceAround(text, f, true, true)))) return 'future';
  // "The two clubs meet on Sunday, and the winner plays in the regional final
  // in January": a month or season told with no past form at all is still to come. Not a quarter
  // or a half: "Our third-quarter results clearly show …" speaks of a period already over. Only
  // after a preposition: a season as the subject ("Winter is coming") is the nearest one.
  if (/^XXXX-(?:\d\d|SP|SU|FA|WI)$/u.test(f.timex) && /\b(?:in|until|till|by|from|before|after|through|at|for)[ \t]+$/iu.test(before) && !hasPastForm(sentence)) return 'future';
  // "The final takes place on February 2", "The exhibition runs until January 12": a day of a
  // month told with no past form at all is a scheduled one, as a weekday is.
  // ("The Gazette publishes its ranking on November 8", said on November 25: a day gone by within
  // the last month is this year's, told in the present of a report; next year's would say so.)
  // ("publishes its next ranking on November 8": "next" says the one to come.)
  if (/^XXXX-(?:\d\d-\d\d|EASTER(?:[+-]\d)?|THANKSGIVING(?:-CA|\+[14])?|LUNARNY|DIWALI)$/u.test(f.timex) && /\b(?:on|until|till|by|from|before|after|through|for)[ \t]+$/iu.test(before) && !hasPastForm(sentence)) return goneByWithinMonth(f.timex, refDate) && !/\b(?:next|coming|upcoming|forthcoming)\b/iu.test(before) ? 'past' : 'future';
  return fallback;
}

// ("a 4-2 home victory against Tolvane on Sunday", "a 1-0 away loss": the venue between score and result.)
const SCORE_BEFORE = /(?<![\d.,:/-])\d{1,3}[ \t]?[-–][ \t]?\d{1,3}[ \t]+(?:(?:home|away|road|derby|league|cup|final|comeback|opening|narrow|emphatic|shock|first-round|second-round)[ \t]+)?(?:wins?|winners|victory|victors|defeats?|loss|losers|draws?)(?:[ \t]+(?:over|against|at|to|by|in|with)[ \t]+[^,;:.!?\d\n]{1,40}?)?[ \t]+(?:on|last)[ \t]+$/iu;
// "Rovers 2 Wolves 1", "St Kilda Saints 31, Harbour Sharks 10": two sides, each with its score.
// (A note in brackets may follow: "(aet)", "(Rovers win the series 4-1)", "(Wolves win 5-4 on penalties)".)
const SCORE_LINE = /^[ \t]*\p{Lu}[\p{L}\p{M}'’.& -]{0,40}?[ \t]\d{1,3},?[ \t]+\p{Lu}[\p{L}\p{M}'’.& -]{0,40}?[ \t]\d{1,3}[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*$/u;

/** True when the weekday opens its line, a colon follows it, and the rest of the line or the next non-blank line is a score line. */
function isScoreHeading(text: string, f: Span): boolean {
  // (Windows of bounded length: a weekday costs the same on a line of a megabyte.)
  // ("Played on Thursday:", "Matches on Saturday:": a heading may say what the day's lines are.)
  const indent = /(?:(?:Played|Matches|Games|Fixtures[ \t]+played)[ \t]+on[ \t]+)?[ \t]*$/u.exec(text.slice(Math.max(0, f.start - 30), f.start))![0].length;
  if (f.start - indent > 0 && text[f.start - indent - 1] !== '\n') return false;
  const colon = /^[ \t]*:/u.exec(text.slice(f.end, f.end + 5));
  if (!colon) return false;
  const from = f.end + colon[0].length;
  const after = text.slice(from, from + 200);
  const lineEnd = after.indexOf('\n');
  const rest = lineEnd < 0 ? after : after.slice(0, lineEnd);
  if (rest.trim()) return SCORE_LINE.test(rest);
  if (lineEnd < 0) return false;
  // The next line that is not blank (a list may set each line as a paragraph of its own).
  const next = /^(?:[ \t]*\n){0,2}([^\n]*)/u.exec(after.slice(lineEnd + 1))!;
  return SCORE_LINE.test(next[1]);
}

const SUMMONED_TO = /(?<!\b(?:was|were|been|being|be|is|are)[ \t]+(?:\p{L}+ly[ \t]+)?)\b(?:summon|invit|convene)(?:s|ed|es|e)?\b[^.!?;\n]{0,40}?\bto[ \t]+(?:(?:a|an|the)[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:meeting|hearing|talks|summit|session|briefing|conference)[ \t]+(?:on[ \t]+)?$/u;
const CLOSING_PRICE_BEFORE = /\b(?:closing[ \t]+(?:price|level|value|bell|rate)s?|(?:the|its|their|\p{L}+['’]s?)[ \t]+close)[ \t]+(?:on|of)[ \t]+(?:last[ \t]+)?$/iu;
const CLOSING_PRICE_AFTER = /^['’]s?[ \t]+(?:closing[ \t]+(?:price|level|value|rate)|close)\b/iu;
// Words of a forecast or of a part of a financial year still running ("raised its forecast", "first-half
// profit", "nine months to December", "expects").
const PRICE_ROW_AFTER = /^[ \t]+\d[\d,]*(?:\.\d+)?(?:[ \t]+[-+]?\d[\d,]*(?:\.\d+)?)*[ \t]*(?:\r?\n|$)/u;
// (A price per measure heads a market's delivery months unless the heading says the prices are
// gone by: "Average price paid to farmers (shillings a kilo):", "(dollars a barrel) over the past year".)
const FUTURES_HEADING = /\b(?:futures?|contracts?|deliver(?:y|ies)|forward|(?:a|per)[ \t]+(?:tonne|ton|barrel|bushel|ounce|pound|lb|kg|kilo|bag|bale|sack))\b[^\n]*:[ \t]*\r?$/iu;
const PAST_PRICES_HEADING = /\b(?:average|paid|past|last|previous|earlier|was|were|monthly)\b/iu;

function isDeliveryMonth(text: string, f: Span): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  if (text.slice(lineStart, f.start).trim() !== '' || !PRICE_ROW_AFTER.test(text.slice(f.end, f.end + 60))) return false;
  // The heading: the nearest line before that is not another price row (at most a dozen lines up).
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 12; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // (Blank lines between the heading and its rows do not count.)
    if (line.trim() !== '' && !/^[ \t]*\p{L}+[ \t]+\d[\d,.]*(?:[ \t]+[-+]?\d[\d,.]*)*[ \t]*\r?$/u.test(line)) return FUTURES_HEADING.test(line) && !PAST_PRICES_HEADING.test(line);
    end = start - 1;
  }
  return false;
}

// A verb of saying before the plan makes its past tense the report's: "the minister said (that)
// the plant was due to open in June", "told reporters the talks were due to resume".
const REPORTED_BEFORE = new RegExp(`\\b(?:${SAID_PAST}|announced|reported|confirmed|stated|warned)\\b[^.!?;\\n]*$`, 'iu');
// What a plan told in the past met: "… but was delayed", "… before the flood", "… until the strike".
const PLAN_FELL_THROUGH = /\b(?:but|before|until|till|when|then)\b|\b(?:delayed|postponed|cancell?ed|scrapped|shelved|put off|pushed back|called off|suspended|abandoned)\b/iu;
const OVERTAKEN_PLAN = /\bhad[ \t]+(?:planned|intended|hoped|aimed|wanted|expected)[ \t]+to\b[^.!?;\n]{0,80}$/iu;
const PAST_PLAN = /\b(?:was|were|had[ \t]+been)[ \t]+(?:due|scheduled|set|slated|expected|supposed|meant|planned|intended)[ \t]+to\b[^.!?;\n]{0,60}$/iu;

// The words of a forecast and of a part of a year still running: the forward-looking terms of the
// US Private Securities Litigation Reform Act's safe harbour ("expects", "forecasts", "projects",
// "estimates", "targets", "outlook", "guidance") and the periods of IAS 34, Interim Financial
// Reporting (interim, half-year, quarter, year-to-date) (README, "The closed word classes").
const RUNNING_YEAR = /\b(?:forecasts?|outlook|guidance|targets?|projections?|projected|estimates?|budget(?:s|ed)?|expect(?:s|ed|ing|ations?)?|predict(?:s|ed|ions?)?|half|halves|quarters?|quarterly|interim|months|so[ \t]+far|to[ \t]+date|year-to-date)\b|\b(?:first|second|third|fourth)-(?:half|quarter)\b/iu;
// ("Results on Sunday:", "Saturday's results:": a results heading, too.)
const RESULTS_OF = /\bresults?[ \t]+(?:of|from|in|on)\b[^.!?;:\n]{0,80}$/iu;
const RESULTS_AFTER = /^['’]s?[ \t]+(?:results?|scores?)\b/iu;

/** The words of `f`'s sentence before it (back to a sentence's end or a line break, at most 200 characters). */
function sentenceBefore(text: string, f: Span): string {
  const offset = Math.max(0, f.start - 200);
  const before = text.slice(offset, f.start);
  let start = before.lastIndexOf('\n') + 1;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) start = Math.max(start, m.index + m[0].length);
  SENTENCE_END.lastIndex = 0;
  return before.slice(start);
}

/**
 * The sentence around a date, without the date. With `ownQuote`, a date inside a quotation gets
 * only the quoted words of its sentence: "'There is little relief until Monday,' the forecaster
 * said on Thursday" is present tense where the date is; the reporter's "said" is not.
 */

function sentenceAround(text: string, f: Span, ownQuote = false, ownClause = false): string {
  const offset = Math.max(0, f.start - 200);
  const before = text.slice(offset, f.start);
  let start = before.lastIndexOf('\n') + 1;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) start = Math.max(start, m.index + m[0].length);
  SENTENCE_END.lastIndex = 0;
  const after = text.slice(f.end, f.end + 200);
  let end = after.search(/\n/u) >= 0 ? after.search(/\n/u) : after.length;
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(after.slice(0, end));
  SENTENCE_END.lastIndex = 0;
  if (m) end = m.index;
  const relative = ownClause ? after.slice(0, end).search(RELATIVE_CLAUSE) : -1;
  if (relative >= 0) end = relative;
  const open = ownQuote ? openQuotationBefore(text, f.start) : -1;
  if (open >= 0) {
    start = Math.max(start, open + 1 - offset);
    const close = after.slice(0, end).search(/["”]/u);
    if (close >= 0) end = close;
  }
  return `${before.slice(start)} ${after.slice(0, end)}`;
}

// A superlative before the month ("the driest", "the most violent", "the worst") and a record's
// measure after it ("in three decades", "on record", "since 1990", "for 40 years", "ever").
const RECORD_BEFORE = /\bthe[ \t]+(?:\p{Ll}{2,}est|worst|best|(?:most|least)[ \t]+\p{Ll}+)[ \t]+(?:month[ \t]+of[ \t]+)?(?:\p{Lu}\p{Ll}+[ \t]+(?:and|or)[ \t]+)?$/u;
const RECORD_AFTER = /^(?:[ \t]+(?:and|or)[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:in[ \t]+(?:(?:more[ \t]+than|over|almost|nearly)[ \t]+)?(?:\d+|\p{Ll}+|a)[ \t]+(?:decades?|years?|centur(?:y|ies))|on[ \t]+record|since[ \t]+(?:records|\d{4})|for[ \t]+(?:\d+|\p{Ll}+)[ \t]+(?:decades|years)|ever)\b/u;
// A written document the month dates ("a letter … in", "the report in"), with nothing but its
// own attributes between it and the month.
const DOCUMENT_BEFORE = /\b(?:letter|memo|memorandum|e-?mail|report|note|notice|message|submission|petition|statement|document|minutes|circular)\b[^.!?;:\n"“”]{0,80}\b(?:in|of|dated|from)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu;
// The document's present verb of saying after the month and its appositions ("…, seen by this newspaper, reads:").
const DOCUMENT_QUOTED_AFTER = /^(?:,[^.!?;:\n"“”]{0,50},)?[ \t]+(?:reads|says|states|notes|warns|adds|shows|argues|claims|tells)\b/u;

/**
 * "The blackout, which started at midnight, lifts on Friday", "Ms Arvo, who resigned in May, leaves
 * the board on Monday": a relative clause set off by two commas carries its own tense, so its verb
 * says nothing of the main clause's date. Blanks each such clause closed in `s` (same length, so
 * offsets hold); a clause still open (the date stands in it) is kept ("…, who said 2,000 tickets had
 * sold by Sunday": the comma of a figure closes nothing). "that" clauses take no commas and are
 * left alone.
 */
const CLOSED_RELATIVE = /,[ \t]+(?:who|whom|whose|which)\b(?:[^,;:.!?\n"“”()]|(?<=\d)[,.](?=\d)){1,100},(?!\d)/giu;
function withoutClosedRelatives(s: string): string {
  return s.replace(CLOSED_RELATIVE, (m) => ' '.repeat(m.length));
}

// ", a side that …", ", which …", ", who …": a relative clause after a comma, on a noun or in apposition.
const RELATIVE_CLAUSE = /,[ \t]+(?:(?:a|an|the)[ \t]+(?:\p{L}+[ \t]+){1,2})?(?:who|whom|whose|which|that)\b/u;

/**
 * The offset of the quotation mark that opens a quotation still open at `at` on its line, or -1.
 * The quotations of a text are found once (a text may hold thousands of dates on one line).
 */
function openQuotationBefore(text: string, at: number): number {
  return quotationAround(text, at)?.[0] ?? -1;
}

/** [opening mark, closing mark or line end] of the quotation still open at `at`, or null. */
function quotationAround(text: string, at: number): [number, number] | null {
  if (quotationsOf.text !== text || quotationsOf.spans === null) quotationsOf = { text, spans: quotations(text) };
  const spans = quotationsOf.spans!;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < at) lo = mid + 1;
    else hi = mid;
  }
  const last = spans[lo - 1];
  return last && at <= last[1] ? last : null;
}

let quotationsOf: { text: string; spans: Array<[number, number]> | null } = { text: '', spans: null };

// [opening mark, closing mark or line end] of each quotation, in order; a line break closes any.
function quotations(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"' || c === '\n') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

// A full stop that ends a sentence: not after a title or a company suffix ("Mr. Putin", "Apple Inc. released").
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|No|vs|[A-Z]))[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu;
// Irregular verbs whose past is their base form: a past form for "is any verb past?" only.
// ("On Saturday the Rovers beat the Wolves 3-1": a sentence that tells a result is past.)
// ("a burst of rain": before "of", "burst" is the noun.)
const SAME_FORM_PAST = /\b(?:put|cut|let|hit|shut|quit|spread|cast|cost|hurt|split|bet|bid|set|beat|burst(?!\s+of\b))\b/u;

function hasPastForm(sentence: string): boolean {
  PAST_CUE.lastIndex = 0;
  return PAST_CUE.test(sentence) || SAME_FORM_PAST.test(sentence) || REPORTING_WORD.test(sentence);
}

// ("adjourned the hearing until 10am on March 2": the clock time the hearing resumes at may stand
// before its day.)
// "the speaker shifted the ballot to October 9", "brought the hearing forward to Monday": moving an
// event to a day also names a day still ahead (not "moved to Lyon in June": "to" must precede the date).
const POSTPONED_UNTIL = /\b(?:adjourn|postpone|delay|defer|reschedule|remand|suspend|extend|push(?:ed)?[ \t]+back|put[ \t]+off|mov(?=e[sd]?\b|ing\b)|br(?:ing|ings|ought)[ \t]+forward)\p{Ll}*\b[^.!?;\n]{0,80}?\b(?:until|till|to|for)[ \t]+(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.|h(?:rs)?)?[ \t]+on[ \t]+)?(?:(?:early|late|mid)[ \t-]+)?(?:next[ \t]+)?$/iu;

// "Ferries to Orvik were cancelled until Monday", "all lorries are banned until March": a service
// stopped until a day, the day it resumes (only "until": "cancelled for Friday" names the day lost).
// (Not "closed"/"shut": "The mill was closed until June" tells a state that has ended.)
// A stop's resumption told after the day: later in its sentence after a phrase ("… until Sunday after
// the storm, and they resumed on Sunday"), or in the next sentence with the same day ("Services
// resumed on Monday morning").
const RESUMED_VERB = '(?:resumed|reopened|restarted|reconvened|returned|went[ \\t]+ahead)';
function resumedLater(text: string, f: Span): boolean {
  const after = text.slice(f.end, f.end + 200);
  if (new RegExp(`^[^.!?;\\n]{0,50}?,?[ \\t]+(?:and|but|when|then)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,3}${RESUMED_VERB}\\b`, 'u').test(after)) return true;
  const day = /^\p{L}+/u.exec(text.slice(f.start, f.end))?.[0];
  const next = /^[^.!?\n]*[.!?][ \t]+([^.!?\n]*)/u.exec(after);
  return !!day && !!next && new RegExp(`\\b${RESUMED_VERB}\\b[^.!?;\\n]{0,30}\\b${day}\\b`, 'u').test(next[1]);
}
/** Whether `f`'s sentence before it names a year before the reference's ("In March 2020, …"). */
function pastYearInSentence(text: string, f: Span, refDate?: string | null): boolean {
  if (!refDate || !/^\d{4}/u.test(refDate)) return false;
  const ref = Number(refDate.slice(0, 4));
  return [...sentenceBefore(text, f).matchAll(/\b(1[89]\d\d|20\d\d)\b/gu)].some((m) => Number(m[1]) < ref);
}
const STOPPED_UNTIL = /\b(?:cancell?ed|called[ \t]+off|halted|grounded|banned)\b[^.!?;\n]{0,40}?\b(?:until|till)[ \t]+(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.|h(?:rs)?)?[ \t]+on[ \t]+)?(?:(?:early|late|mid)[ \t-]+)?(?:next[ \t]+)?$/iu;
// "… until Monday and resumed with evidence from …", "… until Friday, when it reopened": the same
// event's resumption, told in the past right after the day (and its clock time), is over.
const RESUMED_AFTER = /^(?:[ \t]+(?:at|from)[ \t]+\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.)?)?(?:,?[ \t]+(?:and|but|when|then)|,[ \t]+when[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}[\p{L}'’-]+)[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:resumed|reopened|restarted|reconvened|returned|continued|went[ \t]+ahead)\b/u;

// "left the choice of the route to a summit in October", "postponed the decision to a special session
// on Monday": a question put off or left to a later meeting names a meeting still ahead.
const DEFERRED_TO_MEETING = /\b(?:adjourn|postpone|delay|defer|reschedule|refer|left|leave|leaves|leaving|put[ \t]+off|push(?:ed)?[ \t]+back)\p{Ll}*\b[^.!?;\n]{0,60}?\b(?:to|until|till|for)[ \t]+(?:a|an|the|its|their|another|next)[ \t]+(?:\p{Ll}+[ \t]+){0,2}(?:meeting|session|summit|hearing|conference|sitting|round|vote|congress|convention)[ \t]+(?:in|on|at)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$/iu;

const REPORTING_PAST_AFTER = new RegExp(`\\b(?:${REPORTING_PAST_WORDS})\\b`, 'gu');
// The date opens its sentence ("On Friday, Apple will …"): the verb after it decides.
const OPENING = /^[\s"“‘'(]*(?:(?:on|by|in|at|since|until|from|early|late|and|but|so|then|as of)[ \t]+)*$/iu;

/**
 * The nearest tense cue for a date: 'future', 'past' (an auxiliary, a simple past verb, or a
 * verb of saying right before the date), or null. A past verb followed by an infinitive
 * ("urged allies to meet … on June 24") says nothing of when the infinitive's event is.
 */
const BACKSHIFTED_UNDER_MODAL = /\b(?:will|would|could|might|may|should)[ \t]+(?!not\b|have\b)\p{Ll}+\b[^.!?;:,\n]{0,60}?\b(?:before|until|till)[ \t]+(?:the[ \t]+|a[ \t]+|its[ \t]+|their[ \t]+)?\p{Ll}+[ \t]+(?:(?:was|were)[ \t]+)?\p{Ll}{2,}ed(?:[ \t]+(?:it|them|him|her))?[ \t]+(?:on|in|by|at)[ \t]+$/u;

function nearestCue(text: string, f: Span): 'future' | 'past' | null {
  let before = text.slice(Math.max(0, f.start - 150), f.start);
  const boundary = Math.max(before.lastIndexOf('\n'), lastSentenceEnd(before));
  const opening = boundary >= 0 || f.start <= 150;
  if (boundary >= 0) before = before.slice(boundary + 1);
  before = withoutClosedRelatives(before);
  // Another clause's verb says nothing of this one ("… is looking for a truce, but during the call
  // on Tuesday …"): look only after the last clause break.
  const clause = lastClauseBreak(before);
  // "would reopen to buses from June 3, and to lorries in the autumn": a conjunct with no
  // verb of its own (it opens with a preposition and none follows the date in it) shares the verb
  // of the clause before.
  if (clause >= 0 && !(/^[ \t]*(?:to|from|in|on|at|for|by|with|into|after|before)\b/u.test(before.slice(clause)) && /^[ \t]*(?:[.!?;]|$)/u.test(text.slice(f.end, f.end + 3)))) before = before.slice(clause);
  if (REPORTING_JUST_BEFORE.test(before)) return 'past';
  if (INTENDED_INFINITIVE.test(before)) return 'future';
  const future = lastIndex(FUTURE_CUE, before);
  let past = lastIndex(PAST_CUE, before);
  // "Tolvane library saved until spring" (a headline): a headline drops "is", so its bare
  // participle is a present passive, not a past; only an auxiliary dates it ("was saved").
  if (past >= 0 && inHeadline(text, f) && !PAST_AUX_WORD.test(matchAt(PAST_CUE, before, past))) past = lastIndex(PAST_CUE, before.slice(0, past));
  if (future >= 0 || past >= 0) {
    if (future > past) return 'future';
    // "Growers will receive 900 crowns a hectare, paid in two instalments from March": a participle
    // opening a clause after a comma is no finite verb, so the future it hangs on dates the clause.
    // ("Growers received 900 crowns, paid in two instalments from March" keeps its past.)
    if (future >= 0 && /,[ \t]*$/u.test(before.slice(0, past)) && !PAST_AUX_WORD.test(matchAt(PAST_CUE, before, past)) && lastIndex(PAST_CUE, before.slice(0, past)) < future) return 'future';
    // "The toll would have begun on April 1" (said of a plan dropped in February): what did not
    // happen could have been due on either side of the story's day, so the nearest one.
    if (/^(?:would|could|might|should)[ \t]+(?:not[ \t]+)?have$/iu.test(matchAt(PAST_CUE, before, past)) && future < 0) return null;
    // "voted on Tuesday to name a delegate for the congress on June 9": "to" and a verb (any words
    // after it, "a" included); "travelled to the summit" is a preposition before a noun phrase.
    if (lastIndex(PAST_AUX, before) !== past && /\bto[ \t]+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)\p{Ll}+\b/u.test(before.slice(past))) return ownVerbAfter(text, f);
    // "forecasters said more rain could fall before the storm eased on Thursday": reported speech
    // moves a "before"/"until" clause's present back to the past; under a modal's future it is
    // still ahead (not a negated modal, "crews could not reach them until the river fell on Sunday",
    // a past of ability). The clause's verb may be passive or take a pronoun ("until a deal was reached
    // on Friday", "before engineers inspected it on Monday").
    if (BACKSHIFTED_UNDER_MODAL.test(before)) return 'future';
    return 'past';
  }
  if (!opening || !OPENING.test(before)) return null;
  let after = text.slice(f.end, f.end + 80);
  const end = after.search(/[.!?](?:\s|$)|\n/u);
  if (end >= 0) after = after.slice(0, end);
  const futureAfter = firstIndex(FUTURE_CUE, after);
  // "In May, the water board told residents the well would be sealed": the date's own verb is the
  // verb of saying, whose tense is the date's; the reported "would" comes after it.
  const reported = firstIndex(REPORTING_PAST_AFTER, after);
  const plainPast = firstIndex(PAST_CUE, after);
  const pastAfter = reported >= 0 && (plainPast < 0 || reported < plainPast) ? reported : plainPast;
  if (futureAfter < 0 && pastAfter < 0) return null;
  if (futureAfter >= 0 && (pastAfter < 0 || futureAfter < pastAfter)) return 'future';
  return 'past';
}

/**
 * True when the verb right after a period ("January was", "the third quarter fell") is a simple
 * past or a past auxiliary, past the end of a range that the period opens ("January to November
 * were") and an adverb in -ly.
 */
function pastVerbAfterPeriod(text: string, f: Span): boolean {
  const after = text.slice(f.end, f.end + 60).replace(/^(?:[ \t]*(?:to|through|till|until|and|[-–])[ \t]*\p{Lu}\p{Ll}+\.?)?/u, '');
  const m = /^[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+\b/u.exec(after);
  if (!m) return false;
  // "Output for January was set at …", "Imports for March were approved on Monday", "Sales in
  // January were set to rise": a passive tells what was done to the figure, a plan what it is to
  // be, now, and neither dates the period; "was 3 million", "was flat", "was unchanged" do.
  if (/\b(?:was|were)$/u.test(m[0]) && PLAN_OR_PASSIVE_AFTER.test(after.slice(m[0].length))) return false;
  PAST_CUE.lastIndex = 0;
  return PAST_CUE.test(m[0]) || SAME_FORM_PAST.test(m[0]);
}

/**
 * The words after "was"/"were" that make it a passive or a plan: a past participle (in -ed, not an
 * adjective in un-…-ed, an irregular one, one of the same form as its present) or an infinitive within three
 * words ("were to", "was set to", "were likely to", "was on course to"; not "close to 2 million").
 */
const PLAN_OR_PASSIVE_AFTER = /^[ \t]+(?:(?:\p{Ll}+ly[ \t]+)?(?:(?!un)\p{Ll}{2,}ed|seen|taken|given|shown|drawn|driven|broken|frozen|withdrawn|overtaken|written|beaten|sold|paid|held|kept|made|bought|brought|built|sent|spent|lost|won|led|left|met|put|cut|let|hit|shut|spread|cast|hurt|split|bid|set)\b|(?:[\p{Ll}-]+[ \t]+){0,2}to[ \t]+\p{Ll})/u;

/** True when the word right after the date (an adverb in -ly aside) is a simple past or a past auxiliary. */
function verbRightAfterIsPast(text: string, f: Span): boolean {
  const m = /^[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+\b/u.exec(text.slice(f.end, f.end + 40));
  if (!m) return false;
  PAST_CUE.lastIndex = 0;
  REPORTING_PAST_AFTER.lastIndex = 0;
  return PAST_CUE.test(m[0]) || REPORTING_PAST_AFTER.test(m[0]);
}

/**
 * "… the faults we told the landlord to repair after a survey in October showed damp walls": when the verb
 * before the date cannot date it, the verb of the date's own clause right after it can (a past
 * "found", a future "will"); null when none follows within the clause.
 */
function ownVerbAfter(text: string, f: Span): 'future' | 'past' | null {
  let after = text.slice(f.end, f.end + 60);
  const end = after.search(/[.!?;,:"“”](?:\s|$)|\n|[ \t][—–][ \t]/u);
  if (end >= 0) after = after.slice(0, end);
  // The verb comes first in the clause's rest ("in February found …"), after at most a few words.
  const m = /^(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(\p{L}+)\b/u.exec(after);
  if (!m) return null;
  const rest = after.slice(0, m.index + m[0].length);
  if (firstIndex(FUTURE_CUE, rest) >= 0) return 'future';
  PAST_CUE.lastIndex = 0;
  // Right after the date's noun phrase a word is its verb, so the pasts that are also nouns count here.
  return PAST_CUE.test(rest) || SAME_FORM_PAST.test(rest) || /\b(?:found|fed|bore|wound)$/u.test(rest) ? 'past' : null;
}

// "the company expects the deal to close in June", "said it expected the deal, code-named
// 'Lantern', to close by June", "plans to open the plant in March": an infinitive after a verb of
// expecting or intending names an event still to come when the expectation was stated, which in
// a report is the time of writing (a past "expected" is reported speech). "had planned to open in
// March" says the plan is over, and then the month may be past: no cue; nor does a clause after a
// comma ("hope for sales to stabilise, as sales rebounded in March").
// "has agreed to keep the north field fallow until June", "a council proposal to sell
// the depot at the end of March": a commitment in force now (present or present perfect) and a proposal
// name a later event too; a past "agreed to pay in March" may date the agreement, so it is left
// out. A comma between digits ("1,200") is no clause break.
const INTENDED_INFINITIVE = /(?<!\bhad[ \t]+(?:\p{L}+ly[ \t]+)?)\b(?:(?:expect|plan|intend|aim|hope|want|schedule|forecast|prepare)(?:s|ed|ing|ned|ning)?|(?:(?:has|have)[ \t]+(?:\p{L}+ly[ \t]+)?(?:agreed|promised|pledged|vowed|undertaken)|agrees|promises|pledges|vows)|(?:recommendation|proposal)s?)\b[^.!?;\n]{0,60}?[ \t]to[ \t]+(?:be[ \t]+)?\p{Ll}+\b(?:[^.!?;,\n]|(?<=\d)[,.](?=\d)){0,50}$/u;

// The auxiliaries among the past cues ("was", "had", "would have"), which date a headline too.
const PAST_AUX_WORD = /^(?:was|were|had|did|ago|(?:could|would|should|might|may|must)[ \t]+(?:not[ \t]+)?have)$/iu;

/** Whether the span lies on the text's first line, a headline: not ended by a sentence's stop. */
function inHeadline(text: string, f: Span): boolean {
  const lineEnd = text.indexOf('\n', f.end);
  if (lineEnd < 0 || text.lastIndexOf('\n', f.start) >= 0) return false;
  return !/[.!?:"”’']\s*$/u.test(text.slice(f.end, lineEnd));
}

function lastClauseBreak(s: string): number {
  let last = -1;
  // ("said it would now make less because of a pump breakdown in March": a cause named
  // by a preposition is a noun phrase of its own, whose time the verb it explains does not give.)
  const re = /(?:[,;:—–][ \t]*(?:but|and|while|although|though|whereas|yet|so)\b|;|[ \t][—–][ \t]|\b(?:because[ \t]+of|owing[ \t]+to|as[ \t]+a[ \t]+result[ \t]+of|on[ \t]+account[ \t]+of)\b)/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index + m[0].length;
  return last;
}

function lastSentenceEnd(s: string): number {
  let last = -1;
  const re = /[.!?]["”’']?[ \t]+(?=["“‘']?\p{Lu})/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index + m[0].length - 1;
  return last;
}

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

/** The text of `re`'s match that starts at `index` in `s` ('' when none does). */
function matchAt(re: RegExp, s: string, index: number): string {
  if (index < 0) return '';
  re.lastIndex = index;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m && m.index === index ? m[0] : '';
}

function firstIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}
