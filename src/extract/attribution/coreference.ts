// A small document-level coreference for speakers: from a source phrase ("he", "the company",
// "Hornets coach Dan Harlow", "the firm's chief executive, Ana Ruiz") to an entity mention of the
// same document, or to nobody. The rules, in order:
//   1. a person named in the phrase is the speaker; an organisation named right before a person
//      is the person's affiliation ("Acme CEO Dana Whitfield" → Dana Whitfield);
//   2. "he"/"she" → the nearest earlier person of agreeing gender: in the nearest sentence that
//      names one, the subject of its reporting verb, else its first person (gender from
//      honorifics, -woman titles and given names);
//   3. a definite description of a body ("the company", "the commission") → the nearest
//      organisation whose name has that head word, else one introduced with that noun, else
//      ("the regulator", "the agency") the one body the sentence before names beside its subject,
//      else (generic heads: company, firm, group …) the nearest organisation;
//   4. a definite description of a person ("the coach", "the minister") → the nearest person who
//      carried that title;
//   5. an indefinite description ("a top official", "one resident", "a spokesman for the firm")
//      names nobody: the speaker is null. So does anything else.
import type { EntityMention, Span } from '../../types.ts';
import { paragraphAt, singularize, tokenAt, type SegmentedDocument, type Token } from '../../segment/index.ts';
import { BODY_DESCRIPTIONS, CORE_REPORTING_VERBS, EVENT_HEADS, KINSHIP, ORGANIZATION_APPOSITIVES, ORGANIZATION_HEADS, PERSON_DESCRIPTIONS, PERSON_TITLES, PLACE_BODY_HEADS, PLACE_HEADS, REPORTING_NOUNS, TEAM_ROLES } from '../lexicon.ts';
import { genderOfGivenName, genderOfTitle, type Gender } from '../gender.ts';
import { isNationality } from '../gazetteer.ts';
import { determinerBefore, INDEFINITE } from './text.ts';
import { reportingLemma } from './verbs.ts';
import { escapeRegExp } from '../../util/regexp.ts';
import { createRequire } from 'node:module';

// The nouns that denote people, from WordNet's noun.person file (person-nouns.json says how it was
// made): "a retired nurse", "one pensioner" are people, though the tagger knows neither as one.
const WORDNET_NOUNS = createRequire(import.meta.url)('./person-nouns.json') as { nouns: string[]; records: string[] };
const PERSON_NOUNS = new Set(WORDNET_NOUNS.nouns);
// The nouns for a record or a writing, from the same file (first sense in noun.communication, none
// in noun.person): "diaries", "memoirs", "transcripts" of a person are that person's words.
const RECORD_NOUNS = new Set(WORDNET_NOUNS.records);

/**
 * Whether tokens[k] stands right before a lower-case common noun of its phrase, with no punctuation
 * between, so that it qualifies it ("major" in "a major storm") rather than heads the phrase.
 */
function qualifiesNext(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  // (an "-ing" word after a noun opens a participle's phrase, "a woman waiting outside", though the tagger may call it a noun)
  return !!next && next.sentence === tokens[k].sentence && /^\s+$/u.test(tokens[k].post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun') && !next.tags.has('Gerund') && !/ing$/u.test(next.normal);
}

/** The text with its first letter in lower case: a sentence's opening word read as any other ("Friends of …"). */
function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/**
 * True when a lower-case noun token denotes a person: the tagger's Actor tag or WordNet's list,
 * singular or plural, in American or British spelling ("neighbour" is WordNet's "neighbor").
 */
function denotesPerson(t: Token): boolean {
  if (t.tags.has('Actor')) return true;
  if (!t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Pronoun') || !/^\p{Ll}/u.test(t.text)) return false;
  return isPersonNoun(t.tags.has('Plural') ? singularize(t.normal) : t.normal);
}

/**
 * Whether a singular lower-case noun is one of WordNet's nouns for people (noun.person), in American
 * or British spelling ("neighbour" is WordNet's "neighbor").
 */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || (/our$/u.test(word) && PERSON_NOUNS.has(`${word.slice(0, -3)}or`));
}

/**
 * Nouns that say a person's age by its decade or its teens (Merriam-Webster's definitions:
 * a teenager is 13 through 19, an octogenarian 80 through 89 …), as [first, last] years.
 */
const AGE_RANGE_NOUNS = new Map<string, readonly [number, number]>([
  ['teenager', [13, 19]], ['teen', [13, 19]],
  ['quinquagenarian', [50, 59]], ['sexagenarian', [60, 69]], ['septuagenarian', [70, 79]],
  ['octogenarian', [80, 89]], ['nonagenarian', [90, 99]], ['centenarian', [100, 130]],
]);

// How far back a pronoun or description may look, in mentions: keeps odd texts linear.
const LOOKBACK_MENTIONS = 200;
// What stands between two names joined as one noun phrase: "X and Y", "X, 54, and his brother Y",
// "the minister, X, and the mayor, Y", "X and Mayor Y".
const COORDINATED = /^(?:\s*,\s*[^,.;:!?]{1,40},)?\s*,?\s*(?:and|&)\s+(?:(?:his|her|their|the|a|an|fellow)\s+)?(?:[\p{Ll}-]+,?\s+){0,3}(?:\p{Lu}\p{Ll}*\.?\s+){0,2}$/u;
// How many sentences before the nearest holder of a role a second holder makes "the judge" ambiguous.
const RIVAL_SENTENCES = 3;

export type SourceMethod = 'named' | 'pronoun' | 'description';

export interface Resolved {
  /** Index of the speaker's mention, or null when the phrase names nobody we can resolve. */
  mention: number | null;
  method: SourceMethod;
  /** The words that name the speaker ("he", "the company", "Hornets coach Dan Harlow"). */
  source: Span;
}

// Heads that describe any organisation, not one with that word in its name.
const GENERIC_BODY_HEADS = new Set(['company', 'firm', 'group', 'automaker', 'carmaker', 'maker', 'manufacturer', 'retailer', 'business', 'corporation', 'organization', 'organisation', 'statement', 'release', 'report', 'post', 'announcement', 'invitation', 'website', 'letter', 'newspaper', 'paper', 'broadcaster', 'network']);
// Nouns that fit a body of any kind, as wire copy names an acronym the second time ("the agency").
const ANY_BODY_NOUNS = new Set(['agency', 'organisation', 'organization', 'body', 'watchdog', 'regulator']);
// Heads that describe a sports club: "the club said", "the team said".
const TEAM_HEADS = new Set(['club', 'team', 'side']);
// Nouns for a company by its trade, as wire copy names the company of the story the second time
// ("Vekla Airways cancelled 40 flights. “…,” the carrier said"), each with the words of a name
// that say it is in that trade. A name whose kind word is of another trade or no trade ("Tolvik
// Savings Bank … the miner", "the Tolvik Harbour Board … the carrier") is not what the noun describes.
const TRADE_NAME_WORDS: Record<string, string[]> = {
  lender: ['bank', 'banks', 'bancorp', 'savings', 'credit', 'lending', 'finance', 'financial', 'mortgage', 'building', 'trust', 'capital'],
  insurer: ['insurance', 'assurance', 'mutual', 're', 'life'],
  reinsurer: ['re', 'reinsurance'],
  carrier: ['airlines', 'airline', 'airways', 'air', 'aviation', 'shipping', 'lines', 'logistics', 'railways', 'railway', 'railroad', 'rail', 'telecom', 'telecoms', 'telecommunications', 'wireless', 'mobile', 'communications', 'express', 'freight', 'cargo'],
  airline: ['airlines', 'airline', 'airways', 'air', 'aviation'],
  miner: ['mining', 'mines', 'metals', 'minerals', 'resources', 'gold', 'coal', 'copper', 'iron', 'nickel', 'lithium'],
  utility: ['power', 'energy', 'energies', 'electric', 'electricity', 'water', 'gas', 'light', 'utilities', 'utility'],
  operator: [],
  producer: ['oil', 'gas', 'petroleum', 'energy', 'steel', 'foods', 'chemicals', 'cement', 'materials', 'resources', 'mining', 'pictures', 'studios'],
  refiner: ['oil', 'petroleum', 'energy', 'refining', 'sugar'],
  exporter: [], importer: [], shipper: ['shipping', 'logistics', 'lines', 'freight'], brewer: ['brewery', 'brewing', 'beverages', 'breweries'],
  supplier: [], distributor: [], developer: ['properties', 'realty', 'software', 'games', 'homes', 'construction'], builder: ['construction', 'homes', 'engineering'],
  conglomerate: [], chipmaker: ['semiconductor', 'semiconductors', 'electronics'], drugmaker: ['pharmaceuticals', 'pharma', 'biotech', 'health', 'healthcare', 'laboratories', 'labs'],
  planemaker: ['aerospace', 'aviation', 'aircraft'], steelmaker: ['steel', 'metals'], shipbuilder: ['shipbuilding', 'marine', 'heavy'],
  brokerage: ['securities', 'capital', 'investments', 'financial'], broker: ['securities', 'capital', 'investments', 'financial'],
  startup: [], retailer: ['retail', 'stores', 'foods', 'apparel'], chain: ['stores', 'hotels', 'foods', 'retail', 'restaurants'],
};
// The heads of political parties' names other than "party" (as in the names of Wikipedia's lists of political parties by country).
const PARTY_NAME_HEADS = new Set(['movement', 'front', 'alliance', 'league', 'bloc', 'coalition', 'congress', 'union', 'democrats', 'republicans', 'socialists', 'greens', 'liberals', 'conservatives']);
// The trade nouns above that name a person in that trade as often as a company (an exporter, a broker).
const PERSON_TRADES = new Set(['exporter', 'importer', 'supplier', 'distributor', 'developer', 'builder', 'broker', 'producer', 'shipper', 'brewer', 'refiner', 'miner', 'operator']);
// The generic heads that describe a company (not a document of one: "the statement", "the report").
const COMPANY_HEADS = new Set(['company', 'firm', 'group', 'business', 'corporation', 'automaker', 'carmaker', 'maker', 'manufacturer', 'retailer']);
// Words that close a company's name without saying its trade: they are passed over to find the word that does.
const CORPORATE_CLOSERS = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'group', 'holdings', 'industries', 'enterprises', 'international', 'global', 'limited', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'se', 'ab', 'asa', 'oyj', 'spa', 'pty', 'bhd', 'tbk', 'and', '&']);
// Nouns for a person's role that a description can have as head ("the coach", "the spokeswoman").
// Title words that modify an office rather than name one ("Former", "Foreign", "Prime").
const MODIFIER_TITLES = new Set(['first', 'house', 'senate', 'vice', 'prime', 'crown', 'field', 'acting', 'former', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'health', 'justice', 'trade', 'energy', 'national', 'security', 'press', 'presidential', 'opposition', 'majority', 'minority']);
// (with a team's playing positions and staff: "Tolvik opener Dinesh Karthikeyan … the opener said"; not its groups, "the fans")
const PERSON_HEADS = new Set([...PERSON_DESCRIPTIONS, ...PERSON_TITLES, ...[...TEAM_ROLES].filter((w) => !/\s/u.test(w) && !['squad', 'fans', 'supporters', 'players'].includes(w))].filter((w) => w.length > 3 && !MODIFIER_TITLES.has(w)));
const BODY_HEADS = new Set([...BODY_DESCRIPTIONS, ...ORGANIZATION_HEADS, ...GENERIC_BODY_HEADS, ...Object.keys(TRADE_NAME_WORDS)].filter((w) => w.length > 3 && !['press', 'house', 'times', 'post', 'news', 'staff', 'capital', 'front', 'command', 'financial', 'mutual', 'trust'].includes(w)));

// The titles of the lists that are acronyms, written in capitals ("Labour MP Ana Vekla … “…,” the MP
// said", "the CEO said"): the length filter above drops them with "Mr", "Dr" and "Sen", no descriptions.
const ACRONYM_ROLES = new Set([...PERSON_DESCRIPTIONS, ...PERSON_TITLES].filter((w) => /^(?:mp|ceo|cfo|coo)$/u.test(w)).map((w) => w.toUpperCase()));

// Role nouns of the person-role lists that name the doer of a verb, with the verb's forms: "the
// founder" is whoever the story says founded something ("X founded the school", "a firm founded by X").
const AGENT_VERBS: Record<string, string> = { founder: 'founded|co-founded|founds', 'co-founder': 'co-founded|founded' };

/**
 * The verb forms an agent noun in "-er" of WordNet's person nouns is the doer of, by English
 * derivation (verb + "-er"/"-r"): "teacher" → teaches|teached|teachs|teachd …, "writer" → writes|wrote …
 * as regular forms ("X, 49, who teaches maths … the teacher said"); null for any other noun. The
 * forms that are no English word match nothing.
 */
function agentVerbs(word: string): string | null {
  if (Object.hasOwn(AGENT_VERBS, word)) return AGENT_VERBS[word];
  if (!/^\p{Ll}{3,}er$/u.test(word) || !PERSON_NOUNS.has(word)) return null;
  const stems = [word.slice(0, -2), word.slice(0, -1)];
  return stems.flatMap((stem) => [`${stem}s`, `${stem}es`, `${stem}ed`, `${stem}d`]).join('|');
}

// The playing positions of TEAM_ROLES, without a team's staff and groups: one player holds one.
const PLAYING_POSITIONS = new Set([...TEAM_ROLES].filter((w) => !/^(?:coach|manager|captain|skipper|squad|fans|supporters|players|boss)$/u.test(w)));

// The wire formulas for a source the story will not name ("on condition of anonymity", "who asked
// not to be identified", "who did not want to be named", "who was not authorised to speak publicly").
const ANONYMITY = /\b(?:anonymity|anonymously|(?:not|declined|refused)(?: (?:want|wish)(?:ed)?)? to be (?:named|identified)|not authori[sz]ed to (?:speak|comment|discuss|talk)|without being (?:named|identified))\b/iu;

/** Words that set a person apart from one named ("the other man", "a second witness"). */
const SETTING_APART = new Set(['other', 'another', 'second', 'third', 'fourth', 'unnamed', 'unidentified', 'anonymous', 'same', 'former']);

// The label of a picture's credit right before a name: "Photo: X", "(Picture by X", "Credit – X".
// (It opens its line, a bracket or a sentence: "an exhibition of photographs by X" is no credit.)
const CREDIT_BEFORE = /(?:^|[([\n]|[.!?]\s)\s*(?:photo(?:graph)?s?|pictures?|images?|credit|illustration)(?:\s+by)?\s*[:\-–—|/]?\s*$/iu;
// Kinship nouns and their inverse relations: if Kadia is his daughter, he is her father.
const KIN_INVERSE = new Map([...KINSHIP].flatMap(([w, kin]) => (kin.inverse ? [[w, kin.inverse] as const] : [])));

/** Person nouns that say the person's gender ("the older woman" is no man): the kinship nouns that say one, and these. */
const NOUN_GENDERS = new Map<string, Gender>([
  ...[...KINSHIP].flatMap(([w, kin]) => (kin.gender ? [[w, kin.gender] as [string, Gender]] : [])),
  ...['woman', 'girl', 'lady'].map((w) => [w, 'female'] as [string, Gender]),
  ...['man', 'boy', 'gentleman'].map((w) => [w, 'male'] as [string, Gender]),
]);

// The parts of the body that verbs of gesture take as their object ("shook her head", "shrugged his
// shoulders", "waved her hand"): the objects of Levin's (1993) "Verbs Involving the Body" (40.3).
const BODY_PARTS = new Set(['head', 'shoulders', 'shoulder', 'hand', 'hands', 'arm', 'arms', 'eyes', 'eye', 'face', 'fist', 'fists', 'finger', 'fingers', 'brow', 'eyebrows', 'lips', 'teeth', 'chin', 'foot', 'feet', 'knees', 'tears']);
/**
 * The gender a noun says of the one person it describes ("the woman", "the man"), or null; null too
 * for a kinship noun with an inverse ("the father" in "X, whose son Nii …"), which the kinship rules
 * resolve from the relation instead.
 */
function plainNounGender(word: string): Gender | null {
  return KIN_INVERSE.has(word) ? null : NOUN_GENDERS.get(word) ?? null;
}

// Nouns that fit any person, or the holder of any post ("Ana Vekla, a farmer, … the woman said").
const ANY_PERSON_NOUNS = new Set(['man', 'woman', 'leader', 'official', 'head', 'chief']);

// Nouns news uses for a person it will not name: "“…,” the source said" refers to no one the story names.
export const UNNAMED_SOURCE_NOUNS = new Set(['source', 'insider', 'person', 'individual', 'informant', 'whistleblower', 'caller', 'reader', 'viewer', 'listener', 'stranger', 'passer-by', 'bystander']);

// Abbreviated titles and the words they stand for, as news styles abbreviate them before a name
// (the AP Stylebook's "abbreviations and acronyms" and "titles" entries): "Sen. Marta Quiroga …
// “…,” the senator said" refers back to her.
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', lt: 'lieutenant', gen: 'general', col: 'colonel',
  maj: 'major', capt: 'captain', cmdr: 'commander', adm: 'admiral', sgt: 'sergeant', cpl: 'corporal',
  prof: 'professor', dr: 'doctor', supt: 'superintendent', insp: 'inspector', det: 'detective',
  rev: 'reverend', atty: 'attorney', amb: 'ambassador', pres: 'president', cllr: 'councillor', coun: 'councillor',
  // ("Justice Ana Reyvik granted an injunction. “…,” the judge said": the title of a judge of a
  // superior court in the Commonwealth, "Mr Justice X", and of a US supreme court's members.)
  justice: 'judge',
};

/** A title as the word a description uses: "Sen." → "senator", "Mayor" → "mayor". */
function titleWord(title: string): string {
  const t = title.toLowerCase().replace(/\.$/u, '');
  return TITLE_ABBREVIATIONS[t] ?? t;
}

/** A capitalised nationality noun ("Belgian", "Kenyan"), compromise's Demonym tag; not a country's name. */
function isNationalityNoun(t: Token): boolean {
  return (t.tags.has('Demonym') || isNationality(t.text)) && !t.tags.has('Country') && !t.tags.has('Plural') && /^\p{Lu}/u.test(t.text);
}

// A clause boundary right before a subject: a semicolon, or a conjunction that joins two clauses.
const CLAUSE_OPENING = /(?:;|,\s*(?:and|but|while|whereas)|\s(?:while|whereas|but))\s+$/u;
// The same without ", and": a semicolon or a contrast, after which the clause is the narrator's again.
const CONTRAST_OPENING = /(?:;|,?\s(?:while|whereas|but))\s+$/u;

export class Coreference {
  private readonly starts: number[];
  private readonly genders: (Gender | null)[];

  constructor(
    private readonly doc: SegmentedDocument,
    readonly mentions: readonly EntityMention[],
    private readonly insideQuote: (offset: number) => boolean,
    /** The subject of a sentence's reporting verb, if it has one (from frames.ts). */
    private readonly reportingSubject: (sentence: number) => number | null,
  ) {
    this.starts = mentions.map((m) => m.start);
    // Indexes built once, so that each lookup is constant time (a text may hold thousands of names).
    mentions.forEach((m, i) => {
      if (m.type !== 'person') return;
      const words = m.name.split(/\s+/u);
      if (words.length < 2) return;
      const last = words[words.length - 1];
      if (!this.byLastWord.has(last)) this.byLastWord.set(last, i);
      const names = this.byFirstWord.get(words[0]) ?? new Map<string, number>();
      if (!names.has(m.name)) names.set(m.name, i);
      this.byFirstWord.set(words[0], names);
    });
    this.genders = mentions.map((_, i) => this.genderOf(i));
    this.genderFromPossessives();
    this.genderFromRelations();
    for (const m of mentions) {
      const words = m.name.toLowerCase().split(/\s+/u);
      const last = words[words.length - 1];
      if ((m.type === 'organization' || m.type === 'other') && words.length >= 2 && /^\p{Ll}+$/u.test(last) && !EVENT_HEADS.has(last) && !PLACE_HEADS.has(last)) this.nameHeads.add(last);
    }
  }

  /**
   * Gender from the document itself: "Asked about the goal, Avery Tolvane pointed at her coach."
   * — a possessive "her"/"herself" ("his"/"himself") after the only person a sentence names (not in
   * the possessive: "Tolvane's wife … her") is that person's, and tells the gender of every mention
   * of that person (the full name, and the single word that ends it), over a given-name list (a name used for both, listed for one) but
   * never over a title ("Mr", "spokeswoman"). Conflicting evidence says nothing.
   */
  private genderFromPossessives(): void {
    const { tokens, sentences } = this.doc;
    const evidence = new Map<string, Gender | null>();
    const lastWord = (m: EntityMention) => m.name.split(/\s+/u).pop() ?? '';
    // ("Mira Korvane runs the farm with her father, Piet Korvane": two full names that share the last
    // word are two people of one family; a single word is the person whose full name it ends.)
    const key = (m: EntityMention) => (/\s/u.test(m.name) ? m.name : this.mentions[this.byLastWord.get(m.name) ?? -1]?.name ?? m.name);
    this.mentions.forEach((m, i) => {
      if (m.type !== 'person' || this.insideQuote(m.start) || /^[’']/u.test(this.doc.text.slice(m.end, m.end + 1))) return;
      const at = tokenAt(tokens, m.start);
      const s = sentences[tokens[at]?.sentence ?? -1];
      if (!s) return;
      const sEnd = tokens[s.lastToken]?.end ?? m.end;
      const sStart = tokens[s.firstToken]?.start ?? m.start;
      // the only person of the sentence
      for (let j = Math.max(0, i - 6); j < this.mentions.length && this.mentions[j].start < sEnd; j++) {
        const o = this.mentions[j];
        if (j !== i && o.start >= sStart && o.type === 'person' && !sameNameForm(o.name, m.name) && !this.insideQuote(o.start)) return;
      }
      // the subject of a finite verb right after it ("Tolvane pointed"), in a sentence with no "she"/"he"
      // of its own (in "Born to X, she began … her grandfather" the "her" is the pronoun's)
      // (or right after an apposition: "A neighbour, Marek Tolby, brought his tractor", "Marek Tolby, 54, brought …")
      const past = this.pastApposition(m, s.firstToken, s.lastToken);
      const verb = tokens[past ?? tokenAt(tokens, m.end)];
      if (!verb || verb.start < m.end || (past === null && /[,;:]/u.test(this.doc.text.slice(m.end, verb.start))) || !verb.tags.has('Verb') || verb.tags.has('Gerund') || !(verb.tags.has('PastTense') || verb.tags.has('PresentTense'))) return;
      let found: Gender | null | undefined;
      for (let k = tokenAt(tokens, m.end); k <= s.lastToken && k < tokens.length; k++) {
        const t = tokens[k];
        if (this.insideQuote(t.start)) continue;
        if (/^(she|he)$/u.test(t.normal)) return;
        // ("met her at the shelter": an object "her" is no possessive; "her coach" is, a noun after it.)
        const nextWord = tokens[k + 1];
        // ("called her “strict about breathing”": nor is one before a quotation mark.)
        const possessive = !/[,;:.!?]/u.test(t.post) && nextWord !== undefined && nextWord.sentence === t.sentence && !/["“”]/u.test(this.doc.text.slice(t.end, nextWord.start)) && (nextWord.tags.has('Noun') || nextWord.tags.has('Adjective')) && !nextWord.tags.has('Pronoun') && !nextWord.tags.has('Preposition');
        const g: Gender | null = (t.normal === 'her' && possessive) || t.normal === 'herself' ? 'female' : (t.normal === 'his' || t.normal === 'himself') ? 'male' : null;
        if (g === null) continue;
        found = found === undefined || found === g ? g : null;
      }
      if (found === undefined) return;
      evidence.set(key(m), evidence.has(key(m)) && evidence.get(key(m)) !== found ? null : found);
    });
    if (!evidence.size) return;
    this.mentions.forEach((m, i) => {
      if (m.type !== 'person' && m.type !== 'other') return;
      const g = evidence.get(key(m));
      if (!g || m.titles.some((t) => genderOfTitle(t) !== null)) return;
      const fuller = this.byLastWord.get(lastWord(m));
      if (fuller !== undefined && this.mentions[fuller].titles.some((t) => genderOfTitle(t) !== null)) return;
      // ("Maisie Korvane played one of his guitars": a possessive that disagrees with the given name
      // may well be another person's, the one the story is about; the two kinds of evidence cancel.)
      this.genders[i] = this.genders[i] !== null && this.genders[i] !== g ? null : g;
    });
  }

  /**
   * The token after an apposition that leaves the name `m` its sentence's subject: a name in
   * apposition to a short opening noun phrase ("A neighbour, Marek Tolby, brought …": the token
   * after the name's comma) or a short appositive after the name, opened by an age, an article, a
   * possessive or "who" ("Marek Tolby, 54, brought …", "Marek Tolby, a farmer, brought …": the token
   * after its closing comma). Null otherwise.
   */
  private pastApposition(m: EntityMention, first: number, last: number): number | null {
    const { tokens, text } = this.doc;
    const at = tokenAt(tokens, m.end);
    const name = tokenAt(tokens, m.start);
    if (at >= last || !/^\s*,\s*$/u.test(text.slice(m.end, tokens[at].start))) return null;
    const opening = tokens.slice(first, name);
    if (opening.length >= 2 && opening.length <= 4 && /,\s*$/u.test(opening.at(-1)!.post) && /^(?:a|an|the|one|his|her|their)$/u.test(opening[0].normal) && opening.slice(1).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !t.tags.has('Verb') && t.post.trim() === (t === opening.at(-1) ? ',' : ''))) return at;
    if (!/^(?:\d{1,3}|a|an|the|his|her|their|who)$/u.test(tokens[at].normal)) return null;
    for (let k = at; k < Math.min(last - 1, at + 8); k++) {
      if (/[;:“”"(]/u.test(tokens[k].post)) return null;
      if (/,/u.test(tokens[k].post)) return k + 1;
    }
    return null;
  }

  /**
   * Gender from a noun of kinship the story gives a person it names: "Tomas Korvane's daughter,
   * Ana,", "his wife, Ana Reyvik,", "Jonas Lind, her son," — the noun's gender ("daughter" is a
   * woman's), for every mention of that person whose gender nothing else told.
   */
  private genderFromRelations(): void {
    // (and nouns of a role that carry the gender: "Ana Reyvik, a businesswoman,", "spokesman Tomas Korvane")
    const nouns = [...NOUN_GENDERS.keys(), '\\p{Ll}+woman', '\\p{Ll}+(?<!wo)man'].join('|');
    const before = new RegExp(`(?:^|\\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|\\p{Lu}[\\p{L}-]*[’']s?)\\s+(?:\\p{Ll}+\\s+)?(${nouns})s?,?\\s+$`, 'u');
    const after = new RegExp(`^,\\s+(?:\\d{1,3},\\s+)?(?:his|her|their|the|a|\\p{Lu}[\\p{L}-]*[’']s?)\\s+(?:\\p{Ll}+\\s+)?(${nouns})(?=\\s*[,.;)]|\\s+(?:of|at|from|for|in|on|with|who|and)\\b)`, 'u');
    const found = new Map<string, Gender | null>();
    this.mentions.forEach((m) => {
      if (m.type !== 'person' || this.insideQuote(m.start)) return;
      const b = before.exec(this.doc.text.slice(Math.max(0, m.start - 50), m.start));
      const a = b ? null : after.exec(this.doc.text.slice(m.end, m.end + 60));
      const noun = (b ?? a)?.[1];
      if (!noun) return;
      const g = NOUN_GENDERS.get(noun) ?? (/woman$/u.test(noun) ? 'female' : 'male');
      found.set(m.name, found.has(m.name) && found.get(m.name) !== g ? null : g);
    });
    if (!found.size) return;
    this.mentions.forEach((m, i) => {
      if (this.genders[i] !== null || (m.type !== 'person' && m.type !== 'other')) return;
      const full = /\s/u.test(m.name) ? m.name : this.mentions[this.byLastWord.get(m.name) ?? -1]?.name;
      const g = found.get(m.name) ?? (full !== undefined ? found.get(full) : undefined);
      if (g) this.genders[i] = g;
    });
  }

  /** The last words of the bodies' names of two words or more ("embassy" of "the Vekland Embassy"), lower case. */
  private readonly nameHeads = new Set<string>();

  /** The first person mention of two words or more ending in a word, and the fuller names starting with one. */
  private readonly byLastWord = new Map<string, number>();
  private readonly byFirstWord = new Map<string, Map<string, number>>();

  /** The source phrases of quotations given to a person the story does not name ("an officer"), by sentence. */
  private readonly unnamedSpeakers = new Map<number, Span>();

  /** Records that sentence `s` has a quotation framed by `source`, a description that names nobody. */
  noteUnnamedSpeaker(s: number, source: Span): void {
    if (!this.unnamedSpeakers.has(s)) this.unnamedSpeakers.set(s, source);
  }

  /**
   * True when a sentence from `first` to `last` (before `offset`) holds a quotation framed by an
   * unnamed person that "he"/"she" of `gender` may be: one noun, not of the other gender.
   */
  private unnamedSpeakerBetween(first: number, last: number, offset: number, gender: Gender): boolean {
    for (let s = first; s <= last; s++) {
      const source = this.unnamedSpeakers.get(s);
      if (!source || source.start >= offset) continue;
      const head = this.doc.tokens[tokenAt(this.doc.tokens, source.end) - 1];
      if (!head || head.tags.has('Plural')) continue;
      const noun = singularize(head.normal);
      const nounGender = plainNounGender(noun) ?? (/.woman$/u.test(noun) ? 'female' : /.man$/u.test(noun) ? 'male' : null);
      // (a person's noun only: "the government said" frames a body, whom no "he" re-describes)
      const person = nounGender !== null || this.isPersonRole(head) || denotesPerson(head) || KINSHIP.has(noun) || UNNAMED_SOURCE_NOUNS.has(noun);
      if (person && (nounGender === null || nounGender === gender)) return true;
    }
    return false;
  }

  /** Index of the first mention starting at or after offset. */
  firstMentionAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mention that ends at a token's end (the token may carry a possessive or a dot the mention left out). */
  mentionEndingAt(end: number): number | null {
    const at = this.firstMentionAt(end);
    for (let i = Math.min(at, this.mentions.length - 1); i >= 0 && i >= at - 3; i--) {
      const m = this.mentions[i];
      if (m.end <= end && end - m.end <= 2) return i;
    }
    return null;
  }

  /** A noun for a person's role ("spokesman", "leader", "coaches"), from the title and description lists. */
  isPersonRole(t: Token): boolean {
    return PERSON_HEADS.has(t.normal) || PERSON_HEADS.has(t.normal.replace(/s$/u, '')) || PERSON_HEADS.has(this.compound(t)) || this.storyRoles().has(t.normal) || ACRONYM_ROLES.has(t.text.replace(/s$/u, ''));
  }

  /**
   * The nouns the story itself gives a named person as a role, lower case: "shopkeeper Rahim Uddin",
   * "Ana Reyes, a rice farmer from Santa Ines," "Tomas Lind, a former banker," → shopkeeper, farmer,
   * banker. "the farmer said" is then a description of a person, as "the minister said" is.
   */
  private storyRoles(): Set<string> {
    if (this.roles) return this.roles;
    const roles = new Set<string>();
    const text = this.doc.text;
    for (const m of this.mentions) {
      if (m.type !== 'person' || this.insideQuote(m.start)) continue;
      // ("Shopkeeper Rahim Uddin …": the title the entity stage read off the name.)
      const title = m.titles.length ? titleWord(m.titles[m.titles.length - 1]) : '';
      if (title.length > 3 && !MODIFIER_TITLES.has(title)) roles.add(title);
      // "shopkeeper Rahim Uddin": a lower-case noun right before the name (not a verb, a preposition or an article).
      const before = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]{2,})\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
      if (before) {
        const t = this.doc.tokens[tokenAt(this.doc.tokens, m.start - before[1].length - 1)];
        if (t && t.normal === before[1] && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Pronoun') && !t.tags.has('Plural') && !t.tags.has('Possessive') && !t.tags.has('Date')) roles.add(before[1]);
      }
      // "Centenier Ana Vekla told the court … “…,” the centenier said": a capitalised word right before
      // the name that the story itself also writes in lower case after "the" (outside quotations) is a
      // title no list holds, the name's bearer's office; a word the story never writes so (a place, a
      // day, "Then") is no role.
      const capital = /(?:^|[\s(])(\p{Lu}\p{Ll}{3,})\s$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
      if (capital) {
        const word = capital[1].toLowerCase();
        const at = m.start - capital[1].length - 1;
        const t = this.doc.tokens[tokenAt(this.doc.tokens, at)];
        const used = new RegExp(`\\bthe\\s+${escapeRegExp(word)}\\b`, 'gu');
        let lower = false;
        for (let u = used.exec(text); u && !lower; u = used.exec(text)) lower = !this.insideQuote(u.index);
        if (lower && t && t.start === at && t.sentence === this.doc.tokens[tokenAt(this.doc.tokens, m.start)]?.sentence && this.mentionEndingAt(t.end) === null && !KINSHIP.has(word) && !MODIFIER_TITLES.has(word) && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Verb')) roles.add(word);
      }
      // "Ana Reyes, a rice farmer from Santa Ines,": the last lower-case word of the appositive before a preposition or its comma.
      // ("Ana Reyes, 62, a retired miner,": an age may stand before the appositive.)
      const after = /^,\s+(?:\d{1,3},\s+)?(?:a|an)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}[\p{Ll}-]{2,})(?=\s*,|\s+(?:of|at|from|for|in|with|who|and)\b)/u.exec(text.slice(m.end, m.end + 80));
      if (after) {
        const at = m.end + after[0].length - after[2].length;
        const t = this.doc.tokens[tokenAt(this.doc.tokens, at)];
        if (t && t.start === at && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Plural')) roles.add(after[2]);
      }
      // "Ana Reyes is a midwife in …", "X, 61, and Y, 33, are the only two pharmacists in …": a noun the
      // story predicates of a named person after "is"/"are" (singular or plural, up to a complement or
      // the clause's end) is a role too.
      const predicate = /^(?:,\s+\d{1,3},)?\s+(?:is|was|are|were)\s+(?:a|an|the|one of the)\s+(?:\p{Ll}+-?\p{Ll}*\s+){0,3}?(\p{Ll}[\p{Ll}-]{2,})(?=\s+(?:of|at|for|in|from|with|who|on)\b|\s*[,.;])/u.exec(text.slice(m.end, m.end + 80));
      if (predicate) {
        const at = m.end + predicate[0].length - predicate[1].length;
        const t = this.doc.tokens[tokenAt(this.doc.tokens, at)];
        const word = predicate[1];
        const singular = t?.tags.has('Plural') ? singularize(word) : word;
        if (t && t.start === at && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Date') && !t.tags.has('Value')) roles.add(singular);
      }
    }
    this.roles = roles;
    return roles;
  }

  private roles: Set<string> | null = null;

  /** The hyphenated word a token ends ("all-rounder" for "rounder"), lower case; the token's own word otherwise. */
  private compound(t: Token): string {
    const m = /[\p{L}]+-[\p{L}]+$/u.exec(this.doc.text.slice(Math.max(0, t.start - 24), t.end));
    return m ? m[0].toLowerCase() : t.normal;
  }

  /** True when a token lies inside a name of two words or more (not at its first word). */
  insideName(t: Token): boolean {
    const at = this.firstMentionAt(t.start);
    const m = this.mentions[at - 1];
    return m !== undefined && m.start < t.start && m.end >= t.end;
  }

  mentionsIn(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = this.firstMentionAt(from); i < this.mentions.length && this.mentions[i].start < to; i++) out.push(i);
    return out;
  }

  /**
   * True when mention `i` is a name of two words or more the entity stage left untyped, right after
   * a person's role or title with nothing between ("Chief prosecutor Vek Ha-tol", "Judge Tol
   * Jun-vek"): a role noun heads a person's name, so the name is a person's.
   */
  rolePerson(i: number): boolean {
    const m = this.mentions[i];
    if (m.type !== 'other' || !/\s/u.test(m.name) || this.insideQuote(m.start)) return false;
    const at = tokenAt(this.doc.tokens, m.start);
    const before = this.doc.tokens[at - 1];
    // ("Her solicitor, Mira Tolvane-Osk, told the judge": a name in apposition right after a
    // person's role, closed by a comma, is the person holding it.)
    const appositive = /^\s*,\s+$/u.test(this.doc.text.slice(before?.end ?? m.start, m.start)) && /^\s*,/u.test(this.doc.text.slice(m.end, m.end + 3)) && /^\p{Ll}/u.test(before?.text ?? '');
    if (!before || this.doc.tokens[at]?.start !== m.start || before.sentence !== this.doc.tokens[at].sentence || !(appositive || /^\s+$/u.test(this.doc.text.slice(before.end, m.start)))) return false;
    return this.isPersonRole(before) && !before.tags.has('Plural');
  }

  /** The gender the document gives mentions[i] (its given name, title or pronouns), or null. */
  genderAt(i: number): Gender | null {
    return this.genders[i];
  }

  isSpeakerType(i: number): boolean {
    const t = this.mentions[i].type;
    return t === 'person' || t === 'organization';
  }

  /**
   * A person's gender from the evidence in the document: an honorific or -woman title on any
   * mention, else the given name of the fullest mention with the same last word.
   */
  private genderOf(i: number): Gender | null {
    const m = this.mentions[i];
    if (m.type !== 'person' && m.type !== 'other') return null;
    for (const t of m.titles) {
      const g = genderOfTitle(t);
      if (g) return g;
    }
    const words = m.name.split(/\s+/u);
    if (words.length >= 2) return genderOfGivenName(words[0]);
    const fuller = this.byLastWord.get(words[words.length - 1]);
    if (fuller === undefined) return null;
    const other = this.mentions[fuller];
    for (const t of other.titles) {
      const g = genderOfTitle(t);
      if (g) return g;
    }
    return genderOfGivenName(other.name.split(/\s+/u)[0]);
  }

  /** "Steve" alone is the document's one "Steve …" person: the fuller mention stands for it. */
  fullest(i: number): number {
    const m = this.mentions[i];
    if (m.type !== 'person' || /\s/u.test(m.name) || genderOfGivenName(m.name) === null) return i;
    const fuller = this.byFirstWord.get(m.name);
    return fuller?.size === 1 ? [...fuller.values()][0] : i;
  }

  /**
   * The speaker a source phrase names. `mode` says where the phrase stands:
   * 'after-cue' ("said the coach, Dan Harlow, …": the first name, an appositive name after a role),
   * 'before-cue' ("Hornets coach Dan Harlow said": the name nearest the cue).
   */
  resolvePhrase(tokens: Token[], mode: 'after-cue' | 'before-cue'): Resolved | null {
    if (!tokens.length) return null;
    const from = tokens[0].start;
    const to = tokens[tokens.length - 1].end;
    const mentions = this.mentionsIn(from, to).filter((i) => this.mentions[i].type !== 'place');
    // "“…,” Vekair’s statement said", "read a statement from Vekair": a document of saying speaks for
    // whoever it belongs to or comes from, whatever type the entity stage gave the name.
    const document = this.documentOwner(tokens, mentions);
    if (document !== null) return { mention: this.personBySurname(document), method: 'named', source: { start: tokens[0].start, end: tokens[tokens.length - 1].end } };
    // "A memo from the guild to the council, obtained by this paper, reads:": a document from
    // a body the story names by a description speaks for the body the description resolves to; for
    // anyone else (a person, nobody found) the phrase stays the document's, which names nobody.
    const described = this.documentFromDescription(tokens, mode);
    if (described !== null) return described;
    const named = mentions.filter((i) => this.mentions[i].type === 'person');
    // "Watanabe’s spokesman said", "said the senator’s lawyer": a person who owns the role is not
    // who holds it, and the holder is unnamed ("Watanabe’s spokesman, Ken Ito, said" names Ito).
    const owners = named.filter((i) => this.ownsRole(i, tokens));
    // ("a Korvane aide said", "a Vekla Relief official in Orsa said": a name right before a lower-case
    // role noun that heads the phrase only modifies it; the one who spoke is the unnamed holder.)
    const modifies = (i: number) => {
      const at = tokens.findIndex((t) => t.start >= this.mentions[i].end);
      const role = tokens[at];
      if (!role || !/^\s+$/u.test(this.doc.text.slice(this.mentions[i].end, role.start)) || !/^\p{Ll}/u.test(role.text) || !this.isPersonRole(role)) return false;
      const after = tokens[at + 1];
      return after === undefined || /^(?:for|at|in|of|from|with|on|who)$/u.test(after.normal) || /[,;:]/u.test(role.post);
    };
    const persons = named.filter((i) => !owners.includes(i) && !modifies(i));
    if (owners.length && !persons.length) {
      const role = tokens.findIndex((t) => t.start > this.mentions[owners[0]].end && this.ownedPerson(t));
      return { mention: null, method: 'description', source: { start: this.mentions[owners[0]].start, end: (tokens[role] ?? tokens[tokens.length - 1]).end } };
    }
    const bodies = mentions.filter((i) => this.mentions[i].type === 'organization');
    const span = (i: number) => ({ start: this.mentions[i].start, end: this.mentions[i].end });
    // ("said the father of Tomas Vekla", "the lawyer of Ana Vekla said": a relative or a role "of" a named
    // person is someone the story does not name, not that person.)
    const relative = tokens[1];
    if (persons.length && /^(?:the|a|an)$/u.test(tokens[0]?.normal ?? '') && relative && /^\p{Ll}/u.test(relative.text) && (this.isPersonRole(relative) || this.isPersonNoun(relative) || KIN_INVERSE.has(relative.normal)) && tokens[2]?.normal === 'of' && this.mentions[persons[0]].start === tokens[3]?.start) {
      return { mention: null, method: 'description', source: { start: tokens[0].start, end: relative.end } };
    }
    // ("said a close friend of Tomas Korvane", "a lawyer representing Korvane said", "the family of
    // Tomas Korvane said": a noun that an article opens, with the name only as the complement of its
    // preposition, is someone the story does not name, not the person named; a name in apposition
    // after it, "a friend of Korvane, Ana Vekla,", still names her.)
    if (persons.length) {
      const p = persons[0];
      const lead = /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:of|for|to|close\s+to|representing)\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,2})(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.exec(this.doc.text.slice(from, this.mentions[p].start));
      // ("the son of former president Tomas Korvane said": a lower-case person's noun right before the
      // name is its title, so the name is still the complement; "the minister for health Ana Vekla
      // said": a noun of no person there leaves the name to the one the phrase opens with. The lists'
      // nouns only: a noun the story sets before a name counts as a role, so "health" would too.)
      // ("said the mother of murdered student Ana Vekla": a kinship noun's "of" is always the relative,
      // never a domain of the noun as "minister for health" is; whatever words stand before the name
      // describe that relative, not the speaker.)
      const titled = (lead?.[2] ?? '') === '' || (lead !== null && lead[2] !== undefined && KINSHIP.has(lead[1])) || ((t) => !!t && (PERSON_HEADS.has(t.normal) || this.isPersonNoun(t)))(tokens.filter((t) => t.end <= this.mentions[p].start && /^\p{Ll}/u.test(t.text)).at(-1));
      const noun = lead && titled ? tokens.find((t) => t.normal === lead[1] && t.end <= this.mentions[p].start) : undefined;
      const later = persons.some((i) => i !== p && !this.samePerson(i, p));
      const between = lead ? mentions.some((i) => i !== p && this.mentions[i].start >= from && this.mentions[i].start < this.mentions[p].start) : true;
      if (noun && !later && !between && !REPORTING_NOUNS.has(noun.normal) && noun.tags.has('Noun')) {
        return { mention: null, method: 'description', source: { start: from, end: noun.end } };
      }
    }
    const group = persons.length ? this.groupOfPerson(tokens, persons[0]) : null;
    if (group) return { mention: null, method: 'description', source: group };
    // ("“…,” Lind and her husband said", "said Tomas Korvane and his son": a name joined by "and" to a
    // person it only describes is a pair speaking as one, and a quote has one speaker; the story
    // names only one of them, so it does not say whose the words are.)
    const joint = this.describedPartner(persons, tokens, mode);
    if (joint) return { mention: null, method: 'description', source: joint };
    // "Mr and Mrs Korvane said: “…”": a couple named as one person speak together, and a quote has one
    // speaker; neither of them is it (as "the four ministers said" names nobody).
    // (only the speaking person's own phrase: "said Ana Vekla, a neighbour of Mr and Mrs Tolvane" is hers)
    const couple = this.namedCouple(mode === 'before-cue' ? persons.slice(-1) : persons.slice(0, 1));
    if (couple) return { mention: null, method: 'description', source: couple };
    const pair = this.namedPair(mentions, tokens, mode);
    if (pair) return { mention: null, method: 'description', source: pair };
    if (mode === 'after-cue' && persons.length) {
      // "said Neil Park, manager of the club": the name that opens the phrase.
      const opening = persons.find((i) => this.mentions[i].start <= tokens[Math.min(2, tokens.length - 1)].start);
      // "said the general secretary of the union, Ted Marrow": a role, then the name after a comma.
      const appositive = persons.find((i) => /,\s*$/u.test(this.doc.text.slice(Math.max(from, this.mentions[i].start - 3), this.mentions[i].start)));
      const p = this.roleHolderAfter(opening, persons, tokens) ?? opening ?? appositive ?? persons[0];
      return { mention: this.personBySurname(p), method: 'named', source: { start: from, end: this.mentions[p].end } };
    }
    if (mode === 'before-cue' && persons.length) {
      const p = persons[persons.length - 1];
      // ("a spokesman for Mayor Jonas Lind said", "an aide to Dr X", "a source close to X", "a friend
      // of X", "a spokesman for the mayor, Jonas Lind, said": the person a role serves or a source is
      // close to is not the one who spoke, who is unnamed, as without the title.)
      const lead = /^(?:an?|one|the)\s+(\p{Ll}+)\s+(for|of|to|close\s+to)\s+(?:the\s+(\p{Ll}+),\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.exec(this.doc.text.slice(from, this.mentions[p].start));
      const noun = lead ? tokens.find((t) => t.normal === lead[1]) : undefined;
      const served = lead?.[3] === undefined || tokens.some((t) => t.normal === lead[3] && this.isPersonRole(t));
      // ("an aide to", "an adviser to": a singular noun serving someone is a person's role)
      if (noun && served && (this.isPersonRole(noun) || this.isPersonNoun(noun) || UNNAMED_SOURCE_NOUNS.has(noun.normal) || KIN_INVERSE.has(noun.normal) || (lead![2] === 'to' && noun.tags.has('Noun') && !noun.tags.has('Plural')))) {
        return { mention: null, method: 'description', source: { start: from, end: noun.end } };
      }
      return { mention: this.personBySurname(p), method: 'named', source: { start: this.phraseStart(tokens, p), end: this.mentions[p].end } };
    }
    // "A spokesperson for Zarnicom said", "an official at the Vekby Trust said": an unnamed person who
    // speaks for a body is no one we can name, and the body did not speak (see Opinions).
    const opener = tokens.findIndex((t) => INDEFINITE.test(t.normal));
    // ("a Vekla Relief official in Orsa said", "A source close to the bank said", "A person familiar
    // with the lender’s thinking said": an unnamed source, whatever body or place follows.)
    const role = opener >= 0 ? tokens.slice(opener + 1, opener + 4).findIndex((t) => this.unnamedHolder(t)) : -1;
    // ("“…,” said a broker at Tolvik Capital": after the cue too, when the phrase opens with the article.)
    if ((mode === 'before-cue' || opener === 0) && role >= 0 && /^(?:for|of|at|from|with|in|close|familiar|near)$/u.test(tokens[opener + role + 2]?.normal ?? '')) {
      return { mention: null, method: 'description', source: { start: tokens[opener].start, end: tokens[opener + role + 1].end } };
    }
    // "“…,” analysts at Tolvik Capital wrote", "officials at the Harbour Board said": people named
    // only by a plural role and the body they work for are no one we can name either.
    const plural = tokens[0].normal === 'the' ? 1 : 0;
    if (mode === 'before-cue' && opener < 0 && tokens[plural] && /s$/u.test(tokens[plural].normal) && !this.mentionsIn(tokens[plural].start, tokens[plural].end).length && this.isPersonRole(tokens[plural]) && /^(?:for|of|at|from|with)$/u.test(tokens[plural + 1]?.normal ?? '')) {
      return { mention: null, method: 'description', source: { start: tokens[0].start, end: tokens[plural].end } };
    }
    // "Commissioner for Competition Tova Kessling said": a name of any kind right at the cue speaks.
    // (not "said GM's sales vice president": a possessive only modifies the noun after it)
    const possessive = (i: number) => /^[’']s?\b/u.test(this.doc.text.slice(this.mentions[i].end, this.mentions[i].end + 2));
    const adjacent = mentions.filter((i) => (mode === 'before-cue' ? this.mentions[i].end >= to - 2 : this.mentions[i].start <= from + 1 && !possessive(i)));
    if (adjacent.length) {
      const a = adjacent[mode === 'before-cue' ? adjacent.length - 1 : 0];
      return { mention: this.personBySurname(a), method: 'named', source: { start: mode === 'before-cue' ? this.phraseStart(tokens, a) : this.mentions[a].start, end: this.mentions[a].end } };
    }
    const kin = this.namedKin(tokens);
    if (kin) return kin;
    // A role noun as the phrase's head with no name: an unnamed person ("GM's sales vice president").
    const head = this.descriptionIn(tokens, mode);
    if (head && head.kind === 'person') {
      const described = this.resolveDescription(tokens, head.index);
      return described.mention === null ? this.kinOfPossessor(tokens, head.index) ?? described : described;
    }
    // "a union negotiator said": the phrase ends on a common noun, so the body named before it only modifies it.
    // ("a Bank of Vekland council member said": the "of" inside the name is no complement of the phrase.)
    const last = tokens[tokens.length - 1];
    const detAt = tokens.map((t) => /^(a|an|the|one|another|some)$/u.test(t.normal)).lastIndexOf(true);
    if (mode === 'before-cue' && last.tags.has('Noun') && !last.tags.has('ProperNoun') && !last.tags.has('Pronoun') && !last.tags.has('Date') && !tokens.slice(detAt + 1).some((t) => t.tags.has('Preposition') && !this.insideName(t)) && !mentions.some((i) => this.mentions[i].end >= last.end - 1) && (!head || head.index !== tokens.length - 1)) {
      const det = tokens.find((t) => /^(a|an|the|one|another|some)$/u.test(t.normal));
      return { mention: null, method: 'description', source: { start: det ? det.start : from, end: to } };
    }
    if (bodies.length) {
      const b = mode === 'after-cue' ? bodies[0] : bodies[bodies.length - 1];
      return { mention: b, method: 'named', source: span(b) };
    }
    const pronoun = tokens.find((t) => (t.normal === 'he' || t.normal === 'she') && t.tags.has('Pronoun'));
    if (pronoun) return { mention: this.antecedent(pronoun), method: 'pronoun', source: { start: pronoun.start, end: pronoun.end } };
    if (tokens.some((t) => /^(they|we|i|you|it)$/u.test(t.normal) && t.tags.has('Pronoun'))) {
      const t = tokens.find((x) => /^(they|we|i|you|it)$/u.test(x.normal))!;
      // ("Vekair cut 300 jobs. The carrier blamed fuel costs. “…,” it said": "it" as the whole source is the body the sentence before has as its subject.)
      const body = t.normal === 'it' && tokens.length === 1 ? this.bodySubjectBefore(t.start) : null;
      return { mention: body, method: 'pronoun', source: { start: t.start, end: t.end } };
    }
    // "The Vekla Otters amateur rowing club said": a name before lower-case words ending in a body's
    // head names that body.
    if (head && head.kind === 'body' && mode === 'before-cue' && head.index === tokens.length - 1) {
      const named = mentions.filter((i) => (this.mentions[i].type === 'organization' || this.mentions[i].type === 'other') && this.mentions[i].end < tokens[head.index].start && tokens.every((t) => t.start < this.mentions[i].end || t.end > tokens[head.index].start || t.start >= tokens[head.index].start || /^\p{Ll}/u.test(t.text)));
      const n = named[named.length - 1];
      if (n !== undefined && !/[’']/u.test(this.doc.text.slice(this.mentions[n].end, this.mentions[n].end + 1))) return { mention: n, method: 'named', source: { start: this.mentions[n].start, end: tokens[head.index].end } };
    }
    if (head) return this.resolveDescription(tokens, head.index);
    // "“…,” Acme said": a name of unknown kind right at the cue still speaks.
    const other = mentions.filter((i) => this.mentions[i].type === 'other');
    if (other.length) {
      const o = mode === 'after-cue' ? other[0] : other[other.length - 1];
      return { mention: this.personBySurname(o), method: 'named', source: span(o) };
    }
    return null;
  }

  /**
   * "said Carter president Ana Reyes", "said Vekair chief executive Tom Lind": a name followed with
   * no comma by lower-case words ending in a person's role modifies that role (the body the role is
   * at), whatever type the entity stage gave it; the person named right after the role holds it and
   * is the speaker. Null when the phrase has no such shape.
   */
  private roleHolderAfter(opening: number | undefined, persons: number[], tokens: Token[]): number | null {
    if (opening === undefined) return null;
    const first = this.mentions[opening];
    const holder = persons.find((i) => this.mentions[i].start > first.end);
    if (holder === undefined) return null;
    const between = tokens.filter((t) => t.start >= first.end && t.end <= this.mentions[holder].start);
    const lastOfName = tokens.find((t) => t.end === first.end || (t.start < first.end && t.end >= first.end));
    if (!between.length || between.length > 3 || !lastOfName || /[,;:’']/u.test(lastOfName.post) || /[’']s?$/u.test(lastOfName.text)) return null;
    if (!between.every((t) => /^\p{Ll}/u.test(t.text) && !/[,;:]/u.test(t.post))) return null;
    return this.isPersonRole(between[between.length - 1]) ? holder : null;
  }

  /**
   * The name that owns the phrase's document of saying, when the phrase is only that:
   * "X’s statement", "a statement from X", "a letter by X" (no other name, no person's role).
   */
  private documentOwner(tokens: Token[], mentions: number[]): number | null {
    if (mentions.length !== 1) return null;
    const m = mentions[0];
    const nameAt = tokens.findIndex((t) => t.end > this.mentions[m].start);
    const nameEnd = tokens.findIndex((t) => t.end >= this.mentions[m].end);
    if (nameAt < 0 || nameEnd < 0) return null;
    const isDocument = (t: Token | undefined) => t !== undefined && REPORTING_NOUNS.has(t.normal) && /^\p{Ll}/u.test(t.text);
    // "Vekair’s statement said": the name opens the phrase and its possessive owns the document that ends it.
    if (nameAt <= 1 && nameEnd === tokens.length - 2 && /[’']s?$/u.test(tokens[nameEnd].text + tokens[nameEnd].post.trim()) && isDocument(tokens[tokens.length - 1])) return m;
    if (nameAt === 0 && nameEnd === tokens.length - 2 && /^[’']s?\b/u.test(this.doc.text.slice(this.mentions[m].end, this.mentions[m].end + 2)) && isDocument(tokens[tokens.length - 1])) return m;
    // "a statement from Vekair", "a letter by the Tolvik Harbour Board": the document, "from"/"by", then the name closing the phrase.
    const by = nameAt - 1 - (tokens[nameAt - 1]?.normal === 'the' ? 1 : 0);
    if (nameEnd === tokens.length - 1 && by >= 1 && /^(from|by)$/u.test(tokens[by].normal) && isDocument(tokens[by - 1]) && by - 1 <= 2) return m;
    return null;
  }

  /**
   * "a letter from the union (to …)", "the report by the board": a document of saying (REPORTING_NOUNS,
   * "report", "memo") after an article, "from"/"by", then "the" and one lower-case noun ending the
   * phrase or followed by a preposition; the organisation that noun resolves to, or null.
   */
  documentFromDescription(tokens: Token[], mode: 'after-cue' | 'before-cue'): Resolved | null {
    const [det, doc, by, the, noun, after] = tokens;
    if (!det || !/^(?:a|an|the)$/u.test(det.normal) || !doc || !(REPORTING_NOUNS.has(doc.normal) || /^(?:report|memo)$/u.test(doc.normal))) return null;
    if (!by || !/^(?:from|by)$/u.test(by.normal) || the?.normal !== 'the' || !noun || !/^\p{Ll}/u.test(noun.text)) return null;
    if (after && !after.tags.has('Preposition') && !/^(?:to|in|on|at|for|about|over|with|of|dated)$/u.test(after.normal) && !/[,;:]/u.test(noun.post)) return null;
    if (this.mentionsIn(the.start, noun.end).length) return null;
    // ("A letter from the minister, seen by this paper, reads:": a document from a person's role is
    // the one person the story named with that role, and nobody else; the person named last is no
    // more its author than anyone, and two ministers named leave it to neither.)
    if (this.isPersonRole(noun) || this.isPersonNoun(noun)) {
      const holder = this.soleCarrier(the.start, noun);
      return { mention: holder, method: 'description', source: { start: det.start, end: noun.end } };
    }
    const inner = this.resolvePhrase([the, noun], mode);
    if (inner?.mention == null || this.mentions[inner.mention].type !== 'organization') return null;
    return { mention: inner.mention, method: 'description', source: { start: det.start, end: noun.end } };
  }

  /**
   * A noun for someone a name in the possessive may own: a role ("Watanabe’s spokesman") and, as
   * someone else too, a relative, a person noun or the family ("Ana Vekla’s sister said", "her
   * neighbour", "the family").
   */
  private ownedPerson(t: Token): boolean {
    return this.isPersonRole(t) || KINSHIP.has(t.normal) || this.isPersonNoun(t) || t.normal === 'family';
  }

  /**
   * True when a person's mention carries a possessive and the words after it, up to a comma, are a
   * lower-case noun phrase with a person's role ("Watanabe’s spokesman", "Ruiz’s chief of staff").
   */
  private ownsRole(i: number, tokens: Token[]): boolean {
    const m = this.mentions[i];
    if (!/^[’']s?(?:\s|$)/u.test(this.doc.text.slice(m.end, m.end + 3))) return false;
    const at = tokens.findIndex((t) => t.start > m.end);
    if (at < 0 || tokens[at - 1]?.end > m.end + 2 || /[,;:]/u.test(tokens[at - 1]?.post ?? '')) return false;
    for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
      const t = tokens[k];
      if (!/^\p{Ll}/u.test(t.text) || this.mentionEndingAt(t.end) !== null) return false;
      if (this.ownedPerson(t)) return true;
      // ("said Ana Vekla's neighbour", "flatmate", "teammate": any lower-case noun that heads the
      // phrase after the possessive is who spoke, someone else than the owner; a document of
      // saying, "X's statement", was read as the owner's above.)
      if (k === tokens.length - 1 && t.tags.has('Noun') && !t.tags.has('Pronoun')) return true;
      if (/[,;:]/u.test(t.post)) return false;
    }
    return false;
  }

  /**
   * "Senator Marta Velasco Ruiz … “…,” said Velasco": a one-word name of unknown type that is a
   * later word of exactly one person's name named before (a surname, the first of two in Spanish
   * names) is that person; otherwise the mention itself.
   */
  private personBySurname(i: number): number {
    const cached = this.surnameOf.get(i);
    if (cached !== undefined) return cached;
    const m = this.mentions[i];
    let found: number | null = null;
    // "Takeda Hiroshi … Takeda said", "Marisol de Vega Ibarra … de Vega told reporters": a one-word
    // name the entity stage typed as a body is the person too when it is a word of exactly one
    // person's name named before (family names come first in East Asian names, so any word counts
    // for it); a name of two words or more the stage left untyped ("Takeda Hiroshi") may be that person.
    const body = m.type === 'organization';
    // (The entity stage types such a word a person itself when the full name is in the document:
    // "Wekesa Tolva Vekotho … Tolva said" binds the same way.)
    if ((m.type === 'other' || body || m.type === 'person') && !/\s/u.test(m.name)) {
      for (let j = i - 1; j >= Math.max(0, i - LOOKBACK_MENTIONS); j--) {
        const p = this.mentions[j];
        // ("TOLVIK - Harvek Singh Vekhawalia has farmed … “…,” Vekhawalia, 63, said": an untyped surname
        // after an untyped full name that reads as a person's is that person too.)
        if (this.insideQuote(p.start) || !(p.type === 'person' || ((body || p.type === 'other') && this.looksLikePersonName(p)))) continue;
        const words = p.name.split(/\s+/u);
        // (A person's bare surname stays the mention: the corpus step binds it to the full name.)
        const within = m.type === 'person' ? words.slice(1, -1) : body ? (words.length >= 2 ? words : []) : words.slice(1);
        // (A person's word that also ends another person's name is that one's surname: no one is bound.)
        if (m.type === 'person' && words.length >= 2 && words.at(-1) === m.name) {
          found = null;
          break;
        }
        if (!within.includes(m.name)) continue;
        if (found !== null && this.mentions[found].name !== p.name) {
          found = null;
          break;
        }
        found = j;
      }
    }
    this.surnameOf.set(i, found ?? i);
    return found ?? i;
  }

  private readonly surnameOf = new Map<number, number>();

  /** A name of unknown type that reads as a person's: two or more capitalised words, none a head word of a body, place or event. */
  private looksLikePersonName(p: EntityMention): boolean {
    if (p.type !== 'other') return false;
    const words = p.name.split(/\s+/u);
    return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORGANIZATION_HEADS.has(w.toLowerCase()) && !PLACE_HEADS.has(w.toLowerCase()) && !EVENT_HEADS.has(w.toLowerCase()));
  }

  /** Where the words naming a person start: the role and affiliation in front of the name count ("Hornets coach Dan Harlow"). */
  private phraseStart(tokens: Token[], p: number): number {
    const m = this.mentions[p];
    let k = tokens.findIndex((t) => t.end > m.start);
    const roleWord = (t: Token) => /^\p{Lu}/u.test(t.text) || t.tags.has('Possessive') || /[’']s$/u.test(t.text) || PERSON_HEADS.has(t.normal) || BODY_HEADS.has(t.normal);
    while (k > 0 && !/[,;:]/u.test(tokens[k - 1].post) && roleWord(tokens[k - 1]) && !/^(after|before|during|the|a|an)$/iu.test(tokens[k - 1].normal)) k--;
    return Math.min(tokens[Math.max(0, k)].start, m.start);
  }

  /**
   * The head noun of the phrase's first noun phrase (up to a preposition or a relative word) and
   * whether it describes a person or a body: "an economics professor from the University of X" →
   * professor; "Vekla's regional sales vice president on a call" → president.
   */
  private descriptionIn(tokens: Token[], mode: 'after-cue' | 'before-cue'): { index: number; kind: 'person' | 'body' } | null {
    const boundary = (t: Token) => /^(from|of|at|for|in|on|with|by|who|which|that|what|said|says)$/u.test(t.normal);
    let begin = 0;
    let end = tokens.length;
    if (mode === 'after-cue') {
      const at = tokens.findIndex((t, k) => k > 0 && boundary(t));
      if (at > 0) end = at;
    } else {
      // "in what the Ukrainian leader" → the noun phrase that ends at the cue.
      for (let k = tokens.length - 2; k >= 0; k--) {
        if (boundary(tokens[k])) {
          begin = k + 1;
          break;
        }
      }
      // "a spokesman for the company", "a professor at the university": the role before the complement is the head.
      const role = tokens[begin - 2];
      if (begin >= 2 && /^(for|of|at|from|with)$/u.test(tokens[begin - 1].normal) && (PERSON_HEADS.has(role.normal) || PERSON_HEADS.has(role.normal.replace(/s$/u, '')))) return { index: begin - 2, kind: 'person' };
    }
    // "“…,” the Belgian said": a nationality noun right after "the", closing the phrase, is a person
    // the story has named; "the Belgian government said" has its own head and stays a body.
    const closing = tokens[end - 1];
    if (end - 1 >= begin + 1 && closing && isNationalityNoun(closing) && tokens[end - 2].normal === 'the') return { index: end - 1, kind: 'person' };
    // "“…,” the 27-year-old said": an age as the head is a person too.
    if (closing && this.isAge(closing) && /\bthe\s+$/iu.test(this.doc.text.slice(Math.max(0, closing.start - 24), closing.start).replace(/\d+[-‐]year[-‐]$/u, ''))) return { index: end - 1, kind: 'person' };
    // "“…,” the teenager said", "the pensioner said": a noun for a person that no title or role list
    // holds (compromise's Actor nouns) right after "the", closing the phrase, is a person too.
    // ("the older man said": an adjective may stand between.)
    // ("the other man", "a second woman": words that set the person apart from one named are no description of them.)
    // (Only when the story gave the same description to nobody unnamed before, and, for an adjective of
    // age, gave someone an age:
    // "The old man at the bus stop would not give his name. X, 80, was luckier. “…,” the old man said"
    // is the unnamed man; "X lost his van. “…,” the young man said" is too uncertain to name X.)
    const adjective = tokens[end - 2];
    const described = !!adjective && !!closing && adjective.tags.has('Adjective') && !adjective.tags.has('Noun') && !SETTING_APART.has(adjective.normal);
    const unnamedBefore = described && new RegExp(`(?<!,\\s)\\b(?:the|an?)\\s+${escapeRegExp(adjective.normal)}\\s+${escapeRegExp(closing!.normal)}\\b(?!\\s*,\\s*\\p{Lu})`, 'iu').test(this.doc.text.slice(0, adjective.start - 4));
    const ageWord = described && /^(?:old|young|elderly|aged|teenage|older|younger|elder)$/u.test(adjective.normal);
    const article = described && !unnamedBefore && (!ageWord || this.personsWithAge(closing!.start).length > 0) ? end - 3 : end - 2;
    if (closing && article >= begin && tokens[article].normal === 'the' && (this.isPersonNoun(closing) || this.isWordNetPersonNoun(closing) || (AGE_RANGE_NOUNS.has(closing.normal) && /^\p{Ll}/u.test(closing.text)))) return { index: end - 1, kind: 'person' };
    for (let k = Math.min(end, begin + 10) - 1; k >= begin; k--) {
      const t = tokens[k];
      const word = t.normal.replace(/s$/u, '');
      if (this.isPersonRole(t)) return { index: k, kind: 'person' };
      // ("“…,” the firm said": the tagger reads "firm" as an adjective, but a word between "the" and
      // the end of the phrase, with nothing after it, is the phrase's head noun.)
      const closingHead = k === end - 1 && k > begin && /^(the|its|their)$/u.test(tokens[k - 1].normal) && /^\p{Ll}/u.test(t.text);
      if ((t.tags.has('Noun') || t.tags.has('Plural') || closingHead) && (BODY_HEADS.has(t.normal) || BODY_HEADS.has(word))) return { index: k, kind: 'body' };
      // ("“…,” the municipality said": a body named after the place it governs.)
      if (closingHead && tokens[k - 1].normal === 'the' && PLACE_BODY_HEADS.has(t.normal)) return { index: k, kind: 'body' };
      // "The Vekland Embassy … “…,” the embassy said": the kind word that closes a body's name in this document.
      if (t.tags.has('Noun') && /^\p{Ll}/u.test(t.text) && k > 0 && tokens[k - 1].normal === 'the' && this.nameHeads.has(t.normal)) return { index: k, kind: 'body' };
      if (t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Possessive') && k === Math.min(end, 10) - 1) continue;
    }
    return null;
  }

  /**
   * "the company" → the nearest organisation (with "company" in its name first);
   * "the coach" → the nearest person titled coach; "a top official" → nobody.
   */
  resolveDescription(tokens: Token[], k: number): Resolved {
    const head = tokens[k];
    const det = determinerBefore(tokens, k);
    const from = det && det.start < head.start ? det.start : head.start;
    const source = { start: from, end: head.end };
    // "Tolvik Police arrested two men. “…,” police said": "police" takes no article; with none it is
    // the one force the story has named, by the last word of its name.
    if (!det && head.normal === 'police' && k === 0) {
      const forces = new Set<string>();
      let found: number | null = null;
      for (let i = this.firstMentionAt(from) - 1; i >= Math.max(0, this.firstMentionAt(from) - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        if (m.type === 'place' || this.insideQuote(m.start) || m.name.toLowerCase().split(/\s+/u).pop() !== 'police') continue;
        forces.add(m.name);
        found ??= i;
      }
      return { mention: forces.size === 1 ? found : null, method: 'description', source };
    }
    if (!det || INDEFINITE.test(det.normal)) return { mention: null, method: 'description', source };
    // ("the founder’s granddaughter said", "the coach’s wife said": a head in the possessive owns the
    // person noun after it, and that person spoke, someone the phrase does not name; "the minister’s
    // message" is still the minister's. "According to the club’s treasurer": any noun WordNet gives
    // as a person's is such a person too, not the body.)
    const owned = this.doc.tokens[tokenAt(this.doc.tokens, head.start) + 1];
    if (/['’]s$/u.test(this.doc.text.slice(head.start, head.end)) && owned && /^\s+$/u.test(this.doc.text.slice(head.end, owned.start)) && (KINSHIP.has(owned.normal) || this.isPersonRole(owned) || this.isPersonNoun(owned) || (/^\p{Ll}/u.test(owned.text) && denotesPerson(owned)))) return { mention: null, method: 'description', source };
    const word = head.normal.replace(/s$/u, '');
    const limit = this.firstMentionAt(from);
    // "Liesbet Vanhaecht was philosophical. “…,” the Belgian said": the nationality carries no title to
    // match, so the person named in this sentence or the two before is who it is.
    // "Ana Vekla, 34, finished second. Her compatriot Lina Korvane was third. “…,” the 34-year-old
    // said": the person the story gave that age is who it is; a person given another age is not.
    // "Ana Reyvik, 52, and Ilse Korvane, 27, run the clinic. … the older woman": of the people the
    // story gave an age, the oldest (or youngest) is who a comparative of age describes.
    const comparative = tokens.slice(tokens.indexOf(det), k).find((t) => /^(older|younger|elder)$/u.test(t.normal));
    // (People known to be of the other gender do not count, "the older woman" is no man; with no ages to compare,
    // "the older brother" of two brothers named without them, the comparative names nobody.)
    if (comparative && det.normal === 'the' && (this.isPersonRole(head) || this.isPersonNoun(head))) {
      const nounGender = NOUN_GENDERS.get(singularize(head.normal)) ?? (/.woman$/u.test(singularize(head.normal)) ? 'female' : null);
      const all = this.personsWithAge(from);
      // (Everyone not known to be of the other gender is a candidate: "Kip Vekto, 71, and Amos Tolwe,
      // 45, … the older man" is Kip, whose gender no list knows, not Amos, the one known to be a man.)
      const candidates = all.filter((a) => nounGender === null || this.genders[a.mention] === nounGender || this.genders[a.mention] === null);
      const known = candidates.filter((a) => nounGender === null || this.genders[a.mention] === nounGender);
      // (a comparison needs two people given an age: "Matheus Pyo, 34, … the older man" compares him
      // with a father given none, and names nobody; with no one known to be of the noun's gender, two
      // candidates: "Hal X, 40, and Tim Y, 35, … the older woman" names nobody)
      // (A comparative compares two: "X, 71, Y, 34, and Z, 50, … the older man" is a third person's
      // comparison the story did not make, and names nobody; "the oldest" is another word.)
      const aged = all.length < 2 || (known.length === 0 && candidates.length < 2) || candidates.length > 2 ? [] : candidates;
      if (aged.length === 0) return { mention: null, method: 'description', source };
      aged.sort((a, b) => a.years - b.years);
      const pick = comparative.normal === 'younger' ? aged[0] : aged[aged.length - 1];
      const tie = aged.filter((a) => a.years === pick.years).length > 1;
      return { mention: tie ? null : pick.mention, method: 'description', source };
    }
    const years = this.isAge(head) ? this.ageOf(head) : null;
    if (years !== null) {
      const aged = this.personsAged(from, years);
      if (aged.length === 1) return { mention: aged[0], method: 'description', source };
      if (aged.length > 1) return { mention: null, method: 'description', source };
    }
    if (isNationalityNoun(head) || this.isAge(head)) {
      const described = this.describedSubjectBefore(from);
      const found = described !== undefined ? described : this.nearest(from, 'person', null, 2) ?? (years !== null ? this.topicSubjectBefore(from, null) : null);
      const stated = found !== null && years !== null ? this.statedAge(found) : null;
      return { mention: stated !== null && stated !== years ? null : found, method: 'description', source };
    }
    // "Ana Reyvik, 19, scored twice on her debut. “…,” the youngster said": a person noun no role list
    // holds goes to the person the story gave that role ("X, a pensioner,"), else re-describes the
    // subject of the sentence before when that subject is one named person ("X and Y swam to safety.
    // “…,” the teenager said" names nobody: the noun does not say which).
    // "Aron Vekson, 19, joined in April. “…,” the teenager said": a noun that gives an age range
    // is the one person the story gave an age in it; two such people leave it to neither.
    const ageRange = AGE_RANGE_NOUNS.get(head.normal);
    if (ageRange && /^\p{Ll}/u.test(head.text)) {
      const aged = this.personsWithAge(from).filter((p) => p.years >= ageRange[0] && p.years <= ageRange[1]);
      if (aged.length === 1 && this.unnamedAgedSince(aged[0].mention, from, head.normal, ageRange)) return { mention: null, method: 'description', source };
      if (aged.length === 1) return { mention: aged[0].mention, method: 'description', source };
      if (aged.length > 1) return { mention: null, method: 'description', source };
    }
    if (!this.isPersonRole(head) && (this.isPersonNoun(head) || this.isWordNetPersonNoun(head))) {
      for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        if (m.type === 'person' && !this.insideQuote(m.start) && this.hasRoleAround(m, head.normal)) return { mention: this.fullest(i), method: 'description', source };
      }
      // "said Tolvek, 49, who teaches maths. … “…,” the teacher said": the one person the story made
      // the doer of the noun's verb, as for "the founder" below.
      const verbs = det?.normal === 'the' ? agentVerbs(word) : null;
      const agent = verbs !== null ? this.soleAgent(verbs, from) : null;
      if (agent !== null) return { mention: agent === 'several' ? null : agent, method: 'description', source };
      // ("He met the inspector on Monday. “…,” the inspector said": someone the story already called so,
      // with no name given, is who the description continues, not the subject of a sentence before.)
      if (det?.normal === 'the' && this.nounHasOtherBearer(head.normal, from)) return { mention: null, method: 'description', source };
      const described = this.describedSubjectBefore(from);
      if (described !== undefined) return { mention: described, method: 'description', source };
      const named = this.namedSubjectBefore(from);
      // ("Ana Vekla sued Tomas Korvane. “…,” the man said": as for the role nouns below, a noun that says
      // a gender is the one person of the subject's sentence who may be of that gender; a kinship noun
      // says more, "X, whose son Nii … the father", and is left as it was.)
      const nounGender = plainNounGender(word);
      if (named === null && nounGender === null && !KINSHIP.has(head.normal) && det?.normal === 'the') return { mention: this.topicSubjectBefore(from, head.normal), method: 'description', source };
      return { mention: named !== null && nounGender !== null ? this.soleOfGender(named, from, nounGender) : named, method: 'description', source };
    }
    // "A letter signed by the four ministers urged …", "the ministers said": several people
    // speak as one, and a quote has one speaker; none of them is named.
    if (this.isPersonRole(head) && head.tags.has('Plural') && word !== head.normal && PERSON_HEADS.has(word) && !PERSON_HEADS.has(head.normal)) return { mention: null, method: 'description', source };
    // "“…,” the official said, speaking on condition of anonymity" / "said the official, who asked
    // not to be named": the sentence says the source is not named, so it is nobody the story names.
    if (ANONYMITY.test(this.sentenceRest(head.end))) return { mention: null, method: 'description', source };
    if (this.isPersonRole(head)) {
      for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        if (m.type === 'person' && !this.insideQuote(m.start) && this.carries(m, head.normal, word)) {
          // ("Judge Ana Reyvik heard the first case. Judge Mira Tolvane heard the second. “…,” the
          // judge said": two people who carry the role within a few sentences leave the
          // description to neither: the story does not say which one spoke.)
          return { mention: this.rivalCarrier(i, head.normal, word) ? null : this.fullest(i), method: 'description', source };
        }
      }
      // "A school founded in 2009 by Ana Vekla … “…,” the founder said": a role noun for the doer of a
      // verb is the one person the story made the doer of it, when the role is no one's title.
      // ("said the founder of Orsa Kayaks" is the founder of the firm named, not the founder of another
      // firm the story gave: a capitalised of-complement must be named in the sentence of the founding.)
      const rest = this.doc.text.slice(head.end, head.end + 80);
      const firm = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|and|&|for|the))*)/u.exec(rest)?.[1].replace(/(?:\s+(?:of|and|&|for|the))?[.’']*$/u, '');
      const verbs = agentVerbs(word);
      if (det.normal === 'the' && verbs !== null && !/^['’]s?\b/u.test(rest)) {
        const agent = this.soleAgent(verbs, from, firm);
        // ("founded by X and Y. … Y guides. “…,” the founder said": when the story made several
        // people the doers, the noun does not say which spoke, and the nearest person is only a guess.)
        if (agent === 'several') return { mention: null, method: 'description', source };
        if (agent !== null) return { mention: agent, method: 'description', source };
      }
      // "Ana Ruiz, who met the mayor, said it was what the Spanish leader wanted": no title to match,
      // but a person named in this sentence or the two before is who "the leader" is ("X scored 61
      // races in Asia. The track he trains on is gravel. “…,” the former sprinter said").
      // (blind-dev8 speakers 0.832 → 0.853 with two sentences instead of one; no figure fell.)
      // "The premier of the state remarked": a description with its own complement introduces someone new.
      const complement = /^\s+of\b/u.test(this.doc.text.slice(head.end, head.end + 4));
      // "Tomas Korvane was charged. “…,” his lawyer said": a possessive makes the role someone's
      // relation to another person (the one just named, most often), so only a person who carried
      // that role ("His lawyer, Ana Vekla, said …") is who it is; nobody else nearby is.
      // (A body's role is the one who holds it there: "the union’s leader", "its chief executive"
      // still go to the person named with that role or the one just named.)
      const bodyOwner = (t: Token) => this.mentionEndingAt(t.end) !== null ? this.mentions[this.mentionEndingAt(t.end)!].type !== 'person' : BODY_HEADS.has(t.normal) || TEAM_HEADS.has(t.normal) || PLACE_BODY_HEADS.has(t.normal);
      const owned = /^(?:his|her|my|your)$/u.test(det.normal) || (det.normal !== 'the' && /[’']s?$/u.test(det.text) && !bodyOwner(det));
      const near = complement || owned ? null : this.nearest(from, 'person', null, 2);
      // ("Goalkeeper Ana Vekla made eight saves. “…,” the striker said": a person who plays another
      // position is not the one the position names.)
      // ("He met the inspector on Monday. “…,” the inspector said": the one the story already called so.)
      if (near !== null && det.normal === 'the' && this.nounHasOtherBearer(head.normal, from)) return { mention: null, method: 'description', source };
      if (near !== null && PLAYING_POSITIONS.has(head.normal) && this.mentions[near].titles.some((t) => PLAYING_POSITIONS.has(titleWord(t)) && titleWord(t) !== head.normal)) return { mention: null, method: 'description', source };
      // ("Ana Vekla, a pilot, was laid off. “…,” the spokesman said": a person the story describes by
      // an occupation in lower case, and by no title, is not re-described by another role noun; the
      // nouns any person or any holder of a post fits still are: "the woman said", "the leader said".)
      if (near !== null && !ANY_PERSON_NOUNS.has(word) && this.mentions[near].titles.every((t) => genderOfTitle(t) !== null) && this.describedOtherwise(this.mentions[near], true)) return { mention: null, method: 'description', source };
      // ("Ana Reyvik, a councillor, called the bridge a waste. “…,” the mayor said": nor is a person the
      // story gave another listed role, in lower case, before or after the name; a team's captain is its
      // skipper too.)
      if (near !== null && !ANY_PERSON_NOUNS.has(word) && this.otherRole(near, from, word)) return { mention: null, method: 'description', source };
      // ("Police arrested Tomas Korvane. “…,” the officer said": a person named as the object of a
      // verb is the one acted on; a role noun after it is someone else, whom the story does not name.)
      if (near !== null && !ANY_PERSON_NOUNS.has(word) && this.objectOfVerb(near)) return { mention: null, method: 'description', source };
      // ("Tomas Korvane, 34, was arrested on Monday. “…,” the officer said": the subject of a passive
      // is the one acted on; the holder of an office who speaks next is another person.)
      if (near !== null && !ANY_PERSON_NOUNS.has(word) && this.passiveSubject(near)) return { mention: null, method: 'description', source };
      // ("Bishop Tomas Korvane says the church bought the plot. “…,” the judge said": a person who
      // holds the title of another office is not who a noun for an office names.)
      if (near !== null && !ANY_PERSON_NOUNS.has(word) && PERSON_TITLES.has(word) && this.mentions[near].titles.some((t) => genderOfTitle(t) === null && PERSON_TITLES.has(titleWord(t)) && titleWord(t) !== word && titleWord(t) !== head.normal)) return { mention: null, method: 'description', source };
      // ("Paul Tolvane's wife sat by the window. “…,” the woman said": the one just named is the possessor of the person described.)
      if (near !== null && this.possessesPerson(near)) return { mention: null, method: 'description', source };
      // ("Ana Vekla sued Mira Korvane. “…,” the woman said": a noun that says a gender fits every person
      // of that sentence not known to be of the other one; two such people leave it to neither, and a
      // subject of the other gender is not who it is. A kinship noun says more, "X, whose son Nii …
      // the father said", and is left to the rules above.)
      // ("Tomas Korvane fired Ana Vekla. “…,” the chairwoman said": a role noun in "-woman" names the
      // woman given that role, found above, and no other woman.)
      if (/.woman$/u.test(word)) return { mention: null, method: 'description', source };
      const nounGender = plainNounGender(word);
      if (near !== null && nounGender !== null) return { mention: this.soleOfGender(near, from, nounGender), method: 'description', source };
      if (near !== null && this.otherPersonInSentence(near)) return { mention: null, method: 'description', source };
      return { mention: near, method: 'description', source };
    }
    // "The Tolvik Dock Workers’ Union will rally outside the Union Hall. “…,” the union
    // said": the noun describes the body whose name it heads, not a name it only modifies (a
    // building named "Union Hall" is no union, and "the union" alone names nobody there).
    const heads = (m: EntityMention) => nameHeads(m.name).some((w) => w === head.normal || w === word);
    for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
      const m = this.mentions[i];
      // ("The Rural Party backed the bill. Opposition figure X of the Movement for a New Vekland
      // said …. “…,” the party said": a party need not be named one; a nearer body whose name is a
      // party's by another head, a movement or a front, may as well be the one meant.)
      if (head.normal === 'party' && m.type === 'organization' && !this.insideQuote(m.start) && !heads(m) && nameHeads(m.name).some((w) => PARTY_NAME_HEADS.has(w))) return { mention: null, method: 'description', source };
      if (m.type === 'organization' && !this.insideQuote(m.start) && heads(m)) return { mention: this.sameHeadInSentence(i, heads) ? null : i, method: 'description', source };
      // ("Tolvik General Hospital treated 40 people. “…,” the hospital said": a hospital is a named
      // facility, a place, and it speaks through its staff, under its name.)
      // (So is a body named after the place it governs, which the entity stage may type as the place:
      // "The Tolvik Municipality said it would act. “…,” the municipality said.")
      if (m.type === 'place' && !this.insideQuote(m.start) && (/^(?:hospital|infirmary)$/u.test(head.normal) || (PLACE_BODY_HEADS.has(head.normal) && /\s/u.test(m.name))) && m.name.toLowerCase().split(/\s+/u).pop() === head.normal) return { mention: i, method: 'description', source };
      // ("The Vekland Embassy … “…,” the embassy said": a name the entity stage left untyped whose last word is the noun.)
      if (m.type === 'other' && !this.insideQuote(m.start) && /\s/u.test(m.name) && m.name.toLowerCase().split(/\s+/u).pop() === head.normal) return { mention: i, method: 'description', source };
    }
    // "the club said" after "a 1-4 away loss to Redvale": a match report names the other side
    // too, so the club is the organisation the story has named most so far, not the nearest one.
    // (But "The organisers, the Vekla Wheelers, said …. “…,” the club said": a body that was the
    // subject of the sentence before speaks again.)
    // "The pilots' union Tolbund said …. “…,” the union said"; "Vekaltro, a cooperative with 900
    // members, said …. “…,” the cooperative said": a body the story introduced with that very noun.
    for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
      const m = this.mentions[i];
      // ("Cotralvo, a cooperative with 900 members, said": the appositive says what a name of unknown type is.)
      if ((m.type === 'organization' || m.type === 'other') && !this.insideQuote(m.start) && this.hasRoleAround(m, word)) return { mention: i, method: 'description', source };
    }
    // "The complaint was lodged by the Tolvik Energy Ombudsman. “…,” the regulator said"; "The company holds
    // contracts with TASA. “…,” the agency said": a description of another kind than the sentence's
    // subject names the one body that sentence names outside its subject ("Vekair cut 300 jobs.
    // “…,” the regulator said" names nobody: a new description of the subject would be odd).
    // "Vekla Airways cancelled 40 flights. “…,” the carrier said": a noun for a company's trade is the
    // company the story is about, the body that reported or opened the sentence before, when its
    // name is of that trade or says no trade ("Vekair").
    if (Object.hasOwn(TRADE_NAME_WORDS, head.normal)) {
      // ("Tomas Havlik, whose firm Havlik Exports ships the beans, said buyers came back. “…,” the
      // exporter said": a trade a person may ply as well as a company, after a sentence whose subject
      // is a person, is the person or the firm; a careful reader cannot tell which.)
      if (PERSON_TRADES.has(head.normal) && this.opensWithPersonBefore(from)) return { mention: null, method: 'description', source };
      const body = this.previousReportingBody(from) ?? this.soleOpeningBody(from) ?? this.openingUnknown(from);
      if (body !== null && this.ofTrade(this.mentions[body], head.normal)) return { mention: body, method: 'description', source };
      // ("Tolvik Airways said it would cut 40 routes. Its chief executive, Ana Vekla, blamed fuel.
      // “…,” the airline said": else the nearest body whose name says that very trade, as "the
      // union" is the nearest body named a union.)
      for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        if (m.type !== 'organization' || this.insideQuote(m.start)) continue;
        const words = m.name.toLowerCase().replace(/[.,]/gu, '').split(/\s+/u);
        if (words.length >= 2 && words.some((w) => TRADE_NAME_WORDS[head.normal].includes(w))) return { mention: i, method: 'description', source };
      }
    }
    // "The WFP said no convoy may pass unguarded. “…,” the agency said": a noun that fits any body
    // re-describes the body that reported in this sentence or the one before, when its name is an
    // acronym, which says no kind of its own ("The Tolvik Water Board said …" is a board, and
    // "Vekair" may be anything).
    if (ANY_BODY_NOUNS.has(head.normal)) {
      const body = this.previousReportingBody(from);
      if (body !== null && /^\p{Lu}{2,8}$/u.test(this.mentions[body].name)) return { mention: body, method: 'description', source };
    }
    if (!TEAM_HEADS.has(head.normal) && !GENERIC_BODY_HEADS.has(head.normal)) {
      const other = this.soleBodyBesideSubject(from);
      if (other !== null) return { mention: other, method: 'description', source };
    }
    // ("Vekby Rovers were furious. “…,” the club said": the one body that opens the sentence before.)
    if (TEAM_HEADS.has(head.normal)) return { mention: this.previousReportingBody(from) ?? this.soleOpeningBody(from) ?? this.mostNamed(limit, 'organization'), method: 'description', source };
    // "the company", "the statement": any organisation; "the ministry", "the government" only one with that word in its name.
    // "Ana Vekla said in a statement that she “accepted” the verdict. “…,” the statement said":
    // the statement is the one the sentence before said someone issued, and it speaks for them.
    if (head.normal === 'statement') {
      const issuer = this.statementIssuer(from);
      if (issuer !== null) return { mention: issuer, method: 'description', source };
    }
    if (GENERIC_BODY_HEADS.has(head.normal)) {
      const nearest = this.nearest(from, 'organization', null);
      // ("Vekla News reported that the plant would close, citing a letter to staff. “…,” the letter
      // said": a document a body cites or quotes is someone else's, not the citer's.)
      const cited = new RegExp(`\\b(?:citing|quoting|cited|quoted)\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${escapeRegExp(head.normal)}\\b`, 'u');
      if (nearest !== null && !COMPANY_HEADS.has(head.normal) && cited.test(this.doc.text.slice(this.mentions[nearest].end, from))) return { mention: null, method: 'description', source };
      const unknown = COMPANY_HEADS.has(head.normal) ? this.openingUnknown(from) : null;
      return { mention: unknown !== null && (nearest === null || nearest < unknown) ? unknown : nearest, method: 'description', source };
    }
    return { mention: null, method: 'description', source };
  }

  /**
   * "Tomas Vekker opened the bakery. His son, Anton Vekker, took over. … His father said: “…”": a
   * kinship noun of one gender after "his"/"her" (tokens[k] the noun) is the relative the story gave
   * the one the possessive stands for, by the inverse relation (relativeOf). Null when the phrase has
   * another shape or the story gave no such relation.
   */
  private kinOfPossessor(tokens: Token[], k: number): Resolved | null {
    const head = tokens[k];
    const det = tokens[k - 1];
    const noun = singularize(head.normal);
    const gender = NOUN_GENDERS.get(noun);
    if (!det || k - 1 !== 0 || !/^(?:his|her)$/u.test(det.normal) || !gender || !KIN_INVERSE.has(noun)) return null;
    const relative = this.relativeOf(det, tokens.slice(k - 1, k + 1), gender);
    return typeof relative === 'number' ? { mention: relative, method: 'description', source: { start: det.start, end: head.end } } : null;
  }

  /**
   * "Tomas Vekker died on Sunday. His niece, Ana Tolvane, found him. … “…,” his niece said": a source
   * that is only "his"/"her" and a kinship noun is the one person the story gave that very kinship
   * ("his niece, Ana Tolvane," / "Ana Tolvane, his niece,") to the person the pronoun stands for, the
   * nearest person of its gender. A kinship noun is no role list's, so without this the phrase named
   * nobody even when the story had named the relative. Null (no source found, as before) when the
   * story named no such relative of that person, named two, or gave the kinship to someone else
   * ("Mira Korvane's niece, Ana Tolvane, … Tomas Vekker … his niece said" is Tomas's niece, unnamed).
   */
  private namedKin(tokens: Token[]): Resolved | null {
    if (tokens.length !== 2) return null;
    const [det, head] = tokens;
    if (!/^(?:his|her)$/u.test(det.normal) || !KINSHIP.has(head.normal) || head.tags.has('Plural') || !/^\p{Ll}+$/u.test(head.text)) return null;
    const gender: Gender = det.normal === 'her' ? 'female' : 'male';
    const possessor = this.nearest(det.start, 'person', gender, Infinity, 1);
    if (possessor === null) return null;
    const nounGender = NOUN_GENDERS.get(head.normal) ?? null;
    let relative: number | null = null;
    for (let i = this.firstMentionAt(det.start) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.type !== 'person' || this.insideQuote(m.start) || !this.hasRoleAround(m, head.normal)) continue;
      const p = this.fullest(this.personBySurname(i));
      const owner = this.inverseRelative(p, [head.normal]);
      if (owner === null || !this.samePerson(owner, possessor) || this.samePerson(p, possessor)) continue;
      if (nounGender !== null && this.genders[p] !== null && this.genders[p] !== nounGender) continue;
      if (relative !== null && !this.samePerson(relative, p)) return null;
      relative ??= p;
    }
    return relative === null ? null : { mention: relative, method: 'description', source: { start: det.start, end: head.end } };
  }

  /**
   * The one person named before `offset` (code points, outside quotations) as the doer of one of
   * `verbs` (alternatives of lower-case forms, "founded|owns"): "Ana Vekla founded …", "Ana Vekla,
   * 41, founded …", "Ana Vekla, who owns …", "… founded in 2009 by Ana Vekla". Null when nobody is;
   * 'several' when two different people are, or one is named with a partner in the act.
   */
  private soleAgent(verbs: string, offset: number, object?: string): number | 'several' | null {
    const active = new RegExp(`^(?:,\\s+\\d{1,3},)?(?:,?\\s+who)?\\s+(?:also\\s+|has\\s+|had\\s+|jointly\\s+)?(?:${verbs})\\b`, 'u');
    const passive = new RegExp(`\\b(?:${verbs})\\s+(?:[^\\s.;:!?"“”]+\\s+){0,6}?by\\s+$`, 'u');
    let found: number | null = null;
    for (let i = 0; i < this.mentions.length && this.mentions[i].start < offset; i++) {
      const m = this.mentions[i];
      if (m.type !== 'person' || this.insideQuote(m.start)) continue;
      if (!active.test(this.doc.text.slice(m.end, m.end + 80)) && !passive.test(this.doc.text.slice(Math.max(0, m.start - 80), m.start))) continue;
      // (an object named, "the founder of Orsa Kayaks": the sentence that makes m a founder must name it)
      const sentence = this.doc.sentences[this.doc.tokens[tokenAt(this.doc.tokens, m.start)]?.sentence ?? -1];
      if (object !== undefined && !(sentence ? this.doc.text.slice(sentence.start, sentence.end) : '').includes(object)) continue;
      // ("X and Y founded …", "founded by X and Y", "X founded it with Y": founders share the role, and
      // the noun does not say which of them spoke.)
      const rest = this.sentenceRest(m.end);
      if (/(?:\band|&)\s+$/u.test(this.doc.text.slice(Math.max(0, m.start - 6), m.start)) || /^\s*(?:,\s*)?(?:and|&)\s+\p{Lu}/u.test(rest) || /\b(?:with|alongside)\s+(?:(?:his|her|their|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u.test(rest)) return 'several';
      const p = this.fullest(this.personBySurname(i));
      if (found !== null && !this.samePerson(found, p)) return 'several';
      found ??= p;
    }
    return found;
  }

  /** True when person mention `m` carries the role (`normal`, or its singular `word`) as a title or beside the name. */
  private carries(m: EntityMention, normal: string, word: string): boolean {
    return m.titles.some((t) => titleWord(t) === normal || titleWord(t) === word) || this.hasRoleAround(m, word);
  }

  /**
   * The one person named in the sentence of mentions[near] (before `offset`, code points, outside
   * quotations) who is not known to be of the gender other than `gender`, or null when none or two
   * different people are.
   */
  private soleOfGender(near: number, offset: number, gender: Gender): number | null {
    const tokens = this.doc.tokens;
    const sentenceOf = (j: number) => tokens[tokenAt(tokens, this.mentions[j].start)]?.sentence ?? -1;
    const here = sentenceOf(near);
    // ("Tomas Korvane sued Ana Vekla over the fence. A neighbour watched. “…,” the woman said": an
    // unnamed person who acts in a sentence after the named one may be the one described.)
    const quoted = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence ?? here;
    for (let s = here + 1; s <= quoted; s++) if (this.opensWithUnnamedPerson(s, offset, gender, false)) return null;
    let found: number | null = null;
    for (let j = this.firstMentionAt(offset) - 1; j >= 0 && sentenceOf(j) >= here; j--) {
      const m = this.mentions[j];
      if (m.type !== 'person' || sentenceOf(j) !== here || this.insideQuote(m.start)) continue;
      // ("Tomas Korvane sued Ana Vekla's sister.", "… the sister of Ana Vekla.", "Ana Vekla's lawyer
      // met …": a name that owns a person noun brings in a person the sentence does not name, who
      // may be the one described.)
      if (this.possessesPerson(j) || this.ownedByNounOf(j)) return null;
      const g = this.genders[j];
      if (g !== null && g !== gender) continue;
      if (found !== null && !this.samePerson(found, j)) return null;
      found = j;
    }
    return found === null ? null : this.fullest(found);
  }

  /**
   * True when the sentence of mentions[near] names, outside quotations, another person than it
   * ("Tomas Korvane met Ana Vekla on Monday. “…,” the minister said"): a role noun that no one in the
   * story carries then fits either of them, and the story does not say which one spoke; taking the
   * nearest would be a guess. (A name in the possessive, "Korvane's lawyer", is a person of its own:
   * the rules before this one read it.)
   */
  private otherPersonInSentence(near: number): boolean {
    const tokens = this.doc.tokens;
    const sentenceOf = (j: number) => tokens[tokenAt(tokens, this.mentions[j].start)]?.sentence ?? -1;
    const here = sentenceOf(near);
    // ("X, whose son Nii trains there, said the rule changed him. “…,” the father said": the one the
    // sentence reports as speaking is the one who goes on speaking.)
    const subject = this.reportingSubject(here);
    if (subject !== null && this.samePerson(subject, near)) return false;
    // ("Tomas Korvane, whose son Ivo plays there, came to watch": a person brought in by a "whose"
    // clause is a relation of the sentence's person, not a second candidate.)
    const other = (j: number) => this.mentions[j].type === 'person' && !this.insideQuote(this.mentions[j].start) && !this.samePerson(j, near) && !/\bwhose\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u.test(this.doc.text.slice(Math.max(0, this.mentions[j].start - 40), this.mentions[j].start));
    for (let j = near - 1; j >= 0 && sentenceOf(j) === here; j--) if (other(j)) return true;
    for (let j = near + 1; j < this.mentions.length && sentenceOf(j) === here; j++) if (other(j)) return true;
    return false;
  }

  /** True when mentions[i] is the complement of a lower-case noun for a person: "the sister of X", "a lawyer for X". */
  private ownedByNounOf(i: number): boolean {
    const tokens = this.doc.tokens;
    const at = tokenAt(tokens, this.mentions[i].start);
    const of = tokens[at - 1];
    const noun = tokens[at - 2];
    return of !== undefined && noun !== undefined && /^(?:of|for)$/u.test(of.normal) && /^\p{Ll}/u.test(noun.text) && (this.isPersonRole(noun) || this.isPersonNoun(noun) || KIN_INVERSE.has(noun.normal));
  }

  /**
   * The span (code points) of a couple named by two honorifics joined by "and" before one name ("Mr
   * and Mrs Korvane", "Dr. & Mrs. Lind"), the first such among `persons`; null when none is. (The
   * honorifics may stand before the phrase, which a clause boundary, "and", may cut short.)
   */
  /**
   * "Jonas Lind and Pavel Ostrov said: “…”", "said the Vekla Bank and the Tolvik Fund": two names
   * joined by "and"/"&" as the whole source, the one at the cue among them, speak together, and a
   * quote has one speaker; neither of them is it. The pair's span (code points), or null.
   * (A title or "the" may open the second name: "Mayor Jonas Lind and Councillor Pavel Ostrov".)
   */
  /**
   * The pair's span (code points) when `tokens` are only a named pair and nothing else before the
   * cue ("Lind and Ostrov", "Mayor Jonas Lind and Councillor Pavel Ostrov"); null otherwise.
   */
  wholePairBefore(tokens: Token[]): Span | null {
    if (!tokens.length) return null;
    const mentions = this.mentionsIn(tokens[0].start, tokens[tokens.length - 1].end).filter((i) => this.mentions[i].type !== 'place');
    // (“…,” Lind and her husband said: so does a name joined to a person it only describes.)
    const partner = mentions.length === 1 ? this.describedPartner(mentions.filter((i) => this.mentions[i].type === 'person'), tokens, 'before-cue') : null;
    const pair = partner ?? this.namedPair(mentions, tokens, 'before-cue');
    if (pair === null || (mentions.length !== 2 && !partner) || pair.end < tokens[tokens.length - 1].end - 1) return null;
    // (titles may open the first name: nothing but capitalised words before it)
    return /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(this.doc.text.slice(tokens[0].start, pair.start)) ? pair : null;
  }

  private namedPair(mentions: readonly number[], tokens: Token[], mode: 'after-cue' | 'before-cue'): Span | null {
    const speaking = mentions.filter((i) => this.isSpeakerType(i) || this.mentions[i].type === 'other');
    if (speaking.length < 2) return null;
    const from = tokens[0].start;
    const to = tokens[tokens.length - 1].end;
    const [a, b] = mode === 'before-cue' ? speaking.slice(-2) : speaking.slice(0, 2);
    // (the pair stands at the cue: last before it, or first after it)
    if (mode === 'before-cue' ? this.mentions[b].end < to - 2 : this.mentions[a].start > tokens[Math.min(2, tokens.length - 1)].start) return null;
    if (this.mentions[a].name === this.mentions[b].name || (this.mentions[a].type === 'person' && this.mentions[b].type === 'person' && this.samePerson(a, b))) return null;
    if (!/^\s*(?:and|&)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(this.doc.text.slice(this.mentions[a].end, this.mentions[b].start))) return null;
    return { start: Math.max(from, this.mentions[a].start), end: Math.min(to, this.mentions[b].end) };
  }

  /**
   * The span of a named person and a person described, joined by "and", that stands at the cue
   * ("Lind and her husband", "his wife and Korvane", "Korvane and a colleague"); null otherwise.
   * The described one is a kinship noun or a person's noun or role ("her husband", "a fellow officer").
   */
  private describedPartner(persons: readonly number[], tokens: Token[], mode: 'after-cue' | 'before-cue'): Span | null {
    if (!persons.length) return null;
    const p = mode === 'before-cue' ? persons[persons.length - 1] : persons[0];
    const m = this.mentions[p];
    const from = tokens[0].start;
    const to = tokens[tokens.length - 1].end;
    const isPersonWord = (w: string) => {
      const t = tokens.find((x) => x.normal === w);
      return !!t && !t.tags.has('Plural') && (KINSHIP.has(w) || KIN_INVERSE.has(w) || NOUN_GENDERS.has(w) || this.isPersonRole(t) || this.isPersonNoun(t));
    };
    const after = /^\s+(?:and|&)\s+(?:his|her|their|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)/u.exec(this.doc.text.slice(m.end, to));
    // (the pair stands at the cue: "said X and his son", "X and his son said", nothing after it but the cue)
    if (after && isPersonWord(after[1]) && (mode === 'after-cue' ? m.start <= tokens[Math.min(2, tokens.length - 1)].start : m.end + after[0].length >= to - 1)) return { start: m.start, end: m.end + after[0].length };
    const before = /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:and|&)\s+$/u.exec(this.doc.text.slice(from, m.start));
    if (before && isPersonWord(before[1]) && mode === 'before-cue' && m.end >= to - 2) return { start: m.start - before[0].trimStart().length, end: m.end };
    return null;
  }

  private namedCouple(persons: readonly number[]): Span | null {
    for (const i of persons) {
      const m = this.mentions[i];
      const titles = /(?:^|[^\p{L}])((?:Mr|Mrs|Ms|Dr|Prof|Sir|Lady|Lord)\.?\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Dr|Prof|Lady)\.?\s+)$/u.exec(this.doc.text.slice(Math.max(0, m.start - 20), m.start));
      if (titles) return { start: m.start - titles[1].length, end: m.end };
    }
    return null;
  }

  /**
   * True when another person than mentions[i] (a name that shares none of its words' last one and
   * is no shorter form of it) carries the same role outside quotations within RIVAL_SENTENCES
   * sentences before mentions[i].
   */
  /**
   * The one person named before `from` (outside quotations) who carries the role `role` names
   * ("Finance Minister Ana Vekla" for "minister"), by the fullest mention; null when nobody or
   * several people do.
   */
  private soleCarrier(from: number, role: Token): number | null {
    const word = role.normal.replace(/s$/u, '');
    const found = new Set<number>();
    for (let i = this.firstMentionAt(from) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.type === 'person' && !this.insideQuote(m.start) && this.carries(m, role.normal, word)) found.add(this.fullest(this.personBySurname(i)));
    }
    return found.size === 1 ? [...found][0] : null;
  }

  private rivalCarrier(i: number, normal: string, word: string): boolean {
    const sentenceOf = (j: number) => this.doc.tokens[tokenAt(this.doc.tokens, this.mentions[j].start)]?.sentence ?? -1;
    const here = sentenceOf(i);
    const last = (j: number) => this.mentions[this.fullest(this.personBySurname(j))].name.split(/\s+/u).pop();
    for (let j = i - 1; j >= Math.max(0, i - LOOKBACK_MENTIONS); j--) {
      if (sentenceOf(j) < here - RIVAL_SENTENCES) break;
      const m = this.mentions[j];
      if (m.type === 'person' && !this.insideQuote(m.start) && last(j) !== last(i) && this.carries(m, normal, word)) return true;
    }
    return false;
  }

  /**
   * "The coach denied it. “…,” the 52-year-old said": an age or a nationality re-describes the
   * subject of the sentence before when that subject is itself a description of a person ("the
   * coach"): the person who carried that title or role, null when nobody did ("The referee denied
   * it." names nobody), undefined when that sentence opens otherwise.
   */
  private describedSubjectBefore(offset: number): number | null | undefined {
    const tokens = this.doc.tokens;
    const here = tokens[tokenAt(tokens, offset)]?.sentence;
    if (here === undefined) return undefined;
    for (let s = here - 1; s >= Math.max(0, here - 3); s--) {
      const sentence = this.doc.sentences[s];
      if (!sentence) return undefined;
      const first = tokens[sentence.firstToken];
      if (!first || this.insideQuote(first.start)) continue;
      const head = tokens[sentence.firstToken + 1];
      const verb = tokens[sentence.firstToken + 2];
      if (first.normal !== 'the' || !head || !verb || head.sentence !== s || verb.sentence !== s || !this.isPersonRole(head) || head.tags.has('Plural') || !verb.tags.has('Verb')) return undefined;
      // (the person who carried that title or role; a description no one carried names nobody here)
      const word = head.normal;
      const limit = this.firstMentionAt(first.start);
      for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        if (m.type === 'person' && !this.insideQuote(m.start) && (m.titles.some((t) => titleWord(t) === word) || this.hasRoleAround(m, word))) return this.fullest(i);
      }
      return null;
    }
    return undefined;
  }

  /** mentions[i] is followed by a possessive and, within three words, a noun for a person: "Vekla's father", "Vekla's new coach". */
  private possessesPerson(i: number): boolean {
    const m = this.mentions[i];
    if (!/^[’']s?(?=\s)/u.test(this.doc.text.slice(m.end, m.end + 3)) && !/[’']s?$/u.test(m.text)) return false;
    const tokens = this.doc.tokens;
    const after = tokenAt(tokens, m.end);
    for (let k = after; k < Math.min(tokens.length, after + 4); k++) {
      const t = tokens[k];
      if (!t || t.start < m.end) continue;
      if (!/^\p{Ll}/u.test(t.text)) return false;
      if (this.isPersonRole(t) || this.isPersonNoun(t) || KIN_INVERSE.has(t.normal)) return true;
    }
    return false;
  }

  /**
   * True when mentions[i] stands between commas right after a determined lower-case noun that opens
   * its sentence and denotes no person ("His first record, Tolvik Blue, was made in 1967", "Her boat,
   * Ana Maria, sank"): the name is the thing's, whatever type the entity stage gave it, and no
   * "he"/"she" is it. (Only a noun that opens the sentence: in "A spokesman for the company, X," the
   * noun before the comma is not the head the name stands beside.)
   */
  private namesAThing(i: number): boolean {
    const m = this.mentions[i];
    if (!/^\s*,/u.test(this.doc.text.slice(m.end, m.end + 3))) return false;
    const before = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:His|Her|Their|Its|The|An?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*$/u.exec(this.doc.text.slice(Math.max(0, m.start - 60), m.start));
    if (!before) return false;
    const tokens = this.doc.tokens;
    const head = tokens[tokenAt(tokens, m.start - before[0].length + before[0].lastIndexOf(before[1]))];
    return !!head && head.normal === before[1] && head.tags.has('Noun') && !head.tags.has('Plural') && !denotesPerson(head) && !this.isPersonRole(head) && !KINSHIP.has(head.normal) && !this.isPersonNoun(head);
  }

  /**
   * "Friends of Tomas Korvane said", "said supporters of Ana Vekla", "relatives of Korvane told
   * reporters": a bare plural of a person's noun (WordNet's noun.person list, the role lists, kinship)
   * that opens the phrase, with the person's name only as the complement of its preposition, is a
   * group the story does not name, never the person named. The span of the group's noun phrase
   * (code points), or null. ("users for what Ana Vekla called …": a clause after the preposition is
   * no complement.) (The singular with an article, "a friend of Korvane", is read above.)
   */
  private groupOfPerson(tokens: Token[], p: number): Span | null {
    const from = tokens[0].start;
    const lead = /^(?:(?:some|many|several|other|most|all|two|three|four|five|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{L}[\p{Ll}-]*)\s+(?:of|for|to|close\s+to|representing)\s+(?:the\s+)?(?:(?!(?:what|who|whom|whose|which|that|how|when|where)\s)[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.exec(lowerFirst(this.doc.text.slice(from, this.mentions[p].start)));
    const noun = lead ? tokens.find((t) => t.normal === lead[1] && t.end <= this.mentions[p].start) : undefined;
    if (!noun || !noun.tags.has('Plural')) return null;
    const lower = { ...noun, text: noun.text.toLowerCase() };
    const one = singularize(noun.normal);
    const person = denotesPerson(lower) || this.isPersonRole(noun) || KINSHIP.has(one) || KIN_INVERSE.has(one);
    // ("said fans of Ana Vekla": a plural noun whose first sense in WordNet is no person's, "fan" a
    // device, still heads a group that spoke; the person named after "of" never speaks for the
    // group, so any plural common noun there names nobody.)
    // (Only a bare plural that opens the phrase, after a quantifier at most: "in the words of X" is X's.)
    // (Not a record or a writing: "Diaries of the explorer X record: …" are X's own words.)
    const opens = noun === tokens[0] || (noun === tokens[1] && /^(?:some|many|several|other|most|all|two|three|four|five|\d+)$/u.test(tokens[0].normal));
    const plural = opens && noun.tags.has('Noun') && !noun.tags.has('ProperNoun') && !noun.tags.has('Pronoun') && !REPORTING_NOUNS.has(one) && !RECORD_NOUNS.has(one) && this.mentionsIn(noun.start, noun.end).length === 0;
    return person || plural ? { start: from, end: noun.end } : null;
  }

  /**
   * Whether t, after "a"/"an" and before a preposition, names a person who holds a post at a body
   * ("an official at", "a spokesman for", "a source close to"): a role from the lists, a noun of an
   * unnamed source, or any noun WordNet gives as a person's ("a broker at Tolvik Capital", "a
   * clerk with the council"; "broker" is a trade of firms too, but a firm is not "at" another).
   */
  unnamedHolder(t: Token): boolean {
    return this.isPersonRole(t) || UNNAMED_SOURCE_NOUNS.has(t.normal) || (/^\p{Ll}/u.test(t.text) && !t.tags.has('Plural') && denotesPerson(t));
  }

  /**
   * A singular lower-case noun for a person that compromise tags as an Actor ("teenager",
   * "pensioner", "youngster", "veteran"), less the nouns news uses for a source it will not name
   * ("the source", "the insider", "the person familiar with …").
   */
  /**
   * A singular lower-case noun whose first WordNet sense is a person's ("fisherman", "croupier"),
   * less the nouns for a source the story will not name and the nouns a company is called by as
   * well as a person ("the carrier", "the lender", "the exporter": left to the body rules).
   */
  private isWordNetPersonNoun(t: Token): boolean {
    return !t.tags.has('Plural') && /^\p{Ll}+$/u.test(t.text) && !UNNAMED_SOURCE_NOUNS.has(t.normal) && !BODY_HEADS.has(t.normal) && !PERSON_TRADES.has(t.normal) && denotesPerson(t);
  }

  private isPersonNoun(t: Token): boolean {
    return t.tags.has('Actor') && !t.tags.has('Plural') && /^\p{Ll}+$/u.test(t.text) && !UNNAMED_SOURCE_NOUNS.has(t.normal);
  }

  /**
   * True when person mention `m` stands between commas right after a person's noun that is a
   * preposition's complement: "a spokesman for the family of the victim, Lena Dahlberg,", "a lawyer
   * representing the widow, Mira Tolvane,". A name in apposition belongs to the nearest noun it
   * follows, so it names the victim or the widow, and the noun the phrase opens with (the
   * spokesman, the lawyer) stays unnamed. A body's noun there leaves the name to the head, as does
   * a noun a company may be called ("a spokesman for the developer, Tomas Lind,").
   */
  namesComplement(m: EntityMention): boolean {
    const tokens = this.doc.tokens;
    const at = tokenAt(tokens, m.start);
    const noun = tokens[at - 1];
    if (!noun || tokens[at]?.start !== m.start || !/^\s*,\s*$/u.test(this.doc.text.slice(noun.end, m.start))) return false;
    if (!/^\p{Ll}/u.test(noun.text) || noun.tags.has('Plural') || !(this.isPersonRole(noun) || denotesPerson(noun) || KINSHIP.has(noun.normal))) return false;
    if (GENERIC_BODY_HEADS.has(noun.normal) || ORGANIZATION_APPOSITIVES.has(noun.normal) || noun.normal in TRADE_NAME_WORDS) return false;
    // the noun's own phrase: a determiner and up to two modifiers after a preposition
    const phrase = /(?:^|\s)(?:of|for|to|representing|close\s+to)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
    return phrase.test(this.doc.text.slice(Math.max(0, noun.start - 60), noun.start));
  }

  /** True when the nearest sentence before `offset`'s that does not open inside a quotation opens with a person's name (among its first three words). */
  private opensWithPersonBefore(offset: number): boolean {
    const tokens = this.doc.tokens;
    const here = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence;
    for (let s = (here ?? 0) - 1; s >= 0; s--) {
      const sentence = this.doc.sentences[s];
      const first = sentence ? tokens[sentence.firstToken] : undefined;
      if (!sentence || !first) return false;
      if (this.insideQuote(first.start)) continue;
      const opening = tokens[Math.min(sentence.firstToken + 3, sentence.lastToken, tokens.length - 1)];
      return this.mentionsIn(first.start, opening.end).some((i) => this.mentions[i].type === 'person');
    }
    return false;
  }

  /**
   * The one named person who is the subject of the nearest sentence before `offset`'s that does not
   * open inside a quotation: a person's name among the sentence's first words, with no other
   * person before it, followed (past an appositive between commas: "X, 19,") by a verb and not by
   * "and" ("X, 16, and his sister Y were rescued" has two). Null otherwise.
   */
  private namedSubjectBefore(offset: number): number | null {
    const tokens = this.doc.tokens;
    const here = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence;
    if (here === undefined) return null;
    for (let s = here - 1; s >= Math.max(0, here - 3); s--) {
      const sentence = this.doc.sentences[s];
      const first = sentence ? tokens[sentence.firstToken] : undefined;
      if (!sentence || !first) return null;
      if (this.insideQuote(first.start)) continue;
      const last = tokens[Math.min(sentence.lastToken, tokens.length - 1)];
      const within = this.mentionsIn(first.start, last.end).filter((i) => this.mentions[i].type === 'person' && !this.insideQuote(this.mentions[i].start));
      if (!within.length) return null;
      const m = this.mentions[within[0]];
      const at = tokenAt(tokens, m.start);
      // (past a short opening phrase and its comma: "On the way back, Tomas Orrevik cut the engine")
      if (at - this.afterOpeningPhrase(s) > 3) return null;
      // ("Dorian Vekla's father shook his head. “…,” the father said": the subject is the possessor's relative.)
      if (this.possessesPerson(within[0])) return null;
      let k = tokenAt(tokens, m.end);
      // (past an appositive between commas: "X, 19,", "X, a pensioner,"; and past a relative clause
      // after an age: "X, 17, who trains at a club in Tolvik, won …", "X, 81, whose family …, lost …")
      if (/^\s*,/u.test(this.doc.text.slice(m.end, m.end + 3))) {
        for (let segment = 0; ; segment++) {
          let j = k;
          while (j <= sentence.lastToken && j - k < 8 && !/,/u.test(tokens[j].post)) j++;
          if (j > sentence.lastToken || j - k >= 8) return null;
          const age = segment === 0 && j === k && /^\d{1,3}$/u.test(tokens[k].text);
          k = j + 1;
          if (!age || !/^(who|whose)$/u.test(tokens[k]?.normal ?? '')) break;
        }
      }
      const verb = tokens[k];
      if (!verb || verb.sentence !== s || verb.normal === 'and' || !verb.tags.has('Verb') || verb.tags.has('Gerund')) return null;
      // ("Ana Reyes, a teacher, lost her house. “…,” the farmer said": a person the story already
      // describes by another noun, a title or a role is not re-described by a new one.)
      if (this.describedOtherwise(m)) return null;
      return this.fullest(within[0]);
    }
    return null;
  }

  /**
   * True when mentions[i] is the subject of a passive: "X was arrested", "X, 34, has been
   * charged", "X, a farmer, was found guilty".
   */
  passiveSubject(i: number): boolean {
    const m = this.mentions[i];
    const after = /^(?:,\s+[^,.;:!?]{1,40},)?\s+(?:was|were|is|are|has been|had been|have been|will be|would be)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(this.doc.text.slice(m.end, m.end + 80));
    if (!after) return false;
    const at = m.end + after[0].length - after[1].length;
    const t = this.doc.tokens[tokenAt(this.doc.tokens, at)];
    // (the tagger reads some participles after "was" as adjectives: "was charged")
    return t !== undefined && t.start === at && /(?:ed|en|wn|ught|t)$/u.test(t.normal) && ((t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle'))) || (t.tags.has('Adjective') && /ed$/u.test(t.normal)));
  }

  /**
   * True when the story gives person `p` (any of its mentions before `offset`) a listed role in
   * lower case, right before the name or as the head of an appositive after it ("councillor Ana
   * Reyvik", "Ana Reyvik, a councillor,", "X, the chairman of Y,"), and none of those roles is
   * `word`; two of a team's roles ("captain", "skipper") count as one.
   */
  private otherRole(p: number, offset: number, word: string): boolean {
    const roles = new Set<string>();
    for (let i = this.firstMentionAt(offset) - 1; i >= Math.max(0, this.firstMentionAt(offset) - LOOKBACK_MENTIONS); i--) {
      const m = this.mentions[i];
      if (m.type !== 'person' || this.insideQuote(m.start) || !this.samePerson(i, p)) continue;
      const given = this.givenRoles(m);
      if (given.before) roles.add(given.before.normal);
      if (given.appositive) roles.add(given.appositive);
    }
    const listed = [...roles].filter((r) => PERSON_HEADS.has(r) && !ANY_PERSON_NOUNS.has(r));
    if (!listed.length || listed.includes(word)) return false;
    return !(TEAM_ROLES.has(word) && listed.some((r) => TEAM_ROLES.has(r)));
  }

  /**
   * The lower-case words a person's mention is given as a role: the word right before the name with
   * no punctuation between ("councillor Ana Reyvik" → its token), and the head noun of an appositive
   * after it ("Ana Reyvik, a councillor," → "councillor"; "X, 54, the chairman of Y," → "chairman").
   */
  private givenRoles(m: EntityMention): { before: Token | null; appositive: string | null } {
    const t = this.doc.tokens[tokenAt(this.doc.tokens, m.start) - 1];
    const before = t && t.end <= m.start && /^\p{Ll}/u.test(t.text) && !/[,;:.]/u.test(t.post) ? t : null;
    const appositive = /^,\s+(?:\d{1,3},\s+)?(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*,|\s+(?:of|at|from|for|in|with|who|and)\b)/u.exec(this.doc.text.slice(m.end, m.end + 80));
    return { before, appositive: appositive?.[1] ?? null };
  }

  /**
   * True when the story gives a person's name a description: a title other than a courtesy one
   * ("Mayor", "Dr"; not "Mr", "Ms"), a lower-case role noun right before it ("farmer Ana Reyes"),
   * or an appositive noun phrase after it ("Ana Reyes, a teacher,").
   */
  private describedOtherwise(m: EntityMention, occupationOnly = false): boolean {
    if (m.titles.some((t) => !/^(?:mr|mrs|ms|miss|mx|sir|dame|madam)\.?$/iu.test(t))) return true;
    const { before, appositive } = this.givenRoles(m);
    // (`occupationOnly`: only a noun no title or role list holds, "pilot", "farmer": the listed roles,
    // "Vekmere captain X … the skipper", describe an office that other nouns name too.)
    if (before && this.isPersonRole(before)) return !occupationOnly || !PERSON_HEADS.has(before.normal);
    if (occupationOnly) return appositive !== null && !PERSON_HEADS.has(appositive);
    return /^,\s+(?:\d{1,3},\s+)?(?:a|an|the|his|her|their|its)\s/iu.test(this.doc.text.slice(m.end, m.end + 14));
  }

  /**
   * True when the sentence of body `i` names another body with another name that the same noun
   * heads: "The Tolvik Miners’ Union and the Vekla Steel Union both called strikes. “…,” the union
   * said" does not say which union spoke.
   */
  private sameHeadInSentence(i: number, heads: (m: EntityMention) => boolean): boolean {
    const tokens = this.doc.tokens;
    const s = tokens[tokenAt(tokens, this.mentions[i].start)]?.sentence;
    const sentence = s === undefined ? undefined : this.doc.sentences[s];
    if (!sentence) return false;
    const from = tokens[sentence.firstToken].start;
    const to = tokens[Math.min(sentence.lastToken, tokens.length - 1)].end;
    return this.mentionsIn(from, to).some((j) => j !== i && this.mentions[j].type === 'organization' && this.mentions[j].name !== this.mentions[i].name && !this.insideQuote(this.mentions[j].start) && heads(this.mentions[j]));
  }

  /**
   * True when a mention stands in a byline ("By Ana Reyvik"), a short paragraph opening with "By":
   * the writer of the story, who is no antecedent of "she" or "the reporter" in it.
   */
  inByline(m: EntityMention): boolean {
    const p = paragraphAt(this.doc, m.start);
    // ("(Photo: Ivo Tolbeg)", "Picture by X", "Credit: X": a picture's credit names its maker, no one in the story.)
    if (CREDIT_BEFORE.test(this.doc.text.slice(Math.max(p?.start ?? 0, m.start - 24), m.start))) return true;
    return p !== undefined && p.end - p.start <= 80 && /^\s*by\s/iu.test(this.doc.text.slice(p.start, m.start));
  }

  /**
   * The subject of the reporting verb of the sentence before `offset`'s (or of its own, before
   * it) when that sentence says a statement was made ("said in a statement", "issued a statement"):
   * a person or a body; null otherwise.
   */
  private statementIssuer(offset: number): number | null {
    const tokens = this.doc.tokens;
    const here = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence ?? 0;
    for (const s of [here, here - 1]) {
      const sentence = this.doc.sentences[s];
      if (!sentence) continue;
      const from = tokens[sentence.firstToken].start;
      const to = Math.min(tokens[Math.min(sentence.lastToken, tokens.length - 1)].end, offset);
      if (!/\b(?:in|issued|released|put out)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?statement\b/u.test(this.doc.text.slice(from, to))) continue;
      const subject = this.reportingSubject(s);
      if (subject !== null && this.mentions[subject].start < offset && (this.mentions[subject].type === 'person' || this.mentions[subject].type === 'organization')) return subject;
    }
    return null;
  }

  /** The text from `offset` to the end of its sentence (at most 300 characters). */
  private sentenceRest(offset: number): string {
    const tokens = this.doc.tokens;
    const s = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence;
    const sentence = s === undefined ? undefined : this.doc.sentences[s];
    const end = sentence ? tokens[Math.min(sentence.lastToken, tokens.length - 1)].end : offset;
    return this.doc.text.slice(offset, Math.min(end, offset + 300));
  }

  /** The years of an age used as a noun: 27 for the "old" of "27-year-old". */
  private ageOf(t: Token): number | null {
    const m = /\b(\d{1,3})[-‐]year[-‐]old$/iu.exec(this.doc.text.slice(Math.max(0, t.start - 12), t.end));
    return m ? Number(m[1]) : null;
  }

  /**
   * The age the story gives a person's mention right beside the name: "Ana Vekla, 34,", "Ana
   * Vekla (34)", "34-year-old Ana Vekla"; null when it gives none there.
   */
  private statedAge(i: number): number | null {
    const m = this.mentions[i];
    // ("… and Jonas Lind, 34." : the age may close the sentence)
    const after = /^(?:,\s*|\s*\()(\d{1,3})(?:\)|,|[.;:!?](?!\d)|\s*$)/u.exec(this.doc.text.slice(m.end, m.end + 7));
    if (after) return Number(after[1]);
    const before = /\b(\d{1,3})[-‐]year[-‐]old\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.exec(this.doc.text.slice(Math.max(0, m.start - 40), m.start));
    return before ? Number(before[1]) : null;
  }

  /**
   * True when, from the sentence of mentions[i] up to `offset` (code points), outside quotations, the
   * story gives an age in `range` ([first, last] years) to a person it does not name: "a 16-year-old
   * boy", "a girl, 15,", "his friend, aged 17,", or the range's own noun or adjective, "a teenage
   * girl", "an octogenarian neighbour" (`noun`: the range's noun, lower case). Such a person is as
   * much who the range's noun describes as the named one.
   */
  private unnamedAgedSince(i: number, offset: number, noun: string, range: readonly [number, number]): boolean {
    const tokens = this.doc.tokens;
    const sentence = this.doc.sentences[tokens[tokenAt(tokens, this.mentions[i].start)]?.sentence ?? -1];
    const start = sentence ? tokens[sentence.firstToken].start : this.mentions[i].start;
    const text = this.doc.text.slice(start, offset);
    const inRange = (years: string) => Number(years) >= range[0] && Number(years) <= range[1];
    // (a name right after the phrase, or after its comma, is the person the phrase introduces)
    const named = (rest: string) => /^(?:\s+|,\s*)\p{Lu}/u.test(rest);
    const word = noun === 'teen' || noun === 'teenager' ? '(?:teen|teenager|teenage|teenaged)' : escapeRegExp(noun);
    // (the phrase's own words, up to two, before a name it may introduce; a preposition or a relative
    // word ends it, "a 16-year-old boy on Friday")
    const words = String.raw`(?:\s+(?!(?:on|in|at|by|from|with|for|of|to|and|who|that|which)\b)\p{Ll}[\p{L}-]*){0,2}`;
    const patterns = [
      new RegExp(`\\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\\s+(\\d{1,3})[-‐]year[-‐]old${words}`, 'gu'),
      /\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*,\s*(?:aged\s+)?(\d{1,3}),/gu,
      new RegExp(`\\b(?:[Aa]n?)\\s+${word}${words}`, 'gu'),
    ];
    // ("Aron Vekson, 19, a teenage apprentice,": a phrase in apposition after a comma is the named one's.)
    const apposition = (at: number) => /,\s*$/u.test(text.slice(Math.max(0, at - 3), at));
    return patterns.some((re, k) => [...text.matchAll(re)].some((m) => !this.insideQuote(start + m.index) && !apposition(m.index) && (k === 2 || inRange(m[1])) && (k === 1 || !named(text.slice(m.index + m[0].length)))));
  }

  /** The distinct people (fullest mentions) before `offset`, outside quotations, whom the story gives that age. */
  private personsAged(offset: number, years: number): number[] {
    const limit = this.firstMentionAt(offset);
    const found = new Set<number>();
    for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
      const m = this.mentions[i];
      if (m.type === 'person' && !this.insideQuote(m.start) && this.statedAge(i) === years) found.add(this.fullest(this.personBySurname(i)));
    }
    return [...found];
  }

  /** The distinct people (fullest mentions) before `offset`, outside quotations, with the age the story gives them. */
  private personsWithAge(offset: number): { mention: number; years: number }[] {
    const limit = this.firstMentionAt(offset);
    const found = new Map<number, number>();
    for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
      const m = this.mentions[i];
      const years = m.type === 'person' && !this.insideQuote(m.start) ? this.statedAge(i) : null;
      // (a full name is its own person: a father and a son share the surname)
      const p = /\s/u.test(m.name) ? i : this.fullest(this.personBySurname(i));
      if (years !== null && ![...found.keys()].some((q) => this.mentions[q].name === this.mentions[p].name)) found.set(p, years);
    }
    return [...found].map(([mention, years]) => ({ mention, years }));
  }

  /**
   * The person a definite description continues as the story's topic when the sentence before it
   * names nobody but opens with "he"/"she" or with an age as its subject: "Tomas Orrevik sold his
   * trawler in 2019. Now he takes tourists out. “…,” the fisherman said" (and "The 61-year-old
   * fixes nets. “…,” the fisherman said"). A subject pronoun keeps the topic (centering), and a new
   * description of that subject, with no one else in between, re-describes it. `noun` is the
   * description's lower-case head, or null for an age.
   * Null (nobody) when the pronoun's person is not found or not of a gender the noun allows
   * ("fisherman" is no "she"), when the story already used the noun for someone it introduced
   * without a name ("a fisherman from Orvik …"), or when it describes that person by another role.
   */
  private topicSubjectBefore(offset: number, noun: string | null): number | null {
    const tokens = this.doc.tokens;
    const here = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence;
    if (here === undefined || here < 1) return null;
    const sentence = this.doc.sentences[here - 1];
    const first = sentence ? tokens[sentence.firstToken] : undefined;
    if (!sentence || !first || this.insideQuote(first.start)) return null;
    // (nobody named in the sentence: a named person there is left to the rules that read names)
    const last = tokens[Math.min(sentence.lastToken, tokens.length - 1)];
    if (this.mentionsIn(first.start, last.end).some((i) => this.mentions[i].type === 'person' || this.rolePerson(i))) return null;
    // The subject: the sentence's first word, or the first after a short opening with no verb
    // ("Now he …", "On a busy day he …").
    let k = sentence.firstToken;
    while (k <= sentence.lastToken && k - sentence.firstToken < 5 && !/^(he|she|the)$/u.test(tokens[k].normal)) {
      const t = tokens[k];
      if (t.tags.has('Verb') || t.tags.has('Pronoun') || (k > sentence.firstToken && /^\p{Lu}/u.test(t.text))) return null;
      k++;
    }
    const subject = tokens[k];
    if (!subject || k > sentence.lastToken || this.insideQuote(subject.start)) return null;
    let found: number | null = null;
    let gender: Gender | null = null;
    if (/^(he|she)$/u.test(subject.normal) && subject.tags.has('Pronoun') && tokens[k + 1]?.tags.has('Verb')) {
      gender = subject.normal === 'she' ? 'female' : 'male';
      found = this.antecedent(subject);
    } else if (subject.normal === 'the' && k === sentence.firstToken) {
      // ("The 58-year-old spends …": the age the story gives one person, else the person just named)
      const age = tokens.slice(k + 1, k + 5).find((t) => this.isAge(t));
      // (an adverb may stand before the verb: "The 58-year-old now takes …")
      const after = age ? tokens.indexOf(age) + 1 : -1;
      const adverb = (t: Token | undefined) => !!t && (t.tags.has('Adverb') || t.normal === 'now') && !t.tags.has('Verb') && t.normal !== 'and';
      const verb = age ? tokens[adverb(tokens[after]) ? after + 1 : after] : undefined;
      if (!age || !verb || verb.sentence !== here - 1 || !verb.tags.has('Verb')) return null;
      const years = this.ageOf(age);
      const aged = years !== null ? this.personsAged(subject.start, years) : [];
      found = aged.length === 1 ? aged[0] : aged.length > 1 ? null : this.nearest(subject.start, 'person', null, 2);
      const stated = found !== null && years !== null ? this.statedAge(found) : null;
      if (stated !== null && stated !== years) return null;
    } else return null;
    if (found === null) return null;
    if (noun !== null) {
      const nounGender = /.woman$/u.test(noun) ? 'female' : /.man$/u.test(noun) ? 'male' : plainNounGender(noun);
      if (nounGender !== null && ((gender !== null && gender !== nounGender) || (this.genders[found] !== null && this.genders[found] !== nounGender))) return null;
      // ("A fisherman from Orvik joined them. … “…,” the fisherman said": the noun has its own person.)
      if (new RegExp(`\\b(?:an?|one|another)\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(noun)}\\b`, 'iu').test(this.doc.text.slice(0, offset))) return null;
      if (this.describedOtherwise(this.mentions[found])) return null;
    }
    return this.fullest(found);
  }

  /**
   * True when the story, in the 600 code points before `offset` (at most this paragraph and the one
   * before) and outside quotations, already speaks of someone as "the NOUN" ("the new teacher", "the
   * mayor of Dorva") with no name in apposition after it: "Mira Tollen criticised the mayor. “…,” the
   * mayor said" is that mayor, whom the story does not name, not Mira Tollen. `noun` is the
   * description's lower-case head. (The rule came from a tester's sentences, not from an article.)
   */
  private nounHasOtherBearer(noun: string, offset: number): boolean {
    // (this paragraph and the one before: a headline's "The striker who came home" is the story's
    // subject, announced, not another person)
    const text = this.doc.text;
    const line = text.lastIndexOf('\n', offset - 1);
    const previous = line > 0 ? text.lastIndexOf('\n', text.slice(0, line).trimEnd().length - 1) : -1;
    const start = Math.max(0, offset - 600, previous + 1);
    const re = new RegExp(`\\b[Tt]he\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?${escapeRegExp(noun)}\\b(?!\\s*,\\s*\\p{Lu})`, 'gu');
    for (const m of text.slice(start, offset).matchAll(re)) if (!this.insideQuote(start + m.index)) return true;
    return false;
  }

  /** The last word of an age used as a noun: "old" in "27-year-old". */
  // (the tagger keeps "61-year-old" one token in some sentences, "“…,” said the 61-year-old", and
  // splits off its "old" in others, "“…,” the 61-year-old said": either is the age)
  private isAge(t: Token): boolean {
    return (t.normal === 'old' || /^\d{1,3}[-‐]year[-‐]old$/iu.test(t.normal)) && /\b\d{1,3}[-‐]year[-‐]old$/iu.test(this.doc.text.slice(Math.max(0, t.start - 12), t.end));
  }

  /** True when a body's name is of the trade a noun names ("Tolvik Savings Bank" is a lender) or names no kind at all ("Vekair"). */
  private ofTrade(m: EntityMention, trade: string): boolean {
    const words = m.name.toLowerCase().replace(/[.,]/gu, '').split(/\s+/u);
    while (words.length > 1 && CORPORATE_CLOSERS.has(words[words.length - 1])) words.pop();
    const kind = words[words.length - 1];
    if (kind === trade || TRADE_NAME_WORDS[trade].includes(kind)) return true;
    // ("Tolvik Power and Light": the trade word may stand before the last word.)
    if (words.some((w) => TRADE_NAME_WORDS[trade].includes(w))) return true;
    return words.length === 1 || !(ORGANIZATION_HEADS.has(kind) || BODY_DESCRIPTIONS.has(kind));
  }

  /**
   * "Vekland's finance minister, Tolu Vekah-Orsa", "coach Dan Harlow", "Ana Ruiz, the club's
   * manager,": the role noun in lower case right before the name or in an appositive after it.
   * (An appositive closes: "Under questioning by X, the witness admitted …" names the witness as
   * the main clause's subject, not X's role.)
   */
  private hasRoleAround(m: EntityMention, role: string): boolean {
    const text = this.doc.text;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 60);
    // ("the MP for Tolvik North": a role written as an acronym is in capitals.)
    const noun = `(?:${escapeRegExp(role)}|${escapeRegExp(role.toUpperCase())})s?`;
    // ("Judge Kofi Boateng jailed …": a capitalised title the entity stage read as a verb still names the role.)
    // ("An agronomist from the Orvik Institute, Ana Vekla, warned …": the role with its complement in
    // an opening phrase the name stands in apposition to.)
    // ("A spokesman for the mayor, Jonas Lind," is the mayor: a complement with a person's role in it
    // gives the name to that role.)
    const opening = new RegExp(`(?:^|[.!?]["”]?\\s+|\\n)(?:An?|The)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\s+(?:of|from|at|for|with|in)\\s+([^,;:.!?"“”\\n]{1,50}),\\s+$`, 'u').exec(text.slice(Math.max(0, m.start - 90), m.start));
    const openingRole = opening !== null && !opening[1].split(/\s+/u).some((w) => PERSON_HEADS.has(w) || KINSHIP.has(w) || PERSON_NOUNS.has(w));
    return new RegExp(`\\b${noun},?\\s+$`, 'iu').test(before) || openingRole || new RegExp(`^,\\s+(?:\\d{1,3},\\s+)?(?:a|an|the|its|his|her|their|[\\p{Lu}][\\p{L}’']*’s|[\\p{Lu}][\\p{L}']*'s)\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}${noun}(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|at|from|for|in|on|with|to|who|and|since|until)\\b)`, 'u').test(after)
      // ("Tomas Korvane is a ferryman on the Orsa crossing": the noun the story predicates of the name)
      || new RegExp(`^(?:,\\s+\\d{1,3},)?\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${noun}\\b`, 'u').test(after);
  }

  /** The organisation that is the subject of the reporting verb of the sentence before `offset`'s, if any. */
  private previousReportingBody(offset: number): number | null {
    const here = this.doc.tokens[Math.min(tokenAt(this.doc.tokens, offset), this.doc.tokens.length - 1)]?.sentence ?? 0;
    for (const s of [here, here - 1]) {
      if (s < 0) continue;
      const subject = this.reportingSubject(s);
      if (subject !== null && this.mentions[subject]?.type === 'organization' && this.mentions[subject].start < offset) return subject;
    }
    return null;
  }

  /**
   * The organisation that opens the sentence before `offset`'s (after "The" at most) when that
   * sentence names no other organisation; null otherwise ("X drew with Y." names two sides).
   */
  private soleOpeningBody(offset: number): number | null {
    const here = this.doc.tokens[Math.min(tokenAt(this.doc.tokens, offset), this.doc.tokens.length - 1)]?.sentence ?? 0;
    const sentence = this.doc.sentences[here - 1];
    if (!sentence) return null;
    const sentenceOf = (m: EntityMention) => this.doc.tokens[tokenAt(this.doc.tokens, m.start)]?.sentence;
    const bodies = this.mentions.map((m, i) => [m, i] as const).filter(([m]) => m.type === 'organization' && sentenceOf(m) === here - 1 && !this.insideQuote(m.start));
    if (bodies.length !== 1) return null;
    const [m, i] = bodies[0];
    const first = this.doc.tokens[sentence.firstToken];
    const opens = m.start === first.start || (/^the$/iu.test(first.text) && m.start === this.doc.tokens[sentence.firstToken + 1]?.start);
    return opens ? i : null;
  }

  /**
   * "Vekair cancelled 40 flights on Monday. “…,” the company said": a name the entity stage could not
   * type (`other`) that opens the sentence before `offset`'s, as the subject of a finite verb, is the
   * company the story is about; null when that sentence opens otherwise.
   */
  private openingUnknown(offset: number): number | null {
    const here = this.doc.tokens[Math.min(tokenAt(this.doc.tokens, offset), this.doc.tokens.length - 1)]?.sentence ?? 0;
    const sentence = this.doc.sentences[here - 1];
    if (!sentence) return null;
    const tokens = this.doc.tokens;
    let k = sentence.firstToken;
    if (/^the$/iu.test(tokens[k]?.text ?? '')) k++;
    const at = this.firstMentionAt(tokens[k]?.start ?? Infinity);
    const m = this.mentions[at];
    if (!m || m.type !== 'other' || m.start !== tokens[k].start || this.insideQuote(m.start)) return null;
    // ("The Tolvik Marathon drew 40,000 runners": an event's name is no company.)
    if (EVENT_HEADS.has(m.name.toLowerCase().split(/\s+/u).pop() ?? '')) return null;
    // ("Ngozi Okafor … Okafor cancelled the concert": a surname of a person named before is that person.)
    if (this.personBySurname(at) !== at) return null;
    const verb = tokens[tokenAt(tokens, m.end)];
    const next = verb && verb.start >= m.end ? verb : tokens[tokenAt(tokens, m.end) + 1];
    const finite = next !== undefined && next.sentence === here - 1 && next.tags.has('Verb') && (next.tags.has('PastTense') || next.tags.has('PresentTense')) && !next.tags.has('Gerund') && !next.tags.has('Copula');
    return finite ? at : null;
  }

  /**
   * In the nearest sentence up to `offset`'s that names a body outside quotations (this one, else
   * the one before), that body when it is the only one, is not the sentence's subject (it does not
   * open the sentence, and no reporting verb has it as subject), and its name declares no kind of
   * its own ("Tolvik Freight Ltd.", "the Federal Court" are what their last word says), and it is
   * a passive's agent or modifies a noun. A name of unknown type counts only as the agent of a
   * passive ("was brought by the Tolvik Ombudsman").
   */
  private soleBodyBesideSubject(offset: number): number | null {
    const here = this.doc.tokens[Math.min(tokenAt(this.doc.tokens, offset), this.doc.tokens.length - 1)]?.sentence ?? 0;
    const sentenceOf = (m: EntityMention) => this.doc.tokens[tokenAt(this.doc.tokens, m.start)]?.sentence;
    const limit = this.firstMentionAt(offset);
    for (const s of [here, here - 1]) {
      const sentence = this.doc.sentences[s];
      if (!sentence) continue;
      const bodies: number[] = [];
      for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        const at = sentenceOf(m);
        if (at === undefined || at < s) break;
        if (at !== s || this.insideQuote(m.start)) continue;
        const agent = m.type === 'other' && /\bby\s+(?:the\s+)?$/iu.test(this.doc.text.slice(Math.max(0, m.start - 8), m.start));
        if (m.type === 'organization' || agent) bodies.push(i);
      }
      if (bodies.length === 0) continue;
      if (bodies.length > 1) return null;
      const i = bodies[0];
      const m = this.mentions[i];
      const first = this.doc.tokens[sentence.firstToken];
      const opens = m.start === first.start || (/^the$/iu.test(first.text) && m.start === this.doc.tokens[sentence.firstToken + 1]?.start);
      const words = m.name.toLowerCase().replace(/[.,]/gu, '').split(/\s+/u);
      if (opens || this.reportingSubject(s) === i || (words.length > 1 && ORGANIZATION_HEADS.has(words[words.length - 1]))) return null;
      // The body acts or owns: the agent after "by", or a name that modifies a noun ("TASA contracts",
      // "TASA's review"). An object ("Ana Ruiz sued Vekair", "a deal with Vekair") is what the
      // subject acted on, and the new description is someone else.
      const agent = /\bby\s+(?:the\s+)?$/iu.test(this.doc.text.slice(Math.max(0, m.start - 8), m.start));
      const next = this.doc.tokens[tokenAt(this.doc.tokens, m.end)];
      const modifier = next !== undefined && next.start >= m.end && next.start - m.end <= 2 && (/^[’']s?$/u.test(this.doc.text.slice(m.end, next.start).trim()) || (/^\s$/u.test(this.doc.text.slice(m.end, next.start)) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb')));
      return agent || modifier ? i : null;
    }
    return null;
  }

  /** Among mentions[0..limit), the latest mention of the type's most often named entity (names grouped by first word); null if none or a tie. */
  private mostNamed(limit: number, type: 'organization'): number | null {
    const counts = new Map<string, number>();
    const latest = new Map<string, number>();
    // "Vekmere boss … Vekmere City have sacked …": news shortens a club or firm to its first
    // word, so the short and the full name count as one.
    for (let i = Math.max(0, limit - LOOKBACK_MENTIONS); i < limit; i++) {
      const m = this.mentions[i];
      if (m.type !== type || this.insideQuote(m.start)) continue;
      const key = m.name.split(' ')[0];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      latest.set(key, i);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return null;
    return latest.get(ranked[0][0])!;
  }

  /** "he"/"she" (or "him"/"her") → the nearest earlier person of agreeing gender; null when there is none. */
  antecedent(pronoun: Token): number | null {
    // (an object pronoun, "according to him", says its gender as the subject one does)
    const gender: Gender | null = /^(she|her)$/u.test(pronoun.normal) ? 'female' : /^(he|him)$/u.test(pronoun.normal) ? 'male' : null;
    return this.nearest(pronoun.start, 'person', gender);
  }

  /**
   * True when mentions[i] is joined by "and" to a "she"/"he" of `gender` ("She and Vekla have
   * worked the slope for years", "Vekla and he met"): the pronoun there is someone else of that
   * gender, whom the story had in mind, and a later "she" is as likely that one as mentions[i].
   */
  private pairedWithPronoun(i: number, gender: Gender): boolean {
    const word = gender === 'female' ? 'she' : 'he';
    const m = this.mentions[i];
    return new RegExp(`(?:^|[^\\p{L}])${word}\\s+and\\s+$`, 'iu').test(this.doc.text.slice(Math.max(0, m.start - 10), m.start)) || new RegExp(`^\\s+and\\s+${word}(?![\\p{L}])`, 'iu').test(this.doc.text.slice(m.end, m.end + 10));
  }

  /**
   * In the nearest earlier sentence (outside quotations) that has a fitting mention: the subject
   * of its reporting verb when that fits, else its first fitting mention. A person fits when its
   * gender, if known, agrees.
   */
  nearest(offset: number, type: 'person' | 'organization', gender: Gender | null, maxSentencesBack = Infinity, depth = 0): number | null {
    const limit = this.firstMentionAt(offset);
    // (a one-word name typed as a body that stands for a person named before counts as that person: "de Vega")
    const asPerson = (i: number) => (this.mentions[i].type === 'person' || this.rolePerson(i) ? i : this.mentions[i].type === 'place' || this.personBySurname(i) === i ? null : this.personBySurname(i));
    const fits = (i: number) => {
      const m = this.mentions[i];
      if (this.insideQuote(m.start) || this.inByline(m)) return false;
      if (type === 'organization') return m.type === 'organization' && asPerson(i) === null && !this.employsUnnamed(i);
      const p = asPerson(i);
      if (p === null || this.namesAThing(i)) return false;
      return gender === null || this.genders[p] === null || this.genders[p] === gender;
    };
    const sentenceOf = (i: number) => this.doc.tokens[tokenAt(this.doc.tokens, this.mentions[i].start)]?.sentence ?? -1;
    const here = this.doc.tokens[Math.min(tokenAt(this.doc.tokens, offset), this.doc.tokens.length - 1)]?.sentence ?? 0;
    let sentence = -1;
    let first: number | null = null;
    for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
      const s = sentenceOf(i);
      if (sentence >= 0 && s !== sentence) break;
      if (s < here - maxSentencesBack) break;
      if (!fits(i)) continue;
      sentence = s;
      first = i;
    }
    if (first === null) return null;
    // "Vekla’s neighbour, Lovely Tolvane, nodded. “…,” she said": a name in the possessive only
    // determines the subject's noun; the next fitting person of the sentence is its subject.
    const possessorFirst = type === 'person' && /^[’']s?\b/u.test(this.doc.text.slice(this.mentions[first].end, this.mentions[first].end + 2)) ? first : null;
    if (possessorFirst !== null) {
      for (let i = first + 1; i < limit && sentenceOf(i) === sentence; i++) {
        if (fits(i)) {
          first = i;
          break;
        }
      }
    }
    if (type === 'person' && gender !== null && this.pairedWithPronoun(first, gender)) return null;
    // "A spokesman for the centre said rivers were rising. “…,” he said": an unnamed person who
    // reported in a sentence after the one that names someone is who "he" is, and has no name.
    // ("An official who worked with Ana Reyes said the report was late. “…,” the official said": so
    // does one whose sentence names the person inside the unnamed subject.)
    if (type === 'person') {
      for (let s = sentence + 1; s <= here; s++) if (this.opensWithUnnamedSpeaker(s, offset) || this.opensWithRoleOfUntypedName(s, offset) || (gender !== null && this.endsWithUnnamedSpeaker(s, offset, gender))) return null;
      // ("Vekla will keep the shop open, a spokesman said. “…,” he said": the unnamed reporter after the
      // named subject is who goes on speaking, in the named person's own sentence too.)
      if (gender !== null && sentence < here && this.endsWithUnnamedSpeaker(sentence, offset, gender)) return null;
      // ("Tomas Korvane was arrested. “…,” an officer said. “…,” he said": a quotation given to a
      // person the story does not name, after the one it names, makes that speaker the topic; "he"
      // goes on with the last speaker, whom we cannot name. So in the named person's own sentence:
      // "“…,” said Korvane’s neighbour.")
      if (gender !== null && this.unnamedSpeakerBetween(sentence, here, offset, gender)) return null;
      // ("Ana Vekla runs the clinic. … A woman waiting outside shook her head. “…,” she said": so
      // does one who does anything else as the subject of a sentence after the named one; and for a
      // description that says no gender, "A woman who lives nearby watched the water rise. “…,” the
      // 49-year-old said": the unnamed woman is the topic, not the man named before her.)
      for (let s = sentence + 1; s <= here; s++) if (this.opensWithUnnamedPerson(s, offset, gender)) return null;
      // "X has 300 trees. Y has 200. Both women attended the meeting. “…,” she said": a sentence after the
      // named one whose subject is a group of the pronoun's gender makes "she" any one of them.
      if (gender !== null) for (let s = sentence + 1; s <= here; s++) if (this.opensWithGroup(s, offset, gender)) return null;
      // "Jonas Berg reviewed the boatyard. Asked whether …, the son frowned. “…,” he said":
      // a sentence after the named one whose subject is a person described, not named, moves the
      // topic to that person; "he" is who the description is (the son the story named: "His son,
      // Erik, …"), or nobody we can name, not the person named before it.
      // ("Tomas Vekla’s father shook his head. “…,” he said": so does a subject that only has the
      // person named as its possessor; he is the father, not Vekla.)
      if (gender !== null && depth === 0) {
        const possessorOpens = possessorFirst === first && this.possessiveNameAt(this.doc.sentences[sentence]?.firstToken ?? -1) === first;
        for (let s = here; s > Math.max(sentence, here - 3) - (possessorOpens ? 1 : 0); s--) {
          const described = this.describedSubjectOf(s, offset, gender);
          if (described === undefined) continue;
          if (described === null || typeof described === 'number') return described;
          // (a relation of no gender: "he" is someone else than its possessor, found as before)
          const other = this.nearest(offset, type, gender, maxSentencesBack, depth + 1);
          return other !== null && this.samePerson(other, described.not) ? null : other;
        }
      }
      const opener = this.doc.tokens[this.doc.sentences[sentence]?.firstToken ?? -1];
      if (opener && opener.start < this.mentions[first].start && this.opensWithUnnamedSpeaker(sentence, offset)) return null;
    }
    // "Tomas Korvane and Piet Lind toured the site. “…,” he said": two people joined by "and" who both
    // fit the pronoun are its antecedent together; the quote is one of theirs, and the story does
    // not say whose.
    // (So are two people joined so for a description that says no gender: "X and Y, both Kenyans, …
    // “…,” the Kenyan said".)
    if (type === 'person' && depth === 0) {
      for (let i = this.firstMentionAt(this.doc.tokens[this.doc.sentences[sentence]?.firstToken ?? 0]?.start ?? 0); i + 1 < limit && sentenceOf(i) <= sentence; i++) {
        // ("Aiko Tolby, a nurse based in Osaka, and Kenji Vekla, …" / "Aiko Tolby of Osaka and …": a
        // place the first one's description names lies between the two, and the pair is still one.)
        let b = i + 1;
        while (b + 1 < limit && b !== first && this.mentions[b].type === 'place' && sentenceOf(b) === sentence) b++;
        if (i !== first && b !== first) continue;
        const a = i;
        if (sentenceOf(b) !== sentence || !fits(a) || !fits(b) || this.samePerson(a, b)) continue;
        // (One name that a list genders beside one that none does is left to the rules below: the
        // unknown one is most often of the other gender.)
        // ("Ana Reyvik and her sister Mira": the possessive after "and" is the first one's, and the
        // kinship noun says the second one's gender, so both are known here whatever the lists say.)
        const joined = /^\s+and\s+(his|her)\s+(\p{Ll}+)/u.exec(this.doc.text.slice(this.mentions[a].end, this.mentions[b].start));
        const genderA = this.genders[asPerson(a) ?? a] ?? (joined ? (joined[1] === 'her' ? 'female' : 'male') : null);
        const genderB = this.genders[asPerson(b) ?? b] ?? (joined ? NOUN_GENDERS.get(joined[2]) ?? null : null);
        if (gender !== null && ((genderA === null) !== (genderB === null) || (genderA ?? gender) !== gender || (genderB ?? gender) !== gender)) continue;
        const joint = this.doc.text.slice(this.mentions[a].end, this.mentions[b].start).replace(b > a + 1 ? /^\s+(?:of|from)\s+[^,]*?(?=\s+and\s)/u : /$^/u, '');
        // ("X and his wife Amina": a kinship noun of the other gender says who the pronoun is not.)
        if (gender !== null && joint.split(/[^\p{L}]+/u).some((w) => (NOUN_GENDERS.get(w.toLowerCase()) ?? gender) !== gender)) continue;
        if (COORDINATED.test(joint)) return null;
      }
      // ("Tomas Korvane, Ana Vek and Mark Lind toured the site": a list of people, two of them known
      // to be of the pronoun's gender, is the pronoun's antecedent together too.)
      if (gender !== null) {
        let fitting = this.genders[asPerson(first) ?? first] === gender ? 1 : 0;
        for (let j = first; j + 1 < limit && sentenceOf(j + 1) === sentence && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u.test(this.doc.text.slice(this.mentions[j].end, this.mentions[j + 1].start)); j++) {
          if (fits(j + 1) && this.genders[asPerson(j + 1) ?? j + 1] === gender && !this.samePerson(first, j + 1)) fitting++;
        }
        if (fitting >= 2) return null;
      }
    }
    const subject = this.reportingSubject(sentence);
    // ("Tomas Korvane, the coach, and Ivo Tolbeg, the captain, spoke. “…,” he said": the subject of
    // the verb is the pair; when the one before "and" fits the pronoun too, it names nobody.)
    if (type === 'person' && depth === 0 && subject !== null && subject > 0 && fits(subject) && fits(subject - 1) && !this.samePerson(subject - 1, subject) && sentenceOf(subject - 1) === sentence && COORDINATED.test(this.doc.text.slice(this.mentions[subject - 1].end, this.mentions[subject].start))) return null;
    // "Ana wants a second oven; Mira would rather sell the loaves. “…,” she said": two people the pronoun
    // fits, each the subject of a clause of its own in the nearest sentence, share the topic evenly;
    // the story does not say which of them spoke, and neither do we. (Before the rule below that lets
    // a known woman outrank an unknown name: parallel subjects give neither the topic.)
    // ("Ana says the oven is old; Mira thinks otherwise. “…,” she said": a first subject who reports
    // does not outrank a second who answers her after a semicolon or a contrast; after ", and" the
    // second may still be inside what she reported, "said the mill would shut, and Mira would lose".)
    const reporter = subject !== null && fits(subject);
    if (type === 'person' && gender !== null && depth === 0 && (!reporter || subject === first)) {
      for (let i = first + 1; i < limit && sentenceOf(i) === sentence; i++) {
        if (!fits(i) || this.samePerson(i, first)) continue;
        if (this.isSubjectOfSentence(first) && this.opensClause(i, reporter)) return null;
      }
    }
    if (reporter) return this.fullest(subject);
    // "Prime Minister Kenji Watanabe met President Maria Lopez. “…,” she said": of the people the
    // sentence names, a woman known as one outranks its first person when no list knows that one's
    // gender. Only for "she": news names men far more often than women, so a name no list knows is
    // usually a man's.
    // "Odile Varnek, a nurse, met Paul Tolvane. “…,” he said": for "he", a man known as one later
    // in the sentence makes the unknown first name one of two candidates; a careful reader who
    // cannot tell whether that name is a man's hesitates, and so do we (nobody).
    if (type === 'person' && gender === 'male' && this.genders[first] === null) {
      for (let i = first + 1; i < limit && sentenceOf(i) === sentence; i++) {
        if (fits(i) && this.genders[i] === gender && !this.samePerson(i, first)) return null;
      }
    }
    if (type === 'person' && gender === 'female' && this.genders[first] === null) {
      for (let i = first + 1; i < limit && sentenceOf(i) === sentence; i++) {
        if (fits(i) && this.genders[i] === gender) return this.fullest(i);
      }
      // ("Grace Mutua runs the shelter. Its funds come from a trust set up by Kenji Watanabe. “…,” she
      // said": so does a woman named in the two sentences before, the topic the unknown name interrupts.
      // An unknown name that is itself its sentence's subject is the topic, and keeps it: "Mary Tolvane
      // testified. The prosecutor, Efua Korvane, told the court …. “…,” she said" is Korvane's.)
      // ("Ana Vekla, 64, runs the clinic. … She reckons she has seen 4,000 births. The clinic has one
      // nurse, according to officer Jean-Claude Tolby. Her daughter …": a name cited as the source of
      // a figure, "according to" it, is not the topic; sentences whose subject is that "she" carry
      // the topic on from the woman named before them, so the look-back reaches past them, at most three.)
      let floor = sentence - 2;
      const cited = /\baccording\s+to\s+(?:[\p{Ll}-]+\s+){0,4}$/u.test(this.doc.text.slice(Math.max(0, this.mentions[first].start - 60), this.mentions[first].start));
      for (let s = sentence - 1; cited && s >= 0 && s >= sentence - 3 && this.pronounSubjectBefore(s, this.doc.sentences[s].end, gender); s--) floor = s - 2;
      for (let i = this.isSubjectOfSentence(first) ? -1 : first - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        if (sentenceOf(i) < floor) break;
        if (fits(i) && this.genders[i] === gender) return this.fullest(i);
      }
    }
    // "Hours after meeting President Ilan Dor, he went public.": a name in an opening phrase is not the
    // sentence's subject; the pronoun after the comma is, and it points further back.
    if (type === 'person' && depth < 3) {
      const m = this.mentions[first];
      const next = this.doc.tokens[tokenAt(this.doc.tokens, m.end)];
      if (next && /^\s*,\s*$/u.test(this.doc.text.slice(m.end, next.start)) && next.sentence === sentence && /^(he|she)$/u.test(next.normal) && (gender === null || (next.normal === 'she') === (gender === 'female')) && this.startsWithPhrase(sentence, m.start)) {
        const further = this.nearest(this.doc.sentences[sentence].start, type, gender, maxSentencesBack, depth + 1);
        if (further !== null) return further;
      }
    }
    // "Born in 1951, she learned her stitches from her aunt, Vekna. … “…,” she said": a sentence
    // whose subject is already "she" only mentions the person named after it; the chain of "she"
    // goes on further back (centering: the subject pronoun keeps the topic).
    if (type === 'person' && gender !== null && depth < 3 && this.pronounSubjectBefore(sentence, this.mentions[first].start, gender)) {
      const further = this.nearest(this.doc.sentences[sentence].start, type, gender, maxSentencesBack, depth + 1);
      if (further !== null) return further;
    }
    return this.fullest(asPerson(first) ?? first);
  }

  /**
   * True when sentence `s` (before `offset`) opens with a person's role and a name in apposition
   * that the entity stage did not type as a person ("The prosecutor, State Attorney Efua Korvane,
   * told the court …", "The coach Ivo Tolbeg, …"): a person the story moves to, whom
   * "she"/"he" after it may well be, so a pronoun reaching past that sentence to someone named
   * earlier would guess.
   */
  private opensWithRoleOfUntypedName(s: number, offset: number): boolean {
    const sentence = this.doc.sentences[s];
    const tokens = this.doc.tokens;
    const det = tokens[sentence?.firstToken ?? -1];
    if (!det || det.start >= offset || this.insideQuote(det.start) || !/^(the|a|an|its|his|her|their)$/u.test(det.normal)) return false;
    for (let k = sentence.firstToken + 1; k <= sentence.firstToken + 3 && k < tokens.length; k++) {
      const t = tokens[k];
      if (!/^\p{Ll}/u.test(t.text)) return false;
      // (a noun with a name in apposition between commas is that name's role, whatever the noun, unless
      // it names a body or a place: "The prosecutor, X," but not "The company, X,")
      const appositive = /,/u.test(t.post) && t.tags.has('Noun') && !t.tags.has('Plural') && !BODY_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal) && !PLACE_BODY_HEADS.has(t.normal);
      if (!appositive && !this.isPersonRole(t)) continue;
      const next = tokens[k + 1];
      // (capitalised title words may stand before the name: "The lead counsel, Principal State Attorney X")
      const i = next ? this.firstMentionAt(next.start) : -1;
      const m = this.mentions[i];
      return !!m && m.start - next.start < 40 && m.start < offset && m.type !== 'person' && !this.rolePerson(i) && /^\s*,?\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(this.doc.text.slice(t.end, m.start));
    }
    return false;
  }

  /**
   * True when mention `i` opens its sentence's subject: only its determiners, role words, titles and
   * commas stand before it ("The prosecutor, Chief State Attorney Efua Korvane, told …"), no verb
   * and no preposition ("set up by Efua Korvane" is not).
   */
  /**
   * True when mentions[i] opens a clause of its own after another in its sentence: after a semicolon
   * or a coordinating or contrasting conjunction ("; Mira would rather", ", but Mira wants", "while
   * Mira wants"), with a verb right after the name.
   */
  private opensClause(i: number, contrastOnly = false): boolean {
    const m = this.mentions[i];
    const verb = this.doc.tokens[tokenAt(this.doc.tokens, m.end)];
    return (contrastOnly ? CONTRAST_OPENING : CLAUSE_OPENING).test(this.doc.text.slice(Math.max(0, m.start - 12), m.start)) && !!verb && verb.start >= m.end && /^\s*$/u.test(this.doc.text.slice(m.end, verb.start)) && verb.tags.has('Verb');
  }

  private isSubjectOfSentence(i: number): boolean {
    const tokens = this.doc.tokens;
    const at = tokenAt(tokens, this.mentions[i].start);
    const sentence = this.doc.sentences[tokens[at]?.sentence ?? -1];
    if (!sentence) return false;
    // ("Asked about the goal, Tolvane pointed …": an opening phrase up to its comma is skipped.)
    let from = sentence.firstToken;
    for (let k = from; k < at; k++) if (/,/u.test(tokens[k].post) && (tokens[from].tags.has('Preposition') || /^(asked|after|before|when|while|as|speaking|born)$/u.test(tokens[from].normal))) from = k + 1;
    for (let k = from; k < at; k++) {
      const t = tokens[k];
      if ((t.tags.has('Verb') && !t.tags.has('ProperNoun')) || t.tags.has('Preposition') || t.tags.has('Pronoun') || t.tags.has('Possessive')) return false;
    }
    return true;
  }

  /**
   * When sentence `s` (before `offset`, outside quotations) has as its subject a definite
   * description of one person ("the son frowned", "The minister looked tired", "Asked again,
   * the older man shrugged"): that person when the description resolves to one whose gender, if
   * known, is `gender`; null when it resolves to nobody; undefined when the sentence has no such
   * subject or the person it resolves to is of the other gender. A possessive description ("Her
   * father", "Vekla’s lawyer") is read by relativeOf, which may also answer `{ not }`: anyone but
   * that possessor.
   */
  private describedSubjectOf(s: number, offset: number, gender: Gender): number | null | undefined | { not: number } {
    const sentence = this.doc.sentences[s];
    if (!sentence) return undefined;
    const tokens = this.doc.tokens;
    const last = Math.min(sentence.lastToken, tokens.length - 1);
    // (the subject opens the sentence, or its main clause after an opening phrase: "Asked whether …, the son …")
    const starts = [sentence.firstToken];
    for (let k = sentence.firstToken; k <= Math.min(last, sentence.firstToken + 14); k++) {
      if (/,/u.test(tokens[k].post)) {
        starts.push(k + 1);
        break;
      }
    }
    for (const from of starts) {
      const det = tokens[from];
      if (!det || det.start >= offset || this.insideQuote(det.start)) continue;
      // ("Tomas Vekla’s father shook his head": a person's name in the possessive determines the noun too.)
      const owner = this.possessiveNameAt(from);
      if (owner === null && !/^(the|his|her)$/u.test(det.normal)) continue;
      const detEnd = owner === null ? from : tokenAt(tokens, this.mentions[owner].end) - 1;
      for (let k = detEnd + 1; k <= Math.min(last - 1, detEnd + 4); k++) {
        const t = tokens[k];
        // ("Tomas Korvane’s son, 24, now runs it", "His son, a trained chef, runs it": an age or a
        // description between commas after the noun stands in apposition; the verb comes after it.)
        const apposition = /^,\s*$/u.test(t.post) ? /^,\s+(?:\d{1,3}|(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+),\s/u.exec(this.doc.text.slice(t.end, t.end + 60)) : null;
        if (!/^\p{Ll}/u.test(t.text) || (/[,;:.!?]/u.test(t.post) && !apposition) || t.tags.has('Plural')) break;
        // ("His daughter now runs it.", "The son simply shrugged.": adverbs may stand before the verb.)
        let v = apposition ? tokenAt(tokens, t.end + apposition[0].length) : k + 1;
        while (v < last && (tokens[v].tags.has('Adverb') || tokens[v].normal === 'now') && !tokens[v].tags.has('Verb') && !/[,;:]/u.test(tokens[v].post)) v++;
        const verb = tokens[v];
        // (a kinship noun the tagger does not know for a person, "widow", "grandchild", is one too)
        const personNoun = this.isPersonRole(t) || denotesPerson(t) || this.isPersonRole({ ...t, normal: t.normal.split('-').pop() ?? t.normal }) || KINSHIP.has(t.normal);
        if (!personNoun || !verb.tags.has('Verb') || verb.tags.has('Gerund') || verb.tags.has('Noun') || verb.start >= offset) continue;
        // ("The boy’s mother wept. “…,” she said": a relation of someone the story only describes is
        // somebody it does not name; "she" is her, or, for a noun of the other gender, someone else.)
        const owned = tokens.slice(from + 1, k).some((x) => /[’']s?$/u.test(x.text) || /^[’']s?(?:\s|$)/u.test(x.post));
        if (owner === null && det.normal === 'the' && owned) return (NOUN_GENDERS.get(singularize(t.normal)) ?? gender) === gender ? null : undefined;
        if (owner !== null || det.normal !== 'the') return this.relativeOf(owner ?? det, tokens.slice(from, k + 1), gender);
        // ("Tomas Korvane owns the bakery. The pensioner behind me shook his head. “…,” he said": a
        // person noun that is nobody's role in the story, and no noun the tagger knows, brings in someone
        // new, whom "he" is; a role the story gave, "X, a pensioner," is resolved as before.)
        if (!this.isPersonRole(t) && !t.tags.has('Actor') && !KINSHIP.has(t.normal) && denotesPerson(t)) return null;
        const resolved = this.resolveDescription(tokens.slice(from, k + 1), k - from);
        if (resolved.mention === null) return null;
        const p = this.fullest(resolved.mention);
        if (this.mentions[p].type !== 'person') return null;
        return this.genders[p] === null || this.genders[p] === gender ? p : undefined;
      }
    }
    return undefined;
  }

  /** The person mention that starts at tokens[k] and is followed by a possessive "’s", or null. */
  private possessiveNameAt(k: number): number | null {
    const t = this.doc.tokens[k];
    const i = t ? this.firstMentionAt(t.start) : -1;
    const m = this.mentions[i];
    if (!m || m.start !== t.start || !(m.type === 'person' || this.personBySurname(i) !== i) || !/^[’']s?\b/u.test(this.doc.text.slice(m.end, m.end + 2))) return null;
    return i;
  }

  /**
   * The person a possessive description that is a sentence's subject stands for ("Her father laughed
   * at that.", "Tomas Vekla’s lawyer shook his head."), for "he"/"she" of `gender` after it. A
   * relation is someone's relation to another person, so the one who is the possessor (`owner`: a
   * name, or "his"/"her" read as a pronoun) is never the one described. In order:
   *   - the person the story gave that relation ("Her father, Tomas Korvane,"), not the possessor;
   *   - for a kinship noun, the inverse relation the story gave the possessor: "His daughter, Kadia,
   *     runs the accounts. … Her father laughed" → the man "his" stood for ("Tomas Vekker");
   *   - a kinship noun of the pronoun's gender that the story gave nobody names nobody (null);
   *   - a noun of the other gender leaves the pronoun to someone else (undefined), and so does a noun
   *     of no gender ("her co-founder"), unless the one left is the possessor (null).
   */
  private relativeOf(owner: number | Token, phrase: Token[], gender: Gender): number | null | undefined | { not: number } {
    const head = phrase[phrase.length - 1];
    const noun = singularize(head.normal);
    const nounGender = NOUN_GENDERS.get(noun) ?? null;
    if (nounGender !== null && nounGender !== gender) return undefined;
    const possessor = typeof owner === 'number' ? this.fullest(this.personBySurname(owner)) : this.nearest(owner.start, 'person', owner.normal === 'her' ? 'female' : 'male', Infinity, 1);
    const resolved = this.resolveDescription(phrase, phrase.length - 1);
    if (resolved.mention !== null) {
      const p = this.fullest(resolved.mention);
      // ("Ana Vekla runs the school. His widow wept.": a kinship the story never gave the person
      // found, only the subject before re-described, is no evidence that she is the widow.)
      const kinGiven = !KINSHIP.has(noun) || this.mentions.some((m, j) => m.type === 'person' && this.samePerson(j, p) && this.hasRoleAround(m, noun));
      if (kinGiven && this.mentions[p].type === 'person' && (possessor === null || !this.samePerson(p, possessor)) && (this.genders[p] === null || this.genders[p] === gender)) return p;
    }
    const inverse = KIN_INVERSE.get(noun);
    if (inverse && possessor !== null) {
      const relative = this.inverseRelative(possessor, inverse);
      if (relative !== null && !this.samePerson(relative, possessor) && (this.genders[relative] === null || this.genders[relative] === gender)) return relative;
    }
    if (nounGender !== null) return null;
    return possessor === null ? undefined : { not: possessor };
  }

  /**
   * The person whose relation (one of `relations`, "daughter") the story made `person`: "His
   * daughter, Kadia, …" → the man "his" stands for; "Kadia, Tomas Vekker’s daughter," → Tomas
   * Vekker. Null when the story gives `person` no such relation.
   */
  private inverseRelative(person: number, relations: readonly string[]): number | null {
    const words = relations.join('|');
    const before = new RegExp(`(?:^|\\s)([Hh]is|[Hh]er|\\p{Lu}[\\p{L}-]*[’']s?)\\s+(?:\\p{Ll}+\\s+)?(?:${words}),?\\s+$`, 'u');
    const after = new RegExp(`^,\\s+([Hh]is|[Hh]er|\\p{Lu}[\\p{L}-]*[’']s?)\\s+(?:\\p{Ll}+\\s+)?(?:${words})\\b`, 'u');
    for (let j = 0; j < this.mentions.length; j++) {
      const m = this.mentions[j];
      if (m.type !== 'person' || this.insideQuote(m.start) || !this.samePerson(j, person)) continue;
      const b = before.exec(this.doc.text.slice(Math.max(0, m.start - 50), m.start));
      const a = b ? null : after.exec(this.doc.text.slice(m.end, m.end + 50));
      const found = b ?? a;
      if (!found) continue;
      const ownerAt = b ? m.start - b[0].length + b[0].indexOf(found[1]) : m.end + a!.index + a![0].indexOf(found[1]);
      if (/^(his|her)$/iu.test(found[1])) {
        const p = this.nearest(ownerAt, 'person', found[1].toLowerCase() === 'her' ? 'female' : 'male', Infinity, 1);
        if (p !== null) return this.fullest(p);
        continue;
      }
      const owner = this.mentionEndingAt(ownerAt + found[1].replace(/[’']s?$/u, '').length);
      if (owner !== null && this.mentions[owner].type === 'person') return this.fullest(this.personBySurname(owner));
    }
    return null;
  }

  /**
   * True when two person mentions may be one person: the same full name, or one of them a single
   * word that ends the other ("Vekla" and "Ana Vekla"); "Mira Korvane" and her father "Piet
   * Korvane" are two.
   */
  private samePerson(a: number, b: number): boolean {
    return sameNameForm(this.mentions[this.fullest(this.personBySurname(a))].name, this.mentions[this.fullest(this.personBySurname(b))].name);
  }

  /**
   * "it" as a speaker: the organisation that is the subject of the nearest sentence before
   * `offset`'s (of the two before it, outside quotations) whose subject is a name or a definite
   * description ("Tolvik Freight cut 40 jobs.", "The carrier blamed fuel costs."); null when that
   * subject is a person, "he" or "she", or nothing such is found.
   */
  private bodySubjectBefore(offset: number): number | null {
    const tokens = this.doc.tokens;
    const here = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)]?.sentence ?? 0;
    for (let s = here - 1; s >= Math.max(0, here - 2); s--) {
      const sentence = this.doc.sentences[s];
      if (!sentence) return null;
      let k = sentence.firstToken;
      const first = tokens[k];
      if (!first || this.insideQuote(first.start)) continue;
      if (/^(he|she|they)$/u.test(first.normal)) return null;
      const m = this.mentions[this.firstMentionAt(first.start)];
      const named = m && (m.start === first.start || (first.normal === 'the' && m.start === tokens[k + 1]?.start)) ? this.firstMentionAt(first.start) : -1;
      // (a name the entity stage left untyped counts, as for "the company said"; an event's does not)
      const isBody = (i: number) => this.mentions[i].type === 'organization' || (this.mentions[i].type === 'other' && !EVENT_HEADS.has(this.mentions[i].name.toLowerCase().split(/\s+/u).pop() ?? '') && this.personBySurname(i) === i);
      if (named >= 0) return isBody(named) ? named : null;
      if (first.normal !== 'the') continue;
      // ("The mining company Vekla Mining, which …, told me …": the body's kind in lower case right before its name)
      const kindNamed = this.nameAfterKind(sentence.firstToken + 1, sentence.lastToken);
      if (kindNamed !== null) return isBody(kindNamed) ? kindNamed : null;
      // ("The carrier blamed …": a description of a body opening the sentence, then its verb)
      for (k = sentence.firstToken + 1; k <= Math.min(sentence.lastToken, sentence.firstToken + 3); k++) {
        if (!tokens[k + 1]?.tags.has('Verb') || tokens[k + 1].tags.has('Noun')) continue;
        const phrase = tokens.slice(sentence.firstToken, k + 1);
        const head = this.descriptionIn(phrase, 'before-cue');
        if (!head) break;
        if (head.kind === 'person') return null;
        const resolved = this.resolveDescription(phrase, head.index);
        return resolved.mention !== null && isBody(resolved.mention) ? resolved.mention : null;
      }
    }
    return null;
  }

  /**
   * "The mining company Vekla Mining …" (tokens from `from`, after "the", up to `last`): the mention
   * that starts right after at most three lower-case words ending in a noun for a kind of body
   * ("company", "group", "union"); null when the sentence opens otherwise.
   */
  private nameAfterKind(from: number, last: number): number | null {
    const tokens = this.doc.tokens;
    for (let k = from; k <= Math.min(last - 1, from + 2); k++) {
      if (!/^\p{Ll}/u.test(tokens[k].text) || /[,;:]/u.test(tokens[k].post)) return null;
      if (!BODY_HEADS.has(tokens[k].normal) || !tokens[k].tags.has('Noun') || /^\p{Ll}/u.test(tokens[k + 1].text)) continue;
      const i = this.firstMentionAt(tokens[k + 1].start);
      return this.mentions[i]?.start === tokens[k + 1].start ? i : null;
    }
    return null;
  }

  /**
   * True when body `i` is only where unnamed people of a plural role work: "Analysts at Tolvik
   * Capital expected more cuts", "economists from Vekla Bank said". Such a body comments on the
   * story; "“…,” the company said" after it is still the company the story is about.
   */
  private employsUnnamed(i: number): boolean {
    const m = this.mentions[i];
    const before = /(?:^|\s)(\p{L}+)\s+(?:at|from|with|of|for)\s+(?:the\s+)?$/u.exec(this.doc.text.slice(Math.max(0, m.start - 40), m.start));
    if (!before) return false;
    const role = this.doc.tokens[tokenAt(this.doc.tokens, m.start - before[0].length + before[0].indexOf(before[1]))];
    return role !== undefined && role.normal === before[1].toLowerCase() && role.tags.has('Plural') && (this.isPersonRole(role) || role.tags.has('Actor'));
  }

  /**
   * The sentence opens with an unnamed person who may be of `gender` as the subject of a finite verb,
   * before `offset` (code points): "A woman waiting outside shook her head.", "A nurse described the
   * night.", "One of the farmers wept." — an indefinite, then within three words a singular
   * lower-case noun for a person (a role, a noun the tagger knows as one, a noun that says a gender
   * that is not the other one) or "one of" a plural noun, then a finite verb of doing (no copula, no
   * negation) within eight words, with no name in apposition ("A nurse, Ana Vekla, …" names her).
   * With `passOnObject`, a verb whose object is the pronoun of `gender` ("took her picture",
   * "followed him") does not count. A null `gender` (a description that says none: "the
   * 49-year-old") takes a noun of either gender, and "her", "him" or "his" as that object.
   */
  private opensWithUnnamedPerson(sentence: number, offset: number, gender: Gender | null, passOnObject = true): boolean {
    const s = this.doc.sentences[sentence];
    if (!s) return false;
    const tokens = this.doc.tokens;
    const opener = this.afterOpeningPhrase(sentence);
    const first = tokens[opener];
    if (!first || !/^(?:a|an|one)$/u.test(first.normal) || first.start >= offset || this.insideQuote(first.start)) return false;
    const oneOf = first.normal === 'one' && tokens[opener + 1]?.normal === 'of';
    let role = -1;
    for (let k = opener + 1; k <= Math.min(s.lastToken, opener + 3); k++) {
      const t = tokens[k];
      if (!/^\p{Ll}/u.test(t.text) || t.tags.has('Pronoun')) continue;
      const nounGender = NOUN_GENDERS.get(t.normal) ?? null;
      if (nounGender !== null && gender !== null && nounGender !== gender) return false;
      // ("A major storm closed it", "a general strike": a role word that a common noun follows at once
      // qualifies that noun, and the noun is the head; "a general practitioner" still finds its person.)
      if (qualifiesNext(tokens, k)) continue;
      if (oneOf ? t.tags.has('Plural') && (denotesPerson(t) || this.isPersonRole(t)) : !t.tags.has('Plural') && (nounGender !== null || denotesPerson(t) || this.isPersonRole(t))) {
        role = k;
        break;
      }
    }
    if (role < 0) return false;
    for (let k = role + 1; k <= Math.min(s.lastToken, role + 8) && tokens[k].start < offset; k++) {
      const m = this.mentions[this.firstMentionAt(tokens[k].start)];
      if (m && m.start === tokens[k].start && (m.type === 'person' || m.type === 'other')) return false;
      // (one who "was not available", "could not be reached" or "declined to comment" said nothing: the
      // pronoun is still the person named before; so is one only described, "A nurse was there.")
      const t = tokens[k];
      if (/^(?:not|never|declined|refused|unavailable)$/u.test(t.normal) || /n[’']t$/u.test(t.text)) return false;
      if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && (t.tags.has('PastTense') || t.tags.has('PresentTense'))) {
        // ("Ana Vekla runs the clinic. A photographer took her picture. “…,” she said": one who acts on
        // "her"/"him", or on her things other than a part of the body ("shook her head" is the
        // unnamed woman's own), acts on the one named before, who is still who the pronoun is; not
        // with `passOnObject` false, for a noun that describes, which may be either of them.)
        const object = tokens[k + 1];
        const owned = tokens[k + 2];
        const pronoun = gender === 'female' ? /^her$/u : gender === 'male' ? /^(?:him|his)$/u : /^(?:her|him|his)$/u;
        if (passOnObject && object && k + 1 <= s.lastToken && pronoun.test(object.normal) && (object.normal === 'him' || !owned || owned.sentence !== sentence || !owned.tags.has('Noun') || !BODY_PARTS.has(owned.normal))) return false;
        return true;
      }
    }
    return false;
  }

  /**
   * True when mentions[i] follows a lower-case finite verb of doing right away, outside quotations
   * ("arrested Tomas Korvane", "sued Ana Vekla"): it is the verb's object. Not after a copula, an
   * auxiliary, a reporting verb ("said Tomas Korvane" names the one who spoke) or a word for a role
   * the tagger took for a verb ("Rovers boss Tomas Korvane").
   */
  private objectOfVerb(i: number): boolean {
    const m = this.mentions[i];
    const at = tokenAt(this.doc.tokens, m.start);
    const verb = this.doc.tokens[at - 1];
    if (!verb || this.doc.tokens[at]?.start !== m.start || verb.sentence !== this.doc.tokens[at].sentence || this.insideQuote(m.start) || !/^\s+$/u.test(this.doc.text.slice(verb.end, m.start)) || !/^\p{Ll}/u.test(verb.text)) return false;
    if (this.isPersonRole(verb) || denotesPerson({ ...verb, tags: new Set([...verb.tags, 'Noun']) })) return false;
    return verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('PresentTense')) && !verb.tags.has('Copula') && !verb.tags.has('Auxiliary') && !verb.tags.has('Noun') && reportingLemma(verb.normal, '') === null;
  }

  /**
   * The sentence's first token, or, after an opening phrase closed by a comma, the token after that
   * comma: where the subject of the main clause starts. Two kinds of opening phrase: an opening
   * participle's, up to its comma within 12 words ("Speaking outside the court, a spokesman said …");
   * and, with `short`, any short phrase that names no person and has no finite verb ("Two doors
   * down, a widow watched the water rise", "Next door, a nurse …").
   */
  private afterOpeningPhrase(sentence: number, short = true): number {
    const s = this.doc.sentences[sentence];
    const tokens = this.doc.tokens;
    if (tokens[s.firstToken] && /^\p{Lu}\p{Ll}+ing$/u.test(tokens[s.firstToken].text)) {
      for (let k = s.firstToken; k <= Math.min(s.lastToken, s.firstToken + 12); k++) if (/,/u.test(tokens[k].post)) return k + 1;
    }
    if (!short) return s.firstToken;
    for (let k = s.firstToken; k <= Math.min(s.lastToken - 1, s.firstToken + 5); k++) {
      if (/^(?:a|an|one)$/u.test(tokens[k].normal) && k === s.firstToken) return k;
      if (!/,/u.test(tokens[k].post)) continue;
      // (a clause before the comma is no opening phrase: "The payments start in March, a spokeswoman said")
      const clause = tokens.slice(s.firstToken, k + 1).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
      const named = this.mentionsIn(tokens[s.firstToken].start, tokens[k].end).some((i) => this.mentions[i].type === 'person');
      return named || clause ? s.firstToken : k + 1;
    }
    return s.firstToken;
  }

  /**
   * True when the sentence opens with an indefinite person ("A spokesman for X", "One official",
   * "An engineer at the plant") and a reporting verb follows within the sentence, before `offset`.
   */
  private opensWithUnnamedSpeaker(sentence: number, offset: number): boolean {
    const s = this.doc.sentences[sentence];
    if (!s) return false;
    const tokens = this.doc.tokens;
    // ("Speaking outside the court, a spokesman for X said …": the subject after an opening
    // participle's phrase. Any short opening phrase, "After the hearing, …", was tried too and
    // lowered a figures-only half, so it is left out.)
    const opener = this.afterOpeningPhrase(sentence, false);
    const first = tokens[opener];
    if (!first || !INDEFINITE.test(first.normal) || first.start >= offset || this.insideQuote(first.start)) return false;
    let role = -1;
    // ("One of the victims, a driver from Orsa, said …", "One victim, a driver, said …": one of a
    // group, or a person noun in an appositive, is an unnamed person too.)
    const oneOf = first.normal === 'one' && tokens[opener + 1]?.normal === 'of';
    for (let k = opener + 1; k <= Math.min(s.lastToken, opener + (oneOf ? 4 : 6)); k++) {
      if ((this.isPersonRole(tokens[k]) || denotesPerson(tokens[k]) || (oneOf && tokens[k].tags.has('Plural') && tokens[k].tags.has('Noun'))) && /^\p{Ll}/u.test(tokens[k].text) && !tokens[k].tags.has('Pronoun')) { role = k; break; }
      // ("A baker said he …": any noun that a reporting verb follows right away is the unnamed subject.)
      const verb = tokens[k + 1];
      if (/^\p{Ll}/u.test(tokens[k].text) && tokens[k].tags.has('Noun') && !tokens[k].tags.has('Pronoun') && !tokens[k].tags.has('Plural') && !tokens[k].tags.has('Value') && !tokens[k].tags.has('Date') && !/[,;:]/u.test(tokens[k].post) && verb && verb.tags.has('Verb') && CORE_REPORTING_VERBS.has(verb.normal)) { role = k; break; }
      // ("A junior clerk who asked not to be named said …": a noun that "who" follows is a person, whatever the role.)
      if (/^\p{Ll}/u.test(tokens[k].text) && tokens[k].tags.has('Noun') && !tokens[k].tags.has('Pronoun') && tokens[k + 1]?.normal === 'who' && !/[,;:]/u.test(tokens[k].post)) { role = k; break; }
    }
    // ("A trader at a Tolvik bank, who spoke on condition of anonymity, said …": whatever its
    // noun, a source the sentence says it does not name is an unnamed person.)
    if (role < 0 && ANONYMITY.test(this.doc.text.slice(first.start, Math.min(offset, tokens[Math.min(s.lastToken, tokens.length - 1)].end)))) role = opener + 1;
    if (role < 0) return false;
    for (let k = role + 1; k <= Math.min(s.lastToken, role + 16) && tokens[k].start < offset; k++) {
      // ("A spokeswoman for the firm, Mira Tolvane, said": the name in apposition names her; not
      // "A spokesman for the family of the victim, Lena Dahlberg, said", where it names the victim.)
      const m = this.mentions[this.firstMentionAt(tokens[k].start)];
      if (m && m.start === tokens[k].start && m.type === 'person' && /,/u.test(tokens[k - 1].post) && !this.namesComplement(m)) return false;
      if (!this.insideQuote(tokens[k].start) && reportingLemma(tokens[k].normal, tokens[k + 1]?.normal ?? '') !== null && tokens[k].tags.has('Verb')) return true;
    }
    return false;
  }

  /**
   * True when sentence `s` (before `offset`, outside quotations) closes on a reporting clause whose
   * subject is an indefinite person "he"/"she" of `gender` may be, after a comma: "Farmers will receive 900 crowns each, a
   * ministry official said.", "…, said one official." The sentence reports that person's words.
   */
  private endsWithUnnamedSpeaker(s: number, offset: number, gender: Gender): boolean {
    const sentence = this.doc.sentences[s];
    const tokens = this.doc.tokens;
    if (!sentence || !tokens[sentence.firstToken] || this.insideQuote(tokens[sentence.firstToken].start)) return false;
    // (a quotation right after the clause may fall in the same sentence: its last word outside quotations, before a stop)
    let last = Math.min(sentence.lastToken, tokens.length - 1);
    while (last > sentence.firstToken && (tokens[last].start >= offset || this.insideQuote(tokens[last].start))) last--;
    if (tokens[last].end > offset || !/^[.!?]/u.test(tokens[last].post.trim())) return false;
    // the clause after the sentence's last comma
    let from = last;
    while (from > sentence.firstToken && !/,/u.test(tokens[from - 1].post)) from--;
    if (from === sentence.firstToken || last - from > 8) return false;
    const clause = tokens.slice(from, last + 1);
    const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Noun') && reportingLemma(t.normal, '') !== null;
    // "…, a ministry official said." or "…, said a ministry official."
    const phrase = isVerb(clause[clause.length - 1]) ? clause.slice(0, -1) : isVerb(clause[0]) ? clause.slice(1) : null;
    // ("X will go on baking bread, her family said. “…,” she said": a family that reports speaks
    // through one of its members, whom the sentence does not name; "she" is that member, not X.)
    if (phrase && phrase.length === 2 && /^(?:the|his|her|their)$/u.test(phrase[0].normal) && /^(?:family|relatives)$/u.test(phrase[1].normal)) return true;
    if (!phrase || phrase.length < 2 || !INDEFINITE.test(phrase[0].normal)) return false;
    if (this.mentionsIn(phrase[0].start, phrase[phrase.length - 1].end).some((i) => this.mentions[i].type === 'person')) return false;
    // (a noun of the other gender is someone "he"/"she" is not: "…, a ministry spokeswoman said. “…,” he said")
    const nounGender = (w: string) => NOUN_GENDERS.get(w) ?? (/.woman$/u.test(w) ? 'female' : /.man$/u.test(w) ? 'male' : null);
    if (phrase.some((t) => (nounGender(t.normal) ?? gender) !== gender)) return false;
    return phrase.slice(1).some((t) => /^\p{Ll}/u.test(t.text) && !t.tags.has('Plural') && (this.isPersonRole(t) || denotesPerson(t) || UNNAMED_SOURCE_NOUNS.has(t.normal)));
  }

  /**
   * True when sentence `s` (before `offset`, outside quotations) opens with a plural noun for people
   * of `gender` as its subject: "Both women attended …", "The two brothers left …", "The sisters say …",
   * or a counted one of no gender: "The two cousins argue …".
   */
  private opensWithGroup(s: number, offset: number, gender: Gender): boolean {
    const sentence = this.doc.sentences[s];
    if (!sentence) return false;
    const tokens = this.doc.tokens;
    let k = sentence.firstToken;
    if (!tokens[k] || tokens[k].start >= offset || this.insideQuote(tokens[k].start)) return false;
    if (this.opensWithPairOf(s, gender)) return true;
    while (k <= sentence.lastToken && k - sentence.firstToken < 3 && /^(both|the|two|three|all|these|those)$/u.test(tokens[k].normal)) k++;
    const noun = tokens[k];
    const verb = tokens[k + 1];
    if (k === sentence.firstToken || !noun || !noun.tags.has('Plural') || !verb || noun.start >= offset) return false;
    // ("X works beside his cousin Y. The two cousins argue about it. “…,” he said": a counted group
    // of people of no stated gender, "both" or "the two …", holds men and women alike; "he" is any
    // man of it. Uncounted, "The workers arrive at six", the group is no rival of the named person.)
    const counted = tokens.slice(sentence.firstToken, k).some((t) => /^(both|two|three)$/u.test(t.normal));
    const nounGender = NOUN_GENDERS.get(singularize(noun.normal));
    const fits = nounGender === gender || (nounGender === undefined && counted && denotesPerson(noun));
    return fits && (verb.tags.has('Verb') || verb.normal === 'of' || verb.normal === 'have');
  }

  /**
   * True when sentence `s` opens with two singular nouns of `gender` joined by "and" as the subject
   * of its verb: "Mother and daughter argue about the price", "The sister and her aunt run the stall"
   * (for "she"), "Father and son …" (for "he"). The pair is two people of that gender, and a "she"
   * after it is either of them; the story does not say which. A pair of mixed gender ("Husband and
   * wife …") is left alone: the pronoun picks one of them.
   */
  private opensWithPairOf(s: number, gender: Gender): boolean {
    const sentence = this.doc.sentences[s];
    const tokens = this.doc.tokens;
    let k = sentence.firstToken;
    const det = (t: Token | undefined) => !!t && /^(the|her|his|their)$/u.test(t.normal);
    if (det(tokens[k])) k++;
    const first = tokens[k];
    if (tokens[k + 1]?.normal !== 'and') return false;
    k += 2;
    if (det(tokens[k])) k++;
    const second = tokens[k];
    const verb = tokens[k + 1];
    if (!first || !second || !verb || verb.sentence !== s || k + 1 > sentence.lastToken) return false;
    const fits = (t: Token) => !t.tags.has('Plural') && /^\p{L}+$/u.test(t.text) && NOUN_GENDERS.get(t.normal) === gender;
    return fits(first) && fits(second) && verb.tags.has('Verb') && !verb.tags.has('Gerund');
  }

  /**
   * True when the sentence's main clause has "he"/"she" of that gender as its subject before
   * `offset`: the pronoun is followed by a verb and no subordinating word ("when she arrived, …")
   * stands before it in the sentence.
   */
  private pronounSubjectBefore(sentence: number, offset: number, gender: Gender): boolean {
    const s = this.doc.sentences[sentence];
    if (!s) return false;
    const word = gender === 'female' ? 'she' : 'he';
    const tokens = this.doc.tokens;
    for (let k = s.firstToken; k <= s.lastToken && k < tokens.length && tokens[k].start < offset && k - s.firstToken < 20; k++) {
      const t = tokens[k];
      if (/^(when|while|after|before|as|if|although|though|because|since|until|once|whether|that|who|which)$/u.test(t.normal)) return false;
      if (t.normal === word && t.tags.has('Pronoun') && !this.insideQuote(t.start)) return tokens[k + 1]?.tags.has('Verb') === true;
    }
    return false;
  }

  /** True when the sentence opens with a prepositional or adverbial phrase that holds the offset ("Hours after meeting X, …"). */
  private startsWithPhrase(sentence: number, offset: number): boolean {
    const s = this.doc.sentences[sentence];
    if (!s) return false;
    const first = this.doc.tokens[s.firstToken];
    if (first.start >= offset) return false;
    const at = tokenAt(this.doc.tokens, offset);
    // An opening phrase is short: a long run before the name is no opening phrase (and stays linear).
    if (at - s.firstToken > 12) return false;
    const opening = this.doc.tokens.slice(s.firstToken, at);
    return opening.some((t) => t.tags.has('Preposition') || t.tags.has('Gerund')) && !opening.some((t) => /,/u.test(t.post));
  }
}

/**
 * The words that head a body's name, lower case: its last word before an "of"/"for" complement
 * ("Security Workers’ Union of Vekland" → union), and the words before its corporate closers
 * ("Tolvik Bank Ltd" → ltd, bank).
 */
/**
 * True when two person names may name one person as written: the same full name, or one of them a
 * single word that ends the other ("Vekla" and "Ana Vekla"); "Mira Korvane" and "Piet Korvane" are two.
 */
export function sameNameForm(x: string, y: string): boolean {
  if (/\s/u.test(x) && /\s/u.test(y)) return x === y;
  return x.split(/\s+/u).pop() === y.split(/\s+/u).pop();
}

function nameHeads(name: string): string[] {
  const words = name.toLowerCase().replace(/[.,]/gu, '').split(/\s+/u);
  const connector = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const core = connector > 0 ? words.slice(0, connector) : words;
  const out: string[] = [];
  for (let k = core.length - 1; k >= 0; k--) {
    out.push(core[k]);
    if (!CORPORATE_CLOSERS.has(core[k])) break;
  }
  return out;
}
