import fs from 'node:fs';
import readline from 'node:readline';
import { createHash } from 'node:crypto';
import type { UserMetadata } from '../types.js';
import { isIsoDate } from './metadata.js';
import type { SourceResult } from './read.js';

// Articles as JSON Lines records, one per line: what `karabakh-cli map` reads on stdin when
// an engine (Hadoop Streaming, Spark's rdd.pipe, `parallel --pipe`) feeds it a split of a
// crawl rather than files. A record is
//   {"file": "...", "text": "...", "date": "2016-06-20", "url": "...", "source": "AFP"}
// with `text` required. Its name is `file`, else `url`, else a hash of the text, so the same
// record gets the same name (and the same facts) on any machine and in any split.

/** One line → the article it carries, or an error naming the line. */
export function sourceFromRecord(line: string, where: string, maxBytes: number): SourceResult {
  let r: unknown;
  try { r = JSON.parse(line); } catch { return fail(where, 'not a JSON object: each line must be {"file":…,"text":…}'); }
  if (!r || typeof r !== 'object' || Array.isArray(r)) return fail(where, 'not a JSON object: each line must be {"file":…,"text":…}');
  const rec = r as Record<string, unknown>;
  const str = (k: string) => (typeof rec[k] === 'string' && rec[k] ? (rec[k] as string) : undefined);
  const text = rec.text;
  const file = str('file') ?? str('url') ?? (typeof text === 'string' ? `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}` : where);
  if (typeof text !== 'string') return fail(file, 'record without "text": give the article text as a string');
  if (Buffer.byteLength(text) > maxBytes) return fail(file, `too large (more than --max-bytes ${maxBytes}); raise --max-bytes or split the article`);
  const meta: UserMetadata = {};
  const date = str('date');
  if (date !== undefined) {
    if (!isIsoDate(date)) return fail(file, `"date" must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(date)}`);
    meta.date = date;
  }
  if (str('url')) meta.url = str('url');
  if (str('source')) meta.source = str('source');
  if (Object.keys(meta).length) meta.origin = 'record';
  return { ok: true, source: { file, original: text, body: text, meta } };
}

function fail(file: string, message: string): SourceResult {
  return { ok: false, error: { file, message } };
}

/** Lines of a file, or of stdin for "-", one at a time (memory bounded by the longest line). */
export async function* lines(file: string): AsyncGenerator<{ line: string; number: number }> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file);
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of rl) {
    number++;
    if (line.trim()) yield { line, number };
  }
}

/** The article records of stdin, in order. */
export async function* readRecords(maxBytes: number): AsyncGenerator<SourceResult> {
  for await (const { line, number } of lines('-')) yield sourceFromRecord(line, `-:${number}`, maxBytes);
}
