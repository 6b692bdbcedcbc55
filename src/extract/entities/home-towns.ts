// "A 27-year-old Vekgrove man", "an 80-year-old Tolvane resident": court and police reports name where
// someone lives by setting the town's name, as a modifier, between an age and a noun for the person.
// A name there that no rule could type (other) is that town; a body ("a 40-year-old Labour man") or a
// person's name the run typed keeps its type. A dictionary word ("Tesla", a unit), one of WordNet's
// nouns for people ("Muslim", "Hindu"), a nationality, or a firm compromise's lexicon knows ("Toyota")
// names a kind of person or an employer, not a town, and stays as it was.
import type { EntityMention } from '../../types.ts';
import { isPersonNoun } from '../attribution/coreference.ts';
import { isEnglishWord, isNationality } from '../gazetteer.ts';
import { isLexiconOrganization } from '../../segment/index.ts';

/** A name that is no town's: a nationality, a firm compromise knows, a noun for people, or dictionary words only. */
function namesNoTown(name: string): boolean {
  return isNationality(name) || isLexiconOrganization(name) || isPersonNoun(name.toLowerCase()) || name.split(/\s+/u).every((w) => isEnglishWord(w.toLowerCase()));
}

/** "a 27-year-old ", "an 80-year-old " right before the name. */
const AGE_BEFORE = /(?:^|[^\p{L}\p{N}])[Aa]n?[ \t]+\d{1,3}-year-old[ \t]+$/u;

/** The lower-case noun right after the name: "man", "resident", "mother" (one of WordNet's nouns for people). */
const NOUN_AFTER = /^[ \t]+(\p{Ll}+)(?![\p{L}'’-])/u;

/**
 * Retypes as a place an `other` mention between "a N-year-old" and a noun for a person ("A 27-year-old
 * Vekgrove man will appear in court"). Returns new mentions.
 */
export function typeHomeTowns(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type !== 'other' || m.titles.length > 0 || namesNoTown(m.name)) return m;
    const noun = NOUN_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!noun || !isPersonNoun(noun[1]) || !AGE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return m;
    return { ...m, type: 'place' };
  });
}
