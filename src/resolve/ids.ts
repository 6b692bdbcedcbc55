// Ids derive from content, never from counters: one changed fact changes one id.
import { createHash } from 'node:crypto';

/** "Volodymyr Zelenskyy" → "volodymyr-zelenskyy"; accents folded, punctuation dropped. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s || 'x';
}

export function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Text as compared for "the same quote": case, quote style, spacing and closing punctuation ignored. */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .replace(/[“”„«»]/gu, '"')
    .replace(/[—–]/gu, '-')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,.;:!?]+$/u, '')
    .trim();
}
