import { sheetJsonSchema } from '../sheet/schema.ts';

export function schemaCommand(): number {
  process.stdout.write(JSON.stringify(sheetJsonSchema(), null, 2) + '\n');
  return 0;
}
