// Relative expressions: weekdays, "today", "last week", "this summer", "the previous day".
// What they point at depends on the reference date and tense, applied later by resolve.ts.

import type { Direction, Part } from './expression.js';
import { explicitDateAt } from './explicit.js';
import { SEASONS, TIMES_OF_DAY } from './lexicon.js';
import { mk, type Match } from './match.js';
import { punct, word, yearAt } from './predicates.js';
import type { Token } from './tokens.js';

const UNIT_WORDS = new Set(['week', 'month', 'year', 'weekend']);

/** Words one of which every expression read here holds, besides weekdays ("today", "the previous day", "last night", "this summer"). */
export const RELATIVE_ANCHORS: readonly string[] = [
  ...UNIT_WORDS, 'day', 'today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', ...SEASONS.keys(),
];
/** The words an anchored phrase may open with ("the following week", "that day"); the grammar reads directions. */
export const RELATIVE_OPENERS: readonly string[] = ['the', 'previous', 'next', 'following', 'same', 'that'];

/** "the previous day", "the day before", "the following week", "that day": counted from the narrative's last date. */
export function anchorPhraseAt(T: Token[], i: number, prep: string | null): Match | null {
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

export function weekdayCore(T: Token[], begin: number, j: number, wd: number, dir: Direction, prep: string | null): Match {
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


export function wordCore(
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

