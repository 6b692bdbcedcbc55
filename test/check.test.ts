// `facts check` end to end, as CI runs it: the real command on temporary folders.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetSchema } from '../src/sheet/schema.ts';
import { BIN, ROOT, spawnAsync, testdir, type RunResult, type runFacts as runFactsSync } from './helpers/cli.ts';

/**
 * helpers/cli.ts runFacts, but without blocking the test worker while the
 * command runs (spawnSync for seconds at a time starves vitest's own RPC on a
 * loaded machine). Same command, same environment, same result shape.
 */
function runFacts(...[args, options = {}]: Parameters<typeof runFactsSync>): Promise<RunResult> {
  return spawnAsync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env } });
}

const SEED_DIR = path.join(ROOT, 'seeds');
const SEEDS = readdirSync(SEED_DIR)
  .filter((n) => !n.startsWith('.'))
  .sort();

/** A temporary copy of the seeds, under seeds/ as in the repo. */
function seedCopy(): string {
  return testdir(Object.fromEntries(SEEDS.map((n) => [`seeds/${n}`, readFileSync(path.join(SEED_DIR, n))])));
}

/** The seed and 1-based line where "175 prisoners" is released (the one the issue edits). */
function prisonerLine(dir: string): { file: string; line: number } {
  for (const n of SEEDS) {
    const lines = readFileSync(path.join(dir, 'seeds', n), 'utf8').split('\n');
    const i = lines.findIndex((l) => /released 175 prisoners/u.test(l));
    if (i >= 0) return { file: `seeds/${n}`, line: i + 1 };
  }
  throw new Error('no seed says "released 175 prisoners"');
}

function edit(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

describe('the committed seeds sheet', () => {
  it('fixtures/seeds.facts.json matches what the extractor finds on seeds/ today', async () => {
    const r = await runFacts(['check', 'fixtures/seeds.facts.json']);
    expect(r.stderr).not.toMatch(/not a valid fact sheet|cannot read/u);
    expect(
      r.status,
      [
        '',
        'The facts extracted from seeds/ no longer match fixtures/seeds.facts.json.',
        'If the change is intended, run',
        '',
        '    npx facts check fixtures/seeds.facts.json --update',
        '',
        'then review the diff of fixtures/seeds.facts.json (git diff) and commit it with your change.',
        '',
        r.stdout,
        r.stderr,
      ].join('\n'),
    ).toBe(0);
  });
});

describe('determinism, which facts check rests on', () => {
  it('gives byte-identical sheets across runs, reversed path order and working directories', async () => {
    const forward = SEEDS.map((n) => `seeds/${n}`);
    const args = ['--ref-date', '2025-03-19'];
    const [one, two, reversed] = await Promise.all([
      runFacts(['extract', ...forward, ...args]),
      runFacts(['extract', ...forward, ...args]),
      runFacts(['extract', ...[...forward].reverse(), ...args]),
    ]);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).sources).toHaveLength(SEEDS.length);
    expect(two.stdout).toBe(one.stdout);
    expect(reversed.stdout).toBe(one.stdout);
    // The same relative paths from another working directory: the same bytes.
    const [here, elsewhere, dotted] = await Promise.all([
      runFacts(['extract', 'seeds/', ...args]),
      runFacts(['extract', 'seeds/', ...args], { cwd: seedCopy() }),
      runFacts(['extract', './seeds', ...args]),
    ]);
    expect(here.status).toBe(0);
    expect(elsewhere.stdout).toBe(here.stdout);
    expect(dotted.stdout).toBe(here.stdout);
  });
});

describe('facts check', () => {
  it('175 → 176 in one seed: exit 1 naming the number, the file and the line; undo: exit 0', async () => {
    const dir = seedCopy();
    expect((await runFacts(['extract', 'seeds/', '--ref-date', '2025-03-19', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    const clean = await runFacts(['check', 'facts.lock.json'], { cwd: dir });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/^facts: facts\.lock\.json is up to date \(5 sources, \d+ facts\)\n$/u);

    const { file, line } = prisonerLine(dir);
    edit(dir, file, 'released 175 prisoners', 'released 176 prisoners');
    const drift = await runFacts(['check', 'facts.lock.json'], { cwd: dir });
    expect(drift.status, drift.stdout + drift.stderr).toBe(1);
    expect(drift.stdout).toContain('facts: facts.lock.json has drifted: 1 fact added, 1 changed; 1 source changed');
    expect(drift.stdout).toContain('~ number 175 prisoner: cited in 2 → 1 sources');
    expect(drift.stdout).toMatch(new RegExp(`- ${file}:${line}:\\d+  “175`, 'u'));
    expect(drift.stdout).toContain('+ number 176 prisoner');
    expect(drift.stdout).toMatch(new RegExp(`\\+ ${file}:${line}:\\d+  “176`, 'u'));
    expect(drift.stdout).toContain(`~ ${file}: sha256 `);
    expect(drift.stdout).toContain('npx facts check facts.lock.json --update');
    expect(drift.stdout).not.toMatch(/\u001b|^::/mu);

    edit(dir, file, 'released 176 prisoners', 'released 175 prisoners');
    const undone = await runFacts(['check', 'facts.lock.json'], { cwd: dir });
    expect(undone.status, undone.stdout).toBe(0);
  });

  it('--update rewrites the sheet atomically, says what changed, and then the check passes', async () => {
    const dir = testdir({ 'docs/a.txt': 'The ministry said 175 prisoners were freed.\n', 'docs/b.txt': 'Ms. Jane Roe spoke on Friday.\n' });
    expect((await runFacts(['extract', 'docs', '--ref-date', '2025-03-19', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    edit(dir, 'docs/a.txt', '175', '176');
    expect((await runFacts(['check', 'facts.lock.json'], { cwd: dir })).status).toBe(1);
    const update = await runFacts(['check', 'facts.lock.json', '--update'], { cwd: dir });
    expect(update.status, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/^facts: updated facts\.lock\.json: 1 fact added, 1 removed; 1 source changed\n/u);
    expect(update.stdout).toContain('- number 175 prisoner');
    expect(update.stdout).toContain('+ number 176 prisoner');
    const sheet = SheetSchema.parse(JSON.parse(readFileSync(path.join(dir, 'facts.lock.json'), 'utf8')));
    expect(sheet.numbers.map((n) => n.id)).toContain('number/176-prisoner');
    expect(readdirSync(dir).sort()).toEqual(['docs', 'facts.lock.json']);
    // The rewritten sheet is exactly what extract writes.
    const extracted = await runFacts(['extract', 'docs', '--ref-date', '2025-03-19'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'facts.lock.json'), 'utf8')).toBe(extracted.stdout);
    expect((await runFacts(['check', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    const again = await runFacts(['check', 'facts.lock.json', '--update'], { cwd: dir });
    expect(again.stdout).toMatch(/is up to date/u);
  });

  it('reports citations that only moved as information (exit 0); --fail-on-moves fails on them', async () => {
    const text = 'Ms. Jane Roe said on Friday that 12 ships left.\n“We are ready,” Ms. Roe said.\n';
    const dir = testdir({ 'docs/a.txt': text });
    expect((await runFacts(['extract', 'docs', '--ref-date', '2025-03-19', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    writeFileSync(path.join(dir, 'docs/a.txt'), `Editorial note.\n\n${text}`);
    const moved = await runFacts(['check', 'facts.lock.json'], { cwd: dir });
    expect(moved.status, moved.stdout).toBe(0);
    expect(moved.stdout).toMatch(/has the same facts/u);
    expect(moved.stdout).toMatch(/information, not a failure: \d+ facts? moved \(cited by the same sources at other places\); 1 source edited without a change of facts/u);
    const strict = await runFacts(['check', 'facts.lock.json', '--fail-on-moves'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/has drifted: \d+ facts? moved; 1 source changed/u);
    expect(strict.stdout).toMatch(/> number 12 ship: moved docs\/a\.txt:1:\d+ → 3:\d+/u);
    expect(strict.stdout).not.toMatch(/^ {2}[+-] /mu);
    // A real change fails whatever the flags.
    edit(dir, 'docs/a.txt', '12 ships', '13 ships');
    expect((await runFacts(['check', 'facts.lock.json', '--ignore-moves'], { cwd: dir })).status).toBe(1);
  });

  it('writes GitHub Actions annotations on the cited line when GITHUB_ACTIONS=true', async () => {
    const dir = testdir({ 'docs/a.txt': 'Intro.\nThe ministry said 175 prisoners were freed.\n' });
    expect((await runFacts(['extract', 'docs', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    edit(dir, 'docs/a.txt', '175', '176');
    const gha = await runFacts(['check', 'facts.lock.json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(gha.status).toBe(1);
    expect(gha.stdout).toMatch(/^::error file=docs\/a\.txt,line=2,col=\d+,title=facts check facts\.lock\.json%3A number added::number 176 prisoner/mu);
    expect(gha.stdout).toMatch(/^::error file=docs\/a\.txt,line=2,col=\d+,title=facts check facts\.lock\.json%3A number removed::number 175 prisoner/mu);
    const local = await runFacts(['check', 'facts.lock.json'], { cwd: dir, env: { GITHUB_ACTIONS: '' } });
    expect(local.stdout).not.toMatch(/^::/mu);
  });

  it('--json prints the diff for machines', async () => {
    const dir = testdir({ 'docs/a.txt': 'The ministry said 175 prisoners were freed.\n' });
    expect((await runFacts(['extract', 'docs', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    edit(dir, 'docs/a.txt', '175', '176');
    const r = await runFacts(['check', 'facts.lock.json', '--json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.different).toBe(true);
    expect(out.summary.facts).toEqual({ added: 1, removed: 1, changed: 0, moved: 0 });
    expect(out.facts.map((f: { id: string; status: string }) => `${f.status} ${f.id}`)).toEqual(['removed number/175-prisoner', 'added number/176-prisoner']);
    expect(out.facts[1].evidence).toMatchObject({ path: 'docs/a.txt', line: 1, text: expect.stringContaining('176') });
    expect(r.stderr).toMatch(/has drifted/u);
  });

  it('a source file that vanished is drift (exit 1), not a crash', async () => {
    const dir = testdir({ 'docs/a.txt': 'The ministry said 175 prisoners were freed.\n', 'docs/b.txt': 'Ms. Jane Roe spoke.\n', 'c.txt': 'Paris.\n' });
    expect((await runFacts(['extract', 'docs', 'c.txt', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    rmSync(path.join(dir, 'docs/a.txt'));
    rmSync(path.join(dir, 'c.txt'));
    const r = await runFacts(['check', 'facts.lock.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('- docs/a.txt (source gone)');
    expect(r.stdout).toContain('- c.txt (source gone)');
    expect(r.stdout).toContain('+ c.txt: not-found: no such file or directory');
    expect(r.stdout).toMatch(/- number 175 prisoner \(gone, was cited 1 time\)\n {6}- docs\/a\.txt:1:\d+/u);
    expect(r.stderr).not.toMatch(/internal error/u);
  });

  it('resolves inputs against the current directory, and says so when none is there', async () => {
    const dir = testdir({ 'proj/docs/a.txt': 'The ministry said 175 prisoners were freed.\n' });
    expect((await runFacts(['extract', 'docs', '-o', 'facts.lock.json'], { cwd: path.join(dir, 'proj') })).status).toBe(0);
    const wrong = await runFacts(['check', 'proj/facts.lock.json'], { cwd: dir });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/none of the inputs recorded in proj\/facts\.lock\.json \(docs\) exist in .*resolved against the current directory/u);
    expect((await runFacts(['check', 'facts.lock.json'], { cwd: path.join(dir, 'proj') })).status).toBe(0);
  });

  it('warns when the sheet lies inside its own inputs', async () => {
    const dir = testdir({ 'a.txt': 'Paris is big.\n' });
    expect((await runFacts(['extract', '.', '-o', 'facts.lock.json'], { cwd: dir })).status).toBe(0);
    const r = await runFacts(['check', 'facts.lock.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/facts\.lock\.json lies inside its own inputs/u);
    // Read as a new source, or reported as an unsupported file: either way it is drift.
    expect(r.stdout).toMatch(/^ {2}\+ facts\.lock\.json[ :]/mu);
  });

  it('exits 2 on a missing sheet, on a file that is not JSON, and on a sheet that fails the schema (with the zod path)', async () => {
    const good = JSON.parse((await runFacts(['extract', 'a.txt'], { cwd: testdir({ 'a.txt': 'The ministry said 175 prisoners were freed.\n' }) })).stdout);
    good.numbers[0].value = '175';
    delete good.sources[0].sha256;
    const dir = testdir({ 'bad.json': JSON.stringify(good), 'text.json': 'not json {' });
    const [missing, notJson, invalid, none] = await Promise.all([
      runFacts(['check', 'nope.json'], { cwd: dir }),
      runFacts(['check', 'text.json'], { cwd: dir }),
      runFacts(['check', 'bad.json', '--update'], { cwd: dir }),
      runFacts(['check'], { cwd: dir }),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('facts: cannot read nope.json: no such file\n');
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^facts: text\.json is not JSON: /u);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/^facts: bad\.json is not a valid fact sheet \(2 schema issues\):\n/u);
    expect(invalid.stderr).toMatch(/^ {2}sources\[0\]\.sha256: .+$/mu);
    expect(invalid.stderr).toMatch(/^ {2}numbers\[0\]\.value: .*expected number.*$/mu);
    expect(invalid.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'bad.json'), 'utf8')).toBe(JSON.stringify(good));
    expect(none.status).toBe(2);
  });

  it('documents itself in --help', async () => {
    const [help, top] = await Promise.all([runFacts(['check', '--help']), runFacts(['--help'])]);
    expect(help.status).toBe(0);
    for (const s of ['--update', '--fail-on-moves', '--allow-outside', '--json', 'Exit codes: 0', 'Examples:']) expect(help.stdout).toContain(s);
    expect(top.stdout).toMatch(/facts check facts\.json/u);
  });
});

describe('facts diff', () => {
  it('exits 0 and prints nothing for equal sheets, 1 with a readable diff, 2 when a sheet is missing or invalid', async () => {
    const docs = { 'docs/a.txt': 'The ministry said 175 prisoners were freed.\n', 'docs/b.txt': 'Kyiv said 175 prisoners came home.\n' };
    const [a, b] = await Promise.all([
      runFacts(['extract', 'docs'], { cwd: testdir(docs) }),
      runFacts(['extract', 'docs'], { cwd: testdir({ ...docs, 'docs/b.txt': docs['docs/b.txt'].replace('175', '176') }) }),
    ]);
    const before = SheetSchema.parse(JSON.parse(a.stdout));
    const dir = testdir({
      'a.json': a.stdout,
      'a2.json': JSON.stringify(before),
      'b.json': b.stdout,
      'bad.json': JSON.stringify({ ...before, version: 2 }),
    });
    const [same, r, json, gha, missing, bad] = await Promise.all([
      runFacts(['diff', 'a.json', 'a2.json'], { cwd: dir }),
      runFacts(['diff', 'a.json', 'b.json'], { cwd: dir }),
      runFacts(['diff', 'a.json', 'b.json', '--json'], { cwd: dir }),
      runFacts(['diff', 'a.json', 'b.json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } }),
      runFacts(['diff', 'a.json', 'nope.json'], { cwd: dir }),
      runFacts(['diff', 'bad.json', 'a.json'], { cwd: dir }),
    ]);
    expect([same.status, same.stdout]).toEqual([0, '']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('facts: a.json → b.json: 1 fact added, 1 changed; 1 source changed');
    expect(lines).toContain('  ~ number 175 prisoner: cited in 2 → 1 sources');
    expect(lines).toContain('      - docs/b.txt:1:11  “175”');
    expect(lines).toContain('  + number 176 prisoner (new, cited 1 time)');
    expect(lines).toContain('      + docs/b.txt:1:11  “176”');
    expect(r.stdout).not.toMatch(/^::/mu);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ before: 'a.json', after: 'b.json', different: true });
    expect(gha.stdout).toMatch(/^::error file=docs\/b\.txt,line=1,col=11,title=facts diff b\.json%3A number added::/mu);
    expect([missing.status, missing.stderr]).toEqual([2, 'facts: cannot read nope.json: no such file\n']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^ {2}version: /mu);
  });
});
