// Setup file (vitest.config.ts): after every test, one turn of the event loop.
// Vitest's worker asks the main process to record each test's result over an RPC with a 60 s
// deadline, and reads the answer only when its event loop turns. Tests that run synchronously, back
// to back (hundreds of table rows, linearity checks on 1 MB, CLI runs through spawnSync), chain on
// promises alone and never let it turn: a file of them past 60 s failed a run whose every test
// passed ("Timeout calling onTaskUpdate"). setImmediate runs after the loop has read its I/O.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
