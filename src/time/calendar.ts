// Pure proleptic-Gregorian arithmetic on integers. No Date object anywhere in this module: a
// date printed for an analyst must depend on the text alone, never on the machine's clock or
// time zone.

import type { Time } from '../types.js';

/** A calendar value at the precision known: month and day are null when not known. */
export interface CalendarDate {
  y: number;
  m: number | null;
  d: number | null;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(y: number, m: number, d: number): number {
  // 1970-01-01 was a Thursday (4)
  const n = dayNumber(y, m, d);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function formatYear(y: number): Time {
  return pad(y, 4);
}
export function formatMonth(y: number, m: number): Time {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}
export function formatDay(y: number, m: number, d: number): Time {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
export function formatDayNumber(n: number): Time {
  const c = fromDayNumber(n);
  return formatDay(c.y, c.m, c.d);
}

/** "2016", "2016-05", "2016-05-16" → parts; anything else (or an impossible date) → null. */
export function parseTime(t: Time | null | undefined): CalendarDate | null {
  if (!t) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (mo !== null && d !== null && !isValidDay(y, mo, d)) return null;
  return { y, m: mo, d };
}

/** Adds whole months, clamping the day to the target month's length. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/**
 * The value at the precision both ends of a day span share: one day → the day, one month →
 * the month, one year → the year, else null (claiming more than the text says is worse than
 * claiming less).
 */
export function coarsen(a: number, b: number): Time | null {
  const x = fromDayNumber(a);
  const z = fromDayNumber(b);
  if (a === b) return formatDay(x.y, x.m, x.d);
  if (x.y === z.y && x.m === z.m) return formatMonth(x.y, x.m);
  if (x.y === z.y) return formatYear(x.y);
  return null;
}
