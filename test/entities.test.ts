import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';

const table = JSON.parse(readFileSync(new URL('../fixtures/extract/entities.json', import.meta.url), 'utf8')) as {
  cases: { name: string; text: string; expect: [string, string][] }[];
  nothing: string[];
};

function mentionsOf(text: string): [string, string][] {
  return extractEntities(segment(text)).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.type, m.text];
  });
}

describe('entities', () => {
  it.each(table.cases)('$name', ({ text, expect: expected }) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each(table.nothing)('finds no name in %j', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it('keeps titles as evidence on the mention', () => {
    const [m] = extractEntities(segment('Vice President Omar Said spoke.'));
    expect(m).toMatchObject({ name: 'Omar Said', type: 'person', titles: ['vice', 'president'] });
  });
});
