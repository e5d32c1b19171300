import { defaultJobs } from './jobs.js';
import type { Knowledge } from '../knowledge/index.js';
import { findInputs } from '../load/find.js';
import { readSource, type Source, type SourceResult } from '../load/read.js';
import type { UserMetadata } from '../types.js';
import { mayHoldMany, readSources } from '../load/sources.js';
import { FactsCache } from './cache.js';
import { StatIndex } from './stat-index.js';
import path from 'node:path';
import { WorkerPool, type Outcome } from './pool.js';
import type { CorpusOptions } from './process.js';
import type { Task } from './tasks.js';
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
  /** what to make of each article: its facts (the default) or what `check` reads */
  task?: Task;
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
  const task = options.task ?? 'facts';
  const cache = options.cacheDir ? new FactsCache(options.cacheDir, options.knowledgeVersion ?? knowledge().version) : null;
  const index = cache ? new StatIndex(path.join(options.cacheDir!, 'stat-index.json'), cache.version) : null;
  let done = 0;
  const tick = () => options.onProgress?.(++done, files.length);
  let pool: WorkerPool | undefined;
  const window: Promise<FileResult>[] = [];
  const maxInFlight = jobs * 4;
  // one JSON Lines file can hold thousands of articles: it gets every worker
  const poolSize = files.some(mayHoldMany) ? jobs : Math.min(jobs, files.length);
  /** A file's result: from the cache when its stat signature or its content key is known, else processed. */
  // Not awaited by the loop: a worker's result is a promise the window holds, so workers run in parallel.
  const resultOf = async (file: string): Promise<FileResult> => {
    const signature = index?.signature(file, optionMeta(file, options, task)) ?? null;
    const known = signature ? index!.get(signature) : undefined;
    const quick = known ? cache!.get(known, true, task) : undefined;
    if (quick !== undefined) return success(file, quick);
    return resultOfSource(readSource(file, options), signature);
  };
  /** A read source's result: cached under the hash of its content and metadata, else processed. */
  const resultOfSource = async (read: SourceResult, signature: string | null): Promise<FileResult> => {
    if (!read.ok) return { file: read.error.file, error: read.error, cause: read.cause };
    const file = read.source.file;
    const key = cache?.key(Buffer.from(read.source.original), keyMeta(read.source), task);
    if (key && signature) index!.set(signature, key);
    const hit = key ? cache!.get(key, false, task) : undefined;
    if (hit !== undefined) return success(file, hit);
    if (jobs === 1) {
      // the extractors are imported on the first miss: a cached re-run never loads them
      const { runTask } = await import('./tasks.js');
      return settle(cache, key, file, runTask(task, read.source, knowledge()));
    }
    pool ??= new WorkerPool(poolSize, options.knowledgeFiles ?? []);
    return pool.run(read.source, task).then((o) => settle(cache, key, file, o));
  };
  /** The results of one input, in order: one for a text or HTML file, one per record of JSON Lines. */
  function* resultsOf(file: string): Generator<Promise<FileResult>> {
    // a JSON Lines file has no single content key: its records are cached one by one
    if (mayHoldMany(file)) for (const read of readSources(file, options)) yield resultOfSource(read, null);
    else yield resultOf(file);
  }
  try {
    for (const file of files) {
      for (const result of resultsOf(file)) {
        window.push(result);
        while (window.length >= maxInFlight) { const r = await window.shift()!; tick(); yield r; }
      }
    }
    while (window.length) { const r = await window.shift()!; tick(); yield r; }
  } finally {
    index?.save();
    if (cache?.wrote) cache.sweep();
    await pool?.close();
  }
}

/** The metadata the options give a file (--date, its --manifest row) and the task: part of its signature. */
function optionMeta(file: string, options: RunOptions, task: Task): unknown {
  return { date: options.date, row: options.manifest?.get(path.resolve(file)), task };
}

/** What a source's facts depend on besides its text: the metadata, and how the text is read (HTML, a separate title). */
function keyMeta(s: Source): UserMetadata {
  return s.format || s.title ? ({ ...s.meta, format: s.format, title: s.title } as UserMetadata) : s.meta;
}

function settle(cache: FactsCache | null, key: string | undefined, file: string, o: Outcome): FileResult {
  if ('error' in o) return { file, error: o.error, processing: true };
  if (cache && key) cache.set(key, o.body);
  return success(file, o.body);
}
