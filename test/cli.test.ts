// End to end: the real command, as a user runs it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetSchema } from '../src/index.ts';
import { runFacts, testdir } from './helpers/cli.ts';

describe('facts extract', () => {
  it('prints a valid sheet with 5 sources and all four kinds when piped', () => {
    const r = runFacts(['extract', 'seeds/', '--ref-date', '2025-03-19']);
    expect(r.status).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expect(sheet.sources).toHaveLength(5);
    expect(sheet.refDate).toBe('2025-03-19');
    for (const kind of ['entities', 'quotes', 'numbers', 'dates'] as const) expect(sheet[kind].length).toBeGreaterThan(0);
    expect(sheet.errors).toEqual([]);
  });

  it('gives the same bytes whatever the order of paths or the working directory', () => {
    const dir = testdir({ 'b.txt': 'Ms. Jane Roe said on Friday that 12 ships left.\n', 'a.txt': '“We are ready,” Ms. Roe said.\n' });
    const one = runFacts(['extract', 'a.txt', 'b.txt'], { cwd: dir });
    const two = runFacts(['extract', 'b.txt', 'a.txt'], { cwd: dir });
    const three = runFacts(['extract', path.basename(dir)], { cwd: path.dirname(dir) });
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(three.stdout).entities).toEqual(
      JSON.parse(one.stdout).entities.map((e: { mentions: { path: string; extent?: { path: string } }[] }) => ({
        ...e,
        mentions: e.mentions.map((m) => ({
          ...m,
          path: `${path.basename(dir)}/${m.path}`,
          ...(m.extent ? { extent: { ...m.extent, path: `${path.basename(dir)}/${m.extent.path}` } } : {}),
        })),
      })),
    );
  });

  it('writes -o atomically and leaves no temporary file', () => {
    const dir = testdir({ 'in/a.txt': 'The ministry said 3 drones fell.\n' });
    const r = runFacts(['extract', 'in', '-o', 'out.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    SheetSchema.parse(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')));
    expect(readdirSync(dir).sort()).toEqual(['in', 'out.json']);
  });

  it('reports a missing path, keeps going with the rest, and exits 2 when nothing is readable', () => {
    const dir = testdir({ 'a.txt': 'Paris is big.\n' });
    const partial = runFacts(['extract', 'a.txt', 'missing.txt'], { cwd: dir });
    expect(partial.status).toBe(0);
    expect(partial.stderr).toContain('missing.txt: not-found');
    const sheet = JSON.parse(partial.stdout);
    expect(sheet.sources.map((s: { path: string }) => s.path)).toEqual(['a.txt']);
    expect(sheet.errors).toEqual([{ path: 'missing.txt', code: 'not-found', message: expect.any(String) }]);
    const none = runFacts(['extract', 'missing.txt'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n').at(-1)).toMatch(/^facts: /u);
    expect(runFacts(['extract', 'a.txt', 'missing.txt', '--strict'], { cwd: dir }).status).toBe(1);
  });

  it('exits 2 with a one-line message on a usage error, and shows examples in --help', () => {
    const bad = runFacts(['extract', 'seeds/', '--ref-date', 'March 19']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/YYYY-MM-DD/u);
    const help = runFacts(['extract', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:/u);
  });

  it('prints the JSON Schema of the sheet', () => {
    const r = runFacts(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    // The contract jq users and CI rely on: these names are required, and a speaker may be null.
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'refDate', 'sources', 'entities', 'quotes', 'numbers', 'dates', 'errors']));
    expect(schema.properties.quotes.items.required).toEqual(expect.arrayContaining(['id', 'text', 'speaker', 'cue', 'citations']));
    expect(JSON.stringify(schema.properties.quotes.items.properties.speaker)).toContain('null');
    expect(schema.properties.entities.items.properties.mentions.items.required).toEqual(['path', 'start', 'end', 'line', 'column', 'text']);
  });
});
