import type { Time } from '../types.js';
import { isValidDay } from '../time/calendar.js';
import { isIsoDate } from './iso-date.js';

// Dates as pages and scrapers write them ("2016-06-20T14:03:00+04:00", "2016-06-20 14:03:00",
// "20160620", "Mon, 20 Jun 2016 10:00:00 GMT") → the calendar day as written. A value that
// cannot be a publication date (2016-02-30, year 0001, the Unix epoch a CMS prints for "unset")
// is reported as bad, never used: the article then keeps the date its text gives.

export type NormalisedDate = { date: Time } | { bad: string } | null;

/** the first year a news page's date may name */
const FIRST_YEAR = 1900;

function plausible(y: number, m: number, d: number): boolean {
  return y >= FIRST_YEAR && y <= 2999 && isValidDay(y, m, d) && !(y === 1970 && m === 1 && d === 1);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function normaliseDate(value: unknown): NormalisedDate {
  if (typeof value === 'number' && Number.isFinite(value)) value = new Date(value > 1e11 ? value : value * 1000).toISOString();
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 100);
  if (!s) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|\s)/.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return plausible(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}` } : { bad: s };
  }
  // a month or a year alone ("2016-06", "2016")
  if (/^\d{4}(?:-\d{2})?$/.test(s)) return isIsoDate(s) && Number(s.slice(0, 4)) >= FIRST_YEAR ? { date: s } : { bad: s };
  // RFC 2822 and other spelled-out forms: only when a four-digit year is written
  if (/\b(19|20)\d\d\b/.test(s)) {
    // without a time of day, read as UTC so the day never depends on the machine's time zone
    const zoned = /\d:\d\d/.test(s) ? NaN : Date.parse(`${s} UTC`);
    const t = Number.isFinite(zoned) ? zoned : Date.parse(s);
    if (Number.isFinite(t)) {
      const dt = new Date(t);
      const [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
      return plausible(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}` } : { bad: s };
    }
  }
  return { bad: s };
}
