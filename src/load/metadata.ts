import fs from 'node:fs';
import path from 'node:path';
import type { UserMetadata } from '../types.js';
import { describeReadError, LIMITS, readTextFile } from './bounded.js';
import { isIsoDate } from './iso-date.js';
import { createRequire } from 'node:module';

export { isIsoDate } from './iso-date.js';

// csv-parse is loaded only when a manifest is read
const require = createRequire(import.meta.url);
const parseCsv = (text: string, options: object) => (require('csv-parse/sync') as typeof import('csv-parse/sync')).parse(text, options);

// Metadata the user gives about a file wins over what the text says. Three ways, most
// specific first: a sidecar `ARTICLE.txt.json`, YAML-style front matter at the top of the
// file, a row of a `--manifest` CSV; `--date` applies to every input.


export class MetadataError extends Error {}

/** Reads a manifest CSV with a header naming at least `file` and any of date,url,source. */
export function readManifest(csvPath: string): Map<string, UserMetadata> {
  let text: string;
  try { text = readTextFile(csvPath, LIMITS.table); } catch (e) { throw new MetadataError(`cannot read manifest ${csvPath}: ${describeReadError(e)}`); }
  // csv-parse: quoted fields with commas, quotes and line breaks, a BOM, CRLF or LF
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    throw new MetadataError(`manifest ${csvPath}: not valid CSV: ${(e as Error).message}`);
  }
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('file') < 0) throw new MetadataError(`manifest ${csvPath}: the header must name a "file" column (file,date,url,source)`);
  const out = new Map<string, UserMetadata>();
  const base = path.dirname(csvPath);
  rows.forEach((r, i) => {
    const meta: UserMetadata = { origin: 'manifest' };
    const date = r[col('date')]?.trim();
    if (date) {
      // a bad row is its file's problem (a bad-metadata finding, a file error), not the whole run's
      if (!isIsoDate(date)) meta.problem = `manifest ${csvPath}, row ${i + 2}: date "${date}" is not a real date as YYYY, YYYY-MM or YYYY-MM-DD`;
      else meta.date = date;
    }
    if (col('url') >= 0 && r[col('url')]?.trim()) meta.url = r[col('url')].trim();
    if (col('source') >= 0 && r[col('source')]?.trim()) meta.source = r[col('source')].trim();
    const file = (r[col('file')] ?? '').trim();
    if (!file) return;
    // Rows name files relative to the manifest or to the working folder; keep both keys.
    out.set(path.resolve(file), meta);
    out.set(path.resolve(base, file), meta);
  });
  return out;
}

/**
 * A sidecar `FILE.json` next to the article, if there is one: a regular file of at most
 * LIMITS.sidecar bytes; a symbolic link is followed only within the article's folder (or with
 * --follow), so a hostile corpus cannot make `check` read /etc or a device.
 */
export function readSidecar(file: string, follow = false): UserMetadata | null {
  if (file === '-') return null;
  const sidecar = `${file}.json`;
  // throwIfNoEntry: most articles have no sidecar, and an exception per file is slow
  const link = fs.lstatSync(sidecar, { throwIfNoEntry: false });
  if (!link) return null;
  if (link.isSymbolicLink() && !follow && !linkStaysIn(sidecar, path.dirname(file))) {
    throw new MetadataError(`sidecar ${sidecar} is a symbolic link leading outside the article's folder: not followed (use --follow to read it)`);
  }
  let text: string;
  try { text = readTextFile(sidecar, LIMITS.sidecar); } catch (e) { throw new MetadataError(`cannot read sidecar ${sidecar}: ${describeReadError(e)}`); }
  let data: unknown;
  // the parser's message quotes the text: say where, not what
  try { data = JSON.parse(text); } catch { throw new MetadataError(`sidecar ${sidecar} is not valid JSON`); }
  return pickMetadata(data, `sidecar ${sidecar}`, 'sidecar');
}

/** Whether a symbolic link resolves to a path inside `folder` (both resolved). */
function linkStaysIn(link: string, folder: string): boolean {
  try {
    const real = fs.realpathSync(link);
    const base = fs.realpathSync(folder);
    return real === base || real.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
  } catch {
    return true; // a broken link: reading it reports "no such file"
  }
}

/**
 * Front matter: a first line `---`, `key: value` lines, a closing `---`. Returns the metadata
 * and how many characters it spans so the loader can leave it out of the article text.
 */
export function readFrontMatter(text: string): { meta: UserMetadata; length: number } | null {
  if (!text.startsWith('---\n') && !text.startsWith('---\r\n')) return null;
  const close = text.indexOf('\n---', 3);
  if (close < 0 || close > 4000) return null;
  const end = text.indexOf('\n', close + 4);
  const length = end < 0 ? text.length : end + 1;
  const data: Record<string, string> = {};
  for (const line of text.slice(4, close).split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) data[m[1].toLowerCase()] = m[2].replace(/^["']|["']$/g, '');
  }
  return { meta: pickMetadata(data, 'front matter', 'front-matter'), length };
}

function pickMetadata(data: unknown, where: string, origin: string): UserMetadata {
  const meta: UserMetadata = { origin };
  if (!data || typeof data !== 'object') return meta;
  const d = data as Record<string, unknown>;
  const date = d.date ?? d.published ?? d.datePublished;
  if (typeof date === 'string' && date.trim()) {
    const v = date.trim().slice(0, 10);
    if (!isIsoDate(v)) throw new MetadataError(`${where}: date "${date}" is not a real date as YYYY, YYYY-MM or YYYY-MM-DD`);
    meta.date = v;
  }
  if (typeof d.url === 'string') meta.url = d.url;
  if (typeof d.source === 'string') meta.source = d.source;
  return meta;
}

