// Reads a sheet file back: the bytes, parsed with the same schema that wrote
// it. Every failure is a message for the user (exit 2), never a stack trace.
import { constants, promises as fs } from 'node:fs';
import type { z } from 'zod';
import { SheetSchema, type Sheet } from '../sheet/schema.ts';

export type ReadSheetResult = { ok: true; sheet: Sheet; text: string } | { ok: false; message: string };

export interface ReadSheetOptions {
  /** Refuse files larger than this many bytes (default MAX_SHEET_SIZE). */
  maxBytes?: number;
}

/**
 * Largest sheet read, in bytes. A sheet is JSON held in memory as one string
 * (V8 caps strings at ~512 MiB); 256 MiB is several hundred thousand facts.
 */
export const MAX_SHEET_SIZE = 256 * 1024 * 1024;

const MAX_ISSUES = 20;

/** `numbers[3].citations[0].line`, the way a person would look it up in the file. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (!path.length) return '(top level)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

export function formatIssues(label: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => `  ${formatIssuePath(issue.path)}: ${issue.message}`);
  if (error.issues.length > MAX_ISSUES) lines.push(`  … and ${error.issues.length - MAX_ISSUES} more`);
  const n = error.issues.length;
  return `${label} is not a valid fact sheet (${n} schema issue${n === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR') return 'no such file (a part of the path is a file)';
  if (code === 'EISDIR') return 'is a folder, not a sheet';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return String((err as Error)?.message ?? err).split('\n')[0];
}

function sizeInMiB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Reads and validates a sheet. Only regular files are read (a FIFO, device or
 * socket is refused without waiting for a writer), up to `maxBytes`. A leading
 * UTF-8 byte-order mark is accepted; `text` keeps the bytes as they are, so a
 * caller comparing it with a fresh sheet still sees the difference. Never throws.
 */
export async function readSheetFile(file: string, options: ReadSheetOptions = {}): Promise<ReadSheetResult> {
  const maxBytes = options.maxBytes ?? MAX_SHEET_SIZE;
  const cannot = (why: string): ReadSheetResult => ({ ok: false, message: `cannot read ${file}: ${why}` });
  let text: string;
  let handle: fs.FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) return cannot('is a folder, not a sheet');
    if (!stat.isFile()) return cannot('not a regular file (a FIFO, device or socket); a sheet must be a file');
    if (stat.size > maxBytes) return cannot(`${sizeInMiB(stat.size)}, over the ${sizeInMiB(maxBytes)} limit for a sheet`);
    const bytes = await handle.readFile();
    // The file may have grown since stat.
    if (bytes.length > maxBytes) return cannot(`${sizeInMiB(bytes.length)}, over the ${sizeInMiB(maxBytes)} limit for a sheet`);
    text = bytes.toString('utf8');
  } catch (err) {
    return cannot(describeReadError(err));
  } finally {
    await handle?.close().catch(() => undefined);
  }
  let json: unknown;
  try {
    // Editors on Windows save "UTF-8 with BOM"; the BOM is not part of the JSON.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, message: `${file} is not JSON: ${(err as Error).message}` };
  }
  const parsed = SheetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: formatIssues(file, parsed.error) };
  return { ok: true, sheet: parsed.data, text };
}
