// The worker thread's entry (tinypool imports its default export): one task per call.
import { runTask } from './task.ts';

export default runTask;
