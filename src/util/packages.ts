// Installed packages' versions, read without loading the packages: what cache keys and stamps of
// derived data depend on.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The version of package `name` as Node finds it from the folder `from` (a node_modules folder at or above it), or "?". */
export function installedVersion(from: string, name: string): string {
  // Not require.resolve: packages whose `exports` hide package.json (compromise, chalk) would fail it.
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
    } catch {
      if (path.dirname(dir) === dir) return '?';
    }
  }
}
