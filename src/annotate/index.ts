import type { AnnotatedArticle, LoadedArticle } from '../types.js';
import { splitSentences } from './sentences.js';

/** Splits the cleaned text into sentences. Pure. */
export function annotate(article: LoadedArticle): AnnotatedArticle {
  return { article, sentences: splitSentences(article.text) };
}
