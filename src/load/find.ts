import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FileError } from '../types.js';
import ignore from 'ignore';
import { HTML_EXTENSIONS, JSONL_EXTENSIONS } from './format.js';
import { checkPattern, expandBraces, globMatcher, isPattern, PatternError } from './glob.js';

// fast-glob costs ~60 ms to load: it is required only when a glob pattern needs it. A folder
// is walked with readdir. Patterns are matched by glob.ts (bounded, no backtracking), never
// by a regular expression built from the user's pattern.
const require = createRequire(import.meta.url);
const fastGlob = () => require('fast-glob') as typeof import('fast-glob');

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
  /** --follow: follow symbolic links that lead outside the folder or pattern they were found in */
  follow?: boolean;
}

/**
 * Expands the user's arguments: files as named, folders recursively, glob patterns with
 * fast-glob, "-" for stdin. An argument that matches nothing, a folder that cannot be read
 * and a link not followed are errors naming them, never a silent drop. A file named twice
 * is read once.
 */
export function findInputs(args: string[], options: FindOptions = {}): FoundInputs {
  const extensions = options.extensions ?? ARTICLE_EXTENSIONS;
  const follow = options.follow ?? false;
  const files: string[] = [];
  const errors: FileError[] = [];
  const ignored = ignoreMatcher(options.ignore ?? [], errors);
  const seen = new Set<string>();
  // the folder an argument names is the root its files' --ignore paths are relative to
  let root = '.';
  const add = (f: string) => {
    const key = f === '-' ? '-' : path.resolve(f);
    if (seen.has(key)) return;
    if (f !== '-' && ignored(f, root)) return;
    seen.add(key);
    files.push(f);
  };
  for (const arg of args) {
    if (arg === '-') { add('-'); continue; }
    let stat: fs.Stats | undefined;
    let code: string | undefined;
    try { stat = fs.statSync(arg); } catch (e) { code = (e as NodeJS.ErrnoException).code; }
    root = stat?.isDirectory() ? arg : '.';
    if (stat?.isDirectory()) {
      const found = walkFolder(arg, extensions, follow, errors).sort(byPath);
      if (found.length === 0 && !errors.some((e) => e.file === arg)) errors.push({ file: arg, message: `no .${extensions.join('/.')} files in this folder` });
      found.forEach(add);
    } else if (stat) {
      add(arg);
    } else if (code === 'EACCES' || code === 'EPERM') {
      errors.push({ file: arg, message: 'permission denied: a folder on this path cannot be read' });
    } else if (isPattern(arg)) {
      try {
        const found = globFiles(arg, follow, errors).sort(byPath);
        if (found.length === 0) errors.push({ file: arg, message: 'no files match this pattern' });
        found.forEach(add);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        errors.push({ file: arg, message: `${e.message}: simplify the pattern` });
      }
    } else {
      errors.push({ file: arg, message: code === 'ELOOP' ? 'too many levels of symbolic links' : 'no such file or folder' });
    }
  }
  return { files, errors };
}

/** Wildcards one --ignore pattern may hold: the `ignore` library matches with regular expressions, which backtrack on many stars. */
const MAX_IGNORE_WILDCARDS = 12;

/**
 * --ignore patterns with .gitignore semantics (the `ignore` library, as ESLint uses): a
 * pattern without a slash matches at any depth, `dir/` a folder and all below it, `/x` only at
 * the root, `!x` re-includes. Paths are relative to the folder argument the file was found
 * in (each input root), and also to the working folder. A pattern past the bounds is an
 * error naming it (and ignores nothing).
 */
function ignoreMatcher(patterns: string[], errors: FileError[]): (file: string, root: string) => boolean {
  const usable = patterns.filter((p) => {
    try {
      checkPattern(p);
      if ((p.match(/[*?]/g) ?? []).length > MAX_IGNORE_WILDCARDS) throw new PatternError(`more than ${MAX_IGNORE_WILDCARDS} wildcards`);
      return true;
    } catch (e) {
      errors.push({ file: p, message: `--ignore: ${(e as Error).message}: simplify the pattern` });
      return false;
    }
  });
  // a pattern reaching outside the working folder ("../x", "/tmp/corpus/x": its first folder
  // exists at the filesystem root) is a plain glob on the path from the working folder; "/x"
  // otherwise is .gitignore's anchor to the input folder
  const outside = usable.filter((p) => p.startsWith('../') || (path.isAbsolute(p) && isFolder(path.join(path.parse(p).root, p.split(/[\\/]/).filter(Boolean)[0] ?? ''))));
  const inside = usable.filter((p) => !outside.includes(p));
  const glob = outside.length ? globMatcher(outside, true) : () => false;
  const ig = ignore().add(inside);
  const test = (rel: string) => rel !== '' && !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel) && ig.ignores(rel);
  return (file, root) => {
    const fromCwd = toPosix(path.relative('.', file) || file);
    return test(toPosix(path.relative(root, file))) || (root !== '.' && test(fromCwd)) || glob(fromCwd);
  };
}

/**
 * A glob argument's files. fast-glob lists the folders with every wildcard segment widened
 * to `*` (a trivial match for it), and glob.ts decides which names match the real pattern.
 */
function globFiles(pattern: string, follow: boolean, errors: FileError[]): string[] {
  const fg = fastGlob();
  const out = new Set<string>();
  for (const expanded of expandBraces(pattern)) {
    // the folder the pattern starts from: a link found under it must stay under it (unless --follow)
    const segs = expanded.split('/');
    const base = segs.slice(0, Math.max(0, segs.findIndex((seg) => isPattern(seg)))).join('/') || (expanded.startsWith('/') ? '/' : '.');
    const stays = follow ? () => true : insideOf(base);
    const wide = expanded.split('/').map((seg) => (seg === '**' || seg === '' ? seg : isPattern(seg) ? (seg.startsWith('.') ? '.*' : '*') : fg.escapePath(seg))).join('/');
    const exact = globMatcher([expanded], false);
    // links are listed (not only files) so that one leading outside is named, not silently dropped
    for (const f of fg.sync(wide, { onlyFiles: false, markDirectories: true, suppressErrors: true, followSymbolicLinks: follow, braceExpansion: false, extglob: false })) {
      if (f.endsWith('/') || !exact(f) || isFolder(f)) continue;
      if (stays(f)) out.add(f);
      else errors.push({ file: f, message: `symbolic link leading outside ${base}: not followed (use --follow to read it)` });
    }
  }
  return [...out];
}

/**
 * Files with one of the extensions under a folder, recursively; hidden entries skipped. A
 * symbolic link is followed when it stays inside the folder (each real folder once, so a link
 * cycle ends); one leading outside is an error naming it unless --follow. A folder that cannot
 * be read is an error naming it. A broken link, or a folder named x.txt, is listed anyway so
 * the reader reports it instead of it vanishing.
 */
function walkFolder(root: string, extensions: string[], follow: boolean, errors: FileError[]): string[] {
  const wanted = new Set(extensions.map((e) => `.${e.toLowerCase()}`));
  const matches = (name: string) => wanted.has(path.extname(name).toLowerCase());
  const out: string[] = [];
  const visited = new Set<string>();
  let rootReal: string;
  try { rootReal = fs.realpathSync(root); } catch { rootReal = path.resolve(root); }
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    try { real = fs.realpathSync(dir); } catch (e) { errors.push({ file: dir, message: folderProblem(e) }); continue; }
    if (visited.has(real)) continue;
    visited.add(real);
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { errors.push({ file: dir, message: folderProblem(e) }); continue; }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        let target: string | undefined;
        try { target = fs.realpathSync(p); } catch { target = undefined; }
        if (target !== undefined && !follow && !inside(target)) {
          if (matches(e.name) || isFolder(target)) errors.push({ file: p, message: `symbolic link leading outside ${root}: not followed (use --follow to read it)` });
          continue;
        }
        try { isDir = target !== undefined && fs.statSync(p).isDirectory(); } catch { isDir = false; }
      }
      if (isDir && !matches(e.name)) stack.push(p);
      else if (matches(e.name)) out.push(p);
    }
  }
  return out;
}

/** Whether a path, its links resolved, lies inside `folder` (resolved too); a broken link counts as inside (reading it says so). */
function insideOf(folder: string): (p: string) => boolean {
  let root: string;
  try { root = fs.realpathSync(folder); } catch { root = path.resolve(folder); }
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return (p: string) => {
    let real: string;
    try { real = fs.realpathSync(p); } catch { return true; }
    return real === root || real.startsWith(prefix);
  };
}

function isFolder(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

function folderProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read this folder';
  return `cannot read this folder: ${(e as Error).message}`;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
