// One document's extraction as a task: the same function runs in-process (--jobs 1) and in each
// worker thread, so both paths fail the same way and give the same facts.
import type { DocumentFacts, SourceDocument } from '../types.ts';
import { extractDocument } from '../extract/index.ts';

/** A document's facts without its source: what crosses a thread and what the cache stores. */
export type DocumentResult = Omit<DocumentFacts, 'source'>;

export type TaskOutcome = { ok: true; result: DocumentResult } | { ok: false; message: string };

export interface TaskInput {
  source: SourceDocument;
  /** The run's reference date; the document's own (source.refDate) beats it. */
  refDate: string | null;
}

/** Extracts one document; an extractor's exception becomes { ok: false } with a one-line message, never a throw. */
export function runTask({ source, refDate }: TaskInput): TaskOutcome {
  try {
    const { source: _source, ...result } = extractDocument(source, { refDate });
    return { ok: true, result };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, message: message.split('\n')[0] };
  }
}
