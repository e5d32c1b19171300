import { createHash } from 'node:crypto';

// `merge` may be handed the same article twice: overlapping shards, a re-run mapper's output
// next to the first run's, a Hadoop speculative task's part file. A map record is a pure
// function of the article (its name as map records it, and its bytes through the facts they
// give), so the same article always gives the same line: merge counts a line once, however
// often it arrives. Each line is remembered as 128 bits of its SHA-256 in an open-addressing
// table of 32-bit words: 16 to 32 bytes per distinct article, not the line.

const WORDS = 4;

export class SeenRecords {
  private table = new Uint32Array(1024 * WORDS);
  private size = 0;

  /** True the first time this exact line is seen, false for every repeat. */
  add(line: string): boolean {
    const digest = createHash('sha256').update(line).digest();
    const key = [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
    // an all-zero key would read as an empty slot: its first word is nudged (a 2^-32 chance, and still 96 bits apart)
    if (key[0] === 0 && key[1] === 0 && key[2] === 0 && key[3] === 0) key[0] = 1;
    if (this.has(key)) return false;
    // kept at most half full, so probes stay short
    if ((this.size + 1) * 2 > this.slots()) this.grow();
    this.insert(key);
    this.size++;
    return true;
  }

  private slots(): number {
    return this.table.length / WORDS;
  }

  /** Linear probing from the key's first word; an empty slot (all zero) ends the search. */
  private slotOf(key: number[]): { slot: number; found: boolean } {
    const mask = this.slots() - 1;
    for (let slot = key[0] & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      const t = this.table;
      if (t[at] === 0 && t[at + 1] === 0 && t[at + 2] === 0 && t[at + 3] === 0) return { slot, found: false };
      if (t[at] === key[0] && t[at + 1] === key[1] && t[at + 2] === key[2] && t[at + 3] === key[3]) return { slot, found: true };
    }
  }

  private has(key: number[]): boolean {
    return this.slotOf(key).found;
  }

  private insert(key: number[]): void {
    this.table.set(key, this.slotOf(key).slot * WORDS);
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += WORDS) {
      if (old[at] || old[at + 1] || old[at + 2] || old[at + 3]) this.insert([old[at], old[at + 1], old[at + 2], old[at + 3]]);
    }
  }
}
