// The only reader of the disk: lists input files and decodes them. Every path
// gets a verdict: a SourceDocument, or an InputError with a stable code.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { InputError, SourceDocument } from '../types.ts';
import { decodeText } from './decode.ts';

export interface ListedInputs {
  files: string[];
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
  const files = new Set<string>();
  const errors: InputError[] = [];
  const visitedDirs = new Set<string>();

  async function walk(shown: string, real: string): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(real);
    } catch (err) {
      errors.push(fsError(shown, err));
      return;
    }
    if (stat.isDirectory()) {
      const key = `${stat.dev}:${stat.ino}`;
      if (visitedDirs.has(key)) {
        errors.push({ path: shown, code: 'symlink-loop', message: 'directory already visited (symbolic link loop); skipped' });
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
      files.add(shown);
    } else {
      errors.push({ path: shown, code: 'not-a-file', message: 'not a regular file; skipped' });
    }
  }

  for (const input of inputs) await walk(displayPath(input), input);
  return { files: [...files].sort(compareCodeUnits), errors };
}

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; error: InputError };

export async function readDocument(shownPath: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(shownPath);
    if (stat.size > maxFileSize) {
      return fail(shownPath, 'too-large', `file is ${stat.size} bytes, over the limit of ${maxFileSize} (--max-file-size)`);
    }
    bytes = await fs.readFile(shownPath);
  } catch (err) {
    return { ok: false, error: fsError(shownPath, err) };
  }
  const decoded = decodeText(bytes, options.encoding ?? 'utf8');
  if (!decoded.ok) return fail(shownPath, decoded.code, decoded.message);
  return {
    ok: true,
    document: {
      path: shownPath,
      text: decoded.text,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    },
  };
}

function fail(p: string, code: string, message: string): ReadResult {
  return { ok: false, error: { path: p, code, message } };
}

function fsError(p: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { path: p, code: 'not-found', message: 'no such file or directory' };
  if (code === 'EACCES' || code === 'EPERM') return { path: p, code: 'unreadable', message: 'permission denied' };
  if (code === 'ELOOP') return { path: p, code: 'symlink-loop', message: 'too many levels of symbolic links' };
  return { path: p, code: 'unreadable', message: String((err as Error).message ?? err) };
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
