// Short titles of laws with a bracketed part: "the Road Traffic (Vekland) Law", "the Rented Homes
// (Amendment) Act", "the Personal Records (Privacy) (Amendment) Ordinance". Legislatures in the
// Channel Islands, Hong Kong, Scotland and Northern Ireland put the jurisdiction, "Amendment" or a
// number in brackets inside a law's short title (UK Statute Law Database style); the title is one
// name, a law (`other`), not a body or a term, a place and a head found apart.
import type { EntityMention } from '../../types.ts';

/** Bracketed parts a short title holds, then the law's head: " (Jersey) Law", " (Privacy) (Amendment) Ordinance", " (No. 2) Act". */
const BRACKETED_THEN_HEAD = /^(?:[ \t]\((?:\p{Lu}[\p{L}'’.-]*(?:[ \t](?:of[ \t]|and[ \t])?\p{Lu}[\p{L}'’.-]*)*|No\.?[ \t]\d{1,2})\))+[ \t](?:Act|Law|Bill|Ordinance|Order|Regulations|Decree|Code)(?![\p{L}\p{N}])/u;

/**
 * Lower-case words a law's title may stand before ("the … Act was passed", "… Law on Tuesday",
 * "… Regulations came into force"). Any other lower-case word after the head is a noun the head
 * word modifies ("Order books", "Code of practice" aside, "Bill payments"): no law's title.
 */
const AFTER_TITLE = new Set(['a', 'after', 'also', 'and', 'are', 'as', 'at', 'because', 'before', 'but', 'by', 'came', 'can', 'comes', 'could', 'did', 'does', 'during', 'for', 'from', 'gave', 'gives', 'had', 'has', 'have', 'if', 'in', 'into', 'is', 'it', 'may', 'means', 'might', 'must', 'now', 'of', 'on', 'only', 'or', 'requires', 'says', 'should', 'since', 'so', 'still', 'than', 'that', 'the', 'this', 'to', 'took', 'under', 'was', 'were', 'when', 'which', 'who', 'will', 'with', 'would',
  // verbs a law is the subject of
  'affects', 'allows', 'amends', 'applies', 'bans', 'becomes', 'covers', 'extends', 'gives', 'goes', 'includes', 'introduces', 'lets', 'makes', 'needs', 'protects', 'provides', 'puts', 'remains', 'replaces', 'sets', 'states', 'takes']);

/** The words of a title before its brackets: capitalised words, "of"/"and"/"for"/"on" inside. */
const TITLE_WORDS = /^\p{Lu}[\p{L}'’-]*(?:[ \t](?:(?:of|and|for|on|the)[ \t])*\p{Lu}[\p{L}'’-]*)*$/u;

/**
 * Joins a capitalised name, the bracketed parts after it and the law's head into one `other`
 * mention ("the Dog Control (Vekland) Law" → "Dog Control (Vekland) Law"), dropping the mentions
 * found inside it (the bracketed place, the bare head). A name with no law's head after its
 * brackets ("Vekla Holdings (Tolbeg) said") stays as it was. Returns new mentions.
 */
export function joinLawTitles(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const joined: EntityMention[] = [];
  for (const m of mentions) {
    // A person's name before a bracket is a party or a place ("Mara Quell (Labour) Bill Hardy").
    if (m.type === 'person' || !TITLE_WORDS.test(m.text)) continue;
    const tail = BRACKETED_THEN_HEAD.exec(text.slice(m.end, m.end + 160));
    if (!tail) continue;
    const end = m.end + tail[0].length;
    // The head before a capitalised word is a given name or a name's first word ("… (Orvane) Bill
    // Ward"); before a lower-case noun it modifies that noun ("… (Tolbeg) Order books grew").
    const next = /^[ \t]+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
    if (next && (/^\p{Lu}/u.test(next[1]) || (!AFTER_TITLE.has(next[1]) && !/^\p{Ll}+(?:ed|ly)$/u.test(next[1])))) continue;
    // A body's name with its acronym in brackets is the body ("the Financial Conduct Authority (FCA)
    // Code"): the bracketed capitals spell the initials of the words before them.
    const initials = m.text.split(/[ \t]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (/\((\p{Lu}{2,})\)/u.test(tail[0]) && [...tail[0].matchAll(/\((\p{Lu}{2,})\)/gu)].some((a) => initials.endsWith(a[1]) || initials === a[1])) continue;
    const title = text.slice(m.start, end);
    joined.push({ start: m.start, end, text: title, type: 'other', name: title, titles: m.titles });
  }
  if (!joined.length) return [...mentions];
  const inside = (m: EntityMention) => joined.some((j) => m.start >= j.start && m.end <= j.end);
  return [...mentions.filter((m) => !inside(m)), ...joined].sort((a, b) => a.start - b.start);
}
