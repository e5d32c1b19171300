import { Command, Help, InvalidArgumentError, Option } from 'commander';
import type { Knowledge } from '../knowledge/index.js';
import { isIsoDate, readManifest } from '../load/metadata.js';
import { DEFAULT_MAX_BYTES } from '../load/read.js';
import { parseFields, type FieldMap } from '../load/jsonl.js';
import type { RunOptions } from '../pipeline/run.js';
import { capJobs, defaultJobs } from '../pipeline/jobs.js';
import { defaultCacheDir } from '../pipeline/cache.js';
import type { FileResult } from '../pipeline/process.js';
import type { ArticleFacts, FileError } from '../types.js';
import { parseShard, type Shard } from '../pipeline/shard.js';
import { byCodeUnits } from '../aggregate/order.js';
import { CLAIM_KINDS, MEETING_STATUSES, type Filters } from '../aggregate/filters.js';
import { outputToFile } from '../render/output.js';
import { startProgress } from './progress.js';

/** Options every corpus command shares. */
export interface CommonOptions extends Filters {
  json?: boolean;
  ndjson?: boolean;
  format?: string;
  output?: string;
  sources?: boolean;
  progress: boolean;
  knowledge: string[];
  ignore: string[];
  maxBytes: number;
  date?: string;
  manifest?: string;
  jobs: number;
  follow?: boolean;
  /** a folder, or false for --no-cache */
  cache?: string | boolean;
  /** --topic-filter: skip off-topic articles, those a --manifest lists included */
  topicFilter?: boolean;
  /** --all-topics: analyse every article, on topic or not */
  allTopics?: boolean;
  shard?: Shard;
  /** set by `merge`: the paths are map streams (NDJSON fact records), not articles */
  fromRecords?: boolean;
  fields?: FieldMap;
}

/** Help without "(default: [])" or "(default: {})" after every repeatable option. */
export function quietHelp(cmd: Command): Command {
  const plain = new Help();
  return cmd.configureHelp({ optionDescription: (option: Option) => plain.optionDescription(option).replace(/ \(default: (\[\]|\{\})\)$/, '') });
}

/** commander accumulator for repeatable options. */
export const collect = (value: string, previous: string[]) => [...previous, value];

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** commander parser for date options: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

export const PATHS_HELP = 'files, folders (searched recursively for .txt/.md/.html/.htm/.jsonl/.ndjson), glob patterns, or - for stdin';

export const fieldsHelp = 'JSON Lines fields to read, e.g. text=maintext,date=date_publish,url=link,title=headline,source=site';

/** commander parser for --fields. */
export function fields(value: string): FieldMap {
  try { return parseFields(value); } catch (e) { throw new InvalidArgumentError((e as Error).message); }
}

/**
 * The options of every corpus command. `formats` are the --format choices of this command
 * (the first is the default).
 */
export function addCommonOptions(cmd: Command, formats: readonly string[]): Command {
  quietHelp(cmd)
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('-f, --format <name>', 'output format').choices(formats).conflicts(['json', 'ndjson']))
    .addOption(new Option('--json', 'one JSON document (same as --format json)').conflicts('ndjson'))
    .option('--ndjson', 'one JSON object per line (same as --format ndjson)')
    .option('-o, --output <file>', 'write the output to this file instead of stdout')
    .option('--sources', 'tables list the source files instead of counting them')
    .option('--from <date>', 'only facts (or articles) dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'only facts (or articles) dated on or before this date', isoDate)
    .option('--person <name>', 'only meetings with this person, or articles naming them (any spelling); repeatable: all of them', collect, [])
    .option('--place <name>', 'only meetings in this place (a country includes its cities), or articles naming it')
    .option('--country <name>', 'only facts involving this country (name, demonym or ISO code): a participant or place of a meeting, a broker or accuser of a ceasefire')
    .addOption(new Option('--status <status>', 'only meetings with this status, or ceasefires with this claim made of them').choices([...MEETING_STATUSES, ...CLAIM_KINDS]));
  return addInputOptions(cmd);
}

/** The options that say which articles to read and how to analyse them (every corpus command, and map). */
export function addInputOptions(cmd: Command): Command {
  quietHelp(cmd)
    .option('-k, --knowledge <file>', 'extra knowledge file (people, places, organisations, ceasefires); repeatable', collect, [])
    .option('--ignore <pattern>', 'skip files matching this .gitignore-style pattern, relative to each input folder; repeatable', collect, [])
    .option('--follow', 'follow symbolic links that lead outside the folders and patterns given')
    .addOption(new Option('--max-bytes <n>', 'refuse files larger than this').argParser(positiveInt).default(DEFAULT_MAX_BYTES, '5 MiB'))
    .option('--date <YYYY-MM-DD>', 'publication date of every input (overrides the text)', isoDate)
    .option('--manifest <csv>', "CSV with columns file,date,url,source giving each file's metadata")
    .option('--fields <map>', fieldsHelp, fields)
    .addOption(new Option('--all-topics', 'analyse every article, on topic or not (by default an article naming nothing of the conflict is skipped, unless --manifest lists it)'))
    .addOption(new Option('--topic-filter', 'skip off-topic articles even when --manifest lists them').conflicts('allTopics'))
    .option('--shard <I/N>', 'only the I-th of N equal parts of the files found (for running on N machines; see map/merge)', shardOption);
  return addRunOptions(cmd);
}

/** How the corpus runner works (worker threads, cache, progress): every command that processes articles has these. */
export function addRunOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-j, --jobs <n>', 'worker threads at most (a second one starts only for work that pays for it)').argParser(positiveInt).default(defaultJobs(), 'the number of cores'))
    .option('--cache <dir>', 'cache folder for per-article results (default: ~/.cache/karabakh-cli)')
    .option('--no-cache', 'do not read or write the cache')
    .option('--no-progress', 'no progress bar (it shows only on a terminal, for 20 files or more)')
    .hook('preAction', refuseCacheAndNoCache);
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
export function cacheDirOf(o: { cache?: string | boolean }): string | null {
  return o.cache === false ? null : typeof o.cache === 'string' ? o.cache : defaultCacheDir();
}

/**
 * --cache DIR and --no-cache set one value (commander's negatable pair), so the last would
 * silently win: together they are a usage error instead.
 */
export function refuseCacheAndNoCache(cmd: Command): void {
  const raw = (cmd.parent as (Command & { rawArgs?: string[] }) | null)?.rawArgs ?? [];
  const end = raw.indexOf('--');
  const args = end < 0 ? raw : raw.slice(0, end);
  if (args.includes('--no-cache') && args.some((a) => a === '--cache' || a.startsWith('--cache='))) {
    cmd.error("error: option '--cache <dir>' cannot be used with option '--no-cache'", { exitCode: 2, code: 'commander.conflictingOption' });
  }
}

export function formatOf(o: CommonOptions, formats: readonly string[]): string {
  return o.format ?? (o.ndjson ? 'ndjson' : o.json ? 'json' : formats[0]);
}

/** -o FILE: the output goes there; a file that cannot be created is a usage error. */
export function openOutput(o: CommonOptions): void {
  if (!o.output) return;
  try {
    outputToFile(o.output);
  } catch (e) {
    // a plain Error: main prints it and exits 2
    throw new Error(`cannot write --output ${o.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
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
    // Skipped articles are never silent: each has its line, and summaries count them.
    topicFilter: o.allTopics ? 'off' : o.topicFilter ? 'every' : 'unlisted',
    shard: o.shard,
    fields: o.fields,
  };
}

/**
 * The corpus the command was given, file by file in input order (see pipeline/run.ts). The
 * pipeline is imported here, on first use, so `--help` and `--version` stay fast.
 * `streaming`: stdout receives lines while the corpus runs (analyze --ndjson).
 */
export async function* corpus(paths: string[], o: CommonOptions, streaming = false): AsyncGenerator<FileResult> {
  const { runCorpus } = await import('../pipeline/run.js');
  const { knowledgeVersion, loadKnowledge } = await import('../knowledge/index.js');
  // The knowledge files are read and validated up front: a broken --knowledge file is a usage
  // error (exit 2). The look-up indexes are built only if this thread processes an article.
  const version = knowledgeVersion(o.knowledge);
  const progress = startProgress({ enabled: o.progress, streaming, unit: 'files' });
  try {
    yield* runCorpus(paths, () => loadKnowledge(o.knowledge), { ...runOptions(o), knowledgeVersion: version, onProgress: progress.update });
  } finally {
    progress.stop();
  }
}

export async function knowledgeOf(o: { knowledge: string[] }): Promise<Knowledge> {
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
