// How many worker threads a run starts. A worker costs about a second of CPU before it runs at
// full speed (its modules, the knowledge indexes, compromise's lexicon and the JIT's warm-up),
// and on two cores a second one slows the first: on this project's bench machine (2 vCPUs),
// 200 on-topic articles took 3.1 s with one worker and 3.5 s with two, and two workers beat one
// only past about 400 articles. So a worker is started only for work that pays for it.

/** Articles each worker should expect before it is started. */
export const WORKER_SHARE = 200;

export interface PoolDemand {
  /** the most workers the run may use (--jobs, and no more than its articles) */
  limit: number;
  /** files in the run, each one article; undefined when unknown (JSON Lines, stdin) */
  files: number | undefined;
  /** files taken so far, and articles sent to the pool (counting the one being sent) */
  taken: number;
  sent: number;
  /** articles sent and not yet done */
  pending: number;
  /** files the run takes before waiting on a worker: the rate is read only once they went by */
  window: number;
}

/**
 * Workers wanted now: at least one (an article is being sent); all of them when the number of
 * articles is unknown; else as many as the articles expected to reach the pool (those in
 * flight, plus the files left at the rate so far: a mostly off-topic archive sends few) give
 * WORKER_SHARE each. A large on-topic corpus gets every worker within its first files; a few
 * hundred files, or a few hundred on-topic articles among thousands, get one.
 */
export function workersWanted(d: PoolDemand): number {
  if (d.files === undefined) return d.limit;
  if (d.taken < d.window) return 1;
  const expected = d.pending + (d.files - d.taken) * (d.sent / d.taken);
  return Math.max(1, Math.min(d.limit, Math.floor(expected / WORKER_SHARE)));
}
