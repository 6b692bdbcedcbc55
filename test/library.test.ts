// The library is importable by its package name and returns the sheet the CLI prints.
import { describe, expect, it } from 'vitest';
import { extractFacts } from 'facts';
import { runFacts, ROOT } from './helpers/cli.ts';

describe('library', () => {
  it('import { extractFacts } from "facts" gives the same sheet as `facts extract --json`', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const sheet = await extractFacts(['seeds/'], { refDate: '2025-03-19' });
      const cli = runFacts(['extract', 'seeds/', '--ref-date', '2025-03-19', '--json']);
      expect(cli.status).toBe(0);
      expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(sheet)));
    } finally {
      process.chdir(cwd);
    }
  });
});
