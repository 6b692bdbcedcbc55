// The only importer of compromise: one parse per document, turned into plain
// tokens with offsets and tags so that the extractors never depend on its API.
// compromise/two tags words (lexicon + context) without the phrase-level third stage we do not use:
// the same tags as the full build, about a third faster.
import nlp from 'compromise/two';
import type { Span } from '../types.ts';
import { freeze } from './freeze.ts';
import { bulkMatch } from './sweep.ts';

// Pay only for the tagging the rules read. compromise's post-tagger runs ~570 contextual match
// rules after the lexicon and suffix tagging, and was two thirds of the parse. Dropping whole
// rule families one at a time and re-running `npm run eval` (MEANTIME dev and the seeds, every
// figure) and the table tests showed that only the rules that tag money, units, currencies,
// organizations, adjectives and plural nouns after a number move anything ("$249 USD", "107
// self-detonating drones", "the TARP", "Three Million Phones" in a headline): we keep those 117
// and drop the rest. Every development figure is unchanged; the parse costs about half as much.
// Re-run that comparison when compromise is upgraded.
const POST_TAGGER_TAGS = /Money|Unit|Currency|Organization|Adjective|Plural/u;
// Compute steps nothing here reads: "id" gives each term a random id for compromise's pointers
// into edited documents (we edit none), "typeahead" completes words from an empty model.
const UNUSED_STEPS = new Set(['id', 'typeahead']);
{
  const world = nlp.world() as unknown as {
    hooks: string[];
    model: { two: { matches: { tag: unknown }[] } };
    methods: { one: { bulkMatch: unknown } };
    compute: Record<string, unknown>;
  };
  world.model.two.matches = world.model.two.matches.filter((m) => POST_TAGGER_TAGS.test(String(m.tag)));
  world.hooks = world.hooks.filter((step) => !UNUSED_STEPS.has(step));
  // The same matches as compromise's sweep, selected faster (see sweep.ts); the same frozen
  // words, with fewer lookups (see freeze.ts).
  world.methods.one.bulkMatch = bulkMatch;
  world.compute.freeze = freeze;
}

export interface Token extends Span {
  text: string;
  /** Lower-cased text without possessive "'s" or trailing dots. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation and whitespace compromise attached after the token ("," ".\n"). */
  post: string;
  pre: string;
  sentence: number;
}

export interface Sentence extends Span {
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
}

export interface SegmentedDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph spans: text between blank lines or single line breaks (news puts one paragraph per line). */
  paragraphs: Span[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * compromise's sentences and terms, read straight from the parsed view: `.json()` would build
 * a second copy of every term (normal forms, chunks, ids) that nothing here reads.
 */
function parse(text: string): { terms: CompromiseTerm[] }[] {
  const view = nlp(text);
  view.compute('offset');
  return (view.docs as unknown as CompromiseTerm[][]).map((terms) => ({ terms }));
}

// compromise's cost grows faster than linearly with sentence length (a 16,000-character
// sentence costs ten times its words with full stops): paragraphs are parsed in chunks of at
// most MAX_CHUNK characters, cut at a sentence end where there is one, else at a space.
const MAX_CHUNK = 2_000;

export function segment(text: string): SegmentedDocument {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs = splitParagraphs(text);
  for (const chunk of chunksOf(text, paragraphs)) {
    const parsed = parse(text.slice(chunk.start, chunk.end));
    for (const s of parsed) {
      const first = tokens.length;
      for (const term of s.terms) {
        const start = chunk.start + term.offset.start;
        const end = start + term.offset.length;
        if (end <= start) continue;
        tokens.push({
          text: text.slice(start, end),
          normal: normalizeWord(text.slice(start, end)),
          tags: term.tags,
          post: term.post,
          pre: term.pre,
          start,
          end,
          sentence: sentences.length,
        });
      }
      if (tokens.length > first) {
        sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, firstToken: first, lastToken: tokens.length });
      }
    }
  }
  return { text, tokens, sentences, paragraphs };
}

export function normalizeWord(word: string): string {
  // Once per token: plain string tests, a regex only after a leading "#" or "@".
  let w = word.toLowerCase();
  if ((w.startsWith('#') || w.startsWith('@')) && /^.\p{L}/u.test(w)) w = w.slice(1);
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('.')) w = w.slice(0, -1);
  return w;
}

function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\r\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function* chunksOf(text: string, paragraphs: Span[]): Generator<Span> {
  for (const p of paragraphs) {
    for (let start = p.start; start < p.end; ) {
      let end = Math.min(p.end, start + MAX_CHUNK);
      if (end < p.end) {
        const window = text.slice(start, end);
        // "… said so. The next": a lower-case word, a stop, a capital; not "Mr. Smith".
        let sentenceEnd = -1;
        for (const m of window.matchAll(/\p{Ll}{2}[.!?]["”’)]?\s+(?=[\p{Lu}“"])/gu)) sentenceEnd = m.index + m[0].length;
        const space = window.lastIndexOf(' ');
        if (sentenceEnd > MAX_CHUNK / 4) end = start + sentenceEnd;
        else if (space > 0) end = start + space + 1;
      }
      yield { start, end };
      start = end;
    }
  }
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** The index in `doc.paragraphs` of the paragraph holding `offset` (code points), or -1 (binary search). */
export function paragraphIndexAt(doc: SegmentedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function paragraphAt(doc: SegmentedDocument, offset: number): Span | undefined {
  const i = paragraphIndexAt(doc, offset);
  return i >= 0 ? doc.paragraphs[i] : undefined;
}

const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf',
  halves: 'half', series: 'series', species: 'species', news: 'news', data: 'data', criteria: 'criterion',
  analyses: 'analysis', crises: 'crisis', indices: 'index', police: 'police', staff: 'staff',
  aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', deer: 'deer', yen: 'yen',
};

/** English noun singular by rule: "prisoners" → "prisoner", "casualties" → "casualty". */
// Nouns in -ics that are fields, activities or qualities, not plurals (after the Oxford lists of -ics nouns).
const MASS_ICS = /(?:physics|politics|economics|mathematics|statistics|athletics|ethics|genetics|electronics|logistics|graphics|acoustics|aerobics|gymnastics|linguistics|dynamics|mechanics|optics|robotics|semantics|informatics|aesthetics|analytics|ceramics|classics|dramatics|forensics|hydraulics|obstetrics|paediatrics|pediatrics|pharmaceutics|phonetics|thermodynamics|kinetics|diagnostics|cybernetics|geopolitics|ergonomics|metaphysics|mechatronics|biophysics|astrophysics|econometrics|electrics|heroics|histrionics|hysterics|theatrics|antics|basics|specifics|tactics)$/u;

export function singularize(noun: string): string {
  const word = noun.toLowerCase();
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  // "grandchildren", "policewomen": compounds of the irregular plurals.
  if (/children$/u.test(word)) return word.slice(0, -3);
  if (/women$/u.test(word)) return word.slice(0, -3) + 'man';
  // "clinics", "topics": an -ics noun is plural unless it names a field or an activity ("politics").
  if (/ics$/u.test(word) && !MASS_ICS.test(word)) return word.slice(0, -1);
  if (word.length <= 3 || /(ss|us|is|ics)$/u.test(word)) return word;
  // "pies", "movies", "cookies": a noun in -ie (compromise's lexicon tags "pie" a noun and has no
  // "py") keeps its e; "cities", "allies" (the lexicon's "allie" is a name) take the y.
  if (/[^aeiou]ies$/u.test(word)) return isLexiconCommonNoun(word.slice(0, -1)) ? word.slice(0, -1) : word.slice(0, -3) + 'y';
  // "midwives", "housewives", "knives": an fe before the plural ending.
  if (/(?:wi|kni)ves$/u.test(word)) return word.slice(0, -3) + 'fe';
  // "wolves", "shelves", "thieves", "loaves": an f before the plural ending.
  if (/(?:l|ie|oa|ea)ves$/u.test(word) && !/(?:valves|solves|resolves)$/u.test(word)) return word.slice(0, -3) + 'f';
  if (/(ches|shes|xes|sses|zzes)$/u.test(word)) return word.slice(0, -2);
  if (/oes$/u.test(word) && !/(shoes|canoes)$/u.test(word)) return word.slice(0, -2);
  if (/s$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** True when compromise's own lexicon tags the lower-case word alone as a common noun ("pie", "rookie"). */
function isLexiconCommonNoun(word: string): boolean {
  const tags = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon[word];
  return [tags ?? []].flat().some((tag) => tag === 'Singular' || tag === 'Noun' || tag === 'Actor' || tag === 'Uncountable');
}

/** True when offset starts a sentence: only spaces, quotes or brackets since a full stop or line start. */
export function isSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  const limit = Math.max(0, offset - 20);
  while (i >= limit && /[\s"“‘'(\[—–-]/u.test(text[i])) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  if (i < limit) return false;
  return /[.!?:;…]/u.test(text[i]);
}

/** compromise's own lexicon tags the lower-case word alone as a city ("antwerp", "gothenburg"). */
export function isLexiconCity(word: string): boolean {
  const tags = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon[word];
  return [tags ?? []].flat().includes('City');
}

/**
 * compromise's own lexicon, not its reading of a sentence, tags the word alone as an organization
 * ("Toyota", "Nokia"; not "Lagos", which context alone may make one). Case-insensitive.
 */
export function isLexiconOrganization(word: string): boolean {
  const tags = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon[word.toLowerCase()];
  return tags === 'Organization' || (Array.isArray(tags) && tags.includes('Organization'));
}
