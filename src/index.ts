// The library API: what the CLI uses, and what `import { extractFacts } from 'facts'` gives.
export { extractFacts, type PipelineOptions } from './pipeline.ts';
export { extractDocument, extractDates, extractEntities, extractNumbers, extractQuotes } from './extract/index.ts';
export { segment } from './segment/index.ts';
export { assembleSheet, assembleCited, citeDocument, type CitedDocument } from './sheet/assemble.ts';
export { extractDocuments, type StreamItem, type StreamOptions } from './stream.ts';
export { sheetChunks, writeChunks } from './emit/stream-json.ts';
export { documentLine, documentFromLine } from './emit/ndjson.ts';
export { parseShard, shardOf, type Shard } from './shard.ts';
export { SheetSchema, sheetJsonSchema, NdjsonLineSchema, ndjsonLineJsonSchema, type Sheet, type NdjsonLine } from './sheet/schema.ts';
export { verifyCitation, type Citation } from './sheet/citation.ts';
export type * from './types.ts';
