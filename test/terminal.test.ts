// Documents are untrusted: an escape sequence in an article, or in a file's
// name, must not reach the terminal raw (clearing the screen, retitling the
// window, forging a hyperlink, hiding text with a carriage return).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSummary, safeForTerminal } from '../src/emit/summary.ts';
import { sheetToJson } from '../src/emit/json.ts';
import { extractFacts, SheetSchema, type Sheet } from '../src/index.ts';
import { runFacts, testdir } from './helpers/cli.ts';

// Everything a terminal may act on: C0 controls but the line feed, DEL, C1 controls (0x9b is CSI).
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

const HOSTILE = [
  '\u001b[2J\u001b[H', // clear the screen
  '\u001b]0;pwned\u0007', // set the window title
  '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', // a hyperlink
  '\u009b31m', // CSI in its 8-bit form
  'visible\rHIDDEN', // a carriage return that overwrites
  'back\bspace\u007f',
  'bell\u0007 nul\u0000 vt\u000b ff\u000c',
  '\u0085next line',
];

function hostileSheet(): Sheet {
  const cite = (text: string) => ({ path: `evil${HOSTILE[0]}.txt`, start: 0, end: 1, line: 1, column: 1, text });
  return SheetSchema.parse({
    version: 1,
    refDate: '2025-03-19',
    inputs: ['x'],
    sources: [{ path: `src${HOSTILE[1]}.txt`, sha256: '0'.repeat(64), bytes: 1, lines: 1 }],
    entities: HOSTILE.map((h, i) => ({
      id: `person/p${i}`,
      type: 'person',
      name: `Name ${h}`,
      aliases: [`Alias ${h}`],
      mentions: [cite(h)],
    })),
    quotes: HOSTILE.map((h, i) => ({
      id: `quote/q${i}`,
      text: `Quote ${h} ${'long '.repeat(i * 10)}`,
      kind: 'speech',
      speaker: i % 2 ? `person/p${i}` : `person/unknown${HOSTILE[i]}`,
      cue: `said${h}`,
      attribution: { method: 'named', cue: cite(`said${h}`), source: cite(h) },
      citations: [cite(h)],
    })),
    numbers: [],
    dates: [],
    errors: HOSTILE.map((h, i) => ({ path: `bad${h}${i}.pdf`, code: 'unsupported-format', message: `message ${h}` })),
  });
}

describe('terminal safety', () => {
  it('safeForTerminal makes every control character visible and keeps the text readable', () => {
    for (const h of HOSTILE) expect(safeForTerminal(h)).not.toMatch(RAW_CONTROL);
    expect(safeForTerminal('\u001b[2J')).toBe('\\x1b[2J');
    expect(safeForTerminal('a\u009bb')).toBe('a\\x9bb');
    expect(safeForTerminal('line one\nline two\ttab')).not.toMatch(/[\n\t]/u);
    expect(safeForTerminal('Zelensky said “no” — 🚀 café')).toBe('Zelensky said “no” — 🚀 café');
    for (let c = 0; c < 0xa0; c++) expect(safeForTerminal(`a${String.fromCharCode(c)}b`), `U+${c.toString(16)}`).not.toMatch(RAW_CONTROL);
  });

  it('renderSummary writes no raw control character from any field of a hostile sheet', () => {
    const plain = renderSummary(hostileSheet(), { color: false });
    for (const line of plain.split('\n')) expect(line).not.toMatch(RAW_CONTROL);
    expect(plain).toContain('\\x1b[2J');
    expect(plain).toContain('visible\\x0dHIDDEN');
    // With colour on, the only escapes are the summary's own SGR colour codes.
    const coloured = renderSummary(hostileSheet(), { color: true });
    const withoutSgr = coloured.replace(/\u001b\[[0-9;]*m/gu, '');
    for (const line of withoutSgr.split('\n')) expect(line).not.toMatch(RAW_CONTROL);
  });

  it('renderSummary of a real extraction of a hostile document writes nothing raw', async () => {
    const dir = testdir({
      'evil.txt':
        `Mr. John\u001b[8m Smith said on Friday that 12 ships\u0007 left.\n` +
        `“We are \u001b]0;owned\u0007ready\u009b2J,” said Ms. Ada Ng.\n` +
        `“Clear \u001b[2J\u001b[3J the screen,” Mr. Smith\rwrote.\n`,
    });
    const sheet = await extractFacts([dir], { refDate: '2025-03-19' });
    expect(sheet.quotes.length).toBeGreaterThan(0);
    expect(JSON.stringify(sheet.quotes)).toMatch(/\\u001b/u); // the escapes are in the facts...
    for (const color of [false, true]) {
      const out = renderSummary(sheet, { color }).replace(/\u001b\[[0-9;]*m/gu, color ? '' : '\u0000');
      for (const line of out.split('\n')) expect(line).not.toMatch(RAW_CONTROL); // ...never on the screen
    }
  });

  it('stderr error lines escape control characters in file names and messages', () => {
    const dir = testdir({ 'good.txt': 'Paris is big.\n' });
    const names = ['clear\u001b[2J\u001b[H.pdf', 'title\u001b]0;pwned\u0007.docx', 'cr\rhidden.png', 'nl\nforged.csv', 'csi\u009b31m.bin'];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    const r = runFacts(['extract', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(names.length);
    for (const line of lines) {
      expect(line).toMatch(/^facts: .+: unsupported-format: .+$/u);
      expect(line).not.toMatch(RAW_CONTROL);
    }
    expect(r.stderr).toContain('clear\\x1b[2J\\x1b[H.pdf');
    // The JSON on stdout escapes C0 controls itself; the paths are kept exactly.
    const sheet = JSON.parse(r.stdout) as Sheet;
    expect(sheet.errors.map((e) => e.path).sort()).toEqual([...names].sort());
  });
});

describe('output escapes', () => {
  it('writes C1 controls and line separators in the JSON sheet as \\u escapes that parse back to the same text', () => {
    const hostile = 'a\u009b31mb\u2028c\u0085d';
    const json = sheetToJson({ note: hostile } as never);
    expect(json).not.toMatch(/[\u0080-\u009f\u2028\u2029]/u);
    expect(JSON.parse(json).note).toBe(hostile);
  });

  it('makes bidirectional overrides visible in the summary', () => {
    expect(safeForTerminal('abc\u202Efed\u2066x')).toBe('abc\\u{202e}fed\\u{2066}x');
  });

  it('reports a sheet that cannot be written in one line, exit 2, no stack trace', () => {
    const dir = testdir({ 'a.txt': 'Ships left Lagos.\n' });
    const r = runFacts(['extract', 'a.txt', '-o', 'missing-folder/out.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^facts: cannot write missing-folder\/out\.json/u);
  });
});
