import { createHash } from 'node:crypto';
import { fold, tokenize } from '../knowledge/text.js';

// Duplicate detection that scales to a whole corpus: each text becomes a fingerprint (a hash of
// its words for exact copies, a MinHash signature of its 5-word shingles for near copies), and
// locality-sensitive hashing (bands of the signature) finds candidate pairs without comparing
// every file with every other.

/** Words per shingle: long enough that two unrelated articles rarely share one. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature: the similarity estimate's standard error is about 0.04 at 0.8. */
export const SIGNATURE_SIZE = 128;

export interface Fingerprint {
  /** sha1 of the normalised words: equal for texts that differ only in case, spacing, punctuation, furniture */
  exact: string;
  signature: Uint32Array;
}

/**
 * The fingerprint of a cleaned text, or null when it has too few words to compare: from its
 * folded words as the Doc holds them, or from a text no Doc was made of (--against files).
 */
export function fingerprint(text: string | readonly string[]): Fingerprint | null {
  const words = typeof text === 'string' ? tokenize(fold(text)).map((t) => t.text) : text;
  if (words.length < SHINGLE_WORDS) return null;
  const exact = createHash('sha1').update(words.join(' ')).digest('hex');
  const wordHashes = Uint32Array.from(words, hashString);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = fmix32(Math.imul(h, 31) + wordHashes[i + j]);
    shingles.add(h);
  }
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = fmix32(s ^ SEEDS[k]);
      if (v < signature[k]) signature[k] = v;
    }
  }
  return { exact, signature };
}

/** Estimated Jaccard similarity of two texts' shingle sets: the share of equal signature slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}

export interface Match {
  name: string;
  similarity: number;
}

/**
 * The texts already seen, searchable by exact copy and by similarity. Band width is chosen from
 * the threshold so a pair at the threshold becomes a candidate with probability ≥ 99%.
 */
export class SimilarityIndex {
  private readonly exact = new Map<string, string>();
  private readonly entries: { name: string; signature: Uint32Array }[] = [];
  private readonly buckets = new Map<string, number[]>();
  private readonly rows: number;

  constructor(readonly threshold: number) {
    this.rows = bandRows(threshold);
  }

  get size(): number {
    return this.entries.length;
  }

  add(name: string, fp: Fingerprint): void {
    if (!this.exact.has(fp.exact)) this.exact.set(fp.exact, name);
    const id = this.entries.push({ name, signature: fp.signature }) - 1;
    for (const key of this.bandKeys(fp.signature)) {
      const list = this.buckets.get(key);
      if (list) list.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /** The first text seen with the same words. */
  exactCopyOf(fp: Fingerprint): string | undefined {
    return this.exact.get(fp.exact);
  }

  /** The most similar text seen at or above the threshold (exact copies included). */
  nearest(fp: Fingerprint): Match | undefined {
    const seen = new Set<number>();
    let best: Match | undefined;
    for (const key of this.bandKeys(fp.signature)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = similarity(fp.signature, this.entries[id].signature);
        if (s >= this.threshold && (!best || s > best.similarity)) best = { name: this.entries[id].name, similarity: s };
      }
    }
    return best;
  }

  private bandKeys(signature: Uint32Array): string[] {
    const keys: string[] = [];
    for (let b = 0; b < SIGNATURE_SIZE; b += this.rows) keys.push(`${b}:${signature.subarray(b, b + this.rows).join(',')}`);
    return keys;
  }
}

/** The widest band (fewest false candidates) that still finds a pair at the threshold 99% of the time. */
function bandRows(threshold: number): number {
  for (const rows of [16, 8, 4, 2]) {
    const bands = SIGNATURE_SIZE / rows;
    if (1 - (1 - threshold ** rows) ** bands >= 0.99) return rows;
  }
  return 1;
}

function hashString(s: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds (splitmix32 from a constant), so signatures are the same on every run and machine. */
const SEEDS = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x2545f491;
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[k] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
})();
