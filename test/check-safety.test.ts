// `facts check` and `facts diff` on hostile or unlucky input (issue 8, items
// 3, 5, 7, 11, 12, 13, 17). Most cases run the CLI's own `main` in this
// process, from a temporary folder, with stdout and stderr captured: the same
// code path as bin/facts minus the process start. Cases where the process
// boundary matters (a FIFO that could hang the process) spawn the real CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.ts';
import { diffSheets } from '../src/diff/compare.ts';
import { readSheetFile } from '../src/diff/read.ts';
import { escapeData, escapeProperty, renderAnnotations } from '../src/diff/render.ts';
import { SheetSchema, type Sheet } from '../src/sheet/schema.ts';
import { BIN, ROOT, spawnAsync, testdir, type RunResult } from './helpers/cli.ts';

/** `facts …args` through the CLI's main, run from `cwd`, with its output captured. */
async function facts(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  const before = process.cwd();
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => !!out.push(String(chunk)));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => !!err.push(String(chunk)));
  Object.assign(process.env, { NO_COLOR: '1', GITHUB_ACTIONS: '' }, env);
  process.chdir(cwd);
  try {
    const status = await main(['node', 'facts', ...args]);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(before);
    vi.restoreAllMocks();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** The real CLI in a child process, killed after `timeoutMs` (status null then): a hang fails, never blocks. */
function spawnFacts(args: string[], cwd: string, timeoutMs = 45_000): Promise<RunResult> {
  return spawnAsync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, timeoutMs });
}

afterEach(() => vi.restoreAllMocks());

const NEWS = 'Ms. Jane Roe said on Friday that 12 ships left the port.\nThe ministry said 175 prisoners were freed.\n';

async function lockedDir(files: Record<string, string | Buffer>, inputs = ['docs']): Promise<string> {
  const dir = testdir(files);
  const made = await facts(['extract', ...inputs, '--ref-date', '2025-03-19', '-o', 'facts.lock.json'], dir);
  expect(made.status, made.stderr).toBe(0);
  return dir;
}

const lockOf = (dir: string) => readFileSync(path.join(dir, 'facts.lock.json'), 'utf8');

describe('item 3: check run where the recorded inputs are not', () => {
  it('exits 2 saying that none of the inputs exist, and --update refuses and leaves the lock alone', async () => {
    const dir = testdir({});
    const proj = path.join(dir, 'proj');
    mkdirSync(path.join(proj, 'docs'), { recursive: true });
    writeFileSync(path.join(proj, 'docs/a.txt'), NEWS);
    expect((await facts(['extract', 'docs', '-o', 'facts.lock.json'], proj)).status).toBe(0);
    const lock = lockOf(proj);

    const check = await facts(['check', 'proj/facts.lock.json'], dir);
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/^facts: none of the inputs recorded in proj\/facts\.lock\.json \(docs\) exist in .+; .*run the check from the folder the sheet was made in\n$/u);
    expect(check.stdout).toBe('');
    const update = await facts(['check', 'proj/facts.lock.json', '--update'], dir);
    expect(update.status).toBe(2);
    expect(update.stderr).toMatch(/none of the inputs recorded/u);
    expect(lockOf(proj)).toBe(lock);
    // From the right folder, it is up to date.
    expect((await facts(['check', 'facts.lock.json'], proj)).status).toBe(0);
    // A sheet that records no inputs at all has nothing to check either.
    const none = SheetSchema.parse({ ...JSON.parse(lock), inputs: [] });
    writeFileSync(path.join(proj, 'none.json'), JSON.stringify(none));
    const empty = await facts(['check', 'none.json', '--update'], proj);
    expect([empty.status, empty.stderr]).toEqual([2, 'facts: none.json records no inputs, so there is nothing to check\n']);
  });

  it('--update refuses to empty a sheet when its inputs exist but no source in them can be read', async () => {
    const dir = await lockedDir({ 'docs/a.txt': NEWS });
    const lock = lockOf(dir);
    rmSync(path.join(dir, 'docs/a.txt'));
    const check = await facts(['check', 'facts.lock.json'], dir);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('- docs/a.txt (source gone)');
    const update = await facts(['check', 'facts.lock.json', '--update'], dir);
    expect(update.status).toBe(2);
    expect(update.stderr).toMatch(/^facts: not updating facts\.lock\.json: none of its 1 sources could be read/u);
    expect(lockOf(dir)).toBe(lock);
  });
});

describe('item 5: sheets that are not regular files', () => {
  it('check and diff refuse a FIFO at once (exit 2, one line) instead of waiting for a writer', async () => {
    const dir = testdir({ 'docs/a.txt': NEWS });
    expect((await facts(['extract', 'docs', '-o', 'good.json'], dir)).status).toBe(0);
    const made = spawnSync('mkfifo', ['pipe.json'], { cwd: dir });
    expect(made.status, String(made.stderr)).toBe(0);
    const runs = await Promise.all([
      spawnFacts(['check', 'pipe.json'], dir),
      spawnFacts(['diff', 'pipe.json', 'good.json'], dir),
      spawnFacts(['diff', 'good.json', 'pipe.json'], dir),
    ]);
    for (const r of runs) {
      expect(r.status, `${r.stderr} (null: killed after the timeout, i.e. it hung)`).toBe(2);
      expect(r.stderr).toBe('facts: cannot read pipe.json: not a regular file (a FIFO, device or socket); a sheet must be a file\n');
    }
  });

  it('refuses devices, folders and sheets over the size limit, with a clear reason', async () => {
    const dir = testdir({ 'big.json': `{"padding": "${'x'.repeat(2000)}"}` });
    const big = await readSheetFile(path.join(dir, 'big.json'), { maxBytes: 1000 });
    expect(big).toEqual({ ok: false, message: expect.stringMatching(/cannot read .*big\.json: 0\.0 MiB, over the 0\.0 MiB limit for a sheet$/u) });
    expect(await readSheetFile('/dev/null')).toEqual({ ok: false, message: expect.stringContaining('not a regular file') });
    expect(await readSheetFile(dir)).toEqual({ ok: false, message: expect.stringContaining('is a folder, not a sheet') });
    const r = await facts(['diff', '/dev/zero', 'big.json'], dir);
    expect([r.status, r.stderr]).toEqual([2, 'facts: cannot read /dev/zero: not a regular file (a FIFO, device or socket); a sheet must be a file\n']);
  });
});

describe('item 7: very large diffs', () => {
  it('renders 100,000 changed facts as text (no stack overflow), one line each', async () => {
    const N = 100_000;
    const sheet = (name: (i: number) => string): Sheet => ({
      version: 1,
      refDate: null,
      inputs: ['docs'],
      sources: [{ path: 'docs/a.txt', sha256: 'a'.repeat(64), bytes: N, lines: 1 }],
      entities: Array.from({ length: N }, (_, i) => ({
        id: `person/p${String(i).padStart(6, '0')}`,
        type: 'person' as const,
        name: name(i),
        aliases: [],
        mentions: [{ path: 'docs/a.txt', start: i, end: i + 1, line: 1, column: i + 1, text: 'x' }],
      })),
      quotes: [],
      numbers: [],
      dates: [],
      errors: [],
    });
    const before = sheet((i) => `Person ${i}`);
    const after = sheet((i) => `Person ${i} Jr`);
    expect(SheetSchema.safeParse(after).success).toBe(true);
    const dir = testdir({ 'a.json': JSON.stringify(before), 'b.json': JSON.stringify(after) });
    const r = await facts(['diff', 'a.json', 'b.json'], dir, { GITHUB_ACTIONS: 'true' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    // GitHub shows few annotations per step: 50, then one that counts the rest.
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toHaveLength(51);
    expect(annotations[50]).toBe(`::error title=facts diff b.json::… and ${N - 50} more differences (see the log)`);
    expect(r.stdout.split('\n')[0]).toBe(`facts: a.json → b.json: ${N} facts changed`);
    expect(r.stdout.match(/^ {2}~ entity person\/p\d{6}: name “Person \d+” → “Person \d+ Jr”$/gmu)).toHaveLength(N);
  });
});

describe('item 11: inputs outside the folder the check runs from', () => {
  function withSecret(): { dir: string; proj: string } {
    const dir = testdir({ 'secret/key.txt': 'The password is 31337 hunters2.\n', 'proj/docs/a.txt': NEWS });
    return { dir, proj: path.join(dir, 'proj') };
  }

  it.each([
    ['a ../ path', '../secret', /records the input \.\.\/secret, which leads outside the current folder;/u],
    ['an absolute path', 'ABS', /records the input \/.*secret, which is an absolute path;/u],
    ['a symbolic link out of the folder', 'docs-link', /records the input docs-link, which leads outside the current folder through a symbolic link;/u],
  ])('refuses %s (exit 2, nothing read or printed) unless --allow-outside', async (_name, spelled, message) => {
    const { dir, proj } = withSecret();
    const input = spelled === 'ABS' ? path.join(dir, 'secret') : spelled;
    if (spelled === 'docs-link') symlinkSync(path.join(dir, 'secret'), path.join(proj, 'docs-link'));
    // A sheet that names the secret folder, as a tampered lock would; its facts say nothing.
    const clean = SheetSchema.parse({ version: 1, refDate: null, inputs: [input], sources: [], entities: [], quotes: [], numbers: [], dates: [], errors: [] });
    writeFileSync(path.join(proj, 'facts.lock.json'), `${JSON.stringify(clean, null, 2)}\n`);

    for (const env of [{ GITHUB_ACTIONS: '' }, { GITHUB_ACTIONS: 'true' }]) {
      const r = await facts(['check', 'facts.lock.json'], proj, env);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/--allow-outside/u);
      expect(r.stdout + r.stderr).not.toMatch(/31337|hunters2/u);
    }
    const update = await facts(['check', 'facts.lock.json', '--update'], proj);
    expect(update.status).toBe(2);
    expect(readFileSync(path.join(proj, 'facts.lock.json'), 'utf8')).toBe(`${JSON.stringify(clean, null, 2)}\n`);

    const allowed = await facts(['check', 'facts.lock.json', '--allow-outside'], proj);
    expect(allowed.status).toBe(1);
    expect(allowed.stdout).toMatch(/31337/u);
  });

  it('never reads a file that a symbolic link inside an input folder points to outside it', async () => {
    const { dir, proj } = withSecret();
    const made = await facts(['extract', 'docs', '-o', 'facts.lock.json'], proj);
    expect(made.status).toBe(0);
    // Added after the lock was made, as in a tampered pull request.
    symlinkSync(path.join(dir, 'secret/key.txt'), path.join(proj, 'docs/link.txt'));
    for (const flags of [[], ['--update']]) {
      const r = await facts(['check', 'facts.lock.json', ...flags], proj, { GITHUB_ACTIONS: 'true' });
      expect(r.stdout + r.stderr).not.toMatch(/31337|hunters2/u);
      // Refused by name, or (when folder walks do not follow links) never listed at all.
      if (r.status === 2) expect(r.stderr).toMatch(/^facts: docs\/link\.txt, found in the inputs of facts\.lock\.json, leads outside the current folder through a symbolic link;/u);
    }
    expect(readFileSync(path.join(proj, 'facts.lock.json'), 'utf8')).not.toMatch(/31337|hunters2/u);
    const allowed = await facts(['check', 'facts.lock.json', '--allow-outside'], proj);
    expect(allowed.stderr).not.toMatch(/outside/u);
  });

  it('accepts relative inputs inside the folder, "." and "docs/../docs" included', async () => {
    const dir = await lockedDir({ 'docs/a.txt': NEWS, 'b.txt': 'Paris is big.\n' }, ['docs/../docs', 'b.txt']);
    expect((await facts(['check', 'facts.lock.json'], dir)).status).toBe(0);
    const dot = await lockedDir({ 'a.txt': NEWS }, ['.']);
    // The lock lies inside "." and is read as an input (a warning, drift): never refused as outside.
    const r = await facts(['check', 'facts.lock.json'], dot);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/--allow-outside/u);
  });
});

describe('item 12: a sheet saved with a UTF-8 byte-order mark', () => {
  it('is read by check and diff', async () => {
    const dir = await lockedDir({ 'docs/a.txt': NEWS });
    const plain = lockOf(dir);
    writeFileSync(path.join(dir, 'facts.lock.json'), `\uFEFF${plain}`);
    writeFileSync(path.join(dir, 'plain.json'), plain);
    const check = await facts(['check', 'facts.lock.json'], dir);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/is up to date[\s\S]*not byte-identical/u);
    const diff = await facts(['diff', 'facts.lock.json', 'plain.json'], dir);
    expect([diff.status, diff.stdout, diff.stderr]).toEqual([0, '', '']);
    // A BOM anywhere else is still not JSON.
    writeFileSync(path.join(dir, 'late.json'), ` \uFEFF${plain}`);
    expect((await facts(['diff', 'late.json', 'plain.json'], dir)).status).toBe(2);
  });
});

describe('item 13: GitHub annotations escape file names and messages', () => {
  it.each([
    ['percent, CR and LF in a message', '50%\r\nnext', '50%25%0D%0Anext', '50%25%0D%0Anext'],
    ['colon and comma only in properties', 'a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['an escape sequence', 'x\u001b[2Jy', 'x\\x1b[2Jy', 'x\\x1b[2Jy'],
    ['bidi override and isolate', 'a\u202Eb\u2066c', 'a\\u{202e}b\\u{2066}c', 'a\\u{202e}b\\u{2066}c'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u{2028}b\\u{2029}c', 'a\\u{2028}b\\u{2029}c'],
    ['right-to-left, left-to-right and Arabic letter marks', 'a\u200Fb\u200Ec\u061Cd', 'a\\u{200f}b\\u{200e}c\\u{61c}d', 'a\\u{200f}b\\u{200e}c\\u{61c}d'],
    ['a backspace and a C1 control', 'a\bb\u009bc', 'a\\x08b\\x9bc', 'a\\x08b\\x9bc'],
    ['plain text, which passes untouched', 'docs/a.txt', 'docs/a.txt', 'docs/a.txt'],
  ])('%s', (_name, raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  it('keeps every annotation on one line with no raw control or bidi characters, end to end', async () => {
    const evil = 'docs/e\u001b[31mvil\u202E,x:y%\nz.txt';
    const dir = await lockedDir({ [evil]: 'The ministry said 175 prisoners were freed.\n' });
    writeFileSync(path.join(dir, evil), 'The ministry said 176 prisoners were freed.\n');
    const r = await facts(['check', 'facts.lock.json'], dir, { GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    const escapedFile = 'file=docs/e\\x1b[31mvil\\u{202e}%2Cx%3Ay%25%0Az.txt,line=1,col=19,';
    expect(annotations.filter((l) => l.includes(escapedFile))).toHaveLength(2);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('escapes error rows, whose paths and messages come from the sheet', () => {
    const base = { version: 1, refDate: null, inputs: ['d'], sources: [], entities: [], quotes: [], numbers: [], dates: [] } as const;
    const a = SheetSchema.parse({ ...base, errors: [] });
    const b = SheetSchema.parse({ ...base, errors: [{ path: 'd/\u001b]0;x\u0007.txt', code: 'binary', message: 'line\u2028two' }] });
    expect(renderAnnotations(diffSheets(a, b), { title: 'facts check \u202Ex' })).toBe(
      '::error title=facts check \\u{202e}x%3A error row added::d/\\x1b]0;x\\x07.txt: binary: line\\u{2028}two\n',
    );
  });
});

describe('item 17: check fails on changed facts, not on moves', () => {
  const TEXT = 'Ms. Jane Roe said on Friday that 12 ships left.\n“We are ready,” Ms. Roe said.\n';

  it.each([
    ['text inserted above every fact', (t: string) => `Editorial note.\n\n${t}`],
    ['three characters added on line 2', (t: string) => t.replace('“We are ready,”', 'Yes. “We are ready,”')],
    ['a mention added in a file that already cites the fact', (t: string) => `${t}Later, 12 ships left.\n`],
    ['trailing words that carry no fact', (t: string) => `${t}\nThat is all.\n`],
  ])('%s: exit 0, reported as information; --fail-on-moves makes it exit 1', async (_name, change) => {
    const dir = await lockedDir({ 'docs/a.txt': TEXT });
    const lock = lockOf(dir);
    writeFileSync(path.join(dir, 'docs/a.txt'), change(TEXT));
    const r = await facts(['check', 'facts.lock.json'], dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^facts: facts\.lock\.json has the same facts \(1 sources, \d+ facts\)\n/u);
    expect(r.stdout).toMatch(/information, not a failure: (\d+ facts? moved .*; )?1 source edited without a change of facts in docs\/a\.txt \(--fail-on-moves makes these fail\)$/mu);
    expect(r.stdout).toContain('To record the new places: npx facts check facts.lock.json --update');
    const gha = await facts(['check', 'facts.lock.json'], dir, { GITHUB_ACTIONS: 'true' });
    expect([gha.status, gha.stdout]).toEqual([0, r.stdout]);
    const json = await facts(['check', 'facts.lock.json', '--json'], dir);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ different: false, failOnMoves: false, summary: { info: { sources: 1 } } });
    // The old flag, now the default, still works.
    expect((await facts(['check', 'facts.lock.json', '--ignore-moves'], dir)).status).toBe(0);

    const strict = await facts(['check', 'facts.lock.json', '--fail-on-moves'], dir);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/has drifted: .*1 source changed/u);
    expect(lockOf(dir)).toBe(lock);
  });

  it.each([
    ['value', (t: string) => t.replace('12 ships', '13 ships'), /\+ number 13 ship/u],
    ['quote text', (t: string) => t.replace('We are ready', 'We are not ready'), /\+ quote “We are not ready,”/u],
    ['speaker', (t: string) => t.replace('Ms. Roe said', 'said John Smith'), /speaker person\/jane-roe → person\/john-smith/u],
    ['set of sources citing a fact', (t: string) => t, /~ number 12 ship: cited in 1 → 2 sources/u],
  ])('a changed %s fails (exit 1), with or without the flags', async (name, change, says) => {
    const QUIET = 'By noon, the port was quiet.\n';
    const dir = await lockedDir({ 'docs/a.txt': TEXT, 'docs/b.txt': QUIET });
    writeFileSync(path.join(dir, 'docs/a.txt'), change(TEXT));
    // The same fact, now also cited by another source that was already there.
    if (name === 'set of sources citing a fact') writeFileSync(path.join(dir, 'docs/b.txt'), QUIET.replace('the port was quiet', '12 ships left'));
    for (const flags of [[], ['--ignore-moves'], ['--fail-on-moves']]) {
      const r = await facts(['check', 'facts.lock.json', ...flags], dir);
      expect(r.status, `${flags.join(' ')}\n${r.stdout}`).toBe(1);
      expect(r.stdout).toMatch(says);
    }
  });

  it('refuses --ignore-moves together with --fail-on-moves (exit 2)', async () => {
    const dir = await lockedDir({ 'docs/a.txt': TEXT });
    for (const cmd of [['check', 'facts.lock.json'], ['diff', 'facts.lock.json', 'facts.lock.json']]) {
      const r = await facts([...cmd, '--ignore-moves', '--fail-on-moves'], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot be used with/u);
    }
  });

  it('diff treats moves the same way: exit 0 with a note, 1 with --fail-on-moves', async () => {
    const dir = await lockedDir({ 'docs/a.txt': TEXT });
    writeFileSync(path.join(dir, 'docs/a.txt'), `Editorial note.\n\n${TEXT}`);
    expect((await facts(['extract', 'docs', '--ref-date', '2025-03-19', '-o', 'moved.json'], dir)).status).toBe(0);
    const r = await facts(['diff', 'facts.lock.json', 'moved.json'], dir);
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toMatch(/^facts: information, not a failure: \d+ facts moved/u);
    const strict = await facts(['diff', 'facts.lock.json', 'moved.json', '--fail-on-moves'], dir);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^ {2}> number 12 ship: moved docs\/a\.txt:1:\d+ → 3:\d+$/mu);
  });

  it('documents what fails in --help', async () => {
    const help = await facts(['check', '--help'], ROOT);
    expect(help.status).toBe(0);
    for (const s of ['--fail-on-moves', '--allow-outside', 'Fails (exit 1) on changed facts']) expect(help.stdout).toContain(s);
  });
});

describe('check re-extracts with the reference dates the sheet recorded', () => {
  it('a sheet made with --ref-dates checks clean: its dates are resolved against the same days', async () => {
    const dir = testdir({ 'docs/a.txt': 'The council met on Monday and will vote next month.\n', 'dates.csv': 'path,date\ndocs/a.txt,2024-05-01\n' });
    try {
      const made = await facts(['extract', 'docs', '--ref-dates', 'dates.csv', '--no-cache', '-o', 'facts.json'], dir);
      expect(made.status).toBe(0);
      const sheet = JSON.parse(readFileSync(path.join(dir, 'facts.json'), 'utf8')) as Sheet;
      expect(sheet.sources[0].refDate).toBe('2024-05-01');
      expect(sheet.dates.map((d) => d.value)).toContain('2024-04-29');
      const check = await facts(['check', 'facts.json', '--no-cache'], dir);
      expect(check.stdout).not.toMatch(/changed/u);
      expect(check.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
