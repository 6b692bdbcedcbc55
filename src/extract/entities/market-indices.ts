// "the OMX Tolvik index fell 1.2 percent", "the Vekla All-Share index closed at 812": a name set before
// a lower-case "index" that moves as markets do names a stock index, which is a thing (other), not the
// exchange or the company behind it. A body's head in the name ("the Tolvik Institute index of
// confidence") or a possessive ("Vekla's index") keeps the body, and so does an index that does not move.
import type { EntityMention } from '../../types.ts';
import { ORGANIZATION_HEADS } from '../lexicon.ts';
import { STOCK_MOVES } from './evidence.ts';

/** "index" and the next word right after the name: " index fell". */
const INDEX_AFTER = /^[ \t]+index[ \t]+(\p{Ll}+)/u;

/**
 * Retypes as `other` an organization mention right before "index" and a verb of a stock's move
 * ("the OMX Tolvik index fell"). Returns new mentions.
 */
export function typeMarketIndices(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    const after = INDEX_AFTER.exec(text.slice(m.end, m.end + 30));
    // (The moves are the stock moves the share-price evidence reads, evidence.ts.)
    if (m.type !== 'organization' || !after || !STOCK_MOVES.has(after[1])) return m;
    if (m.name.split(' ').some((w) => ORGANIZATION_HEADS.has(w.toLowerCase()))) return m;
    return { ...m, type: 'other' };
  });
}
