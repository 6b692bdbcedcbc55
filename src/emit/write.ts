// The only writer to the disk. A write goes to a temporary file beside the
// target, then renames over it: readers see the old file or the new one,
// never half of one, and an interrupted run leaves the old file intact.
import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();
let handlersInstalled = false;

function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const tmp of pending) {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // Best effort: the process is going away.
        }
      }
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export async function writeFileAtomic(target: string, contents: string): Promise<void> {
  installSignalCleanup();
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(tmp);
  try {
    await fs.writeFile(tmp, contents, { flag: 'wx' });
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
