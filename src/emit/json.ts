import type { Sheet } from '../sheet/schema.ts';

/**
 * The sheet as bytes: key order from the schema, two-space indent, final newline.
 * JSON.stringify leaves C1 controls (U+0080–U+009F, among them the 8-bit CSI that starts a
 * terminal escape) and the line separators U+2028/U+2029 raw; they are written as \u escapes,
 * which parse to the same values. With `terminal` (stdout is a TTY), every bidirectional
 * control (Unicode's Bidi_Control: RLM, LRM, ALM, embeddings, overrides such as U+202E,
 * isolates) is written as a \u escape too, so that no document can reorder what the terminal
 * shows; files and pipes keep them raw, as the documents wrote them.
 */
export function sheetToJson(sheet: Sheet, options: { terminal?: boolean } = {}): string {
  const unsafe = options.terminal ? /[\u0080-\u009f\u2028\u2029]|\p{Bidi_Control}/gu : /[\u0080-\u009f\u2028\u2029]/gu;
  return JSON.stringify(sheet, null, 2).replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
