// No user file is ever lost to -o (issue 8): not an input, not the file behind a link, not a
// device or FIFO, not a read-only file; and a sheet that cannot get out says so on one line.
// The real CLI, in temporary folders.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetSchema } from '../src/index.ts';
import { testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

const ARTICLE = 'Ms. Jane Roe said on Friday that 12 ships left the port.\n';
const tmpLeft = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** The run ended with one line on stderr, and no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /mu);
  return lines[0];
}

describe('-o never overwrites one of the run\'s inputs', () => {
  it.each([
    ['the input itself', ['in.txt', '-o', 'in.txt']],
    ['the input spelled another way', ['./in.txt', '-o', 'sub/../in.txt']],
    ['the input named by an absolute path', ['in.txt', '-o', '<dir>/in.txt']],
    ['a file found inside an input folder', ['docs', '-o', 'docs/b.txt']],
    ['a sheet inside an input folder (listed, although not a readable format)', ['docs', '-o', 'docs/facts.json']],
    ['a symbolic link to an input', ['in.txt', '-o', 'link.json']],
    ['an input reached through a linked folder', ['alias', '-o', 'docs/b.txt']],
    ['a hard link to an input', ['in.txt', '-o', 'hard.txt']],
  ])('refuses %s (exit 2) and leaves every file as it was', async (_name, args) => {
    const dir = testdir({ 'in.txt': ARTICLE, 'docs/b.txt': ARTICLE, 'docs/facts.json': '{}\n', 'sub/.keep': '' });
    symlinkSync('in.txt', path.join(dir, 'link.json'));
    symlinkSync('docs', path.join(dir, 'alias'));
    linkSync(path.join(dir, 'in.txt'), path.join(dir, 'hard.txt'));
    const r = await runFactsAsync(['extract', ...args.map((a) => a.replace('<dir>', dir))], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toMatch(/^facts: refusing to write the sheet over .*: it is an input of this run/u);
    expect(readFileSync(path.join(dir, 'in.txt'), 'utf8')).toBe(ARTICLE);
    expect(readFileSync(path.join(dir, 'docs/b.txt'), 'utf8')).toBe(ARTICLE);
    expect(readFileSync(path.join(dir, 'docs/facts.json'), 'utf8')).toBe('{}\n');
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('writes a new file inside an input folder, and a file beside the inputs', async () => {
    const dir = testdir({ 'docs/a.txt': ARTICLE });
    expect((await runFactsAsync(['extract', 'docs', '-o', 'docs/.facts.json'], { cwd: dir })).status).toBe(0);
    expect((await runFactsAsync(['extract', 'docs/a.txt', '-o', 'facts.json'], { cwd: dir })).status).toBe(0);
    for (const sheet of ['docs/.facts.json', 'facts.json']) {
      expect(SheetSchema.parse(JSON.parse(readFileSync(path.join(dir, sheet), 'utf8'))).sources.map((s) => s.path)).toEqual(['docs/a.txt']);
    }
  });
});

describe('-o writes the file the user means, or refuses', () => {
  it('writes through a symbolic link to its target, atomically beside the target, and keeps the link', async () => {
    const dir = testdir({ 'in.txt': ARTICLE, 'store/facts.json': 'old\n', 'work/.keep': '' });
    symlinkSync('../store/facts.json', path.join(dir, 'work/facts.json'));
    const r = await runFactsAsync(['extract', 'in.txt', '-o', 'work/facts.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(path.join(dir, 'work/facts.json')).isSymbolicLink()).toBe(true);
    SheetSchema.parse(JSON.parse(readFileSync(path.join(dir, 'store/facts.json'), 'utf8')));
    expect(tmpLeft(path.join(dir, 'store'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'work'))).toEqual(['.keep', 'facts.json']);
  });

  it('creates the target of a dangling link, as a shell\'s > does, through a chain of links', async () => {
    const dir = testdir({ 'in.txt': ARTICLE, 'store/.keep': '' });
    symlinkSync('store/new.json', path.join(dir, 'one.json'));
    symlinkSync('one.json', path.join(dir, 'two.json'));
    const r = await runFactsAsync(['extract', 'in.txt', '-o', 'two.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(path.join(dir, 'two.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'one.json')).isSymbolicLink()).toBe(true);
    SheetSchema.parse(JSON.parse(readFileSync(path.join(dir, 'store/new.json'), 'utf8')));
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the replaced file\'s mode exactly (umask aside) and, run as root, its owner', async () => {
    const dir = testdir({ 'in.txt': ARTICLE, 'facts.json': 'old\n' });
    const sheet = path.join(dir, 'facts.json');
    chmodSync(sheet, 0o666);
    chownSync(sheet, 65534, 65534);
    expect((await runFactsAsync(['extract', 'in.txt', '-o', 'facts.json'], { cwd: dir })).status).toBe(0);
    const stat = statSync(sheet);
    expect([stat.mode & 0o777, stat.uid, stat.gid]).toEqual([0o666, 65534, 65534]);
    SheetSchema.parse(JSON.parse(readFileSync(sheet, 'utf8')));
  });

  it('refuses a FIFO (also behind a link) and leaves it a FIFO', async () => {
    const dir = testdir({ 'in.txt': ARTICLE });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    symlinkSync('pipe', path.join(dir, 'pipe-link'));
    for (const target of ['pipe', 'pipe-link']) {
      const r = await runFactsAsync(['extract', 'in.txt', '-o', target], { cwd: dir });
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toBe(`facts: cannot write ${target}: it is a FIFO (named pipe), not a regular file (use -o - for standard output)`);
    }
    expect(lstatSync(path.join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('refuses a folder and leaves it as it was', async () => {
    const dir = testdir({ 'in.txt': ARTICLE, 'out/x': 'x' });
    const r = await runFactsAsync(['extract', 'in.txt', '-o', 'out'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe('facts: cannot write out: it is a folder');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['x']);
  });

  it('refuses a read-only file (even as root, who could write it) and says why', async () => {
    const dir = testdir({ 'in.txt': ARTICLE, 'facts.json': 'old\n' });
    chmodSync(path.join(dir, 'facts.json'), 0o444);
    const r = await runFactsAsync(['extract', 'in.txt', '-o', 'facts.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe('facts: cannot write facts.json: it is read-only (mode 0444); make it writable or remove it first');
    expect(readFileSync(path.join(dir, 'facts.json'), 'utf8')).toBe('old\n');
    expect(statSync(path.join(dir, 'facts.json')).mode & 0o777).toBe(0o444);
  });

  it.skipIf(process.getuid?.() !== 0)('refuses a file the user may not write (run as nobody), naming its mode', async () => {
    const dir = testdir({ 'in.txt': ARTICLE, 'facts.json': 'old\n' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'facts.json'), 0o644);
    const r = await runFactsAsync(['extract', 'in.txt', '-o', 'facts.json'], { cwd: dir, uid: 65534, gid: 65534 });
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe('facts: cannot write facts.json: permission denied (mode 0644)');
    expect(readFileSync(path.join(dir, 'facts.json'), 'utf8')).toBe('old\n');
  });

  it('refuses before reading anything: a wrong -o costs no extraction', async () => {
    const dir = testdir({ 'out/x': 'x' });
    // The input does not exist: had the run started, it would have said so first.
    const r = await runFactsAsync(['extract', 'missing.txt', '-o', 'out'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe('facts: cannot write out: it is a folder');
  });

  it('escapes the written path in the "wrote" line: a file name cannot send escape sequences to the terminal', async () => {
    const name = 'out\u001b[2J\u001b]0;owned\u0007\n.json';
    const dir = testdir({ 'in.txt': ARTICLE });
    const r = await runFactsAsync(['extract', 'in.txt', '-o', name], { cwd: dir });
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, name))).toBe(true);
    expect(oneLine(r.stderr)).toBe('facts: wrote out\\x1b[2J\\x1b]0;owned\\x07 .json (1 sources, 0 errors)');
  });
});

describe('a sheet that cannot reach standard output', () => {
  it.skipIf(!existsSync('/dev/full'))('> /dev/full: one line on stderr, exit 2, no stack trace', async () => {
    const dir = testdir({ 'in.txt': ARTICLE });
    const full = openSync('/dev/full', 'w');
    try {
      const r = await runFactsAsync(['extract', 'in.txt', '--json'], { cwd: dir, stdout: full });
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toBe('facts: cannot write to standard output: no space left on the device');
    } finally {
      closeSync(full);
    }
  });
});
