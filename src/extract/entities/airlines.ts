// Airlines named "Air X" when "Air" opens a sentence: "Air Tolmarin said it had cancelled 14
// flights". A capitalised English word opening a sentence is usually no part of a name, so the
// name run starts at "X"; but "Air" + a capitalised name is how airlines are named (IATA's airline
// designators list "Air Vekla"-style names by the dozen), and "Air" opening a sentence before a
// name is that airline, not the common noun (which takes a lower-case word: "Air quality fell").
import type { EntityMention } from '../../types.ts';
import { isEnglishWord } from '../gazetteer.ts';

/** "Air " opening a sentence: at a line's start, after a sentence's end (and a closing quote), or after an opening quote. */
const AIR_OPENING = /(?:^|\n[ \t]*|[.!?]["”’]?[ \t]+|["“‘][ \t]?)Air[ \t]$/u;

/**
 * Extends a body's, a place's or an untyped mention that "Air" opening a sentence precedes to take
 * "Air" in, as an organization ("Air Tolmarin said" → "Air Tolmarin"). A person ("Air Marshal" is
 * read as a title elsewhere) and a mention that does not start right after "Air " stay as they were.
 * Returns new mentions.
 */
export function joinSentenceOpeningAir(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type === 'person' || !/^\p{Lu}\p{Ll}/u.test(m.text)) return m;
    // ("Air Quality Index readings": a common word after "Air" makes a compound noun, no airline.)
    if (isEnglishWord(m.text.split(/[\s-]/u)[0].toLowerCase())) return m;
    if (!AIR_OPENING.test(text.slice(Math.max(0, m.start - 8), m.start))) return m;
    const start = m.start - 4;
    const name = text.slice(start, m.end);
    return { ...m, start, text: name, name, type: 'organization' };
  });
}
