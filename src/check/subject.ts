import { DecodeError } from '../load/decode.js';
import { readRegularFile } from '../load/bounded.js';
import { MetadataError } from '../load/metadata.js';
import { JsonlError } from '../load/jsonl.js';
import type { FileResult } from '../pipeline/result.js';
import type { CheckSubject, LoadFailure } from './types.js';
import type { CheckDigest } from './digest.js';
import { firstBinaryByte, firstInvalidUtf8, positionOfByte } from './position.js';

/**
 * One input, as the corpus runner gave it back, → everything the rules look at. A file that
 * could not be read is a finding (its failure diagnosed), never a crash; so is an extraction
 * that threw.
 */
export function subjectOf(r: FileResult, maxBytes: number): CheckSubject {
  const file = r.file;
  if (r.error) {
    if (r.processing) {
      // processing itself failed (a worker died): a bug to report, like an extraction that threw
      return { file, loaded: true, rawWords: 0, words: 0, demonyms: [], extractionError: new Error(r.error.message) };
    }
    return { file, loaded: false, failure: diagnose(file, r.error.message, r.cause, maxBytes), rawWords: 0, words: 0, demonyms: [] };
  }
  const d = JSON.parse(r.body.toString()) as CheckDigest;
  const subject: CheckSubject = { file, loaded: true, rawWords: d.rawWords, words: d.words, demonyms: d.demonyms, control: d.control ?? null };
  if (d.format) subject.format = d.format;
  if (d.textDate !== undefined) subject.textDate = d.textDate;
  if (d.fingerprint) subject.fingerprint = { exact: d.fingerprint.exact, signature: Uint32Array.from(d.fingerprint.signature) };
  if (d.facts) subject.facts = { file, ...d.facts };
  if (d.extractionError) {
    const e = new Error(d.extractionError.message);
    e.stack = d.extractionError.stack;
    subject.extractionError = e;
  }
  return subject;
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
  if (cause instanceof JsonlError) return { kind: cause.kind === 'no-text' ? 'jsonl-no-text' : 'jsonl-bad-line', message, line: cause.line, column: 1 };
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return { kind: 'not-readable', message, line: 1, column: 1, denied: code === 'EACCES' || code === 'EPERM' };
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
