import { createRequire } from 'node:module';
import { foldName, isEnglishWord } from '../gazetteer.ts';

/**
 * ISO 4217's current list (the `currency-codes` package): code ("KES") and English name ("Kenyan Shilling").
 * With ISO 4217 amendment 176, which the package's 2.2.0 predates: the Caribbean guilder (XCG) of
 * Curaçao and Sint Maarten replaced the Netherlands Antillean guilder (ANG) from 31 March 2025
 * (countries-list already gives both lands XCG), so "guilders" in a Willemstad story are XCG.
 */
export const ISO_CURRENCIES: readonly { code: string; currency: string }[] = (createRequire(import.meta.url)('currency-codes').data as { code: string; currency: string }[])
  .map((c) => (c.code === 'ANG' ? { code: 'XCG', currency: 'Caribbean Guilder' } : c));

/** Every ISO 4217 code still listed, three capitals ("KES", "GHS"): the one test of whether a code is a currency's. */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(ISO_CURRENCIES.map((c) => c.code));

/**
 * True when `letters` ("CI", "Bds", "EC") abbreviate the ISO 4217 name of currency `code` ("Cayman
 * Islands Dollar", "Barbados Dollar", "East Caribbean Dollar"): its first letter opens the name and
 * the others follow in order. The letters before "$" name which dollar ("B$" is the Bahamian or the
 * Brunei dollar, never the Cayman one), so a story's own dollar takes only letters of its name.
 */
export function lettersAbbreviateCurrency(letters: string, code: string): boolean {
  const name = ISO_CURRENCIES.find((c) => c.code === code)?.currency.toLowerCase();
  if (!name || letters.length === 0) return false;
  const wanted = letters.toLowerCase();
  if (name[0] !== wanted[0]) return false;
  let at = 1;
  for (const ch of wanted.slice(1)) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
/**
 * True when `letters` are the letters a paper prints before an amount of currency `code` for want
 * of a sign, read off its ISO 4217 name (currency-codes): the initials of the name's words in
 * capitals ("QR" the Qatari Rial, "BD" the Bahraini Dinar, "RO" the Rial Omani), or the first
 * letter of its currency noun, a capital, and others of the noun in order, lower case, with the
 * plural's "s" ("Dh", "Dhs" the dirham, "Fr" the franc). Two letters or more: one letter is a
 * label or an initial as often.
 */
export function lettersNameCurrency(letters: string, code: string): boolean {
  const name = ISO_CURRENCIES.find((c) => c.code === code)?.currency;
  if (!name || letters.length < 2) return false;
  const words = name.split(/[ \t]+/u).filter((w) => w.length > 0);
  if (/^\p{Lu}+$/u.test(letters)) return words.length === letters.length && words.every((w, i) => w[0].toUpperCase() === letters[i]);
  if (!/^\p{Lu}\p{Ll}+$/u.test(letters)) return false;
  const noun = words[words.length - 1].toLowerCase();
  const wanted = letters.toLowerCase();
  if (wanted[0] !== noun[0]) return false;
  let at = 1;
  for (const ch of wanted.slice(1)) {
    at = `${noun}s`.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

// Units a number can carry: currencies (as ISO 4217 codes), percentages and
// units of measure (as singular English nouns, abbreviations spelled out).
// These are closed classes of English, not lists of names from any text.

/**
 * Currency signs and prefixes ("HK$" → HKD). The signs news prints in English come first; then
 * every other dollar sign the currency-symbol-map package gives a currency of its own ("T$"
 * pa'anga, "BZ$" Belize, "WS$" tala; its signs were first taken from xe.com's list), if ISO 4217
 * still lists the code (currency-codes; "Z$" named four Zimbabwe dollars in turn and names none
 * today). Only signs that end in "$": a sign of letters alone ("K", "L", "D") is a label or an
 * initial as often as money, and the rules for those ask the story's country first (digitCandidate
 * in numbers.ts).
 */
export const CURRENCY_PREFIXES: Record<string, string> = (() => {
  const english: Record<string, string> = {
    US$: 'USD', 'U.S.$': 'USD', AU$: 'AUD', A$: 'AUD', C$: 'CAD', CA$: 'CAD', CAN$: 'CAD', HK$: 'HKD',
    NZ$: 'NZD', S$: 'SGD', R$: 'BRL', NT$: 'TWD', MX$: 'MXN', TT$: 'TTD', J$: 'JMD',
    // The East Caribbean dollar as the Eastern Caribbean Central Bank and the islands' papers print it ("EC$120").
    EC$: 'XCD',
    $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₩': 'KRW', '₺': 'TRY',
    '₪': 'ILS', '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '฿': 'THB', 'GH₵': 'GHS', '₵': 'GHS', 'GH¢': 'GHS',
    Rs: 'INR', 'Rs.': 'INR',
    // The rupiah as Indonesian papers and the wires print it ("Rp 95,000", "Rp4.2 trillion").
    Rp: 'IDR', 'Rp.': 'IDR',
    // The Namibia dollar as Namibian papers and the wires print it ("N$38.6 million"); the package
    // below gives it a bare "$".
    N$: 'NAD',
    // The Rwandan franc as the National Bank of Rwanda and Rwandan papers print it ("Frw 2,500",
    // "FRW 4 billion"), a prefix of letters that is no word and no initial.
    Frw: 'RWF', FRw: 'RWF', FRW: 'RWF',
  };
  const cldr = createRequire(import.meta.url)('currency-symbol-map/map.js') as Record<string, string>;
  const dollars = Object.entries(cldr).filter(([code, sign]) => /^\p{Lu}+\$$/u.test(sign) && !(sign in english) && ISO_CURRENCY_CODES.has(code));
  // "₡18 billion" (Costa Rica's colón), "₼2.4 million" (the manat), "₸500" (the tenge): a currency
  // sign of one character (Unicode's Sc class) that the package gives one currency ISO 4217 still
  // lists, and no other, is that currency anywhere ("₨" is five rupees' and stays out; so is "₣",
  // the old French franc's sign, which the package gives the CFP franc but any franc may borrow).
  const owners = new Map<string, string[]>();
  for (const [code, sign] of Object.entries(cldr)) owners.set(sign, [...(owners.get(sign) ?? []), code]);
  const single = [...owners].filter(([sign, codes]) => /^\p{Sc}$/u.test(sign) && sign !== '₣' && !(sign in english) && codes.length === 1 && ISO_CURRENCY_CODES.has(codes[0]));
  return { ...english, ...Object.fromEntries(dollars.map(([code, sign]) => [sign, code])), ...Object.fromEntries(single.map(([sign, codes]) => [sign, codes[0]])) };
})();

/**
 * Signs of letters that currency-symbol-map gives a currency ("M" loti, "Nu." ngultrum, "MK"
 * Malawi kwacha, "Kz" kwanza, "UM" ouguiya), by sign, for the currencies ISO 4217 still lists:
 * printed before an amount they are money only in a story from a country whose currency it is
 * (digitCandidate in numbers.ts asks), since "M4", "E10", "Q3" are labels elsewhere. Not a sign
 * that spells an ISO code ("CHF", "MAD"), nor one in lower case ("kr", "lei": those follow the
 * amount), nor one the rules already read ("R", "P", "K", "D", "Le", "RM", "KSh", "Rp").
 */
export const LOCAL_LETTER_SIGNS: ReadonlyMap<string, readonly string[]> = (() => {
  const cldr = createRequire(import.meta.url)('currency-symbol-map/map.js') as Record<string, string>;
  const handled = new Set(['R', 'P', 'K', 'D', 'Le', 'RM', 'KSh', 'USh', 'TSh', 'Rp', 'Tk']);
  const signs = new Map<string, string[]>();
  for (const [code, sign] of Object.entries(cldr)) {
    if (!/^\p{Lu}[\p{L}]{0,2}\.?$/u.test(sign) || ISO_CURRENCY_CODES.has(sign) || !ISO_CURRENCY_CODES.has(code) || handled.has(sign.replace(/\.$/u, ''))) continue;
    for (const s of new Set([sign, sign.replace(/\.$/u, '')])) signs.set(s, [...(signs.get(s) ?? []), code]);
  }
  return signs;
})();

/** ISO codes written in full before or after an amount ("USD 5 million", "$249 USD"). */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'UAH', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD',
  'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'BRL', 'MXN', 'ZAR', 'KRW', 'ILS', 'SAR', 'AED',
]);

/** Currency nouns after an amount ("40 euros"); bare "dollars" are US dollars. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', buck: 'USD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB',
  ruble: 'RUB', rupee: 'INR', hryvnia: 'UAH', hryvnias: 'UAH', hryvnya: 'UAH', won: 'KRW', peso: 'MXN',
  shekel: 'ILS', lira: 'TRY', rand: 'ZAR', real: 'BRL', reais: 'BRL', zloty: 'PLN', krona: 'SEK',
  kronor: 'SEK', krone: 'NOK', riyal: 'SAR', dirham: 'AED', naira: 'NGN', baht: 'THB',
  sterling: 'GBP', quid: 'GBP',
  // The leu and its plural lei: Romania's (ISO 4217 RON) unless the story is Moldova's (MDL; see
  // localizeCurrencies). ISO names both "Leu", so the last word alone names neither.
  leu: 'RON', lei: 'RON',
};

/** "Canadian dollars", "Swiss francs": nationality + currency noun. */
export const NATIONAL_CURRENCIES: Record<string, string> = {
  'us dollar': 'USD', 'u.s. dollar': 'USD', 'american dollar': 'USD', 'canadian dollar': 'CAD',
  'australian dollar': 'AUD', 'new zealand dollar': 'NZD', 'hong kong dollar': 'HKD',
  'singapore dollar': 'SGD', 'taiwan dollar': 'TWD', 'swiss franc': 'CHF', 'french franc': 'FRF',
  'british pound': 'GBP', 'pound sterling': 'GBP', 'egyptian pound': 'EGP', 'indian rupee': 'INR',
  'pakistani rupee': 'PKR', 'mexican peso': 'MXN', 'philippine peso': 'PHP', 'russian rouble': 'RUB',
  'russian ruble': 'RUB', 'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'south african rand': 'ZAR',
  'swedish krona': 'SEK', 'norwegian krone': 'NOK', 'danish krone': 'DKK', 'turkish lira': 'TRY',
  'brazilian real': 'BRL', 'south korean won': 'KRW', 'ukrainian hryvnia': 'UAH',
  // The franc of France's Pacific territories, by its ISO 4217 name's initials ("12 billion CFP francs").
  'cfp franc': 'XPF',
  // Koruna, krona and krone in English: "Czech crowns", "Swedish crowns".
  'czech crown': 'CZK', 'swedish crown': 'SEK', 'norwegian crown': 'NOK', 'danish crown': 'DKK', 'icelandic crown': 'ISK',
};

/**
 * Unit abbreviations, as written right after a number ("30GB", "17 km", "2 GHz"),
 * case-sensitive, mapped to the singular unit noun.
 */
export const UNIT_ABBREVIATIONS: Record<string, string> = {
  km: 'kilometer', kms: 'kilometer', m: 'meter', cm: 'centimeter', mm: 'millimeter', mi: 'mile',
  ft: 'foot', yd: 'yard', nm: 'nautical mile', kg: 'kilogram', kgs: 'kilogram', g: 'gram', mg: 'milligram',
  lb: 'pound', lbs: 'pound', oz: 'ounce', t: 'tonne', ml: 'milliliter', mL: 'milliliter', l: 'liter', L: 'liter',
  GB: 'gigabyte', MB: 'megabyte', TB: 'terabyte', KB: 'kilobyte', kB: 'kilobyte', PB: 'petabyte',
  Gb: 'gigabit', Mb: 'megabit', Gbps: 'gigabit per second', Mbps: 'megabit per second',
  GHz: 'gigahertz', MHz: 'megahertz', kHz: 'kilohertz', Hz: 'hertz',
  kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', kWh: 'kilowatt-hour', MWh: 'megawatt-hour',
  GWh: 'gigawatt-hour', TWh: 'terawatt-hour', mph: 'mile per hour', kph: 'kilometer per hour',
  kmh: 'kilometer per hour', 'km/h': 'kilometer per hour', km2: 'square kilometer', 'km²': 'square kilometer',
  m2: 'square meter', 'm²': 'square meter', m3: 'cubic meter', 'm³': 'cubic meter', '°C': 'degree Celsius',
  '°F': 'degree Fahrenheit', bpd: 'barrel per day', mpg: 'mile per gallon', sq: 'square',
  // "12 sq km", "450 sq ft", "5ha": areas as papers abbreviate them.
  'sq km': 'square kilometer', 'sq. km': 'square kilometer', sqkm: 'square kilometer', 'sq m': 'square meter',
  'sq ft': 'square foot', 'sq. ft': 'square foot', sqft: 'square foot', 'sq mi': 'square mile', ha: 'hectare',
};

/**
 * Spelled-out unit words that normalize to one spelling. "40 tonnes" stays a tonne: the word names
 * the unit itself (as "metric tons" names a metric ton), and the conventions name a measure by its
 * own noun; only the British spelling of "-metre", "-litre" changes.
 */
export const UNIT_SPELLINGS: Record<string, string> = {
  metre: 'meter', kilometre: 'kilometer', centimetre: 'centimeter', millimetre: 'millimeter',
  litre: 'liter', millilitre: 'milliliter', kilo: 'kilogram', kilogramme: 'kilogram',
  gramme: 'gram', microgramme: 'microgram', pct: 'percent', percentage: 'percent', 'per cent': 'percent',
  hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute', sec: 'second', secs: 'second', yr: 'year',
  // The Danish and Norwegian plural of krone and the Icelandic of króna: a crown, whose country
  // the story decides ("2.4 million kroner" in Tórshavn is DKK).
  kroner: 'crown', kronur: 'crown', 'krónur': 'crown',
  yrs: 'year', wk: 'week', wks: 'week', mo: 'month', mos: 'month', cent: 'cent', pence: 'penny', p: 'penny',
};

/**
 * Units of measure and time: in a compound after a number they are the unit
 * even when another noun follows ("one hour phone call" counts hours).
 */
export const MEASURE_NOUNS = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'month', 'year', 'decade', 'century',
  'millennium', 'percent', 'mile', 'kilometer', 'meter', 'centimeter', 'millimeter', 'foot', 'inch',
  'yard', 'ton', 'metric ton', 'tonne', 'kilogram', 'gram', 'milligram', 'microgram', 'pound', 'ounce', 'liter',
  'milliliter', 'gallon', 'barrel', 'acre', 'hectare', 'degree', 'point', 'cent', 'penny', 'dollar',
  'euro', 'time', 'gigabyte', 'megabyte', 'terabyte', 'kilobyte', 'gigahertz', 'megahertz', 'kilowatt',
  'megawatt', 'gigawatt', 'watt', 'kilowatt-hour', 'megawatt-hour', 'gigawatt-hour', 'terawatt-hour', 'volt', 'calorie', 'knot', 'bit', 'byte', 'pixel', 'storey', 'story',
  'lap', 'seat',
]);

/** Modifiers that make a two-word unit: "square meters", "metric tons", "percentage points". */
export const UNIT_MODIFIERS: Record<string, Set<string>> = {
  square: new Set(['mile', 'kilometer', 'meter', 'foot', 'yard', 'inch', 'centimeter']),
  cubic: new Set(['meter', 'foot', 'yard', 'centimeter', 'inch']),
  metric: new Set(['ton']),
  percentage: new Set(['point']),
  basis: new Set(['point']),
  light: new Set(['year']),
  nautical: new Set(['mile']),
};

/**
 * Words that make the number after them a label, not a count ("No. 1", "version 10.4",
 * "page 12", "Chapter 11"). Only words that are not also common verbs ("issue", "table");
 * capitalized labels ("Resolution 2231") are caught by the name rule instead.
 */
export const LABEL_WORDS = new Set([
  'no', 'nos', 'number', 'num', 'nr', 'chapter', 'version', 'ver', 'v', 'article', 'art', 'section', 'sec',
  'clause', 'paragraph', 'para', 'page', 'pp', 'p', 'vol', 'volume', 'episode', 'ep', 'season',
  'flight', 'route', 'highway', 'interstate', 'room', 'gate', 'terminal', 'platform', 'apartment', 'apt',
  'suite', 'category', 'phase', 'stage', 'grade', 'exit', 'junction', 'pier', 'berth', 'psalm', 'verse',
  'fig', 'appendix', 'annex', 'reactor', 'tier', 'precinct', 'ward', 'district', 'amendment',
]);

/**
 * ISO 4217's currency names (the `currency-codes` package), for the currencies the lists above do
 * not name: "4.2 billion cedis" → GHS, "890 million soles" → PEN, "Kenyan shillings" → KES. A name's
 * last word counts alone only when one currency has it ("cedi", "tugrik"; not "shilling", which
 * four countries use); the full name ("kenyan shilling") always. Lower case, singular.
 */
// ISO last words that are everyday nouns after a number ("two gold medals", "a sum of", "a dram")
// or names of funds: a currency only in the whole name ("Zimbabwe Gold").
const COMMON_NOUN_CURRENCIES = new Set(['gold', 'sum', 'dram', 'previsional', 'mvdol', 'fomento']);

export const ISO_CURRENCY_NAMES: ReadonlyMap<string, string> = (() => {
  const byLastWord = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const singleWord = new Set<string>();
  const national = new Set<string>();
  for (const { code, currency } of ISO_CURRENCIES) {
    // Funds, metals and test codes ("US Dollar (Next day)", "Silver", "SDR (Special Drawing Right)") are no money news counts in.
    if (code.startsWith('X') || /[(]|\b(?:fund|unit|day)\b/iu.test(currency)) continue;
    const words = foldName(currency).replace(/[^a-z ]/gu, '').trim().split(/\s+/u);
    if (words.length > 1) names.set(words.join(' '), code);
    else singleWord.add(words[0]);
    const last = words[words.length - 1];
    byLastWord.set(last, (byLastWord.get(last) ?? new Set()).add(code));
    // "Ghana Cedi", "Czech Koruna": a country's name before it makes the last word the currency's own.
    if (words.length > 1 && !isEnglishWord(words[0])) national.add(last);
  }
  // ("Convertible Mark": a last word after a plain English word counts only as the whole name.)
  for (const [word, codes] of byLastWord) if (codes.size === 1 && !names.has(word) && (singleWord.has(word) || national.has(word)) && !COMMON_NOUN_CURRENCIES.has(word)) names.set(word, [...codes][0]);
  return names;
})();

// Endings that make a country's name an adjective of nationality ("Namibia" → "Namibian", "Fiji" →
// "Fijian", "Surinam" → "Surinamese", "Belize" → "Belizean", "Azerbaijan" → "Azerbaijani").
const DEMONYM_ENDING = /(?:ese|ian|ean|an|i)$/u;
const stemOfCountry = (word: string) => word.replace(/[aeiouy]+$/u, '');

/**
 * ISO 4217 names whose first word is a country ("Namibia Dollar", "Surinam Dollar"), keyed by that
 * country's stem and the name's last word ("namib dollar" → NAD); a key two currencies share is
 * dropped. News writes the nationality instead ("50 million Surinamese dollars").
 */
const ISO_CURRENCY_BY_COUNTRY_STEM: ReadonlyMap<string, string> = (() => {
  const byStem = new Map<string, Set<string>>();
  for (const { code, currency } of ISO_CURRENCIES) {
    if (code.startsWith('X') || /[(]/u.test(currency)) continue;
    const words = foldName(currency).replace(/[^a-z ]/gu, '').trim().split(/\s+/u);
    if (words.length < 2 || words[0].length < 4) continue;
    const key = `${stemOfCountry(words[0])} ${words[words.length - 1]}`;
    byStem.set(key, (byStem.get(key) ?? new Set()).add(code));
  }
  return new Map([...byStem].filter(([, codes]) => codes.size === 1).map(([key, codes]) => [key, [...codes][0]]));
})();

/** "Surinamese" + "dollar" → SRD, "Fijian" + "dollar" → FJD: a nationality before a currency noun (lower case, singular). */
export function currencyOfNationality(adjective: string, noun: string): string | undefined {
  if (!DEMONYM_ENDING.test(adjective)) return undefined;
  const stem = stemOfCountry(adjective.replace(DEMONYM_ENDING, ''));
  return stem.length >= 3 ? ISO_CURRENCY_BY_COUNTRY_STEM.get(`${stem} ${noun}`) : undefined;
}
