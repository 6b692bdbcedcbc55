// Names of people, places and organisations in one document. compromise tags
// the words; these rules find the name runs, strip titles, and type each name
// from its own words and its frame:
//   "Secretary of State Marco Rubio" → person "Marco Rubio" (titles: Secretary of State)
//   "US President Donald Trump"      → place "US", person "Donald Trump"
//   "the Defense Ministry said"      → organization "Defense Ministry"
import type { EntityMention, EntityType } from '../types.ts';
import type { SegmentedDocument, Sentence, Token } from '../segment/index.ts';
import {
  COUNTRY_ACRONYMS, NAME_PARTICLES, NOT_NAMES, OF_HEADS, ORGANIZATION_HEADS, PERSON_TITLES,
  PLACE_HEADS, PLACE_PREFIXES, REPORTING_VERBS, STRONG_PERSON_TITLES, TITLE_COMPLEMENTS,
} from './lexicon.ts';
import { isKnownPlace } from './gazetteer.ts';

export function extractEntities(doc: SegmentedDocument): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.lastToken) {
      if (!startsName(doc, sentence, i)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < sentence.lastToken && continuesName(doc.tokens, j, j + 1)) j++;
      // A name never ends on a connector ("Bank of" at a line end).
      let end = j;
      while (end > i && !isCapitalized(doc.tokens[end])) end--;
      mentions.push(...nameRun(doc, sentence, i, end));
      i = j + 1;
    }
  }
  return mentions;
}

function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) || (/^\p{Ll}\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun'));
}

function isAcronym(t: Token): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(t.text.replace(/[’']s$/u, ''));
}

function isDateWord(t: Token): boolean {
  return t.tags.has('Month') || t.tags.has('WeekDay') || /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(t.normal);
}

function afterOpening(doc: SegmentedDocument, sentence: Sentence, i: number): boolean {
  if (i === sentence.firstToken) return true;
  const t = doc.tokens[i];
  // After an opening quote, a colon or a dash a capital letter is not evidence of a name.
  return /[“"‘(:—–]\s*$/u.test(t.pre) || /[“"‘(:—–]\s*$/u.test(doc.tokens[i - 1].post);
}

function startsName(doc: SegmentedDocument, sentence: Sentence, i: number): boolean {
  const t = doc.tokens[i];
  if (!isCapitalized(t) || isDateWord(t) || t.tags.has('Value')) return false;
  if (NOT_NAMES.has(t.normal) && !t.tags.has('Honorific')) return false;
  if (t.tags.has('Pronoun') && !t.tags.has('Person')) return false;
  if (afterOpening(doc, sentence, i)) {
    const strong = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'Honorific', 'Acronym'].some((tag) => t.tags.has(tag));
    if (!strong && !PERSON_TITLES.has(t.normal)) return false;
    if (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || (t.tags.has('Verb') && !t.tags.has('ProperNoun'))) return false;
  }
  return true;
}

/** Abbreviations and initials keep their dot inside a name ("Mr. Putin", "Vladimir V. Putin"). */
function endsWithAbbreviationDot(t: Token): boolean {
  return t.post.startsWith('.') && (t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}$/u.test(t.text) || PERSON_TITLES.has(t.normal));
}

function hasPossessive(t: Token): boolean {
  return /[’']s$/u.test(t.text) || /^[’']s?\b/u.test(t.post);
}

function continuesName(tokens: Token[], j: number, k: number): boolean {
  const a = tokens[j];
  const b = tokens[k];
  if (hasPossessive(a)) return false;
  const gap = endsWithAbbreviationDot(a) ? a.post.slice(1) : a.post;
  if (gap.trim() !== '' || /[“"‘(]/u.test(b.pre)) return false;
  if (isDateWord(b) || b.tags.has('Value')) return false;
  if (isCapitalized(b)) return !(b.tags.has('Pronoun') && !b.tags.has('Person')) && !NOT_NAMES.has(b.normal) || b.tags.has('Honorific');
  // "Bank of England", "Secretary of State", "Charles de Gaulle"
  const c = tokens[k + 1];
  if (!c || !isCapitalized(c) || b.post.trim() !== '') return false;
  if (b.normal === 'of' && OF_HEADS.has(a.normal)) return true;
  if (NAME_PARTICLES.has(b.normal) && isCapitalized(a)) return true;
  return false;
}

/** Turns one run of capitalised tokens into mentions: titles off, leading places split. */
function nameRun(doc: SegmentedDocument, sentence: Sentence, first: number, last: number): EntityMention[] {
  const { tokens } = doc;
  const out: EntityMention[] = [];
  let i = first;
  const titles: string[] = [];

  // "US President Donald Trump", "Ukraine President ...": a place before a title is its own mention.
  if (i < last && (isAcronym(tokens[i]) || tokens[i].tags.has('Country')) && isTitleWord(tokens[i + 1])) {
    out.push(mention(doc, i, i, 'place', []));
    i++;
  }
  // Titles: "Vice President", "Secretary of State", "German Defense Minister".
  let titleEnd = i;
  while (titleEnd <= last) {
    const t = tokens[titleEnd];
    if (isTitleWord(t)) titleEnd++;
    else if (t.tags.has('Demonym') && titleEnd < last && isTitleWord(tokens[titleEnd + 1])) titleEnd++;
    else if (t.normal === 'of' && titleEnd > i && titleEnd < last && TITLE_COMPLEMENTS.has(tokens[titleEnd + 1].normal)) titleEnd += 2;
    else break;
  }
  // Only strip when a name follows and the "title" is not the head of an organisation ("Defense Ministry").
  if (titleEnd > i && titleEnd <= last && !isOrgHead(tokens[last])) {
    for (let k = i; k < titleEnd; k++) titles.push(tokens[k].normal);
    i = titleEnd;
  } else if (titleEnd > last) {
    return out; // A bare title ("President", "the Secretary of State") names nobody.
  }
  if (i > last) return out;
  // A lone demonym ("Russian") or sentence-initial common word is not a name.
  if (i === last && tokens[i].tags.has('Demonym') && !tokens[i].tags.has('Country')) return out;
  if (i === last && afterOpening(doc, sentence, i) && titles.length === 0 && !hasNameEvidence(tokens[i])) return out;

  out.push(mention(doc, i, last, classify(doc, i, last, titles), titles));
  return out;
}

function isTitleWord(t: Token | undefined): boolean {
  if (!t) return false;
  return PERSON_TITLES.has(t.normal) && !isAcronym(t) || t.tags.has('Honorific');
}

function isOrgHead(t: Token): boolean {
  return ORGANIZATION_HEADS.has(t.normal);
}

function hasNameEvidence(t: Token): boolean {
  return ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Organization', 'Acronym'].some((tag) => t.tags.has(tag)) || isKnownPlace(t.text);
}

function classify(doc: SegmentedDocument, first: number, last: number, titles: string[]): EntityType {
  const { tokens } = doc;
  const words = tokens.slice(first, last + 1);
  const name = words.map((t) => t.text).join(' ').replace(/[’']s$/u, '');
  const head = tokens[last];
  if (titles.some((t) => STRONG_PERSON_TITLES.has(t))) return 'person';
  if (words.length === 1 && isAcronym(head)) {
    return COUNTRY_ACRONYMS.has(head.normal.replace(/\./gu, '')) ? 'place' : 'organization';
  }
  if (isOrgHead(head) || words.some((t) => t.tags.has('Organization'))) return 'organization';
  if (isKnownPlace(name)) return 'place';
  if (PLACE_HEADS.has(head.normal) && words.length > 1) return 'place';
  if (PLACE_PREFIXES.has(words[0].normal) && words.length > 1 && !words[0].tags.has('FirstName')) return 'place';
  if (words.some((t) => t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region'))) return 'place';
  if (words[0].tags.has('FirstName') || words.some((t) => t.tags.has('Person') && !t.tags.has('Pronoun')) || head.tags.has('LastName')) {
    return 'person';
  }
  if (words.some((t) => t.tags.has('Place'))) return 'place';
  // "the Kremlin said": a capitalised name after "the" speaking is a body, not a person.
  const before = first > 0 ? tokens[first - 1] : undefined;
  const after = tokens[last + 1];
  const speaks = !!after && REPORTING_VERBS.has(after.normal) && after.sentence === head.sentence;
  if (before?.normal === 'the' && speaks) return 'organization';
  if (speaks && words.length >= 2) return 'person';
  return 'other';
}

function mention(doc: SegmentedDocument, first: number, last: number, type: EntityType, titles: string[]): EntityMention {
  const start = doc.tokens[first].start;
  let end = doc.tokens[last].end;
  const raw = doc.text.slice(start, end);
  const possessive = /[’']s$/u.exec(raw);
  if (possessive) end -= possessive[0].length;
  // "U.S." keeps its final dot; "Mr" never reaches here.
  const text = doc.text.slice(start, end);
  return { start, end, text, type, name: text.replace(/\s+/gu, ' '), titles };
}
