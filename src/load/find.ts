import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FileError } from '../types.js';
import { HTML_EXTENSIONS, JSONL_EXTENSIONS } from './format.js';

// fast-glob and picomatch cost ~60 ms to load: they are required only when a glob pattern or
// an --ignore option needs them. A folder is walked with readdir.
const require = createRequire(import.meta.url);
const fastGlob = () => require('fast-glob') as typeof import('fast-glob');
const picomatch = () => require('picomatch') as typeof import('picomatch');

/** The file kinds the reader understands; a folder is searched for these. */
export const ARTICLE_EXTENSIONS = ['txt', 'md', ...HTML_EXTENSIONS, ...JSONL_EXTENSIONS];

export interface FoundInputs {
  /** files in a deterministic order: the order of the arguments, each folder or glob sorted */
  files: string[];
  errors: FileError[];
}

export interface FindOptions {
  ignore?: string[];
  extensions?: string[];
}

/**
 * Expands the user's arguments: files as named, folders recursively, glob patterns with
 * fast-glob, "-" for stdin. An argument that matches nothing is an error naming it, never a
 * silent drop. A file named twice is read once.
 */
export function findInputs(args: string[], options: FindOptions = {}): FoundInputs {
  const extensions = options.extensions ?? ARTICLE_EXTENSIONS;
  const ignore = options.ignore ?? [];
  const ignored = ignore.length ? picomatch()(ignore, { dot: true }) : () => false;
  const files: string[] = [];
  const errors: FileError[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = f === '-' ? '-' : path.resolve(f);
    if (seen.has(key)) return;
    if (f !== '-' && ignored(toPosix(path.relative(process.cwd(), f) || f))) return;
    seen.add(key);
    files.push(f);
  };
  for (const arg of args) {
    if (arg === '-') { add('-'); continue; }
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(arg); } catch { stat = undefined; }
    if (stat?.isDirectory()) {
      const found = walkFolder(arg, extensions).sort(byPath);
      if (found.length === 0) errors.push({ file: arg, message: `no .${extensions.join('/.')} files in this folder` });
      found.forEach(add);
    } else if (stat) {
      add(arg);
    } else if (fastGlob().isDynamicPattern(arg)) {
      const found = fastGlob().sync(arg, { ignore, onlyFiles: true, suppressErrors: true }).sort(byPath);
      if (found.length === 0) errors.push({ file: arg, message: 'no files match this pattern' });
      found.forEach(add);
    } else {
      errors.push({ file: arg, message: 'no such file or folder' });
    }
  }
  return { files, errors };
}

/**
 * Files with one of the extensions under a folder, recursively; hidden entries skipped;
 * symbolic links followed (each real folder once, so a link cycle ends). A broken link, or a
 * folder named x.txt, is listed anyway so the reader reports it instead of it vanishing.
 */
function walkFolder(root: string, extensions: string[]): string[] {
  const wanted = new Set(extensions.map((e) => `.${e.toLowerCase()}`));
  const matches = (name: string) => wanted.has(path.extname(name).toLowerCase());
  const out: string[] = [];
  const visited = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    try { real = fs.realpathSync(dir); } catch { continue; }
    if (visited.has(real)) continue;
    visited.add(real);
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try { isDir = fs.statSync(p).isDirectory(); } catch { isDir = false; }
      }
      if (isDir && !matches(e.name)) stack.push(p);
      else if (matches(e.name)) out.push(p);
    }
  }
  return out;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
