// Which files a run reads: symbolic links (issue 8, item 4) and file names
// that are not UTF-8 (item 9). Each case builds a temporary folder; the CLI
// cases run the real `facts`.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeName, listInputs, unescapeName } from '../src/read/index.ts';
import { extractFacts, SheetSchema } from '../src/index.ts';
import { runFacts, testdir } from './helpers/cli.ts';

const STORY = 'Anna Berg said the bridge would reopen in May.\n';

/**
 * levels/d0 … levels/d12, each d<i> holding two links ("a", "b") to d<i+1>, and the
 * story in d12: 2^12 ways to reach it through the links, one without them.
 */
function doubledChain(depth = 12): string {
  const dir = testdir({ [`levels/d${depth}/story.txt`]: STORY });
  for (let i = 0; i < depth; i++) {
    mkdirSync(path.join(dir, `levels/d${i}`), { recursive: true });
    for (const name of ['a', 'b']) symlinkSync(`../d${i + 1}`, path.join(dir, `levels/d${i}/${name}`));
  }
  return dir;
}

describe('symbolic links', () => {
  it('a chain of doubled links: the story is read once, with or without --follow, in linear work', async () => {
    const dir = doubledChain();
    const plain = await listInputs([path.join(dir, 'levels')]);
    expect(plain.files.map((f) => path.relative(dir, f))).toEqual(['levels/d12/story.txt']);
    expect(plain.errors).toEqual([]);
    expect(plain.skippedLinks).toHaveLength(24);

    const followed = await listInputs([path.join(dir, 'levels')], { follow: true });
    // Breadth first: the real path is the shortest, so it is the one shown.
    expect(followed.files.map((f) => path.relative(dir, f))).toEqual(['levels/d12/story.txt']);
    expect(followed.errors).toEqual([]);
    // levels + 13 folders + 24 links + the story, each examined once (not 2^12 times).
    expect(followed.examined).toBe(1 + 13 + 24 + 1);
  });

  it('through the CLI: one source without --follow, one with -L/--follow', () => {
    const dir = doubledChain();
    for (const flags of [[], ['-L']]) {
      const r = runFacts(['extract', 'levels', '--json', ...flags], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const sheet = SheetSchema.parse(JSON.parse(r.stdout));
      expect(sheet.sources.map((s) => s.path)).toEqual(['levels/d12/story.txt']);
    }
  });

  it('a chain reached only through links: not read unless --follow, then read once under the first path', async () => {
    const dir = doubledChain(6);
    // d0 alone: the rest of the chain is reachable only through links.
    expect((await listInputs([path.join(dir, 'levels/d0')])).files).toEqual([]);
    const followed = await listInputs([path.join(dir, 'levels/d0')], { follow: true });
    expect(followed.files.map((f) => path.relative(dir, f))).toEqual(['levels/d0/a/a/a/a/a/a/story.txt']);
    expect(followed.examined).toBe(1 + 6 * 2 + 1);
  });

  it('a loop ends, with one symlink-loop error per link back into a folder above it', async () => {
    const dir = testdir({ 'news/a.txt': STORY, 'news/deep/b.txt': STORY.replace('May', 'June') });
    symlinkSync('..', path.join(dir, 'news/deep/up'));
    symlinkSync('.', path.join(dir, 'news/here'));
    symlinkSync('self', path.join(dir, 'news/self'));
    const plain = await listInputs([path.join(dir, 'news')]);
    expect(plain.errors).toEqual([]);
    expect(plain.skippedLinks.map((p) => path.relative(dir, p))).toEqual(['news/here', 'news/self', 'news/deep/up']);

    const r = runFacts(['extract', 'news', '--follow', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expect(sheet.sources.map((s) => s.path)).toEqual(['news/a.txt', 'news/deep/b.txt']);
    expect(sheet.errors.map((e) => [e.path, e.code])).toEqual([
      ['news/deep/up', 'symlink-loop'],
      ['news/here', 'symlink-loop'],
      ['news/self', 'symlink-loop'],
    ]);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('follows links named on the command line, and links that leave the folder only with --follow', async () => {
    const dir = testdir({ 'elsewhere/outside.txt': STORY, 'news/inside.txt': STORY.replace('May', 'July') });
    symlinkSync('../elsewhere', path.join(dir, 'news/linked'));
    symlinkSync('news', path.join(dir, 'shortcut'));
    const named = await listInputs([path.join(dir, 'shortcut')]);
    expect(named.files.map((f) => path.relative(dir, f))).toEqual(['shortcut/inside.txt']);
    const followed = await listInputs([path.join(dir, 'news')], { follow: true });
    expect(followed.files.map((f) => path.relative(dir, f))).toEqual(['news/inside.txt', 'news/linked/outside.txt']);
  });

  it('reads one file once when a link and the file itself are both reached, and when a path is given twice', async () => {
    const dir = testdir({ 'news/a.txt': STORY });
    symlinkSync('a.txt', path.join(dir, 'news/alias.txt'));
    const followed = await listInputs([path.join(dir, 'news')], { follow: true });
    expect(followed.files.map((f) => path.basename(f))).toEqual(['a.txt']);
    const twice = await listInputs([path.join(dir, 'news'), path.join(dir, 'news/a.txt'), path.join(dir, 'news/alias.txt')]);
    expect(twice.files.map((f) => path.relative(dir, f))).toEqual(['news/a.txt']);
  });

  it('check re-reads with --follow as extract did', () => {
    const dir = testdir({ 'elsewhere/outside.txt': STORY, 'news/inside.txt': STORY.replace('May', 'July') });
    symlinkSync('../elsewhere', path.join(dir, 'news/linked'));
    expect(runFacts(['extract', 'news', '-L', '-o', 'facts.json'], { cwd: dir }).status).toBe(0);
    expect(runFacts(['check', 'facts.json', '--follow'], { cwd: dir }).status).toBe(0);
    expect(runFacts(['check', 'facts.json'], { cwd: dir }).status).toBe(1);
  });
});

describe('file names that are not UTF-8', () => {
  const raw = (...bytes: number[]) => Buffer.from(bytes);
  // "f\xff.txt" and "f\xfe.txt": each decodes to "f\uFFFD.txt" as a string.
  const FF = raw(0x66, 0xff, 0x2e, 0x74, 0x78, 0x74);
  const FE = raw(0x66, 0xfe, 0x2e, 0x74, 0x78, 0x74);

  it.each<[string, Buffer, string]>([
    ['a byte that starts no UTF-8 sequence', FF, 'f\\xff.txt'],
    ['a truncated sequence', raw(0x63, 0x61, 0x66, 0xc3), 'caf\\xc3'],
    ['a backslash, escaped so that it stays distinct', Buffer.from('f\\xff.txt'), 'f\\\\xff.txt'],
    ['valid UTF-8, unchanged', Buffer.from('café “x”.txt'), 'café “x”.txt'],
  ])('escapes %s reversibly', (_, bytes, shown) => {
    expect(escapeName(bytes)).toBe(shown);
    expect(unescapeName(shown)).toEqual(bytes);
  });

  it('reads two such files as two sources, shown escaped, with citations', async () => {
    const dir = testdir({});
    mkdirSync(path.join(dir, 'news'));
    const news = Buffer.from(path.join(dir, 'news/'));
    writeFileSync(Buffer.concat([news, FF]), 'Anna Berg said the bridge would reopen in May.\n');
    writeFileSync(Buffer.concat([news, FE]), 'Karl Olsen said the tunnel would close in June.\n');
    const r = runFacts(['extract', 'news', '--json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expect(sheet.errors).toEqual([]);
    expect(sheet.sources.map((s) => s.path)).toEqual(['news/f\\xfe.txt', 'news/f\\xff.txt']);
    const cited = new Set(sheet.entities.flatMap((e) => e.mentions.map((m) => m.path)));
    expect(cited).toEqual(new Set(['news/f\\xfe.txt', 'news/f\\xff.txt']));
    // check walks again and finds the same two sources under the same names.
    writeFileSync(path.join(dir, 'facts.json'), r.stdout);
    const check = runFacts(['check', 'facts.json'], { cwd: dir });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('reports an unreadable one under its escaped name, and two of them as two rows', async () => {
    const dir = testdir({});
    const base = Buffer.from(`${dir}/`);
    // Two broken links: the walk must keep their names apart.
    symlinkSync('nowhere-1', Buffer.concat([base, FF]));
    symlinkSync(raw(0x6e, 0x6f, 0x77, 0x68, 0x65, 0x72, 0x65, 0xff), Buffer.concat([base, FE]));
    const sheet = await extractFacts([dir], { refDate: null, follow: true });
    expect(sheet.errors.map((e) => [path.relative(dir, e.path), e.code, e.message])).toEqual([
      ['f\\xfe.txt', 'not-found', 'broken symbolic link (to "nowhere\\xff", which does not exist)'],
      ['f\\xff.txt', 'not-found', 'broken symbolic link (to "nowhere-1", which does not exist)'],
    ]);
  });
});
