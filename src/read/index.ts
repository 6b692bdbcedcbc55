// The only reader of the disk: lists input files and decodes them. Every path
// gets a verdict: a SourceDocument, or an InputError with a stable code (the
// codes are listed in ERROR_CODES and in the README).
import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { InputError, SourceDocument } from '../types.ts';
import { decodeText } from './decode.ts';
import { extensionOf, formatOf, formatText, SUPPORTED_EXTENSIONS } from './formats.ts';
import { compareCodeUnits } from '../util/collections.ts';

export { formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';

/** Every code an InputError can carry, with what it means. Stable: scripts match on them. */
export const ERROR_CODES = {
  'not-found': 'the path does not exist (or is a broken symbolic link)',
  unreadable: 'the file or folder exists but cannot be read (permissions, I/O error)',
  'symlink-loop': 'a symbolic link leads back into a folder being read, or links to itself',
  'not-a-file': 'a device, FIFO or socket, not a regular file',
  binary: 'binary content: NUL bytes, control bytes, or a known binary signature (PDF, PNG, ZIP, …)',
  'invalid-utf8': 'not valid UTF-8 and no --encoding latin1 was given',
  'invalid-encoding': 'starts with a UTF-16 byte-order mark but is not valid UTF-16',
  'too-large': 'larger than --max-file-size',
  'unsupported-format': 'not a format that is read (.txt, .text, .md, .markdown, .html, .htm, or no extension)',
  'extraction-failed': 'the file was read but an extractor failed on it (a bug: please report it)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ListedInputs {
  /** Paths as shown in the sheet, sorted. */
  files: string[];
  /** Where each shown path is on disk (they differ when "a/../b" was normalised). */
  locations: Map<string, string>;
  errors: InputError[];
}

export interface ReadOptions {
  maxFileSize?: number;
  encoding?: 'utf8' | 'latin1';
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/** POSIX form of a path as the user gave it: "./seeds\\a.txt" → "seeds/a.txt". */
export function displayPath(p: string): string {
  const posix = path.posix.normalize(p.split(path.sep).join('/'));
  return posix.length > 1 ? posix.replace(/\/$/u, '') : posix;
}

/** Walks files and folders; folders recursively, in code-unit order, hidden entries skipped. */
export async function listInputs(inputs: readonly string[]): Promise<ListedInputs> {
  const files = new Map<string, string>();
  const errors: InputError[] = [];
  const visitedDirs = new Set<string>();

  async function walk(shown: string, real: string): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(real);
    } catch (err) {
      errors.push(await describeStatError(shown, real, err));
      return;
    }
    if (stat.isDirectory()) {
      const key = `${stat.dev}:${stat.ino}`;
      if (visitedDirs.has(key)) {
        errors.push({ path: shown, code: 'symlink-loop', message: 'symbolic link back into a folder being read (a loop); skipped' });
        return;
      }
      visitedDirs.add(key);
      let entries: string[];
      try {
        entries = await fs.readdir(real);
      } catch (err) {
        errors.push(fsError(shown, err));
        return;
      }
      for (const name of entries.filter((n) => !n.startsWith('.')).sort(compareCodeUnits)) {
        await walk(path.posix.join(shown, name), path.join(real, name));
      }
      visitedDirs.delete(key);
    } else if (stat.isFile()) {
      if (!files.has(shown)) files.set(shown, real);
    } else {
      errors.push({ path: shown, code: 'not-a-file', message: 'not a regular file; skipped' });
    }
  }

  for (const input of inputs) await walk(displayPath(input), input);
  // The same path given twice is one file, and one error.
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\u0000${e.code}`;
    return !seen.has(key) && !!seen.add(key);
  });
  return { files: [...files.keys()].sort(compareCodeUnits), locations: files, errors: unique };
}

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; error: InputError };

export async function readDocument(shownPath: string, options: ReadOptions = {}, realPath: string = shownPath): Promise<ReadResult> {
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
  return fail(p, 'unsupported-format', `${extensionOf(p)} is not a supported format (read: ${SUPPORTED_EXTENSIONS.join(' ')}, or no extension)`);
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

function fsError(p: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { path: p, code: 'not-found', message: 'no such file or directory' };
  if (code === 'ENOTDIR') return { path: p, code: 'not-found', message: 'no such file or directory (a part of the path is a file)' };
  if (code === 'EACCES' || code === 'EPERM') return { path: p, code: 'unreadable', message: 'permission denied' };
  if (code === 'ELOOP') return { path: p, code: 'symlink-loop', message: 'symbolic link loop (too many levels of symbolic links)' };
  if (code === 'EISDIR') return { path: p, code: 'not-a-file', message: 'a folder, not a file' };
  if (code === 'EIO') return { path: p, code: 'unreadable', message: 'input/output error' };
  const text = String((err as Error)?.message ?? err).split('\n')[0];
  return { path: p, code: 'unreadable', message: code ? `${code}: ${text}` : text };
}

/** A path that stat cannot follow: missing, or a link to nowhere, which deserves saying. */
async function describeStatError(shown: string, real: string, err: unknown): Promise<InputError> {
  const error = fsError(shown, err);
  if (error.code === 'not-found') {
    const link = await fs.lstat(real).catch(() => null);
    if (link?.isSymbolicLink()) {
      const target = await fs.readlink(real).catch(() => '?');
      return { ...error, message: `broken symbolic link (to ${JSON.stringify(target)}, which does not exist)` };
    }
  }
  return error;
}

