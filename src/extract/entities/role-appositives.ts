// A name in apposition to a possessive and a noun for a person: "His deckhand, Tavo, is 19", "their
// daughter, Ilse Vekmar, said". English sets a person's name after "his/her/their … ROLE," only when the
// name is that person's, so a name the run left untyped (other) for want of a known given name is a
// person's. The role must be one of WordNet's nouns for people (noun.person, the list speaker
// descriptions use); "his company, Vekla Foods," and "their club, Tolby Rovers," name no person and stay.
// A body can fill many such roles too ("His sponsor, Orvix,", "His client, Dravix,"), so the name must
// show a person's mark as well: a given name of the name lists first, an age ("Drevo, 19,", "Drevo,
// is 19"), or a verb of saying with it ("said Drevo", "Drevo said").
import type { EntityMention } from '../../types.ts';
import { isPersonNoun } from '../attribution/coreference.ts';
import { isGivenName, isWorldGivenName } from '../gazetteer.ts';

const SAYING = '(?:said|says|told|added|asked|explained|recalled)';

/** Evidence beyond the role that the name is a person's (see above). */
function hasPersonMark(text: string, m: EntityMention): boolean {
  const first = m.name.split(' ')[0];
  if (m.name.includes(' ') && (isGivenName(first) || isWorldGivenName(first))) return true;
  if (/^,?[ \t]+(?:is[ \t]+|was[ \t]+)?\d{1,3}(?:[ \t]*,|[ \t]*\.|[ \t]+years?\b)/u.test(text.slice(m.end, m.end + 20))) return true;
  const name = m.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`\\b${SAYING}[ \\t]+${name}\\b|\\b${name}[ \\t]+${SAYING}\\b`, 'u').test(text);
}

/** "his deckhand, ", "Her younger brother, ", "their new coach, ": a possessive, up to two modifiers, a noun and a comma right before the name. */
const POSSESSIVE_ROLE_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+),[ \t]$/u;

/** What may follow the name: the appositive's closing comma, or its sentence's end. */
const APPOSITIVE_CLOSE = /^(?:,|\.(?:\s|$)|$)/u;

/**
 * Retypes an `other` mention of one to three words as a person where a possessive and a person's
 * noun stand before it in apposition and a comma or the sentence's end closes it ("His nephew, Drevo,
 * is 19"). Typed mentions, and names after a noun for no person ("his boat, Tolva Star,"), stay as
 * they were. Returns new mentions.
 */
export function typeRoleAppositives(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type !== 'other' || m.titles.length > 0 || m.name.split(' ').length > 3) return m;
    const role = POSSESSIVE_ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!role || !isPersonNoun(role[1]) || !APPOSITIVE_CLOSE.test(text.slice(m.end, m.end + 2)) || !hasPersonMark(text, m)) return m;
    return { ...m, type: 'person' };
  });
}
