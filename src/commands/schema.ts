import { ndjsonLineJsonSchema, sheetJsonSchema } from '../sheet/schema.ts';

export function schemaCommand(opts: { ndjson?: boolean } = {}): number {
  process.stdout.write(JSON.stringify(opts.ndjson ? ndjsonLineJsonSchema() : sheetJsonSchema(), null, 2) + '\n');
  return 0;
}
