// Markdown → the prose a reader sees, with a map back into the file.
// micromark parses (CommonMark, GFM tables/footnotes/strikethrough/autolinks,
// front matter) into an mdast tree with positions; this module keeps only the
// text of prose:
//   - kept: paragraphs, headings, list items, block quotes, table cells,
//     footnote definitions, and the text of links and emphasis;
//   - dropped: code blocks and inline code, HTML (block and inline tags; the
//     text between inline tags stays), images (their alt text is often a file
//     name or a caption stub: "![Photo of X](img/x.jpg)"), link URLs and bare
//     URLs (autolinks), link definitions, footnote markers, front matter;
//   - each block, each table cell and each hard break ends a line (the
//     segmenter reads one paragraph per line); soft line breaks inside a
//     paragraph are spaces, so a wrapped paragraph stays one paragraph;
//   - backslash escapes and character references are decoded ("AT&amp;T" → "AT&T").
// Every UTF-16 unit of the text maps to an index in the file (offsetMap), so
// citations give the .md file's own line, column and characters.
// Front matter (a first-line "---" … "---"/"..." YAML block, or "+++" … "+++"
// TOML) is metadata: no facts come from it; its `date` is the reference date.
//
// micromark's inline parsing is quadratic in the length of one paragraph in
// the worst case (80 KB of "[a]" lines with no blank line: 15 s), and its
// tree transforms recurse (10,000 nested "> " overflow the stack). A file with
// a run of non-blank lines longer than MAX_PARAGRAPH, or one the parser cannot
// finish, is read as plain text instead, its front matter blanked in place.
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter, type Options as FrontmatterOptions } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { isoDatePart } from './dates.ts';
import { TextBuilder } from './offset-text.ts';

export interface MarkdownText {
  /** The prose, one block per line; or, read as plain text, the file with its front matter blanked. */
  text: string;
  /** Index in `text` (0..text.length inclusive) → UTF-16 index in the file; absent when `text` is aligned with the file. */
  offsetMap?: Uint32Array;
  refDate: string | null;
  /** Whether the file was parsed as Markdown (false: read as plain text, see MAX_PARAGRAPH). */
  parsed: boolean;
}

/** Characters in one run of non-blank lines (one paragraph at most) that the parser is given. */
export const MAX_PARAGRAPH = 32_768;

// Pandoc and Jekyll also close YAML front matter with "...".
const MATTERS: FrontmatterOptions = ['yaml', 'toml', { type: 'yaml', fence: { open: '---', close: '...' } }];

// Not prose. "definition" is "[id]: http://…"; "footnoteReference" is the "[^1]" marker.
const DROPPED = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'footnoteReference', 'yaml', 'toml', 'thematicBreak']);
// Each of these is a line of its own in the text.
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'footnoteDefinition', 'break']);

// "&amp;", "&#8217;", "&#x1F680;", "&eacute;": a character reference, decoded into one character of the text.
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/uy;
const SPACE = /\s/u;

/**
 * @param source the file's decoded text
 * @returns the prose with its offset map (UTF-16 units both ways), and the front matter's date
 */
export function readMarkdown(source: string): MarkdownText {
  if (longestRun(source) <= MAX_PARAGRAPH) {
    try {
      return parseMarkdown(source);
    } catch {
      // Too deeply nested for the parser's recursion: plain text below.
    }
  }
  return plainMarkdown(source);
}

function parseMarkdown(source: string): MarkdownText {
  const tree: Root = fromMarkdown(source, {
    extensions: [frontmatter(MATTERS), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(MATTERS), gfmFromMarkdown()],
  });
  const out = new TextBuilder();
  let refDate: string | null = null;
  // Where the last character taken from the file ended. The GFM autolink transform splits
  // text nodes into new nodes without positions ("see https://x.org now"): those are
  // looked for from here, up to the end of the nearest ancestor that has a position.
  let cursor = 0;

  const visit = (node: Nodes, limit: number): void => {
    // mdast's types know "yaml" only; the front matter extension also makes "toml".
    const type: string = node.type;
    if (type === 'yaml' || type === 'toml') {
      const lines = (node as { value: string }).value.split(/\r?\n|\r/u);
      if (node.position?.start.offset === 0) refDate ??= dateKey(lines, type === 'toml' ? '=' : ':');
      return;
    }
    const from = Math.max(cursor, node.position?.start.offset ?? cursor);
    const to = node.position?.end.offset ?? limit;
    if (DROPPED.has(node.type) || (node.type === 'link' && isBareUrl(node))) {
      // "<https://example.com>" and bare "https://example.com": the URL is not prose either.
      if (node.position) cursor = Math.max(cursor, to);
      else if (node.type === 'link' && node.children[0]?.type === 'text') cursor = skipPast(source, node.children[0].value, from, to);
      return;
    }
    const block = BLOCKS.has(node.type);
    if (block) out.lineBreak();
    if (node.type === 'text') cursor = addText(out, source, node.value, from, to);
    else if ('children' in node) for (const child of (node as Parents).children) visit(child, to);
    if (block) out.lineBreak();
  };
  visit(tree, source.length);
  const { text, offsetMap } = out.finish();
  return { text, offsetMap, refDate, parsed: true };
}

/**
 * The longest run of lines with no blank line between them, in UTF-16 units.
 * Fenced code is not inline-parsed, so its lines count for nothing (and end a run).
 */
function longestRun(source: string): number {
  let longest = 0;
  let run = 0;
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim()) fence = null;
    } else if (marker) {
      [fence, run] = [marker, 0];
    } else if (/^[ \t]*\r?$/u.test(line)) {
      run = 0;
    } else {
      run += line.length + 1;
      longest = Math.max(longest, run);
    }
  }
  return longest;
}

/** The file as plain text, the front matter blanked to spaces so that offsets, lines and columns stay the file's. */
function plainMarkdown(source: string): MarkdownText {
  const block = frontMatter(source);
  if (!block) return { text: source, refDate: null, parsed: false };
  // No u flag: one space per UTF-16 unit, so an emoji (two units) keeps its width.
  const text = source.slice(0, block.end).replace(/[^\r\n]/g, ' ') + source.slice(block.end);
  return { text, refDate: dateKey(block.lines, block.fence === '+++' ? '=' : ':'), parsed: false };
}

interface FrontMatter {
  fence: '---' | '+++';
  /** The lines between the fences. */
  lines: string[];
  /** Offset just after the closing fence line's own characters. */
  end: number;
}

/** The same blocks as MATTERS, found without the parser. */
function frontMatter(source: string): FrontMatter | null {
  const first = lineAt(source, 0);
  const fence = first.text.trimEnd();
  if ((fence !== '---' && fence !== '+++') || first.next >= source.length) return null;
  const closers = fence === '---' ? ['---', '...'] : ['+++'];
  const lines: string[] = [];
  for (let at = first.next; at < source.length; ) {
    const line = lineAt(source, at);
    if (closers.includes(line.text.trimEnd())) return { fence, lines, end: at + line.text.length };
    lines.push(line.text);
    at = line.next;
  }
  return null; // Never closed: a thematic break ("---") at the top, not front matter.
}

/** The line starting at `at` (without its break) and where the next one starts. */
function lineAt(source: string, at: number): { text: string; next: number } {
  const nl = source.indexOf('\n', at);
  const end = nl < 0 ? source.length : nl;
  const text = source.slice(at, end);
  return { text: text.endsWith('\r') ? text.slice(0, -1) : text, next: nl < 0 ? source.length : nl + 1 };
}

function isBareUrl(node: Extract<Nodes, { type: 'link' }>): boolean {
  const [only] = node.children;
  if (node.children.length !== 1 || only.type !== 'text') return false;
  const url = node.url.replace(/^mailto:/u, '');
  return only.value === url || only.value === node.url || `http://${only.value}` === url;
}

/**
 * A text node's characters, each mapped to where it is in the file. The node's
 * value is its source span minus markup (escape backslashes, container prefixes
 * such as "> " on continuation lines, indentation), with character references
 * decoded: so each character is the next equal source character, or the next
 * reference. White space only separates words: it needs no place of its own.
 */
function addText(out: TextBuilder, source: string, value: string, from: number, to: number): number {
  let at = from;
  for (let i = 0; i < value.length; ) {
    const pair = value.charCodeAt(i) >= 0xd800 && value.charCodeAt(i) <= 0xdbff && i + 1 < value.length ? 2 : 1;
    const ch = value.slice(i, i + pair);
    i += pair;
    if (SPACE.test(ch)) {
      out.space();
      continue;
    }
    let found = -1;
    let end = -1;
    for (let p = at; p < to; p++) {
      if (source.startsWith(ch, p)) {
        [found, end] = [p, p + ch.length];
        break;
      }
      REFERENCE.lastIndex = p;
      const ref = source[p] === '&' ? REFERENCE.exec(source) : null;
      if (ref && ref.index + ref[0].length <= to) {
        [found, end] = [p, p + ref[0].length];
        break;
      }
    }
    // Not found (a reference that decodes to two characters): keep it where the last one ended.
    if (found < 0) [found, end] = [at, at];
    out.char(ch, found, end);
    at = end;
  }
  return at;
}

/** Where `text` ends when it is in source[from, to), else `from`: "https://x.org" → after it. */
function skipPast(source: string, text: string, from: number, to: number): number {
  const at = source.indexOf(text, from);
  return at >= 0 && at + text.length <= to ? at + text.length : from;
}

/** A top-level `date: 2025-03-19` (YAML) or `date = 2025-03-19` (TOML); also `published`, as static-site generators write it. */
function dateKey(lines: readonly string[], separator: ':' | '='): string | null {
  let fallback: string | null = null;
  for (const line of lines) {
    const at = line.indexOf(separator);
    if (at <= 0 || /^\s/u.test(line)) continue;
    const key = line.slice(0, at).trim().replace(/^["']|["']$/gu, '').toLowerCase();
    const value = line.slice(at + 1);
    if (key === 'date') {
      const date = isoDatePart(value);
      if (date) return date;
    } else if ((key === 'published' || key === 'pubdate' || key === 'publishdate') && !fallback) {
      fallback = isoDatePart(value);
    }
  }
  return fallback;
}
