// Short titles of laws with a bracketed part: "the Road Traffic (Vekland) Law", "the Rented Homes
// (Amendment) Act", "the Personal Records (Privacy) (Amendment) Ordinance". Legislatures in the
// Channel Islands, Hong Kong, Scotland and Northern Ireland put the jurisdiction, "Amendment" or a
// number in brackets inside a law's short title (UK Statute Law Database style); the title is one
// name, a law (`other`), not a body or a term, a place and a head found apart.
import type { EntityMention } from '../../types.ts';

/** Bracketed parts a short title holds, then the law's head: " (Jersey) Law", " (Privacy) (Amendment) Ordinance", " (No. 2) Act". */
const BRACKETED_THEN_HEAD = /^(?:[ \t]\((?:\p{Lu}[\p{L}'’.-]*(?:[ \t](?:of[ \t]|and[ \t])?\p{Lu}[\p{L}'’.-]*)*|No\.?[ \t]\d{1,2})\))+[ \t](?:Act|Law|Bill|Ordinance|Order|Regulations|Decree|Code)(?![\p{L}\p{N}])/u;

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
    if (!TITLE_WORDS.test(m.text)) continue;
    const tail = BRACKETED_THEN_HEAD.exec(text.slice(m.end, m.end + 160));
    if (!tail) continue;
    const end = m.end + tail[0].length;
    const title = text.slice(m.start, end);
    joined.push({ start: m.start, end, text: title, type: 'other', name: title, titles: m.titles });
  }
  if (!joined.length) return [...mentions];
  const inside = (m: EntityMention) => joined.some((j) => m.start >= j.start && m.end <= j.end);
  return [...mentions.filter((m) => !inside(m)), ...joined].sort((a, b) => a.start - b.start);
}
