// Names of people, places and organisations in one document. compromise tags
// the words; these rules find runs of capitalised words, split them at titles,
// and type each name from its own words, its titles and its frame:
//   "Secretary of State Marco Rubio" → person "Marco Rubio" (titles: secretary, of, state)
//   "US President Donald Trump"      → place "US", person "Donald Trump"
//   "Apple CEO Steve Jobs"           → organization "Apple", person "Steve Jobs"
//   "the Defense Ministry said"      → organization "Defense Ministry"
// A last pass shares types inside the document: "Jobs" is the person "Steve
// Jobs" named earlier, "Apple" the organization "Apple Inc.".
import type { EntityMention, EntityType } from '../types.ts';
import { isLexiconOrganization, singularize, type SegmentedDocument, type Sentence, type Token } from '../segment/index.ts';
import {
  ADMINISTRATIVE_HEADS, EAST_ASIAN_GIVEN, HOLIDAYS, REGIONAL_DEMONYMS, LEADER_POSSESSIONS, PLACE_BODY_HEADS, PLACE_KINDS, FOREIGN_BODY_OPENERS, AP_STATE_ABBREVIATIONS, CP_PROVINCE_ABBREVIATIONS, SHOP_HEADS, NAME_BOUND_TITLES, NEWSROOM_ROLES, BODY_DESCRIPTIONS, COMMON_ACRONYMS, COMPASS_POINTS, KICKER_WORDS, COMPASS_WORDS, CORPORATE_SUFFIXES, CORPORATE_TITLES, isAcronymText, DIRECTION_ADJECTIVES, LOCATIVE_PREPOSITIONS, NAME_CONNECTORS, COUNTRY_ACRONYMS, COMPETITION_WORDS, LEAGUE_TIERS, LEGISLATURES, LEGAL_AND_DIPLOMATIC_ROLES, TEAM_ROLES, PERSONAL_TEAM_ROLES, EVENT_HEADS, NAME_PARTICLES, NOT_NAMES, FOREIGN_COMPASS_POINTS,
  OF_HEADS, OFFICE_TITLES, ORGANIZATION_APPOSITIVES, ORGANIZATION_HEADS, ORGANIZATION_POSSESSIONS, PERSON_DESCRIPTIONS, PERSON_TITLES,
  COMMODITY_HEADS, FOREIGN_PLACE_OPENERS, INDUSTRY_HEADS, PLACE_HEADS, PLACE_PREFIXES, REPORTING_VERBS, SAINT, STREET_OPENERS, BUILDING_OPENERS, STYLES_OF_ADDRESS, VENUE_HEADS, STRONG_ORGANIZATION_HEADS, STRONG_PERSON_TITLES, SURNAMELESS_INDUSTRY_HEADS,
  TIME_ZONES, TITLE_COMPLEMENTS, TITLE_MODIFIERS, WORD_GIVEN_NAMES,
} from './lexicon.ts';
import { contextEvidence, isLocativeFrame, isTeamInResult, NOT_SETTING_BEFORE_IN, opensRelativeDate, PERSON_OR_BODY, STOCK_MOVES, type Votes } from './entities/evidence.ts';
import { bindFirstNames, dropCurrencyCountries, joinAcronymDefinitions, shareFixtureSides, shareTeamSense, typeByEvidence, typeDefinedAcronyms, typeFeatureShortForms, typeProducts, typeUntypedTowns } from './entities/document.ts';
import { withExtents } from './entities/extent.ts';
import { typeHonours } from './entities/honours.ts';
import { joinLawTitles } from './entities/law-titles.ts';
import { typeSaintPlaces } from './entities/saint-places.ts';
import { typeRoleAppositives } from './entities/role-appositives.ts';
import { typeOriginPlaces } from './entities/origin-places.ts';
import { typeHomeTowns } from './entities/home-towns.ts';
import { typeTranscriptSpeakers } from './entities/transcript-speakers.ts';
import { typeMarketIndices } from './entities/market-indices.ts';
import { joinElidedParticles } from './entities/elided-particles.ts';
import { joinParticleSurnames } from './entities/particle-surnames.ts';
import { markWireCredits } from './entities/wire-credits.ts';
import { typeRomanceHeads } from './entities/romance-heads.ts';
import { typeClubPrefixes } from './entities/club-prefixes.ts';
import { joinSentenceOpeningAir } from './entities/airlines.ts';
import { ISO_CURRENCY_CODES, LOCAL_LETTER_SIGNS } from './numbers/units.ts';
import { SCALE_EXPONENTS, isOrdinalWord } from './number-words.ts';
import { foldName, isEnglishWord, isGazetteerPlace, isGivenName, isLanguageName, isKnownCity, isKnownPlace, isKnownRegion, isKnownTown, isNationality, isWorldGivenName } from './gazetteer.ts';

interface Context {
  doc: SegmentedDocument;
  /** Words the document capitalises mid-sentence and never writes in lower case: names, even first in a sentence. */
  properWords: Set<string>;
  /** Context votes of each mention pushed by nameRun, in order (hyphenated prefixes get none). */
  votes: Votes[];
  /** Per mention, in the same order: its type rests only on a tagger guess or a city list, so context may overrule it. */
  weak: boolean[];
  /** Starts of the towns datelines name ("NAGPUR:"): places, whatever the capitals pass reads elsewhere. */
  datelines: Set<number>;
}

export function extractEntities(doc: SegmentedDocument): EntityMention[] {
  const ctx: Context = { doc, properWords: properWordsOf(doc), votes: [], weak: [], datelines: new Set() };
  const mentions: EntityMention[] = [];
  const capitalsLines: Sentence[] = [];
  for (const sentence of doc.sentences) {
    if (isCapitalsLine(doc.text.slice(sentence.start, sentence.end))) {
      capitalsLines.push(sentence);
      continue;
    }
    let i = sentence.firstToken;
    while (i < sentence.lastToken) {
      const titleEnd = quotedTitleCaseEnd(doc.tokens, i, sentence);
      if (titleEnd > i) {
        mentions.push(mention(doc, i, titleEnd, 'other', []));
        ctx.votes.push({});
        ctx.weak.push(false);
        i = titleEnd + 1;
        continue;
      }
      // ("Player-of-the-Year", "Man-in-the-Middle": a hyphenated title of common words names nothing.)
      if (isHyphenTitleChain(doc.tokens, i)) {
        i++;
        continue;
      }
      if (!startsName(ctx, sentence, i)) {
        const prefix = hyphenatedName(ctx.doc.tokens[i]);
        if (prefix) {
          mentions.push(prefix);
          ctx.votes.push(/-based$/u.test(ctx.doc.tokens[i].text) ? { place: 1 } : {});
          ctx.weak.push(false);
        }
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < sentence.lastToken && continuesName(doc.tokens, j, j + 1)) j++;
      // "the swimming group Cold Waters of the Tolby", "the residents' group Fresh Air for Vekby": a
      // name a group noun introduces goes on through "of (the)"/"for" and capitalised words.
      for (let k = groupNameComplement(doc.tokens, i, j, sentence); k > j; k = groupNameComplement(doc.tokens, i, j, sentence)) {
        j = k;
        while (j + 1 < sentence.lastToken && continuesName(doc.tokens, j, j + 1)) j++;
      }
      // A name never ends on a connector ("Bank of" at a line end).
      let end = j;
      while (end > i && !isCapitalized(doc.tokens[end]) && !isHyphenSyllable(doc.tokens, end) && !isCoOperativeEnd(doc.tokens, end)) end--;
      // "New Year's Day", "St Vekla's Day", "Valentine's Eve": a possessive before a capitalised "Day"
      // or "Eve" (no capital after it: "Vekla's Day Centre" is a place) names a day of the calendar,
      // a date and no entity; neither the name nor "Day" is kept.
      const day = doc.tokens[end + 1];
      const afterDay = doc.tokens[end + 2];
      // (The space is read from the text: the tagger gives "Year's" before "Eve" no trailing space.)
      if (hasPossessive(doc.tokens[end]) && day && day.sentence === doc.tokens[end].sentence && /^(?:Day|Eve)$/u.test(bare(day)) && doc.text.slice(doc.tokens[end].end, day.start) === ' ' && (!afterDay || afterDay.sentence !== day.sentence || !isCapitalized(afterDay))) {
        i = end + 2;
        continue;
      }
      // "the 82nd Airborne Division", "the 3rd Tolvik Circuit Court of Appeals": a unit's or a court's
      // ordinal is part of its name.
      const ordinal = i > sentence.firstToken && /^\d{1,3}(?:st|nd|rd|th)$/u.test(doc.tokens[i - 1].text) && doc.tokens[i - 1].post === ' ' && ORDINAL_BODY_HEADS.has(doc.tokens[end].normal);
      mentions.push(...nameRun(ctx, sentence, ordinal ? i - 1 : i, end));
      i = j + 1;
    }
  }
  if (capitalsLines.length) {
    // Headlines and datelines last, with what the rest of the document names; then back in text order.
    const known = namesInCapitals(doc, capitalsLines, mentions);
    // ("ROMANIA - VEKZANTI ORBALE TO BUY …" over "Vekzanti Orbale, based in Tolbeg,": a headline's copy
    // of a body's name has the type the body's mention has, weak or firm, and no say of its own, so a
    // guess there cannot make the body's own evidence lose.)
    const bodyNames = new Set(mentions.map((m) => m.name));
    const order = [...mentions.map((m, i) => [m, ctx.votes[i], ctx.weak[i]] as const), ...known.map((m) => [m, {}, bodyNames.has(m.name)] as const)].sort((a, b) => a[0].start - b[0].start);
    mentions.splice(0, mentions.length, ...order.map(([m]) => m));
    ctx.votes = order.map(([, v]) => v);
    ctx.weak = order.map(([, , w]) => w);
  }
  // (The votes are per mention index, so names are joined only once every vote is read.)
  const typed = typeDefinedAcronyms(doc.text, joinAcronymDefinitions(doc.text, typeFeatureShortForms(typeUntypedTowns(doc.text, retypeCapitals(doc.text, ctx.datelines, shareTeamSense(doc.text, shareFixtureSides(doc.text, typeProducts(typeByEvidence(mentions, ctx.votes, ctx.weak), ctx.votes), ctx.votes), ctx.votes, ctx.weak), capitalsLines), ctx.weak, ctx.votes))));
  // Post-passes over the typed mentions, in this order: joins of particles and law titles first (a joined
  // name is what the typing passes read), then types from heads and prefixes, then drops and splits,
  // then the document-wide sharing of types and first names.
  const textPasses = [markWireCredits, joinElidedParticles, joinParticleSurnames, joinLawTitles, typeHonours, typeRomanceHeads, typeClubPrefixes, typeSaintPlaces, typeRoleAppositives, typeOriginPlaces, typeHomeTowns, typeTranscriptSpeakers, typeMarketIndices, joinSentenceOpeningAir, dropCurrencyCountries, dropKickers, dropPortfolios];
  let out = textPasses.reduce((ms, pass) => pass(doc.text, ms), typed);
  out = titleCaseHeadlines(doc, out);
  out = splitPairs(out);
  out = splitRoutes(doc.text, out);
  out = shareTypesInLists(doc.text, out);
  out = typeTeamSheets(doc.text, out);
  out = shareTypesInDocument(out);
  out = bindFirstNames(out, (w) => isGivenName(w) || isWorldGivenName(w), doc.text);
  return withExtents(doc, out);
}

/**
 * The name spanning tokens[f..l] is a side of a results line of two sides, its goals right after it:
 * the other side's goals before it ("… Vekby 1; Tolby 0 …" ends the other side), or another capitalised
 * name after its goals. A standings row or a golfer's rounds ("Ruth Vek 71 68 70") has numbers only.
 */
function isTwoSidedResult(tokens: readonly Token[], f: number, l: number): boolean {
  const same = (k: number) => (k >= 0 && k < tokens.length && tokens[k].sentence === tokens[f].sentence ? tokens[k] : undefined);
  const goals = (k: number) => /^\d{1,3}$/u.test(same(k)?.text ?? '');
  if (!goals(l + 1) || goals(l + 2)) return false;
  return goals(f - 1) || /^\p{Lu}/u.test(same(l + 2)?.text ?? '');
}

/**
 * "ANALYSIS — Tolbeg's council …", "Opinion: Vekmoor voters …": a kicker word opening a paragraph
 * before a dash or a colon labels the story and names nothing (only there: "Watch Tolvane" or
 * "Review Vekla", inside a paragraph, may be names).
 */
function dropKickers(text: string, mentions: EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !(KICKER_WORDS.has(m.name.toLowerCase()) && lineOpensAt(text, m.start) && /^[ \t]*(?:[—–:]|-[ \t])|^-\p{Lu}/u.test(text.slice(m.end, m.end + 4))));
}

/**
 * "Telvora Sales Slip as Strong Dollar Bites": in a headline written in title case, capitals mark
 * no name, so the headline names only what the story names: every longest run of its words that is
 * a name of the body (typed as there), found in the headline's text from the left whatever the
 * tagger joined or split ("Egypt's Vekla Crescent Bank Doubles Earnings" → "Egypt", "Vekla
 * Crescent Bank"), and a known country inside a mention the tagger found; the rest is dropped.
 */
function titleCaseHeadlines(doc: SegmentedDocument, mentions: EntityMention[]): EntityMention[] {
  const lines = doc.paragraphs.filter((p) => isTitleCaseHeadline(doc, p.start, p.end));
  if (lines.length === 0) return mentions;
  const inLine = (m: EntityMention) => lines.some((p) => m.start >= p.start && m.end <= p.end);
  const body = mentions.filter((m) => !inLine(m));
  const firstMention = new Map<string, EntityMention>();
  for (const m of body) if (!firstMention.has(m.name)) firstMention.set(m.name, m);
  const found: EntityMention[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  // ("Banks Raise Rates", story: "economist Tara Banks": a one-word name that is also a word or a
  // person's name is no name in a title-case line; only longer names and plain one-word bodies and places count.)
  const plainWord = (n: string) => isEnglishWord(n.toLowerCase()) || isGivenName(n) || isWorldGivenName(n);
  // Names by their first word, longest first, so each word of a headline is tried against its own few.
  const byFirstWord = new Map<string, string[]>();
  for (const m of firstMention.values()) {
    if (!/\p{Lu}/u.test(m.name) || (!m.name.includes(' ') && m.type === 'person' && plainWord(m.name))) continue;
    const first = m.name.split(' ')[0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), m.name].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
  }
  for (const line of lines) {
    const text = doc.text.slice(line.start, line.end);
    let reached = 0;
    for (const word of text.matchAll(/[\p{L}\p{N}][^\s]*/gu)) {
      const at = word.index!;
      if (at < reached) continue;
      const key = word[0].replace(/(?:[’'][sS]?)?[^\p{L}\p{N}]*$/u, '');
      const name = (byFirstWord.get(key) ?? byFirstWord.get(word[0]) ?? []).find((n) => text.startsWith(n, at) && !/[\p{L}\p{N}]/u.test(text[at + n.length] ?? ''));
      if (!name) continue;
      reached = at + name.length;
      const start = line.start + at;
      found.push({ ...firstMention.get(name)!, start, end: start + name.length, text: name });
    }
  }
  // ("a Crop Malawi Abandoned": a known country inside what the tagger joined; not "Turkey Prices Soar",
  // "Chad Smith Wins": a country named by a word or a given name.)
  for (const m of mentions) {
    if (!inLine(m)) continue;
    if (isKnownPlace(m.name) && !taken(m.start, m.end)) {
      found.push(m);
      continue;
    }
    for (const word of m.text.matchAll(/\S+/gu)) {
      const name = word[0].replace(/[’'][sS]$/u, '').replace(/[,:;]$/u, '');
      const start = m.start + word.index!;
      if (isKnownPlace(name) && !plainWord(name) && !taken(start, start + name.length)) found.push({ ...m, start, end: start + name.length, text: name, name, type: 'place' });
    }
  }
  return [...body, ...found].sort((a, b) => a.start - b.start);
}

/** "Vekby City 3 Tolvane Athletic 2", "Kestrel Rovers 0 Lyme Town 0 (aet)": two sides, each with its score. */
const RESULT_LINE = /^\p{Lu}[^\d\n]*?[ \t]\d{1,3}[ \t]+\p{Lu}[^\d\n]*?[ \t]\d{1,3}(?:[ \t]*\([^)\n]*\))?$/u;

/** The paragraph [start, end) is one line of four or more words, every long word capitalised, two of them dictionary words, with no closing stop. */
function isTitleCaseHeadline(doc: SegmentedDocument, start: number, end: number): boolean {
  const text = doc.text.slice(start, end).trim();
  // (A capitals line, with no lower-case letter, is read by namesInCapitals.)
  // ("By Ana Vekla, Local Democracy Reporter": a byline names its writer.)
  // ("Vekby City 3 Tolvane Athletic 2": a results line, whose capitals are teams' names.)
  if (/[.!?:;"”]$/u.test(text) || !/\p{Ll}/u.test(text) || /^By\s/u.test(text) || RESULT_LINE.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 4) return false;
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  if (long.length < 3 || !long.every((w) => /^\p{Lu}/u.test(w))) return false;
  return long.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isEnglishWord(w.toLowerCase())).length >= 2;
}

/** "NORTHPORT HOLD EASTON": a name in a capitals line takes the type its body-text mentions end up with. */
function retypeCapitals(text: string, datelineTowns: ReadonlySet<number>, mentions: EntityMention[], lines: readonly Sentence[]): EntityMention[] {
  const typeOf = new Map<string, EntityType>();
  for (const m of mentions) if (!m.name.includes(' ') && /\p{Ll}/u.test(m.name)) typeOf.set(capitalsKey(m.name), m.type);
  // ("TOLVABAD: Tolvabad beat …": the town a dateline names stays a place though its team is the story's subject.)
  const datelines = new Set([...datelineTowns, ...lines.filter((line) => isIsoDateline(text, line)).map((line) => line.start)]);
  return mentions.map((m) => (!/\p{Ll}/u.test(m.name) && typeOf.has(capitalsKey(m.name)) && !datelines.has(m.start) ? { ...m, type: typeOf.get(capitalsKey(m.name))! } : m));
}

/**
 * A word's spelling in capitals with its accents dropped ("Tolvaró" → "TOLVARO"): wire headlines
 * in capitals often print no accents, so "SOCCER - TOLVARO GO TOP" names the body's "Tolvaró".
 */
function capitalsKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();
}

/**
 * A word in capitals, whole: "PARIS", "U.S.", and a hyphenated or an apostrophised name
 * ("TOLVEK-LESTE", "HA'ARNU"), which is one word of a name as "Tolvek-Leste" is in the body.
 */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.]*(?:['’-]\p{Lu}[\p{Lu}.]*)*$/u;

/**
 * "TOLVEK-LESTE": capitals words tokens[i..last] joined by hyphens (the tokenizer splits them), as
 * one word without a closing possessive; null when tokens[i] is joined to nothing.
 */
function hyphenatedCapitals(doc: SegmentedDocument, i: number, lastToken: number): { word: string; last: number } | null {
  let last = i;
  while (last + 1 < lastToken && doc.tokens[last].post === '-' && CAPITALS_WORD.test(bare(doc.tokens[last + 1]))) last++;
  if (last === i) return null;
  return { word: doc.text.slice(doc.tokens[i].start, doc.tokens[last].start) + bare(doc.tokens[last]), last };
}

/** "TOLVIK 1996-08-31": a wire's dateline, a town and the filing date, names a place whatever else the town names. */
function isIsoDateline(text: string, line: Sentence): boolean {
  return /^[\p{Lu}\s.'’-]+\s\d{4}-\d{2}-\d{2}\s*$/u.test(text.slice(line.start, line.end));
}

/** "CITY WIN AGAIN", "PARIS 2004-05-11": a line with capital letters and no lower-case one. */
function isCapitalsLine(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

/**
 * In a capitals line case marks no name, so only what is known counts: a known place ("PARIS"),
 * or a word the rest of the document writes as a one-word name ("KESTREL" for "Kestrel",
 * "NASA"), typed as there. Everything else ("CITY WIN AGAIN") yields nothing.
 */
function namesInCapitals(doc: SegmentedDocument, lines: readonly Sentence[], mentions: readonly EntityMention[]): EntityMention[] {
  const typeOf = new Map<string, EntityType>();
  for (const m of mentions) if (!m.name.includes(' ')) typeOf.set(capitalsKey(m.name), m.type);
  // "SOCCER - VEKRI STARS GO TOP" over "Vekri Stars went top": a longer name the body gives is
  // matched word for word (the longest first), before its words alone.
  const longer = new Map<string, { words: string[]; type: EntityType; name: string }>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/u);
    // ("BANK OF ENGLAND HOLDS RATES" over "the Bank of England": a connector in lower case inside the name.)
    if (words.length >= 2 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w))) longer.set(capitalsKey(m.text), { words: words.map(capitalsKey), type: m.type, name: m.name });
  }
  // Indexed by first word, so a long capitals document costs a lookup per word, not a scan of every name.
  const byFirstWord = new Map<string, { words: string[]; type: EntityType; name: string }[]>();
  for (const n of [...longer.values()].sort((a, b) => b.words.length - a.words.length)) {
    const list = byFirstWord.get(n.words[0]);
    if (list) list.push(n);
    else byFirstWord.set(n.words[0], [n]);
  }
  const out: EntityMention[] = [];
  for (const line of lines) {
    let from = line.firstToken;
    // "NEW YORK 1996-12-06": a dateline's town, every word before the filing date.
    if (isIsoDateline(doc.text, line)) {
      let last = from;
      while (last + 1 < line.lastToken && !/^\d{4}-/u.test(doc.tokens[last + 1].text)) last++;
      const text = doc.text.slice(doc.tokens[from].start, doc.tokens[last].end);
      out.push({ start: doc.tokens[from].start, end: doc.tokens[last].end, text, type: 'place', name: text.replace(/\s+/gu, ' '), titles: [] });
      from = last + 1;
    }
    // ("W L PCT GB": a table's column heads, no word of them longer than three letters, name nothing.)
    const words = doc.tokens.slice(from, line.lastToken).filter((t) => /^\p{Lu}/u.test(t.text));
    if (words.length > 0 && words.every((t) => bare(t).length <= 3)) continue;
    for (let i = from; i < line.lastToken; i++) {
      const t = doc.tokens[i];
      const word = bare(t);
      if (!CAPITALS_WORD.test(word)) continue;
      // "TOLVEK-LESTE": a hyphenated word, read whole first, as the body's "Tolvek-Leste" or a known place.
      const glued = hyphenatedCapitals(doc, i, line.lastToken);
      if (glued) {
        const type = typeOf.get(capitalsKey(glued.word)) ?? (isKnownPlace(glued.word) ? 'place' : undefined);
        if (type) {
          out.push({ start: t.start, end: t.start + glued.word.length, text: glued.word, type, name: glued.word, titles: [] });
          i = glued.last;
          continue;
        }
      }
      const run = byFirstWord.get(capitalsKey(t.text))?.find((n) => i + n.words.length <= line.lastToken && n.words.every((w, k) => capitalsKey(k === n.words.length - 1 ? bare(doc.tokens[i + k]) : doc.tokens[i + k].text) === w && (k === n.words.length - 1 || doc.tokens[i + k].post === ' ')));
      if (run) {
        const end = doc.tokens[i + run.words.length - 1].start + bare(doc.tokens[i + run.words.length - 1]).length;
        out.push({ start: t.start, end, text: doc.text.slice(t.start, end), type: run.type, name: run.name, titles: [] });
        i += run.words.length - 1;
        continue;
      }
      // "SOUTH SUDAN'S KIIR", "PAPUA NEW GUINEA'S": a place of two or three capitalised words, whole,
      // before any of its words alone (a word of it is often a place too: "SUDAN", "GUINEA").
      const place = [4, 3, 2].find((n) => {
        if (i + n > line.lastToken) return false;
        const run = doc.tokens.slice(i, i + n);
        if (!run.every((r, k) => /^\p{Lu}[\p{Lu}.’']*$/u.test(r.text) && (k === n - 1 || r.post === ' '))) return false;
        const name = run.map((r, k) => (k === n - 1 ? bare(r) : r.text)).join(' ');
        return isKnownPlace(name) || isKnownRegion(name) || isKnownCity(name);
      });
      if (place) {
        const end = doc.tokens[i + place - 1].start + bare(doc.tokens[i + place - 1]).length;
        const text = doc.text.slice(t.start, end);
        // (Named in title case, so the capitals' spelling never wins the entity's name over the story's.)
        const name = text.split(/\s+/u).map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
        out.push({ start: t.start, end, text, type: 'place', name, titles: [] });
        i += place - 1;
        continue;
      }
      const type = typeOf.get(capitalsKey(word)) ?? (word.length > 2 && isKnownPlace(word) ? 'place' : COUNTRY_ACRONYMS.has(word.toLowerCase().replace(/\./gu, '')) ? 'place' : undefined);
      if (type) out.push({ start: t.start, end: t.start + word.length, text: word, type, name: word, titles: [] });
    }
  }
  return out;
}

/**
 * "the Trump-Putin call": a hyphenated name whose two halves the document also names on their own
 * is a pair of names, not one ("Ana Lopez-Ortega" stays whole when "Lopez" never stands alone).
 */
function splitPairs(mentions: EntityMention[]): EntityMention[] {
  const words = new Set(mentions.filter((m) => !m.name.includes('-')).flatMap((m) => m.name.split(' ')));
  return mentions.flatMap((m) => {
    const pair = /^(\p{Lu}[\p{L}’']*)-(\p{Lu}[\p{L}’']*)$/u.exec(m.name);
    if (!pair || !words.has(pair[1]) || !words.has(pair[2])) return [m];
    const second = m.start + pair[1].length + 1;
    return [
      { start: m.start, end: m.start + pair[1].length, text: pair[1], type: 'other' as EntityType, name: pair[1], titles: m.titles },
      { start: second, end: m.end, text: pair[2], type: 'other' as EntityType, name: pair[2], titles: [] },
    ];
  });
}

// "the Tolvek-Marsby road", "the Arnu-Vekla ferry route": a way or a crossing named after its
// two ends; a hyphen joins two towns there, not one name.
const TWO_ENDS = /^(\p{Lu}[\p{L}’']*)-(\p{Lu}[\p{L}’']*)$/u;
const WAY_AFTER = /^\s+(?:(?:border|ferry|rail|bus|trade)\s+)?(?:road|roads|route|routes|highway|motorway|expressway|railway|railroad|border|crossing|crossings|corridor|pipeline|point|points|bypass)\b/u;

/** Only spaces and tabs stand between the start of a line (or the text) and code point `at`; a short scan back. */
function lineOpensAt(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text[k - 1] === '\n';
}

/** A one-word person mention that is a known place's or town's name ("Sydney" in "Vienna, Boston and Sydney"). */
const isTownNamedPerson = (m: EntityMention) => m.type === 'person' && !m.name.includes(' ') && (isKnownPlace(m.text) || isKnownTown(m.text));

/**
 * A person mention of up to three capitalised words whose first word no given-name list holds: typed a
 * person by its shape alone ("Pernasto", "Vesi Harjula"), so a list of places may decide it; "Marla Ruhn"
 * opens with a given name and stays a person.
 */
const isShapeOnlyPerson = (m: EntityMention) => {
  if (m.type !== 'person' || !/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(m.name)) return false;
  const first = m.name.split(' ')[0];
  return !isGivenName(first) && !isWorldGivenName(first);
};

/** A one-word organization mention that is a known town's name and no given name ("Dravo" typed a body by its shape). */
const isTownNamedBody = (m: EntityMention) => m.type === 'organization' && !m.name.includes(' ') && isKnownTown(m.text) && !isGivenName(m.text);

/**
 * "the Tolvek-Marsby road", "the Arnu-Bello, Qesti-Vanro and Pelk-Orsa border points": each
 * hyphenated pair of capitalised words before a way's noun (or in a list that ends on one) is two places;
 * so is a place of two towns a slash joins ("TOLBEG/VEKMOOR" in a dateline).
 */
function splitRoutes(text: string, mentions: EntityMention[]): EntityMention[] {
  const ways = new Set<number>();
  // ("the Coca-Cola road show", "the Nord-Ost pipeline": a firm's or a line's own name before a way's
  // noun is one name; each end must be a known town or a name the document types a place elsewhere,
  // and a name typed organization is never split.)
  const placesElsewhere = new Set(mentions.filter((m) => m.type === 'place' && !m.text.includes('-')).map((m) => m.text));
  // (A town missing from the gazetteer, "Arnuvek", is a word no dictionary holds and no given name;
  // a particle, "Al-", or a compass point, "Nord-Ost", opens one name.)
  // (Compass points in English and the languages of Europe's place names: "Nord-Ost", "Sud-Est" name no two towns.)
  const isCompassPoint = (w: string) => COMPASS_POINTS.has(w.toLowerCase()) || FOREIGN_COMPASS_POINTS.has(w.toLowerCase());
  const isEnd = (w: string) => !NAME_PARTICLES.has(w.toLowerCase()) && !isCompassPoint(w) && (placesElsewhere.has(w) || isGazetteerPlace(w) || (!isEnglishWord(w.toLowerCase()) && !isGivenName(w) && !isWorldGivenName(w)));
  const twoTowns = (m: EntityMention) => {
    const ends = TWO_ENDS.exec(m.text);
    return !!ends && m.type !== 'organization' && isEnd(ends[1]) && isEnd(ends[2]);
  };
  for (let i = 0; i < mentions.length; i++) {
    if (!twoTowns(mentions[i]) || !WAY_AFTER.test(text.slice(mentions[i].end, mentions[i].end + 40))) continue;
    // Back along the list: "A-B, C-D and E-F points".
    let first = i;
    while (first > 0 && twoTowns(mentions[first - 1]) && LIST_GLUE.test(text.slice(mentions[first - 1].end, mentions[first].start))) first--;
    // The way takes "the"; a hyphenated surname the verb "points" follows does not ("Lopez-Ortega points to the data").
    if (!/\bthe\s+$/iu.test(text.slice(Math.max(0, mentions[first].start - 8), mentions[first].start))) continue;
    for (let k = first; k <= i; k++) ways.add(k);
  }
  // "TOLBEG/VEKMOOR, Nov 27 —": a place typed for two towns joined by a slash is the two towns.
  // ("EDITORIAL/OPINION —", "UN/GENEVA, Nov 27", "the Kitchener/Waterloo region": a kicker's labels,
  // a body and its seat, or one region's name; only a line's opening before a dash, a colon or a
  // comma, with no short acronym for a side and one side a known town or a word no dictionary holds
  // (a town's name may be a dictionary word too, "HAMBURG"), is a dateline.)
  const town = (w: string) => [w, w.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())].some((v) => isKnownPlace(v) || isKnownCity(v)) || !w.toLowerCase().split(/[\s-]+/u).some((part) => isEnglishWord(part));
  const sides = (m: EntityMention) => m.text.split('/');
  const slashed = (m: EntityMention) => m.type === 'place' && /^\p{Lu}[\p{L}.’' -]*\/\p{Lu}[\p{L}.’' -]*$/u.test(m.text)
    && lineOpensAt(text, m.start) && /^\s*[,—–:-]/u.test(text.slice(m.end, m.end + 8)) && !sides(m).some((w) => /^\p{Lu}{1,3}$/u.test(w)) && sides(m).some(town);
  const split = mentions.map(slashed);
  if (!ways.size && !split.includes(true)) return mentions;
  return mentions.flatMap((m, i) => {
    if (split[i]) {
      const a = m.text.slice(0, m.text.indexOf('/'));
      const b = m.text.slice(a.length + 1);
      // (The name keeps the spelling the capitals line gave it: "Warsaw/Frankfurt".)
      const names = m.name.split('/');
      const [na, nb] = names.length === 2 ? names : [a, b];
      return [
        { ...m, end: m.start + a.length, text: a, name: na, titles: [] },
        { ...m, start: m.start + a.length + 1, text: b, name: nb, titles: [] },
      ];
    }
    if (!ways.has(i)) return [m];
    const [, a, b] = TWO_ENDS.exec(m.text)!;
    const second = m.start + a.length + 1;
    return [
      { start: m.start, end: m.start + a.length, text: a, type: 'place' as EntityType, name: a, titles: [] },
      { start: second, end: m.end, text: b, type: 'place' as EntityType, name: b, titles: [] },
    ];
  });
}

// "Chrysler, Ford, and General Motors", "Lehman Brothers ($691 billion) and WorldCom": names in one
// list are of one kind, so an untyped member takes the type of its typed neighbours.
const LIST_GLUE = /^\s*(?:\([^()\n]{0,40}\))?\s*(?:,\s*(?:and|or)?|and|or|&)\s*(?:the\s+)?$/u;
const CONJUNCTION_GLUE = /(?:\band|\bor|&)\s*(?:the\s+)?$/u;

function shareTypesInLists(text: string, mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  // "the union Kestrel, Dana Ruiz," is a body and its officer, not a list: names joined by commas
  // alone are a list only when a conjunction joins the chain further on ("A, B and C").
  const glue = mentions.map((m, i) => (i + 1 < mentions.length && LIST_GLUE.test(text.slice(m.end, mentions[i + 1].start)) ? text.slice(m.end, mentions[i + 1].start) : null));
  const listed = new Array<boolean>(mentions.length).fill(false);
  for (let i = 0; i < glue.length; ) {
    let j = i;
    while (glue[j] !== null && j < glue.length) j++;
    if (j > i && glue.slice(i, j).some((g) => CONJUNCTION_GLUE.test(g!))) {
      for (let k = i; k < j; k++) listed[k] = true;
      // "exhibited in Vienna, Boston and Sydney": a town's one-word name listed among places is the town,
      // not a person its given name suggests (a full name, "Sydney Vekla", keeps the person).
      const chain = out.slice(i, j + 1);
      const townLike = (m: EntityMention) => m.titles.length === 0 && (isTownNamedPerson(m) || isShapeOnlyPerson(m) || isTownNamedBody(m));
      for (let k = i; k <= j; k++) {
        const m = out[k];
        // (Only a list after a preposition of place: "sons, Houston, Dallas and Denver" are people.)
        if (townLike(m) && chain.some((c) => c.type === 'place') && chain.every((c) => c.type === 'place' || c.type === 'other' || townLike(c)) && /\b(?:in|at|to|from|near|across|around|through|between|visited|toured)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, chain[0].start - 20), chain[0].start))) out[k] = { ...m, type: 'place' };
      }
    }
    i = j + 1;
  }
  // "Kestra-Vale, Canada": a town and the country it lies in are places, with no conjunction.
  // ("In Tolvik, Ana Vekla scored": a place before the comma is the setting; only a place after it is the town's country.)
  const joined = (a: EntityMention, b: EntityMention) => LIST_GLUE.test(text.slice(a.end, b.start)) && (listed[mentions.findIndex((m) => m.start === a.start)] || b.type === 'place');
  for (let i = 1; i < out.length; i++) {
    if (out[i].type === 'other' && out[i - 1].type !== 'other' && joined(out[i - 1], out[i])) out[i] = { ...out[i], type: out[i - 1].type };
  }
  for (let i = out.length - 2; i >= 0; i--) {
    if (out[i].type === 'other' && out[i + 1].type !== 'other' && joined(out[i], out[i + 1])) out[i] = { ...out[i], type: out[i + 1].type };
  }
  return out;
}

/**
 * "the Minister for Sport, Ana Vek,", "Secretary of State for Foreign Affairs": the portfolio
 * after a minister's or a secretary's "for" or "of" is part of the title, not a name, when it is
 * made of plain English words (a place there is one: "Minister for Tolvia" keeps it).
 */
const PORTFOLIO_BEFORE = /\b(?:Minister|Secretary|Commissioner|Spokesman|Spokeswoman|Spokesperson)\s+(?:of\s+State\s+)?(?:for|of)\s+(?:the\s+)?$/u;

// "The Minister for Transport, Ilse Vek, said": a minister's title and portfolio with no name in them name no one.
const BARE_PORTFOLIO_TITLE = /^(?:(?:Deputy|Junior|Acting|Shadow)\s+)?(?:Minister|Secretary|Commissioner)\s+(?:of\s+State\s+)?(?:for|of)\s+(?:the\s+)?(.+)$/u;

function dropPortfolios(text: string, mentions: EntityMention[]): EntityMention[] {
  return mentions.filter((m) => {
    const bareTitle = BARE_PORTFOLIO_TITLE.exec(m.text);
    if (bareTitle && isPlainPortfolio(bareTitle[1].split(/\s+/u))) return false;
    if (!PORTFOLIO_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
    return !isPlainPortfolio(m.text.split(/\s+/u));
  });
}

/** A portfolio of plain English words ("Health", "Fisheries and Oceans"), no place among them ("Tolvia"). */
function isPlainPortfolio(words: readonly string[]): boolean {
  return words.every((w) => /^(?:\p{Lu}\p{Ll}+|and|&)$/u.test(w) && (w === '&' || isEnglishWord(w.toLowerCase())) && !isKnownPlace(w) && !isKnownRegion(w));
}

/**
 * A team sheet, as match reports print one under the story: a line of a side's name, a colon, and
 * at least six players' names (one to four capitalised words each) separated by commas and
 * semicolons (at least two: one between each line of the formation), "Vekby: Dunmore; Halloran,
 * Ode, Price; Ng, Lusk.", with substitutes after "Subs:".
 * An untyped name there, or one typed a place, is a player. Offsets are the document text's.
 */
const TEAM_SHEET = /^[^\n:]{2,40}:[ \t]+((?:[^\n,;.:]{1,40}[,;][ \t]*){5,}[^\n,;.:]{1,40})\.?(?:[ \t]+Subs?:[^\n]*)?$/gmu;
const PLAYER = /^(?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3}(?:\p{Lu}[\p{L}'’-]*)?))*$/u;

/**
 * A scoring summary under a match report: a scoring label (rugby's tries, conversions, penalties and
 * drop goals; football's and hockey's goals, scorers and assists), a colon, and players' names, each
 * with an optional count or minute, separated by commas: "Tries: Vekala 2, Tolu. Conversions: Vekala 3."
 */
const SCORING_SUMMARY = /\b(?:Tries|Try|Conversions?|Cons?|Penalt(?:y|ies)|Pens?|Drop[ \t]goals?|Field[ \t]goals?|Goals?|Goalscorers?|Scorers?|Assists?)[ \t]*:[ \t]*([^\n.:;]{2,200})/gu;
const SCORING_SIDE = /^([^\n:]{2,40}?)[ \t]+[-–—][ \t]+(?=(?:Tries|Try|Goals?|Goalscorers?|Scorers?)[ \t]*:)/gmu;
/** What follows a scorer's name: a count ("2"), minutes ("23', 67'"), "(3)", "pen", "og". */
const SCORE_COUNT = /(?:[ \t]+(?:\(?\d{1,3}(?:['’]|\+\d{1,2}['’]?)?\)?|pen|og|\(pen\)|\(og\)))+$/u;

function typeTeamSheets(text: string, mentions: EntityMention[]): EntityMention[] {
  const sheets: [number, number][] = [];
  for (const m of text.matchAll(TEAM_SHEET)) {
    const players = m[1].split(/[,;]/u).map((p) => p.trim());
    // The semicolons between the lines of a formation tell a team sheet from a list of towns.
    if ((m[1].match(/;/gu) ?? []).length >= 2 && players.every((p) => PLAYER.test(p))) sheets.push([m.index! + m[0].indexOf(m[1]), m.index! + m[0].length]);
  }
  for (const m of text.matchAll(SCORING_SUMMARY)) {
    const items = m[1].split(',').map((p) => p.trim().replace(SCORE_COUNT, ''));
    if (items.every((p) => PLAYER.test(p))) sheets.push([m.index! + m[0].indexOf(m[1]), m.index! + m[0].length]);
  }
  // "Vekby - Tries: …": the side a scoring summary's line opens with is a team.
  const sides: [number, number][] = [];
  for (const m of text.matchAll(SCORING_SIDE)) sides.push([m.index!, m.index! + m[1].length]);
  if (sheets.length === 0 && sides.length === 0) return mentions;
  // (A surname that is also a town's, "Halloran", is a player there too.)
  return mentions.map((m) => {
    if (m.type !== 'other' && m.type !== 'place') return m;
    if (sheets.some(([a, b]) => a <= m.start && m.end <= b)) return { ...m, type: 'person' as EntityType };
    if (sides.some(([a, b]) => a <= m.start && m.end <= b)) return { ...m, type: 'organization' as EntityType };
    return m;
  });
}

/** "U.S.-made", "Kremlin-backed": the name before a hyphenated lower-case word is still a name. */
function hyphenatedName(t: Token): EntityMention | null {
  if (!t.text.includes('-')) return null;
  const m = /^((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}.]*)-\p{Ll}+$/u.exec(t.text);
  // "Co-author", "Ex-minister": a hyphenated word the dictionary has is a word, not a name.
  if (!m || NOT_NAMES.has(m[1].toLowerCase()) || isEnglishWord(t.text.toLowerCase())) return null;
  const name = m[1];
  const acronym = isAcronymText(name);
  const key = name.toLowerCase().replace(/\./gu, '');
  if (acronym && COMMON_ACRONYMS.has(key)) return null;
  const type: EntityType = COUNTRY_ACRONYMS.has(key) || isKnownPlace(name) ? 'place' : acronym ? 'organization' : 'other';
  return { start: t.start, end: t.start + name.length, text: name, type, name, titles: [] };
}

function properWordsOf(doc: SegmentedDocument): Set<string> {
  const proper = new Set<string>();
  const lower = new Set<string>();
  // ("Ferry Prices Soar as Fog Lingers" ⏎ "Prices rose …": a headline in title case capitalises its
  // words, so a plural common noun there says nothing of a name; "Apple Shares Slide" still vouches
  // for "Apple", which no plural makes common.)
  const headlines = doc.paragraphs.filter((p) => isTitleCaseHeadline(doc, p.start, p.end));
  for (const s of doc.sentences) {
    // ("SOCCER - VEKLAND LEAGUE RESULTS": in a capitals line case says nothing of a name.)
    if (isCapitalsLine(doc.text.slice(s.start, s.end))) continue;
    const headline = headlines.some((p) => s.start >= p.start && s.end <= p.end);
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const t = doc.tokens[i];
      if (headline && singularize(t.normal) !== t.normal && isEnglishWord(singularize(t.normal))) continue;
      if (/^\p{Ll}/u.test(t.text)) lower.add(t.normal);
      else if (!afterOpening(doc, s, i) && isCapitalized(t)) proper.add(t.normal);
      // "Apple Computer announced …" opening a sentence: a word that starts a run of capitalised
      // words is a name's first word, so "Apple unveils …" opening another sentence is one too.
      else if (leadsRun(doc.tokens, i, s.lastToken)) proper.add(t.normal);
    }
  }
  for (const w of lower) proper.delete(w);
  return proper;
}

/**
 * "Vekla Dairy fell …" ⏎ "Dairy group Tolby Foods …", "Tolvik Bank rose" ⏎ "Bank shares were mixed":
 * a singular dictionary word opening a sentence before a lower-case noun, which the document
 * capitalises mid-sentence only as a later word of a run of capitals (the head of a firm's or a
 * place's name), is the common noun; its capital there is the other name's, so it vouches for no
 * name here. Plurals are left alone (a team's short name is its plural head: "Tolby Rovers" ⏎
 * "Rovers boss …"), so is a run a given name opens ("Tom Baker" ⏎ "Baker said"), and so is a strong
 * body head, which alone names the body ("the Vekland Senate" ⏎ "Senate committee backs …").
 */
function onlyInsideNames(doc: SegmentedDocument, i: number): boolean {
  const { tokens } = doc;
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!next || next.sentence !== t.sentence || t.post !== ' ' || !/^\p{Ll}+$/u.test(next.text) || !next.tags.has('Noun') || next.tags.has('Verb')) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || singularize(t.normal) !== t.normal || !isEnglishWord(t.normal) || STRONG_ORGANIZATION_HEADS.has(t.normal)) return false;
  return capitalisedOnlyInside(doc).get(t.normal) === true;
}

/**
 * "the Federation of Tolby Hawkers and Stallholders" ⏎ "“Hawkers do not want …”", "the Vekland
 * District Prosecutors' Office" ⏎ "Prosecutors, who had sought …": a plural common noun opening a
 * sentence before a lower-case word, which the document capitalises mid-sentence only as a middle
 * word of a longer name (a capitalised word or "of" before it, and the name going on after it), is
 * the noun. A team's short name is the last word of its name ("Tolby Rovers" ⏎ "Rovers beat …"),
 * so it is left alone.
 */
function pluralOnlyMidName(doc: SegmentedDocument, i: number): boolean {
  const { tokens } = doc;
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!next || next.sentence !== t.sentence || !/^\p{Ll}/u.test(next.text) || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || !isDictionaryPlural(t) || t.tags.has('Person') || STRONG_ORGANIZATION_HEADS.has(t.normal)) return false;
  return capitalisedOnlyMidName(doc).get(t.normal) === true;
}

/**
 * Each word the document capitalises mid-sentence (after a sentence's opening), mapped to whether
 * `inside` holds at every such capital. Built once per document and test (the caches below), so
 * asking for every sentence's opening word stays linear in the document's tokens.
 */
function capitalsWhere(doc: SegmentedDocument, cache: WeakMap<SegmentedDocument, Map<string, boolean>>, inside: (k: number, s: Sentence) => boolean): Map<string, boolean> {
  let words = cache.get(doc);
  if (words) return words;
  words = new Map();
  for (const s of doc.sentences) {
    for (let k = s.firstToken; k < s.lastToken; k++) {
      const t = doc.tokens[k];
      if (!isCapitalized(t) || afterOpening(doc, s, k) || words.get(t.normal) === false) continue;
      words.set(t.normal, inside(k, s));
    }
  }
  cache.set(doc, words);
  return words;
}

const capitalisedOnlyMidNameOf = new WeakMap<SegmentedDocument, Map<string, boolean>>();

/**
 * Each word the document capitalises mid-sentence, mapped to whether every such capital stands
 * inside a longer name: after a capitalised word or "of", and before a capitalised word, "and"/"&"
 * and a capital, or a possessive and a capital.
 */
function capitalisedOnlyMidName(doc: SegmentedDocument): Map<string, boolean> {
  const { tokens } = doc;
  const capitalAt = (k: number, s: Sentence) => k < s.lastToken && isCapitalized(tokens[k]);
  return capitalsWhere(doc, capitalisedOnlyMidNameOf, (k, s) => {
    const [t, prev] = [tokens[k], tokens[k - 1]];
    const before = isInnerWord(tokens, k, s.firstToken) || (prev.normal === 'of' && prev.post === ' ' && k - 2 >= s.firstToken && isCapitalized(tokens[k - 2]));
    const after = k + 1 < s.lastToken && (hasPossessive(t) || /^[’']\s/u.test(t.post) ? capitalAt(k + 1, s) : t.post === ' ' && (capitalAt(k + 1, s) || (/^(?:and|&)$/u.test(tokens[k + 1].normal) && capitalAt(k + 2, s))));
    return before && after;
  });
}

const capitalisedOnlyInsideOf = new WeakMap<SegmentedDocument, Map<string, boolean>>();

/** Each word the document capitalises mid-sentence, mapped to whether every such capital is a later word of a run of capitals (isInnerWord). */
function capitalisedOnlyInside(doc: SegmentedDocument): Map<string, boolean> {
  return capitalsWhere(doc, capitalisedOnlyInsideOf, (k, s) => isInnerWord(doc.tokens, k, s.firstToken));
}

/**
 * Latin endings of a species epithet: an adjective agreeing with its genus (-us, -a, -um, -is, -e),
 * a genitive (-i, -ii, -ae, -orum), a place's adjective (-ensis, -ense) or a likeness (-oides)
 * (International Codes of Zoological and Botanical Nomenclature).
 */
const EPITHET = /^\p{Ll}{2,}(?:us|a|um|is|e|i|ae|orum|ensis|ense|oides)$/u;

/**
 * "Bombus vekensis", "Tolvaria minuta": a capitalised word no dictionary holds right before a
 * lower-case word no dictionary holds that ends as a Latin epithet is the genus of a species'
 * two-part scientific name, which names no person, place or body (English writes no lower-case
 * word of its own language so; a surname's particle, "da", "di", "de", is no epithet).
 */
function isGenusBeforeEpithet(tokens: readonly Token[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!next || next.sentence !== t.sentence || t.post !== ' ' || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) || isEnglishWord(t.normal) || isKnownPlace(t.text)) return false;
  return EPITHET.test(next.text) && next.text.length >= 5 && !isEnglishWord(next.normal) && !NAME_PARTICLES.has(next.normal);
}

/** The document capitalises the word at tokens[i] mid-sentence as a name's own (properWordsOf), not only inside other names. */
function isVouchedProper(ctx: Context, i: number): boolean {
  return ctx.properWords.has(ctx.doc.tokens[i].normal) && !onlyInsideNames(ctx.doc, i) && !pluralOnlyMidName(ctx.doc, i);
}

/** tokens[i] is a later word of a run of capitals in its sentence (from `firstToken`) that no given name or title opens. */
function isInnerWord(tokens: readonly Token[], i: number, firstToken: number): boolean {
  let f = i;
  while (f > firstToken && tokens[f - 1].post === ' ' && isCapitalized(tokens[f - 1]) && !hasPossessive(tokens[f - 1])) f--;
  return f < i && !isFirstName(tokens[f]) && !isTitleWord(tokens[f]);
}

/** "Okafor", "Northport": a capitalised word in no English dictionary, so a name wherever it stands. */
/**
 * The last token of an "of (the) X"/"for X" complement after the name tokens[first..last] when a
 * lower-case group noun right before the name introduces it ("the group Cold Waters of the Tolby");
 * `last` when there is none. A known place after "of" says where the group is, not its name.
 */
function groupNameComplement(tokens: Token[], first: number, last: number, sentence: Sentence): number {
  const noun = tokens[first - 1];
  if (!noun || noun.sentence !== tokens[first].sentence || !/^\p{Ll}/u.test(noun.text) || !/^(?:group|charity|campaign|organisation|organization|society|club|association|coalition|alliance|movement|network)$/u.test(noun.normal)) return last;
  const of = tokens[last + 1];
  if (!of || last + 2 >= sentence.lastToken || !/^(?:of|for)$/u.test(of.normal) || tokens[last].post !== ' ') return last;
  const k = tokens[last + 2].normal === 'the' ? last + 3 : last + 2;
  const t = tokens[k];
  if (!t || k >= sentence.lastToken || !isCapitalized(t) || isKnownPlace(bare(t)) || isDateWord(t)) return last;
  return k;
}

/** "VekNet said", "PayPal shares": a capital inside a word marks a brand's name, even first in a sentence. */
function isCamelCase(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(bare(t));
}

/** "Polzvek, which owns 46 silos,": a word no dictionary holds, which the tagger guesses is a verb, is a name before a relative clause or an appositive. */
function isNamedBeforeClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !isEnglishWord(t.normal) && /^,\s*$/u.test(t.post) && /^(?:which|who|whose|a|an|the)$/u.test(tokens[i + 1]?.normal ?? '') && tokens[i + 1].sentence === t.sentence;
}

function isNoWord(t: Token): boolean {
  // ("Ha'avekai", "Tu'ivaka": a glottal stop written as an apostrophe inside a Polynesian name.)
  // (English contractions, "Don't", "They'll", "Ma'am", "Ne'er", leave at most two letters after the apostrophe.)
  return /^\p{Lu}\p{Ll}+(?:['’ʻ]\p{Ll}{3,})*$/u.test(bare(t)) && bare(t).length >= 3 && !isEnglishWord(t.normal) && !t.tags.has('Verb') && !t.tags.has('Adverb');
}

/** Kinds of land a direction word names a region with: "the Central Highlands", "the Northern Territory", "the Western Cape". */
const REGION_KINDS = /^(?:highlands|lowlands|uplands|plains|midlands|hills|valley|cape|territory|territories|province|region)$/u;

function leadsRun(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (i + 1 >= end || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}/u.test(next.text) || t.post !== ' ') return false;
  // "Giving Vekland a stake": a gerund opening a sentence is a verb.
  // ("the Central Highlands", "the Western Plains": a direction before a bare kind of land is the region's own name.)
  if (DIRECTION_ADJECTIVES.has(t.normal) && REGION_KINDS.test(next.normal)) return true;
  if (NOT_NAMES.has(t.normal) || PERSON_TITLES.has(t.normal) || DIRECTION_ADJECTIVES.has(t.normal) || /ing$/u.test(t.normal)) return false;
  // "New South Wales and …", "Port Vekland beat …": a word that opens place names, before another capitalised word.
  if (PLACE_PREFIXES.has(t.normal)) return true;
  return !['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adjective', 'Verb', 'Adverb', 'Demonym', 'Date', 'Value'].some((tag) => t.tags.has(tag));
}

function isCapitalized(t: Token): boolean {
  // "#Putin", "@Reuters": a hashtag or handle names what follows its sign.
  const text = t.text.startsWith('#') || t.text.startsWith('@') ? t.text.slice(1) : t.text;
  // ("tSeoda", "nGael", "hÉireann": an Irish word with a mutation letter before its capital.)
  // ("the eThekwini Municipality", "uMhlathuze", "KwaZulu": Nguni names put a lower-case prefix before the capital.)
  return /^\p{Lu}/u.test(text) || (/^\p{Ll}\p{Lu}/u.test(text) && t.tags.has('ProperNoun')) || /^[tnh]\p{Lu}\p{Ll}+$/u.test(text) || /^(?:e|u|ku|kwa|ka|em|en|ema|ezi|isi|aba)\p{Lu}\p{Ll}{4,}$/u.test(text);
}

function isAcronym(t: Token): boolean {
  return isAcronymText(t.text.replace(/[’'][sS]$/u, ''));
}

/** "U.S.", "UK": a dotted acronym or a country's; such a side keeps a hyphen apart ("U.S.-China", "UK-EU"). */
function isPlaceAcronym(t: Token): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(t.text) || COUNTRY_ACRONYMS.has(t.normal.replace(/\./gu, ''));
}

/** A first name by compromise's lexicon or the given-name gazetteers, and not a place ("Georgia"). */
function isFirstName(t: Token): boolean {
  // ("Port Vekland", "Fort Vekton": a word that opens places' names is no given name before a capital.)
  return (isCommonFirstName(t) || isWorldFirstName(t)) && !isKnownPlace(t.text) && !PLACE_PREFIXES.has(t.normal);
}

/**
 * "Innocent Vekaza", "Blessing Tolvane Moyo": a word given as a first name (WORD_GIVEN_NAMES) opening
 * tokens[i..last], up to two surnames after it that no dictionary holds and no head word closes.
 */
function opensWithWordGivenName(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i];
  if (!t || !WORD_GIVEN_NAMES.has(t.normal) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.post !== ' ' || last <= i || last > i + 2) return false;
  return tokens.slice(i + 1, last + 1).every((s) => s.sentence === t.sentence && isNoWord(s) && !ORGANIZATION_HEADS.has(s.normal) && !PLACE_HEADS.has(s.normal) && !isKnownPlace(bare(s)));
}

function isCommonFirstName(t: Token): boolean {
  return t.tags.has('FirstName') || isGivenName(t.text);
}

// The international list also holds English words ("General", "Time", "Spring"): it counts only
// for a word compromise reads as a bare noun or name, never as an adjective, verb or date.
const COMMON_WORD_TAGS = ['Adjective', 'Verb', 'Adverb', 'Value', 'Date', 'Month', 'WeekDay', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Organization', 'Place', 'Demonym', 'Acronym'];

function isWorldFirstName(t: Token): boolean {
  return isWorldGivenName(t.text) && !COMMON_WORD_TAGS.some((tag) => t.tags.has(tag)) && !ORGANIZATION_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal);
}

function isDateWord(t: Token): boolean {
  return t.tags.has('Month') || t.tags.has('WeekDay') || /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(t.normal);
}

function afterOpening(doc: SegmentedDocument, sentence: Sentence, i: number): boolean {
  if (i === sentence.firstToken) return true;
  const t = doc.tokens[i];
  // After an opening quote, a colon or a dash a capital letter is not evidence of a name.
  // ("KORVANE - Rescuers have reached": a spaced hyphen is a dash.)
  const prev = doc.tokens[i - 1];
  // ('"She is safe again. Nobody in the village …"': a full stop inside a quotation ends a sentence the
  // segmenter keeps whole; an abbreviation's dot does not: "Mr. Vekla".)
  if (/[.!?][”"’]?\s+$/u.test(prev.post) && !endsWithAbbreviationDot(prev) && !/^\p{Lu}$/u.test(prev.text)) return true;
  // ("at 5:10 a.m. Crews had dragged …": a clock's "a.m." or "p.m." that ends a sentence keeps its
  // dot in the token; a capitalised English word after it opens the next sentence, a weekday does not.)
  if (/^[ap]\.m\.$/iu.test(prev.text) && isEnglishWord(t.normal) && !isDateWord(t)) return true;
  return /[“"‘(:—–]\s*$/u.test(t.pre) || /[“"‘(:—–]\s*$|\s-\s+$/u.test(prev.post);
}

/** A body's rooms and teams, which an everyday acronym names without naming a firm: "IT Department", "HR Unit". */
// (Only a body's head can open one, so only heads are listed: "the IT division" is no name anyway.)
const DEPARTMENT_WORDS = new Set(['department', 'unit', 'team', 'office', 'staff', 'service', 'services', 'centre', 'center']);

// "in May", "since May", "late May": the month, not a name.
const BEFORE_MONTH = new Set(['in', 'since', 'until', 'by', 'early', 'late', 'mid', 'of', 'last', 'next', 'this', 'from', 'through', 'during', 'between', 'before', 'after', 'around', 'throughout', 'to']);

function startsName(ctx: Context, sentence: Sentence, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (t.normal === 'may' && i > 0 && BEFORE_MONTH.has(ctx.doc.tokens[i - 1].normal)) return false;
  // ("between March and May", "April or May", "a report dated May": after another month and a
  // conjunction, or after "dated", May is the month too.)
  if (t.normal === 'may' && i > 0 && (ctx.doc.tokens[i - 1].normal === 'dated' || (i > 1 && /^(?:and|or|to|&)$/u.test(ctx.doc.tokens[i - 1].normal) && isDateWord(ctx.doc.tokens[i - 2])))) return false;
  // ("Vek Jun-hao": a month's abbreviation before a hyphen and a short lower-case syllable is the
  // first half of a hyphenated Chinese or Korean given name, not a date.)
  const givenHalf = t.post === '-' && EAST_ASIAN_GIVEN.test(`${t.text}-${ctx.doc.tokens[i + 1]?.text ?? ''}`);
  // "dos Santos Vekla, 24, said", "… ,” de Souza Tolva said": English opens no sentence or clause after
  // a quotation in lower case, so a surname's particle that does opens the name.
  const surname = ctx.doc.tokens[i + 1];
  const opening = i === sentence.firstToken || /(?:[.!?]|[,.!?]["”’])\s+$/u.test(ctx.doc.tokens[i - 1]?.post ?? '');
  if (opening && NAME_PARTICLES.has(t.normal) && /^\p{Ll}/u.test(t.text) && t.post === ' ' && !!surname && surname.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(surname.text)) return true;
  // ("Jan van der Vekhorst said": a month's name that is also a given name, before a surname's
  // lower-case particle and a capitalised word, opens a person's name; no date reads "Jan van".)
  const particle = ctx.doc.tokens[i + 1];
  // ("in Mar del Tolvo": "Mar", the sea in Spanish and Portuguese place names, is no given name, but
  // no date reads "Mar del" either, even after "in".)
  const givenBeforeParticle = (/^(?:Jan|May|June|April|August)$/u.test(t.text) && !BEFORE_MONTH.has(ctx.doc.tokens[i - 1]?.normal ?? '') || t.text === 'Mar') && t.post === ' ' && !!particle && particle.sentence === t.sentence && NAME_PARTICLES.has(particle.normal) && /^\p{Ll}/u.test(particle.text) && ctx.doc.tokens.slice(i + 1, i + 4).some((w) => w.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(w.text));
  if (!isCapitalized(t) || (isDateWord(t) && !givenHalf && !givenBeforeParticle) || t.tags.has('Value') || TIME_ZONES.has(t.normal)) return false;
  // "45 degrees Celsius": a temperature scale after "degrees" is a unit.
  if (/^(?:celsius|fahrenheit|kelvin|centigrade)$/u.test(t.normal) && /^degrees?$/u.test(ctx.doc.tokens[i - 1]?.normal ?? '')) return false;
  // "Rs 112 crore", "R150,000": a short abbreviation before a number, or a word with digits, is an amount's unit.
  if (/\d[,.]\d/u.test(t.text) || (/^\p{Lu}\p{Ll}{0,2}\.?$/u.test(t.text) && t.post.trim() === '' && !!ctx.doc.tokens[i + 1] && /^\d/u.test(ctx.doc.tokens[i + 1].text) && !t.tags.has('Honorific'))) return false;
  if (isLetterAmount(ctx.doc.tokens, i)) return false;
  if (isCurrencyBeforeAmount(ctx.doc.tokens, i)) return false;
  // "N96bn", "Sh275 million": a currency's letters fused to an amount with a scale (a road or a
  // model keeps its name: "the N1", "an A320").
  const scale = /^\p{Lu}\p{Ll}{0,2}\d+(?:[.,]\d+)*(bn|m|mn|k|tn|cr)?$/u.exec(t.text);
  if (scale && (scale[1] || /^(?:million|billion|trillion|crore|lakh)s?$/u.test(ctx.doc.tokens[i + 1]?.normal ?? ''))) return false;
  // "told MSPs the bill …", "NGOs and charities": an acronym in the plural is a class of people or
  // things (bodies take no plural); "Hundreds of people": a scale word in the plural is a quantity.
  if (/^\p{Lu}{2,5}s$/u.test(t.text) || (/s$/u.test(t.normal) && (t.normal.slice(0, -1) in SCALE_EXPONENTS || t.normal === 'dozens'))) return false;
  // ("The CFA Institute", "MRI Software", "CT Group": an everyday acronym opening a firm's name
  // before a body's head is part of it; "the IT department", "the ICU ward" are a firm's rooms.)
  const head = ctx.doc.tokens[i + 1];
  const opensBody = !!head && head.sentence === t.sentence && t.post === ' ' && /^\p{Lu}{2,}$/u.test(t.text) && /^\p{Lu}\p{Ll}/u.test(head.text) && ORGANIZATION_HEADS.has(head.normal) && !DEPARTMENT_WORDS.has(head.normal);
  // ("Md Rafiqul Islam", "Md. Abdul Karim": Bengali names abbreviate Muhammad as "Md", which opens the
  // name before a capitalised word; Maryland's "Md." follows a town and its comma.)
  const muhammad = t.text === 'Md' && !!head && head.sentence === t.sentence && /^\.?\s$/u.test(t.post) && /^\p{Lu}\p{Ll}+$/u.test(head.text) && !/,\s*$/u.test(ctx.doc.tokens[i - 1]?.post ?? '');
  if (COMMON_ACRONYMS.has(t.normal.replace(/\./gu, '')) && !opensBody && !muhammad) return false;
  // "the Bill was passed", "this Bill", "the fisheries Bill": a parliament's bill, capitalised in
  // British and Indian usage; a man called Bill takes no determiner and no noun before him.
  const prev = ctx.doc.tokens[i - 1];
  if (t.text === 'Bill' && prev && prev.sentence === t.sentence && prev.post === ' ' && (/^(?:the|this|that|a|an)$/u.test(prev.normal) || (/^\p{Ll}+$/u.test(prev.text) && prev.tags.has('Noun') && !prev.tags.has('Verb')))) return false;
  if (NOT_NAMES.has(t.normal) && !t.tags.has('Honorific') && !isTierOfCompetition(ctx.doc.tokens, i)) return false;
  // "was named a Companion of the Order", "an Officer of the Tolby Order": a name takes no indefinite
  // article, so a capitalised common noun after one, before "of", is a rank (a body's head is its
  // name used as a modifier: "a Ministry of Transport official").
  if (prev && /^(?:a|an)$/u.test(prev.normal) && prev.post === ' ' && ctx.doc.tokens[i + 1]?.normal === 'of' && isEnglishWord(t.normal) && !isFirstName(t) && !isKnownPlace(t.text) && !OF_HEADS.has(t.normal) && !ORGANIZATION_HEADS.has(t.normal)) return false;
  if (t.tags.has('Pronoun') && !t.tags.has('Person')) return false;
  // "U.S.-made", "Kremlin-backed": a compound adjective, not a name.
  if (/-\p{Ll}+$/u.test(t.text)) return false;
  // "Co-author", split by the tokenizer into "Co" "-" "author": a dictionary word, not a name.
  const next = ctx.doc.tokens[i + 1];
  if (t.post === '-' && next && next.pre === '' && /^\p{Ll}/u.test(next.text) && (isEnglishWord(`${t.normal}-${next.normal}`) || (ENGLISH_PREFIXES.has(t.normal) && isEnglishWord(next.normal)))) return false;
  if (afterOpening(ctx.doc, sentence, i)) {
    if (isVouchedProper(ctx, i)) return true;
    // ("Blessing Vekaza said": a word given as a first name, though the tagger reads a gerund.)
    if (opensWithWordGivenName(ctx.doc.tokens, i, i + 1)) return true;
    // "ZARNBY —", "SANTA VEKLA —": a dateline's town, in capitals.
    if (opensDateline(ctx.doc, sentence, i)) return true;
    // "PAGASA, the weather bureau, said": an acronym opening a sentence is a name (a label before a
    // colon or a dash, "UPDATE:", is not).
    if (isOpeningAcronym(ctx.doc.tokens, i)) return true;
    // "Marsh 1 Tolvas 2": a results line opens with a team, though its name is also a word.
    if (isTeamInResult(ctx.doc.tokens, i, i)) return true;
    // "Civil Defence declared …", "State Highway 9 was closed", "United Bakers and Millers Union
    // organiser …": an opening word that a run of capitalised words continues up to a body's or a
    // road's head is the name's first word, not a capital the sentence gives.
    if (opensHeadedName(ctx.doc.tokens, i, sentence)) return true;
    // "Okafor, a nurse, said": a capitalised word in no English dictionary is a name even first in a sentence.
    if (isNoWord(t)) return true;
    // ("Lisiate Havili, a Tongan engineer, said": a word no dictionary holds, which the tagger reads as a
    // verb by its ending alone, opens a name before another word no dictionary holds.)
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !isEnglishWord(t.normal) && t.post === ' ' && !!next && next.sentence === t.sentence && isNoWord(next)) return true;
    if (isNamedBeforeClause(ctx.doc.tokens, i)) return true;
    if (isCamelCase(t)) return true;
    // "Kestrel said in a statement": a singular noun with no determiner cannot be the subject of "said",
    // so a capitalised one opening a sentence before "said in a statement" is a name (a mass noun can
    // be, "Research says", so the statement is required; "Police said" is plural).
    if (bareSubjectOfReport(ctx.doc.tokens, i, sentence)) return true;
    // "Giving Vekland a stake…": a sentence-initial gerund is a verb.
    if (/ing$/u.test(t.normal) && !t.tags.has('Person') && !t.tags.has('Place')) return false;
    // "“Principals know their students …”": a plural common noun opening a quotation, before a
    // lower-case word, is the noun, whatever the tagger guesses (a team opening a report's sentence,
    // "Rangers beat …", is left to the other evidence).
    const after = ctx.doc.tokens[i + 1];
    const quoteOpens = /[“"‘]\s*$/u.test(t.pre) || (i > 0 && /[“"‘]\s*$/u.test(ctx.doc.tokens[i - 1].post));
    if (quoteOpens && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && isDictionaryPlural(t) && !t.tags.has('Person') && after && after.sentence === t.sentence && /^\p{Ll}/u.test(after.text)) return false;
    const strong = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'Honorific', 'Acronym'].some((tag) => t.tags.has(tag));
    // "Acme CEO Dana Whitfield resigned": an unknown noun that a capitalised word continues.
    // ("Bank of Vekland governor Ana Vek said": a body's head opening the sentence, then "of" and a
    // capitalised word its name goes on with, is the name's first word.)
    // ("Jean de Dieu Vek has driven …": a given name opening the sentence before a surname's particle.)
    const particleAfter = isFirstName(t) && !!after && NAME_PARTICLES.has(after.normal) && /^\p{Ll}/u.test(after.text);
    const ofName = ORGANIZATION_HEADS.has(t.normal) && OF_HEADS.has(t.normal) && after?.normal === 'of' && isCapitalized(ctx.doc.tokens[i + 2]) && ctx.doc.tokens[i + 2].sentence === t.sentence;
    const continued = t.tags.has('Noun') && i + 1 < sentence.lastToken && (isCapitalized(ctx.doc.tokens[i + 1]) || ofName || particleAfter) && continuesName(ctx.doc.tokens, i, i + 1);
    if (!strong && !continued && !PERSON_TITLES.has(t.normal)) return false;
    // ("Judge Vek Min-jae said …", "Coach Tolva Marsh …": a title the tagger reads as an imperative
    // opening the sentence is the title when a capitalised word follows it.)
    const titleBeforeName = PERSON_TITLES.has(t.normal) && !!after && after.sentence === t.sentence && t.post === ' ' && isCapitalized(after);
    if (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !titleBeforeName)) return false;
  }
  return true;
}

// Words that put a price right after them ("worth R38", "fined K500", "priced at R150").
/**
 * "taking KD 240,000", "a fine of USD 50,000", "UGX 48 million": a currency's code (ISO 4217, the
 * currency-codes package) or its sign of two letters or more (currency-symbol-map: "KD" the Kuwaiti
 * dinar, "JD" the Jordanian, "FCFA") in capitals, right before an amount, is the amount's unit, no
 * body's acronym. Not a code that is an English word ("TOP 10", "COP 28"), a body's head ("Tolby FC 2"
 * closes a team in a results line) or one after a comma, as a US state's is in an address ("VT 05401").
 */
function isCurrencyBeforeAmount(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const amount = tokens[i + 1];
  if (!/^\p{Lu}{2,4}$/u.test(t.text) || t.post !== ' ' || !amount || amount.sentence !== t.sentence || !/^\d/u.test(amount.text)) return false;
  if (!ISO_CURRENCY_CODES.has(t.text) && !LOCAL_LETTER_SIGNS.has(t.text)) return false;
  if (isEnglishWord(t.normal) || ORGANIZATION_HEADS.has(t.normal) || CORPORATE_SUFFIXES.has(t.normal)) return false;
  return !/,\s*$/u.test(tokens[i - 1]?.post ?? '');
}

const PRICE_WORDS = new Set(['worth', 'cost', 'costs', 'costing', 'fined', 'paid', 'pay', 'pays', 'priced', 'charged', 'charges', 'estimated', 'at']);
// Words a price takes after it when "at" is its only cue ("at R150 for adults", "at R20 each").
const AFTER_PRICE = new Set(['for', 'per', 'each', 'a', 'an']);

/**
 * "a R87 million tender", "worth an estimated R38 million", "at R90 for members and R35 for
 * children": a capital glued to a figure is a currency symbol (the rand's R, Zambia's K) and its
 * amount when a scale word follows, a price word comes before, or it is joined by and/or/to to
 * such an amount just before. Roads, chips and groups ("the N59", "the A4 processor", "G7
 * leaders") take neither a scale nor a price word, so they stay names.
 */
function isLetterAmount(tokens: readonly Token[], i: number, depth = 0): boolean {
  const t = tokens[i];
  // "NT$186", "S$600", "R$40": a dollar sign after a country's letters is money wherever it stands;
  // so are the shilling's, the rupee's, the ringgit's and the taka's letters glued to a figure
  // ("Sh80", "KSh200", "Rs610", "RM30", "Tk500").
  if (t && /^(?:\p{Lu}{1,3}\$|Sh|KSh|Ksh|Shs|TSh|Tsh|USh|Rs|Rp|RM|Tk)\d/u.test(t.text)) return true;
  if (!t || !/^\p{Lu}\d+(?:[.,]\d+)?$/u.test(t.text)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next && t.post === ' ' && (next.normal in SCALE_EXPONENTS || next.normal === 'crore' || next.normal === 'lakh')) return true;
  if (prev && PRICE_WORDS.has(prev.normal) && prev.post === ' ') return prev.normal !== 'at' || !next || t.post.trim() !== '' || AFTER_PRICE.has(next.normal);
  if (depth === 0 && prev && /^(?:and|or|to)$/u.test(prev.normal)) {
    for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
      if (tokens[k].text[0] === t.text[0] && isLetterAmount(tokens, k, depth + 1)) return true;
    }
  }
  return false;
}

/**
 * Words that open the names of parties, unions, agencies and roads though they are adjectives,
 * titles or verbs elsewhere ("United …", "Civil Defence", "State Highway 9", "National … Union").
 */
// ("Financial Conduct Authority fined …", "Electoral Commission said …": adjectives of a regulator's field.)
const NAME_OPENERS = new Set(['financial', 'monetary', 'electoral', 'environmental', 'maritime', 'nuclear', 'commercial', 'industrial', 'agricultural', 'first', 'standard', 'united', 'national', 'civil', 'federal', 'royal', 'international', 'general', 'public', 'democratic', 'social', 'liberal', 'labour', 'labor', 'conservative', 'green', 'free', 'independent', 'popular', 'republican', 'socialist', 'christian', 'islamic', 'catholic', 'world', 'global', 'regional', 'municipal', 'metropolitan', 'state', 'county', 'city', 'provincial', 'central', 'allied', 'associated', 'consolidated']);

/**
 * "the Vekland Space Agency (VekSA) said", "the State Assets Ministry (MAP)": capitals alone in brackets
 * right after a name are the writer's short form of it, a name too, though they spell an English word
 * ("MAP", "SEC") or another language's words, or mix cases ("VekSA").
 */
function definesNameInBrackets(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const letters = t.text.replace(/-/gu, '');
  // ("Ingrid Solvik (NOR) won", "Greta Holm (CEO)": after a person's name of two or three words opened
  // by a given name, brackets hold a country's code, a party or a post, no short form of the name.)
  let open = i - 1;
  while (open > 0 && tokens[open - 1].sentence === t.sentence && isCapitalized(tokens[open - 1]) && tokens[open - 1].post === ' ') open--;
  if (i - open >= 2 && i - open <= 3 && (isGivenName(tokens[open].text) || isWorldGivenName(tokens[open].text)) && !tokens.slice(open, i).some((w) => ORGANIZATION_HEADS.has(w.normal))) return false;
  return !!before && before.sentence === t.sentence && isCapitalized(before) && /^\s*\(\s*$/u.test(`${before.post}${t.pre}`) && /^\)/u.test(t.post) && /^\p{Lu}[\p{L}-]*$/u.test(t.text) && (letters.match(/\p{Lu}/gu) ?? []).length >= 2 && letters.length <= 10 && !COMMON_ACRONYMS.has(t.normal) && !COUNTRY_ACRONYMS.has(t.normal) && !isKnownPlace(t.text);
}

/** tokens[i] is an acronym of three or more capitals that no common-acronym list holds, and no label before a colon or a dash. */
function isOpeningAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // ("costs $99 (USD) to join": a code in brackets is left to the rest of the rules, unless it defines a name.)
  if (/\(\s*$/u.test(t.pre) || (i > 0 && /\(\s*$/u.test(tokens[i - 1].post))) return definesNameInBrackets(tokens, i);
  // ("TRIBUTES have been paid", "POLICE have arrested": a British lede sets its first word in capitals;
  // an English word of four letters or more is that word, not an acronym.)
  // (Before a plural verb only: "CARE said", "MIND warned" are charities.)
  if (t.text.length >= 4 && isEnglishWord(t.normal) && !isKnownPlace(t.text) && /^(?:have|are|were|had)$/u.test(tokens[i + 1]?.normal ?? '')) return false;
  // ("COUNCILLORS in Tolbeg voted", "RESIDENTS of a street say": a plural English noun of five letters
  // or more is that noun too, whatever follows in lower case.)
  if (t.text.length >= 5 && /S$/u.test(t.text) && isEnglishWord(t.normal) && isEnglishWord(singularize(t.normal)) && singularize(t.normal) !== t.normal && !isKnownPlace(t.text) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return false;
  return /^\p{Lu}{3,}$/u.test(t.text) && !COMMON_ACRONYMS.has(t.normal) && !NOT_NAMES.has(t.normal) && !/^\s*[:—–-]/u.test(t.post) && !!tokens[i + 1] && tokens[i + 1].sentence === t.sentence && /^\p{Ll}/u.test(tokens[i + 1].text);
}

/** tokens[i], opening a sentence, is a plain capitalised word that a name run continues up to an organization's or a road's head. */
function opensHeadedName(tokens: Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.post !== ' ' || NOT_NAMES.has(t.normal) || DIRECTION_ADJECTIVES.has(t.normal)) return false;
  if (!NAME_OPENERS.has(t.normal) && (PERSON_TITLES.has(t.normal) || ORGANIZATION_HEADS.has(t.normal))) return false;
  // ("Angry Kestrel Union members": an adjective opens a body's name only when names take it.)
  if (!NAME_OPENERS.has(t.normal) && (['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Value', 'Date', 'Gerund', 'Demonym', 'Adjective'].some((tag) => t.tags.has(tag)) || (t.tags.has('Verb') && !t.tags.has('Noun')))) return false;
  let j = i;
  while (j + 1 < sentence.lastToken && j < i + 5 && continuesName(tokens, j, j + 1)) j++;
  if (j === i || !isCapitalized(tokens[j])) return false;
  // ("Civil Aviation Authority of Vekland said": the head stands before the name's "of".)
  const ofAt = tokens.slice(i + 1, j).findIndex((t) => t.normal === 'of');
  // ("Metropolitan Police Commissioner Ana Vek said": the force's head stands before the officer's title.)
  const titleAt = tokens.slice(i + 1, j + 1).findIndex((t) => isTitleWord(t));
  const head = tokens[titleAt > 0 ? i + titleAt : ofAt > 0 ? i + ofAt : j].normal;
  return STRONG_ORGANIZATION_HEADS.has(head) || ROAD_HEADS.has(head) || head === 'defence' || head === 'defense';
}

/** "Kestrel said in a statement": a capitalised singular noun, no body or role word, before a reporting verb and "in a statement". */
function bareSubjectOfReport(tokens: Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || i + 4 >= sentence.lastToken || t.post !== ' ' || !REPORTING_VERBS.has(next.normal) || !next.tags.has('Verb')) return false;
  if (tokens[i + 2].normal !== 'in' || !/^(?:a|an|its)$/u.test(tokens[i + 3].normal) || !/^(?:statement|release|filing)$/u.test(tokens[i + 4].normal)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || /s$/u.test(t.normal) || !t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Pronoun') || t.tags.has('Determiner')) return false;
  return !ORGANIZATION_HEADS.has(t.normal) && !PERSON_DESCRIPTIONS.has(t.normal) && !BODY_DESCRIPTIONS.has(t.normal) && !PERSON_TITLES.has(t.normal) && !NOT_NAMES.has(t.normal);
}

/** The Arabic article as names transliterate it: "al-", "el-", and its assimilated forms ("ash-", "ad-"). */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)$/u;

/** Titles and initials keep their dot inside a name ("Mr. Putin", "Vladimir V. Putin"); "Inc." ends one. */
function endsWithAbbreviationDot(t: Token): boolean {
  if (!t.post.startsWith('.') || CORPORATE_SUFFIXES.has(t.normal)) return false;
  return t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}$/u.test(t.text) || PERSON_TITLES.has(t.normal);
}

function hasPossessive(t: Token): boolean {
  return /[’'][sS]$/u.test(t.text) || /^[’'][sS]?\b/u.test(t.post);
}

// Words that follow a hyphen in compound modifiers ("Kremlin-led", "state-run"), never in a given name.
const COMPOUND_ENDINGS = new Set(['led', 'run', 'born', 'made', 'like', 'wide', 'free', 'held', 'type', 'era', 'bred', 'fed', 'based', 'owned', 'style']);

/** "Ka-lok", "Ji-woo", "Jae-myung": a Chinese or Korean given name, written with a hyphen and a short lower-case second syllable. */
function isHyphenatedGivenName(t: Token): boolean {
  const m = /^\p{Lu}\p{Ll}{1,4}-(\p{Ll}{1,5})$/u.exec(t.text);
  return !!m && !COMPOUND_ENDINGS.has(m[1]) && !isEnglishWord(t.normal);
}

/**
 * tokens[k] is the lower-case second syllable of such a name split by the tokenizer ("Ka" "-" "ho"),
 * after a surname: the first syllable is short and capitalised and follows another capitalised word.
 */
/**
 * "the Tolvane Growers Co-operative", "Vekla Co-op": tokens[k] is the lower-case "operative" or "op"
 * a hyphen joins to a capitalised "Co" (the tokenizer splits the word at its hyphen): the word's
 * second half, inside the name.
 */
function isCoOperativeEnd(tokens: Token[], k: number): boolean {
  const [co, end] = [tokens[k - 1], tokens[k]];
  // ("Vekla Co-op's prices": the possessive closes the name after "op".)
  return !!co && !!end && co.text === 'Co' && co.post === '-' && end.pre === '' && /^(?:operative|op)(?:[’']s)?$/u.test(end.text) && co.sentence === end.sentence;
}

function isHyphenSyllable(tokens: Token[], k: number): boolean {
  const [surname, a, b] = [tokens[k - 2], tokens[k - 1], tokens[k]];
  if (!surname || !a || surname.sentence !== b.sentence || a.post !== '-' || b.pre !== '') return false;
  return /^\p{Lu}\p{Ll}+$/u.test(surname.text) && surname.post === ' ' && /^\p{Lu}\p{Ll}{1,4}$/u.test(a.text) && /^\p{Ll}{1,5}$/u.test(b.text) && !COMPOUND_ENDINGS.has(b.normal) && !isEnglishWord(`${a.normal}-${b.normal}`);
}

// Waterfront works from the GeoNames feature codes (WHRF, QUAY, PIER, LDNG; geonames.org/export/codes.html)
// and street suffixes from USPS Publication 28, Appendix C1 ("Lane", "Hill", "Ramp", "Corner"): "Tolvey's
// Wharf", "Hollin's Quay", "Marbeck's Lane". PLACE_HEADS leaves out those that are surnames too ("Lane",
// "Hill"), but after a possessive the word names the place, not a man.
const POSSESSIVE_PLACE_HEADS = new Set(['wharf', 'quay', 'pier', 'landing', 'ramp', 'lane', 'hill', 'corner', 'crossing', 'terrace']);

// Heads that a possessive may open inside a name: "Vekhaw's Bay", "St Tolan's Church", "Magistrate's Court".
const POSSESSED_HEADS = new Set([...PLACE_HEADS, 'court', 'church', 'cathedral', 'chapel', 'college', 'hospital', 'inn', 'federation', 'association', 'union', 'society', 'school', 'hall', 'cross', 'head', 'point', 'well', 'wood',
  // Shops and eateries named after their founder ("Vekla's Bakery", "Tolvane's Pharmacy").
  ...SHOP_HEADS,
  ...POSSESSIVE_PLACE_HEADS]);

/** Possessed heads that a titled person's possessive may own rather than name ("Sir Tolvan's Court", "Queen Vekla's College"). */
const POSSESSED_ORGANIZATION_HEADS = new Set(['court', 'college', 'school', 'federation', 'association', 'union', 'society', 'hall', 'cross', 'head']);

/** Titles of nobility before a given name that names a place after it: "Sir Tolvan's Wharf", "King Vekla's Bay". */
const NAMESAKE_TITLES = /^(?:sir|dame|lady|lord|king|queen|prince|princess)$/u;

/** "Vekhaw's Bay": a capitalised word and a possessive before a place or institution head, when the word is no person's or place's name. */
function isPossessiveInsideName(a: Token, b: Token, before: Token | undefined, c?: Token): boolean {
  // ("St. Vekla's Anglican Church", "Saint Tolan's Primary School": one capitalised word may stand
  // between a saint's possessive and the head.)
  const saint = !!before && SAINT.test(before.normal) && before.sentence === a.sentence;
  if (saint && /^\p{Lu}/u.test(a.text) && a.post.trim() === '' && /^\p{Lu}\p{Ll}+$/u.test(b.text) && b.post === ' ' && !!c && c.sentence === b.sentence && /^\p{Lu}/u.test(c.text) && POSSESSED_HEADS.has(c.normal)) return true;
  // ("Cox's Bazar", "King's Lynn": a town the gazetteer knows with its possessive.)
  if (a.post.trim() === '' && /^\p{Lu}/u.test(b.text) && isKnownTown(`${a.text} ${b.text}`)) return true;
  if (!/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text) || a.post.trim() !== '' || !POSSESSED_HEADS.has(b.normal)) return false;
  // "St Tolan's Church": a saint's given name names the church; "Sir Tolvan's Wharf": a knight's the wharf.
  if (before && (SAINT.test(before.normal) || NAMESAKE_TITLES.test(before.normal)) && /^\p{Lu}/u.test(before.text) && before.sentence === a.sentence) return true;
  // ("Tolbert's Hospital", "Vekby's College": the tagger reads Organization into a lone possessive
  // word from the institution's head after it; only a body its lexicon knows by that word is one.)
  const lone = !before || before.sentence !== a.sentence || !/^\p{Lu}/u.test(before.text);
  // The head must close the name: "Fenwick's Church Street bakery" is a shop on a street, no church.
  const closes = !c || c.sentence !== b.sentence || !/^\p{Lu}/u.test(c.text);
  const institution = lone && closes && /^(?:hospital|school|college|church|chapel|cathedral)$/u.test(b.normal) && !isLexiconOrganization(bare(a));
  return !isKnownPlace(bare(a)) && !isKnownCity(bare(a)) && !isFirstName(a) && !a.tags.has('Person') && (!a.tags.has('Organization') || institution) && !isAcronym(a);
}

/**
 * "Tolvik Residents' Welfare Association", "Airline Pilots' Union": a plural noun with a bare
 * apostrophe names the members a body belongs to, and the name goes on to the body's head word
 * (within three capitalised words). Without a head ("the Ruizes' Vekland house") it ends there.
 */
/** tokens[k] opens the "of" complement of a capitalised body's head ("Court of King's …", "Bank of England"). */
function isOfComplement(tokens: Token[], k: number): boolean {
  const of = tokens[k - 1];
  const head = tokens[k - 2];
  return !!of && !!head && of.normal === 'of' && OF_HEADS.has(head.normal) && /^\p{Lu}/u.test(head.text) && head.sentence === tokens[k].sentence;
}

/**
 * "the Second Vekla League", "the Tolby First Division": a capitalised ordinal word is a league's tier
 * inside its name when up to three capitalised words after it close on "League" or "Division" (the
 * ordinal is otherwise no name's word: "First, the rain", "Third came Vekla").
 */
function isTierOfCompetition(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isOrdinalWord(t.normal) || t.post !== ' ') return false;
  for (let h = i + 1; h <= i + 3 && tokens[h] && tokens[h].sentence === t.sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[h].text); h++) {
    if (/^(?:League|Division)$/u.test(tokens[h].text)) return true;
    if (tokens[h].post !== ' ') return false;
  }
  return false;
}

/** The heads of EVENT_HEADS that close a festival's, a fair's or a tournament's name, which may join two themes with "and". */
const FESTIVAL_HEADS = /^(?:festival|fair|show|expo|games|championship|championships|tournament|regatta|awards|conference|summit|convention)$/u;

/**
 * A capitalised qualifier and then a body's head, up to three words from tokens[k], all capitalised and
 * none a verb or an article: "District Court", "Land Registry Office" after a city's Roman numeral.
 */
function isNumberedBodyAhead(tokens: readonly Token[], k: number): boolean {
  for (let h = k; h <= k + 3 && tokens[h] && tokens[h].sentence === tokens[k].sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[h].text) && !tokens[h].tags.has('Verb') && !tokens[h].tags.has('Determiner'); h++) {
    if (h > k && ORGANIZATION_HEADS.has(tokens[h].normal)) return true;
    if (tokens[h].post !== ' ') return false;
  }
  return false;
}

/** Heads of a law's name: "… Act", "… Bill", "… Ordinance". */
const LAW_HEADS = /^(?:act|bill|ordinance|law|code|regulations|decree|amendment)$/u;

/** A law's head closes the run of capitalised words that starts at tokens[k], within six tokens. */
function lawHeadAhead(tokens: Token[], k: number): boolean {
  for (let h = k; h < k + 6 && tokens[h] && tokens[h].sentence === tokens[k].sentence && isCapitalized(tokens[h]); h++) {
    if (LAW_HEADS.test(tokens[h].normal) && h > k) return true;
    if (!/^(?:\s|\)\s|\s\(|\)\s\()$/u.test(tokens[h].post)) return false;
  }
  return false;
}

/** "stallholder", "chipworker": an English word, or two joined ("stall" + "holder"), each of three letters or more. */
function isEnglishCompound(word: string): boolean {
  if (isEnglishWord(word)) return true;
  for (let k = 3; k <= word.length - 3; k++) if (isEnglishWord(word.slice(0, k)) && isEnglishWord(word.slice(k))) return true;
  return false;
}

function isMembersPossessive(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  // ("Tolvik Fishermen's Federation", "People's Vekla Party": an irregular plural takes "'s".)
  const irregular = /^(?:\p{Lu}\p{Ll}*(?:men|people|children|folk)|Men|Women|People|Children|Folk)(?:[’']s)?$/u.test(a.text) && (/[’']s$/u.test(a.text) || /^[’']s\s$/u.test(a.post));
  if (!irregular && (!/^[’']\s$/u.test(a.post) || !/^\p{Lu}\p{Ll}+s$/u.test(a.text) || singularize(a.normal) === a.normal || !isEnglishCompound(singularize(a.normal)))) return false;
  for (let k = j + 1; k <= j + 3 && tokens[k] && tokens[k].sentence === a.sentence && isCapitalized(tokens[k]); k++) {
    if (ORGANIZATION_HEADS.has(tokens[k].normal) || ORGANIZATION_HEADS.has(singularize(tokens[k].normal))) return true;
    if (tokens[k].post !== ' ') return false;
  }
  return false;
}

/**
 * Lower-case prepositions and articles that join the hyphenated parts of a place's name: English
 * ("Stratford-upon-Avon", "Southend-on-Sea", "Chapel-en-le-Frith"), French ("Aix-en-Provence",
 * "Boulogne-sur-Mer"), Welsh ("Betws-y-Coed", "Llanfihangel-ar-Arth"), German ("Frankfurt-am-Main")
 * and Romance ("Saint-Jean-de-Luz").
 */
// ("Port-of-Spain": English "of" joins a town's parts so too.)
const HYPHEN_JOINERS = new Set(['of', 'on', 'upon', 'under', 'in', 'by', 'cum', 'next', 'the', 'le', 'la', 'les', 'lès', 'en', 'sur', 'sous', 'de', 'du', 'des', 'aux', 'au', 'y', 'yr', 'yn', 'ym', 'ar', 'am', 'an', 'im', 'der', 'di', 'del', 'della', 'da', 'do', 'dos', 'das']);

/**
 * A place name's joiner between hyphens ("on" in "Tolby-on-Sea"): in lower case, or in capitals
 * when the word before it is in capitals too ("PORT-OF-SPAIN" in a dateline).
 */
function isHyphenJoiner(t: Token, before: Token): boolean {
  return HYPHEN_JOINERS.has(t.text) || (HYPHEN_JOINERS.has(t.normal) && /^\p{Lu}+$/u.test(t.text) && /^\p{Lu}{2,}$/u.test(before.text));
}

/**
 * A hyphenated title, not a town: a chain glued by hyphens around token i whose parts a lower-case
 * joiner links ("Player-of-the-Year", "Man-in-the-Middle", "Out-of-Town") and whose capitalised parts
 * are all common English words, the gazetteer not knowing the whole ("Port-of-Spain", "Tolby-on-Sea",
 * "Stratford-upon-Avon" hold a town's own word; "PORT-OF-SPAIN" in a dateline's capitals is left alone).
 */
function isHyphenTitleChain(tokens: Token[], i: number): boolean {
  let f = i;
  while (f > 0 && tokens[f].pre === '' && tokens[f - 1].post === '-' && tokens[f - 1].sentence === tokens[i].sentence) f--;
  let l = i;
  while (tokens[l + 1] && tokens[l].post === '-' && tokens[l + 1].pre === '' && tokens[l + 1].sentence === tokens[i].sentence) l++;
  if (l - f < 2) return false;
  let joiner = false;
  for (let x = f; x <= l; x++) {
    const t = tokens[x];
    if (/^\p{Ll}+$/u.test(t.text)) {
      if (!HYPHEN_JOINERS.has(t.text)) return false;
      joiner = true;
    } else if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isEnglishWord(t.normal) || isKnownPlace(t.text)) return false;
  }
  return joiner && !isKnownPlace(tokens.slice(f, l + 1).map((t) => t.text).join('-'));
}

function continuesName(tokens: Token[], j: number, k: number): boolean {
  const a = tokens[j];
  const b = tokens[k];
  // ("Player-of-the-Year Mara Quell", "Out-of-Town Retailer Vekby Homes": a hyphenated title of
  // common words is no town; it joins no name, nor glues onto the name after it.)
  if (isHyphenTitleChain(tokens, j) || isHyphenTitleChain(tokens, k)) return false;
  // "Court of Queen's Bench": inside a body's "of" complement a possessive and the capitalised word after it stay in the name.
  if (hasPossessive(a) && isMembersPossessive(tokens, j)) return true;
  if (hasPossessive(a)) return isPossessiveInsideName(a, b, tokens[j - 1], tokens[j + 2]) || (isOfComplement(tokens, j) && PERSON_TITLES.has(bare(a).toLowerCase()) && isCapitalized(b) && isEnglishWord(b.normal) && !isTitleWord(b) && !isFirstName(b) && b.sentence === a.sentence);
  if (isMembersPossessive(tokens, j)) return true;
  // "Huda al-Vekri", "Tariq bin Saleh al-Tolwani": an Arabic article glued by a hyphen to the
  // surname after it stays inside the name (the tokenizer splits "al", "-", "Vekri").
  if (ARABIC_ARTICLE.test(b.normal) && /^\p{Ll}/u.test(b.text) && b.post === '-' && a.post === ' ' && isCapitalized(a) && tokens[k + 1]?.pre === '' && isCapitalized(tokens[k + 1]) && tokens[k + 1].sentence === a.sentence) return true;
  if (ARABIC_ARTICLE.test(a.normal) && /^\p{Ll}/u.test(a.text) && a.post === '-' && b.pre === '' && isCapitalized(b) && j > 0 && isCapitalized(tokens[j - 1]) && tokens[j - 1].post === ' ') return true;
  if (isListInsideName(tokens, j, k)) return true;
  const gap = endsWithAbbreviationDot(a) ? a.post.slice(1) : a.post;
  // "Ana Lopez-Ortega", "Marie-Claire", "Ben-Haim": a hyphen between two capitalised words joins one
  // name, unless a side is a place or an acronym ("Russia-Ukraine talks", "U.S.-China trade").
  // "Chan Ka-lok", "Park Ji-woo": compromise splits a hyphenated given name into two tokens.
  // ("ANALYSIS-Tolbeg's council …", "Explainer-Why …": a kicker word opening its line before a glued
  // hyphen labels the story, see dropKickers; it joins no name.)
  if (gap === '-' && b.pre === '' && KICKER_WORDS.has(a.normal) && (j === 0 || /\n/u.test(tokens[j - 1].post)) && isCapitalized(b)) return false;
  // "Tolby-on-Sea", "Vekby-upon-Tolve", "Llanvek-ar-Tolby", "Aix-en-Vekla": a place's name whose parts
  // a lower-case preposition or article joins, hyphens on both sides, is one name (English, French,
  // Welsh, German, Italian and Iberian towns are named so; a compound like "Kremlin-led" has no third part).
  // ("PORT-OF-SPAIN, May 4 -", "PORT-AU-PRINCE": a dateline prints the whole name in capitals, the joiner too.)
  if (gap === '-' && b.pre === '' && isCapitalized(a) && isHyphenJoiner(b, a) && b.post === '-' && tokens[k + 1]?.pre === '' && /^\p{Lu}/u.test(tokens[k + 1].text) && tokens[k + 1].sentence === a.sentence) return true;
  if (a.post === '-' && j > 0 && isHyphenJoiner(a, tokens[j - 1]) && a.pre === '' && b.pre === '' && /^\p{Lu}/u.test(b.text) && tokens[j - 1].post === '-' && isCapitalized(tokens[j - 1])) return true;
  if (gap === '-' && b.pre === '' && isHyphenSyllable(tokens, k)) return true;
  if (isCoOperativeEnd(tokens, k)) return true;
  if (gap === '-' && b.pre === '' && isCapitalized(a) && isCapitalized(b)) return !isKnownPlace(a.text) && !isKnownPlace(bare(b)) && !isPlaceAcronym(a) && !isPlaceAcronym(b);
  if (gap.trim() !== '' || /[“"‘(]/u.test(b.pre)) return false;
  // ("Vek Jun-hao": a month's abbreviation opening a hyphenated given name is no date.)
  // ("Darren Vek Jun Hao", "Tan Jun Ling": a month's three-letter abbreviation, dotless between two
  // capitalised words of a name, is a syllable of a Chinese given name written as two words.)
  const cn = tokens[k + 1];
  const givenSyllable = /^\p{Lu}\p{Ll}{2}$/u.test(b.text) && b.normal !== 'may' && a.post === ' ' && b.post === ' ' && isCapitalized(a) && !isDateWord(a) && !!cn && cn.sentence === b.sentence && /^\p{Lu}\p{Ll}{1,4}$/u.test(cn.text) && !isDateWord(cn) && !cn.tags.has('Value');
  // ("Tolva del Mar", "Playa de la Mar": a month's abbreviation after a name's lower-case particle is
  // a word of the name; no date is written "del Mar".)
  const afterParticle = /^\p{Lu}\p{Ll}{2}$/u.test(b.text) && NAME_PARTICLES.has(a.normal) && /^\p{Ll}/u.test(a.text) && a.post === ' ' && !(tokens[k + 1] && /^\d/u.test(tokens[k + 1].text) && tokens[k + 1].sentence === b.sentence);
  // ("the Estadio IV Tolvario", "the Vekla XII Regiment": a Roman numeral of two letters or more
  // between two capitalised words of a name is inside it; "I" alone is the pronoun.)
  const numeralInside = b.tags.has('RomanNumeral') && /^[IVXLC]{2,}$/u.test(b.text) && a.post === ' ' && b.post === ' ' && /^\p{Lu}\p{Ll}/u.test(a.text) && !isDateWord(a) && !!cn && cn.sentence === b.sentence && /^\p{Lu}\p{Ll}+$/u.test(cn.text) && !isDateWord(cn);
  if ((isDateWord(b) && !givenSyllable && !afterParticle && !(b.post === '-' && EAST_ASIAN_GIVEN.test(`${b.text}-${tokens[k + 1]?.text ?? ''}`))) || (b.tags.has('Value') && !numeralInside) || TIME_ZONES.has(b.normal)) return false;
  if (/-\p{Ll}+$/u.test(b.text) && !isHyphenatedGivenName(b)) return false;
  // ("the Tolvice I District Court", "Vekla I Land Registry Office": Czech and Slovak cities number
  // their district courts and offices in Roman numerals, "I" too; it is no pronoun when a capitalised
  // qualifier and a body's head close the run right after it, the pronoun taking a verb.)
  if (b.text === 'I' && a.post === ' ' && b.post === ' ' && /^\p{Lu}\p{Ll}/u.test(a.text) && !isDateWord(a) && !a.tags.has('Pronoun') && isNumberedBodyAhead(tokens, k + 1)) return true;
  if (isCapitalized(b)) return (!(b.tags.has('Pronoun') && !b.tags.has('Person')) && !NOT_NAMES.has(b.normal)) || b.tags.has('Honorific') || isTierOfCompetition(tokens, k);
  // "Bank of England", "Secretary of State", "Charles de Gaulle"
  const c = tokens[k + 1];
  // "Mac an tSeoda", "Nic an Bhaird": Irish surnames put "an" between "Mac"/"Nic" and a word that may
  // open with a mutation letter before its capital.
  if (c && b.normal === 'an' && b.post === ' ' && /^(?:mac|nic|ní|uí|ó)$/u.test(a.normal) && isCapitalized(c)) return true;
  // "Frankfurt am Main", "Newcastle upon Tyne": a town's river qualifier after "am", "im" or "upon"
  // is part of its name when the gazetteer knows the whole; a lower-case "am" between two names is
  // no English verb (it takes "I" alone), so "Vekbach am Main" is one town's name too.
  if (c && /^(?:am|im|upon)$/u.test(b.text) && a.post === ' ' && b.post === ' ' && isCapitalized(a) && isCapitalized(c) && c.sentence === a.sentence && ((b.text === 'am' && a.text !== 'I' && !a.tags.has('Pronoun') && /^\p{Lu}\p{Ll}+$/u.test(bare(c))) || isGazetteerPlace(`${a.text} ${b.text} ${bare(c)}`))) return true;
  // "Dar es Salaam", "Castellammare di Stabia", "Port of Spain": any short lower-case word between two
  // capitalised words is inside a place's name when a gazetteer knows the three words as one place.
  if (c && /^\p{Ll}{1,4}$/u.test(b.text) && a.post === ' ' && b.post === ' ' && isCapitalized(a) && isCapitalized(c) && c.sentence === a.sentence && isGazetteerPlace(`${a.text} ${b.text} ${bare(c)}`)) return true;
  // "Te Rūnanga o Vekatahu": Māori names of bodies join their parts with "o" (of); English writes no
  // lower-case "o" between capitalised words.
  if (c && b.text === 'o' && b.post === ' ' && /^\p{Lu}/u.test(a.text) && isCapitalized(c)) return true;
  // "Páirtí an Chósta", "Conradh na nGael": the Irish article between two capitalised words, the
  // second mutated (a lenition "h" after its capital, or an eclipsis letter before it), is inside a name.
  if (c && (b.normal === 'an' || b.normal === 'na') && b.post === ' ' && /^\p{Lu}/u.test(a.text) && /^(?:[BCDFGMPST]h\p{Ll}|[tnh]\p{Lu}|bh\p{Lu}|[mgndb]\p{Lu})/u.test(c.text)) return true;
  // "Movement for a New Republic", "Ministry of the Interior", "Bank of the West": a body's head
  // takes "of/for" and an article before its capitalised complement.
  const d = tokens[k + 2];
  if (c && d && NAME_CONNECTORS.has(b.normal) && /^(?:the|a)$/u.test(c.text) && b.post === ' ' && c.post === ' ' && isCapitalized(d) && d.sentence === a.sentence && /^\p{Lu}/u.test(a.text) && OF_HEADS.has(a.normal) && (ORGANIZATION_HEADS.has(a.normal) || PLACE_HEADS.has(a.normal)) && (!isKnownPlace(bare(d)) || ORGANIZATION_HEADS.has(a.normal) || isKnownPlace(`${a.text} ${b.normal} ${c.normal} ${bare(d)}`)) && !isDateWord(d)) return true;
  if (b.normal === 'the' || b.normal === 'a') {
    const of = tokens[j];
    const headBefore = tokens[j - 1];
    if (of && headBefore && NAME_CONNECTORS.has(of.normal) && OF_HEADS.has(headBefore.normal) && (ORGANIZATION_HEADS.has(headBefore.normal) || PLACE_HEADS.has(headBefore.normal)) && /^\p{Lu}/u.test(headBefore.text) && headBefore.post === ' ' && b.post === ' ' && c && isCapitalized(c) && (!isKnownPlace(bare(c)) || ORGANIZATION_HEADS.has(headBefore.normal) || isKnownPlace(`${headBefore.text} ${of.normal} ${b.normal} ${bare(c)}`)) && !isDateWord(c)) return true;
  }
  // "Ursula von der Vekla", "Ana de la Torre", "Jan van den Berg": particles in a row before a surname.
  if (c && d && NAME_PARTICLES.has(b.normal) && /^\p{Ll}/u.test(b.text) && NAME_PARTICLES.has(c.normal) && /^\p{Ll}/u.test(c.text) && b.post === ' ' && c.post === ' ' && isCapitalized(d) && (isCapitalized(a) || NAME_PARTICLES.has(a.normal)) && d.sentence === a.sentence) return true;
  if (NAME_PARTICLES.has(a.normal) && /^\p{Ll}/u.test(a.text) && NAME_PARTICLES.has(b.normal) && /^\p{Ll}/u.test(b.text) && c && isCapitalized(c) && b.post === ' ' && j > 0 && isCapitalized(tokens[j - 1])) return true;
  if (!c || !isCapitalized(c) || b.post.trim() !== '') return false;
  // "the Office of the Director of Public Prosecutions", "the Office of the Commissioner of Police":
  // inside a body named for the office it serves, the office's title keeps its own "of" complement.
  if (b.normal === 'of' && isOfficeServed(tokens, j)) return true;
  // "Royal Courts of Justice": a plural head takes "of" as its singular does.
  // ("a Gold Medal for Jamaica", "the Vekla Award for Ana Lind": after a prize, "for" a place or a person names a winner.)
  const winner = /^(?:prize|award|medal)$/u.test(a.normal) && b.normal === 'for' && !isListItem(c);
  if (NAME_CONNECTORS.has(b.normal) && (OF_HEADS.has(a.normal) || OF_HEADS.has(singularize(a.normal))) && !winner) return true;
  // "the Municipality of Tolvaro", "the Region of Vekla", "the Canton of Tolby": a capitalised
  // division's category (ISO 3166-2's, ADMINISTRATIVE_HEADS) and "of" open the division's full name.
  if (b.normal === 'of' && ADMINISTRATIVE_HEADS.has(a.normal) && /^\p{Lu}\p{Ll}+$/u.test(a.text)) return true;
  // "the Protection of Hedgerows Act", "the Freedom of Information Act", "the Prevention of Vekla (Online)
  // Bill": a law's name takes "of" before its subject when a law's head closes the run after it.
  if (b.normal === 'of' && /^\p{Lu}\p{Ll}+$/u.test(a.text) && lawHeadAhead(tokens, k + 1)) return true;
  // "the Horn of Africa", "Isle of Man": a place the gazetteers know with "of" in its name.
  if (NAME_CONNECTORS.has(b.normal) && isKnownPlace(`${a.text} ${b.normal} ${bare(c)}`)) return true;
  // "the Tolvane Commission on Road Safety", "Council on Foreign Relations": a commission's or a
  // council's subject follows "on".
  if (b.normal === 'on' && /^(?:commission|committee|council|conference|panel|institute|forum|taskforce|force)$/u.test(a.normal) && /^\p{Lu}/u.test(a.text)) return true;
  // "University of Vekland at Tolbeg": an American state university names its campus's town after "at".
  // (Only a town, and only when the run ends there: not "at Christmas", "at Vekla General Hospital".)
  if (b.normal === 'at' && /^\p{Lu}/u.test(a.text) && c && isKnownTown(bare(c)) && !isDateWord(c) && !isCapitalized(tokens[k + 2]) && [j - 1, j - 2].some((o) => tokens[o]?.normal === 'of' && tokens[o - 1]?.text === 'University' && tokens.slice(o + 1, j + 1).every((t) => isCapitalized(t) && t.sentence === a.sentence))) return true;
  // "Lawyers for Human Rights", "Friends of the Baths": a group named by its members, a plural noun
  // inside a run of capitals, takes "for"/"of" and what follows.
  // ("Heavy Industries of South Korea": a place after "of" says where the body is, not its name.)
  // ("A spokeswoman for the Friends of Tolvik Lido": after "the", a capitalised plural is such a group too.)
  // ("the Friends of Vekby Library": a place that opens a longer name after "of" belongs to that name.)
  const placeOpensName = c.post === ' ' && !!tokens[k + 2] && tokens[k + 2].sentence === c.sentence && isCapitalized(tokens[k + 2]) && (PLACE_HEADS.has(tokens[k + 2].normal) || VENUE_HEADS.has(tokens[k + 2].normal) || ORGANIZATION_HEADS.has(tokens[k + 2].normal));
  if (NAME_CONNECTORS.has(b.normal) && j > 0 && (isCapitalized(tokens[j - 1]) || (tokens[j - 1].normal === 'the' && isCapitalized(a))) && tokens[j - 1].post === ' ' && isDictionaryPlural(a) && ((!isKnownPlace(c.text) && !c.tags.has('Place') && !c.tags.has('Country')) || (tokens[j - 1].normal === 'the' && placeOpensName)) && !DIRECTION_ADJECTIVES.has(c.normal) && !COMPASS_WORDS.has(c.normal)) return true;
  // "the Chamber of Crafts of Vekla", "the Union of Journalists of Tolvia": a body's "of" complement
  // that names its members or trades, a plural noun, takes a second "of" and the place the body
  // serves, one name, known to the gazetteer or not (the place after a firm's own head, "Heavy
  // Industries of South Korea", stays out; so does a person, "the Union of Growers of Ana Vell").
  // (Only ONE word, and a place's: known to the gazetteer or typed a place. A run that goes on, "the
  // Board of Directors of Korvex Holdings", "the Board of Governors of Vekla Central Bank", names a
  // second body; a surname, "the Council of Elders of Okonkwo", a person: a tester's cases.)
  const afterPlace = tokens[k + 2];
  const oneWord = !afterPlace || afterPlace.sentence !== c.sentence || c.post !== ' ' || !isCapitalized(afterPlace);
  const servedPlace = isGazetteerPlace(bare(c)) || c.tags.has('Place') || c.tags.has('Country');
  if (b.normal === 'of' && isOfComplement(tokens, j) && ORGANIZATION_HEADS.has(tokens[j - 2].normal) && isDictionaryPlural(a) && !a.tags.has('Place') && /^\p{Lu}\p{Ll}/u.test(c.text) && oneWord && servedPlace && !isDateWord(c) && !isFirstName(c) && !c.tags.has('Person')) return true;
  if (b.normal === 'and' && isAndInsideName(tokens, j)) return true;
  // "Trinidad and Tobago", "Bosnia and Herzegovina": a country whose name holds "and".
  if (b.normal === 'and' && c && isCapitalized(c) && isKnownPlace(`${bare(a)} and ${bare(c)}`)) return true;
  if (b.normal === 'and' && c && isCapitalized(c) && isLongPlaceWithAnd(tokens, j)) return true;
  // "Kestle & Vane", "Procter & Gamble": an ampersand between capitalised words joins a firm's name.
  if (b.text === '&' && isCapitalized(a)) return true;
  // "Vekla i Tolva", "Vekla und Tolva Gewerkschaft", "Ortega y Gasset": the word for "and" of
  // another language, in lower case between capitalised words, is inside one name (English writes
  // none of them so).
  // ("Oslo og Bergen", "Real Madrid e Barcelona": two names an English story quotes in another
  // language's words stay two when either is a known place or a tagged name.)
  const known = (t: Token) => isKnownPlace(bare(t)) || isKnownCity(bare(t)) || ['Place', 'Organization', 'Person', 'City', 'Country'].some((tag) => t.tags.has(tag));
  if (FOREIGN_AND.has(b.text) && isCapitalized(a) && c && isCapitalized(c) && b.post === ' ' && a.post === ' ' && !known(a) && !known(c)) return true;
  if (NAME_PARTICLES.has(b.normal) && isCapitalized(a)) return true;
  return false;
}

/**
 * tokens[j] is a title or an agent noun right after a body's head, "of" and "the", the head
 * capitalised and all in one sentence: "the Office of the Director", "the Bureau of the Inspector".
 */
function isOfficeServed(tokens: readonly Token[], j: number): boolean {
  const [head, of, the, office] = [tokens[j - 3], tokens[j - 2], tokens[j - 1], tokens[j]];
  if (!head || of.normal !== 'of' || the.normal !== 'the' || !/^\p{Lu}/u.test(head.text) || !/^\p{Lu}\p{Ll}+$/u.test(office.text) || head.sentence !== office.sentence) return false;
  return ORGANIZATION_HEADS.has(head.normal) && OF_HEADS.has(head.normal) && (isTitleWord(office) || isRoleNoun(office));
}

/** One item of a body's list of portfolios ("Industry", "Training"). */
const isListItem = (t: Token | undefined): t is Token => !!t && isPortfolioWord(t);

/**
 * The last token of a list of portfolios opening at tokens[i]: items of up to `itemWords` words
 * each, commas between, "and" or "&" before the last item of one to four capitalised words
 * ("Commerce, Industry, Farming and Tourism"), or -1. `closed` asks that the last item end on a
 * body's head or a known country ("Trade, Fisheries & Development Office"); otherwise it must end
 * the run of capitals.
 */
function portfolioListEnd(tokens: Token[], i: number, closed: boolean, itemWords = 1): number {
  const same = (t: Token | undefined) => !!t && t.sentence === tokens[i].sentence;
  // The last word of the item opening at p ("Animal Husbandry": two words, one space between).
  const itemEnd = (p: number) => {
    let e = p;
    while (e < p + itemWords - 1 && tokens[e].post === ' ' && isListItem(tokens[e + 1]) && same(tokens[e + 1])) e++;
    return e;
  };
  let k = i;
  let commas = 0;
  while (isListItem(tokens[k]) && /^,\s$/u.test(tokens[itemEnd(k)].post) && same(tokens[itemEnd(k) + 1])) {
    k = itemEnd(k) + 1;
    commas++;
  }
  if (commas === 0 || !isListItem(tokens[k])) return -1;
  k = itemEnd(k);
  if (tokens[k].post !== ' ' || !/^(?:and|&)$/u.test(tokens[k + 1]?.text ?? '') || tokens[k + 1].post !== ' ') return -1;
  let end = k + 2;
  if (!isCapitalized(tokens[end]) || !same(tokens[end])) return -1;
  while (end < k + 5 && tokens[end].post === ' ' && isCapitalized(tokens[end + 1]) && same(tokens[end + 1]) && !hasPossessive(tokens[end])) end++;
  if (closed) return ORGANIZATION_HEADS.has(tokens[end].normal) || isKnownPlace(bare(tokens[end])) ? end : -1;
  return end;
}

/**
 * "the Chamber of Commerce, Industry, Farming and Tourism", "Vekland's Trade, Fisheries &
 * Development Office": a body names its portfolios in a list, after "of" and its head or before its
 * head. True when tokens[j] and tokens[k] are inside such a list.
 * ("the Ministry of Water, Animal Health and Forestry", "the Ministry of Trade, Small
 * Business and Tourism": after "of" an item may take two words, as the last one may take more.)
 */
function isListInsideName(tokens: Token[], j: number, k: number): boolean {
  if (!/^,\s$/u.test(tokens[j].post) && !/^(?:and|&)$/u.test(tokens[k].text) && !/^(?:and|&)$/u.test(tokens[j].text)) return false;
  // The list's first item: back over items and commas from j.
  let s = /^(?:and|&)$/u.test(tokens[j].text) ? j - 1 : j;
  // (After "of", over two-word items too: back over items, commas and single spaces, at most eight words.)
  let o = s;
  while (o > s - 8 && isListItem(tokens[o - 1]) && (/^,\s$/u.test(tokens[o - 1].post) || tokens[o - 1].post === ' ') && tokens[o - 1].sentence === tokens[j].sentence) o--;
  const ofHead = (at: number) => tokens[at - 1]?.normal === 'of' && !!tokens[at - 2] && ORGANIZATION_HEADS.has(tokens[at - 2].normal) && /^\p{Lu}/u.test(tokens[at - 2].text) && tokens[at - 1].sentence === tokens[j].sentence;
  while (isListItem(tokens[s - 1]) && /^,\s$/u.test(tokens[s - 1].post)) s--;
  if (ofHead(s)) return portfolioListEnd(tokens, s, false) >= k || portfolioListEnd(tokens, s, false, 2) >= k;
  if (o < s && ofHead(o)) return portfolioListEnd(tokens, o, false, 2) >= k;
  if (s > 0 && isCapitalized(tokens[s - 1]) && !hasPossessive(tokens[s - 1]) && tokens[s - 1].sentence === tokens[s].sentence) return false;
  return portfolioListEnd(tokens, s, true) >= k;
}

/** Bodies that may span two places and name both after "of": a port authority, a diocese (each an ORGANIZATION_HEADS word, or "of" would not join its name). */
const SPANNING_BODIES = /^(?:authority|diocese|archdiocese)$/u;

/**
 * "the Port Authority of New York and New Jersey", "the Diocese of Tolbeg and Vekmoor": tokens[j] closes
 * a place (up to three words) after a spanning body's "of", and "and" and another place follow: one
 * name. Each side is a known place (or, for a church's see, words no dictionary holds); a body's head closing the second side
 * makes it a body of its own ("the Port Authority of Tolvik and Vekla Freight").
 */
function spansTwoPlaces(tokens: Token[], j: number): boolean {
  const x = tokens[j];
  const and = tokens[j + 1];
  if (and?.normal !== 'and' || and.post !== ' ' || x.post !== ' ') return false;
  let o = j;
  while (o > j - 3 && o > 0 && isCapitalized(tokens[o]) && !hasPossessive(tokens[o]) && tokens[o].sentence === x.sentence) o--;
  const body = tokens[o - 1];
  if (o === j || tokens[o].normal !== 'of' || !body || !/^\p{Lu}/u.test(body.text) || !SPANNING_BODIES.test(body.normal)) return false;
  let e = j + 2;
  while (e < j + 5 && tokens[e] && tokens[e].sentence === x.sentence && isCapitalized(tokens[e]) && !hasPossessive(tokens[e]) && !ORGANIZATION_HEADS.has(tokens[e].normal)) {
    if (tokens[e].post !== ' ') { e++; break; }
    e++;
  }
  const second = tokens.slice(j + 2, e);
  if (!second.length || (tokens[e] && tokens[e].sentence === x.sentence && isCapitalized(tokens[e]) && tokens[e - 1].post === ' ')) return false;
  // ("the Transit Authority of Tolbeg and Brevik said", "talks between the Water Authority of Tolbeg
  // and Okafor": after an authority an unknown word past "and" may be a second party, so both sides
  // must be known places; a church's see, "the Diocese of Nyavek and Kashoro", may be words no
  // dictionary holds, as rural sees often are.)
  const unknownWords = (words: Token[]) => body.normal !== 'authority' && words.every((t) => !isEnglishWord(t.normal) && !isCommonFirstName(t) && !t.tags.has('Organization'));
  const place = (words: Token[]) => isGazetteerPlace(words.map((t) => t.text).join(' ')) || unknownWords(words);
  return place(tokens.slice(o + 1, j + 1)) && place(second);
}

/**
 * "the Food and Drug Administration", "Department of Health and Human Services": after "the" or
 * "of", two common words joined by "and" and closed by a body's head word are one name. Two names
 * ("Ford and General Motors") are not: both sides must be plain English words without "the"/"of".
 */
/**
 * "São Tomé and Príncipe", "Saint Kitts and Nevis", "Turks and Caicos Islands", "Saint Vincent and
 * the Grenadines": a place the gazetteer lists whose name holds "and" between runs of up to three
 * capitalised words (and "the"), tokens[j] being the word before "and". Tried over at most 3 × 4
 * spans, so constant work per "and".
 */
function isLongPlaceWithAnd(tokens: Token[], j: number): boolean {
  const x = tokens[j];
  const same = (t: Token | undefined) => !!t && t.sentence === x.sentence && !hasPossessive(t);
  for (let o = j; o > j - 3 && o >= 0 && same(tokens[o]) && isCapitalized(tokens[o]) && (o === j || tokens[o].post === ' '); o--) {
    for (let e = j + 2; e < j + 6 && same(tokens[e]) && (isCapitalized(tokens[e]) || (e === j + 2 && tokens[e].normal === 'the')); e++) {
      if (e - o < 3 || (e === j + 2 && !isCapitalized(tokens[e]))) { if (tokens[e].post !== ' ') break; continue; }
      if (isKnownPlace(tokens.slice(o, e + 1).map(bare).join(' '))) return true;
      if (tokens[e].post !== ' ') break;
    }
  }
  return false;
}

function isAndInsideName(tokens: Token[], j: number): boolean {
  const [before, x, and, y, head] = [tokens[j - 1], tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  const plain = (t: Token, tags: string[]) => isEnglishWord(t.normal) && !tags.some((tag) => t.tags.has(tag));
  // "Ministry of Fisheries and Oceans", "Department of Health and Social Care": a body's "of" complement
  // names its portfolios, two common words joined by "and" (not places: "Bank of Tolvik and Vekla").
  // "Vekla Power and Light", "Tolvik Gas and Electric": a utility's name joins its two trades.
  if (before && isCapitalized(before) && before.post === ' ' && ORGANIZATION_HEADS.has(x.normal) && y && isCapitalized(y) && and.post === ' ' && /^(?:light|electric|power|gas|water|heat|telephone|telegraph)$/u.test(y.normal)) return true;
  if (spansTwoPlaces(tokens, j)) return true;
  const body = tokens[j - 2];
  // ("the Ministry of Vekla Works and Housing": the portfolio before "and" may take two words.)
  const ofAt = before?.normal === 'of' ? j - 1 : tokens[j - 2]?.normal === 'of' && isCapitalized(before) && (isEnglishWord(before.normal) || isNationality(before.text)) && before.post === ' ' && !before.tags.has('Place') ? j - 2 : -1;
  const portfolioBody = ofAt > 0 ? tokens[ofAt - 1] : undefined;
  if (ofAt !== j - 1 && y && and.post === ' ' && isCapitalized(y) && !ORGANIZATION_HEADS.has(y.normal) && !(tokens[j + 3] && isCapitalized(tokens[j + 3])) && portfolioBody && portfolioBody.sentence === x.sentence && /^\p{Lu}/u.test(portfolioBody.text) && /^(?:ministry|department|office|commission|committee|council|institute|board|bureau|agency)$/u.test(portfolioBody.normal) && plain(x, ['Person', 'Place', 'Acronym']) && plain(y, ['Person', 'Place', 'Acronym']) && !isKnownPlace(x.text) && !isKnownPlace(y.text)) return true;
  // "the Confederation of Vekish Traders and Manufacturers", "the Union of Growers and Millers": a
  // members' body's complement names its members, plural nouns joined by "and".
  const memberNoun = (t: Token) => isDictionaryPlural(t) && !t.tags.has('Person') && !t.tags.has('Place');
  if (ofAt > 0 && y && and.post === ' ' && isCapitalized(y) && portfolioBody && portfolioBody.sentence === x.sentence && /^\p{Lu}/u.test(portfolioBody.text) && /^(?:union|association|federation|alliance|society|league|guild|confederation|chamber)$/u.test(portfolioBody.normal) && memberNoun(x) && memberNoun(y)) return true;
  // "the Movement for Vekla and Solidarity", "Alliance for Change and Renewal": a party or a movement
  // names its cause after "for", two common words joined by "and" that end the name.
  if (y && and.post === ' ' && isCapitalized(y) && before?.normal === 'for' && body && body.sentence === x.sentence && /^\p{Lu}/u.test(body.text) && /^(?:movement|alliance|coalition|party|front|union|congress|forum|rally|league|campaign)$/u.test(body.normal) && !(head && isCapitalized(head) && y.post === ' ' && head.sentence === y.sentence) && plain(x, ['Person', 'Place', 'Organization', 'Acronym']) && plain(y, ['Person', 'Place', 'Acronym']) && !isKnownPlace(x.text) && !isKnownPlace(y.text)) return true;
  // ("the Vekla Chamber of Commerce and Industry": a chamber's complement names its trades.)
  if (y && and.post === ' ' && isCapitalized(y) && before?.normal === 'of' && body && body.sentence === x.sentence && /^\p{Lu}/u.test(body.text) && (/^(?:ministry|department|minister|secretary|office|commission|committee|council|institute|board|bureau|agency|college|school|academy|university|faculty|conservatoire|museum|chamber)$/u.test(body.normal) || (/^(?:union|association|federation|alliance|society|league|guild|confederation)$/u.test(body.normal) && /^(?:[’'])?\s$/u.test(y.post) && !!head && isCapitalized(head) && head.sentence === y.sentence)) && plain(x, ['Person', 'Place', 'Organization', 'Acronym']) && plain(y, ['Person', 'Place', 'Acronym']) && !isKnownPlace(x.text) && !isKnownPlace(y.text)) return true;
  // "the Vekla Fisheries and Boating Act", "the Securities and Exchange Commission", "the Ocean and
  // Lower Atmosphere Study Commission": after "the", capitalised words joined by "and" and closed
  // by a law's head, or a body's head after a plural or a long second half ("the Treasury and
  // Foreign Office" are two bodies).
  if (y && and.post === ' ' && isCapitalized(y) && isCapitalized(x) && (before?.normal === 'the' || (tokens[j - 2]?.normal === 'the' && !!before && isCapitalized(before) && before.post === ' ' && !hasPossessive(before)))) {
    let h = j + 2;
    while (h < j + 6 && tokens[h] && tokens[h].sentence === x.sentence && isCapitalized(tokens[h]) && !hasPossessive(tokens[h]) && !ORGANIZATION_HEADS.has(tokens[h].normal) && !LAW_HEADS.test(tokens[h].normal) && tokens[h].post === ' ') h++;
    const closing = tokens[h];
    // ("the Tolvik Ports and Free Trade Zones Authority": a word that opens bodies' names, "Free" or
    // "Royal", is no given name there, though some lists hold it as one, when dictionary words alone
    // follow it to the head; "the Tolvik Mines and Christian Vell Foundation" may be a man's.)
    // (Only before a public body's head: "the Tolvik Harbours and Royal Mail Group" are two firms, a
    // firm's head, "Group", "Company", "Holdings", closing the second: a tester's case.)
    const publicHead = !!tokens[h] && /^(?:authority|board|commission|agency|council|ministry|department|bureau|directorate|inspectorate|tribunal)$/u.test(tokens[h].normal);
    const dictionarySecond = publicHead && tokens.slice(j + 2, h).every((w) => isEnglishWord(w.normal));
    const named = (t: Token) => !t.tags.has('Person') && !t.tags.has('Place') && !isKnownPlace(bare(t)) && (!isFirstName(t) || (NAME_OPENERS.has(t.normal) && dictionarySecond));
    const law = !!closing && LAW_HEADS.test(closing.normal);
    // ("the Vekla Transport and Safety Agency": two words before "and" make a long first half too; an
    // industry's word such as "Transport" or "Water" before "and" is a portfolio, any other body's
    // head closes a first body: "the Vekla Council and Tolby Agency", "the Tolvane Society and Vekla Trust".)
    // ("the Tolvane Coffee and Cocoa Board": a commodity before "and" is a trade the body oversees when
    // every word after "and" is a dictionary word too; "the Vekla Coffee and Tolby Trading Company" may
    // be two firms, the second opened by a name.)
    const tradeFirst = COMMODITY_HEADS.has(x.normal) && tokens.slice(j + 2, h).every((t) => isEnglishWord(t.normal) && !isKnownPlace(bare(t)) && !isFirstName(t) && !t.tags.has('Person'));
    const longFirst = before?.normal !== 'the' && (!ORGANIZATION_HEADS.has(x.normal) || INDUSTRY_HEADS.has(x.normal) || tradeFirst) && !ORGANIZATION_HEADS.has(before.normal);
    const body = !!closing && ORGANIZATION_HEADS.has(closing.normal) && (isPluralNoun(x) || h - (j + 2) >= 2 || longFirst);
    // (The tagger calls "Road Transport" a place: in a long first half a dictionary word no gazetteer holds will do.)
    const word = (t: Token) => longFirst && isEnglishWord(t.normal) && !isKnownPlace(bare(t)) && !isFirstName(t) && !t.tags.has('Person');
    if (closing && closing.sentence === x.sentence && isCapitalized(closing) && (law || body) && [x, ...tokens.slice(j + 2, h)].every((t) => named(t) || word(t)) && !hasPossessive(x)) return true;
    // ("the Tolby Food and Wine Festival", "the Vekla Arts and Crafts Fair": an event's name joins its two
    // themes with "and" as a body's joins its portfolios, when an event's head (of EVENT_HEADS: a
    // festival, a fair, a show, games …) ends the run and neither theme is an event or a name:
    // "the Tolby Marathon and Vekla Games" are two events, "Christmas and New Year" no festival.)
    const eventAt = closing && closing.sentence === x.sentence && isCapitalized(closing) ? h : h - 1;
    const themeFirst = isEnglishWord(x.normal) && !isKnownPlace(bare(x)) && !isFirstName(x) && !x.tags.has('Person');
    if (eventAt > j + 2 && FESTIVAL_HEADS.test(tokens[eventAt].normal) && (isPluralNoun(x) || longFirst || themeFirst) && !isDateWord(x) && [x, ...tokens.slice(j + 2, eventAt)].every((t) => (named(t) || word(t)) && !EVENT_HEADS.has(t.normal) && !isDateWord(t)) && !hasPossessive(x)) return true;
  }
  if (!head || head.sentence !== x.sentence || and.post !== ' ' || y.post !== ' ' || !isCapitalized(y) || !isCapitalized(head)) return false;
  // "Airline Pilots and Navigators Association": two plural common nouns joined before a body's head
  // are the members it unites, one name (two names are not plural nouns: "Ford and General Motors").
  if (isDictionaryPlural(x) && isDictionaryPlural(y) && ORGANIZATION_HEADS.has(head.normal)) return true;
  // ("the National Flood Control and Coastal Defence Authority": "and" may come deep inside the name.)
  // ("the Maltese Farming and Fishing Alliance": a nationality may open it; "its Maritime and Fisheries
  // Ministry": a possessive determiner stands before it as "the" does.)
  // ("the U.S. Fish and Wildlife Service": a country's acronym opens it as a nationality does.)
  const inside = !!before && before.post === ' ' && ((/^\p{Lu}\p{Ll}+$/u.test(before.text) && (isEnglishWord(before.normal) || isNationality(before.text) || before.tags.has('Demonym'))) || COUNTRY_ACRONYMS.has(before.normal.replace(/\./gu, '')));
  // ("the ruling Justice and Vekla Party", "the opposition Peace and Tolvane Front": a lower-case
  // modifier may stand between "the" and the name.)
  // (Only before a party's or a movement's head, and not between party names: "the main Labour and
  // Conservative Party candidates" are two parties.)
  const modified = !!before && /^\p{Ll}+$/u.test(before.text) && before.post === ' ' && /^(?:the|its|their|a)$/u.test(tokens[j - 2]?.normal ?? '') && tokens[j - 2].sentence === x.sentence && /^(?:party|front|movement|alliance|coalition)$/u.test(head?.normal ?? '') && !NAME_OPENERS.has(x.normal) && !NAME_OPENERS.has(y?.normal ?? '') && !x.tags.has('Adjective');
  // ("the Glen Vekla Fiddle and Dance Society": after "the", up to three capitalised words may open
  // the name before the joined pair.)
  let k = j - 1;
  while (k > j - 4 && k >= 0 && tokens[k].normal !== 'the' && isCapitalized(tokens[k]) && tokens[k].post === ' ' && !hasPossessive(tokens[k]) && tokens[k].sentence === x.sentence && !ORGANIZATION_HEADS.has(tokens[k].normal)) k--;
  const opened = k < j - 1 && k >= 0 && tokens[k].normal === 'the' && tokens[k].sentence === x.sentence;
  if (!before || (!/^(?:the|of|its|their|his|her|our)$/u.test(before.normal) && !inside && !modified && !opened)) return false;
  // compromise tags "Drug Administration" an organization, so only the word before "and" must be no name.
  // ("the United Food and Commercial Workers union": members in the plural, then a lower-case body noun.)
  const members = isPluralNoun(head) && /^(?:union|unions|association|federation|guild|council)$/u.test(tokens[j + 4]?.normal ?? '') && /^\p{Ll}/u.test(tokens[j + 4]?.text ?? '');
  // ("its Treasury and Foreign Office": a body's head before "and" closes a name of its own.)
  // ("the Museum and Archives Board": a plural common noun after "and" makes a head before it one of the board's fields.)
  const fields = isDictionaryPlural(y) && !ORGANIZATION_HEADS.has(singularize(y.normal));
  return plain(x, ['Person', 'Place', 'Organization', 'Acronym']) && plain(y, ['Person', 'Place', 'Acronym']) && (!ORGANIZATION_HEADS.has(x.normal) || fields) && (ORGANIZATION_HEADS.has(head.normal) || members);
}

function isTitleWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (COUNTRY_ACRONYMS.has(t.normal.replace(/\./gu, ''))) return false;
  return PERSON_TITLES.has(t.normal) || t.tags.has('Honorific');
}

/** Tokens in the title that starts at k: "Vice President", "German Defense Minister", "Secretary of State". */
/**
 * "Uzbek", "Kashmiri", "Catalan": a capitalised regional people's adjective (REGIONAL_DEMONYMS,
 * Wikipedia's list of demonymic forms) that neither the tagger's Demonym tag nor the country lists
 * hold, so "Uzbek Foreign Minister Ana Vek" and a lone "Uzbek" read as the demonyms they are.
 */
function isRegionalDemonym(t: Token): boolean {
  return REGIONAL_DEMONYMS.has(t.normal) && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

function titleLength(tokens: Token[], k: number, last: number): number {
  let j = k;
  while (j <= last) {
    const t = tokens[j];
    // ("the Honour Roll", "the Worship Centre": a style of address is a title only after "Her", "His" or "Your".)
    if (STYLES_OF_ADDRESS.has(t.normal) && !/^(?:her|his|your)$/u.test(tokens[j - 1]?.normal ?? '')) break;
    // ("Tolby U beat Vekmoor 2-1": the Burmese "U" is a title only before a name, never closing one.)
    if (t.text === 'U' && (!tokens[j + 1] || !isCapitalized(tokens[j + 1]) || (k > 0 && tokens[k - 1].sentence === t.sentence && isCapitalized(tokens[k - 1])))) break;
    if (isTitleWord(t)) j++;
    // "Chief Financial Officer", "Chief Operating Officer": a C-suite title's middle words.
    else if (j > k && (tokens[j - 1].normal === 'chief' || C_SUITE.has(tokens[j - 1].normal)) && j < last && C_SUITE.has(t.normal) && (tokens[j + 1].normal === 'officer' || (C_SUITE.has(tokens[j + 1].normal) && tokens[j + 2]?.normal === 'officer'))) j++;
    else if ((t.tags.has('Demonym') || isRegionalDemonym(t)) && j < last && isTitleWord(tokens[j + 1])) j++;
    // "Datuk Seri Ana Vek", "Dato' Sri Ana Vek": Malaysia's two-word honorifics.
    else if (j > k && /^(?:sri|seri)$/u.test(t.normal) && /^(?:datuk|dato|dato')$/u.test(tokens[j - 1].normal)) j++;
    else if (t.normal === 'of' && j > k && j < last && TITLE_COMPLEMENTS.has(tokens[j + 1].normal)) j += 2;
    // "Deputy Police Commissioner Ana Vek", "Assistant County Commissioner …": a public service's
    // name between two title words is part of the rank.
    // ("Superintendent of Police Ana Vek": the run after "of" opens with the rank's service.)
    else if (j === k && j < last && /^(?:police|customs|prisons|immigration)$/u.test(t.normal) && tokens[k - 1]?.normal === 'of' && isTitleWord(tokens[k - 2])) j++;
    // ("Metropolitan Police Commissioner Ana Vek": a capitalised word before the service names the force.)
    else if (j < last && !(j === k && k > 0 && tokens[k - 1].sentence === t.sentence && isCapitalized(tokens[k - 1]) && !tokens[k - 1].tags.has('Determiner')) && /^(?:police|fire|customs|prisons|immigration|traffic|county|district|regional|provincial|municipal|state)$/u.test(t.normal) && (j > k || t.normal !== 'state') && isTitleWord(tokens[j + 1])) j++;
    else if (/^(?:of|for)$/u.test(t.normal) && j > k && j < last && portfolioBeforeName(tokens, j + 1, last) > 0) j += 1 + portfolioBeforeName(tokens, j + 1, last);
    else break;
  }
  // "Energy" in "Global Energy Summit" qualifies nothing: a title ends on a title noun ("Energy Minister").
  while (j > k && TITLE_MODIFIERS.has(tokens[j - 1].normal) && !tokens[j - 1].tags.has('Honorific')) j--;
  return j - k;
}

/**
 * "Tolgarth Head", "Vekmoor Head": a headland (GeoNames' feature code HD), a word no dictionary
 * holds, no given name and no body's word, then "Head", the whole of tokens[first..last].
 */
function isHeadland(tokens: Token[], first: number, last: number): boolean {
  const w = tokens[first];
  return first + 1 === last && tokens[last].text === 'Head' && w.post === ' ' && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isEnglishWord(w.normal) && !isFirstName(w) && !isGivenName(w.text) && !ORGANIZATION_HEADS.has(w.normal) && !w.tags.has('Organization');
}

interface Part {
  first: number;
  last: number;
  titles: string[];
  /** The title right after this part, when the part names who gave it ("Apple" in "Apple CEO Steve Jobs"). */
  titleAfter: string[];
  /** A kind of body opened the sentence right before the part ("Brokerage Kotak Securities"). */
  bodyKind?: boolean;
}

/** "Minister of Culture Ana Ruiz": how many portfolio words (up to three) stand at k before a given name; 0 when none or no name follows. */
function portfolioBeforeName(tokens: Token[], k: number, last: number): number {
  let m = k;
  // (The last two words may be a given name the dictionary also has and a surname it lacks: "Akin Abayomi".)
  while (m < last && m < k + 3 && isPortfolioWord(tokens[m]) && !(m > k && m + 1 === last && isForeignNameWord(tokens[last]))) m++;
  // ("Commissioner for Health Akin Abayomi": a given name no list knows, when a surname follows.)
  return m > k && m < last && (isFirstName(tokens[m]) || (m + 1 === last && /^\p{Lu}\p{Ll}+$/u.test(tokens[m].text) && isForeignNameWord(tokens[m + 1]) && looksLikeSurname(tokens[m + 1]))) ? m - k : 0;
}

/** "Competition", "Transport": a common English noun that no list knows as a name, place or body. */
function isPortfolioWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isEnglishWord(t.normal) || hasPossessive(t)) return false;
  if (['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'Acronym'].some((tag) => t.tags.has(tag))) return false;
  // ("Commissioner for Health X": a ministry's portfolio, though industry words end firms' names too.)
  return !isKnownPlace(t.text) && !isFirstName(t) && (!ORGANIZATION_HEADS.has(t.normal) || PORTFOLIO_WORDS.has(t.normal)) && !PLACE_HEADS.has(t.normal);
}

/** Splits a run of capitalised tokens into names, at titles and where a first name starts a new name. */
function splitRun(tokens: Token[], first: number, last: number): Part[] {
  // "the Philippine Senate", "Colombian Senate passes …": a nationality before a senate qualifies
  // it; the chamber's name is its head alone (nationality adjectives are no names). ("the Scottish
  // Parliament", "the European Parliament" are official names, so only senates.)
  if (first + 1 === last && (tokens[first].tags.has('Demonym') || isNationality(tokens[first].text)) && !isKnownPlace(bare(tokens[first])) && /^senate$/u.test(tokens[last].normal)) return [{ first: last, last, titles: [], titleAfter: [] }];
  // "the Argentine Mariela Vekla", "the Dutch Ana van Tol": a nationality adjective before a given name
  // and a surname describes the person (nationality adjectives are no names); a body's head keeps it
  // ("the Argentine Football Association").
  if (last - first >= 2 && (tokens[first].tags.has('Demonym') || isNationality(tokens[first].text)) && !isKnownPlace(bare(tokens[first])) && tokens[first].post === ' ' && isFirstName(tokens[first + 1]) && !ORGANIZATION_HEADS.has(tokens[last].normal) && !PLACE_HEADS.has(tokens[last].normal)) return splitRun(tokens, first + 1, last);
  // "the Zambia Premier Division", "Vekla Premier League": "Premier" before a competition's head
  // is the tier, not the title of a premier.
  const tierHead = (t: Token) => /^(?:division|league|conference|cup|series|championship|competition|grade)$/u.test(t.normal);
  if (tierHead(tokens[last]) && tokens.slice(first, last).some((t, i) => t.normal === 'premier' && tierHead(tokens[first + i + 1]))) return [{ first, last, titles: [], titleAfter: [] }];
  // ("Premier Inn said occupancy rose": before plain English nouns and no given name, "Premier" opens a brand.)
  if (tokens[first].normal === 'premier' && first < last && tokens.slice(first + 1, last + 1).every((t) => isEnglishWord(t.normal) && !isFirstName(t) && !isTitleWord(t))) return [{ first, last, titles: [], titleAfter: [] }];
  // "An Garda Síochána", "the Garda Síochána": the Irish police's name holds the rank word "Garda"
  // that titles its officers ("Garda Ana Vekla"); the name is one body.
  const garda = tokens.slice(first, last + 1).findIndex((t, i) => t.normal === 'garda' && foldName(tokens[first + i + 1]?.text ?? '') === 'siochana' && first + i + 1 <= last);
  if (garda >= 0) return [{ first: first + garda > first && tokens[first + garda - 1].normal === 'an' ? first + garda - 1 : first + garda, last: first + garda + 1, titles: [], titleAfter: [] }];
  // "Garda Ana Vekla gave evidence", "Madam Vek Soo Lin", "Garda Vekla-Dorvane said": a title that is
  // also a name or a word counts as a title only before a given name, a full name of words no
  // dictionary holds or of short syllables in East Asian order ("Madam Vek Soo Lin"), or a surname
  // that speaks ("a Garda spokesman", "Madam Tussauds" stay whole).
  if (first < last && NAME_BOUND_TITLES.has(tokens[first].normal) && /^\p{Lu}\p{Ll}+$/u.test(tokens[first].text)) {
    const rest = tokens.slice(first + 1, last + 1);
    const person = !rest.some((t) => ORGANIZATION_HEADS.has(t.normal) || PLACE_HEADS.has(t.normal) || VENUE_HEADS.has(t.normal) || isTitleWord(t)) && (isFirstName(rest[0]) || (rest.length >= 2 && rest.length <= 3 && rest.every((t) => /^\p{Lu}\p{Ll}{1,4}$/u.test(bare(t)) && !isKnownPlace(bare(t)))) || (rest.length >= 2 && rest.some(isForeignNameWord) && rest.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isKnownPlace(t.text) && !isPluralNoun(t))) || (rest.length === 1 && isForeignNameWord(rest[0]) && REPORTING_VERBS.has(tokens[last + 1]?.normal ?? '')));
    if (person) return [{ first: first + 1, last, titles: [tokens[first].normal], titleAfter: [] }];
  }
  // "Brokerage Kotak Vekla Securities raised …", "Forecaster Meteovek expects …": a kind of body
  // opening the sentence is capitalised for its place, not part of the name after it.
  if (first < last && isBodyKindOpener(tokens, first)) {
    const rest = splitRun(tokens, first + 1, last);
    if (rest.length && !PERSON_OR_BODY.has(tokens[first].normal)) rest[0] = { ...rest[0], bodyKind: true };
    return rest;
  }
  // "Leaders Tolvaro were held 1-1", "Investors Kembang Vekla Capital also took part": a plural common
  // noun opening the sentence, before a word no dictionary holds or a known town, describes the name
  // after it ("Teachers Union", "Workers Party": before a body's head, the plural is the name's own).
  const opener = tokens[first];
  if (first < last && /^\p{Lu}\p{Ll}+s$/u.test(opener.text) && opener.post === ' ' && (first === 0 || tokens[first - 1].sentence !== opener.sentence) && isDictionaryPlural(opener) && !ORGANIZATION_HEADS.has(opener.normal) && !STRONG_ORGANIZATION_HEADS.has(opener.normal) && !PLACE_HEADS.has(opener.normal) && !opener.tags.has('Person') && !opener.tags.has('Place') && (isNoWord(tokens[first + 1]) || isKnownCity(bare(tokens[first + 1])) || isKnownPlace(bare(tokens[first + 1]))) && !ORGANIZATION_HEADS.has(tokens[first + 1].normal) && !PLACE_HEADS.has(tokens[first + 1].normal)) return splitRun(tokens, first + 1, last);
  // "St Tolan's Cathedral", "Saint Vekla's Square": a saint's possessive before a building's or a
  // place's head names the place; the saint's "St" is no title of a person there. ("Sir Tolvan's
  // Wharf", "King Vekla's Bay": a knight's or a king's possessive before a place's head likewise.)
  if (first + 1 < last && (SAINT.test(tokens[first].normal) || (NAMESAKE_TITLES.test(tokens[first].normal) && first + 2 === last && !POSSESSED_ORGANIZATION_HEADS.has(tokens[last].normal))) && hasPossessive(tokens[first + 1]) && (POSSESSED_HEADS.has(tokens[last].normal) || VENUE_HEADS.has(tokens[last].normal))) return [{ first, last, titles: [], titleAfter: [] }];
  // "Ratu Vekuna Park", "Tun Tolvak Road", "King Vekla Street": a place named after a titled person
  // keeps the title; the run closes on a place's or a venue's head ("Mayor Jane Park" is the mayor:
  // a given name after the title makes a person, whose surname may be a head).
  if (first + 1 < last && isTitleWord(tokens[first]) && !isFirstName(tokens[first + 1]) && !isGivenName(tokens[first + 1].text) && !isTitleWord(tokens[first + 1]) && !REPORTING_VERBS.has(tokens[last + 1]?.normal ?? '') && (PLACE_HEADS.has(tokens[last].normal) || VENUE_HEADS.has(tokens[last].normal) || tokens[last].normal === 'reserve') && !['east', 'west', 'north', 'south', 'state', 'states', 'city', 'town', 'county', 'district', 'region', 'province', 'territory', 'republic', 'kingdom'].includes(tokens[last].normal)) {
    return [{ first, last, titles: [], titleAfter: [] }];
  }
  // ("on Prince Street", "King Road", "Queen Square": a title and a street's head alone name the street.)
  if (first + 1 === last && isTitleWord(tokens[first]) && /^(?:street|road|avenue|lane|drive|square|bridge|terrace|crescent|parade|wharf|quay|hospital|station|hall)$/u.test(tokens[last].normal) && /^\p{Lu}/u.test(tokens[last].text)) {
    return [{ first, last, titles: [], titleAfter: [] }];
  }
  // "Tolgarth Head", "Vekmoor Head": a headland (GeoNames' feature code HD) is named by a word no
  // dictionary holds and "Head", which closes the run; "Head" is no title given by that word there, as
  // it is after a body's name or a plain word ("Science Head", "Vekla Head Ana Lind", before a name).
  if (isHeadland(tokens, first, last)) return [{ first, last, titles: [], titleAfter: [] }];
  // "the Office of the President", "the Court of the Chief Magistrate": a body's head, "of the" and a
  // title that no name follows name the body that serves the office; the title is the body's
  // complement, not a person's title (no given name after it: "the Office of the President Ana
  // Vekla" is the president's).
  // ("the Office of the Auditor General", "the Office of the Registrar General": an agent noun for an
  // office the lexicon lacks, or any word before a closing postpositive "General", serves as well as
  // a title there.)
  const officeOf = (h: number) => /^\p{Lu}/u.test(tokens[h].text) && ORGANIZATION_HEADS.has(tokens[h].normal) && OF_HEADS.has(tokens[h].normal) && tokens[h + 1].normal === 'of' && tokens[h + 2].normal === 'the' && (isTitleWord(tokens[h + 3]) || isRoleNoun(tokens[h + 3]) || (h + 4 === last && tokens[h + 4].text === 'General')) && !tokens.slice(h + 3, last + 1).some((t) => isFirstName(t) || isGivenName(t.text));
  if (tokens.slice(first, last - 2).some((_, i) => officeOf(first + i))) return [{ first, last, titles: [], titleAfter: [] }];
  const parts: Part[] = [];
  // "Defense Ministry", "Justice Department": the whole run names a body; its title-like words stay.
  // ("Vekla LLC Tom Press" still splits: a first name after a complete name starts a person.)
  const personInside = tokens.slice(first + 1, last).some((t, i) => isFirstName(t) && endsCompleteName(tokens, first, first + i));
  // ("the Vekland Premier Championship": an event's head closes the run too, whatever titles it holds.)
  if ((ORGANIZATION_HEADS.has(tokens[last].normal) || (EVENT_HEADS.has(tokens[last].normal) && last - first >= 1 && !/^(?:year|day|eve|week|act|bill|war|congress)$/u.test(tokens[last].normal))) && !tokens[last].tags.has('FirstName') && !personInside) {
    // "Former Vekla Health executive": a headline's capitalised "Former" qualifies what follows.
    const from = first < last && /^(?:former|acting|ex|then)$/u.test(tokens[first].normal) ? first + 1 : first;
    return [{ first: from, last, titles: [], titleAfter: [] }];
  }
  let start = first;
  let titles: string[] = [];
  // "Commissioner for Competition Tova Kessling", "Commissioner for Human Rights Ana Ruiz": after a
  // title and "for"/"of", plain English words up to a given name are the title's portfolio.
  const of = tokens[first - 1];
  if (of && /^(?:for|of)$/u.test(of.normal) && of.sentence === tokens[first].sentence && isTitleWord(tokens[first - 2])) {
    const n = portfolioBeforeName(tokens, first, last);
    if (n > 0) {
      titles = [tokens[first - 2].normal, of.normal, ...tokens.slice(first, first + n).map((t) => t.normal)];
      start = first + n;
    }
  }
  for (let k = start; k <= last; ) {
    // "White House Press Secretary": "House" closes the body's name before the title starts.
    // ("Kenya Energy Minister Amara Okoye": a portfolio before a title is the title's, though "Vekla Energy" names a firm.)
    const portfolio = PORTFOLIO_WORDS.has(tokens[k].normal) && k < last && /^(?:minister|secretary|commissioner|spokesman|spokeswoman|spokesperson|chief|director)$/u.test(tokens[k + 1].normal);
    const closesBody = k > start && ORGANIZATION_HEADS.has(tokens[k].normal) && !ORGANIZATION_HEADS.has(tokens[k - 1].normal) && !portfolio;
    // ("Court of Queen's Bench": a title word in a body's "of" complement names no one.)
    const tl = closesBody || (isOfComplement(tokens, k) && hasPossessive(tokens[k]) && k < last && continuesName(tokens, k, k + 1)) ? 0 : titleLength(tokens, k, last);
    // A title-like word closing a name that began with a first name is a surname: "Martin Luther King".
    const trailingSurname = k + tl > last && k > start && isFirstName(tokens[start]);
    // ("Tumelo Ntsima-Kgosi said": a title word glued by a hyphen to the word before is the second half
    // of a double-barrelled surname; a title stands apart from the name it comes before.)
    const hyphenated = k > start && tokens[k - 1].post === '-' && tokens[k].pre === '';
    if (tl > 0 && !trailingSurname && !hyphenated) {
      const words = tokens.slice(k, k + tl).map((t) => t.normal);
      // "Competition Commissioner Lena Brandt", "Transport Secretary Tom Varga": one plain English
      // word before a government title is its portfolio, part of the title, not a name of its own
      // (a corporate title keeps its giver: "Apple CEO …").
      // ("Emergency Services Minister Sarah Kaur": two words of a portfolio, the last one a portfolio noun.)
      // ("District Judge Ana Vekla", "Circuit Judge …": a court's level before a judge is part of the title.)
      // ("Inland Fisheries Minister …", "Rural Roads Secretary …": two plain English words before a
      // minister's or a secretary's title are its portfolio whatever they are; a company named by two
      // dictionary words that gives a secretary's title is rare, and a strong body head keeps it.)
      const plainWord = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isEnglishWord(t.normal) && !isFirstName(t) && !isKnownPlace(t.text);
      // (Only two words before the title make a two-word portfolio: a title opening the run has none.)
      const ministerial = k === start + 2 && /^(?:minister|secretary|commissioner)$/u.test(tokens[k].normal) && [tokens[start], tokens[start + 1]].every((t) => plainWord(t) && !STRONG_ORGANIZATION_HEADS.has(t.normal));
      const portfolioRun = k === start + 1 ? isPortfolioWord(tokens[start]) || (COURT_LEVELS.has(tokens[start].normal) && /^(?:judge|justice|magistrate|attorney|prosecutor|clerk)$/u.test(tokens[k].normal)) : k === start + 2 && (PORTFOLIO_WORDS.has(tokens[start + 1].normal) || ministerial) && plainWord(tokens[start]);
      // ("Malaysian Human Resources Minister Ana Vek", "Vekland Home Affairs Minister …": a nationality
      // or a country before a two-word portfolio; the country is a place of its own, the nationality no name.)
      const nation = k === start + 3 && /^(?:minister|secretary)$/u.test(tokens[k].normal) && (tokens[start].tags.has('Demonym') || isNationality(tokens[start].text) || isKnownPlace(bare(tokens[start]))) && !hasPossessive(tokens[start]) && [tokens[start + 1], tokens[start + 2]].every((t) => plainWord(t) && !STRONG_ORGANIZATION_HEADS.has(t.normal));
      if (nation) {
        if (isKnownPlace(bare(tokens[start]))) parts.push({ first: start, last: start, titles, titleAfter: words });
        titles = [...tokens.slice(start + 1, k).map((t) => t.normal), ...words];
        k += tl;
        start = k;
        continue;
      }
      if (portfolioRun && !words.some((w) => CORPORATE_TITLES.has(w))) {
        titles = [...tokens.slice(start, k).map((t) => t.normal), ...words];
        k += tl;
        start = k;
        continue;
      }
      if (k > start) parts.push({ first: start, last: k - 1, titles, titleAfter: words });
      titles = words;
      k += tl;
      start = k;
      continue;
    }
    // "County Supervisor Ruth Adeyemi", "Prosecutor Lena Brandt": a role noun right before a given
    // name and a surname is a title, with the words before it ("County"), unless those words are a
    // complete name of their own ("Acme Engineer Tom Varga": Acme gives the title).
    // ("Sprinter Blessing Vekemi-Obi", "Flyhalf Riaan Vekagie": a surname no dictionary knows also follows a given name.)
    // ("Prosecutor Ko Hye-won": so is one before a name in East Asian order.)
    // ("the Asociación del Interior de Vekla": a lower-case particle after "Interior" opens no given name.)
    if (k + 2 <= last && isRoleNoun(tokens[k]) && /^\p{Lu}/u.test(tokens[k + 1].text) && (((isFirstName(tokens[k + 1]) || (k === first && isCapitalized(tokens[k + 1]) && isForeignNameWord(tokens[k + 2]))) && looksLikeSurname(tokens[k + 2])) || isEastAsianName(tokens, k + 1, last))) {
      const giver = k > start && endsCompleteName(tokens, start, k - 1);
      if (giver) parts.push({ first: start, last: k - 1, titles, titleAfter: [tokens[k].normal] });
      titles = tokens.slice(giver ? k : start, k + 1).map((t) => t.normal);
      k++;
      start = k;
      continue;
    }
    // "Vekla LLC Tom Press", "United States Barack Obama": a first name after a complete name starts another.
    // ("Douglas Vekland-Reid": a given name that is also a capital, then a hyphenated surname, is one person.)
    // ("Prime Minister of Canada Ana Vek": the part after a title may open on its "of".)
    let named = start;
    while (named < k - 1 && !isCapitalized(tokens[named]) && NAME_CONNECTORS.has(tokens[named].normal)) named++;
    // ("Mayor of Tolbeg Ana Vekla": the office's place, not the holder's first names; see officeHolderStart.)
    const holder = k > start && k < last ? officeHolderStart(tokens, named, k, last) : -1;
    const officePlace = holder >= 0;
    // ("Mayor of New York Eric Adamsky": a place of several words ends on any word, "York" a given name too.)
    // ("the Union van Tolvaar Boeren": a particle in lower case is no given name, though "Van" and "Do" are.)
    const wholePlace = officePlace && holder === k && k > named + 1;
    if (k > start && k < last && isFirstName(tokens[k]) && /^\p{Lu}/u.test(tokens[k].text) && (wholePlace || (!isFirstName(tokens[k - 1]) && !isCommonFirstName(tokens[k - 1]) && tokens[k - 1].post !== '-' && (endsCompleteName(tokens, named, k - 1) || officePlace)))) {
      const at = officePlace ? holder : k;
      parts.push({ first: start, last: at - 1, titles: officePlace ? [] : titles, titleAfter: [] });
      if (!officePlace) titles = [];
      start = at;
    }
    k++;
  }
  if (start <= last) parts.push({ first: start, last, titles, titleAfter: [] });
  // A part may begin with a leftover connector: "of Canada" after "Prime Minister" is no one's title.
  return parts
    .map((p) => {
      let f = p.first;
      while (f <= p.last && !isCapitalized(tokens[f]) && !/^\d{1,3}(?:st|nd|rd|th)$/u.test(tokens[f].text)) f++;
      // …or end with one: "the Authority of" before "President Ruto" (a name never ends on a connector,
      // nor on the article after it: "the Office of the" before "President Ana Vekla").
      let l = p.last;
      while (l > f && !isCapitalized(tokens[l]) && (NAME_CONNECTORS.has(tokens[l].normal) || /^(?:the|a|an)$/u.test(tokens[l].text))) l--;
      return f === p.first && l === p.last ? p : { ...p, first: f, last: l, titles: f === p.first ? p.titles : [] };
    })
    .filter((p) => p.first <= p.last);
}

/**
 * "Mayor of Tolbeg Ana Vekla", "Governor of Vekland Tomas Korvane": right after the title of an
 * office held over a place (a town's mayor, a province's governor or premier, a see's bishop, an
 * emirate's emir) and its "of", the words between "of" (at `named`) and a given name (at `k`) before
 * a surname are the office's place, not the holder's first names: English puts the place between
 * title and holder. Returns the token index where the holder's name starts, or -1 (no such place).
 * The title is the holder's: the place takes none.
 * - One word: a known place or one no dictionary holds ("Member of Parliament Ana Vekla", "Head of
 *   Operations …" name a body or a portfolio), no given name.
 * - Two or three words: only a place the gazetteer knows whole ("Mayor of New York Eric Adamsky",
 *   "Premier of New South Wales Chris Minnsky").
 * - Two words the gazetteer does not know together: only the first is the place, and the second
 *   opens the holder's name ("Mayor of Tolbeg Nkosinathi David Vekla": a person's three names; a
 *   person "Tolbeg Nkosinathi" would be made of the place) — unless the second is a known place
 *   itself, where no split is safe.
 */
function officeHolderStart(tokens: Token[], named: number, k: number, last: number): number {
  if (k <= named || k > named + 3 || k >= last || tokens[named - 1]?.normal !== 'of' || tokens[named - 1].sentence !== tokens[named].sentence) return -1;
  if (!/^(?:mayor|governor|premier|bishop|archbishop|emir|sultan)$/u.test(tokens[named - 2]?.normal ?? '') || !looksLikeSurname(tokens[k + 1])) return -1;
  const run = tokens.slice(named, k);
  if (!run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !hasPossessive(t) && t.post === ' ')) return -1;
  if (run.length > 1 && isGazetteerPlace(run.map((t) => t.text).join(' '))) return k;
  const placeWord = (t: Token) => !isCommonFirstName(t) && !isWorldFirstName(t) && !ORGANIZATION_HEADS.has(t.normal) && (isGazetteerPlace(t.text) || !isEnglishWord(t.normal));
  // ("Governor of Lagos State Babatunde Okonjo", "Governor of Vekmoor Province …": a place word and the
  // head of a country's division.)
  if (run.length === 2 && placeWord(run[0]) && /^(?:state|province|region|county|district|prefecture|governorate|territory)$/u.test(run[1].normal)) return k;
  if (run.length === 1) return placeWord(run[0]) ? k : -1;
  if (run.length === 2 && placeWord(run[0]) && !isGazetteerPlace(run[1].text) && !isEnglishWord(run[1].normal)) return named + 1;
  return -1;
}

/** "Southern Krasnodar Russian region" → "Krasnodar": direction words and demonyms around a place qualify it. */
function trimPlaceQualifiers(tokens: Token[], part: Part): Part {
  let { first, last } = part;
  // ("the Czech Republic rose": a known place's own last word is no adjective.)
  const whole = isKnownPlace(tokens.slice(first, last + 1).map((t) => t.text).join(' ').replace(/[’'][sS]$/u, ''));
  while (!whole && last > first && (tokens[last].tags.has('Demonym') || isAdjectival(tokens, last)) && !isKnownPlace(bare(tokens[last]))) last--;
  const rest = tokens.slice(first + 1, last + 1);
  // ("the Central Zone Trophy", "the Northern Coastal Road": the tagger reads Place into plain English
  // words from their frame; only a word no dictionary holds, or a place a list knows, makes the rest a place.)
  const restIsPlace = rest.some((t) => (t.tags.has('Place') || t.tags.has('City') || t.tags.has('Country')) && (!isEnglishWord(t.normal) || isKnownPlace(bare(t)))) || isKnownPlace(rest.map((t) => t.text).join(' ')) || isKnownCity(rest.map((t) => t.text).join(' '));
  // ("the Central Bank of Egypt": a body with a place in its name keeps its first word.)
  // ("the Central Highlands", "the Western Plains": a direction before a bare kind of land is the region's own name.)
  // ("the Eastern Province Chamber of Commerce", "the Southern Highlands Province": also inside a longer name.)
  const regionName = rest.length >= 1 && REGION_KINDS.test(rest[0].normal);
  if (last > first && !whole && DIRECTION_ADJECTIVES.has(tokens[first].normal) && restIsPlace && !regionName && !rest.some((t) => ORGANIZATION_HEADS.has(t.normal))) first++;
  return first === part.first && last === part.last ? part : { ...part, first, last };
}

function endsCompleteName(tokens: Token[], first: number, last: number): boolean {
  const text = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  return ORGANIZATION_HEADS.has(tokens[last].normal) || isKnownPlace(text) || (first === last && COUNTRY_ACRONYMS.has(tokens[last].normal.replace(/\./gu, '')));
}

/**
 * A commodity or a trade (COMMODITY_HEADS) that closes the run is the thing traded, not a firm's head,
 * after a place the gazetteer knows and before a lower-case noun it qualifies ("Peru Coffee exports fell",
 * "Chile Fertiliser imports rose", "Trading volumes"), or after a weekday or a month ("Sunday Trading
 * laws", "the rules on Sunday Trading"): the trade on that day. A firm's own name ("Tolvane Coffee said",
 * "Kelbeg Trading shares", "Peru Coffee's chief") keeps its head: its people and stock (BODY_PEOPLE_AND_STOCK)
 * and a possessive are the firm's.
 */
function isCommodityModifier(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last];
  if (!COMMODITY_HEADS.has(head.normal) || hasPossessive(head)) return false;
  const before = tokens.slice(first, last);
  const prev = tokens[first - 1];
  const dayBefore = !!prev && prev.sentence === head.sentence && prev.post === ' ' && /^\p{Lu}/u.test(prev.text) && isDateWord(prev);
  if ((before.length > 0 || dayBefore) && before.every(isDateWord)) return true;
  // The word after is a plural noun the tagger may read as a verb ("exports", "prices"): it is the noun
  // when no object follows it, only the clause's verb or the clause's end ("Peru Coffee exports rose",
  // "a fall in Peru Coffee exports."), where a firm's verb takes one ("Peru Coffee plans to list", "says it").
  const next = tokens[last + 1];
  if (!next || next.sentence !== head.sentence || head.post !== ' ' || !/^\p{Ll}/u.test(next.text) || !isDictionaryPlural(next) || REPORTING_VERBS.has(next.normal) || BODY_PEOPLE_AND_STOCK.test(next.normal)) return false;
  const after = tokens[last + 2];
  const clauseEnds = !after || after.sentence !== next.sentence || /^[,;:.!?)]/u.test(next.post.trim());
  const verbAfter = !!after && /^\p{Ll}/u.test(after.text) && after.normal !== 'to' && !['Determiner', 'Pronoun', 'Value', 'Adjective', 'Preposition', 'Conjunction', 'Infinitive'].some((tag) => after.tags.has(tag));
  return (clauseEnds || verbAfter) && before.length > 0 && isKnownPlace(before.map(bare).join(' '));
}

function nameRun(ctx: Context, sentence: Sentence, first: number, last: number): EntityMention[] {
  const { tokens } = ctx.doc;
  const out: EntityMention[] = [];
  // "Local Democracy Reporter", "Staff Writer": a byline's job title names no one.
  // ("By Ana Moru, Tolbeg Courier Staff", "Vekla Herald Reporter": after a paper's or a body's name,
  // the newsroom's word is the writer's job, no word of the name; the name stays.)
  if (last - first >= 2 && (NEWSROOM_ROLES.has(tokens[last].normal) || tokens[last].normal === 'staff') && ORGANIZATION_HEADS.has(tokens[last - 1].normal) && /^\p{Lu}/u.test(tokens[last].text)) last--;
  if (NEWSROOM_ROLES.has(tokens[last].normal) && !tokens.slice(first, last + 1).some(isFirstName)) return out;
  // ("Peru Coffee exports", "Sunday Trading laws": a commodity or trade after a place or a weekday is no firm's head; the place stays.)
  if (isCommodityModifier(tokens, first, last)) {
    if (first === last) return out;
    last--;
  }
  // ("de Souza Tolva, who …": a particle that opens the run, where English writes no lower case, stays the name's first word.)
  const particleOpens = NAME_PARTICLES.has(tokens[first].normal) && /^\p{Ll}/u.test(tokens[first].text);
  for (const split of splitRun(tokens, first, last)) {
    const whole = particleOpens && split.first === first + 1 ? { ...split, first } : split;
    const part = trimPostNominals(tokens, trimPlaceQualifiers(tokens, whole));
    // ("Sri Lankan officials", "Puerto Rican voters": the whole run is a two-word place's demonym.)
    if (part.last === whole.last - 1 && whole.last > whole.first && isKnownPlace(`${tokens.slice(whole.first, whole.last).map((t) => t.text).join(' ')} ${bare(tokens[whole.last]).replace(/n$/u, '')}`)) continue;
    // "North American", "Latin American": a direction and a demonym make one adjective, no name.
    if (part.first === part.last && part.last < whole.last && /^(north|south|east|west|central|latin)$/u.test(tokens[part.first].normal)) continue;
    const { first: f, last: l } = part;
    const head = tokens[l];
    // "Sen. Ana Vekla, D-Ore.,", "(R-Texas)": a US lawmaker's party and state, no name of its own.
    if (/^[DRI]-\p{Lu}[\p{L}.]*$/u.test(ctx.doc.text.slice(tokens[f].start, tokens[l].end)) && /[,(]\s*$/u.test(ctx.doc.text.slice(Math.max(0, tokens[f].start - 3), tokens[f].start))) continue;
    // "before Christmas", "by Thanksgiving": a holiday dates things; it is no entity.
    if (HOLIDAYS.has(ctx.doc.text.slice(tokens[f].start, tokens[l].end).replace(/\s+/gu, ' ').replace(/’/gu, "'").toLowerCase())) continue;
    // "a Canadian of Gujarati descent", "of Vekan origin": a people or a language named for ancestry is no entity.
    if (f === l && tokens[f - 1]?.normal === 'of' && /^(?:descent|origin|heritage|ancestry|extraction|background)$/u.test(tokens[l + 1]?.normal ?? '') && tokens[l + 1].sentence === tokens[l].sentence) continue;
    if (f === l) {
      // "the bee Bombus vekensis", "the snail Tolvaria minuta": a genus before its species' epithet.
      if (isGenusBeforeEpithet(tokens, l)) continue;
      // A lone demonym ("Russian"), a bare title, or a common word opening a sentence is not a name.
      if ((head.tags.has('Demonym') || isNationality(head.text) || isRegionalDemonym(head)) && !head.tags.has('Country') && !isKnownPlace(bare(head))) continue;
      if (NOT_NAMES.has(head.normal) || TIME_ZONES.has(head.normal)) continue;
      // "Nine months is too long": a number written in words is no name.
      if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)$/u.test(head.normal) && /^\p{Ll}/u.test(tokens[l + 1]?.text ?? '') && head.post === ' ') continue;
      // "knew little English", "a service in Tolvanese", "Swahili speakers": a language is no name
      // (the blind conventions'; a country of the same name, "Tonga", stays a place).
      if (isLanguageName(bare(head)) && !isKnownPlace(bare(head)) && !isKnownRegion(bare(head)) && !isKnownCity(bare(head)) && ((LANGUAGE_BEFORE.has(tokens[f - 1]?.normal ?? '') && (tokens[f - 1].normal !== 'in' || [2, 3, 4].some((d) => LANGUAGE_USES.has(tokens[f - d]?.normal ?? '')))) || (/^(?:and|or)$/u.test(tokens[f - 1]?.normal ?? '') && isLanguageName(bare(tokens[f - 2] ?? head))) || /^(?:speakers?|language|languages|translation|version|edition|subtitles|dialect|lessons|classes|media|press|newspapers?|-language)$/u.test(tokens[l + 1]?.normal ?? '') || /^-language/u.test(ctx.doc.text.slice(head.end, head.end + 9)))) continue;
      // "goes back to the Council", "the Government had funded": a generic body's noun, capitalised by
      // house style after "the", names no body of its own (the blind conventions; "the Senate", a
      // chamber's own name, stays).
      if (/^(?:council|government|ministry|department|committee|board|cabinet|authority|agency|state|crown|prosecution)$/u.test(head.normal) && tokens[f - 1]?.normal === 'the' && tokens[f - 1].sentence === head.sentence && !hasPossessive(tokens[f - 1])) continue;
      // "Black Friday deals", "Cyber Monday": the shopping days are dates, and their first word no name.
      if ((head.normal === 'black' && tokens[l + 1]?.normal === 'friday') || (head.normal === 'cyber' && tokens[l + 1]?.normal === 'monday')) continue;
      // "Parent council chair Ana Vekli wept", "Rocket company Vekla Launch raises": an English word
      // opening the sentence before a lower-case body noun qualifies the noun; the capital is the
      // sentence's (a word the document also capitalises mid-sentence, "Apple supplier X", stays a name).
      if (afterOpening(ctx.doc, sentence, f) && isOpeningModifier(ctx, f)) continue;
      if (afterOpening(ctx.doc, sentence, f) && part.titles.length === 0 && part.titleAfter.length === 0 && !hasNameEvidence(head, tokens[f - 1], tokens[f + 1]) && !isVouchedProper(ctx, f) && !isNoWord(head) && !isNamedBeforeClause(tokens, f) && !isCamelCase(head) && !bareSubjectOfReport(tokens, f, sentence) && !isDateline(ctx.doc, sentence, f, l) && !isTeamInResult(tokens, f, l) && !isOpeningAcronym(tokens, f)) continue;
      if (isAdjectival(tokens, f) || isScareQuoted(head)) continue;
    }
    // "AL-AIN , United Arab Emirates 1996-12-06": a dateline opens with its town, in capitals.
    const dateline = isDateline(ctx.doc, sentence, f, l);
    // "Hartford, Conn.": a town before an AP state abbreviation.
    const stateAfter = /^,\s*$/u.test(tokens[l].post) && !!tokens[l + 1] && isStateAbbreviation(tokens[l + 1]);
    // "Northport beat Easton 2-1": a team, even when a town has its name.
    // (A golfer's scores, "Ruth Adeyemi 71 68 70", make no team: a given name and a surname are a person.)
    // ("Ruby Dundee 3 Vekby 1", "La Paz 0 Castle Vekmoor 0": but a side of a two-sided results line
    // whose name, or its last word, is a town the list holds is a club named for its town, though a
    // given name opens it.)
    const team = isTeamInResult(tokens, f, l) && (!(f < l && isFirstName(tokens[f])) || (isTwoSidedResult(tokens, f, l) && (isKnownTown(bare(tokens[l])) || isKnownTown(tokens.slice(f, l + 1).map(bare).join(' ')))));
    if (isStateAbbreviation(tokens[f]) && f === l && /^,\s*$/u.test(tokens[f - 1]?.post ?? '')) {
      // (The tokenizer keeps the dot of "N.Y." in the token and leaves that of "Conn." after it.)
      const dotted = tokens[f].text.endsWith('.') ? tokens[f].text : `${tokens[f].text}.`;
      out.push({ ...mention(ctx.doc, f, l, 'place', []), end: tokens[f].start + [...dotted].length, text: dotted, name: dotted });
      ctx.votes.push({});
      ctx.weak.push(false);
      continue;
    }
    if (dateline) ctx.datelines.add(tokens[f].start);
    // "GENEVA (Vekwire) —", "NAIROBI, March 3 (Tolv News) -": the name in a dateline's brackets is the wire that filed it.
    const wire = /^[\p{Lu}\s.,'’-]+(?:,[^()\n]{0,20})?\(\s*$/u.test(ctx.doc.text.slice(sentenceLineStart(ctx.doc, f), tokens[f].start)) && /^\s*\)\s*(?:[—–]|-(?=\s)|:)/u.test(ctx.doc.text.slice(tokens[l].end, tokens[l].end + 6));
    // ("“The Tide Vekla”": a quoted title keeps its article, which is part of the work's name.)
    const article = f > sentence.firstToken && /^(?:The|A|An)$/u.test(tokens[f - 1].text) && tokens[f - 1].post === ' ' && isQuotedTitle(tokens, f - 1, l);
    const quotedTitle = article || isQuotedTitle(tokens, f, l);
    const typing: Typing = wire ? { type: 'organization', weak: false } : dateline || stateAfter ? { type: 'place', weak: false } : team ? { type: 'organization', weak: false } : quotedTitle ? { type: 'other', weak: false } : classify(ctx.doc, part);
    out.push(mention(ctx.doc, article ? f - 1 : f, l, typing.type, part.titles));
    ctx.votes.push(contextEvidence(tokens, f, l));
    ctx.weak.push(typing.weak);
  }
  return out;
}

// "Ukrainian energy", "Western military", "Soviet technology": a nationality or
// direction adjective in front of a lower-case noun is not a name.
const ADJECTIVE_SUFFIX = /(?:an|ean|ian|ese|ish|ic|ern|i)$/u;

function isAdjectival(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || hasPossessive(t) || t.post.trim() !== '') return false;
  if (!ADJECTIVE_SUFFIX.test(t.normal) || isKnownPlace(bare(t)) || isFirstName(t)) return false;
  // ("Shares of Vekalayaan rose", "the Tolvami cooperative": a bare "-an" or "-i" ends many names too, so
  // only a nationality the lists know ("Kenyan", "Iraqi") is read as one there.)
  // ("Nepali", "Yemeni", "Tibetan", "Sri Lankan": a place's name and the ending is its demonym,
  // though no list holds it.)
  const stemPlace = [bare(t).slice(0, -1), bare(t).slice(0, -2)].some((stem) => stem.length >= 3 && (isKnownPlace(stem) || isKnownRegion(stem) || isKnownCity(stem)));
  if (!/(?:ean|ian|ese|ish|ic|ern)$/u.test(t.normal) && !isNationality(t.text) && !t.tags.has('Demonym') && !stemPlace && !REGIONAL_DEMONYMS.has(t.normal)) return false;
  // "in Karachi last week", "a Mumbai brokerage": a city over 50,000 people is the city, though it ends like "Somali".
  if (isKnownCity(bare(t)) && !isNationality(t.text)) return false;
  // "Vekgate Athletic edge Tolbrook": a club's head word ends the name, though it ends like "Celtic".
  // ("Kanvek Denki rose": a firm's head in another language ends like "Somali" too.)
  if ((STRONG_ORGANIZATION_HEADS.has(t.normal) || ORGANIZATION_HEADS.has(t.normal)) && i > 0 && isCapitalized(tokens[i - 1]) && tokens[i - 1].sentence === t.sentence) return false;
  // "Wigan on Sunday", "Milan and Turin": an adjective needs a noun after it, not a function word.
  // ("Zarnian police arrested": the tagger may read a body's noun after the adjective as a verb.)
  if (/^\p{Ll}/u.test(next.text) && (PLACE_BODY_HEADS.has(next.normal) || ORGANIZATION_HEADS.has(next.normal))) return true;
  return /^\p{Ll}/u.test(next.text) && (!['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun'].some((tag) => next.tags.has(tag)) || isPluralNounReadAsVerb(tokens, i + 1));
}

/**
 * "Scandinavian studies departments", "Andean states, which": a plural noun the tagger read as a
 * present-tense verb ("studies", "states") after an adjective, shown a noun by what follows it: a
 * punctuation mark or the sentence's end, or a lower-case noun that no verb reading takes
 * (a verb takes an object: "Caledonian wins the cup" stays a verb).
 */
function isPluralNounReadAsVerb(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t.tags.has('PresentTense') || !/s$/u.test(t.normal) || !isDictionaryPlural(t)) return false;
  const after = tokens[j + 1];
  if (!after || after.sentence !== t.sentence || /^[,;:.!?)]/u.test(t.post.trim())) return true;
  return /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && !['Verb', 'Determiner', 'Pronoun', 'Preposition', 'Adjective', 'Value'].some((tag) => after.tags.has(tag));
}

/** Lower-case words English title case leaves inside a title: articles, conjunctions and short prepositions (Chicago Manual of Style, 8.159). */
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'into', 'over', 'under', 'between', 'upon', 'without', 'about']);

/**
 * “Salt Between the Reefs”, "The House on Tolbeg Road": words between quotation marks in title case,
 * a small word kept lower-case inside, are one title (a book, a show, a plan), its small words and a
 * leading "The" included; each capitalised run alone would be a wrong name ("Salt", "Reefs").
 * Returns the title's last token, or -1. (Not when a body's own head, "Bank", "Party", or a known
 * place is inside: “Bank of Tolbeg” is the bank.)
 */
function quotedTitleCaseEnd(tokens: Token[], i: number, sentence: Sentence): number {
  const t = tokens[i];
  if (!/[“"]\s*$/u.test(t.pre) && !(i > sentence.firstToken && /[“"]\s*$/u.test(tokens[i - 1].post))) return -1;
  let small = 0;
  for (let k = i; k < Math.min(sentence.lastToken, i + 10); k++) {
    const w = tokens[k];
    if (/^\p{Lu}/u.test(w.text) && !STRONG_ORGANIZATION_HEADS.has(w.normal)) {
      if (/^[”"]/u.test(w.post)) return small > 0 && k > i && !isKnownPlace(tokens.slice(i, k + 1).map((x) => x.text).join(' ')) ? k : -1;
    } else if (!(k > i && TITLE_CASE_SMALL_WORDS.has(w.text))) return -1;
    else small++;
    if (!/^(?:\s|-)$/u.test(w.post)) return -1;
  }
  return -1;
}

/**
 * The plan called “Open Road”: words between quotation marks are the title of a work, plan or
 * slogan, not a person, when nothing inside them says otherwise (a known place, a body's head word).
 */
function isQuotedTitle(tokens: Token[], first: number, last: number): boolean {
  if (first === last || !/[“"]\s*$/u.test(tokens[first].pre) || !/^[”"]/u.test(tokens[last].post)) return false;
  const words = tokens.slice(first, last + 1);
  return !isKnownPlace(words.map((t) => t.text).join(' ')) && !words.some((t) => ORGANIZATION_HEADS.has(t.normal) || t.tags.has('Honorific'));
}

/** What is done in a language: "held in Swahili", "a song in Xhosa" ("villages in Afar" name the region). */
const LANGUAGE_USES = new Set(['spoke', 'speak', 'speaks', 'spoken', 'speaking', 'said', 'say', 'says', 'written', 'wrote', 'write', 'published', 'service', 'services', 'held', 'sang', 'sung', 'sing', 'song', 'songs', 'mass', 'lessons', 'classes', 'taught', 'broadcast', 'subtitles', 'translated', 'conducted', 'fluent', 'read', 'signs', 'message', 'interview', 'replied', 'answered', 'prayed', 'prayers', 'hymns']);
/** Words before a language's name: "knew little English", "in Swahili", "translated into Tagalog". */
const LANGUAGE_BEFORE = new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'learn', 'learns', 'learned', 'learnt', 'learning', 'teach', 'teaches', 'taught', 'teaching', 'fluent', 'little', 'broken', 'basic', 'native', 'study', 'studied', 'studying', 'understand', 'understood']);

/** “Frank”: one word alone between quote marks is a word being quoted, not a name. */
function isScareQuoted(t: Token): boolean {
  return /[“"‘]\s*$/u.test(t.pre) && /^[”"’]/u.test(t.post) && !isKnownPlace(t.text);
}

function isOpeningModifier(ctx: Context, i: number): boolean {
  const [t, next] = [ctx.doc.tokens[i], ctx.doc.tokens[i + 1]];
  if (!next || next.sentence !== t.sentence || t.post !== ' ' || !/^\p{Ll}+$/u.test(next.text) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  // (Not nouns a body's own name stands before as often: "Twitter owner", "Visa rival", "Labour party", "Unison union members".)
  // ("Industry group Vekla Energy said": a group, a body or a lobby right before a capitalised name, not "Virgin group founder".)
  const groupBeforeName = /^(?:group|body|lobby)$/u.test(next.normal) && next.post === ' ' && /^\p{Lu}/u.test(ctx.doc.tokens[i + 2]?.text ?? '') && ctx.doc.tokens[i + 2].sentence === t.sentence;
  if (!/^(?:company|firm|council|committee|board|agency|ministry|department|authority)$/u.test(next.normal) && !groupBeforeName) return false;
  const word = t.normal;
  // (A given name that is an English word, "Town", "Rose", before "council" is the word: no one is
  // named by a bare given name before a body's noun.)
  return (isEnglishWord(word) || isEnglishWord(singularize(word))) && !isVouchedProper(ctx, i) && !isKnownPlace(t.text) && !isKnownCity(t.text) && !isKnownRegion(t.text) && !isWorldGivenName(t.text) && !t.tags.has('Person') && !t.tags.has('Country');
}

/** A body's people, sites and stock written after its name: "Amazon workers", "Vekla shares" (a body's name, not a word the tagger joined). */
const BODY_PEOPLE_AND_STOCK = /^(?:workers|staff|employees|shoppers|customers|users|drivers|engineers|executives|shareholders|investors|fans|warehouse|warehouses|stores|shares|stock|bosses|managers|officials|spokesman|spokeswoman|spokesperson|chief|boss)$/u;

/**
 * A tag or a gazetteer makes the token a name. (`prev`, the token before: "ALBANY, N.Y. — Police
 * said": the tagger reads "N.Y. Police" as one organization across the dateline's dash, so an
 * organization tag shared across a dash or a colon is no evidence.)
 */
function hasNameEvidence(t: Token, prev?: Token, next?: Token): boolean {
  // ("Palm oil prices fell", "Customer data stays here": the tagger also reads a sentence's opening
  // word and the lower-case noun after it as one organization; a tag shared with a lower-case word is no name's.)
  // ("Bath council voted": a known city before the noun is still the city's name.)
  const acrossBreak = (!!prev && /(?:[—–:]|\s-)\s*$/u.test(prev.post) && prev.tags.has('Organization')) || (!!next && /^\p{Ll}/u.test(next.text) && next.tags.has('Organization') && t.post === ' ' && !isKnownCity(bare(t)) && !BODY_PEOPLE_AND_STOCK.test(next.normal));
  return ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Organization', 'Acronym'].some((tag) => t.tags.has(tag) && !(acrossBreak && tag === 'Organization')) || isKnownPlace(bare(t));
}

/** The token's text without a possessive ending: "Kenya’s" → "Kenya". */
function bare(t: Token): string {
  return t.text.replace(/[’'][sS]?$/u, '');
}

/** A mention's type from its own words and frame; `weak` when only a tagger guess or the city list says it. */
interface Typing {
  type: EntityType;
  weak: boolean;
}

const strong = (type: EntityType): Typing => ({ type, weak: false });
const weak = (type: EntityType): Typing => ({ type, weak: true });

/**
 * A byline: a line that is "By" and a name of two to five words, alone or before a comma and the
 * writer's role ("By Jessa Tolvane", "By Ana Vek-Ruiz, Health Correspondent"). Papers put the
 * writer's name there, whatever the given name's origin.
 */
function isByline(doc: SegmentedDocument, first: number, last: number): boolean {
  const { tokens, text } = doc;
  const by = tokens[first - 1];
  if (!by || by.text !== 'By' || by.post !== ' ' || last - first < 1 || last - first > 4) return false;
  const lineStart = text.lastIndexOf('\n', by.start - 1) + 1;
  if (text.slice(lineStart, by.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', tokens[last].end);
  const rest = text.slice(tokens[last].end, lineEnd < 0 ? text.length : lineEnd);
  // Nothing after the name, or a comma and a role of capitalised or lower-case words with no verb.
  return rest.trim() === '' || /^,\s*[\p{L} ,&-]{2,60}$/u.test(rest);
}

/**
 * Whether tokens[first] follows "Given Surname of" in its sentence: a given name, a capitalised word
 * no dictionary holds and no place, then "of" ("Lina Tesk of …"), as a person and the body they work for are named.
 */
function afterPersonOf(tokens: readonly Token[], first: number): boolean {
  const [given, surname, of] = [tokens[first - 3], tokens[first - 2], tokens[first - 1]];
  if (!given || of.normal !== 'of' || ![given, surname, of].every((t) => t.sentence === tokens[first].sentence && t.post === ' ')) return false;
  return isFirstName(given) && /^\p{Lu}\p{Ll}+$/u.test(surname.text) && !isEnglishWord(surname.normal) && !isKnownPlace(surname.text);
}

/** Verbs and nouns that take "in" for what is invested in or starred in ("invested in X", "a stake in X", "starred in X"). */
const TOPIC_BEFORE_IN = /^(?:invest|invested|invests|investing|investment|investments|stake|stakes|shares|starred|stars|star|starring)$/u;

/** Verbs a firm is the subject of ("X employs 400 people", "X now hires"): organization evidence for X anywhere in the document. */
const BODY_ACTS = /^(?:[ \t]+(?:now|also|still))?[ \t]+(?:employs|employed|hires|hired|posted|reported|sells|sold|makes|announced|raised|listed|acquired|bought)(?![\p{L}])/u;

/** Whether `name` is followed, somewhere in `text`, by a verb a firm is the subject of. */
function actsAsBody(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    if (BODY_ACTS.test(text.slice(at + name.length, at + name.length + 30))) return true;
  }
  return false;
}

function classify(doc: SegmentedDocument, part: Part): Typing {
  const { tokens } = doc;
  const { first, last, titles, titleAfter } = part;
  const words = tokens.slice(first, last + 1);
  const name = words.map((t) => t.text).join(' ').replace(/[’'][sS]$/u, '');
  // The head of "Bank of England" is "Bank": the word before "of".
  // ("Movement for a New Republic": "for" opens a body's complement too.)
  // ("Union van Tolvaar Boeren", "Federation del Vekla Sur": a lower-case particle of another language
  // after a body's head is that language's "of"; the head is the word before it, as in English.)
  const ofAt = words.findIndex((t, k) => t.normal === 'of' || (t.normal === 'for' && k > 0 && OF_HEADS.has(words[k - 1].normal)) || (k > 0 && NAME_PARTICLES.has(t.normal) && /^\p{Ll}/u.test(t.text) && OF_HEADS.has(words[k - 1].normal) && ORGANIZATION_HEADS.has(words[k - 1].normal)));
  const head = ofAt > 0 ? words[ofAt - 1] : tokens[last];
  // "Royal Courts of Justice": a plural head before "of" is its singular's ("Georgia Banks" alone may be a person).
  const headWord = ofAt > 0 && ORGANIZATION_HEADS.has(singularize(head.normal)) ? singularize(head.normal) : head.normal.replace(/\./gu, '');
  if (part.bodyKind) return strong('organization');
  if (isHeadland(tokens, first, last)) return strong('place');
  // "Sir Tolvan's Wharf", "Marbeck's Lane": a possessive before a place's head (the last word) names the place after its namesake.
  if (words.length >= 2 && words.length <= 3 && hasPossessive(words[words.length - 2]) && (PLACE_HEADS.has(tokens[last].normal) || POSSESSIVE_PLACE_HEADS.has(tokens[last].normal)) && /^\p{Lu}/u.test(tokens[last].text)) return strong('place');
  if (titles.length === 0 && opensWithWordGivenName(tokens, first, last)) return strong('person');
  // "the FTSE 100 fell", "the Vekla 40 index": a stock index (other), its number part of its name (mention).
  if (stockIndexNumber(doc, first, last) > 0) return strong('other');
  // "the Vekland Order of Merit", "the Order of Tolby": an order of chivalry or merit is an honour
  // (other); a religious order named after its saint is a body ("the Order of St Vekla").
  if (ofAt > 0 && head.normal === 'order' && /^\p{Lu}/u.test(head.text)) return SAINT.test(words[ofAt + 1]?.normal ?? '') || /^the\.?$/u.test(words[ofAt + 1]?.normal ?? '') ? strong('organization') : strong('other');
  // "the Tour of Vekland", "the Tour of Tolby": a stage race named for the land it crosses is an event
  // (other), not the place after "of".
  if (ofAt > 0 && head.text === 'Tour') return strong('other');
  // "the Point of Tolvay", "Point of Vekla": a point of land (GeoNames' feature code PT) named by a
  // word no dictionary holds ("Point of Order" is no place).
  if (ofAt === 1 && head.text === 'Point' && words.length === 3 && !isEnglishWord(words[2].normal)) return strong('place');
  // ("the Bank of Tolby Act": a law's head closing a name with "of" makes a law, whatever heads the words before "of".)
  // ("the Department of Commercial Law", "the Institute of Maritime Law": a body's field after "of" may end in "law" or "code".)
  if (ofAt > 0 && words.length >= 3 && LAW_HEADS.test(tokens[last].normal) && !(ORGANIZATION_HEADS.has(headWord) && /^(?:law|code)$/u.test(tokens[last].normal))) return strong('other');
  // "the Union of the Comoros", "the Republic of the Vekland Islands": a state's official name is the place.
  if (ofAt === 1 && /^(?:union|republic|kingdom|federation|commonwealth|principality|sultanate|emirate|state|states)$/u.test(words[0].normal) && isKnownPlace(words.slice(words[2]?.normal === 'the' ? 3 : 2).map((t) => t.text).join(' '))) return strong('place');
  // ("Cox's Bazar": a town the gazetteer knows with a possessive inside its name.)
  if (words.length >= 2 && /[’']/u.test(name) && isKnownTown(name)) return strong('place');
  // "Tolby-on-Sea", "Aix-en-Vekla": parts a hyphenated preposition or article joins name a place.
  if (titles.length === 0 && words.some((t, k) => k > 0 && k < words.length - 1 && HYPHEN_JOINERS.has(t.text) && t.pre === '' && t.post === '-' && words[k - 1].post === '-') && !ORGANIZATION_HEADS.has(tokens[last].normal)) return weak('place');
  // "Ho Chi Minh City", "Santa Clara": a city of two words or more the list knows, whole, is that city
  // (a person's name inside it, "Ho Chi Minh", does not make a person).
  if (words.length >= 2 && titles.length === 0 && isKnownCity(name)) return strong('place');
  // "Labour said", "Scottish Labour's spokesman", "WA Labor": the Labour parties of Britain, Ireland,
  // Australia, New Zealand, Norway … go by the one word, after their nation's or state's name at most.
  // ("the minister for Labour": a portfolio, not the party.)
  const portfolio = first > 1 && /^(?:for|of)$/u.test(tokens[first - 1].normal) && /^(?:minister|secretary|ministry|department|spokesman|spokeswoman|spokesperson)$/u.test(tokens[first - 2].normal);
  if (!portfolio && /^Labou?r$/u.test(bare(words[words.length - 1])) && words.slice(0, -1).every((t) => t.tags.has('Demonym') || isNationality(t.text) || isKnownPlace(t.text) || isKnownRegion(t.text) || isAcronymText(t.text))) return strong('organization');
  // "told the Sejm", "a vote in the Dáil": a legislature's one-word name in its own language.
  // (After "the" only: "Goalkeeper Cortes", "Rada Novak" are people.)
  if (words.length === 1 && LEGISLATURES.has(foldName(bare(words[0]))) && tokens[first - 1]?.normal === 'the') return strong('organization');
  // "Lok Sabha", "Punjab Vidhan Sabha", "Verkhovna Rada": a legislature's head closing a name of two words or more.
  if (words.length >= 2 && /^(?:sabha|rada|sangsad|majlis|hural|khural)$/u.test(headWord)) return strong('organization');
  // "the Tolby Sentinel", "the Vekla Mercury": newspaper titles that are surnames too ("Dr Ruth
  // Messenger") or a planet, so they close a paper's name only after a word no given name and no title opens.
  if (words.length >= 2 && /^(?:sentinel|mercury|messenger)$/u.test(bare(words[words.length - 1]).toLowerCase()) && titles.length === 0 && (!isFirstName(words[0]) || isKnownTown(words[0].text) || isKnownPlace(words[0].text)) && !isTitleWord(tokens[first - 1]) && words.every((t) => /^\p{Lu}/u.test(t.text))) return strong('organization');
  // "Estadio Vekla", "Stade de Tolby": Romance languages put the stadium first.
  // ("Stade Rennais", "Stade Français" are clubs: French leaves "Stade" out.)
  // ("Stadion Tolvača", "Stadion Miejski", "Stadionul Vekla": so do the Slavic languages and Romanian.)
  // ("Stadion Vekbet", "Estadio Tolva Gaming": a body's head closing the name makes a firm that took the word for its brand.)
  if (words.length > 1 && /^(?:estadio|estádio|stadio|stadion|stadionul)$/u.test(words[0].normal) && !ORGANIZATION_HEADS.has(tokens[last].normal)) return strong('place');
  if (opensWithBuildingWord(words, titles)) return weak('place');
  // "Sinn Féin TD Ana Vek", "Plaid Cymru MS Tolva Rees": a name of two words or more before a member's
  // title and a name is the member's party ("Tolbeg TD", "Glasgow MSP": one word is the constituency).
  const memberTitle = tokens[last + 1];
  if (memberTitle && memberTitle.sentence === tokens[last].sentence && /^(?:MP|TD|MSP|MLA|MPP|MS|MEP)$/u.test(memberTitle.text) && tokens[last].post === ' ' && /^\p{Lu}\p{Ll}/u.test(tokens[last + 2]?.text ?? '') && !titles.length && words.length >= 2 && !isKnownPlace(name) && !isKnownTown(name) && !isKnownRegion(name) && !words.some((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Country') || COMPASS_WORDS.has(t.normal))) return strong('organization');
  // "follow the Fed", "the Fed's meeting": markets news clips the US Federal Reserve to "Fed"
  // (a capitalised "Fed" mid-sentence is never the verb).
  if (words.length === 1 && bare(words[0]) === 'Fed' && tokens[last + 1]?.normal !== 'up') return strong('organization');
  // "the Central Highlands", "the Northern Territory": a direction and a bare kind of land name a region.
  if (words.length === 2 && DIRECTION_ADJECTIVES.has(words[0].normal) && REGION_KINDS.test(bare(words[1]).toLowerCase())) return strong('place');
  // "born in Tolvby, Co Vekmore": "Co" before a name is the Irish and Northern Irish
  // "County"; as a company's suffix it comes after the name ("Vekla Co.").
  if (words.length >= 2 && words[0].text.replace(/\.$/u, '') === 'Co' && /^\p{Lu}\p{Ll}/u.test(words[1].text)) return strong('place');
  // "Ms. Okafor has lived …": an honorific the tagger reads as a plain abbreviation stays outside the run, and still names a person.
  const honorific = first > 0 ? tokens[first - 1] : undefined;
  if (titles.length === 0 && honorific && honorific.sentence === tokens[first].sentence && /^(?:mr|mrs|ms|mx|dr|prof)$/u.test(honorific.normal) && /^\p{Lu}/u.test(honorific.text) && /^\.?\s$/u.test(honorific.post)) return strong('person');
  if (titles.some((t) => STRONG_PERSON_TITLES.has(t) || POST_NOMINALS.has(t) || NAME_BOUND_TITLES.has(t))) return strong('person');
  if (isByline(doc, first, last)) return strong('person');
  // "M. Vekworth", "A. B. Tolvane": initials before a surname abbreviate a person's given names.
  // ("Lina Tesk of K.R. Dovnick said": after a given name, a surname and "of", such a name is the
  // person's employer, a firm named after its founder.)
  const initialsOnly = words.length >= 2 && words.slice(0, -1).every((t) => (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.')) || /^(?:\p{Lu}\.){1,3}$/u.test(t.text));
  if (initialsOnly && afterPersonOf(tokens, first)) return strong('organization');
  if (words.length >= 2 && words.slice(0, -1).every((t) => /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.')) && /^\p{Lu}\p{Ll}+$/u.test(bare(words[words.length - 1])) && looksLikeSurname(words[words.length - 1]) && !ORGANIZATION_HEADS.has(tokens[last].normal) && !PLACE_HEADS.has(tokens[last].normal)) return strong('person');
  // "J. van der Vekla 54", "T. Te Vekla-Brown 112": an initial before a surname with particles or a
  // hyphen, as scorecards and bylines print players.
  const initials = words.findIndex((t) => !(/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.')));
  const surname = initials > 0 ? words.slice(initials) : [];
  if (surname.length >= 2 && surname.every((t) => (NAME_PARTICLES.has(t.normal) && (/^\p{Ll}/u.test(t.text) || t.post === ' ')) || /^\p{Lu}\p{Ll}+$/u.test(bare(t)) || /^(?:Te|Ngā|Mac|Mc|O)$/u.test(t.text)) && surname.some((t, i) => NAME_PARTICLES.has(t.normal) || /^(?:Te|Mac|Mc)$/u.test(t.text) || (i > 0 && surname[i - 1].post === '-')) && !ORGANIZATION_HEADS.has(tokens[last].normal) && !PLACE_HEADS.has(tokens[last].normal) && !isKnownPlace(name)) return strong('person');
  // "Chief Executive Mette Vekgaard", "Goalkeeper Lee Tsz-kin": a title ending on an office names
  // the person after it, unless the name has a body's or a place's head ("Chief Executive Vekla Health" is rare).
  if (titles.length > 0 && (OFFICE_TITLES.has(titles[titles.length - 1]) || (ROLE_SUFFIX.test(titles[titles.length - 1]) && isEnglishWord(titles[titles.length - 1]))) && !words.some((t) => ORGANIZATION_HEADS.has(t.normal) || PLACE_HEADS.has(t.normal)) && !isKnownPlace(name)) return strong('person');
  if (words.some((t) => t.text === '&')) return strong('organization');
  // "her debut album, Northern Lights,", "the novel Copper Tides": a kind of work right before the name (or its comma).
  const workKind = titles.length === 0 && first > 0 ? tokens[first - 1] : undefined;
  if (workKind && workKind.sentence === tokens[first].sentence && /^\p{Ll}/u.test(workKind.text) && /^,?\s$/u.test(workKind.post) && WORK_KINDS.has(workKind.normal) && workKind.tags.has('Noun') && !workKind.tags.has('Verb')) return strong('other');
  // "Lawyers for Human Rights", "Friends of the Baths": members named in the plural before for/of.
  const connector = words.findIndex((t, k) => k > 0 && NAME_CONNECTORS.has(t.normal));
  if (connector > 0 && isDictionaryPlural(words[connector - 1]) && !PLACE_HEADS.has(words[connector - 1].normal)) return strong('organization');
  // "Fortress Vekland", "a Fortress Europe policy": a fortress or a citadel before a whole country or a
  // continent is the figure of a bloc closed to outsiders (Wiktionary, "Fortress Europe"), no building
  // and no body ("Tolvik Fortress", a building, puts its kind last).
  if (words.length === 2 && /^(?:fortress|citadel)$/u.test(words[0].normal) && /^\p{Lu}\p{Ll}+$/u.test(words[0].text) && isKnownPlace(bare(words[1])) && !isKnownCity(bare(words[1])) && !isKnownPlace(name)) return strong('other');
  // "Energy Queensland", "Statistics Kenya", "Transport Wales": a plain English noun before a known
  // place names the place's agency or utility, not a place ("New", "South", "Saint" open places).
  if (/garda siochana$/u.test(foldName(name))) return strong('organization');
  // "The City of Tolbeg said it would resurface the road", "a spokesperson for the Town of Vekby":
  // a municipality that speaks is its council (Canadian, Australian and South African usage).
  if (words.length >= 3 && /^(?:city|town|county|shire|municipality|borough|district|village)$/u.test(words[0].normal) && words[1].normal === 'of' && (speaksSoonAfter(tokens, last) || /^(?:spokesperson|spokesman|spokeswoman|spokespeople)$/u.test(tokens[first - 3]?.normal ?? '') && tokens[first - 2]?.normal === 'for')) return strong('organization');
  // "the A38", "on the N1 outside Tolbeg", "the M25 was closed": a road numbered by its class letter
  // (British, Irish and South African national roads). Not an airliner ("the A320 jet"; Airbus
  // numbers its types A300–A380) or a thing the next noun names ("the M16 rifle").
  const afterCode = tokens[last + 1];
  // (Cars, phones and masks take such codes too, "Audi recalled the A4", "the N95 mask": the sentence
  // must speak of roads or traffic, or the code follow a preposition of place.)
  const sentenceOf = doc.sentences[tokens[first].sentence];
  const roadTalk = tokens.slice(sentenceOf.firstToken, sentenceOf.lastToken).some((t) => ROAD_WORDS.has(t.normal)) || /^(?:on|along|off|onto|via|near|from|to|towards|toward|at)$/u.test(tokens[first - 2]?.normal ?? '');
  // ("the RN2", "the RN7 coast road": France's and its overseas departments' routes nationales
  // write the class as "RN"; a road's noun, "coast road", "trunk road", may follow the code.)
  const roadNounAfter = /^(?:road|roads|highway|bypass|route)$/u.test(tokens[last + 2]?.normal ?? '') && tokens[last + 2]?.sentence === tokens[last].sentence;
  if (words.length === 1 && roadTalk && /^(?:[AMNBR]|RN)\d{1,4}$/u.test(words[0].text) && !/^A3\d\d$/u.test(words[0].text) && tokens[first - 1]?.normal === 'the' && !(afterCode && afterCode.sentence === tokens[last].sentence && /^\p{Ll}/u.test(afterCode.text) && afterCode.tags.has('Noun') && !roadNounAfter && !/^(?:junction|road|roundabout|bypass|motorway|carriageway|northbound|southbound|eastbound|westbound|route|corridor|interchange|exit|flyover|toll|lanes?)$/u.test(afterCode.normal))) return strong('place');
  // "Hurricane Vekla", "Tropical Storm Tolva", "Cyclone Ana": a named storm is an event.
  if (words.length >= 2 && /^(?:hurricane|typhoon|cyclone|storm)$/u.test(words[words.length - 2].normal) && words.length <= 3 && (words.length === 2 || /^(?:tropical|super|severe)$/u.test(words[0].normal))) return strong('other');
  if (words.length >= 2 && !SAINT.test(words[0].normal) && !/^(?:san|santa|santo|são|sao)\.?$/u.test(words[0].normal) && !isKnownPlace(name) && !isKnownRegion(name) && !isKnownCity(name) && (isKnownPlace(words.slice(1).map((t) => t.text).join(' ')) || (words.length === 2 && (words[1].tags.has('Region') || words[1].tags.has('Country') || isKnownCity(words[1].text)) && !PLACE_HEADS.has(words[1].normal) && !VENUE_HEADS.has(words[1].normal))) && /^\p{Lu}\p{Ll}+$/u.test(words[0].text) && isEnglishWord(words[0].normal) && words[0].tags.has('Noun') && !words[0].tags.has('Adjective') && !PLACE_PREFIXES.has(words[0].normal) && !COMPASS_WORDS.has(words[0].normal) && !DIRECTION_ADJECTIVES.has(words[0].normal) && !PLACE_HEADS.has(words[0].normal) && !VENUE_HEADS.has(words[0].normal) && !isFirstName(words[0])) return strong('organization');
  // "Legal Aid Vekland", "Public Health Zarnia": plain English words ending on a noun, then a region
  // or country, name the region's agency, not a part of it ("Greater Zarnia", "Western Vekland" are places).
  if (words.length >= 3 && !isKnownPlace(name) && isRegionWord(words[words.length - 1]) && words.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isEnglishWord(t.normal) && !PLACE_HEADS.has(t.normal) && !PLACE_PREFIXES.has(t.normal) && !COMPASS_WORDS.has(t.normal) && !DIRECTION_ADJECTIVES.has(t.normal) && !isFirstName(t) && !t.tags.has('Demonym')) && words[words.length - 2].tags.has('Noun') && !words[words.length - 2].tags.has('Adjective')) return strong('organization');
  // "Banco Tolvira", "Grupo Vekla": a foreign body's opening word.
  // ("Bank Street", "the Bank Holiday weekend": a street's or a holiday's name that opens with "Bank".)
  if (words.length > 1 && FOREIGN_BODY_OPENERS.has(words[0].normal) && !PLACE_HEADS.has(tokens[last].normal) && !/^holidays?$/u.test(tokens[last].normal)) return strong('organization');
  // "Jalan Vekla", "Rua Tolbeg": a street or square named in another language opens on its kind.
  // (Weakly: "Plaza", "Via" and "Boulevard" open brands' names too, "Shares of Plaza Vekla rose".)
  if (words.length > 1 && STREET_OPENERS.has(words[0].normal) && titles.length === 0) return weak('place');
  // "Port Vekland Herons", "the Western Hawks": a name ending on a plural common noun that is no
  // geographic head ("Islands", "Hills") is a team, a band or a group, not a person or a place.
  if (isPluralGroupName(doc, part)) return strong('organization');
  // "Air Kestrel", "Air Northport": "Air" opens an airline's (or an air force's) name.
  // ("Radio Tolvik", "Radio Norrvik": "Radio" opens a station's.)
  if (words.length > 1 && /^(?:air|radio|raidió|rádio|radió)$/u.test(words[0].normal)) return strong('organization');
  // "VKL-214", "the SU-35": capitals, a hyphen and a number name a model, a drug in trials or a flight, not a body.
  const codeEnd = head.post === '-' && /^\d/u.test(tokens[last + 1]?.text ?? '') ? tokens[last + 1].end : tokens[last].end;
  // ("the EU-27", "the G-20", "BRICS-11": a body the tagger knows, or a group of countries and its count, is left to the rules below.)
  const code = /^(\p{Lu}{1,5})-\d{1,5}\p{Lu}?$/u.exec(doc.text.slice(tokens[first].start, codeEnd));
  if (code && !head.tags.has('Organization') && !/^(?:G|P|BRICS|OPEC|ASEAN|NATO)$/u.test(code[1])) return strong('other');
  if (words.length === 1 && isAcronym(head)) return strong(COUNTRY_ACRONYMS.has(headWord) ? 'place' : 'organization');
  // "Tolvbank", "Vekabanken": a one-word name compounded with "bank" names one.
  // (Not a town the list holds: a river's or a hill's bank names suburbs, "a function in Clydebank".)
  if (words.length === 1 && /^\p{Lu}\p{Ll}{3,}bank(?:en)?$/u.test(bare(head)) && !isKnownPlace(bare(head)) && !isKnownTown(bare(head))) return strong('organization');
  if (isKnownPlace(name)) return strong('place');
  // "Sydney Hart", "Jordan Okafor": a given name that is also a place, then a surname (a known one or
  // no English word), names a person; "Sydney Harbour", "Georgia Tech" do not qualify.
  // ("Paris Whitfield said": a place's name and a surname no dictionary knows, speaking, are a person too.)
  const speaks = REPORTING_VERBS.has(tokens[last + 1]?.normal ?? '') && tokens[last].post === ' ' && !isEnglishWord(words[1]?.normal ?? '');
  if (words.length === 2 && isKnownPlace(words[0].text) && (isGivenName(words[0].text) || isWorldGivenName(words[0].text) || words[0].tags.has('FirstName') || speaks) && looksLikeSurname(words[1]) && (words[1].tags.has('LastName') || !isEnglishWord(words[1].normal)) && !PLACE_HEADS.has(words[1].normal) && !ORGANIZATION_HEADS.has(words[1].normal)) return strong('person');
  // "Apple CEO Steve Jobs", "Kremlin spokesman Dmitry Peskov": who gives a corporate title is a body.
  if (titleAfter.some((t) => CORPORATE_TITLES.has(t))) return strong('organization');
  // "said Korvane president Ana Vek", "Tolvane chairman Li Wei": a title in lower case after a name
  // is given by it, and a giver that is no place the gazetteers know is a body.
  const titleNext = tokens[last + 1];
  if (titleNext && titleNext.sentence === tokens[last].sentence && /^\p{Ll}/u.test(titleNext.text) && titleNext.post === ' ' && tokens[last + 2] && isCapitalized(tokens[last + 2]) && tokens[last].post === ' ' && !hasPossessive(tokens[last]) && (OFFICE_TITLES.has(titleNext.normal) || STRONG_PERSON_TITLES.has(titleNext.normal)) && !isKnownPlace(name) && !isKnownCity(name) && !isKnownRegion(name) && !words.some((t) => t.tags.has('Place') || t.tags.has('Demonym') || isNationality(t.text) || isFirstName(t))) return strong('organization');
  // "Tolbeg Vekapı chairman Ana Vek", "Vekland Orsun CEO …": a firm's name may open with its home
  // province's; a chairman's, a chief executive's or a founder's title after a name that closes on a
  // word no dictionary or gazetteer knows is the firm's (a place has a governor, not a chairman).
  if (titleNext && titleNext.sentence === tokens[last].sentence && titleNext.post === ' ' && /^(?:chairman|chairwoman|chairperson|ceo|founder|co-founder)$/u.test(titleNext.normal) && (/^\p{Ll}/u.test(titleNext.text) || titleNext.text === 'CEO') && tokens[last + 2] && isCapitalized(tokens[last + 2]) && tokens[last].post === ' ' && !hasPossessive(tokens[last]) && words.length >= 2 && isForeignNameWord(tokens[last]) && !isFirstName(words[0]) && !isKnownPlace(name) && !isKnownCity(name) && !isKnownRegion(name)) return strong('organization');
  // "the Vekla Hockey League", "the Tolvane Super Division": a league or division named for a sport or
  // a level of play is a competition (`other`, like a cup); "the Arab League", "the Fraud Division" are bodies.
  // ("the League of Women Voters": only the words before the head name the competition.)
  // "Liga Vekara", "Copa Tolvana", "Coupe de Vekland", "the Superliga": "league" and "cup" in Spanish,
  // Portuguese, Indonesian, French, Italian and German open or end a competition's name.
  // ("Liga Vekland president Ana Vek": a lower-case officer after the name makes it the league's body.)
  if (words.some((t) => /^(?:liga|ligue|copa|coupe|coppa|taça|pokal)$/u.test(t.normal) || /^\p{Lu}\p{Ll}+liga$/u.test(t.text)) && !isFirstName(words[0]) && !words.some((t) => ORGANIZATION_HEADS.has(t.normal)) && !(/^\p{Ll}/u.test(tokens[last + 1]?.text ?? '') && (CORPORATE_TITLES.has(tokens[last + 1].normal) || tokens[last + 1].normal === 'president'))) return strong('other');
  if (words.length > 1 && /^(?:league|division)$/u.test(headWord) && head === tokens[last] && words.slice(0, -1).some((t) => COMPETITION_WORDS.has(t.normal.replace(/[’']s?$/u, '')) || (headWord === 'league' && LEAGUE_TIERS.has(t.normal)))) return strong('other');
  // "top of the Tolvane Shield League", "fourth in the Vekla and Tolby League", "Vekla League matches": a
  // league a table ranks sides in, or whose matches are played, is the competition.
  // ("top of the Tolby First Division": so is a division named for its tier, see isTierOfCompetition.)
  const tiered = headWord === 'division' && words.some((t, k) => isTierOfCompetition(words, k));
  if (words.length > 1 && (headWord === 'league' || tiered) && head === tokens[last] && isCompetitionLeague(tokens, first, last)) return strong('other');
  if (STRONG_ORGANIZATION_HEADS.has(headWord)) return strong('organization');
  // "Tolvik Air", "Vekfjord Air": an airline closes its name on "Air" after a word no dictionary holds
  // (IATA's airline names: "Air Vekla" opens on it); "Fresh Air" and "Open Air" are a show's and a festival's,
  // and a word with a capital inside, "VekBook Air", or a name before a noun it qualifies, "the Zarbook Air laptops", a product's.
  const qualified = /^\p{Ll}/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 1].tags.has('Noun') && tokens[last].post === ' ';
  if (words.length >= 2 && headWord === 'air' && head === tokens[last] && !qualified && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 2].text) && !isEnglishWord(words[words.length - 2].normal)) return strong('organization');
  // "Vekla Highlands Health District", "Tolvik Unified School District": a special district named for
  // its service is a body that runs it (US local government), not the area.
  if (words.length >= 2 && tokens[last].normal === 'district' && SPECIAL_DISTRICT_SERVICES.has(tokens[last - 1].normal)) return strong('organization');
  if (EVENT_HEADS.has(headWord) && words.length > 1) return strong('other');
  // "19th in the Championship", "won the Cup": an event's head alone after "the" is that event.
  if (EVENT_HEADS.has(headWord) && words.length === 1 && first > 0 && tokens[first - 1].normal === 'the' && !/^(?:year|day|eve|week|act|bill|war|congress)$/u.test(headWord)) return strong('other');
  // "Yusuf Demir": a given name and surnames; a name only the international list knows does not
  // outrank a body's or a place's head word ("Apple Computer", "Victoria Station").
  const surnames = words.slice(1);
  // "Sydney Harbour", "Victoria Station": a city's name and a place head is a place, not a person.
  // ("Randall County", "Vernon City": an administrative division's category closes a place's name, whatever opens it.)
  const cityPlace = (isKnownCity(words[0].text) && PLACE_HEADS.has(tokens[last].normal)) || ADMINISTRATIVE_HEADS.has(tokens[last].normal) || isRoadName(words);
  // "Washington Mutual", "Georgia Trust": a given name that is also a place, closed by a body's head
  // word, names the body (a plain given name keeps the person: "Tom Press").
  // ("Colonel Ada Park": a given name compromise also knows as a place, before a place head, stays a person.)
  // ("Tyler Community College": a known city's name opens a body as a place's does.)
  const placeFirst = (words[0].tags.has('Place') && !words[0].tags.has('FirstName')) || isKnownPlace(words[0].text) || (words.length >= 3 && isKnownCity(words[0].text) && ORGANIZATION_HEADS.has(tokens[last].normal));
  const bodyHead = surnames.some((t) => ORGANIZATION_HEADS.has(t.normal) || PLACE_HEADS.has(t.normal));
  const placeBody = placeFirst && surnames.some((t) => ORGANIZATION_HEADS.has(t.normal));
  // "Sky Vekwood Stadium", "Tolvara Oval": a venue's head closes a place, whatever word opens it.
  // ("Whole Vekla Market": a chain of shops takes the name too, so a market is a place only weakly; "shares of" decides.)
  // "Tolbeg Memorial Hospital opened a ward", "a surgeon of Vekla University Hospital": a hospital
  // that acts, or employs, is the body that runs it; "at", "from", "in" and other prepositions make it
  // the building ("died at Tolbeg Memorial Hospital").
  // ("Tolbeg Airport cancelled 240 flights": an airport that acts is its operator; "delayed at Tolbeg Airport" is the place.)
  if (words.length >= 2 && /^(?:hospital|infirmary|airport)$/u.test(tokens[last].normal) && isActingInstitution(tokens, first, last)) return strong('organization');
  // ("The Municipality of Tolvaro has put off the charge", "in May the Region of Vekla gave her a
  // prize": a division's formal name, its category first, names its government, which acts; where it
  // stands as a place, after a locative preposition ("grew up in the Province of Vekmoor"), or is a
  // place the gazetteers know whole ("the District of Columbia"), it stays a place.)
  if (words.length >= 3 && ADMINISTRATIVE_HEADS.has(words[0].normal) && words[1].normal === 'of' && !isKnownPlace(name) && !afterLocativePreposition(tokens, first)) return strong('organization');
  if (words.length >= 2 && VENUE_HEADS.has(tokens[last].normal)) return tokens[last].normal === 'market' ? weak('place') : strong('place');
  if (isBuildingAfterPreposition(tokens, first, last, head, ofAt > 0 ? words.slice(ofAt + 1) : [])) return strong('place');
  // "University Hospital Tolbeg", "Royal Infirmary Vekby": a hospital's name may close on its town.
  const venueAt = words.findIndex((t) => /^(?:hospital|infirmary)$/u.test(t.normal));
  if (venueAt >= 1 && venueAt < words.length - 1 && words.slice(venueAt + 1).every((t) => isKnownTown(bare(t)) || isKnownPlace(bare(t)))) return strong('place');
  // "the Tolvane Convention Centre", "Vekby Community Center": a centre of a venue's kind (OpenStreetMap's
  // amenity=conference_centre, community_centre, arts_centre, events_venue) is the building, where a
  // "Research Centre" or a "Centre for Policy" is a body.
  // ("a briefing at the Civic Centre": two words after "the" name the building too.)
  const theBefore = first > 0 && tokens[first - 1].normal === 'the' && tokens[first - 1].sentence === tokens[first].sentence;
  if ((words.length >= 3 || (words.length === 2 && theBefore)) && /^(?:centre|center)$/u.test(tokens[last].normal) && VENUE_CENTRES.has(tokens[last - 1].normal)) return strong('place');
  // "sang at the Royal Vekby Hall": English puts no "the" before a person, so "the … Hall" is the building.
  if (words.length >= 2 && tokens[last].normal === 'hall' && titles.length === 0 && first > 0 && tokens[first - 1].normal === 'the' && tokens[first - 1].sentence === tokens[first].sentence) return strong('place');
  // "Town Hall will close at noon": a town's or a city's hall is the building, with or without "the".
  if (words.length === 2 && tokens[last].normal === 'hall' && /^(?:town|city|county|village|parish|borough|civic)$/u.test(words[0].normal) && titles.length === 0) return strong('place');
  // "State Highway 9", "Route 9", "Interstate 84": a numbered road.
  if (ROAD_HEADS.has(tokens[last].normal) && /^\s\d{1,4}\b/u.test(doc.text.slice(tokens[last].end, tokens[last].end + 6)) && words.length <= 3) return strong('place');
  // "St Vekla's Church", "Saint Tolvan Chapel": a church named after its saint is the building, where
  // "the Church of Vekland" is the body.
  if (words.length >= 2 && SAINT.test(words[0].normal) && /^(?:church|chapel)$/u.test(tokens[last].normal)) return strong('place');
  // ("A memorial mass is to be held at Holy Vekla Church", "a service at Tolbeg Chapel": where a rite is held is the building.)
  if (words.length >= 2 && /^(?:church|chapel|cathedral|basilica)$/u.test(tokens[last].normal) && isRiteVenue(tokens, first)) return strong('place');
  // "Vek Min-jae", "Ko Hye-won": a short surname and a hyphenated Korean or Chinese given name make a
  // person in East Asian order ("Hong Kong-based", "Tol Vek-led" are compound adjectives).
  if (isEastAsianName(tokens, first, last) && !isKnownPlace(name) && !isKnownRegion(name) && !isKnownCity(name)) return strong('person');
  // "West Lothby", "North Vekton": a compass word opens a place's name, not a given name.
  // ("the North Tolvuna Boatmen's Alliance": a body's head closes it, whatever opens it.)
  if (words.length >= 2 && COMPASS_WORDS.has(words[0].normal) && words.slice(1).every((t) => !isFirstName(t)) && !ORGANIZATION_HEADS.has(headWord)) return weak('place');
  // ("Savanna Freight", "Tom Press": a surname that is also an English word leaves the person open to a
  // body's context: "shares of Savanna Freight", "Savanna Freight's chief financial officer".)
  // ("Nuala Mac an tSeoda", "Charles de Gaulle": particles stand between the surname's words.)
  // "sang at the Royal Tolvik Hall", "told the Raidió Tolvik": English puts no "the" before a
  // person's name with no title, so a name after "the" is no person by its given name alone.
  const determined = titles.length === 0 && first > 0 && tokens[first - 1].normal === 'the' && tokens[first - 1].sentence === tokens[first].sentence;
  // "the student newspaper De Vekvelder", "carmaker Rosa Motori": a body's kind right before the name
  // outranks a given name inside it (a person's role there is a title: "party leader Ana Ruiz").
  const kindBefore = titles.length === 0 && first > 0 ? tokens[first - 1] : undefined;
  if (kindBefore && kindBefore.sentence === tokens[first].sentence && /^\p{Ll}/u.test(kindBefore.text) && kindBefore.post === ' ' && ORGANIZATION_APPOSITIVES.has(kindBefore.normal) && !PERSON_OR_BODY.has(kindBefore.normal) && !PERSON_DESCRIPTIONS.has(kindBefore.normal)) return strong('organization');
  // "the constellation Lupvek", "the village Tolvby", "the glacier Vekjökull": a kind of place right before the name.
  // "trading house Comptoir Vekla", "fashion house Vekla Tolbane": a trade's "house" is a firm
  // (Wiktionary, "house": a business or firm, as in "fashion house", "publishing house", "auction house").
  if (kindBefore && kindBefore.sentence === tokens[first].sentence && kindBefore.text === 'house' && kindBefore.post === ' ' && TRADE_HOUSES.has(tokens[first - 2]?.text ?? '') && tokens[first - 2].post === ' ') return strong('organization');
  if (kindBefore && kindBefore.sentence === tokens[first].sentence && /^\p{Ll}/u.test(kindBefore.text) && kindBefore.post === ' ' && PLACE_KINDS.has(kindBefore.normal)) return strong('place');
  // ("at Marsh Park", "near Lily Bridge": a given name and a place's head after a preposition of place name the place.)
  const placeAt = words.length === 2 && (PLACE_HEADS.has(tokens[last].normal) || VENUE_HEADS.has(tokens[last].normal)) && first > 0 && /^(?:at|in|near|outside|on|from|to)$/u.test(tokens[first - 1].text) && tokens[first - 1].sentence === tokens[first].sentence && !hasPossessive(tokens[last]);
  // "Ó Vekhair put it bluntly", "Ní Tholbhe said": an Irish surname's prefix (son or daughter of) opens a person's name.
  if (words.length >= 2 && /^(?:Ó|Ní|Nic|Uí|Mhic)$/u.test(words[0].text) && /^\p{Lu}/u.test(words[1].text)) return strong('person');
  // ("Vidrios Hermanos Tolvaro", "Tolvane Frères": "brothers" in Spanish, Portuguese, French, Italian and German names a family firm.)
  if (words.length >= 2 && words.some((t) => /^(?:hermanos|irmãos|irmaos|frères|freres|fratelli|gebrüder)$/u.test(t.normal))) return strong('organization');
  if (!cityPlace && !placeAt && words.length >= 2 && !isKnownRegion(name) && isFirstName(words[0]) && surnames.every((t) => looksLikeSurname(t) || (NAME_PARTICLES.has(t.normal) || t.normal === 'an') && /^\p{Ll}/u.test(t.text)) && ((isCommonFirstName(words[0]) && !placeBody) || !bodyHead)) {
    // (The words still read as a name, a work's or a product's: "the Ford Seven Hundred", so no tagger guess decides.)
    // ("the Alfred Hospital", "the Kestrel Foundation": after "the", a body's head types the name.)
    // ("ferry services on the Vekma": after a preposition of setting and "the", a river or a region.)
    if (determined && !bodyHead) return isRegionAfterThe(tokens, first, last) ? weak('place') : weak('other');
    if (determined) return ORGANIZATION_HEADS.has(tokens[last].normal) ? strong('organization') : strong('place');
    // ("In Passo Fundo, farmers …": in a place's frame a given name is only a likelihood; the document's votes decide.)
    return surnames.some((t) => isEnglishWord(t.normal) && !t.tags.has('LastName')) || isLocativeFrame(tokens, first, last) ? weak('person') : strong('person');
  }
  if (hasOrganizationFrame(tokens, first, last)) return strong('organization');
  // "towns such as Tolvik and Vekby", "countries including Zarnia": examples of a kind of place.
  const kind = kindOfExamples(tokens, first);
  if (kind && (PLACE_HEADS.has(singularize(kind.normal)) || /^(?:countries|nations|towns|villages|suburbs|islands)$/u.test(kind.normal))) return strong('place');
  // "Pulau Vekla", "Cap Tolby", "Nieuw Vekby": another language's word for a kind of land or water, or
  // for "new", opens a place's name (weakly: towns lend such names to clubs, "Puerto Vekla beat Tolby").
  // ("Tanjung Vekla Services": a body's head closes a body's name, whatever opens it; "the reinsurer
  // Punta Vekla Re": a body's frame, read above, comes first.)
  if (titles.length === 0 && words.length >= 2 && FOREIGN_PLACE_OPENERS.has(words[0].normal) && /^\p{Lu}/u.test(words[0].text) && /^\p{Lu}/u.test(words[1].text) && !ORGANIZATION_HEADS.has(tokens[last].normal)) return weak('place');
  // "Tavish Quarrie", "Wanjiru Vekau-Otolo": two or three capitalised words that are in no English
  // dictionary and no gazetteer are most often a person's given name and surname.
  // ("Ganga Bahadur Orvanek": a place's head from another language, "Ganga" for a river, opening the
  // name is a given name; as a head it closes the name: "the Kelani Ganga".)
  const foreign = (t: Token, i: number) => isForeignNameWord(t) || (i === 0 && isForeignHeadWord(t));
  if (!determined && words.length >= 2 && words.length <= 3 && words.every(foreign) && !isKnownCity(name) && !isKnownRegion(name)) return weak('person');
  // "Siri Tolvang Vekmah", "Vemkata Sai Tolpalli": three words of which one is also an English word
  // still read as a person when the surname and one more word are in no dictionary or gazetteer.
  if (!determined && words.length === 3 && isForeignNameWord(words[2]) && words.filter(foreign).length === 2 && words.every((t, i) => /^\p{Lu}\p{Ll}+$/u.test(bare(t)) && !ORGANIZATION_HEADS.has(t.normal) && (!PLACE_HEADS.has(t.normal) || foreign(t, i)) && !PLACE_PREFIXES.has(t.normal) && !COMPASS_WORDS.has(t.normal) && !DIRECTION_ADJECTIVES.has(t.normal) && !t.tags.has('Demonym') && !isNationality(t.text) && (isForeignNameWord(t) || (!t.tags.has('Adjective') && !isPluralNoun(t) && !LEGISLATURES.has(foldName(t.text))))) && !isKnownPlace(name) && !isKnownCity(name)) return weak('person');
  // "Wessel van Vekk", "Ana de Tolvane": a word in no dictionary, a lower-case particle and a
  // capitalised surname are a person ("Rio de Janeiro" is a known place; "Banco de X" opens with a body's head).
  if (!determined && words.length === 3 && isForeignNameWord(words[0]) && NAME_PARTICLES.has(words[1].text) && /^\p{Lu}\p{Ll}+$/u.test(bare(words[2])) && !ORGANIZATION_HEADS.has(words[2].normal) && !PLACE_HEADS.has(words[2].normal) && !isKnownPlace(name) && !isKnownCity(name)) return weak('person');
  if (hasPersonFrame(tokens, first, last)) return strong('person');
  if (ORGANIZATION_HEADS.has(headWord)) return strong('organization');
  // ("the city government of Lagos", "built by Tolvane's Vekla Systems": the tagger reads a body into a
  // city's name from its context; a city the list holds that the tagger's own lexicon does not know as
  // a body, "Toyota", stays the city, weakly.)
  // ("Vekmac computers would ship", "Vekland coffee growers": the tagger reads a one-word name and the
  // lower-case words after it as one company's name, "X Computers"; lower-case words are no part of a
  // name, so a tag shared with them is no evidence of a body, unless the lexicon knows the name as one,
  // or one body's kind closes the phrase ("founded the Kaz Vekla school" names that school) or its people
  // or stock follow ("Vekla workers", "Vekla shares", as hasNameEvidence reads them). A given name
  // ("Mac") keeps the tag: without it, the person reading would take the name.)
  const nounAfter = tokens[last + 1];
  const afterNoun = tokens[last + 2];
  const kindCloses = !!nounAfter && ORGANIZATION_HEADS.has(nounAfter.normal) && !nounAfter.tags.has('Plural') && !(afterNoun && afterNoun.sentence === nounAfter.sentence && nounAfter.post === ' ' && afterNoun.tags.has('Noun') && !afterNoun.tags.has('Pronoun'));
  const tagFromNoun = !!nounAfter && nounAfter.sentence === tokens[last].sentence && /^\p{Ll}/u.test(nounAfter.text) && nounAfter.tags.has('Organization') && tokens[last].post === ' ' && !kindCloses && !BODY_PEOPLE_AND_STOCK.test(nounAfter.normal) && !isLexiconOrganization(name) && words.length === 1 && !isFirstName(words[0]);
  if (!tagFromNoun && words.some((t) => t.tags.has('Organization'))) return words.length === 1 && isKnownCity(name) && !isLexiconOrganization(name) ? weak('place') : weak('organization');
  // ("Redvale Town", "Vekmere City": clubs take these names too, so their context may decide.)
  if (PLACE_HEADS.has(headWord) && words.length > 1) return headWord === 'town' || headWord === 'city' ? weak('place') : strong('place');
  // "New York", "Port Allen"; but "New GM" is the company renewed.
  if (PLACE_PREFIXES.has(words[0].normal) && words.length > 1) return strong(words.length === 2 && isAcronym(words[1]) && !COUNTRY_ACRONYMS.has(words[1].normal.replace(/\./gu, '')) ? 'organization' : 'place');
  // "Paris Tolvahy-Vek", "Sydney Tolva-Reid": a given name or a city's name (many given names are
  // cities', and the name lists leave out those that are English words) before a double-barrelled
  // surname whose first half no dictionary holds is a person ("Paris Saint-Germain" opens its second part with a saint's title, "Stratford-upon-Avon" is lower case).
  if (words.length === 3 && words[1].post === '-' && (isFirstName(words[0]) || isKnownCity(words[0].text)) && !isEnglishWord(words[1].normal) && /^\p{Lu}\p{Ll}+$/u.test(words[1].text) && /^\p{Lu}\p{Ll}+$/u.test(words[2].text) && !/^(?:saint|sainte|san|santa|santo|st|ste|sankt)$/u.test(words[1].normal) && ![words[1], words[2]].some((t) => PLACE_HEADS.has(t.normal) || ORGANIZATION_HEADS.has(t.normal) || isKnownPlace(t.text)) && !isKnownPlace(name)) return strong('person');
  if (words.some((t) => t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region'))) return weak('place');
  // compromise reads a name after a person's possessive as a person; "Dana Cole's Colewave" is a thing she has.
  const possessed = first > 0 && tokens[first - 1].sentence === tokens[first].sentence && hasPossessive(tokens[first - 1]);
  // ("bags go through Santos", "flights to Lincoln": a city the list knows, alone, is the city rather than
  // a surname the tagger knows; a person of that surname in the document still takes it, by the surname rule.)
  if (words.length === 1 && isKnownCity(bare(head)) && !isFirstName(head) && (head.tags.has('LastName') || head.tags.has('Person')) && !head.tags.has('FirstName')) return weak('place');
  if (!possessed && !determined && (words.some((t) => t.tags.has('Person') && !t.tags.has('Pronoun')) || head.tags.has('LastName'))) return weak('person');
  // ("Ebonyi", "Mpumalanga": a state or province the region list knows, weakly, as a town is.)
  if (words.some((t) => t.tags.has('Place')) || isKnownCity(name) || isKnownRegion(name)) return weak('place');
  // "the Pentagon said", "the Bundestag on Friday voted … announced": a name after "the" that speaks
  // (a reporting verb within a few words, no comma between) is a body; products ("the Mac") do not speak.
  const before = first > 0 ? tokens[first - 1] : undefined;
  if (before?.normal === 'the' && speaksSoonAfter(tokens, last)) return strong('organization');
  const next = tokens[last + 1];
  // "destroyed nine homes in Bucha, on the outskirts": a one-word name after "in" that modifies nothing.
  // "from Dingle to Tralee": a route names places at both ends; "a farmer from Kenmare", "the
  // 27-year-old from Kirkwall": where a person comes from.
  const afterName = tokens[last + 1];
  if (words.length <= 3 && before?.normal === 'from' && afterName?.normal === 'to' && afterName.sentence === head.sentence && tokens[last + 2] && isCapitalized(tokens[last + 2])) return weak('place');
  if (words.length <= 3 && before?.normal === 'to' && tokens[first - 3]?.normal === 'from' && tokens[first - 2] && isCapitalized(tokens[first - 2])) return weak('place');
  if (words.length <= 3 && before?.normal === 'from' && tokens[first - 2] && (PERSON_DESCRIPTIONS.has(tokens[first - 2].normal) || tokens[first - 2].tags.has('Actor') || /^(?:\d+-year-old|man|woman|boy|girl|resident|native|farmer|family)$/u.test(tokens[first - 2].normal) || (tokens[first - 2].normal === 'old' && tokens[first - 3]?.normal === 'year'))) return weak('place');
  // "in Eastern Cape", "across Vekhaw's Bay": a name of up to three words after "in" that opens with no given name and holds no body's head.
  const locative = words.length === 1 || (words.length <= 3 && !isFirstName(words[0]) && !words.some((t) => ORGANIZATION_HEADS.has(t.normal) || t.tags.has('Person')));
  // ("a report in Ars Technica", "writing in the Lancet": "in" after a piece of writing names where it appeared.)
  const writing = WRITING_WORDS.test(tokens[first - 2]?.normal ?? '');
  // ("posted on Truth Social", "said on Vekradio", "a video on TikTok": "on" after a verb or a noun of
  // telling, posting or broadcasting names the medium, where "fires on Sumatra" names a place.)
  const medium = before?.normal === 'on' && (writing || /^(?:post|posts|posted|posting|shared|said|says|say|wrote|announced|broadcast|aired|streamed|live|video|videos|message|messages|account|page|channel|show|interview|appearance|appeared|comments?)$/u.test(tokens[first - 2]?.normal ?? ''));
  // ("The match in Tolvek was called off", "promised farmers in Vekisan a crop": a verb or a determiner
  // after the name closes its phrase as punctuation does; a noun would be one it qualifies.)
  // ("in Kestrel shares": a present verb the tagger reads into a noun is left out.)
  // ("A fall in Vekora dragged the index down": a market move names what moved.)
  const closes = !!next && !NOT_SETTING_BEFORE_IN.has(tokens[first - 2]?.normal ?? '') && ((['Copula', 'Auxiliary', 'Modal', 'PastTense'].some((tag) => next.tags.has(tag)) && !next.tags.has('Noun')) || (next.tags.has('Determiner') && !/^(?:that|this|these|those)$/u.test(next.normal)));
  // ("the new track from Burnavek", "a letter from Vekla": a work or a message comes from whoever
  // made or sent it, so "from" after one is no setting; after other nouns it mostly is: "residents at Tolvane".)
  // ("heard from Dalvo", "a remix from Dalven": one hears from whoever sent word, and a remix is a work.)
  const ofWork = before?.normal === 'from' && (WORK_KINDS.has(tokens[first - 2]?.normal ?? '') || MESSAGE_NOUNS.has(tokens[first - 2]?.normal ?? '') || /^(?:heard|hear|hears|hearing|remix|remixes)$/u.test(tokens[first - 2]?.normal ?? ''));
  // ("the derby in Tolvby this weekend": a relative date the tagger leaves undated closes the phrase
  // too, unless an acronym, a letter or a figure makes the name a product's: "in Vekla OS X last year".)
  // (Not after a verb or noun of investing or starring, "invested in X last year", "starred in X
  // this season", nor a name the document shows acting as a firm: "X now employs 400 people".)
  // ("fired at Zarnik-12 drones": a name joined by a hyphen to a model number is a product's, never a setting.)
  if (locative && !writing && !medium && !ofWork && !/^-\d/u.test(doc.text.slice(head.end, head.end + 2)) && before && LOCATIVE_PREPOSITIONS.has(before.normal) && !hasPossessive(head) && (!next || next.sentence !== head.sentence || !/^\p{Ll}/u.test(next.text) || next.tags.has('Preposition') || next.tags.has('Conjunction') || next.tags.has('Date') || (opensRelativeDate(tokens, last + 1) && !words.some((t) => /\d|^\p{Lu}{1,}$/u.test(t.text)) && !TOPIC_BEFORE_IN.test(tokens[first - 2]?.normal ?? '') && !actsAsBody(doc.text, doc.text.slice(tokens[first].start, head.end))) || closes || /[,.;:]/u.test(head.post))) {
    return weak('place');
  }
  if (isRegionAfterThe(tokens, first, last) && !head.tags.has('Organization')) return weak('place');
  return weak('other');
}

/**
 * Heads of buildings whose names also name the body inside them: a church or chapel (OpenStreetMap
 * building=church, chapel) is its congregation too, a hotel (tourism=hotel) its firm, a museum
 * (tourism=museum) its trust.
 */
const SITE_OR_BODY_HEADS = new Set(['church', 'chapel', 'hotel', 'museum']);
/** Words that name a denomination, not one church ("the Methodist Church", "the Roman Catholic Church"): Wikipedia, "List of Christian denominations". */
const DENOMINATION_WORDS = new Set(['roman', 'catholic', 'anglican', 'methodist', 'presbyterian', 'baptist', 'lutheran', 'orthodox', 'evangelical', 'pentecostal', 'episcopal', 'reformed', 'coptic', 'apostolic', 'united', 'free', 'uniting', 'adventist']);
/** Prepositions that set something at, or by, a building ("at the Vekla Hotel", "near the Tolby Church"). */
const AT_BUILDING = new Set(['at', 'near', 'outside', 'inside', 'opposite', 'beside', 'behind', 'past']);

/**
 * "a bakery near the Vekloss Church", "a funeral at the Church of Saint-Tolby", "stayed at the Tolvik
 * Hotel": a church, chapel, hotel or museum after a preposition of setting is the building (a place);
 * as a subject it may be the body ("the Tolvik Hotel hired 40 staff"), which other rules type.
 * (Not a denomination, "at the Methodist Church", a national church, "at the Church of Vekland", or
 * what a name with a possessive owns, "at the Tolvik Hotel's restaurant".)
 * `head` is the name's head token, `complement` the words after its "of" (empty without one).
 */
function isBuildingAfterPreposition(tokens: readonly Token[], first: number, last: number, head: Token, complement: readonly Token[]): boolean {
  if (last <= first || !SITE_OR_BODY_HEADS.has(head.normal) || !/^\p{Lu}/u.test(head.text) || hasPossessive(tokens[last])) return false;
  const article = tokens[first - 1]?.normal === 'the' ? 1 : 0;
  const before = tokens[first - 1 - article];
  if (!before || before.sentence !== tokens[first].sentence || !AT_BUILDING.has(before.normal)) return false;
  if (complement.length > 0 && isKnownPlace(complement.filter((t) => t.normal !== 'the').map((t) => t.text).join(' '))) return false;
  const modifiers = tokens.slice(first, last + 1).filter((t) => t !== head && !complement.includes(t));
  return !modifiers.every((t) => DENOMINATION_WORDS.has(t.normal) || isNationality(t.text));
}

/** Pieces of writing and verbs of publishing, after which "in X" names where the piece appeared: "a report in Ars Technica". */
const WRITING_WORDS = /^(?:report|reports|article|articles|story|stories|interview|column|editorial|piece|letter|op-ed|published|wrote|writing|appeared|quoted|cited|paper|study)$/u;

/**
 * "ferry services on the Vekma and Tolgna", "growers in the Vekaco.": one capitalised word after a
 * preposition of setting and "the", ending its phrase, names a region or a river ("in the Sahel", "on
 * the Mekong"); English sets events and works there under a head ("in the Vekla Cup").
 */
function isRegionAfterThe(tokens: readonly Token[], first: number, last: number): boolean {
  const [the, preposition, head, next] = [tokens[first - 1], tokens[first - 2], tokens[last], tokens[last + 1]];
  // ("a study published in the Vekcet": a piece of writing appears in a journal, not a region.)
  if (first !== last || the?.normal !== 'the' || !preposition || preposition.sentence !== head.sentence || !/^(?:in|across|throughout|on|along|into)$/u.test(preposition.normal) || hasPossessive(head) || WRITING_WORDS.test(tokens[first - 3]?.normal ?? '')) return false;
  return !next || next.sentence !== head.sentence || /[,.;:]/u.test(head.post) || (['Preposition', 'Conjunction', 'Date'].some((tag) => next.tags.has(tag)) && !next.tags.has('Noun'));
}

// Agent-noun endings of English role nouns: "supervisor", "defender", "engineer", "economist", "attendant".
const ROLE_SUFFIX = /(?:or|er|eer|ist|ant|ent|ian)$/u;

/**
 * A noun naming a role: a title from the lexicon, a noun compromise's lexicon lists as an actor
 * ("councillor"), or an agent noun ("prosecutor") that is no given name, place or body's head.
 */
function isRoleNoun(t: Token): boolean {
  if (isTitleWord(t) || t.tags.has('Actor')) return !isFirstName(t);
  return ROLE_SUFFIX.test(t.normal) && t.normal.length > 4 && isEnglishWord(t.normal) && !isFirstName(t) && !isKnownPlace(t.text) && !ORGANIZATION_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal);
}

/**
 * "Harbury Rams", "Tolvik Bay Dragons", "the Herons": the last word is a capitalised plural whose
 * singular is an English noun ("ram", "dragon", "marlin"), not a geographic head, and the name is no
 * known place; a one-word name needs "the" before it ("the Herons"), which a family's name also takes
 * ("the Smiths") but which a surname does not.
 */
function isPluralGroupName(doc: SegmentedDocument, part: Part): boolean {
  const { tokens } = doc;
  const head = tokens[part.last];
  const word = bare(head);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || !head.tags.has('Noun') || head.tags.has('Demonym') || head.tags.has('Person')) return false;
  // ("Magpies": "-ies" may drop only its "s", where "Ladies" drops "ies".)
  const singular = isEnglishWord(singularize(word.toLowerCase())) ? singularize(word.toLowerCase()) : word.toLowerCase().slice(0, -1);
  if (singular === word.toLowerCase() || !isEnglishWord(singular) || WORKS_NOUNS.has(word.toLowerCase()) || VENUE_HEADS.has(word.toLowerCase()) || EVENT_HEADS.has(word.toLowerCase()) || PLACE_HEADS.has(word.toLowerCase()) || PLACE_HEADS.has(singular) || ORGANIZATION_HEADS.has(word.toLowerCase())) return false;
  const name = tokens.slice(part.first, part.last + 1).map((t) => t.text).join(' ');
  // ("Dos Hermanas", "Las Vegas": a city's whole name that ends like a plural; "flies to Tolvane
  // Wells": so does a town's name of two words or more that the town list holds.)
  if (isKnownPlace(name) || isKnownPlace(word) || isKnownCity(name) || (part.first < part.last && isKnownTown(name))) return false;
  // ("iTunes Apps Stores": two plurals in a row are a product's description, not a team.)
  // ("Stanley Harbour Hawks": a given name that opens a place's name with its head is the town's.)
  const placeOpens = part.last - part.first >= 2 && tokens.slice(part.first + 1, part.last).some((t) => PLACE_HEADS.has(t.normal));
  // ("the Red Vekbears led", "Nelson Tolbay Gulls 201": "the" before it, or a town and two more words,
  // make a side of a name whose first word a name list holds; people take no article.)
  const before = tokens[part.first - 1];
  const determined = before?.normal === 'the' && before.sentence === head.sentence;
  const townOpens = part.last - part.first >= 2 && isKnownCity(tokens[part.first].text);
  if (part.first < part.last) return (!isFirstName(tokens[part.first]) || placeOpens || determined || townOpens) && !(isPluralNoun(tokens[part.last - 1]) && !isKnownCity(tokens[part.last - 1].text) && !isKnownPlace(tokens[part.last - 1].text));
  return determined;
}

/**
 * What a building does or undergoes, not its body: "X flooded", "X sits on a hill", "X was built in 1920".
 */
const BUILDING_STATES = new Set(['flooded', 'floods', 'sits', 'sat', 'stands', 'stood', 'lies', 'lay', 'burned', 'burnt', 'collapsed', 'built', 'damaged', 'destroyed', 'located', 'situated', 'overlooks', 'overlooked', 'houses', 'housed', 'caught']);

/**
 * The name of a hospital or an airport, tokens[first..last], stands where the body that runs it does: opening its clause (after
 * "the", a conjunction or nothing) and followed by its verb ("X said", "X on Friday opened a ward"),
 * or after "of" and a person's role ("a cardiologist of …"); not after a preposition of place or
 * motion, not as one more object of a list ("the school, X and the church"), nor as the subject of
 * a building's verb ("X flooded", "X was built in 1920").
 */
/** "in the Province of Vekmoor", "across Vekla": a locative preposition in lower case before tokens[first], "the" between or not. */
function afterLocativePreposition(tokens: readonly Token[], first: number): boolean {
  const b = tokens[first - 1]?.normal === 'the' ? first - 2 : first - 1;
  const before = tokens[b];
  return !!before && before.sentence === tokens[first].sentence && /^\p{Ll}/u.test(before.text) && LOCATIVE_PREPOSITIONS.has(before.normal);
}

function isActingInstitution(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  let b = first - 1;
  if (tokens[b]?.normal === 'the' && tokens[b].sentence === sentence) b--;
  const before = tokens[b];
  // ("she trained at the Vekla General Hospital", "works at Tolbeg Hospital": where one trains or works is the employer.)
  if (before?.normal === 'at' && before.sentence === sentence && /^(?:trained|trains|training|worked|works|work|working|employed|qualified|nursed)$/u.test(tokens[b - 1]?.normal ?? '')) return true;
  // ("cardiologist Ana Vek of Tolbeg University Hospital": a person's name before "of" is the employee too.)
  const employee = tokens[b - 1];
  if (before?.normal === 'of' && before.sentence === sentence) return !!employee && (isRoleNoun(employee) || employee.tags.has('Actor') || (/^\p{Lu}\p{Ll}/u.test(employee.text) && !isEnglishWord(employee.normal) && !isKnownPlace(employee.text)));
  const opens = !before || before.sentence !== sentence || /[,;:(“"]\s*$/u.test(before.post) || /^(?:after|and|but|while|as|when|because|since|that|said)$/u.test(before.normal);
  if (!opens) return false;
  // A verb must follow in the clause, and not a building's.
  const next = tokens[last + 1];
  if (!next || next.sentence !== sentence || /[,;:.]/u.test(tokens[last].post) || !/^\p{Ll}/u.test(next.text) || /^(?:and|or)$/u.test(next.normal)) return false;
  for (let k = last + 1; k <= last + 3 && tokens[k]?.sentence === sentence; k++) {
    if (BUILDING_STATES.has(tokens[k].normal)) return false;
    if (/[,;:]/u.test(tokens[k].post)) break;
  }
  return true;
}

/**
 * Words after a league's name that make it the competition: "Vekla League matches", "the Tolby League
 * table". ("the X League leaders called for a boycott", "the X League round of talks": a party's
 * league has leaders, rounds and titles too, so only a game's words make the competition.)
 */
const LEAGUE_PLAY = new Set(['match', 'matches', 'fixture', 'fixtures', 'game', 'games', 'season', 'table', 'standings', 'playoffs', 'play-offs']);
/** Rank words before "in the" and a league besides ordinal words: "4th in the …", "first place in the …", "bottom in the …" ("a senior position in the X League" is a post). */
const TABLE_RANKS = /^(?:\d{1,2}(?:st|nd|rd|th)|top|bottom|place|unbeaten)$/u;

/**
 * The league named by tokens[first..last] is ranked in or played: "top of the X League", "fourth in the X
 * League", "results from the X League", "X League matches" (the Arab League, the Muslim League are none of these).
 */
/**
 * The church's name at tokens[first] follows "at" (or "at the") after "held" or a rite: "will be held
 * at X", "a requiem mass at the X", "married at X".
 */
function isRiteVenue(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  let b = first - 1;
  if (tokens[b]?.normal === 'the') b--;
  if (tokens[b]?.normal !== 'at' || tokens[b].sentence !== sentence || tokens[b - 1]?.sentence !== sentence) return false;
  return /^(?:held|funeral|mass|service|requiem|wedding|buried|married|baptised|baptized|christened|vigil)$/u.test(tokens[b - 1].normal);
}

function isCompetitionLeague(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  const at = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  const after = at(last + 1);
  if (after && /^\p{Ll}/u.test(after.text) && tokens[last].post === ' ' && LEAGUE_PLAY.has(after.normal)) return true;
  if (at(first - 1)?.normal !== 'the') return false;
  // ("Top of the X League agenda": a noun after the league is what ranks, not the league.)
  if (after && /^\p{Ll}/u.test(after.text) && tokens[last].post === ' ' && after.tags.has('Noun') && !after.tags.has('Verb') && !/^(?:this|last|next)$/u.test(after.normal)) return false;
  const [p1, p2] = [at(first - 2), at(first - 3)];
  if (p1?.normal === 'of' && /^(?:top|bottom|foot|summit|head)$/u.test(p2?.normal ?? '')) return true;
  if (p1?.normal === 'in' && !!p2 && (isOrdinalWord(p2.normal) || TABLE_RANKS.test(p2.normal))) return true;
  return p1?.normal === 'from' && /^(?:results|scores)$/u.test(p2?.normal ?? '');
}

function isPluralNoun(t: Token): boolean {
  const singular = singularize(t.normal);
  return t.tags.has('Plural') || (singular !== t.normal && isEnglishWord(singular));
}

/** "Growers", "Workers": a plural noun whose singular the dictionary holds (a surname such as "Vekkers" is no such noun). */
function isDictionaryPlural(t: Token): boolean {
  return isPluralNoun(t) && isEnglishWord(singularize(t.normal));
}

/**
 * "ACCRA —", "LAGOS, June 28 (Wire) -", "KESTLEFORD, Minn. —", "MUMBAI:": a line opening with a name in
 * capitals, then a dash, a colon, or a comma and a date, a state or a known place, is a dateline:
 * the name is the town the story was filed from.
 */
function isDateline(doc: SegmentedDocument, sentence: Sentence, f: number, l: number): boolean {
  const { tokens, text } = doc;
  const lineStart = f === sentence.firstToken || /\n\s*$/u.test(tokens[f - 1]?.post ?? '') || /\n\s*$/u.test(tokens[f].pre);
  const name = text.slice(tokens[f].start, tokens[l].end);
  if (!lineStart || /\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return false;
  const post = tokens[l].post;
  if (/^\s*(?:[—–]|-(?=\s)|:)/u.test(post)) return true;
  // "GENEVA (Vekwire) —": the wire's name in brackets between the town and the dash.
  if (/^\s*\([^()\n]{1,40}\)\s*(?:[—–]|-(?=\s)|:)/u.test(text.slice(tokens[l].end, tokens[l].end + 48))) return true;
  const next = tokens[l + 1];
  if (!/^\s*,/u.test(post) || !next) return false;
  // "AL-AIN, United Arab Emirates 1996-12-06": a known place and a date after it.
  // ("LAGOS, May 2 -": "May" before a day is the month.)
  // ("KORVANE, Nepal — Outside the school gates", "VEKTON, St Tolva — The gym …": a country or a region
  // of up to three capitalised words, listed or not, and a dash close the dateline without a date.)
  // ("PORT-OF-SPAIN, Trinidad (Vekwire) -": the wire's name in brackets may stand before the dash.)
  if (/^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–]|-(?=\s))/u.test(text.slice(tokens[l].end, tokens[l].end + 100))) return true;
  // ("TOLBY, São Tomé and Príncipe - The racks …": a country whose name holds "and".)
  if (/^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*\s*(?:[—–]|-(?=\s))/u.test(text.slice(tokens[l].end, tokens[l].end + 60))) return true;
  return isDateWord(next) || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/u.test(next.normal) || (next.normal === 'may' && /^\d{1,2}$/u.test(tokens[l + 2]?.text ?? '')) || isStateAbbreviation(next) || ((isKnownPlace(next.text) || next.tags.has('Country') || next.tags.has('Place')) && /\d/u.test(text.slice(tokens[l].end, sentence.end)));
}

/** The offset where the line holding tokens[i] starts. */
function sentenceLineStart(doc: SegmentedDocument, i: number): number {
  return doc.text.lastIndexOf('\n', doc.tokens[i].start - 1) + 1;
}

/** tokens[i] opens a dateline: it and the capitalised words after it on the line form one (isDateline). */
function opensDateline(doc: SegmentedDocument, sentence: Sentence, i: number): boolean {
  let j = i;
  while (j + 1 < sentence.lastToken && doc.tokens[j].post === ' ' && !/\p{Ll}/u.test(doc.tokens[j + 1].text) && /\p{Lu}/u.test(doc.tokens[j + 1].text)) j++;
  return isDateline(doc, sentence, i, j);
}

/** "Minn.", "Conn.", "N.Y.": an AP abbreviation of a US state, with its dot. */
function isStateAbbreviation(t: Token): boolean {
  const abbreviation = t.normal.replace(/\.$/u, '');
  return /^\p{Lu}/u.test(t.text) && (t.post.startsWith('.') || t.text.endsWith('.')) && (AP_STATE_ABBREVIATIONS.has(abbreviation) || CP_PROVINCE_ABBREVIATIONS.has(abbreviation));
}

/** Prefixes English writes with a hyphen before a word ("Co-author", "Ex-minister"; Wikipedia, "English prefixes"). */
const ENGLISH_PREFIXES = new Set(['co', 'ex', 'non', 'pre', 'post', 'anti', 'pro', 'self', 'vice', 'mid', 'semi', 'sub', 'super', 'ultra', 'multi', 'inter', 'counter', 'over', 'under', 'cross']);

/**
 * Post-nominal letters (Wikipedia, "Post-nominal letters": honours, offices, learned degrees) that
 * follow a person's name and are not part of it: "Iain Vekland KC", "Dana Ruiz MP".
 */
// ("SAN": Senior Advocate of Nigeria, written in capitals after the name.)
const POST_NOMINALS = new Set(['kc', 'qc', 'sc', 'san', 'mp', 'msp', 'ms', 'mla', 'mpp', 'mep', 'td', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'frs']);

/** "Iain Vekland KC": the name without trailing post-nominals, which mark a person. */
function trimPostNominals(tokens: Token[], part: Part): Part {
  let last = part.last;
  while (last > part.first + 1 && /^\p{Lu}{2,4}$/u.test(tokens[last].text.replace(/[’']s$/u, '')) && POST_NOMINALS.has(tokens[last].normal.replace(/[’']s$/u, ''))) last--;
  return last === part.last ? part : { ...part, last, titles: [...part.titles, ...tokens.slice(last + 1, part.last + 1).map((t) => t.normal)] };
}

/** Middle words of C-suite titles ("Chief Financial Officer", "Chief Human Resources Officer"). */
const C_SUITE = new Set(['operating', 'financial', 'technology', 'information', 'marketing', 'executive', 'commercial', 'investment', 'legal', 'digital', 'data', 'risk', 'security', 'medical', 'nursing', 'people', 'product', 'revenue', 'strategy', 'sustainability', 'compliance', 'communications', 'human', 'resources', 'science', 'scientific', 'creative', 'diversity', 'customer', 'content']);

/** Kinds of creative work a story puts before a work's title ("the album X", "his novel, X,"). */
/** Messages and works' parts that come from a sender or a maker ("a letter from Vekla", "the new track from Burnavek"). */
const MESSAGE_NOUNS = new Set(['letter', 'letters', 'message', 'messages', 'statement', 'email', 'call', 'calls', 'note', 'track', 'tracks', 'line', 'lines', 'verse', 'quote', 'offer', 'bid', 'request', 'complaint', 'warning', 'invitation', 'reply', 'response']);

const WORK_KINDS = new Set(['album', 'albums', 'song', 'single', 'film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'play', 'musical', 'opera', 'poem', 'painting', 'sculpture', 'series', 'sitcom', 'podcast', 'collection', 'anthology', 'symphony', 'ballet', 'exhibition', 'video', 'game', 'app', 'report', 'programme', 'program']);

/** Heads of bodies numbered by an ordinal: military units, fleets, circuit courts and districts. */
const ORDINAL_BODY_HEADS = new Set(['division', 'brigade', 'battalion', 'regiment', 'corps', 'fleet', 'army', 'squadron', 'wing', 'infantry', 'cavalry', 'appeals', 'circuit', 'court', 'congress', 'parliament', 'amendment']);

/** Kinds of body that may open a sentence before a name and never open one ("Bank Vekla", "Group Tolv" do). */
const BODY_KIND_OPENERS = new Set(['brokerage', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'planemaker', 'steelmaker', 'retailer', 'lender', 'insurer', 'broadcaster', 'newspaper', 'publisher', 'conglomerate', 'brewer', 'supplier', 'distributor', 'regulator', 'watchdog', 'broker', 'startup', 'rival', 'forecaster', 'consultancy', 'miner', 'refiner', 'shipper', 'exporter', 'producer', 'manufacturer', 'developer', 'operator']);

function isBodyKindOpener(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return BODY_KIND_OPENERS.has(t.normal) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.post === ' ' && (i === 0 || tokens[i - 1].sentence !== t.sentence || /[“"‘(:—–]\s*$/u.test(t.pre));
}

/** Levels of courts, which open judges' titles ("District Judge", "Circuit Judge", "Superior Court Judge" minus "Court"). */
const COURT_LEVELS = new Set(['district', 'circuit', 'county', 'superior', 'supreme', 'federal', 'state', 'municipal', 'magistrate', 'magistrates', 'crown', 'appeals', 'appellate', 'family', 'probate', 'bankruptcy', 'tax']);

/** Government portfolios, which open ministers' titles ("Energy Minister", "Health Secretary"). */
const PORTFOLIO_WORDS = new Set(['services', 'affairs', 'energy', 'health', 'finance', 'trade', 'economy', 'interior', 'defense', 'defence', 'foreign', 'justice', 'security', 'education', 'transport', 'environment', 'agriculture', 'culture', 'labour', 'labor', 'housing', 'water', 'power', 'industry', 'tourism', 'sport', 'sports']);

/** Services a US special district is named for (Census of Governments' function codes): "Health District", "School District". */
const SPECIAL_DISTRICT_SERVICES = new Set(['health', 'school', 'water', 'fire', 'transit', 'irrigation', 'sanitation', 'sewer', 'utility', 'hospital', 'library', 'conservation', 'drainage', 'park', 'parks', 'housing', 'port', 'airport', 'cemetery', 'mosquito']);

/** Road heads a number follows: "State Highway 9", "Route 9", "Interstate 84". */
/** Words of roads and traffic that make a letter and a number a road ("the A38 was closed after a crash"). */
const ROAD_WORDS = new Set(['road', 'roads', 'junction', 'motorway', 'carriageway', 'traffic', 'lane', 'lanes', 'crash', 'collision', 'lorry', 'truck', 'trucks', 'van', 'bypass', 'roundabout', 'northbound', 'southbound', 'eastbound', 'westbound', 'exit', 'highway', 'route', 'motorists', 'drivers', 'roadworks', 'toll', 'interchange', 'flyover', 'diversion', 'diverted', 'closed', 'reopened', 'stretch', 'widen', 'widening', 'potholes', 'convoy', 'robbed', 'ambushed']);
const ROAD_HEADS = new Set(['highway', 'route', 'interstate', 'motorway', 'freeway', 'expressway']);

/**
 * The kinds of street and road that close a street's name in English, from OpenStreetMap's
 * highway=* ways as their names end ("Vekla Road", "Tolby Avenue", "the Orsund Expressway"); no
 * surname ends so, except "Street" (and "Lane", "Way", "Drive", left out).
 */
const STREET_NAME_HEADS = new Set(['street', 'road', 'avenue', 'boulevard', 'highway', 'freeway', 'motorway', 'expressway', 'parkway', 'tollway', 'turnpike']);

/**
 * "a workshop off Ana Tolvekti Street", "shops on Maria Vekla Road": a street is often named after a
 * person, given name and all, and its kind closes the name; so a name closed by a street's kind is the
 * street, not a person with that surname ("Della Street", two words, may still be one: "Street" only
 * after two words or more).
 */
function isRoadName(words: readonly Token[]): boolean {
  const head = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}/u.test(head.text) || !STREET_NAME_HEADS.has(head.normal)) return false;
  return head.normal !== 'street' || words.length >= 3;
}

/** Kinds of centre that are venues (OpenStreetMap amenity values conference_centre, community_centre, arts_centre, events_venue, exhibition_centre; shop=mall). */
const VENUE_CENTRES = new Set(['convention', 'conference', 'exhibition', 'community', 'arts', 'events', 'civic', 'shopping', 'leisure', 'aquatic', 'aquatics', 'sports', 'recreation', 'fitness']);
/** tokens[first..last] are a short surname and a hyphenated Korean or Chinese given name: "Vek Min-jae", "Ko Ka-ho". */
function isEastAsianName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first !== 2 || tokens[first].post !== ' ' || tokens[first + 1].post !== '-') return false;
  const given = `${tokens[first + 1].text}-${tokens[last].text}`;
  return /^\p{Lu}\p{Ll}{0,4}$/u.test(tokens[first].text) && EAST_ASIAN_GIVEN.test(given) && !COMPOUND_ADJECTIVE_ENDS.test(given);
}

/** "And" in German, Polish and Czech, Spanish, French, Italian and Portuguese, Danish and Norwegian, Swedish, Dutch and Turkish. */
const FOREIGN_AND = new Set(['und', 'i', 'y', 'et', 'e', 'og', 'och', 'en', 've']);

/** Second parts of compound adjectives a name opens: "Hong Kong-based", "Tolva-led", "Vek-owned". */
const COMPOUND_ADJECTIVE_ENDS = /-(?:based|born|led|made|owned|run|backed|style|wide|bound|era|class|level|free|like|only|funded|listed|focused|sized|area|type)$/u;

/** A country, a region or a known place's name in one word ("Saskatchewan", "Kenya"), not a head like "Bay". */
function isRegionWord(t: Token): boolean {
  return (t.tags.has('Region') || t.tags.has('Country') || isKnownPlace(t.text)) && !PLACE_HEADS.has(t.normal);
}

// Place heads from other languages that are also given names: "Ganga" (a river in South Asian
// names, and a common Nepali and Indian given name). "Krai" and "Mt" are no given names.
const GIVEN_NAME_HEADS = new Set(['ganga']);

/** A place's head word that is also a given name ("Ganga"), capitalised and untagged as a place. */
function isForeignHeadWord(t: Token): boolean {
  return GIVEN_NAME_HEADS.has(t.normal) && /^\p{Lu}\p{Ll}+$/u.test(bare(t)) && !['Place', 'Country', 'City', 'Region', 'Organization'].some((tag) => t.tags.has(tag));
}

/** "Quarrie", "Vekau-Otolo", "Ka-lok": a capitalised word (or hyphenated pair) that no English dictionary, place list or head list knows. */
function isForeignNameWord(t: Token): boolean {
  const word = bare(t);
  if (!/^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(word)) return false;
  // The dictionary has no proper adjectives or planets: "Canadian Saturn" is no person.
  if (['Demonym', 'Place', 'Country', 'City', 'Region', 'Organization', 'Month', 'WeekDay'].some((tag) => t.tags.has(tag))) return false;
  return word.split('-').every((part) => !isEnglishWord(part.toLowerCase())) && !isKnownPlace(word) && !ORGANIZATION_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal);
}

/** "Putin", "V.", "O'Brien", "al-Assad": not an acronym ("Mac OS X"), a place or a body's head. */
function looksLikeSurname(t: Token): boolean {
  if (/^\p{Lu}\.?$/u.test(t.text)) return true;
  // ("tSeoda": an Irish surname's mutated word.)
  // ("Grace Mining", "Ella Energy": an industry's name no surname takes closes a firm's name.)
  return /^(?:\p{Lu}[\p{Ll}’'-]|\p{Ll}{1,3}-\p{Lu}|[tnh]\p{Lu}\p{Ll})/u.test(t.text) && !isKnownPlace(bare(t)) && !STRONG_ORGANIZATION_HEADS.has(t.normal) && !SURNAMELESS_INDUSTRY_HEADS.has(t.normal);
}

/** "adviser Mykola Vekchuk"; "Oleh Tolvenko, a reporter," : a lower-case title or role around a name. */
function hasPersonFrame(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  // ("left-arm seamer Wessel van Tol", "defence counsel Ana Vek": a player's position or a court role before the name.)
  if (before && before.sentence === tokens[first].sentence && /^\p{Ll}/u.test(before.text) && before.post.trim() === '' && (STRONG_PERSON_TITLES.has(before.normal) || PERSON_DESCRIPTIONS.has(before.normal) || ((LEGAL_AND_DIPLOMATIC_ROLES.has(before.normal) || (TEAM_ROLES.has(before.normal) && !PERSONAL_TEAM_ROLES.has(before.normal) && !/^(?:squad|fans|supporters|players)$/u.test(before.normal))) && !tokens.slice(first, last + 1).some((t) => t.tags.has('Organization') || ORGANIZATION_HEADS.has(t.normal))))) return true;
  if (!/^,/u.test(tokens[last].post)) return false;
  for (let k = last + 1; k < Math.min(tokens.length, last + 6) && tokens[k].sentence === tokens[last].sentence; k++) {
    const t = tokens[k];
    const lower = /^\p{Ll}/u.test(t.text);
    // "X, an official said": the role is the subject of the next verb, not an appositive.
    const next = tokens[k + 1];
    if (lower && (PERSON_DESCRIPTIONS.has(t.normal) || STRONG_PERSON_TITLES.has(t.normal))) return (/^(a|an|the)$/u.test(tokens[last + 1].normal) || k === last + 1) && !(next && next.sentence === t.sentence && next.tags.has('Verb') && t.post.trim() === '');
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Demonym') || t.tags.has('Noun'))) return false;
  }
  return false;
}

function speaksSoonAfter(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < Math.min(tokens.length, last + 5); k++) {
    if (tokens[k].sentence !== tokens[last].sentence) return false;
    if (REPORTING_VERBS.has(tokens[k].normal) && tokens[k].tags.has('Verb')) return true;
    if (/[,;:]/u.test(tokens[k - 1].post)) return false;
  }
  return false;
}

/**
 * Trades whose firms English calls houses (the "business or firm" sense of "house" in Wiktionary and
 * the OED: "trading house", "fashion house", "auction house", "publishing house", "finance house").
 */
const TRADE_HOUSES = new Set(['trading', 'fashion', 'couture', 'auction', 'publishing', 'brokerage', 'broking', 'design', 'investment', 'finance', 'record', 'software']);

const WORKS_NOUNS = new Set(['plant', 'factory', 'mill', 'refinery', 'works', 'shipyard']);

/** "rivals such as X", "towns including X": the plural noun whose examples the name opens, if any. */
function kindOfExamples(tokens: Token[], first: number): Token | undefined {
  const before = tokens[first - 1];
  const kind = before?.normal === 'as' && tokens[first - 2]?.normal === 'such' ? tokens[first - 3] : before?.normal === 'including' ? tokens[first - 2] : undefined;
  if (!kind || kind.sentence !== tokens[first].sentence || !/s$/u.test(kind.normal) || !/^\p{Ll}/u.test(kind.text) || !/^\s*,?\s*$/u.test(kind.post)) return undefined;
  return kind;
}

/** "automaker GM", "rival Samsung"; "Apple's shares", "GM's CEO". */
function hasOrganizationFrame(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  // "automaker Voltra", and with a comma: "its European division, Opel" (but "the union's Nevada
  // chapter": a possessive body owns what follows, it does not describe the name).
  if (before && before.sentence === tokens[first].sentence && ORGANIZATION_APPOSITIVES.has(singularize(before.normal)) && /^\s*,?\s*$/u.test(before.post) && !hasPossessive(before)) return true;
  // "payments start-up Vekla Pay": compromise splits "start-up" into "start", "up".
  if (before?.normal === 'up' && tokens[first - 2]?.normal === 'start' && tokens[first - 2].post === '-' && before.post === ' ') return true;
  // "larger rivals such as Zelcot Infotech and …", "lenders including Vekla Bank": examples of a kind of body.
  const kind = kindOfExamples(tokens, first);
  if (kind && ORGANIZATION_APPOSITIVES.has(singularize(kind.normal))) return true;
  // "the assembly plant Automobile Zarnova": a works named right after its noun is run by a body
  // (after the name, "X, the largest nuclear plant", the noun may describe the site alone).
  if (before && before.sentence === tokens[first].sentence && WORKS_NOUNS.has(before.normal) && before.post === ' ') return true;
  const after = tokens[last + 1];
  // ("Arvid Holm's government": a leader has a government; a given name opening the name says person.)
  const leader = first < last && (isGivenName(tokens[first].text) || isWorldGivenName(tokens[first].text)) && !!after && LEADER_POSSESSIONS.has(after.normal);
  return hasPossessive(tokens[last]) && !!after && ORGANIZATION_POSSESSIONS.has(after.normal) && !leader;
}

/**
 * "the CSI 300 rose", "the Vekla 40 index": after "the", a number of two to four digits that a market
 * verb or "index" follows is a stock index's number, part of its name. The length (code points) of
 * " 300" after tokens[last], or 0.
 */
function stockIndexNumber(doc: SegmentedDocument, first: number, last: number): number {
  const { tokens } = doc;
  const [number, next] = [tokens[last + 1], tokens[last + 2]];
  if (tokens[first - 1]?.normal !== 'the' || !number || !next || tokens[last].post !== ' ' || number.post !== ' ' || !/^\d{2,4}$/u.test(number.text) || next.sentence !== number.sentence) return 0;
  return STOCK_MOVES.has(next.normal) || /^(?:index|indices|rises|falls|gains|loses|slips|adds|closed|closes|ended|ends|drops|climbs|jumps|eases|sheds|was|is|hit|hits|finished|opened)$/u.test(next.normal) ? 1 + number.text.length : 0;
}

function mention(doc: SegmentedDocument, first: number, last: number, type: EntityType, titles: string[]): EntityMention {
  const start = doc.tokens[first].start + (/^[#@]/u.test(doc.tokens[first].text) ? 1 : 0);
  let end = doc.tokens[last].end;
  const possessive = /[’'][sS]$/u.exec(doc.text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  // "Apple Inc.", "William Ford Jr.": the abbreviation's dot is part of the name. ("… through his
  // company, Tolbeg Roofing Pty Ltd.⏎": English writes one full stop after an abbreviation that ends a
  // sentence, and a paragraph's last stop is the sentence's, not the company's; "Vekla Inc., the firm
  // said" keeps its dot.)
  const lastToken = doc.tokens[last];
  if (!possessive && CORPORATE_SUFFIXES.has(lastToken.normal) && doc.text[end] === '.' && !/^[ \t]*(?:\n|$)/u.test(doc.text.slice(end + 1))) end++;
  // "Shahed-136", "MiG-29": a model number is part of the product's name.
  const model = possessive ? null : /^-\d{1,5}[A-Za-z]?(?![\p{L}\d])/u.exec(doc.text.slice(end, end + 8));
  if (model) end += model[0].length;
  // "OPEC+", "Canal+": a plus sign closing a name is part of it.
  if (!possessive && doc.text[end] === '+' && !/[\p{L}\p{N}]/u.test(doc.text[end + 1] ?? '')) end++;
  // "State Highway 9": a road's number is part of its name.
  // ("County Road 401", "Provincial Road 12": a numbered road of a county's or a province's network.)
  const numberedRoad = ROAD_HEADS.has(lastToken.normal) || (lastToken.normal === 'road' && /^(?:county|state|provincial|national|regional|township|forest|farm)$/u.test(doc.tokens[last - 1]?.normal ?? '') && last > first);
  const road = possessive || !numberedRoad ? null : /^ \d{1,4}(?![\p{L}\d,.]\d)(?=[\s,.;:)]|$)/u.exec(doc.text.slice(end, end + 6));
  if (road && type === 'place') end += road[0].length;
  if (!possessive && type === 'other') end += stockIndexNumber(doc, first, last);
  const text = doc.text.slice(start, end);
  return { start, end, text, type, name: text.replace(/\s+/gu, ' '), titles };
}

/**
 * Types shared inside one document: a one-word name takes the type of the
 * person whose surname it is; an untyped one takes that of the organisation
 * whose first word it is, or of the same name typed elsewhere in the document.
 */
function shareTypesInDocument(mentions: EntityMention[]): EntityMention[] {
  const surnames = new Map<string, EntityType>();
  const leadWords = new Map<string, EntityType>();
  const byName = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (m.type === 'other') continue;
    const words = m.name.split(' ');
    if (words.length >= 2 && m.type === 'person') surnames.set(words[words.length - 1], 'person');
    // ("Vek Min-seo … Vek": a hyphenated East Asian given name follows the surname.)
    if (words.length === 2 && m.type === 'person' && EAST_ASIAN_GIVEN.test(words[1])) surnames.set(words[0], 'person');
    // ("Octavio Vekarra Tolz … Vekarra", "Wekesa Tolva Vekotho … Tolva": a Spanish paternal surname or a
    // Kenyan father's name stands between the given name and the last word, and is used alone too.)
    if (words.length >= 3 && m.type === 'person') for (const w of words.slice(1, -1)) if (/^\p{Lu}\p{Ll}+$/u.test(w)) surnames.set(w, 'person');
    if (words.length >= 2 && m.type === 'organization' && !PLACE_BODY_HEADS.has(words[words.length - 1].toLowerCase())) leadWords.set(words[0], 'organization');
    const counts = byName.get(m.name) ?? new Map<EntityType, number>();
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    byName.set(m.name, counts);
  }
  return mentions.map((m) => {
    // "Ana Nelson … Nelson said": a surname beats a town of the same name.
    // ("Vekoryan Cognac Works … Ana Vekoryan … Shares of Vekoryan fell": where a body of the document opens
    // with the surname too, a mention typed the body stays the body; typeByEvidence read its frame.)
    if (m.type !== 'person' && m.titles.length === 0 && surnames.has(m.name) && !m.name.includes(' ') && !(m.type === 'organization' && leadWords.has(m.name))) return { ...m, type: 'person' };
    if (m.type !== 'other') return m;
    const typed = byName.get(m.name);
    const majority = typed && [...typed.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    // (A word that ends a person's name and opens a body's takes the body's type where its own typed
    // mentions are the body's: "Vekoryan brandy profit falls … Shares of Vekoryan fell".)
    const type = surnames.has(m.name) && leadWords.has(m.name) && majority === 'organization' ? majority : surnames.get(m.name) ?? leadWords.get(m.name) ?? majority;
    return type ? { ...m, type } : m;
  });
}

/**
 * "Igreja Nossa Senhora da Vekla", "Musée Tolvane", "Neuadd Tolvek": a name of two words or more opened by
 * another language's word for a church, a museum, a theatre, a hall or a centre (BUILDING_OPENERS) is the
 * building, a place, as "Estadio Vekla" is; a title before it ("Father Iglesia") makes it no building's.
 * A weak vote: "Teatro Vekla, a touring company," is the company (the words are surnames too).
 */
function opensWithBuildingWord(words: readonly Token[], titles: readonly string[]): boolean {
  return words.length > 1 && titles.length === 0 && BUILDING_OPENERS.has(words[0].normal) && /^\p{Lu}/u.test(words[1].text);
}

/**
 * "'Mathabo Letsie, 58, said", "its secretary, 'Ana Vekalu,": Sesotho names ('M-, the mother's
 * prefix) and Polynesian ones (the glottal stop, written ' or ʻ) open with an apostrophe, which is
 * part of the name: each mention the tokenizer left right after one takes it in. A quotation's
 * opening single quote is closed later in its paragraph ("'Leave the sheep,' she said"), so a
 * paragraph that closes one keeps the name bare. Applied to the output only, after quotes are
 * attributed (attribution matches mentions to tokens by their first offset).
 */
export function withOpeningApostrophes(text: string, mentions: EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    const mark = text[m.start - 1];
    if (!mark || !/['’ʻ]/u.test(mark) || !/^\p{Lu}\p{Ll}/u.test(m.text) || (m.start > 1 && !/\s/u.test(text[m.start - 2]))) return m;
    const lineEnd = text.indexOf('\n', m.end);
    const rest = text.slice(m.end, lineEnd < 0 ? text.length : lineEnd);
    if (new RegExp(`${mark}(?!\\p{L})`, 'u').test(rest)) return m;
    return { ...m, start: m.start - 1, text: text.slice(m.start - 1, m.end) };
  });
}
