// The only reader of the disk: lists input files and decodes them. Every path
// gets a verdict: a SourceDocument, or an InputError with a stable code (the
// codes are listed in ERROR_CODES and in the README).
import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import type { InputError, SourceDocument } from '../types.ts';
import { decodeText } from './decode.ts';
import { formatOf, formatText, unsupportedMessage } from './formats.ts';
import { fsError } from './fs-errors.ts';
import type { ListOptions } from './walk.ts';
import { DEFAULT_MAX_FILE_SIZE } from './limits.ts';

export { formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
export { displayPath, listInputs, type ListedInputs, type ListOptions } from './walk.ts';
export { escapeName, unescapeName } from './names.ts';

/** Every code an InputError can carry, with what it means. Stable: scripts match on them. */
export const ERROR_CODES = {
  'not-found': 'the path does not exist (or is a broken symbolic link)',
  unreadable: 'the file or folder exists but cannot be read (permissions, I/O error)',
  'symlink-loop': 'a symbolic link leads back into a folder above it, or links to itself',
  'not-a-file': 'a device, FIFO or socket, not a regular file',
  binary: 'binary content: NUL bytes, control bytes, or a known binary signature (PDF, PNG, ZIP, …)',
  'invalid-utf8': 'not valid UTF-8 and no --encoding latin1 was given',
  'invalid-encoding': 'starts with a UTF-16 byte-order mark but is not valid UTF-16',
  'too-large': 'larger than --max-file-size',
  'unsupported-format': 'not a format that is read (.txt, .text, .md, .markdown, .html, .htm, or no extension)',
  'extraction-failed': 'the file was read but an extractor failed on it (a bug: please report it)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ReadOptions extends ListOptions {
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
}

export { DEFAULT_MAX_FILE_SIZE } from './limits.ts';

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; error: InputError };

export async function readDocument(shownPath: string, options: ReadOptions = {}, realPath: string | Buffer = shownPath): Promise<ReadResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const format = formatOf(shownPath);
  if (!format) return unsupportedFormat(shownPath);
  let bytes: Buffer;
  let handle: fs.FileHandle | undefined;
  try {
    // O_NONBLOCK: a FIFO given by name must not hang the run waiting for a writer.
    handle = await fs.open(realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return fail(shownPath, 'not-a-file', 'not a regular file; skipped');
    if (stat.size > maxFileSize) return tooLarge(shownPath, stat.size, maxFileSize);
    // The file may have grown since stat: documentFromBytes checks the size again.
    bytes = await handle.readFile();
  } catch (err) {
    return { ok: false, error: fsError(shownPath, err) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return documentFromBytes(shownPath, bytes, options);
}

/** Decodes the bytes of a document cited as `shownPath` (its extension picks the format): the read without the disk. */
export function documentFromBytes(shownPath: string, bytes: Buffer, options: ReadOptions = {}): ReadResult {
  const format = formatOf(shownPath);
  if (!format) return unsupportedFormat(shownPath);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > maxFileSize) return tooLarge(shownPath, bytes.length, maxFileSize);
  const decoded = decodeText(bytes, options.encoding ?? 'utf8');
  if (!decoded.ok) return fail(shownPath, decoded.code, decoded.message);
  const formatted = formatText(format, decoded.text);
  const document: SourceDocument = {
    path: shownPath,
    text: formatted.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
  if (formatted.refDate) document.refDate = formatted.refDate;
  if (formatted.originalText !== undefined) document.originalText = formatted.originalText;
  if (formatted.offsetMap) document.offsetMap = formatted.offsetMap;
  return { ok: true, document };
}

function unsupportedFormat(p: string): ReadResult {
  return fail(p, 'unsupported-format', unsupportedMessage(p));
}

function tooLarge(p: string, size: number, max: number): ReadResult {
  return fail(p, 'too-large', `file is ${formatBytes(size)}, over the limit of ${formatBytes(max)} (--max-file-size)`);
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < 1024 ** 2 ? [n / 1024, 'KB'] : n < 1024 ** 3 ? [n / 1024 ** 2, 'MB'] : [n / 1024 ** 3, 'GB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit} (${n} bytes)`;
}

function fail(p: string, code: string, message: string): ReadResult {
  return { ok: false, error: { path: p, code, message } };
}

/** The total size in bytes of the listed files (a file that cannot be stat'ed counts 0): what --jobs auto weighs. */
export async function totalBytes(locations: Iterable<string | Buffer>): Promise<number> {
  let total = 0;
  for (const location of locations) total += (await fs.stat(location).catch(() => null))?.size ?? 0;
  return total;
}
