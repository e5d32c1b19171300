// Static partitioning for running one corpus on many machines: `--shard I/N` keeps the files
// whose position in the deterministic input order (arguments in order, each folder or glob
// sorted by path) is I modulo N. Every machine that sees the same files computes the same
// shards, the N shards together are the corpus with each file once, and they are balanced
// to within one file.

export interface Shard {
  /** 1-based: which shard */
  index: number;
  /** how many shards */
  count: number;
}

/** "2/5" → { index: 2, count: 5 }; throws with the reason on anything else. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new Error('must be I/N, e.g. 1/4 (the first of four shards)');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error('I/N needs 1 <= I <= N');
  return { index, count };
}

/** Is the file at this position of the input order in the shard? */
export function inShard(position: number, shard: Shard): boolean {
  return position % shard.count === shard.index - 1;
}
