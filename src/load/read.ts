import path from 'node:path';
import type { FileError, LoadedArticle, UserMetadata } from '../types.js';
import { articleFromText } from './article.js';
import { decodeText, DecodeError } from './decode.js';
import { MetadataError, readFrontMatter, readSidecar } from './metadata.js';
import { formatByName, looksLikeHtml } from './format.js';
import { articleFromHtml } from './html/index.js';
import type { FieldMap } from './jsonl.js';
import { describeReadError, NotRegularFile, readRegularFile, readStdin, TooLarge } from './bounded.js';

export interface ReadOptions {
  /** files larger than this are refused (bytes) */
  maxBytes?: number;
  /** --date: the publication date of every input */
  date?: string;
  /** --manifest rows, keyed by absolute path */
  manifest?: Map<string, UserMetadata>;
  /** --fields: which JSON Lines fields hold the text, date, url, title, source */
  fields?: FieldMap;
  /** --follow: read a sidecar that is a symbolic link to another folder */
  follow?: boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** On failure, `cause` is what was thrown, so callers (check) can tell decoding from metadata or file-system problems. */
export type ReadResult = { ok: true; article: LoadedArticle } | { ok: false; error: FileError; cause?: unknown };

/** A file's text before cleaning: what the cache key and the workers need. */
export interface Source {
  file: string;
  /** the decoded file text: evidence offsets point here */
  original: string;
  /** the text to clean: `original` with front matter blanked out (same length) */
  body: string;
  meta: UserMetadata;
  /** "html": `original` is an HTML page (by its name or its content); plain text when absent */
  format?: 'html';
  /** a title given apart from the text (a JSON Lines record's title field) */
  title?: string;
}

export type SourceResult = { ok: true; source: Source } | { ok: false; error: FileError; cause?: unknown };

/** Reads one input ("-" is stdin) into a cleaned article, or an error naming the file. */
export function readArticle(file: string, options: ReadOptions = {}): ReadResult {
  const r = readSource(file, options);
  if (!r.ok) return r;
  return { ok: true, article: articleOf(r.source) };
}

/** A source → the cleaned article. Evidence offsets point into the file as it is, front matter included. */
export function articleOf(s: Source): LoadedArticle {
  const article = s.format === 'html' ? articleFromHtml(s.file, s.original, s.meta) : { ...articleFromText(s.file, s.body, s.meta), raw: s.original };
  return s.title ? { ...article, title: s.title } : article;
}

/** Reads and decodes one input and gathers its metadata; no cleaning yet. */
export function readSource(file: string, options: ReadOptions = {}): SourceResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const bytes = readBytes(file, maxBytes);
    const original = decodeText(bytes);
    // A byte-order mark stays in `original` (offsets count it) and is blanked in the body.
    const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
    const html = formatByName(file) === 'html' || looksLikeHtml(original);
    const front = html ? null : readFrontMatter(bom ? original.slice(1) : original);
    let raw = bom ? ` ${original.slice(1)}` : original;
    // Blank the front matter rather than cut it, so offsets still point into the file.
    if (front) raw = ' '.repeat(bom + front.length) + raw.slice(bom + front.length);
    const meta = userMetadata(file, options, front?.meta);
    return { ok: true, source: { file, original, body: raw, meta, ...(html ? { format: 'html' as const } : {}) } };
  } catch (e) {
    return { ok: false, error: { file, message: describe(e, maxBytes) }, cause: e };
  }
}

/**
 * What the user says about a file, weakest first: --date, its --manifest row, front matter,
 * a sidecar FILE.json. Throws MetadataError on a sidecar that cannot be used.
 */
export function userMetadata(file: string, options: ReadOptions, front?: UserMetadata): UserMetadata {
  let meta: UserMetadata = {};
  if (options.date) meta = { date: options.date, origin: 'option' };
  const row = options.manifest?.get(path.resolve(file));
  if (row?.problem) throw new MetadataError(row.problem);
  if (row) meta = { ...meta, ...row };
  if (front) meta = { ...meta, ...front };
  const sidecar = readSidecar(file, options.follow ?? false);
  if (sidecar) meta = { ...meta, ...sidecar };
  return meta;
}

function readBytes(file: string, maxBytes: number): Uint8Array {
  return file === '-' ? readStdin(maxBytes) : readRegularFile(file, maxBytes);
}

function describe(e: unknown, maxBytes: number): string {
  if (e instanceof TooLarge) return `too large (${e.exact ? '' : 'over '}${e.size} bytes > --max-bytes ${maxBytes}); raise --max-bytes or split the file`;
  if (e instanceof DecodeError || e instanceof MetadataError || e instanceof NotRegularFile) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read this file';
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'ELOOP' || code === 'ENXIO') return describeReadError(e);
  return `cannot read: ${(e as Error).message}`;
}
