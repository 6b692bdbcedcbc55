// Cardinal quantities: digits ("175", "2.5 million", "$99", "40%", "30GB") and
// number words ("seven", "twenty-two", "a dozen", "half a million"), each with
// its value, the unit it counts or measures (a singular noun, an ISO currency
// code, or "percent") and whether it is hedged ("about", "more than", "or so").
// A vague plural ("dozens of", "thousands of") is an approximate number at its
// order of magnitude; a bare "$" or "pesos" is the currency of the article's
// country (numbers/locale.ts); a score ("41-17") and an age ("Ana Ruiz, 49,")
// count no unit.
//
// What is not a number here: parts of dates and times (passed in as `exclude`),
// ordinals ("5th", "third"), "one of …", a lone pronoun "one", the article
// "a/an" (but "a dozen", "a million" are), digits inside names ("Shahed-136",
// "G7", "COVID-19", "iPhone 4", "Boeing 737-800"), labels ("No. 1", "Chapter
// 11", "version 10.4"), two-digit years ("'11"), and fractions and proportions
// ("two-thirds of"). "The two companies" is a count like any other.
//
// Every step looks at a bounded window around a match: the cost is linear in
// the length of the text.
import type { NumberCandidate, Span } from '../types.ts';
import { isSentenceStart, paragraphAt, singularize, tokenAt, type SegmentedDocument, type Token } from '../segment/index.ts';
import { MAX_WORDS, NUMBER_WORDS_SOURCE, SCALE_EXPONENTS, isOrdinalWord, parseNumberWords } from './number-words.ts';
import { canonicalDecimal, decimalOfNumber, mixedFraction, multiplyDecimal, numberOfDecimal, shiftDecimal } from './numbers/decimal.ts';
import {
  CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_WORDS, LOCAL_LETTER_SIGNS, lettersAbbreviateCurrency, lettersNameCurrency, ISO_CURRENCIES, ISO_CURRENCY_CODES, ISO_CURRENCY_NAMES, currencyOfNationality, LABEL_WORDS, MEASURE_NOUNS, NATIONAL_CURRENCIES,
  UNIT_ABBREVIATIONS, UNIT_MODIFIERS, UNIT_SPELLINGS,
} from './numbers/units.ts';
import { countriesNamedIn, DATELINE_TOWN, documentCountry, documentCurrencies, hasIsoDateline, isDocumentCurrency, localCurrency, namesCountryOfCurrency, namedCfaFranc, namedCountryCurrency } from './numbers/locale.ts';
import { foldName, isEnglishWord } from './gazetteer.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { excluder } from '../util/spans.ts';

const PREFIX_SOURCE = Object.keys(CURRENCY_PREFIXES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// Digits, with an optional currency prefix ("US$ 299", "$ 75", "€2", "us $ 150").
// The look-behind keeps digits that belong to a word, a name ("Shahed-136",
// "G7"), another number ("1.5.2", "9/11") or a two-digit year ("'11") out; after
// a hyphen only the second number of a range ("20-25 percent") gets through.
// Written-out codes before an amount ("USD 200", "EUR 3bn", "usd$ 15"); lower case only for
// codes that are not English words.
const CODE_PREFIX = `(?:${[...CURRENCY_CODES].join('|')}|usd|eur|gbp|rmb|cny|jpy|aud|cad|chf|hkd)\\$?`;
// "M14.5 million", "Nu 6.8 million", "MK 5,000": a currency's sign of letters (LOCAL_LETTER_SIGNS),
// and "CI$48.6 million", "B$1.8 billion", "Bds$40": letters and a dollar sign that no list names,
// a dollar of the story's own country (digitCandidate decides both).
// "US $", "HK $", "NZ $": the letters English prints before a spaced dollar sign, which name their dollar
// (not the story's own, as other letters before "$" do).
const ENGLISH_DOLLAR_LETTERS = String.raw`(?:US|U\.S\.|HK|AU|NZ|CAN?)`;
const ENGLISH_DOLLAR_SIGN = new RegExp(`^${ENGLISH_DOLLAR_LETTERS}\\$$`, 'u');
const LETTER_SIGN_SOURCE = [...LOCAL_LETTER_SIGNS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const OTHER_DOLLAR_SIGN = String.raw`\p{Lu}\p{L}{0,2}\$`;
// "QR 250", "BD 3.5 million", "Dhs 10,000": other letters a paper may print for its own currency
// (lettersNameCurrency; digitCandidate asks the story's country), tried after every sign above.
const STORY_LETTERS = String.raw`\p{Lu}(?:\p{Lu}{1,2}|\p{Ll}{1,3})`;
const STORY_LETTERS_ONLY = new RegExp(`^${STORY_LETTERS}$`, 'u');
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}_.,:/#'’@\\\\$€£¥₹%&=]|(?<![\\d\\s(]|^)-|(?<![\\s(]|^)\\+)(?:(${PREFIX_SOURCE}|${ENGLISH_DOLLAR_LETTERS}[ \\t]\\$|R(?=[ \\t]?\\d)|N(?=\\d)|P(?=\\d)|[KUT]Sh(?=[ \\t]?\\d)|Sh(?=\\d)|Shs(?=[ \\t]?\\d)|RM(?=[ \\t]?\\d)|Tk\\.?(?=[ \\t]?\\d)|K(?=\\d)|Le(?=[ \\t]?\\d)|D(?=\\d)|(?:us|hk|au|nz|c)[ \\t]?\\$|${CODE_PREFIX}(?=[ \\t]?\\d)|(?:${LETTER_SIGN_SOURCE})(?=[ \\t]?\\d)|${OTHER_DOLLAR_SIGN}(?=[ \\t]?\\d)|${STORY_LETTERS}(?=[ \\t]?\\d))[ \\t]?)?` +
    // "812 500 barrels", "15\u202f000": a space or narrow no-break space between groups of three.
    // "2,41,800", "1,20,00,000": Indian grouping (lakh, crore), two digits a group before the last three.
    `(\\d{1,2}(?:,\\d\\d)+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[1-9]\\d{0,2}(?:[ \\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?(?![ \\u00a0\\u202f]?[\\d-])|\\d+(?:\\.\\d+)?|(?<![\\p{N}-])\\.\\d+)` +
    // "3 1/4 miles": a mixed fraction's proper fraction.
    `(?:[ \\t](\\d{1,2})\\/(\\d{1,2})(?![\\d/]))?(?!\\d|[.,:/]\\d)`,
  'gu',
);
const WORDS = new RegExp(`(?<![\\p{L}\\p{N}-])(${NUMBER_WORDS_SOURCE})(?![\\p{L}\\p{N}])`, 'giu');

// "$8-million": a hyphen before the larger scales, as some papers write money.
const SCALE_AFTER = /^(?:[ \t]|-(?=(?:million|billion|trillion|bn)\b))?(hundred|thousand|million|billion|trillion|bn|mn|mln|bln|dozens?|lakhs?|lacs?|crores?)(?![\p{L}\p{N}])/iu;
const GLUED_SCALE = /^(k|K|m|M|bn|b|B|mn|mln|bln)(?![\p{L}\p{N}])/u;
// "a 25pc fall": British papers' glued "pc".
const PERCENT_AFTER = /^(?:[ \t]?%|pc(?![\p{L}\p{N}])|[ \t]+(?:percent|per[ \t]+cent|pct)(?![\p{L}])|[ \t]+percentage[ \t]+points?(?![\p{L}])|[ \t]+basis[ \t]+points?(?![\p{L}]))/iu;
const CODE_AFTER = /^[ \t]?([A-Z]{3}|usd|eur|gbp|rmb|cny|jpy|aud|cad|chf|hkd)(?![\p{L}])/u;
const SIGN_AFTER = /^[ \t]?([$€£¥₹])(?![\p{N}])/u;
const UNIT_ABBR_SOURCE = Object.keys(UNIT_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const GLUED_UNIT = new RegExp(`^(${UNIT_ABBR_SOURCE})(?![\\p{L}\\p{N}])`, 'u');
const SPACED_UNIT = new RegExp(`^[ \\t](${UNIT_ABBR_SOURCE})(?![\\p{L}\\p{N}/])`, 'u');
// "1.8m tall": the glued m is metres, not millions.
const METRE_CONTEXT = /^[ \t]+(?:tall|long|high|wide|deep|away|below|above|under)\b/u;
// "set a 200m record", "the 100m final", "the women's 800m": a race is named by its distance
// in metres, so a glued m before a race word (or after a men's/women's event) is metres too.
const RACE_AFTER = /^[ \t]+(?:world[ \t]+|national[ \t]+|olympic[ \t]+|indoor[ \t]+)?(?:records?|races?|finals?|semi-?finals?|heats?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|sprints?|dash|steeplechase|titles?|champions?|championships?|runners?|swimmers?)\b/iu;
const RACE_BEFORE = /(?:^|[^\p{L}])(?:men|women|boys|girls)['’]s?[ \t]+$/iu;
// "ran the 100m in 10.95 seconds", "swam the 200m": a race run or swum, or a distance timed
// ("in 9.58 seconds", "in 1:43.2"), is in metres; nobody runs or times a sum of money.
const RACE_VERB_BEFORE = /(?:^|[^\p{L}])(?:ran|runs?|running|swam|swum|swims?|swimming|sprinted|sprints?|sprinting|raced|races|racing)[ \t]+(?:the|his|her|their)[ \t]+$/iu;
const RACE_TIME_AFTER = /^[ \t]+in[ \t]+(?:\d{1,2}:\d{2}(?:\.\d+)?|\d{1,3}(?:\.\d+)?[ \t]*(?:seconds?|secs?|s|minutes?|mins?)(?![\p{L}]))/iu;

// "about 40", "more than three", "nearly a dozen" (the window ends right before the number).
const HEDGE = String.raw`(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more than|less than|fewer than|up to|at least|at most|close to|upwards of|an estimated|estimated|under|below|above|just over|just under|well over|circa|c\.|as many as|as much as|as few as|as little as|in excess of|north of|a little over|a little under|the best part of|more or less|something like|in the region of|~)`;
const HEDGE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${HEDGE}[ \t]*$`, 'iu');
const HEDGE_AFTER = /^(?:[ \t]+or[ \t]+so\b|[ \t]+or[ \t]+more\b|[ \t]+or[ \t]+fewer\b|[ \t]+or[ \t]+less\b|-?plus\b|\+|-odd\b|[ \t]+odd\b|[ \t]+-?ish\b|ish\b)/iu;
const RANGE_GLUE = /^[ \t]*(?:to|-|–|—|and|or|through)[ \t]*$/u;

// Telephone numbers are labels, not quantities: "+44 20 7946 0958", "212-555-0199",
// "(212) 555-0199", "0161 496 0000" (a national trunk 0 and groups of digits).
const PHONE = new RegExp(
  [
    String.raw`\+\d{1,3}(?:[ .\-]?\(\d{1,4}\))?(?:[ .\-]\d{1,5}){2,5}`,
    String.raw`(?:\(\d{3}\)[ \t]?|\d{3}[.\-])\d{3}[.\-]\d{4}`,
    String.raw`0\d{2,4}[ \t]\d{3,4}[ \t]?\d{3,4}`,
  ].map((p) => `(?<![\\p{L}\\p{N}.,/+-])(?:${p})(?![\\p{N}]|[.,\\-/]\\d)`).join('|'),
  'gu',
);

// "ring the helpline on 700 245 310", "dial 0800 44 12 90", "text 555 0142 77": after a verb or noun of
// telephoning (English's own words for it, no story's), digits in groups of two to four with at
// least six in all are the number to call, even when the groups look like thousands ("800 112
// 300" is no 800,112,300; "call police on 131 444", "ring Ana Vell at 555 0142": whom to call, then
// "on" or "at"). A count after the verb stays one: "call 40 witnesses" has no groups.
const PHONE_AFTER_CUE = /(?<=(?<![\p{L}])(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|ring|phone|phoned|telephone|text|texting|hotline|helpline|tel\.?)(?:(?:[ \t]+(?:the|a|an|its|their|our|his|her|free|toll-free|emergency|hotline|helpline|number|line|on|at|or))*|(?<whom>(?:[ \t]+[\p{L}'’-]+){1,3})[ \t]+(?:on|at))[ \t]*:?[ \t]*)\d{2,4}(?:[ \t.-]\d{2,4}){1,4}(?![\p{N}]|[.,\-/]\d)/giu;

// "beat Vekton 41-17", "Tolby 104-101": after a name, two numbers of up to three digits joined
// by a dash are a score, not a model number ("Boeing 737-800", "A340-600" go past 200).
// ("beat Vekton 3-2, with …", "beat Vekton 3-2.": a comma or full stop after the score ends it;
// "3-2,000", "3-2.5" are not scores.)
const SCORE_AFTER = /^[ \t]*[-–][ \t]*(\d{1,3})(?!\d|[.,]\d|[-–]\d)/u;

function isScore(text: string, raw: Raw): boolean {
  const next = SCORE_AFTER.exec(text.slice(raw.end, raw.end + 8));
  return !!next && !raw.ownUnit && raw.value <= 200 && Number(next[1]) <= 200 && /^\d+$/u.test(text.slice(raw.start, raw.end));
}

// "half a percentage point", "half an hour", "half a mile": one half of a unit of measure
// ("half a million" is a number word of its own; "half a loaf" counts no unit).
const HALF = /(?<![\p{L}\p{N}-])half[ \t]+an?(?=[ \t]+\p{L})/giu;

// "a quarter of a percentage point", "three-quarters of an inch", "a tenth of a second": a fraction
// of one unit of measure, as "half a" is (fractions whose decimals end: quarters, fifths, tenths).
// A fraction of a group ("a quarter of the dealers", "two-thirds of voters") is a proportion, no number.
const FRACTION_OF_ONE = /(?<![\p{L}\p{N}-])(a|one|two|three|four)[ \t-](quarters?|fifths?|tenths?)[ \t]+of[ \t]+an?(?=[ \t]+\p{L})/giu;
const FRACTION_PARTS: Record<string, number> = { quarter: 4, fifth: 5, tenth: 10 };

function fractionCandidate(text: string, m: RegExpMatchArray): Raw | null {
  const numerator = /^(?:a|one)$/iu.test(m[1]) ? 1 : ['two', 'three', 'four'].indexOf(m[1].toLowerCase()) + 2;
  const denominator = FRACTION_PARTS[m[2].toLowerCase().replace(/s$/u, '')];
  // ("a quarters", "four quarters": no proper fraction.)
  if (numerator >= denominator || (numerator === 1) !== !/s$/iu.test(m[2])) return null;
  const value = Number((numerator / denominator).toFixed(4));
  return halfCandidate(text, m, value);
}

function halfCandidate(text: string, m: RegExpMatchArray, value = 0.5): Raw | null {
  const start = m.index!;
  const end = start + m[0].length;
  const rest = text.slice(end, end + 40);
  const exact = String(value);
  const percent = PERCENT_AFTER.exec(rest);
  if (percent) {
    const unit = /points?$/iu.test(percent[0]) ? (/basis/iu.test(percent[0]) ? 'basis point' : 'percentage point') : 'percent';
    return { start, end: end + percent[0].length, value, exact, unit, scale: 0, ownUnit: true, words: true };
  }
  const noun = /^[ \t]+(\p{L}+)/u.exec(rest);
  if (!noun || !MEASURE_NOUNS.has(normalizeUnit(noun[1].toLowerCase(), '')) || /^(?:time|point|story|storey|seat|lap|night|weekend)$/u.test(normalizeUnit(noun[1].toLowerCase(), ''))) return null;
  return { start, end, value, exact, unit: null, scale: 0, ownUnit: false, words: true };
}

// "dozens of", "thousands of", "hundreds of thousands": a vague plural gives its order of
// magnitude as an approximate number (see the README's Opinions).
const VAGUE = /(?<![\p{L}\p{N}-])(?:(tens|dozens|hundreds)[ \t]+of[ \t]+)?(dozens|hundreds|thousands|millions|billions|trillions)(?![\p{L}\p{N}-])/giu;
const VAGUE_SCALE: Record<string, number> = { tens: 1, dozens: 0, hundreds: 2, thousands: 3, millions: 6, billions: 9, trillions: 12 };

interface Raw extends Span {
  /** The nearest number to `exact`: Infinity beyond the finite range, rounded past 2^53. */
  value: number;
  /** The value as a canonical decimal string, exactly as written ("9007199254740993"). */
  exact: string;
  unit: string | null;
  /** The scale word folded into the value ("million"), as a power of ten; for ranges. */
  scale: number;
  /** The unit came from the number's own form (currency sign, %, "30GB"), not the noun after it. */
  ownUnit: boolean;
  words: boolean;
  /** Below zero ("-12.5 points", "minus 3 degrees"); `exact` stays unsigned until the output. */
  negative?: boolean;
  /** A vague plural ("thousands of"): approximate by itself. */
  vague?: boolean;
}

// A cricket scorecard: "Harnby Larks 287-6 (50 overs; A. Vost 112, J. van der Meer 54; …)". A
// side's total (runs, and wickets after a dash) before its overs in brackets, and a player's runs
// after the player's name within those brackets, are figures, not a name's model number.
const INNINGS_AFTER = /^(?:[-–]\d{1,2})?[ \t]*\([ \t]*\d{1,3}(?:\.\d)?[ \t]+overs?\b/u;
const INNINGS_BRACKET_BEFORE = /\([ \t]*\d{1,3}(?:\.\d)?[ \t]+overs?[ \t]*;[^()\n]{0,200}$/u;

function isInningsFigure(text: string, raw: Raw): boolean {
  if (!/^\d{1,3}$/u.test(text.slice(raw.start, raw.end))) return false;
  if (INNINGS_AFTER.test(text.slice(raw.end, raw.end + 24))) return true;
  return /^[ \t]*(?:[,;)]|[-–]\d)/u.test(text.slice(raw.end, raw.end + 4)) && INNINGS_BRACKET_BEFORE.test(text.slice(Math.max(0, raw.start - 220), raw.start));
}

// Six digits, or digits after whom to call and "on"/"at", are a number to call only where no count
// could be meant: "The union called on 250 000 members", "called time on 200 000 jobs", "Phone
// sales at 120 000 units" are counts. Such a match is a number to call when it has a leading 0
// ("0800 123 456"), a group not of three digits ("555 0142", "131-444"), or no noun after it ("call
// police on 131 444."); the words between the verb and "on"/"at" are whom to call, never a phrase
// with a preposition ("called for action on", "Texting among teens at") nor "time".
const PHONE_WHOM_NOT = /(?:^|[ \t])(?:for|among|amongst|in|of|to|with|from|by|about|into|over|under|time)(?=$|[ \t])/iu;
const THOUSANDS_SHAPED = /^[1-9]\d{0,2}(?:[ \t]\d{3})+$/u;
const CALL_NO_COUNT_AFTER = /^[ \t]*(?:$|[^\p{L}\p{N}\s]|\n|(?:or|and|if|for|to|from|between|after|before|until|during|anytime|today|now|when|or|at|in|on|with)(?![\p{L}]))/iu;
function isNumberToCall(text: string, m: RegExpMatchArray): boolean {
  const digits = m[0].replace(/\D/gu, '').length;
  if (digits < 6) return false;
  const whom = m.groups?.whom;
  if (whom !== undefined && PHONE_WHOM_NOT.test(whom.trim())) return false;
  if (digits >= 7 && whom === undefined) return true;
  if (!THOUSANDS_SHAPED.test(m[0])) return true;
  return CALL_NO_COUNT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16));
}

export function extractNumbers(doc: SegmentedDocument, exclude: readonly Span[]): NumberCandidate[] {
  const { text } = doc;
  // A telephone number has at least eight digits ("+1.5 0.3" is two changes, not a number to call).
  const phones = [...text.matchAll(PHONE)]
    .filter((m) => m[0].replace(/\D/gu, '').length >= 8)
    .concat([...text.matchAll(PHONE_AFTER_CUE)].filter((m) => isNumberToCall(text, m)))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const isExcluded = excluder(phones.length ? [...exclude, ...phones] : exclude);
  const raws: Raw[] = [];
  const ctx = new Context(doc);

  // End of the last number taken for a label: "737-800" after "Boeing" is one model number.
  let labelEnd = -1;
  for (const m of text.matchAll(DIGITS)) {
    const raw = digitCandidate(text, m);
    if (!raw || isExcluded(raw)) continue;
    if (raw.start === labelEnd + 1 && /[-–]/u.test(text[labelEnd] ?? '')) continue;
    // "the Airbus A350-900", "a B737-800": the variant after a model code of letters and digits.
    if (/(?<![\p{L}\p{N}])\p{Lu}{1,3}\d{2,4}[-–]$/u.test(text.slice(Math.max(0, raw.start - 8), raw.start))) continue;
    // "the bank lent Kestrel 900 million dirhams": a model or label number takes no scale word
    // ("iPhone 4", "Windows 7"), so an amount in millions after a name is the name's object.
    if (raw.scale < 6 && ctx.isLabelOrName(raw.start, raw.ownUnit) && !isScore(text, raw) && !isInningsFigure(text, raw)) {
      labelEnd = raw.end;
      continue;
    }
    raws.push(raw);
  }
  for (const m of text.matchAll(HALF)) {
    const raw = halfCandidate(text, m);
    if (raw && !isExcluded(raw) && !ctx.isNameWord(raw)) raws.push(raw);
  }
  for (const m of text.matchAll(FRACTION_OF_ONE)) {
    const raw = fractionCandidate(text, m);
    if (raw && !isExcluded(raw) && !ctx.isNameWord(raw)) raws.push(raw);
  }
  for (const m of text.matchAll(WORDS)) {
    for (const raw of wordCandidates(text, m.index, m[1])) {
      if (isExcluded(raw)) continue;
      if (ctx.isNameWord(raw)) continue;
      raws.push(raw);
    }
  }
  for (const m of text.matchAll(VAGUE)) {
    const raw = vagueCandidate(m);
    if (isExcluded(raw) || ctx.isNameWord(raw)) continue;
    raws.push(raw);
  }
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = raws.filter((n, i) => i === 0 || n.start >= raws[i - 1].end);

  // Units from the text after each number, then shared across ranges ("20 to 25 percent").
  for (const raw of kept) {
    if (raw.unit === null) raw.unit = unitAfter(doc, raw, (offset) => ctx.inTitleLine(offset), isExcluded);
    // "361 million pounds" is money; "25 pounds" a weight.
    if (raw.unit === 'pound' && raw.scale >= 6 && !/^[ \t]+pounds?[ \t]+of\b/iu.test(text.slice(raw.end, raw.end + 20))) raw.unit = 'GBP';
    // "A loaf costs 90,000 pounds", "a kilo of lentils sells for 95 pounds", "shares rose 3% to
    // 41.20 pounds": a price is money, in whichever country's pounds (localizeCurrencies); "lost
    // 30 pounds", "30 pounds of flour" stay weights.
    if (raw.unit === 'pound' && /^[ \t]+pounds\b(?![ \t]+(?:of|in[ \t]+weight|heavier|lighter)\b)/iu.test(text.slice(raw.end, raw.end + 30)) && isPrice(text, raw)) raw.unit = 'GBP';
    // "coffee rose to 2,950 pounds a tonne", "4.10 pounds per kilo": pounds for each weight are a
    // price, as a weight per weight is no measure.
    if (raw.unit === 'pound' && /^[ \t]+pounds[ \t]+(?:a|an|per)[ \t]+(?:tonne|ton|metric[ \t]+ton|kilo|kilogram|kg|gram|ounce|share)\b(?![ \t]+(?:lighter|heavier)\b)/iu.test(text.slice(raw.end, raw.end + 40))) raw.unit = 'GBP';
  }
  // "one of its four main engines": one of what the whole counts.
  for (let i = 0; i + 1 < kept.length; i++) {
    if (kept[i].words && /^one$/iu.test(text.slice(kept[i].start, kept[i].end)) && ONE_OF_COUNTED.test(text.slice(kept[i].end, kept[i].end + 60)) && kept[i + 1].start - kept[i].end <= 40) kept[i].unit = kept[i + 1].unit;
  }
  isoCodeBefore(text, kept);
  quoteExchangeRates(text, kept);
  localizeCurrencies(text, kept);
  localCurrencyNouns(text, kept);
  localizeDegrees(text, kept);
  shareAcrossRanges(text, kept);
  // ("Headcounts at the two plants fell to 900": a headcount counts employees, whatever noun the
  // clause's other rules would reach first.)
  countHeadcount(text, kept);
  countSubjectOfChange(text, kept);
  shareAcrossComparisons(text, kept);
  shareWithParallel(text, kept);
  shareMoneyParallel(text, kept);
  carryCurrency(text, kept);
  timeRaces(text, kept);
  measureFieldEvents(text, kept);
  countListHeading(text, kept);
  priceTable(text, kept);
  shareListCurrency(text, kept);
  referBack(text, kept);
  countThemBack(doc, kept);
  countNowBack(text, kept);
  countNumberedNouns(text, kept);
  countHeadline(text, kept);
  countTallyEntries(text, kept);
  countListRows(text, kept);

  const out: NumberCandidate[] = [];
  for (const raw of kept) {
    // A lone "one" is a pronoun ("one could argue") unless it counts something.
    // ("one in five clinics": the first number of a rate.)
    if (raw.words && raw.value === 1 && raw.unit === null && /^one$/iu.test(text.slice(raw.start, raw.end)) && !RATE_AFTER.test(text.slice(raw.end, raw.end + 24))) continue;
    if (isNarrativeOne(doc, raw) || isCodeBeforeNoun(text, raw) || isMultiplier(text, raw) || isListPosition(text, raw) || isNumberedNoun(text, raw)) continue;
    out.push({
      start: raw.start,
      end: raw.end,
      text: text.slice(raw.start, raw.end),
      // "1" and 309 zeros has no finite value: null, with the digits kept in `exact`.
      value: numberOfDecimal(raw.negative ? `-${raw.exact}` : raw.exact),
      exact: raw.negative ? `-${raw.exact}` : raw.exact,
      unit: raw.unit,
      approximate: raw.vague === true || isHedged(text, raw),
    });
  }
  return out;
}

// ---- candidates ------------------------------------------------------------

// Letters printed before an amount for a currency with no sign of its own, and the currency names
// they stand for (the one the story's country uses).
const LETTER_PREFIX_CURRENCY: Record<string, readonly string[]> = { RM: ['ringgit'], Tk: ['taka'], 'Tk.': ['taka'], K: ['kwacha', 'kina'], Le: ['leone'], D: ['dalasi'] };

// The countries whose own currency is printed with an "R" (the rupee of India, Pakistan, Sri Lanka,
// Nepal, Mauritius and the Seychelles; Brazil's real, "R$"; Russia's rouble), from Wikipedia's
// "Rupee" and "Currency symbol" articles (README, "The closed word classes").
const R_OTHER_COUNTRIES = new Set(['IN', 'PK', 'LK', 'NP', 'MU', 'SC', 'BR', 'RU']);
/** "P2,800", "P1.2 billion", "P9bn", "P41.50": the pula's or the peso's amount shapes no label takes. */
const P_AMOUNT = /^P[ \t]?(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+\.\d+(?!\d|\.\d)|\d+(?:\.\d+)?(?:[ \t-]?(?:m|bn|k|million|billion|trillion)(?![\p{L}\p{N}])))/u;
/** "14.5 million", "2,000", "41.50", "9bn": the digits of an amount in a shape no label takes. */
const LETTER_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+\.\d+(?!\d|\.\d)|\d+(?:\.\d+)?(?:[ \t-]?(?:m|bn|k|million|billion|trillion)(?![\p{L}\p{N}])))/u;
/** "2,000", "1.2 million", "9bn": grouped thousands or a scale word, an amount's shape no label or model takes. */
const GROUPED_OR_SCALED = /^(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?(?:[ \t-]?(?:m|bn|million|billion|trillion)(?![\p{L}\p{N}])))/u;
/**
 * "costs QR 250", "was fined BD 500", "costs about SR75", "a grant of SRD 300": a verb or noun of
 * price right before an amount, or with a hedge between ("about", "nearly", "up to"); the nouns
 * are English's own words for a sum paid ("grant", "wage", "allowance"), no story's.
 */
const PRICE_VERB_BEFORE = /\b(?:costs?|costing|paid|pays?|fined|worth|priced[ \t]+at|(?:fee|fine|grant|wage|salary|allowance|charge|price|cost)[ \t]+of)[ \t]+(?:(?:about|around|roughly|nearly|almost|only|just|up[ \t]+to)[ \t]+)?$/iu;
/** " referees", " staff": a lower-case word right after a figure that is no preposition, article or rate's word: a noun the figure labels. */
const LABEL_NOUN_AFTER = /^[ \t]+(?!(?:a|an|the|each|per|for|to|and|or|but|nor|in|on|at|of|from|by|with|as|than|into|over|under|up|off|out|plus|only|more|less|every|last|this|next|was|were|is|are|be|been|will|would|if|when|while|after|before|because|so|yet|then|which|that|who|until|since)(?![\p{L}\p{N}]))\p{Ll}/u;
const RAND_AMOUNT = /^R[ \t]?(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:[ \t-]?(?:m|bn|million|billion)(?![\p{L}\p{N}])))/u;

function digitCandidate(text: string, m: RegExpMatchArray): Raw | null {
  let start = m.index!;
  let end = start + m[0].length;
  let prefix = m[1] ? m[1].replace(/[ \t]/gu, '') : null;
  // "M14.5 million" in a story from Lesotho, "Nu 150,000" in one from Bhutan, "CI$48.6 million" in
  // one from the Cayman Islands: a sign of letters, or letters before "$" that no list names, is the
  // story's own currency when that country uses it (its dollar, for the "$"); elsewhere it is a
  // label ("M4", "E10") or an initial, and a spaced one leaves its number bare ("grade B 12").
  // One letter takes only an amount's shape (grouped thousands, a fraction, a scale word) or a rate
  // after it ("M3 a trip"), and no name or determiner before it ("the M1", "Route T 20").
  let localSign: string | null = null;
  if (prefix !== null && (LOCAL_LETTER_SIGNS.has(prefix) || (/^\p{Lu}\p{L}{0,2}\$$/u.test(prefix) && !(prefix in CURRENCY_PREFIXES) && !ENGLISH_DOLLAR_SIGN.test(prefix) && !CURRENCY_CODES.has(prefix.slice(0, -1).toUpperCase())))) {
    // ("B$40 million" in a Cayman story: the letters must abbreviate the story's dollar, "CI" the
    // Cayman Islands dollar; "B" is another country's.)
    const dollar = prefix.endsWith('$') ? localCurrency(text, 'dollar') : null;
    const digitsAt = start + m[1].length + (/^[ \t]/u.test(text.slice(start + m[1].length)) ? 1 : 0);
    // ("KD 240,000" in a Kuwait story, "MK 15,000" in a Malawi one: letters that are a currency's
    // sign are that currency only where the story says so (its country, dateline or currency's
    // name); elsewhere "MK 10,000 homes" in Milton Keynes or "the VT 1,000" race are no money.)
    const signCodes = LOCAL_LETTER_SIGNS.get(prefix) ?? [];
    // A mention of the country, or a city of it, is enough when the letters spell its currency's ISO name and no
    // other's (lettersAbbreviateCurrency: "KD" the Kuwaiti Dinar, not "JD", also the Jamaican
    // Dollar's) before grouped thousands or a scale word ("KD 240,000 … the court in Kuwait City").
    const ownSign = /^\p{Lu}{2,}$/u.test(prefix) && signCodes.length === 1 && ISO_CURRENCIES.filter((c) => lettersAbbreviateCurrency(prefix!, c.code)).map((c) => c.code).join() === signCodes[0] && GROUPED_OR_SCALED.test(text.slice(digitsAt, digitsAt + 24)) && namesCountryOfCurrency(text, signCodes[0]) ? signCodes[0] : null;
    const code = prefix.endsWith('$') ? (dollar !== null && lettersAbbreviateCurrency(prefix.slice(0, -1), dollar) ? dollar : null) : (signCodes.find((c) => isDocumentCurrency(text, c)) ?? ownSign);
    const oneLetter = /^\p{Lu}$/u.test(prefix);
    // ("A visit costs M15" in a Lesotho story: after a verb or noun of price, even a small bare
    // figure is an amount, not a label's number.)
    // ("paid P2 referees less", "paid P3 staff overtime": one letter before a figure a noun follows
    // is a grade or a tier, not money; "costs M12 each way", "fined the driver P500" stay.)
    const nounAfter = oneLetter && LABEL_NOUN_AFTER.test(text.slice(end, end + 24));
    const amountShaped = LETTER_AMOUNT.test(text.slice(digitsAt, digitsAt + 24)) || /^[ \t]+(?:a|an|per|each)[ \t]+\p{L}/u.test(text.slice(end, end + 16)) || (!nounAfter && PRICE_VERB_BEFORE.test(text.slice(Math.max(0, start - 32), start)));
    const labelBefore = /(?:\p{Lu}[\p{L}'’.-]*|\b(?:in|the|a|an|grade|ward|class|form|route|road))[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start));
    // ("The MK 5 engine was recalled": a sign of letters after a determiner, before a small bare figure, is a model's name too.)
    const shaped = oneLetter ? amountShaped && !labelBefore : amountShaped || !labelBefore;
    if (code && code !== 'USD' && shaped) localSign = code;
    else if (digitsAt > start + m[1].length) {
      start = digitsAt;
      prefix = null;
    } else return null;
  }
  // "QR 250", "BD 3.5 million", "Dhs 10,000", "RO 12,000": letters that name the currency of the
  // story's country (lettersNameCurrency: the initials of its ISO name, "Qatari Rial", or letters of
  // its noun, "dirhams") before an amount's shape or after a price's verb. Elsewhere, and before a
  // bare figure with no price cue ("PS 5", "Art 12"), they are a label's or a name's, and the
  // number stays as bare as before.
  if (prefix !== null && STORY_LETTERS_ONLY.test(prefix) && !(prefix in CURRENCY_PREFIXES) && !LOCAL_LETTER_SIGNS.has(prefix) && !(prefix in LETTER_PREFIX_CURRENCY) && !/^Shs?$/u.test(prefix) && !CURRENCY_CODES.has(prefix)) {
    const digitsAt = start + m[1].length + (/^[ \t]/u.test(text.slice(start + m[1].length)) ? 1 : 0);
    const priced = LETTER_AMOUNT.test(text.slice(digitsAt, digitsAt + 24)) || PRICE_VERB_BEFORE.test(text.slice(Math.max(0, start - 32), start));
    // ("A crossing costs SRD 950" in a Suriname story: the currency's ISO 4217 code itself, which
    // CODE_PREFIX leaves to the story's country when it is no code of the common currencies; not a
    // code that is an English word, "paid ALL 500 staff" in an Albanian story.)
    const code = priced ? (documentCurrencies(text, 1).find((c) => lettersNameCurrency(prefix!, c) || (prefix === c && !isEnglishWord(c.toLowerCase()))) ?? null) : null;
    if (code) localSign = code;
    else if (digitsAt > start + m[1].length) {
      start = digitsAt;
      prefix = null;
    } else return null;
  }
  // ".625" is 0.625; "812 500" is 812500.
  let digits = m[2].startsWith('.') ? `0${m[2]}` : m[2].replace(/[ \u00a0\u202f]/gu, '');
  if (m[3]) {
    const [numerator, denominator] = [Number(m[3]), Number(m[4])];
    if (numerator > 0 && numerator < denominator && /^\d+$/u.test(digits)) digits = mixedFraction(canonicalDecimal(digits), numerator, denominator);
    else end -= 2 + m[3].length + m[4].length;
  }
  // "R150", "R38 million": rand, in an article from a country whose currency it is ("R2" is a label elsewhere).
  // "R3.8m", "R3.8-million", "R612,000" in a story whose places the city list does not know (a
  // renamed city, a municipality): a scale or a thousands separator says money, which no road or
  // label number has; rand, unless the story is from a country that prints "R" for its own
  // rupee, real or rouble.
  // "costs R 25", "rent of R 5,000": the rand's R spaced from its amount, as some South African
  // papers print it, in a rand story only, and there not after a name, a determiner or "in" ("the
  // R 61", "grade R 12" are a road and a class) unless the amount has a shape no label takes ("a R
  // 3.5 million tender"); elsewhere the letter stays apart, as it did unread.
  if (prefix === 'R' && /^R[ \t]/u.test(text.slice(start, start + 2))) {
    const digitsAt = start + 2;
    const labelBefore = /(?:\p{Lu}[\p{L}'’.-]*|\b(?:in|the|a|an|grade|ward|class|form|route|road))[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start));
    if (localCurrency(text, 'rand') !== 'ZAR' || (labelBefore && !RAND_AMOUNT.test(text.slice(start, start + 24)))) {
      start = digitsAt;
      prefix = null;
    }
  }
  if (prefix === 'R' && localCurrency(text, 'rand') !== 'ZAR' && !(RAND_AMOUNT.test(text.slice(start, start + 24)) && !R_OTHER_COUNTRIES.has(documentCountry(text, 1) ?? ''))) return null;
  // "N96bn", "N41.20": the naira as Nigerian papers print it, for want of "₦"; "Sh275 million",
  // "KSh7,400": the shilling of Kenya, Uganda or Tanzania. Only in a story from a country whose
  // currency it is ("the N1" is a road, "Sh2" a label elsewhere).
  if (prefix === 'N' && localCurrency(text, 'naira') !== 'NGN') return null;
  // "P2,800", "P1.2 billion": the peso as Philippine papers print it, for want of "₱", and the pula
  // as Botswana's print it ("P9 billion"); elsewhere "P45", "P6 pupils" are labels.
  // Even there "P" and a bare figure after a name, a determiner or "in" is a label: "the Huawei
  // P30", "Ward P4", "The P4 ward", "Pupils in P6" (a model, a ward, a school grade). Grouped
  // thousands, a fraction or a scale word say money wherever it stands.
  // ("paid P2 referees less than P1 referees": a bare figure a noun follows is a grade or a tier too.)
  const pShape = prefix === 'P' && (P_AMOUNT.test(text.slice(start, start + 24)) || (!/(?:\p{Lu}[\p{L}'’.-]*|\b(?:in|the|a|an|grade|ward|class|form|standard|model))[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start)) && !LABEL_NOUN_AFTER.test(text.slice(end, end + 24))));
  const pLetter = pShape ? (localCurrency(text, 'peso') === 'PHP' ? 'PHP' : localCurrency(text, 'pula') === 'BWP' ? 'BWP' : null) : null;
  if (prefix === 'P' && !pLetter) return null;
  // "USh 500,000", "TSh 12,000", "Shs 2 million": Uganda's and Tanzania's shillings as their papers
  // print them. "RM500 million" (ringgit), "Tk 12,500" (taka), "K5,000" (the kwacha of Zambia or
  // Malawi, the kina of Papua New Guinea), "Le 450,000" (Sierra Leone's leone), "D50" (the Gambia's
  // dalasi): the letters their papers print for want of a sign, again only in a story from that
  // country ("K9", "RM45", "D50" are labels elsewhere).
  const letters = LETTER_PREFIX_CURRENCY[prefix ?? ''];
  const shilling = prefix === 'KSh' ? 'KES' : prefix === 'USh' ? 'UGX' : prefix === 'TSh' ? 'TZS' : prefix === 'Sh' || prefix === 'Shs' ? localCurrency(text, 'shilling') : null;
  if (/^[KUT]?Shs?$/u.test(prefix ?? '') && !shilling) return null;
  // "a RM300mil plant", "a Tk 12 crore bridge": letters that only one currency uses, before an
  // amount with a scale word, are money wherever the story is from (no label takes a scale).
  const scaledAmount = /^(?:RM|Tk\.?)[ \t]?\d+(?:[.,]\d+)*[ \t-]?(?:mil|bil|m|bn|k|million|billion|lakhs?|crores?)(?![\p{L}\p{N}])/u.test(text.slice(start, start + 24));
  const ownLetters = scaledAmount ? (prefix === 'RM' ? 'MYR' : 'BDT') : null;
  const lettered = letters ? (letters.map((word) => localCurrency(text, word)).find((code) => code !== null) ?? ownLetters) : null;
  if (letters && !lettered) return null;
  let unit: string | null = localSign ?? (prefix === 'R' ? 'ZAR' : prefix === 'N' ? 'NGN' : prefix === 'P' ? pLetter : shilling ?? lettered ?? (prefix ? currencyOfPrefix(prefix) : null));
  if (inUrl(text, start)) return null;
  const numberEnd = end;
  let exponent = 0;
  let rest = text.slice(end, end + 40);

  // "RM300mil", "RM1.2bil", "S$40 mil": Malaysian and Singaporean papers shorten million and billion
  // so; only after a currency's sign or letters ("a 40 mil film" is a thickness in thousandths of an inch).
  const shortScale = prefix ? /^[ \t]?(mil|bil)(?![\p{L}\p{N}])/u.exec(rest) : null;
  const glued = shortScale ? null : GLUED_SCALE.exec(rest);
  const gluedUnit = GLUED_UNIT.exec(rest);
  const metres = glued?.[1].toLowerCase() === 'm' && !prefix && (
    METRE_CONTEXT.test(rest.slice(1)) || RACE_AFTER.test(rest.slice(1)) || RACE_TIME_AFTER.test(rest.slice(1)) ||
    RACE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || RACE_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start)));
  if (shortScale) {
    exponent = SCALE_EXPONENTS[shortScale[1] === 'mil' ? 'million' : 'billion'];
    end += shortScale[0].length;
  } else if (glued && !metres) {
    exponent = SCALE_EXPONENTS[glued[1].toLowerCase()];
    end += glued[0].length;
  } else if (gluedUnit) {
    unit = UNIT_ABBREVIATIONS[gluedUnit[1]];
    end += gluedUnit[0].length;
  } else {
    const scale = SCALE_AFTER.exec(rest);
    if (scale) {
      const word = scale[1].toLowerCase();
      if (word === 'dozen' || word === 'dozens') {
        return finishDigits(text, start, end + scale[0].length, multiplyDecimal(digits, 12), unit, 0, !!prefix);
      }
      exponent = SCALE_EXPONENTS[word];
      end += scale[0].length;
      // "Tk 7.97 lakh crore", "Rs 2 thousand crore": South Asian papers stack a scale before "crore".
      const crore = /^[ \t]+crores?(?![\p{L}\p{N}])/iu.exec(text.slice(end, end + 10));
      if (crore && /^(?:lakhs?|lacs?|thousand|hundred)$/u.test(word)) {
        exponent += SCALE_EXPONENTS.crore;
        end += crore[0].length;
      }
    }
  }
  // "-4C", "highs of 30C", "a low of 14F": British and Australian papers' degrees, glued. Only with
  // a minus sign or a word of weather or temperature in reach: "seat 12C", "Form 4C" are labels.
  if (end === numberEnd && !prefix && /^[CF](?![\p{L}\p{N}])/u.test(text.slice(end, end + 2)) && Number(digits) <= 150 && isTemperature(text, start, end)) {
    unit = text[end] === 'C' ? 'degree Celsius' : 'degree Fahrenheit';
    end += 1;
  }
  // "38p", "fell 4p": pence, as British papers write share prices and fares ("1080p" is a video format).
  if (end === numberEnd && !prefix && /^p(?![\p{L}\p{N}])/u.test(text.slice(end, end + 2)) && /^\d{1,3}(?:\.\d+)?$/u.test(digits) && !/^(?:480|720)$/u.test(digits)) {
    return finishDigits(text, start, end + 1, canonicalDecimal(digits), 'penny', 0, true);
  }
  // Letters glued to the digits that are not a unit, scale or currency code ("5th", "3D", "4G"): not a count.
  if (/^[\p{L}]/u.test(text.slice(end, end + 1)) && end === numberEnd && !/^pc(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3)) && !CODE_AFTER.test(text.slice(end, end + 4))) return null;
  const raw = finishDigits(text, start, end, shiftDecimal(digits, exponent), unit, exponent, !!prefix || unit !== null);
  return prefix ? raw : signed(text, raw);
}

const TEMPERATURE_WORDS = /\b(?:temperatures?|degrees?|thermometers?|mercury|weather|forecasts?|heat|heatwaves?|hot|hotter|hottest|warm|warmer|warmest|cold|colder|coldest|cool|cooler|chill|freezing|frost|snow|ice|sun|sunny|highs?|lows?|maximum|minimum)\b/iu;

/** A glued C or F is a temperature: a minus sign or "minus" before it, or a weather word in its sentence. */
function isTemperature(text: string, start: number, end: number): boolean {
  if (/(?:^|[\s(])[-−]$|\bminus[ \t]+$/iu.test(text.slice(Math.max(0, start - 8), start))) return true;
  const before = text.slice(Math.max(0, start - 80), start).split(/[.!?\n]\s/u).pop() ?? '';
  const after = text.slice(end, end + 60).split(/[.!?\n](?:\s|$)/u)[0];
  return TEMPERATURE_WORDS.test(before) || TEMPERATURE_WORDS.test(after);
}

// "-12.5 points", "−4C", "minus 3 degrees", "negative one": a minus sign or word right before the
// digits (a hyphen after a digit is a range, "20-25"; after a letter, a name, "Shahed-136").
function signed(text: string, raw: Raw): Raw {
  const before = text.slice(Math.max(0, raw.start - 10), raw.start);
  const sign = (raw.words ? null : /(?:^|[\s(])([-−])$/u.exec(before)) ?? /(?:^|[^\p{L}])((?:minus|negative)[ \t]+)$/iu.exec(before);
  if (!sign || raw.exact === '0') return raw;
  // "5 - 3", "3 -1": a spaced dash between two numbers is a range or a score.
  if (sign[1].length === 1 && /\d[ \t]*[-−]$/u.test(text.slice(Math.max(0, raw.start - 4), raw.start))) return raw;
  return { ...raw, start: raw.start - sign[1].length, negative: true };
}

function finishDigits(text: string, start: number, end: number, exact: string, unit: string | null, exponent: number, ownUnit: boolean): Raw {
  const value = Number(exact);
  const rest = text.slice(end, end + 40);
  // 13.3" display, 15″ screen: an inch mark, not a closing quotation mark.
  if (!unit && /^["″”](?=[ \t-]?\p{L})/u.test(rest) && !openQuoteBefore(text, start)) {
    return { start, end: end + 1, value, exact, unit: 'inch', scale: exponent, ownUnit: true, words: false };
  }
  const percent = PERCENT_AFTER.exec(rest);
  if (percent && !unit) {
    const points = /points?$/iu.exec(percent[0]);
    unit = points ? (/basis/iu.test(percent[0]) ? 'basis point' : 'percentage point') : 'percent';
    end += percent[0].length;
    ownUnit = true;
  } else {
    const code = CODE_AFTER.exec(rest);
    const sign = SIGN_AFTER.exec(rest);
    if (code && CURRENCY_CODES.has(code[1].toUpperCase())) {
      if (!unit) unit = code[1].toUpperCase() === 'RMB' ? 'CNY' : code[1].toUpperCase();
      end += code[0].length;
      ownUnit = true;
    } else if (sign && !unit) {
      // "10 €", "5 $": the sign after the amount, as in much of Europe.
      unit = CURRENCY_PREFIXES[sign[1]];
      end += sign[0].length;
      ownUnit = true;
    } else if (!unit) {
      const spaced = SPACED_UNIT.exec(rest);
      if (spaced && !/^[ \t](?:m|l|L|t|g|p|mi)$/u.test(spaced[0])) {
        unit = UNIT_ABBREVIATIONS[spaced[1]];
        end += spaced[0].length;
        ownUnit = true;
      }
    }
  }
  return { start, end, value, exact, unit, scale: exponent, ownUnit, words: false };
}

/** "thousands" → ~1000, "hundreds of thousands" → ~100000, "dozens" → ~12. */
function vagueCandidate(m: RegExpMatchArray): Raw {
  const outer = m[1] ? m[1].toLowerCase() : null;
  const inner = m[2].toLowerCase();
  let exact = shiftDecimal('1', VAGUE_SCALE[inner] + (outer ? VAGUE_SCALE[outer] : 0));
  if (inner === 'dozens') exact = multiplyDecimal(exact, 12);
  if (outer === 'dozens') exact = multiplyDecimal(exact, 12);
  const start = m.index!;
  return { start, end: start + m[0].length, value: Number(exact), exact, unit: null, scale: VAGUE_SCALE[inner], ownUnit: false, words: true, vague: true };
}

// "One day he left", "until one morning": a story's indefinite time, not a count of days (but
// "for one day", "one day later" are).
function isNarrativeOne(doc: SegmentedDocument, raw: Raw): boolean {
  const { text } = doc;
  if (!raw.words || !/^one$/iu.test(text.slice(raw.start, raw.end))) return false;
  const next = /^[ \t]+(day|morning|afternoon|evening|night)(?![\p{L}\p{N}-])/iu.exec(text.slice(raw.end, raw.end + 12));
  if (!next) return false;
  // The story goes on with a comma or a clause's subject ("One day, …", "One day he …", "one
  // morning in May"); "One day remains", "one day later" count.
  const after = text.slice(raw.end + next[0].length, raw.end + next[0].length + 12);
  if (!/^(?:,|[ \t]+(?:he|she|they|we|i|it|you|the|a|an|his|her|their|our|my|in|last|that|this|there)\b)/iu.test(after) && !/^[ \t]+\p{Lu}/u.test(after)) return false;
  const before = text.slice(Math.max(0, raw.start - 8), raw.start);
  return isSentenceStart(text, raw.start) || /(?:,|\b(?:and|but|then|until|till|when))[ \t]+$/iu.test(before);
}

// "three times the council average", "at four times its speed", "three times a week", "heard it
// three times before": "times" multiplies or repeats, and a multiplier or a frequency is no count
// (as "twice" is none). A comparison stays a quantity, as MEANTIME annotates it ("four times
// faster"), and so does its elliptical parallel ("two times faster in one, four times for the other").
const TIMES_AFTER = /^[ \t]+times\b/iu;
const COMPARED = /^[ \t]+times[ \t]+(?:(?:more|less|fewer)\b|\p{Ll}+er\b(?![ \t]+than[ \t]+(?:the|a|an|its|their)\b[^.!?\n]{0,20}\bnumber))/iu;

function isMultiplier(text: string, raw: Raw): boolean {
  if (raw.unit !== 'time' || raw.ownUnit || !TIMES_AFTER.test(text.slice(raw.end, raw.end + 8))) return false;
  const after = text.slice(raw.end, raw.end + 30);
  if (COMPARED.test(after)) return false;
  const sentence = text.slice(Math.max(0, raw.start - 100), raw.start).split(/[.!?]\s|\n/u).pop() ?? '';
  return !/\btimes[ \t]+(?:more|less|\p{Ll}+er)\b/iu.test(sentence);
}

// "a 999 call", "a 747 jet": after "a/an", bare digits before a singular noun that ends the phrase
// name a code or a model; a count would need a plural ("a 30 day truce" measures, so units of
// measure stay).
function isCodeBeforeNoun(text: string, raw: Raw): boolean {
  if (raw.words || raw.ownUnit || (raw.unit !== null && MEASURE_NOUNS.has(raw.unit))) return false;
  if (!/^\d+$/u.test(text.slice(raw.start, raw.end))) return false;
  if (!/(?:^|[^\p{L}])an?[ \t]+$/iu.test(text.slice(Math.max(0, raw.start - 4), raw.start))) return false;
  // "a 3 bedroom house", "a 500 page report": a singular noun before another noun is a count used
  // as a modifier; the code's noun ends the phrase ("a 999 call from", "a 747 jet.").
  const next = /^[ \t]+(\p{L}+)(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:from|to|in|on|at|for|with|by|was|is|and|or|that|which|who|had|has|after|before|about|over)\b)/u.exec(text.slice(raw.end, raw.end + 40));
  if (!next) return false;
  const word = next[1].toLowerCase();
  return (raw.unit === null || raw.unit === word) && singularize(word) === word && !MEASURE_NOUNS.has(normalizeUnit(word, ''));
}

/** An opening quotation mark is still open on this line before offset. */
function openQuoteBefore(text: string, offset: number): boolean {
  const line = text.slice(Math.max(0, offset - 200), offset).split('\n').pop() ?? '';
  // Inch marks ("13.3\"") are not quotation marks.
  const straight = (line.match(/(?<!\d)"/gu) ?? []).length;
  return straight % 2 === 1 || line.lastIndexOf('“') > line.lastIndexOf('”');
}

function currencyOfPrefix(prefix: string): string {
  const known = CURRENCY_PREFIXES[prefix] ?? CURRENCY_PREFIXES[prefix.toUpperCase()];
  if (known) return known;
  const code = prefix.replace(/\$$/u, '').toUpperCase();
  if (code === 'C') return 'CAD';
  if (code === 'RMB') return 'CNY';
  if (CURRENCY_CODES.has(code)) return code;
  return 'USD';
}

/** Inside a URL or an e-mail address ("…?id=305&q=30%25"): not prose. */
function inUrl(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 200);
  const before = text.slice(from, offset);
  const space = before.search(/\s\S*$/u);
  const token = space >= 0 ? before.slice(space + 1) : before;
  return /:\/\/|^www\.|[?&=]\S*$|@\S*\./u.test(token);
}

// The text before "one", a \u0001 where "one" stands, the text after it.
const ONE_IDIOM = /(?:(?:^|[^\p{L}])in[ \t]+\u0001[ \t]+(?:piece|go)\b|(?:^|[^\p{L}])at[ \t]+\u0001[ \t]+time\b|(?:^|[^\p{L}])the[ \t]+\u0001[ \t]+hand\b|(?:^|[^\p{L}])for[ \t]+\u0001[ \t]+thing\b|\u0001[ \t]+way[ \t]+or[ \t]+(?:another|the[ \t]+other)\b)/iu;

/** Splits a run of number words into the longest runs that form numbers ("two and three" → 2, 3). */
// "one of its three plants", "one of the hospital's four wards": "one of" a possessive and a number.
const ONE_OF_COUNTED = new RegExp(`^[ \\t]+of[ \\t]+(?:its|their|his|her|our|my|your|the[ \\t]+\\p{L}+['’]s?)[ \\t]+(?:(?:last|first|next|only)[ \\t]+)?(?:\\d{1,3}|${NUMBER_WORDS_SOURCE})[ \\t]+\\p{L}`, 'iu');

const PRONOUN_ONE_BEFORE = /(?:^|[^\p{L}])(?:the|this|that|a|an|its|their|his|her|our|my|your)[ \t]+(?:very[ \t]+)?(?:first|second|third|fourth|fifth|last|next|only|same|other|latest|final|new|old|big|bigger|biggest|small|little|right|wrong|good|bad|real|previous|current|original|whole|entire)[ \t]+$/iu;

function wordCandidates(text: string, runStart: number, run: string): Raw[] {
  const out: Raw[] = [];
  const parts: { start: number; end: number }[] = [];
  const re = /[\p{L}]+/gu;
  for (let w = re.exec(run); w; w = re.exec(run)) parts.push({ start: w.index, end: w.index + w[0].length });
  let i = 0;
  while (i < parts.length && parts.length <= MAX_WORDS * 3) {
    let found: { j: number; value: number } | null = null;
    for (let j = parts.length - 1; j >= i; j--) {
      const phrase = run.slice(parts[i].start, parts[j].end);
      const value = parseNumberWords(phrase);
      // A run may not end in a dangling "and"/"a" ("two and a").
      if (value !== null && !/^(?:and|a|an)$/iu.test(run.slice(parts[j].start, parts[j].end))) {
        found = { j, value };
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const start = runStart + parts[i].start;
    let end = runStart + parts[found.j].end;
    const phrase = run.slice(parts[i].start, parts[found.j].end).toLowerCase();
    i = found.j + 1;
    // "twenty-first", "two-thirds", "one-time", "one-off": ordinals, fractions, adjectives.
    const joined = /^-([\p{L}]+)/u.exec(text.slice(end, end + 30));
    if (joined) {
      const word = joined[1].toLowerCase();
      if (isOrdinalWord(word) || /^(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/u.test(word)) continue;
      const unitWord = normalizeUnit(word, '');
      if (phrase === 'one' && (!MEASURE_NOUNS.has(unitWord) || unitWord === 'time') && !/^[A-Z]{3}$/u.test(unitWord)) continue;
    }
    // "three quarters of the vote": a fraction; "delayed by two quarters", "for three straight
    // quarters" count the year's quarters, periods of three months.
    // "For three quarters it looked like …", "after two quarters the lead was gone": after a
    // preposition of time, and with no "of", quarters are periods of a game or a year.
    const periodsOfTime = /(?:^|[^\p{L}])(?:for|after|over|during|within|through|in)[ \t]+$/iu.test(text.slice(Math.max(0, start - 10), start)) && /^[ \t]+quarters\b(?![ \t]+of\b)/iu.test(text.slice(end, end + 24));
    if (!periodsOfTime && /^[ \t]+(?:halves|thirds|fifths|sixths|sevenths|eighths|ninths|tenths)\b|^[ \t]+quarters\b(?![ \t]+(?:ago|later|earlier|running|in[ \t]+a[ \t]+row)\b|[ \t]*[,.;:!?"”)])/iu.test(text.slice(end, end + 24))) continue;
    // "hundred people", "several hundred", "millions": a scale word with no number in front is vague.
    if (/^(?:hundred|thousand|million|billion|trillion|dozen)/u.test(phrase)) continue;
    // "At one point, talks broke down": the idiom, not a count of points.
    if (phrase === 'one' && /^[ \t]+point\b/iu.test(text.slice(end, end + 8)) && /\bat[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start))) continue;
    // "came back in one piece", "at one time it employed", "on the one hand", "for one thing",
    // "one way or another": fixed phrases of English (any dictionary's idioms of "one"), no counts.
    if (phrase === 'one' && ONE_IDIOM.test(`${text.slice(Math.max(0, start - 12), start)}\u0001${text.slice(end, end + 20)}`)) continue;
    // "one of the greatest", "one another", "one or the other": not counts. But "one of its three
    // plants", "one of the hospital's four wards", "one of their last seven matches": one out of a
    // counted whole is a count too (not in apposition: "Lee, one of its five owners, said").
    if (phrase === 'one' && !(ONE_OF_COUNTED.test(text.slice(end, end + 60)) && !/,[ \t]*$/u.test(text.slice(Math.max(0, start - 3), start))) && /^[ \t]+(?:of|another|or[ \t]+(?:the[ \t]+)?other|by[ \t]+one|at[ \t]+a[ \t]+time)\b/iu.test(text.slice(end, end + 24))) continue;
    // "the last one out of the hall", "he returned the first one", "the only one who stayed",
    // "a big one": after a determiner and an ordinal or adjective, "one" stands for a noun named
    // before (a pronoun, as in "the one"), no count ("its biggest one-day fall" measures a day).
    if (phrase === 'one' && (/(?:^|[^\p{L}])(?:no|the|this|that|any|every|each|which|someone|anyone|everyone)[ \t]+$/iu.test(text.slice(Math.max(0, start - 12), start)) || (PRONOUN_ONE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && text[end] !== '-'))) {
      const next = /^[ \t]+([\p{L}]+)/u.exec(text.slice(end, end + 24));
      if (!next || !MEASURE_NOUNS.has(normalizeUnit(next[1].toLowerCase(), '')) || next[1].toLowerCase() === 'time') continue;
    }
    // "tell a flattened field from a standing one.", "swap the broken lamp for a working one,": a
    // determiner and any lower-case modifier before a "one" that ends its phrase make it a pronoun
    // for a noun named before; a numeral "one" never follows "a" and an adjective.
    if (phrase === 'one' && /(?:^|[^\p{L}])(?:a|an|the|this|that|its|their|his|her|our|my|your)[ \t]+\p{Ll}[\p{Ll}-]*[ \t]+$/iu.test(text.slice(Math.max(0, start - 40), start)) && /^[ \t]*(?:[.,;:!?)"”]|$)/u.test(text.slice(end, end + 2))) continue;
    let scaleWord = /(thousand|million|billion|trillion)$/u.exec(phrase);
    let exact = decimalOfNumber(found.value);
    // "five point five", "one point two million": a decimal read aloud, digit by digit.
    const spoken = spokenDecimal(text, start, end, found.value);
    if (spoken) {
      exact = spoken.exact;
      end = spoken.end;
      scaleWord = spoken.scale ? /(thousand|million|billion|trillion)$/u.exec(spoken.scale) : scaleWord;
    }
    // "one lakh trees", "two crore rupees": the Indian scales after a number word.
    const indian = /^[ \t]+(lakhs?|lacs?|crores?)(?![\p{L}\p{N}])/iu.exec(text.slice(end, end + 12));
    if (indian && !scaleWord) {
      exact = shiftDecimal(exact, SCALE_EXPONENTS[indian[1].toLowerCase()]);
      end += indian[0].length;
    }
    let unit: string | null = null;
    let ownUnit = false;
    const rest = text.slice(end, end + 40);
    const percent = PERCENT_AFTER.exec(rest);
    const code = CODE_AFTER.exec(rest);
    if (percent) {
      unit = /points?$/iu.test(percent[0]) ? (/basis/iu.test(percent[0]) ? 'basis point' : 'percentage point') : 'percent';
      end += percent[0].length;
      ownUnit = true;
    } else if (code && /^[ \t]/u.test(code[0]) && CURRENCY_CODES.has(code[1].toUpperCase())) {
      unit = code[1].toUpperCase() === 'RMB' ? 'CNY' : code[1].toUpperCase();
      end += code[0].length;
      ownUnit = true;
    }
    out.push(signed(text, { start, end, value: Number(exact), exact, unit, scale: scaleWord ? SCALE_EXPONENTS[scaleWord[1]] : indian ? SCALE_EXPONENTS[indian[1].toLowerCase()] : 0, ownUnit, words: true }));
  }
  return out;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', nought: '0', naught: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const SPOKEN_DECIMAL = /^[ \t]+point((?:[ \t]+(?:zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine)){1,6})(?![\p{L}\p{N}-])(?:[ \t]+(thousand|million|billion|trillion)(?![\p{L}\p{N}]))?/iu;

/**
 * "five point five" → 5.5, "one point two million" → 1200000: a whole number read aloud, "point",
 * and one digit word per decimal place. Not "at one point two men left" (the idiom "at one point").
 */
function spokenDecimal(text: string, start: number, end: number, whole: number): { exact: string; end: number; scale: string | null } | null {
  if (!Number.isSafeInteger(whole) || whole < 0) return null;
  const m = SPOKEN_DECIMAL.exec(text.slice(end, end + 80));
  if (!m) return null;
  if (whole === 1 && /\bat[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start))) return null;
  const decimals = m[1].trim().split(/[ \t]+/u).map((w) => DIGIT_WORDS[w.toLowerCase()]).join('');
  const scale = m[2] ? m[2].toLowerCase() : null;
  const exact = canonicalDecimal(shiftDecimal(`${whole}.${decimals}`, scale ? SCALE_EXPONENTS[scale] : 0));
  return { exact, end: end + m[0].length, scale };
}

// ---- context rules ---------------------------------------------------------

const DATELINE_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*${DATELINE_TOWN}(?:,[^\n]{0,60}?)?[ \t]*[-—–:][ \t]*$`, 'u');
// A tally so far: "Standings: Orsa 28 points from 12 games, Vale 25, " up to the next entry's
// name (of up to four capitalised words), the heading before a colon a capitalised word and at
// most five more in lower case or figures, as wire copy heads a table after a round of games
// ("Standings after 9 rounds:", "Medal table after the 3rd day:"); no name nor full stop inside it.
const TALLY_HEADING = String.raw`\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Ll}+|\d{1,3}(?:st|nd|rd|th)?)){0,5}`;
const TALLY_ENTRY = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}[ \t]+\d{1,3}(?:[ \t]+\p{Ll}[\p{Ll} \t]{0,30}?(?:[ \t]+\d{1,3}[ \t]+\p{Ll}+)?)?`;
const TALLY_BEFORE = new RegExp(String.raw`(?:^|[.;\n])[ \t]*${TALLY_HEADING}:[ \t]+(?:${TALLY_ENTRY},[ \t]+)+(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){0,3}$`, 'u');
// The first entry of such a tally, up to its figure ("Top scorers: Ana Lind "), and what must
// follow that figure: another entry of a name and a figure (", Mia Berg 11"), so that a heading
// over one label ("Coming up: Windows 11") stays a label.
const TALLY_FIRST_BEFORE = new RegExp(String.raw`(?:^|[.;\n])[ \t]*${TALLY_HEADING}:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,3}$`, 'u');
const TALLY_NEXT_AFTER = /^\d{1,3}(?:[ \t]+\p{Ll}[\p{Ll} \t]{0,30}?)?,[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,4}\d{1,3}(?![\d.,]\d)/u;
// A result's line up to the other side's score: a name, a score, the other name ("Wanica 3 Commewijne FC ").
const RESULT_LINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[^\n\d]{0,60}?[ \t]\d{1,3}[ \t]+\p{Lu}[^\n\d]{0,60}?[ \t]$/u;
const MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

class Context {
  private titleCache = new Map<number, boolean>();
  constructor(private doc: SegmentedDocument) {}

  /** "No. 1", "Chapter 11", "iPhone 4", "Windows 7", "version 10.4": the number labels what precedes it. */
  isLabelOrName(start: number, ownUnit: boolean): boolean {
    const { text } = this.doc;
    // "Volume 61,874 lots": a label is never written with a thousands separator. "Kabwe Rovers 2
    // Vale Town 0", "Kabwe Rovers 13 8 4 1 22 8 28": a score before the other side's name and score,
    // and a row of a table of standings, follow a team's name but label nothing.
    const after = text.slice(start, start + 120);
    // ("paid KES 5,000.", "the fee is SCR 5,000, payable": a full stop or comma after the groups ends the sentence or clause.)
    if (/^\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)/u.test(after)) return false;
    const digitsEnd = /^\d+/u.exec(after)?.[0].length ?? 0;
    if (digitsEnd && (RESULT_LINE_REST.test(after.slice(digitsEnd)) || /^(?:[ \t]+\d{1,3}){4,}[ \t]*(?:\r?\n|$)/u.test(after.slice(digitsEnd)))) return false;
    // ("Wanica 3 Commewijne FC 2", "Orsa Rovers 0 Vale SV 1": the other side's score ends a result's
    // line after its name, even a name that ends in initials, "FC", "SV", which are names anywhere.)
    if (digitsEnd && RESULT_LINE_BEFORE.test(text.slice(Math.max(0, start - 100), start)) && /^[ \t]*(?:[;.]?[ \t]*(?:\r?\n|$))/u.test(after.slice(digitsEnd))) return false;
    const before = text.slice(Math.max(0, start - 40), start);
    const prev = /([\p{L}][\p{L}\p{N}.&'’-]*)[ \t]$/u.exec(before) ?? /([\p{L}][\p{L}.]*\.)[ \t]?$/u.exec(before);
    if (!prev) return false;
    const word = prev[1];
    const bare = word.replace(/[.]+$/u, '');
    const lower = bare.toLowerCase();
    if (LABEL_WORDS.has(lower)) {
      // "no" is a label only as "No." or "No 5"; lower-case "no 5 …" is a determiner.
      if (lower === 'no' && !/^No|\.$/u.test(word)) return false;
      return !ownUnit || lower === 'no' || lower === 'number';
    }
    if (ownUnit) return false;
    // ("Tolvar's 12 stores", and the plural possessive: "the Zebras' 11-match unbeaten run", "the
    // Hawks' 23 points", "the Millers' 400 members" count.)
    if (/[’'](?:s)?$/u.test(word) || MONTH_OR_DAY.test(bare) || CURRENCY_CODES.has(bare)) return false;
    // Mixed case ("iPhone", "iOS", "McLaren") and acronyms ("GM", "COVID") are names anywhere.
    const mixed = /^\p{Ll}+\p{Lu}/u.test(bare) || /^\p{Lu}[\p{L}]*\p{Lu}/u.test(bare);
    const capitalized = /^\p{Lu}/u.test(bare);
    if (!mixed && !capitalized) return false;
    const wordStart = start - prev[0].length;
    // ("LAUTOKA — A 41-year-old driver": the story's first word after a dateline opens a sentence.)
    if (!mixed && (isSentenceStart(this.doc.text, wordStart) || this.inTitleLine(start) || DATELINE_BEFORE.test(text.slice(Math.max(0, wordStart - 80), wordStart)))) return false;
    // ("Table: Orsa 28 points, Vale 25, Tolby Town 19": a name and a number after a comma, in a
    // tally a heading and a colon open whose entries so far are each a name and a number, is the
    // next entry's figure, as the first entry's is, not a label of the name.)
    if (!mixed && TALLY_BEFORE.test(text.slice(Math.max(0, wordStart - 200), wordStart))) return false;
    // ("Top scorers: Ana Lind 14, Mia Berg 11": the first entry's figure too, when an entry follows.)
    if (!mixed && TALLY_FIRST_BEFORE.test(text.slice(Math.max(0, wordStart - 120), wordStart)) && TALLY_NEXT_AFTER.test(after)) return false;
    if (mixed && /^\p{Lu}+$/u.test(bare) && this.inTitleLine(start) && /^\P{Ll}*$/u.test(this.lineOf(start))) return false;
    return true;
  }

  /** "the Big Three", "Ford Seven Hundred": capitalized number words inside a sentence are names. */
  isNameWord(raw: Raw): boolean {
    const { text } = this.doc;
    if (!/^\p{Lu}/u.test(text[raw.start])) return false;
    if (isSentenceStart(this.doc.text, raw.start) || this.inTitleLine(raw.start)) return false;
    // "TIMARU - Hundreds of people", "LAGOS — Two of the men": the story opens after a dateline.
    if (DATELINE_BEFORE.test(text.slice(Math.max(0, raw.start - 80), raw.start))) return false;
    return true;
  }


  private lineOf(offset: number): string {
    const p = paragraphAt(this.doc, offset);
    return p ? this.doc.text.slice(p.start, p.end) : '';
  }

  /** A headline in Title Case ("Apple Sells Three Million iPads"): capitals there say nothing. */
  inTitleLine(offset: number): boolean {
    const p = paragraphAt(this.doc, offset);
    if (!p) return false;
    const cached = this.titleCache.get(p.start);
    if (cached !== undefined) return cached;
    let title = false;
    if (p.end - p.start <= 200) {
      const words = this.doc.text.slice(p.start, p.end).match(/\p{L}{4,}/gu) ?? [];
      const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      title = words.length >= 2 && capitals / words.length >= 0.7;
    }
    this.titleCache.set(p.start, title);
    return title;
  }
}

function isHedged(text: string, raw: Raw): boolean {
  const before = text.slice(Math.max(0, raw.start - 30), raw.start);
  const after = text.slice(raw.end, raw.end + 12);
  return HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after);
}

/** "20 to 25 percent", "500 and 1,000 songs", "between 3 and 5 million people". */
function shareAcrossRanges(text: string, nums: Raw[]): void {
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    if (b.start - a.end > 12 || !RANGE_GLUE.test(text.slice(a.end, b.start))) continue;
    const glue = text.slice(a.end, b.start).trim();
    // "and"/"or" join two numbers only when the first has nothing of its own.
    // ("a deposit of SOS 40,000 and SAR 2,300": a currency code right before the first number is
    // its own, even one isoCodeBefore leaves unread for being an English word; another code after
    // it does not reach back over it.)
    const ownCode = /(?<![\p{L}\p{N}])([A-Z]{3})[ \t]?$/u.exec(text.slice(Math.max(0, a.start - 5), a.start));
    if (ownCode && ISO_CURRENCY_CODES.has(ownCode[1]) && ownCode[1] !== b.unit) continue;
    if (a.unit === null && b.unit !== null) {
      a.unit = b.unit;
      if (a.scale === 0 && b.scale > 0 && a.value < 1000) {
        a.exact = shiftDecimal(a.exact, b.scale);
        a.value = Number(a.exact);
      }
    } else if (glue !== 'and' && a.unit !== null && b.unit === null && a.ownUnit && !(a.unit === 'percent' && b.value > 100)) {
      // ("the benchmark gained 0.7% to 7,215.40": a level after a percentage change is no percentage.)
      b.unit = a.unit;
    }
  }
}

/**
 * "by 41 votes to 19", "95 points to 68", "from four crews to three": the second number of a tally
 * counts what the first does, and so does a rival's share ("7,316 votes, or 56.2 percent, to Mira
 * Tolvane's 5,704"). "2.3 million users, up from 900,000", "a loss of 3.1 billion
 * shillings, down from 6.8 billion": a bare number compared with one before it in its sentence
 * measures the same thing.
 */
// "Measles cases in Tolvane climbed past 2,300", "burglaries across the county dropped to 870": a bare
// number a verb of change reaches counts what its plural subject names ("cases", "burglaries"). Not
// measures whose number is a level rather than a count ("prices rose to 120", "the index fell to
// 7,400", "sales rose to 12,000": their unit is not the noun).
const CHANGE_VERB = 'rose|fell|climbed|dropped|jumped|increased|decreased|declined|grew|surged|soared|slipped|slumped|plunged|plummeted|doubled|tripled|halved|reached|hit|topped|passed|exceeded|rises|falls|climbs|drops|jumps|increases|decreases|declines|grows|surges|reaches|tops|passes|exceeds|(?:has|have|had)[ \\t]+(?:risen|fallen|climbed|dropped|jumped|increased|decreased|declined|grown|surged|soared|reached|passed|exceeded|topped|doubled)';
const SUBJECT_OF_CHANGE = new RegExp(
  `(?:^|[^\\p{L}'’-])(\\p{Ll}{3,}s)(?:[ \\t]+(?:in|at|on|across|among|from|of)[ \\t]+(?:the[ \\t]+|its[ \\t]+|their[ \\t]+)?(?:[\\p{L}'’-]+[ \\t]+){0,2}?[\\p{L}'’-]+)?[ \\t]+(?:\\p{Ll}+ly[ \\t]+)?(?:${CHANGE_VERB})(?:[ \\t]+(?:to|above|below|past|beyond|over|under|by|from))?(?:[ \\t]+(?:about|around|nearly|almost|more[ \\t]+than|less[ \\t]+than|just[ \\t]+over|just[ \\t]+under|an[ \\t]+estimated|some))?[ \\t]+$`,
  'u',
);
const LEVEL_NOUNS = new Set(['price', 'rate', 'share', 'stock', 'level', 'sale', 'number', 'figure', 'temperature', 'earning', 'profit', 'revenue', 'cost', 'export', 'import', 'yield', 'total', 'value', 'index', 'indice', 'reading', 'score', 'rating', 'point', 'this', 'has', 'was', 'its', 'gas', 'bus', 'news', 'series', 'analysis', 'crisis', 'status']);

// A place phrase's opening, up to the noun it places: "in the", "across all the", "among several",
// "at its", "in twenty", "in" alone. A noun or a count inside one places the figure; it is not what
// the figure counts. (`min` determiners or quantifiers after the preposition, up to two.)
const placePhraseOpening = (min: 0 | 1) => `\\b(?:[Ii]n|[Aa]t|[Aa]cross|[Aa]mong)[ \\t]+(?:(?:the|its|their|his|her|our|these|those|all|most|some|several|many|numerous|various|multiple|few|both|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands)[ \\t]+){${min},2}`;
/**
 * Before a plural noun: "in the 12 Tolvane " ends a place phrase ("of" and up to two capitalized
 * words may follow its opening). A determiner or quantifier is needed: "In Harnby arrests rose to
 * 40" has a place name, then the subject of change.
 */
const PLACE_PHRASE_BEFORE_NOUN = new RegExp(`${placePhraseOpening(1)}(?:of[ \\t]+)?(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){0,2}$`, 'u');
/** Before a number: "in the ", "in " ends a place phrase whose count comes next. */
const PLACE_PHRASE_BEFORE_COUNT = new RegExp(`${placePhraseOpening(0)}$`, 'u');
/** A count (figures or number words) and up to two capitalized words before a noun: "12 Tolvane ", "twenty ". */
const COUNTED_BEFORE = new RegExp(`(?:\\d|\\b(?:${NUMBER_WORDS_SOURCE}))[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){0,2}$`, 'u');

// "The company's KES 4 billion bond", "paid GHS 12,500": an ISO 4217 code right before an amount is
// its currency, for every code (CURRENCY_CODES reads only the common ones in the number's own form;
// this gave "bond"). Only a code that is no English word ("ALL", "TOP", "PEN") and only before an
// amount with a scale word or grouped thousands: "AMD 7" is a model's name.
function isoCodeBefore(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.ownUnit || (n.unit !== null && /^[A-Z]{3}$/u.test(n.unit))) continue;
    const code = /(?<![\p{L}\p{N}])([A-Z]{3})[ \t]?$/u.exec(text.slice(Math.max(0, n.start - 5), n.start));
    if (!code || (n.scale === 0 && !/\d,\d{3}/u.test(text.slice(n.start, n.end))) || isEnglishWord(code[1].toLowerCase()) || !ISO_CURRENCY_CODES.has(code[1])) continue;
    n.unit = code[1];
    n.start -= code[0].length;
    n.ownUnit = true;
  }
}

function countSubjectOfChange(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.vague) continue;
    // The number ends its phrase: no noun of its own after it ("rose to 1,400 people" has one).
    if (!/^(?:[ \t]*[,.;:!?)]|[ \t]+(?:this|last|in|on|by|from|to|after|before|at|for|and|or|but|as|since|a|per|over|during)\b|[ \t]*$)/u.test(text.slice(n.end, n.end + 12))) continue;
    const clause = text.slice(Math.max(0, n.start - 120), n.start).split(/[.!?;]\s|\n|,[ \t]/u).pop() ?? '';
    const subject = SUBJECT_OF_CHANGE.exec(clause);
    if (!subject || /(?:ss|us|is)$/u.test(subject[1])) continue;
    // ("Sales in 12 regions rose to 610", "in 12 Tolvane regions": a noun its own number counts is a
    // place phrase's, not the subject.)
    // ("Sales in twenty regions rose", "in several regions", "Admissions at the hospitals rose": so is a
    // plural a quantifier or a determiner brings into a place phrase.)
    const beforeSubject = clause.slice(0, subject.index + subject[0].indexOf(subject[1]));
    if (COUNTED_BEFORE.test(beforeSubject)) continue;
    if (PLACE_PHRASE_BEFORE_NOUN.test(beforeSubject)) continue;
    const unit = normalizeUnit(subject[1], '');
    if (unit === subject[1] || LEVEL_NOUNS.has(unit) || MEASURE_NOUNS.has(unit)) continue;
    n.unit = unit;
  }
}

function shareAcrossComparisons(text: string, nums: Raw[]): void {
  // "Rising stocks outnumbered falling ones 950 to 620": both numbers of the tally count the
  // plural noun before "outnumbered".
  for (let i = 1; i < nums.length; i++) {
    const [a, b] = [nums[i - 1], nums[i]];
    if (a.unit !== null || b.unit !== null || a.ownUnit || b.ownUnit || !/^[ \t]+to[ \t]+$/u.test(text.slice(a.end, b.start))) continue;
    const clause = text.slice(Math.max(0, a.start - 100), a.start).split(/[.!?;]\s|\n/u).pop() ?? '';
    const subject = /(?:^|[^\p{L}])(\p{Ll}{3,}s)[ \t]+(?:\p{L}+[ \t]+)?outnumber(?:ed|s)?\b[^,]*$/u.exec(clause);
    if (!subject) continue;
    a.unit = b.unit = normalizeUnit(subject[1], '');
  }
  for (let i = 1; i < nums.length; i++) {
    let a = nums[i - 1];
    const b = nums[i];
    // "dropped to 184 million kronor in the half to June, from 263 million": an amount
    // with a scale word is compared with the amount of the same scale, past a count in between.
    if (b.scale > 0 && a.scale !== b.scale && b.unit === null && !b.ownUnit) {
      for (let k = i - 2; k >= 0 && b.start - nums[k].end <= 120 && !/[.!?;]\s|\n/u.test(text.slice(nums[k].end, b.start)); k--) {
        if (nums[k].scale === b.scale && nums[k].unit !== null) {
          a = nums[k];
          break;
        }
      }
    }
    if (b.unit !== null || a.unit === null || b.ownUnit) continue;
    const between = text.slice(a.end, b.start);
    // ("2,107 shares advanced against 433 that declined": the tally's verb may stand between.)
    const tally = /^[ \t]+([\p{L}-]+)(?:[ \t]+(?:rose|fell|gained|lost|advanced|declined|dropped|climbed|voted|won|finished|closed))?[ \t]+(?:to|against)[ \t]+$/u.exec(between);
    // ("Sales rose in 12 regions to 6.1": a place phrase's count and a level with a fraction are no tally.)
    if (tally && normalizeUnit(tally[1].toLowerCase(), '') === a.unit && !(b.exact.includes('.') && !a.exact.includes('.')) && !PLACE_PHRASE_BEFORE_COUNT.test(text.slice(Math.max(0, a.start - 16), a.start))) {
      b.unit = a.unit;
      continue;
    }
    // "won 7,316 votes, or 56.2 percent, to Mira Tolvane's 5,704": the rival's share of the same tally.
    if (/\bto[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.-]*['’]s[ \t]+$/u.test(between)) {
      for (let k = i - 1; k >= 0 && b.start - nums[k].end <= 120 && !/[.!?;]\s|\n/u.test(text.slice(nums[k].end, b.start)); k--) {
        if (nums[k].unit !== null && !nums[k].ownUnit) {
          b.unit = nums[k].unit;
          break;
        }
      }
      continue;
    }
    // "The index fell 0.8 percent, or 147.62 points, to 18,405.90": the level a change in points
    // moved the index to is in points too.
    // ("The euro rose 0.5 percent, or 60 points, to 1.0850": an exchange rate, below 100, moves in
    // points of its fourth decimal and is no index level.)
    if (a.unit === 'point' && /^(?:[ \t]+points?)?,[ \t]+to[ \t]+$/u.test(between) && /\bor[ \t]+$/u.test(text.slice(Math.max(0, a.start - 6), a.start)) && Number(b.exact) >= 100) {
      b.unit = 'point';
      continue;
    }
    // "1,700 bakeries in 26 districts now stock it, up from 640", "120 nurses at three hospitals joined, up
    // from 80": the number a clause's count is compared with counts what the clause's first number
    // counts, not the place phrase's count right before it.
    if (i >= 2 && COMPARED_WITH.test(between) && nums[i - 2].unit !== null && !nums[i - 2].ownUnit && /^[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+)?[ \t]+(?:in|at|on|across|from)[ \t]+$/u.test(text.slice(nums[i - 2].end, a.start)) && !/[.!?;]\s|\n/u.test(text.slice(nums[i - 2].end, b.start))) a = nums[i - 2];
    if (between.length <= 80 && !/[.!?;]\s|\n/u.test(between) && (COMPARED_WITH.test(between) || (FROM_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && /(?:^|[^\p{L}])to[ \t]+(?:(?:about|around|nearly|almost|some|more[ \t]+than|over|under|just)[ \t]+)*$/iu.test(between))) && /^(?:[ \t]*[,.;:)]|[ \t]+(?:a|the|in|last|this|on|at|a[ \t]+year|earlier|before|previously|and|or|but|while|as|for[ \t]+(?:\d{4}|last|the[ \t]+previous))\b|$)/u.test(text.slice(b.end, b.end + 20))) {
      // ("rose to 12.5 million lari ($4.6 million) from 9.8 million": compared with the amount the
      // brackets convert, the story's own figure, not with its conversion; see isConversion.)
      b.unit = a === nums[i - 1] && isConversion(text, nums, i - 1) ? nums[i - 2].unit : a.unit;
    }
  }
}

// "2.3 million users, up from 900,000", "fell to 38 euros from 45", "1,284 cases this week,
// against 611 the week before", "five guards instead of the usual 22", "84.12 to the dollar,
// compared with 84.20": the bare number a quantity is compared with measures the same thing.
// ("pay 4,200 ouguiyas a month, against the 6,000 the union asked for": the amount asked for.)
const COMPARED_WITH = /(?:^|[^\p{L}])(?:(?:up|down)[ \t]+from|from|against(?:[ \t]+the)?|compared[ \t]+(?:with|to)|versus|vs\.?|instead[ \t]+of(?:[ \t]+the[ \t]+usual)?)[ \t]+(?:(?:about|around|nearly|almost|some|more[ \t]+than|over|under|just)[ \t]+)*$/iu;
// "went from 9 members to over 40": a change from one amount to another.
const FROM_BEFORE = /(?:^|[^\p{L}])from[ \t]+(?:(?:about|around|nearly|just|some)[ \t]+)?$/iu;

/**
 * "hurt at least 17 residents and sent over 2,600 from their homes", "shipped 4,120 vans to
 * Chile and 2,950 to Peru": a number with no noun of its own, in a clause joined
 * to one that counts a noun, counts that noun (the blind set's "elliptical number"). Only the
 * number right after, in the same sentence, and only when nothing else could have named its unit:
 * an age ("Ana Ruiz, 49,"), a score or a rate keeps none.
 */
function shareWithParallel(text: string, nums: Raw[]): void {
  for (let i = 1; i < nums.length; i++) {
    let a = nums[i - 1];
    const b = nums[i];
    // "eight wins from nine games, one ahead of Tolby", "on 31 points from 14 matches, three clear":
    // a margin counts what the standing counts, not the games it was earned in.
    if (i >= 2 && MARGIN_AFTER.test(text.slice(b.end, b.end + 20)) && /^[ \t]+[\p{L}-]+[ \t]+(?:from|in)[ \t]+$/u.test(text.slice(nums[i - 2].end, a.start))) a = nums[i - 2];
    // "made 245 in 50 overs, and Moru hit 88 in 61 balls", "sold 30 tractors in 2 days, and 12 on
    // the third": after a span that measures a figure, the next figure parallels that figure, not its span.
    else if (i >= 2 && /^(?:[ \t]+[\p{L}-]+)?[ \t]+in[ \t]+$/u.test(text.slice(nums[i - 2].end, a.start))) a = nums[i - 2];
    if (b.unit !== null || b.ownUnit || b.vague || a.unit === null || a.ownUnit || /^[A-Z]{3}$/u.test(a.unit)) continue;
    // ("took 11 jets in 2026, three fewer than planned": a year between is a date, not another count.)
    const between = text.slice(nums[i - 1].end, b.start);
    if (between.length > 100 || /[.!?;:]\s|\n/u.test(between) || /\d/u.test(between.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, '')) || !/(?:,|\b(?:and|but|while|whereas))[ \t]/u.test(between)) continue;
    // No noun after it: a preposition, a clause's end or "of them" follows ("on 31 points, three
    // ahead of the next side": a margin over a rival counts what the standing does; "controls 23 of
    // the 61 seats, eight short of control": so does a shortfall; "ships 300 crates to Lyon and 120
    // to ports on the coast").
    if (!/^(?:[ \t]+(?:in|at|from|on|for|with|by|across|into|to|of[ \t]+(?:them|those|these|which|whom)|last|this|were|was|had|have|are|more|fewer|less|ahead[ \t]+of|behind|clear[ \t]+of|adrift[ \t]+of|short[ \t]+of|shy[ \t]+of)\b|[ \t]*(?:[,.;)]|$))/u.test(text.slice(b.end, b.end + 20))) continue;
    const before = text.slice(Math.max(0, b.start - 16), b.start);
    if (AGE_BEFORE.test(before) || PERSON_AGE_BEFORE.test(before) || /\p{Lu}[\p{L}.'’-]*,[ \t]$/u.test(before) || /[-–][ \t]*$/u.test(before) || SCORE_AFTER.test(text.slice(b.end, b.end + 8))) continue;
    // "carried out 412 inspections … and found problems at 37": after a preposition the number
    // is another phrase's (places, here), not a second count of the first noun.
    // ("got four years, suspended for two": a span of time after "for" is another span of
    // the same unit.)
    const prep = /(?:^|[^\p{L}])(at|in|on|of|for|from|to|with|by|among|across|into|per)[ \t]+(?:(?:about|around|nearly|some|least|most|only|just)[ \t]+)*$/iu.exec(text.slice(Math.max(0, b.start - 30), b.start));
    if (prep && !(prep[1].toLowerCase() === 'for' && TIME_UNITS.has(a.unit))) continue;
    b.unit = a.unit;
  }
}

const MARGIN_AFTER = /^[ \t]+(?:ahead[ \t]+of|behind|clear[ \t]+of|clear\b|adrift[ \t]+of)/u;

// "Growers hold out for 85,000 rupiah while buyers offer 70,000 at most": a bare number of the same
// size as an amount of money just before it in the sentence, in a clause of its own, is the same
// money (a price set against a price). Only with no noun after it and a value within a factor of two.
function shareMoneyParallel(text: string, nums: Raw[]): void {
  for (let i = 1; i < nums.length; i++) {
    const [a, b] = [nums[i - 1], nums[i]];
    if (b.unit !== null || b.ownUnit || b.vague || b.words || a.unit === null || !/^[A-Z]{3}$/u.test(a.unit) || b.scale !== a.scale) continue;
    if (!(b.value >= a.value / 2 && b.value <= a.value * 2)) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 60 || /[.!?;:]\s|\n|\d/u.test(between) || !/\b(?:when|while|whereas|but|than|if|and)\b/u.test(between)) continue;
    if (!/^(?:[ \t]+(?:is|was|will|would|could|had|has|in|at|by|on|this|last|next)\b|[ \t]*(?:[,.;)"”]|$))/u.test(text.slice(b.end, b.end + 12))) continue;
    b.unit = a.unit;
  }
}

// "Tries: Ames 2, Bell. Conversions: Cole 3.", "Goals: Dunn 2, Eke": a plural noun and a colon
// head a tally of names, and a bare number after a name counts that noun (two tries). Not an agent
// noun ("Scorers: Ames 2"), which names the people listed, not what the number counts.
const LIST_HEADING = /(?:^|[.;\n]|[ \t][-–][ \t])[ \t]*(\p{Lu}\p{Ll}+):[ \t]+(?:[\p{L}\p{M}'’.\- \t]|,[ \t]|\d{1,2}(?=,))*?\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u;

function countListHeading(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.words || n.value > 99 || !/^(?:[ \t]*[,.;]|[ \t]*$|[ \t]*\n)/u.test(text.slice(n.end, n.end + 2))) continue;
    const from = Math.max(0, n.start - 120);
    const heading = LIST_HEADING.exec(text.slice(from, n.start));
    if (!heading) continue;
    // A tally leaves out the count of one ("Ames 2, Bell"): a list of several names that all have a
    // number ("Results: Rovers 27, Wolves 24", "Standings: …") gives values, not counts of the heading.
    const listStart = from + heading.index + heading[0].indexOf(':') + 1;
    const rest = text.slice(n.end, n.end + 120);
    const listEnd = n.end + (rest.search(/\n|[.;][ \t]+\p{Lu}\p{Ll}+:|$/u));
    const entries = text.slice(listStart, listEnd).split(/[,;]/u).filter((entry) => entry.trim() !== '');
    if (entries.length > 1 && entries.every((entry) => /\d/u.test(entry))) continue;
    const noun = heading[1].toLowerCase();
    const singular = normalizeUnit(noun, '');
    if (singular === noun || /(?:er|or)$/u.test(singular)) continue;
    n.unit = singular;
  }
}

/**
 * "Rainfall by town: ⏎ Kestrelby 41.5 millimetres ⏎ Orsa 38.2 ⏎ Tolby 29.0": under a heading that
 * ends in a colon, a list of lines each a name and a figure prints what its figures count or
 * measure on the first line only; the bare figures of the lines below count the same. Only lines
 * of a name and a figure alone, in one run from the first (blank lines between are skipped): a line
 * of another shape ends the list, and so does a label of one common English word ("Aged 14",
 * "Flat 4"), which is a field of a form, not a name of the list's.
 * One pass over the lines (each number found its line in one forward walk): the rule stays linear
 * in the document, and a text that opens with a line break is one more blank line.
 */
const LIST_ROW_NAME = String.raw`^[ \t]*(?:[-•*][ \t]+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t]+[\p{L}\p{M}'’.&-]+){0,3}[ \t]+`;
const BARE_LIST_ROW = new RegExp(`${LIST_ROW_NAME}[\\d,.]+[ \\t]*$`, 'u');
const FIRST_LIST_ROW = new RegExp(`${LIST_ROW_NAME}[\\d,.]+(?:[ \\t]+\\p{L}+){1,2}[ \\t]*$`, 'u');
const LIST_ROWS_HEADING = /:[ \t]*$/u;

function countListRows(text: string, nums: Raw[]): void {
  // The numbers of each line, in one forward walk over the lines and the numbers in text order.
  const order = [...nums].sort((a, b) => a.start - b.start);
  let next = 0;
  let unit: string | null = null;
  let afterHeading = false;
  for (let start = 0; start <= text.length; ) {
    const br = text.indexOf('\n', start);
    const end = br < 0 ? text.length : br;
    const inRow: Raw[] = [];
    while (next < order.length && order[next].start < end) {
      if (order[next].start >= start) inRow.push(order[next]);
      next++;
    }
    const line = text.slice(start, end).replace(/\r$/u, '');
    start = end + 1;
    // (Blank lines between the rows keep the list and the heading before it.)
    if (!line.trim()) continue;
    if (afterHeading && FIRST_LIST_ROW.test(line) && inRow.length === 1 && inRow[0].unit !== null) {
      unit = inRow[0].unit;
    } else if (unit !== null && BARE_LIST_ROW.test(line) && inRow.length === 1 && !isFormField(line) && isNameLabel(line)) {
      const n = inRow[0];
      if (n.unit === null && !n.ownUnit && !n.words && !text.slice(n.end, end).trim()) n.unit = unit;
    } else {
      unit = null;
    }
    afterHeading = LIST_ROWS_HEADING.test(line);
  }
}

/**
 * "Kelby 2.4 metres ⏎ Orsa 1.9 ⏎ Residents evacuated 400": a row's label must look like the list's
 * names, one word or every word capitalised; a label with a lower-case word ("UV index", "Seats
 * won") is a line of its own and ends the list.
 */
function isNameLabel(line: string): boolean {
  const label = line.replace(/^[ \t]*(?:[-•*][ \t]+)?/u, '').replace(/[ \t]*[\d,.]+[ \t]*$/u, '');
  return label.split(/[ \t]+/u).every((w) => /^\p{Lu}/u.test(w));
}

/** "Aged 14", "Flat 4": a row whose label is one common English word is a form's field, no name. */
function isFormField(line: string): boolean {
  const label = line.replace(/^[ \t]*(?:[-•*][ \t]+)?/u, '').replace(/[ \t]*[\d,.]+[ \t]*$/u, '');
  return !/\s/u.test(label) && isEnglishWord(label.toLowerCase());
}

/**
 * "Standings: Orsa 28 points from 12 games, Vale 25, Tolby Town 19": each later entry of a tally
 * (TALLY_BEFORE) counts what the first entry's figure counts (points), not what the nearest number
 * before it counts (games); no unit when the first figure has none.
 */
function countTallyEntries(text: string, nums: Raw[]): void {
  for (const n of nums) {
    // ("Channel 4 25": a number with the entry's own figure after it is part of the name.)
    if (n.ownUnit || n.words || /^[ \t]+\d/u.test(text.slice(n.end, n.end + 8))) continue;
    const before = text.slice(Math.max(0, n.start - 240), n.start);
    const name = /(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,4}$/u.exec(before);
    if (!name) continue;
    const tally = TALLY_BEFORE.exec(before.slice(0, name.index));
    if (!tally) continue;
    const colon = n.start - before.length + tally.index + tally[0].indexOf(':');
    const first = nums.find((m) => m.start > colon);
    if (first && first !== n) n.unit = first.unit;
  }
}

// "Palm oil prices (ringgit a tonne): ⏎ Feb 4,112 ⏎ March 4,095": a table's heading that names a
// currency before its colon gives that currency to the bare numbers of the lines under it, each a
// label and a number, and the previous one in brackets if the heading says so ("Closing prices
// (pesos, last week's in brackets): ⏎ Tiller Foods 41.20 (40.75)"). A currency noun that several
// countries share ("pesos", "francs", "riyals") is the story's own country's (localCurrency), and
// prices nothing when no country stands out: no unit rather than a guess.
const TABLE_ROW = /^[ \t]*\p{L}[\p{L}\p{M} .'’&-]{0,30}?[ \t]+[\d.,]+(?:[ \t]+\([\d.,]+\))?[ \t]*$/u;
const MAX_TABLE_ROWS = 12;
// The currency nouns several countries share, each the story's own country's (localCurrency); one
// list for SHARED_CURRENCY_NOUN here and BARE_CURRENCY_NOUN below, which adds the nouns of
// Scandinavia's crowns, the leu and "pound" (not here: a weight in "pence per pound").
const SHARED_CURRENCY_NOUNS = ['dollar', 'buck', 'peso', 'shilling', 'rupee', 'rial', 'riyal', 'dinar', 'franc', 'crown', 'kwacha', 'guilder'];
const SHARED_CURRENCY_NOUN = new RegExp(`^(${SHARED_CURRENCY_NOUNS.join('|')})s?$`, 'u');

function priceTable(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.words) continue;
    // (Rows are short: a number on a long line is no row, and looking costs a bounded window.)
    const head = text.slice(Math.max(0, n.start - 56), n.start);
    const lineStart = head.lastIndexOf('\n') >= 0 ? n.start - head.length + head.lastIndexOf('\n') + 1 : n.start <= 56 ? 0 : -1;
    const tail = /^[^\n]{0,16}?(?=\r?\n|$)/u.exec(text.slice(n.end, n.end + 17));
    if (lineStart < 0 || !tail || !TABLE_ROW.test(text.slice(lineStart, n.end + tail[0].length))) continue;
    let end = lineStart - 1;
    for (let k = 0; k <= MAX_TABLE_ROWS && end > 0; k++) {
      const window = text.slice(Math.max(0, end - 121), end);
      const cut = window.lastIndexOf('\n');
      if (cut < 0 && end > 121) break;
      const start = cut < 0 ? 0 : end - window.length + cut + 1;
      const line = text.slice(start, end);
      end = start - 1;
      if (!line.trim()) continue;
      if (TABLE_ROW.test(line)) continue;
      if (/:[ \t]*$/u.test(line)) {
        const words = line.toLowerCase().match(/\p{Ll}+/gu) ?? [];
        for (let w = 0; w < words.length; w++) {
          const shared = SHARED_CURRENCY_NOUN.exec(words[w])?.[1];
          const noun = shared === 'buck' ? 'dollar' : shared;
          const code = noun ? (localCurrency(text, noun) ?? DEFAULT_OF[noun]) : normalizeUnit(words[w], words[w - 1] ?? '');
          if (code && /^[A-Z]{3}$/u.test(code)) {
            n.unit = code;
            break;
          }
        }
      }
      break;
    }
  }
}

// "Other prices (previous close in brackets): ⏎ Tolvane Mills 412.00 (403.50) ⏎ Ardo Bank 76.00
// (77.00)": a list of names, each with a price and the previous one in brackets, under a heading
// that ends in a colon and names no currency, prices every row in one currency: the one the story
// gave a price of a listed name in before the list ("Tolvane Mills rose 2 percent to 412 som").
// A row is a name of up to 30 code points, a number and at most one bracketed number.
const SHARE_ROW = /^[ \t]*(\p{L}[\p{L}\p{M} .'’&-]{0,30}?)[ \t]+([\d.,]+)(?:[ \t]+\([\d.,]+\))?[ \t]*$/u;

function shareListCurrency(text: string, nums: Raw[]): void {
  let from = 0;
  for (const n of nums) {
    if (n.start < from || n.unit !== null || n.ownUnit || n.words) continue;
    const rows = listRowsAround(text, n.start);
    if (!rows) continue;
    from = rows.end;
    const inList = nums.filter((m) => m.start >= rows.start && m.end <= rows.end);
    // (A list some of whose numbers already have a unit is another kind of table.)
    if (inList.some((m) => m.unit !== null || m.ownUnit || m.words)) continue;
    let code: string | null = null;
    for (const [name, price] of rows.names) {
      code = currencyPricedAfter(text, name, price, nums, rows.headingStart);
      if (code) break;
    }
    if (code) for (const m of inList) m.unit = code;
  }
}

/**
 * The block of share rows (SHARE_ROW) that holds offset `at`, with the names the rows price and the
 * start of the heading line above them, which must end in a colon; null when `at` is on no such row.
 */
function listRowsAround(text: string, at: number): { start: number; end: number; headingStart: number; names: Array<[string, number]> } | null {
  // (A row is short: look for its line's ends in a bounded window, so a long line costs nothing.)
  const head = text.slice(Math.max(0, at - 48), at);
  const cut = head.lastIndexOf('\n');
  if (cut < 0 && at > 48) return null;
  const lineStart = at - head.length + cut + 1;
  const tail = text.slice(at, at + 32);
  const lineEnd = tail.indexOf('\n') >= 0 ? at + tail.indexOf('\n') : at + tail.length === text.length ? text.length : -1;
  if (lineEnd < 0 || !SHARE_ROW.test(text.slice(lineStart, lineEnd))) return null;
  const names: Array<[string, number]> = [];
  let start = lineStart;
  let headingStart = -1;
  // Up the lines, rows first, then the heading (blank lines between are skipped).
  for (let k = 0, end = lineStart - 1; k <= MAX_TABLE_ROWS && end > 0; k++) {
    const begin = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(begin, end);
    end = begin - 1;
    if (!line.trim()) continue;
    const row = SHARE_ROW.exec(line);
    if (row) {
      names.push(rowEntry(row));
      start = begin;
      continue;
    }
    if (/:[ \t]*$/u.test(line) && !/\d/u.test(line.replace(/\([^)]*\)/gu, ''))) headingStart = begin;
    break;
  }
  if (headingStart < 0) return null;
  let end = lineStart;
  for (let k = 0; k <= MAX_TABLE_ROWS && end < text.length; k++) {
    const close = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const row = SHARE_ROW.exec(text.slice(end, close));
    if (!row) break;
    names.push(rowEntry(row));
    end = close + 1;
  }
  return { start, end: Math.min(end, text.length), headingStart, names };
}

/** A share row's name and the price it lists ("Tolvane Mills 412.00 (403.50)" → Tolvane Mills, 412). */
function rowEntry(row: RegExpExecArray): [string, number] {
  return [row[1].trim(), Number(row[2].replace(/,/gu, ''))];
}

/**
 * The currency (ISO 4217) of the first amount of money that follows a mention of `name` before
 * offset `before` in the same sentence, within 80 code points ("Tolvane Mills rose 2 percent to
 * 412 som"); null when none does. The amount must be the row's price within a factor of two (a
 * day's move, or the last close): money the name paid or was paid ("Tolvik Rovers sold a striker
 * for 2 million pounds" above "Standings: ⏎ Tolvik Rovers 24 (21)") prices nothing in the list.
 */
function currencyPricedAfter(text: string, name: string, price: number, nums: Raw[], before: number): string | null {
  if (name.length < 3) return null;
  for (const m of text.slice(0, before).matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))) {
    const nameEnd = m.index + m[0].length;
    const amount = nums.find((k) => k.start >= nameEnd && k.start - nameEnd <= 80 && k.end <= before && !/[.!?;]\s|\n/u.test(text.slice(nameEnd, k.start)) && k.unit !== null && /^[A-Z]{3}$/u.test(k.unit) && k.value <= 2 * price && 2 * k.value >= price);
    if (amount) return amount.unit;
  }
  return null;
}

/**
 * "A revolt by three councillors … said Ann Roe, one of the three": a bare number after "one of
 * the" counts what the same number counted before it. "The fare rose to 90 pesos. Who pays that
 * 15 extra?", "those 12 were freed": a
 * demonstrative before a bare number points back to an amount already named, so the number counts
 * what the nearest number before it in its paragraph counts.
 */
function referBack(text: string, nums: Raw[]): void {
  for (let i = 1; i < nums.length; i++) {
    const n = nums[i];
    if (n.unit !== null || n.ownUnit || n.vague) continue;
    // "A revolt by three councillors … said Ann Roe, one of the three": "the" before a bare
    // number names a group already counted, so it counts what that same number counted.
    // ("arrested 14 people … remanded all 14 in custody": "all" before a bare number is that group again.)
    if (/(?:^|[^\p{L}])(?:(?:one|two|three|some|all|each|both|most|none|any|many|several|\d+)[ \t]+of[ \t]+the|all(?:[ \t]+the)?)[ \t]+$/iu.test(text.slice(Math.max(0, n.start - 24), n.start))) {
      for (let k = i - 1; k >= 0 && n.start - nums[k].end <= 1500; k--) {
        if (nums[k].unit !== null && nums[k].exact === n.exact && !nums[k].ownUnit) {
          n.unit = nums[k].unit;
          break;
        }
      }
      // "Two of the five were foreign": the part counts what the whole does.
      const part = nums[i - 1];
      if (n.unit !== null && part.unit === null && /^[ \t]+of[ \t]+the[ \t]+$/iu.test(text.slice(part.end, n.start))) part.unit = n.unit;
      continue;
    }
    // "holds 170 of the 350 seats, short of the 176 needed for a majority": "the" and a bare
    // number that is needed, required or allowed is a threshold of what the sentence counts.
    if (/(?:^|[^\p{L}])the[ \t]+$/iu.test(text.slice(Math.max(0, n.start - 5), n.start)) && /^[ \t]+(?:needed|required|necessary|allowed|permitted)\b/iu.test(text.slice(n.end, n.end + 12))) {
      for (let k = i - 1; k >= 0 && n.start - nums[k].end <= 200 && !/[.!?;]\s|\n/u.test(text.slice(nums[k].end, n.start)); k--) {
        if (nums[k].unit !== null && !nums[k].ownUnit) {
          n.unit = nums[k].unit;
          break;
        }
      }
      continue;
    }
    // "the fourth brother eats more than the other three": "the other" and a bare number are the rest
    // of a set whose member the sentence named with an ordinal.
    const other = /(?:^|[^\p{L}])the[ \t]+other[ \t]+$/iu.test(text.slice(Math.max(0, n.start - 12), n.start)) && /^(?:[ \t]*[,.;:!?)"”’]|[ \t]+(?:were|are|was|is|had|have|will|would|could|did|do|in|at|on|of|to|from|for|and|or|\p{Ll}+ed)\b)/u.test(text.slice(n.end, n.end + 16));
    const sentence = text.slice(Math.max(0, n.start - 200), n.start).split(/[.!?]["”’]?\s|\n/u).pop() ?? '';
    const member = other ? /\b[Tt]he[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)[ \t]+(\p{Ll}{3,})\b/u.exec(sentence) : null;
    if (member) {
      n.unit = normalizeUnit(member[1], '');
      continue;
    }
    // ("recovered nine of the panels …; the other three were never found": the rest of a set counted before.)
    if (!other && !/(?:^|[^\p{L}])(?:that|this|those|these)[ \t]+$/iu.test(text.slice(Math.max(0, n.start - 8), n.start))) {
      // "The fee would go up to K8,000. “When it goes up to eight thousand, we will move”": a bare
      // amount of a hundred or more that repeats one named shortly before (in any form) is that
      // amount again. Only with no noun after it ("7,000 people" counts its own).
      if (n.value < 100 || !/^(?:[ \t]*[,.;:!?)"”’]|[ \t]+(?:a|an|per|each|for|in|on|to|from|and|or|but|I|we|you|he|she|they|it)\b)/u.test(text.slice(n.end, n.end + 8))) continue;
      for (let k = i - 1; k >= 0 && k >= i - 20 && n.start - nums[k].end <= 600; k--) {
        if (nums[k].exact === n.exact && nums[k].unit !== null) {
          n.unit = nums[k].unit;
          break;
        }
      }
      continue;
    }
    for (let k = i - 1; k >= 0 && n.start - nums[k].end <= 300 && !/\n/u.test(text.slice(nums[k].end, n.start)); k--) {
      if (nums[k].unit !== null) {
        n.unit = nums[k].unit;
        break;
      }
    }
  }
}

// "Ten years ago 200 families farmed the valley. Now there are fewer than 50", "a ward built for
// 12 beds in 1990. It now has about 30": a bare number that ends its clause after "now there are"
// or "now" and a verb ("has", "sees") sets today's figure against one the paragraph gave before,
// and counts what that one counted. Only a counted noun: a measure, a currency or a percentage
// before ("It now stands at 4,200" after "rose 5 percent") is no set that "now" counts again, and
// "Now 71, he …" (an age) has no verb. A verb of place in a table or of measure ("it now ranks 3",
// "now weighs 9") gives a rank or a measure, no count.
const NOW_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:now[ \t]+there[ \t]+(?:are|is|remain)|there[ \t]+(?:are|remain)[ \t]+now|now[ \t]+(?!(?:is|are|was|were|aged?|turns|has[ \t]+been|ranks|sits|lies|leads|trails|weighs|measures|costs)\b)\p{Ll}{2,}s(?:[ \t]+at)?)[ \t]+(?:(?:${HEDGE}|only|just|barely)[ \t]+)?$`, 'iu');
const CLAUSE_END_AFTER = /^(?:[ \t]*[,.;:!?)"”’]|[ \t]+(?:according|today|left|remaining)\b|[ \t]*$)/u;

function countNowBack(text: string, nums: Raw[]): void {
  for (let i = 1; i < nums.length; i++) {
    const n = nums[i];
    if (n.unit !== null || n.ownUnit || n.vague || !NOW_BEFORE.test(text.slice(Math.max(0, n.start - 48), n.start)) || !CLAUSE_END_AFTER.test(text.slice(n.end, n.end + 12))) continue;
    // The nearest number before it in its paragraph that has a unit, within 300 code points.
    for (let k = i - 1; k >= 0 && n.start - nums[k].end <= 300 && !/\n/u.test(text.slice(nums[k].end, n.start)); k--) {
      const unit = nums[k].unit;
      if (unit === null) continue;
      if (!/^[A-Z]{3}$/u.test(unit) && !MEASURE_NOUNS.has(unit) && unit !== 'percentage point') n.unit = unit;
      break;
    }
  }
}

/**
 * "The coach has trained boxers for two decades. Three of them went to the Games": a bare number
 * before "of them" counts what "them" stands for, the nearest plural noun before it, in its own
 * sentence or the one before (same paragraph). Runs after the same-sentence rules ("12 horses,
 * and four of them" is shareWithParallel's), so only numbers still without a unit are touched.
 */
function countThemBack(doc: SegmentedDocument, nums: Raw[]): void {
  const { text, tokens } = doc;
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.vague || !/^[ \t]+of[ \t]+them\b/iu.test(text.slice(n.end, n.end + 12))) continue;
    const first = tokenAt(tokens, n.start);
    const sentence = tokens[first]?.sentence;
    if (sentence === undefined) continue;
    const candidates: number[] = [];
    for (let k = first - 1; k >= 0 && tokens[k].sentence >= sentence - 1 && !/\n/u.test(text.slice(tokens[k].end, n.start)); k--) {
      const t = tokens[k];
      // ("Lowden has 12,000 taxis": a noun counted by a number is plural whatever the tagger says.)
      // A unit of measure or time is no set "them" picks from ("run the bakery for decades. Two of them").
      if ((t.tags.has('Plural') || tokens[k - 1]?.tags.has('Value')) && isNoun(t) && /^\p{Ll}{3,}$/u.test(t.text) && !MEASURE_NOUNS.has(singularize(t.normal))) candidates.push(k);
    }
    // "Police arrested six men after the raid on the warehouses. Two of them …": a counted plural is
    // the set; with none counted, only a sole plural is ("delivered blankets to the shelters. Three
    // of them …" names no set a reader can be sure of).
    const counted = candidates.find((k) => tokens[k - 1]?.tags.has('Value') || (tokens[k - 1]?.normal === 'of' && tokens[k - 2]?.tags.has('Value')));
    const k = counted ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (k !== undefined) n.unit = normalizeUnit(tokens[k].normal, tokens[k - 1]?.normal ?? '');
  }
}

// "Gas leak sends four to hospital ⏎ Four workers were taken to hospital", "Magistrates bail five
// after harbour brawl ⏎ … five fishermen": a headline's count with a preposition right
// after it counts what the story's same number counts, the first time the story gives that number
// a noun. (Only before a preposition: the blind conventions leave "Landslide buries 19, search goes on"
// without a unit.)
const HEADLINE = /^[ \t]*([^\n]{8,120}?)[ \t]*\r?\n/u;
const NO_NOUN_AFTER = /^[ \t]+(?:in|at|on|over|after|as|for|from|to|into|near|amid|across|with|without)\b/iu;
const HEADLINE_PASSIVE_AFTER = /^[ \t]+(?:\p{L}+ed|held|hurt|hit|shot|caught|taken|slain|stabbed|freed|found)[ \t]*\r?\n$/iu;

function countHeadline(text: string, nums: Raw[]): void {
  const headline = HEADLINE.exec(text);
  if (!headline || /[.!?"”]$/u.test(headline[1])) return;
  const end = headline.index + headline[0].length;
  for (const n of nums) {
    if (n.start >= end) break;
    // ("Loan App Racket, 14 Held", "Bus Crash: 3 Killed": a passive participle ending the headline
    // says the number is its subject, as a preposition says no noun follows.)
    if (n.ownUnit || n.vague || !(NO_NOUN_AFTER.test(text.slice(n.end, Math.min(end, n.end + 12))) || HEADLINE_PASSIVE_AFTER.test(text.slice(n.end, end)))) continue;
    const same = nums.find((m) => m.start >= end && m.start - end <= 1500 && m.value === n.value && m.unit !== null && !m.ownUnit && !/^[A-Z]{3}$/u.test(m.unit));
    if (same) n.unit = same.unit;
  }
}

// "was third in 20.41", "finished fifth in 1:59.32": the time a place in a race was run in.
const PLACE_IN_BEFORE = /(?:^|[^\p{L}])(?:won|finished|ran|clocked|swam|timed|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)[ \t]+in[ \t]+$/iu;
// "Men's 400 metres:", "Women's 100m:", "200m freestyle:": a results line of a race.
const RACE_LINE = /^[^\n:]*\b\d[\d,]*[ \t]?(?:m|metres|meters|km|kilometres|kilometers|miles?)\b[^\n:]*:/iu;

/**
 * "Ana Ruiz was third in 20.41", "Men's 200 metres: Ana Ruiz (Peru) 19.95, …": a race's times are
 * written in seconds with hundredths and no unit; a bare number with two decimals after a place
 * in the race, or on a race's results line, is seconds.
 */
function timeRaces(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.words || !/^\d{1,3}\.\d{2}$/u.test(text.slice(n.start, n.end)) || text[n.start - 1] === '$') continue;
    const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
    if (PLACE_IN_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) || RACE_LINE.test(text.slice(lineStart, n.start))) n.unit = 'second';
  }
}

// "Women's javelin ⏎ 1. Ana Ruiz (Peru) 64.18": the marks of the throws and jumps are distances in
// metres, as athletics results print them under the event's heading.
const FIELD_EVENT = /\b(?:javelin|discus|hammer|shot[ \t]?put|high[ \t]+jump|long[ \t]+jump|triple[ \t]+jump|pole[ \t]+vault)\b/iu;

function measureFieldEvents(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.words || !/^\d{1,3}\.\d{2}$/u.test(text.slice(n.start, n.end))) continue;
    // The mark ends its line, and the nearest line above with no digit in it is the event's heading.
    if (!/^[ \t]*(?:\r?\n|$)/u.test(text.slice(n.end, n.end + 4))) continue;
    let lineEnd = text.lastIndexOf('\n', n.start - 1);
    for (let k = 0; k < 12 && lineEnd > 0; k++) {
      const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      const line = text.slice(lineStart, lineEnd);
      lineEnd = lineStart - 1;
      if (!line.trim() || /\d/u.test(line)) continue;
      if (line.length <= 60 && FIELD_EVENT.test(line)) n.unit = 'meter';
      break;
    }
  }
}

// "hit five three-pointers", "a two-seater", "three-wheelers": a number joined by a hyphen to an
// agent noun in "-er" names a kind of thing (a shot worth three, a car with two seats), not a
// quantity, so it is no number; a number before such a noun counts it ("five three-pointers" →
// three-pointer). The nouns are the ones English builds this way on a count of parts.
const NUMBERED_NOUN = String.raw`(?:pointer|seater|wheeler|decker|hander|master|bagger|banger)`;
const NUMBERED_NOUN_AFTER = new RegExp(`^-${NUMBERED_NOUN}s?(?![\\p{L}])`, 'iu');
const NUMBERED_NOUN_COUNTED = new RegExp(`^[ \\t]+((?:${NUMBER_WORDS_SOURCE}|\\d{1,2})-${NUMBERED_NOUN})s?(?![\\p{L}])`, 'iu');

/** True when the number is the first part of a numbered noun ("three" in "three-pointer"). */
function isNumberedNoun(text: string, raw: Raw): boolean {
  return NUMBERED_NOUN_AFTER.test(text.slice(raw.end, raw.end + 12));
}

/** "five three-pointers": a number right before a numbered noun counts that noun. */
function countNumberedNouns(text: string, nums: Raw[]): void {
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    const next = nums[i + 1];
    if (n.unit !== null && !(next && next.start - n.end <= 2 && isNumberedNoun(text, next))) continue;
    const noun = NUMBERED_NOUN_COUNTED.exec(text.slice(n.end, n.end + 24));
    if (noun) n.unit = noun[1].toLowerCase();
  }
}

/**
 * "1. Ana Ruiz (Peru) 64.18", "2) The council …": a number that opens its line before a full stop
 * or a bracket and a capital is the item's place in a list, an ordinal, not a quantity.
 */
function isListPosition(text: string, raw: Raw): boolean {
  if (raw.words || raw.ownUnit || !/^\d{1,2}$/u.test(text.slice(raw.start, raw.end))) return false;
  if (!/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, raw.start - 8), raw.start))) return false;
  return /^[.)][ \t]+\p{Lu}/u.test(text.slice(raw.end, raw.end + 4));
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

/**
 * "Vekla's headcount dropped by 1,730 to 96,400", "a headcount of 5,000": a headcount is the
 * number of people an organisation employs, so the bare numbers it is given count employees.
 */
const HEADCOUNT_STEP = String.raw`(?:fell|rose|grew|shrank|dropped|declined|increased|decreased|climbed|was|stood|stands|is|of|by|to|at|from|reached|hit|\d[\d,.]*|(?:about|around|nearly|some|almost|roughly))\b`;
const HEADCOUNT_PLACE = String.raw`[ \t]+(?:at|in|across|of)(?:[ \t]+[\p{L}\p{N}'’-]+){1,4}?`;
const HEADCOUNT_BEFORE = new RegExp(`\\bhead[ -]?counts?\\b(?:${HEADCOUNT_PLACE}(?:[ \\t]+${HEADCOUNT_STEP})+|(?:[ \\t]+${HEADCOUNT_STEP})*)[ \\t]+$`, 'iu');

function countHeadcount(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.ownUnit || n.vague) continue;
    const clause = text.slice(Math.max(0, n.start - 60), n.start).split(/[.!?;]\s|\n|,[ \t]/u).pop() ?? '';
    // ("Headcount at its three mills fell to 900": a place after the noun, when a verb follows it.)
    if (HEADCOUNT_BEFORE.test(clause)) n.unit = 'employee';
  }
}

/**
 * "a further US$ 2 billion, after the three billion paid last year": a bare "N million/
 * billion" with no noun of its own, shortly after an amount of money in the same sentence, is
 * money in that currency.
 */
function carryCurrency(text: string, nums: Raw[]): void {
  for (let i = 1; i < nums.length; i++) {
    const n = nums[i];
    const prev = nums[i - 1];
    // "seeks a rise of 12 million euros. The board has offered 8 million.", "she paid 3,000
    // yen a week. Now I will pay 3,600.", "This was 200 shillings a kilo. Now the trader pays me 80.":
    // a bare amount that a verb of paying governs (with its hearer or not), in the
    // paragraph of an amount of money, is money in that currency.
    if (n.unit === null && !n.ownUnit && !n.vague && MONEY_VERB_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) && /^(?:[ \t]*(?:[,.;:!?)"”]|$)|[ \t]+(?:a|an|per|each|for|in|on|to|from|last|this|next|over)\b)/u.test(text.slice(n.end, n.end + 8))) {
      for (let k = i - 1; k >= 0 && n.start - nums[k].end <= 300 && !/\n/u.test(text.slice(nums[k].end, n.start)); k--) {
        // (A conversion in brackets, "($4.6 million)", is no currency the story pays in.)
        if (isConversion(text, nums, k)) continue;
        if (nums[k].unit !== null && /^[A-Z]{3}$/u.test(nums[k].unit!)) {
          // "NAIROBI — A kilo costs $2 in the shops. The trader pays me 80.": from another sentence,
          // only the story's own currency carries over; a foreign one is no evidence for a bare
          // amount a local speaker names (no unit rather than a guess). An amount of the same
          // scale word parallels it ("a rise of 12 million euros. The board has offered 8 million.").
          // ("Last season it was 240 shillings a sack. Now the agent pays me 130.": a currency
          // noun that several countries share was read as the story's own, and carries.)
          const otherSentence = /[.!?]["”’']?\s/u.test(text.slice(nums[k].end, n.start));
          const parallel = n.scale >= 3 && n.scale === nums[k].scale;
          // ("COLOMBO — In India a kilo costs 100 rupees. Here the shop pays me 95.": not when the
          // amount's own sentence names a country, whose currency it then is, not the story's.)
          const noun = BARE_CURRENCY_NOUN.exec(text.slice(nums[k].end, nums[k].end + 40))?.[1];
          const ownSentence = text.slice(Math.max(0, text.slice(0, nums[k].start).search(/[^.!?\n]*$/u)), nums[k].end);
          const sharedNoun = noun !== undefined && !/^(?:dollar|buck)/u.test(noun) && countriesNamedIn(ownSentence).length === 0;
          if (!otherSentence || parallel || sharedNoun || isDocumentCurrency(text, nums[k].unit!) !== false) n.unit = nums[k].unit;
          break;
        }
      }
      if (n.unit !== null) continue;
    }
    if (n.unit !== null || n.scale < 6) continue;
    // "climbed to 61.2 million lari ($22.7 million), from 48.5 million": an amount in brackets
    // right after another amount is its conversion, and the bare amount after both parallels the
    // one converted, the story's own figure.
    const carried = isConversion(text, nums, i - 1) ? nums[i - 2] : prev;
    if (carried.unit === null || !/^[A-Z]{3}$/u.test(carried.unit)) continue;
    const between = text.slice(carried.end, n.start);
    if (between.length > 150 || /[.!?]\s|\n/u.test(between)) continue;
    n.unit = carried.unit;
  }
}

/** nums[k] is a conversion in brackets of the amount of money just before it: "5 million manats ($2.9 million)". */
function isConversion(text: string, nums: readonly Raw[], k: number): boolean {
  if (k < 1) return false;
  const [before, amount] = [nums[k - 1], nums[k]];
  if (before.unit === null || amount.unit === null || before.unit === amount.unit || !/^[A-Z]{3}$/u.test(before.unit) || !/^[A-Z]{3}$/u.test(amount.unit)) return false;
  return /^[ \t]*(?:\p{L}+[ \t]*)?\([ \t]*$/u.test(text.slice(before.end, amount.start)) && /^[ \t]*(?:\p{L}+[ \t]*)?\)/u.test(text.slice(amount.end, amount.end + 24));
}

// "sells for", "priced at", "a fine of", "shares … rose to": words that make the amount after them a price.
// ("sells in London for nine pounds", "sold at auction for": a place phrase may stand between.)
const PRICE_BEFORE = /(?:(?:^|[^\p{L}])(?:sells?|sold|selling|goes|went|going|priced|retails?|retailed|trades?|traded|trading|valued)(?:[ \t]+(?:in|at|on)[ \t]+(?:the[ \t]+)?[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})?[ \t]+(?:for|at)|(?:^|[^\p{L}])(?:price|prices|fine|fee|fees|fare|fares|salary|wage|wages|bill|rent|tariff)[ \t]+of|\bshares?\b(?:[^.!?;\n]|\.(?=\d)){0,60}?\b(?:to|at))[ \t]+(?:(?:about|around|nearly|almost|roughly|some|only|just|over|under|up[ \t]+to|more[ \t]+than|less[ \t]+than|at[ \t]+least)[ \t]+)*$/iu;

function isPrice(text: string, raw: Raw): boolean {
  const before = text.slice(Math.max(0, raw.start - 80), raw.start);
  return MONEY_VERB_BEFORE.test(before) || PRICE_BEFORE.test(before);
}

const MONEY_VERB_BEFORE = /(?:^|[^\p{L}])(?:spend|spends|spent|spending|pay|pays|paid|paying|offer|offers|offered|offering|cost|costs|costing|earn|earns|earned|earning|owe|owes|owed|owing|charge|charges|charged|charging|lend|lends|lent|lending|borrow|borrows|borrowed|borrowing|donate|donates|donated|fetch|fetches|fetched|bid|bids|bidding)(?:[ \t]+(?:me|us|him|her|them|you))?[ \t]+(?:(?:about|around|nearly|almost|roughly|some|another|only|just|over|under|up[ \t]+to|more[ \t]+than|less[ \t]+than|at[ \t]+least|as[ \t]+much[ \t]+as)[ \t]+)*$/iu;

// A bare "$" or "Rs", or a currency noun with no country of its own after the amount: "$410,000"
// in a story datelined Calgary, "5 million pesos" in one from Manila, "3.1 billion shillings" in
// one from Nairobi, "450 million rials" in one from Muscat, "4.5 billion crowns" in one from
// Prague. "US$", "Canadian dollars", "Mexican pesos", "Swedish crowns" keep theirs. The nouns are
// those that several countries' ISO 4217 names share (and "crown", the English of koruna, krona
// and krone): one country's own noun ("cedis", "zloty") needs no country.
// ("took 300 bucks" in a story from Brisbane: the slang of the local dollar.)
// ("1,800 CFA francs": the franc of the West or Central African union, by the story's country.)
// ("savings fell to 48 million pounds" in a story from Cairo: Egyptian pounds; "pounds sterling" never moves.)
// ("closed at 41.50 guilders" in a story from Willemstad: the Caribbean guilder.)
const BARE_CURRENCY_NOUN = new RegExp(String.raw`^(?:[ \t]+|-)(?:\p{Ll}[\p{Ll}-]*[ \t]+|CFA[ \t]+)?(${[...SHARED_CURRENCY_NOUNS, 'kroner', 'kronur', 'krónur', 'kronor', 'krona', 'krone', 'leu', 'lei'].join('|')}|pound(?=s?(?![\p{L}])(?![ \t]+sterling)))s?(?![\p{L}])`, 'u');
// What each noun means with no country to go by (a noun, not a code, when no one currency has the name).
const DEFAULT_OF: Record<string, string> = {
  dollar: 'USD', peso: 'MXN', shilling: 'shilling', rupee: 'INR', rial: 'rial', riyal: 'SAR', dinar: 'dinar', franc: 'franc', crown: 'crown',
  kwacha: 'kwacha', pound: 'GBP', leu: 'RON',
  // (The Caribbean guilder of Curaçao and Sint Maarten, and the Dutch and Surinamese guilders before the euro and the dollar.)
  guilder: 'guilder',
};

// "Brent rose to $63.10 a barrel", "gold at $2,650 an ounce": oil and precious metals are priced
// in US dollars on every market, so a dollar price per barrel or ounce is USD wherever the story
// is filed ("$1.80 a litre" at a Canadian pump stays local).
const DOLLAR_BENCHMARK_AFTER = /^[ \t]+(?:a|an|per)[ \t]+(?:troy[ \t]+)?(?:barrel|ounce)\b/iu;

// "The franc climbed to 0.917 per dollar", "the rupee closed at 83.21 to the dollar": an exchange rate
// is the price of the other currency in the one the clause is about, so the number is in the
// currency named as "the yen", "the rupee" before it in its sentence.
const RATE_AGAINST = /^[ \t]+(?:per|to[ \t]+the|to[ \t]+one|against[ \t]+the|versus[ \t]+the|a)[ \t]+(?:u\.?s\.?[ \t]+|american[ \t]+|single[ \t]+)?(dollar|euro|pound|yen|yuan|franc|sterling|greenback|currency)\b/iu;

// "The dram eased against the dollar in late trade at 391.20", "the rand weakened against the
// euro to 20.15": the other currency named before the level, which the number follows after "at",
// "to" or "of" (a hedge between: "at about 83"), in the same clause.
const RATE_AGAINST_BEFORE = /(?:^|[^\p{L}])(?:against|versus|to)[ \t]+the[ \t]+(?:u\.?s\.?[ \t]+|american[ \t]+|single[ \t]+)?(dollar|euro|pound|yen|yuan|franc|sterling|greenback)(?![\p{L}])[^.;!?\n\d]{0,60}?[ \t](?:at|to|of)[ \t]+(?:(?:about|around|nearly|roughly|some|just[ \t]+(?:over|under)|a[ \t]+record|a[ \t]+low[ \t]+of|a[ \t]+high[ \t]+of)[ \t]+)?$/iu;

function quoteExchangeRates(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== null || n.words) continue;
    const after = RATE_AGAINST.exec(text.slice(n.end, n.end + 40));
    const window = text.slice(Math.max(0, n.start - 120), n.start);
    const before = after ? null : RATE_AGAINST_BEFORE.exec(window);
    const against = after ?? before;
    if (!against) continue;
    // The clause before the number, back to its sentence's start (and, for a currency named before
    // the level, back to the words that name it).
    const clause = (before ? window.slice(0, before.index) : window).split(/[.!?;]\s|\n/u).pop() ?? '';
    let found: string | null = null;
    // "the yen", "the Indian rupee", "the Swiss franc": one word, or a country's word and the noun.
    for (const m of clause.matchAll(/(?:^|[^\p{L}])[Tt]he[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?/gu)) {
      const first = m[1].toLowerCase();
      const pair = m[2] ? normalizeUnit(m[2].toLowerCase(), first) : '';
      // ("The peso eased to 912.35 per dollar" in a story from Antofagasta: the country's peso.)
      // ("The manat stayed at 1.64 to the dollar" in a story from Baku: a word of the name of the
      // story's own currency, though two countries' money has it.)
      const own = normalizeUnit(first, '');
      const code = /^[A-Z]{3}$/u.test(pair) ? pair : DEFAULT_OF[first] ? (localCurrency(text, first) ?? own) : /^[A-Z]{3}$/u.test(own) || first.length < 4 ? own : (localCurrency(text, first) ?? own);
      if (/^[A-Z]{3}$/u.test(code)) found = code;
    }
    const other = normalizeUnit(against[1].toLowerCase(), '');
    // ("The euro rose against the dollar to 1.12", "the dollar rose against the yen to 151.20": a
    // currency the market quotes as the base of the pair, in the convention's order of bases EUR,
    // GBP, AUD, NZD, USD, is priced in the other one, so its level is no amount of its own money.)
    // ("The euro stood at 0.86 against the pound", "the dollar was at 151 versus the yen": so is a
    // base's level with the other currency named after it; "per dollar" names what one unit costs.)
    if ((before || !/^[ \t]+(?:per|a)[ \t]/u.test(against[0])) && found && QUOTE_BASES.includes(found) && (!QUOTE_BASES.includes(other) || QUOTE_BASES.indexOf(found) < QUOTE_BASES.indexOf(other))) continue;
    if (found && found !== other) n.unit = found;
  }
}

/** The market's order of base currencies in a pair (EUR/USD, GBP/USD, USD/JPY): each one before is quoted in the ones after it and in all others. */
const QUOTE_BASES = ['EUR', 'GBP', 'AUD', 'NZD', 'USD'];

// A dateline that opens a line ("COLOMBO —", "KANDY, Sri Lanka (Wire) -"): the place it names is
// where the story was filed, not where its money is.
const DATELINE_OPENING = new RegExp(String.raw`^[ \t]*${DATELINE_TOWN}(?:,[^\n—–]{0,60}?)?[ \t]*[—–-][ \t]+`, 'u');

/**
 * The currency named `word` ("rupee", "peso") of the one country the sentence around an amount
 * names (by a country's or a city's name) that has a currency of that name; null when the
 * sentence names none or more than one such country.
 */
function sentenceCurrency(text: string, n: Raw, word: string): string | null {
  const before = text.slice(Math.max(0, n.start - 200), n.start);
  const start = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(/[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu)].map((m) => m.index + m[0].length - 1));
  const after = text.slice(n.end, n.end + 200);
  const end = after.search(/[.!?](?:\s|$)|\n/u);
  const sentence = withoutOrigins(`${before.slice(start + 1).replace(DATELINE_OPENING, '')} ${end >= 0 ? after.slice(0, end) : after}`);
  const codes = new Set<string>();
  for (const country of countriesNamedIn(sentence, documentCountry(text))) {
    const code = localCurrency(text, word, country);
    if (code) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0] : null;
}

// "A trader from Kenya paid 2,000 shillings in Kampala", "Ada Obi, who grew up in Ghana, paid
// 5,000 francs": where a person or a thing comes from, and a clause about someone closed by
// commas, say nothing about where the money changed hands; the places they name are left out of
// the sentence whose country prices a shared currency noun.
const ORIGIN_PLACE = /(?<![\p{L}])(?:from|born[ \t]+in|grew[ \t]+up[ \t]+in|raised[ \t]+in|natives?[ \t]+of)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}/gu;
const CLOSED_RELATIVE = /,[ \t]+(?:who|which)[ \t][^,;.!?\n]*,/gu;

/** The sentence with its origin phrases and closed who/which clauses blanked (offsets kept). */
function withoutOrigins(sentence: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return sentence.replace(CLOSED_RELATIVE, blank).replace(ORIGIN_PLACE, blank);
}

/** True when the text writes an amount with a dollar prefix of the currency's own ("NT$950", "HK$ 5"). */
function writesOwnPrefix(text: string, code: string): boolean {
  for (const [prefix, c] of Object.entries(CURRENCY_PREFIXES)) {
    if (c !== code || !prefix.endsWith('$') || prefix === '$') continue;
    if (new RegExp(`(?<![\\p{L}])${escapeRegExp(prefix)}[ \\t]?\\d`, 'u').test(text)) return true;
  }
  // ("CI$14.30 … fixed at $1.20": letters before "$" that no list names print the story's own dollar.)
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(${OTHER_DOLLAR_SIGN})[ \\t]?\\d`, 'gu'))) {
    if (!(m[1] in CURRENCY_PREFIXES) && localCurrency(text, 'dollar') === code && lettersAbbreviateCurrency(m[1].slice(0, -1), code)) return true;
  }
  return false;
}

/**
 * The ISO 4217 code of the one dollar other than the US dollar that the text names by its country
 * ("Fiji dollar", "New Zealand dollars") before offset `end` (code points); null when it names none,
 * two different ones, or the US dollar too ("US dollars", "American dollars").
 */
function dollarNamedBefore(text: string, end: number): string | null {
  if (namedDollars.text !== text) {
    const found: { end: number; code: string }[] = [];
    for (const m of text.matchAll(/(?:(\p{L}+)[ \t]+)?(\p{L}+|U\.S\.)[ \t]+dollars?(?![\p{L}])/gu)) {
      const code = /^(?:us|u\.s\.|american)$/iu.test(m[2]) ? 'USD' : normalizeUnit('dollar', m[2].toLowerCase(), m[1]?.toLowerCase() ?? '');
      // ("a million dollars" names no country: a bare dollar is no evidence either way.)
      if (code === 'USD' && !/^(?:us|u\.s\.|american|states)$/iu.test(m[2])) continue;
      if (/^[A-Z]{3}$/u.test(code)) found.push({ end: m.index + m[0].length, code });
    }
    namedDollars = { text, found };
  }
  const codes = new Set(namedDollars.found.filter((f) => f.end <= end).map((f) => f.code));
  return codes.size === 1 && !codes.has('USD') ? [...codes][0] : null;
}
// The last text asked about and its named dollars (the number rules ask once per amount).
let namedDollars: { text: string | null; found: { end: number; code: string }[] } = { text: null, found: [] };

function localizeCurrencies(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit === null) continue;
    const sign = /^\$/u.test(text.slice(n.start, n.start + 1));
    const nounMatch = BARE_CURRENCY_NOUN.exec(text.slice(n.end, n.end + 40));
    const noun = nounMatch && /^kr/u.test(nounMatch[1]) ? 'crown' : nounMatch?.[1] === 'lei' ? 'leu' : nounMatch?.[1];
    const word = sign ? 'dollar' : /^Rs\.?[ \t]?\d/u.test(text.slice(n.start, n.start + 5)) ? 'rupee' : noun === 'buck' ? 'dollar' : noun;
    // ("REYKJAVIK — … costs 1,500 krona": krona is Sweden's and Iceland's, krone Norway's and
    // Denmark's; the Swedish and Norwegian readings are only the defaults, which the story's
    // country overrides as it does a crown's.)
    const crownDefault = word === 'crown' && /^(?:SEK|NOK)$/u.test(n.unit);
    if (!word || (DEFAULT_OF[word] !== n.unit && !crownDefault)) continue;
    if (word === 'dollar' && DOLLAR_BENCHMARK_AFTER.test(text.slice(n.end, n.end + 24))) continue;
    // "a fine of 80,000 crowns" in a story filed from Brussels about Sweden: a noun with no
    // currency of its own by default, which the dateline's country does not use, is the currency
    // of that name of the country the story is about.
    // "Bakers in Buenos Aires … 4,500 pesos", "traders in Douala paid 25,000 CFA francs": a noun
    // that several countries' currencies share is the one of the only such country the story names,
    // even once; a default ("pesos" are Mexican) is no evidence against it. Not the dollar sign,
    // which an American story uses for its own money beside a mention of Canada.
    // "COLOMBO — … In India the same tablet costs 100 rupees", "NAIROBI — Farmers in Uganda are paid
    // 2,000 shillings a kilo", "MANILA — A taxi ride in Santiago costs 4,000 pesos": a country
    // named in the amount's own sentence, the only one there with a currency of that name, is where
    // the money is, whatever the dateline says. Not the dollar, which news converts freely ("In
    // Canada the drug costs $300" in an American story is in the reader's dollars).
    // "She sold Fiji dollar notes … worth 50,000 dollars": once a story has named one country's
    // dollar, a bare "dollars" after it is that dollar (not the sign, which news keeps for USD).
    const namedDollar = !sign && noun === 'dollar' ? dollarNamedBefore(text, n.start) : null;
    if (namedDollar) {
      n.unit = namedDollar;
      continue;
    }
    // ("KATHMANDU — … hoped to sell the timber to buyers in India for Rs 2 million": the
    // abbreviated sign is the paper's own rupee, as "$" is its own dollar; a writer pricing in
    // another country's rupees names them, "100 Indian rupees", or writes the noun.)
    const rupeeSign = word === 'rupee' && !nounMatch;
    const cfa = nounMatch !== null && /CFA/u.test(nounMatch[0]);
    const sentenceCode = word !== 'dollar' && !rupeeSign ? sentenceCurrency(text, n, word) : null;
    // ("shipped to Kigali for 1.9 million CFA francs": CFA francs are the West or the Central
    // African franc, never the franc of another country the sentence names.)
    const own = cfa && sentenceCode !== null && !/^X[AO]F$/u.test(sentenceCode) ? null : sentenceCode;
    if (own) {
      n.unit = own;
      continue;
    }
    const named = word !== 'dollar' ? namedCountryCurrency(text, word, 1) : null;
    // ("GENEVA — A coffee costs 5 francs. In Dakar, … 18,000 CFA francs": plain francs take a CFA franc
    // only from the story's own country, not from another country it names once.)
    const namedFranc = named !== null && /^X[AO]F$/u.test(named) && !cfa ? null : named;
    // (Not for the dollar sign: `named` is null for it.)
    // ("TROMSØ — … paid 150 kroner": a noun that names no one currency by itself takes the
    // currency of that name of the one country the story's places point to, even by a single
    // town or region; a default code ("pesos" are Mexican) needs the usual two mentions.)
    // (Not the CFA franc, for the reason `namedFranc` gives: "GENEVA — A coffee costs 5 francs. In Dakar …".)
    const weakCurrency = !/^[A-Z]{3}$/u.test(DEFAULT_OF[word]) ? localCurrency(text, word, documentCountry(text, 1)) : null;
    const weak = weakCurrency !== null && /^X[AO]F$/u.test(weakCurrency) && !cfa ? null : weakCurrency;
    const local = localCurrency(text, word) ?? namedFranc ?? weak;
    // ("CFA francs" are the West or the Central African franc, never the Swiss.)
    // ("KIGALI — … Togo will sell maize at 2.4 million CFA francs per truck": a story filed
    // outside the franc zones prices in the CFA franc of the zone's countries it names.)
    if (cfa && (!local || !/^X[AO]F$/u.test(local))) {
      const zone = namedCfaFranc(text);
      if (zone) n.unit = zone;
      continue;
    }
    // "shares ended at NT$388 … a $9 billion site in Ohio": a story that writes the local
    // dollar with a prefix of its own (NT$, HK$, S$, A$) keeps the bare "$" for US dollars.
    if (local && sign && writesOwnPrefix(text, local)) continue;
    // (A wire story under a dateline "KIGALI 2026-11-19" writes "$" for US dollars and any other
    // dollar with its prefix, "A$", "C$", "NZ$", whether or not it prints one.)
    if (local && sign && hasIsoDateline(text)) continue;
    if (local) n.unit = local;
  }
}

/**
 * "YEREVAN — … net profit fell to 4.2 billion drams", "a tray sells for 45 manat" in a story from
 * Azerbaijan: a noun right after the number that is a word of the name of the story's own
 * currency (ISO 4217, via localCurrency) is that currency, though the word alone names no currency
 * the lists know ("dram" is also a measure of whisky, "manat" two countries' money). Not a unit of
 * measure ("lost 30 pounds" in a British story stays a weight).
 */
const SCALED_AMOUNT = new RegExp(`\\d[ \\t]*(?:${Object.keys(SCALE_EXPONENTS).filter((w) => w.length > 2 && w !== 'hundred' && w !== 'dozen').join('|')})\\b`, 'iu');

const DIVIDEND_OR_CHANGE_BEFORE = /(?:(?:^|[^\p{L}])dividends?[ \t]+of|\d(?:\.\d+)?[ \t]*(?:%|percent|per[ \t]+cent)[ \t]+to)[ \t]+$/iu;

function localCurrencyNouns(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit === null || n.ownUnit || !/^\p{Ll}{3,}$/u.test(n.unit) || MEASURE_NOUNS.has(n.unit)) continue;
    const noun = /^[ \t]+(\p{Ll}+)(?![\p{L}\p{N}-])/u.exec(text.slice(n.end, n.end + 30));
    if (!noun || normalizeUnit(noun[1], '') !== n.unit) continue;
    // ("poured two drams of brandy" in a Yerevan story: a noun with "of" and what it holds is a measure.)
    if (/^[ \t]+of[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?\p{Ll}/u.test(text.slice(n.end + noun[0].length, n.end + noun[0].length + 30))) continue;
    // ("scored 90 marks in the exam" in a Sarajevo story, "solved 20 sums" in a Tashkent one: the
    // currency's word is an English noun too, so the amount must read as money, by a scale word of
    // its own or a word of price or paying before it.)
    // ("a dividend of 420 drams a share", "rose 2.6 percent to 3,140 drams": a price for each share,
    // a dividend, and the level a price moved to by a percentage are money too.)
    const afterNoun = text.slice(n.end + noun[0].length, n.end + noun[0].length + 16);
    const before = text.slice(Math.max(0, n.start - 60), n.start);
    const priced = /^[ \t]+(?:a|per)[ \t]+share\b/iu.test(afterNoun) || DIVIDEND_OR_CHANGE_BEFORE.test(before);
    if (!SCALED_AMOUNT.test(text.slice(n.start, n.end)) && !isPrice(text, n) && !priced) continue;
    const code = localCurrency(text, n.unit);
    if (code) n.unit = code;
  }
}

// "Vekla's coastal temperature could top 38 degrees this week": a temperature in degrees with no scale
// is in the scale the article's country reads its weather in, Fahrenheit in the United States and
// its few fellows, Celsius everywhere else. Only with a word of weather or temperature in the
// sentence ("turned 180 degrees", "a 30-degree slope" are angles) and a country the text points to.
const FAHRENHEIT_COUNTRIES = new Set(['US', 'LR', 'BS', 'KY', 'PW', 'FM', 'MH', 'BZ']);
const WEATHER_WORDS = new RegExp(TEMPERATURE_WORDS.source.replace('degrees?|', ''), 'iu');

function localizeDegrees(text: string, nums: Raw[]): void {
  for (const n of nums) {
    if (n.unit !== 'degree' || !/^[ \t]+degrees?\b/iu.test(text.slice(n.end, n.end + 30))) continue;
    const before = text.slice(Math.max(0, n.start - 120), n.start).split(/[.!?\n]\s/u).pop() ?? '';
    const after = text.slice(n.end, n.end + 80).split(/[.!?\n](?:\s|$)/u)[0];
    if (!WEATHER_WORDS.test(before) && !WEATHER_WORDS.test(after.replace(/^[ \t]+degrees?/iu, ''))) continue;
    const country = documentCountry(text);
    if (country) n.unit = FAHRENHEIT_COUNTRIES.has(country) ? 'degree Fahrenheit' : 'degree Celsius';
  }
}

// ---- the unit after a number -----------------------------------------------

const MAX_LOOKAHEAD = 6;
const RATE_AFTER = new RegExp(`^[ \\t]+in[ \\t]+(?:\\d|(?:${NUMBER_WORDS_SOURCE})(?![\\p{L}]))`, 'iu');
const RESULT_AFTER = /^(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]+(?:[\p{L}-]+[ \t]+)?(?:wins?|winners?|losers?|victors?|victory|victories|defeats?|loss|losses|draws?|drubbing|thrashing|triumph|scoreline|result|lead|margin|aggregate)\b/iu;
const MAGNITUDE_BEFORE = /(?:^|[^\p{L}])magnitude[ \t]+(?:of[ \t]+)?$/iu;
// "before she was 12", "when he turned 16": a person's age, no count of anything before it.
const PERSON_AGE_BEFORE = /(?:^|[^\p{L}])(?:he|she|i|they|we|you)[ \t]+(?:was|were|is|turned|turns)[ \t]+$/iu;
const AGE_BEFORE = /(?:\baged?|\bage of|\bages)[ \t]+$/iu;

const CRICKET_OFF = new RegExp(`^[ \\t]+off[ \\t]+(?:(?:just|only|a[ \\t]+mere)[ \\t]+)?(?:(?:\\d+|${NUMBER_WORDS_SOURCE})[ \\t]+(?:balls|deliveries)|(?:the|an?)[ \\t]+(?:(?:last|final|first|next|same|penultimate|\\d+(?:st|nd|rd|th)|\\p{L}+th)[ \\t]+(?:over|ball|delivery)|over))(?![\\p{L}])`, 'iu');

function unitAfter(doc: SegmentedDocument, raw: Raw, inTitleLine: (offset: number) => boolean = () => false, inDate: (s: Span) => boolean = () => false): string | null {
  const { text } = doc;
  // "Staff fell to 2,400 last year": a date right after the number is no counted noun ("year").
  const next = /^[ \t]+(?=\S)/u.exec(text.slice(raw.end, raw.end + 8));
  if (next && inDate({ start: raw.end + next[0].length, end: raw.end + next[0].length + 1 })) return null;
  // "50 or so protesters", "40-odd years", "200-plus jobs": the hedge sits between number and noun.
  const hedge = /^(?:[ \t]+or[ \t]+(?:so|more|fewer|less)|[ \t]*-?[ \t]*(?:odd|plus))(?=[ \t])/iu.exec(text.slice(raw.end, raw.end + 16));
  const end = raw.end + (hedge ? hedge[0].length : 0);
  const after = text.slice(end, end + 40);
  // "a magnitude 5.4 earthquake", "an aftershock of magnitude 3.9": the scale named before the
  // number is its unit, and the noun after it ("earthquake") is what was measured.
  if (MAGNITUDE_BEFORE.test(text.slice(Math.max(0, raw.start - 16), raw.start))) return 'magnitude';
  // "30 10-pound bags", "three five-gallon buckets": a measure adjective between the number and
  // the counted noun belongs to the number inside it; this one counts the noun after it.
  const measure = /^[ \t]+(\d[\d,.]*|\p{L}+)-\p{L}+(?:-\p{L}+)*[ \t]+(?=\p{L})/u.exec(after);
  if (measure && (/^\d/u.test(measure[1]) || parseNumberWords(measure[1]) !== null)) return countedNoun(doc, end + measure[0].length, 1, inTitleLine);
  // "30-day", "five-year-old", "3.5-inch", "12-cent-a-share": the word after the hyphen.
  const hyphenated = /^-([\p{L}]+)/u.exec(after);
  // "a 2,400-square-metre wing", "a 20-cubic-metre tank": a two-word unit, hyphenated as one adjective.
  const twoWord = hyphenated && UNIT_MODIFIERS[hyphenated[1].toLowerCase()] ? /^-[\p{L}]+-([\p{L}]+)/u.exec(after) : null;
  if (twoWord && UNIT_MODIFIERS[hyphenated![1].toLowerCase()].has(normalizeUnit(twoWord[1].toLowerCase(), ''))) return `${hyphenated![1].toLowerCase()} ${normalizeUnit(twoWord[1].toLowerCase(), '')}`;
  // ("a 2.6-km trail", "a 5-kg bag": an abbreviation is spelled out as after a space.)
  // (One letter only for metres, "a 100-m race": "a 5-a-side", "a 2-g" read as words.)
  if (hyphenated) return (hyphenated[1].length > 1 || hyphenated[1] === 'm' ? UNIT_ABBREVIATIONS[hyphenated[1]] : undefined) ?? normalizeUnit(hyphenated[1].toLowerCase(), '');
  // "aged 55", "at the age of 56"; "Ana Ruiz, 49, left": an age names no unit (the text says no
  // "years"), and no noun after it is what it counts ("aged 55 workers" is no count of workers).
  const before = text.slice(Math.max(0, raw.start - 16), raw.start);
  if (AGE_BEFORE.test(before)) return null;
  if (!raw.words && raw.value >= 1 && raw.value <= 120 && raw.value % 1 === 0 && /\p{Lu}[\p{L}.'’-]*,[ \t]$/u.test(before) && /^,/u.test(after)) {
    return null;
  }
  // "a 0-3 home defeat", "won 3-1": a score's numbers count no noun; the noun is the result.
  if (RESULT_AFTER.test(text.slice(raw.end, raw.end + 40)) && (SCORE_AFTER.test(text.slice(raw.end, raw.end + 8)) || /\d[ \t]*[-–]$/u.test(text.slice(Math.max(0, raw.start - 4), raw.start)))) return null;
  // "made 112 off 134 balls", "wanted 14 off the last over": in cricket a number scored off balls
  // or an over counts runs, the one unit a batter makes off a delivery.
  if (CRICKET_OFF.test(text.slice(raw.end, raw.end + 48))) return 'run';
  // "voted 6-3 last night", "5-10 people": the first number of a pair joined by a dash counts
  // nothing after the second (a score has no unit; a range takes its second number's, below).
  if (/^[-–]\d/u.test(text.slice(raw.end, raw.end + 2))) return null;
  // "killed 14 villagers and left six missing", "12 dead and 40 injured": a number with an adjective
  // for people after it, and no noun, counts people.
  if (PEOPLE_AFTER.test(text.slice(raw.end, raw.end + 40))) return 'person';
  // "one in five clinics": the second number of a rate counts no noun of its own.
  // ("287-6 in 50 overs": a score's second number before "in" is no rate's first; the overs count.)
  // ("all out for 187 in 41.3 overs": a part is smaller than its whole, so a larger first number is
  // no rate's either.)
  const rate = /(?:^|[^\p{L}\d\-–])(one|an?|\d+)[ \t]+in[ \t]+$/iu.exec(text.slice(Math.max(0, raw.start - 12), raw.start));
  if (rate && (/^\d/u.test(rate[1]) ? Number(rate[1]) : 1) < raw.value) return null;
  // "a .625 winning percentage": sport prints a percentage as a proportion with a leading point, so
  // the number is no count of percent (.625 is 62.5 percent); the noun names what it measures.
  if (/^0?\.\d/u.test(text.slice(raw.start, raw.end)) && PROPORTION_PERCENTAGE.test(after)) return null;
  // "will shut 410, or about a fifth, of its 2,050 branches": a proportion in apposition stands between
  // the count and the partitive "of" that names what it counts.
  const apposition = PROPORTION_APPOSITION.exec(after);
  if (apposition) return countedNoun(doc, end + apposition[0].length, raw.value, inTitleLine);
  return countedNoun(doc, end, raw.value, inTitleLine);
}

const PROPORTION_PERCENTAGE = /^[ \t]+(?:\p{L}+[ \t]+)?percentage(?![\p{L}]|[ \t]+points?\b)/iu;
const PROPORTION_APPOSITION = new RegExp(
  `^,[ \\t]+or[ \\t]+(?:(?:about|around|nearly|almost|roughly|some|just[ \\t]+over|just[ \\t]+under|more[ \\t]+than|less[ \\t]+than|over|under)[ \\t]+)?` +
    // ("1,500, or nearly half, of its 3,100 workers": "half" takes no article.)
    `(?:(?:a|one|two|three|four)[ \\t-](?:half|third|quarter|fifth|sixth|tenth|thirds|quarters|fifths|tenths)|half|\\d+(?:\\.\\d+)?[ \\t]*(?:%|percent|per[ \\t]+cent))` +
    `[ \\t]*,(?=[ \\t]+of[ \\t])`,
  'iu',
);

// Plurals in -ves that the general singularizer leaves as "-ve" ("loaves" → "loave").
const VES: Record<string, string> = {
  loaves: 'loaf', thieves: 'thief', shelves: 'shelf', wolves: 'wolf', calves: 'calf', sheaves: 'sheaf',
  selves: 'self', elves: 'elf', scarves: 'scarf', hooves: 'hoof', wharves: 'wharf',
  wives: 'wife', midwives: 'midwife', housewives: 'housewife', knives: 'knife', lives: 'life', leaves: 'leaf', halves: 'half',
  // Irish English: "two gardaí" (the Irish plural of garda, a police officer), with or without the fada.
  'gardaí': 'garda', gardai: 'garda',
};

// "40 extra buses", "3 bonuses", "two campuses": a plural in -ses whose singular ends in -s; the
// dictionary decides, as "houses" and "clauses" keep their -e.
function singularOfSes(word: string): string | null {
  if (!/^\p{Ll}{2,}ses$/u.test(word) || /sses$/u.test(word)) return null;
  const stem = word.slice(0, -2);
  return !isEnglishWord(word.slice(0, -1)) && isEnglishWord(stem) ? stem : null;
}

// "six fishermen", "three businessmen", "40 policemen": compounds of "man" make their plural in
// -men; the dictionary decides, as "specimen" and "abdomen" are singulars of their own.
function singularOfMen(word: string): string | null {
  if (!/^\p{Ll}{2,}men$/u.test(word)) return null;
  const singular = `${word.slice(0, -3)}man`;
  return isEnglishWord(singular) ? singular : null;
}

// "40 taxis", "two skis", "three rabbis": a plural in -is of a noun in -i; the dictionary decides,
// as "analysis" and "crisis" are singulars of their own.
function singularOfIs(word: string): string | null {
  if (!/^\p{Ll}{3,}is$/u.test(word)) return null;
  const stem = word.slice(0, -1);
  return isEnglishWord(stem) ? stem : null;
}

/**
 * Currency, spelling and abbreviation normalization of a singular unit noun; `previous` is the word
 * before it and `earlier` the one before that (lower case), for a country of two words ("Hong Kong
 * dollars", "New Zealand dollars").
 */
function normalizeUnit(word: string, previous: string, earlier = ''): string {
  // "300 amphorae", "larvae", "formulae": the Latin plural in -ae.
  const w = UNIT_SPELLINGS[word] ?? VES[word] ?? (/^\p{Ll}{4,}ae$/u.test(word) ? word.slice(0, -1) : singularOfSes(word) ?? singularOfMen(word) ?? singularOfIs(word) ?? singularize(word));
  // ("1,200 South Sudanese pounds", "Solomon Islands dollars": an ISO 4217 name of three words, whose
  // last two may name another currency, "Sudanese Pound" being Sudan's.)
  const national = (earlier ? NATIONAL_CURRENCIES[`${earlier} ${previous} ${w}`] ?? ISO_CURRENCY_NAMES.get(`${earlier} ${previous} ${w}`) : undefined) ?? NATIONAL_CURRENCIES[`${previous} ${w}`];
  if (national) return national;
  // ("Namibia dollar", "Fiji dollars": a country's whole ISO name before the bare "dollar" that means USD.)
  // ("50 million Surinamese dollars", "Fijian dollars": the nationality of an ISO name's country.)
  const isoName = previous ? ISO_CURRENCY_NAMES.get(`${previous} ${w}`) ?? currencyOfNationality(previous, w) : undefined;
  if (isoName) return isoName;
  if (CURRENCY_WORDS[w]) return CURRENCY_WORDS[w];
  // ISO names: "Ghana cedis", "soles" (Spanish plural), "cedis".
  // ("120 million meticais": the Portuguese plural of a name in -al, as "reais" is of "real"; "40
  // złotys", "a million đồng": ISO spells its names without the letters' marks.)
  const iso = ISO_CURRENCY_NAMES.get(`${previous} ${w}`) ?? ISO_CURRENCY_NAMES.get(w) ?? (/s$/u.test(word) ? ISO_CURRENCY_NAMES.get(word.slice(0, -1)) ?? ISO_CURRENCY_NAMES.get(word.slice(0, -2)) : undefined)
    ?? (/^\p{Ll}{3,}ais$/u.test(word) ? ISO_CURRENCY_NAMES.get(`${word.slice(0, -3)}al`) : undefined) ?? (foldName(w) !== w ? ISO_CURRENCY_NAMES.get(foldName(w)) : undefined);
  if (iso) return iso;
  // "3-nanometre chips", "a 40-decilitre tank": every metric unit spelled the British way takes
  // the one spelling the sheet uses ("metre" → "meter").
  return UNIT_SPELLINGS[w] ?? w.replace(/^(\p{Ll}{2,})(metre|litre)$/u, (_m, head: string, base: string) => head + UNIT_SPELLINGS[base]);
}

// After the number: skip modifiers ("additional", "self-detonating",
// "Shahed-136", "seriously injured"), then take the head of the noun run
// ("power plants" → plant; "one hour phone call" → hour). "seven of their
// drones": the noun after "of" + determiner counts too.
// "Harbour Rovers 2 Villa Park Town 1": after a score, the other side's name and its score end the line.
// ("… Wolves 91 (OT)", "Rovers 3 Wolves 0; Harbour 3 Vale 1": a note in brackets after the score, and
// several results on one line.)
const RESULT_LINE_REST = /^[ \t]+\p{Lu}[^\n\d]{0,60}?[ \t]\d{1,3}[ \t]*(?:\([^()\n\d]{1,12}\)[ \t]*)?(?:[;.][ \t]|[;.]?[ \t]*(?:\r?\n|$))/u;

// The simple pasts of the standard table of English irregular verbs (as IRREGULAR_PASTS in
// dates.ts) that are also common nouns (README, "The closed word classes").
const PAST_ALSO_NOUN = /^(?:rose|fell|saw|left|found|felt|lay|bore|ground|wound|sank|shed)$/u;

function countedNoun(doc: SegmentedDocument, offset: number, count = 1, inTitleLine: (offset: number) => boolean = () => false): string | null {
  const { tokens, text } = doc;
  let i = tokenAt(tokens, offset);
  const first = tokens[i];
  // "Rovers 1\nCity 0": a number that ends its line counts nothing on the next (one paragraph a
  // line, and a results table puts one match a line).
  if (!first || first.start - offset > 3 || /[,;:.!?()\n\r]/u.test(text.slice(offset, first.start))) return null;
  // "three of their past eight matches": the total after "of" is part of the phrase, not another count.
  let partitive = false;
  if (tokens[i] && tokens[i].normal === 'of' && (/^[ \t]+of\b/u.test(text.slice(offset, offset + 5)))) {
    partitive = true;
    i++;
    // ("38 of the district's 120 villages", "two of Ghana's 16 regions": the owner before the
    // total is no counted noun either.)
    while (tokens[i] && (tokens[i].tags.has('Determiner') || (tokens[i].tags.has('Possessive') && tokens[i].tags.has('Pronoun')) || /^(?:its|their|his|her|our|your|the)$/u.test(tokens[i].normal) || (/['’]s$/u.test(tokens[i].text) && !hasBreak(tokens[i]) && tokens[i + 1]?.tags.has('Value')))) i++;
    // "nine of the dead", "three of the injured": "the" and an adjective name a group of people.
    const group = tokens[i];
    if (group && PEOPLE_ADJECTIVES.test(group.normal) && /^(?:the|those)$/u.test(tokens[i - 1]?.normal ?? '') && !(tokens[i + 1] && !hasBreak(group) && (isNoun(tokens[i + 1]) || isPluralLikeVerb(tokens[i + 1])))) return 'person';
  }
  const nounRun: Token[] = [];
  const runIndex: number[] = [];
  for (let k = 0; tokens[i] && k < MAX_LOOKAHEAD; k++, i++) {
    const t = tokens[i];
    if (t.sentence !== first.sentence && nounRun.length) break;
    // A number joined by a hyphen to a name ("Shahed-136") is part of that name.
    if (t.tags.has('Value') && tokens[i - 1] && /-$/u.test(tokens[i - 1].post) && nounRun.length) {
      if (hasBreak(t)) break;
      continue;
    }
    // "two second-hand cars", "first-preference votes": an ordinal hyphened to the next word modifies it.
    if (!nounRun.length && t.post === '-' && (t.tags.has('Ordinal') || isOrdinalWord(t.normal))) continue;
    // "cut 250 contract jobs", "for 40 support workers": a number that is the object of a
    // verb or a preposition cannot be followed by its clause's verb, so a bare verb form between it
    // and a plural is a noun in a compound ("Some 300 attend classes" keeps no unit).
    // "just one more try", "one extra shift": after "one more", a verb would have to agree with a
    // singular ("one more remains"), so a bare verb form there is the counted noun.
    const bareAfterOneMore = count === 1 && /^(?:more|other|additional|extra|further|single)$/u.test(tokens[i - 1]?.normal ?? '') && /^\p{Ll}+$/u.test(t.text) && t.tags.has('Infinitive');
    // "share one building near the harbour", "one hearing in May": right after "one", an -ing word the
    // tagger read as a verb ("building on") is the counted noun; a count of one is no subject of a
    // verb in -ing ("one working" is no English clause).
    const ingAfterOne = count === 1 && k === 0 && /^\p{Ll}{3,}ing$/u.test(t.text) && t.tags.has('Gerund') && !hasBreak(tokens[i - 1] ?? t);
    if (!nounRun.length && (bareAfterOneMore || ingAfterOne || (isNounInCompound(tokens, i) && objectOfVerb(tokens, tokenAt(tokens, offset) - 1)))) {
      nounRun.push(t);
      runIndex.push(i);
      continue;
    }
    // "50 protesters" tagged as a verb ("protesters" = 3rd person of "protester"?): after a
    // number, a plural-looking present-tense form is the counted noun.
    if (isPluralLikeVerb(t) && (!nounRun.length || /^\p{Lu}/u.test(nounRun[nounRun.length - 1].text) || !takesObject(tokens, i) || countsCompound(nounRun, count))) {
      nounRun.push(t);
      runIndex.push(i);
      break;
    }
    // "12 stocks rose and 18 fell", "Sales at 40 stores rose 3%": a simple past that is also a noun
    // ("rose", "fell", "saw"), right after a plural, is the clause's verb: a compound's plural is its
    // last word ("six container ships"), never followed by a singular.
    if (nounRun.length && PAST_ALSO_NOUN.test(t.text) && singularize(nounRun[nounRun.length - 1].normal) !== nounRun[nounRun.length - 1].normal) break;
    if (isNoun(t)) {
      nounRun.push(t);
      runIndex.push(i);
      const next = tokens[i + 1];
      // ("send 20,000 francs home", "brought three medals home": "home" after a plural is the verb's
      // adverb of direction; a compound's modifier before "home" is singular, "a care home".)
      if (next?.normal === 'home' && singularize(t.normal) !== t.normal && !hasBreak(t)) break;
      // ("six container ships", "two emergency exits": a plural the tagger took for a verb ends the compound.)
      // ("in 39.4 overs (K. Marsh 61)", "12 runs [A. Dell 5]": a bracket the tagger gave the next word
      // ends it too, unless it only glosses a word: "40 Rugby League (RL) clubs".)
      if (hasBreak(t) || !next || (/[([]/u.test(next.pre) && /^\p{Lu}/u.test(next.text) && !/[)\]]/u.test(next.post)) || !(isNoun(next) || (next.tags.has('Value') && /-$/u.test(t.post)) || (isPluralLikeVerb(next) && (/^\p{Lu}/u.test(t.text) || !takesObject(tokens, i + 1) || countsCompound(nounRun, count))))) break;
      continue;
    }
    if (nounRun.length) break;
    if (partitive && t.tags.has('Value') && !hasBreak(t)) continue;
    if (isModifier(t, tokens[i + 1])) {
      if (hasBreak(t)) return null;
      continue;
    }
    return null;
  }
  if (!nounRun.length) return null;
  // Two-word units: "square meters", "percentage points", "miles per hour", "Canadian dollars".
  for (let k = 0; k < nounRun.length; k++) {
    const t = nounRun[k];
    const noun = normalizeUnit(t.normal, k > 0 ? nounRun[k - 1].normal : (tokens[runIndex[0] - 1]?.normal ?? ''), tokens[runIndex[k] - 2]?.normal ?? '');
    if (MEASURE_NOUNS.has(noun) || /^[A-Z]{3}$/u.test(noun)) return withModifier(text, tokens[runIndex[k] - 1], t, noun);
  }
  let head = nounRun[nounRun.length - 1];
  // "a 3 bedroom house", "a 500 page report": a count above one before two singular nouns
  // counts the first; the second is what the counted phrase describes.
  const modifier = nounRun[0];
  if (count > 1 && nounRun.length === 2 && /^\p{Ll}+$/u.test(modifier.text) && /^\p{Ll}+$/u.test(head.text) && singularize(modifier.normal) === modifier.normal && singularize(head.normal) === head.normal) head = modifier;
  // "Not one bus runs on Sundays": "one" counts a singular noun, so a plural word after it is the
  // verb of the clause, not the head of the noun run.
  if (count === 1 && nounRun.length >= 2 && /^\p{Ll}+$/u.test(head.text) && singularize(head.normal) !== head.normal) {
    for (let k = nounRun.length - 2; k >= 0; k--) {
      if (/^\p{Ll}+$/u.test(nounRun[k].text) && singularize(nounRun[k].normal) === nounRun[k].normal) {
        head = nounRun[k];
        break;
      }
    }
  }
  if (head.tags.has('Pronoun') || !/^\p{L}/u.test(head.normal)) return null;
  const abbreviation = UNIT_ABBREVIATIONS[head.text];
  if (abbreviation) return abbreviation;
  // "An audience of 6412 watched Korvane's worst loss": a name is never what a number counts. Inside a
  // sentence a capital says name even where the tagger has no name ("Harbour Rovers 2 Villa Park
  // Town 1": the score is followed by the other side); only a headline's capitals say nothing.
  // A results line is all capitals too, and there the name is followed by the other side's score.
  if (/^\p{Lu}\p{Ll}/u.test(head.text) && (head.tags.has('ProperNoun') || !inTitleLine(head.start) || RESULT_LINE_REST.test(text.slice(offset, offset + 80))) && !CURRENCY_WORDS[singularize(head.normal)]) {
    // "ordered 24 Vekla 190X jets": a maker's name and a model code with digits before a plural
    // noun name the model of what is counted, the plural.
    const model = /^[ \t]*(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,2}(?=[\p{L}\d-]*\d)[\p{Lu}\d][\p{L}\d-]*[ \t]+(\p{Ll}{3,}s)\b/u.exec(text.slice(offset, offset + 80));
    if (model && !inTitleLine(head.start)) return normalizeUnit(model[1], '');
    return null;
  }
  // "NADROGA 24 NAITASIRI 17": a results line in capitals names the other side, not a unit.
  if (/^\p{Lu}{2,}$/u.test(head.text) && RESULT_LINE_REST.test(text.slice(offset, offset + 80))) return null;
  // "23 MLAs", "40 SUVs", "three MPs": an acronym's plural is the acronym, in its capitals.
  if (/^\p{Lu}{2,}s$/u.test(head.text) && !inTitleLine(head.start)) return head.text.slice(0, -1);
  const previous = head !== modifier && nounRun.length > 1 ? nounRun[nounRun.length - 2].normal : (tokens[runIndex[0] - 1]?.normal ?? '');
  // "nine great-grandchildren", "two half-brothers", "three vice-presidents": a kinship or rank prefix
  // joined by a hyphen makes one noun with it, which the tagger splits.
  // ("four great-great-grandsons": the prefix repeats once a generation, and every repeat is the noun's.)
  let prefixes = '';
  for (let k = runIndex[nounRun.indexOf(head)] - 1; k >= 0 && tokens[k].post === '-' && /^(?:great|step|half|vice)$/u.test(tokens[k].normal); k--) prefixes = `${tokens[k].normal}-${prefixes}`;
  if (prefixes && /^\p{Ll}+$/u.test(head.text)) return `${prefixes}${normalizeUnit(head.normal, '')}`;
  return normalizeUnit(head.normal.replace(/[’']s$/u, ''), previous, tokens[runIndex[nounRun.indexOf(head)] - 2]?.normal ?? '');
}

/** A bare verb form ("contract", "support") with a plural noun right after it in the same phrase. */
function isNounInCompound(tokens: readonly Token[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!next || hasBreak(t) || !/^\p{Ll}+$/u.test(t.text) || !t.tags.has('Infinitive') || t.tags.has('Noun')) return false;
  return /^\p{Ll}+s$/u.test(next.text) && (next.tags.has('Plural') || isPluralLikeVerb(next));
}

// The words that may stand between a verb or preposition and the number it governs ("cut about
// 300", "to more than 40").
const BEFORE_NUMBER = /^(?:about|around|nearly|almost|roughly|some|more|less|fewer|than|over|under|up|at|least|most|just|only|an|estimated|another)$/u;

/** The number whose last token is tokens[j] is governed by a verb or a preposition before it. */
function objectOfVerb(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k >= 0 && k > j - 6; k--) {
    const t = tokens[k];
    if (t.tags.has('Value') || BEFORE_NUMBER.test(t.normal)) continue;
    return t.tags.has('Verb') || t.tags.has('Preposition');
  }
  return false;
}

const PEOPLE_AFTER = /^[ \t]+(?:dead|injured|wounded|missing|hurt|unaccounted[ \t]+for)(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:and|or|in|after|when|as|from|since|by|on|at)\b)/u;

// Adjectives that "the" turns into a plural noun for people ("the dead", "the injured").
const PEOPLE_ADJECTIVES = /^(?:dead|injured|wounded|missing|living|dying|accused|detained|arrested|displaced|evacuated|elderly|sick|homeless|unemployed|deceased|rescued)$/u;

// "five cargo planes that can fly on biofuel": after a count above one, a singular noun cannot
// be what is counted, so the plural form after it is the compound's head even where a relative
// "that" makes it look like a verb ("the two leaders suggests that" has no singular noun between).
function countsCompound(nounRun: readonly Token[], count: number): boolean {
  const last = nounRun[nounRun.length - 1];
  return count > 1 && nounRun.length === 1 && /^\p{Ll}+$/u.test(last.text) && singularize(last.normal) === last.normal && !MEASURE_NOUNS.has(last.normal);
}

function withModifier(text: string, prevToken: Token | undefined, t: Token, noun: string): string {
  const prev = prevToken?.normal ?? '';
  if (UNIT_MODIFIERS[prev]?.has(noun)) return `${prev} ${noun}`;
  const after = text.slice(t.end, t.end + 16);
  if (/^[ \t]+(?:per|an|a)[ \t]+hour\b/u.test(after) && ['mile', 'kilometer', 'meter'].includes(noun)) return `${noun} per hour`;
  // "gusts of 35 metres per second", "a flow of 12 feet per second": a speed, as wind and water are
  // measured ("per" only: "ran 100 metres a second time" is no speed).
  if (/^[ \t]+per[ \t]+second\b/u.test(after) && ['kilometer', 'meter', 'foot'].includes(noun)) return `${noun} per second`;
  if (noun === 'pound' && /^[ \t]+sterling\b/u.test(after)) return 'GBP';
  // "45 million kilowatt-hours", "40 megawatt hours": energy is the power unit times the hour,
  // one unit (as "kWh" is), not a count of kilowatts.
  if (/^(?:kilo|mega|giga|tera)?watt$/u.test(noun) && /^(?:-|[ \t]+)hours?\b/iu.test(after)) return `${noun}-hour`;
  // "minus 15 degrees Celsius", "98 degrees Fahrenheit": the scale is part of the unit.
  // ("30 degrees C", "86 degrees F": the scale's capital letter alone, as papers print it.)
  const scale = /^[ \t]+(Celsius|centigrade|Fahrenheit)\b/iu.exec(after) ?? /^[ \t]+([CF])\b/u.exec(after);
  if (noun === 'degree' && scale) return /^f/iu.test(scale[1]) ? 'degree Fahrenheit' : 'degree Celsius';
  return noun;
}

// After a number, a present-tense "-s" form is a plural noun the tagger took for a verb
// ("50 protesters", "150 Shahed drones"), unless it is a common verb.
function isPluralLikeVerb(t: Token): boolean {
  return (
    t.tags.has('PresentTense') &&
    /^\p{Ll}{2,}s$/u.test(t.text) &&
    !/^(?:is|has|was|does|says|goes|gets|makes|takes|seems|means|needs|wants|looks|remains|continues|includes|comes|gives|keeps|shows|puts|lets|sees|uses|tells|asks|plans|hopes|expects|believes|appears|depends|belongs|exists|happens|occurs)$/u.test(t.text)
  );
}

/** "the two leaders suggests an attempt": a verb with a determiner, pronoun or preposition after it is a verb, not a plural. */
function takesObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i].sentence || /[,;:.!?)]/u.test(tokens[i].post)) return false;
  return ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Value'].some((tag) => next.tags.has(tag));
}

function isNoun(t: Token): boolean {
  // "41 others", "the two ones": pronoun-like, the counted noun is elsewhere.
  if (/^(?:others?|ones|apiece|each)$/u.test(t.normal)) return false;
  if (t.tags.has('Pronoun') || (t.tags.has('Date') && !MEASURE_NOUNS.has(singularize(t.normal)))) return false;
  if (MEASURE_NOUNS.has(singularize(t.normal)) || UNIT_ABBREVIATIONS[t.text] || CURRENCY_WORDS[singularize(t.normal)]) return true;
  return t.tags.has('Noun') && !t.tags.has('Value');
}

function isModifier(t: Token, next: Token | undefined): boolean {
  if (t.tags.has('Adjective') || t.tags.has('Adverb')) return true;
  // "self-detonating", "seriously injured": participles before the noun.
  // ("A crowd of 4,300 saw Moru score": a name after a past tense is the verb's object, not a noun it modifies.)
  if (t.tags.has('Verb') && (t.tags.has('Gerund') || t.tags.has('PastTense') || t.tags.has('Participle')) && next && (isNoun(next) || next.tags.has('Adjective')) && !(t.tags.has('PastTense') && !/(?:en|wn)$/u.test(t.normal) && /^\p{Lu}/u.test(next.text))) return true;
  if (t.tags.has('Hyphenated') && !t.tags.has('Value')) return true;
  if (/^(?:more|other|additional|new|extra|further|fewer|such)$/u.test(t.normal)) return true;
  return false;
}

function hasBreak(t: Token): boolean {
  return /[,.;:!?()]/u.test(t.post.replace(/[”"’']/gu, ''));
}

