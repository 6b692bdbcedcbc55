// Honours named by their post-nominal letters: "she was made an MBE", "his OBE for services to
// sport". The letters name an award (an honour is `other` in the project's conventions), not the
// body that confers it, so an acronym's default reading as an organization is wrong here.
import type { EntityMention } from '../../types.ts';

/**
 * The grades of the Order of the British Empire and its medal (Wikipedia, "Order of the British
 * Empire": GBE, KBE, DBE, CBE, OBE, MBE; "British Empire Medal": BEM). Other orders' letters ("AM",
 * "OC", "CH") are ordinary words or common acronyms and are left out.
 */
const BRITISH_EMPIRE_HONOURS = new Set(['GBE', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE', 'BEM']);

/** Words before an honour held or given: "made an MBE", "his CBE", "received the OBE for services". */
const HONOUR_BEFORE = /(?:^|[^\p{L}])(?:an?|his|her|their)\s+$/iu;
/** "received the MBE last year", "was awarded the OBE": a verb of giving before "the" and the letters. */
const HONOUR_GIVEN_THE = /(?:^|[^\p{L}])(?:received|awarded|given|collected|accepted|made)\s+the\s+$/iu;
/**
 * Lower-case words an honour's letters may stand before ("an OBE for services", "his CBE at a
 * ceremony", "the MBE last year"). Any other lower-case word is a noun the letters modify ("a CBE
 * spokesman"): the letters are then a body's name and keep their type.
 */
const AFTER_HONOUR = new Set(['after', 'and', 'at', 'before', 'but', 'by', 'during', 'earlier', 'for', 'from', 'had', 'has', 'in', 'is', 'last', 'on', 'or', 'this', 'to', 'was', 'when', 'which', 'with']);
/** "… an OBE for services to …", "the MBE in the New Year Honours": what an honour is given for or in. */
const HONOUR_AFTER = /^\s+(?:for\s+services|in\s+the\s+(?:\d{4}\s+)?(?:new\s+year|birthday|king's|queen's|jubilee)\b)/iu;

/**
 * Retypes a bare honour mention ("MBE") as `other` when the words around it give it as an honour:
 * an article or a possessive before it, or "for services"/"in the New Year Honours" after it
 * ("he was made an MBE", "her OBE for services to nursing"). A document that defines the letters as
 * a body's acronym ("the Central Bank of Vekland (CBE)") keeps them a body. Returns new mentions.
 */
export function typeHonours(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.type === 'other' || !BRITISH_EMPIRE_HONOURS.has(m.text)) return m;
    if (new RegExp(`\\(${m.text}\\)`, 'u').test(text)) return m;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const after = text.slice(m.end, m.end + 40);
    const next = /^[ \t]+(\p{Ll}[\p{L}'’-]*)/u.exec(after);
    if (next && !AFTER_HONOUR.has(next[1])) return m;
    if (!HONOUR_BEFORE.test(before) && !HONOUR_GIVEN_THE.test(before) && !HONOUR_AFTER.test(after)) return m;
    return { ...m, type: 'other' };
  });
}
