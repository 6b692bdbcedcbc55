// A name's mention extent, as ACE and MEANTIME annotate mentions: the whole noun phrase the name
// heads, without its determiner. The name itself stays the mention's head (the citation); the
// extent adds what the phrase says of it, which is what corpora annotated that way compare.
import { tokenAt, type SegmentedDocument, type Token } from '../../segment/index.ts';
import type { EntityMention, Span } from '../../types.ts';
import { isKnownCity, isKnownPlace, isKnownRegion } from '../gazetteer.ts';
import {
  ADMINISTRATIVE_HEADS,
  BODY_DESCRIPTIONS,
  CORPORATE_TITLES,
  DIRECTION_ADJECTIVES,
  NEWSROOM_ROLES,
  OFFICE_TITLES,
  ORGANIZATION_APPOSITIVES,
  ORGANIZATION_HEADS,
  PERSON_DESCRIPTIONS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_KINDS,
  TEAM_ROLES,
} from '../lexicon.ts';

/** Time adverbs that open a clause before a name ("Tonight Governor …"). */
const TIME_ADVERBS = new Set(['today', 'tonight', 'tomorrow', 'yesterday', 'now', 'recently', 'earlier', 'later', 'meanwhile']);

/** Words that open a noun phrase: the extent stops before them (ACE leaves the determiner out). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'another', 'every', 'each', 'some', 'any', 'no', 'all', 'both', 'many', 'most', 'several', 'few']);

/** Closed-class words the tagger sometimes calls nouns or adjectives in front of a name ("case against Vekla"). */
const CLOSED = new Set(['against', 'of', 'for', 'from', 'with', 'without', 'by', 'to', 'at', 'in', 'on', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'between', 'among', 'like', 'unlike', 'versus', 'vs', 'than', 'as', 'via', 'per', 'plus', 'minus', 'near', 'beside', 'despite', 'including', 'excluding', 'regarding', 'toward', 'towards', 'behind', 'beyond', 'within', 'during', 'since', 'until', 'through', 'across', 'along', 'around', 'upon', 'above', 'below', 'beneath', 'inside', 'outside', 'throughout', 'amid', 'amongst', 'past', 'off', 'out', 'up', 'down', 'not', 'also', 'only', 'even', 'just', 'then', 'there', 'here', 'where', 'when', 'while', 'if', 'because', 'so', 'yet', 'but', 'or', 'nor', 'and']);

/** A premodifier of a name: a description, a title or a possessor ("automaker", "President", "Vekla's"). */
function isPremodifier(t: Token): boolean {
  if (DETERMINERS.has(t.normal) || CLOSED.has(t.normal)) return false;
  const tags = t.tags;
  if (tags.has('Possessive')) return true;
  if (tags.has('Verb') || tags.has('Pronoun') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Adverb')) return false;
  if (tags.has('Value') || tags.has('Date') || tags.has('QuestionWord')) return false;
  // A plural common noun right before a name is a verb's object or a subject, not its description
  // ("told reporters Vekla …"); a capitalised plural is part of a name ("United States").
  if (tags.has('Plural') && !tags.has('ProperNoun')) return false;
  return tags.has('Noun') || tags.has('Adjective') || tags.has('Honorific') || tags.has('Abbreviation');
}

/**
 * One space between a token and the next: a comma, a bracket or quotation mark on either side, a
 * line break, or the run of spaces markup leaves in a Markdown or HTML document's text
 * ("**Governor** Pia Lund") ends the phrase (a plural possessive's apostrophe stays, "the Vekla
 * Brothers' label Tolvane", and an abbreviation's full stop, "Vekla Inc. chief executive Ana Dorn").
 */
const joinedAt = (doc: SegmentedDocument, k: number) => {
  const t = doc.tokens[k];
  const next = doc.tokens[k + 1];
  // (A hyphen before the next word joins a compound, "vice -president"; a bracket or a quotation mark does not.)
  if (next && next.pre !== '' && next.pre !== '-') return false;
  return t.post === ' ' || (t.tags.has('Possessive') && /^['’] $/u.test(t.post)) || (t.tags.has('Abbreviation') && t.post === '. ');
};

/** Participles that open a title ("Presiding Judge", "Acting President"): a capitalised -ing word elsewhere is a clause's verb ("Saying Mr. Dorrit was right"). */
const TITLE_PARTICIPLES = new Set(['presiding', 'acting', 'visiting', 'managing', 'outgoing', 'incoming', 'reigning', 'sitting', 'serving', 'founding', 'consulting', 'commanding', 'ruling', 'retiring']);

/**
 * A name followed by a lower-case noun is that noun's premodifier ("Vekla nameplates", "U.S. sales"),
 * not a phrase's head; but a possessive name heads its own phrase ("President Vekla's government"), and
 * an "-s" word followed by what a verb takes is the verb ("Vekla plans to close", "Vekla reports losses").
 */
function modifiesNext(doc: SegmentedDocument, mention: Span, first: number): boolean {
  // From the name's first token: a scan of the whole document per name would be quadratic.
  let i = first;
  while (i < doc.tokens.length && doc.tokens[i].start < mention.end) i++;
  if (i >= doc.tokens.length || i < 1) return false;
  const next = doc.tokens[i];
  const last = doc.tokens[i - 1];
  if (last.tags.has('Possessive') || !joinedAt(doc, i - 1) || !/^\p{Ll}/u.test(next.text) || !next.tags.has('Noun') || next.tags.has('Pronoun')) return false;
  const after = doc.tokens[i + 1];
  const takesObject = after !== undefined && joinedAt(doc, i) && (after.normal === 'to' || after.tags.has('Determiner') || after.tags.has('Value') || (after.tags.has('Noun') && /^\p{Ll}/u.test(after.text)));
  return !(/[^s]s$/u.test(next.text) && takesObject);
}

/**
 * The word right before a name heads its description only when it says what kind of thing the name
 * is: a title or role for a person ("President", "envoy", "Mr"), a kind of body for an organisation
 * ("automaker", "broadcaster"), a kind of place or a direction for a place ("eastern", "downtown");
 * a possessor ("Vekla's Tolvane", "today's Vekla") for any. Any other noun is a phrase of its own
 * that the name follows ("the ceasefire Vekla proposed").
 */
function headsDescription(t: Token, mention: EntityMention): boolean {
  const w = t.normal;
  if (t.tags.has('Possessive') || t.tags.has('Honorific') || mention.titles.includes(w)) return true;
  if (mention.type === 'person') return t.tags.has('Actor') || PERSON_TITLES.has(w) || OFFICE_TITLES.has(w) || PERSON_DESCRIPTIONS.has(w) || TEAM_ROLES.has(w) || NEWSROOM_ROLES.has(w) || CORPORATE_TITLES.has(w);
  if (mention.type === 'organization') return ORGANIZATION_APPOSITIVES.has(w) || BODY_DESCRIPTIONS.has(w) || ORGANIZATION_HEADS.has(w) || /maker$/u.test(w);
  if (mention.type === 'place') return DIRECTION_ADJECTIVES.has(w) || w === 'downtown' || PLACE_KINDS.has(w) || PLACE_HEADS.has(w) || ADMINISTRATIVE_HEADS.has(w);
  return false;
}

/**
 * The extent of `mention` in `doc` (offsets in UTF-16 units of the document text, as the mention's):
 * the noun phrase it heads, from its first premodifier after any determiner to the name's end.
 *   "the United States auto manufacturer Vekla Motors" → "United States auto manufacturer Vekla Motors"
 *   "Presiding Judge Ana Venn", "Mr Dorn", "computer and phone maker Vekla", "today's Vekla",
 *   "Secretary of State Ana Venn" (the title's own words, "of" included)
 * Returns null when nothing but the name is in the phrase, when the word before the name says
 * nothing of what it is (headsDescription), or when the name itself modifies the next noun
 * ("Vekla nameplates").
 */
function extentOf(doc: SegmentedDocument, mention: EntityMention, first: number): Span | null {
  const sentenceStart = doc.sentences[doc.tokens[first].sentence].firstToken;
  const lower = (k: number) => /^\p{Ll}/u.test(doc.tokens[k].text);
  // "the emerging Vekla": a lower-case participle right after a determiner describes the name.
  const participle = (k: number) => /^\p{Ll}.*ing$/u.test(doc.tokens[k].text) && k - 1 >= sentenceStart && DETERMINERS.has(doc.tokens[k - 1].normal);
  let from = first;
  // The title the name was split from, word for word ("Secretary of State"), is the phrase's.
  // (A time adverb the name's run took in, "Tonight Governor …", is no part of the title.)
  const n = mention.titles.length - (TIME_ADVERBS.has(mention.titles[0] ?? '') ? 1 : 0);
  const titleWords = mention.titles.slice(mention.titles.length - n);
  if (n > 1 && first - n >= sentenceStart && titleWords.every((w, i) => doc.tokens[first - n + i].normal === w && joinedAt(doc, first - n + i))) from = first - n;
  else if (from - 1 < sentenceStart || !joinedAt(doc, from - 1)) return null;
  else if (!headsDescription(doc.tokens[from - 1], mention) && !participle(from - 1)) return null;
  for (let j = from - 1; j >= sentenceStart; j--) {
    const t = doc.tokens[j];
    if (!joinedAt(doc, j)) break;
    // "Tonight Governor Pia Lund speaks": a time adverb opens the clause, not the phrase.
    if (TIME_ADVERBS.has(t.normal) && !t.tags.has('Possessive')) break;
    // "told the paper Mayor Lena Krol": a capitalised title is preceded by names and adjectives
    // ("US President", "the late President"), not by a lower-case noun, which is a verb's object.
    if (lower(j) && t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Possessive') && !lower(j + 1) && mention.titles.includes(doc.tokens[j + 1].normal)) break;
    // "manufacturing firm": a lower-case -ing word premodifies only a lower-case noun after it.
    if (isPremodifier(t) && !(/ing$/u.test(t.text) && lower(j) && !(j + 1 < first && lower(j + 1)))) {
      from = j;
      continue;
    }
    // "computer and electronics maker Vekla": "and" between two lower-case premodifiers (two names
    // joined by "and" are two phrases: "Vekla and Tolvane").
    if (t.normal === 'and' && j - 1 >= sentenceStart && joinedAt(doc, j - 1) && isPremodifier(doc.tokens[j - 1]) && from === j + 1 && j + 1 < first && lower(j - 1) && lower(j + 1)) {
      from = j - 1;
      j--;
      continue;
    }
    // A participle after a determiner; "Presiding Judge Ana Venn", "Acting President …": a
    // capitalised one from the list opens a title.
    if (participle(j) || (TITLE_PARTICIPLES.has(t.normal) && !lower(j) && mention.titles.includes(doc.tokens[j + 1].normal))) from = j;
    break;
  }
  if (from === first || modifiesNext(doc, mention, first)) return null;
  // "the so-called Iron Lady …", "the state-run broadcaster …", "vice-president …": the phrase
  // does not start inside a hyphenated word; the whole compound is its first word.
  while (from - 1 >= sentenceStart && /^ ?-$/u.test(doc.tokens[from - 1].post) && /^\p{L}+$/u.test(doc.tokens[from - 1].text) && !DETERMINERS.has(doc.tokens[from - 1].normal)) from--;
  return { start: doc.tokens[from].start, end: mention.end };
}

/** Each mention with its extent when the extent is longer than the name. */
export function withExtents(doc: SegmentedDocument, mentions: EntityMention[]): EntityMention[] {
  let k = 0;
  return mentions.map((m, i) => {
    if (m.type === 'other') return m;
    while (k < doc.tokens.length && doc.tokens[k].end <= m.start) k++;
    if (k >= doc.tokens.length || doc.tokens[k].start !== m.start) return m;
    const extent = extentOf(doc, m, k);
    const region = locatingRegion(doc, m, mentions[i + 1]);
    if (region) return { ...m, extent: { start: (extent ?? m).start, end: region.end } };
    return extent ? { ...m, extent } : m;
  });
}

/**
 * "Cupertino, California", "in Tolbeg, Vekland on Monday": a town and, after one comma, the state,
 * region or country it lies in make one phrase (ACE and MEANTIME annotate the pair as one mention,
 * the town its head). Not a list ("Tolbeg, Vekland and Zarnia", "Tolbeg, Vekland, and Zarnia"), not a
 * possessive ("Tolbeg, Vekland's capital"), and not two countries ("the U.S., Vekland") or two cities.
 */
function locatingRegion(doc: SegmentedDocument, town: EntityMention, next: EntityMention | undefined): EntityMention | null {
  const { text } = doc;
  if (!next || town.type !== 'place' || next.type !== 'place' || text.slice(town.end, next.start) !== ', ') return null;
  // ("nowhere else on Earth, New Zealand researchers said": a region before a plural noun qualifies the noun.)
  const following = doc.tokens[tokenAt(doc.tokens, next.end)];
  if (following && /^\s+$/u.test(text.slice(next.end, following.start)) && /^\p{Ll}/u.test(following.text) && following.tags.has('Plural') && following.tags.has('Noun')) return null;
  // (The town is a city the list knows or no country or region; what locates it is no city: "Lagos, Abuja" are two.)
  if (isKnownCity(next.name) || (!isKnownCity(town.name) && (isKnownRegion(town.name) || isKnownPlace(town.name)))) return null;
  const after = text.slice(next.end, next.end + 6);
  if (/^(?:[’']|,\s*(?:\p{Lu}|and\s|or\s)|\s+(?:and|or|&)\s)/u.test(after) || /^(?:\p{Lu}\.?){2,}$/u.test(town.name)) return null;
  return next;
}
