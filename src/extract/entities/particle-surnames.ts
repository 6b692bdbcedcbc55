// A person named again by the surname with its particles: "Ramona Vek de la Tolva … said de la Tolva".
// English text writes the particles of a Spanish, Portuguese, Dutch or French surname in lower case
// when the surname stands alone, so the name run (which opens no name on a lower-case word mid-
// sentence) finds "Tolva" only. The full name earlier in the same document says the particles belong
// to the surname; without it nothing changes (a lower-case "de" or "van" may be any word).
import type { EntityMention } from '../../types.ts';
import { isEnglishWord } from '../gazetteer.ts';
import { NAME_PARTICLES } from '../lexicon.ts';

/** The surname after the particles of a person mention: "Ramona Vek de la Tolva" → ["de la", "Tolva"]. */
function particleSurname(name: string): [string, string] | null {
  const words = name.split(/[ \t]+/u);
  const at = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w) && /^\p{Ll}/u.test(w));
  if (at < 1) return null;
  let end = at;
  while (end < words.length && NAME_PARTICLES.has(words[end])) end++;
  const rest = words.slice(end);
  if (!rest.length || !rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return [words.slice(at, end).join(' '), rest.join(' ')];
}

/**
 * Extends a mention that is only the surname ("Tolva") over the lower-case particles before it ("de
 * la Tolva") when a person mention of the same document ends in those particles and that surname,
 * and the word before the particles is no capitalised name (then it would be a given name, and the
 * whole name a mention of its own). The mention becomes a person. One pass to read the full names,
 * one to extend. Returns new mentions.
 */
export function joinParticleSurnames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const particlesOf = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const found = particleSurname(m.text);
    if (found && !particlesOf.has(found[1])) particlesOf.set(found[1], found[0]);
  }
  if (!particlesOf.size) return [...mentions];
  return mentions.map((m) => {
    const particles = particlesOf.get(m.text);
    if (particles === undefined) return m;
    const start = m.start - particles.length - 1;
    if (start < 0 || text.slice(start, m.start) !== `${particles} `) return m;
    // The word before the particles: a capitalised one that is no English word ("Later de la Tolva
    // laughed" opens a sentence) is a given name of a longer name, which is no back-reference.
    const before = /(\p{L}[\p{L}'’.-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (before && /^\p{Lu}/u.test(before[1]) && !isEnglishWord(before[1].toLowerCase())) return m;
    const name = text.slice(start, m.end);
    return { ...m, start, text: name, name, type: 'person' };
  });
}
