// Explicit calendar dates: day, month and (maybe) year all written, in words or digits.

import { isValidDay } from '../../time/calendar.js';
import { dayAt, glued, isNumber, monthAt, punct, countNounAt, DASHES, rangeEndDayAt, word, yearAfter } from './predicates.js';
import type { Token } from './tokens.js';

export interface Explicit {
  y: number | null;
  m: number;
  d: number;
  next: number;
  numeric: boolean;
  ambiguous: boolean;
  alt: { m: number; d: number } | null;
}

/**
 * "06.04.2016", "6/4/2016", "2022-10-06". Day-first, as these sources write them; a second
 * field over 12 can only be a US month-first date. Both readings valid → ambiguous, with alt.
 */
export function numericDateAt(T: Token[], j: number): Explicit | null {
  const a = T[j];
  if (!a || a.kind !== 'number' || a.grouped || a.decade || a.ordinal) return null;
  const sep = T[j + 1];
  if (!sep || sep.kind !== 'punct' || !glued(T, j + 1) || !'./-'.includes(sep.text)) return null;
  if (!isNumber(T, j + 2) || !glued(T, j + 2) || !punct(T, j + 3, sep.text) || !glued(T, j + 3)) return null;
  if (!isNumber(T, j + 4) || !glued(T, j + 4)) return null;
  const b = T[j + 2];
  const c = T[j + 4];
  if (b.grouped || c.grouped || b.decade || c.decade || b.ordinal || c.ordinal) return null;
  // part of a longer chain ("1.2.3.2016", "10.0.0.1")
  if (glued(T, j + 5) && './-:'.includes(T[j + 5].text) && isNumber(T, j + 6)) return null;
  if (j > 0 && !a.spaced && (T[j - 1].kind === 'number' || ('./-:'.includes(T[j - 1].text) && isNumber(T, j - 2)))) return null;
  if (a.digits === 4 && b.digits <= 2 && c.digits <= 2) {
    if (!isValidDay(a.value, b.value, c.value) || a.value < 1000) return null;
    return { y: a.value, m: b.value, d: c.value, next: j + 5, numeric: true, ambiguous: false, alt: null };
  }
  if (a.digits > 2 || b.digits > 2 || c.digits !== 4 || c.value < 1000) return null;
  const y = c.value;
  const dayFirst = isValidDay(y, b.value, a.value);
  const monthFirst = isValidDay(y, a.value, b.value);
  if (dayFirst) {
    const ambiguous = monthFirst && a.value !== b.value;
    return { y, m: b.value, d: a.value, next: j + 5, numeric: true, ambiguous, alt: ambiguous ? { m: a.value, d: b.value } : null };
  }
  if (monthFirst) return { y, m: a.value, d: b.value, next: j + 5, numeric: true, ambiguous: false, alt: null };
  return null;
}

/** "Nov. 10, 2020", "May 16 2016", "April 2". Not a plain date when a day range or a count follows. */
export function monthDayAt(T: Token[], j: number): Explicit | null {
  const mo = monthAt(T, j);
  if (!mo) return null;
  const k = mo.next;
  const d = dayAt(T, k);
  // "Oct.28": agency copy may glue the day to the abbreviation's full stop
  if (d === null || (!T[k].spaced && !(mo.abbr && k === j + 2))) return null;
  if (punct(T, k + 1, DASHES) && glued(T, k + 1) && rangeEndDayAt(T, k + 2) !== null) return null;
  if (countNounAt(T, k + 1)) return null;
  const yr = yearAfter(T, k + 1);
  if (!isValidDay(yr.y ?? 2000, mo.m, d)) return null;
  return { y: yr.y, m: mo.m, d, next: yr.next, numeric: false, ambiguous: false, alt: null };
}

/** "16 May 2016", "5 April", "20th of June". */
export function dayMonthAt(T: Token[], j: number): Explicit | null {
  const d = dayAt(T, j);
  if (d === null) return null;
  let k = j + 1;
  if (word(T, k) === 'of' && T[j].ordinal) k++;
  const mo = monthAt(T, k);
  if (!mo || !T[k].spaced) return null;
  const yr = yearAfter(T, mo.next);
  if (!isValidDay(yr.y ?? 2000, mo.m, d)) return null;
  return { y: yr.y, m: mo.m, d, next: yr.next, numeric: false, ambiguous: false, alt: null };
}

export function explicitDateAt(T: Token[], j: number): Explicit | null {
  return numericDateAt(T, j) ?? monthDayAt(T, j) ?? dayMonthAt(T, j);
}
