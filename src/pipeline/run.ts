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
import { inShard, type Shard } from './shard.js';
import { offTopicBody } from './topic-filter.js';
import { workersWanted } from './pool-size.js';

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
  /** --shard I/N: only this part of the files found */
  shard?: Shard;
}

/**
 * The corpus, file by file, in input order: unmatched arguments first (as errors), then each
 * file's facts or error. Cached facts come straight back (an unchanged file is not even read:
 * see stat-index.ts); the rest go through the worker pool, with at most a few files per worker
 * in flight so memory stays flat on any corpus size. `knowledge` is called only for an
 * article that is read (the topic filter, and processing with --jobs 1): a cached re-run
 * never builds the look-up indexes. With a shard, only the files whose position in that order
 * falls in it (and the argument errors only in shard 1, so merged shards report each once).
 */
export async function* runCorpus(args: string[], knowledge: () => Knowledge, options: RunOptions = {}): AsyncGenerator<FileResult> {
  const found = findInputs(args, options);
  const shard = options.shard;
  const files = shard ? found.files.filter((_, i) => inShard(i, shard)) : found.files;
  if (!shard || shard.index === 1) for (const error of found.errors) yield { file: error.file, error };
  // one JSON Lines file can hold thousands of articles: it gets every worker
  const runner = new Runner(knowledge, options, files.length, files.some(mayHoldMany) ? undefined : files.length);
  // A --manifest row is the user's word that this file belongs to the corpus (with its date):
  // by default the topic filter leaves it alone.
  const listed = (file: string) => options.manifest?.has(path.resolve(file)) === true;
  // A file's result: from the cache when its stat signature or its content key is known, else processed.
  const resultOf = async (file: string): Promise<FileResult> => {
    runner.took();
    const filtered = runner.filters(listed(file));
    const signature = runner.index?.signature(file, optionMeta(file, options, runner.task, filtered)) ?? null;
    const known = signature ? runner.index!.get(signature) : undefined;
    const quick = known ? runner.cache!.get(known, true, runner.task) : undefined;
    if (quick !== undefined) return success(file, quick);
    const read = readSource(file, options);
    if (!read.ok) return { file, error: read.error, cause: read.cause };
    return runner.process(read.source, signature, filtered);
  };
  /** The results of one input, in order: one for a text or HTML file, one per record of JSON Lines. */
  function* resultsOf(file: string): Generator<Promise<FileResult>> {
    // a JSON Lines file has no single content key: its records are cached one by one
    if (!mayHoldMany(file)) { yield resultOf(file); return; }
    for (const read of readSources(file, options)) {
      yield read.ok ? runner.process(read.source, null, runner.filters(false)) : Promise.resolve({ file: read.error.file, error: read.error, cause: read.cause });
    }
  }
  yield* runner.inOrder(eachResult(files, resultsOf), (started) => started.result);
}

/** The results of every input, flattened (a JSON Lines input yields many). */
// Each promise is wrapped: `for await` (and an async generator) would wait for a bare promise
// before taking the next input, one article at a time instead of a window of them.
function* eachResult(files: string[], resultsOf: (file: string) => Generator<Promise<FileResult>>): Generator<{ result: Promise<FileResult> }> {
  for (const file of files) for (const result of resultsOf(file)) yield { result };
}

/**
 * Articles that arrive already read (JSON Lines records on stdin: see load/records.ts), in
 * their order, through the same filter, cache and workers as files.
 */
export async function* runSources(sources: AsyncIterable<SourceResult>, knowledge: () => Knowledge, options: RunOptions = {}): AsyncGenerator<FileResult> {
  const runner = new Runner(knowledge, options, 0);
  yield* runner.inOrder(sources, async (r) => {
    if (!r.ok) return { file: r.error.file, error: r.error };
    return runner.process(r.source, null, runner.filters(false));
  });
}

/** articles per worker in flight at once (see Runner.inOrder) */
const UNSETTLED_PER_JOB = 4;

/** The cache, the stat index and the worker pool one run shares, and the ordered window over its inputs. */
class Runner {
  readonly cache: FactsCache | null;
  readonly index: StatIndex | null;
  readonly task: Task;
  private pool: WorkerPool | undefined;
  private readonly jobs: number;
  /** files taken so far, and articles sent to the pool: how many files need a worker */
  private taken = 0;
  private sent = 0;

  /** `total`: inputs, for the progress bar; `most`: at most this many articles (no more workers than that) */
  constructor(private readonly knowledge: () => Knowledge, private readonly options: RunOptions, private readonly total: number, private readonly most?: number) {
    this.jobs = Math.max(1, options.jobs ?? defaultJobs());
    this.task = options.task ?? 'facts';
    const version = options.knowledgeVersion ?? knowledge().version;
    this.cache = options.cacheDir ? new FactsCache(options.cacheDir, version) : null;
    this.index = this.cache ? new StatIndex(path.join(options.cacheDir!, 'stat-index.json'), this.cache.version) : null;
  }

  /**
   * A read article's result: from the cache under its content key (remembered under the
   * file's stat signature); else skipped when the topic filter says so (in this thread: an
   * off-topic article never crosses to a worker); else processed, here with --jobs 1, else
   * by a worker.
   */
  async process(source: Source, signature: string | null, filtered: boolean): Promise<FileResult> {
    const file = source.file;
    const key = this.cache?.key(Buffer.from(source.original), keyMeta(source, filtered), this.task);
    if (key && signature) this.index!.set(signature, key);
    const hit = key ? this.cache!.get(key, false, this.task) : undefined;
    if (hit !== undefined) return success(file, hit);
    if (filtered) {
      // cached like any result, so a re-run neither reads the file nor builds the knowledge base
      const skipped = offTopicBody(source, this.knowledge());
      if (skipped !== null) return settle(this.cache, key, file, { body: skipped });
    }
    if (this.jobs === 1) {
      // the extractors are imported on the first miss: a cached re-run never loads them
      const { runTask } = await import('./tasks.js');
      return settle(this.cache, key, file, runTask(this.task, source, this.knowledge()));
    }
    return this.workers().run(source, this.task).then((o) => settle(this.cache, key, file, o));
  }

  /** One more file taken (runCorpus counts them: a file's result may come from the cache, never reaching `process`). */
  took(): void {
    this.taken++;
  }

  /** The worker pool for one more article, grown to the work expected (see pool-size.ts). */
  private workers(): WorkerPool {
    const limit = Math.min(this.jobs, this.most ?? this.jobs);
    this.sent++;
    this.pool ??= new WorkerPool(limit, this.options.knowledgeFiles ?? []);
    const wanted = workersWanted({ limit, files: this.most, taken: this.taken, sent: this.sent, pending: this.pool.pending, window: this.jobs * UNSETTLED_PER_JOB });
    while (this.pool.size < wanted) this.pool.grow();
    return this.pool;
  }

  /**
   * Whether the topic filter may skip an article (`listed`: a --manifest row names it).
   * Facts only: `check` must see an off-topic file to say so.
   */
  filters(listed: boolean): boolean {
    const mode = this.options.topicFilter ?? 'unlisted';
    return this.task === 'facts' && (mode === 'every' || (mode === 'unlisted' && !listed));
  }

  /**
   * Results in input order. Not awaited one by one: a worker's result is a promise the window
   * holds, so workers run in parallel. At most a few articles per worker are unsettled (being
   * processed) at once; settled results (cached, skipped by the topic filter, failed to read)
   * wait their turn in the window up to a larger bound. Counting only unsettled ones against the
   * workers' share keeps them busy on a mostly off-topic archive: a window of 8 would hold about
   * one on-topic article there, and one worker would sit idle while the main thread waited.
   * Memory stays bounded either way.
   */
  async *inOrder<T>(inputs: Iterable<T> | AsyncIterable<T>, resultOf: (input: T) => Promise<FileResult>): AsyncGenerator<FileResult> {
    let done = 0;
    const tick = () => this.options.onProgress?.(++done, this.total);
    const window: Promise<FileResult>[] = [];
    const maxUnsettled = this.jobs * UNSETTLED_PER_JOB;
    const maxWindow = this.jobs * 64;
    let unsettled = 0;
    // settled → uncounted, before the window's own await on the same promise resumes (reactions run in order)
    const settle = () => { unsettled--; };
    try {
      for await (const input of inputs) {
        const result = resultOf(input);
        unsettled++;
        // this reaction also keeps a failure awaited later from counting as unhandled (which ends the process)
        result.then(settle, settle);
        window.push(result);
        while (window.length >= maxWindow || unsettled >= maxUnsettled) { const r = await window.shift()!; tick(); yield r; }
      }
      while (window.length) { const r = await window.shift()!; tick(); yield r; }
    } finally {
      this.index?.save();
      if (this.cache?.wrote) this.cache.sweep();
      await this.pool?.close();
    }
  }
}

/** The metadata the options give a file (--date, its --manifest row) and the task: part of its signature. */
// Whether the topic filter applied is part of both: an entry made unfiltered, served to a run
// that filters, would show an off-topic article's full facts there (and the other way round).
function optionMeta(file: string, options: RunOptions, task: Task, filtered: boolean): unknown {
  return { date: options.date, row: options.manifest?.get(path.resolve(file)), task, filtered };
}

/** What a source's facts depend on besides its text: the metadata, and how the text is read (HTML, a separate title). */
function keyMeta(s: Source, filtered: boolean): UserMetadata {
  return { ...s.meta, format: s.format, title: s.title, filtered } as UserMetadata;
}

function settle(cache: FactsCache | null, key: string | undefined, file: string, o: Outcome): FileResult {
  if ('error' in o) return { file, error: o.error, processing: true };
  if (cache && key) cache.set(key, o.body);
  return success(file, o.body);
}
