// The library API: what the CLI uses, and what `import { extractFacts } from 'facts'` gives.
export { extractFacts, type PipelineOptions } from './pipeline.ts';
export { extractDocument, extractDates, extractEntities, extractNumbers, extractQuotes } from './extract/index.ts';
export { segment } from './segment/index.ts';
export { assembleSheet } from './sheet/assemble.ts';
export { SheetSchema, sheetJsonSchema, type Sheet } from './sheet/schema.ts';
export { verifyCitation, type Citation } from './sheet/citation.ts';
export type * from './types.ts';
