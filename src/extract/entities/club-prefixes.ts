// Sports clubs in most of Europe and Latin America put the club's abbreviation first: "FC Tolvar",
// "FK Vekovo", "HK Orvany" (hockey), "SK Tolvice". The English head list reads "FC" only where it
// closes a name ("Tolby FC"), so such a name was left `other`, or read as a person.
import type { EntityMention } from '../../types.ts';

/**
 * Abbreviations of "football club", "hockey club", "sports club" and their kin that open a club's
 * name: the prefixes listed in Wikipedia's "Football club (association football)" naming section and
 * in its lists of clubs by country. These are never a person's initials.
 */
const CLUB_PREFIXES = new Set(['FC', 'AFC', 'HNK', 'IFK', 'VfB', 'VfL', 'TSV', 'SpVgg']);
/**
 * Two-letter prefixes of the same lists that are also a person's initials ("SK Sharma", "HC Verma"):
 * they make a club only with "club" or "team" on the mention's line ("the ice hockey club HK Vekčany").
 * Those that are ordinary abbreviations too ("AC", "AS", "US", "SD", "IF", "CA") are left out.
 */
const INITIAL_LIKE_PREFIXES = new Set(['CF', 'FK', 'NK', 'SK', 'KS', 'HK', 'HC', 'BK', 'IK', 'SV', 'CD', 'UD']);

/**
 * Retypes a mention of two words or more that a club's abbreviation opens, followed by a capitalised
 * name ("FC Tolvar", "HK Vekčany"), as the club (organization), when the earlier steps left it
 * `other` or read it as a person; a prefix that may be initials needs "club" or "team" on the line
 * ("the amateur club HK Vekčany", not "HC Vekarma wrote the book"). A name already typed a place or a
 * body keeps its type. `text` is the document the offsets index. Returns new mentions.
 */
export function typeClubPrefixes(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type !== 'other' && m.type !== 'person') return m;
    const words = m.name.split(' ');
    if (words.length < 2 || !/^\p{Lu}/u.test(words[1])) return m;
    if (CLUB_PREFIXES.has(words[0])) return { ...m, type: 'organization' };
    if (!INITIAL_LIKE_PREFIXES.has(words[0])) return m;
    const lineStart = text.lastIndexOf('\n', Math.max(0, m.start - 1)) + 1;
    const lineEnd = text.indexOf('\n', m.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    return /\b(?:club|team)\b/iu.test(line) ? { ...m, type: 'organization' } : m;
  });
}
