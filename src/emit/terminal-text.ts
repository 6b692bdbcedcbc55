// Document text and paths are untrusted: before they reach a terminal (stderr lines, the summary)
// their controls are made visible. Kept apart from the summary so a run answered from the cache
// prints its lines without loading the summary's width tables.

/**
 * Replaces C0/C1 controls (so ESC sequences) and every bidirectional control (Unicode's
 * Bidi_Control: the marks LRM/RLM/ALM, embeddings and overrides U+202A–U+202E, isolates
 * U+2066–U+2069), which can reorder what a terminal shows, with visible escapes
 * ("\x1b", "\u{202e}"). Line breaks (LF, tab, U+2028, U+2029) become one space.
 */
export function safeForTerminal(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Bidi_Control}/gu, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    })
    .replace(/[\n\t\u2028\u2029]+/gu, ' ');
}
