// Document-level typing: the votes of every mention of a name are summed, and
// a name with no evidence of its own takes the type its context gives it.
import type { EntityMention, EntityType } from '../../types.ts';
import { countriesNamed, isEnglishWord, isGivenName, isKnownCity, isKnownPlace, isKnownTown, isNationality, isWorldGivenName, townCountriesOf } from '../gazetteer.ts';
import { BUILDING_HEADS, EAST_ASIAN_GIVEN, PLACE_HEADS, PLACE_KINDS, TOWN_FACILITIES, VENUE_HEADS } from '../lexicon.ts';
import { addVotes, winner, type Votes } from './evidence.ts';

/**
 * Types the mentions that mention-internal evidence left `other` from the summed
 * context votes of all mentions with the same name in the document:
 * "Kestrel said in a statement … Kestrel shares fell … Kestrel" → three organizations.
 * A weakly typed mention (`weak[i]`: only compromise's tagger or the city list typed it) also
 * takes the context's type when no vote supports its own: "Bristol's manager was sacked" → the club.
 * `votes[i]` are the context votes of `mentions[i]`. Returns new mentions; the input is not changed.
 */
export function typeByEvidence(mentions: readonly EntityMention[], votes: readonly Votes[], weak: readonly boolean[] = []): EntityMention[] {
  const byName = new Map<string, Votes>();
  mentions.forEach((m, i) => {
    byName.set(m.name, addVotes(byName.get(m.name) ?? {}, votes[i]));
  });
  // "Tavish Quarrie kicked two goals … Quarrie said": news shortens a person to the last word of
  // the name and a body to its first ("Kestrel Aerospace" → "Kestrel"), so a one-word name that
  // ends an untyped (or weakly typed) longer name and speaks, or has a person's evidence of its own
  // ("said Dalvano, 24"), is that person's surname: those votes count for a person, for the longer
  // name, and its "X said" votes no longer count for a body.
  const longerByLastWord = new Map<string, string>();
  mentions.forEach((m, i) => {
    const words = m.name.split(' ');
    if (words.length >= 2 && (m.type === 'other' || ((m.type === 'person' || m.type === 'place') && weak[i])) && /^\p{Lu}\p{Ll}/u.test(words.at(-1)!)) longerByLastWord.set(words.at(-1)!, m.name);
    // "Vek Min-seo … Vek said": a Korean or Chinese name, its given name hyphenated, puts the surname first.
    if (words.length === 2 && m.type === 'person' && EAST_ASIAN_GIVEN.test(words[1])) longerByLastWord.set(words[0], m.name);
  });
  for (const [surname, longer] of longerByLastWord) {
    const said = byName.get(surname);
    if (!said?.speaks && !said?.person && !said?.spokeAfterCue) continue;
    const full = byName.get(longer)!;
    full.person = (full.person ?? 0) + (said.speaks ?? 0) + (said.person ?? 0) + (said.spokeAfterCue ?? 0);
    said.organization = (said.organization ?? 0) - (said.speaks ?? 0);
    said.speaks = 0;
  }
  // "Harvek Tol Korvalia … Korvalia, 63, said … Harvek says": the first word of a person's name
  // (one with a person's evidence of its own, or whose surname has some), speaking alone, is the given
  // name, not a body shortened to its first word: its "X said" votes count for the person.
  for (const m of mentions) {
    const words = m.name.split(' ');
    const full = byName.get(m.name)!;
    const said = words.length >= 2 ? byName.get(words[0]) : undefined;
    // (A body's votes beyond speaking, "Vekla shares fell", keep the body.)
    // ("Foreign Minister Tsehay Vekmichael … Tsehay told reporters": a person's title is evidence too;
    // Ethiopian, Icelandic and Thai news names people by the given name.)
    const person = (full.person ?? 0) > 0 || (m.type === 'person' && m.titles.length > 0 && !isKnownPlace(words[0]) && !isKnownTown(words[0]));
    if (!said?.speaks || !person || (full.organization ?? 0) > 0 || (said.organization ?? 0) > said.speaks) continue;
    said.person = (said.person ?? 0) + said.speaks;
    said.organization = (said.organization ?? 0) - said.speaks;
    said.speaks = 0;
  }
  // In a match report (a result names teams), the sides of a fixture are teams too: "Vekpur play Tolpur".
  // ("Standings: Vekmoor 38 points, Tolby 35": so are the rows of its standings line, see isStandingsItem.)
  if (votes.some((v) => v.result)) for (const v of byName.values()) if (v.fixture || v.standing) v.organization = (v.organization ?? 0) + (v.fixture ?? 0) + (v.standing ?? 0);
  // "Donald Trump … Trump said": a person's surname is typed by the full name (shareTypesInDocument), not by votes.
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.name.includes(' ')).map((m) => m.name.split(' ').at(-1)!));
  const givenNames = new Set(mentions.filter((m) => m.type === 'person' && m.name.includes(' ')).map((m) => m.name.split(' ')[0]));
  const bodyLeadWords = new Set(mentions.filter((m) => m.type === 'organization' && m.name.includes(' ')).map((m) => m.name.split(' ')[0]));
  const framedBodies = new Set(mentions.filter((m, i) => isFramedBody(votes[i]) && isBodyByEvidence(byName.get(m.name)!)).map((m) => m.name));
  // One sense per document: "Vekbosch beat Zarnton 41-17 … Zarnton, who had won eight" — a
  // name typed firmly one way (here by a result) gives that type to its weakly typed mentions, and
  // a name typed firmly at all is not overruled by votes.
  const firmTypes = new Map<string, Set<EntityType>>();
  mentions.forEach((m, i) => {
    if (m.type !== 'other' && !weak[i]) firmTypes.set(m.name, (firmTypes.get(m.name) ?? new Set()).add(m.type));
  });
  return mentions.map((m, i) => {
    const firmly = firmTypes.get(m.name);
    // "figures from state energy company Vekla Neft … Vekla Neft said": a name typed a body by a mention's
    // own frame and a person elsewhere only by the look of its words (no title, no person's evidence
    // anywhere) is one body; a given name is a likelihood, a body's evidence is not.
    if (m.type === 'person' && m.titles.length === 0 && firmly?.has('organization') && firmly.has('person') && firmly.size === 2 && isBodyByEvidence(byName.get(m.name)!)) return { ...m, type: 'organization' as EntityType };
    // "Vekoryan Cognac Works … Chief executive Ana Vekoryan … Shares of Vekoryan fell": a firm named for
    // its founder's family opens with their surname, and news shortens a body to its first word; a
    // mention of that word whose own frame is a body's (its shares, its stock's move) and no person's
    // is the firm, though the word is a person's surname in the document too.
    // (Its other mentions follow, where only a guess typed them: "Vekoryan brandy profit falls".)
    if (surnames.has(m.name) && m.type !== 'place' && bodyLeadWords.has(m.name) && (isFramedBody(votes[i]) || ((weak[i] || m.type === 'other') && framedBodies.has(m.name)))) return { ...m, type: 'organization' as EntityType };
    if (surnames.has(m.name)) return m;
    // ("Vekbosch beat Zarnton 41-17 … the rematch in Vekbosch": a place where something happens stays the town.)
    // (An untyped mention of a town the list holds, in a setting, "fans in Kirkcaldy", is left for typeUntypedTowns.)
    if ((weak[i] || m.type === 'other') && firmly?.size === 1 && !firmly.has(m.type) && !((m.type === 'place' || (m.type === 'other' && isKnownTown(m.name))) && votes[i].locative)) return { ...m, type: [...firmly][0] };
    const overrulable = m.type === 'other' || (weak[i] && !firmly);
    if (!overrulable) return m;
    const summed = byName.get(m.name)!;
    // "A blast near Sheldon, … In Sheldon, crews": a name typed a person only by its given name,
    // found where things happen and never speaking, acting for a body or described as a person, is a place.
    if (m.type === 'person' && weak[i] && summed.locative && !summed.person && !summed.speaks && !summed.spokeAfterCue && !summed.organization) return { ...m, type: 'place' as EntityType };
    // "a seven-year-old Tyler company", "Odessa is a fast-growing city": a city's one-word name
    // that a name list also holds as a given name, typed a person by nothing else, is the city when
    // no person of the document bears that given name and it never speaks (nor acts as a body: "won 3-2 at Tyler").
    if (m.type === 'person' && weak[i] && !m.name.includes(' ') && isKnownCity(m.name) && !givenNames.has(m.name) && !summed.person && !summed.speaks && !summed.spokeAfterCue && !summed.givenNameSpeaks && !summed.organization) return { ...m, type: 'place' as EntityType };
    const type = winner(summed);
    if (!type || type === 'other' || type === m.type) return m;
    // "Tom Avery, Canada's minister": a comma and a place after a person's name is no town in it.
    if (m.type === 'person' && type === 'place') return m;
    return m.type === 'other' || !summed[m.type] ? { ...m, type } : m;
  });
}

/** One mention's votes: a body's beyond speaking ("X said" is a person's as much), and none of a person's. */
function isFramedBody(v: Votes): boolean {
  return (v.organization ?? 0) > (v.speaks ?? 0) && !v.person && !v.spokeAfterCue && !v.givenNameSpeaks;
}

/** Summed votes with none of a person's evidence ("X said" is a body's as much as a person's). */
function isBodyByEvidence(v: Votes): boolean {
  return !v.person && !v.spokeAfterCue && !v.givenNameSpeaks;
}

/** A venue's or a building's head (lower case), or a centre's: "stadium", "hall", "centre". */
function isVenueHead(word: string): boolean {
  return VENUE_HEADS.has(word) || BUILDING_HEADS.has(word) || word === 'centre' || word === 'center';
}

/**
 * "Ford Taurus", "Kestrel Falcon": a company named alone in the document, then its name and
 * another word that is no head, is a product (`other`), not a person or place; with a place
 * it is a company's branch ("Kestrel Europe" → organization).
 */
export function typeProducts(mentions: readonly EntityMention[], votes: readonly Votes[] = []): EntityMention[] {
  const companies = new Set(mentions.filter((m) => m.type === 'organization' && !m.name.includes(' ')).map((m) => m.name));
  return mentions.map((m, i) => {
    // ("Mercedes Tolvane, 41, said": a person's own evidence keeps the person.)
    if (votes[i]?.person) return m;
    const words = m.name.split(' ');
    // ("Dumaguete City" after the team "Dumaguete": a place's head word makes the town the club is named after.)
    // ("President Vek Min-seo": a name after a person's title is the person, not a product.)
    if (words.length < 2 || !companies.has(words[0]) || (m.type !== 'person' && m.type !== 'place') || PLACE_HEADS.has(words[words.length - 1].toLowerCase()) || (m.type === 'person' && m.titles.length > 0)) return m;
    // ("the Tolvane Stadium", "the Vekby Recreation Centre" after the club "Tolvane": a club plays at a
    // ground named after its town, and a venue's head closes a building's name, not a product's.)
    if (m.type === 'place' && isVenueHead(words[words.length - 1].toLowerCase())) return m;
    const type: EntityType = isKnownPlace(words.slice(1).join(' ')) ? 'organization' : 'other';
    return { ...m, type };
  });
}

/**
 * "the World Wide Vekla Conference (WWVC)": an acronym in brackets right after a name whose
 * initials it spells is defined as that name, so every mention of the acronym in the document
 * takes the name's type (an event stays `other`, not the organization a bare acronym suggests).
 * Initials are the first letters of the name's words, with or without its function words
 * ("of", "the", "and", "for", "&"). Returns new mentions.
 */
export function typeDefinedAcronyms(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const defined = new Map<string, EntityType>();
  for (let i = 1; i < mentions.length; i++) {
    const [name, acronym] = [mentions[i - 1], mentions[i]];
    // ("the Tolvane Worldwide Makers Conference (WWMC)": a word may give more letters than its initial,
    // and a maker's name may open the name its acronym leaves out; not a person's, whose brackets hold a code.)
    if (isBracketedAcronym(text, name, acronym) && (spellsAcronym(name.name, acronym.name) || (name.type !== 'person' && spellsAcronymLoosely(name.name, acronym.name)))) defined.set(acronym.name, name.type);
    // ("the Tolbeg Market Vendors Association (TOMAVETA)": short forms built from syllables or another
    // language's words spell no initials; bracketed right after the name, an untyped one is still its short form.)
    else if (isShortFormInBrackets(text, name, acronym) && acronym.type === 'other' && !defined.has(acronym.name)) defined.set(acronym.name, name.type);
  }
  if (defined.size === 0) return [...mentions];
  return mentions.map((m) => (defined.has(m.name) && defined.get(m.name) !== m.type ? { ...m, type: defined.get(m.name)! } : m));
}

/**
 * "the Federation of Tolby Guides and Porters of Nepal (FTGPN)": when the name right before a
 * bracketed acronym does not spell it, but a run of up to six names before it, joined only by
 * "and", "of", "for", "&", "the" or a plural's apostrophe, does, the run is one name: the writer's
 * acronym says where the name starts, which "and" and "of" alone cannot ("Guides and Porters" is
 * one body here, two in "Guides and Porters marched"). The joined mention is an organization when
 * any part was typed one (a body "of Nepal" is no place), else it takes its first part's type.
 * Run before typeDefinedAcronyms, which then types the acronym. Returns new mentions.
 */
export function joinAcronymDefinitions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out = [...mentions];
  for (let k = out.length - 1; k >= 2; k--) {
    const [last, acronym] = [out[k - 1], out[k]];
    if (!isBracketedAcronym(text, last, acronym) || spellsAcronym(last.name, acronym.name)) continue;
    for (let j = k - 2; j >= Math.max(0, k - 7); j--) {
      if (!/^[’']?[ \t]+(?:(?:and|of|for|&)(?:[ \t]+the)?)[ \t]+$/u.test(text.slice(out[j].end, out[j + 1].start))) break;
      const name = text.slice(out[j].start, last.end);
      if (!spellsAcronym(name.replace(/[’']/gu, ''), acronym.name)) continue;
      const parts = out.slice(j, k);
      // ("Tomas Korvane and Ana Vekla Holdings (TKAVH)": a person named in the chain is a party of
      // its own, not a word of the body's name.)
      if (parts.some((m) => m.type === 'person')) break;
      const type = parts.some((m) => m.type === 'organization') ? 'organization' : parts[0].type;
      out.splice(j, k - j, { start: out[j].start, end: last.end, text: name, name, type, titles: out[j].titles });
      k = j + 1;
      break;
    }
  }
  return out;
}

/** "NAME (VekSA)": a short form of two or more capitals, mixed case too, in brackets right after name. */
function isShortFormInBrackets(text: string, name: EntityMention, acronym: EntityMention): boolean {
  return /^\p{Lu}[\p{L}-]*$/u.test(acronym.name) && (acronym.name.match(/\p{Lu}/gu) ?? []).length >= 2 && /^[ \t]*\($/u.test(text.slice(name.end, acronym.start)) && text[acronym.end] === ')';
}

/** "NAME (ACR)": acronym is a mention of two or more capitals in brackets right after name. */
function isBracketedAcronym(text: string, name: EntityMention, acronym: EntityMention): boolean {
  return /^\p{Lu}{2,}$/u.test(acronym.name) && /^[ \t]*\($/u.test(text.slice(name.end, acronym.start)) && text[acronym.end] === ')';
}

/**
 * The initials of name's words are acronym, each function word's initial kept or left out on its
 * own: "Ministry of Roads and the Public Estate (MORPE)" keeps "of" and drops "and the".
 */
function spellsAcronym(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/u).filter(Boolean);
  // (At most a name's few words and an acronym's few letters: the search is tiny.)
  const spells = (w: number, a: number): boolean => {
    if (w === words.length) return a === acronym.length;
    const optional = ACRONYM_FUNCTION_WORDS.has(words[w].toLowerCase());
    if (a < acronym.length && words[w][0].toUpperCase() === acronym[a] && spells(w + 1, a + 1)) return true;
    return optional && spells(w + 1, a);
  };
  return spells(0, 0);
}

const ACRONYM_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * The acronym is spelled by the name's last words, each giving its initial and, after it, any
 * letters of its own in order ("Worldwide Developers Conference" spells WWDC: "World-wide" gives
 * two), function words giving their initial or nothing; the words before may be left out ("Vekla
 * Worldwide Developers Conference (WWDC)"). After Schwartz and Hearst (2003), "A simple algorithm
 * for identifying abbreviation definitions in biomedical text", whose short form must start a
 * word of the long form and spell it in order; here every later word must give a letter too.
 */
function spellsAcronymLoosely(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/u).filter(Boolean).slice(-12);
  const target = acronym.toLowerCase();
  if (target.length > 12) return false;
  // Can word w's letters after its initial give target[a..b) in order?
  const gives = (w: number, a: number, b: number): boolean => {
    const rest = words[w].slice(1).toLowerCase();
    let k = 0;
    for (let x = a; x < b; x++) {
      k = rest.indexOf(target[x], k);
      if (k < 0) return false;
      k++;
    }
    return true;
  };
  const spells = (w: number, a: number): boolean => {
    if (w === words.length) return a === target.length;
    const optional = ACRONYM_FUNCTION_WORDS.has(words[w].toLowerCase());
    if (optional && spells(w + 1, a)) return true;
    if (a >= target.length || words[w][0].toLowerCase() !== target[a]) return false;
    for (let b = a + 1; b <= target.length; b++) if (gives(w, a + 1, b) && spells(w + 1, b)) return true;
    return false;
  };
  for (let s = 0; s < words.length; s++) if (spells(s, 0)) return true;
  return false;
}

/** "… is a town of", "…, a village", "… is the river": what follows a place's name and says it is one. */
const PLACE_AFTER = new RegExp(`^(?:[ \\t]+(?:is|was)|,)[ \\t]+(?:a|an|the)[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:${[...PLACE_KINDS, 'city', 'river', 'port', 'county'].join('|')})(?![\\p{L}])`, 'u');

/**
 * "David Okafor arrived. … David said": a given name alone, when exactly one full name of a
 * person in the document starts with it (and no person's surname is that word), is that person
 * (and so is the first word of a two-word name in surname-first order, "Mizuvek Kotaro"):
 * its `name` becomes the full name, so the corpus step files it under that person.
 */
export function bindFirstNames(mentions: readonly EntityMention[], isGivenName: (word: string) => boolean, text = ''): EntityMention[] {
  // ("Prices in Tamvik rose", "fishes on the Dravel", "Tamvik is a town": a word with a place's context
  // anywhere in the document names that place, and none of its mentions is bound by the untyped rule.)
  const placeLike = new Set<string>();
  for (const m of mentions) {
    if (m.name.includes(' ') || m.type !== 'other') continue;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const after = text.slice(m.end, m.end + 40);
    if (/(?:^|[^\p{L}])(?:[Tt]he|in|at|from|near|into)[ \t]+$/u.test(before) || PLACE_AFTER.test(after)) placeLike.add(m.name);
  }
  const fullByFirst = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (m.type !== 'person' || words.length < 2) continue;
    const set = fullByFirst.get(words[0]) ?? new Set<string>();
    set.add(m.name);
    fullByFirst.set(words[0], set);
    surnames.add(words[words.length - 1]);
  }
  return mentions.map((m) => {
    const full = fullByFirst.get(m.name);
    if (m.name.includes(' ') || !full || full.size !== 1 || surnames.has(m.name) || m.type === 'organization' || m.type === 'place') return m;
    // "Mizuvek Kotaro … Mizuvek said": a name that puts the surname first (no given name first,
    // one last) is shortened to its first word, as "Okafor" shortens "David Okafor".
    const words = [...full][0].split(' ');
    const surnameFirst = words.length === 2 && !isGivenName(words[0]) && isGivenName(words[1]);
    // (A word no list holds as a given name is bound when the document's evidence typed it a person.)
    // ("Vek Seo-jin … Vek": a surname first, before a hyphenated given name, is left to the corpus step.)
    // ("Yaw Vekomako-Brempong … and Yaw obeys it too": a word no evidence typed at all, opening exactly one
    // person's full name of a given name and a hyphenated or several-word surname, is that given name.)
    // ("Bardhyl Tolani has walked his sheep … as Bardhyl tried": so is one opening a two-word name,
    // when it is no English word and no town or place a list holds, which a body or a place could share.)
    const untypedGiven = m.type === 'other' && !placeLike.has(m.name) && (words.length >= 3 || (words.length === 2 && (words[1].includes('-') || (!isEnglishWord(m.name.toLowerCase()) && !isKnownTown(m.name) && !isKnownPlace(m.name))))) && !EAST_ASIAN_GIVEN.test(words[1]);
    if (!isGivenName(m.name) && !surnameFirst && !untypedGiven && (m.type !== 'person' || (words.length === 2 && EAST_ASIAN_GIVEN.test(words[1])))) return m;
    return { ...m, type: 'person', name: [...full][0] };
  });
}

/**
 * One sense per match report: "Vekmoor coach Ana Tolli … a 4-3 win over Vekmoor … Vekmoor doesn't
 * make many mistakes": in a document that reports a result, a name that its context makes a team in
 * one mention (a result, a team's coach or player) is the team in its other mentions too, where only
 * the town's name (the gazetteer) or nothing typed them. A mention in a setting keeps the place ("the
 * final in Vekmoor", `locative`), and a name any mention types a person is left alone (a player's
 * surname in a results line). `votes[i]` are the context votes of `mentions[i]`, `weak[i]` says
 * only the town list or the tagger typed it; `text` is the document the offsets index. Returns new mentions.
 */
export function shareTeamSense(text: string, mentions: readonly EntityMention[], votes: readonly Votes[], weak: readonly boolean[] = []): EntityMention[] {
  if (!votes.some((v) => v.result)) return [...mentions];
  const teams = new Set<string>();
  const people = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.type === 'person') people.add(m.name);
    else if (votes[i].result || (m.type === 'organization' && votes[i].organization)) teams.add(m.name);
  });
  // "Vekmoor Tigers beat Tolby 2-0 … Vekmoor goalkeeper Ana Vek": a team's name is shortened to its town's.
  const teamTowns = new Set<string>();
  for (const team of teams) {
    const words = team.split(' ');
    for (let k = 1; k < words.length; k++) teamTowns.add(words.slice(0, k).join(' '));
    // ("Coopercana Vekmoor beat Tolby 3-0 … Vekmoor led 24-22": a sponsor's name may open it, and the
    // town the town list holds close it.)
    for (let k = 1; k < words.length; k++) if (isKnownTown(words.slice(k).join(' '))) teamTowns.add(words.slice(k).join(' '));
  }
  // (With a team's evidence of its own, "Tolby goalkeeper Ana Vek", or with none at all, only the town
  // list having typed it: "eight games left and Tolby will not give up", "Tolby's South Korean coach".
  // A place's vote keeps the town ("the rain in Tolby", "the road to Tolby"), and so does a singular
  // verb, which British English gives a town and not a team: "Tolby was hit by floods", "Tolby were held".)
  const singular = (m: EntityMention) => /^[ \t]+(?:is|was|has)\b/u.test(text.slice(m.end, m.end + 8));
  const shortened = (m: EntityMention, i: number) => (votes[i].organization ?? 0) > 0 || (!!weak[i] && !votes[i].place && !singular(m));
  return mentions.map((m, i) => ((teams.has(m.name) || (teamTowns.has(m.name) && shortened(m, i))) && !people.has(m.name) && (m.type === 'place' || m.type === 'other') && !votes[i].locative && (!votes[i].place || votes[i].result) ? { ...m, type: 'organization' as EntityType } : m));
}

// "Tolbrook host Vekford Town", "Tolvik will play Vekmere Rams or Vekhaw's Bay": the
// two sides of a fixture (a modal may stand before the verb; "or" names alternative opponents).
const FIXTURE_GAP = /^\s+(?:(?:will|would|must|could|can|shall|to)\s+)?(?:play|plays|face|faces|host|hosts|meet|meets)\s+$/u;
const ALTERNATIVE_GAP = /^\s+or\s+$/u;

/**
 * In a document that reports a match result, the sides of a fixture are of one kind: when one
 * side is an organization (a team), a side typed place or `other` is a team too ("Tolvik
 * Harriers beat Zarnby 41-12 … Tolvik will play Vekmere Rams" → the club, not the city).
 * A person is never retyped. `text` is the document text the mentions' offsets index.
 */
export function shareFixtureSides(text: string, mentions: readonly EntityMention[], votes: readonly Votes[]): EntityMention[] {
  if (!votes.some((v) => v.result)) return [...mentions];
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i++) {
    if (!FIXTURE_GAP.test(text.slice(out[i].end, out[i + 1].start))) continue;
    // The side after the verb, and the alternatives joined to it by "or".
    let last = i + 1;
    while (last + 1 < out.length && ALTERNATIVE_GAP.test(text.slice(out[last].end, out[last + 1].start))) last++;
    const sides = [i, ...Array.from({ length: last - i }, (_, k) => i + 1 + k)];
    if (!sides.some((k) => out[k].type === 'organization')) continue;
    for (const k of sides) if (out[k].type === 'place' || out[k].type === 'other') out[k] = { ...out[k], type: 'organization' };
  }
  return out;
}

/**
 * "turn Tralee's old mill into flats", "(Independent, Kendal)", "referred to Tralee": a name that
 * nothing in the document types — every mention of it `other` and only weakly so (`weak[i]`) — and
 * that the town list holds (GeoNames' towns of over 1,000 people, `isKnownTown`) is that town. The
 * list is the weakest evidence there is, so it is read last, after every context vote, and a one-word
 * name needs a place's frame too: a preposition or a bracket's comma before it, or its possessive
 * ("Merkel", "Carlsberg" and "Obama" are towns as well, and as subjects they are people and firms). A
 * mention in a setting ("fans in Tolby", `votes[i].locative`) is the town even where a team of that
 * name plays. A name that is also an English word ("Falcon") or a given name ("Nelson") is left.
 * `text` is the document the offsets index; `weak[i]` and `votes[i]` are aligned with `mentions[i]`.
 * Returns new mentions.
 */
export function typeUntypedTowns(text: string, mentions: readonly EntityMention[], weak: readonly boolean[], votes: readonly Votes[]): EntityMention[] {
  const typedSomewhere = new Set(mentions.filter((m, i) => (m.type !== 'other' && m.type !== 'place') || (m.type === 'other' && !weak[i])).map((m) => m.name));
  // ("Tavo Vekari-Olund … and Tavo keeps them": a word of a person's name is that person's.)
  const personWords = new Set(mentions.filter((m) => m.type === 'person').flatMap((m) => m.name.split(' ')));
  // One sense per document: a name framed as a place once is the town in its other untyped mentions.
  const framed = new Set(mentions.filter((m) => isPlaceFrame(text, m)).map((m) => m.name));
  const countries = documentCountries(mentions);
  // ("Cardigan's pool", not "the Falcon's bodyshell": a town's possessive takes no article.)
  const owned = new Set(mentions.filter((m) => /^[’']s\b/u.test(text.slice(m.end, m.end + 3)) && !/\b(?:the|a|an)\s+$/iu.test(text.slice(Math.max(0, m.start - 6), m.start))).map((m) => m.name));
  // (In a match report a town's name alone is as often its team: "Tolby and Vekby both have 19 points".)
  const report = votes.some((v) => v.result);
  return mentions.map((m, i) => {
    if (m.type !== 'other' || !weak[i] || personWords.has(m.name) || !isKnownTown(m.name)) return m;
    if (typedSomewhere.has(m.name) && !votes[i]?.locative) return m;
    const words = m.name.split(' ');
    if (isGivenName(words[0]) || isWorldGivenName(words[0])) return m;
    // ("Tolwick hospital waits rise … Across Scotland": a town of the country the story is set in is
    // that town with no frame, outside a match report; one that is also a word needs its possessive,
    // "Cardigan's only pool" in a Welsh story.)
    const home = townCountriesOf(m.name).some((c) => countries.has(c));
    if (words.length === 1 && (isEnglishWord(m.name.toLowerCase()) ? !(home && owned.has(m.name)) : !((home && !report) || framed.has(m.name)))) return m;
    return { ...m, type: 'place' as EntityType };
  });
}

/**
 * "the Tolva River is flowing again … no plan to pipe the Tolva": a name nothing types (every
 * mention `other`) that, with a natural feature's or a province's head word, is a place the
 * document names ("Tolva River", "Lake Tolva", "Tolva Province") is that place shortened, as news
 * shortens a river or a province after its first mention. Returns new mentions.
 */
export function typeFeatureShortForms(mentions: readonly EntityMention[]): EntityMention[] {
  const shortened = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const words = m.name.split(' ');
    if (words.length < 2) continue;
    if (FEATURE_HEADS.has(words.at(-1)!.toLowerCase())) shortened.add(words.slice(0, -1).join(' '));
    if (FEATURE_OPENERS.has(words[0].toLowerCase())) shortened.add(words.slice(1).join(' '));
  }
  const typed = new Set(mentions.filter((m) => m.type !== 'other').map((m) => m.name));
  return mentions.map((m) => (m.type === 'other' && shortened.has(m.name) && !typed.has(m.name) ? { ...m, type: 'place' as EntityType } : m));
}

// The head words of natural features and provinces (from PLACE_HEADS, without streets, buildings,
// towns and counties, which name teams and firms too: "Derby County", "Vekla Park").
const FEATURE_HEADS = new Set(['river', 'lake', 'sea', 'ocean', 'mountain', 'mountains', 'island', 'islands', 'isles', 'gulf', 'bay', 'strait', 'straits', 'valley', 'desert', 'peninsula', 'ganga', 'sound', 'fjord', 'province', 'region', 'oblast', 'krai', 'plateau', 'basin', 'canal', 'delta', 'estuary', 'glacier']);
// ("River Tolva", "Lake Tolva", "Mount Tolva": the head word before the name.)
const FEATURE_OPENERS = new Set(['river', 'lake', 'mount', 'mt']);

/**
 * The countries a story is set in, as its names say: the countries of its places' names (a country,
 * a capital or a large city, `countriesNamed`) and of a nationality opening any name ("the Welsh
 * Government", "Irish Water").
 */
function documentCountries(mentions: readonly EntityMention[]): Set<string> {
  const countries = new Set<string>();
  for (const m of mentions) {
    const named = m.type === 'place' ? countriesNamed(m.name) : [];
    const first = m.name.split(' ')[0];
    const nationality = (m.name.includes(" ") && isNationality(first)) || /^(?:Scottish|Welsh|Scots)$/u.test(first) ? countriesNamed(first) : [];
    for (const c of [...named, ...nationality]) countries.add(c);
  }
  return countries;
}

/**
 * The mention stands in a place's frame: a preposition of place or a bracket's comma before it
 * ("to Tralee", "(Labour, Tralee)"), its possessive ("Tralee's mill"), or a lower-case facility
 * after it ("Tralee baths", "Tralee hospital").
 */
function isPlaceFrame(text: string, m: EntityMention): boolean {
  const after = text.slice(m.end, m.end + 16);
  return PLACE_FRAME_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)) || /^[’']s\b/u.test(after) || TOWN_FACILITIES.has(/^\s(\p{Ll}+)\b/u.exec(after)?.[1] ?? '');
}

/** What stands before a town's name in a place's frame: a preposition of place, or a bracket's comma ("(Labour, Tralee)"). */
const PLACE_FRAME_BEFORE = /(?:\b(?:in|at|from|to|near|outside|around|across|via|through|into|towards|of|between)|\([^()\n]{1,40},)\s+$/u;

/**
 * "the Vekland dollar weakened", "17.40 per U.S. dollar": a country's name that opens a currency's
 * name is part of the currency (`other`, unmarked), no mention of the place. Returns the mentions
 * kept; `text` is the document's text.
 */
export function dropCurrencyCountries(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !(m.type === 'place' && /^[ \t]dollars?\b/u.test(text.slice(m.end, m.end + 9))));
}
