// Sports clubs in most of Europe and Latin America put the club's abbreviation first: "FC Tolvar",
// "FK Vekovo", "HK Orvany" (hockey), "SK Tolvice". The English head list reads "FC" only where it
// closes a name ("Tolby FC"), so such a name was left `other`, or read as a person.
import type { EntityMention } from '../../types.ts';
import { hasPersonEvidence } from './person-evidence.ts';

/**
 * Abbreviations of "football club", "hockey club", "sports club" and their kin that open a club's
 * name: the prefixes listed in Wikipedia's "Football club (association football)" naming section and
 * in its lists of clubs by country. These are never a person's initials.
 */
const CLUB_PREFIXES = new Set(['FC', 'AFC', 'HNK', 'IFK', 'VfB', 'VfL', 'TSV', 'SpVgg']);
/**
 * Two-letter prefixes of the same lists that are also a person's initials ("SK Sharma", "HC Verma"):
 * they make a club only with "club", "team" or a sport's word right before the name ("the ice hockey
 * club HK Vekčany") or a club's word right after it, and never with a person's role or as a quote's speaker.
 * Those that are ordinary abbreviations too ("AC", "AS", "US", "SD", "IF", "CA") are left out.
 */
const INITIAL_LIKE_PREFIXES = new Set(['CF', 'FK', 'NK', 'SK', 'KS', 'HK', 'HC', 'BK', 'IK', 'SV', 'CD', 'UD']);

/**
 * Retypes a mention of two words or more that a club's abbreviation opens, followed by a capitalised
 * name ("FC Tolvar", "HK Vekčany"), as the club (organization), when the earlier steps left it
 * `other` or read it as a person; a prefix that may be initials needs "club" or "team"
 * right before the name or a club's word right after it ("the amateur club HK Vekčany", not "HC
 * Vekarma wrote the book", nor "SK Vekmani, a surgeon, told the team"). A name already typed a place or a
 * body keeps its type. `text` is the document the offsets index. Returns new mentions.
 */
export function typeClubPrefixes(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  // ("Former HK Kavečany treasurer denies …" above "a treasurer of the hockey club HK Kavečany told …":
  // a name the club's word opens once is the club everywhere in the document.)
  const clubs = new Set(mentions.filter((m) => CLUB_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))).map((m) => m.name));
  return mentions.map((m) => {
    if (m.type !== 'other' && m.type !== 'person') return m;
    const words = m.name.split(' ');
    if (words.length < 2 || !/^\p{Lu}/u.test(words[1])) return m;
    if (CLUB_PREFIXES.has(words[0])) return { ...m, type: 'organization' };
    if (!INITIAL_LIKE_PREFIXES.has(words[0])) return m;
    // ("“…,” SK Vekhari, a surgeon, told reporters. The hospital team worked …": "team"
    // elsewhere on the line says nothing of the name; a role or being a quote's speaker keeps a person.)
    // ("a treasurer of the hockey club HK Vekčany told the court": the club's word in the name's own
    // noun phrase decides first.)
    if (clubs.has(m.name)) return { ...m, type: 'organization' };
    if (hasPersonEvidence(text, m.start, m.end)) return m;
    return CLUB_WORD_AFTER.test(text.slice(m.end, m.end + 24)) ? { ...m, type: 'organization' } : m;
  });
}

/** "club"/"team" or a sport's word right before the name, in its own noun phrase ("the hockey club HK Vekčany", "club HK …"). */
const CLUB_WORD_BEFORE = /\b(?:club|team|side|football|hockey|handball|basketball|volleyball|futsal|rugby)\s+$/iu;
/** A club's word right after the name ("SK Tolvice fans", "HK Vekčany's players"). */
const CLUB_WORD_AFTER = /^(?:['’]s)?\s+(?:club|team|fans|supporters|players|squad|stadium|striker|goalkeeper)\b/iu;
