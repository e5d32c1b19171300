// The one binary search of the Doc's ordered lists (tokens, sentences, date mentions).

/** The first index in [0, length) at which `before(i)` is false, for a predicate true then false along the list; `length` when it never is. */
export function firstIndexNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
