// `--shard i/n`: which files one of n machines reads. Each file goes to the shard whose hash of
// (shard number, displayed path) is highest (rendezvous hashing): the choice depends on the
// path alone, so every machine agrees without talking, adding a file moves no other file, and
// going from n to n+1 shards moves only the files the new shard wins (about 1/(n+1) of them).
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as Jest's and Playwright's --shard. */
  index: number;
  count: number;
}

/** "2/8" → { index: 2, count: 8 }. Throws RangeError for anything else (0/4, 5/4, 1/0, 1.5/2). */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/u.exec(value.trim());
  if (!m) throw new RangeError('expected i/n, such as 1/4 (shards are numbered from 1)');
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || count > 1_000_000) throw new RangeError(`the number of shards must be 1 to 1000000, not ${count}`);
  if (index < 1 || index > count) throw new RangeError(`shard ${index} does not exist: shards are numbered 1 to ${count}`);
  return { index, count };
}

function score(shard: number, path: string): bigint {
  return createHash('sha256').update(`${shard}\0${path}`).digest().readBigUInt64BE(0);
}

/** The shard (1..count) that reads the file shown as `path` in the sheet. */
export function shardOf(path: string, count: number): number {
  let best = 1;
  let bestScore = -1n;
  for (let i = 1; i <= count; i++) {
    const s = score(i, path);
    // Ties (1 in 2^64) go to the lower shard number, so the choice is still a function of the path.
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** Whether `shard` owns the file or error shown as `path`; every path has exactly one owner. */
export function inShard(path: string, shard: Shard | undefined): boolean {
  return shard === undefined || shard.count === 1 || shardOf(path, shard.count) === shard.index;
}
