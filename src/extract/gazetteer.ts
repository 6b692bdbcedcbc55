// Place names from a maintained data package (countries-list: every country,
// its capital and the continents), loaded on first use so that a run that
// never asks pays nothing. World regions that are not countries are added
// as a short list of geographic terms.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Latin America', 'Central America', 'Caribbean',
  'Balkans', 'Baltics', 'Scandinavia', 'Sahel', 'Caucasus', 'Central Asia', 'Southeast Asia',
  'East Asia', 'South Asia', 'West Africa', 'East Africa', 'North Africa', 'Sub-Saharan Africa',
  'Western Europe', 'Eastern Europe', 'Arctic', 'Antarctic', 'Mediterranean', 'Pacific', 'Atlantic',
  'Gulf', 'Persian Gulf', 'Horn of Africa', 'Korean Peninsula', 'Crimea', 'Donbas', 'Donbass',
  'Siberia', 'Kashmir', 'Tibet', 'Gaza', 'West Bank', 'Kosovo', 'Taiwan', 'Hong Kong', 'Macau',
  'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Europe', 'Asia', 'Africa',
  'America', 'Americas', 'Oceania', 'Eurasia',
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
