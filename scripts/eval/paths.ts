import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The folder that holds `eval/`: `$FACTS_SHARED` when set, else `../shared` beside the repository.
 * The variable serves checkouts that are not beside it (a git worktree elsewhere, a CI cache), which
 * would otherwise score without MEANTIME.
 */
export function sharedDir(env: NodeJS.ProcessEnv = process.env, root = REPO_ROOT): string {
  return env.FACTS_SHARED ? resolve(env.FACTS_SHARED) : resolve(root, '../shared');
}

/** MEANTIME dev set (see ../shared/eval/README.md). */
export const MEANTIME_PATH = resolve(sharedDir(), 'eval/meantime-dev.jsonl');

/** Quoted spans of the same 60 articles, with speakers (see ../shared/eval/meantime-dev-quotes.md). */
export const MEANTIME_QUOTES_PATH = resolve(sharedDir(), 'eval/meantime-dev-quotes.jsonl');
