// Which files a run reads: the paths named on the command line, and folders
// walked recursively. The conventions are find's and ripgrep's:
//   - a path named on the command line is followed when it is a symbolic link;
//   - a symbolic link met inside a folder is skipped, unless `follow` is set;
//   - with `follow`, each real folder and file (device + inode) is visited
//     once, under the shortest path that reaches it (breadth first, then
//     code-unit order); a link back into a folder above it (an ancestor) is
//     one `symlink-loop` error, and a second way to an already-visited folder
//     or file is skipped silently: it is the same document, already read.
// Names are read as bytes (see names.ts) so that a name that is not UTF-8
// is still opened, and shown escaped. The entries of a folder are visited in
// code-unit order of their shown names; hidden entries (".name") are skipped.
//
// Why not fdir, @nodelib/fs.walk or readdirp: all three hand out names as
// strings, which loses the bytes of names that are not UTF-8 (two such files
// become one path that opens neither), and none dedupes files by inode.
import { isUtf8 } from 'node:buffer';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { InputError } from '../types.ts';
import { compareCodeUnits } from '../util/collections.ts';
import { describeStatError, fsError } from './fs-errors.ts';
import { escapeName } from './names.ts';

export interface ListOptions {
  /** Follow symbolic links met inside folders (links named on the command line are always followed). */
  follow?: boolean;
}

export interface ListedInputs {
  /** Paths as shown in the sheet, sorted; names that are not UTF-8 escaped (`\xff`). */
  files: string[];
  /** Where each shown path is on disk: a string, or a Buffer when a name is not UTF-8. */
  locations: Map<string, string | Buffer>;
  errors: InputError[];
  /** Paths examined (one lstat or stat each): the walk's work, once per entry reached. */
  examined: number;
  /** Symbolic links inside folders that were not followed (no `follow`). */
  skippedLinks: string[];
}

/** POSIX form of a path as the user gave it: "./seeds\\a.txt" → "seeds/a.txt". */
export function displayPath(p: string): string {
  const posix = path.posix.normalize(p.split(path.sep).join('/'));
  return posix.length > 1 ? posix.replace(/\/$/u, '') : posix;
}

const SEPARATOR = Buffer.from(path.sep);

interface Entry {
  shown: string;
  real: string | Buffer;
  /** Named on the command line: followed even when it is a symbolic link. */
  named: boolean;
  /** Device:inode of the folders above it, to tell a loop from a second way in. */
  ancestors: string[];
}

/** Walks files and folders; never throws for a path: each bad one is an error row. */
export async function listInputs(inputs: readonly string[], options: ListOptions = {}): Promise<ListedInputs> {
  const follow = options.follow ?? false;
  const files = new Map<string, string | Buffer>();
  const errors: InputError[] = [];
  const skippedLinks: string[] = [];
  /** Device:inode of every folder and file visited. */
  const visited = new Set<string>();
  let examined = 0;

  // Breadth first, so that a folder or file reached by several paths is read under the
  // shortest one ("news/a.txt" rather than "news/link/link/a.txt").
  let level: Entry[] = inputs.map((input) => ({ shown: displayPath(input), real: input, named: true, ancestors: [] }));
  while (level.length > 0) {
    const next: Entry[] = [];
    for (const entry of level) {
      examined++;
      const { shown, real } = entry;
      let stat: Stats;
      try {
        stat = entry.named ? await fs.stat(real) : await fs.lstat(real);
        if (stat.isSymbolicLink()) {
          if (!follow) {
            skippedLinks.push(shown);
            continue;
          }
          stat = await fs.stat(real);
        }
      } catch (err) {
        errors.push(await describeStatError(shown, real, err));
        continue;
      }
      // Inode 0 is what some file systems report for every file: no identity to go by.
      const key = stat.ino ? `${stat.dev}:${stat.ino}` : null;
      if (stat.isDirectory()) {
        if (key && entry.ancestors.includes(key)) {
          errors.push({ path: shown, code: 'symlink-loop', message: 'symbolic link back into a folder being read (a loop); skipped' });
          continue;
        }
        if (key && visited.has(key)) continue;
        let names: Buffer[];
        try {
          names = await fs.readdir(real, { encoding: 'buffer' });
        } catch (err) {
          errors.push(fsError(shown, err));
          continue;
        }
        if (key) visited.add(key);
        const ancestors = key ? [...entry.ancestors, key] : entry.ancestors;
        const base = typeof real === 'string' ? Buffer.from(real) : real;
        const children = names
          .filter((name) => name[0] !== 0x2e) // ".name": hidden
          .map((name) => {
            const bytes = Buffer.concat([base, SEPARATOR, name]);
            return { shown: path.posix.join(shown, escapeName(name)), real: isUtf8(bytes) ? bytes.toString('utf8') : bytes, named: false, ancestors };
          })
          .sort((a, b) => compareCodeUnits(a.shown, b.shown));
        // One push per entry: a spread of a folder of 200,000 names would overflow the call stack.
        for (const child of children) next.push(child);
      } else if (stat.isFile()) {
        if (key && visited.has(key)) continue;
        if (key) visited.add(key);
        if (!files.has(shown)) files.set(shown, real);
      } else {
        errors.push({ path: shown, code: 'not-a-file', message: 'not a regular file; skipped' });
      }
    }
    level = next;
  }

  // The same path given twice is one file, and one error.
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\u0000${e.code}`;
    return !seen.has(key) && !!seen.add(key);
  });
  return { files: [...files.keys()].sort(compareCodeUnits), locations: files, errors: unique, examined, skippedLinks };
}
