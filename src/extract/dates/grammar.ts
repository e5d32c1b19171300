// The date grammar: a hand-written matcher over tokens. At each token it tries the patterns in
// a fixed order and looks ahead a bounded number of tokens, so a sentence costs linear time and
// no regular expression can backtrack. It only recognises; resolve.ts gives values.

import { DURATION_OPENERS, durationAt } from './duration.js';
import type { Direction, Part } from './expression.js';
import { MONTH_ABBREVIATIONS, MONTHS, PREPOSITIONS, UNITS, WEEKDAYS } from './lexicon.js';
import { PERIOD_ANCHORS, PERIOD_OPENERS, periodAt } from './periods.js';
import { REFERENCE_ANCHORS, REFERENCE_OPENERS, referenceAt } from './references.js';
import type { Match } from './match.js';
import { DASHES, glued, monthAt, punct, weekdayAt, word } from './predicates.js';
import { anchorPhraseAt, RELATIVE_ANCHORS, RELATIVE_OPENERS, weekdayCore, wordCore } from './relative.js';
import { tokenize, type Token } from './tokens.js';
import { monthCore, numberCore } from './written.js';

export type { Match } from './match.js';

export function scanText(text: string): Match[] {
  return scanTokens(tokenize(text));
}

/**
 * Every expression the grammar reads holds a number or one of these words: a month, a weekday, a
 * unit ("four days", "decades-long"), or a word of the relative, reference and period rules. Each
 * rule module lists its own.
 */
const ANCHOR_WORDS = new Set<string>([
  ...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS.keys(), ...UNITS.keys(),
  ...RELATIVE_ANCHORS, ...REFERENCE_ANCHORS, ...PERIOD_ANCHORS,
]);

/**
 * And before its first number or anchor word an expression holds only these (or dashes): the
 * words matchAt and coreAt read before a core (a preposition, "as of", "the", a part such as
 * "the end of" or "mid-", a direction), and those each rule lists.
 */
const OPENERS = new Set<string>([
  ...PREPOSITIONS, 'as', 'of', 'the', 'end', 'beginning', 'start', 'middle', 'early', 'mid', 'late', 'earlier', 'later',
  'this', 'last', 'past', 'previous', 'next', 'coming',
  ...RELATIVE_OPENERS, ...REFERENCE_OPENERS, ...PERIOD_OPENERS, ...DURATION_OPENERS,
]);

/** How far before its anchor an expression may open: nine tokens at most ("as of the most recent fiscal third-"), with a margin. */
const ANCHOR_REACH = 16;

/**
 * The tokens an expression may start at: those followed by a number or anchor word within reach
 * through openers only. Most of a sentence's tokens are not, and most sentences hold none.
 */
function possibleStarts(T: Token[]): Uint8Array {
  const possible = new Uint8Array(T.length);
  // walking back: the nearest number or anchor word at or after k, and the nearest token that is neither it nor an opener
  let anchor = -1;
  let closer = -1;
  for (let k = T.length - 1; k >= 0; k--) {
    const t = T[k];
    const w = t.kind === 'word' ? t.lower : null;
    if (t.kind === 'number' || (w !== null && ANCHOR_WORDS.has(w))) anchor = k;
    else if (w !== null ? !OPENERS.has(w) : !(t.kind === 'punct' && DASHES.includes(t.text))) closer = k;
    possible[k] = anchor >= 0 && anchor - k <= ANCHOR_REACH && (closer < 0 || closer > anchor) ? 1 : 0;
  }
  return possible;
}

export function scanTokens(T: Token[]): Match[] {
  const out: Match[] = [];
  const possible = possibleStarts(T);
  let i = 0;
  while (i < T.length) {
    if (!possible[i]) {
      i++;
      continue;
    }
    const m = matchAt(T, i);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}

function matchAt(T: Token[], i: number): Match | null {
  const w = word(T, i);
  if (w !== null && PREPOSITIONS.has(w)) return coreAt(T, i + 1, w);
  if (w === 'as' && word(T, i + 1) === 'of') return coreAt(T, i + 2, 'as of');
  return coreAt(T, i, null);
}


function coreAt(T: Token[], i: number, prep: string | null): Match | null {
  if (i >= T.length) return null;
  const fixed = periodAt(T, i, prep) ?? referenceAt(T, i, prep) ?? anchorPhraseAt(T, i, prep);
  if (fixed) return fixed;

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
    if (m) return withYearWords(T, m);
  }

  if (t.kind === 'number') {
    const m = numberCore(T, begin, j, prep, part, modified);
    if (m) return withYearWords(T, m);
  }

  if (t.kind === 'word') {
    const m = wordCore(T, begin, j, dir, dirWord, part, theUnit, modified, prep);
    if (m) return m;
  }

  if (!modified) return durationAt(T, begin, prep);
  return null;
}

/**
 * "last year", "this year", "next year" after a yearless day or month: its year, told from the
 * reference. Not 'previous' or 'following': "the previous year" is the narrative's year before,
 * which only the reader knows.
 */
const YEAR_WORDS: Record<string, number> = { last: -1, past: -1, this: 0, current: 0, next: 1, coming: 1 };

/**
 * "on 26 November last year", "in March next year", "November of last year": the year words
 * after a yearless day or month belong to it (read apart, "26 November" alone would follow the tense).
 */
function withYearWords(T: Token[], m: Match): Match {
  const e = m.expr;
  if ((e.t !== 'date' && e.t !== 'month') || e.y !== null) return m;
  let j = m.last;
  if (word(T, j) === 'of') j++;
  const offset = YEAR_WORDS[word(T, j) ?? ''];
  if (offset === undefined || word(T, j + 1) !== 'year') return m;
  return { ...m, last: j + 2, stop: T[j + 1].end, expr: { ...e, yearOffset: offset } };
}
