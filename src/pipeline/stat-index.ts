import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { LIMITS, readTextFile } from '../load/bounded.js';
import { isCacheKey, tmpName } from './cache.js';

// A shortcut in front of the content-hash cache, as git's index is in front of its objects:
// a file whose path, size, inode, modification and change times, sidecar and options are all
// as they were last time has the same content key, so it is neither read nor hashed again.
// The key itself stays the hash of the content; a stale or missing index only costs a re-hash.

interface IndexFile {
  version: string;
  entries: Record<string, string>;
}

/** Past this many entries, those not seen in this run are dropped when saving. */
const MAX_ENTRIES = 200_000;

export class StatIndex {
  private entries: Record<string, string> = Object.create(null) as Record<string, string>;
  private readonly seen = new Set<string>();
  private dirty = false;

  /** `version` is everything else the keys depend on (code, knowledge): a change empties the index. */
  constructor(private readonly file: string, private readonly version: string) {
    try {
      const data = JSON.parse(readTextFile(file, LIMITS.table)) as IndexFile;
      if (data.version === version && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
        // an entry is a hash → a content key (a hash): anything else is dropped, never used as a path
        this.entries = Object.fromEntries(Object.entries(data.entries).filter(([sig, key]) => /^[0-9a-f]{64}$/.test(sig) && isCacheKey(key)));
      }
    } catch {
      // no index yet, or a damaged one: start empty
    }
  }

  /** What identifies this file's state and the options applied to it; null when it cannot be known (stdin). */
  signature(file: string, options: unknown): string | null {
    if (file === '-') return null;
    try {
      const st = fs.statSync(file);
      // throwIfNoEntry: most files have no sidecar, and an exception per file is slow
      const sc = fs.statSync(`${file}.json`, { throwIfNoEntry: false });
      const side = sc ? `${sc.size}:${sc.mtimeMs}:${sc.ctimeMs}:${sc.ino}` : '-';
      // hashed: the index file names no paths, and its keys are all alike
      return createHash('sha256').update([path.resolve(file), st.size, st.mtimeMs, st.ctimeMs, st.ino, side, JSON.stringify(options ?? {})].join('\0')).digest('hex');
    } catch {
      return null;
    }
  }

  get(signature: string): string | undefined {
    this.seen.add(signature);
    return Object.hasOwn(this.entries, signature) ? this.entries[signature] : undefined;
  }

  set(signature: string, key: string): void {
    this.seen.add(signature);
    if (this.entries[signature] === key) return;
    this.entries[signature] = key;
    this.dirty = true;
  }

  /** Written atomically, and only when something changed. */
  save(): void {
    if (!this.dirty) return;
    if (Object.keys(this.entries).length > MAX_ENTRIES) {
      this.entries = Object.fromEntries(Object.entries(this.entries).filter(([sig]) => this.seen.has(sig)));
    }
    const tmp = tmpName(this.file);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify({ version: this.version, entries: this.entries } satisfies IndexFile));
      fs.renameSync(tmp, this.file);
    } catch {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    }
  }
}
