// The worker's entry when facts runs from its TypeScript sources (through tsx): a worker thread
// cannot import .ts on its own (Node 20 workers take no `--import` loader), so this registers tsx
// in the worker first. A compiled build loads worker.js directly and never uses this file.
import { register } from 'tsx/esm/api';

register();
export default (await import('./worker.ts')).default;
