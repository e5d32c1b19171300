import type { ArticleFacts, FileError, UserMetadata } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { articleFromText } from '../load/article.js';
import { articleOf, readSource, type ReadOptions, type Source } from '../load/read.js';
import { findInputs, type FindOptions } from '../load/find.js';
import { annotate } from '../annotate/index.js';
import { extractFacts } from '../extract/index.js';
import { articleBody, articleLine, parseArticle } from '../render/article-json.js';

/**
 * One input's outcome. A success carries the Article as a JSON line (made once, in whichever
 * thread processed it, or read from the cache) and parses it only when a command asks for `facts`.
 */
export type FileResult = { file: string; line: string; readonly facts: ArticleFacts; error?: undefined } | { file: string; error: FileError; facts?: undefined; line?: undefined };

export interface CorpusOptions extends ReadOptions, FindOptions {}

/** Text → facts: the whole per-article pipeline as one pure function. */
export function processText(file: string, raw: string, k: Knowledge, meta: UserMetadata = {}): ArticleFacts {
  return extractFacts(annotate(articleFromText(file, raw, meta)), k);
}

/** A result around an Article body (see render/article-json.ts); `facts` parses on first use. */
export function success(file: string, body: string, facts?: ArticleFacts): FileResult {
  const line = articleLine(file, body);
  let parsed = facts;
  return { file, line, get facts() { return (parsed ??= parseArticle(line)); } };
}

/** A read source → the Article's JSON body, or an error: one bad article never stops a run. */
export function processSource(s: Source, k: Knowledge): { body: string } | { error: FileError } {
  try {
    return { body: articleBody(extractFacts(annotate(articleOf(s)), k)) };
  } catch (e) {
    return { error: { file: s.file, message: `extraction failed: ${(e as Error).message}; please report this file` } };
  }
}

/** One input file → its result, in this thread. */
export function processFile(file: string, k: Knowledge, options: CorpusOptions = {}): FileResult {
  const read = readSource(file, options);
  if (!read.ok) return { file, error: read.error };
  const r = processSource(read.source, k);
  return 'error' in r ? { file, error: r.error } : success(file, r.body);
}

/** Every input named by the arguments, in input order, in this thread; unmatched arguments come out as errors first. */
export function* processCorpus(args: string[], k: Knowledge, options: CorpusOptions = {}): Generator<FileResult> {
  const { files, errors } = findInputs(args, options);
  for (const error of errors) yield { file: error.file, error };
  for (const file of files) yield processFile(file, k, options);
}
