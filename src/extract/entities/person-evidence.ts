// A name some later step would retype from its own words alone (a Romance landform opening it, a
// club's two letters opening it) may have been told a person's by the words around it: a role
// appositive (", the singer,"), an age (", 24,"), or "said"/"told" that makes it a quote's speaker.
// Such evidence outweighs a head word that is also a given name or a surname ("Sierra", "Pico",
// "Laguna") or letters that are also a person's initials ("SK", "HC").

import { isPersonNoun } from '../attribution/coreference.ts';

/**
 * Whether `word` (lower case) is a noun for a person's role: one of WordNet's nouns for people (the
 * list speaker descriptions use, attribution/coreference.ts). WordNet's list holds the agent nouns
 * that name people ("singer", "surgeon") and leaves out those that name things ("river", "glacier",
 * "tower"), so no ending and no list of exceptions typed by hand is needed.
 */
function isRoleNoun(word: string): boolean {
  return isPersonNoun(word);
}

/**
 * Whether the text around text[start, end) types the name a person's: ", 24," or ", (a|an|the) …
 * ROLE," right after it ("Sierra de Vekla, the singer,", "SK Vekmani, a surgeon at …"), or "said"/
 * "told"/"says" right before it or right after it (after an appositive: "Laguna Vekta, the coach,
 * said"). `speech` false leaves "said"/"told" out (a body says things too).
 */
export function hasPersonEvidence(text: string, start: number, end: number, speech = true): boolean {
  const after = text.slice(end, end + 120);
  if (/^,\s*\(?\d{1,3}\)?,/u.test(after)) return true;
  const apposition = /^,\s*(?:a|an|the|his|her)\s+((?:[\p{Ll}'’-]+\s+){0,4}?)([\p{Ll}-]+)(?=[,.;]|\s+(?:at|for|from|of|in|with|on|who)\b)/u.exec(after);
  if (apposition && isRoleNoun(apposition[2])) return true;
  if (!speech) return false;
  const rest = apposition ? after.slice(apposition[0].length).replace(/^[^,.;]*,/u, '') : after;
  if (/^\s+(?:said|says|told|added|tells)\b/u.test(rest)) return true;
  return /\b(?:said|says|told|added)\s+$/u.test(text.slice(Math.max(0, start - 12), start));
}
