// Resolution of a timex against a reference date, at the timex's own granularity.
import type { Direction } from './types.ts';
import { easter, orthodoxEaster } from 'date-easter';

const DAY_MS = 86_400_000;
const LUNARNY_DAYS = '0124 0212 0201 0122 0209 0129 0218 0207 0126 0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 0125 0212 0201 0122 0210 0129 0217 0206 0126 0213 0203 0123 0211 0131 0219 0208';
const DIWALI_DAYS = '1114 1104 1025 1112 1101 1021 1109 1028 1017 1105 1026 1113 1103 1023 1111 1030 1019 1107 1027 1114 1104 1024 1112 1101 1020 1108 1029 1017 1105 1026 1114 1102 1022 1110 1030';
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Reject "2025-02-30" and friends rather than roll them over.
  if (Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return d;
}

const isoDay = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function isoWeek(d: Date): string {
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

const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);
/** Monday of the ISO week that contains d. */
const mondayOf = (d: Date): Date => addDays(d, 1 - (d.getUTCDay() || 7));

// The months each sub-year period covers, as [first month, month count].
const PERIODS: Record<string, [number, number]> = {
  Q1: [1, 3], Q2: [4, 3], Q3: [7, 3], Q4: [10, 3], H1: [1, 6], H2: [7, 6],
  SP: [3, 3], SU: [6, 3], FA: [9, 3], WI: [12, 3],
};

/**
 * The month (1–12) and day of a feast that moves from year to year, in the Gregorian calendar:
 * "EASTER" (Western Easter Sunday, by date-easter), "ORTHODOXEASTER" (the Orthodox one), "EASTER±n" (n days from it: "EASTER-2" Good
 * Friday, "EASTER+1" Easter Monday), "THANKSGIVING" (the United States', the fourth Thursday of
 * November; "THANKSGIVING+1" Black Friday, "THANKSGIVING+4" Cyber Monday), "THANKSGIVING-CA" (Canada's, the second Monday of October), "LUNARNY" and "DIWALI" (from
 * their tables; null for a year outside them). Throws on another name.
 */
// Feasts of a lunar or lunisolar calendar, by the Gregorian month and day (MMDD) of each year from
// 2001 to 2035, as timeanddate.com lists them (the tables of the python-holidays library's Chinese
// and Hindu calendars): "LUNARNY" the Lunar (Chinese) New Year, "DIWALI" India's Diwali.
const LUNAR_FEAST_FIRST_YEAR = 2001;
const LUNAR_FEASTS: Record<string, string[]> = {
  LUNARNY: LUNARNY_DAYS.split(' '),
  DIWALI: DIWALI_DAYS.split(' '),
};

export function movableFeast(name: string, year: number): { month: number; day: number } | null {
  const lunar = LUNAR_FEASTS[name];
  if (lunar) {
    const mmdd = lunar[year - LUNAR_FEAST_FIRST_YEAR];
    return mmdd ? { month: Number(mmdd.slice(0, 2)), day: Number(mmdd.slice(2)) } : null;
  }
  // Orthodox Easter, in the Gregorian calendar (date-easter's orthodoxEaster).
  if (name === 'ORTHODOXEASTER') {
    const e = orthodoxEaster(year);
    return { month: e.month, day: e.day };
  }
  const easterOffset = /^EASTER(?:([+-][1-7]))?$/u.exec(name);
  if (easterOffset) {
    const e = easter(year);
    const d = new Date(Date.UTC(year, e.month - 1, e.day) + Number(easterOffset[1] ?? 0) * DAY_MS);
    return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  // The nth given weekday (1 Monday … 7 Sunday) of a month.
  const nth = (month: number, weekday: number, n: number) => {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay() || 7;
    return { month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  };
  if (name === 'THANKSGIVING') return nth(11, 4, 4);
  // Black Friday and Cyber Monday, the shopping days 1 and 4 days after it.
  const after = /^THANKSGIVING\+([14])$/u.exec(name);
  if (after) {
    const d = new Date(Date.UTC(year, 10, nth(11, 4, 4).day + Number(after[1])));
    return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  if (name === 'THANKSGIVING-CA') return nth(10, 1, 2);
  throw new Error(`unknown movable feast ${name}`);
}

/**
 * TIMEX3's values for the present, past and future as such ("now", "recently", "the future"):
 * they need no reference date and name no calendar date, so they stand as their own value.
 */
export const REFERENCE_VALUES: ReadonlySet<string> = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

const REL = /^REF([+-])(\d{1,4})([DWMYQEC])(?:-(WE|[1-7]|\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(T.+)?$/u;

/**
 * The ISO value of a timex at its own granularity, or null when it cannot be
 * known. Absolute timexes need no reference date; partial and relative ones
 * do. Open directions lean to the past, as news reports mostly do: a weekday
 * means the latest such day on or before the reference; a month, day, quarter
 * or season without a year means the nearest one, a future one counted twice
 * as far away. `direction` overrides that lean ('future' for "next Friday" or
 * "will … on Friday", 'past' for "last March").
 */
export function resolveTimex(timex: string, refDate: string | null, direction: Direction = 'nearest'): string | null {
  // A week of a month ("the last week of March" = "XXXX-03-WL"): the ISO week holding its middle day.
  const weekOfMonth = /^(\d{4}|XXXX)-(\d\d)-W([1-4L])$/u.exec(timex);
  if (weekOfMonth) {
    const month = Number(weekOfMonth[2]);
    let year: number;
    if (weekOfMonth[1] !== 'XXXX') year = Number(weekOfMonth[1]);
    else {
      const ref = refDate ? parseIsoDate(refDate) : null;
      if (!ref) return null;
      year = pickYear(ref, (y) => Date.UTC(y, month - 1, 1), (y) => Date.UTC(y, month, 1) - DAY_MS, direction);
    }
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = weekOfMonth[3] === 'L' ? last - 3 : 7 * Number(weekOfMonth[3]) - 3;
    return isoWeek(new Date(Date.UTC(year, month - 1, day)));
  }
  if (!/X|REF/u.test(timex) || REFERENCE_VALUES.has(timex)) return timex;
  // "this fiscal year" ("FYREF+0Y"): the fiscal year named by the calendar year it resolves to.
  if (timex.startsWith('FYREF')) {
    const year = resolveTimex(timex.slice(2), refDate, direction);
    return year === null ? null : `FY${year}`;
  }
  const ref = refDate ? parseIsoDate(refDate) : null;
  if (!ref) return null;
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;

  // "a month from tomorrow" ("REF+1M+1D"): months or years counted from the day next to the
  // reference, at day granularity; that day of the month, or the month's last day when shorter.
  const dayOffset = /^REF([+-]\d{1,4})([MY])([+-]\d{1,2})D$/u.exec(timex);
  if (dayOffset) {
    const from = addDays(ref, Number(dayOffset[3]));
    const months = Number(dayOffset[1]) * (dayOffset[2] === 'Y' ? 12 : 1);
    const [y, m] = addMonths(from.getUTCFullYear(), from.getUTCMonth() + 1, months);
    const day = Math.min(from.getUTCDate(), new Date(Date.UTC(y, m, 0)).getUTCDate());
    return isoDay(new Date(Date.UTC(y, m - 1, day)));
  }
  const rel = REL.exec(timex);
  if (rel) {
    const n = Number(rel[2]) * (rel[1] === '-' ? -1 : 1);
    const sub = rel[4];
    const time = rel[5] ?? '';
    switch (rel[3]) {
      case 'D':
        return isoDay(addDays(ref, n)) + time;
      case 'W': {
        const week = addDays(ref, n * 7);
        if (sub && /^[1-7]$/u.test(sub)) return isoDay(addDays(mondayOf(week), Number(sub) - 1)) + time;
        return isoWeek(week) + (sub === 'WE' ? '-WE' : '');
      }
      case 'M': {
        const [y, m] = addMonths(refYear, refMonth, n);
        return `${y}-${pad(m)}`;
      }
      case 'Q': {
        const index = refYear * 4 + Math.floor((refMonth - 1) / 3) + n;
        return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
      }
      case 'E':
        return String(Math.floor(refYear / 10) + n);
      case 'C':
        return pad(Math.floor(refYear / 100) + n);
      default:
        return `${refYear + n}${sub ? `-${sub}` : ''}${time}`;
    }
  }

  // "over the weekend" ("XXXX-WXX-WE"): the ISO week whose Saturday is picked as a weekday would be.
  if (timex === 'XXXX-WXX-WE') {
    const saturday = resolveTimex('XXXX-WXX-6', refDate, direction);
    return saturday === null ? null : `${isoWeek(parseIsoDate(saturday)!)}-WE`;
  }
  // "Saturday week" ("XXXX-WXX-6+1W"): n weeks after the coming such weekday; said on a
  // Saturday, a week from that day ("a week today").
  const weekdayWeeksOn = /^XXXX-WXX-([1-7])\+([12])W$/u.exec(timex);
  if (weekdayWeeksOn) {
    const coming = resolveTimex(`XXXX-WXX-${weekdayWeeksOn[1]}`, refDate, 'future');
    return coming === null ? null : isoDay(addDays(parseIsoDate(coming)!, 7 * Number(weekdayWeeksOn[2])));
  }
  const weekday = /^XXXX-WXX-([1-7])(T.*)?$/u.exec(timex);
  if (weekday) {
    const target = Number(weekday[1]);
    const refDay = ref.getUTCDay() || 7;
    let delta = target - refDay;
    if (direction === 'past' && delta > 0) delta -= 7;
    else if (direction === 'past-strict' && delta >= 0) delta -= 7;
    else if (direction === 'future' && delta < 0) delta += 7;
    else if (direction === 'future-strict' && delta <= 0) delta += 7;
    else if (direction === 'nearest' || direction === 'either') delta = delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta;
    return isoDay(addDays(ref, delta)) + (weekday[2] ?? '');
  }

  const partial = /^XXXX-(\d\d)(?:-(\d\d))?(T.*)?$/u.exec(timex);
  if (partial) {
    const month = Number(partial[1]);
    const day = partial[2] ? Number(partial[2]) : null;
    if (month < 1 || month > 12) return null;
    const start = (y: number) => Date.UTC(y, month - 1, day ?? 1);
    const end = (y: number) => (day === null ? Date.UTC(y, month, 1) - DAY_MS : start(y));
    const year = pickYear(ref, start, end, direction);
    return `${year}-${partial[1]}${partial[2] ? `-${partial[2]}` : ''}${partial[3] ?? ''}`;
  }

  // "on Easter Monday" ("XXXX-EASTER+1"), "before Thanksgiving": that feast's day in the year picked as for a day of a month.
  const feast = /^XXXX-((?:EASTER(?:[+-][1-7])?)|ORTHODOXEASTER|THANKSGIVING(?:-CA|\+[14])?|LUNARNY|DIWALI)$/u.exec(timex);
  if (feast) {
    // (A lunar feast outside its table's years has no day to give.)
    const refYear = ref.getUTCFullYear();
    if ([refYear - 1, refYear, refYear + 1].some((y) => movableFeast(feast[1], y) === null)) return null;
    const start = (y: number) => {
      const { month, day } = movableFeast(feast[1], y)!;
      return Date.UTC(y, month - 1, day);
    };
    const year = pickYear(ref, start, start, direction);
    return isoDay(new Date(start(year)));
  }

  const period = /^XXXX-(Q[1-4]|H[12]|SP|SU|FA|WI)$/u.exec(timex);
  if (period) {
    const [first, count] = PERIODS[period[1]];
    const start = (y: number) => Date.UTC(y, first - 1, 1);
    const end = (y: number) => Date.UTC(y, first - 1 + count, 1) - DAY_MS;
    return `${pickYear(ref, start, end, direction)}-${period[1]}`;
  }

  const time = /^XXXX-XX-XX(T.*)$/u.exec(timex);
  if (time) return isoDay(ref) + time[1];
  return null;
}

/**
 * The year (ref−1, ref or ref+1) whose period [start, end] lies nearest the
 * reference: distance to the nearest edge, 0 inside ("in March" written in
 * March is this March); a future period costs double unless the direction is
 * 'future'; 'past' and 'future' exclude the other side.
 */
function pickYear(ref: Date, start: (y: number) => number, end: (y: number) => number, direction: Direction): number {
  const refYear = ref.getUTCFullYear();
  const refTime = ref.getTime();
  let best = refYear;
  let bestCost = Infinity;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const s = start(year);
    const e = end(year);
    const future = refTime < s;
    const past = refTime > e;
    if ((direction === 'past' || direction === 'past-strict') && future) continue;
    if (direction === 'past-strict' && !past) continue;
    if ((direction === 'future' || direction === 'future-strict') && past) continue;
    if (direction === 'future-strict' && !future) continue;
    const distance = future ? s - refTime : past ? refTime - e : 0;
    const cost = future && direction === 'nearest' ? distance * 2 : distance;
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}
