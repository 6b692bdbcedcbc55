// Node's errno codes → the stable verdicts of ERROR_CODES, one line each.
import { isUtf8 } from 'node:buffer';
import { promises as fs } from 'node:fs';
import type { InputError } from '../types.ts';
import { escapeName } from './names.ts';

export function fsError(p: string, err: unknown): InputError {
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
export async function describeStatError(shown: string, real: string | Buffer, err: unknown): Promise<InputError> {
  const error = fsError(shown, err);
  if (error.code === 'not-found') {
    const link = await fs.lstat(real).catch(() => null);
    if (link?.isSymbolicLink()) {
      const target = await fs.readlink(real, { encoding: 'buffer' }).catch(() => Buffer.from('?'));
      // A target that is not UTF-8 is shown with the walk's escape; JSON quoting would double its backslashes.
      const shownTarget = isUtf8(target) ? JSON.stringify(target.toString('utf8')) : `"${escapeName(target).replace(/[\u0000-\u001f]/gu, '?')}"`;
      return { ...error, message: `broken symbolic link (to ${shownTarget}, which does not exist)` };
    }
  }
  return error;
}
