// The date grammar: a hand-written matcher over tokens. At each token it tries the patterns in
// a fixed order and looks ahead a bounded number of tokens, so a sentence costs linear time and
// no regular expression can backtrack. It only recognises; resolve.ts gives values.

import { isValidDay } from './calendar.js';
import type { Direction, Expr, Part } from './expression.js';
import {
  APPROXIMATORS,
  COUNT_NOUNS,
  DESIGNATORS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  NUMBER_WORDS,
  PERSON_NOUNS,
  PREPOSITIONS,
  QUANTIFIERS,
  RISKY_MONTHS,
  SEASONS,
  TIMES_OF_DAY,
  UNITS,
  WEEKDAYS,
} from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

/** One recognised expression: tokens [first, last) and characters [start, stop) of the scanned text. */
export interface Match {
  first: number;
  last: number;
  start: number;
  stop: number;
  expr: Expr;
  /** the preposition before it, outside the span ("on", "in", "since") */
  prep: string | null;
}

export function scanText(text: string): Match[] {
  return scanTokens(tokenize(text));
}

export function scanTokens(T: Token[]): Match[] {
  const out: Match[] = [];
  let i = 0;
  while (i < T.length) {
    const m = matchAt(T, i);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}

// ---------------------------------------------------------------- token predicates

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';
const APOSTROPHES = "'\u2019\u2018`";

function word(T: Token[], j: number): string | null {
  return j >= 0 && j < T.length && T[j].kind === 'word' ? T[j].lower : null;
}

function punct(T: Token[], j: number, chars: string): boolean {
  return j >= 0 && j < T.length && T[j].kind === 'punct' && chars.includes(T[j].text);
}

/** T[j] exists and touches the token before it. */
function glued(T: Token[], j: number): boolean {
  return j < T.length && !T[j].spaced;
}

function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const rest = t.text.slice(1);
  // "May" or "MAY", never "MaY"
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

function isNumber(T: Token[], j: number): boolean {
  return j >= 0 && j < T.length && T[j].kind === 'number';
}

/** Words a year may hang from with a hyphen: "mid-2016", "pre-1991". */
const HYPHEN_PREFIXES = new Set(['mid', 'early', 'late', 'end', 'pre', 'post', 'since']);

/**
 * A number standing on its own, not part of a time ("10:32"), a percentage, a decimal or
 * numeric chain ("3.5", "1.2.3"), an identifier ("Su-25", "COVID-19") or a currency amount.
 */
function isolated(T: Token[], j: number): boolean {
  return isolatedAfter(T, j) && isolatedBefore(T, j);
}

function isolatedAfter(T: Token[], j: number): boolean {
  const n = j + 1;
  if (glued(T, n)) {
    const t = T[n];
    if (t.kind === 'word' || t.kind === 'number') return false;
    if (t.text === '%') return false;
    // "10:32", "3.5", "1.2.3" (a colon before a space ends a heading: "March 2021: protests")
    if ('.:/,'.includes(t.text) && isNumber(T, n + 1) && glued(T, n + 1)) return false;
  }
  return true;
}

function isolatedBefore(T: Token[], j: number): boolean {
  if (j > 0 && !T[j].spaced) {
    const p = T[j - 1];
    if (p.kind !== 'punct') return false;
    if (':$\u20ac\u00a3#\u2116+'.includes(p.text)) return false;
    if ('./'.includes(p.text) && isNumber(T, j - 2) && !p.spaced) return false;
    if (DASHES.includes(p.text) && !p.spaced && j >= 2) {
      const q = T[j - 2];
      if (q.kind === 'number') return false;
      if (q.kind === 'word' && !HYPHEN_PREFIXES.has(q.lower)) return false;
    }
  }
  return true;
}

function dayAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'number' || t.grouped || t.decade || t.digits > 2) return null;
  if (t.value < 1 || t.value > 31) return null;
  return isolated(T, j) ? t.value : null;
}

/** The second day of a range ("16-17"): glued to the dash by design, so only what follows matters. */
function rangeEndDayAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'number' || t.grouped || t.decade || t.digits > 2) return null;
  if (t.value < 1 || t.value > 31) return null;
  return isolatedAfter(T, j) ? t.value : null;
}

function yearAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'number' || t.grouped || t.decade || t.ordinal || t.digits !== 4) return null;
  if (t.value < 1000 || t.value > 2100) return null;
  return isolated(T, j) ? t.value : null;
}

function countNounAt(T: Token[], j: number): boolean {
  const w = word(T, j);
  return w !== null && COUNT_NOUNS.has(w);
}

function monthAt(T: Token[], j: number): { m: number; next: number; abbr: boolean; risky: boolean } | null {
  const t = T[j];
  if (!t || t.kind !== 'word' || !capitalised(t)) return null;
  const full = MONTHS.get(t.lower);
  if (full) return { m: full, next: j + 1, abbr: false, risky: RISKY_MONTHS.has(t.lower) };
  const abbr = MONTH_ABBREVIATIONS.get(t.lower);
  if (abbr) {
    const dot = punct(T, j + 1, '.') && glued(T, j + 1);
    return { m: abbr, next: dot ? j + 2 : j + 1, abbr: true, risky: RISKY_MONTHS.has(t.lower) };
  }
  return null;
}

function weekdayAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'word' || !capitalised(t)) return null;
  return WEEKDAYS.get(t.lower) ?? null;
}

/** "'s" after a token: "April's violence", "Monday's encounter". */
function possessiveAt(T: Token[], j: number): boolean {
  return punct(T, j, APOSTROPHES) && glued(T, j) && word(T, j + 1) === 's' && glued(T, j + 1);
}

/** An optional year after a day or month: "May 16, 2016", "16 May 2016", "May 1994". */
function yearAfter(T: Token[], k: number): { y: number | null; next: number } {
  if (punct(T, k, ',') && T[k + 1]?.spaced !== false) {
    const y = yearAt(T, k + 1);
    if (y !== null && !countNounAt(T, k + 2)) return { y, next: k + 2 };
  }
  if (T[k]?.spaced) {
    const y = yearAt(T, k);
    if (y !== null && !countNounAt(T, k + 1)) return { y, next: k + 1 };
  }
  return { y: null, next: k };
}

// ---------------------------------------------------------------- explicit dates

interface Explicit {
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
function numericDateAt(T: Token[], j: number): Explicit | null {
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
function monthDayAt(T: Token[], j: number): Explicit | null {
  const mo = monthAt(T, j);
  if (!mo) return null;
  const k = mo.next;
  const d = dayAt(T, k);
  if (d === null || !T[k].spaced) return null;
  if (punct(T, k + 1, DASHES) && glued(T, k + 1) && rangeEndDayAt(T, k + 2) !== null) return null;
  if (countNounAt(T, k + 1)) return null;
  const yr = yearAfter(T, k + 1);
  if (!isValidDay(yr.y ?? 2000, mo.m, d)) return null;
  return { y: yr.y, m: mo.m, d, next: yr.next, numeric: false, ambiguous: false, alt: null };
}

/** "16 May 2016", "5 April", "20th of June". */
function dayMonthAt(T: Token[], j: number): Explicit | null {
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

function explicitDateAt(T: Token[], j: number): Explicit | null {
  return numericDateAt(T, j) ?? monthDayAt(T, j) ?? dayMonthAt(T, j);
}

// ---------------------------------------------------------------- matching

function mk(T: Token[], first: number, last: number, expr: Expr, prep: string | null): Match {
  return { first, last, start: T[first].start, stop: T[last - 1].end, expr, prep };
}

function matchAt(T: Token[], i: number): Match | null {
  const w = word(T, i);
  if (w !== null && PREPOSITIONS.has(w)) return coreAt(T, i + 1, w);
  if (w === 'as' && word(T, i + 1) === 'of') return coreAt(T, i + 2, 'as of');
  return coreAt(T, i, null);
}

const UNIT_WORDS = new Set(['week', 'month', 'year', 'weekend']);

function coreAt(T: Token[], i: number, prep: string | null): Match | null {
  if (i >= T.length) return null;
  const anchored = anchorPhraseAt(T, i, prep);
  if (anchored) return anchored;

  let j = i;
  if (word(T, j) === 'the') j++;
  const begin = j;
  let part: Part | null = null;
  let dir: Direction = prep === 'since' ? 'past' : null;
  let dirWord: string | null = null;
  let theUnit = false;

  const w0 = word(T, j);
  if ((w0 === 'end' || w0 === 'beginning' || w0 === 'start' || w0 === 'middle') && word(T, j + 1) === 'of') {
    part = w0 === 'end' ? 'late' : w0 === 'middle' ? 'mid' : 'early';
    j += 2;
    if (word(T, j) === 'the') {
      j++;
      theUnit = true;
    }
  } else if (w0 === 'early' || w0 === 'mid' || w0 === 'late') {
    part = w0 === 'mid' ? 'mid' : w0;
    j++;
    if (punct(T, j, DASHES) && glued(T, j) && glued(T, j + 1)) j++;
  } else if ((w0 === 'earlier' || w0 === 'later') && (word(T, j + 1) === 'this' || word(T, j + 1) === 'last' || word(T, j + 1) === 'next')) {
    j++;
  }
  const w1 = word(T, j);
  const named: Direction =
    w1 === 'last' || w1 === 'past' || w1 === 'previous' ? 'prev' : w1 === 'next' || w1 === 'coming' ? 'next' : w1 === 'this' ? 'this' : null;
  if (named !== null) {
    dir = named;
    dirWord = w1;
    j++;
  }
  const modified = j > begin;
  const t = T[j];
  if (!t) return null;

  const wd = weekdayAt(T, j);
  if (wd !== null) return weekdayCore(T, begin, j, wd, dir, prep);

  const mo = monthAt(T, j);
  if (mo) {
    const m = monthCore(T, begin, j, mo, prep, dir, part);
    if (m) return m;
  }

  if (t.kind === 'number') {
    const m = numberCore(T, begin, j, prep, part, modified);
    if (m) return m;
  }

  if (t.kind === 'word') {
    const m = wordCore(T, begin, j, dir, dirWord, part, theUnit, modified, prep);
    if (m) return m;
  }

  if (!modified) return durationAt(T, begin, prep);
  return null;
}

/** "the previous day", "the day before", "the following week", "that day": counted from the narrative's last date. */
function anchorPhraseAt(T: Token[], i: number, prep: string | null): Match | null {
  const w0 = word(T, i);
  if (w0 === 'the') {
    const w1 = word(T, i + 1);
    const w2 = word(T, i + 2);
    const unit = w2 === 'day' || w2 === 'week' || w2 === 'month' || w2 === 'year' ? w2 : null;
    if (unit && (w1 === 'previous' || w1 === 'next' || w1 === 'following' || w1 === 'same')) {
      const sign = w1 === 'previous' ? -1 : w1 === 'same' ? 0 : 1;
      return mk(T, i, i + 3, { t: 'offset', unit, n: 1, sign, base: 'anchor' }, prep);
    }
    if (w1 === 'day' && (w2 === 'before' || w2 === 'after')) {
      // only when nothing follows that it could be "before" ("the day before the vote")
      const after = T[i + 3];
      if (!after || (after.kind === 'punct' && ',.;:)'.includes(after.text))) {
        return mk(T, i, i + 3, { t: 'offset', unit: 'day', n: 1, sign: w2 === 'before' ? -1 : 1, base: 'anchor' }, prep);
      }
    }
  }
  if (w0 === 'that' && word(T, i + 1) === 'day') {
    return mk(T, i, i + 2, { t: 'offset', unit: 'day', n: 0, sign: 0, base: 'anchor' }, prep);
  }
  return null;
}

function weekdayCore(T: Token[], begin: number, j: number, wd: number, dir: Direction, prep: string | null): Match {
  let k = j + 1;
  if (TIMES_OF_DAY.has(word(T, k) ?? '')) k++;
  // An explicit date written with the weekday wins: "last Saturday, April 2", "Monday (May 16)".
  let q = k;
  let paren = false;
  if (punct(T, q, ',')) q++;
  else if (punct(T, q, '(')) {
    q++;
    paren = true;
  }
  const ex = explicitDateAt(T, q);
  if (ex && (!paren || punct(T, ex.next, ')'))) {
    const last = paren ? ex.next + 1 : ex.next;
    const { y, m, d, numeric, ambiguous, alt } = ex;
    return mk(T, begin, last, { t: 'date', y, m, d, wd, dir, numeric, ambiguous, alt }, prep);
  }
  return mk(T, begin, k, { t: 'weekday', wd, dir }, prep);
}

function monthCore(
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

function numberCore(T: Token[], begin: number, j: number, prep: string | null, part: Part | null, modified: boolean): Match | null {
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
function bareYearOk(T: Token[], j: number, introduced: boolean): boolean {
  const y = T[j].value;
  if (y < (introduced ? 1000 : 1800) || y > 2100) return false;
  let p = j - 1;
  if (punct(T, p, '.') && glued(T, p) && T[p - 1]?.kind === 'word') p--;
  const before = word(T, p);
  if (before !== null && (QUANTIFIERS.has(before) || DESIGNATORS.has(before))) return false;
  if (countNounAt(T, j + 1)) return false;
  return true;
}

function wordCore(
  T: Token[],
  begin: number,
  j: number,
  dir: Direction,
  dirWord: string | null,
  part: Part | null,
  theUnit: boolean,
  modified: boolean,
  prep: string | null,
): Match | null {
  const w = T[j].lower;
  if (!modified) {
    if (w === 'today' || w === 'tonight') return mk(T, begin, j + 1, { t: 'deictic', unit: 'day', offset: 0, part: null }, prep);
    if (w === 'yesterday') return mk(T, begin, j + 1, { t: 'deictic', unit: 'day', offset: -1, part: null }, prep);
    if (w === 'tomorrow') return mk(T, begin, j + 1, { t: 'deictic', unit: 'day', offset: 1, part: null }, prep);
  }
  if (dirWord === 'this' && part === null && (w === 'morning' || w === 'afternoon' || w === 'evening')) {
    return mk(T, begin, j + 1, { t: 'deictic', unit: 'day', offset: 0, part: null }, prep);
  }
  if (dirWord === 'last' && part === null && w === 'night') {
    return mk(T, begin, j + 1, { t: 'deictic', unit: 'day', offset: -1, part: null }, prep);
  }
  if (UNIT_WORDS.has(w)) {
    const unit = w as 'week' | 'month' | 'year' | 'weekend';
    // "the past year" and "the previous week" are spans or anchored, not calendar periods
    if (dirWord === 'last' || dirWord === 'this' || dirWord === 'next' || (dirWord === 'coming' && unit === 'weekend')) {
      const offset = dirWord === 'last' ? -1 : dirWord === 'this' ? 0 : 1;
      return mk(T, begin, j + 1, { t: 'deictic', unit, offset, part }, prep);
    }
    if (theUnit && dirWord === null && unit !== 'weekend') {
      return mk(T, begin, j + 1, { t: 'deictic', unit, offset: 0, part }, prep);
    }
    // "over the weekend", "at the weekend": the one the tense points to
    if (unit === 'weekend' && dirWord === null && part === null && word(T, begin - 1) === 'the' && prep !== null) {
      return mk(T, begin - 1, j + 1, { t: 'weekend', dir: null }, prep);
    }
    return null;
  }
  const season = SEASONS.get(w);
  if (season) {
    if (dirWord === 'last' || dirWord === 'this' || dirWord === 'next' || dirWord === 'past') {
      return mk(T, begin, j + 1, { t: 'season', season, dir, y: null }, prep);
    }
    if (T[j + 1]?.spaced && yearAt(T, j + 1) !== null) return mk(T, begin, j + 2, { t: 'season', season, dir: null, y: T[j + 1].value }, prep);
    if (word(T, j + 1) === 'of' && yearAt(T, j + 2) !== null) return mk(T, begin, j + 3, { t: 'season', season, dir: null, y: T[j + 2].value }, prep);
  }
  return null;
}

/**
 * Durations and offsets: "four days", "the 44-day conflict", "six-week", "almost 30 years",
 * "decades-long"; with "ago" (from the article date) or "earlier"/"later" (from the narrative).
 */
function durationAt(T: Token[], j: number, prep: string | null): Match | null {
  let k = j;
  let approx = false;
  const w0 = word(T, k);
  if (w0 !== null && APPROXIMATORS.has(w0)) {
    k++;
    approx = true;
  } else if ((w0 === 'more' || w0 === 'less' || w0 === 'fewer') && word(T, k + 1) === 'than') {
    k += 2;
    approx = true;
  } else if ((w0 === 'at' && word(T, k + 1) === 'least') || (w0 === 'up' && word(T, k + 1) === 'to')) {
    k += 2;
    approx = true;
  }
  const t = T[k];
  if (!t) return null;
  let n: number | null = null;
  let counted = false;
  let article = false;
  if (t.kind === 'number' && !t.decade && !t.ordinal && (t.digits <= 3 || t.grouped) && isolatedForUnit(T, k)) {
    n = t.value;
    counted = true;
    k++;
  } else if (t.kind === 'word') {
    const num = NUMBER_WORDS.get(t.lower);
    if (num !== undefined) {
      n = num;
      counted = true;
      k++;
      // "twenty-five"
      const unitWord = word(T, k + 1);
      const more = unitWord !== null ? NUMBER_WORDS.get(unitWord) : undefined;
      if (more !== undefined && more < 10 && num >= 20 && punct(T, k, DASHES) && glued(T, k) && glued(T, k + 1)) {
        n = num + more;
        k += 2;
      }
    } else if (t.lower === 'a' || t.lower === 'an') {
      const next = word(T, k + 1);
      if (next === 'few' || next === 'couple') {
        k += 2;
        if (word(T, k) === 'of') k++;
      } else {
        n = 1;
        article = true;
        k++;
      }
      counted = true;
    } else if (t.lower === 'several') {
      counted = true;
      k++;
    }
  }
  if (!counted) {
    // "decades-long", "years-old"
    const u = word(T, j);
    const plural = u === 'decades' || u === 'years' || u === 'months' || u === 'weeks' || u === 'days';
    if (plural && T[j].spaced && punct(T, j + 1, DASHES) && glued(T, j + 1) && glued(T, j + 2)) {
      const w2 = word(T, j + 2);
      if (w2 === 'long' || w2 === 'old') return mk(T, j, j + 3, { t: 'duration' }, prep);
    }
    // "for decades"
    if ((prep === 'for' || prep === 'over') && u === 'decades') return mk(T, j, j + 1, { t: 'duration' }, prep);
    return null;
  }
  // "44-day", "six-week", "two-decade", "30-year-old"
  if (punct(T, k, DASHES) && glued(T, k) && glued(T, k + 1)) {
    const u = word(T, k + 1);
    if (u === null || !UNITS.has(u) || article) return null;
    let last = k + 2;
    if (punct(T, last, DASHES) && glued(T, last) && glued(T, last + 1)) {
      const w = word(T, last + 1);
      if (w === 'old' && PERSON_NOUNS.has(word(T, last + 2) ?? '')) return null;
      if (w === 'old' || w === 'long') last += 2;
    }
    return mk(T, j, last, { t: 'duration' }, prep);
  }
  const u = word(T, k);
  const unit = u !== null ? UNITS.get(u) : undefined;
  if (!unit || !T[k].spaced) return null;
  const after = word(T, k + 1);
  const count = approx ? null : n;
  if (after === 'ago') return mk(T, j, k + 2, { t: 'offset', unit, n: count, sign: -1, base: 'reference' }, prep);
  if (after === 'earlier' || after === 'later') {
    return mk(T, j, k + 2, { t: 'offset', unit, n: count, sign: after === 'earlier' ? -1 : 1, base: 'anchor' }, prep);
  }
  // "a day", "a year" alone are too common ("twice a year") to be worth a mention
  if (article) return null;
  return mk(T, j, k + 1, { t: 'duration' }, prep);
}

/** A count before a unit: "30 years", "44-day" (the hyphen after it is allowed). */
function isolatedForUnit(T: Token[], k: number): boolean {
  if (k > 0 && !T[k].spaced) {
    const p = T[k - 1];
    if (p.kind !== 'punct' || !'("\u201c'.includes(p.text)) return false;
  }
  return true;
}
