// Which files are documents, and how a decoded file becomes the text the
// extractors read. The format is decided by the file name's extension alone;
// a binary that is misnamed (a PNG called "notes.txt") is caught later by its
// bytes (decode.ts), as `binary`.
import path from 'node:path';
import { htmlToText } from './html.ts';
import { readMarkdown } from './markdown.ts';

export type Format = 'text' | 'markdown' | 'html';

export const FORMATS: Record<string, Format> = {
  '': 'text',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** The format of a file from its name ("README" has none: plain text), or null when it is not read. */
export function formatOf(file: string): Format | null {
  return FORMATS[extensionOf(file)] ?? null;
}

/**
 * The extension, lower-cased: ".md"; "" for "README", ".bashrc", and for
 * names whose last dot starts no extension ("Mr. Smith's notes", "draft.2").
 */
export function extensionOf(file: string): string {
  const ext = path.posix.extname(path.posix.basename(file)).toLowerCase();
  return /^\.(?=[0-9_-]*[a-z])[a-z0-9_-]{1,12}$/u.test(ext) ? ext : '';
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS).filter(Boolean);

export interface FormattedText {
  /** What the extractors read. */
  text: string;
  /** The file's decoded text, when `text` differs from it. */
  originalText?: string;
  /** Index in `text` → index in `originalText`, when they are not aligned one to one. */
  offsetMap?: Uint32Array;
  refDate: string | null;
}

export function formatText(format: Format, decoded: string): FormattedText {
  switch (format) {
    case 'markdown': {
      const md = readMarkdown(decoded);
      // Same length, same offsets: citations still slice the file's own text.
      return md.frontMatterEnd > 0 ? { text: md.text, originalText: decoded, refDate: md.refDate } : { text: decoded, refDate: null };
    }
    case 'html': {
      const html = htmlToText(decoded);
      return { text: html.text, originalText: decoded, offsetMap: html.offsetMap, refDate: html.refDate };
    }
    default:
      return { text: decoded, refDate: null };
  }
}
