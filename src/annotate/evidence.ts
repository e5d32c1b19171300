import type { AnnotatedArticle, Evidence, Sentence } from '../types.js';
import { toOriginal } from '../load/mapped-text.js';

/**
 * Evidence for a span of the cleaned text: the sentence as the file has it and the span's
 * offsets in the file. Without a span, the whole sentence.
 */
export function evidenceFor(a: AnnotatedArticle, sentence: Sentence, start = sentence.start, end = sentence.end): Evidence {
  const span = toOriginal(a.article.origin, start, end);
  return { sentence: sentence.text, start: span.start, end: span.end };
}

/** The sentence that contains a cleaned-text offset (binary search; sentences are in order). */
export function sentenceAt(a: AnnotatedArticle, offset: number): Sentence | undefined {
  const s = a.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= offset) lo = mid + 1;
    else if (s[mid].start > offset) hi = mid - 1;
    else return s[mid];
  }
  return undefined;
}
