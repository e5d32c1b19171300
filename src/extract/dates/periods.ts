// Quarters and halves of a year, the periods business and budget news reports in: "the third
// quarter", "third-quarter profit", "the first half of 1990", "this year's fourth quarter",
// "fiscal second-quarter", "the latest quarter", "the year-earlier quarter".

import type { PeriodRel } from './expression.js';
import { mk, type Match } from './match.js';
import { APOSTROPHES, DASHES, glued, punct, word, yearAt } from './predicates.js';
import type { Token } from './tokens.js';
import { ORDINAL_NUMBERS } from '../ordinals.js';


const RELATIVE = new Map<string, PeriodRel>([
  ['this', 'this'], ['current', 'this'], ['latest', 'latest'], ['last', 'latest'], ['previous', 'latest'],
  ['past', 'latest'], ['next', 'next'], ['coming', 'next'],
]);

/** "year-earlier", "year-ago": the same period a year before. */
function yearAgoAt(T: Token[], j: number): number {
  const w = word(T, j);
  if (w !== 'year' || !punct(T, j + 1, DASHES) || !glued(T, j + 1) || !glued(T, j + 2)) return 0;
  const w2 = word(T, j + 2);
  return w2 === 'earlier' || w2 === 'ago' ? 3 : 0;
}

/** The text of an ordinal at token j ("third", "3rd"), its number, or null. */
function ordinalAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t) return null;
  return ORDINAL_NUMBERS.get(t.lower) ?? null;
}

/** The words a period's phrase ends on (its unit), and how far after its start that can be. */
const UNIT_WORDS = new Set(['quarter', 'half', 'period', 'year']);
/** Words one of which every period holds. */
export const PERIOD_ANCHORS: readonly string[] = [...UNIT_WORDS];
/** The words a period may open with before its unit ("its most recent fiscal third-quarter"; dashes aside). */
export const PERIOD_OPENERS: readonly string[] = [
  'the', 'its', 'their', ...RELATIVE.keys(), 'most', 'recent', 'comparable', 'corresponding', 'same', 'full', 'fiscal', ...ORDINAL_NUMBERS.keys(),
];
const MAX_UNIT_OFFSET = 20;
const nextUnits = new WeakMap<Token[], Int32Array>();

/**
 * The index of the first unit word at or after each token (T.length when none): periodAt is
 * tried at every token, and most sentences hold no quarter, half, period or year at all.
 */
function nextUnitIndex(T: Token[]): Int32Array {
  let next = nextUnits.get(T);
  if (next) return next;
  next = new Int32Array(T.length + 1);
  next[T.length] = T.length;
  for (let k = T.length - 1; k >= 0; k--) next[k] = UNIT_WORDS.has(T[k].lower) ? k : next[k + 1];
  nextUnits.set(T, next);
  return next;
}

/** A quarter or half starting at token i (after any preposition); null when there is none. */
export function periodAt(T: Token[], i: number, prep: string | null): Match | null {
  if (nextUnitIndex(T)[Math.min(i, T.length)] > i + MAX_UNIT_OFFSET) return null;
  let j = i;
  const w0 = word(T, j);
  if (w0 === 'the' || w0 === 'its' || w0 === 'their') j++;
  const begin = j;
  let rel: PeriodRel = null;
  let y: number | null = null;
  let yearOffset: number | null = null;
  // "this year's", "last year's", "next year's"
  const wy = word(T, j);
  if ((wy === 'this' || wy === 'last' || wy === 'next') && word(T, j + 1) === 'year' && punct(T, j + 2, APOSTROPHES) && word(T, j + 3) === 's') {
    yearOffset = wy === 'this' ? 0 : wy === 'last' ? -1 : 1;
    j += 4;
  }
  const wr = word(T, j);
  if (yearOffset === null && wr !== null && RELATIVE.has(wr)) {
    rel = RELATIVE.get(wr)!;
    j++;
  } else if (wr === 'most' && word(T, j + 1) === 'recent') {
    rel = 'latest';
    j += 2;
  } else if ((wr === 'comparable' || wr === 'corresponding' || wr === 'same') && yearAgoAt(T, j + 1)) {
    j++;
  }
  const ago = yearAgoAt(T, j);
  if (ago) {
    rel = 'year-ago';
    j += ago;
  }
  // "the 1988 third quarter", "the 1988 period"
  const written = yearAt(T, j);
  if (written !== null) {
    y = written;
    j++;
  }
  if (word(T, j) === 'full' && word(T, j + 1) === 'year') j++;
  let fiscal = false;
  if (word(T, j) === 'fiscal') {
    fiscal = true;
    j++;
    if (punct(T, j, DASHES) && glued(T, j)) j++;
  }
  let n = ordinalAt(T, j);
  if (n === null && word(T, j) === 'last' && word(T, j + 1) === 'half') n = 2;
  if (n !== null) j++;
  // "third-quarter", "first-half"
  if (n !== null && punct(T, j, DASHES) && glued(T, j) && glued(T, j + 1)) j++;
  const unitWord = word(T, j);
  let unit: 'Q' | 'H' | null = unitWord === 'quarter' ? 'Q' : unitWord === 'half' && n !== null && n <= 2 ? 'H' : null;
  // "the 1988 period", "the year-earlier period": a period of the story's quarter
  if (unit === null && unitWord === 'period' && (y !== null || rel === 'year-ago' || rel === 'latest' || yearOffset !== null)) unit = 'Q';
  // "the current year", "the fiscal year", "the full year": the reference's year
  if (unit === null && unitWord === 'year' && begin > i && n === null && y === null && yearOffset === null && (rel === 'this' || (rel === null && (fiscal || word(T, j - 1) === 'full')))) {
    return mk(T, begin, j + 1, { t: 'deictic', unit: 'year', offset: 0, part: null }, prep);
  }
  if (unit === null) {
    // "year-earlier results", "the year-ago figure": a year before the story's period
    if (rel === 'year-ago' && n === null && y === null && yearOffset === null) {
      return mk(T, j - 3, j, { t: 'offset', unit: 'year', n: 1, sign: -1, base: 'reference' }, prep);
    }
    return null;
  }
  if (n !== null && unit === 'Q' && n > 4) return null;
  const opened = n !== null || rel !== null || y !== null || yearOffset !== null || begin > i;
  // a bare "quarter" ("a quarter of the vote") is a fraction, never a period
  if (!opened) return null;
  let last = j + 1;
  // "of 1990", ", 1990"
  if (y === null && word(T, last) === 'of' && yearAt(T, last + 1) !== null) {
    y = T[last + 1].value;
    last += 2;
  }
  // "the quarter of a century" is a fraction
  if (n === null && rel === null && y === null && yearOffset === null && word(T, last) === 'of') return null;
  return mk(T, begin, last, { t: 'period', unit, n, y, yearOffset, rel }, prep);
}
