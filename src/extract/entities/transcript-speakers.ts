// Broadcast and interview transcripts open each turn with its speaker in capitals and a colon:
// "KESTEVAN: Mr Odnev, is that right?", "HOST (MIRA KESTEVAN): Good evening." A wire dateline has the
// same look ("TOLVIK: Rain fell …") but opens a story once; a speaker takes several turns. So where a
// capitals label opens two lines or more and the document has at least two labels, every label (and
// the name a role label puts in brackets) names a person, whatever a gazetteer or the capitals-line
// reading said (a surname may be a town's name too). A label that is a known place ("MOSCOW:") or
// only dictionary words or a letter ("UPDATE:", "NOTE:", "Q:", "HOST:" alone) names no speaker: it is
// no person and does not count toward that test, so a dateline repeated beside "UPDATE:" notes stays
// a place.
import type { EntityMention } from '../../types.ts';
import { isEnglishWord, isGivenName, isKnownPlace } from '../gazetteer.ts';

/** A label that names no speaker: a known place, a letter, or only dictionary words that are no given names. */
function namesNoSpeaker(label: string): boolean {
  if (isKnownPlace(label)) return true;
  const words = label.split(/[ \t]+/u).map((w) => w.toLowerCase().replace(/[.'’-]+$/u, ''));
  return words.every((w) => w.length <= 1 || (isEnglishWord(w) && !isGivenName(w)));
}

/** A line's capitals label before a colon, with an optional bracketed name: "ODNEV: ", "HOST (MIRA KESTEVAN): ". */
const TURN = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})(?:[ \t]+\((\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})\))?:[ \t]/gmu;

/**
 * Retypes as persons the mentions that are a transcript's speaker labels (see above): the label at a
 * line's start, or the bracketed name after a role ("HOST (MIRA KESTEVAN):"). A document whose
 * labels each open one line only (a round-up of datelines) is left as it was. Returns new mentions.
 */
export function typeTranscriptSpeakers(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const turns = new Map<string, number>();
  const speakerAt = new Set<number>();
  const bracketed: number[] = [];
  for (const turn of text.matchAll(TURN)) {
    const label = turn[2] ?? turn[1];
    if (!turn[2] && namesNoSpeaker(label)) continue;
    turns.set(label, (turns.get(label) ?? 0) + 1);
    if (!namesNoSpeaker(turn[1])) speakerAt.add(turn.index);
    if (turn[2]) bracketed.push(turn.index + turn[0].indexOf(`(${turn[2]})`) + 1);
  }
  if (turns.size < 2 || ![...turns.values()].some((n) => n >= 2)) return [...mentions];
  for (const at of bracketed) speakerAt.add(at);
  return mentions.map((m) => {
    if (m.type === 'person' || !speakerAt.has(m.start) || !/^:|^\):/u.test(text.slice(m.end, m.end + 2))) return m;
    return { ...m, type: 'person' };
  });
}
