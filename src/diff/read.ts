// Reads a sheet file back: the bytes, parsed with the same schema that wrote
// it. Every failure is a message for the user (exit 2), never a stack trace.
import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { SheetSchema, type Sheet } from '../sheet/schema.ts';

export type ReadSheetResult = { ok: true; sheet: Sheet; text: string } | { ok: false; message: string };

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

export async function readSheetFile(file: string): Promise<ReadSheetResult> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a sheet'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : String((err as Error).message ?? err);
    return { ok: false, message: `cannot read ${file}: ${why}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `${file} is not JSON: ${(err as Error).message}` };
  }
  const parsed = SheetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: formatIssues(file, parsed.error) };
  return { ok: true, sheet: parsed.data, text };
}
