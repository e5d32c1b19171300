import os from 'node:os';

/** Worker threads by default: one per core. (Its own module: the CLI reads it before loading the pipeline.) */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}
