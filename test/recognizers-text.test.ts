// Runs a chosen subset of the Microsoft Recognizers-Text English specs (MIT;
// ../shared/eval/recognizers-text) through the date and number extractors and
// holds each subset to a pass-rate floor measured when the rules were written.
//
// The subsets are chosen by rule, not case by case: what a news fact sheet
// needs (amounts, counts, percentages, measures, calendar dates and times),
// leaving out what it does not (ranges, sets, durations, fractions, powers,
// Indian numbering, scheduling-assistant arithmetic). Each selector below says
// what it keeps. A case passes when every expected item is found (overlapping
// span, equal value, and for money and measures the same unit) and nothing
// else is reported.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractDates } from '../src/extract/dates.ts';
import { extractNumbers } from '../src/extract/numbers.ts';
import type { DateCandidate, NumberCandidate } from '../src/types.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'recognizers-text');
const available = existsSync(DIR);
if (!available) console.warn(`recognizers-text specs not found at ${DIR}: skipping (they live beside the repository, in ../shared/eval)`);

interface Result {
  Text: string;
  TypeName?: string;
  Start: number;
  End: number;
  Resolution?: { value?: string; unit?: string; subtype?: string; values?: { timex?: string; type?: string; value?: string }[] };
}
interface Case {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  Results: Result[];
}

function load(name: string): Case[] {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8').replace(/^\uFEFF/u, '')) as Case[];
}

const overlaps = (a: { start: number; end: number }, r: Result) => a.start < r.End + 1 && r.Start < a.end;
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

interface Outcome {
  pass: boolean;
  detail: string;
}

// ---- numbers ----------------------------------------------------------------

const RT_UNITS: Record<string, string> = {
  Dollar: 'USD', 'United States dollar': 'USD', Pound: 'GBP', Euro: 'EUR', 'Japanese yen': 'JPY',
  'Chinese yuan': 'CNY', 'Canadian dollar': 'CAD', 'Australian dollar': 'AUD', 'Hong Kong dollar': 'HKD',
  'Swiss franc': 'CHF', Cent: 'cent', Pence: 'penny', Penny: 'penny',
};

/**
 * strict: nothing may be reported that the spec does not list (the number model lists every
 * number); the currency and dimension models list only their own kind, so there extra
 * counts and percentages in the sentence are not held against us.
 */
function runNumbers(c: Case, unitOf?: (r: Result) => string | null, strict = true): Outcome {
  const doc = segment(c.Input);
  const found = extractNumbers(doc, extractDates(c.Input, null));
  const problems: string[] = [];
  for (const r of c.Results) {
    const want = Number(String(r.Resolution?.value ?? '').replace(/%$/u, ''));
    const hit = found.find((n) => overlaps(n, r) && n.value !== null && close(n.value, want));
    if (!hit) {
      problems.push(`missed ${JSON.stringify(r.Text)}=${want}`);
      continue;
    }
    const unit = unitOf?.(r);
    if (unit !== undefined && hit.unit !== unit) problems.push(`${JSON.stringify(r.Text)} unit ${hit.unit} ≠ ${unit}`);
  }
  if (strict) for (const n of found) if (!c.Results.some((r) => overlaps(n, r))) problems.push(`extra ${show(n)}`);
  return { pass: problems.length === 0, detail: `${JSON.stringify(c.Input.slice(0, 90))}: ${problems.join('; ')} [got ${found.map(show).join(', ')}]` };
}

const show = (n: NumberCandidate | DateCandidate) =>
  'timex' in n ? `${JSON.stringify(n.text)}→${n.timex}/${n.value}` : `${JSON.stringify(n.text)}→${n.value} ${n.unit ?? ''}`.trim();

/**
 * Integers and decimals in digits or words. Left out: fractions, powers, signs, Indian and
 * space-grouped numbering, spoken decimals ("point five"), k/M/G suffixes, numbers glued to
 * units (a measure for us), dotted quads and phone numbers, dates, and the places where our
 * policy differs on purpose: digits in names ("SCP-173") and labels ("nr. 22").
 */
function plainNumber(c: Case): boolean {
  if (c.Results.some((r) => !['integer', 'decimal'].includes(r.Resolution?.subtype ?? ''))) return false;
  return !/lakh|crore|nought|naught|point|minus|negative|\d[ \u202f]\d|\d,\d{1,2}(?!\d)|\d,\d\d,\d|\d[kKgGmMbB]\b|\d ?[kKgGmMbB]\b|mil\b|bln|tln|dzs?\b|dozs|half|over|\d\s+\d|^\s*-|^\.|\.\d+0+\b|\$|\d+(?:\.\d+)?[a-z]{2}|\d+\.\d+\.\d+|\+\d|\d\/\d|\p{L}-\d|\bnrs?\./u.test(c.Input);
}

// ---- dates ------------------------------------------------------------------

/** "T15" ≡ "T15:00"; seconds dropped; "2016-11-08 08:00:00" ≡ "2016-11-08T08:00". */
function normTime(t: string | undefined | null): string {
  if (!t) return '';
  return t
    .replace(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d)(?::\d\d)?$/u, '$1T$2')
    .replace(/^(\d\d:\d\d):\d\d$/u, 'XXXX-XX-XXT$1')
    .replace(/T(\d\d)(?::(\d\d))?(?::\d\d(?:\.\d+)?)?/u, (_m, h: string, mm?: string) => `T${h}:${mm ?? '00'}`)
    .replace(/^T/u, 'XXXX-XX-XXT');
}

function runDates(c: Case): Outcome {
  const ref = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
  const found = extractDates(c.Input, ref);
  const problems: string[] = [];
  for (const r of c.Results) {
    const values = r.Resolution?.values ?? [];
    const timexes = values.map((v) => normTime(v.timex));
    const resolved = values.map((v) => normTime(v.value)).filter((v) => v && v !== 'not resolved');
    const hit = found.find((d) => overlaps(d, r) && (timexes.includes(normTime(d.timex)) || timexes.includes(normTime(d.value)) || resolved.includes(normTime(d.value))));
    if (!hit) problems.push(`missed ${JSON.stringify(r.Text)}=${timexes.join('|')}`);
  }
  for (const d of found) if (!c.Results.some((r) => overlaps(d, r))) problems.push(`extra ${show(d)}`);
  return { pass: problems.length === 0, detail: `${JSON.stringify(c.Input.slice(0, 90))} @${ref}: ${problems.join('; ')} [got ${found.map(show).join(', ')}]` };
}

/**
 * Calendar dates and times a news story names: results typed date, datetime or time, or a
 * daterange that is one calendar unit (a month, year, week, season). Left out, each for a
 * reason: ranges, sets, durations, time zones; scheduling arithmetic ("3 days from
 * tomorrow", "in 5 minutes", "end of the day", "the week of"); holidays and week numbers;
 * chat style (lower-case month and day names, "tmrw", "11ish", "9a", abbreviations glued to
 * numbers); clock times without a.m./p.m. or a colon ("at 7", "at 6.45"); spoken-number
 * dates ("nineteen ninety six"); and "the day", "the year" without a modifier (anaphora in news).
 */
const DATE_OUT_OF_SCOPE: RegExp[] = [
  /\b(?:from|after|before|since|till|until|between|within|later|earlier|ago)\b/iu,
  /\b(?:next|last|past|previous|coming|upcoming) \d|\d+ (?:days?|weeks?|months?|years?|minutes?|hours?) (?:from|after|before|later)|\bin (?:\d+|a|an|half an|two|three|a few) (?:min|minutes?|hours?|days?|weeks?|months?|years?|fortnight)/iu,
  /\b(?:end|beginning|middle|start) of|\bmid\b|\bday of|\bweek of|\bweek \d|w\/c|half past|past (?:seven|eight|nine|\d)|to date|\b(?:eod|eoy|otd)\b/iu,
  /easter|independence|new year|thanksgiving|christmas|halloween|labor day|juneteenth|freedom day|workers|\beid\b|lunch|dinner|breakfast|fiscal|school year|calendar year|working week|workweek/iu,
  /\bthat (?:day|week|weekend|month|year)\b|\b(?:Jan|Feb|Apr|Jun|Sep|Nov) 3[01]\b|\bFeb 29\b/u,
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/u,
  /\b(?:mon|tue|tues|wed|thu|thur|fri|sat|sun)\b/iu,
  /\dish|noonish|ampm|\d[ap]\b|\d\.[ap]m|[ap] \. m|o'?clock|oclock|tonite|tmrw|cortana|\d{8}|\d{4}\/\w{3}|\w{3}\/\d|\w{3}\d|\d-\w{3}-\d|\bq[1-4]\b/iu,
  /(?:\bat|around|,) \d{1,2}(?![\d:]|\.\d| ?[ap]\.?m)|\d{1,2}, tonight|\b\d{1,2} in the (?:morning|afternoon|evening)|\bat \d{1,2}\.\d\d(?! ?[ap]\.?m)|\b\d{1,2}\.\d\d\b(?! ?[ap]\.?m)|\d{1,2}:\d\d(?::\d\d)? (?:on|for) /iu,
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|nineteen|hundred|thousand|first|second|third|fourth|fifth|ninth|eleventh|fifteenth|thirty)\b/iu,
  /\b(?:for|of|in) the (?:day|week|month|year)\b|\bthe (?:same|following) |\bfollowing\b/iu,
  /\b\d+\/\d+(?!\/)|\bthe \d+(?:st|nd|rd|th)?\b(?! of)/iu,
];

function calendarDate(c: Case): boolean {
  const kinds = new Set(['datetimeV2.date', 'datetimeV2.datetime', 'datetimeV2.time', 'datetimeV2.daterange']);
  for (const r of c.Results) {
    if (!kinds.has(r.TypeName ?? '')) return false;
    const timex = r.Resolution?.values?.[0]?.timex ?? '';
    if (/[(#]|PRESENT_REF|^P|XXXX-XX$|^XXXX$|XXXX-WXX$|XXXX-\d\d-W\d\d|^SY|^FY|TME[LDB]/u.test(timex)) return false;
  }
  return !DATE_OUT_OF_SCOPE.some((re) => re.test(c.Input));
}

// ---- the suites ---------------------------------------------------------------

interface Suite {
  file: string;
  select: (c: Case) => boolean;
  run: (c: Case) => Outcome;
  floor: number;
}

const SUITES: Record<string, Suite> = {
  'numbers (Number-NumberModel: integers and decimals)': {
    file: 'Number-NumberModel.json',
    select: plainNumber,
    run: (c) => runNumbers(c),
    floor: 0.95,
  },
  'signed, space-grouped and leading-point numbers (Number-NumberModel)': {
    file: 'Number-NumberModel.json',
    // Integers and decimals with a sign ("-1", "minus 5", "negative one"), groups of three split
    // by a space or narrow no-break space ("1 234 567"), or no leading zero (".08"). Not powers,
    // k/M suffixes or a sign apart from its number ("- 10 k").
    select: (c) =>
      c.Results.length > 0 &&
      c.Results.every((r) => ['integer', 'decimal'].includes(r.Resolution?.subtype ?? '')) &&
      /minus|negative|\d[ \u202f]\d{3}\b|^\s*-\d|^\./u.test(c.Input) &&
      !/\^|\de|\bk\b|- +\d|nought|naught|lakh|crore/u.test(c.Input),
    run: (c) => runNumbers(c),
    floor: 0.9,
  },
  'percentages (Number-PercentModel: "N percent", "N%")': {
    file: 'Number-PercentModel.json',
    select: (c) => c.Results.every((r) => /\d/u.test(r.Resolution?.value ?? '')) && !/percents? of|per cent of|minus|percentage/iu.test(c.Input),
    run: (c) => runNumbers(c, () => 'percent'),
    floor: 0.9,
  },
  'money (NumberWithUnit-CurrencyModel: dollars, euros, pounds, yen, yuan, cents)': {
    file: 'NumberWithUnit-CurrencyModel.json',
    // Amounts in one currency we name by code; not compound amounts ("3 dollars 50 cents"),
    // Indian numbering, Chinese notation or "MUSD"-style prefixes.
    select: (c) =>
      c.Results.length > 0 &&
      c.Results.every((r) => r.Resolution?.value && RT_UNITS[r.Resolution.unit ?? ''] !== undefined && !(Number(r.Resolution.value) % 1 !== 0 && !/\d\.\d/u.test(r.Text))) &&
      !/lakh|,\d\d,|kuai|mao|元|\bM(?:USD|EUR|AUD)\b|USD million/iu.test(c.Input),
    run: (c) => runNumbers(c, (r) => RT_UNITS[r.Resolution?.unit ?? ''] ?? null, false),
    floor: 0.93,
  },
  'measures (NumberWithUnit-DimensionModel: lengths, weights, volumes, data)': {
    file: 'NumberWithUnit-DimensionModel.json',
    // Measures with one unit; not compound measures ("5 ft 2 in"), fractions, Indian numbering,
    // bracketed units or rate units per millisecond.
    select: (c) =>
      c.Results.length > 0 &&
      c.Results.every((r) => r.Resolution?.value && !(Number(r.Resolution.value) % 1 !== 0 && !/\d\.\d/u.test(r.Text))) &&
      !/\d\/\d|½|lakh|[({[<]|picometer|μg|microgram|dm\b|kph|kmph|km\/hr|\bmb\b|millisecond|\/ms\b/iu.test(c.Input),
    run: (c) => runNumbers(c, (r) => (r.Resolution?.unit ?? '').toLowerCase(), false),
    floor: 0.85,
  },
  'dates (DateTime-DateTimeModel: calendar dates and times)': {
    file: 'DateTime-DateTimeModel.json',
    select: calendarDate,
    run: runDates,
    floor: 0.85,
  },
};

describe.skipIf(!available)('Recognizers-Text English specs (chosen subsets)', () => {
  for (const [name, suite] of Object.entries(SUITES)) {
    it(name, () => {
      const cases = load(suite.file).filter(suite.select);
      const outcomes = cases.map(suite.run);
      const failures = outcomes.filter((o) => !o.pass);
      const passRate = (outcomes.length - failures.length) / outcomes.length;
      console.log(`${name}: ${outcomes.length - failures.length}/${outcomes.length} = ${passRate.toFixed(3)} (floor ${suite.floor})`);
      if (failures.length) console.log(`  failures:\n${failures.map((f) => `  - ${f.detail}`).join('\n')}`);
      expect(outcomes.length).toBeGreaterThanOrEqual(5);
      expect(passRate).toBeGreaterThanOrEqual(suite.floor);
    });
  }
});
