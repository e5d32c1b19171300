import os from 'node:os';

/** Worker threads by default: one per core. (Its own module: the CLI reads it before loading the pipeline.) */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/**
 * --jobs as given, or the number of cores when more were asked for: more threads than cores
 * only add memory (each holds the knowledge indexes and compromise) and slow the run down.
 */
export function capJobs(asked: number): { jobs: number; note?: string } {
  const cores = defaultJobs();
  if (asked <= cores) return { jobs: asked };
  return { jobs: cores, note: `--jobs ${asked} is more than the ${cores} cores of this machine: using ${cores}` };
}
