// Names in French, Spanish, Portuguese and Catalan put their head word first and join the
// proper part with a particle: "Cirque de Mafate", "Serra da Estrela", "Préfecture de la Guyane".
// The head then says what the name is, as "… Valley" or "… Council" does at the end of an English
// name; the English head lists, read at the end of a name, never see it, and the words after the
// particle read as a given name and a surname or as nothing.
import type { EntityMention, EntityType } from '../../types.ts';
import { FOREIGN_PLACE_OPENERS } from '../lexicon.ts';
import { hasPersonEvidence } from './person-evidence.ts';

/**
 * Landforms and waters that open a place's name before "de"/"da"/"du" …: the French, Spanish and
 * Portuguese words of Wiktionary's translation tables for "cirque", "mountain range", "peak",
 * "pass", "hill", "river", "plain", "valley", "bay", "cove", "beach". Not "Monte" (a given name, and
 * banks and pawnshops are named "Monte de …"). lexicon.ts's FOREIGN_PLACE_OPENERS ("Lac", "Baie",
 * "Praia"), which classify reads before a capital only, count here too ("Lac de Tolva").
 */
const LANDFORM_OPENERS = new Set([
  'cirque', 'serra', 'sierra', 'cordillera', 'pico', 'pic', 'piton', 'morne', 'col', 'colline', 'cerro',
  'rivière', 'riviere', 'río', 'rio', 'ribeira', 'plaine', 'llanura', 'vallée', 'vallee', 'valle', 'vale',
  'anse', 'enseada', 'ensenada', 'plage', 'massif', 'montagne', 'chaîne', 'chaine',
]);

/**
 * Public administrations (and a few other bodies) that open a body's name before a particle (or an adjective and a
 * particle): the French, Spanish and Portuguese names of a prefecture's office, a town hall and a
 * territorial or municipal government ("Mairie de Tolbourg", "Prefeitura de Vekópolis", "Collectivité
 * Territoriale de Tolvane"). The territory words alone ("Commune", "Provincia", "Région") name the
 * land as often as its government and are left out.
 */
const ADMINISTRATION_OPENERS = new Set([
  'préfecture', 'prefecture', 'prefectura', 'prefeitura', 'mairie', 'ayuntamiento', 'municipalidad',
  'collectivité', 'collectivite', 'conseil', 'câmara', 'camara', 'gobierno', 'governo', 'generalitat', 'diputación', 'diputacion',
  // A committee, a chamber of trade and a savings bank, which the other openers' lists lack
  // ("Comité Régional de la Pêche de Tolvane", "Cámara Vekla de Exportadores", "Caisse de Tolbourg").
  'comité', 'comite', 'cámara', 'caisse', 'caja', 'caixa',
]);

/** The particles that join a Romance head to the proper part ("de", "da", "du", "des", "del", "do", "dos", "das", "d'"). */
const PARTICLE = /^(?:de|da|du|des|del|do|dos|das|d['’]\p{Lu}.*)$/u;

/** Heads of a body that may close such a name and then decide it ("Serra da Vekla Wines"): English ones only matter here. */
const CLOSING_BODY_HEADS = /^(?:Ltd|Limited|Inc|Co|Company|Group|Holdings|SA|S\.A\.|Lda|Wines|Bank|Club|FC|Hotel|Resort)$/u;

/**
 * The type a Romance head word opening `name` gives it, or undefined: a landform's or a water's
 * opener then a particle is a place ("Cirque de Vekla", "Serra da Tolva", "Rivière des Vekles"); an
 * administration's opener with a particle among its next two words is a body ("Préfecture de
 * Tolvane", "Collectivité Territoriale de Vekla"). The opener must be capitalised and the word after
 * the particle too (or an article and a capital: "Préfecture de la Vekla").
 */
export function romanceHeadType(name: string): EntityType | undefined {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]) || CLOSING_BODY_HEADS.test(words.at(-1)!)) return undefined;
  const opener = words[0].toLowerCase();
  const particleAt = (k: number) => PARTICLE.test(words[k] ?? '') && (/^d['’]/u.test(words[k]) || /^\p{Lu}/u.test(words[k + 1] ?? '') || (/^(?:la|le|les|l['’].*)$/u.test(words[k + 1] ?? '') && /^\p{Lu}/u.test(words[k + 2] ?? '')));
  if ((LANDFORM_OPENERS.has(opener) || FOREIGN_PLACE_OPENERS.has(opener)) && particleAt(1)) return 'place';
  if (ADMINISTRATION_OPENERS.has(opener) && (particleAt(1) || (/^\p{Lu}/u.test(words[1]) && particleAt(2)))) return 'organization';
  return undefined;
}

/**
 * Retypes mentions whose Romance head word says what they are (romanceHeadType) when the earlier
 * steps left them `other` or read them as a person: "the Cirque de Vekla" → place, "the Préfecture
 * de Tolvane raised the alert" → organization. A name already typed a place or a body keeps its
 * type (its own context typed it). Returns new mentions.
 */
export function typeRomanceHeads(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    // ("Laguna Vekta, the coach, said": a Spanish water's or hill's word that opens a place's name
    // without a particle, FOREIGN_PLACE_OPENERS's, is a surname too; a person's context takes it back.)
    if (m.type === 'place' && SURNAME_LIKE_OPENERS.has(m.name.split(' ')[0].toLowerCase()) && hasPersonEvidence(text, m.start, m.end)) return { ...m, type: 'person' };
    if (m.type !== 'other' && m.type !== 'person') return m;
    const type = romanceHeadType(m.name);
    // ("“…,” said Sierra de Vekla, the singer.": "Sierra", "Valle", "Pico" are given names and
    // surnames too; a role, an age or a quote's "said" types the name a person's, and a landform says nothing.)
    if (type === 'place' && hasPersonEvidence(text, m.start, m.end)) return m;
    return type ? { ...m, type } : m;
  });
}

/** FOREIGN_PLACE_OPENERS's Spanish words that are also surnames ("Laguna", "Cerro", "Paso", "Río"). */
const SURNAME_LIKE_OPENERS = new Set(['laguna', 'cerro', 'paso', 'río', 'rio', 'sierra', 'valle', 'pico', 'serra', 'vale']);
