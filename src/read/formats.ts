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

// Documents that are not text, and a common free tool that turns each into text.
// The conversion is left to the user: a PDF's reading order or a Word file's
// tracked changes are choices we would make silently.
const CONVERTERS: Record<string, (file: string, text: string) => string> = {
  '.pdf': (file, text) => `pdftotext ${file} ${text}`,
  '.docx': (file, text) => `pandoc -t plain ${file} -o ${text}`,
  '.odt': (file, text) => `pandoc -t plain ${file} -o ${text}`,
  '.rtf': (file, text) => `pandoc -t plain ${file} -o ${text}`,
  '.epub': (file, text) => `pandoc -t plain ${file} -o ${text}`,
  '.doc': (file) => `soffice --headless --convert-to txt ${file}`,
};

/**
 * Why a file is not read, in one line: "report.pdf" → ".pdf is not a text format; convert
 * it first, e.g. `pdftotext report.pdf report.txt`, and read the .txt".
 */
export function unsupportedMessage(file: string): string {
  const ext = extensionOf(file);
  const convert = CONVERTERS[ext];
  if (!convert) return `${ext || 'this'} is not a supported format (read: ${SUPPORTED_EXTENSIONS.join(' ')}, or no extension)`;
  const base = path.posix.basename(file);
  const text = `${base.slice(0, base.length - ext.length)}.txt`;
  return `${ext} is not a text format; convert it first, e.g. \`${convert(shellQuote(base), shellQuote(text))}\`, and read the .txt`;
}

/** A word the shell reads as is: "it's here.pdf" → 'it'\''s here.pdf'. */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

export interface FormattedText {
  /** What the extractors read. */
  text: string;
  /** The file's decoded text, when `text` differs from it. */
  originalText?: string;
  /** Index in `text` (0..text.length inclusive) → index in `originalText`, when they are not aligned one to one. */
  offsetMap?: Uint32Array;
  refDate: string | null;
}

export function formatText(format: Format, decoded: string): FormattedText {
  switch (format) {
    case 'markdown': {
      const md = readMarkdown(decoded);
      return md.offsetMap
        ? { text: md.text, originalText: decoded, offsetMap: md.offsetMap, refDate: md.refDate }
        : { text: md.text, originalText: decoded, refDate: md.refDate };
    }
    case 'html': {
      const html = htmlToText(decoded);
      return { text: html.text, originalText: decoded, offsetMap: html.offsetMap, refDate: html.refDate };
    }
    default:
      return { text: decoded, refDate: null };
  }
}
