import type { ArticleFacts, FileError, UserMetadata } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { articleFromText } from '../load/article.js';
import { articleOf, readSource, type ReadOptions, type Source } from '../load/read.js';
import { findInputs, type FindOptions } from '../load/find.js';
import { annotate } from '../annotate/index.js';
import { extractFacts } from '../extract/index.js';

export type FileResult = { file: string; facts: ArticleFacts; error?: undefined } | { file: string; facts?: undefined; error: FileError };

export interface CorpusOptions extends ReadOptions, FindOptions {}

/** Text → facts: the whole per-article pipeline as one pure function. */
export function processText(file: string, raw: string, k: Knowledge, meta: UserMetadata = {}): ArticleFacts {
  return extractFacts(annotate(articleFromText(file, raw, meta)), k);
}

/** A read source → facts, or an error: one bad article never stops a run. */
export function processSource(s: Source, k: Knowledge): FileResult {
  try {
    return { file: s.file, facts: extractFacts(annotate(articleOf(s)), k) };
  } catch (e) {
    return { file: s.file, error: { file: s.file, message: `extraction failed: ${(e as Error).message}; please report this file` } };
  }
}

/** One input file → facts, or an error naming it. */
export function processFile(file: string, k: Knowledge, options: CorpusOptions = {}): FileResult {
  const read = readSource(file, options);
  return read.ok ? processSource(read.source, k) : { file, error: read.error };
}

/** Every input named by the arguments, in input order, in this thread; unmatched arguments come out as errors first. */
export function* processCorpus(args: string[], k: Knowledge, options: CorpusOptions = {}): Generator<FileResult> {
  const { files, errors } = findInputs(args, options);
  for (const error of errors) yield { file: error.file, error };
  for (const file of files) yield processFile(file, k, options);
}
