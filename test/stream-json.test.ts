import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sheetToJson } from '../src/emit/json.ts';
import { sheetChunks, writeChunks, type SheetLike } from '../src/emit/stream-json.ts';
import { checkSheet, SheetSchema, type Sheet, type SheetEntity } from '../src/sheet/schema.ts';
import { ROOT } from './helpers/cli.ts';

const empty: Sheet = { version: 1, refDate: null, inputs: [], sources: [], entities: [], quotes: [], numbers: [], dates: [], errors: [] };

/** An entity with `n` mentions, every one of the same length, so the sheet's size is linear in the count. */
function entity(i: number, n: number): SheetEntity {
  const id = String(i).padStart(8, '0');
  return {
    id: `person/p-${id}`,
    type: 'person',
    name: `Person ${id}`,
    aliases: [`P. ${id}`],
    mentions: Array.from({ length: n }, (_, k) => ({ path: `docs/${id}.txt`, start: 1000 + k, end: 1013 + k, line: 7, column: 12, text: `Person ${id}` })),
  };
}

function sinkCounting() {
  const seen = { bytes: 0, head: '', tail: '', writes: 0 };
  const sink = new Writable({
    highWaterMark: 1 << 16,
    write(chunk: Buffer, _enc, done) {
      seen.bytes += chunk.length;
      seen.writes++;
      if (seen.head.length < 200) seen.head += chunk.toString('utf8', 0, 200);
      seen.tail = (seen.tail + chunk.toString('utf8', Math.max(0, chunk.length - 200))).slice(-200);
      // Asynchronous, as a file or a pipe is: the writer must wait for 'drain'.
      setImmediate(done);
    },
  });
  return { sink, seen };
}

async function streamed(sheet: SheetLike): Promise<string> {
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      parts.push(chunk);
      done();
    },
  });
  await writeChunks(sink, sheetChunks(sheet));
  return Buffer.concat(parts).toString('utf8');
}

describe('the sheet written as a stream', () => {
  it('is byte-identical to sheetToJson on the seeds sheet', async () => {
    const sheet = JSON.parse(readFileSync(`${ROOT}/fixtures/seeds.facts.json`, 'utf8')) as Sheet;
    expect(await streamed(sheet)).toBe(sheetToJson(sheet));
  });

  it.each([
    ['an empty sheet', empty],
    [
      'C1 controls, line separators, astral characters, an optional field left out, empty and full arrays',
      {
        ...empty,
        refDate: '2025-03-19',
        inputs: ['a\u2028b', 'news/'],
        sources: [
          { path: 'a\u0085.txt', sha256: 'a'.repeat(64), bytes: 3, lines: 1 },
          { path: 'b.txt', sha256: 'b'.repeat(64), bytes: 5, lines: 2, refDate: '2024-01-02' },
        ],
        entities: [entity(1, 2), { ...entity(2, 1), name: 'Zoë \u{1F600} "Q" \\ \u009b[31m', aliases: [] }],
        quotes: [{ id: 'quote/x', text: 'line\nbreak\u2029', kind: 'term', speaker: null, cue: null, attribution: null, citations: [] }],
        numbers: [{ id: 'number/1.5-usd', value: 1.5, exact: '1.5', unit: 'USD', approximate: true, citations: entity(3, 1).mentions }],
        errors: [{ path: 'c.bin', code: 'binary', message: 'binary content' }],
      } satisfies Sheet,
    ],
  ])('is byte-identical to sheetToJson: %s', async (_name, sheet) => {
    expect(await streamed(sheet)).toBe(sheetToJson(sheet));
  });

  it('writes a sheet of more than 600 MB, longer than any JavaScript string, built lazily', async () => {
    const perEntity = 190;
    // The size is linear in the number of entities; two small sheets through sheetToJson give the line.
    const size = (n: number) => Buffer.byteLength(sheetToJson({ ...empty, entities: Array.from({ length: n }, (_, i) => entity(i, perEntity)) }));
    const [one, two] = [size(1), size(2)];
    const count = Math.ceil(600e6 / (two - one)) + 1;
    function* entities() {
      for (let i = 0; i < count; i++) yield entity(i, perEntity);
    }
    const { sink, seen } = sinkCounting();
    const written = await writeChunks(sink, sheetChunks({ ...empty, entities: entities() }));
    const expected = one + (count - 1) * (two - one);
    expect(expected).toBeGreaterThan(600e6);
    // V8's longest string is 2^29 - 24 UTF-16 units: this output could not have been one string.
    expect(expected).toBeGreaterThan(2 ** 29);
    expect(written).toBe(expected);
    expect(seen.bytes).toBe(expected);
    expect(seen.writes).toBeGreaterThan(1000);
    expect(seen.head.startsWith('{\n  "version": 1,\n  "refDate": null,\n  "inputs": [],\n  "sources": [],\n  "entities": [\n    {\n      "id": "person/p-00000000",')).toBe(true);
    const last = String(count - 1).padStart(8, '0');
    expect(seen.tail.endsWith(`"text": "Person ${last}"\n        }\n      ]\n    }\n  ],\n  "quotes": [],\n  "numbers": [],\n  "dates": [],\n  "errors": []\n}\n`)).toBe(true);
  }, 180_000);

  it('rejects with the stream error instead of hanging when the output fails', async () => {
    const sink = new Writable({
      highWaterMark: 16,
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('no space left on the device'), { code: 'ENOSPC' }));
      },
    });
    const big = { ...empty, entities: Array.from({ length: 50 }, (_, i) => entity(i, 100)) };
    await expect(writeChunks(sink, sheetChunks(big))).rejects.toThrow(/no space/);
  });
});

describe('checkSheet (the schema check without a copy of the sheet)', () => {
  const good: Sheet = { ...empty, entities: [entity(1, 2), entity(2, 1)] };
  it.each([
    ['a valid sheet', good, true],
    ['a citation deep in an array with a negative offset', { ...good, entities: [entity(1, 1), { ...entity(2, 1), mentions: [{ ...entity(2, 1).mentions[0], start: -1 }] }] }, false],
    ['an unknown key at the top', { ...good, extra: 1 }, false],
    ['an unknown key in an item', { ...good, errors: [{ path: 'a', code: 'binary', message: 'm', more: true }] }, false],
    ['a wrong version', { ...good, version: 2 }, false],
    ['an array that is not one', { ...good, dates: {} }, false],
  ])('agrees with SheetSchema.parse on %s', (_name, sheet, valid) => {
    expect(SheetSchema.safeParse(sheet).success).toBe(valid);
    if (valid) expect(() => checkSheet(sheet as Sheet)).not.toThrow();
    else expect(() => checkSheet(sheet as Sheet)).toThrow();
  });
});
