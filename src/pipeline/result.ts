import type { ArticleFacts, FileError } from '../types.js';
import { articleLine, parseArticle } from './article-json.js';

/**
 * One input's outcome. A success carries the Article's JSON body (made once, in whichever
 * thread processed it, or read from the cache as bytes) and builds the line or parses the
 * facts only when a command asks for them: `analyze --ndjson` copies bytes straight through.
 */
export type FileResult = Success | Failure;

/** A file that could not be found or read (`cause`: what reading threw), or could not be processed. */
export interface Failure {
  file: string;
  error: FileError;
  cause?: unknown;
  /** read, but processing failed (an extraction that threw, a worker that died) */
  processing?: boolean;
  facts?: undefined;
  line?: undefined;
  body?: undefined;
}

export interface Success {
  file: string;
  error?: undefined;
  /** the Article's JSON without `file` (see article-json.ts) */
  body: string | Buffer;
  readonly line: string;
  readonly facts: ArticleFacts;
}

export function success(file: string, body: string | Buffer): Success {
  let line: string | undefined;
  let facts: ArticleFacts | undefined;
  return {
    file,
    body,
    get line() { return (line ??= articleLine(file, body.toString())); },
    get facts() { return (facts ??= parseArticle(this.line)); },
  };
}

/**
 * Whether an Article body records extraction limits, without parsing it: inside a JSON string
 * every quote is escaped, so `"limits":[` unescaped can only be the key itself.
 */
export function reachedLimits(body: string | Buffer): boolean {
  return body.includes('"limits":[');
}
