// Places named after a saint: "St Anne Harbour", "Saint Peter Port". "St" before a given name also
// titles a saint as a person ("a statue of St Peter"), so the name run reads "St" as a title and
// "Peter Port" as a person; a place's head closing the name, or the gazetteer's town, says otherwise.
import type { EntityMention } from '../../types.ts';
import { isKnownPlace, isKnownTown } from '../gazetteer.ts';
import { PLACE_HEADS } from '../lexicon.ts';

/** "St ", "St. ", "Saint " right before a mention, on its line. */
const SAINT_BEFORE = /(?:^|[^\p{L}\p{N}])(St\.?|Saint)[ \t]$/u;

/**
 * Retypes a person mention that "St"/"Saint" opens as the place it names, "St" included, when its
 * last word is a place's head ("St Vekla Harbour", "St Tolmar Bay") or the gazetteer holds the whole
 * name as a town ("St Peter Port", GeoNames' "Saint Peter Port"). A saint as a person ("St Peter
 * said", "St Tolmar's relics") has neither and stays as it was. Returns new mentions.
 */
export function typeSaintPlaces(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type !== 'person' || !m.text.includes(' ')) return m;
    const saint = SAINT_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (!saint) return m;
    const head = m.text.split(' ').at(-1)!;
    const known = [`Saint ${m.text}`, `St ${m.text}`, `St. ${m.text}`].some((n) => isKnownTown(n) || isKnownPlace(n));
    if (!known && !(PLACE_HEADS.has(head.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(head))) return m;
    const start = m.start - saint[1].length - 1;
    const name = text.slice(start, m.end);
    return { ...m, start, text: name, name, type: 'place', titles: m.titles.filter((t) => !/^(?:st|saint)\.?$/u.test(t)) };
  });
}
