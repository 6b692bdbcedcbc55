// Surnames opened by the elided particle "d'": "Lucie d'Orvanne", "Tomás d’Avila Neto". French,
// Italian and Portuguese write the particle "de" (or "di", "da") as "d'" before a vowel, fused to the
// capitalised word it opens, so the name runs read it as a lower-case word and cut the name there
// ("Lucie" and "Neto" apart). Places and institutions take the same form ("Musée d'Orsay", "Val
// d'Isère", "Cour d'Appel") and their kind is hard to tell, so only a person's name is joined.
import type { EntityMention } from '../../types.ts';
import { isKnownPlace } from '../gazetteer.ts';
import { EVENT_HEADS, ORGANIZATION_HEADS } from '../lexicon.ts';
import { romanceHeadType } from './romance-heads.ts';

/**
 * French words for a valley, a mountain, a coast, a wood, a volcanic peak and a headland that open a
 * place's name before "d'" ("Val d'Isère", "Mont d'Orvanne", "Côte d'Opale"); romance-heads.ts's
 * landform openers count too. Such a name is a place, never a given name and a surname.
 */
const LANDFORM_BEFORE_ELIDED = new Set(['val', 'mont', 'côte', 'cote', 'bois', 'puy', 'pointe', 'vallée', 'vallee']);

/** A capitalised word right after a name on its line: the head that may close it ("… Prize", "… Foundation"). */
const CLOSING_WORD = /^[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u;

/** " d'Orvanne", " d’Avila-Reis" right after a mention, on its line. */
const ELIDED_AFTER = /^[ \t]d['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}'’-])/u;

/** One or two capitalised words: a given name, or a given name and a middle name. */
const GIVEN_WORDS = /^\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?$/u;

/**
 * Joins a person's name, the "d'" word after it and a surname right after that into one person
 * mention: "Lucie d'Orvanne" (the given name already read as a person), "Nilsa d'Arvela Costa"
 * (given name, "d'" word and a last name: three parts that make a full name even when the given
 * name is unknown). A place or a body before "d'" ("Musée d'Orsay", "Banque d'Orvanne") and a
 * single word of no known kind with no name after stay as they were; a place is joined only when
 * the gazetteers know the whole name ("Côte d'Ivoire"). One pass over the mentions
 * in text order. Returns new mentions.
 */
export function joinElidedParticles(text: string, given: readonly EntityMention[]): EntityMention[] {
  const mentions = [...given].sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const elided = m.type === 'organization' || !GIVEN_WORDS.test(m.text) ? null : ELIDED_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!elided) { out.push(m); continue; }
    let end = m.end + elided[0].length;
    // ("Val d'Orvanne", "Mont d'Arvel": a landform opens a place's name, typed whole as a place.)
    const first = m.text.split(/[ \t]/u)[0].toLowerCase();
    if (LANDFORM_BEFORE_ELIDED.has(first) || romanceHeadType(text.slice(m.start, end)) === 'place') {
      const place = text.slice(m.start, end);
      out.push({ start: m.start, end, text: place, name: place, type: 'place', titles: [] });
      continue;
    }
    // ("Côte d'Ivoire": a place the gazetteers hold whole with its "d'" word.)
    if (m.type === 'place') {
      const place = text.slice(m.start, end);
      out.push(isKnownPlace(place) ? { ...m, end, text: place, name: place } : m);
      continue;
    }
    const next = mentions[i + 1];
    // The surname after the "d'" word: a one-word mention right after it on the same line.
    const surname = !!next && next.start === end + 1 && /^[ \t]$/u.test(text[end]) && /^\p{Lu}\p{Ll}+$/u.test(next.text);
    if (m.type !== 'person' && !surname) { out.push(m); continue; }
    // ("the Palme d'Orvane Prize", "the Pierre d'Orvelle Foundation": a body's or an event's head
    // closes the name, which is then that body or prize, typed whole, and no person.)
    const headEnd = surname ? next.end : end;
    const closing = surname ? next.text : CLOSING_WORD.exec(text.slice(end, end + 40))?.[1];
    const head = closing?.toLowerCase() ?? '';
    if (ORGANIZATION_HEADS.has(head) || EVENT_HEADS.has(head)) {
      const wholeEnd = surname ? headEnd : end + 1 + closing!.length;
      const whole = text.slice(m.start, wholeEnd);
      out.push({ start: m.start, end: wholeEnd, text: whole, name: whole, type: EVENT_HEADS.has(head) ? 'other' : 'organization', titles: [] });
      if (surname) i++;
      else if (next && next.start < wholeEnd) i++;
      continue;
    }
    if (surname) { end = next.end; i++; }
    const name = text.slice(m.start, end);
    out.push({ start: m.start, end, text: name, type: 'person', name, titles: m.titles });
  }
  return out;
}
