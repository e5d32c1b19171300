import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { UserMetadata } from '../types.js';

// A content-addressed cache of per-article facts. The key covers everything the facts depend
// on: the file's bytes, the metadata the user gave, the knowledge data's version and the code
// itself, so a change to any of them is a miss and nothing stale is ever served.

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'karabakh-cli');
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
    return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /**
   * The cached Article body for a key (JSON without `file`: see pipeline/article-json.ts). A
   * damaged entry (not a JSON object) is a miss, and is overwritten.
   */
  get(key: string, likely = false): Buffer | undefined {
    const p = this.pathOf(key);
    // a thrown ENOENT costs more than a check, unless the entry is likely there (known from the stat index)
    if (!likely && !fs.existsSync(p)) return undefined;
    let bytes: Buffer;
    try { bytes = fs.readFileSync(p); } catch { return undefined; }
    // bytes, not a string: `analyze --ndjson` writes them out without decoding
    return bytes.length >= 2 && bytes[0] === 0x7b && bytes[bytes.length - 1] === 0x7d ? bytes : undefined;
  }

  /** Writes atomically (temporary file + rename): a crash or a parallel run never leaves half a file. */
  set(key: string, body: string): void {
    const target = this.pathOf(key);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(tmp, body);
      fs.renameSync(tmp, target);
    } catch {
      // The cache is an optimisation: a read-only or full disk must not fail the run.
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    }
  }
}
