// Reporting verbs: the words that frame reported speech ("said", "warned", "pointed out").
// The lemmas are a published list, kept as data with its source in reporting-verbs.json (Stanford
// CoreNLP's English reporting verbs, Lee et al. 2013), less its verbs of cognition, perception and
// other action (`not_speech` there: think, find, negotiate …); this module inflects them by English
// spelling rules, so "admit" gives admits/admitted/admitting and "reply" gives replies/replied.
// Verbs outside the list are still cues in one position (see frames.ts): right after a quote,
// next to its speaker (“…,” she gushed).
import { createRequire } from 'node:module';
import { REPORTING_VERBS as PROJECT_VERBS } from '../lexicon.ts';

const require = createRequire(import.meta.url);
const DATA = require('./reporting-verbs.json') as { source: string; lemmas: string[]; not_speech: string[] };

// The irregular forms of the listed lemmas: English grammar, not a word list.
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], speak: ['spoke', 'spoken'], spoke: ['speak', 'speaks', 'speaking', 'spoken'],
  swear: ['swore', 'sworn'], think: ['thought'], teach: ['taught'], hear: ['heard'], feel: ['felt'], find: ['found'],
  forget: ['forgot', 'forgotten'], foretell: ['foretold'], see: ['saw', 'seen'], mean: ['meant'], sing: ['sang', 'sung'],
  forbid: ['forbade', 'forbidden'], forecast: ['forecast'], spread: ['spread'], read: ['read'], learn: ['learnt'],
  prove: ['proven'], show: ['shown'], told: ['tell', 'tells', 'telling'],
};

/** The forms of an English verb: -s, -ed, -ing by spelling rule (e-drop, y → i, doubled final consonant), plus irregulars. */
export function inflect(lemma: string): string[] {
  const forms = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const consonantY = /[^aeiou]y$/u.test(lemma);
  forms.add(consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`);
  if (consonantY) forms.add(`${lemma.slice(0, -1)}ied`);
  else if (lemma.endsWith('e')) forms.add(`${lemma}d`);
  else forms.add(`${lemma}ed`);
  forms.add(lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`);
  // "admit" → "admitted", "slam" → "slammed", "rebut" → "rebutted": a final consonant after one vowel doubles when stressed.
  if (/[^aeiou][aeiou][bdglmnprt]$/u.test(lemma)) {
    const last = lemma[lemma.length - 1];
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  }
  return [...forms];
}

/** Lemmas that report speech only with a particle after them: "pointed out". */
const NEEDS_PARTICLE: Record<string, string> = { point: 'out' };

let verbs: Map<string, string> | null = null;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  const notSpeech = new Set(DATA.not_speech);
  for (const lemma of DATA.lemmas) {
    if (notSpeech.has(lemma)) continue;
    for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, lemma);
  }
  // The project's own list adds the verbs of posting and publishing ("tweeted", "posted", "wrote").
  for (const form of PROJECT_VERBS) if (!map.has(form)) map.set(form, form);
  return map;
}

/**
 * The lemma of a reporting verb form ("warned" → "warn", "said" → "say"), or null.
 * `next` is the following word, lower case: "pointed" is a cue only in "pointed out".
 */
export function reportingLemma(form: string, next = ''): string | null {
  verbs ??= load();
  const lemma = verbs.get(form) ?? null;
  if (lemma !== null && NEEDS_PARTICLE[lemma] !== undefined && next !== NEEDS_PARTICLE[lemma]) return null;
  return lemma;
}

/** Where the list comes from, for the README and `facts` documentation. */
export const REPORTING_VERBS_SOURCE = DATA.source;
