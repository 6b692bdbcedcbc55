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
// What is replaced is the file the user means (see resolveTarget): a symbolic
// link is written through to the file it names (the temporary file goes
// beside that file, so the rename stays on one file system), and a target that
// is no regular file (a FIFO, a device such as /dev/null, a folder) or is
// read-only is refused, never replaced by a file.
// Why not write-file-atomic, the usual library: it follows a link with
// realpath and, when that fails, replaces a dangling link with a file, and it neither refuses
// FIFOs, devices nor read-only files; those checks would stay here anyway.
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

/** Where a write to a path lands, after its symbolic links. */
export interface ResolvedTarget {
  /** Absolute path of the file that will be replaced or created: links followed, its folder's real path. */
  path: string;
  /** That file's stat, or null when it does not exist yet. */
  stat: fs.Stats | null;
}

const MAX_LINKS = 40;

/**
 * Follows `target`'s symbolic links to the file a write must replace, which may not exist yet (a
 * dangling link is written through, as a shell's `>` does), and checks that it may be replaced.
 * Throws WriteError: 'not-a-file' (FIFO, device, socket), 'EISDIR' (a folder), 'EACCES' (read-only:
 * no write permission, or no write bit at all, which root would otherwise ignore), 'ELOOP', 'ENOENT'
 * (its folder does not exist).
 */
export async function resolveTarget(target: string): Promise<ResolvedTarget> {
  try {
    return await followLinks(target);
  } catch (err) {
    // A link or folder that changed under us (readlink, realpath) is an output error too.
    throw err instanceof WriteError ? err : wrap(target, err);
  }
}

async function followLinks(target: string): Promise<ResolvedTarget> {
  let current = path.resolve(target);
  for (let hops = 0; ; hops++) {
    let link: fs.Stats;
    try {
      link = await fs.promises.lstat(current);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      // Not there yet: it will be created in its folder's real location.
      return { path: path.join(await fs.promises.realpath(path.dirname(current)), path.basename(current)), stat: null };
    }
    if (link.isSymbolicLink()) {
      if (hops >= MAX_LINKS) throw new WriteError(target, 'ELOOP', `cannot write ${target}: too many levels of symbolic links`);
      current = path.resolve(path.dirname(current), await fs.promises.readlink(current));
      continue;
    }
    if (link.isDirectory()) throw new WriteError(target, 'EISDIR', `cannot write ${target}: ${describe('EISDIR', null)}`);
    if (!link.isFile()) {
      throw new WriteError(target, 'not-a-file', `cannot write ${target}: it is ${kindOf(link)}, not a regular file (use -o - for standard output)`);
    }
    const mode = (link.mode & 0o777).toString(8).padStart(4, '0');
    // Root may write a 0444 file; a file that says it is read-only is not replaced.
    if ((link.mode & 0o222) === 0) {
      throw new WriteError(target, 'EACCES', `cannot write ${target}: it is read-only (mode ${mode}); make it writable or remove it first`);
    }
    const writable = await fs.promises.access(current, fs.constants.W_OK).then(
      () => true,
      () => false,
    );
    if (!writable) throw new WriteError(target, 'EACCES', `cannot write ${target}: permission denied (mode ${mode})`);
    return { path: path.join(await fs.promises.realpath(path.dirname(current)), path.basename(current)), stat: link };
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function wrap(target: string, err: unknown): WriteError {
  const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
  return new WriteError(target, code, `cannot write ${target}: ${describe(code, err)}`, { cause: err });
}

/**
 * Replaces the file `target` names (through symbolic links) with `contents`, atomically.
 * Throws WriteError (see resolveTarget for refused targets; ENOSPC, EACCES, EINTR, … otherwise).
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>, options: WriteOptions = {}): Promise<void> {
  // A stream of pieces (a sheet too long for one string) is written piece by piece, never joined.
  const pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array> = typeof contents === 'string' ? [Buffer.from(contents, 'utf8')] : contents instanceof Uint8Array ? [contents] : contents;
  const resolved = await resolveTarget(target);
  const dir = path.dirname(resolved.path);
  const tmp = path.join(dir, `.${path.basename(resolved.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const job: PendingWrite = { tmp, interrupted: null };
  if (pending.size === 0) install();
  pending.add(job);
  let fd: number | undefined;
  let created = false;
  try {
    // A replaced file keeps its permissions (exactly: the umask would drop a group's write bit)
    // and, when we may give it away (root), its owner.
    const mode = resolved.stat ? resolved.stat.mode & 0o777 : 0o666;
    fd = fs.openSync(tmp, 'wx', mode);
    created = true;
    if (resolved.stat) {
      fs.fchmodSync(fd, mode);
      if (process.getuid?.() === 0) fs.fchownSync(fd, resolved.stat.uid, resolved.stat.gid);
    }
    let total = 0;
    for await (const data of pieces) {
      for (let offset = 0; offset < data.length && !job.interrupted; ) {
        const n = await write(fd, data, offset, Math.min(CHUNK, data.length - offset));
        offset += n;
        total += n;
        options.onChunk?.(total);
      }
      if (job.interrupted) break;
    }
    if (!job.interrupted) await fsync(fd);
    await close(fd);
    fd = undefined;
    if (job.interrupted) throw new WriteError(target, 'EINTR', `cannot write ${target}: interrupted by ${job.interrupted}`);
    await fs.promises.rename(tmp, resolved.path);
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
    throw wrap(target, err);
  } finally {
    pending.delete(job);
    if (pending.size === 0) uninstall();
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
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return String((err as Error)?.message ?? err).split('\n')[0];
  }
}

/**
 * `facts extract in.txt -o in.txt` would replace the article with its own sheet: refused when the
 * output is an input file, compared by device and inode (which also catches a symbolic link, a
 * differently cased name on a case-insensitive disk and a hard link). Throws WriteError.
 */
export async function refuseInputAsOutput(output: string, target: ResolvedTarget, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  // A file that does not exist yet is no input.
  if (!target.stat) return;
  for (const [shown, location] of files) {
    // Device and inode: the same file by any path (a symbolic link, a hard link, another case);
    // a file that cannot be stat'ed now is no file the sheet can replace.
    const stat = await fs.promises.stat(location).catch(() => null);
    const same = stat !== null && stat.dev === target.stat.dev && stat.ino === target.stat.ino;
    if (same) {
      const named = shown === output ? '' : ` (${shown})`;
      throw new WriteError(
        output,
        'input-file',
        `refusing to write the sheet over ${output}${named}: it is an input of this run; write it outside the input folders, or name it with a leading dot`,
      );
    }
  }
}
