// The real `facts` command, run without blocking the test worker: a file of many CLI runs done
// with spawnSync can hold vitest's worker past its 60 s RPC timeout on a loaded machine.
import { spawn, type StdioOptions } from 'node:child_process';
import { BIN, ROOT, type RunResult } from './cli.ts';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Bytes for standard input (none: stdin is closed at once). */
  input?: string | Buffer;
  /** Standard output: a file descriptor to write to instead of a pipe (e.g. /dev/full). */
  stdout?: number;
  uid?: number;
  gid?: number;
  /** Run `/bin/sh ARGS` instead of facts: a pipeline (the command line names facts itself). */
  shell?: boolean;
}

/** Runs `facts ARGS` as a user would (with `shell`: `sh ARGS`, a pipeline that runs facts); resolves with its exit status and what it printed. */
export function runFactsAsync(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdio: StdioOptions = ['pipe', options.stdout ?? 'pipe', 'pipe'];
  const child = spawn(options.shell ? '/bin/sh' : process.execPath, options.shell ? args : [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio,
    uid: options.uid,
    gid: options.gid,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  // The command may stop reading early (--max-file-size): that is its right, not a test failure.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
