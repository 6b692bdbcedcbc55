// Markdown is parsed, not read as plain text (issue 8, item 19): facts come
// from prose only, and citations still point into the .md file. Formats that
// are not text (.pdf, .docx, …) are refused with a way to convert them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH, readMarkdown } from '../src/read/markdown.ts';
import { readDocument } from '../src/read/index.ts';
import { extractFacts, SheetSchema, verifyCitation, type Sheet } from '../src/index.ts';
import { runFacts, testdir } from './helpers/cli.ts';
import { allCitations } from './helpers/sheet.ts';

async function sheetOf(markdown: string, name = 'story.md'): Promise<{ sheet: Sheet; file: string }> {
  const dir = testdir({ [name]: markdown });
  const file = path.join(dir, name);
  const sheet = await extractFacts([file], { refDate: '2025-03-19' });
  SheetSchema.parse(sheet);
  // Every citation slices the file itself.
  for (const c of allCitations(sheet)) expect(verifyCitation(markdown, c), `${c.line}:${c.column} ${c.text}`).toBeNull();
  return { sheet, file };
}

const factCount = (sheet: Sheet) => sheet.entities.length + sheet.quotes.length + sheet.numbers.length + sheet.dates.length;

describe('Markdown: facts from prose only', () => {
  it('an image does not become an entity named with its alt text or file name', async () => {
    const { sheet } = await sheetOf(
      '# Harbour reopens\n\n![Photo of Lena Varga](img/lena_varga-2024.jpg)\n\nLena Varga, the harbour master, said the port would reopen.\n',
    );
    const names = sheet.entities.map((e) => e.name);
    expect(names).toContain('Lena Varga');
    expect(names.filter((n) => /Photo|img|jpg|2024/u.test(n))).toEqual([]);
    expect(sheet.numbers.map((n) => n.citations[0].text)).toEqual([]);
    // Lena Varga is cited in the prose only, never inside the image syntax.
    expect(sheet.entities.find((e) => e.name === 'Lena Varga')?.mentions.map((m) => m.line)).toEqual([5]);
  });

  it.each([
    ['a fenced code block', '```\n“We will win,” said Mark Olsen on Monday, paying $5 million.\n```\n'],
    ['a tilde fence with a language', '~~~text\n“We will win,” said Mark Olsen on Monday, paying $5 million.\n~~~\n'],
    ['an indented code block', 'Setup:\n\n    “We will win,” said Mark Olsen on Monday, paying $5 million.\n'],
    ['inline code', 'Run `said Mark Olsen on Monday, paying $5 million` again.\n'],
    ['an HTML block', '<div class="byline">\n“We will win,” said Mark Olsen on Monday, paying $5 million.\n</div>\n'],
    ['a link definition', '[olsen]: https://example.com/Mark-Olsen-Monday-5-million "Mark Olsen, Monday"\n'],
    ['a bare URL', 'Source: https://example.com/2025/03/Mark-Olsen-said-5-million\n'],
  ])('%s yields no facts', async (_, markdown) => {
    const { sheet } = await sheetOf(markdown);
    expect(factCount(sheet)).toBe(0);
  });

  it('keeps the text of links, not their URLs, and cites the link text', async () => {
    const markdown = 'Talks resumed as [Helga Berg](https://example.com/people/Helga-Berg "Helga Berg") arrived in *Geneva*.\n';
    const { sheet } = await sheetOf(markdown);
    const berg = sheet.entities.find((e) => e.name === 'Helga Berg');
    expect(berg?.mentions.map((m) => [m.line, m.column, m.text])).toEqual([[1, 19, 'Helga Berg']]);
    expect(sheet.entities.map((e) => e.name)).toContain('Geneva');
    expect(sheet.entities.map((e) => e.name).filter((n) => /example|https|people/u.test(n))).toEqual([]);

    // A bare URL splits its paragraph into nodes the parser gives no position: the name after it is still cited there.
    const bare = 'Photos at https://example.com/Geneva-Berg.html, then Helga Berg spoke.\n';
    const after = (await sheetOf(bare)).sheet.entities.find((e) => e.name === 'Helga Berg');
    expect(after?.mentions.map((m) => [m.column, m.text])).toEqual([[bare.indexOf('Helga') + 1, 'Helga Berg']]);
  });

  it('cites a quote in a list item at its line and column, and the file sliced there is the quote', async () => {
    const markdown = [
      '# Briefing',
      '',
      '* The talks **resumed** in Oslo.',
      '* Officials were cautious. “We are ready to sign',
      '  this week,” said Ingrid Dahl, the negotiator.',
      '',
    ].join('\n');
    const { sheet } = await sheetOf(markdown);
    const quote = sheet.quotes.find((q) => q.text.startsWith('We are ready'));
    expect(quote).toBeDefined();
    const c = quote!.citations[0];
    expect([c.line, c.column]).toEqual([4, 29]); // inside the marks, as every quote is cited
    expect(Array.from(markdown).slice(c.start, c.end).join('')).toBe(c.text);
    expect(c.text).toBe('We are ready to sign\n  this week,');
    expect(sheet.entities.find((e) => e.id === quote!.speaker)?.name).toBe('Ingrid Dahl');
  });

  it('reads table cells one by one: the header is not glued to a name', async () => {
    const markdown = '| Speaker | Country |\n| --- | --- |\n| Ingrid Dahl | Norway |\n| Mark Olsen | Denmark |\n';
    const { sheet } = await sheetOf(markdown);
    const names = sheet.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ingrid Dahl', 'Norway', 'Mark Olsen', 'Denmark']));
    expect(names.filter((n) => /Speaker|Country|\|/u.test(n) || n.split(' ').length > 2)).toEqual([]);
  });

  it('decodes escapes and character references, and cites the source characters', async () => {
    const markdown = 'Shares of AT&amp;T rose 3\\% after Fran&ccedil;ois Dupont spoke.\n';
    const md = readMarkdown(markdown);
    expect(md.text).toBe('Shares of AT&T rose 3% after François Dupont spoke.');
    const { sheet } = await sheetOf(markdown);
    expect(sheet.entities.find((e) => e.name === 'François Dupont')?.mentions[0].text).toBe('Fran&ccedil;ois Dupont');
  });

  it('through the CLI: a .md file is cited at its own lines', () => {
    const dir = testdir({ 'notes.md': '---\ndate: 2025-03-17\n---\n\n> “Prices will fall,” said Ana Ruiz on Monday.\n' });
    const r = runFacts(['extract', 'notes.md', '--json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const sheet = SheetSchema.parse(JSON.parse(r.stdout));
    const file = readFileSync(path.join(dir, 'notes.md'), 'utf8');
    for (const c of allCitations(sheet)) expect(verifyCitation(file, c)).toBeNull();
    expect(sheet.quotes[0].citations[0]).toMatchObject({ line: 5, column: 4, text: 'Prices will fall,' });
    expect(sheet.dates.find((d) => d.citations[0].text === 'Monday')?.value).toBe('2025-03-17');
  });
});

describe('Markdown offsets', () => {
  it('maps every letter of random Markdown back to itself in the file, monotonically (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\n\n', '\r\n', '  \n', '\t', ' ', '# ', '> ', '- ', '1. ', '    ', '* [ ] ', '| a | b |\n|---|---|\n'),
      fc.constantFrom('*', '**', '_', '`', '```\n', '~~', '[', ']', '](http://x.y/z)', '![', '<b>', '</b>', '<div>\n', '[^1]', '\n[^1]: ', '\n[x]: /u\n'),
      fc.constantFrom('\\*', '\\[', '\\\\', '&amp;', '&ldquo;', '&#8217;', '&#x1F680;', '&eacute;', '&notit;', '&', 'https://a.b/c'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('Mr. Ada Ng', '“We won,”', 'said', '12 ships', 'on Friday', '🚀', 'é'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const markdown = pieces.join('');
        const { text, offsetMap } = readMarkdown(markdown);
        expect(offsetMap).toHaveLength(text.length + 1);
        for (let i = 0; i < text.length; i++) {
          expect(offsetMap![i + 1]).toBeGreaterThanOrEqual(offsetMap![i]);
          // A letter or digit is that character in the file, or comes from a reference there
          // (punctuation right after skipped markup maps to the end of the text before it).
          if (!/[\p{L}\p{N}]/u.test(text[i]) || markdown[offsetMap![i]] === '&') continue;
          expect(markdown[offsetMap![i]], `${i} ${JSON.stringify(text)}`).toBe(text[i]);
        }
        expect(offsetMap![text.length]).toBeLessThanOrEqual(markdown.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown the parser must not be given', () => {
  // "[a]" on every line: micromark's inline parsing is quadratic in one paragraph's length.
  const hostile = '[a]\n'.repeat(MAX_PARAGRAPH / 4 + 1);

  it.each([
    ['a paragraph longer than MAX_PARAGRAPH', `---\ndate: 2025-03-17\n---\n${hostile}`, '2025-03-17'],
    ['10,000 nested block quotes', `${'> '.repeat(10_000)}“Deep,” said Ana Ruiz.\n`, null],
  ])('%s is read as plain text, front matter blanked', (_, markdown, refDate) => {
    const md = readMarkdown(markdown);
    expect(md.parsed).toBe(false);
    expect(md.refDate).toBe(refDate);
    expect(md.text).toHaveLength(markdown.length);
    expect(md.text.trimStart()).toBe(markdown.slice(markdown.indexOf(refDate ? '[a]' : '>')));
  });

  it('a long fenced code block is parsed (code is not inline-parsed), and its code is not in the text', async () => {
    const code = `\`\`\`\n${'“We will win,” said Mark Olsen on Monday.\n'.repeat(Math.ceil(MAX_PARAGRAPH / 40))}\`\`\`\n`;
    const markdown = `${code}\nAna Ruiz spoke on Friday.\n`;
    expect(readMarkdown(markdown)).toMatchObject({ parsed: true, text: 'Ana Ruiz spoke on Friday.' });
  });

  it('the same paragraphs with blank lines between them are parsed', () => {
    const paragraphs = Math.ceil((2 * MAX_PARAGRAPH) / 4000);
    const md = readMarkdown(`${'Ana Ruiz spoke. '.repeat(250)}\n\n`.repeat(paragraphs));
    expect(md.parsed).toBe(true);
    expect(md.text.split('\n')).toHaveLength(paragraphs);
  });
});

describe('formats that are not text', () => {
  it.each([
    ['report.pdf', 'pdftotext report.pdf report.txt'],
    ['letter.docx', 'pandoc -t plain letter.docx -o letter.txt'],
    ['letter.odt', 'pandoc -t plain letter.odt -o letter.txt'],
    ['memo.rtf', 'pandoc -t plain memo.rtf -o memo.txt'],
    ['book.epub', 'pandoc -t plain book.epub -o book.txt'],
    ['old.doc', 'soffice --headless --convert-to txt old.doc'],
    ["it's here.pdf", `pdftotext 'it'\\''s here.pdf' 'it'\\''s here.txt'`],
  ])('%s: unsupported-format, with a command that converts it', async (name, command) => {
    const dir = testdir({ [name]: 'not really\n' });
    const r = await readDocument(path.join(dir, name));
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
    expect(!r.ok && r.error.message).toContain(command);
  });
});
