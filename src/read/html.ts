// HTML → readable text, with a map back into the file. htmlparser2 does the
// parsing (tags, raw-text elements, entities, implied closes); this module
// decides what a reader sees:
//   - script, style, noscript, template, head (title, meta), nav menus and
//     embedded SVG/MathML are dropped;
//   - block elements end a line, so that paragraphs stay separate (the
//     segmenter reads one paragraph per line);
//   - runs of white space collapse to one space, except inside <pre>;
//   - entities are decoded.
// Every UTF-16 unit of the text maps to an index in the file (offsetMap), so
// that citations point at the .html source: a decoded entity maps to the
// start of its "&…;", and whatever separates two characters in the text (a
// space, a line break, a tag) is placed so that a span's end lands right
// after its last source character and a span's start right on its first.
import { Parser } from 'htmlparser2';
import { isoDatePart } from './dates.ts';
import { TextBuilder } from './offset-text.ts';

export interface HtmlText {
  text: string;
  offsetMap: Uint32Array;
  refDate: string | null;
}

// Not prose: code, metadata, drawings, and navigation menus (lists of links).
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const PRESERVE = new Set(['pre', 'textarea', 'listing', 'plaintext']);
// Meta tags that carry the publication date, best first.
const DATE_META: [attribute: string, value: string][] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datepublished'],
];

const HTML_SPACE = /[ \t\n\f\r\u00a0]/u;

export function htmlToText(source: string): HtmlText {
  const out = new TextBuilder();
  let dropped = 0;
  let preserved = 0;
  let refDate: string | null = null;
  let refRank = DATE_META.length;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') {
          const rank = DATE_META.findIndex(([attr, value]) => attribs[attr]?.trim().toLowerCase() === value);
          const date = rank >= 0 && rank < refRank ? isoDatePart(attribs.content ?? '') : null;
          if (date) [refDate, refRank] = [date, rank];
        }
        if (DROPPED.has(name)) dropped++;
        if (PRESERVE.has(name)) preserved++;
        if (BLOCKS.has(name)) out.lineBreak();
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        if (PRESERVE.has(name)) preserved = Math.max(0, preserved - 1);
        if (BLOCKS.has(name)) out.lineBreak();
      },
      ontext(data) {
        if (dropped > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (end - start !== data.length || source.slice(start, end) !== data) {
          // One decoded entity ("&amp;" → "&"): all of it maps to the "&".
          if (HTML_SPACE.test(data) && data.length === 1) out.space();
          else out.char(data, start, end);
          return;
        }
        for (let i = 0; i < data.length; i++) {
          const ch = data[i];
          if (ch === '\n' || ch === '\r') {
            if (preserved) out.literalBreak(ch, start + i + 1);
            else out.space();
          } else if (HTML_SPACE.test(ch)) {
            out.space();
          } else {
            // A surrogate pair is one character: never split a span's edge inside it.
            const pair = ch >= '\ud800' && ch <= '\udbff' && i + 1 < data.length ? 2 : 1;
            out.char(data.slice(i, i + pair), start + i, start + i + pair);
            i += pair - 1;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(source);
  parser.end();
  const { text, offsetMap } = out.finish();
  return { text, offsetMap, refDate };
}
