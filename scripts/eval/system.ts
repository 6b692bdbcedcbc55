// Running the extractors the way the pipeline does, one document at a time,
// then resolving entities across a group of documents (a MEANTIME topic, or
// the five seeds): the harness sees UTF-16 spans, as the extractors make them.
import { extractDocument } from '../../src/extract/index.ts';
import { resolveEntities, type EntityResolution } from '../../src/resolve/entities.ts';
import type { DocumentFacts, SourceDocument } from '../../src/types.ts';

export interface InputDoc {
  path: string;
  text: string;
  refDate: string;
}

export interface SystemRun {
  facts: DocumentFacts[];
  resolution: EntityResolution;
}

export function extractOne(doc: InputDoc): DocumentFacts {
  const source: SourceDocument = { path: doc.path, text: doc.text, sha256: '', bytes: 0 };
  return extractDocument(source, { refDate: doc.refDate });
}

/** Extracts every document, then resolves entities across all of them (one group). */
export function runSystem(docs: readonly InputDoc[]): SystemRun {
  const facts = docs.map(extractOne);
  return { facts, resolution: resolveEntities(facts) };
}
