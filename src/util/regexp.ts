// Building regular expressions from data.

/** `text` with every character a regular expression gives a meaning escaped, to be matched literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
