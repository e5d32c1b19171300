import type { ArticleFacts, FileError, UserMetadata } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { articleFromText } from '../load/article.js';
import { articleOf, type ReadOptions, type Source } from '../load/read.js';
import type { FindOptions } from '../load/find.js';
import { annotate } from '../annotate/index.js';
import { extractFacts } from '../extract/index.js';
import { articleBody } from '../render/article-json.js';
import { topicMatcher } from '../knowledge/topic.js';

export type { FileResult } from './result.js';

export interface CorpusOptions extends ReadOptions, FindOptions {
  /** --all-topics: analyse every article, not only those that name the conflict's places, people or institutions */
  allTopics?: boolean;
}

export interface ProcessOptions {
  allTopics?: boolean;
}

/** Text → facts: the whole per-article pipeline as one pure function. */
export function processText(file: string, raw: string, k: Knowledge, meta: UserMetadata = {}): ArticleFacts {
  return extractFacts(annotate(articleFromText(file, raw, meta)), k);
}

/**
 * A read source → the Article's JSON body, or an error: one bad article never stops a run.
 * Unless `allTopics`, an article that names nothing of the conflict (one pass of the topic
 * automaton over its text) is not analysed at all: its body says it was skipped.
 */
export function processSource(s: Source, k: Knowledge, options: ProcessOptions = {}): { body: string } | { error: FileError } {
  try {
    if (!options.allTopics && topicMatcher(k).find(s.body) === null) return { body: articleBody(offTopic(s)) };
    return { body: articleBody(extractFacts(annotate(articleOf(s)), k)) };
  } catch (e) {
    return { error: { file: s.file, message: `extraction failed: ${(e as Error).message}; please report this file` } };
  }
}

/** The Article of a skipped article: the contract's fields, empty, and why. */
function offTopic(s: Source): ArticleFacts {
  return { file: s.file, skipped: 'off-topic', title: null, date: null, meta: s.meta, people: [], places: [], organizations: [], dates: [], meetings: [], ceasefires: [] };
}
