// Expressions that write a calendar value: a month (with or without year and day, or a day
// range), a year, a year range, a decade.

import { isValidDay } from '../../time/calendar.js';
import type { Direction, Part } from './expression.js';
import { dayMonthAt, monthDayAt, numericDateAt } from './explicit.js';
import { DESIGNATORS, QUANTIFIERS } from './lexicon.js';
import { mk, type Match } from './match.js';
import { APOSTROPHES, countNounAt, dayAt, DASHES, glued, isNumber, isolated, isolatedAfter, monthAt, possessiveAt, punct, rangeEndDayAt, word, yearAfter, yearAt } from './predicates.js';
import type { Token } from './tokens.js';

export function monthCore(
  T: Token[],
  begin: number,
  j: number,
  mo: { m: number; next: number; abbr: boolean; risky: boolean },
  prep: string | null,
  dir: Direction,
  part: Part | null,
): Match | null {
  const md = monthDayAt(T, j);
  if (md) return mk(T, begin, md.next, { t: 'date', y: md.y, m: md.m, d: md.d, wd: null, dir, numeric: false, ambiguous: false, alt: null }, prep);
  const k = mo.next;
  // "May 16-17, 2016"
  const d1 = dayAt(T, k);
  if (d1 !== null && T[k].spaced && punct(T, k + 1, DASHES) && glued(T, k + 1) && glued(T, k + 2)) {
    const d2 = rangeEndDayAt(T, k + 2);
    if (d2 !== null && d2 > d1) {
      const yr = yearAfter(T, k + 3);
      if (isValidDay(yr.y ?? 2000, mo.m, d2)) return mk(T, begin, yr.next, { t: 'day-range', y: yr.y, m: mo.m, d1, d2, dir }, prep);
    }
  }
  // "May 1994", "May, 1994", "November of 2020"
  if (T[k]?.spaced && yearAt(T, k) !== null && !countNounAt(T, k + 1)) {
    return mk(T, begin, k + 1, { t: 'month', y: T[k].value, m: mo.m, dir, part }, prep);
  }
  if ((punct(T, k, ',') || word(T, k) === 'of') && yearAt(T, k + 1) !== null && !countNounAt(T, k + 2)) {
    return mk(T, begin, k + 2, { t: 'month', y: T[k + 1].value, m: mo.m, dir, part }, prep);
  }
  // A bare month: "May" and "March" are also words, abbreviations also names; they need a
  // preposition or modifier ("in May", "mid-May", "last March") or a possessive.
  const trusted = !mo.abbr && !mo.risky;
  if (prep !== null || dir !== null || part !== null || trusted || possessiveAt(T, k)) {
    return mk(T, begin, k, { t: 'month', y: null, m: mo.m, dir, part }, prep);
  }
  return null;
}

export function numberCore(T: Token[], begin: number, j: number, prep: string | null, part: Part | null, modified: boolean): Match | null {
  const t = T[j];
  if (!modified) {
    const nd = numericDateAt(T, j);
    if (nd) return mk(T, begin, nd.next, { t: 'date', y: nd.y, m: nd.m, d: nd.d, wd: null, dir: null, numeric: true, ambiguous: nd.ambiguous, alt: nd.alt }, prep);
    const dm = dayMonthAt(T, j);
    if (dm) return mk(T, begin, dm.next, { t: 'date', y: dm.y, m: dm.m, d: dm.d, wd: null, dir: null, numeric: false, ambiguous: false, alt: null }, prep);
    // "16-17 May 2016"
    const d1 = dayAt(T, j);
    if (d1 !== null && punct(T, j + 1, DASHES) && glued(T, j + 1) && glued(T, j + 2)) {
      const d2 = rangeEndDayAt(T, j + 2);
      const mo = d2 !== null && d2 > d1 ? monthAt(T, j + 3) : null;
      if (mo && d2 !== null && T[j + 3].spaced) {
        const yr = yearAfter(T, mo.next);
        if (isValidDay(yr.y ?? 2000, mo.m, d2)) return mk(T, begin, yr.next, { t: 'day-range', y: yr.y, m: mo.m, d1, d2, dir: null }, prep);
      }
    }
  }
  // decades: "1990s", "the '90s", "1990's"
  if (t.decade && isolated(T, j) && t.value % 10 === 0) {
    if (t.digits === 4 && t.value >= 1000 && t.value <= 2090) return mk(T, begin, j + 1, { t: 'decade', y: t.value, part }, prep);
    if (t.digits === 2 && t.value >= 30 && (punct(T, j - 1, APOSTROPHES) || word(T, j - 1) === 'the')) {
      const first = punct(T, j - 1, APOSTROPHES) && begin === j ? j - 1 : begin;
      return mk(T, first, j + 1, { t: 'decade', y: 1900 + t.value, part }, prep);
    }
    return null;
  }
  const y1 = yearAt(T, j);
  if (y1 === null) return null;
  // "the 1990's" is a decade; "2020's war" a year's possessive
  if (y1 % 10 === 0 && possessiveAt(T, j + 1) && (part !== null || word(T, begin - 1) === 'the')) {
    return mk(T, begin, j + 3, { t: 'decade', y: y1, part }, prep);
  }
  if (!modified) {
    // "1992-1994", "1992–94", "2015-16"; "2016-05" is a month
    if (punct(T, j + 1, DASHES) && isNumber(T, j + 2) && glued(T, j + 1) === glued(T, j + 2)) {
      const t2 = T[j + 2];
      if (!t2.grouped && !t2.decade && !t2.ordinal && isolatedAfter(T, j + 2)) {
        let y2: number | null = null;
        if (t2.digits === 4) y2 = t2.value;
        else if (t2.digits === 2 && glued(T, j + 1)) {
          const sameCentury = Math.floor(y1 / 100) * 100 + t2.value;
          if (t2.value > y1 % 100) y2 = sameCentury;
          else if ((t2.text[0] === '0' || t2.value <= 12) && t2.value >= 1) {
            return mk(T, begin, j + 3, { t: 'month', y: y1, m: t2.value, dir: null, part: null }, prep);
          }
        }
        if (y2 !== null && y2 > y1 && y2 - y1 <= 100) return mk(T, begin, j + 3, { t: 'year-range', y1, y2 }, prep);
      }
    }
    // "from 1992 to 1994", "between 1992 and 1994"
    const w = word(T, j + 1);
    if ((prep === 'from' && (w === 'to' || w === 'until' || w === 'till' || w === 'through')) || (prep === 'between' && w === 'and')) {
      const y2 = yearAt(T, j + 2);
      if (y2 !== null && y2 > y1 && y2 - y1 <= 100) return mk(T, begin, j + 3, { t: 'year-range', y1, y2 }, prep);
    }
  }
  if (bareYearOk(T, j, prep !== null || modified)) return mk(T, begin, j + 1, { t: 'year', y: y1, part }, prep);
  return null;
}

/** A four-digit number alone is a year unless its neighbours make it a count or an identifier. */
export function bareYearOk(T: Token[], j: number, introduced: boolean): boolean {
  const y = T[j].value;
  if (y < (introduced ? 1000 : 1800) || y > 2100) return false;
  let p = j - 1;
  if (punct(T, p, '.') && glued(T, p) && T[p - 1]?.kind === 'word') p--;
  const before = word(T, p);
  if (before !== null && (QUANTIFIERS.has(before) || DESIGNATORS.has(before))) return false;
  if (countNounAt(T, j + 1)) return false;
  return true;
}
