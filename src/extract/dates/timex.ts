// TimeML values finer than a calendar date can say: ISO weeks ("1998-W08"), weekends
// ("1998-W08-WE"), quarters and halves ("1989-Q3", "1990-H1") and seasons ("1998-SU"). A mention
// carries one of these beside its calendar value, which stays at the precision a meeting or a
// ceasefire date may use.

import { dayNumber, fromDayNumber, weekday } from '../../time/calendar.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO 8601 week of a day number: "2016-W20" (the week-year is the year of its Thursday). */
export function isoWeek(n: number): string {
  const c = fromDayNumber(n);
  const thursday = n - (weekday(c.y, c.m, c.d) - 1) + 3;
  const t = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(t.y, 1, 1)) / 7) + 1;
  return `${pad(t.y, 4)}-W${pad(week, 2)}`;
}

/** Quarter (1..4) of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** "1989-Q3", "1990-H1". */
export function formatPeriod(y: number, unit: 'Q' | 'H', n: number): string {
  return `${pad(y, 4)}-${unit}${n}`;
}

export const SEASON_CODES = { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' } as const;
