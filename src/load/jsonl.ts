import fs from 'node:fs';
import type { UserMetadata } from '../types.js';
import { looksLikeHtml } from './format.js';
import { openRegularFile } from './bounded.js';
import { mergeMeta } from './html/index.js';
import { normaliseDate } from './meta-date.js';
import type { Source, SourceResult } from './read.js';

// JSON Lines as scrapers write them: one article per line. news-please writes title, maintext,
// date_publish, url, source_domain; trafilatura title, text, date, url, hostname; Scrapy
// exports often content or body. `--fields text=...,date=...` names other fields. Each record
// is its own article, named FILE:LINE; a bad line is an error for that line only. Evidence
// offsets index the record's text field as decoded from JSON.

export type FieldName = 'text' | 'date' | 'url' | 'title' | 'source';
export type FieldMap = Partial<Record<FieldName, string>>;

/** Field names tried in order when --fields does not name one. */
export const DEFAULT_FIELDS: Record<FieldName, string[]> = {
  text: ['maintext', 'text', 'content', 'body', 'article', 'article_text', 'raw_text'],
  title: ['title', 'headline'],
  date: ['date_publish', 'date', 'datePublished', 'date_published', 'published', 'pubdate', 'publish_date', 'published_at'],
  url: ['url', 'link', 'canonical_url', 'source_url'],
  source: ['source_domain', 'hostname', 'sitename', 'source', 'domain', 'publisher', 'site_name'],
};

export class JsonlError extends Error {
  /** bad-line: not a JSON object; no-text: an object without article text */
  constructor(message: string, readonly kind: 'bad-line' | 'no-text', readonly line: number) { super(message); }
}

/** "text=maintext,date=meta.published" → a field map; an unknown key is an error naming the choices. */
export function parseFields(spec: string): FieldMap {
  const out: FieldMap = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\w+)\s*=\s*(.+)$/.exec(part);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !(key in DEFAULT_FIELDS)) throw new Error(`"${part}": expected NAME=FIELD with NAME one of ${Object.keys(DEFAULT_FIELDS).join(', ')}`);
    out[key as FieldName] = m[2].trim();
  }
  return out;
}

/** The value at a field name, or a dotted path into nested objects ("meta.date"). */
function valueAt(record: Record<string, unknown>, field: string): unknown {
  if (field in record) return record[field];
  let v: unknown = record;
  for (const key of field.split('.')) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function pick(record: Record<string, unknown>, name: FieldName, fields: FieldMap): unknown {
  const names = fields[name] ? [fields[name]!] : DEFAULT_FIELDS[name];
  for (const f of names) {
    const v = valueAt(record, f);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n\n') || undefined; // paragraphs as a list
  return undefined;
}

/** One line of a JSON Lines file → a source named FILE:LINE, or a JsonlError. Pure. */
export function recordSource(file: string, lineNo: number, line: string, userMeta: UserMetadata, fields: FieldMap = {}): Source {
  const name = `${file}:${lineNo}`;
  let record: unknown;
  try { record = JSON.parse(line); } catch (e) {
    throw new JsonlError(`line ${lineNo} is not valid JSON (${(e as Error).message}); the other lines are read`, 'bad-line', lineNo);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new JsonlError(`line ${lineNo} is not a JSON object; each line must be one article`, 'bad-line', lineNo);
  }
  const r = record as Record<string, unknown>;
  const body = text(pick(r, 'text', fields));
  if (body === undefined) {
    const tried = fields.text ? `"${fields.text}"` : DEFAULT_FIELDS.text.join(', ');
    throw new JsonlError(`line ${lineNo} has no article text (looked for ${tried}); name the field with --fields text=NAME`, 'no-text', lineNo);
  }
  const meta: UserMetadata = { origin: 'jsonl' };
  const date = normaliseDate(pick(r, 'date', fields));
  if (date && 'date' in date) meta.date = date.date;
  else if (date) meta.badDate = date.bad;
  const url = pick(r, 'url', fields);
  if (typeof url === 'string' && url.trim()) meta.url = url.trim();
  const source = pick(r, 'source', fields);
  const sourceName = typeof source === 'string' ? source : source && typeof source === 'object' ? (source as Record<string, unknown>).name : undefined;
  if (typeof sourceName === 'string' && sourceName.trim()) meta.source = sourceName.trim();
  else if (meta.url) { try { meta.source = new URL(meta.url).hostname.replace(/^www\./, ''); } catch { /* not a URL */ } }
  const authors = r.authors ?? r.author;
  const author = Array.isArray(authors) ? authors.filter((a) => typeof a === 'string').join(', ') : typeof authors === 'string' ? authors : '';
  if (author.trim()) meta.author = author.trim();
  const title = pick(r, 'title', fields);
  return {
    file: name,
    original: body,
    body,
    meta: mergeMeta(meta, userMeta),
    ...(typeof title === 'string' && title.trim() ? { title: title.replace(/\s+/g, ' ').trim() } : {}),
    ...(looksLikeHtml(body) ? { format: 'html' as const } : {}),
  };
}

/** Every record of a JSON Lines text (stdin, already read), one result per non-blank line. */
export function* recordsOfText(file: string, content: string, userMeta: UserMetadata, fields: FieldMap = {}): Generator<SourceResult> {
  const lines = content.replace(/^\ufeff/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    yield attempt(file, i + 1, () => recordSource(file, i + 1, lines[i].replace(/\r$/, ''), userMeta, fields));
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Every record of a JSON Lines file, read in chunks: memory holds one line, not the file, so a
 * scrape of any size streams. A line longer than `maxBytes` is an error for that line.
 */
export function* recordsOfFile(file: string, maxBytes: number, userMeta: UserMetadata, fields: FieldMap = {}): Generator<SourceResult> {
  // only regular files: a FIFO never blocks the run
  const fd = openRegularFile(file);
  try {
    for (const { n, bytes } of lines(fd, maxBytes)) {
      if (!bytes) {
        yield { ok: false, error: { file: `${file}:${n}`, message: `line ${n} is longer than --max-bytes ${maxBytes}; raise --max-bytes` } };
        continue;
      }
      let line: string;
      try { line = utf8.decode(bytes); } catch (e) {
        yield { ok: false, error: { file: `${file}:${n}`, message: `line ${n} is not UTF-8 text; convert the file to UTF-8` }, cause: new JsonlError('not UTF-8', 'bad-line', n) };
        continue;
      }
      if (!line.trim()) continue;
      yield attempt(file, n, () => recordSource(file, n, line.replace(/\r$/, ''), userMeta, fields));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The lines of a file descriptor, numbered from 1; `bytes` is null for a line over the limit. */
function* lines(fd: number, maxBytes: number): Generator<{ n: number; bytes: Buffer | null }> {
  const chunk = Buffer.alloc(1 << 16);
  let pending: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let n = 0;
  const append = (part: Buffer) => {
    if (tooLong || part.length === 0) return;
    if (size + part.length > maxBytes) { tooLong = true; pending = []; return; }
    pending.push(Buffer.from(part));
    size += part.length;
  };
  const take = () => {
    const out = { n: ++n, bytes: tooLong ? null : Buffer.concat(pending, size) };
    pending = [];
    size = 0;
    tooLong = false;
    return out;
  };
  for (;;) {
    const got = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (got === 0) break;
    let from = 0;
    // indexOf may find a stale newline past `got`: that means none in this chunk
    for (let nl = chunk.indexOf(10, from); nl >= 0 && nl < got; nl = chunk.indexOf(10, from)) {
      append(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    append(chunk.subarray(from, got));
  }
  if (size > 0 || tooLong) yield take();
}

/** A record's source, or its error named FILE:LINE. */
function attempt(file: string, line: number, read: () => Source): SourceResult {
  try {
    return { ok: true, source: read() };
  } catch (e) {
    return { ok: false, error: { file: `${file}:${line}`, message: (e as Error).message }, cause: e };
  }
}
