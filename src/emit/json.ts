import type { Sheet } from '../sheet/schema.ts';

/** The sheet as bytes: key order from the schema, two-space indent, final newline. */
export function sheetToJson(sheet: Sheet): string {
  return JSON.stringify(sheet, null, 2) + '\n';
}
