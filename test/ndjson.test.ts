import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/pipeline.ts';
import { extractDocuments } from '../src/stream.ts';
import { documentFromLine, documentLine, toLine } from '../src/emit/ndjson.ts';
import { sheetToJson } from '../src/emit/json.ts';
import { assembleCited, type CitedDocument } from '../src/sheet/assemble.ts';
import { DocumentLineSchema, NdjsonLineSchema, SheetSchema } from '../src/sheet/schema.ts';
import type { InputError } from '../src/types.ts';
import { runFacts, testdir } from './helpers/cli.ts';
import { CORPUS } from './helpers/corpus.ts';

const REF = '2025-03-19';

async function collect(inputs: string[]) {
  const documents: CitedDocument[] = [];
  const errors: InputError[] = [];
  for await (const item of extractDocuments(inputs, { refDate: REF })) {
    if (item.kind === 'document') documents.push(item.document);
    else errors.push(item.error);
  }
  return { documents, errors };
}

describe('NDJSON lines', () => {
  it('carry everything the sheet needs: lines read back give the sheet of one run, byte for byte', async () => {
    const dir = testdir(CORPUS);
    const { documents, errors } = await collect([dir]);
    const lines = documents.map((d) => toLine(documentLine(d)));
    const back = lines.map((l) => documentFromLine(DocumentLineSchema.parse(JSON.parse(l))));
    const merged = assembleCited({ inputs: [dir], refDate: REF, documents: back, errors });
    const oneRun = await extractFacts([dir], { refDate: REF });
    expect(oneRun.entities.length).toBeGreaterThan(3);
    expect(sheetToJson(merged)).toBe(sheetToJson(oneRun));
  });

  it('are one line per document, each valid against the schema, with document-local entity ids', async () => {
    const dir = testdir(CORPUS);
    const { documents } = await collect([dir]);
    const lines = documents.map((d) => toLine(documentLine(d)));
    for (const l of lines) {
      expect(l.endsWith('\n')).toBe(true);
      expect(l.slice(0, -1)).not.toContain('\n');
      expect(NdjsonLineSchema.safeParse(JSON.parse(l)).success).toBe(true);
    }
    const three = JSON.parse(lines.find((l) => l.includes('d/three.txt'))!);
    // Alone, "Kowalski" is its own entity; across the corpus it is Anna Kowalski (facts merge / the sheet).
    expect(three.mentions.map((m: { entity: string }) => m.entity)).toContain('person/kowalski');
    const sheet = await extractFacts([dir], { refDate: REF });
    expect(sheet.entities.find((e) => e.id === 'person/anna-kowalski')?.mentions.map((m) => path.basename(m.path))).toContain('three.txt');
    const harbour = JSON.parse(lines.find((l) => l.includes('a/harbour.txt'))!);
    const quote = harbour.quotes.find((q: { text: string }) => q.text.startsWith('The harbour'));
    expect(quote.speaker).toBe('person/maria-lindqvist');
    expect(harbour.mentions[quote.speakerMention].entity).toBe('person/maria-lindqvist');
  });

  it('hands each document on before reading the next (nothing is gathered first)', async () => {
    const dir = testdir({ 'a.txt': 'Anna Kowalski said 300 pupils came.\n', 'b.txt': 'Tomas Berg said 12 trains ran.\n' });
    const items = extractDocuments([dir], { refDate: REF });
    const first = await items.next();
    expect(first.value).toMatchObject({ kind: 'document' });
    // b.txt is read only now: removed after the first verdict, it is not found.
    rmSync(path.join(dir, 'b.txt'));
    const second = await items.next();
    expect(second.value).toMatchObject({ kind: 'error', error: { code: 'not-found' } });
  });
});

describe('facts extract --format ndjson (CLI)', () => {
  it('writes a run line, then one line per document or error; facts merge turns them into the --json sheet', () => {
    const dir = testdir(CORPUS);
    const lines = runFacts(['extract', '.', '--format', 'ndjson', '--ref-date', REF], { cwd: dir });
    expect(lines.status).toBe(0);
    const parsed = lines.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(parsed[0]).toEqual({ type: 'run', version: 1, refDate: REF, inputs: ['.'], shard: null });
    expect(parsed.filter((l) => l.type === 'document')).toHaveLength(9);
    expect(parsed.filter((l) => l.type === 'error')).toEqual([expect.objectContaining({ path: 'c/image.png', code: 'unsupported-format' })]);
    writeFileSync(path.join(dir, '.run.ndjson'), lines.stdout);
    const merged = runFacts(['merge', '.run.ndjson'], { cwd: dir });
    const sheet = runFacts(['extract', '.', '--json', '--ref-date', REF], { cwd: dir });
    expect(merged.status).toBe(0);
    expect(sheet.status).toBe(0);
    expect(merged.stdout).toBe(sheet.stdout);
    SheetSchema.parse(JSON.parse(merged.stdout));
  });

  it('writes -o FILE atomically and refuses an output that is an input', () => {
    const dir = testdir({ 'a.txt': 'Anna Kowalski said 300 pupils came.\n' });
    const ok = runFacts(['extract', 'a.txt', '--format', 'ndjson', '-o', 'out.ndjson'], { cwd: dir });
    expect(ok.status).toBe(0);
    expect(readFileSync(path.join(dir, 'out.ndjson'), 'utf8').split('\n')).toHaveLength(3);
    const refused = runFacts(['extract', 'a.txt', '--format', 'ndjson', '-o', 'a.txt'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Anna Kowalski said 300 pupils came.\n');
  });

  it('facts schema --ndjson prints the line schema; the plain schema is still the sheet', () => {
    const lines = runFacts(['schema', '--ndjson']);
    expect(lines.status).toBe(0);
    const schema = JSON.parse(lines.stdout);
    expect(JSON.stringify(schema)).toContain('"document"');
    expect(JSON.stringify(schema)).toContain('speakerMention');
    expect(JSON.parse(runFacts(['schema']).stdout).properties).toHaveProperty('entities');
  });
});
