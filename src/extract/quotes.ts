// Direct quotations and who said them. Quote marks are paired within a
// paragraph; the speaker comes from the reporting frame on either side:
//   “…,” Mr. Trump wrote       → subject before the cue, after the quote
//   “…,” said Marco Rubio      → subject after the cue
//   Zelensky said: “…”         → subject before the cue, before the quote
//   “…,” he said. “…”          → "he" → the last person who was the subject of a sentence;
//                                 the second quote continues the first speaker
//   “…,” the statement said    → the organisation that issued it
// What it does not do: attribute quotes across paragraphs, or guess a speaker
// from a quote's content. No frame, no speaker (null).
import type { EntityMention, QuoteCandidate, Span } from '../types.ts';
import { tokenAt, type SegmentedDocument, type Token } from '../segment/index.ts';
import { BODY_DESCRIPTIONS, CORE_REPORTING_VERBS, DOTTED_ABBREVIATION, PERSON_DESCRIPTIONS, PERSON_PRONOUNS, REPORTING_NOUNS, REPORTING_VERBS } from './lexicon.ts';

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const AMBIGUOUS = new Set(['"']);
// How far a reporting frame may reach from the quote, in tokens.
const FRAME_TOKENS = 12;
// How far a sentence is searched for its start, in characters: keeps a text with no sentence ends linear.
const MAX_SENTENCE_REACH = 1000;
// How far back a pronoun may look for its antecedent, in mentions: keeps odd texts linear.
const LOOKBACK_MENTIONS = 200;

interface QuoteSpan extends Span {
  /** Offsets of the marks themselves: [open, close]. */
  open: number;
  close: number;
}

/** Pairs double quote marks in each paragraph. Single quotes and apostrophes are never quote marks. */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (!OPENERS.has(ch) && !CLOSERS.has(ch) && !AMBIGUOUS.has(ch)) continue;
      const prev = i > p.start ? text[i - 1] : ' ';
      const next = i + 1 < p.end ? text[i + 1] : ' ';
      const looksOpening = /[\s([{—–-]/u.test(prev) || (OPENERS.has(prev)) || (!/\s/u.test(next) && /[\s]/u.test(prev));
      const isOpen = OPENERS.has(ch) ? !(open >= 0 && !/\s/u.test(prev)) : CLOSERS.has(ch) ? false : open < 0 && looksOpening;
      if (isOpen) {
        open = i;
      } else if (open >= 0) {
        const inner = trimSpan(text, open + 1, i);
        if (inner.end > inner.start) spans.push({ ...inner, open, close: i });
        open = -1;
      }
    }
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

export function extractQuotes(doc: SegmentedDocument, mentions: readonly EntityMention[]): QuoteCandidate[] {
  const spans = findQuoteSpans(doc.text, doc.paragraphs);
  const insideQuote = (offset: number) => {
    const i = lastStartingBefore(spans, offset);
    return i >= 0 && offset <= spans[i].close;
  };
  const resolver = new SpeakerResolver(doc, mentions, insideQuote);
  const quotes: QuoteCandidate[] = [];
  spans.forEach((span, index) => {
    const prev = index > 0 ? spans[index - 1] : undefined;
    const next = spans[index + 1];
    const after = resolver.after(span, next);
    const before = resolver.before(span, prev);
    let frame = [after, before].find((f) => f?.speaker != null) ?? null;
    // “…,” he said. “…”: a quote with no frame of its own continues the one before it in the paragraph.
    if (!frame && prev && quotes.length && sameParagraph(doc, prev, span) && /^[^“”"„«»]*$/u.test(doc.text.slice(prev.close + 1, span.open))) {
      const last = quotes[quotes.length - 1];
      if (last.speakerMention !== null) frame = { speaker: last.speakerMention, cue: after?.cue ?? before?.cue ?? last.cue };
    }
    // A cue with no speaker we can name is still worth reporting ("he called it “…”" with no antecedent).
    frame ??= after ?? before;
    // "Ms. Leavitt raised the argument that … provide “protection”": words quoted with no cue are
    // the sentence subject's, when the sentence opens with one.
    if (!frame) {
      const subject = resolver.sentenceSubject(span);
      if (subject !== null) frame = { speaker: subject, cue: null };
    }
    quotes.push({
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      speakerMention: frame?.speaker ?? null,
      cue: frame?.cue ?? null,
    });
  });
  return quotes;
}

function sameParagraph(doc: SegmentedDocument, a: Span, b: Span): boolean {
  return !/[\r\n]/u.test(doc.text.slice(a.end, b.start));
}

interface Frame {
  speaker: number | null;
  cue: string | null;
}

class SpeakerResolver {
  private readonly mentionStarts: number[];

  constructor(
    private readonly doc: SegmentedDocument,
    private readonly mentions: readonly EntityMention[],
    private readonly insideQuote: (offset: number) => boolean,
  ) {
    this.mentionStarts = mentions.map((m) => m.start);
  }

  /** Tokens between two offsets, outside any quotation, within one sentence-ish stretch. */
  private window(from: number, to: number): Token[] {
    const { tokens } = this.doc;
    const out: Token[] = [];
    for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++) out.push(tokens[i]);
    return out;
  }

  /** “…,” Mr. Trump wrote / “…,” said Rubio / “…,” according to the ministry */
  after(span: QuoteSpan, next: QuoteSpan | undefined): Frame | null {
    const text = this.doc.text;
    // “… right now.” White House officials continued …: the sentence ended inside the quote.
    if (/[.!?]$/u.test(text.slice(span.start, span.end)) && /^\s*(?:\p{Lu}|$)/u.test(text.slice(span.close + 1, span.close + 40))) return null;
    const end = sentenceEndAfter(text, span.close + 1, next ? next.open : text.length);
    const tokens = this.window(span.close + 1, end).slice(0, FRAME_TOKENS);
    if (!tokens.length) return null;
    const firstBreak = tokens.findIndex((t) => /[.!?;]/u.test(t.post) && !isAbbreviation(t));
    const clause = firstBreak >= 0 ? tokens.slice(0, firstBreak + 1) : tokens;
    const verbAt = clause.findIndex((t) => isCue(t, this.doc.text));
    if (verbAt < 0) return this.accordingTo(clause);
    const cue = clause[verbAt].normal;
    // "said Mr. Trump" names the speaker after the cue; "Mr. Trump said", "Zelenskyy adviser Mykhailo Podolyak wrote" before it.
    const speaker = verbAt === 0 ? this.speakerIn(clause.slice(1), 'first') : this.speakerIn(clause.slice(0, verbAt), 'nearest');
    return { speaker, cue };
  }

  /** Zelensky said: “…” / Trump posted on Truth Social: “…” / X described it as “…” */
  before(span: QuoteSpan, prev: QuoteSpan | undefined): Frame | null {
    const text = this.doc.text;
    const start = sentenceStartBefore(text, span.open, prev ? prev.close + 1 : 0);
    const tokens = this.window(start, span.open).slice(-3 * FRAME_TOKENS);
    if (!tokens.length) return null;
    const cues = tokens.flatMap((t, i) => (isCue(t, this.doc.text) ? [i] : []));
    const core = cues.filter((i) => CORE_REPORTING_VERBS.has(tokens[i].normal));
    const v = core.length ? core[core.length - 1] : cues[cues.length - 1];
    if (v !== undefined) {
      // "Trump took to Truth Social, stating, “…”": a participle after a comma takes the sentence's subject.
      const participle = /ing$/u.test(tokens[v].normal) && v > 0 && /,/u.test(tokens[v - 1].post);
      const subject = tokens.slice(0, v);
      const speaker = participle
        ? (this.speakerIn(mainClause(subject), 'first') ?? this.speakerIn(subject, 'first'))
        : (this.subjectBefore(tokens, v) ?? this.speakerIn(subject, 'first'));
      return { speaker, cue: tokens[v].normal };
    }
    // "Trump's assurances that Putin is negotiating “in good faith”": a noun of saying and its owner.
    for (let k = tokens.length - 1; k > 0; k--) {
      if (!REPORTING_NOUNS.has(tokens[k].normal) || !/^[’']s?\b/u.test(tokens[k - 1].post) && !/[’']s$/u.test(tokens[k - 1].text)) continue;
      const owner = this.mentionEndingAt(tokens[k - 1].end);
      if (owner !== null && this.mentions[owner].type !== 'place') return { speaker: owner, cue: null };
    }
    const colon = tokens[tokens.length - 1];
    if (/:\s*$/u.test(colon.post)) {
      const speaker = this.subjectBefore(tokens, tokens.length);
      if (speaker !== null) return { speaker, cue: null };
    }
    return this.accordingTo(tokens);
  }

  /** The person or body that opens the quote's sentence ("Mr. Trump …", "Ukrainian President X …", "He …"). */
  sentenceSubject(span: QuoteSpan): number | null {
    const text = this.doc.text;
    const start = sentenceStartBefore(text, span.open, Math.max(0, span.open - MAX_SENTENCE_REACH));
    const tokens = this.window(start, span.open);
    let k = 0;
    while (k < tokens.length && (tokens[k].tags.has('Determiner') || tokens[k].tags.has('Honorific') || tokens[k].tags.has('Demonym') || PERSON_DESCRIPTIONS.has(tokens[k].normal) || /^(mr|mrs|ms|dr)$/u.test(tokens[k].normal))) k++;
    const first = tokens[k];
    if (!first) return null;
    if (first.normal === 'he' || first.normal === 'she') return this.lastSubject(first.start, 'person');
    const m = this.firstMentionAt(first.start);
    const mention = this.mentions[m];
    if (mention && mention.start <= first.start + 1 && mention.end <= span.open && (mention.type === 'person' || mention.type === 'organization')) return m;
    return null;
  }

  /**
   * The subject of the cue at v, read backwards: "since the Kremlin on Tuesday
   * announced" → the Kremlin; "Mr. Zelenskyy, who clashed with …, said" skips
   * the clause between commas. Stops at a clause boundary.
   */
  private subjectBefore(tokens: Token[], v: number): number | null {
    let k = v - 1;
    if (k >= 0 && /,/u.test(tokens[k].post)) {
      let j = k - 1;
      while (j >= 0 && !/,/u.test(tokens[j].post)) j--;
      if (j >= 0) k = j;
    }
    for (let steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const t = tokens[k];
      const m = this.mentionEndingAt(t.end);
      if (m !== null && (this.mentions[m].type === 'person' || this.mentions[m].type === 'organization')) return m;
      const described = this.pronounOrDescription(tokens.slice(Math.max(0, k - 4), k + 1), true);
      if (described !== null) return described;
      if (CLAUSE_BOUNDARIES.has(t.normal) || /[;:]/u.test(t.post)) break;
    }
    return null;
  }

  private accordingTo(tokens: Token[]): Frame | null {
    const at = tokens.findIndex((t, i) => t.normal === 'according' && tokens[i + 1]?.normal === 'to');
    if (at < 0) return null;
    return { speaker: this.speakerIn(tokens.slice(at + 2), 'first'), cue: 'according to' };
  }

  /**
   * The speaker named, pronounced or described in a phrase, as a mention index.
   * 'first': the first person or body ("said Mr. Trump, who …").
   * 'nearest': the last person, else the last body, before the cue
   * ("Mr. Stubb, Finland's president," → Stubb; "Zelenskyy adviser Mykhailo Podolyak" → Podolyak).
   */
  private speakerIn(tokens: Token[], mode: 'first' | 'nearest'): number | null {
    if (!tokens.length) return null;
    const from = tokens[0].start;
    const to = tokens[tokens.length - 1].end;
    let person: number | null = null;
    let body: number | null = null;
    let named: number | null = null;
    for (let i = this.firstMentionAt(from); i < this.mentions.length && this.mentions[i].start < to; i++) {
      const type = this.mentions[i].type;
      if (mode === 'first' && (type === 'person' || type === 'organization')) return i;
      if (type === 'person') person = i;
      if (type === 'organization') body = i;
      // "“…,” Acme said": a name of unknown kind that speaks is still the speaker.
      if (type === 'other' && named === null) named = i;
    }
    return person ?? body ?? this.pronounOrDescription(tokens, false) ?? named;
  }

  private pronounOrDescription(tokens: Token[], mustEnd: boolean): number | null {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (mustEnd && k !== tokens.length - 1) continue;
      if (PERSON_PRONOUNS.has(t.normal) && t.tags.has('Pronoun')) {
        if (t.normal === 'he' || t.normal === 'she') return this.lastSubject(t.start, 'person');
        return null;
      }
      if (PERSON_DESCRIPTIONS.has(t.normal) && hasDeterminerBefore(tokens, k)) {
        // "a spokesman for the company", "an official at Norvex": the unnamed person speaks for the body.
        if (!mustEnd && /^(for|at|of|with)$/u.test(tokens[k + 1]?.normal ?? '')) {
          const body = this.bodyIn(tokens.slice(k + 2));
          if (body !== null) return body;
        }
        const person = this.lastSubject(t.start, 'person', t.normal);
        if (person !== null) return person;
        continue;
      }
      if (BODY_DESCRIPTIONS.has(t.normal) && hasDeterminerBefore(tokens, k)) return this.lastSubject(t.start, 'organization');
    }
    return null;
  }

  /** The organisation a phrase names, or describes ("the company" → the last one named). */
  private bodyIn(tokens: Token[]): number | null {
    if (!tokens.length) return null;
    for (let i = this.firstMentionAt(tokens[0].start); i < this.mentions.length && this.mentions[i].start < tokens[tokens.length - 1].end; i++) {
      if (this.mentions[i].type === 'organization' || this.mentions[i].type === 'place') return i;
    }
    const described = tokens.findIndex((t, k) => BODY_DESCRIPTIONS.has(t.normal) && hasDeterminerBefore(tokens, k));
    return described >= 0 ? this.lastSubject(tokens[described].start, 'organization') : null;
  }

  /**
   * The entity a pronoun or description points back to: in the nearest earlier
   * sentence that has one, the first fitting mention outside quotations (the
   * sentence's subject, as a rule). A description prefers a name that carried
   * the same title ("the Ukrainian president" → the one called "President").
   */
  private lastSubject(offset: number, type: 'person' | 'organization', title?: string): number | null {
    const limit = this.firstMentionAt(offset);
    if (title) {
      for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
        const m = this.mentions[i];
        if (m.type === type && m.titles.includes(title) && !this.insideQuote(m.start)) return i;
      }
    }
    let sentence = -1;
    let best: number | null = null;
    for (let i = limit - 1; i >= Math.max(0, limit - LOOKBACK_MENTIONS); i--) {
      const m = this.mentions[i];
      if (m.type !== type || this.insideQuote(m.start)) continue;
      const s = this.doc.tokens[tokenAt(this.doc.tokens, m.start)]?.sentence ?? -1;
      if (sentence >= 0 && s !== sentence) break;
      sentence = s;
      best = i;
    }
    return best;
  }

  private firstMentionAt(offset: number): number {
    let lo = 0;
    let hi = this.mentionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentionStarts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private mentionEndingAt(end: number): number | null {
    for (let i = Math.min(this.firstMentionAt(end), this.mentions.length - 1); i >= 0 && i >= this.firstMentionAt(end) - 3; i--) {
      const m = this.mentions[i];
      // The token may carry a possessive or a dot the mention left out.
      if (m.end <= end && end - m.end <= 2) return i;
    }
    return null;
  }
}

/** "Mr." "Gen." "J." carry a dot that ends no sentence. */
function isAbbreviation(t: Token): boolean {
  return t.post.startsWith('.') && !/[!?;]/u.test(t.post) && (t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}$/u.test(t.text));
}

/** "Following his call with Zelenskyy, Trump took to Truth Social," → "Trump took to Truth Social". */
function mainClause(tokens: Token[]): Token[] {
  let from = tokens.length - 2;
  while (from >= 0 && !/,/u.test(tokens[from].post)) from--;
  return tokens.slice(from + 1);
}

const CLAUSE_BOUNDARIES = new Set(['that', 'which', 'who', 'whom', 'because', 'since', 'after', 'before', 'when', 'while', 'if', 'although', 'though', 'as', 'and', 'but']);

// Forms that are nouns as often as verbs ("a post on X", "the call", "United States"): cues only when tagged as verbs.
const NOUN_LIKE_CUES = /^(post|posts|call|calls|note|notes|comment|report|reports|claim|claims|state|states|tweet|tweets|answer|promise|pledge|add|ask|reply|counter|remark|estimate|joke|vow|stress|release)$/u;

function isCue(t: Token, text: string): boolean {
  if (!REPORTING_VERBS.has(t.normal)) return false;
  // "so-called", "self-described": half of a compound adjective.
  if (text[t.start - 1] === '-' || text[t.end] === '-') return false;
  return !NOUN_LIKE_CUES.test(t.normal) || t.tags.has('Verb');
}

function hasDeterminerBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (tokens[j].normal === 'the' || tokens[j].normal === 'a' || tokens[j].tags.has('Possessive')) return true;
    if (!(tokens[j].tags.has('Adjective') || tokens[j].tags.has('Demonym') || tokens[j].tags.has('Noun'))) return false;
  }
  return false;
}

// Sentence edges by punctuation, counting closing quotes: the quote itself
// usually holds the comma or full stop (“…,” he said. / “….” He added).
function sentenceEndAfter(text: string, from: number, ceiling: number): number {
  // A plain loop bounded by the ceiling: a regex search would run on to the end of the text
  // for every quote when no sentence ends before the next one (quadratic on odd texts).
  for (let i = from; i < ceiling; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || /\s/u.test(text[i + 1]))) {
      const word = /(\b\p{L}{1,3})\.$/u.exec(text.slice(Math.max(0, i - 4), i + 1));
      // "Mr." "U.S." "p.m." are not sentence ends.
      if (ch === '.' && word && DOTTED_ABBREVIATION.test(word[1])) continue;
      return i + 1;
    }
  }
  return ceiling;
}

function sentenceStartBefore(text: string, to: number, floor: number): number {
  for (let i = to - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/u.test(text[i + 1] ?? ' ')) {
      const word = /(\b\p{L}{1,3})$/u.exec(text.slice(Math.max(0, i - 4), i));
      if (word && DOTTED_ABBREVIATION.test(word[1])) continue;
      return i + 1;
    }
  }
  return floor;
}

function lastStartingBefore(spans: readonly QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].open <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
