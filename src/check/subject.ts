import type { Knowledge } from '../knowledge/index.js';
import { tokenize } from '../knowledge/text.js';
import { DEFAULT_MAX_BYTES, readArticle, type ReadOptions } from '../load/read.js';
import { DecodeError } from '../load/decode.js';
import { readRegularFile } from '../load/bounded.js';
import { MetadataError } from '../load/metadata.js';
import { annotate } from '../annotate/index.js';
import { extractFacts } from '../extract/index.js';
import type { CheckSubject, LoadFailure } from './types.js';
import { fingerprint } from './similarity.js';
import { firstBinaryByte, firstInvalidUtf8, positionOfByte } from './position.js';

/**
 * One input → everything the rules look at. Each step runs only when the one before it
 * succeeded, and a failure is recorded, never thrown: a bad file is a finding, not a crash.
 */
export function loadSubject(file: string, knowledge: Knowledge, options: ReadOptions): CheckSubject {
  const read = readArticle(file, options);
  if (!read.ok) return { file, failure: diagnose(file, read.error.message, read.cause, options.maxBytes ?? DEFAULT_MAX_BYTES), rawWords: 0, words: 0 };
  const article = read.article;
  const subject: CheckSubject = {
    file,
    article,
    rawWords: countWords(article.raw),
    words: countWords(article.text),
    fingerprint: fingerprint(article.text) ?? undefined,
  };
  if (subject.words > 0) {
    try {
      subject.facts = extractFacts(annotate(article), knowledge);
    } catch (e) {
      subject.extractionError = e instanceof Error ? e : new Error(String(e));
    }
  }
  return subject;
}

export function countWords(text: string): number {
  return tokenize(text).length;
}

/** Sorts a read failure into the rule that reports it, with the line of the offending byte when there is one. */
function diagnose(file: string, message: string, cause: unknown, maxBytes: number): LoadFailure {
  if (cause instanceof DecodeError) {
    const kind = cause.kind === 'binary' ? 'binary' : 'not-utf8';
    const bytes = rereadBytes(file, maxBytes);
    const offset = !bytes ? -1 : kind === 'binary' ? firstBinaryByte(bytes) : firstInvalidUtf8(bytes);
    const at = bytes && offset >= 0 ? positionOfByte(bytes, offset) : { line: 1, column: 1 };
    const where = offset >= 0 ? ` (first bad byte 0x${bytes![offset].toString(16).padStart(2, '0')} at byte ${offset})` : '';
    return { kind, message: `${message}${where}`, ...at };
  }
  if (cause instanceof MetadataError) return { kind: 'bad-metadata', message, line: 1, column: 1 };
  return { kind: 'not-readable', message, line: 1, column: 1 };
}

/** The file's bytes again, to locate what decoding refused; stdin cannot be read twice. */
function rereadBytes(file: string, maxBytes: number): Uint8Array | null {
  if (file === '-') return null;
  try {
    return readRegularFile(file, maxBytes);
  } catch {
    return null;
  }
}
