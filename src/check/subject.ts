import fs from 'node:fs';
import type { Knowledge } from '../knowledge/index.js';
import { tokenize } from '../knowledge/text.js';
import type { ReadOptions, ReadResult } from '../load/read.js';
import { readArticles } from '../load/sources.js';
import { JsonlError } from '../load/jsonl.js';
import { findArticleDate } from '../extract/dates/index.js';
import { DecodeError } from '../load/decode.js';
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
export function* loadSubjects(file: string, knowledge: Knowledge, options: ReadOptions): Generator<CheckSubject> {
  for (const read of readArticles(file, options)) yield subjectOf(file, read, knowledge);
}

/** One article of an input (a JSON Lines file has one per line) → its subject. */
function subjectOf(file: string, read: ReadResult, knowledge: Knowledge): CheckSubject {
  // a record of a JSON Lines file is reported at its line of the file
  const line = read.ok ? recordLine(file, read.article.file) : read.cause instanceof JsonlError ? read.cause.line : null;
  const at = line !== null ? { path: file, line } : {};
  if (!read.ok) return { file: read.error.file, ...at, failure: diagnose(file, read.error.message, read.cause), rawWords: 0, words: 0 };
  const article = read.article;
  const subject: CheckSubject = {
    file: article.file,
    ...at,
    article,
    rawWords: countWords(article.raw),
    words: countWords(article.text),
    fingerprint: fingerprint(article.text) ?? undefined,
  };
  if (subject.words > 0) {
    try {
      const annotated = annotate(article);
      subject.facts = extractFacts(annotated, knowledge);
      // what the text alone says, to compare with a date the metadata gives (rule metadata-date-disagrees)
      if (article.meta.date) subject.textDate = findArticleDate({ ...annotated, article: { ...article, meta: {} } });
    } catch (e) {
      subject.extractionError = e instanceof Error ? e : new Error(String(e));
    }
  }
  return subject;
}

/** "scrape.jsonl:17" of "scrape.jsonl" → 17. */
function recordLine(file: string, name: string): number | null {
  return name !== file && name.startsWith(`${file}:`) ? Number(name.slice(file.length + 1)) : null;
}

export function countWords(text: string): number {
  return tokenize(text).length;
}

/** Sorts a read failure into the rule that reports it, with the line of the offending byte when there is one. */
function diagnose(file: string, message: string, cause: unknown): LoadFailure {
  if (cause instanceof DecodeError) {
    const kind = cause.kind === 'binary' ? 'binary' : 'not-utf8';
    const bytes = rereadBytes(file);
    const offset = !bytes ? -1 : kind === 'binary' ? firstBinaryByte(bytes) : firstInvalidUtf8(bytes);
    const at = bytes && offset >= 0 ? positionOfByte(bytes, offset) : { line: 1, column: 1 };
    const where = offset >= 0 ? ` (first bad byte 0x${bytes![offset].toString(16).padStart(2, '0')} at byte ${offset})` : '';
    return { kind, message: `${message}${where}`, ...at };
  }
  if (cause instanceof MetadataError) return { kind: 'bad-metadata', message, line: 1, column: 1 };
  if (cause instanceof JsonlError) return { kind: cause.kind === 'no-text' ? 'jsonl-no-text' : 'jsonl-bad-line', message, line: cause.line, column: 1 };
  return { kind: 'not-readable', message, line: 1, column: 1 };
}

/** The file's bytes again, to locate what decoding refused; stdin cannot be read twice. */
function rereadBytes(file: string): Uint8Array | null {
  if (file === '-') return null;
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}
