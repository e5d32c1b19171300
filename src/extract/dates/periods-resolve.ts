// Seasons, quarters and halves: the year (and TimeML value) of "this summer", "last fall",
// "the third quarter", "the year-earlier period", given the reference date and the tense.

import { formatYear, type CalendarDate } from '../../time/calendar.js';
import type { Direction, Expr } from './expression.js';
import { formatPeriod } from './timex.js';
import type { Tense } from './tense.js';

/** A calendar value and, when finer, its TimeML value; `written` when the text wrote the year. */
export interface PeriodValue {
  value: string | null;
  timex: string | null;
  written: boolean;
}

const SEASON_MONTHS = { spring: [3, 5], summer: [6, 8], autumn: [9, 11] } as const;

/** The year of "this summer", "last fall", "in the spring" (a past season before the reference's is last year's). */
export function seasonYear(season: 'spring' | 'summer' | 'autumn' | 'winter', dir: Direction, tense: Tense, ref: CalendarDate | null): number | null {
  // winter straddles two years: no single value is true
  if (!ref || season === 'winter') return null;
  if (dir === 'this' || dir === 'past') return ref.y;
  if (ref.m === null) return dir === null ? ref.y : null;
  const [first, last] = SEASON_MONTHS[season];
  if (dir === 'prev' || (dir === null && tense === 'past' && ref.m < first)) return ref.m > last ? ref.y : ref.y - 1;
  if (dir === 'next' || (dir === null && tense === 'future' && ref.m > last)) return ref.m < first ? ref.y : ref.y + 1;
  return ref.y;
}

/**
 * A quarter or half. Written year wins; "this year's" counts from the reference year; "the
 * latest quarter" is the last one completed; an ordinal alone takes the year the tense
 * points to (past: the latest such quarter begun by the reference).
 */
export function periodValue(e: Extract<Expr, { t: 'period' }>, ref: CalendarDate | null, tense: Tense): PeriodValue {
  const size = e.unit === 'Q' ? 3 : 6;
  const per = e.unit === 'Q' ? 4 : 2;
  let y: number | null = e.y;
  let n = e.n;
  if (y === null && ref !== null && e.yearOffset !== null) y = ref.y + e.yearOffset;
  if (ref && ref.m !== null && (y === null || n === null)) {
    const current = Math.floor((ref.m - 1) / size) + 1;
    const index = ref.y * per + (current - 1);
    let target: number;
    if (n !== null) {
      // the ordinal's occurrence in the reference year, moved a year by the tense
      target = ref.y * per + (n - 1);
      if (tense === 'past' && target > index) target -= per;
      // "will report third-quarter results" in October: the quarter just completed is still ahead of its report
      else if (tense === 'future' && target < index - 1) target += per;
      else if (tense !== 'past' && tense !== 'future' && target - index > per / 2) target -= per;
    } else if (e.rel === 'this') target = index;
    else if (e.rel === 'next') target = index + 1;
    else if (e.rel === 'year-ago') target = index - 1 - per;
    // "the latest quarter", "last quarter", and "the quarter" reported in the past: the last one completed
    else target = e.rel === 'latest' || tense === 'past' ? index - 1 : index;
    if (e.rel === 'year-ago' && n !== null) target -= per;
    if (y === null || Math.floor(target / per) === y) {
      y = Math.floor(target / per);
      n = (target % per) + 1;
    }
  }
  if (y === null) return { value: null, timex: null, written: false };
  return { value: formatYear(y), timex: n === null ? null : formatPeriod(y, e.unit, n), written: e.y !== null && n !== null };
}
