// `facts extract -`: standard input read as one document, cited by a name the
// user chooses (--stdin-name), so `pdftotext report.pdf - | facts extract -`
// works. The name's extension picks the format, as a file's does.
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_FILE_SIZE, documentFromBytes, type ReadOptions, type ReadResult } from './index.ts';

/** The path the command line uses for standard input. */
export const STDIN_PATH = '-';

/** What standard input is cited as unless --stdin-name says otherwise: no extension, so plain text. */
export const DEFAULT_STDIN_NAME = '<stdin>';

/**
 * Reads `stream` to its end as the document `name`. Stops reading once the bytes exceed
 * --max-file-size (an endless producer cannot exhaust memory) and reports `too-large`; a read
 * error becomes an `unreadable` error. Never throws.
 */
export async function readStdinDocument(name: string, options: ReadOptions = {}, stream: Readable = process.stdin): Promise<ReadResult> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buffer);
      size += buffer.length;
      if (size > max) {
        stream.destroy();
        break;
      }
    }
  } catch (err) {
    const text = String((err as Error)?.message ?? err).split('\n')[0];
    return { ok: false, error: { path: name, code: 'unreadable', message: `standard input could not be read (${text})` } };
  }
  return documentFromBytes(name, Buffer.concat(chunks, size), options);
}
