import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFacts, FileError } from '../types.js';
import { lines } from '../load/records.js';
import { byCodeUnits } from '../aggregate/order.js';
import { SeenRecords } from './seen-records.js';

// The other end of `karabakh-cli map`: its NDJSON streams (one Article line per article, or
// {"file":…,"error":…} for an input it could not read), read line by line so `merge` holds
// one article at a time, never a stream.

export type FactRecord = { file: string; error: FileError; facts?: undefined } | { file: string; facts: ArticleFacts; error?: undefined };

/**
 * Every record of the streams, each distinct line once (an article in two overlapping streams
 * is merged once: see seen-records.ts): "-" is stdin; a folder is its files (a Hadoop or Spark
 * output folder: part-*, no _SUCCESS or hidden files).
 */
export async function* readFactRecords(streams: string[]): AsyncGenerator<FactRecord> {
  const seen = new SeenRecords();
  for (const stream of streams.flatMap(expand)) {
    for await (const { line, number } of lines(stream)) {
      const record = recordOf(line);
      // a line that is not a record is reported where it stands, each time it stands somewhere
      if (!record) yield bad(`${stream}:${number}`);
      else if (seen.add(line.trimEnd())) yield record;
    }
  }
}

function expand(stream: string): string[] {
  if (stream === '-' || !fs.statSync(stream, { throwIfNoEntry: false })?.isDirectory()) return [stream];
  return fs.readdirSync(stream).filter((f) => !f.startsWith('.') && !f.startsWith('_')).sort(byCodeUnits).map((f) => path.join(stream, f));
}

/** One map line → its article's facts or error; a line that is neither is an error naming the line. */
export function parseRecord(line: string, where: string): FactRecord {
  return recordOf(line) ?? bad(where);
}

/** The record a map line holds, or null when it holds none. */
function recordOf(line: string): FactRecord | null {
  let r: Record<string, unknown>;
  try { r = JSON.parse(line) as Record<string, unknown>; } catch { return null; }
  if (!r || typeof r !== 'object' || typeof r.file !== 'string') return null;
  if (typeof r.error === 'string') return { file: r.file, error: { file: r.file, message: r.error } };
  if (!Array.isArray(r.people) || !Array.isArray(r.meetings) || !Array.isArray(r.ceasefires)) return null;
  return { file: r.file, facts: r as unknown as ArticleFacts };
}

function bad(where: string): FactRecord {
  return { file: where, error: { file: where, message: 'not a karabakh-cli map record (an Article line or {"file":…,"error":…})' } };
}
