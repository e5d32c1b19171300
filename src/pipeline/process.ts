import type { ArticleDate, ArticleFacts, FileError, LoadedArticle, UserMetadata } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { articleFromText } from '../load/article.js';
import { articleOf, type ReadOptions, type Source } from '../load/read.js';
import type { FindOptions } from '../load/find.js';
import { annotate } from '../annotate/index.js';
import { extractFacts } from '../extract/index.js';
import { findArticleDate } from '../extract/dates/index.js';
import { articleBody } from './article-json.js';

export type { FileResult } from './result.js';

export interface CorpusOptions extends ReadOptions, FindOptions {}

/**
 * The per-article steps, assembled here and nowhere else: the loaded article is annotated
 * once (the Doc), then every extractor reads it. A pure function of the article and the knowledge.
 */
export function analyzeArticle(article: LoadedArticle, k: Knowledge): ArticleFacts {
  return extractFacts(annotate(article), k);
}

/**
 * The facts and, when the metadata gives a date, the date the text alone gives (check compares
 * the two): one annotation for both.
 */
export function analyzeWithTextDate(article: LoadedArticle, k: Knowledge): { facts: ArticleFacts; textDate?: ArticleDate | null } {
  const annotated = annotate(article);
  const facts = extractFacts(annotated, k);
  if (!article.meta.date) return { facts };
  return { facts, textDate: findArticleDate({ ...annotated, article: { ...article, meta: {} } }) };
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
