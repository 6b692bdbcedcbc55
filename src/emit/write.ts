// The only writer to the disk. A write goes to a temporary file beside the
// target, then renames over it: readers see the old file or the new one,
// never half of one. Nothing is left behind either way:
//   - a failed write (disk full, target is a folder, …) removes the temporary
//     file and leaves the target as it was;
//   - SIGINT, SIGTERM or SIGHUP during a write removes the temporary file,
//     then the process dies of the same signal, as it would have without us
//     (when the host program handles that signal itself, the write fails
//     instead and the program goes on).
// The temporary file is created synchronously, so it is registered for
// removal before any signal handler can run.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Looked up on each call (not bound once), so tests can make a write fail.
const write = (fd: number, buffer: Uint8Array, offset: number, length: number) =>
  new Promise<number>((resolve, reject) => fs.write(fd, buffer, offset, length, null, (err, n) => (err ? reject(err) : resolve(n))));
const fsync = (fd: number) => new Promise<void>((resolve, reject) => fs.fsync(fd, (err) => (err ? reject(err) : resolve())));
const close = (fd: number) => new Promise<void>((resolve, reject) => fs.close(fd, (err) => (err ? reject(err) : resolve())));

const CHUNK = 1 << 20;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface PendingWrite {
  tmp: string;
  interrupted: NodeJS.Signals | null;
}

const pending = new Set<PendingWrite>();

function onSignal(signal: NodeJS.Signals): void {
  for (const w of pending) {
    w.interrupted = signal;
    try {
      fs.rmSync(w.tmp, { force: true });
    } catch {
      // Best effort: the process is going away.
    }
  }
  uninstall();
  // Nobody else listens: die of the signal (exit status 128 + n for the shell).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
}

export interface WriteOptions {
  /** Called after each chunk reaches the temporary file (tests interrupt a write here). */
  onChunk?: (bytesWritten: number) => void;
}

export class WriteError extends Error {
  constructor(
    readonly target: string,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WriteError';
  }
}

export async function writeFileAtomic(target: string, contents: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const data = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const job: PendingWrite = { tmp, interrupted: null };
  if (pending.size === 0) install();
  pending.add(job);
  let fd: number | undefined;
  let created = false;
  try {
    // A replaced file keeps its permissions.
    const mode = existingMode(target) ?? 0o666;
    fd = fs.openSync(tmp, 'wx', mode);
    created = true;
    for (let offset = 0; offset < data.length; ) {
      offset += await write(fd, data, offset, Math.min(CHUNK, data.length - offset));
      options.onChunk?.(offset);
      if (job.interrupted) break;
    }
    if (!job.interrupted) await fsync(fd);
    await close(fd);
    fd = undefined;
    if (job.interrupted) throw new WriteError(target, 'EINTR', `cannot write ${target}: interrupted by ${job.interrupted}`);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already closed or never valid: nothing to do.
      }
    }
    if (created) fs.rmSync(tmp, { force: true });
    if (err instanceof WriteError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new WriteError(target, code, `cannot write ${target}: ${describe(code, err)}`, { cause: err });
  } finally {
    pending.delete(job);
    if (pending.size === 0) uninstall();
  }
}

function existingMode(target: string): number | undefined {
  try {
    const stat = fs.statSync(target);
    return stat.isFile() ? stat.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

function describe(code: string, err: unknown): string {
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return String((err as Error)?.message ?? err).split('\n')[0];
  }
}
