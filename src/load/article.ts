import type { LoadedArticle, UserMetadata } from '../types.js';
import { cleanText } from './clean.js';
import { detectTitle } from './title.js';

/** A decoded file text → the cleaned article every later stage reads. Pure. */
export function articleFromText(file: string, raw: string, meta: UserMetadata = {}): LoadedArticle {
  const cleaned = cleanText(raw);
  return {
    file,
    raw,
    text: cleaned.text,
    origin: cleaned.origin,
    title: detectTitle(cleaned.text),
    meta,
  };
}
