// Context evidence for a name's type: the words around one mention that say
// what kind of thing it names. Each rule looks at a few tokens of the same
// sentence and votes for one type; the document sums the votes of all
// mentions of a name (see ./document.ts). Mention-internal evidence (titles,
// head words, gazetteers) is weighed in entities.ts before these votes count.
import type { EntityType } from '../../types.ts';
import { singularize, type Token } from '../../segment/index.ts';
import {
  CORPORATE_TITLES, NAME_PARTICLES, ORGANIZATION_APPOSITIVES, ORGANIZATION_HEADS, ORGANIZATION_POSSESSIONS, PERSON_DESCRIPTIONS,
  PERSONAL_TEAM_ROLES, PLACE_BODY_HEADS, PLACE_HEADS, REPORTING_VERBS, STRONG_PERSON_TITLES, TEAM_ROLES,
} from '../lexicon.ts';
import { isEnglishWord, isGazetteerPlace, isGivenName, isKnownCity, isKnownPlace, isKnownRegion, isKnownTown, isNationality, isWorldGivenName } from '../gazetteer.ts';
import { BUILDING_HEADS, BUSINESS_KIN, EVENT_HEADS, COMPASS_POINTS, DIRECTION_ADJECTIVES, FACILITY_NOUNS, KINSHIP, LEADER_POSSESSIONS, LEGAL_AND_DIPLOMATIC_ROLES, LOCATIVE_PREPOSITIONS, PLACE_KINDS, SITES_BEFORE_AT, TOWN_FACILITIES, VENUE_HEADS } from '../lexicon.ts';

/**
 * Votes per type; `speaks` counts the "X said" votes among the organization ones, which a
 * surname alone also earns ("Quarrie said"), so the document step can tell them apart.
 */
export type Votes = Partial<Record<EntityType | 'speaks' | 'spokeAfterCue' | 'givenNameSpeaks' | 'result' | 'fixture' | 'standing' | 'locative', number>>;

/** Kinds of body that also name a person's role: "Ana Ruiz, the owner,", "a partner", "a rival". */
export const PERSON_OR_BODY = new Set(['owner', 'partner', 'parent', 'rival', 'competitor', 'giant', 'developer', 'operator', 'broker', 'publisher', 'producer', 'supplier', 'distributor', 'member', 'affiliate', 'miner', 'exporter', 'importer', 'shipper', 'forecaster', 'packager', 'maker', 'brewer', 'contractor']);
/** Actor nouns that also name software or devices ("e-mail client Mail", "host Kestrel"). */
const CLIENT_NOUNS = new Set(['client', 'host', 'server', 'browser', 'player', 'reader', 'user', 'agent']);
/** Verbs of a match result: "Northport beat Easton 2-1". */
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'thrashed', 'routed', 'drew', 'draw', 'lost', 'loses', 'tied', 'downed', 'overcame', 'stunned']);
/** Verbs of the state of a game: "Vekmoor trailed 3-1 after two periods" (polls and crowds are led too: see isResult). */
const STATE_VERBS = new Set(['trailed', 'trails', 'led', 'leads']);
/** A score: "2-1", "3–0", "104-98". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/u;
/** Verbs of a share price's move in market reports: "Kestrel shed 1.7 percent". */
export const STOCK_MOVES = new Set(['rose', 'fell', 'gained', 'lost', 'shed', 'added', 'slid', 'slipped', 'dropped', 'jumped', 'climbed', 'tumbled', 'surged', 'soared', 'sank', 'plunged', 'plummeted', 'advanced', 'eased', 'declined', 'rallied', 'retreated', 'dipped', 'edged']);

/** Words of a market report: tokens[i]'s sentence or the two before it speak of shares or trading. */
function marketContext(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let k = i; k >= 0 && tokens[k].sentence >= sentence - 2; k--) if (MARKET_WORDS.has(tokens[k].normal)) return true;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === sentence; k++) if (MARKET_WORDS.has(tokens[k].normal)) return true;
  return false;
}
const MARKET_WORDS = new Set(['shares', 'stocks', 'stock', 'index', 'bourse', 'exchange', 'trading', 'traded', 'trade', 'investors', 'miners', 'lenders', 'banks', 'insurers', 'sector', 'market', 'markets', 'equities']);

/** tokens at k, k+1 read "was unchanged", "closed flat": a market report's mover that did not move ("was flat against the dollar" is a currency's quote). */
function isUnchangedAt(at: (k: number) => Token | undefined, k: number): boolean {
  return /^(?:was|were|closed|ended|finished|stayed|remained)$/u.test(at(k)?.normal ?? '') && /^(?:unchanged|flat)$/u.test(at(k + 1)?.normal ?? '') && at(k + 2)?.normal !== 'against';
}

/**
 * tokens from k to the end of the line read a price-list row after a name: "3,140 (3,085)" (the close,
 * then the previous close in brackets), "17.30 lei, up 2.4 pct", "0.92 lei, unchanged" (a price, an
 * optional currency word, then its move). Lines are sentences, so the row must end there.
 */
function isPriceRowAt(at: (k: number) => Token | undefined, k: number): boolean {
  const price = at(k);
  if (!price || !/^\d[\d,]*(?:\.\d+)?$/u.test(price.text) || price.pre !== '') return false;
  // ("Tolvane 412 (410)": the previous close, a bare number in brackets; "(41.2%)" is a share of votes.)
  const previous = at(k + 1);
  if (previous && previous.pre === '(' && /^\)\s*$/u.test(previous.post) && /^\d[\d,]*(?:\.\d+)?$/u.test(previous.text)) return !at(k + 2);
  let m = k;
  if (!/,\s*$/u.test(price.post)) {
    const unit = at(k + 1);
    if (!unit || !/^\p{Ll}+$/u.test(unit.text) || !/,\s*$/u.test(unit.post)) return false;
    m = k + 1;
  }
  const move = at(m + 1);
  if (move?.normal === 'unchanged') return !at(m + 2);
  if (!move || !/^(?:up|down)$/u.test(move.normal)) return false;
  const by = at(m + 2);
  if (!by || !/^\d+(?:\.\d+)?%?$/u.test(by.text)) return false;
  if (by.text.endsWith('%')) return !at(m + 3);
  const unit = at(m + 3)?.normal;
  if (unit === 'pct' || unit === 'percent' || unit === '%') return !at(m + 4);
  return unit === 'per' && at(m + 4)?.normal === 'cent' && !at(m + 5);
}

/** A market word ("shares", "exchange", "closing prices") in the twelve lines or sentences up to i: a price list's heading. */
function priceListContext(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let k = i; k >= 0 && tokens[k].sentence >= sentence - 12; k--) if (MARKET_WORDS.has(tokens[k].normal) || /^(?:prices|closing|close)$/u.test(tokens[k].normal)) return true;
  return false;
}

/** tokens at k, k+1… read "1.7 percent", "4 per cent" or "4%". */
function isPercentAt(at: (k: number) => Token | undefined, k: number): boolean {
  const n = at(k);
  if (!n || !/^\d+(?:[.,]\d+)?%?$/u.test(n.text)) return false;
  // ("gained 3 percent of the vote": a share of something is no share price.)
  const glued = n.text.endsWith('%') || n.post.startsWith('%');
  const unit = at(k + 1)?.normal;
  const end = glued ? k + (unit === '%' ? 2 : 1) : unit === 'per' ? k + 3 : k + 2;
  return (glued || unit === 'percent' || unit === '%' || (unit === 'per' && at(k + 2)?.normal === 'cent')) && at(end)?.normal !== 'of';
}

/** Kinds of business a town's name may stand before: "an Oslo start-up", "a Tolbeg chipmaker". */
// (Not "supplier", "bank", "insurer": "a Toyota supplier" supplies Toyota, "a Zurich insurer" may be Zurich's.)
const BUSINESS_KINDS = new Set(['company', 'firm', 'start-up', 'startup', 'business', 'manufacturer', 'maker', 'chipmaker', 'carmaker', 'developer', 'retailer', 'exporter', 'importer', 'brewer', 'distillery', 'brewery', 'publisher']);

/** Nouns of a company's stock: "Kestrel shares fell". */
const STOCK_NOUNS = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders']);
/** Roles that speak for or work at a body: "a spokesperson for X", "chief executive of X". */
const SPEAKS_FOR = new Set([...CORPORATE_TITLES, 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'employee', 'employees', 'staff', 'executives', 'workers', 'lawyer', 'lawyers', 'president', 'secretary', 'member', 'members', 'economist', 'economists', 'analyst', 'analysts', 'strategist', 'strategists', 'researcher', 'researchers', 'scientist', 'scientists']);
/** Verbs of talking to someone: "spoke to Nelson", "according to Nokia" (no motion to a place). */
const TALK_VERBS = new Set(['according', 'talk', 'talks', 'talked', 'talking', 'spoke', 'speak', 'speaks', 'speaking', 'said', 'says', 'wrote', 'write', 'writes', 'told', 'listen', 'listened', 'reported', 'replied', 'responded', 'sold', 'sell', 'sells', 'lent', 'gave', 'give', 'sent', 'owed', 'belongs', 'belonged', 'married', 'lost', 'thanks', 'thanked', 'due', 'next', 'close', 'similar', 'rival', 'compared', 'refer', 'referred', 'letter', 'message', 'bid', 'offer', 'deal', 'loan', 'payment', 'payments']);
/** Verbs of working somewhere: "works at X", "employed by X". */
const WORK_VERBS = new Set(['work', 'works', 'worked', 'working', 'employed', 'hired', 'job']);
/** Verbs of joining a body: "joined X". */
const JOIN_VERBS = new Set(['joined', 'joins', 'join', 'joining']);
/** Words compromise may tag as part of a role noun ("vice president of" read as one actor) that are no role. */
const FUNCTION_WORDS = new Set(['of', 'for', 'at', 'to', 'in', 'on', 'by', 'with', 'from', 'and', 'or', 'the', 'a', 'an']);

/** "power line", "the 200-kilovolt line", "rail line": what qualifies a line that carries power or traffic. */
const POWER_OR_TRANSPORT = new Set(['power', 'kilovolt', 'kv', 'voltage', 'transmission', 'electricity', 'supply', 'gas', 'water', 'rail', 'railway', 'train', 'tram', 'bus', 'metro', 'subway', 'ferry', 'branch', 'shipping', 'telegraph']);

/**
 * "Gideon, his brother in Tolbeg", "Burnavek, the singer's first": after the name at `last`, a comma
 * and a possessive pronoun, or an article and a person's noun (kin or an actor noun), describe a person.
 */
function personAppositive(at: (k: number) => Token | undefined, last: number): boolean {
  const head = at(last);
  const det = at(last + 1);
  const noun = at(last + 2);
  if (!head || !comma(head) || !det) return false;
  if (/^(?:his|her|their|my|our|your)$/u.test(det.normal)) return true;
  return /^(?:a|an|the)$/u.test(det.normal) && !!noun && lower(noun) && (KIN.has(noun.normal.replace(/[’']s$/u, '')) || noun.tags.has('Actor'));
}

const lower = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text);
const possessive = (t: Token) => /[’']s$/u.test(t.text) || /^[’']s?\b/u.test(t.post);
const comma = (t: Token) => /^\s*,/u.test(t.post);

/**
 * Votes from the context of the mention spanning tokens[first..last]. Returns an
 * object with a count per type it has evidence for (usually one vote, or none).
 */
export function contextEvidence(tokens: readonly Token[], first: number, last: number): Votes {
  const votes: Votes = {};
  const vote = (type: EntityType) => {
    votes[type] = (votes[type] ?? 0) + 1;
  };
  const sentence = tokens[first].sentence;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k].sentence === sentence ? tokens[k] : undefined);
  const before = at(first - 1);
  const before2 = at(first - 2);
  const after = at(last + 1);
  const head = tokens[last];

  // "Northport beat Easton 2-1": both sides of a match result are teams.
  if (isResult(at, first, last)) {
    vote('organization');
    votes.result = 1;
  }
  // "Vekpur play Tolpur", "will face Vekarat", "host Vekhaw's Bay": a fixture's sides, which count as
  // teams only in a document that reports a result (typeByEvidence): elsewhere people meet and visit.
  // ("Vekbosch will play Tolwane": a modal may stand before the verb.)
  const verbAfter = after && /^(?:will|would|must|could|can|shall|to)$/u.test(after.normal) ? at(last + 2) : after;
  if ((verbAfter && FIXTURE_VERBS.has(verbAfter.normal)) || (before && FIXTURE_VERBS.has(before.normal))) votes.fixture = 1;
  // "Standings: Vekmoor 38 points, Tolby 35, Zarnby 33": a row of a standings line written as prose.
  if (isStandingsItem(at, first, last)) votes.standing = 1;
  // "Postponed: Granvek v Hedvek": the sides of a fixture written with "v" or "vs".
  if ((after && /^(?:v|vs)$/u.test(after.normal) && /^\p{Lu}/u.test(at(last + 2)?.text ?? '')) || (before && /^(?:v|vs)$/u.test(before.normal) && at(first - 2) && /^\p{Lu}/u.test(at(first - 2)!.text))) votes.fixture = 1;
  // "face Vekarat at home this Sunday", "play Tolpur away": a side met at home or away is a team, result or not.
  if (before && FIXTURE_VERBS.has(before.normal) && !/^visit/u.test(before.normal) && after && ((after.normal === 'at' && at(last + 2)?.normal === 'home') || (after.normal === 'away' && !/^(?:from)$/u.test(at(last + 2)?.normal ?? '')))) vote('organization');

  // "Northport climbed to fourth in the Vekla League", "Tolby slipped to 12th in the table": a side
  // moving to a place in a league's table. (Drivers and golfers move in "standings" and on
  // "leaderboards", and countries in "rankings": those nouns are left out.)
  if (first === last && after && /^(?:climbed|climbs|moved|moves|rose|rises|slipped|slips|dropped|drops|fell|falls|jumped|jumps|slumped|slumps)$/u.test(after.normal) && at(last + 2)?.normal === 'to' && /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|bottom|top|\d{1,2}(?:st|nd|rd|th))$/u.test(at(last + 3)?.normal ?? '') && at(last + 4)?.normal === 'in' && [5, 6, 7, 8].some((d) => /^(?:table|league|division|ladder|log|conference|pool)$/u.test(at(last + d)?.normal ?? ''))) vote('organization');

  // "Tolby stay seventh", "Vekmoor remain bottom of the table": a side keeping its place in a league's
  // table. (The plural verb agrees with a team in British English; a town or a person "stays".)
  if (after && /^(?:stay|remain|sit|lie)$/u.test(after.normal) && head.post === ' ' && !possessive(head) && STANDING.test(at(last + 2)?.normal ?? '') && opensClause(before)) vote('organization');
  // "Tolby won their quarter-final by six wickets", "Vekmoor lost their opener": a side's own game, "their"
  // after a plural-agreeing side (a person's is "his" or "her"; "Tolby and Vek won their" is left out).
  if (after && /^(?:won|lost|drew|win|lose|draw)$/u.test(after.normal) && head.post === ' ' && !possessive(head) && at(last + 2)?.normal === 'their' && MATCH_NOUNS.test(at(last + 3)?.normal ?? '') && opensClause(before)) vote('organization');

  // "Tolby Rovers, who beat Easton 3-0,": the subject of a result in a relative clause votes for a
  // team (only a vote: "Smith, who beat Jones 6-3 6-4," is a player, whose sets follow one another).
  if (after?.normal === 'who' && /^,\s*$/u.test(head.post) && RESULT_VERBS.has(at(last + 2)?.normal ?? '')) {
    const score = [3, 4, 5, 6].map((d) => last + d).find((k) => at(k) && SCORE.test(at(k)!.text));
    if (score !== undefined && !SCORE.test(at(score + 1)?.text ?? '')) vote('organization');
  }

  // "Vekworth c Tolvane b Marsh 31", "lbw b Marsh 12": a cricket scorecard names the fielder after
  // "c" or "st" and the bowler after "b"; both are players.
  if (before && /^(?:c|b|st)$/u.test(before.text) && before.post === ' ' && scorecardLine(at, first)) vote('person');

  // "Kestrel said in a statement", "Kestrel said in a release": people speak, bodies issue statements.
  // (People say things in statements too: a full name is left to its words, and a one-word name counts
  // as speaking, so the surname of a person named in full stays that person's.)
  // ("a cooperative of growers around Vekginha, said in a statement", "runs trucks between Perth and
  // Tolby, said in a statement": a comma after the name closes an appositive; the subject is further back.)
  if (after && REPORTING_VERBS.has(after.normal) && at(last + 2)?.normal === 'in' && /^(?:statement|release|filing)$/u.test(at(last + 4)?.normal ?? '') && !comma(head)) {
    if (first === last) {
      vote('organization');
      votes.speaks = (votes.speaks ?? 0) + 1;
    }
  }

  // "Kestrel said", "Kestrel announced on Monday": a one-word name that speaks and that no given name
  // or title marks is a body (a person named by surname alone is typed by the full name in the document).
  // (Not a word compromise reads as a person's name: "Okafor said" alone in a brief is still a person;
  // nor a given name the name lists hold: "'Elspeth asked for no speeches,' he said" names a woman.)
  // ("Residents of Ikvek said": after "of" the name completes the subject's noun; it does not speak.)
  if (first === last && after && REPORTING_VERBS.has(after.normal) && after.tags.has('Verb') && head.post.trim() === '' && !(before && (before.normal === 'of' || before.tags.has('Preposition'))) && !/^(?:he|she)$/u.test(at(last + 2)?.normal ?? '') && !['Person', 'FirstName', 'LastName'].some((tag) => head.tags.has(tag)) && !isGivenName(head.text) && !isWorldGivenName(head.text)) {
    vote('organization');
    votes.speaks = (votes.speaks ?? 0) + 1;
  }
  // ("'It is fine,' Tyler said": a given name that speaks is marked, so that a city of that name
  // is not taken for the place it also names.)
  if (first === last && after && REPORTING_VERBS.has(after.normal) && head.post.trim() === '' && (isGivenName(head.text) || isWorldGivenName(head.text))) votes.givenNameSpeaks = 1;

  // "Vekla Foods will close its plant", "Kestrel cut its forecast": the subject that "its" takes back
  // is a body (a person's is "his" or "her"); a modal or an auxiliary may stand before the verb.
  {
    let k = last + 1;
    if (at(k) && /^(?:will|would|has|had|have|is|was|plans|expects|wants)$/u.test(at(k)!.normal)) k++;
    if (at(k) && /^(?:to)$/u.test(at(k)!.normal)) k++;
    const verb = at(k);
    // ("the Tolva burst its banks": a river's banks, below.)
    if (verb && verb.tags.has('Verb') && !REPORTING_VERBS.has(verb.normal) && at(k + 1)?.normal === 'its' && !/^banks?$/u.test(at(k + 2)?.normal ?? '') && head.post === ' ' && !possessive(head)) vote('organization');
  }

  // "Kestrel's chief executive", "Kestrel's shares": what a body has.
  // ("Arvid Holm's government collapsed": a leader has a government and a cabinet; a given name opening the name says person.)
  if (possessive(head) && after && (ORGANIZATION_POSSESSIONS.has(after.normal) || (CORPORATE_TITLES.has(after.normal) && after.normal !== 'head')) && !(first < last && (isGivenName(tokens[first].text) || isWorldGivenName(tokens[first].text)) && LEADER_POSSESSIONS.has(after.normal))) vote('organization');

  // "the Kestrel chief executive", "Kestrel spokeswoman Dana Ruiz": a lower-case corporate title
  // right after the name is one the body gives.
  if (!possessive(head) && after && lower(after) && head.post.trim() === '' && CORPORATE_TITLES.has(after.normal) && after.normal !== 'head') vote('organization');

  // "Kestrel President Dana Ruiz", "Kestrel Chief Executive Dana Ruiz", "Kestrel CEO Dana Ruiz": a
  // capitalised corporate title between the name and a person's is one the body gives; a country's
  // head of state is written with its adjective ("Vekish President …"), and a known country, region
  // or city is left out ("Tasmania President …").
  if (!possessive(head) && after && head.post === ' ' && /^\p{Lu}/u.test(after.text) && (CORPORATE_TITLES.has(after.normal) || after.normal === 'president') && after.normal !== 'head') {
    let k = last + 2;
    while (at(k) && at(k - 1)!.post === ' ' && (CORPORATE_TITLES.has(at(k)!.normal) || /^(?:executive|managing|general|operating|financial|vice)$/u.test(at(k)!.normal)) && /^\p{Lu}/u.test(at(k)!.text)) k++;
    const name = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
    if (at(k - 1)!.post === ' ' && /^\p{Lu}\p{Ll}/u.test(at(k)?.text ?? '') && !CORPORATE_TITLES.has(at(k)!.normal) && !isKnownPlace(name) && !isKnownRegion(name) && !isKnownCity(name) && !isNationality(name)) vote('organization');
  }

  // "Vekla Party candidate Ana Ruiz", "Páirtí an Chósta candidate …": a lower-case candidate right
  // after a name stands for it, a party (a place's candidate is rare: "the Tolvik candidate" needs "the").
  if (!possessive(head) && after && lower(after) && head.post.trim() === '' && /^(?:candidate|candidates|nominee|nominees)$/u.test(after.normal) && before?.normal !== 'the') vote('organization');

  // "Tolvik sacked coach Mark Venn", "Kestrel fired its chief executive": who sacks a coach or an
  // executive is the club or the firm.
  if (!possessive(head) && head.post === ' ' && after && /^(?:sacked|sacks|fired|fires|dismissed|dismisses|axed)$/u.test(after.normal) && (at(last + 2)?.normal === 'its' ? at(last + 3) : at(last + 2)) && /^(?:coach|manager|boss|chief|ceo|head|trainer|director|chairman|president)$/u.test((at(last + 2)?.normal === 'its' ? at(last + 3) : at(last + 2))!.normal)) vote('organization');
  // "Venn joined from Zarnby Town", "signed from Tolvik": a player's or a manager's former club.
  if (before?.normal === 'from' && /^(?:joined|joins|signed|signs|moved|arrived|transferred|recruited|poached|loaned|borrowed)$/u.test(before2?.normal ?? '')) vote('organization');
  // "She works at Kestrel", "employed by Kestrel", "joined Kestrel in 2019": a workplace.
  if (before && ((/^(?:at|for|by)$/u.test(before.normal) && before2 && WORK_VERBS.has(before2.normal)) || JOIN_VERBS.has(before.normal))) vote('organization');

  // "Vekla Party's Nuala Quarrie won", "Kestrel's Ana Ruiz said": a name in the possessive right
  // before a given name and a surname is the person's party, club or employer (a person's name before
  // another person's is rare in news; a country's is typed by the gazetteer first).
  const given = at(last + 1);
  if (possessive(head) && head.post === ' ' && given && /^\p{Lu}\p{Ll}+$/u.test(given.text) && (isGivenName(given.text) || isWorldGivenName(given.text)) && given.post === ' ' && /^\p{Lu}/u.test(at(last + 2)?.text ?? '') && !isKnownPlace(head.text.replace(/[’']s$/u, ''))) vote('organization');

  // "the Easton striker", "Easton coach Kojo Vekah": a team's player or staff right after the name;
  // "Easton's striker" too, but not "her coach"-like roles after a possessive ("the singer's fans").
  if (after && lower(after) && TEAM_ROLES.has(after.normal) && head.post.trim() === '' && (!possessive(head) || !PERSONAL_TEAM_ROLES.has(after.normal))) vote('organization');
  // ("Vekret's Ugandan midfielder": a nationality may stand between the club and its player.)
  const roleAfterDemonym = at(last + 2);
  if (possessive(head) && after && (after.tags.has('Demonym') || isNationality(after.text)) && roleAfterDemonym && lower(roleAfterDemonym) && TEAM_ROLES.has(roleAfterDemonym.normal) && !PERSONAL_TEAM_ROLES.has(roleAfterDemonym.normal)) vote('organization');

  // "fans of Northport", "shares of Kestrel", "a stake in Kestrel": a club's followers, a company's stock.
  // ("Shares of state-owned Kestrel": a modifier may stand between.)
  const ofAt = before && /-/u.test(before.text) && before2?.normal === 'of' ? first - 2 : first - 1;
  if (ofAt !== first - 1 && /^(?:fans|supporters|shares|stock|shareholders)$/u.test(at(ofAt - 1)?.normal ?? '')) vote('organization');
  if (before && before2 && ((before.normal === 'of' && /^(?:fans|supporters|shares|stock|shareholders)$/u.test(before2.normal)) || (before.normal === 'in' && /^(?:stake|stakes|shareholding)$/u.test(before2.normal)))) vote('organization');

  // "Shares of cannabis grower Vekleaf dropped", "shares of chipmaker Tolvane": the company's kind,
  // in lower case, may stand between the stock and its name.
  if (before && lower(before) && before.post === ' ' && ((before2?.normal === 'of' && /^(?:shares|stock)$/u.test(at(first - 3)?.normal ?? '')) || (lower(before2) && at(first - 3)?.normal === 'of' && /^(?:shares|stock)$/u.test(at(first - 4)?.normal ?? '')))) vote('organization');
  // "the choir wrote in a post on Vekgram", "she wrote on Tolvabook": where a post is published is a
  // platform, a company ("on Tuesday" is a date, not a name).
  // ("a message on Vekla", "her post on Brexit drew replies": "on" is "about" there, so a noun counts only
  // as "in a post on X", and a verb only when the name ends the phrase: "wrote on X that …".)
  const endsPhrase = !after || /^\s*[,.;:!?]/u.test(head.post) || after.normal === 'that' || after.tags.has('Preposition') || after.tags.has('Date');
  const inAPost = /^(?:post|posts|video|message|statement|livestream|stream|thread)$/u.test(before2?.normal ?? '') && /^(?:a|an|his|her|its|their|the)$/u.test(at(first - 3)?.normal ?? '') && at(first - 4)?.normal === 'in';
  const postedOn = /^(?:posted|wrote|written|writes|tweeted|shared|announced|said)$/u.test(before2?.normal ?? '');
  if (before?.normal === 'on' && first === last && (inAPost || postedOn) && endsPhrase && !possessive(head)) vote('organization');

  // "Tolbeg won by 46 runs", "Vekla lost by two wickets": a margin only a side's game counts (a
  // candidate wins by votes or points, a runner by seconds: those are left out).
  if (!possessive(head) && head.post === ' ' && after && /^(?:won|lost)$/u.test(after.normal) && at(last + 2)?.normal === 'by' && /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)$/u.test(at(last + 3)?.normal ?? '') && /^(?:runs?|wickets?|goals?|tries|try|innings)$/u.test(at(last + 4)?.normal ?? '')) {
    vote('organization');
    votes.result = 1;
  }
  // "Tolby won 3-2 at Vekmoor", "drew 1-1 at Zarnby": in a result, the town the game was "at" names
  // its home side (a ground has a venue's name: "at Vekla Park" is left to its head).
  if (before?.normal === 'at' && before2 && SCORE.test(before2.text) && (RESULT_VERBS.has(at(first - 3)?.normal ?? '') || /^(?:won|wins)$/u.test(at(first - 3)?.normal ?? '')) && first === last && !possessive(head) && isKnownTown(head.text)) vote('organization');
  // "a 2-1 win over Easton", "Northport's 3-0 defeat to Easton": a scored result names teams on both sides.
  if (isScoredResultNoun(at, first, last)) {
    vote('organization');
    votes.result = 1;
  }

  // "state-owned Kestrel", "Tolvik-listed Vekla": who owns, runs or lists a name makes it a body.
  if (before && before.post === ' ' && /^\p{Ll}[\p{L}]*-(?:owned|controlled|run|listed|held|funded)$/u.test(before.text)) vote('organization');
  if (before && before.post === ' ' && /^(?:owned|controlled|run|listed|held|funded)$/u.test(before.normal) && at(first - 2)?.post === '-') vote('organization');

  // "Kestrel shares fell": a company's stock.
  if (!possessive(head) && after && STOCK_NOUNS.has(after.normal) && lower(after)) vote('organization');
  // "Kestrel shed 1.7 percent", "Vekla Metals rose 4%": a market report's mover is a listed company
  // (a person's given name keeps its own evidence: "Vekla gained 3 percent of the vote" in a poll).
  // (Only the subject of a market report: not "prices in Leeds fell 2%", "the Nikkei fell 1%", a town's
  // or an airport's figures, or a candidate's share in a poll; the paragraph must speak of a market.)
  // ("Shares in Tolbara fell 3.2%", "appliance maker Vekla SA jumped 7%": after a company's shares or its kind.)
  const subject = !before || /[,;:]\s*$/u.test(before.post) || /^(?:and|while|but|whereas)$/u.test(before.normal) || (/^(?:in|of)$/u.test(before.normal) && STOCK_NOUNS.has(before2?.normal ?? '')) || (lower(before) && before.tags.has('Noun') && !before.tags.has('Preposition') && !before.tags.has('Determiner') && !before.tags.has('Pronoun'));
  const moverName = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  const known = isGazetteerPlace(moverName);
  if (!possessive(head) && head.post === ' ' && after && subject && !known && STOCK_MOVES.has(after.normal) && isPercentAt(at, last + 2) && !isGivenName(tokens[first].text) && !isWorldGivenName(tokens[first].text) && marketContext(tokens, first)) vote('organization');
  // "Vekla Brandy was unchanged", "Orvane Stores closed flat": the mover that did not move (a one-word
  // English name may be a currency or a commodity, "Sterling was flat", "Gold was unchanged": left out).
  if (!possessive(head) && head.post === ' ' && subject && !known && isUnchangedAt(at, last + 1) && (first < last || !isEnglishWord(head.text)) && !isGivenName(tokens[first].text) && !isWorldGivenName(tokens[first].text) && marketContext(tokens, first)) vote('organization');
  // "Vekla Cement 3,140 (3,085)", "Orvane Farm 17.30 lei, up 2.4 pct": a row of a share-price list under
  // a market heading ("Closing prices in drams:") names a listed company.
  if (!before && !possessive(head) && !known && isPriceRowAt(at, last + 1) && !isGivenName(tokens[first].text) && !isWorldGivenName(tokens[first].text) && priceListContext(tokens, first)) vote('organization');

  // "a spokesperson for Kestrel", "the chief executive of Kestrel", "employees at Kestrel".
  // ("Economists at Vekla Banka said": the role may open the sentence, capitalised.)
  // ("a spokesman for Tolvia's governor": a possessive name is the office's place, not the body spoken for.)
  if (before && before2 && /^(?:for|of|at)$/u.test(before.normal) && SPEAKS_FOR.has(before2.normal) && (lower(before2) || !at(first - 3)) && !possessive(head)) vote('organization');
  // "an apprentice electrician at Tolvik Elektro", "a cashier at Vekmart": any occupation (compromise's
  // Actor nouns) at a name works for it, as the titles above speak for it.
  // ("A spokesperson from Zorvex said": "from" sets a name as "at" does (LOCATIVE_PREPOSITIONS), but a
  // spokesperson or a representative from a name speaks for it; "workers from Tolbeg" may be townsfolk.)
  if (before?.normal === 'from' && before2 && /^(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|representatives)$/u.test(before2.normal) && !possessive(head)) vote('organization');
  if (before?.normal === 'at' && before2 && lower(before2) && before2.tags.has('Actor') && !before2.tags.has('Plural') && !CLIENT_NOUNS.has(before2.normal) && !possessive(head)) vote('organization');

  // "a senior manager at the Tolvane Bay Municipality", "according to the Vekaata Municipality": a
  // municipality's name after "the" is its local government, a body, as a council's is; in a setting
  // ("villages in the Vekaata Municipality") it is the area.
  // ("moved to the Vekaata Municipality" is the area; "according to" it, the body.)
  const intoArea = !!before2 && (SETTING_PREPOSITIONS.has(before2.normal) || /^(?:within|into|inside|through|from)$/u.test(before2.normal) || (before2.normal === 'to' && at(first - 3)?.normal !== 'according') || isPluralOf(at, first));
  if (first < last && tokens[last].text === 'Municipality' && before?.normal === 'the' && !intoArea) vote('organization');
  // "Tolvik council votes", "the Vekland police said": a lower-case council, police or government
  // right after a name is the body of the place it names (a body's own name takes a capital: "Tolvik Council").
  if (!possessive(head) && head.post === ' ' && after && lower(after) && PLACE_BODY_HEADS.has(after.normal) && !ORGANIZATION_HEADS.has(head.normal)) vote('place');
  // "runs the Dakvek cooperative", "the Tolvane group said": a lower-case kind of body right after a
  // name that "the" opens is the body the name names (a place's own bodies, "the Tolvik council", are above).
  // ("the opposition Vekalooni party", "the ruling Tolva party": one lower-case modifier may stand after "the".)
  // ("whose Vekla Ruamtol party leads", "their Tolvane union": a possessive determiner opens the phrase as "the" does.)
  // ("her Ohio company", "whose Texas bank": after a possessive determiner a known place is where the body is.)
  const ownerName = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  const possessorBefore = /^(?:whose|his|her|their|its|our)$/u.test(before?.normal ?? '') && !isKnownTown(ownerName) && !isKnownRegion(ownerName);
  const theBefore = before?.normal === 'the' || possessorBefore || (!!before && lower(before) && before.post === ' ' && before2?.normal === 'the' && !before.tags.has('Verb') && !before.tags.has('Preposition'));
  if (!possessive(head) && head.post === ' ' && after && lower(after) && theBefore && BODY_KINDS_AFTER.has(after.normal) && !isKnownPlace(tokens.slice(first, last + 1).map((t) => t.text).join(' '))) vote('organization');
  // "a plant at Vekamu in Ogun State", "born in Tolby in Kent": a name in a setting, then "in" and a
  // known place or a state, is a town in it.
  const inPlace = at(last + 2);
  // ("an analyst at Nomura in Tokyo": after a role noun, "at X" is an employer.)
  const roleBefore = !!before2 && lower(before2) && before2.post === ' ' && (before2.tags.has('Noun') || before2.tags.has('Actor'));
  // ("launched from Tolvashima in southern Japan": a direction may stand before the known place.)
  const inKnown = inPlace && DIRECTION_ADJECTIVES.has(inPlace.text) ? at(last + 3) : inPlace;
  if (before && /^(?:at|in|near|from)$/u.test(before.normal) && !roleBefore && after?.normal === 'in' && head.post === ' ' && inKnown && /^\p{Lu}/u.test(inKnown.text) && (isKnownPlace(inKnown.text) || isKnownRegion(inKnown.text) || (at(last + 3)?.normal === 'state' && /^\p{Lu}/u.test(at(last + 3)!.text))) && !possessive(head)) vote('place');

  // "a lorry to Kendal", "helicopters from Tolby", "On Benbecula, sailings were cancelled": a town the
  // gazetteer knows, after a preposition of place or motion ("talked to Nelson" is no motion).
  // ("sold the unit to Nokia": a verb of giving or talking up to three words before "to" makes a recipient.)
  const recipient = [2, 3, 4].some((d) => (d === 2 || before?.normal === 'to') && TALK_VERBS.has(at(first - d)?.normal ?? ''));
  // ("won 3-2 at Tolby": after a score, the town is its home side's, below.)
  if (first === last && before && /^(?:to|from|on|at|via|through)$/u.test(before.normal) && !possessive(head) && isKnownTown(head.text) && !recipient && !SCORE.test(before2?.text ?? '')) vote('place');

  // "In Tolvora, farmers replanted", "a blast near Vekmoor", "the harvest around Zarnby": a name
  // where something happens is a place. It counts against a given name ("Cruz", "Mato"), which only
  // makes a person likely; `locative` marks the vote so the document step may let it overrule one.
  // (A town the gazetteer knows is typed a place by its mention already; a place vote would outweigh
  // its team's results, "Tolvik beat Zarnby … the final in Tolvik", so it gets only the marker.)
  if (isLocativeFrame(tokens, first, last)) {
    const name = tokens.slice(first, last + 1).map((t) => t.text).join(' ').replace(/[’']s$/u, '');
    if (!isKnownPlace(name) && !isKnownCity(name)) vote('place');
    votes.locative = (votes.locative ?? 0) + 1;
  }

  // "A Tolbeg man was fined", "an Ardvekla woman, 34,": an article, a name and a person noun says
  // where the person is from (UK, Irish and Pacific courts and police write it so). A body's staff
  // ("a Vekla spokesman", "an Uber driver") take other nouns, so the list keeps to people by age or kin.
  // ("A Vekla family trust", "a Tolbeg youth leader": the person noun must end the noun phrase, and
  // the name be no body the tagger knows: "A Barclays woman".)
  const afterPerson = at(last + 2);
  // ("a Tralee farmer", "a Vekmoor villager": and people by where they work the land or live;
  // "a Protestant farmer" names a faith, a word the dictionary holds, not a place.)
  const farmer = !!after && /^(?:farmers?|residents?|fisherman|villager|widow|landowner)$/u.test(after.normal) && !tokens.slice(first, last + 1).some((t) => isEnglishWord(t.normal) || t.tags.has('Adjective') || t.tags.has('Demonym'));
  if (before && /^(?:a|an)$/u.test(before.normal) && !possessive(head) && head.post === ' ' && after && (/^(?:man|woman|boy|girl|teenager|teen|youth|couple|family|mother|father|grandmother|grandfather|pensioner|toddler|baby|schoolboy|schoolgirl|native)$/u.test(after.normal) || farmer) && !(afterPerson && lower(afterPerson) && afterPerson.tags.has('Noun') && !afterPerson.tags.has('Verb') && after.post === ' ') && !tokens.slice(first, last + 1).some((t) => t.tags.has('Organization'))) vote('place');

  // "drought-hit areas of Tolbeg", "residents of Vekaro", "the outskirts of Tolby": the parts and
  // the people of a name are a place's.
  if (before?.normal === 'of' && /^(?:areas|parts|outskirts|suburbs|districts|villages|towns|streets|residents|neighbourhoods|neighborhoods|townships|slums|people|citizens|inhabitants)$/u.test(before2?.normal ?? '') && !possessive(head) && !tokens.slice(first, last + 1).some((t) => t.tags.has('Organization') || ORGANIZATION_HEADS.has(t.normal))) vote('place');

  // "a ten-year-old Denver firm", "an Oslo start-up": a known town's name before a kind of
  // business says where the business is (an unknown name there may be its owner: "a Vekla company").
  // (The tokenizer splits "seven-year-old" at its hyphens.)
  let modifierStart = first - 1;
  while (modifierStart > first - 6 && at(modifierStart - 1)?.post === '-') modifierStart--;
  const modifier = at(modifierStart);
  const opensPhrase = /^(?:a|an)$/u.test(before?.normal ?? '') || (!!modifier && lower(modifier) && before!.post === ' ' && /^(?:a|an)$/u.test(at(modifierStart - 1)?.normal ?? '') && !(modifierStart === first - 1 && before!.tags.has('Verb')));
  const name = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  if (opensPhrase && !possessive(head) && head.post === ' ' && after && lower(after) && BUSINESS_KINDS.has(after.normal) && (isKnownCity(name) || isKnownPlace(name))) vote('place');

  // "sent two helicopters from Tolbeg", "launches from Vekapattinam", "fled from Zarnby": what is
  // flown, launched or sent starts from a place ("moved from Korvex to Tolvane" may be a job, so
  // verbs of changing employer are left out).
  // ("sent from Oxfam to the camps", "fled from Vekla Haram fighters": a body the tagger knows, or a
  // name qualifying the noun after it, is no place of departure.)
  const knownBody = tokens.slice(first, last + 1).some((t) => t.tags.has('Organization') || ORGANIZATION_HEADS.has(t.normal));
  const qualifies = !!after && lower(after) && after.tags.has('Noun') && !after.tags.has('Verb') && head.post === ' ';
  if (before?.normal === 'from' && [2, 3, 4].some((d) => DEPARTURE_VERBS.has(at(first - d)?.normal ?? '')) && !possessive(head) && !knownBody && !qualifies) vote('place');
  // "the power line from Tolbeg", "the road from Vekmoor", "said by telephone from Tolvik": a way, or
  // a call, runs from a place (no vehicle nor service: "flights from Emirates" come from a body).
  // ("the new track from Burnavek", "her best line from Tolvekia": a song and a play's line come from
  // people, so "track" is no way here, and a line only one of power or transport, or one "to" a place.)
  const fromWay = /^(?:pipeline|road|railway|railroad|highway|motorway|trail|canal)$/u.test(before2?.normal ?? '') || (before2?.normal === 'line' && (POWER_OR_TRANSPORT.has(at(first - 3)?.normal ?? '') || at(last + 1)?.normal === 'to')) || (/^(?:telephone|phone)$/u.test(before2?.normal ?? '') && at(first - 3)?.normal === 'by');
  // ("by phone from Gideon, his brother": a given name, or a name a person's kin or role describes, is the caller.)
  const givenName = isGivenName(head.text) || isWorldGivenName(tokens[first].text) || isGivenName(tokens[first].text) || tokens[first].tags.has('FirstName');
  // (A place's frame, marked `locative`, so that it overrules a given name's likelihood: "from Nuvara Ekiya".)
  if (before?.normal === 'from' && fromWay && !possessive(head) && !knownBody && !qualifies && !givenName && !personAppositive(at, last)) {
    vote('place');
    votes.locative = (votes.locative ?? 0) + 1;
  }

  // "the rail crossing at Dolvek", "laid to rest in the cemetery at Tolbeg", "the count centre at
  // Vekland Hall": a site named by a lower-case kind of place, then "at", is at a place.
  if (before?.normal === 'at' && lower(before2) && SITES_BEFORE_AT.has(before2!.normal) && !possessive(head) && !knownBody) vote('place');
  // "close the road over Tolvheiði", "the pass at Vekdalur", "the hill at Kimvek": a way over or at a
  // place names a place (a body is not crossed).
  // ("286 millimetres of rain at Tolvegama": where the weather is measured is a place.)
  if (isPlaceOfWay(at, first) || (before?.normal === 'at' && /^(?:rain|rainfall|snow|snowfall|frost)$/u.test(before2?.normal ?? '')) || isNamedStop(at, first, last)) {
    if (!possessive(head) && !knownBody) {
      vote('place');
      votes.locative = (votes.locative ?? 0) + 1;
    }
  }
  // "a crowd of 2,150 at the Vekla Arena", "900 spectators watched at the Tolvana Dvorana": where a
  // crowd watches is a venue (a body's staff work "at" it, a crowd does not).
  // ("a crowd of 2,000 at the Tolvane rally", "the audience at the Ostrova Festival": a name before a
  // lower-case noun only modifies it, and a crowd also gathers at an event, which is no venue.)
  const modifies = after !== undefined && head.post === ' ' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  if (before?.normal === 'the' && before2?.normal === 'at' && [3, 4, 5].some((d) => CROWD_NOUNS.has(at(first - d)?.normal ?? '')) && !possessive(head) && !knownBody && !modifies && !EVENT_HEADS.has(head.normal)) {
    vote('place');
    votes.locative = (votes.locative ?? 0) + 1;
  }
  // "the Tolva burst its banks", "the Vekla broke its banks": only a river does.
  if (after && /^(?:burst|bursts|broke|breaks|overflowed|overtopped)$/u.test(after.normal) && at(last + 2)?.normal === 'its' && /^banks?$/u.test(at(last + 3)?.normal ?? '')) vote('place');

  // "Ana Vekla (58), of Tolbyhill, pleaded guilty", "Tom Marsh, 41, of Vekmore": a court report's
  // address after a person's age.
  if (before?.normal === 'of' && before2 && /^\d{1,3}$/u.test(before2.text) && /^\)?,\s$/u.test(before2.post) && !possessive(head)) vote('place');
  // ("Ana Vekla (58), of Tolbyhill, Vekmore, pleaded guilty": the address's second part, its town or county.)
  if (before && /^\p{Lu}\p{Ll}+$/u.test(before.text) && /^,\s$/u.test(before.post) && before2?.normal === 'of' && /^\d{1,3}$/u.test(at(first - 3)?.text ?? '') && /^\)?,\s$/u.test(at(first - 3)!.post) && !possessive(head)) vote('place');

  // "opens at Tolbeg hospital", "patients at Vekla clinic": "at" a name and a lower-case facility
  // is the town the facility serves (a body's own sites take its possessive or "the").
  if (before?.normal === 'at' && !possessive(head) && head.post === ' ' && lower(after) && TOWN_FACILITIES.has(after!.normal) && after!.normal !== 'baths' && after!.normal !== 'bypass' && !tokens.slice(first, last + 1).some((t) => ORGANIZATION_HEADS.has(t.normal))) vote('place');

  // "a Red Vekla official said", "an Ostvek spokeswoman": an article, a name and a body's staff noun.
  if (before && /^(?:a|an)$/u.test(before.normal) && !possessive(head) && head.post === ' ' && after && /^(?:official|officials|spokesman|spokeswoman|spokesperson|executive|employee|source)$/u.test(after.normal) && !isKnownPlace(tokens.slice(first, last + 1).map((t) => t.text).join(' ')) && !isKnownRegion(tokens.slice(first, last + 1).map((t) => t.text).join(' ')) && !isKnownTown(head.text)) vote('organization');

  // "on Tolbeg's south side", "Vekby's northern suburbs", "the town's east end": a part of a town
  // named through its possessive.
  if (possessive(head) && after && (COMPASS_POINTS.has(after.normal) || DIRECTION_ADJECTIVES.has(after.normal) || /^(?:inner|outer)$/u.test(after.normal)) && /^(?:side|end|suburbs|outskirts|edge|fringe|coast|shore|bank|districts|neighbourhoods|neighborhoods)$/u.test(at(last + 2)?.normal ?? '')) vote('place');
  if (possessive(head) && after && /^(?:outskirts|suburbs|city|town|streets|downtown|waterfront|harbour|harbor)$/u.test(after.normal) && lower(after)) vote('place');

  // "residents of Ikvek", "the outskirts of Tolvby": people who live in a place, or its parts.
  if (before?.normal === 'of' && before2 && (lower(before2) || !at(first - 3)) && /^(?:residents|inhabitants|villagers|townspeople|citizens|outskirts|suburbs|streets|centre|center|heart|edge|north|south|east|west|mayor)$/u.test(before2.normal) && first <= last) vote('place');

  // "Tolvaa, home to about 500 people", "Vekby islanders": a name people live in.
  if (isInhabitedPlace(at, first, last)) vote('place');

  // "the city of Northport", "the province of Kestria": a place head before "of".
  if (before?.normal === 'of' && before2 && lower(before2) && PLACE_HEADS.has(before2.normal) && !ORGANIZATION_HEADS.has(before2.normal)) vote('place');

  // "northern Luzon", "southern Vekland": a lower-case compass adjective before a name qualifies a place.
  if (before && (DIRECTION_ADJECTIVES.has(before.text) || /^(?:north|south)-(?:eastern|western)$|^(?:coastal|rural|downtown)$/u.test(before.text))) vote('place');
  // "ran Cusco-based Vekawa", "a broker at Tolby-based Vekbranca Corretora": what is based somewhere,
  // named right after "X-based" with no role noun between, is a body.
  // ("Lagos-based Tunde Vekla said": a given name opens a person based somewhere.)
  const givenFirst = first < last && (isGivenName(tokens[first].text) || isWorldGivenName(tokens[first].text) || tokens[first].tags.has('FirstName'));
  if (before && before.post === ' ' && !givenFirst && (first === last || ORGANIZATION_HEADS.has(tokens[last].normal)) && (/\p{L}-based$/u.test(before.text) || (before.normal === 'based' && at(first - 2)?.post === '-'))) vote('organization');
  // "Vekzanti Orbale, based in Tolbeg, will pay": a base in a town set off by commas right after the
  // name is a firm's or a body's (a person is said to live there, or is "based" only with a role: "a
  // nurse based in Tolbeg").
  if (comma(head) && after?.normal === 'based' && /^(?:in|at|near|outside)$/u.test(at(last + 2)?.normal ?? '') && /^\p{Lu}/u.test(at(last + 3)?.text ?? '')) vote('organization');
  // "a Northport-based company": "-based" follows a place.
  if (/^-based\b/u.test(head.post) || (after?.normal === 'based' && head.post === '-')) vote('place');

  // "at St Vekla's Church, Tolbeg, followed by": a name after a building's name and a comma, closed by
  // a comma or the sentence, is the town the building stands in.
  const building = at(first - 1);
  // ("outside St Vekla's Church, Tolvane, 54, said": an age or a verb of saying after it makes a person.)
  const afterTown = at(last + 1);
  if (building && /^\p{Lu}/u.test(building.text) && /^,\s/u.test(building.post) && BUILDING_HEADS.has(building.normal) && last - first <= 1 && (/^\s*[,.;]/u.test(head.post) || !afterTown) && !/^\d/u.test(afterTown?.text ?? '') && !REPORTING_VERBS.has(afterTown?.normal ?? '')) vote('place');
  // "Springfield, Illinois": a name followed by a comma and a known place is a town in it.
  // ("Tarnsol, Norway's largest chipmaker,": a place in the possessive opens an appositive, not the town's country.)
  if (comma(head) && after && isKnownPlace(after.text) && !possessive(after) && !possessive(head)) vote('place');

  // Apposition after the name: "Tavita Moana, a nurse,"; "Kestrel, a rocket company,"; "Easton, a town in …".
  const appositive = appositiveHead(at, last);
  if (appositive) {
    const noun = singularize(appositive.normal);
    // ("Kestrel, the largest chipmaker,": a body's kind ends like an agent noun; "the owner", "a partner" may be people.)
    // ("Vantoru, a Tolbeg-based maker of boats,": a base in a town is a firm's; a person lives there.)
    // ("Orvin Paxta, the country's biggest cotton grower,": a maker, a grower or an employer ranked
    // by its size is a firm; a person is ranked by skill or fame, "the best-known grower".)
    if (ORGANIZATION_APPOSITIVES.has(noun) && ((!PERSON_OR_BODY.has(noun) && !PERSON_DESCRIPTIONS.has(noun)) || (appositive.based && PERSON_OR_BODY.has(noun)))) vote('organization');
    // ("“We lost money,” said Kiro Vekani, the region's biggest cotton trader.", "…, the biggest
    // cotton trader, said he lost money": a quote's speaker, or "he"/"she" the name's verb of saying
    // binds, is a person, whatever the rank says.)
    else if (appositive.sized && (PERSON_OR_BODY.has(noun) || SIZED_BODY_NOUNS.has(noun)) && !spokenByPerson(tokens, at, first, last)) vote('organization');
    // ("Vekjökull, a glacier in the west,", "X, a radio telescope": kinds of place, some ending like
    // agent nouns, so they are read before the person test; the kind outweighs a name that only
    // looks like a person's.)
    // ("Ho, the Volta regional capital,", "Bo, Sierra Leone's second city": a capital heading the
    // appositive is a seat of government; a fund's "capital" heads no appositive: "a venture capital firm".)
    else if (PLACE_KINDS.has(noun) || PLACE_HEADS.has(noun) || noun === 'capital') {
      vote('place');
      votes.locative = (votes.locative ?? 0) + 1;
    } else if (isPersonNoun(appositive) || PERSON_DESCRIPTIONS.has(noun) || STRONG_PERSON_TITLES.has(noun)) vote('person');
    else if (ORGANIZATION_APPOSITIVES.has(noun) || ORGANIZATION_HEADS.has(noun)) vote('organization');
  }
  // "its chief executive, Fatma al-Vekri, said", "the sole director, Ana Vekla, was fined": a role
  // noun, a comma, then the name closed by a comma or a full stop names the person holding the role.
  // ("his lawyer, Han Ji-vek, told": an agent noun the tagger knows as an actor too.)
  if (before && lower(before) && /^,\s+$/u.test(before.post) && (comma(head) || /^\s*\./u.test(head.post)) && (CORPORATE_TITLES.has(before.normal) || STRONG_PERSON_TITLES.has(before.normal) || PERSON_DESCRIPTIONS.has(before.normal) || (LEGAL_AND_DIPLOMATIC_ROLES.has(before.normal) && !tokens.slice(first, last + 1).some((t) => t.tags.has('Organization'))) || (before.tags.has('Actor') && !CLIENT_NOUNS.has(before.normal))) && !ORGANIZATION_APPOSITIVES.has(before.normal)) vote('person');
  // "Mizuvek said he expected …", "Vekla said she would": the pronoun a speaker takes back is a person's.
  if (after && head.post === ' ' && REPORTING_VERBS.has(after.normal) && /^(?:he|she)$/u.test(at(last + 2)?.normal ?? '') && !possessive(head)) vote('person');
  // "said Mizuvek Kotaro, chief strategist at …", "X, president of Y,": a role in apposition, with no article.
  if (comma(head) && after && lower(after) && (CORPORATE_TITLES.has(after.normal) || STRONG_PERSON_TITLES.has(after.normal))) {
    const of = lower(at(last + 2)) && !/^(?:of|at|for)$/u.test(at(last + 2)!.normal) ? at(last + 3) : at(last + 2);
    if (/^(?:of|at|for)$/u.test(of?.normal ?? '')) vote('person');
  }
  // "the Syr Vekla river", "the Cerro Vekla copper mine": a lower-case kind of place after the name (one modifier may stand between).
  {
    const geo = after && lower(after) && (GEO_AFTER.has(after.normal) ? after : at(last + 2) && lower(at(last + 2)) && GEO_AFTER.has(at(last + 2)!.normal) && after.post === ' ' ? at(last + 2) : undefined);
    // ("The Tesco area manager", "a Vekla region spokesman": a division word that itself qualifies a
    // noun after it is a company's, not a place's.)
    const noun = at(geo === after ? last + 2 : last + 3);
    const qualifies = !!geo && DIVISION_AFTER.has(geo.normal) && geo.post === ' ' && lower(noun) && COMPANY_STAFF_AND_SITES.test(noun!.normal);
    if (geo && !qualifies && head.post === ' ' && !possessive(head)) {
      vote('place');
      votes.locative = (votes.locative ?? 0) + 1;
    }
  }
  // "her grandmother, Nóra,", "his wife Aoife": a kinship noun names the person after it.
  if (before && KIN.has(before.normal) && /^\p{Ll}/u.test(before.text) && /^,?\s+$/u.test(before.post)) vote('person');
  // "Vekanbosun's son Jordan", "Tolvane's widow said": only people have kin ("its sister company",
  // "the group's mother ship": a noun after the kin word makes it a body's).
  // ("Tolvane's sister firm", "Manchester's son Ryan", "Volkswagen's daughter Audi": a lower-case word
  // after the kin word, unless a verb alone, makes it a body's; a town or a known body has sons only figuratively.)
  const afterKin = at(last + 2);
  const kinName = tokens.slice(first, last + 1).map((t) => t.text).join(' ').replace(/[’'][sS]?$/u, '');
  const bodyOrTown = tokens.slice(first, last + 1).some((t) => t.tags.has('Organization')) || isGazetteerPlace(kinName);
  const kinOwned = !!afterKin && lower(afterKin) && after?.post === ' ' && !(afterKin.tags.has('Verb') && !afterKin.tags.has('Noun') && !afterKin.tags.has('Adjective'));
  if (possessive(head) && after && KIN.has(after.normal) && lower(after) && !kinOwned && !bodyOrTown) vote('person');
  // "Tavita Moana, 54, said": an age in apposition.
  if (comma(head) && after && /^\d{1,3}$/u.test(after.text) && (comma(after) || /^[.;]/u.test(after.post))) vote('person');
  // "said Dalvano, 24." — a one-word name right after a reporting verb speaks, like "Dalvano said".
  // (No vote of its own: "said Averys" alone says nothing of what Averys is; it only lends a longer name a person.)
  if (first === last && before && REPORTING_VERBS.has(before.normal) && before.tags.has('Verb') && /^\s*[,.;]/u.test(head.post)) votes.spokeAfterCue = (votes.spokeAfterCue ?? 0) + 1;
  // "Novo Vekla, which makes the drug,", "Kestrel, which owns the mine": what a body does.
  if (comma(head) && after?.normal === 'which' && /^(?:makes|made|owns|owned|operates|operated|runs|produces|produced|employs|manufactures|supplies|builds|built|publishes|published|develops|developed|controls|manages|lends|insures)$/u.test(at(last + 2)?.normal ?? '')) vote('organization');
  // "a study published in The Vekla Journal", "writing in the Tolvik Herald": where writing appears is a publication.
  if (before?.normal === 'in' && /^(?:published|publishes|wrote|writing|writes|reported|appeared|appears)$/u.test(before2?.normal ?? '') && first === last) vote('organization');
  // "Moana, who", "Kestrel, which": the relative pronoun English uses for people; but "Leeds, who are
  // top": a plural verb after "who" is a team's or a band's (British English makes them plural).
  // ("a nurse at a clinic in Korvane, who said": after a preposition the clause belongs to the noun before it.)
  // ("Tolby Town, who host the holders": a present verb without -s after "who" is plural too.)
  if (comma(head) && after?.normal === 'who' && !(before && /^(?:in|at|from|near|of|to)$/u.test(before.normal))) vote(PLURAL_VERBS.has(at(last + 2)?.normal ?? '') || (!!at(last + 2) && isPluralPresent(at(last + 2)!)) ? 'organization' : 'person');
  // "Northport were held to a draw", "Brisbane have won three": one name with a plural verb is a
  // team or a band; a person or a town takes the singular ("and" before it makes a list: "Ruiz and Cole were";
  // after "of" or "a" the verb agrees with another noun: "elements of a Contract for Peace were").
  // ("the results in the Tolvane Certificate Examination were good": after a preposition and "the" too.)
  const objectOfPreposition = before?.normal === 'the' && !!before2 && (before2.tags.has('Preposition') || /^(?:in|of|on|at|for|from|with|by)$/u.test(before2.normal));
  // ("factories near Tolbeg are closing": after a preposition the verb agrees with the noun before it.)
  if (!possessive(head) && head.post === ' ' && after && PLURAL_VERBS.has(after.normal) && !(before && (/^(?:and|&|or|of|for|a|an)$/u.test(before.normal) || afterPreposition(before))) && !objectOfPreposition && !/^\s*,/u.test(before?.post ?? '')) vote('organization');
  // "Vekpur hold nerve", "Vekbosch overpower Zarnton", "Zarnpur meet Kelpur": a headline's or a
  // report's present verb without -s after one name is plural, so the name is a team.
  // ("Tolvane start-up's satellite": a verb's form that opens a hyphenated noun is that noun.)
  if (!possessive(head) && head.post === ' ' && after && after.post !== '-' && isPluralPresent(after) && opensClause(before)) vote('organization');
  // "scored twice for Wigan", "signed for Easton", "played for Northport": a player's club.
  if (before?.normal === 'for' && isPlayingFor(at, first - 2)) vote('organization');
  // "nurse Tavita Moana", "councillor Ines Vukovic": a lower-case role noun from the lexicons right
  // before the name (an agent noun by its ending alone is too loose here: "the letter F", "browser Safari").
  // ("the vice president of Kestrel": compromise may tag "of" an actor; a function word is no role.)
  if (before && /^\p{Ll}[\p{Ll}-]*$/u.test(before.text) && before.post.trim() === '' && !FUNCTION_WORDS.has(before.normal) && (before.tags.has('Actor') || (TEAM_ROLES.has(before.normal) && !/^(?:fans|supporters|players|squad|centre|center|lock|prop)$/u.test(before.normal)) || PERSON_DESCRIPTIONS.has(before.normal) || STRONG_PERSON_TITLES.has(before.normal)) && !ORGANIZATION_APPOSITIVES.has(before.normal) && !CLIENT_NOUNS.has(before.normal)) vote('person');
  return votes;
}

/**
 * A noun for a person: compromise tags it an actor ("supervisor", "maker" in context), or it ends
 * like a profession ("journalist", "historian", "engineer", "cashier"). Not "-er"/"-ant" alone:
 * "a nuclear reactor", "the largest plant" are things.
 */
function isPersonNoun(t: Token): boolean {
  return (t.tags.has('Actor') && !CLIENT_NOUNS.has(t.normal)) || /(?:ist|ian|eer|ier)$/u.test(t.normal);
}

/** The head noun of "X, a/an/the … NOUN[,.]" or "X, NOUN of …": the noun before the appositive ends. */
function appositiveHead(at: (k: number) => Token | undefined, last: number): (Token & { based?: boolean; sized?: boolean }) | undefined {
  if (!comma(at(last)!)) return undefined;
  let det = last + 1;
  // "Vekmasol, South Korea's largest chipmaker,": a name in the possessive determines the noun too.
  while (det <= last + 3 && at(det) && /^\p{Lu}/u.test(at(det)!.text) && !possessive(at(det)!)) det++;
  if (!at(det) || !(/^(?:a|an|the|its|his|her|their)$/u.test(at(det)!.normal) || (/^\p{Lu}/u.test(at(det)!.text) && possessive(at(det)!)))) return undefined;
  let based = false;
  let sized = false;
  for (let k = det + 1; k <= det + 5; k++) {
    const t = at(k);
    // ("Vekram Geodata, a Tolbeg start-up,": a place's name may qualify the noun.)
    if (k === det + 1 && t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.post === ' ' && lower(at(k + 1))) continue;
    // ("Kelvra, a Tolbeg-based maker of boats,": so may a place's name joined to "-based".)
    if (k === det + 1 && t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.post === '-' && at(k + 1)?.normal === 'based' && at(k + 1)!.post === ' ' && lower(at(k + 2))) {
      k++;
      based = true;
      continue;
    }
    if (!t || !lower(t)) return undefined;
    // ("Vekhar Kabel, the country's largest maker of wire,": a rank by size is a body's.)
    if (SIZE_SUPERLATIVES.has(t.normal)) sized = true;
    const next = at(k + 1);
    // The appositive ends at a comma, a full stop, or a preposition ("a nurse at the clinic").
    // ("a cooperative with 900 members": a body's kind counts though the tagger reads an adjective.)
    // ("Ana Vek, the mayor's sister and treasurer of the club,": "and" joins a second role; the first is the head.)
    // ("a Tolbeg start-up,": the tokenizer splits a hyphenated noun; its whole is the head.)
    const whole = `${t.normal}-${next?.normal}`;
    if (t.post === '-' && next && ORGANIZATION_APPOSITIVES.has(whole) && (/^\s*[,.;]/u.test(next.post) || at(k + 2)?.tags.has('Preposition'))) return { ...next, normal: whole };
    // ("a not-for-profit trust", "a family-run bakery": the words of a hyphenated modifier qualify the noun after them.)
    if (t.post === '-' && next && lower(next)) continue;
    if (/^\s*[,.;]/u.test(t.post) || !next || next.tags.has('Preposition') || /^(?:and|or)$/u.test(next.normal)) return t.tags.has('Noun') || t.tags.has('Actor') || ORGANIZATION_APPOSITIVES.has(singularize(t.normal)) ? { ...t, based, sized } : undefined;
    // ("an advocacy group based in Zarnvek", "a firm founded in 1990": a participle closes the appositive's noun.)
    // ("a payments firm owned by …": the tagger may read "firm" as its adjective; a body's kind is the noun.)
    // ("a software start-up,": a verb's form opening a hyphenated noun is that noun, not a participle.)
    if (next.tags.has('Verb') && !next.tags.has('Noun') && !ORGANIZATION_APPOSITIVES.has(singularize(next.normal)) && !(next.post === '-' && ORGANIZATION_APPOSITIVES.has(`${next.normal}-${at(k + 2)?.normal}`))) return /^(?:based|founded|set|owned|run|led|formed|created|registered|headquartered|listed)$/u.test(next.normal) && (t.tags.has('Noun') || ORGANIZATION_APPOSITIVES.has(singularize(t.normal))) ? t : undefined;
  }
  return undefined;
}

/** "Northport beat Easton 2-1", "Easton drew 1-1 with Northport", "lost 2-0 to Easton". */
function isResult(at: (k: number) => Token | undefined, first: number, last: number): boolean {
  // "Kojo Vekah (Ghana) beat …": a player's country in brackets is no side of the result.
  if (/\(\s*$/u.test(at(first)!.pre) || /\(\s*$/u.test(at(first - 1)?.post ?? '')) return false;
  const after = at(last + 1);
  const scoreWithin = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (at(k) && SCORE.test(at(k)!.text)) return true;
    return false;
  };
  // A results line: "Northport 2 Easton 1" (a name, its goals, the other name, its goals).
  // Only names and numbers on the line, numbers apart from the names ("40 Zarnik-12 drones" is no result).
  const goals = (t: Token | undefined) => !!t && /^\d{1,3}$/u.test(t.text);
  let k0 = first;
  // Both line forms have a number right after the name: only then is the line scanned (scanning it
  // for every mention was about a quarter of the entity rules' time).
  let namesAndNumbers = goals(after);
  if (namesAndNumbers) {
    while (at(k0 - 1)) k0--;
    // ("Marsh 1 Colonia del Tolvo 2": a particle inside a team's name is no prose.)
    // ("Vekmoor 2 Campo y Vekla 2": Spanish "y", Portuguese "e" join a town's name's words.)
    for (let k = k0; at(k); k++) if (/^\p{Ll}/u.test(at(k)!.text) && !((NAME_PARTICLES.has(at(k)!.normal) || (/^(?:y|e)$/u.test(at(k)!.text) && /^\p{Lu}/u.test(at(k - 1)?.text ?? ''))) && /^\p{Lu}/u.test(at(k + 1)?.text ?? ''))) namesAndNumbers = false;
  }
  // ("Zarnby 101 KELSO 99 (OT)": a note in brackets may close the line.)
  const lineEnds = (k: number) => !at(k) || /\(\s*$/u.test(at(k)!.pre) || /\(\s*$/u.test(at(k - 1)?.post ?? '');
  if (namesAndNumbers && goals(after) && at(last)!.post !== '' && at(last)!.post.trim() === '' && (goals(at(first - 1)) || (at(last + 2) && /^\p{Lu}/u.test(at(last + 2)!.text) && [3, 4, 5].some((d) => goals(at(last + d)) && lineEnds(last + d + 1))))) return true;
  // A standings line: "Northport 4 3 1 0 9 3 10" (a name and three or more numbers, nothing else).
  if (namesAndNumbers && first === k0 && [1, 2, 3].every((d) => goals(at(last + d))) && (() => {
    for (let k = last + 1; at(k); k++) if (!goals(at(k))) return false;
    return true;
  })()) return true;
  // Subject: "Northport beat Easton 2-1", "Northport drew 1-1".
  const marginWithin = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (at(k)?.normal === 'by' && at(k + 1)?.tags.has('Value') && MARGIN_UNITS.test(at(k + 2)?.normal ?? '')) return true;
    return false;
  };
  if (after && RESULT_VERBS.has(after.normal) && (scoreWithin(last + 2, last + 6) || marginWithin(last + 2, last + 6))) return true;
  // "Tolby won 3-2 at Vekmoor": "won" with the score right after it (one score: "won 6-3 6-4" is a player's sets).
  if (after && /^(?:won|wins)$/u.test(after.normal) && at(last + 2) && SCORE.test(at(last + 2)!.text) && !SCORE.test(at(last + 3)?.text ?? '')) return true;
  // "Vekmoor trailed 3-1 after two periods", "Tolby led 2-0 at half-time": the state of a game, its
  // score right after the verb and then a point of the game ("Ruiz led Cole 48-46 among voters" is a
  // poll, "led 200-300 protesters" a crowd, "led 2-1 at the count" a tally).
  const gamePoint = (k: number) => !!at(k) && SCORE.test(at(k)!.text) && /^(?:after|at|going|heading|into|before|until|entering)$/u.test(at(k + 1)?.normal ?? '') && !/^(?:the|a|an)$/u.test(at(k + 2)?.normal ?? '');
  if (after && STATE_VERBS.has(after.normal) && gamePoint(last + 2)) return true;
  // ("Vekmoor led Easton 2-1 at half-time": the other side between the verb and the score, on either side.)
  if (after && STATE_VERBS.has(after.normal) && /^\p{Lu}/u.test(at(last + 2)?.text ?? '') && [3, 4, 5].some((d) => gamePoint(last + d) && /^\p{Lu}/u.test(at(last + d - 1)?.text ?? ''))) return true;
  // Object: "beat Easton 2-1", "drew 1-1 with Easton", "lost 2-0 to Easton".
  const before = at(first - 1);
  if (before && STATE_VERBS.has(before.normal) && gamePoint(last + 1)) return true;
  if (before && RESULT_VERBS.has(before.normal) && at(last + 1) && SCORE.test(at(last + 1)!.text)) return true;
  // "beat Zarnpur by four runs", "lost to Zarnton by 12 points": a margin in a sport's units.
  const verbBefore = before && (RESULT_VERBS.has(before.normal) || (/^(?:to|over|against)$/u.test(before.normal) && RESULT_VERBS.has(at(first - 2)?.normal ?? '')));
  if (verbBefore && at(last + 1)?.normal === 'by' && at(last + 2)?.tags.has('Value') && MARGIN_UNITS.test(at(last + 3)?.normal ?? '')) return true;
  if (before && /^(?:with|to|against)$/u.test(before.normal) && at(first - 2) && SCORE.test(at(first - 2)!.text) && RESULT_VERBS.has(at(first - 3)?.normal ?? '')) return true;
  return false;
}

/**
 * "Standings after 17 rounds: Vekmoor 38 points, Tolby 35, Zarnby 33.", "Table: Tolvane 24 pts; Vekby 21":
 * the name spanning tokens[first..last] is one row of a standings line written as prose — a line
 * opening on "Standings" or "Table" (after at most two words: "League standings", "Final table") and a
 * colon, the name right after that colon or a row's comma or semicolon, then its points (a number, with
 * or without "points") closing the row. Wire copy prints a league's table so after a round's results.
 * A row names a side only where the document reports a result too (typeByEvidence): drivers and riders
 * have standings as well ("Drivers' standings: Verstappen 250 points").
 */
function isStandingsItem(at: (k: number) => Token | undefined, first: number, last: number): boolean {
  const points = at(last + 1);
  if (!points || !/^\d{1,3}$/u.test(points.text) || at(last)!.post !== ' ') return false;
  const before = at(first - 1);
  if (!before || !/[:,;]\s*$/u.test(before.post)) return false;
  // The row ends after its points, or after "points" and what it counts ("38 points from 17 games,").
  const unit = at(last + 2);
  const closes = /^\s*[,;.]/u.test(points.post) || !unit || (/^(?:points|pts|pt)$/u.test(unit.normal) && points.post === ' ');
  if (!closes) return false;
  let open = first - 1;
  while (at(open - 1)) open--;
  for (let k = open; k <= open + 2 && k < first; k++) {
    if (!/^(?:standings|table)$/u.test(at(k)!.normal)) continue;
    // The heading's colon: after "Standings" or a few words of it ("Standings after 17 rounds:").
    for (let c = k; c < first && c <= k + 5; c++) if (/^\s*:/u.test(at(c)!.post)) return true;
    return false;
  }
  return false;
}

/** Lower-case ways and high ground read before "over"/"at"/"through" and a place: "the road over X". */
const WAYS_OVER = new Set(['road', 'roads', 'route', 'pass', 'highway', 'track', 'trail', 'hill', 'summit', 'crossing', 'ferry', 'causeway']);
/** The name at tokens[first] follows a way and a preposition: "the road over X", "the pass at X", "on the hill at X". */
function isPlaceOfWay(at: (k: number) => Token | undefined, first: number): boolean {
  const before = at(first - 1);
  const way = at(first - 2);
  if (!before || !way || !lower(way) || !/^(?:the|a|an)$/u.test(at(first - 3)?.normal ?? '')) return false;
  return /^(?:over|at|through|across)$/u.test(before.normal) && WAYS_OVER.has(way.normal);
}

/** Lower-case nouns of transport and trade between a town's name and its station or market: "the X bus station". */
const STOP_MODIFIERS = new Set(['bus', 'railway', 'rail', 'train', 'ferry', 'metro', 'tram', 'taxi', 'fish', 'cattle', 'livestock', 'vegetable', 'produce', 'fruit', 'truck', 'lorry']);

/**
 * "the Vekasoke bus station", "the Tolby fish market": "the", the name, a transport or trade noun and a
 * facility the place names; or "the", the name and a burial ground ("the Tolby cemetery").
 */
function isNamedStop(at: (k: number) => Token | undefined, first: number, last: number): boolean {
  const kind = at(last + 1);
  if (at(first - 1)?.normal !== 'the' || at(last)!.post !== ' ' || !kind || !lower(kind)) return false;
  // ("the Tolgantung crematorium", "the Vekmoor cemetery": a town's own burial ground, no modifier needed.)
  if (/^(?:crematorium|cemetery|graveyard)$/u.test(kind.normal)) return true;
  return STOP_MODIFIERS.has(kind.normal) && kind.post === ' ' && FACILITY_NOUNS.has(at(last + 2)?.normal ?? '');
}

const TYPES = new Set<string>(['person', 'place', 'organization', 'other']);
/** Kinship nouns: the name after one is a person's (not the ones that are words of business too: "its parent Vekair"). */
const KIN = new Set([...KINSHIP.keys()].filter((w) => !BUSINESS_KIN.has(w)));
/** Verbs of a fixture between two sides: "Vekpur play Tolpur", "face Vekarat at home". */
const FIXTURE_VERBS = new Set(['play', 'plays', 'face', 'faces', 'host', 'hosts', 'meet', 'meets', 'visit', 'visits']);

/**
 * Whether a name whose token before is `before` stands first in its clause, as a subject does: no
 * conjunction, "of", "for", article or preposition before it ("Tolby stay seventh", not "and Tolby stay"),
 * nor a copula or a negation, after which a name is the complement ("it is not Tolby halva": a
 * word the tagger reads as a verb after the name is no verb of it).
 */
function opensClause(before: Token | undefined): boolean {
  return !(before && (/^(?:and|&|or|of|for|a|an|the|not|n't|never)$/u.test(before.normal) || afterPreposition(before) || before.tags.has('Copula')));
}

/** `before` is a preposition, by the tagger or the list of place's prepositions ("near", which the tagger may read as an adjective). */
function afterPreposition(before: Token): boolean {
  return before.tags.has('Preposition') || LOCATIVE_PREPOSITIONS.has(before.normal);
}

/** A place in a league's table: "seventh", "12th", "top", "bottom". */
const STANDING = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|bottom|top|\d{1,2}(?:st|nd|rd|th))$/u;
/** A side's game: "their semi-final" (read as "semi" and "-final" too), "their opener". */
const MATCH_NOUNS = /^(?:match|game|final|semi|semi-final|semifinal|quarter|quarter-final|quarterfinal|opener|fixture|tie|derby|replay|play-off|playoff)$/u;

/** Units of a winning margin: "by four runs", "by 12 points", "by two wickets". */
const MARGIN_UNITS = /^(?:runs?|wickets?|points?|goals?|tries|try|strokes?|lengths?|seconds?)$/u;

/** A present-tense verb in its plural (base) form: "hold", "overpower", "meet"; not "holds", a modal or "did". */
function isPluralPresent(t: Token): boolean {
  if (!/^\p{Ll}+$/u.test(t.text) || /s$/u.test(t.text) || !t.tags.has('Verb') || t.tags.has('Noun') || t.tags.has('PastTense') || t.tags.has('Gerund') || t.tags.has('Modal') || t.tags.has('Auxiliary')) return false;
  // ("Jericho Dalvano hit a jump shot": verbs whose past is their base form say nothing of number.)
  // ("Offenbach am Main": "am" agrees with "I" alone, so after a name it is a German town's "on the".)
  return (t.tags.has('PresentTense') || t.tags.has('Infinitive')) && !/^(?:am|do|did|can|could|will|would|shall|should|may|might|must|be|to|hit|put|cut|let|set|shut|cost|hurt|quit|spread|bet|bid|split|cast|read|beat)$/u.test(t.normal);
}

/** Plural forms of "be" and "have" that agree with a team's name in British English. */
const PLURAL_VERBS = new Set(['are', 'were', 'have', "'re", "'ve"]);
/** Verbs of playing for a club: "scored for", "signed for", "played for". */
const PLAYING_VERBS = new Set(['scored', 'scores', 'score', 'signed', 'signs', 'played', 'plays', 'play', 'playing', 'debut', 'appearances', 'goals']);

/** "scored for X", "scored twice for X", "scored his first goal for X": a playing verb within three words before "for". */
function isPlayingFor(at: (k: number) => Token | undefined, k: number): boolean {
  for (let j = k; j > k - 4; j--) {
    const t = at(j);
    if (!t) return false;
    if (PLAYING_VERBS.has(t.normal)) return true;
  }
  return false;
}

const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'thrashing', 'rout']);

/** "Northport's 2-1 win over Easton": the name before (with a possessive) or after ("over/to/against/with X") a scored result noun. */
function isScoredResultNoun(at: (k: number) => Token | undefined, first: number, last: number): boolean {
  const head = at(last)!;
  const a1 = at(last + 1);
  const a2 = at(last + 2);
  if (possessive(head) && a1 && a2 && SCORE.test(a1.text) && RESULT_NOUNS.has(a2.normal)) return true;
  const b1 = at(first - 1);
  // "a 1-4 away defeat by Redvale": a venue word may stand between the score and the noun.
  const venue = /^(?:home|away)$/u.test(at(first - 3)?.normal ?? '') ? 1 : 0;
  const b2 = at(first - 2);
  const b3 = at(first - 3 - venue);
  // "a goalless draw with Easton": a score said in words.
  // ("a 2-1 win at Vekla Municipal Stadium": "at" a building's name is where the match was played.)
  const atVenue = b1?.normal === 'at' && (BUILDING_HEADS.has(head.normal) || VENUE_HEADS.has(head.normal) || PLACE_HEADS.has(head.normal));
  return !!b1 && !!b2 && !!b3 && !atVenue && /^(?:over|to|against|with|by|at)$/u.test(b1.normal) && RESULT_NOUNS.has(b2.normal) && (SCORE.test(b3.text) || /^(?:goalless|scoreless)$/u.test(b3.normal));
}

/** The type with the most votes, or null when there are none or a tie at the top. */
export function winner(votes: Votes): EntityType | null {
  const ranked = (Object.entries(votes) as [string, number][]).filter((e): e is [EntityType, number] => TYPES.has(e[0]) && e[1] > 0).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return null;
  return ranked[0][0];
}

/** Adds `b`'s votes into `a`. */
export function addVotes(a: Votes, b: Votes): Votes {
  for (const [t, n] of Object.entries(b) as [keyof Votes, number][]) a[t] = (a[t] ?? 0) + n;
  return a;
}

/** "Northport beat Easton 2-1": a result says team even of a name that is also a place. */
export function isTeamInResult(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  return isResult((k) => (k >= 0 && k < tokens.length && tokens[k].sentence === sentence ? tokens[k] : undefined), first, last);
}

/**
 * Divisions, neighbourhoods and places people trade or cross at, written in lower case after their
 * name ("the Tolbodi area of the city", "the Vekla district", "the Moyale market", "the Dolvo border
 * crossing"); they also qualify a company's staff and sites ("the Tesco area manager"), so they count
 * for a place only when no such noun follows.
 */
const DIVISION_AFTER = new Set(['area', 'neighbourhood', 'neighborhood', 'suburb', 'township', 'village', 'district', 'region', 'province', 'municipality', 'island', 'islands', 'market', 'crossing', 'checkpoint', 'junction']);
/** Kinds of place written after a place's name: "the Syr Vekla river", "the Tolvik reservoir", "a copper mine". */
const GEO_AFTER = new Set(['river', 'reservoir', 'dam', 'lake', 'mine', 'canal', 'valley', 'basin', 'delta', 'desert', 'glacier', 'volcano', 'peninsula', 'oilfield', 'gasfield', 'estuary', 'gorge', 'plateau', 'lagoon', 'wetlands', 'strait',
  ...DIVISION_AFTER]);
/** A company's staff and sites named after a division word: "the Tesco area manager", "a region spokesman", "island offices". */
const COMPANY_STAFF_AND_SITES = /^(?:share|shares|value|cap|capitalisation|capitalization|leader|leaders|managers?|manager's|offices?|spokes(?:man|woman|person)|directors?|heads?|chiefs?|staff|stores?|shops?|branch(?:es)?|resorts?|sales|headquarters|team|teams|executives?|operations|supervisors?|representatives?|coordinators?)$/u;

/** Prepositions of place that put a setting, not a recipient or a topic, after them. */
const SETTING_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout']);
/** Nouns that take "in" for something other than a place: "a stake in X", "a report in X", "confidence in X". */
export const NOT_SETTING_BEFORE_IN = new Set([
  'stake', 'stakes', 'shares', 'interest', 'investment', 'invested', 'invest', 'investing', 'role', 'confidence', 'faith',
  'trust', 'belief', 'believe', 'believes', 'report', 'reports', 'article', 'story', 'interview', 'column', 'editorial',
  'piece', 'letter', 'published', 'wrote', 'writing', 'appeared', 'quoted', 'cited', 'study', 'paper', 'star', 'starred',
  'starring', 'roles', 'part', 'cast', 'featured',
  // Who holds a stake in a thing: "investors in Kelbrix", "shareholders in Tolvane Air".
  'investors', 'investor', 'shareholders', 'shareholder',
  // Market moves name what moved: "gains in Tolvbank", "a fall in Kestra".
  'gains', 'gain', 'losses', 'loss', 'rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'jump', 'increase', 'decrease',
  'growth', 'decline', 'declines', 'rally', 'slump', 'buying', 'selling', 'trading', 'holding', 'holdings', 'position',
]);

/**
 * "In Tolvora, farmers …", "near Vekmoor, the court said", "the match in Zarnby was called off":
 * the name spanning tokens[first..last] follows a preposition of setting, with no possessive, and
 * ends its phrase (punctuation, a preposition, a conjunction or a verb follows; not a noun it
 * qualifies: "in Kestrel shares"). Nouns that take "in" for a topic ("a stake in X") rule it out.
 */
export function isLocativeFrame(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k].sentence === sentence ? tokens[k] : undefined);
  // "in western Tolvby", "across northern Vekland": a direction between the preposition and the name.
  const direction = at(first - 1) && DIRECTION_ADJECTIVES.has(at(first - 1)!.text) ? 1 : 0;
  const before = at(first - 1 - direction);
  const head = tokens[last];
  // "ships are coming to Duqm", "moved to Tolvik": "to" after a verb of motion is a destination.
  // ("the porter sent us to Tolvarina": an object pronoun may stand between the verb and "to".)
  const verbAt = OBJECT_PRONOUNS.has(at(first - 2 - direction)?.normal ?? '') ? first - 3 - direction : carryingVerbBefore(at, first - 1 - direction) ?? first - 2 - direction;
  // (A body is sent or referred to as often as a place: "referred the case to Interpol" names none.)
  const sending = SENDING_VERBS.has(at(verbAt)?.normal ?? '');
  const bodyLike = tokens.slice(first, last + 1).some((t) => t.tags.has('Organization') || ORGANIZATION_HEADS.has(t.normal));
  const destination = before?.normal === 'to' && (MOTION_VERBS.has(at(verbAt)?.normal ?? '') || (sending && !bodyLike));
  // "near the Vekla turn-off", "outside the Tolbeg station": a setting's facility named by the place.
  if (before?.normal === 'the' && SETTING_PREPOSITIONS.has(at(first - 2 - direction)?.normal ?? '') && head.post === ' ' && !tokens.slice(first, last + 1).some((t) => t.tags.has('Organization')) && (FACILITY_NOUNS.has(at(last + 1)?.normal ?? '') || (at(last + 1)?.normal === 'turn' && at(last + 2)?.normal === 'off')) && !possessive(head)) return true;
  if (!before || !(SETTING_PREPOSITIONS.has(before.normal) || destination) || !/^\p{Ll}|^In$/u.test(before.text) || possessive(head)) return false;
  if (NOT_SETTING_BEFORE_IN.has(at(first - 2 - direction)?.normal ?? '')) return false;
  // ("in Mac OS X", "in Vekla 3"): a name with an acronym, a letter or a digit is a product's; it runs things in it.
  for (let k = first; k <= last; k++) if (/\d|^\p{Lu}$|^\p{Lu}{2,}$/u.test(tokens[k].text) && first !== last) return false;
  // ("in Ana Ruiz's view", "in Kestrel shares"): the name must end its phrase.
  const after = at(last + 1);
  if (!after || /^\s*[,.;:!?)]/u.test(head.post)) return true;
  if (head.post.trim() !== '') return false;
  if (/^\p{Lu}/u.test(after.text)) return false;
  // "outside São Vekla station": a facility the name names, where things happen.
  if (FACILITY_NOUNS.has(after.normal)) return true;
  // ("snow in Tolvby tomorrow", "in Vekmoor last week": a time after the place.)
  // ("told worshippers in Vekaro that …": a clause after the place.)
  // ("skidded off the road near Vekpur early on Friday": an adverb of time after the place.)
  // ("the derby in Tolvby this weekend", "flooding in Vekmoor last week": a relative date, its
  // "last", "next" or "this" and a calendar noun, which the tagger leaves undated.)
  if (opensRelativeDate(tokens, last + 1)) return true;
  return after.tags.has('Preposition') || after.tags.has('Conjunction') || after.tags.has('Date') || (after.tags.has('Verb') && !after.tags.has('Noun') && !after.tags.has('Gerund')) || /^(?:that|where|when|while|until|since|early|earlier|late|later|overnight)$/u.test(after.normal);
}

/**
 * tokens[k] opens a relative date of a calendar noun ("last week", "this weekend", "next season"),
 * which the tagger leaves undated: after a name in a setting it closes the name's phrase as a date does.
 */
export function opensRelativeDate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const noun = tokens[k + 1];
  return !!t && !!noun && t.sentence === noun.sentence && /^(?:last|next|this)$/u.test(t.normal) && t.post === ' ' && RELATIVE_DATE_NOUNS.has(noun.normal);
}

/**
 * Whether the name at tokens[first..last] is a quote's speaker ("“…,” said NAME") or is bound to a
 * person's pronoun by a verb of saying after it in its sentence ("NAME, the biggest trader, said he
 * …", "… he said", "said his …").
 */
function spokenByPerson(tokens: readonly Token[], at: (k: number) => Token | undefined, first: number, last: number): boolean {
  const before = at(first - 1);
  if (before && REPORTING_VERBS.has(before.normal) && /["”»]/u.test(at(first - 2)?.post ?? '')) return true;
  for (let k = last + 1; k <= last + 16 && at(k); k++) {
    const t = at(k)!;
    const next = at(k + 1);
    if (REPORTING_VERBS.has(t.normal) && next && /^(?:he|she|his|her)$/u.test(next.normal)) return true;
    if (/^(?:he|she)$/u.test(t.normal) && next && REPORTING_VERBS.has(next.normal)) return true;
  }
  return false;
}

/** Superlatives of size, which rank firms, farms and funds, not people: "the largest maker", "its biggest grower". */
const SIZE_SUPERLATIVES = new Set(['largest', 'biggest']);
/** Agent nouns of production and hiring that a size superlative makes a body's (besides PERSON_OR_BODY's). */
const SIZED_BODY_NOUNS = new Set(['grower', 'employer', 'producer', 'exporter', 'importer', 'manufacturer', 'processor', 'refiner', 'trader']);

/** The calendar nouns "last", "next" and "this" make a relative date of (TIMEX3's units of time, the seasons and the weekdays). */
const RELATIVE_DATE_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'morning', 'afternoon', 'evening', 'night', 'quarter', 'decade', 'century', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "referred 212 patients to X", "sent it by boat to X", "moved the plant to X": the index of a verb of
 * sending or going up to five tokens before the "to" at `to`, with only its object (lower-case words, a
 * number, "by" and a means) between, no comma and no message ("sent a letter to X" names a recipient).
 */
function carryingVerbBefore(at: (k: number) => Token | undefined, to: number): number | undefined {
  for (let k = to - 1; k >= to - 6; k--) {
    const t = at(k);
    if (!t || /,/u.test(t.post)) return undefined;
    if (k < to - 1 && t.tags.has('Verb') && (SENDING_VERBS.has(t.normal) || MOTION_VERBS.has(t.normal))) return k;
    if (!(lower(t) || /^\d[\d,]*$/u.test(t.text)) || TALK_VERBS.has(t.normal) || (t.tags.has('Verb') && !t.tags.has('Noun') && at(k - 1)?.normal !== 'by')) return undefined;
  }
  return undefined;
}

/**
 * "residents of the Vekaata Municipality", "villages of the X": "of" after a plural noun names the
 * area the many live or lie in; a body's staff are one ("a spokesman for the X").
 */
function isPluralOf(at: (k: number) => Token | undefined, first: number): boolean {
  const noun = at(first - 3);
  return at(first - 2)?.normal === 'of' && !!noun && (/^\p{Ll}/u.test(noun.text) || at(first - 4) === undefined) && noun.tags.has('Plural') && noun.tags.has('Noun');
}

/** People watching an event, and their number: "a crowd of 2,150", "900 spectators watched". */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'spectators', 'fans', 'supporters', 'attendance', 'audience', 'watched', 'capacity']);

/** Verbs of flying, launching, sending or fleeing, whose "from X" is a place of departure. */
// ("Flights from Emirates": an airline's flights come from it, so no nouns.)
const DEPARTURE_VERBS = new Set(['sent', 'send', 'sends', 'flew', 'fly', 'flies', 'flown', 'launch', 'launches', 'launched', 'launching', 'depart', 'departs', 'departed', 'departing', 'sailed', 'sails', 'airlifted', 'evacuated', 'fled', 'flee', 'flees', 'trucked', 'ferried']);

/** Kinds of body written in lower case after the body's name: "the Dakvek cooperative", "the Tolvane group". */
const BODY_KINDS_AFTER = new Set(['cooperative', 'co-operative', 'collective', 'company', 'group', 'firm', 'consortium', 'syndicate', 'partnership', 'charity', 'club', 'union', 'federation', 'association', 'foundation', 'bank', 'airline', 'carmaker', 'chain', 'brand', 'label', 'party']);
/** Verbs of sending someone somewhere: "sent me to X", "transferred to X", "referred to X" (a hospital's referral). */
const SENDING_VERBS = new Set(['sent', 'send', 'sends', 'taken', 'took', 'transferred', 'referred', 'driven', 'carried', 'brought']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'it']);
/** Verbs of going somewhere: "coming to X", "moved to X", "flew to X". */
const MOTION_VERBS = new Set(['come', 'comes', 'coming', 'came', 'go', 'goes', 'going', 'went', 'move', 'moves', 'moved', 'moving', 'travel', 'travels', 'travelled', 'traveled', 'fly', 'flies', 'flew', 'flown', 'return', 'returns', 'returned', 'returning', 'sail', 'sailed', 'drove', 'drive', 'driven', 'headed', 'heading', 'fled', 'flee', 'relocated', 'shipped', 'deported', 'evacuated', 'walked', 'marched', 'rushed', 'airlifted', 'diverted',

  // Nouns of going somewhere: "visitors to X", "the ferry to X".
  'visitors', 'visitor', 'trip', 'trips', 'journey', 'flight', 'flights', 'ferry', 'ferries', 'route', 'tourists', 'travellers', 'travelers']);

/** The line holding tokens[first] ends on a batter's runs, as a scorecard's line does ("… b Marsh 31"). */
function scorecardLine(at: (k: number) => Token | undefined, first: number): boolean {
  let k = first;
  while (at(k + 1) && !/\n/u.test(at(k)!.post)) k++;
  return /^\d{1,3}$/u.test(at(k)!.text) && k - first <= 4;
}

/** People named after the place they live in, written lower-case after its name: "Vekby islanders", "Tolvik residents". */
const INHABITANT_NOUNS = new Set(['islanders', 'villagers', 'residents', 'townspeople', 'townsfolk', 'inhabitants', 'householders']);

/**
 * The name spanning tokens[first..last] is a place people live in: an appositive "home to" after it
 * ("Tolvaa, home to about 500 people, has one shop"), or a lower-case noun of its inhabitants right
 * after it ("Vekby islanders weigh a bridge"; the inverse of "residents of X"). A body is no one's
 * home and has no islanders; a possessive ("Tolvik's residents") is read elsewhere.
 */
function isInhabitedPlace(at: (k: number) => Token | undefined, first: number, last: number): boolean {
  const head = at(last)!;
  const after = at(last + 1);
  if (!after || possessive(head)) return false;
  if (/^,\s$/u.test(head.post) && after.text === 'home' && at(last + 2)?.normal === 'to' && after.post === ' ') return true;
  return head.post === ' ' && lower(after) && INHABITANT_NOUNS.has(after.normal);
}
