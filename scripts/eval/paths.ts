import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** MEANTIME dev set: ../shared/eval beside the repository (see /work/shared/eval/README.md). */
export const MEANTIME_PATH = resolve(REPO_ROOT, '../shared/eval/meantime-dev.jsonl');

/** Quoted spans of the same 60 articles, with speakers (see ../shared/eval/meantime-dev-quotes.md). */
export const MEANTIME_QUOTES_PATH = resolve(REPO_ROOT, '../shared/eval/meantime-dev-quotes.jsonl');
