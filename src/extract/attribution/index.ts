// Speaker attribution, its own stage: quote span → frame → source phrase → resolution.
//
// For each quotation (in document order) the rules below are tried in this order; the first that
// applies decides, and a frame whose source names nobody ("One resident shouted: …") decides too:
// its quote keeps no speaker rather than borrowing one.
//   0. kind: a title, a name or a naming construction ("dubbed “Keygate”", "the “Lion”
//      release") is a term: no speaker, no cue.
//   1. after the quote:  “…,” Mayor Ana Ruiz said / “…,” said Ruiz / “…?” she asked /
//      “…” — Commissioner Ray Dunn / “…,” according to the agency        → after-cue frame
//   2. before the quote: Ruiz said: “…” / Said Ruiz: “…” / Ruiz told reporters that “…” /
//      Ruiz described it as “…” / Kim Adler, Channel 9: “…” / the agency’s statement that “…”
//   3. a paragraph that introduces the next: “From the chair, Jo Pike:” ⏎ “…”    → paragraph
//   4. a later quote of the same paragraph with only its attribution between   → continuation
//      (and the paragraphs of one quote running over several paragraphs)
//   5. a paragraph that is only a quote continues the previous paragraph: its last quote's speaker
//      (continuation), else the subject of its last sentence's reporting verb
//      ("Ruth Okoro said she was angry." ⏎ “Nobody told us.”)                    → paragraph
//   6. longer words quoted with no cue belong to the person the sentence opens with → subject
//   7. otherwise: no speaker. Short fragments with no frame are terms (scare quotes).
// Source phrases resolve through coreference.ts (names, pronouns with gender, descriptions).
import type { Attribution, AttributionMethod, EntityMention, QuoteKind, Span } from '../../types.ts';
import { paragraphAt, paragraphIndexAt, singularize, tokenAt, type SegmentedDocument, type Token } from '../../segment/index.ts';
import { CORE_REPORTING_VERBS, GESTURE_VERBS, KINSHIP, MANNER_OF_SPEAKING_VERBS, NAME_PARTICLES, OFFICE_TITLES, PERSON_TITLES, REPORTING_NOUNS, STRONG_PERSON_TITLES } from '../lexicon.ts';
import { isGivenName } from '../gazetteer.ts';
import { Coreference, sameNameForm, UNNAMED_SOURCE_NOUNS, type Resolved } from './coreference.ts';
import { INDEFINITE, isAbbreviation, mainClause, sentenceEndAfter, sentenceStartBefore } from './text.ts';
import { inflect, reportingLemma } from './verbs.ts';
import { genderOfGivenName, genderOfTitle } from '../gender.ts';
import { soleHolderBefore } from '../../util/names.ts';

/** A quotation's span: the words between the marks, and the marks' offsets. */
export interface QuoteSpan extends Span {
  open: number;
  /** Offset of the closing mark; for a paragraph of a multi-paragraph quote, the paragraph's end. */
  close: number;
  /** A paragraph of a quote that runs on into the next paragraph (opening mark, no closing one). */
  runsOn?: boolean;
}

export interface AttributedQuote {
  kind: QuoteKind;
  /** Index into the document's mentions, or null. */
  speaker: number | null;
  /** The reporting verb ("said", "according to"), or null. */
  cue: string | null;
  attribution: Attribution | null;
}

// How far a reporting frame may reach from the quote, in tokens.
const FRAME_TOKENS = 12;
// How far a sentence is searched for its start, in characters: keeps a text with no sentence ends linear.
const MAX_SENTENCE_REACH = 1000;
// Fragments of at most this many words with no frame are terms (scare quotes), not speech.
const MAX_TERM_WORDS = 5;

interface Frame {
  cue: Token | null;
  cueText: string | null;
  resolved: Resolved | null;
}

export function attributeQuotes(doc: SegmentedDocument, mentions: readonly EntityMention[], spans: readonly QuoteSpan[]): AttributedQuote[] {
  return new Attributor(doc, mentions, spans).run();
}

class Attributor {
  private readonly coref: Coreference;
  private readonly subjects = new Map<number, number | null>();
  /** The speaker of the quotations attributed so far, by the sentence their frame is in. */
  private readonly sentenceSpeakers = new Map<number, number>();

  constructor(
    private readonly doc: SegmentedDocument,
    private readonly mentions: readonly EntityMention[],
    private readonly spans: readonly QuoteSpan[],
  ) {
    this.coref = new Coreference(doc, mentions, (offset) => this.insideQuote(offset), (s) => this.reportingSubjectOf(s));
  }

  /** `offset` (code points) lies inside one of the document's quotations. */
  private insideQuote(offset: number): boolean {
    const i = lastStartingBefore(this.spans, offset);
    return i >= 0 && offset < this.spans[i].close;
  }

  run(): AttributedQuote[] {
    const out: AttributedQuote[] = [];
    this.spans.forEach((span, index) => {
      const result = this.attribute(span, index, out);
      out.push(result);
      const at = result.attribution?.source ?? result.attribution?.cue;
      if (result.speaker !== null && at) {
        const sentence = this.doc.tokens[tokenAt(this.doc.tokens, at.start)]?.sentence;
        if (sentence !== undefined && !this.sentenceSpeakers.has(sentence)) this.sentenceSpeakers.set(sentence, result.speaker);
      }
    });
    // A paragraph of a multi-paragraph quote with no frame of its own takes the speaker of the rest of
    // the quote; so does a quote followed right away by another (“We tried,” “It failed,” she said.).
    for (let i = out.length - 2; i >= 0; i--) {
      const adjacent = /^[\s,;:]*$/u.test(this.doc.text.slice(this.spans[i].close + 1, this.spans[i + 1].open));
      if ((this.spans[i].runsOn || adjacent) && out[i].attribution === null && out[i].cue === null && out[i].kind === 'speech' && out[i + 1].kind === 'speech' && out[i + 1].speaker !== null) {
        out[i] = { ...out[i + 1], attribution: { method: 'continuation', cue: out[i + 1].attribution?.cue ?? null, source: out[i + 1].attribution?.source ?? null } };
      }
    }
    return out;
  }

  private attribute(span: QuoteSpan, index: number, done: AttributedQuote[], reportedTerm = false): AttributedQuote {
    const text = this.doc.text;
    const none: AttributedQuote = { kind: 'speech', speaker: null, cue: null, attribution: null };
    // Rule 0: titles, names and naming constructions are terms; "what she called a “fresh start”" is her term.
    // ("She said the mill would offer an “early exit” scheme": quoted lower-case words
    // modifying a noun inside the that-clause of a reporting verb are a term the reporting subject
    // used, so it is theirs; "denied there was any “Kettlegate”", "the “Vekla” brand" stay names.)
    const term = reportedTerm ? null : termKind(text, span, index > 0 ? this.spans[index - 1] : undefined);
    if (term === 'modifier' && /^\p{Ll}/u.test(text.slice(span.start, span.end)) && this.inReportedClause(span)) return { ...this.attribute(span, index, done, true), kind: 'term' };
    if (term !== null) return this.coinedBy(span) ?? { ...none, kind: 'term' };
    // "X was accused of “…”, a charge he denies", "X denies a charge of “…”": the wording of a charge,
    // after its noun or verb and "of"/"with", is nobody's words, whatever cue the sentence has.
    // (A short one stays a term, as a scare quote: "was accused of “creative accounting”".)
    if (CHARGE_BEFORE.test(text.slice(Math.max(0, span.open - 30), span.open))) return wordCount(text.slice(span.start, span.end)) <= MAX_TERM_WORDS ? { ...none, kind: 'term' } : none;
    // "Fans chanted “X out!” Ana Vekla said: “…”": a chant or a placard is voiced by the crowd, not by
    // the speaker whose colon opens the next quote.
    if (this.voicedObject(span) && /^\s*[,.]?\s*\p{Lu}[^“"]{0,60}:\s*$/u.test(text.slice(span.close + 1, this.spans[index + 1]?.open ?? span.close + 1))) return none;
    if (this.inscribed(span)) return none;
    // ("When asked: “Will you resign?”, Tomas Korvane laughed.", "Asked: “…?” he shook his head.": a
    // question after a reduced "asked", with no subject of its own, was put to the person the
    // sentence goes on with, by someone it does not name; the one asked did not say it.)
    if (REDUCED_ASKED.test(text.slice(Math.max(0, span.open - 40), span.open))) return none;
    const prev = index > 0 ? this.spans[index - 1] : undefined;
    const next = this.spans[index + 1];
    const prevOut = done[index - 1];
    // A paragraph continuing a multi-paragraph quote opens with its mark: it has no before-frame.
    const continuesQuote = prev?.runsOn === true;
    // Rules 1–2: the frames on either side.
    const after = span.runsOn ? null : this.after(span, next);
    // ("Ana Vekla heard Tomas Korvane laughing: “…,” Vekla said.": a quote with a frame of its own
    // after it is that frame's, whatever the words before it heard or saw.)
    const heard = after ? null : this.perceivedVoice(span);
    if (heard) return heard;
    const before = continuesQuote ? null : this.before(span);
    // ("Ana Vekla asked: “Why was it closed?” Tomas Korvane said it was unsafe.": a question or an
    // exclamation that a frame ending on a colon introduces is that frame's; the sentence after it,
    // with its own verb, is the answer, not the question's frame.)
    // ("Ana Vekla asked the engineer: “…?”": the one asked may stand between "asked" and the colon;
    // "Reporters asked Tomas Korvane: “Will you resign?” He said no.": a question put by people the
    // story does not name is nobody's, not the answer's speaker's.)
    if (before?.resolved && after?.resolved?.mention != null && this.colonIntroducedQuestion(span, before)) {
      return before.resolved.mention != null ? this.result(before.resolved.mention, before.resolved.method, before) : { ...none, cue: before.cueText };
    }
    for (const frame of [after, before]) {
      if (frame?.resolved?.mention != null) return this.result(frame.resolved.mention, frame.resolved.method, frame);
    }
    // A frame whose source names nobody ("One resident shouted: …", "a top official said") keeps it so.
    const unnamed = [after, before].find((f) => f?.resolved);
    if (unnamed) {
      const identified = unnamed === before ? this.delayedIdentification(span, unnamed) : null;
      if (identified) return this.result(identified.resolved!.mention!, 'description', identified);
      const source = unnamed.resolved!.method === 'description' ? unnamed.resolved!.source : null;
      const sentence = source ? this.doc.tokens[tokenAt(this.doc.tokens, source.start)]?.sentence : undefined;
      if (source && sentence !== undefined) this.coref.noteUnnamedSpeaker(sentence, source);
      return { kind: 'speech', speaker: null, cue: unnamed.cueText, attribution: null };
    }
    // "Tomas Korvane opened the letter." ⏎ “Dear Sir, your claim …”: words that open with a letter's
    // salutation are the letter's text, not the speech of whoever the story was about; with no frame
    // that names the writer (handled above), nobody's.
    if (SALUTATION.test(text.slice(span.start, span.end))) return none;
    // "“We are not leaving.” That was the message from Vekla Tolvane, …": a quote that ends its
    // sentence, followed by a sentence that names it as someone's words, is that person's.
    const named = this.wordsOf(span);
    if (named) return this.result(named.resolved!.mention!, 'named', named);
    // Rule 3: "From the chair, Jo Pike:" ⏎ “…”.
    const intro = this.paragraphIntroduction(span);
    if (intro?.resolved?.mention != null) return this.result(intro.resolved.mention, 'paragraph', intro);
    // Rule 4: “…,” he said. “…” — the next quote of the paragraph, with only the attribution between.
    // ("“…,” she said, to applause. The audience sang “…”": a new sentence that the quote stands inside,
    // after the attribution's sentence, with a noun phrase of its own as subject, continues nobody.)
    const between = prev ? text.slice(prev.close + 1, span.open) : '';
    const newSentence = prev !== undefined && prevOut !== undefined && this.otherSubjectBetween(sentenceEndAfter(text, prev.close + 1, span.open), span.open, prevOut.speaker);
    if (prev && prevOut && prevOut.kind === 'speech' && (continuesQuote || (this.sameParagraph(prev, span) && /^[^“”"„«»]*$/u.test(between) && !newSentence))) {
      if (prevOut.speaker !== null || continuesQuote) return this.continued(prevOut);
    }
    // Rule 5: a paragraph that is only a quote continues the previous paragraph.
    const para = this.paragraphOnly(span);
    if (para) {
      const prevPara = this.previousParagraph(para);
      // "Mira Vekla unfolded the note." ⏎ “Back by six.”: the quote is the text of the document the
      // paragraph before had someone open or read, not that reader's speech.
      if (prevPara && this.readsDocument(prevPara)) return none;
      if (prevPara) {
        const lastQuote = this.lastQuoteIn(prevPara, index, done);
        // ("“It is signed,” Korvane said. Jonas Lind, the opposition leader, was furious." ⏎ “It will
        // cost us dearly.”: a last sentence after the quote's own whose subject is another person hands
        // the next paragraph's quote to that person; one whose subject is a group of people, "His
        // critics disagree.", to nobody. A sentence about anything else keeps the speaker.)
        if (lastQuote !== null && this.spans[lastQuote].close < prevPara.end) {
          const speaker = done[lastQuote].speaker;
          const other = (f: Frame | null) => f?.resolved?.mention != null && this.mentions[f.resolved.mention].type === 'person' && (speaker === null || this.coref.fullest(f.resolved.mention) !== speaker) && !this.sameName(f.resolved.mention, speaker);
          // (the quote's own sentence ends at its closing mark when the words inside end it: “It is signed.” Ana …)
          const q = this.spans[lastQuote];
          const endsInside = /[.!?…]["”’)]?$/u.test(text.slice(q.start, q.end)) && /^\s+\p{Lu}/u.test(text.slice(q.close + 1, q.close + 4));
          const trailingStart = endsInside ? q.close + 1 : sentenceEndAfter(text, q.close + 1, prevPara.end);
          const region = { start: trailingStart, end: prevPara.end };
          if (/[\p{L}]/u.test(text.slice(region.start, region.end)) && !/["“”„«»]/u.test(text.slice(region.start, region.end))) {
            const reported = this.reportedSpeech(region);
            if (reported && other(reported)) return this.result(reported.resolved!.mention!, 'paragraph', reported);
            const actor = reported ? null : this.personSubjectBefore(region);
            if (actor && other(actor)) return this.result(actor.resolved!.mention!, 'paragraph', actor);
            // ("Jonas Lind, the opposition leader, was furious.": another person named as the subject,
            // with no act of speaking or doing, leaves the quote to nobody rather than to the speaker before.)
            const opening = /^\s*/u.exec(text.slice(region.start, region.start + 8))![0].length + region.start;
            const named = this.mentions[this.coref.firstMentionAt(opening)];
            if (named && named.start === opening && named.type === 'person' && !this.sameName(this.coref.firstMentionAt(opening), speaker)) return none;
            if (!reported && !actor && this.groupSubjectOfLast(region)) return none;
          }
        }
        if (lastQuote !== null) return done[lastQuote].speaker !== null ? this.continued(done[lastQuote]) : none;
        const reported = this.reportedSpeech(prevPara);
        if (reported?.resolved?.mention != null) return this.result(reported.resolved.mention, 'paragraph', reported);
        // "Ana Reyvik shrugged." ⏎ “We have survived worse.”: as within a paragraph (rule 5b), a
        // quote-only paragraph right after a paragraph whose last sentence has a person as the
        // subject of a verb of her own doing is that person's answer.
        const unnamed = this.reportedSpeech(prevPara, true);
        const actor = unnamed ? null : this.personSubjectBefore(prevPara);
        if (actor?.resolved?.mention != null) return this.result(actor.resolved.mention, 'paragraph', actor);
      }
    }
    // Rule 5b: "Vekaolo said in a statement that he would return. “I have booked a seat.”" — a quote
    // that is a whole sentence of its own, right after a sentence of reported speech by a named
    // person in the same paragraph, with no cue of its own, continues that person's words.
    if (!para && !after?.cueText && !before?.cueText) {
      const here = paragraphAt(this.doc, span.open);
      if (here && /[.!?]["”’)]?\s+$/u.test(text.slice(Math.max(here.start, span.open - 4), span.open)) && /[.!?…]["”’]?$/u.test(text.slice(span.open, span.close + 1).trim())) {
        if (this.readsDocument({ start: here.start, end: span.open })) return none;
        const reported = this.reportedSpeech({ start: here.start, end: span.open });
        if (reported?.resolved?.mention != null) return this.result(reported.resolved.mention, 'paragraph', reported);
        // "A journalist asked whether the ferries would keep running. “Will they?”": the sentence before reports
        // an unnamed source, whose words these are; they have no speaker and borrow none from the
        // quote after them.
        const unnamed = this.reportedSpeech({ start: here.start, end: span.open }, true);
        if (unnamed?.resolved && unnamed.resolved.mention === null) return { ...none, cue: unnamed.cueText };
        // "Asked if he had a toast prepared, he laughs and looks away. “That would spoil it.”": with
        // no verb of saying, a quote of its own right after a sentence whose subject is a person
        // (a name, or "she"/"he" that resolves to one) is that person's answer.
        const actor = unnamed ? null : this.personSubjectBefore({ start: here.start, end: span.open });
        if (actor?.resolved?.mention != null) return this.result(actor.resolved.mention, 'paragraph', actor);
      }
    }
    const cueless = after?.cueText ?? before?.cueText ?? null;
    const words = wordCount(text.slice(span.start, span.end));
    const sentence = /[.!?…]["”’)]?\s*$/u.test(text.slice(span.start, span.end));
    // (“We tried,” “It failed,” she said.: a quote right before another waits for that one's frame.)
    const beforeAnother = next !== undefined && /^[\s,;:]*$/u.test(text.slice(span.close + 1, next.open));
    if (words <= MAX_TERM_WORDS && !sentence && cueless === null && !beforeAnother && !this.voicedObject(span) && !this.commaThenVerb(span)) return { ...none, kind: 'term' };
    // Rule 6: words quoted with no cue belong to the person the sentence opens with.
    // ("X was convicted of “wilful neglect …”", "X faces a charge of “causing death …”", "X has been
    // charged with “…”": words after "of"/"with", or after a passive whose subject the person is,
    // are the wording of a charge or a thing done to them, not theirs.)
    const complement = /\b(?:of|with)\s*$/iu.test(text.slice(Math.max(0, span.open - 6), span.open));
    if (cueless === null && !complement && titleCasedInProse(text, span)) return { ...none, kind: 'term' };
    if (cueless === null && !complement && this.appositiveToThing(span)) return none;
    if (cueless === null && !complement) {
      const subject = this.sentenceSubject(span);
      if (subject !== null && this.coref.passiveSubject(subject.mention)) return none;
      // ("X watched from the stands as fans chanted “…”": words voiced by the subject of a clause of
      // their own are that subject's, not the sentence's person's.)
      if (subject !== null && this.voicedObject(span)) {
        const verbAt = tokenAt(this.doc.tokens, span.open) - 1;
        const between = this.window(this.mentions[subject.mention].end, this.doc.tokens[verbAt]?.start ?? span.open);
        if (between.some((t) => CLAUSE_BOUNDARIES.has(t.normal) && !/^(and|but)$/u.test(t.normal)) || this.doc.tokens[verbAt - 1]?.tags.has('Plural')) return none;
      }
      if (subject !== null) return { kind: 'speech', speaker: subject.mention, cue: null, attribution: { method: 'subject', cue: null, source: subject.source } };
    }
    return { ...none, cue: cueless };
  }

  /**
   * "Ana Vekla's campaign slogan, “A fair deal for every family”, was on every wall": a quotation
   * between commas right after a lower-case noun for a thing stands in apposition to it and says
   * what the thing is (a slogan, a motto, a message's wording); it is nobody's speech here, so the
   * person the sentence opens with is no speaker of it. (A noun for a person, "her lawyer, “…”",
   * is left to the rules of speech.)
   */
  private appositiveToThing(span: QuoteSpan): boolean {
    const text = this.doc.text;
    if (!/^[,)]/u.test(text.slice(span.close + 1, span.close + 2)) || /[.!?…]$/u.test(text.slice(span.start, span.end).trim())) return false;
    if (!/\p{Ll},\s*$/u.test(text.slice(Math.max(0, span.open - 3), span.open))) return false;
    const k = tokenAt(this.doc.tokens, span.open) - 1;
    const noun = this.doc.tokens[k];
    return !!noun && noun.end <= span.open && /^\p{Ll}/u.test(noun.text) && noun.tags.has('Noun') && !noun.tags.has('Pronoun') && !this.coref.isPersonRole(noun) && !KINSHIP.has(noun.normal) && this.coref.mentionEndingAt(noun.end) === null;
  }

  /**
   * "Tomas Korvane heard Ana Vekla screaming: “Fire!”", "… heard someone shouting: “…”": words
   * right after a verb of hearing, seeing or memory, its object and an -ing form are the object's
   * voice, not the subject's. The object's quote when the object is a person's name (named), a
   * quote with no speaker for any other object ("her", "someone", "a voice"); null when the words
   * before the quote have no such shape.
   */
  private perceivedVoice(span: QuoteSpan): AttributedQuote | null {
    const text = this.doc.text;
    const before = text.slice(Math.max(0, span.open - 80), span.open);
    const shape = PERCEIVED_VOICE.exec(before);
    // ("Ana Vekla heard Tomas Korvane and his wife arguing: “…”": two people heard are two voices, and
    // the words are one of theirs, the story does not say whose; not the hearer's.)
    const pair = shape ? null : PERCEIVED_PAIR.exec(before);
    if (pair && (SPEAKING_PARTICIPLES.has(pair[1]) || reportingLemma(pair[1]) !== null) && (/:\s*$/u.test(before) || this.endsSentence(span))) return { kind: 'speech', speaker: null, cue: pair[1], attribution: null };
    // ("Ana Vekla watched her son running towards the gate, calling: “…”": a verb of crying out after
    // the one seen doing something, a few words between, is that one's voice too; a name speaks, and
    // any other object, "her son", is someone the story does not name here; never the watcher.)
    // ("saw Tomas Korvane running, shouting:": the shape above may take "running," for its object's last word.)
    const later = shape && !/,/u.test(shape[2]) ? null : PERCEIVED_LATER.exec(before);
    if (later && SPEAKING_PARTICIPLES.has(later[4]) && (/:\s*$/u.test(before) || this.endsSentence(span))) {
      const objectStart = span.open - before.length + later.index + later[1].length;
      const at = this.coref.firstMentionAt(objectStart);
      const m = this.mentions[at];
      if (m && m.type === 'person' && m.start === objectStart && m.end === objectStart + later[2].length) return { kind: 'speech', speaker: this.coref.fullest(at), cue: later[4], attribution: { method: 'named', cue: null, source: { start: m.start, end: m.end } } };
      return { kind: 'speech', speaker: null, cue: later[4], attribution: null };
    }
    if (!shape) return null;
    // ("recalls Tomas Korvane arriving, “drenched and trembling”, at her door": only a verb of speaking
    // or crying out gives the object a voice, and only words it introduces with a colon or that end
    // the sentence are what was heard; a quote mid-sentence after a comma describes the one seen.)
    if (!SPEAKING_PARTICIPLES.has(shape[3]) && reportingLemma(shape[3]) === null) return null;
    if (!/:\s*$/u.test(before) && !this.endsSentence(span)) return null;
    const objectStart = span.open - before.length + shape.index + shape[1].length;
    const at = this.coref.firstMentionAt(objectStart);
    const m = this.mentions[at];
    const none: AttributedQuote = { kind: 'speech', speaker: null, cue: shape[3], attribution: null };
    // (the object is the name and nothing else: "heard Ana Vekla screaming", not "heard Ana Vekla’s dog barking")
    if (m && m.type === 'person' && m.start === objectStart && m.end === objectStart + shape[2].length) return { kind: 'speech', speaker: this.coref.fullest(at), cue: shape[3], attribution: { method: 'named', cue: null, source: { start: m.start, end: m.end } } };
    // (a definite or possessive description, "heard the officer shouting", is read by the frame rules,
    // which find the person the story gave it; a pronoun or an indefinite one is nobody we can name)
    return /^(?:her|him|them|someone|somebody|anyone|anybody|a|an|one)$/iu.test(shape[2].split(/\s+/u)[0]) ? none : null;
  }

  /**
   * True when a comma closes the quotation ("“Never again,” …", "“Never again”, …") and a reporting
   * verb ends the clause after it, the sentence's last word or before a stop: "“We will rebuild,”
   * Korvane and his son said." The quotation is someone's words, whoever the words before the verb name.
   */
  private commaThenVerb(span: QuoteSpan): boolean {
    const text = this.doc.text;
    if (!/,$/u.test(text.slice(span.start, span.end)) && text[span.close + 1] !== ',') return false;
    const rest = /^[,\s]*([^“”"„«».!?;:]{1,80}?)[.!?]/u.exec(text.slice(span.close + 1, span.close + 100));
    if (!rest) return false;
    const words = rest[1].trim().split(/\s+/u);
    const verb = this.doc.tokens[tokenAt(this.doc.tokens, span.close + 1 + rest.index + rest[0].length) - 1];
    // (a subject of a few words and its verb: ", which will allow users … with their voice" is a clause of its own)
    return words.length >= 2 && words.length <= 8 && !CLAUSE_BOUNDARIES.has(words[0].toLowerCase()) && !!verb && verb.tags.has('Verb') && !verb.tags.has('Noun') && reportingLemma(verb.normal, '') !== null;
  }

  /** True when the quotation ends its sentence: a stop inside its marks with a capital, a line break or the end after, or a stop right after its marks. */
  private endsSentence(span: QuoteSpan): boolean {
    const text = this.doc.text;
    const following = text.slice(span.close + 1, span.close + 4);
    if (/^["”’)]?\s*[.!?…]/u.test(following)) return true;
    return /[.!?…]["”’)]?$/u.test(text.slice(span.start, span.end).trim()) && /^(?:\s*$|\s*[\r\n]|\s+["“]?\p{Lu})/u.test(following);
  }

  /** True when `span` ends on "?" or "!" and the before-frame's cue stands right before it with only a colon between ("Ana Vekla asked: “…?”"). */
  private colonIntroducedQuestion(span: QuoteSpan, before: Frame): boolean {
    const text = this.doc.text;
    if (!/[?!]["”’)]?$/u.test(text.slice(span.start, span.end).trim()) || !before.cue) return false;
    const between = text.slice(before.cue.end, span.open);
    return /^\s*:\s*$/u.test(between) || (reportingLemma(before.cue.normal) === 'ask' && /^\s+[^“”"„«».!?;:,]{1,40}:\s*$/u.test(between));
  }

  /**
   * True when the text from `from` to `to` opens a new sentence whose subject is a noun phrase
   * with an article ("The crowd chanted") that names someone other than `speaker`: not a pronoun
   * ("She called it"), not the speaker again ("The minister called it").
   */
  private otherSubjectBetween(from: number, to: number, speaker: number | null): boolean {
    const tokens = this.window(from, to);
    if (!tokens.length || tokens[0].tags.has('Pronoun')) return false;
    // ("“…,” X said. Ana Reyvik disagreed. “…”": another person's name opening the sentence, or a group
    // of people, "Critics disagreed.", is a new subject too.)
    const named = this.coref.firstMentionAt(tokens[0].start);
    const m = this.mentions[named];
    if (m && m.start === tokens[0].start && m.type === 'person') return !this.sameName(named, speaker) && (speaker === null || this.coref.fullest(named) !== speaker);
    if (tokens[0].tags.has('Plural') && tokens[0].tags.has('Actor') && tokens[1]?.tags.has('Verb')) return true;
    const opening = sentenceOpening(tokens);
    if (!opening.length || !/^(the|a|an)$/u.test(opening[0].normal)) return false;
    // ("The mayor of Orsa, Ana Reyvik, was less sure": the name in apposition after the description.)
    const after = tokens[opening.length];
    const appositive = after && /,/u.test(opening[opening.length - 1].post) ? this.coref.firstMentionAt(after.start) : -1;
    if (appositive >= 0 && this.mentions[appositive]?.start === after.start && this.mentions[appositive].type === 'person') return !this.sameName(appositive, speaker) && (speaker === null || this.coref.fullest(appositive) !== speaker);
    const resolved = this.coref.resolvePhrase(opening, 'before-cue');
    return !(resolved?.mention != null && speaker !== null && this.coref.fullest(resolved.mention) === speaker);
  }

  /**
   * True when a short quotation that opens with a capital is the object of the verb right before it,
   * a verb in the progressive or simple past with no article or naming word between ("marchers
   * outside singing “Keep our clinic open”", "The crowd chanted “Pay us first”", "placards reading
   * “Still open”"): words someone voiced or wrote out whole, a quotation and not a scare quote
   * ("the plan was “dead”", "a “fair” deal" stay terms).
   */
  private voicedObject(span: QuoteSpan): boolean {
    const text = this.doc.text;
    if (!/^\p{Lu}/u.test(text.slice(span.start, span.start + 1))) return false;
    const k = tokenAt(this.doc.tokens, span.open) - 1;
    const verb = this.doc.tokens[k];
    if (!verb || verb.end > span.open || !/^\s*$/u.test(text.slice(verb.end, span.open)) || /[,;:.!?]/u.test(verb.post)) return false;
    // ("were still chanting", "placards reading": the tagger often reads a participle there as a noun)
    if (/^\p{Ll}+ing$/u.test(verb.text) && !verb.tags.has('Determiner')) return true;
    return verb.tags.has('Verb') && !verb.tags.has('Copula') && !verb.tags.has('Auxiliary') && !verb.tags.has('Modal') && (verb.tags.has('Gerund') || verb.tags.has('PastTense')) && !NAMING_VERB.test(`${verb.normal} `.trim());
  }

  /** True when a reporting verb with a subject and "that" after it stands earlier in the quote's sentence ("He stated that …"). */
  private inReportedClause(span: QuoteSpan): boolean {
    const start = sentenceStartBefore(this.doc.text, span.open, Math.max(0, span.open - MAX_SENTENCE_REACH));
    const tokens = this.window(start, span.open);
    return tokens.some((t, k) => k > 0 && tokens[k + 1]?.normal === 'that' && this.isCue(tokens, k));
  }

  /** "what he called a “new Vekla”", "Ruiz dubbed it “the bridge to nowhere”": the subject of an active naming verb coined the term. */
  private coinedBy(span: QuoteSpan): AttributedQuote | null {
    const text = this.doc.text;
    const naming = NAMING_VERB.exec(text.slice(Math.max(0, span.open - 24), span.open));
    if (!naming) return null;
    const verbEnd = span.open - naming[0].length + naming[1].length;
    const start = sentenceStartBefore(text, verbEnd, Math.max(0, verbEnd - MAX_SENTENCE_REACH));
    const tokens = this.window(start, verbEnd);
    const before = tokens[tokens.length - 2];
    // "commonly called", "was dubbed", "so-called": no subject names it.
    // "Lion, dubbed “Mission Control”": a participle after a comma describes, nobody coins.
    if (!before || /,/u.test(before.post) || !(before.tags.has('Pronoun') || this.coref.mentionEndingAt(before.end) !== null)) return null;
    const resolved = this.subjectBefore(tokens, tokens.length - 1);
    if (!resolved || resolved.mention === null || resolved.method === 'description' || !this.coref.isSpeakerType(resolved.mention)) return null;
    const cue = tokens[tokens.length - 1];
    return { kind: 'term', speaker: this.coref.fullest(resolved.mention), cue: cue.normal, attribution: { method: resolved.method, cue: { start: cue.start, end: cue.end }, source: resolved.source } };
  }

  private result(mention: number, method: Resolved['method'] | 'paragraph', frame: Frame): AttributedQuote {
    const cue = frame.cue ? { start: frame.cue.start, end: frame.cue.end } : null;
    // "Amparo de la Vega Tolmaro runs the shop. Her husband, Heriberto Tolmaro Ibeza, blows the glass.
    // “…,” Tolmaro said": a one-word name that is a word of two people's names named before is
    // either of them; the story does not say which, and neither do we.
    if (this.sharedName(mention) || this.titleContradicts(mention)) return { kind: 'speech', speaker: null, cue: frame.cueText, attribution: null };
    return {
      kind: 'speech',
      speaker: this.fullerNamedBefore(this.coref.fullest(mention)),
      cue: frame.cueText,
      attribution: { method: method as AttributionMethod, cue, source: frame.resolved?.source ?? null },
    };
  }

  /**
   * "Tom Reed and his wife, Sarah, run the bakery. “…,” Mrs Reed said": a surname with a gendered
   * title ("Mrs", "Mr") when a person of the document named in full with that surname has a given
   * name of the other gender. The surname binds to that full name later (resolution), so the quote
   * would go to the wrong person: no speaker.
   */
  private titleContradicts(i: number): boolean {
    const m = this.mentions[i];
    if (m.type !== 'person' || /\s/u.test(m.name)) return false;
    const gender = m.titles.map((t) => genderOfTitle(t)).find((g) => g !== null);
    if (!gender) return false;
    return this.mentions.some((p) => {
      const words = p.name.split(/\s+/u);
      const given = p.type === 'person' && words.length > 1 && words.at(-1) === m.name ? genderOfGivenName(words[0]) : null;
      return given !== null && given !== gender;
    });
  }

  /** True when mentions[i] is one word of a person's name that stands in the names of two different people named before it (outside quotations). */
  private sharedName(i: number): boolean {
    const m = this.mentions[i];
    if (m.type !== 'person' || /\s/u.test(m.name)) return false;
    const holders = new Set<string>();
    // "Jonas Vekla has made boats since 1969. “…,” Vekla said. … His nephew, Piet Vekla, … Vekla
    // will launch the last one himself": a name already used alone while one holder had been named
    // is that holder's, as news writes it; the relative named later is called by his given name
    // (the rule resolution binds the name by, util/names.ts soleHolderBefore).
    let holdersAtFirstUse = 0;
    for (let j = 0; j < i; j++) {
      const p = this.mentions[j];
      if (p.type !== 'person' || this.insideQuote(p.start)) continue;
      if (p.name === m.name && holdersAtFirstUse === 0) holdersAtFirstUse = holders.size || -1;
      if (!/\s/u.test(p.name) || !p.name.split(/\s+/u).includes(m.name)) continue;
      // (a shorter form of a name already held is the same person: "Ana Tolmaro" and "Ana de la Vega Tolmaro")
      if ([...holders].some((h) => h.includes(p.name) || p.name.includes(h))) continue;
      holders.add(p.name);
    }
    if (holders.size >= 2 && holdersAtFirstUse !== 1) return true;
    // "Mr Tolmani runs the shop; Mrs Tolmani keeps the books. “…,” Tolmani said": the surname with titles
    // of both genders, or with one title beside a full name of the other gender, is two people's; an
    // untitled use of it is either of them.
    if (m.titles.length) return false;
    const genders = new Set<string>();
    for (let j = 0; j < i; j++) {
      const p = this.mentions[j];
      if (p.type !== 'person' || this.insideQuote(p.start)) continue;
      const words = p.name.split(/\s+/u);
      if (p.name === m.name) {
        const g = p.titles.map((t) => genderOfTitle(t)).find((x) => x !== null);
        if (g) genders.add(g);
      } else if (words.length > 1 && words.at(-1) === m.name) {
        const g = p.titles.map((t) => genderOfTitle(t)).find((x) => x !== null) ?? genderOfGivenName(words[0]);
        if (g) genders.add(g);
      }
    }
    return genders.size >= 2;
  }

  /**
   * "Harvek Singh Vekhawalia has farmed here for 40 years. “…,” Vekhawalia said": a family name (of
   * one word or more: "Te Vekaha-Brown") that ends the full name of the one person named so far
   * with it is that person, by the full name; someone named later with the same family name ("his
   * son, Sunny Vekhawalia") does not change whom the reader took it for. So is a one-word name that
   * opens the one full name named so far and ends none ("Pyo Vek-chul … “…,” Pyo said": a family
   * name written first, or a given name no list knows).
   */
  private fullerNamedBefore(i: number): number {
    const m = this.mentions[i];
    if (m.type !== 'person') return i;
    // The longest of the full names before `i` that hold `m`'s name as their ending or opening; -1 for
    // none, and for two people's names ("Ana Tolmaro" and "Ana de la Vega Tolmaro", one nested in the
    // other, are one). Distinct names only, from an index built once, so the rule stays linear in the
    // document however often its names recur.
    const soleFuller = (side: Map<string, Map<string, number>>): number =>
      soleHolderBefore(
        side.get(m.name) ?? [],
        i,
        (a, b) => a.includes(b) || b.includes(a),
        ([name, j], [other, k]) => name.length > other.length || (name.length === other.length && j < k),
      )?.[1] ?? -1;
    // ("Sarah Jane Morvik … her mother, Jane Morvik, said": a name that opens with a common given name
    // is a full name of its own, not the end of a longer one; a middle name is often a parent's name.)
    const first = m.name.split(/\s+/u)[0];
    if (/\s/u.test(m.name) && isGivenName(first) && !NAME_PARTICLES.has(first.toLowerCase())) return i;
    const names = this.fullNames();
    const family = soleFuller(names.endings);
    if (family >= 0) return family;
    // (a word that ends anyone's name is a family name, whatever full name it also opens)
    if (/\s/u.test(m.name) || [...(names.endings.get(m.name) ?? [])].some(([, j]) => j < i)) return i;
    const given = soleFuller(names.openings);
    return given >= 0 ? given : i;
  }

  private fullNameIndex?: { endings: Map<string, Map<string, number>>; openings: Map<string, Map<string, number>> };

  /**
   * People's names outside quotations, by each of their word endings and openings ("Te Vekaha-Brown"
   * and "Brown"… of "Tamati Te Vekaha-Brown"): name → index of its first mention.
   */
  private fullNames(): { endings: Map<string, Map<string, number>>; openings: Map<string, Map<string, number>> } {
    if (this.fullNameIndex) return this.fullNameIndex;
    const endings = new Map<string, Map<string, number>>();
    const openings = new Map<string, Map<string, number>>();
    const add = (side: Map<string, Map<string, number>>, key: string, name: string, j: number) => {
      const names = side.get(key) ?? side.set(key, new Map()).get(key)!;
      if (!names.has(name)) names.set(name, j);
    };
    this.mentions.forEach((p, j) => {
      if (p.type !== 'person' || this.insideQuote(p.start)) return;
      const words = p.name.split(' ');
      for (let k = 1; k < words.length; k++) {
        add(endings, words.slice(k).join(' '), p.name, j);
        add(openings, words.slice(0, k).join(' '), p.name, j);
      }
    });
    this.fullNameIndex = { endings, openings };
    return this.fullNameIndex;
  }

  private continued(from: AttributedQuote): AttributedQuote {
    return { kind: 'speech', speaker: from.speaker, cue: from.cue, attribution: from.attribution ? { ...from.attribution, method: 'continuation' } : null };
  }

  /** Tokens between two offsets. */
  private window(from: number, to: number): Token[] {
    const { tokens } = this.doc;
    const out: Token[] = [];
    for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++) out.push(tokens[i]);
    return out;
  }

  /**
   * `tokens` less those inside a pair of round brackets that opens and closes among them: "The ferry
   * sank (Tomas Korvane testified in 2010). “…”" — an aside's verb of saying frames only the aside,
   * never a quotation outside the brackets.
   */
  private outsideBrackets(tokens: Token[]): Token[] {
    if (!tokens.length) return tokens;
    const text = this.doc.text;
    const from = tokens[0].start;
    const closed: Span[] = [];
    const opens: number[] = [];
    for (let i = from; i < tokens[tokens.length - 1].end + 1 && i < text.length; i++) {
      if (text[i] === '(') opens.push(i);
      else if (text[i] === ')' && opens.length) closed.push({ start: opens.pop()!, end: i + 1 });
    }
    if (!closed.length) return tokens;
    return tokens.filter((t) => !closed.some((b) => t.start >= b.start && t.end <= b.end));
  }

  private isCue(tokens: readonly Token[], k: number): boolean {
    const t = tokens[k];
    // "so-called", "self-described": half of a compound adjective.
    if (this.doc.text[t.start - 1] === '-' || this.doc.text[t.end] === '-') return false;
    // "Counsel put it to her that her ledger was “pure fiction”": "put it to" someone is to say it to
    // them as a question or a charge for them to answer, a verb of saying as "asked" is.
    if (/^put(?:s|ting)?$/u.test(t.normal) && tokens[k + 1]?.normal === 'it' && tokens[k + 2]?.normal === 'to') return true;
    if (reportingLemma(t.normal, tokens[k + 1]?.normal ?? '') === null) return false;
    // "who leads the Vekla Valley State Survey": a capitalised word inside a name is part of the name,
    // not a reporting verb ("Said Ruiz: …" opens its sentence, and stays a cue).
    if (/^\p{Lu}/u.test(t.text) && k > 0 && tokens[k - 1].sentence === t.sentence && this.coref.insideName(t)) return false;
    // "promised to “fix” it", "urged to": a verb before an infinitive frames no quotation.
    // ("“…,” he said, to cheers": after a comma "to" opens an adjunct, not the verb's infinitive.)
    if (tokens[k + 1]?.normal === 'to' && !/[,;:]/u.test(t.post) && tokens[k + 2]?.tags.has('Verb') && !tokens[k + 2]?.tags.has('Noun')) return false;
    // "the levy will add about 0.7 points to prices", "added 300 jobs", "added to the pressure":
    // "add" with an amount or an object after it counts, it does not report.
    // (the next word may open the quotation: "would add “roughly 2 percent” to sales")
    const afterAdd = tokens[k + 1] ?? this.doc.tokens[tokenAt(this.doc.tokens, t.start) + 1];
    if (/^add(?:s|ed|ing)?$/u.test(t.normal) && afterAdd && !/[,:]/u.test(t.post) && (afterAdd.tags.has('Value') || /^(about|a|an|the|more|some|another|up|to|its|their|his|her|nearly|almost|around|over|roughly|fuel|weight|value)$/u.test(afterAdd.normal))) return false;
    // "posted a net profit": posting is speech only on a platform or to someone ("posted on X:", "posted to her account").
    if (/^post(?:s|ed|ing)?$/u.test(t.normal) && !/^(on|to|online)$/u.test(tokens[k + 1]?.normal ?? '') && !/:/u.test(t.post)) return false;
    // "Tomas Korvane remembers his father shouting: “…”": the tagger may read an -ing form right after
    // a noun for a person, or "him"/"her" as a verb's object ("Her warning" is a noun), as a noun; there
    // it is that person's participle of saying.
    const prev = tokens[k - 1];
    if (/ing$/u.test(t.normal) && prev && !/[,;:]/u.test(prev.post) && (prev.tags.has('Actor') || (/^(?:him|her|them)$/u.test(prev.normal) && tokens[k - 2]?.tags.has('Verb')))) return true;
    // Forms that are nouns as often as verbs ("a post on X", "the call", "his report"): cues only when tagged as verbs.
    return t.tags.has('Verb') || CORE_REPORTING_VERBS.has(t.normal);
  }

  /** “…,” Mr. Korvane wrote / “…,” said Reyvik / “…?” she asked / “…” — Ray Dunn / “…,” according to the ministry. */
  private after(span: QuoteSpan, next: QuoteSpan | undefined): Frame | null {
    const text = this.doc.text;
    const inner = text.slice(span.start, span.end);
    const following = text.slice(span.close + 1, span.close + 40);
    // “…” — Commissioner Ray Dunn: a dash attribution, the name right after the dash.
    const dash = /^\s*[—–]\s*|^\s+-{1,2}\s*(?=\p{Lu})/u.exec(following);
    if (dash) {
      const at = span.close + 1 + dash[0].length;
      const m = this.coref.firstMentionAt(at);
      // (a title may stand between the dash and the name: "— Commissioner Ray Dunn")
      if (m < this.mentions.length && this.coref.isSpeakerType(m) && /^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(at, this.mentions[m].start))) {
        return { cue: null, cueText: null, resolved: { mention: m, method: 'named', source: { start: at, end: this.mentions[m].end } } };
      }
    }
    // “… right now.” White House officials continued …: the sentence ended inside the quote.
    // A "?" or "!" does not end it when a frame follows (“Why now?” Dana Pike asked.).
    const endsSentence = /[.…]$/u.test(inner) && /^\s*(?:\p{Lu}|$)/u.test(following);
    const askedOrExclaimed = /[?!]$/u.test(inner);
    if (endsSentence) return this.bareFrame(span, next) ?? this.howFrame(this.window(span.close + 1, sentenceEndAfter(text, span.close + 1, next ? next.open : text.length)));
    // “…” ⏎ said Ana Ruiz: a line that goes on in lower case continues the quote's sentence.
    const runOn = /^\s*[\r\n]\s*(?=\p{Ll})/u.exec(text.slice(span.close + 1, span.close + 20));
    const from = span.close + 1 + (runOn ? runOn[0].length : 0);
    const end = sentenceEndAfter(text, from, next ? next.open : text.length);
    const tokens = this.withoutRelativeClause(this.window(from, end)).slice(0, FRAME_TOKENS);
    if (!tokens.length) return null;
    const firstBreak = tokens.findIndex((t) => /[.!?;]/u.test(t.post) && !isAbbreviation(t));
    const clause = firstBreak >= 0 ? tokens.slice(0, firstBreak + 1) : tokens;
    // “…”, according to its secretary, Lio Tolvane, who said … — "according to" right after the quote
    // is its frame; a reporting verb further on belongs to a clause about the source.
    if (clause[0]?.normal === 'according' && clause[1]?.normal === 'to') return this.accordingTo(clause);
    const how = this.howFrame(clause);
    if (how) return how;
    let verbAt = clause.findIndex((_, k) => this.isCue(clause, k));
    // “…,” she gushed. / “…,” gushed Ruiz.: any verb right next to the speaker, ending the clause, is the cue there.
    if (verbAt < 0) verbAt = this.positionalCue(clause);
    // “…,” Dana Ruiz, an analyst at Norvex. — a name and its role with no verb credit the quote.
    if (verbAt < 0 && /,$/u.test(inner) && clause.length >= 2 && !clause.some((t) => t.tags.has('Verb') && !t.tags.has('ProperNoun'))) {
      const m = this.coref.firstMentionAt(clause[0].start);
      const named = this.mentions[m];
      if (named && named.start === clause[0].start && named.type === 'person' && /^\s*,\s*(?:a|an|the)\b/iu.test(text.slice(named.end, named.end + 8))) {
        return { cue: null, cueText: null, resolved: { mention: m, method: 'named', source: { start: named.start, end: named.end } } };
      }
    }
    if (verbAt < 0) return askedOrExclaimed ? null : this.accordingTo(clause);
    if (askedOrExclaimed && verbAt > 4) return null;
    // "Reporters asked X: “Will you resign?” He said: “No.”": after a question or an exclamation, a
    // frame that ends on a colon right before the next quote introduces that quote, not this one.
    // ("“…,” X said, before Y interrupted: “…”" stays X's: a comma left the sentence open.)
    const lastOfClause = clause[clause.length - 1];
    if (askedOrExclaimed && next && /:\s*$/u.test(lastOfClause.post) && /^[\s:]*$/u.test(text.slice(lastOfClause.end, next.open))) return null;
    // “…” as stated by the ministry / as written on its website: the agent, or whoever publishes there.
    if (verbAt === 1 && clause[0].normal === 'as' && /^(by|on|in)$/u.test(clause[2]?.normal ?? '')) {
      const resolved = this.coref.resolvePhrase(untilClause(clause.slice(3)), 'after-cue');
      return resolved?.mention != null && resolved.method === 'named' ? { cue: clause[1], cueText: cueText(clause, 1), resolved } : null;
    }
    // “…”, as he told a radio station in 1998 / “…,” as Mayor Ana Reyes said: an "as"-clause right
    // after the quote whose only words before its reporting verb are a subject reports the quote,
    // and that subject is the speaker ("as officials told reporters" names nobody, and says so).
    if (verbAt >= 2 && verbAt <= 5 && clause[0].normal === 'as' && clause.slice(1, verbAt).every((t) => !/[,;:]/u.test(t.post) && !CLAUSE_BOUNDARIES.has(t.normal) && !(t.tags.has('Verb') && !t.tags.has('ProperNoun')))) {
      const resolved = this.coref.resolvePhrase(clause.slice(1, verbAt), 'before-cue');
      if (resolved) return { cue: clause[verbAt], cueText: cueText(clause, verbAt), resolved };
    }
    // “…,” she said / “…” he said. — the frame stands right after the quote: a comma or "?"/"!"
    // closes the quote, or the clause is only the speaker and the verb ("a “good call” with Kyiv to discuss" is no frame).
    const commaClosed = /[,?!…—–-]$/u.test(inner) || /^\s*[,—–]/u.test(following);
    if (verbAt > 0 && !commaClosed && !(clause.length <= 5 && /[.!?]/u.test(clause[clause.length - 1].post))) {
      // "… would be “better protection” for the grid, Rubio said.": a closing "X said" frames the whole sentence.
      let lastComma = verbAt - 1;
      while (lastComma >= 0 && !/,/u.test(clause[lastComma].post)) lastComma--;
      const tail = clause.slice(lastComma + 1);
      if (lastComma < 0 || tail.length > 5 || !/[.!?]/u.test(clause[clause.length - 1].post)) return null;
      const resolved = this.coref.resolvePhrase(clause.slice(lastComma + 1, verbAt), 'before-cue');
      return resolved?.method === 'named' || resolved?.method === 'pronoun' ? { cue: clause[verbAt], cueText: cueText(clause, verbAt), resolved } : null;
    }
    // "He said a warning was “plainly not enough” given Tolvane’s record": after a
    // quote that no comma, "?" or "!" closes, a verb followed by a name in the possessive goes on
    // the sentence ("given" as a preposition, the name owning the noun after it); it is no
    // inverted frame ("“…,” said X").
    if (verbAt === 0 && !commaClosed && clause[1]) {
      const owner = this.coref.firstMentionAt(clause[1].start);
      const m = this.mentions[owner];
      if (m && m.start === clause[1].start && /^[’']s?\b/u.test(text.slice(m.end, m.end + 2))) return null;
    }
    const cue = clause[verbAt];
    // “…,” the statement quoted chief executive Jonas Berg as saying: the one quoted is the speaker.
    if (/^(quoted|quotes|cited|cites)$/u.test(cue.normal)) {
      const as = clause.findIndex((t, k) => k > verbAt + 1 && t.normal === 'as' && clause[k + 1]?.normal === 'saying');
      const resolved = as > 0 ? this.coref.resolvePhrase(clause.slice(verbAt + 1, as), 'after-cue') : null;
      if (resolved?.mention != null) return { cue: clause[as + 1], cueText: 'saying', resolved };
    }
    // “…,” saying …: a participle with no subject of its own belongs to the sentence before the quote;
    // an individual “with knowledge” claimed that …: a verb followed by its own clause names no speaker after it.
    if (verbAt === 0 && (/ing$/u.test(cue.normal) || /^(that|to)$/u.test(clause[1]?.normal ?? ''))) return null;
    // “…” when the agency felt …: a subordinate clause, not the quote's frame.
    // (“…,” presiding judge Tol Jun-vek said / meet director Ana Ruiz said: a word the tagger reads as
    // a verb inside the role words right before the name at the cue modifies the role; no clause there.)
    const name = verbAt > 0 ? this.coref.mentionEndingAt(clause[verbAt - 1].end) : null;
    const nameAt = name !== null ? clause.findIndex((t) => t.end > this.mentions[name].start) : -1;
    const roleOnly = name !== null && this.mentions[name].type === 'person' && nameAt >= 1 && nameAt <= 3 && this.coref.isPersonRole(clause[nameAt - 1]) && clause.slice(0, nameAt).every((t) => /^\p{Ll}/u.test(t.text) && !CLAUSE_BOUNDARIES.has(t.normal) && !/[,;:]/u.test(t.post));
    // (“…,” Finance Minister Ana Reyes told …: after a quote that a comma closes, the sentence goes on,
    // so a capitalised word there is a title or a name, never a verb, whatever the tagger says.)
    const capitalisedTitle = (t: Token) => commaClosed && /^\p{Lu}/u.test(t.text) && t.start > span.close && !CLAUSE_BOUNDARIES.has(t.normal);
    // (“…,” Lind and Ostrov said.: an "and" that only joins the two names of a pair at the cue opens
    // no clause; the pair spoke together, and neither is the quote's one speaker.)
    const pair = verbAt > 0 && commaClosed ? this.coref.wholePairBefore(clause.slice(0, verbAt)) : null;
    if (pair) return { cue, cueText: cueText(clause, verbAt), resolved: { mention: null, method: 'description', source: pair } };
    if (!roleOnly && clause.slice(0, verbAt).some((t) => CLAUSE_BOUNDARIES.has(t.normal) || (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !capitalisedTitle(t)))) return null;
    const phrase = verbAt === 0 ? untilClause(clause.slice(1)) : clause.slice(0, verbAt);
    const resolved = verbAt === 0 ? this.coref.resolvePhrase(phrase, 'after-cue') : this.coref.resolvePhrase(phrase, 'before-cue');
    return { cue, cueText: cueText(clause, verbAt), resolved };
  }

  /**
   * “It was chaos,” was how Ana Vekla put it. / “….” That is how she describes the night. — a
   * clause right after the quote that says it is how someone put it: the subject after "how" said
   * it. Null for any other clause, or when that subject names nobody.
   */
  private howFrame(clause: Token[]): Frame | null {
    const how = clause.findIndex((t, k) => k >= 1 && k <= 3 && t.normal === 'how' && /^(was|is|that's)$/u.test(clause[k - 1].normal) && clause.slice(0, k).every((x) => /^(was|is|that|that's|this|just|exactly)$/u.test(x.normal)));
    if (how < 1) return null;
    // (a reporting verb the tagger read as a noun, "how Ana Vekla describes the night", still counts)
    const verb = clause.findIndex((t, k) => k > how + 1 && ((t.tags.has('Verb') && !t.tags.has('ProperNoun')) || (/^\p{Ll}/u.test(t.text) && reportingLemma(t.normal) !== null)));
    // (the subject is the name or pronoun itself: "how Ana Vekla’s book begins" is the book's doing)
    const last = clause[verb - 1];
    if (verb < 0 || /[’']s?$/u.test(last.text) || /^[’']/u.test(last.post) || !(last.tags.has('Pronoun') || this.coref.mentionEndingAt(last.end) !== null)) return null;
    const resolved = this.coref.resolvePhrase(clause.slice(how + 1, verb), 'before-cue');
    return resolved && (resolved.method === 'named' || resolved.method === 'pronoun') ? { cue: clause[verb], cueText: cueText(clause, verb), resolved } : null;
  }

  /**
   * “…,” Ana Reyes, who chairs the committee, told reporters: the relative clause between commas
   * after the name that opens the frame is left out, so the name and its verb meet again. Tokens
   * are returned unchanged when the frame has no such clause.
   */
  private withoutRelativeClause(tokens: Token[]): Token[] {
    const k = tokens.findIndex((t, i) => i >= 1 && i <= 5 && /^(who|whose|which)$/u.test(t.normal) && /,/u.test(tokens[i - 1].post));
    if (k < 0 || this.coref.mentionEndingAt(tokens[k - 1].end) === null) return tokens;
    const close = tokens.findIndex((t, i) => i > k && /[,;.!?]/u.test(t.post));
    if (close < 0 || close + 1 >= tokens.length || !/,/u.test(tokens[close].post)) return tokens;
    return [...tokens.slice(0, k), ...tokens.slice(close + 1)];
  }

  /**
   * “We will build it.” ⏎ Mr Ruiz said. — a sentence that is only a name (or he/she) and a
   * reporting verb reports the quote before it: it has nothing else to say.
   */
  private bareFrame(span: QuoteSpan, next: QuoteSpan | undefined): Frame | null {
    const text = this.doc.text;
    const skip = /^\s*/u.exec(text.slice(span.close + 1, span.close + 10))![0].length;
    const from = span.close + 1 + skip;
    const end = sentenceEndAfter(text, from, next ? next.open : text.length);
    const tokens = this.window(from, end);
    if (tokens.length < 2 || tokens.length > 9 || !/^[.!?]/u.test(tokens[tokens.length - 1].post)) return null;
    let v = tokens.length - 1;
    // “We are tired.” Ana Reyes told Vekwire. / … said on Tuesday. — a verb of saying may take a short
    // complement with no verb or clause of its own (whom it was told to, when, where): still nothing else to say.
    if (!this.isCue(tokens, v)) {
      v = tokens.findIndex((t, k) => k >= 1 && k <= 4 && CORE_REPORTING_VERBS.has(t.normal) && this.isCue(tokens, k));
      const rest = tokens.slice(v + 1);
      // ("… said in an emailed statement.": a participle between an article and a noun is an adjective, no verb.)
      const adjective = (k: number) => /^(a|an|the)$/u.test(rest[k - 1]?.normal ?? '') && rest[k + 1]?.tags.has('Noun') === true && /ed$/u.test(rest[k].normal);
      if (v < 0 || rest.length > 4 || rest.some((t, k) => (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !adjective(k)) || CLAUSE_BOUNDARIES.has(t.normal) || t.tags.has('Pronoun') || /[,;:]/u.test(t.post))) return null;
    }
    if (v > 4) return null;
    // “We can do better.” ⏎ Coun. Tarik Vekdari disagreed. — a new paragraph's "X disagreed" reports
    // X's answer to the quote, not its source; only a verb of saying there ("Mr Ruiz said.") frames it.
    if (/[\r\n]/u.test(text.slice(span.close + 1, from)) && !CORE_REPORTING_VERBS.has(tokens[v].normal)) return null;
    const resolved = this.coref.resolvePhrase(tokens.slice(0, v), 'before-cue');
    if (!resolved || resolved.mention === null || (resolved.method !== 'named' && resolved.method !== 'pronoun')) return null;
    return { cue: tokens[v], cueText: cueText(tokens, v), resolved };
  }

  /** A verb that is not on the list but stands where the reporting verb stands: first, or last right after a name or pronoun. */
  private positionalCue(clause: Token[]): number {
    const isVerb = (t: Token) => t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Copula') && !t.tags.has('Auxiliary');
    const last = clause.length - 1;
    if (last >= 1 && last <= 4 && isVerb(clause[last]) && /[.!?]/u.test(clause[last].post)) {
      const before = clause.slice(0, last);
      if (before.every((t) => t.tags.has('ProperNoun') || t.tags.has('Pronoun') || t.tags.has('Honorific') || t.tags.has('Person'))) return last;
    }
    if (clause.length >= 2 && isVerb(clause[0]) && (clause[1].tags.has('ProperNoun') || clause[1].tags.has('Honorific'))) return 0;
    return -1;
  }

  /** Tolvane said: “…” / Said Pike: “…” / X described it as “…” / Kim Adler, Channel 9: “…”. */
  private before(span: QuoteSpan): Frame | null {
    const text = this.doc.text;
    // The sentence may hold earlier quotations ("dismissed the “Keygate,” saying …“…”"): their words are no frame.
    let start = sentenceStartBefore(text, span.open, Math.max(0, span.open - MAX_SENTENCE_REACH));
    // 'Korvane said: “It is not for sale.” Tolvane replied: “Nobody asked.”': a quotation whose own
    // full stop ends it, followed by a capital, closed its sentence; the next quote's frame starts
    // after it. ("?" and "!" do not: “Why now?” Dana Pike asked.)
    for (let i = lastStartingBefore(this.spans, span.open) - 1; i >= 0 && this.spans[i].close >= start; i--) {
      const s = this.spans[i];
      if (/[.…]$/u.test(text.slice(s.start, s.end)) && /^\s+\p{Lu}/u.test(text.slice(s.close + 1, s.close + 4))) {
        start = s.close + 1;
        break;
      }
    }
    let first = lastStartingBefore(this.spans, span.open) - 1;
    while (first >= 0 && this.spans[first].open >= start - 1) first--;
    // Both lists are in text order: one walk drops the tokens inside earlier quotations.
    const sentence: Token[] = [];
    let q = first + 1;
    for (const t of this.window(start, span.open)) {
      while (q < this.spans.length && this.spans[q].close < t.end && this.spans[q].open < span.open) q++;
      const inside = q < this.spans.length && this.spans[q].open < span.open && t.start >= this.spans[q].open && t.end <= this.spans[q].close;
      if (!inside) sentence.push(t);
    }
    const tokens = this.outsideBrackets(sentence).slice(-3 * FRAME_TOKENS);
    if (!tokens.length) return null;
    const opening = sentenceOpening(sentence);
    const frame = this.frameBefore(tokens, opening);
    // ("A memo from the guild to the council, obtained by this paper, reads: “…”": a document
    // that reads or states, opening the sentence, speaks for the body it comes from; the frame above
    // takes the clause between commas nearest the verb for the subject.)
    if (frame?.cue && frame.resolved?.mention == null && /^(?:reads?|states?|stated)$/u.test(frame.cue.normal)) {
      const body = this.coref.documentFromDescription(opening, 'before-cue');
      if (body) return { ...frame, resolved: body };
    }
    return frame;
  }

  /**
   * "Chief Ana Vekla asked the villagers a riddle that nobody could answer: “…”": a verb of saying
   * whose subject is "nobody" or "no one" says that no one said anything, so it frames no quote; the
   * cue is the one before it (`cues`: indexes into `tokens`; `v`: the chosen one). Unchanged otherwise.
   */
  private pastNegativeSubject(tokens: Token[], cues: number[], v: number | undefined): number | undefined {
    if (v === undefined) return v;
    // (the subject right before the verb, past at most two auxiliaries or adverbs: "nobody could answer", "no one has ever disputed")
    let k = v - 1;
    while (k > v - 3 && k >= 0 && (AUXILIARIES.has(tokens[k].normal) || /^(?:ever|really|quite|yet|not)$/u.test(tokens[k].normal))) k--;
    const negative = tokens[k]?.normal === 'nobody' || (tokens[k]?.normal === 'one' && tokens[k - 1]?.normal === 'no');
    if (!negative) return v;
    const opens = tokens[k].normal === 'one' ? k - 1 : k;
    const earlier = cues.filter((i) => i < opens);
    return earlier.length ? earlier[earlier.length - 1] : undefined;
  }

  /** `opening`: the noun phrase the whole sentence opens with, when the tokens are only its end. */
  private frameBefore(tokens: Token[], opening: Token[] = sentenceOpening(tokens)): Frame | null {
    // "Ilse Tolvane was blunt when asked about the cost:", "Asked whether he would sell, he shook his
    // head:": "asked" with no subject of its own, opening the sentence or after "when"/"if", is a
    // reduced clause about the question put to the subject, not the frame of the answer.
    const opensSentence = (t: Token) => /(?:^|[.!?…]["”’)]?\s+|[\r\n]\s*)$/u.test(this.doc.text.slice(Math.max(0, t.start - 4), t.start));
    const reduced = (i: number) => tokens[i].normal === 'asked' && (i === 0 ? opensSentence(tokens[0]) : /^(when|if|once|after|before|until|unless|as)$/u.test(tokens[i - 1].normal));
    const sent = this.senderBefore(tokens);
    if (sent) return sent;
    // "“…,” Korvane said, before Ana Reyvik interrupted: “…”", "Korvane said no, and Reyvik
    // replied:": a finite verb right before the colon, with a subject of its own, introduces the
    // quote, whatever verb of saying stood earlier in the sentence.
    const last = tokens.length - 1;
    if (last >= 1 && /:\s*$/u.test(tokens[last].post) && tokens[last].tags.has('Verb') && !tokens[last].tags.has('Gerund') && !tokens[last].tags.has('Noun') && (tokens[last].tags.has('PastTense') || tokens[last].tags.has('PresentTense'))) {
      const own = this.subjectBefore(tokens, last);
      const cueAt = tokens.findIndex((t, i) => i < last && this.isCue(tokens, i));
      // (a "she" that fits nobody the story named is nobody, not the subject of the earlier verb)
      if (cueAt >= 0 && own && (own.mention != null || own.method === 'pronoun') && (own.method === 'named' || own.method === 'pronoun') && own.source.start > tokens[cueAt].start) return { cue: tokens[last], cueText: cueText(tokens, last), resolved: own };
    }
    const cues = tokens.flatMap((_, i) => (this.isCue(tokens, i) && !reduced(i) ? [i] : []));
    const core = cues.filter((i) => CORE_REPORTING_VERBS.has(tokens[i].normal));
    let v: number | undefined = core.length ? core[core.length - 1] : cues[cues.length - 1];
    // "Tomas Korvane told the court that his brother had shouted “Get out”", "Korvane said the mayor
    // told him: “…”": a finite reporting verb after the chosen one, with a subject of its own after
    // it, reports speech inside the reported speech; the quote is the inner speaker's.
    const inner = v === undefined ? undefined : cues.find((i) => i > v! && !/ing$/u.test(tokens[i].normal) && tokens[i].tags.has('Verb') && !tokens[i].tags.has('Noun') && !tokens[i - 1].tags.has('Determiner'));
    // (Only when the quote is the inner verb's own object, right after it or after a colon and at most
    // whom it was said to: "She said that Vekla suggested … that Tolbeg could “be of real help”"
    // quotes her words about his suggestion, and stays hers.)
    const direct = inner !== undefined && tokens.length - 1 - inner <= 3 && tokens.slice(inner + 1).every((t) => t.normal !== 'that' && !(t.tags.has('Verb') && !t.tags.has('ProperNoun')));
    // ("Ana Vekla said the sit-in would last “as long as it takes”": a verb after a modal is
    // something foretold, not words said; the quote is the outer speaker's.)
    if (v !== undefined && inner !== undefined && direct && inner - v >= 2 && !/^(was|were|is|are|been|being|be|to|would|will|could|should|might|may|can|must|shall)$/u.test(tokens[inner - 1].normal)) {
      // (the inner subject opens the reported clause, right after the outer verb or its "that", and
      // only a noun phrase stands between it and the inner verb: no "after X asked", no "and")
      const that = tokens.findIndex((t, i) => i > v! && i < inner && t.normal === 'that');
      const opens = that >= 0 ? that + 1 : v + 1;
      const own = this.subjectBefore(tokens, inner);
      // ("said his neighbour, Jonas Lind, warned him": commas only around a name in apposition)
      // ("told the court his brother had shouted": after an article a word is a noun, whatever the tagger says)
      const phrase = tokens.slice(opens, inner).every((t, i) => !CLAUSE_BOUNDARIES.has(t.normal) && !/^(or|to)$/u.test(t.normal) && (!/[,;:]/u.test(t.post) || own?.method === 'named') && (!t.tags.has('Verb') || t.tags.has('ProperNoun') || AUXILIARIES.has(t.normal) || (i > 0 && /^(?:the|a|an)$/u.test(tokens[opens + i - 1].normal))));
      // (a pronoun there is most often the outer speaker again: "X said he thanked Y for “…”" keeps X's "said")
      if (own && own.method !== 'pronoun' && own.source.start >= tokens[opens].start && phrase) v = inner;
    }
    v = this.pastNegativeSubject(tokens, cues, v);
    if (v !== undefined) {
      const cue = tokens[v];
      // "The phone was praised by Ana Ruiz as “…”": a passive cue, the speaker is the agent after "by".
      if (v > 0 && /^(was|were|is|are|been|being|be)$/u.test(tokens[v - 1].normal)) {
        // "The firm was accused of “creative accounting”": a passive with no agent reports nobody's words.
        // ("Mayor Ivo Korvane was told: “…”": the subject of a passive "told" or "asked" is the one
        // spoken to; with no agent the words are nobody's we can name, not the listener's.)
        if (tokens[v + 1]?.normal !== 'by') return /^(told|asked)$/u.test(cue.normal) ? { cue, cueText: cueText(tokens, v), resolved: { mention: null, method: 'description', source: { start: tokens[v - 1].start, end: cue.end } } } : null;
        const resolved = this.coref.resolvePhrase(untilComma(tokens.slice(v + 2), 0), 'after-cue');
        return { cue, cueText: cueText(tokens, v), resolved };
      }
      // "The Tolvik Herald quoted Maria Lopez as saying: “…”": the one quoted or cited is the speaker.
      if (cue.normal === 'saying' && v >= 3 && tokens[v - 1].normal === 'as') {
        const asAt = v - 1;
        const verb = tokens.slice(Math.max(0, asAt - 8), asAt).findIndex((t) => /^(quoted|quotes|quoting|cited|cites|citing)$/u.test(t.normal));
        if (verb >= 0) {
          const at = Math.max(0, asAt - 8) + verb;
          if (!/^(was|were|is|are|been|being)$/u.test(tokens[at - 1]?.normal ?? '')) {
            const resolved = this.coref.resolvePhrase(tokens.slice(at + 1, asAt), 'after-cue');
            if (resolved?.mention != null) return { cue, cueText: cueText(tokens, v), resolved };
          }
        }
      }
      // "Said Pike: “…”": the cue opens the sentence, the speaker follows it.
      if (v === 0 || (v === 1 && /^(and|but|so)$/u.test(tokens[0].normal))) {
        const resolved = this.coref.resolvePhrase(untilComma(tokens.slice(v + 1), 1), 'after-cue');
        if (resolved) return { cue, cueText: cueText(tokens, v), resolved };
      }
      // "Korvane took to Vekpost, stating, “…”", "released a statement saying “…”": a participle takes the sentence's subject.
      const participle = /ing$/u.test(cue.normal) && v > 0;
      // "Tomas Korvane remembers his father telling him: “…”", "recalled a doctor saying “…”": a
      // participle right after a person who is the object (no comma between) is that person's
      // saying, not the sentence subject's.
      // ("the old man saying": adjectives may stand between the determiner and the noun)
      // ("recalls a teacher once telling her": an adverb may stand between the person and the participle.)
      let actor = v - 1;
      while (actor > 1 && tokens[actor].tags.has('Adverb') && !/[,;:]/u.test(tokens[actor].post)) actor--;
      let det = actor - 1;
      while (det > actor - 3 && det > 0 && tokens[det].tags.has('Adjective') && !/[,;:]/u.test(tokens[det].post)) det--;
      if (participle && det >= 0 && !/[,;:]/u.test(tokens[actor].post) && /^(his|her|their|the|a|an|my|our)$/u.test(tokens[det].normal) && tokens[actor].tags.has('Actor') && !tokens[actor].tags.has('Plural') && this.doc.tokens[tokenAt(this.doc.tokens, tokens[det].start) - 1]?.tags.has('Verb')) {
        const object = this.coref.resolvePhrase(tokens.slice(det, actor + 1), 'before-cue');
        // ("Tomas Korvane heard the officer shouting: “…”": a description as the object is someone
        // other than a person the sentence names before it, who hears or remembers it.)
        const before = object?.method === 'description' && this.coref.mentionsIn(tokens[0].start, tokens[det].start).some((i) => this.mentions[i].type === 'person' && this.mentions[i].end <= tokens[det].start && (i === object.mention || this.sameName(i, object.mention)));
        if (before) return { cue, cueText: cueText(tokens, v), resolved: { mention: null, method: 'description', source: object!.source } };
        return { cue, cueText: cueText(tokens, v), resolved: object?.method === 'description' || object?.method === 'named' ? object : { mention: null, method: 'description', source: { start: tokens[det].start, end: tokens[actor].end } } };
      }
      // ("Ana Vek remembers him telling her: “…”": a pronoun object of a verb of memory or hearing
      // is someone else than the subject, whom the story may not name: nobody.)
      if (participle && /^(him|her|them|me|us)$/u.test(tokens[actor].normal) && /^(remember|remembers|remembered|recall|recalls|recalled|heard|hears|hear)$/u.test(tokens[actor - 1]?.normal ?? '')) {
        return { cue, cueText: cueText(tokens, v), resolved: { mention: null, method: 'description', source: { start: tokens[actor].start, end: tokens[actor].end } } };
      }
      const subject = tokens.slice(0, v);
      let resolved = participle
        ? (this.coref.resolvePhrase(opening, 'before-cue') ?? this.coref.resolvePhrase(mainClause(subject), 'before-cue'))
        : this.subjectBefore(tokens, v);
      // "Korvania, which skipped the summit, said through its Interior Ministry that …": a country
      // speaks through a body, and the body is the one who spoke.
      if ((resolved === null || resolved.mention === null) && tokens[v + 1]?.normal === 'through' && /^(its|their|the)$/u.test(tokens[v + 2]?.normal ?? '')) {
        const body = tokens[v + 3] ? this.coref.firstMentionAt(tokens[v + 3].start) : -1;
        const m = this.mentions[body];
        if (m && m.start === tokens[v + 3].start && m.type === 'organization') {
          return { cue, cueText: cueText(tokens, v), resolved: { mention: body, method: 'named', source: { start: m.start, end: m.end } } };
        }
      }
      // "Ana Vekla said the mayor told her: “…”": a description that is the subject of a clause
      // someone reports is another person than the one reporting (the same one would be "she told
      // him"); the mayor speaks, and without a named mayor nobody we can name.
      const outer = cues.filter((i) => i < v && CORE_REPORTING_VERBS.has(tokens[i].normal));
      if (resolved?.method === 'description' && resolved.mention != null && outer.length) {
        const reporter = this.subjectBefore(tokens, outer[outer.length - 1]);
        if (reporter?.mention != null && reporter.source.start < resolved.source.start && this.coref.fullest(reporter.mention) === this.coref.fullest(resolved.mention)) resolved = { ...resolved, mention: null };
      }
      // ("Detective Ana Brook said the suspect would only say “I want a lawyer”": a later verb of
      // saying whose own subject, a noun phrase opening the reported clause with no comma or
      // conjunction before the verb, was not found is the words of
      // that subject, whom we cannot name; the outer speaker found before the outer verb is not it.)
      const o = outer.length ? outer[outer.length - 1] : -1;
      if (o >= 0 && resolved?.mention != null && resolved.source.end <= tokens[o].start && /^(?:the|a|an)$/u.test(tokens[tokens[o + 1]?.normal === 'that' ? o + 2 : o + 1]?.normal ?? '') && v - o <= 8 && tokens.slice(o + 1, v).every((t) => !/[,;:]/u.test(t.post) && !CLAUSE_BOUNDARIES.has(t.normal) && !/^(?:and|or|but)$/u.test(t.normal))) {
        resolved = { mention: null, method: 'description', source: { start: tokens[o + 1].start, end: tokens[v - 1].end } };
      }
      return { cue, cueText: cueText(tokens, v), resolved };
    }
    // "Korvane's assurances that Reyvik is negotiating “in good faith”": a noun of saying and its owner.
    for (let k = tokens.length - 1; k > 0; k--) {
      if (!REPORTING_NOUNS.has(tokens[k].normal) || (!/^[’']s?\b/u.test(tokens[k - 1].post) && !/[’']s$/u.test(tokens[k - 1].text))) continue;
      const owner = this.coref.mentionEndingAt(tokens[k - 1].end);
      if (owner !== null && this.mentions[owner].type !== 'place') {
        return { cue: null, cueText: null, resolved: { mention: owner, method: 'named', source: { start: this.mentions[owner].start, end: this.mentions[owner].end } } };
      }
      // ("Interior Minister Ana Reyvik met the strikers. The minister's message was simple:": an owner
      // that is a definite description of a person is whoever the description is.)
      const det = tokens[k - 2];
      if (owner === null && det?.normal === 'the' && this.coref.isPersonRole(tokens[k - 1])) {
        const described = this.coref.resolvePhrase(tokens.slice(k - 2, k), 'before-cue');
        if (described?.mention != null && described.method === 'description') return { cue: null, cueText: null, resolved: described };
      }
    }
    // "Ms. Ruiz raised the same argument: … “protection”": a noun of saying whose owner is the sentence's subject.
    const noun = tokens.findIndex((t, k) => REPORTING_NOUNS.has(t.normal) && k > 0 && /^(the|her|his|their|its|same|a|an)$/u.test(tokens[k - 1].normal));
    if (noun > 0) {
      const subject = this.coref.resolvePhrase(opening, 'before-cue');
      if (subject?.mention != null && subject.method === 'named') return { cue: null, cueText: null, resolved: subject };
      // "Tomas Korvane bought the ferry in 1998. His message to the buyers was short: “…”": a noun of
      // saying owned by "his"/"her" as the sentence's subject is the words of the person the pronoun
      // stands for.
      // (the tagger may read the noun as a verb, "His message to …", so the opening may end at the owner)
      const owner = tokens[noun - 1];
      if (owner === opening[0] && /^(his|her)$/u.test(owner.normal)) {
        const gender = owner.normal === 'her' ? 'female' : 'male';
        const mention = this.coref.nearest(owner.start, 'person', gender);
        // ("The driver, X, and the passenger, Y, were unhurt. His message …": two people who fit the
        // pronoun in that sentence leave it to nobody.)
        const rivals = mention === null ? [] : this.mentions.filter((m, i) => i !== mention && m.type === 'person' && m.start < owner.start && m.name !== this.mentions[mention].name && !this.mentions[mention].name.includes(m.name) && !m.name.includes(this.mentions[mention].name) && this.doc.tokens[tokenAt(this.doc.tokens, m.start)]?.sentence === this.doc.tokens[tokenAt(this.doc.tokens, this.mentions[mention].start)]?.sentence && this.coref.genderAt(i) !== (gender === 'female' ? 'male' : 'female'));
        if (mention !== null && rivals.length === 0) return { cue: null, cueText: null, resolved: { mention, method: 'pronoun', source: { start: owner.start, end: tokens[noun].end } } };
      }
    }
    // "Kim Adler, Channel 9: “…”": a name and a colon, no verb.
    const colon = tokens[tokens.length - 1];
    if (/:\s*$/u.test(colon.post)) {
      const resolved = this.coref.resolvePhrase(tokens, 'after-cue');
      if (resolved?.mention != null && resolved.method === 'named') return { cue: null, cueText: null, resolved };
      // "Asked whether he would sell, he shook his head: “Never.”": a "he"/"she" that opens the main
      // clause before the colon, with a verb after it, is who the colon introduces.
      const main = mainClause(tokens);
      // (the tagger may read a verb of saying there as something else: "she replied" as an Expression)
      if (/^(he|she)$/u.test(main[0]?.normal ?? '') && main[0].tags.has('Pronoun') && main[1] && (main[1].tags.has('Verb') || reportingLemma(main[1].normal) !== null)) {
        const pronoun = this.coref.resolvePhrase([main[0]], 'before-cue');
        if (pronoun?.mention != null) return { cue: null, cueText: null, resolved: pronoun };
      }
    }
    return this.accordingTo(tokens);
  }

  /**
   * "Ana Vekla had a message from Tomas Korvane: “…”", "She read out a letter from her late husband,
   * Tomas Korvane: “…”": a document of saying whose sender or author ("from"/"by" …) closes the
   * words before the quote wrote the quote, not the one who received or read it. The sender's phrase
   * is resolved as a source: a name speaks, an unnamed person ("a letter from a neighbour") names
   * nobody. Null when the words before the quote do not end so, or the phrase after "from" names no
   * one who could speak ("the same argument from the floor").
   */
  private senderBefore(tokens: Token[]): Frame | null {
    const issued = this.issuerBefore(tokens);
    if (issued) return issued;
    for (let k = Math.max(0, tokens.length - 10); k < tokens.length - 2; k++) {
      if (!(REPORTING_NOUNS.has(tokens[k].normal) || DOCUMENT_NOUNS.has(tokens[k].normal)) || !/^(from|by)$/u.test(tokens[k + 1].normal) || /[,;:]/u.test(tokens[k].post)) continue;
      const phrase = tokens.slice(k + 2);
      // (the phrase after "from" runs to the quote: a name, its role, one appositive; no clause of its own)
      if (phrase.some((t) => (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !t.tags.has('Adjective')) || CLAUSE_BOUNDARIES.has(t.normal) || /[;.!?]/u.test(t.post)) || phrase.filter((t) => /,/u.test(t.post)).length > 1) return null;
      // ("a message from the lawyer of X:": a role "of" someone is another person, whom the story does not name.)
      const ofAt = phrase.findIndex((t) => t.normal === 'of');
      // ("a letter from the mayor of Tolbeg, Ana Vekla:": an appositive names that person.)
      if (ofAt > 0 && /^(?:a|an|the|her|his|their|its)$/u.test(phrase[0].normal) && phrase.slice(1, ofAt).every((t) => /^\p{Ll}/u.test(t.text)) && !phrase.slice(ofAt).some((t) => /,/u.test(t.post))) return { cue: null, cueText: null, resolved: { mention: null, method: 'description', source: { start: phrase[0].start, end: phrase[ofAt - 1].end } } };
      const resolved = this.coref.resolvePhrase(phrase, 'after-cue');
      if (resolved?.mention != null && this.coref.isSpeakerType(resolved.mention)) return { cue: null, cueText: null, resolved };
      // ("We have a message from Ilka in Orvik:": the sender of a message writes it, when the entity
      // stage left the name untyped and it reads as a person's: a given name of the name lists, or a
      // name placed "in" a place the story names; "a letter from Orvik" may be a town's, and is no one's.)
      if (resolved?.mention != null && resolved.method === 'named' && resolved.source.start === phrase[0].start && this.readsAsSender(resolved.mention)) return { cue: null, cueText: null, resolved };
      if (resolved && resolved.mention === null && resolved.method === 'description') return { cue: null, cueText: null, resolved };
      // ("a note from her landlord", "a text from a neighbour": a person noun no role list holds)
      const head = phrase[phrase.length - 1];
      if (!resolved && phrase.length <= 4 && /^(a|an|the|her|his|their|my|our)$/u.test(phrase[0].normal) && /^\p{Ll}/u.test(head.text) && (head.tags.has('Actor') || this.coref.isPersonRole(head))) {
        return { cue: null, cueText: null, resolved: { mention: null, method: 'description', source: { start: phrase[0].start, end: head.end } } };
      }
      return null;
    }
    return null;
  }

  /** An untyped one-word name that reads as a person's: a given name of the name lists, or one placed "in" a place ("Ilka in Orvik"). */
  private readsAsSender(i: number): boolean {
    const m = this.mentions[i];
    if (m.type !== 'other' || /\s/u.test(m.name)) return false;
    if (genderOfGivenName(m.name) !== null || isGivenName(m.name)) return true;
    const place = this.coref.mentionsIn(m.end, m.end + 40).find((j) => j !== i);
    return place !== undefined && this.mentions[place].type === 'place' && /^\s+in\s+$/u.test(this.doc.text.slice(m.end, this.mentions[place].start));
  }

  /**
   * "Here is the statement the guild issued: “…”", "Below is the letter that Ana Vekla sent:
   * “…”": a document of saying, then the one who issued it as the subject of a verb of issuing that
   * ends the words before the quote; the document's words are the issuer's, not those of whoever
   * prints or reads them. The issuer's phrase is resolved as a source: a name or a description that
   * names someone speaks, one that names nobody ("the statement a coalition released") gives nobody.
   * Null when the words before the quote do not end so.
   */
  private issuerBefore(tokens: Token[]): Frame | null {
    const end = tokens.length - (/^(?:it|them|out)$/u.test(tokens[tokens.length - 1]?.normal ?? '') ? 1 : 0);
    const verb = tokens[end - 1];
    if (!verb || !ISSUING_VERBS.has(verb.normal) || !/:\s*$/u.test(tokens[tokens.length - 1].post) || (verb.normal === 'put' && tokens[end]?.normal !== 'out')) return null;
    for (let k = Math.max(0, end - 8); k < end - 2; k++) {
      if (!(REPORTING_NOUNS.has(tokens[k].normal) || DOCUMENT_NOUNS.has(tokens[k].normal)) || tokens[k].tags.has('Verb') || /[,;:]/u.test(tokens[k].post)) continue;
      const from = /^(?:as|that|which)$/u.test(tokens[k + 1].normal) ? k + 2 : k + 1;
      const phrase = tokens.slice(from, end - 1);
      if (!phrase.length || phrase.some((t) => (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !t.tags.has('Noun')) || CLAUSE_BOUNDARIES.has(t.normal) || /[,;.!?]/u.test(t.post) || t.tags.has('Pronoun'))) continue;
      const resolved = this.coref.resolvePhrase(phrase, 'before-cue');
      if (resolved?.mention != null && this.coref.isSpeakerType(resolved.mention)) return { cue: null, cueText: null, resolved };
      if (resolved && resolved.mention === null && resolved.method === 'description') return { cue: null, cueText: null, resolved };
      return null;
    }
    return null;
  }

  /**
   * The subject of the cue at v, read backwards: "since the Kremlin on Tuesday announced" → the
   * Kremlin; "Ana Ruiz, who chairs the board, said" skips the clause between commas, but
   * "the senator's chief of staff, Lena Ortiz, said" keeps the name between them;
   * "Sen. Joe Marsh (R-Ky.) tweeted" skips the brackets. Stops at a clause boundary.
   */
  private subjectBefore(tokens: Token[], v: number): Resolved | null {
    const found = this.subjectBeforeCue(tokens, v);
    if (found && found.mention !== null && this.mentions[found.mention].type === 'person') return found;
    // "Ana Ruiz, chair of Local 12, Auto Workers union said": the person an appositive chain opens with.
    const chain = this.appositiveChainSubject(tokens, v);
    return chain ?? found;
  }

  private appositiveChainSubject(tokens: Token[], v: number): Resolved | null {
    const opening = sentenceOpening(tokens.slice(0, v));
    const last = opening[opening.length - 1];
    if (!last || !/,/u.test(last.post)) return null;
    const m = this.coref.mentionEndingAt(last.end);
    if (m === null || this.mentions[m].type !== 'person') return null;
    const at = tokens.indexOf(last);
    const role = tokens[at + 1];
    if (!role || role.tags.has('ProperNoun') || !(role.tags.has('Noun') || role.tags.has('Determiner'))) return null;
    // ("In a statement read by its manager, Tomas Korvane, it said:": a pronoun after the comma is
    // the subject itself, and the name before it stood in an opening phrase, not in an appositive chain.)
    if (role.tags.has('Pronoun')) return null;
    // Only appositives stand between the name and the cue: no verb of their own.
    if (tokens.slice(at + 1, v).some((t) => t.tags.has('Verb') && !t.tags.has('ProperNoun'))) return null;
    return { mention: m, method: 'named', source: { start: this.mentions[m].start, end: this.mentions[m].end } };
  }

  private subjectBeforeCue(tokens: Token[], v: number): Resolved | null {
    // "A person familiar with the lender’s thinking said", "A source close to the bank said":
    // an unnamed source that opens the clause is its subject, whatever its complement names.
    const opening = sentenceOpening(tokens.slice(0, v));
    if (opening.length && INDEFINITE.test(opening[0].normal) && opening.slice(1, 4).some((t) => /^\p{Ll}/u.test(t.text) && this.coref.unnamedHolder(t))) {
      const unnamed = this.coref.resolvePhrase(tokens.slice(tokens.indexOf(opening[0]), v), 'before-cue');
      if (unnamed && unnamed.mention === null && unnamed.method === 'description' && unnamed.source.start === opening[0].start) return unnamed;
    }
    // "A lawyer for the Bishop of Easton, Rt Rev Tom Reed, said", "The wife of the Mayor, Ana Vek,
    // said": a name in apposition after a role inside the subject's complement is that role's holder
    // (the bishop, the mayor), not the subject, who is unnamed. ("The chairman of Kestrel, Tom Reed,
    // said" names the chairman: no person's role stands in the complement.)
    // (Both readings are English — "The son of a fisherman, Tom Reed," is the son — so with a
    // person's role on both sides of the preposition the name is nobody's for sure: no speaker.)
    const head = opening.length ? tokens.indexOf(opening[0]) : -1;
    const outer = head < 0 ? -1 : tokens.slice(head, head + 4).findIndex((t) => /^\p{Ll}/u.test(t.text) && (this.coref.isPersonRole(t) || KINSHIP.has(t.normal)));
    const comma = head < 0 ? -1 : tokens.slice(head, v).findIndex((t) => /,/u.test(t.post));
    if (outer >= 0 && comma > outer + 1 && /^(?:for|of|to|at|with)$/u.test(tokens[head + outer + 1]?.normal ?? '') && tokens.slice(head + outer + 2, head + comma + 1).some((t) => this.coref.isPersonRole(t))) {
      return { mention: null, method: 'description', source: { start: tokens[head].start, end: tokens[head + outer].end } };
    }
    let k = v - 1;
    // "has said", "also told", "then wrote": auxiliaries and adverbs stand between subject and verb.
    // ("X, who spoke later, said", "X, asked the same question later, said": a word before a comma
    // closes a clause between commas, and is no auxiliary of the cue.)
    while (k >= 0 && !/[,;:]/u.test(tokens[k].post) && (AUXILIARIES.has(tokens[k].normal) || tokens[k].tags.has('Adverb'))) k--;
    // ("Ana Vekla, like her mother before her, once, said": an adverb between commas of its own goes
    // with its commas, and the clause before it is skipped as if the adverb were not there.)
    if (k >= 0 && /,/u.test(tokens[k].post)) {
      let j = k - 1;
      while (j >= 0 && !/[,;:]/u.test(tokens[j].post)) j--;
      if (j >= 0 && /,/u.test(tokens[j].post) && k - j <= 2 && tokens.slice(j + 1, k + 1).every((t) => AUXILIARIES.has(t.normal) || t.tags.has('Adverb'))) k = j;
    }
    if (k < 0) return null;
    // "Ana Ruiz expressed her thanks and described it as …", "He pointed to X, but stated …": the
    // second verb of a coordination shares the first one's subject, the sentence's.
    if (tokens[k].normal === 'and' || tokens[k].normal === 'but') {
      // ("The Minister of Ports, Tomas Korvane, stood up and told …": the name in apposition
      // after the opening role is the subject.)
      const opening = sentenceOpening(tokens.slice(0, k));
      const next = tokens[opening.length];
      let m = next && /,/u.test(opening[opening.length - 1]?.post ?? '') ? this.coref.firstMentionAt(next.start) : -1;
      // ("The Moderator of the Vekland Church, Rt Rev Kwame Osei, led prayers and urged …": capitalised
      // titles the entity stage kept out of the name, or read as a name of their own, may stand
      // before it in the apposition.)
      const titledName = (i: number) => this.mentions[i] && this.mentions[i].start > next.start && this.mentions[i].start - next.start <= 16 && /^(?:\p{Lu}[\p{L}]*\.?\s+){1,3}$/u.test(this.doc.text.slice(next.start, this.mentions[i].start));
      while (m >= 0 && this.mentions[m]?.type !== 'person' && titledName(m + 1)) m++;
      const named = this.mentions[m];
      const titled = named && titledName(m);
      if (named && (named.start === next.start || titled) && named.type === 'person' && /^\s*,/u.test(this.doc.text.slice(named.end, named.end + 3))) return { mention: m, method: 'named', source: { start: named.start, end: named.end } };
      return this.coref.resolvePhrase(opening, 'before-cue');
    }
    // "Charles Park, an expert at the institute, who stated": the relative pronoun's antecedent.
    if (tokens[k].normal === 'who') {
      // "Tom Reed presented the trophy to Sarah Jones, who said:", "met Sarah Jones, the First
      // Minister, who urged": "who" takes the person named right before it (an appositive may stand
      // between), not the sentence's first name.
      const whoAt = tokens[k].start;
      const i = this.coref.firstMentionAt(whoAt) - 1;
      const m = this.mentions[i];
      if (m && m.end <= whoAt && whoAt - m.end <= 80 && m.type === 'person' && /^,\s*(?:(?:the|a|an|his|her|their)\s[^,;:“”"]*,\s*)?$/u.test(this.doc.text.slice(m.end, whoAt))) return { mention: i, method: 'named', source: { start: m.start, end: m.end } };
      const before = tokens.slice(Math.max(0, k - 16), k);
      const named = this.coref.resolvePhrase(before, 'after-cue');
      return named?.method === 'named' ? named : null;
    }
    // "Vekla Freight, which owns 90 barges and ships grain between Tolvik, Orsa and Marsby,
    // said": a relative clause after the name that opens the sentence runs up to the cue, however
    // many commas it holds; the name before "which"/"who" is the subject.
    if (/,/u.test(tokens[k].post)) {
      const rel = tokens.findIndex((t, r) => r >= 1 && r < k && /^(which|who)$/u.test(t.normal) && /,/u.test(tokens[r - 1].post));
      if (rel >= 1 && !tokens.slice(rel + 1, k + 1).some((t, r) => this.isCue(tokens, rel + 1 + r) && r > 0)) {
        const opening = sentenceOpening(tokens.slice(0, rel));
        const last = opening[opening.length - 1];
        if (last && last === tokens[rel - 1]) {
          const named = this.coref.resolvePhrase(opening, 'before-cue');
          if (named?.mention != null && named.method === 'named') return named;
        }
      }
    }
    if (/\)\s*$/u.test(tokens[k].post) || tokens[k].text.endsWith(')')) {
      // "Sen. Joe Marsh (R-Ky.) tweeted": the brackets are no subject.
      while (k >= 0 && !/\(/u.test(tokens[k].pre + tokens[k].text)) k--;
      k--;
    } else if (/,/u.test(tokens[k].post) || /,\s*$/u.test(this.doc.text.slice(tokens[k].end, tokens[k + 1].start).replace(/["“][^"”]*["”]/gu, ''))) {
      let j = k - 1;
      while (j >= 0 && !/,/u.test(tokens[j].post)) j--;
      const between = tokens.slice(j + 1, k + 1);
      const named = this.coref.resolvePhrase(between, 'before-cue');
      // "the senator's chief of staff, Lena Ortiz, said": the name between the commas is the subject.
      // ("Its chairman, retired nurse Brage Vekla, called": lower-case role words may stand before that name.)
      // ("The organisers, the Vekla Wheelers, said": a body's name between commas after a lower-case description too.)
      const described = j >= 0 && /^\p{Ll}/u.test(tokens[j].text) && tokens[j].tags.has('Noun');
      const kind = named?.mention != null ? this.mentions[named.mention].type : null;
      // ("Arvid Holm, speaking alongside his counterpart Maria Lopez, said": a participle or a
      // preposition before the name makes the words between the commas a clause, not the name of the subject.)
      const clause = named?.mention != null && between.some((x) => x.start < this.mentions[named.mention!].start && (x.tags.has('Gerund') || x.tags.has('Preposition')));
      // ("Tolvik Port’s harbour master, Capt. Ana Vekla, said": a title before the name is part of it.)
      // ("Ana Vekla, whose coach Tomas Lind retired in May, said": a name inside a relative clause
      // between commas is the clause's, never the subject; the walk skips the clause below.)
      const isName = named?.method === 'named' && named.mention !== null && !clause && !opensRelativeClause(between) && (kind === 'person' || (kind === 'organization' && described)) && between.every((x) => x.start >= this.mentions[named.mention!].start || /^\p{Ll}/u.test(x.text) || x.tags.has('Honorific') || PERSON_TITLES.has(x.normal));
      if (isName) return named;
      // "The judges, chaired by director Tomas Lind, called the play …": a group that no name names
      // speaks through the one named person who leads it (a named body keeps its own name: "The
      // Tolvik Board, chaired by X, said" is the board's).
      const ledBy = /^(chaired|led|headed)$/u.test(between[0]?.normal ?? '') && between[1]?.normal === 'by';
      if (ledBy && named?.method === 'named' && named.mention !== null && kind === 'person' && j >= 0 && /^\p{Ll}/u.test(tokens[j].text) && this.coref.mentionEndingAt(tokens[j].end) === null) return named;
      // "Ana Ruiz, who chairs the board, said": the clause between them is skipped.
      if (j >= 0) k = j;
      // ("Tomas Korvane, who played for Tolvik, and whom no one has accused of cheating, said": relative
      // clauses between commas may come in a chain; a name inside any of them is no subject, so each
      // is skipped back to the name before the first.)
      const relative = opensRelativeClause;
      if (j >= 0 && relative(between)) {
        while (k >= 0 && /,/u.test(tokens[k].post)) {
          let i = k - 1;
          while (i >= 0 && !/[,;:]/u.test(tokens[i].post)) i--;
          if (i < 0 || !/,/u.test(tokens[i].post) || !relative(tokens.slice(i + 1, k + 1))) break;
          k = i;
        }
      }
    }
    const from = k;
    for (let steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const t = tokens[k];
      const m = this.coref.mentionEndingAt(t.end);
      if (m !== null && (this.coref.isSpeakerType(m) || (k === from && this.mentions[m].type === 'other'))) {
        // "A representative for the Guild of Tolvik Weavers said": the phrase reaches four words before
        // the name, however long the name, so the role it depends on is read with it.
        const nameAt = tokens.findIndex((x) => x.end > this.mentions[m].start);
        // "Party chair Dana Ruiz of the League for a Green Vekland said", "A spokesman of the
        // Tolvik Board said": a name in an "of"-complement is not the subject; the noun phrase it depends on is.
        const head = this.complementHead(tokens, nameAt);
        if (head !== null) {
          const start = Math.max(tokens[Math.max(0, head - 5)].start, this.clauseStart(tokens, head));
          return this.firstOfPair(tokens, this.coref.resolvePhrase(tokens.slice(Math.max(0, head - 5), head + 1).filter((x) => x.start >= start), 'before-cue'));
        }
        let open = Math.max(0, Math.min(k - 5, nameAt - 4));
        // ("Members of the family of Tomas Korvane said": a phrase that would open at "of" reaches back
        // to the noun the "of" depends on, with its article, so the group is read with it.)
        if (open > 0 && tokens[open].normal === 'of' && !/[,;:]/u.test(tokens[open - 1].post)) open -= open > 1 && /^(?:the|a|an)$/u.test(tokens[open - 2].normal) && !/[,;:]/u.test(tokens[open - 2].post) ? 2 : 1;
        const start = Math.max(tokens[open].start, this.clauseStart(tokens, k));
        const resolved = this.coref.resolvePhrase(tokens.slice(open, k + 1).filter((x) => x.start >= start), 'before-cue');
        return this.firstOfPair(tokens, resolved);
      }
      if (/^(he|she|they|we|i|it)$/u.test(t.normal) && t.tags.has('Pronoun')) return this.coref.resolvePhrase([t], 'before-cue');
      // "the company said", "One resident shouted", "a union negotiator has said": a noun phrase ends at the verb.
      if (k === from && t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Date') && m === null) {
        const start = this.clauseStart(tokens, k);
        const phrase = tokens.slice(Math.max(0, k - 6), k + 1).filter((x) => x.start >= start);
        const resolved = this.coref.resolvePhrase(phrase, 'before-cue');
        if (resolved) return resolved;
      }
      // ("Cardiologist Ana Reyvik of Tolvik General Hospital, who …, called": a name of a place that
      // ends in a noun of a body is a name, not a description; the walk goes on to the person.)
      const described = m === null && !this.coref.insideName(t) ? this.coref.resolvePhrase(tokens.slice(Math.max(0, k - 4), k + 1).filter((x) => x.start >= this.clauseStart(tokens, k)), 'before-cue') : null;
      if (described && described.method === 'description') return described;
      if (CLAUSE_BOUNDARIES.has(t.normal) || /[;:]/u.test(t.post)) break;
    }
    return null;
  }

  /**
   * The head a name at `nameAt` is the complement of, read backwards over the names, determiners
   * and prepositions of a chain ("Dana Ruiz of the League for a Green Vekland" → Ruiz; "a
   * spokesman of the Tolvik Board" → spokesman): the index of a person's last word or of a
   * lower-case role noun standing right before "of", "for", "at", "from" or "with"; null when the name
   * depends on no such head.
   */
  private complementHead(tokens: Token[], nameAt: number): number | null {
    let j = nameAt - 1;
    for (let steps = 0; j >= 1 && steps < 12; j--, steps++) {
      const t = tokens[j];
      if (/[,;:]/u.test(t.post)) return null;
      if (/^(of|for|at|from|with)$/u.test(t.normal) && !this.coref.insideName(t)) {
        const before = tokens[j - 1];
        if (/[,;:]/u.test(before.post)) return null;
        const m = this.coref.mentionEndingAt(before.end);
        if (m !== null && (this.mentions[m].type === 'person' || this.coref.rolePerson(m))) return j - 1;
        // ("A statement from the Tolvik Board said": a document of the body is the body's word.)
        // (But "Leader of the Opposition Marta Vekla said", "Secretary of State Jonas Berg told": a
        // capitalised title whose complement ends in a capitalised word that is no role and no part
        // of the name is a title phrase, and the name right after it is the one who holds it.)
        if (m === null && this.coref.isPersonRole(before) && (/^\p{Ll}/u.test(before.text) || j - 1 === 0 || tokens[j - 2].sentence !== before.sentence) && !this.titlePhraseBefore(tokens, nameAt, before)) return j - 1;
        continue;
      }
      if (/^(the|a|an)$/u.test(t.normal) || /^\p{Lu}/u.test(t.text)) continue;
      // ("X of the campaign group Clean Harbours said", "a spokeswoman for the Orsa-based Y said": a common
      // noun before the name, or the second half of a compound adjective, stays in the complement.)
      // (after an article a word is a noun, whatever the tagger says: "the campaign group")
      const nominal = (t.tags.has('Noun') && !t.tags.has('Verb')) || (/^\p{Ll}/u.test(t.text) && /^(the|a|an)$/u.test(tokens[j - 1]?.normal ?? ''));
      if (this.doc.text[t.start - 1] === '-' || (nominal && !t.tags.has('Pronoun') && !t.tags.has('Possessive'))) continue;
      return null;
    }
    return null;
  }

  /**
   * True when the name at `nameAt` follows a capitalised title and its complement ("Leader of the
   * Opposition Marta Vekla", "Minister for Health Ana Reyes"): the word right before the name is
   * capitalised, ends no title of an office ("for Vice President Ana Reyes" keeps the name in the
   * complement; "State", "Opposition", "Health" are portfolios, see OFFICE_TITLES) and lies in no
   * person's name.
   */
  private titlePhraseBefore(tokens: Token[], nameAt: number, head: Token): boolean {
    const last = tokens[nameAt - 1];
    if (!last || !/^\p{Lu}/u.test(head.text) || !/^\p{Lu}/u.test(last.text) || OFFICE_TITLES.has(last.normal) || STRONG_PERSON_TITLES.has(last.normal) || last.tags.has('Honorific')) return false;
    const m = this.coref.mentionEndingAt(last.end);
    return m === null || this.mentions[m].type !== 'person';
  }

  /**
   * "Mayor Ana Ruiz and council member Bo Lind said": words said by two people are given to the
   * first named (one speaker per quote; the pair is in the source phrase).
   */
  private firstOfPair(tokens: Token[], resolved: Resolved | null): Resolved | null {
    if (!resolved || resolved.method !== 'named' || resolved.mention === null || !this.coref.isSpeakerType(resolved.mention)) return resolved;
    const body = this.mentions[resolved.mention].type !== 'person';
    // ("Ana Ruiz and Tomas Lind announced a “rescue package”": lower-case words the sentence goes on
    // through are a phrase of the pair's announcement, which its first-named leads, as news
    // annotation has it; a whole quotation after a pair, "X and Y said: “…”", is one speaker's.)
    const last = tokens[tokens.length - 1];
    const fragment = /^[\s)\]]*["“„«]\s*\p{Ll}/u.test(this.doc.text.slice(last.end, last.end + 8));
    const mentionStart = this.mentions[resolved.mention].start;
    let j = tokens.findIndex((t) => t.end > mentionStart) - 1;
    // the role words in front of the second name ("federal industry minister") are skipped
    for (let steps = 0; j >= 1 && steps < 4 && tokens[j].normal !== 'and' && !/[,;:]/u.test(tokens[j].post) && (/^\p{Ll}/u.test(tokens[j].text) || tokens[j].tags.has('Noun') || tokens[j].tags.has('Adjective')); steps++) j--;
    if (j < 1 || tokens[j].normal !== 'and') return resolved;
    let first = this.coref.mentionEndingAt(tokens[j - 1].end);
    // "Ana Ruiz of Vekair and Tomas Lind of Zarnicom said": the first name may itself stand in a complement.
    if (first !== null) {
      const head = this.complementHead(tokens, tokens.findIndex((t) => t.end > this.mentions[first!].start));
      const owner = head !== null ? this.coref.mentionEndingAt(tokens[head].end) : null;
      if (owner !== null && this.mentions[owner].type === 'person') first = owner;
    }
    // ("The Vekla Bank and the Tolvik Fund said": two bodies, or a body and a person, speak together as two people do.)
    if (body) return first !== null && this.coref.isSpeakerType(first) && this.mentions[first].name !== this.mentions[resolved.mention].name ? { mention: null, method: 'description', source: { start: this.mentions[first].start, end: resolved.source.end } } : resolved;
    if (first === null || this.mentions[first].type !== 'person') return resolved;
    // ("Jonas Lind and Pavel Ostrov said: “…”": the two speak together, and a quote has one speaker;
    // the story does not say whose words these are, and neither do we.)
    if (!fragment && !this.sameName(first, resolved.mention)) return { mention: null, method: 'description', source: { start: this.mentions[first].start, end: resolved.source.end } };
    return { mention: first, method: 'named', source: { start: this.mentions[first].start, end: resolved.source.end } };
  }

  // ("Ana Vekla said the mayor told her: “…”": a core verb of saying with no "that" after it opens
  // the reported clause as "that" would; the subject of "told" is the mayor, not Vekla.)
  private clauseStart(tokens: Token[], k: number): number {
    for (let j = k - 1; j >= 0; j--) if (/[,;:]/u.test(tokens[j].post) || CLAUSE_BOUNDARIES.has(tokens[j].normal) || (CORE_REPORTING_VERBS.has(tokens[j].normal) && j > 0 && this.isCue(tokens, j))) return tokens[j + 1].start;
    return tokens[0].start;
  }

  private accordingTo(tokens: Token[]): Frame | null {
    const at = tokens.findIndex((t, i) => t.normal === 'according' && tokens[i + 1]?.normal === 'to');
    if (at < 0) return null;
    const phrase = untilComma(tokens.slice(at + 2), 1);
    // "The recipe has “…”, according to him": the object pronoun as the whole source is "he"/"she".
    const pronoun = phrase.length === 1 && /^(him|her)$/u.test(phrase[0].normal) ? phrase[0] : null;
    const resolved = pronoun ? { mention: this.coref.antecedent(pronoun), method: 'pronoun' as const, source: { start: pronoun.start, end: pronoun.end } } : this.coref.resolvePhrase(phrase, 'after-cue');
    return { cue: tokens[at], cueText: 'according to', resolved };
  }

  /** The subject of a sentence's reporting verb ("Ruth Okoro, a councillor, said she was angry." → Ruth Okoro), for coreference. */
  private reportingSubjectOf(sentence: number): number | null {
    // "“…,” said the union's leader, Ted Marrow." — the speaker already found there is the subject.
    const spoke = this.sentenceSpeakers.get(sentence);
    if (spoke !== undefined) return spoke;
    if (this.subjects.has(sentence)) return this.subjects.get(sentence)!;
    this.subjects.set(sentence, null);
    const s = this.doc.sentences[sentence];
    let found: number | null = null;
    if (s) {
      const tokens = this.doc.tokens.slice(s.firstToken, Math.min(s.lastToken, s.firstToken + 3 * FRAME_TOKENS));
      const v = tokens.findIndex((_, k) => this.isCue(tokens, k));
      if (v > 0) {
        const r = this.subjectBefore(tokens, v);
        if (r?.method === 'named') found = r.mention;
      }
    }
    this.subjects.set(sentence, found);
    return found;
  }

  /**
   * "“…” That was the message from Vekla Tolvane, a farmer.", "“…” Those were the words of Arun
   * Korvane.": the sentence right after a quotation that closes its own sentence, when it opens by
   * pointing back at the quote as a noun of saying "from"/"of" someone, frames the quote; the
   * phrase after "from"/"of" is resolved as a source after a cue. Null when it does not open so, or
   * the phrase names nobody ("the words of a neighbour").
   */
  private wordsOf(span: QuoteSpan): Frame | null {
    const text = this.doc.text;
    if (!/[.!?…]["”’)]?$/u.test(text.slice(span.start, span.end))) return null;
    // ("That was how Ana Reyes, a nurse, described the night": "how" and the subject of a verb of
    // saying after it.)
    const how = POINTING_HOW.exec(text.slice(span.close + 1, span.close + 1 + 40));
    if (how) {
      const from = span.close + 1 + how[0].length;
      const tokens = this.window(from, sentenceEndAfter(text, from, Math.min(text.length, from + MAX_SENTENCE_REACH)));
      const v = tokens.findIndex((_, k) => k > 0 && (this.isCue(tokens, k) || /^(put|puts|summed|sums)$/u.test(tokens[k].normal)));
      const resolved = v > 0 ? this.subjectBefore(tokens, v) : null;
      if (resolved?.mention == null || resolved.method !== 'named' || !this.coref.isSpeakerType(resolved.mention)) return null;
      return { cue: tokens[v], cueText: cueText(tokens, v), resolved };
    }
    const back = POINTING_BACK.exec(text.slice(span.close + 1, span.close + 1 + 80));
    if (!back) return null;
    const from = span.close + 1 + back[0].length;
    const tokens = this.window(from, sentenceEndAfter(text, from, Math.min(text.length, from + MAX_SENTENCE_REACH)));
    const resolved = this.coref.resolvePhrase(untilComma(tokens, 0), 'after-cue');
    if (resolved?.mention == null || resolved.method !== 'named' || !this.coref.isSpeakerType(resolved.mention)) return null;
    // The person must head the phrase, after titles only: "the verdict of the jury in the trial of
    // Tom Reed", "the message from voters to Tom Reed" name a defendant and a recipient.
    if (!/^\s*(?:\p{Lu}[\p{L}.’']*\s+)*$/u.test(text.slice(from, this.mentions[resolved.mention].start))) return null;
    const cue = this.doc.tokens[tokenAt(this.doc.tokens, span.close + 1 + back[0].lastIndexOf(back[1]))];
    return { cue, cueText: back[1].toLowerCase(), resolved };
  }

  /**
   * True when the quotation is the text written on a thing, named right before it with "reading" or
   * "saying" ("stood by a banner reading “Save our port”", "wore a T-shirt saying “…”", "a sign
   * that reads: “…”"): nobody's speech, and not the words of the sentence's subject. A noun of
   * written saying ("a statement saying", "an email saying") is its sender's, and a person's
   * ("protesters saying") is theirs: neither counts.
   */
  private inscribed(span: QuoteSpan): boolean {
    const text = this.doc.text;
    // ("a plaque inscribed “…”", "a mug printed with “…”": a participle of writing on a thing.)
    if (/\b(?:inscribed|engraved|printed|painted|stitched|emblazoned|stamped|etched)(?:\s+with)?\s*[,:]?\s*$/u.test(text.slice(Math.max(0, span.open - 30), span.open))) return true;
    // ("The sign on Tomas Korvane's door reads “…”": a thing that opens the sentence reads the words.)
    const start = sentenceStartBefore(text, span.open, Math.max(0, span.open - MAX_SENTENCE_REACH));
    const clause = this.window(start, span.open);
    const verb = clause[clause.length - 1];
    if (verb && /^(reads|read|says)$/u.test(verb.normal) && clause.length >= 3 && /^(the|a|an|its|their|his|her)$/u.test(clause[0].normal) && READ_DOCUMENTS.has(clause[1].normal) && !REPORTING_NOUNS.has(clause[1].normal) && !DOCUMENT_NOUNS.has(clause[1].normal)) return true;
    const m = INSCRIBED.exec(text.slice(Math.max(0, span.open - 60), span.open));
    if (!m) return false;
    const k = tokenAt(this.doc.tokens, span.open - m[0].length);
    const noun = this.doc.tokens[k];
    // ("left the room saying “…”": after a definite noun "saying" is the subject's own participle;
    // a thing first introduced with "a" carries the words.)
    const det = this.doc.tokens[k - 1]?.normal ?? '';
    if (!(/^(a|an)$/u.test(det) || (!/saying/u.test(m[0]) && /^(the|its|their|his|her)$/u.test(det)))) return false;
    if (!noun || noun.normal !== m[1].toLowerCase() || !noun.tags.has('Noun') || noun.tags.has('ProperNoun') || noun.tags.has('Actor') || this.coref.isPersonRole(noun)) return false;
    // ("posted a video saying “…”", "issued an ultimatum saying": a thing the subject makes or sends
    // carries the subject's words; only surfaces words are written on carry nobody's.)
    return WRITTEN_ON.has(noun.normal) || WRITTEN_ON.has(singularize(noun.normal));
  }

  /**
   * True when the last sentence of `para` has someone receive, open or read a document and ends on
   * it ("Tomas Korvane opened the letter.", "She read the note aloud.", "He was handed a card."):
   * the quotation after it is the document's text.
   */
  private readsDocument(para: Span): boolean {
    const text = this.doc.text;
    let last = para.end;
    while (last > para.start && /[\s.!?]/u.test(text[last - 1])) last--;
    const start = sentenceStartBefore(text, last, Math.max(para.start, last - MAX_SENTENCE_REACH));
    const tokens = this.window(start, last);
    let k = tokens.length - 1;
    // ("read the note aloud", "opened the letter again"): an adverb may close the sentence.
    while (k > 0 && tokens[k].tags.has('Adverb') && !tokens[k].tags.has('Noun')) k--;
    // ("opened the letter from the bank", "received a text at midnight"): one prepositional phrase
    // may follow the document.
    let at = READ_DOCUMENTS.has(tokens[k]?.normal ?? '') ? k : -1;
    for (let j = k - 1; at < 0 && j > Math.max(0, k - 5); j--) {
      if (tokens[j].tags.has('Preposition') && READ_DOCUMENTS.has(tokens[j - 1].normal) && !tokens.slice(j + 1, k + 1).some((t) => t.tags.has('Verb') || t.tags.has('Preposition'))) at = j - 1;
    }
    return at > 0 && tokens.slice(Math.max(0, at - 5), at).some((t) => READING_VERBS.test(t.normal));
  }

  /** The reporting frame of a paragraph's last sentence, when it has one ("Ruth Okoro said she was angry."). */
  private reportedSpeech(para: Span, unnamed = false): Frame | null {
    const text = this.doc.text;
    let last = para.end;
    while (last > para.start && /[\s.!?"”’)]/u.test(text[last - 1])) last--;
    const start = sentenceStartBefore(text, last, Math.max(para.start, last - MAX_SENTENCE_REACH));
    const tokens = this.outsideBrackets(this.window(start, para.end)).slice(-3 * FRAME_TOKENS);
    const v = tokens.findIndex((_, k) => this.isCue(tokens, k));
    if (v <= 0) return null;
    const resolved = this.subjectBefore(tokens, v);
    // (`unnamed`: also the frame of a source that names nobody, "A reporter asked …", "One resident said …")
    if (unnamed && resolved && resolved.mention === null && resolved.method === 'description') return { cue: tokens[v], cueText: cueText(tokens, v), resolved };
    // ("Anton Vekla has fished here for 40 years. He said the catch had halved." ⏎ “…”: a pronoun
    // subject that resolves to a person reports as the name would.)
    if (!resolved || (resolved.method !== 'named' && resolved.method !== 'pronoun') || resolved.mention === null || this.mentions[resolved.mention].type !== 'person') return null;
    return { cue: tokens[v], cueText: cueText(tokens, v), resolved };
  }

  /**
   * The person that the last sentence of `para` has as the subject of its main clause, when that
   * sentence holds no reporting verb and no quotation: "She shakes her head." / "Asked about it,
   * she laughs." / "Ana Reyes shrugged." The subject is a "she"/"he" opening a clause (sentence
   * start or after a comma) or a person's name opening the sentence, and a finite verb follows it.
   */
  private personSubjectBefore(para: Span): Frame | null {
    const text = this.doc.text;
    let last = para.end;
    while (last > para.start && /[\s.!?]/u.test(text[last - 1])) last--;
    const start = sentenceStartBefore(text, last, Math.max(para.start, last - MAX_SENTENCE_REACH));
    if (/["“”„«»]/u.test(text.slice(start, para.end))) return null;
    const tokens = this.window(start, para.end).slice(0, 3 * FRAME_TOKENS);
    if (!tokens.length) return null;
    // (a verb of saying after the subject makes it a frame, read by the rules for frames; "Asked
    // whether …," before it only opens the sentence)
    const saysAfter = (k: number) => tokens.some((_, j) => j > k && this.isCue(tokens, j));
    // (an action of the person's own: "Ana Reyes was arrested." or "is 54" says nothing she did, and a
    // quote after it may be anybody's about her)
    // ("Tomas Korvane had a message for the buyers." ⏎ “…”: "have" with a noun of saying as its
    // object, directed at someone or ending the sentence, is an act of saying; "X has 40 employees"
    // and "X had a letter from the bank" are not.)
    const hasWords = (t: Token) => {
      const at = tokens.indexOf(t);
      if (!/^(has|had)$/u.test(t.normal)) return false;
      const noun = tokens.slice(at + 1, at + 5).findIndex((x) => REPORTING_NOUNS.has(x.normal));
      const after = tokens[at + 2 + noun];
      return noun >= 0 && (/[.!?:]/u.test(tokens[at + 1 + noun].post) || /^(for|to|about|on)$/u.test(after?.normal ?? ''));
    };
    // ("Her neighbour, X, was luckier." / "X was furious.": a copula with an adjective of mood or
    // fortune, not a participle or an age, says how the person took it, and the quote after is theirs.)
    const moodAfter = (t: Token) => {
      const at = tokens.indexOf(t);
      let a = tokens[at + 1];
      if (a && /^(less|more|very|so|not|far|much|still|even)$/u.test(a.normal)) a = tokens[at + 2];
      return a !== undefined && a.tags.has('Adjective') && !a.tags.has('Value') && !/(?:ed|en)$/u.test(a.normal) && /[.!?]/u.test(a.post) && a.start > t.start;
    };
    const finite = (t: Token | undefined) => t !== undefined && (hasWords(t) || (/^(was|is)$/u.test(t.normal) && moodAfter(t)) || (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !/^(was|were|is|are|has|had|have|be|been)$/u.test(t.normal) && (t.tags.has('PastTense') || t.tags.has('PresentTense'))));
    // ("Pavel Ostrov died on Tuesday." ⏎ “…”: a person whose death or disappearance the sentence
    // reports did not answer it; the quote after is most often a tribute, anybody's about them.)
    const endsLife = (k: number) => ENDS_LIFE.test(tokens[k]?.normal ?? '') || (/^(passed|went)$/u.test(tokens[k]?.normal ?? '') && /^(away|missing)$/u.test(tokens[k + 1]?.normal ?? ''));
    for (let k = 0; k < tokens.length - 1; k++) {
      const t = tokens[k];
      if (k > 0 && !/,/u.test(tokens[k - 1].post)) continue;
      if (/^(he|she)$/u.test(t.normal) && t.tags.has('Pronoun') && finite(tokens[k + 1])) {
        if (saysAfter(k) || endsLife(k + 1)) return null;
        const resolved = this.coref.resolvePhrase([t], 'before-cue');
        if (resolved?.mention != null && this.mentions[resolved.mention].type === 'person') return { cue: null, cueText: null, resolved };
        return null;
      }
    }
    // (the name opens the sentence, or its main clause after an opening phrase: "Asked about the fine, Ana Reyes laughs.")
    const comma = tokens.findIndex((t, j) => j < 12 && /,/u.test(t.post));
    for (const k of [0, comma >= 0 ? comma + 1 : -1]) {
      if (k < 0 || k >= tokens.length) continue;
      const m = this.coref.firstMentionAt(tokens[k].start);
      const named = this.mentions[m];
      if (named && named.start === tokens[k].start && named.type === 'person') {
        let after = tokens.findIndex((t) => t.start >= named.end);
        // ("Tomas Korvane, a volunteer, nodded.", "X, 54, shrugged.": an appositive between commas
        // after the name may stand before a gesture that goes with speech; not before any other
        // verb, "X, 71, died in hospital.", "X, the mayor, resigned.", "X, the mayor, seemed
        // furious.", nor with a second person in the sentence, "X, the mayor, smiled at Y.": the
        // quote after may be anybody's about them.)
        let apposed = false;
        if (after > 0 && /^\s*,/u.test(text.slice(named.end, named.end + 2))) {
          const close = tokens.findIndex((t, j) => j >= after && j <= after + 6 && /,/u.test(t.post));
          if (close >= 0) [after, apposed] = [close + 1, true];
        }
        const sentenceEnd = tokens[tokens.length - 1].end;
        const another = apposed && this.coref.mentionsIn(named.end, sentenceEnd).some((i) => i !== m && this.mentions[i].type === 'person');
        if (apposed && (!GESTURE_VERBS.has(tokens[after]?.normal ?? '') || another)) continue;
        if (after > 0 && finite(tokens[after]) && !saysAfter(after - 1) && !endsLife(after)) return { cue: null, cueText: null, resolved: { mention: m, method: 'named', source: { start: named.start, end: named.end } } };
      }
    }
    return null;
  }

  /** True when two person mentions name one person: the same name, or one a single word ending the other. */
  private sameName(a: number, b: number | null): boolean {
    return b !== null && sameNameForm(this.mentions[a].name, this.mentions[b].name);
  }

  /**
   * True when the last sentence of `para`, outside quotations, opens with a plural noun for people
   * as its subject, after an article or a possessive at most: "His critics disagree.", "Residents
   * were not convinced.", "The farmers shook their heads."
   */
  private groupSubjectOfLast(para: Span): boolean {
    const text = this.doc.text;
    let last = para.end;
    while (last > para.start && /[\s.!?]/u.test(text[last - 1])) last--;
    const start = sentenceStartBefore(text, last, Math.max(para.start, last - MAX_SENTENCE_REACH));
    if (/["“”„«»]/u.test(text.slice(start, para.end))) return false;
    const tokens = this.window(start, para.end).slice(0, 6);
    let k = /^(the|his|her|its|their|many|some|most|other)$/u.test(tokens[0]?.normal ?? '') ? 1 : 0;
    if (tokens[k] && tokens[k].tags.has('Adjective') && !tokens[k].tags.has('Noun')) k++;
    const noun = tokens[k];
    const verb = tokens[k + 1];
    return !!noun && !!verb && noun.tags.has('Plural') && (noun.tags.has('Actor') || this.coref.isPersonRole(noun)) && verb.tags.has('Verb');
  }

  /** "And from the chair, Jo Pike:" ⏎ “…”: the quote opens its paragraph and the paragraph before ends with a colon. */
  private paragraphIntroduction(span: QuoteSpan): Frame | null {
    const para = paragraphAt(this.doc, span.open);
    if (!para || span.open - para.start > 4 || this.doc.text.slice(para.start, span.open).trim() !== '') return null;
    const prev = this.previousParagraph(para);
    if (!prev || !/:\s*$/u.test(this.doc.text.slice(prev.start, prev.end))) return null;
    const start = sentenceStartBefore(this.doc.text, prev.end, Math.max(prev.start, prev.end - MAX_SENTENCE_REACH));
    const tokens = this.window(start, prev.end).slice(-3 * FRAME_TOKENS);
    return tokens.length ? this.frameBefore(tokens) : null;
  }

  /**
   * The delayed identification of a lede: "An Orsa florist says she is “two hard frosts” from
   * giving up …" ⏎ "Mira Tolvane, who runs Petal Florist, said …". A quote whose frame
   * before it has an indefinite description as its subject ("A …"), in a story that names no person
   * before that sentence (bylines aside), is the words of the person the next paragraph opens with,
   * a name followed by a comma, when that paragraph's first sentence repeats a word of the
   * description ("florist", "director", "freight"). Null otherwise: an unnamed source later in a story
   * ("A woman who lives nearby said …") is someone the story does not name.
   */
  private delayedIdentification(span: QuoteSpan, frame: Frame): Frame | null {
    const text = this.doc.text;
    if (!frame.cue || !frame.resolved || frame.resolved.mention !== null || frame.resolved.method !== 'description') return null;
    let start = sentenceStartBefore(text, frame.cue.start, Math.max(0, frame.cue.start - MAX_SENTENCE_REACH));
    // (after a dateline: "ORSA, May 9 (Vekwire) - An ex-director of …")
    const dateline = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,[^-—–]{0,40}\s[-—–]{1,2}\s+/u.exec(text.slice(start, frame.cue.start));
    if (dateline) start += dateline[0].length;
    const subject = text.slice(start, frame.cue.start);
    if (!/^\s*An?\s/u.test(subject)) return null;
    if (this.firstPersonStart() < start) return null;
    const para = paragraphAt(this.doc, span.open);
    const next = para ? this.nextParagraph(para) : null;
    if (!next) return null;
    const opening = /^\s*/u.exec(text.slice(next.start, next.start + 10))![0].length + next.start;
    const i = this.coref.firstMentionAt(opening);
    const m = this.mentions[i];
    if (!m || m.start !== opening || m.type !== 'person' || !/^\s*,/u.test(text.slice(m.end, m.end + 3))) return null;
    const words = (s: string) => new Set((s.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !LEDE_FUNCTION_WORDS.has(w)));
    const described = words(subject);
    const rest = words(text.slice(m.end, sentenceEndAfter(text, m.end, next.end)));
    if (![...described].some((w) => rest.has(w))) return null;
    return { cue: frame.cue, cueText: frame.cueText, resolved: { mention: i, method: 'description', source: { start: start + /^\s*/u.exec(subject)![0].length, end: frame.cue.start } } };
  }

  private firstPerson: number | null = null;

  /** Where the story first names a person outside quotations and bylines (Infinity when it names none); computed once. */
  private firstPersonStart(): number {
    if (this.firstPerson === null) {
      const m = this.mentions.find((x) => x.type === 'person' && !this.insideQuote(x.start) && !this.coref.inByline(x));
      this.firstPerson = m ? m.start : Infinity;
    }
    return this.firstPerson;
  }

  private nextParagraph(para: Span): Span | null {
    const i = paragraphIndexAt(this.doc, para.start);
    return i >= 0 ? (this.doc.paragraphs[i + 1] ?? null) : null;
  }

  /** The quote's paragraph when nothing but punctuation stands in it beside the quote. */
  private paragraphOnly(span: QuoteSpan): Span | null {
    const para = paragraphAt(this.doc, span.open);
    // (bounded: only a few characters may stand beside the quote, so a long line is never scanned)
    if (!para || span.open - para.start > 4 || para.end - span.close > 5) return null;
    const outside = this.doc.text.slice(para.start, span.open) + this.doc.text.slice(Math.min(span.close + 1, para.end), para.end);
    return /^[\s"“”„«».,!?…]*$/u.test(outside) ? para : null;
  }

  private previousParagraph(para: Span): Span | null {
    const i = paragraphIndexAt(this.doc, para.start);
    return i > 0 ? this.doc.paragraphs[i - 1] : null;
  }

  /** The last speech quotation that ends in a paragraph (it may have opened in an earlier one). */
  private lastQuoteIn(para: Span, before: number, done: AttributedQuote[]): number | null {
    for (let i = before - 1; i >= 0; i--) {
      const s = this.spans[i];
      if (s.close < para.start) return null;
      if (s.open < para.end && done[i].kind === 'speech') return i;
    }
    return null;
  }

  private sameParagraph(a: Span, b: Span): boolean {
    return !/[\r\n]/u.test(this.doc.text.slice(a.end, b.start));
  }

  /** The person the quote's sentence opens with ("Ms. Ruiz …", "Mayor Ruiz …", "She …"). */
  private sentenceSubject(span: QuoteSpan): { mention: number; source: Span } | null {
    const text = this.doc.text;
    const start = sentenceStartBefore(text, span.open, Math.max(0, span.open - MAX_SENTENCE_REACH));
    const tokens = this.window(start, span.open);
    const opening = sentenceOpening(tokens);
    const resolved = opening.length ? this.coref.resolvePhrase(opening, 'before-cue') : null;
    if (resolved && resolved.mention !== null && this.mentions[resolved.mention].type === 'person') return { mention: resolved.mention, source: resolved.source };
    // "After the case closed, Chief Ana Ruiz extended an invitation, “…”": the person a finite verb follows.
    for (let k = 0; k + 1 < tokens.length; k++) {
      const m = this.coref.mentionEndingAt(tokens[k].end);
      const verb = tokens[k + 1];
      if (m !== null && this.mentions[m].type === 'person' && verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('PresentTense')) && !verb.tags.has('Gerund') && !verb.tags.has('Auxiliary')) {
        return { mention: m, source: { start: this.mentions[m].start, end: this.mentions[m].end } };
      }
    }
    return null;
  }
}

/** The opening noun phrase of a sentence: titles, determiners and a name, up to the first verb or comma. */
function sentenceOpening(tokens: Token[]): Token[] {
  const out: Token[] = [];
  // "During the keynote, Ana Ruiz …", "In her letter, she …": an opening adverbial up to its comma is skipped.
  let from = 0;
  while (from < tokens.length && (tokens[from].tags.has('Preposition') || /^(after|before|when|while|as|following|despite|during|in|on|at)$/u.test(tokens[from].normal))) {
    let comma = from;
    while (comma < tokens.length && !/,/u.test(tokens[comma].post)) comma++;
    if (comma >= tokens.length - 1) break;
    from = comma + 1;
  }
  for (const t of tokens.slice(from)) {
    if (t.tags.has('Verb') && !t.tags.has('ProperNoun')) break;
    out.push(t);
    if (/[,;:]/u.test(t.post) || out.length >= 6) break;
  }
  return out;
}

/**
 * True when a segment between commas opens with a relative pronoun, after an optional "and"
 * ("who played for Tolvik", "whose coach Tomas Lind retired", "and whom no one accused"):
 * English grammar's non-restrictive relative clause, whose names are never the sentence's subject.
 */
function opensRelativeClause(seg: readonly Token[]): boolean {
  return /^(?:who|whom|whose|which)$/u.test(seg[seg[0]?.normal === 'and' ? 1 : 0]?.normal ?? '');
}

/** The tokens of a phrase up to a clause boundary ("said Ana Ruiz, who …" → "Ana Ruiz,"). */
function untilClause(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t, i) => i > 0 && RELATIVE_BOUNDARIES.has(t.normal));
  return at < 0 ? tokens : tokens.slice(0, at);
}

/** The tokens of a phrase up to its n-th comma: "said Ana Ruiz, the coach, on Monday" → up to "the coach". */
function untilComma(tokens: Token[], commas: number): Token[] {
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (/[,;:]/u.test(tokens[i].post) && ++seen >= commas + 1) return tokens.slice(0, i + 1);
    if (CLAUSE_BOUNDARIES.has(tokens[i].normal) && i > 0) return tokens.slice(0, i);
  }
  return tokens;
}

function cueText(tokens: Token[], v: number): string {
  return tokens[v].normal === 'pointed' || tokens[v].normal === 'points' ? `${tokens[v].normal} out` : tokens[v].normal;
}

// A charge's noun or verb and its "of"/"with" right before a quotation: the wording of an offence.
const CHARGE_BEFORE = /\b(?:charges?|counts?|accused|charged|convicted|guilty|acquitted|cleared|suspected|allegations?|accusations?|offences?|offenses?)\s+(?:of|with)\s*$/iu;

// A sentence that points back at the quotation before it as someone's words: "That was the message
// from", "Those were the words of", "Such is the view of". The nouns of saying are REPORTING_NOUNS'.
const POINTING_BACK = new RegExp(`^\\s+(?:that|this|those|these|such)\\s+(?:was|were|is|are|has been|had been)\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${[...REPORTING_NOUNS].join('|')})\\s+(?:from|of|by)\\s+`, 'iu');
const POINTING_HOW = /^\s+(?:that|this)\s+(?:was|is)\s+how\s+/iu;
// Surfaces words are written or printed on, whose words are nobody's speech: "a banner reading “…”".
const WRITTEN_ON = new Set(['banner', 'sign', 'placard', 'poster', 'plaque', 't-shirt', 'shirt', 'badge', 'sticker', 'mug', 'cap', 'hat', 'billboard', 'board', 'noticeboard', 'notice', 'graffiti', 'mural', 'flag', 'headline', 'slogan', 'tattoo', 'wall', 'cake', 'sash', 'scarf', 'wristband', 'bumper']);
// A noun, then the verb that introduces what is written on it: "a banner reading", "a sign that reads:".
const INSCRIBED = /(?<![\p{L}-])(\p{L}[\p{L}-]*)\s+(?:(?:that|which)\s+(?:reads?|said|says)|reading|saying)\s*[,:]?\s*$/u;
// A letter's salutation: "Dear Sir,", "Dear Ms Vekla,", "To whom it may concern".
// ("Dear God, what have we done?", "Dear Lord," are exclamations.)
const SALUTATION = /^(?:(?:my\s+)?dear(?:est)?\s+(?!(?:God|Lord|Jesus|Heaven|Christ)\b)\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*[,:!]|to whom it may concern)/iu;
// Verbs of getting or reading a document (its reader is not its writer): "opened the letter", "read the note".
// ("She got the text at 3am." ⏎ “I knew straight away …” may go on an interview, or give the
// text's words: a careful reader cannot tell, so the quote after it has no speaker.)
const READING_VERBS = /^(?:open|opens|opened|opening|read|reads|reading|receive|receives|received|unfold|unfolds|unfolded|find|finds|found|handed|shown|showed|get|gets|got|pick|picked)$/u;
// Verbs in the past that say who put out a document of saying: "the statement the union released"
// ("put" with its "out"). A carrier or a drafter is not the author: "the letter the courier delivered", "the speech the speechwriter drafted", "the statement he read" give nobody.
const ISSUING_VERBS = new Set(['released', 'issued', 'sent', 'wrote', 'published', 'signed', 'posted', 'circulated', 'distributed', 'put']);

// Documents one person sends another, beside the nouns of saying ("a note from her landlord: “…”").
const DOCUMENT_NOUNS = new Set(['note', 'notes', 'email', 'emails', 'e-mail', 'memo', 'text', 'texts', 'telegram', 'card', 'postcard']);

// Documents whose text a quotation can be: the nouns of written saying and these ("the letter", "the sign").
const READ_DOCUMENTS = new Set([...DOCUMENT_NOUNS, 'letter', 'message', 'post', 'statement', 'tweet', 'letters', 'messages', 'sign', 'notice', 'placard', 'banner', 'poster', 'plaque', 'inscription', 'envelope']);
// Words that open a clause inside a noun phrase after the cue ("said Ana Ruiz, who …"); "and" does not ("the vice president and chairman").
// ("said the 61-year-old, whose son, Tolvane Ires, was jailed": a person named in a "whose" clause is
// someone related to the speaker, not the speaker.)
// The verbs of perceiving (hearing, seeing) and of memory, the forms the three patterns below read.
const SENSE_VERBS = 'heard|hear|hears|saw|see|sees|watched';
const MEMORY_VERBS = 'remember|remembers|remembered|recall|recalls|recalled';
/** A verb of hearing, seeing or memory, its object (1: the verb and space; 2: the object) and an -ing form (3) right before a quotation, a colon or comma at most between. */
const PERCEIVED_VOICE = new RegExp(String.raw`\b((?:${SENSE_VERBS}|${MEMORY_VERBS})\s+)((?:(?!(?:and|or|that|to|then)\s)(?!\S*ing\s)\S+\s+){0,3}?(?!\S*ing\s)\S+)\s+(\p{Ll}+ing)\s*[:,]?\s*$`, 'u');
/**
 * A verb of hearing or seeing, its object (1: the verb and space; 2: the object), an -ing form (3),
 * up to 60 code points with no comma or sentence mark, then a comma and another -ing form (4) right
 * before a quotation ("saw her son running towards the gate, calling:"). Memory verbs are left out:
 * "recalled X working at the mill, saying:" is most often the one who recalls.
 */
const PERCEIVED_LATER = new RegExp(String.raw`\b((?:${SENSE_VERBS})\s+)((?:(?!(?:and|or|that|to|then)\s)(?!\S*ing\s)[^\s,;:.]+\s+){0,3}?(?!\S*ing\s)[^\s,;:.]+)\s+(\p{Ll}+ing)\b[^.!?;:,“”"]{0,60},\s*(\p{Ll}+ing)\s*[:,]?\s*$`, 'u');
/** The -ing forms of the verbs of the manner of speaking ("yelling", "whispering", "pleading"); the reporting verbs' are read by `reportingLemma`. */
const SPEAKING_PARTICIPLES = new Set(MANNER_OF_SPEAKING_VERBS.flatMap((lemma) => inflect(lemma).filter((form) => form.endsWith('ing'))));
/** The same with two objects joined by "and" ("heard X and his wife arguing:"), the second opening with a determiner or a capital; 1: the -ing form. */
const PERCEIVED_PAIR = new RegExp(String.raw`\b(?:${SENSE_VERBS}|${MEMORY_VERBS})\s+(?:[^\s,;:]+\s+){1,3}?and\s+(?:his|her|their|the|a|an|\p{Lu}[^\s,;:]*)(?:\s+[^\s,;:]+){0,2}?\s+(\p{Ll}+ing)\s*[:,]?\s*$`, 'u');
/** A reduced "asked" right before a quotation: opening its sentence or after "when"/"if"/…, then a colon or nothing. */
const REDUCED_ASKED = /(?:^|[.!?…]["”’)]?\s+|[\r\n]\s*|\b(?:when|if|once|after|before|as)\s+)asked\s*:?\s*$/iu;
/** Verbs that report a person's death or disappearance (the simple past and present), not anything they did. */
const ENDS_LIFE = /^(?:died|dies|drowned|drowns|perished|perishes|succumbed|succumbs|disappeared|disappears|vanished|vanishes)$/u;
const RELATIVE_BOUNDARIES = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'since', 'when', 'while', 'if', 'although', 'though', 'as']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'also', 'then', 'later', 'again', 'today', 'yesterday', 'once', 'previously', 'earlier']);
const CLAUSE_BOUNDARIES = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'since', 'after', 'before', 'when', 'while', 'if', 'although', 'though', 'as', 'and', 'but']);

// Function words of five letters or more, which say nothing about who a description is.
const LEDE_FUNCTION_WORDS = new Set(['about', 'above', 'after', 'again', 'against', 'among', 'before', 'being', 'below', 'between', 'could', 'during', 'every', 'other', 'should', 'their', 'there', 'these', 'those', 'through', 'under', 'until', 'where', 'which', 'while', 'would']);

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// Words that name what follows them: “commonly called “apps””, “dubbed “Keygate””, “a case, or “bumper””, “the so-called”,
// “a nickname: “The Yard””. (“what she calls “ice song””: a naming verb in the present, right before
// the quote, gives the name someone uses for a thing all along, not words said on one occasion; it
// stays out of NAMING_VERB, so it is nobody's speech.)
const NAMING_BEFORE = /(?:\b(?:calls|dubs|terms|nicknames|called|dubbed|named|nicknamed|termed|titled|entitled|branded|labell?ed|known as|so-called|the (?:word|words|term|phrase|name|slogan|label|hashtag|title))(?:\s+(?:a|an|the))?|,\s*or)\s*$/iu;
// "the bakery has a nickname now: “The Oven”": a colon after "name" names only a short quote that ends no
// sentence and no clause ("would give only a first name: “Call me Tom,” he said" is speech).
const NAMING_COLON = /\b(?:name|nickname)(?:\s+of\s+(?:its|their|his|her|our)\s+own)?\s*:\s*$/iu;
// The naming verbs whose subject coins the name: "what he called a “New Deal”" is his term.
const NAMING_VERB = /\b(called|dubbed|termed|nicknamed|branded|labell?ed)(?:\s+(?:a|an|the))?\s*$/iu;
// Words after a quotation that show it is not a premodifier of a noun ("the “best” of them", "a “good” one").
const FUNCTION_WORDS = /^(?:of|to|for|in|on|at|by|with|from|and|or|but|is|are|was|were|be|been|that|which|who|as|than|would|will|could|should|can|may|might|has|have|had|it|he|she|they|we|one|ones|said|says|when|while|if|because|so|not|also|then|now)$/u;
// Small words that a title may hold in lower case ("Gone with the Wind", "Office of the Future").
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|and|or|for|in|on|at|to|by|with|from|de|la|le|del|van|von)$/u;

/**
 * Rule 0: a quotation is a term — a scare quote, a name, a title — when the words before it name it
 * ("dubbed “Keygate”", "the word “crisis”") or when it is a short run of capitalised words with
 * no sentence end ("the “Lion” release", "her favourite film is “The Long Road”").
 */
export function isTerm(text: string, span: QuoteSpan, prev?: QuoteSpan): boolean {
  return termKind(text, span, prev) !== null;
}

/** Which rule-0 reading makes the quotation a term: a naming word before it, a quoted modifier of a noun, a title; null for none. */
export function termKind(text: string, span: QuoteSpan, prev?: QuoteSpan): 'named' | 'modifier' | 'title' | null {
  const inner = text.slice(span.start, span.end).replace(/[,;:]$/u, '').trim();
  if (NAMING_BEFORE.test(text.slice(Math.max(0, span.open - 24), span.open))) return 'named';
  const raw = text.slice(span.start, span.end).trim();
  if (NAMING_COLON.test(text.slice(Math.max(0, span.open - 24), span.open)) && !/[,.;:!?…]$/u.test(raw) && raw.split(/\s+/u).length <= 4) return 'named';
  // the “point” release, a “deferred termination” package: quoted words that modify a noun name a thing.
  if (/^\s+\p{Ll}+\b/u.test(text.slice(span.close + 1, span.close + 20)) && !/[,.;:!?…]$/u.test(inner) && inner.split(/\s+/u).length <= 3) {
    const after = /^\s+(\p{Ll}+)/u.exec(text.slice(span.close + 1, span.close + 30))![1];
    const determiner = /\b(?:the|a|an|its|their|his|her|our|this|that|first|new)\s*$/iu.test(text.slice(Math.max(0, span.open - 12), span.open));
    if (determiner && !FUNCTION_WORDS.test(after)) return 'modifier';
  }
  // “positive”, “Frank” and “very substantial”: a word in a list of quoted words is one of them, not a name.
  if (prev && /^[\s,]*(?:and|or)?\s*$/u.test(text.slice(prev.close + 1, span.open))) return null;
  const words = inner.split(/\s+/u).filter(Boolean);
  if (!words.length || words.length > 6 || /[.!?…]$/u.test(inner)) return null;
  // The first word of a sentence is capitalised anyway: a quote after a colon or opening a paragraph is a quotation.
  if (/[:]\s*$/u.test(text.slice(Math.max(0, span.open - 3), span.open))) return null;
  // (“Never,” he said. / “Tomorrow,” said Ana Vekla.: a short reply whose comma stands inside the
  // marks, with a verb of saying right after them, is a quotation, capitalised as a sentence is.)
  if (/,$/u.test(raw) && replyFrameAfter(text, span.close)) return null;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w));
  const title = capitalised.length >= 1 && words.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w) || TITLE_SMALL_WORDS.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0]) && !/^(?:I|We|You|He|She|It|They|This|That|No|Yes|Not)$/u.test(words[0]);
  return title ? 'title' : null;
}

/** True when one of the first three words after the closing mark at `close` (code points) is a lower-case verb of saying ("he said", "said X", "Ana Vekla replied"). */
/**
 * "Ana Vekla sang “We Shall Meet Again” at the rally": a quotation of three words or more whose words
 * are all capitalised (the small words of titles aside), in a sentence that has lower-case words
 * outside it, is written in the capitalisation of titles (headline style), so it names a work, not
 * words spoken; an opening pronoun ("We", "I") does not make it speech. (A headline is capitalised
 * throughout, so a quote in one, “We Will Not Pay”, is left to the frames.)
 */
function titleCasedInProse(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.start, span.end).replace(/[,;:]$/u, '').trim().split(/\s+/u).filter(Boolean);
  if (words.length < 3 || words.length > 12 || /[.!?…]$/u.test(words[words.length - 1])) return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.test(w))) return false;
  if (words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length < 2) return false;
  const start = sentenceStartBefore(text, span.open, Math.max(0, span.open - MAX_SENTENCE_REACH));
  const end = sentenceEndAfter(text, span.close + 1, span.close + 1 + MAX_SENTENCE_REACH);
  const outside = `${text.slice(start, span.open)} ${text.slice(span.close + 1, end)}`;
  return (outside.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).filter((w) => !TITLE_SMALL_WORDS.test(w)).length >= 2;
}

function replyFrameAfter(text: string, close: number): boolean {
  const words = text.slice(close + 1, close + 60).split(/[^\p{L}’'-]+/u).filter(Boolean).slice(0, 3);
  return words.some((w) => /^\p{Ll}/u.test(w) && reportingLemma(w) !== null);
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
