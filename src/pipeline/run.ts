import { defaultJobs } from './jobs.js';
import type { Knowledge } from '../knowledge/index.js';
import { findInputs } from '../load/find.js';
import { readSource } from '../load/read.js';
import { FactsCache } from './cache.js';
import { StatIndex } from './stat-index.js';
import path from 'node:path';
import { WorkerPool, type Outcome } from './pool.js';
import type { CorpusOptions } from './process.js';
import { success, type FileResult } from './result.js';

export interface RunOptions extends CorpusOptions {
  /** worker threads; 1 processes in this thread */
  jobs?: number;
  /** cache folder, or null for none */
  cacheDir?: string | null;
  knowledgeFiles?: string[];
  /** the knowledge version, for cache keys (see knowledge/index.ts) */
  knowledgeVersion?: string;
  /** called as results come out: files done, files in all (the CLI draws a progress bar) */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The corpus, file by file, in input order: unmatched arguments first (as errors), then each
 * file's facts or error. Cached facts come straight back (an unchanged file is not even read:
 * see stat-index.ts); the rest go through the worker pool, with at most a few files per worker
 * in flight so memory stays flat on any corpus size. `knowledge` is called only if an article
 * is processed in this thread (--jobs 1): a cached re-run never builds the look-up indexes.
 */
export async function* runCorpus(args: string[], knowledge: () => Knowledge, options: RunOptions = {}): AsyncGenerator<FileResult> {
  const { files, errors } = findInputs(args, options);
  for (const error of errors) yield { file: error.file, error };
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const cache = options.cacheDir ? new FactsCache(options.cacheDir, options.knowledgeVersion ?? knowledge().version) : null;
  const index = cache ? new StatIndex(path.join(options.cacheDir!, 'stat-index.json'), cache.version) : null;
  let done = 0;
  const tick = () => options.onProgress?.(++done, files.length);
  let pool: WorkerPool | undefined;
  const window: Promise<FileResult>[] = [];
  const maxInFlight = jobs * 4;
  /** A file's result: from the cache when its stat signature or its content key is known, else processed. */
  // Not awaited by the loop: a worker's result is a promise the window holds, so workers run in parallel.
  const resultOf = async (file: string): Promise<FileResult> => {
    const signature = index?.signature(file, optionMeta(file, options)) ?? null;
    const known = signature ? index!.get(signature) : undefined;
    const quick = known ? cache!.get(known, true) : undefined;
    if (quick !== undefined) return success(file, quick);
    const read = readSource(file, options);
    if (!read.ok) return { file, error: read.error };
    const key = cache?.key(Buffer.from(read.source.original), read.source.meta);
    if (key && signature) index!.set(signature, key);
    const hit = key ? cache!.get(key) : undefined;
    if (hit !== undefined) return success(file, hit);
    if (jobs === 1) {
      // the extractors are imported on the first miss: a cached re-run never loads them
      const { processSource } = await import('./process.js');
      return settle(cache, key, file, processSource(read.source, knowledge()));
    }
    pool ??= new WorkerPool(Math.min(jobs, files.length), options.knowledgeFiles ?? []);
    return pool.run(read.source).then((o) => settle(cache, key, file, o));
  };
  try {
    for (const file of files) {
      window.push(resultOf(file));
      while (window.length >= maxInFlight) { const r = await window.shift()!; tick(); yield r; }
    }
    while (window.length) { const r = await window.shift()!; tick(); yield r; }
  } finally {
    index?.save();
    await pool?.close();
  }
}

/** The metadata the options give a file (--date, its --manifest row): part of its signature. */
function optionMeta(file: string, options: RunOptions): unknown {
  return { date: options.date, row: options.manifest?.get(path.resolve(file)) };
}

function settle(cache: FactsCache | null, key: string | undefined, file: string, o: Outcome): FileResult {
  if ('error' in o) return { file, error: o.error };
  if (cache && key) cache.set(key, o.body);
  return success(file, o.body);
}
