// The news agency credited in a dateline: "TOLBEG, Jan 18 (Meridian) -", "GENEVA (Vekwire) —",
// "PORT-OF-SPAIN, Trinidad (Tolvane News) -". Wire copy puts the agency's name in brackets between
// the town (in capitals, with an optional date or country after a comma) and the dash that opens the
// story (not a colon: 'NAME (Host):' opens a transcript's line). The name often is an English word ("Meridian", "Harbinger") that the name runs drop as a
// common word; there, in that frame, it names the agency: an organization.
import type { EntityMention } from '../../types.ts';
import { isEnglishWord } from '../gazetteer.ts';

/**
 * A bracket that is no credit: an editor's note on the story's version, written in capitals
 * ("(UPDATED)", "(REFILE)", "(UPDATE 2)", "(CORRECTED)"), and a speaker's role in a transcript
 * ("TOLVI RASKEN (Host): …", "(Moderator)").
 */
const EDITORS_NOTE = /^(?:UPDATE[ \t]\d+|REFILE|RPT|REPEAT|CORRECTED|CORRECTION|UPDATED|UPDATE|EXCLUSIVE|ANALYSIS|FEATURE|PHOTO|VIDEO|WRAPUP|INTERVIEW)$/u;
const TRANSCRIPT_ROLES = new Set(['host', 'co-host', 'cohost', 'moderator', 'presenter', 'anchor', 'interviewer', 'narrator', 'caller', 'guest', 'reporter', 'correspondent', 'announcer', 'speaker', 'panelist', 'panellist', 'translator', 'interpreter']);

/** Whether a bracket's words can be an agency's credit (no editor's note, no role, no English word in capitals). */
function isCredit(name: string): boolean {
  if (EDITORS_NOTE.test(name) || TRANSCRIPT_ROLES.has(name.toLowerCase())) return false;
  return !(/^[\p{Lu}\d \t-]+$/u.test(name) && name.split(/[ \t]+/u).every((w) => /^\d+$/u.test(w) || isEnglishWord(w.toLowerCase())));
}

/** A dateline's town in capitals, an optional ", date or country", the bracketed credit, the dash. */
const WIRE_DATELINE = /^[ \t]*\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}(?:,[ \t][^\n()]{1,40}?)?[ \t]\((\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})\)[ \t]*(?:[—–]|-(?=\s))/gmu;

/**
 * Adds the credited agency of each wire dateline as an organization mention, or retypes a mention
 * that is exactly its name; a mention that covers only part of the name is left as it is. One scan
 * of the text's lines and one pass over the mentions. Returns new mentions, in text order.
 */
export function markWireCredits(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const credits = new Map<number, number>();
  for (const m of text.matchAll(WIRE_DATELINE)) {
    if (!isCredit(m[1])) continue;
    const start = m.index! + m[0].lastIndexOf(`(${m[1]})`) + 1;
    credits.set(start, start + m[1].length);
  }
  if (!credits.size) return [...mentions];
  const out = mentions.map((m) => {
    const end = credits.get(m.start);
    if (end === undefined) return m;
    credits.delete(m.start);
    return m.end === end ? { ...m, type: 'organization' as const } : m;
  });
  // Whatever credit no mention starts at: a new mention unless one overlaps it.
  const sorted = [...out].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const [start, end] of [...credits].sort((a, b) => a[0] - b[0])) {
    while (k < sorted.length && sorted[k].end <= start) k++;
    if (k < sorted.length && sorted[k].start < end) continue;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, type: 'organization', name, titles: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}
