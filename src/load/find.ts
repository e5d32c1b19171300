import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import type { FileError } from '../types.js';

/** The file kinds the reader understands; a folder is searched for these. */
export const ARTICLE_EXTENSIONS = ['txt', 'md'];

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
  const ignored = ignore.length ? picomatch(ignore, { dot: true }) : () => false;
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
      const pattern = `${fg.convertPathToPattern(arg).replace(/\/$/, '')}/**/*.{${extensions.join(',')}}`;
      // onlyFiles: false, so a broken symlink (or a folder named x.txt) is listed and then reported
      // by the reader, instead of vanishing without a word.
      const found = fg.sync(pattern, { ignore, dot: false, onlyFiles: false, followSymbolicLinks: true, suppressErrors: true }).sort(byPath);
      if (found.length === 0) errors.push({ file: arg, message: `no .${extensions.join('/.')} files in this folder` });
      found.forEach(add);
    } else if (stat) {
      add(arg);
    } else if (fg.isDynamicPattern(arg)) {
      const found = fg.sync(arg, { ignore, onlyFiles: true, suppressErrors: true }).sort(byPath);
      if (found.length === 0) errors.push({ file: arg, message: 'no files match this pattern' });
      found.forEach(add);
    } else {
      errors.push({ file: arg, message: 'no such file or folder' });
    }
  }
  return { files, errors };
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
