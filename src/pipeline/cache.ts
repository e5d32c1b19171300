import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { UserMetadata } from '../types.js';
import { LIMITS, readRegularFile } from '../load/bounded.js';

// A content-addressed cache of per-article facts. The key covers everything the facts depend
// on: the file's bytes, the metadata the user gave, the knowledge data's version and the code
// itself, so a change to any of them is a miss and nothing stale is ever served.

export function defaultCacheDir(): string {
  // The XDG spec: a relative path in XDG_CACHE_HOME is invalid and is ignored.
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'karabakh-cli');
}

/** A cache key: a SHA-256 in hex. Anything else (from a damaged or hostile stat index) is never a path. */
export function isCacheKey(key: unknown): key is string {
  return typeof key === 'string' && /^[0-9a-f]{64}$/.test(key);
}

let codeVersion: string | undefined;

/** A hash of the compiled code, so a new build never reads an old build's results. */
function codeHash(): string {
  if (codeVersion) return codeVersion;
  const dir = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name)) hash.update(e.name).update(fs.readFileSync(p));
    }
  };
  walk(dir);
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}

export class FactsCache {
  constructor(readonly dir: string, private readonly knowledgeVersion: string) {}

  /** What every key depends on besides the article: the code and the knowledge. */
  get version(): string {
    return `${codeHash()}:${this.knowledgeVersion}`;
  }

  /** `task`: what was made of the article (see tasks.ts); each has its own entries. */
  key(bytes: Uint8Array, meta: UserMetadata, task = 'facts'): string {
    return createHash('sha256')
      .update(this.version).update('\0')
      .update(task).update('\0')
      .update(JSON.stringify(meta)).update('\0')
      .update(bytes)
      .digest('hex');
  }

  private pathOf(key: string): string {
    if (!isCacheKey(key)) throw new Error('not a cache key');
    return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /**
   * The cached Article body for a key (JSON without `file`: see article-json.ts). An
   * entry is a header line with the SHA-256 of the body, then the body; one that fails the
   * checksum, does not parse, or is not an Article is a miss (and is overwritten).
   */
  get(key: string, likely = false, task = 'facts'): Buffer | undefined {
    if (!isCacheKey(key)) return undefined;
    const p = this.pathOf(key);
    // a thrown ENOENT costs more than a check, unless the entry is likely there (known from the stat index)
    if (!likely && !fs.existsSync(p)) return undefined;
    let bytes: Buffer;
    try { bytes = readRegularFile(p, LIMITS.cacheEntry); } catch { return undefined; }
    // bytes, not a string: `analyze --ndjson` writes them out without decoding
    return validEntry(bytes, task);
  }

  /** Writes atomically (temporary file + rename): a crash or a parallel run never leaves half a file. */
  set(key: string, body: string): void {
    if (!isCacheKey(key)) return;
    const target = this.pathOf(key);
    const tmp = tmpName(target);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const bytes = Buffer.from(body);
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${HEADER}${checksum(bytes)}\n`), bytes]));
      fs.renameSync(tmp, target);
      this.wrote = true;
    } catch {
      // The cache is an optimisation: a read-only or full disk must not fail the run.
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    }
  }

  /** Set once this run wrote an entry; then `sweep` is worth its few milliseconds. */
  wrote = false;

  /** Removes temporary files a killed run left behind (their process is gone, or they are an hour old). */
  sweep(): void {
    const folders = [this.dir];
    try {
      for (const e of fs.readdirSync(this.dir, { withFileTypes: true })) if (e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)) folders.push(path.join(this.dir, e.name));
    } catch { return; }
    for (const folder of folders) {
      let names: string[];
      try { names = fs.readdirSync(folder); } catch { continue; }
      for (const name of names) if (name.endsWith('.tmp')) removeIfStale(path.join(folder, name));
    }
  }
}

const HEADER = 'karabakh-cli-cache 1 sha256=';

function checksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The body of a well-formed entry for this task, or undefined. */
function validEntry(bytes: Buffer, task: string): Buffer | undefined {
  const nl = bytes.indexOf(0x0a);
  if (nl !== HEADER.length + 64 || bytes.toString('latin1', 0, HEADER.length) !== HEADER) return undefined;
  const body = bytes.subarray(nl + 1);
  if (checksum(body) !== bytes.toString('latin1', HEADER.length, nl)) return undefined;
  let data: unknown;
  try { data = JSON.parse(body.toString('utf8')); } catch { return undefined; }
  return (task === 'check' ? isCheckDigest(data) : isArticleBody(data)) ? body : undefined;
}

const isObject = (d: unknown): d is Record<string, unknown> => !!d && typeof d === 'object' && !Array.isArray(d);

/** The shape every command relies on: the Article's lists are lists. */
function isArticleBody(d: unknown): boolean {
  if (!isObject(d)) return false;
  return ['people', 'places', 'organizations', 'dates', 'meetings', 'ceasefires'].every((k) => Array.isArray(d[k]))
    && (d.date === null || isObject(d.date)) && isObject(d.meta);
}

/** What `check` reads of a digest (see check/digest.ts). */
function isCheckDigest(d: unknown): boolean {
  return isObject(d) && typeof d.rawWords === 'number' && typeof d.words === 'number' && Array.isArray(d.demonyms)
    && (d.facts === null || isArticleBody(d.facts)) && (d.fingerprint === null || isObject(d.fingerprint));
}

/** `TARGET.PID.RANDOM.tmp`: the writer's process id tells a sweep whether it may still be writing. */
export function tmpName(target: string): string {
  return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}

const STALE_MS = 60 * 60 * 1000;

export function removeIfStale(file: string): void {
  const pid = Number(/\.(\d+)\.[a-z0-9]*\.tmp$/.exec(file)?.[1]);
  let stale = !Number.isInteger(pid) || pid === 0 || !alive(pid);
  if (!stale) {
    try { stale = Date.now() - fs.statSync(file).mtimeMs > STALE_MS; } catch { return; }
  }
  if (stale) try { fs.rmSync(file, { force: true }); } catch { /* another run removed it */ }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}
