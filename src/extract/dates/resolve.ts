// Recognised expression + reference date + tense → ISO value. The rules, in one place:
// - a written year is never second-guessed;
// - without the reference precision an expression needs, its value is null (never a guess);
// - modifiers ("last", "next", "since") beat tense; tense picks the direction otherwise:
//   past → the latest occurrence on or before the reference, future → the first on or after,
//   present → the nearest.

import type { DateKind, Time } from '../../types.js';
import {
  addMonths,
  coarsen,
  dayNumber,
  formatDay,
  formatDayNumber,
  formatMonth,
  formatYear,
  fromDayNumber,
  type CalendarDate,
  weekday,
} from '../../time/calendar.js';
import type { Direction, Expr } from './expression.js';
import { periodValue, seasonYear } from './periods-resolve.js';
import { isoWeek, SEASON_CODES } from './timex.js';
import type { Tense } from './tense.js';

export interface Resolution {
  value: Time | null;
  end?: Time | null;
  kind: DateKind;
  /** the TimeML value when finer than the calendar value ("1998-W08", "1989-Q3", "PRESENT_REF") */
  timex?: string;
}

/**
 * A day-and-month date without a year within this many days of the reference takes the
 * reference's year whatever the tense: datelines and time zones put events a day either side.
 */
const NEAR_DAYS = 2;

/** A past-tense yearless day this far back yields to one within CLOSE_DAYS of the reference. */
const FAR_DAYS = 300;
const CLOSE_DAYS = 45;

type Way = 'prev' | 'next' | 'past' | 'future' | 'this' | 'near';

function way(dir: Direction, tense: Tense): Way {
  if (dir !== null) return dir;
  return tense === 'past' ? 'past' : tense === 'future' ? 'future' : 'near';
}

/** A calendar value with the TimeML value beside it when that one says more. */
function withTimex(value: Time | null, kind: DateKind, timex: string | null): Resolution {
  return timex !== null && timex !== value ? { value, kind, timex } : { value, kind };
}

/** A weekday in the present progressive is a plan ("Aliyev is visiting Moscow on Tuesday"): forward. */
function weekdayWay(dir: Direction, tense: Tense): Way {
  return dir === null && tense === 'present' ? 'future' : way(dir, tense);
}

export function resolveExpr(e: Expr, ref: CalendarDate | null, tense: Tense, anchor: CalendarDate | null): Resolution {
  switch (e.t) {
    case 'date':
      if (e.y !== null) return { value: formatDay(e.y, e.m, e.d), kind: 'date' };
      if (e.yearOffset !== undefined) return { value: ref ? formatDay(ref.y + e.yearOffset, e.m, e.d) : null, kind: 'relative' };
      return { value: dayWithoutYear(e.m, e.d, e.wd, way(e.dir, tense), ref), kind: 'relative' };
    case 'day-range': {
      if (e.y !== null) return { value: formatDay(e.y, e.m, e.d1), end: formatDay(e.y, e.m, e.d2), kind: 'range' };
      const first = dayWithoutYear(e.m, e.d1, null, way(e.dir, tense), ref);
      const end = first === null ? null : `${first.slice(0, 8)}${String(e.d2).padStart(2, '0')}`;
      return { value: first, end, kind: 'relative' };
    }
    case 'month':
      if (e.y !== null) return { value: formatMonth(e.y, e.m), kind: 'month' };
      if (e.yearOffset !== undefined) return { value: ref ? formatMonth(ref.y + e.yearOffset, e.m) : null, kind: 'relative' };
      return { value: monthWithoutYear(e.m, way(e.dir, tense), ref), kind: 'relative' };
    case 'year':
      return { value: formatYear(e.y), kind: 'year' };
    case 'year-range':
      return { value: formatYear(e.y1), end: formatYear(e.y2), kind: 'range' };
    case 'decade':
      return { value: formatYear(e.y), end: formatYear(e.y + 9), kind: 'decade' };
    case 'weekday':
      return { value: weekdayValue(e.wd, weekdayWay(e.dir, tense), ref), kind: 'relative' };
    case 'deictic': {
      const d = deicticValue(e.unit, e.offset, ref);
      return withTimex(d.value, 'relative', d.timex);
    }
    case 'weekend': {
      const d = weekendValue(way(e.dir, tense), ref);
      return withTimex(d.value, 'relative', d.timex);
    }
    case 'season': {
      const code = SEASON_CODES[e.season];
      if (e.y !== null) return withTimex(formatYear(e.y), 'year', `${formatYear(e.y)}-${code}`);
      const y = seasonYear(e.season, e.dir, tense, ref);
      return withTimex(y === null ? null : formatYear(y), 'relative', y === null || e.season === 'winter' ? null : `${formatYear(y)}-${code}`);
    }
    case 'ref':
      return { value: null, kind: 'relative', timex: e.ref };
    case 'period': {
      const p = periodValue(e, ref, tense);
      return withTimex(p.value, p.written ? 'year' : 'relative', p.timex);
    }
    case 'offset': {
      const value = offsetValue(e.unit, e.n, e.sign, e.base === 'reference' ? ref : (anchor ?? ref));
      // "several years ago", "a few weeks ago": some time before the article, TimeML's PAST_REF
      return value === null && e.n === null && e.sign === -1 && e.base === 'reference' ? { value, kind: 'relative', timex: 'PAST_REF' } : { value, kind: 'relative' };
    }
    case 'duration':
      return { value: null, kind: 'duration' };
  }
}

function dayWithoutYear(m: number, d: number, wd: number | null, w: Way, ref: CalendarDate | null): Time | null {
  if (!ref || ref.m === null) return null;
  if (ref.d === null) {
    // the reference day is unknown: within its month the year is the reference's, else go by month
    if (m === ref.m) return formatDay(ref.y, m, d);
    const month = monthWithoutYear(m, w, ref);
    return month === null ? null : `${month}-${String(d).padStart(2, '0')}`;
  }
  const r = dayNumber(ref.y, ref.m, ref.d);
  const candidates: { y: number; n: number }[] = [];
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) continue;
    candidates.push({ y, n: dayNumber(y, m, d) });
  }
  const fits = candidates.filter((c) => {
    const near = w !== 'prev' && w !== 'next' && Math.abs(c.n - r) <= NEAR_DAYS;
    switch (w) {
      case 'prev': return c.n < r;
      case 'next': return c.n > r;
      case 'past': return c.n <= r || near;
      case 'future': return c.n >= r || near;
      case 'this': return c.y === ref.y;
      case 'near': return true;
    }
  });
  // a weekday written with it ("Saturday, April 2") picks the year where it falls on that day
  const matching = wd === null ? [] : fits.filter((c) => { const x = fromDayNumber(c.n); return weekday(x.y, x.m, x.d) === wd; });
  const pool = matching.length ? matching : fits;
  if (!pool.length) return null;
  let best = pool[0];
  for (const c of pool) if (Math.abs(c.n - r) < Math.abs(best.n - r)) best = c;
  // "had been set to expire Nov. 6" five days after the article: past-tense copy narrates plans
  // too, and a yearless day a year back would have been written with its year
  if (w === 'past' && wd === null && r - best.n > FAR_DAYS) {
    const close = candidates.find((c) => Math.abs(c.n - r) <= CLOSE_DAYS);
    if (close) best = close;
  }
  return formatDay(best.y, m, d);
}

function monthWithoutYear(m: number, w: Way, ref: CalendarDate | null): Time | null {
  if (!ref || ref.m === null) return null;
  const rm = ref.m;
  let y = ref.y;
  switch (w) {
    case 'prev': y = m < rm ? ref.y : ref.y - 1; break;
    case 'next': y = m > rm ? ref.y : ref.y + 1; break;
    // "until mid-November" written in late October: the month just ahead is this year's even in past-tense copy
    case 'past': y = m <= rm || m === rm + 1 ? ref.y : ref.y - 1; break;
    case 'future': y = m >= rm ? ref.y : ref.y + 1; break;
    case 'this': y = ref.y; break;
    case 'near': y = m - rm > 6 ? ref.y - 1 : rm - m > 6 ? ref.y + 1 : ref.y; break;
  }
  return formatMonth(y, m);
}

function weekdayValue(wd: number, w: Way, ref: CalendarDate | null): Time | null {
  if (!ref || ref.m === null || ref.d === null) return null;
  const r = dayNumber(ref.y, ref.m, ref.d);
  const today = weekday(ref.y, ref.m, ref.d);
  const back = (today - wd + 7) % 7; // 0..6 days back to the latest such weekday
  const ahead = (wd - today + 7) % 7; // 0..6 days ahead to the next one
  switch (w) {
    case 'prev': return formatDayNumber(r - (back || 7));
    case 'next': return formatDayNumber(r + (ahead || 7));
    case 'past':
    case 'this':
      return formatDayNumber(r - back);
    case 'future': return formatDayNumber(r + ahead);
    case 'near': return formatDayNumber(back <= ahead ? r - back : r + ahead);
  }
}

interface Valued {
  value: Time | null;
  timex: string | null;
}
const NONE: Valued = { value: null, timex: null };

function deicticValue(unit: 'day' | 'week' | 'weekend' | 'month' | 'year', offset: number, ref: CalendarDate | null): Valued {
  if (!ref) return NONE;
  if (unit === 'year') return { value: formatYear(ref.y + offset), timex: null };
  if (ref.m === null) return NONE;
  if (unit === 'month') {
    const x = addMonths(ref.y, ref.m, offset);
    return { value: formatMonth(x.y, x.m), timex: null };
  }
  if (ref.d === null) return NONE;
  const r = dayNumber(ref.y, ref.m, ref.d);
  if (unit === 'day') return { value: formatDayNumber(r + offset), timex: null };
  const monday = r - (weekday(ref.y, ref.m, ref.d) - 1) + 7 * offset;
  // a week or a weekend is printed at the precision its days share (usually the month); its TimeML value names the ISO week
  if (unit === 'week') return { value: coarsen(monday, monday + 6), timex: isoWeek(monday) };
  return { value: coarsen(monday + 5, monday + 6), timex: `${isoWeek(monday)}-WE` };
}

/** The weekend on or before the reference (past), on or after it (future), the nearer one (present). */
function weekendValue(w: Way, ref: CalendarDate | null): Valued {
  if (!ref || ref.m === null || ref.d === null) return NONE;
  const r = dayNumber(ref.y, ref.m, ref.d);
  const wd = weekday(ref.y, ref.m, ref.d);
  const monday = r - (wd - 1);
  const inWeekend = wd >= 6;
  let saturday: number;
  if (inWeekend) saturday = monday + 5;
  else if (w === 'past' || w === 'prev' || (w === 'near' && wd <= 3)) saturday = monday - 2;
  else saturday = monday + 5;
  return { value: coarsen(saturday, saturday + 1), timex: `${isoWeek(saturday)}-WE` };
}


function offsetValue(unit: 'day' | 'week' | 'month' | 'year' | 'decade', n: number | null, sign: -1 | 0 | 1, base: CalendarDate | null): Time | null {
  if (n === null || !base || unit === 'decade') return null;
  const k = sign * n;
  if (unit === 'year') return formatYear(base.y + k);
  if (base.m === null) return null;
  if (unit === 'month') {
    const x = addMonths(base.y, base.m, k);
    return formatMonth(x.y, x.m);
  }
  if (base.d === null) return null;
  return formatDayNumber(dayNumber(base.y, base.m, base.d) + k * (unit === 'week' ? 7 : 1));
}

/** A day or month written without its year ("ended on 10 November"), with no "last"/"next"/"since". */
export function lacksYear(e: Expr): boolean {
  return (e.t === 'date' || e.t === 'month' || e.t === 'day-range') && e.y === null && e.dir === null;
}

/** The calendar value an expression with a written year fixes, to serve as the sentence's year context. */
export function writtenYearContext(e: Expr): CalendarDate | null {
  switch (e.t) {
    case 'date': return e.y === null ? null : { y: e.y, m: e.m, d: e.d };
    case 'day-range': return e.y === null ? null : { y: e.y, m: e.m, d: e.d1 };
    case 'month': return e.y === null ? null : { y: e.y, m: e.m, d: null };
    case 'year': return { y: e.y, m: null, d: null };
    default: return null;
  }
}

/**
 * "The war began on 27 September 2020 and ended on 10 November": a yearless day or month in a
 * sentence that has just written a year belongs to that year's story, not the article's: it
 * takes the occurrence nearest the written date (or the written year itself).
 */
export function resolveInContext(e: Expr, context: CalendarDate): Resolution {
  if (context.m === null && (e.t === 'date' || e.t === 'month' || e.t === 'day-range')) {
    const r = resolveExpr({ ...e, y: context.y }, null, 'past', null);
    return { ...r, kind: 'relative' };
  }
  return resolveExpr(e, context, 'present', null);
}
