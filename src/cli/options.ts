import { Command, InvalidArgumentError, Option } from 'commander';
import type { Knowledge } from '../knowledge/index.js';
import { isIsoDate, readManifest } from '../load/metadata.js';
import { DEFAULT_MAX_BYTES } from '../load/read.js';
import { parseFields, type FieldMap } from '../load/jsonl.js';
import type { RunOptions } from '../pipeline/run.js';
import { capJobs, defaultJobs } from '../pipeline/jobs.js';
import { defaultCacheDir } from '../pipeline/cache.js';
import type { FileResult } from '../pipeline/process.js';
import type { ArticleFacts, FileError } from '../types.js';
import type { Format } from '../render/report.js';
import { parseShard, type Shard } from '../pipeline/shard.js';
import { byCodeUnits } from '../aggregate/order.js';

/** Options every corpus command shares. */
export interface CommonOptions {
  json?: boolean;
  ndjson?: boolean;
  knowledge: string[];
  ignore: string[];
  maxBytes: number;
  date?: string;
  manifest?: string;
  jobs: number;
  follow?: boolean;
  /** a folder, or false for --no-cache */
  cache: string | boolean;
  /** --topic-filter: skip articles that name nothing of the conflict */
  topicFilter?: boolean;
  shard?: Shard;
  /** set by `merge`: the paths are map streams (NDJSON fact records), not articles */
  fromRecords?: boolean;
  fields?: FieldMap;
}

/** commander accumulator for repeatable options. */
export const collect = (value: string, previous: string[]) => [...previous, value];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** commander parser for date options: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

export const PATHS_HELP = 'files, folders (searched recursively for .txt/.md/.html/.htm/.jsonl/.ndjson), glob patterns, or - for stdin';

export const fieldsHelp = 'JSON Lines fields to read, e.g. text=maintext,date=date_publish,url=link,title=headline,source=site';

/** commander parser for --fields. */
export function fields(value: string): FieldMap {
  try { return parseFields(value); } catch (e) { throw new InvalidArgumentError((e as Error).message); }
}

export function addCommonOptions(cmd: Command): Command {
  return addInputOptions(cmd
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('--json', 'print one JSON document').conflicts('ndjson'))
    .option('--ndjson', 'print one JSON object per line (streams)'));
}

/** The options that say which articles to read and how to analyse them (every corpus command, and map). */
export function addInputOptions(cmd: Command): Command {
  cmd
    .option('-k, --knowledge <file>', 'extra knowledge file (people, places, organisations, ceasefires); repeatable', collect, [])
    .option('--ignore <glob>', 'skip files matching this glob; repeatable', collect, [])
    .option('--follow', 'follow symbolic links that lead outside the folders and patterns given')
    .addOption(new Option('--max-bytes <n>', 'refuse files larger than this').argParser(positiveInt).default(DEFAULT_MAX_BYTES))
    .option('--date <YYYY-MM-DD>', 'publication date of every input (overrides the text)', isoDate)
    .option('--manifest <csv>', 'CSV with columns file,date,url,source giving each file\'s metadata')
    .option('--fields <map>', fieldsHelp, fields)
    .option('--topic-filter', 'skip, almost for free, articles naming nothing of the conflict (its places, people, institutions): for archives mostly off topic')
    .option('--shard <I/N>', 'only the I-th of N equal parts of the files found (for running on N machines; see map/merge)', shardOption);
  return addRunOptions(cmd);
}

/** How the corpus runner works (worker threads, cache): every command that processes articles has these. */
export function addRunOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-j, --jobs <n>', 'worker threads').argParser(positiveInt).default(defaultJobs(), 'the number of cores'))
    .option('--cache <dir>', 'cache folder for per-article results', true)
    .option('--no-cache', 'do not read or write the cache');
}

function shardOption(value: string): Shard {
  try { return parseShard(value); } catch (e) { throw new InvalidArgumentError((e as Error).message); }
}

/** --jobs, capped at the number of cores (saying so on stderr). */
export function jobsFor(asked: number): number {
  const { jobs, note } = capJobs(asked);
  if (note) process.stderr.write(`karabakh-cli: ${note}\n`);
  return jobs;
}

/** The cache folder the options name: --cache DIR, the default folder, or null for --no-cache. */
export function cacheDirOf(o: { cache: string | boolean }): string | null {
  return o.cache === false ? null : typeof o.cache === 'string' ? o.cache : defaultCacheDir();
}

export function formatOf(o: CommonOptions): Format {
  return o.ndjson ? 'ndjson' : o.json ? 'json' : 'table';
}

export function runOptions(o: CommonOptions): RunOptions {
  return {
    ignore: o.ignore,
    follow: o.follow ?? false,
    maxBytes: o.maxBytes,
    date: o.date,
    manifest: o.manifest ? readManifest(o.manifest) : undefined,
    jobs: jobsFor(o.jobs),
    cacheDir: cacheDirOf(o),
    knowledgeFiles: o.knowledge,
    // Off by default: a user's corpus (or a date benchmark) never loses an article silently.
    allTopics: !o.topicFilter,
    shard: o.shard,
    fields: o.fields,
  };
}

/**
 * The corpus the command was given, file by file in input order (see pipeline/run.ts). The
 * pipeline is imported here, on first use, so `--help` and `--version` stay fast.
 */
export async function* corpus(paths: string[], o: CommonOptions): AsyncGenerator<FileResult> {
  const { runCorpus } = await import('../pipeline/run.js');
  const { knowledgeVersion, loadKnowledge } = await import('../knowledge/index.js');
  // The knowledge files are read and validated up front: a broken --knowledge file is a usage
  // error (exit 2). The look-up indexes are built only if this thread processes an article.
  const version = knowledgeVersion(o.knowledge);
  yield* runCorpus(paths, () => loadKnowledge(o.knowledge), { ...runOptions(o), knowledgeVersion: version });
}

export async function knowledgeOf(o: CommonOptions): Promise<Knowledge> {
  const { loadKnowledge } = await import('../knowledge/index.js');
  return loadKnowledge(o.knowledge);
}

/** What a corpus command reports besides its rows. */
export interface Totals {
  /** inputs that failed, by path */
  errors: FileError[];
  /** articles analysed */
  articles: number;
  /** articles the topic filter skipped */
  skipped: number;
}

/**
 * Feeds every article of the corpus to an aggregator (`add`), collecting the files that failed:
 * the loop every aggregating command shares. Under `merge` the articles come from map streams
 * instead of being analysed here; the aggregators do not depend on arrival order (see
 * aggregate/order.ts) and errors are sorted by path, so both print the same.
 */
export async function aggregate(paths: string[], o: CommonOptions, add: (facts: ArticleFacts) => void): Promise<Totals> {
  const errors: FileError[] = [];
  let articles = 0;
  let skipped = 0;
  const source = o.fromRecords ? await records(paths) : corpus(paths, o);
  for await (const r of source) {
    if (r.error) errors.push(r.error);
    else if (r.facts.skipped) skipped++;
    else { add(r.facts); articles++; }
  }
  errors.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.message, b.message));
  return { errors, articles, skipped };
}

async function records(paths: string[]) {
  const { readFactRecords } = await import('../pipeline/fact-records.js');
  return readFactRecords(paths.length ? paths : ['-']);
}
