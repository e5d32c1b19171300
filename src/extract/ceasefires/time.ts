// Comparing ISO dates of mixed precision ("1994", "2020-10", "2020-11-10") as the resolver needs.

import { dateBounds } from '../../knowledge/index.js';

/** First day of a partial ISO date: "2020-10" → "2020-10-01". */
export function startOf(t: string): string {
  return dateBounds(t)[0];
}

/** Last day of a partial ISO date: "2020-10" → "2020-10-31" (a string bound: fine for comparisons). */
export function endOf(t: string): string {
  return dateBounds(t)[1];
}

/** Days between two full dates (b - a). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** How many leading components (year, month, day) two dates share, counting only those both state; -1 when one differs. */
export function sharedPrecision(a: string, b: string): number {
  const p = a.split('-');
  const q = b.split('-');
  const n = Math.min(p.length, q.length);
  for (let i = 0; i < n; i++) if (p[i] !== q[i]) return -1;
  return n;
}
