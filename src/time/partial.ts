// Partial ISO dates, the one module every stage compares them with: "2016", "2016-05",
// "2016-05-16", and the TimeML values a date mention may carry ("2016-W20", "2016-W20-WE",
// "2016-Q2", "2016-H1", "2016-SU"). Each is a span of whole days; PRESENT_REF and the like have
// none. Integer day arithmetic only (calendar.ts): no Date object, no time zone, no clock.

import type { Time } from '../types.js';
import { addMonths, coarsen, dayNumber, daysInMonth, formatDayNumber, isValidDay } from './calendar.js';

/** First and last day (day numbers since 1970-01-01) of a value. */
export interface DaySpan {
  first: number;
  last: number;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** spans already read: the same few values (article dates, office terms) are compared again and again */
const spans = new Map<string, Readonly<DaySpan> | null>();
/** a bound on the memo: a text of endless distinct dates only refills it */
const SPANS_KEPT = 10_000;

/** The days a value covers, or null when it names no calendar span ("PRESENT_REF", garbage). */
export function span(v: string | null | undefined): Readonly<DaySpan> | null {
  if (!v) return null;
  let s = spans.get(v);
  if (s === undefined) {
    s = readSpan(v);
    if (spans.size >= SPANS_KEPT) spans.clear();
    spans.set(v, s && Object.freeze(s));
  }
  return s;
}

function readSpan(v: string): DaySpan | null {
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})(-WE)?|([QH])([1-4])|(SP|SU|FA|WI)))?$/.exec(v.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDay(y, mo, d)) return null;
    const n = dayNumber(y, mo, d);
    return { first: n, last: n };
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { first: dayNumber(y, mo, 1), last: dayNumber(y, mo, daysInMonth(y, mo)) };
  }
  if (m[4] !== undefined) {
    const w = Number(m[4]);
    if (w < 1 || w > 53) return null;
    // ISO week 1 holds the year's first Thursday: its Monday is the Monday on or before 4 January
    const jan4 = dayNumber(y, 1, 4);
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7) + 7 * (w - 1);
    return m[5] ? { first: monday + 5, last: monday + 6 } : { first: monday, last: monday + 6 };
  }
  if (m[6] !== undefined) {
    const size = m[6] === 'Q' ? 3 : 6;
    const k = Number(m[7]);
    if (m[6] === 'H' && k > 2) return null;
    const from = (k - 1) * size + 1;
    const to = from + size - 1;
    return { first: dayNumber(y, from, 1), last: dayNumber(y, to, daysInMonth(y, to)) };
  }
  if (m[8] !== undefined) {
    const from = SEASON_START[m[8]];
    const end = addMonths(y, from, 2);
    return { first: dayNumber(y, from, 1), last: dayNumber(end.y, end.m, daysInMonth(end.y, end.m)) };
  }
  return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
}

/** First day of a value as an ISO day ("2020-10" → "2020-10-01"); the value itself when it has no span. */
export function startOf(v: string): Time {
  const s = span(v);
  return s ? formatDayNumber(s.first) : v;
}

/** Last day of a value as an ISO day ("2020-10" → "2020-10-31"); the value itself when it has no span. */
export function endOf(v: string): Time {
  const s = span(v);
  return s ? formatDayNumber(s.last) : v;
}

/** Start and end of a value as ISO days. */
export function dateBounds(v: string): [Time, Time] {
  return [startOf(v), endOf(v)];
}

/** Days from a to b (b − a), by their first days. NaN when either has no span. */
export function dayDiff(a: string, b: string): number {
  const x = span(a);
  const z = span(b);
  return x && z ? z.first - x.first : NaN;
}

/** An ISO day moved by n days. */
export function addDays(day: Time, n: number): Time {
  const s = span(day);
  return s ? formatDayNumber(s.first + n) : day;
}

/** Do the spans of a and b share a day? */
export function overlaps(a: string, b: string): boolean {
  const x = span(a);
  const z = span(b);
  return !!x && !!z && x.first <= z.last && z.first <= x.last;
}

/** Does `outer` cover every day of `inner`? */
export function contains(outer: string, inner: string): boolean {
  const x = span(outer);
  const z = span(inner);
  return !!x && !!z && x.first <= z.first && z.last <= x.last;
}

/** Days of the overlap of two spans (0 when they do not meet). */
export function overlapDays(a: string, b: string): number {
  const x = span(a);
  const z = span(b);
  if (!x || !z) return 0;
  return Math.max(0, Math.min(x.last, z.last) - Math.max(x.first, z.first) + 1);
}

/**
 * Chronological order by first day, then the longer span first ("2016" before "2016-01" before
 * "2016-01-01", as ISO strings sort); values without a span last.
 */
export function compareTime(a: string, b: string): number {
  const x = span(a);
  const z = span(b);
  if (!x || !z) return x ? -1 : z ? 1 : 0;
  return x.first - z.first || z.last - x.last;
}

/**
 * Two calendar values agree at the precision both give ("2016-05" and "2016-05-16" do,
 * "2016-05" and "2016-06" do not).
 */
export function prefixAgree(a: Time, b: Time): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** Strictly later at the precision both calendar values give. */
export function laterThan(a: Time | null, b: Time | null): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** How many leading components (year, month, day) two calendar values share, counting only those both state; -1 when one differs. */
export function sharedPrecision(a: Time, b: Time): number {
  const p = a.split('-');
  const q = b.split('-');
  const n = Math.min(p.length, q.length);
  for (let i = 0; i < n; i++) if (p[i] !== q[i]) return -1;
  return n;
}

/** The calendar value (year, month or day) a value fixes: a week inside one month is that month. null without a span. */
export function calendarOf(v: string | null | undefined): Time | null {
  const s = span(v);
  return s ? coarsen(s.first, s.last) : null;
}
