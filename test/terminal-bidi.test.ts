// Bidirectional controls and line separators are invisible and reorder or break
// what a terminal shows ("Trojan Source": U+202E turns "txt.exe" into "exe.txt"
// on screen). From a document they must never reach the terminal raw: not in
// the summary, and not in `--json` printed on a terminal. Piped or written to a
// file, the JSON keeps the documents' text exactly.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderSummary, safeForTerminal } from '../src/emit/summary.ts';
import { sheetToJson } from '../src/emit/json.ts';
import { SheetSchema, type Sheet } from '../src/index.ts';
import { BIN, runFactsAsync, spawnAsync, testdir } from './helpers/cli.ts';

/** Every bidirectional control (Unicode Bidi_Control) and both line separators. */
const BIDI = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const SEPARATORS = ['\u2028', '\u2029'];
const RAW = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

const ARTICLE = `President Ada Ng said on 3 March 2025 that 12 ships left ${BIDI.join('x')} Lagos.\n“We are${SEPARATORS.join(' ')} \u202eready\u202c,” Ng said.\n`;

describe('bidirectional controls in the terminal summary', () => {
  it.each([...BIDI, ...SEPARATORS].map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase()}`, c]))('safeForTerminal leaves no raw %s', (_, c) => {
    expect(safeForTerminal(`a${c}b`)).not.toMatch(RAW);
  });

  it('shows marks and overrides as visible escapes, and line separators as spaces', () => {
    expect(safeForTerminal('name\u200f.txt')).toBe('name\\u{200f}.txt');
    expect(safeForTerminal('ab\u061c')).toBe('ab\\u{61c}');
    expect(safeForTerminal('one\u2028two\u2029three')).toBe('one two three');
    // Right-to-left text itself is not a control and stays as it is.
    expect(safeForTerminal('שלום مرحبا')).toBe('שלום مرحبا');
  });

  it('renderSummary of a sheet with bidi controls in every field writes none raw', () => {
    const bad = BIDI.join('') + SEPARATORS.join('');
    const cite = { path: `docs/a${bad}.txt`, start: 0, end: 1, line: 1, column: 1, text: `t${bad}` };
    const sheet: Sheet = SheetSchema.parse({
      version: 1,
      refDate: null,
      inputs: ['docs'],
      sources: [{ path: cite.path, sha256: '0'.repeat(64), bytes: 1, lines: 1 }],
      entities: [{ id: 'person/x', type: 'person', name: `Name${bad}`, aliases: [`Alias${bad}`], mentions: [cite] }],
      quotes: [{ id: 'quote/x', text: `Quote${bad}`, kind: 'speech', speaker: 'person/x', cue: 'said', attribution: null, citations: [cite, { ...cite, path: 'docs/b.txt' }] }],
      numbers: [{ id: 'number/1', value: 1, exact: '1', unit: `unit${bad}`, approximate: false, citations: [cite] }],
      dates: [{ id: 'date/x', value: null, timex: `XXXX${bad}`, citations: [{ ...cite, timex: 'XXXX' }] }],
      errors: [{ path: `bad${bad}.pdf`, code: 'unsupported-format', message: `message${bad}` }],
    });
    for (const color of [false, true]) expect(renderSummary(sheet, { color, width: 300 })).not.toMatch(RAW);
  });
});

describe('--json on a terminal', () => {
  it('sheetToJson escapes bidi controls only for a terminal, and the JSON parses to the same text', () => {
    const sheet = { note: `a${BIDI.join('')}b` } as unknown as Sheet;
    const forTerminal = sheetToJson(sheet, { terminal: true });
    expect(forTerminal).not.toMatch(RAW);
    expect(forTerminal).toContain('\\u202e');
    expect(JSON.parse(forTerminal)).toEqual(sheet);
    expect(sheetToJson(sheet)).toContain('\u202e');
  });

  // `script` (util-linux) runs the command on a pseudo-terminal, so stdout.isTTY is true as for a user.
  const hasScript = spawnSync('script', ['-V'], { encoding: 'utf8' }).status === 0;
  const onTerminal = async (args: string[], cwd: string) => {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/gu, `'\\''`)}'`).join(' ');
    const r = await spawnAsync('script', ['-qec', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout.replace(/\r\n/gu, '\n') };
  };

  it.skipIf(!hasScript)('sends no raw bidi control or line separator to a terminal, in the JSON or the summary', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const json = await onTerminal(['extract', 'a.txt', '--json'], dir);
    expect(json.status).toBe(0);
    expect(json.stdout).not.toMatch(RAW);
    expect(json.stdout).toContain('\\u202e');
    const summary = await onTerminal(['extract', 'a.txt'], dir);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toContain('Quotes');
    expect(summary.stdout).not.toMatch(RAW);
  });

  it('keeps the text exactly when piped, so the sheet is the same either way', async () => {
    const dir = testdir({ 'a.txt': ARTICLE });
    const piped = await runFactsAsync(['extract', 'a.txt', '--json'], { cwd: dir });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('\u202e');
    if (!hasScript) return;
    const terminal = await onTerminal(['extract', 'a.txt', '--json'], dir);
    expect(JSON.parse(terminal.stdout)).toEqual(JSON.parse(piped.stdout));
  });
});
