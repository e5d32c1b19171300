import type { ArticleDate, ArticleFacts, Doc, FileError, LoadedArticle, UserMetadata } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { articleFromText } from '../load/article.js';
import { articleOf, type ReadOptions, type Source } from '../load/read.js';
import type { FindOptions } from '../load/find.js';
import { annotate } from '../annotate/index.js';
import { extractFacts } from '../extract/index.js';
import { findArticleDate } from '../extract/dates/index.js';
import { articleBody } from './article-json.js';

export type { FileResult } from './result.js';

export type TopicFilter = 'unlisted' | 'every' | 'off';

export interface CorpusOptions extends ReadOptions, FindOptions {
  /**
   * Which articles the topic filter may skip (see topic-filter.ts): 'unlisted' (the default)
   * every one but those a --manifest lists; 'every' (--topic-filter) all; 'off' (--all-topics) none.
   */
  topicFilter?: TopicFilter;
}


/**
 * The per-article steps, assembled here and nowhere else: the loaded article is annotated
 * once (the Doc), then every extractor reads it. A pure function of the article and the knowledge.
 */
export function analyzeArticle(article: LoadedArticle, k: Knowledge): ArticleFacts {
  return analyzeWith(article, k, (_doc, facts) => facts());
}

/**
 * The same steps for a caller that also reads the Doc (check): `use` gets the Doc and the
 * extraction to run, or not, when it likes; a throw from the extraction is the caller's to catch.
 */
export function analyzeWith<T>(article: LoadedArticle, k: Knowledge, use: (doc: Doc, facts: () => ArticleFacts) => T): T {
  const doc = annotate(article, k);
  return use(doc, () => extractFacts(doc, k));
}

/** When the metadata gives the article's date: the date the text alone gives (check compares the two). */
export function textDateOf(doc: Doc, k: Knowledge): ArticleDate | null | undefined {
  if (!doc.article.meta.date) return undefined;
  return findArticleDate({ ...doc, article: { ...doc.article, meta: {} } }, k);
}

/** Text → facts: the whole per-article pipeline as one pure function. */
export function processText(file: string, raw: string, k: Knowledge, meta: UserMetadata = {}): ArticleFacts {
  return analyzeArticle(articleFromText(file, raw, meta), k);
}

/** A read source → the Article's JSON body, or an error: one bad article never stops a run. */
export function processSource(s: Source, k: Knowledge): { body: string } | { error: FileError } {
  try {
    return { body: articleBody(analyzeArticle(articleOf(s), k)) };
  } catch (e) {
    return { error: { file: s.file, message: `extraction failed: ${(e as Error).message}; please report this file` } };
  }
}
