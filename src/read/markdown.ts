// Markdown: the text is the file, minus its front matter. A leading block
// between "---" lines (YAML; "..." may close it) or "+++" lines (TOML) is
// metadata, not prose: it is blanked to spaces of the same length, line
// breaks kept, so every offset, line and column of the body stays what it is
// in the file. Its `date` key, if any, is the document's reference date.
import { isoDatePart } from './dates.ts';

export interface MarkdownText {
  /** The file's text with the front matter blanked. */
  text: string;
  /** Where the front matter ends (0 when there is none). */
  frontMatterEnd: number;
  refDate: string | null;
}

export function readMarkdown(source: string): MarkdownText {
  const block = frontMatter(source);
  if (!block) return { text: source, frontMatterEnd: 0, refDate: null };
  // No u flag: one space per UTF-16 unit, so an emoji (two units) keeps its width in offsets.
  const text = source.slice(0, block.end).replace(/[^\r\n]/g, ' ') + source.slice(block.end);
  return { text, frontMatterEnd: block.end, refDate: dateKey(block.lines, block.fence === '+++' ? '=' : ':') };
}

interface FrontMatter {
  fence: '---' | '+++';
  /** The lines between the fences. */
  lines: string[];
  /** Offset just after the closing fence line's own characters. */
  end: number;
}

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
