import type { Sheet } from '../sheet/schema.ts';

/**
 * The sheet as bytes: key order from the schema, two-space indent, final newline.
 * JSON.stringify leaves C1 controls (U+0080–U+009F, among them the 8-bit CSI that starts a
 * terminal escape) and the line separators U+2028/U+2029 raw; they are written as \u escapes,
 * which parse to the same values, so `--json` on a terminal never sends them raw.
 */
export function sheetToJson(sheet: Sheet): string {
  return JSON.stringify(sheet, null, 2).replace(/[\u0080-\u009f\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
