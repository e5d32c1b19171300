// Canonical order for corpus aggregates. The corpus commands and `merge` (which reads map
// streams in whatever order the shards finish) must print the same bytes, so nothing an
// aggregator keeps may depend on the order articles arrive in: every "first seen" and every
// "first few" is decided by a rank, (file path, position in that article), not by arrival.

/** Where a fact stands in the canonical order: its article's path, then its index in that article. */
export interface Rank {
  file: string;
  index: number;
}

/** Code-unit order: the same on every machine and locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareRank(a: Rank, b: Rank): number {
  return byCodeUnits(a.file, b.file) || a.index - b.index;
}

/** An ordered union: each value once, in the order of its smallest rank (as if articles came sorted by path). */
export class FirstSeen<T> {
  private readonly ranks = new Map<T, Rank>();

  add(value: T, rank: Rank): void {
    const old = this.ranks.get(value);
    if (!old || compareRank(rank, old) < 0) this.ranks.set(value, rank);
  }

  values(): T[] {
    return [...this.ranks].sort((a, b) => compareRank(a[1], b[1])).map(([v]) => v);
  }
}

/** The `limit` items of smallest rank, whatever order they come in: bounded memory, canonical choice. */
export class Smallest<T> {
  private readonly items: { rank: Rank; value: T }[] = [];

  constructor(private readonly limit: number) {}

  add(value: T, rank: Rank): void {
    const items = this.items;
    if (items.length >= this.limit && compareRank(rank, items[items.length - 1].rank) >= 0) return;
    let i = items.length;
    while (i > 0 && compareRank(rank, items[i - 1].rank) < 0) i--;
    items.splice(i, 0, { rank, value });
    if (items.length > this.limit) items.pop();
  }

  values(): T[] {
    return this.items.map((x) => x.value);
  }
}
