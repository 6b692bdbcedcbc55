// Bad input gets a verdict, not a crash: every path is a source or an error
// row with a stable code, and the output file is never left half written.
import { spawn, spawnSync } from 'node:child_process';
import fs, { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../src/read/decode.ts';
import { ERROR_CODES, listInputs, readDocument } from '../src/read/index.ts';
import { writeFileAtomic, WriteError } from '../src/emit/write.ts';
import { extractFacts, SheetSchema, verifyCitation, type Sheet } from '../src/index.ts';
import { ROOT, runFacts, testdir } from './helpers/cli.ts';
import { sourcesWork } from './helpers/work.ts';

const isRoot = process.getuid?.() === 0;
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
const utf8 = (s: string) => Buffer.from(s, 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('decoding', () => {
  it('reads UTF-8, drops a BOM, and decodes UTF-16 with a BOM in either byte order', () => {
    expect(decodeText(utf8('\uFEFFCafé “ok”'))).toEqual({ ok: true, text: 'Café “ok”', encoding: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Hi,” said 🚀 Ann.', 'utf16le')]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: '“Hi,” said 🚀 Ann.', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text: '“Hi,” said 🚀 Ann.', encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, text: '' });
  });

  it('refuses broken UTF-16: an odd byte count, an unpaired surrogate, NUL characters', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatchObject({ ok: false, code: 'invalid-encoding' });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]))).toMatchObject({ ok: false, code: 'invalid-encoding' });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]))).toMatchObject({ ok: false, code: 'binary' });
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['PDF', [...utf8('%PDF-1.7\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0]],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 0x02]],
    ['OLE2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ])('calls a %s signature binary, whatever else follows', (name, sig) => {
    const decoded = decodeText(Buffer.concat([Buffer.from(sig), utf8(' plain text after the signature\n')]));
    expect(decoded).toMatchObject({ ok: false, code: 'binary' });
    expect(!decoded.ok && decoded.message).toContain(name);
  });

  it('calls NUL bytes and runs of control bytes binary, and hints at UTF-16 without a BOM', () => {
    expect(decodeText(utf8('abc\u0000def'))).toMatchObject({ ok: false, code: 'binary', message: expect.stringContaining('NUL byte at 3') });
    const noBom = decodeText(Buffer.from('Plain ASCII stored as UTF-16', 'utf16le'));
    expect(noBom).toMatchObject({ ok: false, code: 'binary', message: expect.stringContaining('UTF-16 without a byte-order mark') });
    expect(decodeText(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x01))))).toMatchObject({ ok: false, code: 'binary' });
    // A few escape sequences and bells are still text (a terminal log, a hostile document).
    expect(decodeText(utf8('\u001b[31mred\u001b[0m and a bell\u0007 in text that goes on for a while.\n'))).toMatchObject({ ok: true });
  });

  it('reports invalid UTF-8 with the offset of the first bad byte, and reads it as Latin-1 only when asked', () => {
    const bytes = Buffer.from('Caf\xe9 \x93quoted\x94\n', 'latin1');
    expect(decodeText(bytes)).toEqual({
      ok: false,
      code: 'invalid-utf8',
      message: 'not valid UTF-8 (byte 0xe9 at offset 3); use --encoding latin1 to read it as Latin-1',
    });
    // Latin-1 as browsers read it (windows-1252): 0x93/0x94 are curly quotes.
    expect(decodeText(bytes, 'latin1')).toEqual({ ok: true, text: 'Café “quoted”\n', encoding: 'latin1' });
    expect(decodeText(Buffer.from([0x80, 0x85, 0x8d, 0x96, 0x97, 0x9f, 0xa0, 0xe9, 0xff]), 'latin1')).toMatchObject({ text: '€…\u008d–—Ÿ\u00a0éÿ' });
    // Valid UTF-8 stays UTF-8 under --encoding latin1: no mojibake.
    expect(decodeText(utf8('Café “ok”'), 'latin1')).toMatchObject({ ok: true, text: 'Café “ok”', encoding: 'utf-8' });
    // The offset counts the BOM.
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]))).toMatchObject({ message: expect.stringContaining('at offset 4') });
  });

  it('finds the first invalid UTF-8 byte exactly where a strict decoder gives up, in linear time', async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 16 }), (noise, text) => {
        const bytes = Buffer.concat([utf8(text), Buffer.from(noise), utf8(text)]);
        const at = firstInvalidUtf8(bytes);
        const strict = new TextDecoder('utf-8', { fatal: true });
        expect(() => strict.decode(bytes.subarray(0, at))).not.toThrow();
        if (at < bytes.length) expect(() => strict.decode(bytes)).toThrow();
        else expect(strict.decode(bytes)).toBe(bytes.toString('utf8'));
      }),
      { numRuns: 300 },
    );
    // Counted work (V8's block counters in src/), not time: ten times the bytes, ten times the loop.
    const work = sourcesWork(ROOT);
    await work.start();
    const scan = (n: number) => work.measure(() => expect(firstInvalidUtf8(Buffer.concat([Buffer.alloc(n, 0x61), Buffer.from([0xff])]))).toBe(n));
    const [small, large] = [await scan(400 << 10), await scan(4 << 20)];
    await work.stop();
    expect(large, `${small} → ${large}`).toBeLessThanOrEqual(15 * small);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom<'utf8' | 'latin1'>('utf8', 'latin1'), (bytes, encoding) => {
        const decoded = decodeText(bytes, encoding);
        if (decoded.ok) expect(typeof decoded.text).toBe('string');
        else expect(Object.keys(ERROR_CODES)).toContain(decoded.code);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reading files and folders', () => {
  it('gives each kind of bad path its code', async () => {
    const dir = testdir({
      'ok.txt': 'Fine.\n',
      'sub/inner.md': 'Inner.\n',
      'scan.pdf': '%PDF-1.4\n',
      'letter.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'misnamed.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      '.hidden.txt': 'never read\n',
    });
    symlinkSync('.', path.join(dir, 'sub/again')); // a folder loop
    symlinkSync('self.txt', path.join(dir, 'self.txt')); // a link to itself
    symlinkSync('nowhere.txt', path.join(dir, 'gone.txt')); // a broken link
    const listed = await listInputs([dir, path.join(dir, 'missing.txt')], { follow: true });
    const rel = (p: string) => path.relative(dir, p);
    expect(listed.files.map(rel)).toEqual(['image.png', 'letter.docx', 'misnamed.txt', 'ok.txt', 'scan.pdf', 'sub/inner.md']);
    expect(Object.fromEntries(listed.errors.map((e) => [rel(e.path), e.code]))).toEqual({
      'gone.txt': 'not-found',
      'missing.txt': 'not-found',
      'self.txt': 'symlink-loop',
      'sub/again': 'symlink-loop',
    });
    expect(listed.errors.find((e) => e.path.endsWith('gone.txt'))?.message).toBe('broken symbolic link (to "nowhere.txt", which does not exist)');

    const verdicts: Record<string, string> = {};
    for (const file of listed.files) {
      const r = await readDocument(file);
      verdicts[rel(file)] = r.ok ? 'ok' : r.error.code;
    }
    expect(verdicts).toEqual({
      'image.png': 'unsupported-format',
      'letter.docx': 'unsupported-format',
      'misnamed.txt': 'binary',
      'ok.txt': 'ok',
      'scan.pdf': 'unsupported-format',
      'sub/inner.md': 'ok',
    });
  });

  it('reads the text formats by extension, any case, and files with no extension', async () => {
    const names = ['a.txt', 'b.TEXT', 'c.md', 'd.Markdown', 'e.html', 'f.HTM', 'README', 'Mr. Smith notes', 'draft.2'];
    const dir = testdir(Object.fromEntries(names.map((n) => [n, 'Text.\n'])));
    for (const n of names) expect((await readDocument(path.join(dir, n))).ok, n).toBe(true);
    for (const n of ['a.json', 'b.csv', 'c.rtf', 'd.tar.gz']) {
      writeFileSync(path.join(dir, n), 'Text.\n');
      const r = await readDocument(path.join(dir, n));
      expect(r.ok ? 'ok' : r.error.code, n).toBe('unsupported-format');
    }
  });

  it('refuses a file over --max-file-size before reading it', async () => {
    const dir = testdir({ 'big.txt': 'x'.repeat(5000), 'small.txt': 'x'.repeat(100) });
    const readFile = vi.spyOn(fs.promises, 'readFile');
    const big = await readDocument(path.join(dir, 'big.txt'), { maxFileSize: 4096 });
    expect(big).toMatchObject({ ok: false, error: { code: 'too-large', message: 'file is 4.9 KB (5000 bytes), over the limit of 4 KB (4096 bytes) (--max-file-size)' } });
    expect((await readDocument(path.join(dir, 'small.txt'), { maxFileSize: 4096 })).ok).toBe(true);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reads an empty file as a source with no facts', async () => {
    const dir = testdir({ 'empty.txt': '', 'blank.md': ' \n\n\t\n' });
    const sheet = await extractFacts([dir], { refDate: null });
    expect(sheet.sources.map((s) => [path.basename(s.path), s.bytes])).toEqual([['blank.md', 5], ['empty.txt', 0]]);
    expect(sheet.errors).toEqual([]);
    expect(sheet.entities.length + sheet.quotes.length + sheet.numbers.length + sheet.dates.length).toBe(0);
  });

  it('calls a file it may not open, or a folder it may not list, unreadable', async () => {
    const dir = testdir({ 'locked.txt': 'secret\n', 'closed/a.txt': 'a\n' });
    const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const open = fs.promises.open;
    vi.spyOn(fs.promises, 'open').mockImplementation(async (p, ...rest) => {
      if (String(p).endsWith('locked.txt')) throw denied();
      return open(p, ...rest);
    });
    const readdir = fs.promises.readdir;
    vi.spyOn(fs.promises, 'readdir').mockImplementation((async (p: string, ...rest: []) => {
      if (String(p).endsWith('closed')) throw denied();
      return readdir(p, ...rest);
    }) as typeof fs.promises.readdir);
    const sheet = await extractFacts([dir], { refDate: null });
    expect(sheet.errors.map((e) => [path.basename(e.path), e.code, e.message])).toEqual([
      ['closed', 'unreadable', 'permission denied'],
      ['locked.txt', 'unreadable', 'permission denied'],
    ]);
  });

  it.skipIf(isRoot)('calls a file without read permission unreadable (for real)', async () => {
    const dir = testdir({ 'locked.txt': 'secret\n' });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = await readDocument(path.join(dir, 'locked.txt'));
    expect(r).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });

  it.skipIf(!hasMkfifo)('does not open a FIFO, in a folder or named directly', async () => {
    const dir = testdir({ 'a.txt': 'A.\n' });
    spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const listed = await listInputs([dir, path.join(dir, 'pipe.txt')]);
    expect(listed.errors.map((e) => e.code)).toEqual(['not-a-file']);
    expect(await readDocument(path.join(dir, 'pipe.txt'))).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });

  it('turns an extractor that throws into one error row for that file, and goes on', async () => {
    vi.resetModules();
    vi.doMock('../src/extract/index.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../src/extract/index.ts')>();
      return {
        ...real,
        extractDocument: (source: Parameters<typeof real.extractDocument>[0], options: Parameters<typeof real.extractDocument>[1]) => {
          if (source.text.includes('BOOM')) throw new RangeError('Invalid array length');
          return real.extractDocument(source, options);
        },
      };
    });
    try {
      const { extractFacts: extract } = await import('../src/pipeline.ts');
      const dir = testdir({ 'a.txt': 'Paris is big.\n', 'b.txt': 'BOOM goes the parser.\n' });
      const seen: string[] = [];
      const sheet = await extract([dir], { refDate: null, onError: (e) => seen.push(e.code) });
      expect(sheet.sources.map((s) => path.basename(s.path))).toEqual(['a.txt']);
      expect(sheet.errors).toEqual([
        { path: `${dir}/b.txt`, code: 'extraction-failed', message: 'extraction failed (RangeError: Invalid array length); please report this file' },
      ]);
      expect(seen).toEqual(['extraction-failed']);
    } finally {
      vi.doUnmock('../src/extract/index.ts');
      vi.resetModules();
    }
  });
});

/** A folder with one good article beside one file of each bad kind. */
function badFolder(): { dir: string; expected: Record<string, string> } {
  const src = path.join(ROOT, 'fixtures/bad');
  const dir = testdir({});
  for (const name of readdirSync(src)) copyFileSync(path.join(src, name), path.join(dir, name));
  writeFileSync(path.join(dir, 'huge.txt'), 'All work and no play. '.repeat(200)); // over --max-file-size 2k
  mkdirSync(path.join(dir, 'nested'));
  symlinkSync('..', path.join(dir, 'nested/up')); // a folder loop
  symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
  const expected: Record<string, string> = {
    'bad-utf16.txt': 'invalid-encoding',
    'dangling.txt': 'not-found',
    'data.csv': 'unsupported-format',
    'huge.txt': 'too-large',
    'latin1.txt': 'invalid-utf8',
    'missing.txt': 'not-found',
    'nested/up': 'symlink-loop',
    'nul-bytes.txt': 'binary',
    'photo.txt': 'binary',
    'report.pdf': 'unsupported-format',
  };
  if (hasMkfifo) {
    spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    expected['pipe.txt'] = 'not-a-file';
  }
  if (!isRoot) {
    writeFileSync(path.join(dir, 'locked.txt'), 'secret\n');
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    expected['locked.txt'] = 'unreadable';
  }
  return { dir, expected };
}

const GOOD_SOURCES = ['article.html', 'empty.txt', 'good.txt', 'post.md', 'utf16.txt'];

function expectGoodFacts(sheet: Sheet, root: string): void {
  SheetSchema.parse(sheet);
  const rel = (p: string) => path.relative(root, path.resolve(root, p));
  expect(sheet.sources.map((s) => rel(s.path))).toEqual(GOOD_SOURCES);
  const speakers = new Map(sheet.entities.map((e) => [e.id, e.name]));
  const quote = sheet.quotes.find((q) => q.text.startsWith('We will not be intimidated'));
  expect(quote && speakers.get(quote.speaker ?? '')).toMatch(/Sybiha/u);
  expect(sheet.numbers.find((n) => n.value === 12)?.citations[0]).toMatchObject({ line: 1, text: '12' });
  // Every citation slices the file, as decoded (the UTF-16 one too).
  const texts = new Map<string, string>();
  const citations = [...sheet.entities.flatMap((e) => e.mentions), ...sheet.quotes.flatMap((q) => q.citations), ...sheet.numbers.flatMap((n) => n.citations), ...sheet.dates.flatMap((d) => d.citations)];
  for (const c of citations) {
    if (!texts.has(c.path)) {
      const decoded = decodeText(readFileSync(path.resolve(root, c.path)));
      texts.set(c.path, decoded.ok ? decoded.text : '');
    }
    expect(verifyCitation(texts.get(c.path)!, c), `${c.path}:${c.line}:${c.column}`).toBeNull();
  }
  expect(new Set(citations.map((c) => rel(c.path)))).toEqual(new Set(['article.html', 'good.txt', 'post.md', 'utf16.txt']));
}

describe('a folder of one good article and every kind of bad file', () => {
  let folder: ReturnType<typeof badFolder>;
  beforeAll(async () => {
    folder = badFolder();
    await extractFacts([path.join(ROOT, 'fixtures/bad/good.txt')], { refDate: null }); // load the NLP model once
  });

  // A FIFO or a folder loop that blocked would fail on the test timeout; no wall-clock bound here.
  it('keeps the good facts, gives one error row per bad file', async () => {
    const { dir, expected } = folder;
    const reported: string[] = [];
    const sheet = await extractFacts(['.', 'missing.txt'].map((p) => path.join(dir, p)), {
      refDate: '2025-03-20',
      maxFileSize: 2048,
      follow: true,
      onError: (e) => reported.push(path.relative(dir, e.path)),
    });
    expectGoodFacts(sheet, dir);
    expect(Object.fromEntries(sheet.errors.map((e) => [path.relative(dir, e.path), e.code]))).toEqual(expected);
    expect(sheet.errors).toHaveLength(Object.keys(expected).length);
    expect(reported.sort()).toEqual(Object.keys(expected).sort());
    for (const e of sheet.errors) expect(e.message).toMatch(/^[^\n]+$/u);
  });

  it('through the CLI: exit 0, one stderr line per bad file; exit 1 with --strict; exit 2 when nothing is readable', () => {
    const { dir, expected } = folder;
    const r = runFacts(['extract', '.', 'missing.txt', '--max-file-size', '2k', '--ref-date', '2025-03-20', '--follow'], { cwd: dir });
    expect(r.status).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    expectGoodFacts(sheet, dir);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(expected).length);
    for (const [file, code] of Object.entries(expected)) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^facts: ${file}: ${code}: .+$`, 'u')));

    const strict = runFacts(['extract', '.', '--max-file-size', '2k', '--strict'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).sources).toHaveLength(GOOD_SOURCES.length);

    const none = runFacts(['extract', 'photo.txt', 'report.pdf', 'missing.txt'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^facts: missing\.txt: not-found: /u),
      expect.stringMatching(/^facts: photo\.txt: binary: /u),
      expect.stringMatching(/^facts: report\.pdf: unsupported-format: /u),
      'facts: nothing could be read',
    ]);
  });

  it('reads the Latin-1 file when asked, with its curly quotes', async () => {
    const sheet = await extractFacts([path.join(folder.dir, 'latin1.txt')], { refDate: null, encoding: 'latin1' });
    expect(sheet.errors).toEqual([]);
    expect(sheet.quotes.map((q) => q.text)).toEqual(['We open at 9 a.m. on Monday.']);
  });
});

describe('writing the sheet (-o)', () => {
  const tmpLeft = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('replaces the file whole, keeps its permissions, and leaves no temporary file', async () => {
    const dir = testdir({ 'out.json': 'old\n' });
    const target = path.join(dir, 'out.json');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, 'new\n'.repeat(300_000));
    expect(readFileSync(target, 'utf8')).toBe('new\n'.repeat(300_000));
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('leaves the previous output intact and no temporary file when a write fails', async () => {
    const dir = testdir({ 'out.json': 'old\n', 'folder/x': '' });
    const target = path.join(dir, 'out.json');
    vi.spyOn(fs, 'write').mockImplementation(((...args: unknown[]) => {
      const callback = args.at(-1) as (err: Error) => void;
      callback(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    }) as typeof fs.write);
    await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow(new WriteError(target, 'ENOSPC', `cannot write ${target}: no space left on the device`));
    vi.restoreAllMocks();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    await expect(writeFileAtomic(path.join(dir, 'folder'), 'new\n')).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(writeFileAtomic(path.join(dir, 'no/such/dir/out.json'), 'new\n')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(path.join(dir, 'folder'))).toEqual(['x']);
    expect(tmpLeft(dir)).toEqual([]);
    expect(tmpLeft(path.join(dir, 'folder'))).toEqual([]);
  });

  /** A child process that starts a 16 MB write and sends itself `signal` after the first chunk. */
  function interruptedWrite(dir: string, signal: string, handled: boolean) {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const script = path.join(dir, 'child.mjs');
    writeFileSync(
      script,
      `import { register } from ${JSON.stringify(pathToFileURL(require.resolve('tsx/esm/api')).href.replace(/\.cjs$/u, '.mjs'))};
register();
const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/emit/write.ts')).href)});
if (${handled}) process.on(${JSON.stringify(signal)}, () => {});
let sent = false;
try {
  await writeFileAtomic(process.argv[2], 'x'.repeat(16 << 20), {
    onChunk: () => { if (!sent) { sent = true; process.kill(process.pid, ${JSON.stringify(signal)}); } },
  });
  console.log('finished');
} catch (err) {
  console.log(err.message);
}
`,
    );
    return spawnSync(process.execPath, [script, path.join(dir, 'out.json')], { cwd: dir, encoding: 'utf8' });
  }

  it.each(['SIGINT', 'SIGTERM'])('on %s mid-write: removes the temporary file, keeps the old output, dies of the signal', (signal) => {
    const dir = testdir({ 'out.json': 'old\n' });
    const r = interruptedWrite(dir, signal, false);
    expect(r.stderr).toBe('');
    expect(r.signal).toBe(signal);
    expect(r.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('old\n');
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('when the program handles the signal itself, the write fails instead and the old output stays', () => {
    const dir = testdir({ 'out.json': 'old\n' });
    const r = interruptedWrite(dir, 'SIGINT', true);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`cannot write ${path.join(dir, 'out.json')}: interrupted by SIGINT`);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('old\n');
    expect(tmpLeft(dir)).toEqual([]);
  });

  it('a `facts extract -o` killed before it finishes leaves the previous sheet as it was', async () => {
    const dir = testdir({ 'out.json': 'previous sheet\n' });
    for (const name of readdirSync(path.join(ROOT, 'seeds'))) copyFileSync(path.join(ROOT, 'seeds', name), path.join(dir, name));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/facts'), 'extract', '.', '-o', 'out.json'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('previous sheet\n');
    expect(tmpLeft(dir)).toEqual([]);
  });
});
