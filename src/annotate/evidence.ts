import type { AnnotatedArticle, Evidence, Sentence } from '../types.js';
import { toOriginal } from '../load/mapped-text.js';
import { firstIndexNotBefore } from './search.js';

/**
 * Evidence for a span of the cleaned text: the sentence as the file has it and the span's
 * offsets in the file. Without a span, the whole sentence.
 */
export function evidenceFor(a: AnnotatedArticle, sentence: Sentence, start = sentence.start, end = sentence.end): Evidence {
  const span = toOriginal(a.article.origin, start, end);
  return { sentence: quote(sentence.text, start - sentence.start, end - sentence.start), start: span.start, end: span.end };
}

/** Longest sentence quoted whole; a longer one is quoted around the span, its cut ends marked "…". */
export const MAX_QUOTE_LENGTH = 400;

/** A sentence, or the part of it around [from, to) (offsets into the sentence) when it is too long to quote. */
export function quote(text: string, from: number, to: number): string {
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  const room = Math.max(0, MAX_QUOTE_LENGTH - Math.max(0, to - from));
  let s = Math.max(0, Math.min(from - (room >> 1), text.length - MAX_QUOTE_LENGTH));
  let e = Math.min(text.length, s + MAX_QUOTE_LENGTH);
  // never cut a surrogate pair in two
  if (s > 0 && /[\udc00-\udfff]/.test(text[s])) s++;
  if (e < text.length && /[\ud800-\udbff]/.test(text[e - 1])) e--;
  return `${s > 0 ? '…' : ''}${text.slice(s, e)}${e < text.length ? '…' : ''}`;
}

/** The sentence that contains a cleaned-text offset (binary search; sentences are in order). */
export function sentenceAt(a: AnnotatedArticle, offset: number): Sentence | undefined {
  const s = a.sentences;
  const i = firstIndexNotBefore(s.length, (j) => s[j].end <= offset);
  return i < s.length && s[i].start <= offset ? s[i] : undefined;
}
