// "212 fishermen from Kelo-Madiouth", "villagers from Tolvaro": people in the plural "from" a name come
// from a place. A person is no one's origin in the plural ("a letter from Ana Vekla" is singular and
// says who sent it), so a name typed a person by its shape alone (two words no dictionary holds, a
// hyphen between) after "PEOPLE from" is the place, and the same name elsewhere in the document with it
// ("most of them from Kelo-Madiouth"): one name, one sense in one story.
import type { EntityMention } from '../../types.ts';
import { isPersonNoun } from '../attribution/coreference.ts';
import { singularize } from '../../segment/index.ts';

/** A lower-case plural noun and "from" right before the name: "fishermen from ", "the farmers from ". */
const PEOPLE_FROM = /(?:^|[^\p{L}\p{N}'’-])(\p{Ll}+)[ \t]+from[ \t]+$/u;

/** Whether a lower-case word is one of WordNet's nouns for people in the plural ("fishermen", "residents"). */
function isPeoplePlural(word: string): boolean {
  if (word === 'people') return true;
  // ("fishermen", "ferrymen": singularize leaves compounds of "men" as they are.)
  const singular = /men$/u.test(word) ? `${word.slice(0, -3)}man` : singularize(word);
  return singular !== word && isPersonNoun(singular);
}

/**
 * Retypes as places the person mentions with no title right after a plural noun for people and
 * "from" ("fishermen from Kelo-Madiouth"), then every other person mention with no title of the
 * same name. A body stays as it was ("workers from Vekla Foods"), and so does a person after a
 * singular noun ("a letter from Ana Vekla") or before a possessive ("pupils from Ana Vekla's class").
 * Returns new mentions.
 */
export function typeOriginPlaces(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const origins = new Set<string>();
  for (const m of mentions) {
    // ("pupils from Ana Vekla's class": a possessive makes the person the owner of the place, not it.)
    if (m.type !== 'person' || m.titles.length > 0 || /^['’]/u.test(text.slice(m.end, m.end + 1))) continue;
    const before = PEOPLE_FROM.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (before && isPeoplePlural(before[1])) origins.add(m.name);
  }
  if (origins.size === 0) return [...mentions];
  return mentions.map((m) => (m.type === 'person' && m.titles.length === 0 && origins.has(m.name) ? { ...m, type: 'place' } : m));
}
